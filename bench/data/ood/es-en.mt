%s: The opci�n `-W %s' does not allow an argument
%s: opci�n Unknown `--%s'
Form by %s from %s
The arguments v�lidos are real f such as: %s
Impossible close the directory '%s'
Impossible open the file '%s'
It is missing argument for `%s'
codificaci�n Unknown `%s', ignored
Show numbers of week in the calendar
Creating the «initramfs» with «mkinitfs».
The system of archives of «{}» ({}) is not compatible with the kernel current
The agent of packages could not update the system; the order {!s} Give the code of error {!s}.
The route for the service {name!s} Is {path!s}, that does not exist.
The system of archives source «{}» does not exist
Unpacking the image {}/{}, archive {}/{}
The «globalstorage» does not contain a key «rootMountPoint».
<title>Recent projects</title><for>A list of the 10 archives of open project more recently.</For><for><nl/>allows Him open quickly the projects in which it has worked recently.</It stops>
<title>The category of the view</title><nl/>The view situates  under this category in the selector of seen.<nl/>Can edit the name of the category to create a new category.
Name: %1<nl/>Ending: %2 %<nl/>real Start: %3<nl/>Planned: %4 - %5<nl/>Been: %6
It indicates the type of the task or the type estimated of the tarea.el type can be established to Landmark, Endeavour or Length.<nl/><Note>If the type is Round-up or Project the type is not editable.</It note>
<title>Assignments of group</title><for>Can assign a series of resources of a group and leave that the planificador select of the available resources in time of planning.</For> These resources assigned dynamically will add  to any one resources that have assigned specifically.
Add %s to the list of contacts
Replace text by Emoticonos real
Code of the country in format ISO 3166-1 alpha-2
Desactivar All the accounts
Initiate in way demon
Size of the window (width, height).
Take a photo
Take several photos using a camera web
© 2000-2018, the authors of DrKonqi
<For>Executable: <application>%1</application> PID: %2 Signal: %3 (%4) Hour: %5 %6</it stops>
Please, read how create reports of useful failure to know how obtain one traces reverse useful. It install the necessary packages (list of archives) and do click in the button <interface>Recargar</interface>.
It can press the button <interface>Install symbols of debugging</interface> to install automatically the packages of information of debugging no available. If this method does not work, please, read how create reports of useful failure to know how obtain one traces reverse useful. After installing the necessary packages (list of archives), press the button <interface>Recargar</interface>.
What was doing when it has failed the application <application>%1</application>
Export to a folder
Maximizar The new windows
The folder to which export
Use personalised colour:
Do click in an eye
Error: it could not  save the image here!
Show each image by
There was an error in creating the directory.
It found  archive of financing "{path}" for "{name}":
Flag Of compilation '{buildflag}' unknown in '{path}'
Venue_copy_dir does not end up in "fdroid", maybe wanted to say: "{path}"
There is not such option: %s
{name} "{section}/icons/{path}" Does not exist! Corrijalo In config.yml.
It plant his left little finger in %s
It plant his left ring finger in %s
His toe was not centred, try to glide it again
D-Mod desinstalado successfully
Dink Smallwood Failed! Code of Error %d.
Error: File '%s' no found! They can not read the data.
Main directory of Dink
Directory Dink Smallwood overlapped
The D-Mod selected
The file is not a .dmod Valid.
Desinstala The D-Mod selected
“%s” Was found conjugado in %d verbs:
Too many arguments to conjugar!
Verbs used like paradigms
Edit source of dictionary
Dictionary Longdo Thai-English
Impossible connect to the server of dictionaries in «%s:%d». The server answered with the code %d (server fallen)
Impossible establish the canal as no bloqueante: %s
Capture a window instead of the whole screen
Include profile ICC
Include the profile ICC of the aim in the archive of capture of screen
Conditions in the forecast
It is sure to want to end up the process selected?
It is sure to want to end up the %d processes selected?
Change the priority of the process «%s» (PID: %or)
Filter archives by name
Size and position of the main window in format (width, height, posX, posY)
Send signal Stop
It could not  detect camera any.
It could not  obtain the list of archives for the folder '%s'
It could not  obtain information.
It could not  save archive in '%s'.
Downloading '%s' from the folder '%s'...
If this is marked will save  the data EXIF
Rotar Slide -90 degrees
If this is marked will save  the slides
Besides it would have to have received a copy of the Copyright of Unicode together with Gucharmap; it can find it in the website of Unicode: https://www.unicode.org/copyright.html
Based in the database of characters Unicode 14.0.0
Small script Khitan
Numbers Siyaq otomanos
The permission concedes  here, free of loads, to any person that obtain a copy of the archives of data Unicode to treat them without restrictions, including and without limitation the rights to use, copy, modify, combine, publish, distribute and / or sell copies.
Adjust the number of columns to the power of two
Symbols Tai Xuan Jing
Musical notation Znamenny
%s: It failed when writing document XML
hivexsh: Commando '%s' unknown, use 'help' to obtain help
xmlNewTextWriterFilename: It failed when creating writer XML
%s: You have to specify one of the options '-cph'
*** Archive paste: %s (%or bytes) in %.3f second (%or bytes/s) [path of start='%s']
Delete this thread
Readjuntar This thread
Lapse from the first activity
To change of format, suffices with adding ?format=<FORMAT> To the URL.
Votes for this user:
'～', '『', '¢', '£' and other can write  with the key of change of thumb
The engine Anthy for the platform of entrance IBus
The archive is not correct.
The parameter %s is compulsory
Content added actuated via web.
Direct link for download
It does not exist the page %s.
The commentaries for the page '%s' are closed
Staff of edition %s registered for %s
Format of unknown data
Sections IP(v4) aggregated:
Clean automatically the record
Choose directories annexes
Uploading the process correctly!
It will find a README in the folder of the project %1 to help him to begin with his project.
His name and surnames
Crontab Of the user %1
End of the execution of the script. Press Intro or Ctrl+C to exit.
Modify the task selected.
Show the following Cron:
%1 it is not of type object
«%1» it is not a QWidget valid.
Action Requires 2 arguments.
ActionGroup Requires 2 arguments.
Manejador Of «slots» no valid: Object %1 Identifier %2 Method %3 Byline: %4.
It was not possible to convert to %1 a value of type %2 (%3)
But only there is %1 available
The library only has 1 argument, no %1.
To %2 it would like him undo half movement
Admit his unavoidable defeat
Current ads ordered by classification and length
Show the clocks when the control of time was into use
If the limits of time are enabled and show 
It can not  save like «%1»: %2
It tug to draw the first line.
Left button to establish the last checkpoint or right button to end up.
Text: delete box
Text: new line
Carried to KDE4
Session %(status)s %(pid)s) created %(time)s
Add the servers SSH found in ~/.ssh/config.
Examine and create new tasks in GTG
Continue reproduction in Audacious
Objects send to of Thunar
Contacts and actions of Thunderbird/Icedove
To send a report of failures, press the button of down. It will open  a window of the browser web in https://bugs.kde.org where will find a form to fill. The information showed up will be transferred to this server.
Send this report of error to %1.
Report of failures sent, thank you by his contribution.
It wishes really reiniciar all the bars of tools of this application to his values predetermined? The changes will apply  immediately.
It use %1 to inform of failures.
The application for which wishes to send the report of failures (if it is not correct, use the option of menu «Inform of failure» of the correct application)
Error when adding the photo (%s) to the database of photos: %s
Error when erasing '%s' (%s).
Mini (2ª generation)
Nano Video (3ª generation)
Video (1ª generation)
Video (2ª generation)
iTunesDB '%s' Corrupt: it expected  mhsd in %ld.
iTunesDB Corrupt: it has not found  the section '%s' in the section '%s' beginning in %ld.
Choose type of game
Distance that has to move  so that the entrance of the paintbrush achieve 1.0. This value is logarithmic (the negative numbers do not invest the process).
The angle of the outline, in degrees. The value will maintain  among 0,0 and 180,0, doing case omiso of twists of 180 degrees.
The pressure reported by the tablet. Usually among 0.0 and 1.0, but it can be main when it uses  the gain of pressure. If it uses the mouse will be 0.5 when  presione a button and 0.0 in another case.
Error creating the context SSL
The connection NNTP with %s:%d has been broken. Reconectando...
Connection SSL using %s
iconv Can not convert UTF-7 to %s
Line xover no valid: %s
They tried  create data of another user
Source of data no found
It chooses the device of entrance if you have of more than one. If you are using JACK, can also connect Lingot to the origin of audio wished by means of an application of control of JACK external.
It imports the scale from an external archive .scl, with the format used in the project Scala (http://www.huygens-fokker.org/scala/)
Lingot Is a universal tuner, can fine-tune any instrument of agreement to the scale that define here.
Eighth whose frequencies show  in the table of down. It changes this parameter if you want to show the corresponding frequencies to other octaves, but treats to assign always frequencies inside the 4ª eighth (the 4ª eighth comprises usually frequencies from 261.63 Hz to 523.25 Hz).
It shows the error in 'cents' of a visual way. The rank will depend the maximum distance among pairs of notes in the clear-cut scale in the configuration of Lingot. It tries to supply scales with low maximum distance, for example scales with a lot of notes, to obtain a better resolution in this needle (scales of 12 notes are a good election).
The scale supplied contains big hollows in frequency that increase the rank of the needle and cause a loss of visual precision. It considers to cater scales with at least 12 tones, or with a maximum distance among adjacent notes no upper to 200 'cents'.
The scrolling in frequency has to be among 0 and 1200 'cents', or among 1/1 and 2/1.
Launch the order of Pology on this archive
When adding a new element, press «Intro» after teclear his name so that the changes surtan effect
Adding archives to the translation memory of Lokalize
The opening of a big number of archives at the same time can do that Lokalize leave to answer.
The order of Pology that has to execute  to check an only entrance.
It can change the maximum number of suggestions (7 by omission).
It can change the minimum punctuation (0-100) necessary for the suggestions (0 by omission).
The hour without a zero to the left (0 to 23, even showing AM/PM)
The minutes with a zero to the left (00 to 59)
The month like number with a zero to the left (01 to 12)
The time zone (for example «CEST»)
The year like a number of four digits. If the year is negative, besides places in front  a sign less.
Change his own limits of session
It select an animation
Show the date in the clock
The selector of windows shows a list of all the windows in a menu.
The identifier of the signpost connected to this drawer. This key only is notable if the value of the key «objecttype» is «drawer-object».
The identifier GO of the miniaplicación - for example, "ClockAppletFactory :: ClockApplet". This key only is notable if the key objecttype is "external-applet" (or the "matecomponent-applet" obsolete).
The text to show in a suggestion for this drawer or this menu. This key only is notable if the value of «objecttype» is «drawer-object» or «menu-object».
The unit that use when showing the wind speed.
%s Is entirely loaded
%s Is not present
Copyright © 2011-2021 The developers of MATT
Configure the current shine
The method DPMS to turn the screen when using the battery.
The seconds that the squad needs to be inactivo when using a SAI before spending to rest.
Mitigation that applies  to the shine of the screen when using the battery. The valid values are among 0 and 100.
The shine of the screen when using the adapter of current. The valid values are among 0.0 and 100.0.
The ejecuci�n of %1 no gener� any start or devolv�or an error.
In the file �%1�, in (or in the defici�n that ends up in) the l�nea %2:
Other processes of �update-menus� est�n blocking %1, aborting.
I aim to execute %s\n
There is not sufficient space to extract the game. It needs : {} Available: {}
Square small with diagonals
If the two players with Artificial Intelligence (computers To and B) would have to use the same table of transpositions. If it is actuated, each player with Artificial Intelligence will benefit  of the calculations of the another. Note: If it is actuated, the weights of evaluation of both players have to be assigned with equal values.
%s: The common name of the certificate contains NUL
Server POP3 in %s (%s [%s]), port %d:
They can not  create the directories for %s: %s
Line %d: size invalid (is not a number or is out of the interval): %s
The line has more than %d characters
Jumping message %ld of %ld (reason: filter + keep)
saltandose Message %ld of %ld (reason: killsize + keep)
Support for the method of authentication %s is not compiled
%1 it has been modified.<nl/>Wishes descartar the changes?
If it presses the button <interface>Create</interface>, the data will generate  with the preferences that have entered further up, and will insert  in a new document.
If it presses the button <interface>Export to archive</interface>, the data selected will copy  in an archive with the preferences that have entered further up.
If it presses the button <interface>Insert</interface>, the data will generate  with the preferences that have entered further up, and will insert  in the position of the cursor inside the document.
The new value needs more bytes (%1 in place of %2).<nl/>Sobrescribir The following bytes or insert other new if necessary?
If it presses the button <interface>Convert</interface>, all the bytes in the rank selected are remplazados by bytes that represent the same character in the game of characters of fate selected.
If it presses the button <interface>Copy</interface>, all the chains selected of the list will copy  in the clipboard.
If it presses the button <interface>Edit...</interface>, will open  an editor for the profile of view that have selected in the list.
If it presses the button <interface>Go</interface>, the cursor will move  in the document until the position indicated or, according to his election, the scrolling indicated up.
If it presses the button <interface>Fix by omission</interface>, the profile of view that have selected in the list will fix  by omission for all the seen.
Add a new function to the chart
It could not  open the library of components: %s
Spend the selection to the clipboard
It paste the contents of the clipboard to the schematic into use
It select bibioteca to use
Factor of zoom to 125%
Factor of zoom to 150%
Bienvenido to Oregano
It explore the system of archives and manage the archives
It choose a new pattern to show the archives:
Not showing options when opening executable archives
Hide expansion in empty folders or blocked
Name of the profile of configuration
Without functionality. Only for compatibility with Nautilus
Recargar The current folder
Only show a staff by each type MIME
ENTER To jump the instrumental part
Keyboard like keytar
It selects the coding for songs that are not UTF-8.
Presiona 1 to join you in guitar!
Regex To filter devices MIDI. By defect use  all the available devices.
Update each 10 seconds
Visit https://performous.asgardsings.nl/ to download free songs
Interface web by Niek Nooijens and Arjan Speiard, to see the rest of the squad, revises /docs/Authors.txt
Limit to the suitable modules for <formfactor>; for example, handset, tablet, mediacenter, desktop, test, all (by omission, handset)
Error: '%s' is not a valid number
Error can not  open <sysfs dir>/block/<device>/
Error: the device %s was not mounted by you
Error: the directory %s is not empty
Error: The device is Invalid %s (has to be in /dev/)
Notice: the device %s is at present handled by /etc/fstab, the proportionate label has ignored 
%s Label changed.
It could not  fix the context of execution to %s.
Impossible restore the surroundings, aborting
getpass Can not open /dev/tty
Page no found- Go to Main Page
-t, --threshold <lindar>: it marks the value mximo (in %) of the silent samples
%s: Sample informacin of files mp3
Found %d files errneos
%s: %d:%02d.%03d (%d samples) to %d:%02d:%03d (sample %d)
%(title)s And %(count)s more
Exit of Quod Libet
They found  {} songs to synchronise
Uploading %(source)s; %(dimensions)s…
Quod Libet Is now connected, %s.
They imported  correctly the punctuations and statistical of %d song
They will send  determinate details about the error and of his system to a service of third (www.sentry.io). To continuation will be able to revise the data before they send .
It has occurred an error when interpreting ~/.ripperXrc
Create label ID3
* Bits of lock programmed
Debug>> END memory to program
Error: it could not  find the programmer USBtiny
You can not do more than an action at the same time!
Attention:</ b> If a plugin allows rise authorised, can enter his credenciales up. The plugins with support OAuth configure  of automatic form the first time that use .
Folder %s is not synchronised with Ubuntu One. Please, it choose an alternative folder.
Profile %s uploaded successfully
Renombrar Image %s
The archive %s no longer is published.
The constants of suggestions of a type specify councils for the agent of windows that indicate the type of function that has the window. Sometimes this type of suggestions is not correctly configured. When actuating this option Shutter will not insist in the suggestion of the type requested.
Do lucir his capture of screen like a photo Polaroid, add a text, and even rótela a bit
/_See/Coding of caract_are/Centroeuropeo (ISO-8859-_2)
It could not  convert the ancient diary, but created  new empty files.
Download all the messages under «%s»?
Downloading messages in %s ...
Obtaining new messages from %s in %s...
It select the key for «%s»
It can specify names for each colour (Work, Slope, etc.)
%d New package will be installed
%i Packages listed, %i installed, %i broken. %i To install/update, %i for desinstalar
Separate list by commas of hosts and commands that will not be contacted through the proxy (ej. localhost, 192.168.1.321, .net)
Statistical system GNU R
Include only the sections selected
Establish internal option…
It has failed bzip2, perhaps the disk was full.
Order that execute. Of way predetermined $SHELL (or shell passwd or /bin/sh)
It could not  write to the descriptor of the archive %d: %s
Establish TERM to «xterm-256colour» in place of «xterm»
Establish TERM to xterm-256colour
Colour of the object UML
It exports the model in format XHTML
New object UML
Delete the object UML: %1
The archive of folder %1 does not exist.
Use new generators of C++/Java/Ruby
It actuate this option to show also systems of files in net like NFS, SMBFS, SHFS and SSHFS.
Actuate this option to expel also a unit of CD after disassembling it and to insert before mounting.
Show message after disassembling
Size used: %g
Lodge in Imgur™
To select an area of capture, do click in a point of the screen and, without soltar the button of the mouse, tug the mouse until the another corner of the area and suelte the button of the mouse.
Show the archive saved in the folder.
This link only shows  once. Ensure to save it if it thinks that goes to erase this image. At present it does not admit  the links of images to accounts of Imgur.
Charts Ascii (Ditaa)
Copy link here
Export each page to a separate archive
Include horizontal lines in the table of contents
Open a new page
Show bar of edition under the editor
Internal error: Column {name} no found
Internal error: limit {number} invalidate
Location {number} already is being imported
Moving {src} to {dst}
There was an error during the export: {error}
There was an error during the import: {error}
It can not  detect radio in {port}
Visible columns for {radio}
ColorHug v%i Detected
Ensure that the opening of ColorHug is blocked
Modify the matrices of calibration in the device ColorHug
Read SRAM in the direction indicated
Update the firmware of the colorimeter ColorHug
Jump to the p�gina inferior
<sp> Order [<sp> options]
<sp> Route [<sp> beginning <sp> end]
<sp> Beginning <sp> full stop
<sp> Type (To, I, L 7, L 8)
CPFR <sp> Route
CPTO <sp> Route
Necessary password for %s
<head/>Open proyectoMuestra a dialogue of archives that allows him open an existent project.
<title>Staff of projects</title><for>Select a staff to create a new project based in her.</For><for>Plan looks for staff in the places that have defined in the dialogue of preferences: <interface>Preferences->Configure Plan</interface>.</For><it stops>it Can create new staff from a project using the entrance of the menu <interface>Archive->Create staff of project</interface>.<nl/>More...</It stops>
<title>The category of the view</title><nl/>The view situates  under this category in the selector of seen.<nl/>When selecting a different category will move  the view to the new category.<nl/>Can edit the name of the category to create a new category.
<title>Planificador TaskJuggler</title><Stops>Is a slightly modified version of the planificador used in TaskJuggler. It has been improved to manage units of resources.</For><for>The planning to backwards simulates  by means of the planning of all the tasks so late as it was possible.</For><it stops><it note>Plan does not use all his functionality.</Note></it stops>
%1: %2<nl/>%3: %4<nl/>Assigned: %5<nl/>Available: %6
%1:<nl/>This resource will assign  automatically to the new tasks
Name: %1<nl/>real Ending: %2<nl/>Ending planned: %3<nl/>Been: %4
Name: %1<nl/>Planned: %2 - %3<nl/>Been: %4<nl/>Type of restriction: %5<nl/>Time of restriction: %6<nl/>Holgura negative: %7 h
Name: %1<nl/>Planned: %2 - %3<nl/>Been: %4<nl/>Planning: %5
Name: %1<nl/>Planned: %2<nl/>Been: %3<nl/>Planning: %4
New value: %1%<nl/>current Value: %2%
Start scheduled: %1<nl/>planned Start: %2
<title>Add and generate reports</title><for>allows Him add and generate reports based in archives Open Document (.odf).</For><it stops>it Can create a staff of report using any editor of text Open Document.<nl/>Dwell...</It stops>
<title>Resources required</title><for>A resource of work can assign  to one or more resources required. A resource required is a material resource of the that the resource of work depends to carry the work.</For><it stops>To be able to use a material resource like resource required, the material resource has to form part of a group of material type.</It stops>
<title>Editor of resources</title><for>The resources organise  in a structure of breakdown of resources. The resources can be of type Work or Material. If it is assigned to a task, a resource of type Work can affect to the length of the task, whereas a resource of Material type no. A resource has to do reference to a clear-cut Calendar in the Editor of work and holidays.<nl/>More...</It stops>
Task: %1<nl/>real Ending: %2<nl/>Ending planned: %3<nl/>Been: %4<nl/>Project: %5
Task: %1<nl/>Completed: %2 %<nl/>Initiated real: %3<nl/>Planned: %4 - %5<nl/>Been: %6<nl/>Project: %7
Task: %1<nl/>Planned: %2 - %3<nl/>Been: %4<nl/>Project: %5
The route to the node of the device that aims to the camera (ej. /dev/video0)
<For>Executable: <application>%1</application> PID: %2 Signal: %3 (%4) Hour: %5</it stops>
<placeholder>In detail, comment that it was doing when the application closed .</placeholder>
The <PID> of the program
This is a repository of applications to use with F-Droid. The applications in this repository are binary official built by the original developers of the application, or are binary created from his code source by f-droid.org using the tools of https://gitlab.com/fdroid.
It use /HEAD instead of /master to aim to a file in the branch by omission
repourl Has to end up with /repo
Copy to the clipboard and send Ctrl+V to the window in first plan
Servers SSH specified in ~/.ssh/config
Look for interactively names of fast accesses (e.g., Copy) or combinations of keys (e.g., Ctrl+C) entering them here.
Tax of appearance of the brushstrokes. It has to be >= 1.0, in where 1.0 means a brushstroke perfectly circulate.
Declination of the inclination of the optical pencil. 0 when the pencil is parallel to the tablet and 90.0 when it is perpendicular to the tablet.
Frequency. You can define here the absolute frequency of a concrete note like reference, and the rest of frequencies will establish  in base to this value and the scrolling in frequency of each note (defined in the column 'Scrolling'). You can use so much a numerical value, or the keywords '%s' (261.625565 Hz) and '%s' (440 Hz), usually reserved for the fourth eighth (tries to assign only frequencies to the fourth eighth).
 Active with Ctrl+L.
%1 it has been modified.<nl/>Wishes to save the changes or descartarlos?
If it presses the button <interface>Copy to the clipboard</interface>, the data selected will copy  in the clipboard with the preferences that have entered further up.
The new value needs fewer bytes (%1 in place of %2).<nl/>Maintain the no used bytes or delete them?
If it presses the button <interface>Build</interface>, generate  the statistics of frequency for the bytes of the interval selected.
If it presses the button <interface>Calculate</interface>, will update  the list of all the chains contained in the interval selected and have established the minimum longitude.
If it presses the button <interface>Create new...</interface>, will open  an editor where will be able to create and edit a new profile of view. The values will base  in the ones of the profile of view that have selected in the list.
If it presses the button <interface>Erase</interface>, will erase  the profile of view selected in the list.
If it presses the button <interface>Filter</interface>, the operation that have selected up will execute  on the bytes of the interval selected with the options specified.
If it presses the button <interface>Look for</interface>, the bytes entered up will look for  in array of bytes.
If it presses the button <interface>Go to</interface>, the chain that have selected  in last place will be marked and showed in the view.
If it presses the button <interface>Substitute</interface>, the bytes that has entered up will look for  in the array of bytes and will substitute  any coincidence with the bytes of replacement.
Error: it can not  open <sysfs dir>/block/
Error: the point of setting %s already finds  in /etc/fstab
-S, --slice <time spec>-<time spec>: do the cut like a segment of time
-Or, --output <file>: file of start where saves  the fragment
-s, --size <cut point>: it specifies the measure of the cut
<cut point> = <Value>[j|s|m|b|k|M]
It could not  contact with the device iFP. Cerciórese That it was lit and connected and that it have installed  ifp-line (http://ifp-driver.sf.net).
Force the detecci�n of unit (ignore /dev/cdrom)
/publicfiles Is not available. His installation of Ubuntu One looks to be without updating.
GPGME Is copyright 2001 by Werner Koch <dd9jn@gnu.org>
-Or=? Define an arbitrary option, p.ej. -Or dir::cache=/tmp
The archive will be saved automatically in ~/autosave.xmi If this operation occurs before it have saved the archive manualmente.si already had saved it previously, when it save  automatically will do  in the same folder and with the same name that the archive saved, gone on down the suffix especificado.si the suffix is equal to the of the archive that has saved, when it save  automatically  sobrescribirá the original archive.
Import archives of the directory <dir>
<sp> Code of protection
