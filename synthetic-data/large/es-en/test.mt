%d Characters by l�nea
%s, delegated to %s
%s: opci�n No v�lida -- %c
%s: The opci�n `%s' is ambiguous
%s: The opci�n `%s' precise an argument
%s: The opci�n `--%s' does not allow an argument
%s: The opci�n `-W %s' does not allow an argument
%s: opci�n Unknown `--%s'
Applications configured for the delegaci�n
Form by %s
Form by %s from %s
Test `%s --help' for m�s informaci�n.
The arguments v�lidos are real f such as: %s
The arguments v�lidos are whole n such as: %s
The arguments v�lidos are:
[%s (%s): %d p�ginas In %d leaves]
[%s (Binary): ignored]
[%s (No printable): ignored]
[Total: %d p�ginas in %d leaves] %s
`%s' Is a binary file, impresi�n interrupted
Impossible close the directory '%s'
Impossible open the file '%s'
Each %d l�neas
End-of-l�nea in a constant chain
Hexadecimal (`\x0a', etc.)
Argument no v�lido %s for `%s'
definici�n No v�lida for the printer `%s': %s
It is missing argument for `%s'
Never do backups
Octal (`\001', etc.)
Envoy to the start est�ndar
codificaci�n Unknown `%s'
codificaci�n Unknown `%s', ignored
Actuate this indicator when accessing
Remove element «Reiniciar» of the menu
Show percentage in the signpost
Show calendar in the menu
Show day of the week in the signpost
Show second in the signpost
Show year in the signpost
Show numbers of week in the calendar
Configure services of OpenRC
Creating the «initramfs» with «mkinitfs».
Installing %(num)d packages.
Deleting a package.
The fate «{}» in the system chosen is not a folder
The code of start was {}
The system of archives of «{}» ({}) is not compatible with the kernel current
The agent of packages could not prepare the updates; the order {!s} Give the code of error {!s}.
The agent of packages could not update the system; the order {!s} Give the code of error {!s}.
The route for the service {name!s} Is {path!s}, that does not exist.
The system of archives source «{}» does not exist
Unpacking the image {}/{}, archive {}/{}
The «globalstorage» does not contain a key «rootMountPoint».
Move the task downwards
<title>Recent projects</title><for>A list of the 10 archives of open project more recently.</For><for><nl/>allows Him open quickly the projects in which it has worked recently.</It stops>
<title>The category of the view</title><nl/>The view situates  under this category in the selector of seen.<nl/>Can edit the name of the category to create a new category.
The directory in which Plan saves the packages of work when the package has been read
Hours by year:
List of routes to the modules of tasks
The description of the category
Use modules of local tasks
Schedule the project from the final hour: %1
%1 it is a group of local resources that only can  use in this project
Account for the costs incurred in the start of the task
Cost presupuestado of the work made to the %1: %2
Send the changes and go to the following package
It defines when the resource is available for the project
Edit the definition of the report
Endeavour based in the cost presupuestado of the work scheduled
Last package of work received of %1 the %2
Name of the archive of report generated
Name: %1<nl/>Ending: %2 %<nl/>real Start: %3<nl/>Planned: %4 - %5<nl/>Been: %6
Without necessary resources
No applicable, the restriction is of fixed interval
Task with type estimated: %1
The calendar defines when the resource is working
The calendar used when the type of estimate is «length»
The distribution to use during the planning
The length in that it can  demorar or lengthen a task without affecting to the start of any back task
The email address of the resource
The pessimist length
The resources assigned to the task
It indicates the type of the task or the type estimated of the tarea.el type can be established to Landmark, Endeavour or Length.<nl/><Note>If the type is Round-up or Project the type is not editable.</It note>
<For>The distribution to use during the planning</for><stops>If the distribution is «Any», the estimate of the tasks uses  such cual during the planning.</For><it stops>If the distribution is «PERT», the estimate used calculates  basing in the optimistic estimates (Or), pessimist (P) and more likely (M) entered. The formula used for this is (Or + 4 * M + P) / 6.</It stops>
<title>Assignments of group</title><for>Can assign a series of resources of a group and leave that the planificador select of the available resources in time of planning.</For> These resources assigned dynamically will add  to any one resources that have assigned specifically.
Profile of active author
Loaded document, URL=%1
Endeavour no satisfied. Estimated: %1, planned: %2
The generator of reports has not opened  correctly
Schedule from the final date: %1
Select the columns to show:
Tasks in execution
Tasks that have finalised during this period
The way of directory is not allowed in the remote locations.
The total cost of the account showed eat: real Cost [ Cost planned ]
The package of work «%2» has an open document. If it continues can lose  data.
This document created  with a more recent version of PlanWork (version of the syntax: %1)Open it with this version of PlanWork will cause the loss of some information.
Add an external date
Erase external dates
Export the data to a document Open Spreadsheet
Export archive ods
Any planning selected
Add %s to the list of contacts
Add to Contacts
Replace text by Emoticonos real
Code of the country in format ISO 3166-1 alpha-2
Delete the account of %s?
Desactivar All the accounts
Enciphered no available
Indicate unknown contacts
New chat in group
Select a contact with the button «+» in the bar of title.
Show state of messages in the chat
Initiate in way demon
This chat is enciphered
This is a conversation SMS
Try different research
If it has to send  the state of the message if it reads 
Size of the window (width, height).
The messages are enciphered
The messages are not enciphered
His messages are not enciphered and can ocasionar costs of net
It adjusts the contrast of the image that comes from of the camera
It adjusts the tone of the image that comes from of the camera
It is sure that it wants to delete permanently the archive?
Choose an effect
It could not  delete %s
Delay among photos (second)
Shoot the flash before taking a photo
If it deletes the elements will lose  permanently
Last effect selected
Cruise to the following page of effects
Number of photos
Record a video
Record a video using a camera web
Establish to true to shoot the flash when taking a photo
Establish to true to show the countdown when taking a photo
Take multiple photos
Take a photo
Take a photo using a camera web
It do several photos in a fast succession with the way ráfaga. It use the countdown so that him of time to plant  and expect to the flash.
Take several photos using a camera web
Take photographs and videos with his camera web, with fun graphic effects
The width of the image captured by the camera, in pixels
The width of the video captured by the camera, in pixels
There was an error when reproducing the video of the camera web
Internally, Cheese uses GStreamer to apply fantastic effects to ls photos and the videos. With Cheese is easy to do photos, do them to his friends, his pets or what want to share with others.
© 2000-2018, the authors of DrKonqi
© 2020-2022, the authors of DrKonqi
Execute the interactive debugger
Attach additional information
The failure is not a duplicate
Suggest that this failure is related
This failure is not related
Preferences of the application that could be related
<For>The information that can provide does not consider  the sufficiently useful in this case. If no it occurs him  more information, can close the dialogue of report of the failure.</It stops>
It has occurred an error during the installation of the packages of symbols of debugging.
Another process debugger is at present analysing the same application. The information of the failure could not be recolectada.
Report saved in %1.
Title of the report of failure:
Trying connect with bugs.kde.org...
His failure already has been notified like Error %1, that already has been closed.
His failure already has been notified like Error %1, that is a duplicate of the Error %2, that already is closed.
His failure is a duplicate and already has been notified like Error %2.
<For>Executable: <application>%1</application> PID: %2 Signal: %3 (%4) Hour: %5 %6</it stops>
The application goes back to fail if it repeats  the same situation?
Please, read how create reports of useful failure to know how obtain one traces reverse useful. It install the necessary packages (list of archives) and do click in the button <interface>Recargar</interface>.
It check if his failure already has been reported. It do double click in a report of the list and compare it with his. It can suggest that his failure is a duplicate of this report or attach directly his own information to the same.
It can press the button <interface>Install symbols of debugging</interface> to install automatically the packages of information of debugging no available. If this method does not work, please, read how create reports of useful failure to know how obtain one traces reverse useful. After installing the necessary packages (list of archives), press the button <interface>Recargar</interface>.
<Route> of the executable
Not showing a notification but launch the dialogue of debugging directly
The <direction> of failures to use
The program already has been reiniciado
The <number> of signal captured
<Name> translated of the program
The information of the failure could not be recolectada.
It use this button to copy the information of failure (trace reverse) to the clipboard.
It use this button to save the information of the failure (trace reverse) to an archive. This is useful if you wishes to examine or inform of the error later.
It can choose add additional information, but only has to do it if has new information or if it has requested him .
The platform KDE is compiled from the code source
What was doing when it has failed the application <application>%1</application>
It enter the details on the failure
List of possible duplicate reports
It is not sufficiently useful
Error during the installation of the symbols of debugging
Please, it notify this error to help to improve this software.
Minimum longitude achieved
We need more information
Sample in a map in the lateral signpost where took  the photo
Export to a folder
If it is true, the terminal will use the global typography standard of the desk if this is of fixed width (and the typography more resembled this).
Maximizar The new windows
The new windows will open  maximizadas
The colour used for the errors.
The folder to which export
Upload in PicasaWeb
Upload his photographs in Flickr
Use personalised colour:
Do click in an eye
Are sure that it wants to copy the archives here?
Are sure that it wants to erase the directory?
Are sure that it wants to vaciar the papelera?
Are sure that it wants to sobrescribir the image?
Are sure that it wants to paste the archives here?
Are sure that it wants to revertir his changes?
Error: it could not  save the image here!
Last open directory
Open link in the browser
Show each image by
There was an error in making the action in
There was an error in creating the directory.
There was an error in renombrar the archive.
The image does not exist or is damaged!
"{path}" Contains {name} ({version}) caducado
The option %(option)s require %(number)d argument
'keystorepass' No found in config.yml!
'required' Is an argument invalid for positional
'sdkpath' No established in 'config.yml'!
'{aapt}' Is too ancient, fdroid requires build-tools-{version} or back!
Adding new repo only for {name}
It allows to specify a different review (or git sector) for the initial import
Branch '{branch}' used like "commit" in srclib '{srclib}'
Compile all the available applications
DEBUGKEYSTORE Is not established or his value is incomplete
Erasing archive, the repository is too big ({size} vs. {limit} maximum)
The description has a list (%s) but is not structured (*) neither numbered (#)
Download complete replies of small repositories
Failure copying {path}: {error}
It found  archive of financing "{path}" for "{name}":
Git fetch Failed
Neither "repopubkey" neither "keystorepass" established in config.yml
There is not git submodules available
There is not APK signed available for %s
OBB Has a versiónCode({integer}) newer that any APK:
Only print differences with the Play Store
Problem with the archive ZIP: %s, error %s
The scanner found {} problems
Adjust the clock to this hour using:
Jumping the mirror of GitLab Pages because the repository is too big (>%.2fGB)!
It specify a file of identity that offer SSH for rsync
The code of version OBB has to come after "{name}.":
This repo already has metadatos local: %s
Unknown version of aapt, could cause problems:
Flag Of compilation '{buildflag}' unknown in '{path}'
Update the register of binary transparency for an URL
Using "{path}" to configure s3cmd.
X.509 'Distinctive Name' (DN) used when generating keys
It can use ANDROIDHOME to define the route to his SDK, p.ej.:
The archiveurl has to end up with /file
It expected  1 argument
The last recipe of packed is newer: vercode={old}, new vercode={new}
Venue_copy_dir does not end up in "fdroid", maybe wanted to say: "{path}"
There is not such option: %s
Only it accepts chains, ready, and tuplas
repoicon "repo/icons/%s" Does not exist, generating placeholder.
Using Apache libcloud to synchronise with {url}
{0} application, {1} aliases of key
{appid} Of {path} is not an identifier (GO) of application Android valid!
{appid} Does not have {name}
{appid}: extlib {path} Unknown in the compilation '{versionName}'
{name} "{section}/icons/{path}" Does not exist! Corrijalo In config.yml.
{path} Does not exist! Believe it executing:
It plant his left index finger in %s
It plant his left little finger in %s
It plant his left middle finger in %s
It plant his left ring finger in %s
It plant his right middle finger in %s
It plant his right ring finger in %s
It remove his toe and try to glide it again
The slide was too short, try it again
It glide his left index finger by %s
It glide his left middle finger by %s
It glide his left ring finger by %s
It glide his left thumb by %s
It glide his right ring finger by %s
It glide his right thumb by %s
His toe was not centred, try to glide it again
Open D-Mod to install
< It chooses D-Mod
About DFArc v3
An unknown error occurred.
It choose a directory of D-Mods
It could not find an explorer of archives (tried  'xdg-open', 'nautilus', 'konqueror' and 'thunar')
Files D-Mod (*.dmod)
D-Mod desinstalado successfully
Dink Smallwood Failed! Code of Error %d.
Dinkedit Saves all the changes automatically. Alter maps can ruin the game. It is sure that it wishes to continue?
Opening error of dinksmallwood.ini
Error while it executed  the editor
Error: it could not open the archive tar '%s' for his compression bzip.
Error: it could not write in '%s'.
Error: File '%s' no found! They can not read the data.
Error: File improperly filed «%s». Omitted.
Error: File .dmod No valid selected!
Main directory of Dink
Directory Dink Smallwood overlapped
Empaquetamiento Aborted - deleting file .dmod Partial.
It selects a D-Mod to install
The location «%s» is not installed in his computer (the locations indicate like managing the languages). It needs to be installed - check the documentation of his system.
The file .dmod Is corrupo. Please cualva to download it.
The archive D-Mod is being decompressed in a temporary file.
The D-Mod selected
The editor ('%s') was not found in his computer. Please it configure the name of the executable of the editor in the options of the menu.
The engine updates dinksmallwood.ini When executing  (obsolete)
The file is not a .dmod Valid.
Desinstala The D-Mod selected
Where you want to install this D-Mod?
You have to select the option of uninstallation of the menu of start for desinstalar the main game.
The text ingresado is too long.
“%s” Is not a verb or is not in way infinitive.
“%s” Was found among the forms conjugadas of 1 verb:
“%s” Was found conjugado in %d verbs:
- Verbs following paradigms:
- Verbs still no classified:
At present, the database has:
Paradigm deduced: <verb>
Error: "%s" no found.
GConjugue Did not attain to deduce the appropriate paradigm for the expression ingresada by the user. This only would have to spend when the expression can not be treated like a verb in Portuguese (like words that do not end up in ‘r').
I can not conjugar <verb>
Option invalid for configuration of start: %s
List all the verbs
Maximum number of verbs exceeded!
The verb is in the database, but is not classified. His paradigm was “calculated” by the application.
Too many arguments to conjugar!
Verbs used like paradigms
Add a source of new dictionaries
Clean the list of available databases
Database to use
The source of dictionary does not have name
Edit source of dictionary
Error when looking for the definition
Error when obtaining the definition
Dictionary Longdo Thai-English
Without connection to the server of dictionaries in «%s:%d»
Recarga The list of available databases
Recargar The list of available sources
Recarga The list of available strategies
It establishes the typography used to print the definitions
Strategy that use
The database predetermined
The typography to use in the impression
The typography to use in the impression of a definition.
Impossible connect to the server of dictionaries in «%s:%d». The server answered with the code %d (server fallen)
Impossible create a context
Impossible establish the canal as no bloqueante: %s
Words that look for
Save like copy
They failed all the possible methods
Options with conflicts: --window and --area would not have to  use at the same time.
Effect that add to the brink (shadow, brink, ancient or any). Note: this option is obsolete and assumes  that it will be «any»
Capture of screen of GNOME is a simple utility that allows him do captures of the screen of his squad. The captures can be of all the screen, of an application in concrete or of a rectangular area selected. Also it can copy the capture directly to the clipboard of GNOME and paste it in other applications.
Capture a window instead of the whole screen
Capture an area of the screen in place of the whole screen
Capture only the current window in place of the whole desk. This key is obsolete and will not use  more.
Include profile ICC
Include the profile ICC of the aim in the archive of capture of screen
Include the pointer in the capture of screen
Save images of his screen or of individual windows
Send directly the obtained to the clipboard
Take a capture of screen of the current window
The number of second that expect before obtaining the capture.
Conditions in the forecast
Conditions in the signpost
N.º Maximum of decimal digits
Recargar Meteorological information
Temperature in the signpost
%d Open archives
It is sure to want to end up the process selected?
It is sure to want to end up the %d processes selected?
It is sure to want to kill the process «%s» selected (PID: %or)?
It is sure to want to kill the process selected?
Change the priority of the process «%s» (PID: %or)
Change the priority of the process selected
Change the priority of the %d processes selected
It determines which processes show.
Each entrance is in the format (number CPU, colour in hexadecimal)
Filter archives by name
Size and position of the main window in format (width, height, posX, posY)
They need  privileges to change the priority of the processes
Show memory and exchange in IEC
Show memory in logarithmic scale
Show all the systems of archives
Show the eyelash Processes
Show the eyelash Resources
Monitor of the system can help him to identify which applications are using the processor or the memory of the squad, can manage the applications in execution, force the arrest of processes that do not answer and change the priority of the existent processes.
The priority of a process is given by his value nice. A value nice low corresponds to a taller priority.
The colour selected
Time in milliseconds among the updates of the view of processes
Type of selector of colour
Priority very tall
Priority very low
Send signal Stop
<Tools>/File/Purchase/Upload from camera...
Allow multiple interfaces
It could not  apply the configuration.
It could not  capture the image.
It could not  capture.
It could not  create the folder '%s' in the folder '%s'.
It could not  erase the archive '%s' in the folder '%s'.
It could not  detect camera any.
It could not  show '%s'. Or GTK does not endure the type of image ('%s') or the archive is corrupt.
It could not  download '%s' from the folder '%s'.
It could not  obtain the configuration.
It could not  obtain the list of archives for the folder '%s'
It could not  obtain the quantity of ports.
It could not  initialise the camera.
It could not  remove the directory '%s'.
It could not  obtain information.
It could not  save archive in '%s'.
It could not  adjust the information of the archive for '%s' in the folder '%s'
It could not  go up '%s' in '%s'.
Erasing all the archives in '%s'...
Downloading %i archives
Downloading '%s' from '%s'...
Downloading '%s' from the folder '%s'...
Downloading slide of '%s' from the folder '%s'...
If this is marked will save  the data EXIF
Obtaining information EXIF for the archive '%s' in the folder '%s'...
Obtaining information about the camera...
Listing archives in the folder '%s'...
Listing the folders in '%s'...
It uploads archives from digital cameras
If this is marked will save  the photos
Please, it choose a name for the directory that would have to create  in '%s':
If this is marked will save  the raw "data"
Rotar Slide -90 degrees
Save data of audio
Begin the numbering with:
If this is marked will save  the slides
Ingrese The name of the program that wishes to execute, any if it leaves it in target
Type of messages to register:
<Plan 15 of private use>
<Plan 16 of private use>
Forms of alphabetic presentation
Besides it would have to have received a copy of the Copyright of Unicode together with Gucharmap; it can find it in the website of Unicode: https://www.unicode.org/copyright.html
Ancient greek, musical notation
Ancient Greek numbers
Alphabetic symbols Arab mathematicians
Based in the database of characters Unicode 14.0.0
By bloc Unicode
Byzantine musical symbols
C octal escaped UTF-8:
CJK, symbols and punctuation
Common numerical forms índicas
Copy to the clipboard.
Definition in English:
CJK, letters and months shut
Also it can  use Gucharmap to enter characters (copy and paste). The research allows to use several methods, including the name Unicode or the point of code of the character.
Hangul Jamo Extended-To
Idiographic, symbols and punctuation
Initial form of presentation of
Isolated form of presentation of
Small script Khitan
Hanja Korean to use it in personal names
Ideogramas Linear B
Alphanumeric symbols mathematicians
Intermediate form of presentation of
Symbols and arrows misceláneos
Symbols and varied pictograms
Numbers Siyaq otomanos
The permission concedes  here, free of loads, to any person that obtain a copy of the archives of data Unicode to treat them without restrictions, including and without limitation the rights to use, copy, modify, combine, publish, distribute and / or sell copies.
Numeral symbols rumi
Numbers cingalés archaic
Extension Kana small
It forms small variant of
Adjust columns to the power of two
Adjust the number of columns to the power of two
Form of subscript of
Symbols and supplementary pictograms
Symbols and widespread pictograms To
Symbols Tai Xuan Jing
The number of columns in the rejilla of the map of characters determines  by the width of the window. If this value is true, the value will force  to the power of two nearer.
This is the last character that selected  in the map of characters (and that will go back  to select again when it initiate  again). Of way predetermined, is the first letter of the alphabet in the current language.
Symbols of transport and maps
Unknown character, impossible identify it.
Vulgar form of fraction of
Wide character of compatibility of
It would have to have received a copy of the Public Licence General of GNU together with Gucharmap; if no, it write to the Free Software Foundation, Inc, 51 Franklin Street, Fifth Floor, Boston, MA 02110-1335 USES
Musical notation Znamenny
Text to copy:
%s: %s: \ The characters in the route find  duplicated - is escaping the parameter correctly?
%s: %s: Whole parameter no valid (%s give %or)
%s: It failed when writing document XML
hivexsh: Error when trying obtain father of the node %zu
hivexsh: setval: Unexpected end of the start
hivexsh: Commando '%s' unknown, use 'help' to obtain help
hivexsh: It has to upload an archive hive first using 'praise hivefile'
xmlNewTextWriterFilename: It failed when creating writer XML
-c --cut Cut (archive->pieces)
-p --paste Paste (pieces->archive)
-v --verbose info. Descriptive
%s [-pvf] [-c Size[K|M]] [-or route_recording] file_reading
%s: You have to specify one of the options '-cph'
* Cutting to archive: "%s":
*** Archive paste: %s (%or bytes) in %.3f second (%or bytes/s) [path of start='%s']
*** Paste archive: "%s" (%or bytes)
*** Archive cut: %s (%or bytes) in %.3f second (%or bytes/s) [route of sailda='%s']
Error: it can not  open archive for reading: %s
Error: it can not  open archive for writing: %s
Error: Size no valid: '%s'
Error: Archive no found when paste: '%s'
Archive of Sickle/Axe to paste
It will delete (n) %(count)s message(s). It wants to continue?
It has been subscribed to the list {}.
Attach another archive
It could not  delete the message %(msg_go_hash)s: %(error)s
Create a new thread
Delete this message
Delete this thread
It can not  find this page.
See all the threads
Manage this list
The most active debates
New messages in this thread
Volume of sendings during the last 30 days.
Readjuntar A thread
Readjuntar This thread
Recent active debates
Remove this archive
See the profile
See the profile of %(name)s
Show responses by date
Show responses by thread
Order by quantity of recent debates
Order by quantity of recent participants
They deleted  %(count)s messages correctly.
This API REST can give the information in several formats. The predetermined is HTML to allow the reading by people.
Still it has not implemented  this functionality.
This list of post is deprived. It has to subscribe to see the archives.
This month in format mbox compressed with gzip
This thread in format mbox compressed with gzip
Thread that readjuntar:
Lapse from the first activity
To change of format, suffices with adding ?format=<FORMAT> To the URL.
By means of this direction will be able to recover the information known on a concrete message of the list of post specified.
By means of this direction will be able to recover the information known on all the lists of post.
By means of this direction will be able to recover the list of messages of a thread of the list of post.
By means of this direction will be able to recover the list of labels.
Votes for this user:
It likes me (cancel)
For this month
More recent first
The last 30 days:
Use commas to add multiple labels
It will be erased from HyperKitty together with all the threads and messages. It will not make  the erased from the core of Mailman Wishes to continue?
'～', '『', '¢', '£' and other can write  with the key of change of thumb
Convert spaces to the width of column
Convert numbers to the width of column
Actuate the reverse conversion
Immediate conversion (individual segment)
Reinicie IBus When it change XKB
Reinicie IBus When it change the disposal of the keyboard
Egregious + Seion produces Handakuon
The engine Anthy for the platform of entrance IBus
The archive does not exist:
Keyboard of U.S.
It has selected a directory:
The archive selected is not valid.
The archive is not correct.
Use only his dictionary with the commutated
%s Is not an archive
The page %s is not modifiable
%s Is not in the directory source by what can not be renowned
The parameter %s is compulsory
** Desactivando The complement %s since it is failing with this message:
Add a commentary
Content added actuated via web.
Direct link for download
Code source: %s
It does not exist the page %s.
 There are not links broken !
 What appoint will have the wiki ?
Checking source of data %s ...
The commentaries for the page '%s' are closed
Creating new page %s
Staff of edition %s registered for %s
Dimensioning fallido: %s
The way multimarkdown is active, but is not installed Text::MultiMarkdown
It has not copied  any text in this page
prog Is not a program graphviz valid
The archive of configuration for this wiki is unknown
Already it exists a page of name %s
Format of unknown data
It can not change %s
Sections IP(v4) aggregated:
Clean automatically the record
Hide automatically the signpost after ingresar
Open automatically the Administrator of Transfers
It was SURE to know what goes to do!
Be compatible with the protocol iptux's (DANGEROUS)
Choose archives annexes
Choose directories annexes
Failure when receiving the directory "%s" from %s!
Failure when sending the archive "%s" to %s!
Uploading the process correctly!
Open this archive
Opendir() Directory "%s" failure, %s
Please ingrese his nickname!
Received correctly the directory "%s" from %s !
Received correctly the archive "%s" from %s !
Received-Of: Nickname:%s User:%s Squad:%s
Ask Resources Shared
Save data to an archive
Stat64() Archive "%s" failure, %s
Speak with the group %s
Use the key 'Enter' to send message
Email of the user
Personal folder of the user
Name of the project
The folder in which it will generate  his project
This will assign the rights of author to this name
It will find a README in the folder of the project %1 to help him to begin with his project.
His name and surnames
The name of his project is: %1, based in the staff %2.
Please, it look for a program to execute...
Please, it select from the section «Hours»...
Please, it select from the section «Minutes»...
Add or modify a variable
Crontab Of the user %1
Days of the month
Days of the week
Erase the task selected.
End of the execution of the script. Press Intro or Ctrl+C to exit.
Folders where look for programs.
Archive generated with KCron the %1.
Modify the task selected.
Print all the users
Execute each day
Execute the task selected now.
Show the following Cron:
The archive %1 can not be opened.
%1 it is not of type object
«%1» it is not a QWidget valid.
Action Requires 2 arguments.
ActionGroup Requires 2 arguments.
Manejador Of events no valid: Object %1 Identifier %2 Method %3 Type: %4.
Manejador Of «slots» no valid: Object %1 Identifier %2 Method %3 Byline: %4.
The call to «%1» failed.
The call to the method «%1» has failed, can not  obtain the argument %2: %3
Exception when calling to the function «%1» from %2:%3:%4
Exception when calling to the slot «%1» from %2:%3:%4
It was not possible to convert to %1 a value of type %2 (%3)
The slot asked %1 arguments
It produced  an error when reading the archive «%1»
But only there is %1 available
But only there is %1 available
The library only has 1 argument, no %1.
To %1 it would like him abandon the party
To %2 it would like him undo half movement
Admit his unavoidable defeat
Allow that other programs control Knights
Animate also the board
Initiate the game automatically
Clock that shows the remaining time
Continue this party later
Create an account
Current ads ordered by classification and length
Current ads ordered in a list
Help with the new characteristics of the subject and representation without KGameRenderer
Notation of portable game (*.pgn)
Publish an ad for other players
The program %1, has not been able to initiate. Please, it check that it is installed.
Promote the labourer to:
Repeat his last movement
It select an engine of chess for the first player.
It select an engine of chess for the second player.
Show bookmarks stops:
Show dialogue of confirmation before closing
Archive of subject for the board
This is an account registered
The party has ended up with victory of the white
Delay before  that communicate  a movement of the machine, in milliseconds
Limit of initial time for both players
List of programs that have to execute  to play against the machine
Protocol that has to use the player 1
Show the clocks when the control of time was into use
Show the console of text if it admits it the protocol
The colour of the human player venue in a party against the machine or through Internet.
The number of movements that has to do the player in the time specified (for the control of conventional time)
If the limits of time are enabled and show 
If register in the server of chess automatically
Centre of the page
It is possible that the format %1 was not able to preserve all the information of the colour of the image. Sure that wishes to save in this format?
The scrolling is the relative position where will be planted this image, compared with other imágenes.no all the formats of image implement the characteristic scrolling. If the format in which it save the image does not possess this characteristic, his value will not be saved.
KolourPaint Can not paste the content of the clipboard because has an unknown format.
Delete the last row
More effects of image
More effects of image (selection)
Paste from archive
It do click or tug to erase pixels of the colour of first plan.
It do click to fill a region.
It do click to select a colour.
It can not  save like «%1»: %2
It can not  save the image - can not  create the temporary archive.
Points by inch (PPP)
It tug to draw the first line.
It draws lines connected
It draws elipses and circles
It draws rectangles and square
Archives of image to open, optionally
Left button to tug another line or right button to end up.
Left button to establish the first checkpoint or right button to end up.
Left button to establish the last checkpoint or right button to end up.
It allows to select a colour of the image
It makes a rectangular selection
Paste in new window
Reduce to 256 colours
Reduce to 256 colours (difuminado)
Reduce to monochrome
Reiniciar All the values
Redimensionar Image: right Button to cancel.
Selection: scalar softly
Text: background colour
Text: delete box
Text: move box
Text: new line
Text: transparent fund
It expands and it reduces the image
%1: How many naves?
Game of galactic strategy
The planet %2 has fallen in front of %1.
Carried to KDE4
Governor: it Select final planet.
Governor: it Select initial planet.
%1 it has won to %2 by %4 to %3 point!
%1 it has won to %2 by %4 to %3 points!
A career in the hiperespacio
The game KSnake finalised with 1 point
The game KSnake finalised with %1 points
KSnake: An alone player
Rounds to win:
The game will begin when each player have pressed one of his keys of direction!
(%(num)d Lines) "%(text)s"
Session %(status)s %(pid)s) created %(time)s
Shortcuts of global keyboard
Add the servers SSH found in ~/.ssh/config.
Allow examine inside archivadores compressed
An index of all the available sources
Assign combinations of global keys (triggers) to objects created with «Editing commando».
Examine and create new tasks in GTG
Calculate expressions matematicas
Copy archive to a location chosen
Copy the text selected to the primary clipboard
Create a new note from this text
Create a new task in Getting Things GNOME
Show the text in a window
Extract archivador compressed
Filter through a commando…
Force reindexación of this source
Forget of «%s»
Obtain help on Kupfer
Include artists in upper level
Include songs in upper level
Internal objects of Kupfer
Jump to the anterior clue in Audacious
Jump to this area of work
Initiate another instance of this application
Mark elements used commonly and store objects for a back use
Move archive to original location
I number of recent clipboard that remember
Open with the application of notes
Recent documents for %s
Recursive source of %(dir)s, (%(levels)d levels)
Continue reproduction in Audacious
Execute program with an object like an additional parameter
Execute this program
Select Text selected
Select in Kupfer
Select objects using '*' and '?' Like jokers.
Establish the application predetermined to open this type of archive
Show the main interface
Show icon in the area of notification
Show the tasks in execution and allow command them signals
Show the results of research for this surgery
Show which song  this reproducing
Objects send to of Thunar
Contacts and actions of Thunderbird/Icedove
Commutate the repetition in Audacious
Tools to work like commandos like objects
The papelera is empty
Work with application
By %(artist)s of %(album)s
Conflict with global fast accesses registered
To send a report of failures, press the button of down. It will open  a window of the browser web in https://bugs.kde.org where will find a form to fill. The information showed up will be transferred to this server.
It press Egregious for more information.
Send this report of error to %1.
Report of failures sent, thank you by his contribution.
It wishes really reiniciar all the bars of tools of this application to his values predetermined? The changes will apply  immediately.
It use %1 to inform of failures.
The application for which wishes to send the report of failures (if it is not correct, use the option of menu «Inform of failure» of the correct application)
The email address to which sends  the report of failures.
His email address. If it is not correct, use the button «Configure email» to change it
Directory 'iPod Control' no found: '%s' (or similar).
Error when adding the photo (%s) to the database of photos: %s
Error when creating '%s' (mkdir)
Error when opening '%s' for his reading (%s).
Error when opening '%s' for his writing (%s).
Error when erasing '%s' (%s).
Illegal access to the scrolling %ld (size %ld) in the file '%s'.
Number of insufficient arguments.
ItdbTrack Go '%d' no found.
Library compiled without support gdk-pixbuf. Support of images desactivado.
Mini (2ª generation)
Directory 'Music' no found: '%s' (or similar)
Nano Video (3ª generation)
The number of MHODs in mhip in %ld is not consistent in the file '%s'.
Route no found: '%s' (or similar).
Route no found: '%s'.
Directory 'of photos' no found: '%s' (or similar).
Unexpected error in itdb_photodb_add_photo_internal() while it added  the photo. Report, please.
Type of unexpected image in mhni: %d, scrolling: %d
Index mhsd no expected: %d
Rule of unknown action in %ld: %x. Trying continue.
Video (1ª generation)
Video (2ª generation)
Directory 'iTunes' no found: '%s' (or similar).
iTunesDB '%s' Corrupt: it expected  mhsd in %ld.
iTunesDB Corrupt: size 0 for the zone %ld in the file '%s'.
iTunesDB Corrupt: it has not found  the section '%s' in the section '%s' beginning in %ld.
iTunesDB Corrupt: the number of sections mhip is not consistent in mhyp beginning in %ld in the file '%s'.
Change the level of difficulty
Change the level of difficulty will finalise the current party!
Choose type of game
Forget this punctuation
Open a recently saved party...
It repeats the last movement
It saves the current party in another archive
It select the difficulty of the party. If it changes the level of difficulty while it is playing a party, will have to cancel it and begin a new.
Establish the level of difficulty
It establishes the level of difficulty
A low value will do that the entrance of direction adapt  more quickly, a value high will do it softer
It adds aleatoriedad to the pointer. This usually generates a lot of small lines in random directions. It can try this together with 'slow follow-up'
Brushstrokes to draw by second, without importing what so far move  the pointer
Elliptical brushstroke: angle
Random fast noise, changes in each evaluation. Distributed uniformly among 0 and 1.
Filter of fine speed
Distance that has to move  so that the entrance of the paintbrush achieve 1.0. This value is logarithmic (the negative numbers do not invest the process).
Like fine speed, but changes slower. It see also the property 'Filter of thick speed'.
The angle of the outline, in degrees. The value will maintain  among 0,0 and 180,0, doing case omiso of twists of 180 degrees.
The pressure reported by the tablet. Usually among 0.0 and 1.0, but it can be main when it uses  the gain of pressure. If it uses the mouse will be 0.5 when  presione a button and 0.0 in another case.
This changes the difficult that has to presionar. It multiplies the pressure of the tablet by a constant factor.
This entrance goes slowly of zero to one while it makes  the brushstroke. Also it can be configured to go back to zero periodically when moving . It see the properties 'length of the stroke' and 'time in that it maintains  the stroke'.
Adding messages to %s (%d / %d)
Copying messages %s to %s ...
Error creating the context SSL
Exporting messages of %s to %s...
The authentication IMAP failed.
The server IMAP4 deshabilita LOGIN.
Moving messages %s to %s ...
The connection NNTP with %s:%d has been broken. Reconectando...
POP3: Erasing message caducado %d
POP3: Ignoring message %d (%d bytes)
Erasing messages %s
Connection SSL using %s
Method SSL no available
TLSv1 Is not available
I can not copy %s to %s
It can not  copy message %s to %s
Creating connection IMAP4 with %s:%d ...
Creating connection NNTP with %s:%d ...
Error in the mandate imap: STORE %s %s
Obtaining article %d...
iconv Can not convert UTF-7 to %s
Line xover no valid: %s
The mailbox this being used by another process, expecting...
mbox malformada: %s
The folder root %s does not exist
Use 'flock' instead of 'file' if possible.
They tried  create data of another user
They tried  increase data of another application
They tried  increase data of another user
They tried  create data of another application
They tried  update data of another user
It could not  open the database
Source of data no found
Tuner of precise and easy instruments to use
It adds a note to the list, just on of the row selected, or adds it at the end if there is not any row selected. It is not possible to add a note before the note of reference (the first). Can use  also the keys Insert and Suppress on the table of at the side.
It applies a scrolling in frequency to all the clear-cut notes in the table of down.
It applies the current changes and modifies the file of configuration.
It chooses the device of entrance if you have of more than one. If you are using JACK, can also connect Lingot to the origin of audio wished by means of an application of control of JACK external.
Note nearer to the frequency estimated, of agreement to the clear-cut scale in the configuration.
It deletes the notes selected. The note of reference (the first), can not be deleted. You can use also the key Suppress on the table of at the side.
Error in 'cents' among the frequency estimated and the nearest note according to the configuration of the tuner.
Error establishing the number of canals.
Here you can choose the system of sound
It imports the scale from an external archive .scl, with the format used in the project Scala (http://www.huygens-fokker.org/scala/)
It leaves this option actuated and Lingot will optimise some parameters by you.
Lingot Is a universal tuner, can fine-tune any instrument of agreement to the scale that define here.
Minimum relation signal to noise to consider the signal captured like something notable. It tries to maintain a low value for this parameter, and elevate it if you experience problems in surroundings very noisy. This level shows  in the view of the spectre like a discontinuous yellow line.
Identifier of the note. Free text that will be showed in the main window when the tuner was near of the note given. You do not use characters in target here.
Eighth whose frequencies show  in the table of down. It changes this parameter if you want to show the corresponding frequencies to other octaves, but treats to assign always frequencies inside the 4ª eighth (the 4ª eighth comprises usually frequencies from 261.63 Hz to 523.25 Hz).
Optimise parameters automatically
It checks that there are not other processes blocking the device requested. Take besides that some servers of audio maintain the device blocked during some seconds after his last utilisation. In this case can try inside some instants.
You adjust rápicos on the dynamic response and the levels of signal.
It restores the configuration predetermined, without applying it.
It annuls the changes applied previously and closes the dialogue of configuration.
It shows the error like a disk giratorio, whose speed of rotation depends of the error in 'cents' with the note wished. The disk permanecera estatico when the note this perfectly fine-tuned.
It shows the error in 'cents' of a visual way. The rank will depend the maximum distance among pairs of notes in the clear-cut scale in the configuration of Lingot. It tries to supply scales with low maximum distance, for example scales with a lot of notes, to obtain a better resolution in this needle (scales of 12 notes are a good election).
The archive of configuration has errors, and therefore some parameters will have values by defect. The problem will be solved once confirm the preferences in the dialogue of configuration.
The tuner is not working, have to check the configuration.
The scale supplied contains big hollows in frequency that increase the rank of the needle and cause a loss of visual precision. It considers to cater scales with at least 12 tones, or with a maximum distance among adjacent notes no upper to 200 'cents'.
The scrolling in frequency has to be among 0 and 1200 'cents', or among 1/1 and 2/1.
There is value invalids in the scale: all the notes have to be in the same octave
There is value invalids in the scale: the notes would have to be ordered by frequency / scrolling
There are notes with the same name
This is the lowest frequency that you will want to fine-tune in this instrument. Put here a frequency or selects a note of the menu desplegable.
Restore from the disk
Define new term
Fill all the exact suggestions and mark them like doubtful
Find following in archives
Launch Pology on the archives
Launch the order of Pology on this archive
Following different approved
Open archive for secondary synchronisation
Only anterior translation
Indicate the archive
Complete translation (although it still can need a review)
When adding a new element, press «Intro» after teclear his name so that the changes surtan effect
Accept all the new translations
Accept the change in the translation
Delete text with labels
Jump to the entrance
Adding archives to the translation memory of Lokalize
Change the colour for the new text added
Change the colour for the text deleted
Change the type of letter of the editor
It mark this option to see if a chain ends up with a space (that it is used to to be important when it shows  in the interface of user or when it concatenates  with other).
It select a new type of letter for the area where writes the message translated.
Compile .po And do that it was available for the applications
Lokalize Has achieved the end of the document. It wishes to continue from the beginning?
Maximum number of suggestions:
The fusion has completed 
The opening of a big number of archives at the same time can do that Lokalize leave to answer.
It enter here the order of Pology that has to execute  to check a complete archive
Restore the archives opened previously when launching Lokalize
The comprobación of Pology has succeeded
The order of Pology that has to execute  to check an only entrance.
Update/add the entrances edited in the translation memory
Visualise the separadores (spaces, tabs and jumps of line) in the editor
Denomination: a term of proper name, like the name of an agency or of another legal entity
Placing: a frequent combination of words that characterises  by the cohesion in which they have to coexistir his components inside a billed or series of billed, even although they do not maintain an immediate vicinity among them
Date or hour
Equation: an expression that uses  to represent a concept based in the statement that two mathematical expressions are, for example, equal, as it identifies them the equal sign (=), or that one of them assigns  to the another, what also represents  with the same sign
Acronyms: a form abridged of a term multipalabra that consists in the grouping of some of the initial letters of the words that compose it when these letters pronounce  individually (for example, «EEB», by «encephalopathy espongiforme bovine»)
internacionalismo: A term that has the same or almost identical orthographical form or phonetics in a lot of languages
Logical expression: an expression that uses  to represent a concept based in mathematical or logical relations, like sentences of inequality, establishment of relations, boolean and similar operators
Number of reference: an only alphanumeric denomination assigned to an object in an industrial system
Billed fraseológico: a group of two or more words that form a unit whose meaning, with frequency, can not  deduce basing in the sense combined of the words that compose it
Protected: the text marked does not have to  translate
Form latinizada: the form of a resultant term of an operation in which a system of writing no Latin converts  to the Latin alphabet
Number of reference: an element of inventory identified by an only alphanumeric designation that assigns  to an object in a system of control of inventory
Form transcribed: the form of a term that results of an operation in which the characters of a system of writing represent  with characters of another system of writing, take the pronunciation of the converted characters
It can change the maximum number of suggestions (7 by omission).
It can change the minimum punctuation (0-100) necessary for the suggestions (0 by omission).
It can define another colour to visualise the text that has been added to the chain.
It can define another colour to visualise the text that has been deleted of the chain.
%1 photos done today
%1 videos recorded today
Add to format
Go back to carrete
Obtain the code
There are not videos recorded today
Reposition his half external, formatearlo or reiniciar the device could solve the problem.
Save in card SD
Take a photo;Instantaneous;Record
Impossible share photos and videos at the same time
it is exhausting  The space of storage. To continue without interruptions, release something of space now.
The hour with a zero to the left (00 to 23, even showing AM/PM)
The hour without a zero to the left (0 to 23, even showing AM/PM)
The complete name of the day located (p.ej. 'Monday' to 'Sunday').
The complete name of the month located (p.ej. 'January' to 'December').
The minutes with a zero to the left (00 to 59)
The month like number with a zero to the left (01 to 12)
The month like number without a zero to the left (1 to 12)
The seconds with a zero to the left (00 to 59)
The time zone (for example «CEST»)
The year like a number of four digits. If the year is negative, besides places in front  a sign less.
The year like a number of two digits (00 to 99)
Use AM/PM. AP Will substitute  by 'AM' or 'PM'.
The installed applications by %s will not appear for other users.
Change his own limits of session
Rights of author © 2019-2020 of Endless Mobile, Inc.
Create childish account
Initial version of the application of basic parental controls
Manage parental controls
Read his own limits of session
Restrict browsers web
It restricts the navigation or the installation of applications to those suitable for determinate ages.
About the parental controls
A compact menu
A list of locations that show in the window of the calendar.
A simple miniaplicación to try the signpost of MATT
Add this like menu to the signpost
Add this launcher to the desk
Add this launcher to the signpost
Personalised format of the clock
It wants to create a launcher for the image or use it like fund of the signpost?
Open the dialogue Execute
Find an element to add it to the drawer:
If  active, the drawer will close  automatically when the user do click in a launcher of this.
If  active, will highlight  a launcher when the user move the pointer on this.
If  active, the concealment and the discovery of this signpost will be animated instead of occurring instantly.
If  active, the background image  rotará when the signpost plant  in vertical orientation.
If  active, the key «custom_icon» uses  like a personalised icon for the button. If  desactiva, the key «custom_icon» ignores . This key only is notable if the key «object_type» contains «menu-object» or «drawer-object».
If  active, the key «menu_path» uses  like the route from which has to build  the content of the menu. If  desactiva, ignores  the key «menu_path». This key only is notable if the key «object_type» contains «menu-object».
If  active, the signpost will provide compatibility with SNI.
If  active, the user will not be able to move the miniaplicación without before unblock the object using the option of the menu «Unblock».
If  active, the keys «x» and «x_right» ignore  and plants  the signpost in the centre of the horizontal axis of the screen. If  redimensiona the signpost, will remain in this location,by what the signpost will grow to both sides. If  desactiva, the keys «x» and «x_right» will specify the location of the signpost.
The key %s is not defined, can not  upload the launcher
It blocks the object in the signpost
Maximum number of items of menu (by ej. Bookmarks) that they are showed without being put in a submenú.
Maximum number of recent documents in the menu Places
Maximum number of recent documents that show  in the menu Places at the same time. If it establishes  in -1, they will show  all the recent documents known.
Invest the record of the dialogue «Execute an application»
It select an animation
Show the date in the clock
It specifies the background colour for the signpost in format #RGB.
The selector of windows shows a list of all the windows in a menu.
The identifier of the signpost connected to this drawer. This key only is notable if the value of the key «objecttype» is «drawer-object».
The identifier GO of the miniaplicación - for example, "ClockAppletFactory :: ClockApplet". This key only is notable if the key objecttype is "external-applet" (or the "matecomponent-applet" obsolete).
The location of the archive .desktop Describing the launcher. This key only is notable if the value of the key «objecttype» is «launcher-object».
The location of the signpost along the horizontal axis, beginning by the right of the screen. If  it assigns him  -1, it ignores  the value and uses  the value of the key «x». If the value is main that 0, ignores  the value of the key «x». This key only is notable in the no expanded way. This key only is notable in the no expanded way. In the way expanded ignores  this key and plants  the signpost in the brink of the screen indicated by the key «orientation».
The location of the signpost along the vertical axis, beginning by the inferior part of the screen. If  it assigns him  -1, it ignores  the value and uses  the value of the key «and». If the value is main that 0, ignores  the value of the key «and». This key only is notable in the no expanded way. In the way expanded ignores  this key and plants  the signpost in the brink of the screen indicated by the key «orientation».
The location of the signpost along the vertical axis. This key only is notable in the no expanded way. In a way expanded ignores  this key and plants  the signpost in the brink of the screen indicated by the key «orientation».
The minimum size that it can have an icon.
The route from which builds  the content of the menu. This key only is notable if it has actuated  «use_menu_path» and the value of the key «object_type» is «menu-object».
The position of this object of the signpost. The position specifies  by the quantity of pixels from the left brink (or from up, if it is vertical) of the signpost.
The text to show in a suggestion for this drawer or this menu. This key only is notable if the value of «objecttype» is «drawer-object» or «menu-object».
The unit that use when showing temperatures.
The unit that use when showing the wind speed.
This key specifies the format used by the miniaplicación of the clock when the key of the format configures  like "custom" (personalised). It can use the specifiers of conversion admitted by strftime() to obtain a specific format. It consult the manual of strftime() to obtain more information.
Suggestion showed for the drawer or menu
Which background type has to use  for this signpost. The possible values are «none» (will use  the fund predetermined of the component GTK), «colour» (the value of the key will use  like background colour) or «image» (the image specified by the key will use  like fund).
With a configuration of multiple screens, can have signposts in each individual screen. This key identifies the current screen in which it shows  the signpost.
Coordinate And of the signpost, beginning from the inferior part of the screen
%s %s Remaining (%.1f %%)
%s Is entirely loaded
%s Is not present
Battery entirely loaded
The battery could be spoilt
The squad hibernará very soon unless it connect .
The squad will turn very soon unless it connect .
The squad will suspend  very soon unless it connect .
Copyright © 2011-2021 The developers of MATT
Dull the shine of the screen after a period of inactivity when using the adapter of current
Exit after a small delay (to debug)
Exit after the agent have uploaded  (to debug)
Obtain the current shine
Obtain the number of levels of compatible shine
Block screen when suspending
Only show an icon when it was present a battery
Only show an icon when uploading or download
Percentage considered critic
Low considered percentage
Configure the current shine
The method DPMS to turn the screen when using the adapter of current.
The method DPMS to turn the screen when using the battery.
The URI that show to the user when failing the rest
The action that will make  when the battery was críticamente drop.
The seconds that the squad needs to be inactivo when using a SAI before spending to rest.
Mitigation that applies  to the shine of the screen when using the battery. The valid values are among 0 and 100.
The shine of the screen when using the adapter of current. The valid values are among 0.0 and 100.0.
The type of chart predetermined that show in the record.
The percentage of the battery that considers  critical. Only it is valid when it use_time_for_policy is desactivado.
The percentage of the battery that  condidera low. Only it is valid when it use_time_for_policy is desactivado.
The percentage of the battery when it makes  the critical action. Only it is valid when it use_time_for_policy is desactivado.
The remaining time in seconds of battery when it executes  the critical action. Only it is valid when the option use_time_for_policy is actuated.
The remaining time in seconds of the battery when it considers  that the load is drop. Only it is valid when it use_time_for_policy is actuated.
This is the shine of the screen of the laptop when the session is inactiva. Only it is valid if it has actuated  use_time_for_policy.
When it fails the rest can show  to the user a button to help him to resolve the situation. Leave it in target if it does not have to  show the button.
When pressing the button of lit:
When show the icon of notification
The ejecuci�n of %1 no gener� any start or devolv�or an error.
In the file �%1�, in (or in the defici�n that ends up in) the l�nea %2:
Other processes of �update-menus� est�n blocking %1, aborting.
install-menu: �hotkeycase� s�Can be it �sensitive� or �insensitive�
install-menu: Notice: unknown Identifier �%1� in the l�nea %2 of the file %3. Omitting.
replacewith($string, $replace, $with): $replace and $with have to have the same longitude.
I aim to execute %s\n
It could not  install {}
Innoextract No installed.
There is not sufficient space to extract the game. It needs : {} Available: {}
The installation of {} has failed. Please, intentelo again.
If the shortcuts are created when installing new games or no
The lenguage preferred in which download the games
A simple client of GOG for Linux
{} It could not  decompress.
{} It could not  download.
%s Wins in %d movements)
%s Wins in the following movement)
Declare tie after how many repetitions
Time of wait among the animation of the captures and among the animation and the first capture (in milliseconds).
If it is actuated, the pieces that put  by the computer will be animated.
If it is actuated, the capture of chips of an opponent by the computer will be animated.
If it is actuated, the crosses of the board will be coloreadas while the user or user tug a chip to show the valid movements.
Maximum time (in milliseconds) that allows  think to the computer To
Can capture  multiple chips
It shows a picture of message with the winner or winner at the end of the party.
Show a separate window with the history of the movements used in a party.
Show the coordinates
Show record of movements
Square small with diagonals
Tables among both participants.
If the two players with Artificial Intelligence (computers To and B) would have to use the same table of transpositions. If it is actuated, each player with Artificial Intelligence will benefit  of the calculations of the another. Note: If it is actuated, the weights of evaluation of both players have to be assigned with equal values.
Move a chip.
Put a chip.
--auth[=(on|Method)] selects the method of authentication
--help Shows the help
--passwordeval=[eval] Evaluates the password for authentication
-S, --serverinfo shows information on the server
-d, --debug shows information of debugging
-n, --only-new[=(on|off)] only processes new messages
-q, --quiet does not show information of state or progress
%s Did not read data of post
%s Give been of start %d (%s)
%s, line %ld: name of host invalid or omitted
%s, line %ld: name of user invalid or omitted
%s, line %ld: they are missing UIDs for the user %s, host %s
%s: The common name of the certificate contains NUL
%s: Error when analysing the certificate
%s: Any clear-cut account
%s: The footprint of the certificate does not coincide
, LOCALEDIR is %s
EXPROTOCOL: Error remote in the protocol
Server POP3 in %s (%s [%s]), port %d:
The method of authentication %s needs a name of user
It can not  connect with %s, port %d: %s
It can not  create %s%c%s: %s
They can not  create the directories for %s: %s
It can not  block %s (tried  during %d second): %s
Error in the chain of priority in the position %d
Characteristic without implementing for libtls
Name of host too long
Line %d: the account %s is not defined (still)
Line %d: the order %s needs an argument
Line: %d: the first order has to be account or defaults
Line %d: I argue invalid %s for the order %s
Line %d: size invalid (is not a number or is out of the interval): %s
The line has more than %d characters
There are not registers SRV for %s or %s
Archive alatorio + time + pseudoaleatoriedad is not sufficient, rindiendose
Remote direction no valid
Downloading message %ld of %ld (%s):
Jumping message %ld of %ld (reason: filter + keep)
saltandose Message %ld of %ld (reason: killsize + keep)
saltandose Message %ld of %ld (reason: skipsize)
Support for TLS is not compiled
Support for the method of authentication %s is not compiled
The server POP3 does not endure TLS through the order STLS
The server POP3 does not endure the TOP order necesara to filter
The subsystem of net is not prepared
tls_cert_file Requires tls_key_file
tls_crl_file Requires tls_trust_file
Using account %s of %s
Protocol erroneo for this zócalo
%s -- %zu Line
Add selection to the file
It can not  read a file from out of %s
Cancel the current function
Conversion of pulsaciones of tab to spaces
The current syntax determines Tab
Cut from the cursor at the end of line
Erase the character to the left of the cursor
Show the position of the cursor
Chain regex empty
Error when expanding «%s»: %s
Error when reading the temporary file: %s
Go to text
Go a screen downwards
Go a screen upwards
Go at the end of the current line
Go to the browser of files
Go to the first row of this column
Go to the last file of the list
Go to the anterior file in the list
The combination %s can not be revinculada
Connect the búfer current (or the marked region) to the order
It plants or it removes an anchor in the current line
%zu Lines read (converted from format Mac)
they are reading  Pertinent data of the keyboard; teclee ^D or ^D^D to finish.
Received SIGHUP or SIGTERM
Replace a chain or regular expression
Replace this instance?
Restrict access to the system of files
Change the direction of research
Execute the last macro recorded
Save backrest of the existent files
Show some states in the bar of the title
Definition of syntax to use for coloreado
The Free Software Foundation
The directory of work has disappeared
There are not anchors
This is the only coincidence
To suspend, teclear ^T^Z
Change the distinction mayús./minús. In the research
It tries to complete the current word
Remove sangrado of the current line (or the marked lines)
Unknown menu: %s
Until anchor up
It use «fg» to go back to nano.
Use bold in place of reverse text
When the name of file is '-', nano reads data of the standard entrance.
Write selection to the file
Writing in FIFO...
%zu Line written
%1 it has been modified.<nl/>Wishes descartar the changes?
Description of what has changed
If it presses the button <interface>Create</interface>, the data will generate  with the preferences that have entered further up, and will insert  in a new document.
If it presses the button <interface>Export to archive</interface>, the data selected will copy  in an archive with the preferences that have entered further up.
If it presses the button <interface>Insert</interface>, the data will generate  with the preferences that have entered further up, and will insert  in the position of the cursor inside the document.
%1 (value no enumerated)
Fix bytes by line...
The new value needs more bytes (%1 in place of %2).<nl/>Sobrescribir The following bytes or insert other new if necessary?
It generates statistics of frequency for the bytes of the interval selected.
Coding in the column of characters of the current view.
It enter the bytes to look for, or select other looked for previously in the list.
It inserts the byte selected at present in the table repeated the number of times indicated.
Number of repetitions to insert of the at present selected byte in the table.
It opens an editor for a new profile of view.
It opens an editor for the profile of view.
Select the interval.
It establishes if the values of the whole types without sign show  in hexadecimal in place of in decimal.
It shows the chain selected in the view.
The base to use when converting characters in a chain with his value.
The base to use when converting numbers without sign in a chain.
The order of bytes used to decode bytes in whole values.
The number of bytes inside which makes  each movement.
The operand with which make the operation.
The precision used to convert numbers in floating comma in chains (number of decimal digits)
The value of the bytes of the type of data
It controls the number of bytes inside which makes  each movement.
It define the byte to use for characters that are not part of the game of characters of fate.
It enter a scrolling to the that go, or select one anterior in the list.
It enter an operand or select one anterior of the list.
It enter the size of the array of bytes to generate.
It extend the selection moving the cursor.
Go to backwards from the end or from the current position of the cursor.
If it presses the button <interface>Convert</interface>, all the bytes in the rank selected are remplazados by bytes that represent the same character in the game of characters of fate selected.
If it presses the button <interface>Copy</interface>, all the chains selected of the list will copy  in the clipboard.
If it presses the button <interface>Edit...</interface>, will open  an editor for the profile of view that have selected in the list.
If it presses the button <interface>Go</interface>, the cursor will move  in the document until the position indicated or, according to his election, the scrolling indicated up.
If it presses the button <interface>Fix by omission</interface>, the profile of view that have selected in the list will fix  by omission for all the seen.
If it presses this button will create  a new bookmark for the current position of the cursor.
If it presses this button will erase  all the bookmarks that are selected at present.
Select the operation to use in the filter.
It establishes to true if the bytes have to be substituted with a byte predetermined if his character in the game of characters of origin is not part of the game of characters of fate.
Internal name of the archive:
Elements by line:
Range at the end:
Selection advanced of structures
The previous view uses at most the 100 first bytes.
Use names of short type
Printed by: %Or
Operating And data
Created from data.
Add a new function to the chart
Add new options
It has occurred an unexpected error
Copy the object to the clipboard
It could not  open the library of components: %s
Spend the selection to the clipboard
Erase the object
Edit the text
List of starts
Open a schematic existent
It paste the contents of the clipboard to the schematic into use
It press this button to insert the component selected
Put text in the schematic
Launch a simulation of the schematic into use
Save the schematic
It select bibioteca to use
Factor of zoom to 100%
Factor of zoom to 125%
Factor of zoom to 150%
Show the menu to export
Everything : Add FINDPATH for Engines
The archive %s could not  find. It is possible that do lacking reinstalar Oregano to solve it.
Unknown format for %s.
Use Initial Conditions
Bienvenido to Oregano
It specify the remote folder to connect 
Always show the bar of eyelashes
It explore the system of archives and manage the archives
Colour of the text:
Change the folder in the eyelash to the personal folder
It choose a new pattern to show the archives:
Confirm before moving the archives to the papelera
Connect with a remote server
Create a new eyelash for this folder
Not showing options when opening executable archives
Go to the list of places in the net
Hide expansion in empty folders or blocked
Name of the profile of configuration
Without functionality. Only for compatibility with Nautilus
Open the current folder in a terminal
It select the action that wants to make:
Recargar The current folder
Show volumes connected in the desk
Show the folder «Papelera» in the desk
Only show a staff by each type MIME
Show two signposts with seen of folder
Size of the small icons:
Maintain in the current position
Pull to fill all the area of the monitor
Type of half:
When disassembling half extraíbles:
Always make this action in this type of half
Maximum width of label of eyelash:
Open folders of the desk in a new window
Show the folder «Documents» in the desk
Show available options for the means extraíbles when inserting them
Use desk like folder (show icons) by route:
That uses LibFM v. %s
ENTER To jump the instrumental part
It checks your skills or tries the microphones
Ctrl + S To save, Ctrl + R to reestablish values
It defines if you want to allow control Performous remotamente with an interface web (require reiniciar).
Enable renderizado 3D of Performous.
It enters a name to create a new player.
How much is amplified the voice in comparison to the music.
Keyboard like pad of dance
Keyboard like keytar
Salt of the game
List of devices to try.
Go down this song in the list
Go up this song in the list
Ignore autodetección and treat the first control like the type chosen.
Ignore autodetección and treat the fourth control like the type chosen.
Performous Can use the webcam like background video. Deshabilita This option if it hangs  when beginning a song.
It selects the coding for songs that are not UTF-8.
Port for the interface web. It chooses one that was not into use by other applications.
Presiona 1 to join you in guitar!
Presiona Up to dance!
Aleatorizar The order of the playlist
Regex To filter devices MIDI. By defect use  all the available devices.
Erase all the songs of the list
Look for and add
Jump the current song
The song contains defective clues!
Suppress central canal
It enters text to look for or create a new player.
Update each 10 seconds
Visit https://performous.asgardsings.nl/ to download free songs
Interface web by Niek Nooijens and Arjan Speiard, to see the rest of the squad, revises /docs/Authors.txt
Show all the songs
Ordered by artist
Ordered by gender
Ordered by directory
Begin a playlist with this song!
Active connection of NetworkManager
Error when changing the PIN: %1
Error when sending the PUK: %1
The modem requires the code PIN.
No registered; looking for a new operator to register .
See the details of the modem to the that is connected this SIM.
Darken the screen after
Suspend the device after
Insert a full stop when pressing the space twice
Limit to the suitable modules for <formfactor>; for example, handset, tablet, mediacenter, desktop, test, all (by omission, handset)
Open a page of configuration from the lateral bar.
Error: %s is not a device blocked
Error: '%s' is not a valid number
Error: it can not  connect with dbus: %s: %s
Error can not  open <sysfs dir>/block/<device>/
Error: the device %s already is mounted like %s
Error: the device %s is not mounted
Error: the device %s was not mounted by you
Error: the directory %s is not empty
Error: The device is Invalid %s (has to be in /dev/)
Error: the label can not be empty
Error: the point of setting %s is not under %s
Error this program needs to be installed like superusuario (root)
Internal error: it is not possible to change to root uid
Internal error: no esposible determine the point of setting
Notice: the device %s is at present handled by /etc/fstab, the proportionate label has ignored 
%s Label changed.
%s! It could not  obtain the current context for %s, no  reetiqueta the tty.
%s! It could not  fix the new context for %s
It could not  fix the context of execution to %s.
Error: they specified  multiple levels
Error: they specified  multiple roles
Error: they specified  multiple types
Error: Unit does not have permission to change the levels in a no sure terminal
Failed when leaving capacities %m
Impossible restore the surroundings, aborting
It failed when building the new rank with the level %s
It failed when fixing the new type %s
getpass Can not open /dev/tty
newrole: Wrong password for %s
runinit: Wrong password for %s
Use: %s [-qi]
-d, --debug=LEVEL Establishes the level of debugging with a value among 0 and 3
-l, --log-file=PATH establishes the archive of register in PATH
%s: Impossible obtain the value of subcaracterística %s:%s
%s: Failure of initialisation:%s.
%s: Erroneous argument:%s.
Page no found- Go to Main Page
AMD: Impossible list the number of adapters
Psensor Has not been compiled with support for remote sensors.
The field bytes/shows has to be 1, 2 or 4
The field channels has to be 1 (cute) or 2 (stereo)
The field fmt has to be 'fmt '
The field fmt length has to be %d
-B, --set-begin <point of court>: it marks the first frame from the start of the file
-B, --set-begin <point of court>: it marks the first sample from the start of the file
-D, --delete: it erases frames no vlidos and rubbish. Use with care
-And, --set-end <point of court>: it marks the ltima sample from the start of the file
-S, --shrink: recorta the main silences that 'duracin'. Use with care.
-To, --all: it reports all the files, no slo *.Mp3
-b, --set-begin-from-eof <point of court>: it marks the first frame from the end of the file
-b, --set-begin-from-eof <point of court>: it marks the first sample from the end of the file
-And, --set-end-from-eof <point of court>: it marks the ltima sample from the end of the file
-f, --show-files: it shows a report by each file
-h, --help: it shows this help i finishes
-l, --length [[h:]m:]s[.ms]: It marks the duracin mnima of silence.
-r, --recursive: it scans directories
-s, --show-summary: it shows a report summary
-s, --summary-only: sample slo the summary
-t, --threshold <lindar>: it marks the value mximo (in %) of the silent samples
-v, --verbose: sample informacin ms detailed
-v, --verbose: explcito
%s: It checks and clean streams of mp3
%s: fade in/out Files wav
%s: It generates reports of files and directories mp3
%s: It joins files mp3
%s: It joins files wav
%s: Sample informacin of files mp3
%s: Sample informacin of files wav
=> %d:%02d.%03d %or samples %or bytes
Bytes of rubbish at the end
Found %d files errneos
%s: %d Bytes of rubbish at the end
%s: %d Of %d bytes desechables
%s: %d:%02d.%03d (%d samples) to %d:%02d:%03d (sample %d)
%s: '%s' Is a directory
%s: It can not  scan '%s'
%s: Error reading the state of '%s': %s
%s: frame Initial incomplete: %d of %d bytes
%s: ltimo frame (%d+1) truncated: %d of %d bytes
%s: Moving %d bytes
%s: The opcin '%s' no est recognised or est bad used
%s: Jumping the tag
%s: Truncating to %d bytes
faded in %d Show in '%s'
faded out %d Show in '%s'
frame Out of rank:
It moves %d..%d (%d Samples) to %d..%d
The options -B and -b can not  use joints
The tag is invlido
%(count)d Songs (%(time)s)
%(title)s And %(count)s more
%d Songs without album
Already it exists a list designated %(name)s in %(path)s
Set of separadores that use when extracting values of label in the editor. The elements of the list separate  with spaces and each entrance has to contain two characters only.
An album of example
Copy the labels of an archive to another
It could not  find the «Kanji Kana Simple Inverter» (kakasi).
Download covered from Discogs.
Edit guidelines saved…
It enter the location of an archive of audio:
Exit of Quod Libet
Fit image in window
They found  {} songs to synchronise
Group by directory
It imports punctuations and musical statistics of Rhythmbox.
Include empty labels
It maintains the songs in the tail after reproducing them
Initiate external visualisations.
Enumerate available browsers
Uploading %(source)s; %(dimensions)s…
Exit of %s
Values %s multiple
Of the current album
Of current artists
Open directory of export
Reproduced more recently
It enter a surgery.
It select at least a research saved.
Quod Libet Is now connected, %s.
Remove all the images incrustadas
It removes the duplicate entrances in a list.
Reestablish filters and jump to the song in reproduction
Results (tug for reordenar)
Save the changes in the labels without individual confirmation when editing several archives
Show or hide the tail
Songs with sufficient labels:
It extracts the number of disk of the album and the version of the title at the same time.
They imported  correctly the punctuations and statistical of %d song
The band of frequency of the filter
The songs selected will disappear of the fonoteca and his archives will delete  of the disk.
Multimedia server AV UPnP
They will send  determinate details about the error and of his system to a service of third (www.sentry.io). To continuation will be able to revise the data before they send .
When it change the song reproduced, centre the list in this
Write standard labels of MusicBrainz
It can ignore this error, but is possible that the application was unstable until him it reinicie. Send a report of error will take him only some seconds and would help us a lot.
Filter by %s
Show %(total)d archives in agent of archives
Verify data of account
Failed in synchronising {count} archives
It has occurred an error when interpreting ~/.ripperXrc
Create label ID3
Create a subdirectory of �lbum for each CD
The directory does not exist
Desactivar Paranoia (work� like cdda)
�It wants to erase the current file?
Encoding clue %d
Quiz�s ripperX Has failed when executing the m�dulo
Extracting clue %d
The directory Mp3 is not escribible
The directory of wave is not escribible
The file already exists. �It wishes sobreescribirlo?
The name of file is too long
It needs to specify a server and a port
* Bits of lock programmed
* Programming completed successfully!! :)
Debug>> Memory to program
Debug>> END memory to program
Debug>> END memory leida
Debug>> Memory leida
Error: Error of verification! :(
Error: archive too gande for the fate
Error: usbtinytransmit. Revisá The permissions and the cable.
Error: it could not  find the programmer USBtiny
Error: has to specify  a name of part
Write BITS OF LOCK
You can not do more than an action at the same time!
%s Opened with %s
Attention:</ b> If a plugin allows rise authorised, can enter his credenciales up. The plugins with support OAuth configure  of automatic form the first time that use .
Attention:</ b> The archive selected will be published in a process in second plan. You will be notified when the process have ended up.
Keys of cursor + ctrl → redimensionar selection
Adjust colour of stroke and opacity
Redimensionar Automatically the window to
Capture cancelled by the user
Capture after a delay of
It press to censor (press Control or Mayús for a straight line)
It press to paint (press the key Control or Mayús for a straight line)
Press and it tug to create a new rectangle
Show notification after taking an instantaneous
Show notification when it uses  a delay
Show notification when it uses  a delay of pre-capture
It shows the transparent parts of the image in a pattern of verification
It wants to save the background colour changed?
Draw an elipse
Draw an arrow
Actuate the text of help
Folder %s is not synchronised with Ubuntu One. Please, it choose an alternative folder.
Hide icon of notification
Insert an arbitrary object or archive
The keyboard could not being captured.
New name of profile
Paste objects from the potapapeles
It check his credenciales and try it again.
Profile %s uploaded successfully
Redo this instantaneous
Renombrar Image %s
It select an alone menu or menus in waterfall from any application
Images selected copied to the clipboard
Show like personalised colour:
Order ascending by
The archive %s no longer is published.
The name of the archive %s could not verify. Maybe it contains characters no compatible.
The constants of suggestions of a type specify councils for the agent of windows that indicate the type of function that has the window. Sometimes this type of suggestions is not correctly configured. When actuating this option Shutter will not insist in the suggestion of the type requested.
There was an error when executing the plugin of rise.
There was an error when making redo in %s.
There was an error when making undo in %s.
Gone up - %s - %s
It use the editor incorporated to stand out important fragments of his instantaneous or cut it to a size wished
Expect at most %d minutes
Do lucir his capture of screen like a photo Polaroid, add a text, and even rótela a bit
Percentage of opacity applied to the image whole mirror
The colour of the shadow
Authorise with Dropbox
TwitPic Allows him share archives in Twitter in real time
Go up captures to itmages.com
Go up captures to ompldr.org
%s - Edits archives like another user
%s Is escribible by all
%s Only have permissions of writing by the owner
%s Has to be property of the uid %d
%s Has to be property of the uid %d and have the bit setuid established
%s: Edition of symbolic links is not allowed
The uid effective is not %d, sweat is installed with setuid root?
Error in %s, line %d while it uploads  the plugin "%s"
Fatal error, can not  upload the plugins
Ignoring And/S of plugin duplicate "%s" in %s, linea %d
In ready way, shows the privileges for the user
Value of route invalid "%s" in %s, line %or
Maximum of groups invalid "%s" in %s, line %or
Value invalid for %s "%s" in %s, line %or
It lists privileges of user or chequea a commando specify; use twice for extensive format
Without tty present and there is not program askpass specified
Only a politics of plugin can be specified
The plugin did not give a commando to execute
The politics of the plugin %s does not include a method checkpolicy
The politics of the plugin %s does not endure the option -v
sesh: Internal error: number of routes impar
sesh: It can not  create temporary archives
sesh: Unknown error %d
sudoedit Is not endured in this platform
It can not  change of root to %s
It can not  change to runas uid (%or, %or)
It can not  change uid to root (%or)
It can not  copy the temporary archives again to his original location
Unable to read the password
It can not  restore the context for %s
It can not  restore the manejador for signal %d
It can not  change to the register "%s" for %s
Unexpected way sweat 0x%x
Class of unknown security "chrfile", tty no reetiquetada
Value very small
Notice, the control of assignment of resources failed for the project "%s"
%s: It could not  verify TGT! Possible attack!: %s
%s: It could not  convert the main to string ('%s'): %s
%s: It could not  analyse '%s': %s
*** Information of SECURITY for %h ***
The account or the password has caducado, reinicie his password and try again
Direction to which send the post: %s
It does not initialise the vector of group to the of the objective user
Unicamente Will allow  to the user execute sweat if have a tty
Require names of squad fully-qualified in the file sudoers
Root Can use sweat
It establishes $HOME to the objective user when it begins  a terminal of orders with -s
I'm sorry, it try again.
A compendio requires a name of route
--exit Finalise Sylpheed
/Add to Cc
/_Direction/Add to _Bcc
/_New/file server _LDAP
/_File/_Mailbox/_Check if there are new messages
/_Message/_Mark/Mark _thread like read
/_Message/_Mark/Mark as I read_do
/_Message/_Mark/Mark as no l_eído
/_Tools/_Establish orthographical language
/_See/Coding of caract_are/Centroeuropeo (ISO-8859-_2)
/_See/Show or or_cultar
/_See/Show or or_cultar/_Tools/_Hide
/_See/_Go to/Following marked message
/_See/_Go to/anterior labelled Message
All the modules of Sylpheed are already in the last version.
Add addressees automatically to the diary
Continue without creating the mailbox?
It could not  convert the ancient diary, but created  new empty files.
Erase account IMAP4
Erasing message %d
Not classifying a message like rubbish if the remitente is in the diary
Download all the messages under «%s»?
Downloading messages in %s ...
Obtaining new messages from %s in %s...
Server proxy HTTP (name:port):
If later it wishes to add a mailbox in another location, please use «File - Mailbox - Add mailbox...» In the menu.
Incorporate new post
New name for «%s»:
Message %d marked as read
View of message - Sylpheed
Open message %d
Make the following actions:
Reproduce a sound when they arrive new messages
It select the key for «%s»
Reading configuration to show cabeceras...
Result of an order
Save messages sent in Start
Select and it order the names of fields CSV to import.
Show a window of notification when they arrive new messages
Sylpheed - Tree of folders
The certificate SSL of %s can not  verify by the following motive:
The file already exists. It wishes to replace it?
This message has been modified. Save it in the folder Drafts?
This tool only is available in local folders.
Use SSL for the connection NNTP
Writing caché round-up (%s)...
It can specify names for each colour (Work, Slope, etc.)
It is longer that
Use also when answering
%d New package will be installed
%d New packages will be installed
%i Packages listed, %i installed, %i broken. %i To install/update, %i for desinstalar
%i Packages listed, %i installed, %i broken. %i To install/update, %i for desinstalar; they will use  %s
They will release  %s of extra space
Note: The changes do not apply  instantly. First it has to mark all the changes and afterwards apply them.
To be DESACTUALIZADO
Establish an internal option
Mark the additional changes required?
Apply marked changes
Prefer always the tallest version
Prefer always the installed version
It choose the action of the contextual menu of the package.
It press in the icon of state to open a menu that contains all the actions.
Separate list by commas of hosts and commands that will not be contacted through the proxy (ej. localhost, 192.168.1.321, .net)
Dependencies of the last version
Description and name
Error: it could not  create the temporary directory %s
Failure to the renombrar %s.new To %s
To install  or update
Statistical system GNU R
Maintain the current version
Include only the sections selected
Installed packages that they are actualizables
Installing and removing software
Internationalisation and regionalisation
Mark packages by task…
Mark recommended for installation
Mark to install
Marked to update
New filter %i
No installed (new in the repository)
Packages installed automatically like part of a dependency
Packages installed manually (no like dependency of other)
Packages that will be desinstalados
Number of port of the server proxy FTP
Desinstalar Including orphan dependencies
Save selections eat…
Save the complete state, no only the changes
The marked changes Are applying  now. This can take something of time, expect.
The distribution gives support to this application
This will cancel the operation and can leave to the system in a defective state. Sure that wishes to do this?
To be installed
To be reinstalado
The manufacturers sign his packages to verify the origin and the integrity of the packages. Desactivar The verification is a risk of security.
It will not be able of apicar any change, but still will be able to export the marked changes or create a script of download for them.
Repair packages broken
Leave all the packages downloaded in the caché
Establish internal option…
It has failed bzip2, perhaps the disk was full.
© 2012-%d Carsten Haitzler and others
Change to the directory to execute orders of the terminal
It press in an image to use it background
Order that execute. Of way predetermined $SHELL (or shell passwd or /bin/sh)
Copy complete route
It could not  assign «termpty»
It could not  change the current directory to %s: %s
It could not  create the window
It could not  find the interpreter; returning to %s
It could not  upload any subject for the group=%s: %s
It could not  write to the descriptor of the archive %d: %s
Show bold and itálica in the terminal
Tug and plant links
Go to the way of complete screen from the beginning
Multiple instances, only process
Paste búfer primary (highlighted)
It select the size that wish so that this text was readable
Establish TERM to «xterm-256colour» in place of «xterm»
Establish TERM to xterm-256colour
Divide horizontally (new down)
Emulator of terminal written with the Enlightenment Foundation Libraries
Alternate if the entrance goes to all the visible terminals
When grouping the entrance, do it in all the terminal, no only in the visible
It failed open() of pty «%s»: %s
Folder where save the diagrams:
Generate name of similar archive
Use a different name
Add derivative class
Add operations to the new class.
Start-End (=begin =end)
Change width of line: %1
It choose a different name.
Clean all the selections.
Colour of the object UML
Edit state combined
Active/desactiva the angular lines in the diagrams
Active/desactiva the generator of new code
Active/desactiva the global inclusion of chains
It enter the alternative:
It enter the name of the buffer
It enter the name of the node of the buffer
It enter the name of the new object UML
It enter the name of the new association:
It enter the name of the new attribute:
It enter the name of the new restriction of comprobación:
It enter the name of the new fragment combined:
It enter the name of the new enumeration:
It enter the name of the new bifurcation/union:
It enter the name of the new previous condition:
It enter the name of the new widget UML:
It enter the new name of the restriction of entity:
It enter the new name of the line of floating lines:
It enter the new name of the node:
It enter the new name of the note:
It enter the new name of the object:
It enter the new name of the package:
It enter the new name of the widget:
It exports the model in format XHTML
Height of the finder of code
Wrong use of associations.
Disposal of the line:
New object UML
The folder of start does not exist
It prints the document
Delete the object UML: %1
The archive of folder %1 does not exist.
The politics to be followed when they exist conflicts of names
There has been a problem saving the archive: %1
Actuate foot and numbers of page when printing
The use to «Undo» is actuated if this is true
Type of unknown argument
Use new generators of C++/Java/Ruby
Importing archive... Ended up
Importing archive... Arrested person
Xfce 4 Mount Plugin - Devices and points of setting
It actuate this option to show also systems of files in net like NFS, SMBFS, SHFS and SSHFS.
Actuate this option to expel also a unit of CD after disassembling it and to insert before mounting.
Actuate this option so that only they show  the points of setting.
Show message after disassembling
Show partitions/devices and allow mount and disassemble them
Execute after mounting:
Available size: %g
Percentage used: %d
Size used: %g
It allows to capture all the screen, the active window or an area selected. It can configure the time that passes before making the capture and the action that will execute  afterwards: save it in an archive PNG or JPG, copy it in the clipboard, open it with another application or lodge it in Imgur, a free service of accommodation of images on line.
Capture the pointer of the mouse
Options in conflict: --%s and --%s can not  use at the same time.
Copy the capture in the clipboard to be able to paste it afterwards
Personalised action that will execute 
Details of the capture
Lodge in Imgur™
Link to the complete size
Name of the action that will show  in the dialogue of actions
Open the capture with the application chosen
To select an area of capture, do click in a point of the screen and, without soltar the button of the mouse, tug the mouse until the another corner of the area and suelte the button of the mouse.
Show the archive saved in the folder.
The title of the capture of screen. It will use  when showing the capture in the service of accommodation of images
This link only shows  once. Ensure to save it if it thinks that goes to erase this image. At present it does not admit  the links of images to accounts of Imgur.
It can not  execute the personalised action
It can configure personalised actions that will be available to handle the captures of screen after taking them.
Charts Ascii (Ditaa)
Expand automatically the sections in the open page
Select automatically the current word when applying a format
It can not  modify the page: %s
Copy link here
It could not  save the page: %s
It wishes to erase all the bookmarks?
Editing the archive: %s
Export each page to a separate archive
Route of archive too long: %s
The folder already exists and has contained. If it exports here, they could sobrescribirse the existent archives. It wants to continue?
Folder with staff for attachments
Graphic GNU R
Go to the initial page
Icons and horizontal text
Include horizontal lines in the table of contents
Labels that mark tasks
Attribute root of document to URL
Move text to another page
Move text to
Never adjust lines
New page in %s
Open a new page
The folder of start exists and is not empty; specify «--overwrite» to force the export
The page already exists: %s
It select a row before pressing the button.
It select more than a line of text
Position in the window
Prefer brief names for links of pages
Renombrar Or move page
Section(is) to ignore
It select the format of export
It select the(s) page(s) to export
The server has not started
Show controls in decoration of window
Show bar of edition under the editor
Show in the bar of tools
Text from archive...
This option requires reiniciar the application
This page does not have a folder for attachments
East complement offers an index filtered when selecting labels in a cloud.
This extension caters an editor of charts based in GNU R.
Try adjust around the word or character
Update %i page that links to this
Update the header of this page
Use a page by each
Edit Link or Object...
Link to the date
Move Line downwards
Move Line upwards
It can not be imported because
It chooses one to import from:
Clean opened recently
Cutting memory {number}
Not showing this the next time
Not showing information for any irradiate again
Not showing instructions for any irradiate again
Download from radio
Archives EVE (VX5)
Enable functions of developer
Erasing memory {loc}
Erasing memory {number}
Error in value of adjust: %s
Error establishing memory
The archive is modified, save the changes before closing?
Obtaining %s information
Obtaining original memory {number}
Obtaining {type} for memory {num}
Obtaining {type} information for memory {num}
If you wish deshabilitar this function can do it in the menu Helps
Import from source of data
Import from original configuration
Import original configuration {name}
Internal error: Column {name} no found
Internal error: limit {number} invalidate
Value invalidate for this field
Archives Kenwood HMK
Location by heart will be imported in
Location of the memory in the archive being imported
Location {number} already is being imported
Looking for a free place ({number})
Moved {count} memories
Moving {src} to {dst}
Open original configuration
Open original configuration {name}
Sobrescribir Location {number}?
Proceed with experimental controller?
Code RX DTCS
Report is deshabilitado
Recovering %s information
Establishing memory {number}
The {vendor} {model} has multiple sub independent devices
There was an error during the export: {error}
There was an error during the import: {error}
There was an error opening {fname}: {error}
There were errors while it opened  {file}. The memories affected will not be importables!
The controller of this radio is experimental. You want to proceed?
It can not  detect radio in {port}
Go up to radio
Visible columns for {radio}
ColorHug v%i Detected
Device updated correctly
It do not move the device while the measurement is in progress
It makes a fast analysis of the device
Ensure that the opening of ColorHug is blocked
It could not  verify the firmware
The firmware has size zero
Version of firmware unknown
Flashear firmware In the processor
Flashear The device?
Modify the matrices of calibration in the device ColorHug
It plant the fotoespectómetro in the screen and press «Following».
Read EEPROM in the direction indicated
Read SRAM in the direction indicated
It choose the screen to use to generate the matrix of calibration of colour.
Starting the new firmware...
The remote location of the archives of ColorHug
This firmware has not been tried extensivamente and could not working as the expected.
Update the firmware of the colorimeter ColorHug
This tool also can flashear images flash customised in the device.
Show versions of test of the firmware and allow to the user update it.
Write SRAM in the direction indicated
Writing the new firmware...
Jump to the p�gina inferior
Move to the p�gina inferior
Move to the p�gina
Move to the p�gina upper
It was modified for the last time in %.26s - does %i %s
"%s" - Directory created correctly
%.2f of %.2f %s %s
%.2f of %.2f %s Mb
Server FTP %s available
%s denegado: Contingent exceeded: Used %s
%s Needs a main end of 0
%s: The unseen temporary archive %s already existed
%s: Too many transfers
%s: Transfer of data in progress
%s: Notice: contingent achieved: used %s
%s: Unknown option in MODE Z: %s
%s: Protocol of unknown net
%Or of %or %s %s
'%s' No understood
'%s': Wrong way
'Site %s' no understood
'Site QUOTA' no understood.
<sp> Order [<sp> options]
<sp> Route [<sp> beginning <sp> end]
<sp> Beginning <sp> full stop
<sp> Type (To, I, L 7, L 8)
Sequence of erroneous orders
CPFR <sp> Route
CPTO <sp> Route
Connected from %s (%s)
Turn server FTP - %s
Order PASV illegal, EPSV ALL in force
Order PORT illegal
Order PORT illegal, EPSV ALL in force
Language %s no admitted
Initiating session like %s
OPTS HASH: Wrong number of parameters
Opening connection of data in way %s for %s
Insufficient memory while globbing of %s
Passive transfer of data of
Necessary password for %s
Please it reads the archive %s
Server ProFTPD ready.
Beginning of the list for %s
Structure established in File
Type: %s, Structure: File, Way: Flow
They recognise  the following orders (* =>'s no implemented):
Unable to create connection of data: %s
Order 'SITE %s' unknown
Using language by defect %s
It is not implemented
It is not implemented (always F)
It is not implemented (always S)
