%s -D route...
%s %s -- Establish checklists of access to archive
%s: %s On line %d of standard entrance
%s: %s: Only the directories can have ACLs predetermined
%s: Standard entrance: %s
%s: ACL Of access '%s': %s in position %d
%s: It could not  obtain ACL predetermined in '%s': %s
%s: It could not  establish ACL predetermined to "%s": %s
%s: Error erasing ACL of access in "%s": %s
%s: Error erasing ACL predetermined in "%s": %s
Multiple entrances of the same type
Maintaining permissions to %s
Autenticaci�n Required for %s in the server '%s':
Change to the colecci�n specified
Copying '%s' to '%s':
It could not  obtain property: %d %s
Create collecci�n(is) remote(s)
Edit the resource given
�The variable of surroundings $HOME need to be defined!
Error dividing ls: %s
Failed in %s: %d %s
Obtaining properties stops
Moving '%s' to '%s':
Obtain properties of the resource
The server no devolvi� resulted for %s
Actuate an opci�n, or show options
Transferiendo %s To '%s':
Transferring changes to '%s'
The value of %s is: %s
put Local [remote]
set [opci�n] [Value]
Add automatically a separador
Cairo-Dock Will act like his bar of tares. It is recommended that remove any another bar of tasks.
Select «personalised decorations» to define his own decorations to continuation.
Colour of the separadores flat:
Configure this launcher
Connection to Internet
Erase this dock?
To see the complete list, please refer  to the registers BZR
Only for debugging. Some unseen and unstable options will be actuated.
Force the following applications to require attention?
Space from the absolute position in the brink of the screen, in pixels. It can move the bar presionando the key ALT or CTRL and the left button of the mouse.
Group the windows of the same application in a sub-bar
Grouping windows of an application given
I do not have these wonderful effects like the fire, the rotation of the cube, etc.
Have a black fund around my dock
If it marks this picture, the launchers will be erased and remplazados by which contain the new subject. At any rate the current launchers would maintain , only the icons will be remplazados.
Image that will show  on of the objects, like a reflection for example. Leave in target not to use any.
Maintain the dock on other windows always
Maintain the unseen launcher
Leave empty to use the predetermined.
Leave in target if it does not need to initiate session in the proxy with an user/password.
Link the indicator are the icon?
Block the dock so that any another user can do changes.
Create a launcher
Maximum time to download an archive:
Mix launchers and applications?
Move everything to this desk
My machine is too ancient to execute an agent of composition.
Name of an image for the button of Not/Cancelling:
In all the icons
Percentage of the colour of shine:
Select a directory
Positioning of the dock in the screen
Remember this election
Form of the bubble:
We feel it, but the dock is blocked
Help to the people that invests countless hours to bring you the best dock.
The subject has erased 
Councils and tricks
Choose the new subject and save current subject
Use a personalised source for the text?
Use all the screens
Use the same appearance for the labels
Using the dock
Visibility of the sub-launch
Expect N second before starting; this is useful if you perceive some problem when the dock begins with the session.
Width of the interval in which the approach will be effective:
It can sobrescribir this parametro for each sub-bar.
In pixels. Use to adjust the left position of the objects.
In pixels. Use to adjust the upper position of the objects.
Number of articles that show in the chronologies:
Note:Ctrl+S to actuate/desactivar the automatic spell checker.
Add a new account
An alias for the account
Attach an archive
Author, developer and attendant
It can not  obtain the following list. %1
It press the inferior button; if all goes well, will remit him  to the website of Flickr.com to allow him the access to Choqok.
The creation of the new article has failed. The text is empty.
«Dents» Of this user
Error when communicating  with the server
Filter by the author
Filter chronology by author
Filter chronology by text
Mark all the chronologies like read
Mark the chronology like read
The new article for the account %1 has sent  successfully
There is not any account created. It has to create an account before to be able to publish articles.
Publish the text with Choqok
Delete the account selected
Repeat the publication using the API
Repeat this notice?
It select the chronologies of which wish to see notifications of his new publications:
Send a private message
Something goes bad. Error %1. Try it again later
The user llamante has achieved his limit of monthly bandwidth
The server does not admit this characteristic
It can find his key API here
The private messages that has sent
You and the people that follow
You and his friends
His articles that others repeated
Use Flic.kr to shorten the URL
Use a personalised appearance
Use the service untiny.com
If the microblog is actuated or desactivado
Which chronologies wishes to actuate?
Who can see the photo
It has to reiniciar Choqok to upload the avatars again
%1 no longer it will annoy him more.
It will see only the responses among his friends.
-b|--verbose More messages in the standard start.
-v|--version Prints information of versions.
Allow certificates SSL unsure
It allows to Claws Mail remember multiple certificates SSL for a server/port given.
It allows to enter manually any value in the cabeceras of the window of composition or select only the available options in the desplegable.
Unseen preferences of Claws Mail
Colour of the lines added in the patches.
Show a dialogue of confirmation when tugging and soltar folders.
Show the direction of post of the addressee in a column «For» of the folder Sent instead of the one of the remitente in a column «From».
It enables the sending of the name of machine, if it is available, so that the server can select the appropriate certificate for his command. It is useful with servers that house multiple commands in the same direction IP.
Error: '{dir}' is not a directory or does not exist
Error: '{value}' is not a file or does not exist
Error: it looks that Claws Mail is in execution, close it first.
Error: {opt} requires a number of version separated by points
Hide the time zone
Antiguedad Maximum to the jerarquizar by subject
When it completes  the name of a folder, the text will coincide with any part of the chain or only with the start.
Version of Perl-GLib {glibv}, built with {glibb}, executing with {glibr}.
Version of Perl-GLib {glibv}.
Version of Perl-GTK3 {gtkv}, built with {gtkb}, executing with {gtkr}.
Version of Perl-GTK3 {gtkv}.
It selects the information to show in the column «From» of the list of messages: the name, the direction or both.
It shows a notice when sending to more addressees of the specified. It use 0 for desactivar this comprobación.
Show the marked messages in the list of messages with bold.
Show the marked messages with bold
The minimum time in minutes to maintain a caché in memory. Cachés More recent that this time will not release , even if the use by heart is too high.
Use bands in the list of messages and of folders
Use bands in all the trees
Warn when sending to more than
Try -h or --help for help of syntax.
Alignment pra the rows that are not full
Level of opacity (%) for the windows that are not selected in the cambiador
Amplitude of the waves
Colour of the water in the cube (far).
Enable by defect
Ingrese A positive value for a latitude north, negative for a south
Frequency of the small waves by on the big.
Complete route to 3D wavefront (.obj) File model.
What so deep in the screen will be drawn the luciérnagas until disappearing
It do use of the sombreadores if possible
Factor of minimum scale of the window when rebounding
More animations of window
Move and change the size of all the visible windows so that have the main possible height, same width and so that they occupy all the screen.
Move window to the last position
Move window to the desk of the left
Move window to the desk 10
Move window to the desk 12
Number of stars
Number of blocs in the animation
Quantity of pixels from the inferior brink where the window will go in in rest
Quantity of pixels from the brink der. Where the window will go in in rest
Number of pixels initially in vertical direction
Number of subdivisions that create a finer net
Plan of rotation for the model 3D
Cambiador Emergent if it is not visible and select the window anteriorde the current application
Put in finder 10
Put in finder 4
Put in finder 6
Put in finder 8
Put in the adjacent desk
Speed of rotation of the model 3D (in rotations by second).
Renderizar The frontal surface and afterwards the rear. This can be useful for models where there are black spaces but can cause loss of performance.
Show circle of rotation 3D
Show cambiador himself is not visible and select the following window of the apliación current.
Show cambiador himself is not visible and select the following window
Show cambiador himself is not visible and select anterior window of the current application.
Show windows that are minimised, opacadas or in way desk.
Size of the earth
Nieve for Compiz
Nieve, stars, autumn, luciérnagas and bubbles, everything in an orderly package
Initiate crabs deep down
Maximum quantity of Luciérnagas allowed in the screen
Time (in seg) that the emergent window would have to take in appearing
Time difference of GMT (without take the schedule of summer)
Viscosity of the liquid
Windows to exclude anaglifo
Name of action to initiate
All the effects choose  randomly, ignoring the effect selected. If it has chosen  "Any" for an event, said event will not be animate.
Nive of opacity of the windows of the ring that are not selected
Close window in the way escalado
Turn urgency to the demands of attention
Darken fund when it shows  the ring
Deformation of the wall
Delay until opacificación
Functions improved of the zoom for the visualmente affected and other users
Exit of the way escalado after a window have been tugged.
Adjust the area with zoom to the window when the area move  like result of the track of the focus.
Fix GLX_TABLE_copy_sub_buffer erroneous in XGL in fglrx
Force synchronisation among X and GLX
Go to a specific desk
Not showing signposts/docks in Expo
Do "urgent" also windows "sue attention".
Ensure that the windows are entirely visible after tugging them to another point of view
Maximum width of the miniatures in the ring
I number of rotations for Slide (pretty much 10% of aleatoriedad)
A big cambiador
A big wall
Paint miniatures always on.
Reestablecer The original opacity when alternating
Restrict the mouse to the aŕea with zoom
Scalar factor of the reflection of the wall Expo
Fix window as no dimensionable
Factor 1 of specific zoom
Factor 3 of specific zoom
Initial width of the opening effect and final of the effect of closing for Aspiradora.
Intensity of the deformation of the curve
Change to the desk 12
Change to the desk 5
Change to the desk 7
Change to the desk 8
Change to the desk 9
Distance until the resistance of the brink take place.
The minimum factor of zoom allowed. A value of 0.5 equivale to 2x, a value of equivale to 4x.
Minimum amplitude (size of the waves) that will have Lampara Magic
Miniatures always on
Time (in ms) before the miniature was showed.
Term for ejectuar a double click
Enable Opacify by defect
Use these links to avert paste.
Use to enable/deshabilitar Opacify to the flight. Windows opacadads previously will not be reseteadas afterwards that you have it deshabilitado like this.
Windows that would have to be treated without transparency
Windows that would have to be filtered by defect.
Axis X of the cursor
Axis And of the cursor
Specific zoom 3
Zoom from the centre
%d x %d %s, %d-vias
%i Days, %i hours, %i minutes, %i seconds
%s Is not endured for the device %or, use alone deviceID to match
Request password to initialise demon in second plan
CPU Represents family ("true") (calculated like BaseFamily+ExtendedFamily)
Invoking to libcpuid to recover static values of CPU MSR
Called to libcpuid to recover static data
Connected to demon (daemon)
Current: PCIe Gene%1dx%d / Max: Gene%1dx%d
Dump all the data in the standard start and exit
FATAL error: database terminfo could not be found (try to fix the variable TERMINFO of the surroundings)
Descarta Frequency of CPU communicated by libcpuid
Presione The key 'h' to see this help.
Presione 'h' To see help.
Presione The key 'anterior page' to increase the number of threads to use.
Prime numbers (fast)
Prime numbers (slow)
Show version and exit
Read pure data of CPUID of a determinate archive
Execute instruction embebida dmidecode and exit
See the %s licence: <%s>
Chain «%s» is too long, truncates …
There is not any platform with capacity OpenCL (%s)
This help describes how use this Interface of User based in Text.
This program comes ABSOLUTELY WITHOUT GUARANTEE
Use: %s SCREEN [OPTIONS]
Ray Tracing (Vulkan)
The window is very small!
His CPU does not find  in the database ==> %s, model: %i, model ext.: %i, family ext.: %i
His controller of GPU is unknown: %s
It produced  an error when compiling regex
It produced  an error when executing the commando '%s' (%s)
Erroneous when invoking GLFW (%i): %s
Failure when invoking wordexp (%i)
Error when finding the number of devices OpenCL for the platform «%s %s» (%s)
Erroneous when obtaining name for the device %or (%s)
In %or minutes
In %or seconds
pkexec: Permission could not be obtained (dialogue refused)
plexec: Instruction no found
pkexec: Code of unexpected error
A simple application to debug the bus of messages of the system D-Bus. D-Feet can use  to inspect interfaces D-Bus of programs in execution and to invoke methods in these interfaces.
Half time of execution, in seconds
Connect to another bus
Debug applications of D-Bus
Number of executions of the method
The document «%s» is not registered.
Error in %s: %s.
Error when merging %s with %s: %s has values inconsistentes.
Registering documents with %s...
«%s» Requires exactly an alone argument.
The field «%s» is in the wrong section (Precedes an empty line to the field?)
The format «%s» already is defined
Unknown section: «%s»
I title %d has %d capitulate
Sizes of rows for the conjoint title %d i.e. VTS_%02dX.Xxx
Fund of the loop
Copying %s: %.0f%% completed (%.0f/%.0f MiB)
DVDReadBlocks Read %d blocs of %d blocs
It do not try to copy the title VOB from the command VMG; there is not at all.
It do not treat to copy chapters of the command VMG; there is not any.
Error opening %s
Error reading IFO for the set of titles %d
Error when reading MENU VOB: %d != %d
Error writing TITLE VOB
Failure opening %s
It failed opening of IFO for the set of titles %d
Image of DVD fallida
Without memory copying %s
The %s %s already exists; it will treat  of sobreescribir.
%s %s Is not valid, has to be a directory.
The directory of titles is not valid; this perhaps was an ordinary archive.
Title, part %i/%i
VOB %d Is %jd
0 for desactivar. -1 for boundless
Add a port redirected
It confirms that it wants to delete this connection and all the data associated?
Create new connection
Reiniciar To apply changes
It begin for adding a connection SSH to EasySSH
Group of section [%2zu] '%s' with byline '%s' contains entrance %zu:
Section [%lu] does not exist
%#06x: Version: %hd Banderas: %s Index: %hd Conteo: %hd Name: %s
%s %s differ: Header of program %d
'%s' Is not an archive, can not  print index of archive
.debugranges section faltante
Show code of assembler of executable sections
Show only indefinite symbols
Show the notes ELF
Look for directions from bylines found in COREFILE
Print files in archive.
It relaxes some rules to handle files ELF broken
The same that --format=bsd
Syntax of section requires exactly a module
Suppress message when it have to create  the library.
Use ROUTE like root of hierarchy of debuginfo
Erroneous dynamic symbol
It can not obtain data for symbol %zu
It can not  open the archive '%s' obtained for module '%s': %s
No sepuede stat the archive '%s'
Reference of dynamic section in header of program has wrong compensation
Data invalids in compensation %your in section [%zu] '%s'
roffset Finds  unavailable
Section [%2d] '%s': GLOBAL _symbol_OFFSET_TABLE_ refers  to wrong section [%2d]
Section [%2d] '%s': table of index extended too small for table of symbols
Section [%2d] '%s': index of widespread section in section [%2zu] '%s' refers  to the same table of symbols
Section [%2d] '%s': section of table of dispersion is too small (is %ld, expects  %ld)
Section [%2d] '%s': index of symbol invalid in shinfo
Section [%2d] '%s': compulsory label %s is not present
Section [%2d] '%s': compensation %zu: chain without ending up in attribute
Section [%2d] '%s': appointed like a table of chain for the section [%2d] '%s' but the type is not SHTSTRTAB
Section [%2d] '%s': relocatable archives can not have tables of dispersion
Section [%2d] '%s': reubicación %zu: compensation out of limits
Section [%2d] '%s': reubicación %zu: type of reubicación invalid for the type of archive
Section [%2d] '%s': size of entrance of section does not coincide with ElfXXDyn
Section [%2d] '%s': shinfo has to be zero
Section [%2d] '%s': the symbol %d: they can not  read data of version
Section [%2d] '%s': the symbol %or to the that does  reference in chain for cubeta %zu is indefinite
Section [%2zu] '%s' has flag SHFALLOC established but is not a segment cargable
Section [%2zu] '%s' does not have type NOBITS but is read from the archive in segment of entrance of header of program %d
Section [%2zu] '%s' has wrong flags: %s expected and possibly %s, is %s
Type of unknown machine %d
Section zeroth has type nonzero
Section [%2d] '%s': size of GLOBAL _symbol_OFFSET_TABLE_ %<PRIu64> does not coincide with size of section %s %<PRIu64>
Section [%2d] '%s': size of symbol DYNAMIC %<PRIu64> does not coincide with size of segment %<PRIu64>
Section [%2zu] '%s' contains flag(s) unknown %#<PRIx64>
(%<PRIu32> In [0].shsize)
Section of list of library [%2zu] '%s' in compensation %#0<PRIx64> contains entrances %d:
Section DWARF [%2zu] '%s' in compensation %#<PRIx64>:
Leading %-26sLSDA: %#<PRIx64>
It requires  authentication for hibernar the system although an application prevents it.
It requires  authentication to turn the system although an application prevents it.
It requires  authentication to turn the system while still there are users connected.
It requires  authentication to turn the system.
It requires  authentication to establish a wall of text
Hibernar The system while still there are users connected
Block/unblock active sessions
Turn the system
Turn the system although an application prevents it
Reiniciar The system although an application prevents it
Suspend the system
Suspend the system although an application prevents it
Suspend the system while still there are users connected
%1$s and a task more
%1$s or %2$d tasks more
%d Tasks for today
Add more tasks…
It has occurred an error when creating a task
It has occurred an error when updating Todoist
Press to add a new account of Microsoft Exchange
Press to add an account of ownCloud
Copyright © 2015–2020 the authors of pending Tasks
Eat fruit if it can 🍐️
It enjoy the rest of the day
Error when opening the archive of monitoring. Everything.txt Will not monitor 
Pending tasks of GNOME does not have the necessary permissions to make this action: %s
Do a rest now
Good evenings, %s
Good morning, %s
How it feels  right now?
List of active extensions
In this squad
Or simply it can save the tasks in this squad
Show notifications when initiating
It smile, breathe and it go slowly
Source of the archive Everything.txt
Take care to himself same
Task %s deleted
Agent of tasks for GNOME
The tasks will appear here
All the clients selected are desconectados, or do not have epoptes-client in execution like root.
It is sure that it wants to reiniciar all the computers?
It is sure that it wants to delete the students selected of the group "%s"?
Show your screen to the students selected
Share his screen with the students selected, in a window.
Copyright © 2010+ The squad Epoptes
They could not  obtain measures of some of the clients. This will affect to the statistics.
Create a new group
It enter the information of the contact with which wants to share his desk
Execute a commando in the students selected
Live chat (IRC)
Block the screen of the students selected
Ensure that was executing  the service and afterwards reinicie Epoptes.
Message from the tutor
Reiniciar The students selected
Delete the group selected
It chooses a new alias for the client selected
Show the information of the student selected
There are not clients selected on which launch the evaluador (benchmark).
Use: {} text [title] [mark] [nombreicono]
Use: {} tall width
Use Pango markup
1 archive, with a half size of %2
Not exploring these folders:
Here it can vary the contrast of the map of archives in real time.
Save the current view like archive SVG
It select the folder to explore
It select the route to ignore
Show small archives
%i Available linguistic samples
CJK Unified Extension To
CJK Unified Extension And
Decorations desactivadas: the change will have effect the next time that initiate  the application.
Filter based in spellings admitted
Foods and drunk
Grouped by inclination of letter
Grouped by spaced of letter
Grouped by weight of letter
Grouped by width of letter
Grouped by type of licence
Punctuation, comilla final
Remove collection selected
Restore comparison selected
Save current comparison
Select the types to delete
For text and titles
The order of the subpíxeles in a screen LCD. Only it uses  when the antidentado configures  like RGBA.
To add a new substitution, press in the button Add of the bar of tools.
It try to reiniciar the application. If the problem persists, report of the problem.
Updating the database… spelling
Erase a size will delete it.
After turning or bend a character probably have to do Element->Add extremes
Ascendant and Downward have to be positive and his minor sum that 16384
It can not  create temporary directory
Centre of the selection
It did not find  the character: %.70s
Different adjust on if inherit the opacity of the stroke in the layer %d of %s
Different adjust on if it has to do  a stroke in the layer %d of %s
Different patterns of stroke in the layer %d of %s
English (Sud Africa)
It expected  a class in the line %d of %s
It expects  an integer or a list of integers after %s in the line %d of %s
It expected  a coincident label in the table of the line %d of %s
Source to merge with %.20s
FontForge Does not endure anonymous tables in the line %d of %s
FontForge Endures at most %d layers
GB 2312 (Chinese Simp.)
Glifo “%s” Differs
The glifo “%s” has a different stroke in the layer %d
Glifo “%s” Has different instructions truetype
The glifo “%s” in %s does not have instructions truetype
Irish gaelico (with point)
Search subtablas in %s but no in %s
Mark glifo current like last
Name, %s%s, too long in the line %d of %s
New contextual insertion of glifo
New reverse widespread substitution
It is not an archive pcf X11 %.200s
Points very next
Turn by rule...
Saving multiple sources PostScript
Fix width in:
The checkpoint underneath of the point selected is near of the slope of the italicss
The checkpoint to the left of the point selected is out of the distance
The checkpoint to the right of the point selected is out of the distance
The source %.30s contains quadratic curves. They have to turn cubic curves before being able to be used in a source multiple master
The character %$1.30s have to different numbering of points (and control points) on its contours than in the various instances of the font
Maximum number to Undo/Redo stored in a character
The segment selected is practically horizontal
The orderly of the point selected is near of the basic line
The orderly of the point selected is near of height of the capital letters
This character can use an adjust triple
This glifo is defined in an instance of the source but no in another
End of unexpected archive in the definition of research in the line %d of %s
Contextual sequence no analyzable in the line %d of %s
Kana Vertical alternative
When creating a source distorsionable of Apple, has to specify at least the name of an axis
During the fusion of two sources CID, these have to have the same Registry and Ordering, and the font being merged into (the mergee) must have to supplement which is at least ace recent ace the other's. Furthermore the mergee must have at least Ace many subfonts ace the merger.
Wrong number of entrance in %s
Points near¹ of an adjust
Use the white palette and black
Use the palette web
"%s" Is not endured.
(Without profiles attached)
Assign, replace or remove the profile ICC
Profile CMYK predetermined
Export image CMYK
It failed when exporting JPEG.
The image is not separated...
Own profile : %s
Separate Effects a separation CMYK of an image RGB in four layers of colour with canal alpha.
Simulate black ink
Use algorithm BPC
Aplanar The image to preserve the appearance
Give priority to the profile incrustado
Preserve pure black
Use profile devicelink
"%s" Already exists, tail will create a new folder
%s Is not a repository Git.
Add to Git Annex
Always use a "merge commit" when this enabled, even when the "merge" is an update "fast-forward"
Correct the commit published?
The branch "%s" already exists.
Checkout Like new branch
Configure the remote branch like the new "upstream"
Create remote branch
Create commit signed
Delete remote branch
Detect Conflict Markers
Check differences in this -> selected
Abandon the Stash "%s"?
Editr Remote repositories selecting them of the list
Enter the name for the new remote repository basic
Enter the name for the Stash
Error when creating branch
Error when deleting remote branch
Error when Creating Stash
Error when deleting the remote repository "%s"
Error: it could not  create the label "%s"
Only Fast Forward
Force extraction from %s?
Help - Find archives
Ignore personalised pattern
Conserve Merge Backups *.orig
Merge "%(revision)s" With "%(branch)s"
Merge In "%s"
Name for the new remote repository
Open using the application predetermined
Please, it specify a review to label.
Aim the the beginning of the current branch to a new commit?
Archives modified recently
Remote branch deleted
Save the state modified to a new "stash"
It saved  "%(filename)s" of "%(ref)s" in "%(destination)s"
Look for using basic regular expression POSIX
Select branch to revise
Show icon? (If it is available)
Show all what surrounds the functions of changes
Omit the current patch
Order the bookmarks alphabetically
The branch will not go back to be available.
The message of the commit will be erased.
The archive "%s" already exists and will be sobrescrito.
The following archives will be deleted:
Unable to do rebase
Update existent branch:
Visualise all the branches...
%To = Artist, %t = Title, %b = Album, %g = Gender, %n = Number of subject, %and = Year
%Or songs found
A tool to handle the reproductores Creative Nomad/Zen Jukebox and Dell DJs
Add selection to a list
Add songs to list(s)
Can help (AC or USB) connected:
It could not  create the list
It could not  open the reproductor:
It could not  open the device USB
Quantity of lists:
Storing archives in the reproductor...
Total bytes in the disk:
Available free bytes:
libvirt Recognises %s like the storage of Boxes of GNOME but this folder does not exist
It will create  a new virtual machine and will install  an operating system in her. It select a source of operating system to start with.
A simple application of GNOME 3 to access to virtual or remote systems
Allow execute in second plan
AN URL that aims to an archive recommended-downloads.xml file
Install automatically CentOS Stream, Debian, Fedora, Microsoft Windows, OpenSUSE, Net Hat Enterprise Linux, and Ubuntu.
Box «%s» installed and list to use 
Boxes is doing something
Boxes is not authorised to execute  in second plan
Boxes is ready to configure a new box with the following properties:
It could not  obtain the information of storage of «gnome-boxes» from libvirt. Ensure that «virsh -c qemu:///session pool-dumpxml gnome-boxes» is working.
Create virtual machines from images of operating systems with some pulsaciones of mouse.
Diagnose problems of his box using the archive of register.
Download an operating system
Download available operating systems freely.
Edit the configuration of his box can cause incidences in the operating system of the same. It wants to create an instantaneous to be able to recover of the changes?
It does not recommend  try start an unknown system but can try luck forcing a type of concrete system in the following list:
Half no supported
Open box with UUID
Preparing to create a new box
Ready to receive the archive
Revise and create
Select a device or an image ISO
Configure folders shared among his system and the virtual machines.
Share archives with virtual machines tugging them from his agent of archives to the window of Boxes.
Share archives is so simple like tugging them and soltarlos in the virtual machine. They will appear in his folder Download.
Instantaneous «%s» deleted.
The version Flatpak of Boxes of GNOME does not endure the redirección USB.
It press the button + to create his first virtual machine.
It press the following button to create his first instantaneous.
See and use virtual machines
Bienvenido to Boxes
It indicates if Boxes is executing  for the first time
With Boxes does not need to download an operating system to create a virtual machine. In his place select the operating system that wants to configure and Boxes will download it automatically.
Close window/exit of Boxes
Create a new virtual machine
Open the main menu
Change to the following page
Change to the anterior page
— A simple application to access to virtual or remote machines
«%s» is executing  In second plan
• Invited Libvirt KVM available: %s
• The CPU can virtualizar: %s
The black bishop in %1$s eat him white labourer in %2$s
The blacks are in check and can not move.
The black king in %1$s eats the white bishop in %2$s
The black king in %1$s eats the white horse in %2$s
The black labourer moves  of %1$s to %2$s
The black queen in %1$s eats the white horse in %2$s
The black queen in %1$s eats the white labourer in %2$s
The black tower in %1$s eats the white horse in %2$s
The black tower in %1$s eats the white labourer in %2$s
Chess of GNOME only can open an archive PGN at the same time.
Type of clock no valid in archive PGN: %s, using a simple clock.
Increase of the no valid timer in archive PGN: %s, using a simple clock.
There is not any engine of installed chess. It will not be able to play against the squad.
Pausar The game
Save game of chess
Show the current movement
Show the anterior movement
The player no human is very confused. The game can not continue.
The current state of the board has occurred in five occasions.
The current state of the board has occurred in three occasions.
The type of clock (simple/fischer/bronstein)
This does not look to be an archive PGN valid.
This has felt if has thought to save the party like a register of his defeat.
The white bishop in %1$s eats the black labourer in %2$s
The white are in check
The white are in check and can not move.
The white king moves  of %1$s to %2$s
The white horse in %1$s eats the black bishop in %2$s
The white horse in %1$s eats the black labourer in %2$s
The white horse moves  of %1$s to %2$s
The white labourer in %1$s eats the black labourer in %2$s
The white labourer moves  of %1$s to %2$s
The white queen in %1$s eats to the black bishop in %2$s
The white queen in %1$s eats the black horse in %2$s
The white queen moves  of %1$s to %2$s
The white tower in %1$s eats the black horse in %2$s
The white tower in %1$s eats the black labourer in %2$s
Minutes by side
Save game eat…
Save the game with a different name
Show in Archives
Some commandos are still in execution. Close this eyelash will kill them and this can cause unexpected behaviours
See open eyelashes
It is paste a commando that executes  like administrator
[-And|-- COMMANDO [ARGUMENT...]]
Beginner with dud
It control a worm in this research to eat bonuses and do bigger. It surpass tácticamente to the worms enemies while it eats doughnuts and ice cream to augment his size. Each worm has ten lives and loses a when it clashes  against a wall, against another worm or against himself same. The worms enemies try to achieve the same bonuses, so have care: if they do  very big, will not have space to move .
Desactivar Dud bonuses
Eat the lunch before that other worms, but no crash against at all.
Fast with dud
If it begins a new party, will lose  the current.
Tecla to go down.
Tecla to go up.
Number of players with IA
The options --disable-fakes (-d) and --enable-fakes (-and) are mutually exclusive.
It play against a maximum of five worms enemies or share his keyboard to play with a fellow.
It select the number of players no human.
It select the number of human players.
Establish the number of bites (4-6)
Slow with dud
The speed has to be among 4 (slow) and 1 (fast).
The adventure augments through 26 maps of increasing difficulty. The first levels are very allayed, with some walls, but more advance, the narrow spaces and the teletransportadores do the most interesting things.
The key that has selected already is assigned.
The speed of the worms, where ‘1' means «fast» and ‘4' «slow».
Pausar Or restart
%s Does not have allowed to upload archives
%s: Low battery
A complete implementation of KDE Connect for GNOME
Access to the contacts of the device matched
And %d contact more
It press for more information
Control reproductores multimedia
The device is desconectado
 desactivó The discovery because of the number of present devices in this net.
Enable the device matched to control the volume of the system
Execute orders predefinidas
Find my telephone
GSConnect Found an unexpected error. Please, report of the problem and include any information that can help.
GSConnect In GNOME Shell
GSConnect Is a complete implementation of KDE Connect especially for GNOME Shell with integration for Nautilus, Chrome and Firefox. The squad of KDE Connect has applications for Linux, BSD, Android, Sailfish, iOS, macOS and Windows.
An implementation of KDE Connect for GNOME
Enumerate all the devices
Port already into use
Oprima Esc To cancel or Shrinking to reestablish the shortcut of keyboard.
The remote keyboard of %s is not active
Request to the device matched that it take a photo and transfer it to this squad
Send a link to %s
Send and read SMS of the device matched and receive notifications of new SMS
Send and receive pings
It sent  «%s» to %s
Share archives and URLs among devices
Share archives, links and text
It share links with GSConnect, directly to the browser or through SMS.
Text shared by %s
This device is invisible to devices no matched
It write a telephone number or a name
Expecting the service…
Examine and control multimedia devices UPnP
Clean the state of the checkpoint of the renderizador AV selected at present. Useful to work with renderizadores AV that not informing of changes of state.
Copy all the events
They could not  analyse the options: %s
Not using IPv6
Amicable name for this light UPnP
Checkpoint AV of GUPnP
Checkpoint of GUPnP universal
Inspect and control devices UPnP in his local net
Interfaces of net that use for communication UPnP
Number of arguments
Simple application UPnP to control lights
The version of UDA that use
Expand all the devices
Augment the luminosity 20%
%3d - %02dh%02dm%02ds -(%05d.MPLS)
%d codificacion Pending
%d Pending codings
%ssu Film will lose  if you do not follow encoding.
4: SATD, qpel in all
5: SATD, multi-qpel in all
7: RD in all the fotogramas
Add all the clues of subheads to the list
Add new adjust of audio to the list
Add new adjust of subheads to the list
Add clue of subheads if the audio predetermined is foreign
Available options: {source-path} {source} {title} {preset} {chapters} {give you} {time} {creation-give you} {creation-time} {quality} {bitrate}
Incrustacion For reproductores deficient*:
Cancel current and detain
Choose source of video
Colour of the brink added around the video.
Encode and it reproduce a short sequence of video from the position of current previous view.
First clue selected
For DVD of multiple angles, select the angle wished to encode.
Scan foreign audio
HandBrake xxx Already is available (have yyy).
List of clues of available audio of his source.
I title no found
Only it can  incrustar a clue of subheads! Since the conflicts can occur, the first sera the elected.
Open unico title
Open directory origin
Language preferred: %s
Rank of title to encode. They can be chapters, seconds, or fotogramas.
Restart, have solved the problem
It saves the current configuration in a new Preajuste.
Scanning title %d of %d...
It select this title to add to the tail.
Omit this version
The device or archive to encode
The values preestablecidos to use for the coding
This is the maximum height to which will store  the video.
Desmarcar All the titles
Use only the first codificador for secondary audio
At present you are encoding. That would like you do?
Work %d of %d,
Past %d(exploration of subheads) of %d,
Retreat a small step
Erase the current action
For all the archives
Central click in the controls deslizantes for reiniciarlos
It can not  reproduce: %1
Erase this folder of the list
It define to 0 (zero) for desactivar.
When opening an archive that has reproduced  previously, advance until the position in which it was the last time.
Allow subheads in the black brinks
Upload subheads from
Route to image
Vaciar Used recently
Enter expansion of the shortcut here:
It failed the import of pyaudio.
Here it can choose if it has to use a label for the candidates of the table of research from a dictionary.
Here it can indicate which colour use for the candidates of the table of research from a dictionary. This option surte alone effect if it actuates  the use of colour in candidates of a dictionary.
Here it can indicate which colour use for the preedición when this contains a possible fault of spelling. This option surte alone effect if it actuates  the orthographical review in preedición.
Here it can actuate or desactivar ibus-typing-booster.
If it actuates  this option, only will employ  a style of underlined in the preedición if it actuates  the research. Maybe it wish desactivar the research because it uses it only to the accionar a key or if it prefers to require a minimum number of characters before it unchain  a research.
If it actuates  this option, will not show  the suggestions of way predetermined. It will be necessary accionar a key to show the list of suggestions. The key that will have to use can modify in the configuration of shortcuts of keyboard; the predetermined is Tab. After the validation, the suggestions hide  again until  oprima again the key linked to this order.
Learn from a file of text
Learn his style reading a file of text
Minimum number of characters to complete:
Others, Mixes, Varied, Diverse
Preferences of ibus-typing-booster
Show information of state in auxiliary text
Use a label to indicate busy state
Use dictionaries for the following languages:
Use the following methods of entrance:
- Use CTRL to select/not selecting or SHIFT for multiple selections.
%d Picture by second
%d Pictures by second
%d Loaded slide %s
Click to choose colour of source
Create new presentation
Create an empty slide
Fix Zoom in Window
It expect, please, importing image %d of %d
Preparing to export ...
Slide %i: it can not  upload image %s
Bienvenido to Imagination - %d loaded transitions.
Quantity of solute:
It specify the mass of the gas
It specify the concentration of the dissolution
Specify the density of the solvent
It indicate the time passed moving the deslizador
It specify the volume of the gas
The units for the molar mass of the solvent
The calculators of Kalzium
Select what wants to calculate in the ready desplegable that there is beside the label «Calculate» and change the values and the units to calculate.
A DSC measures the volume of the flow of heat of a compound. This value is specific for each type of substance, so that the DSC can use  to identify compound chemists or to describe them.
A glass Dewar (or jar Dewar), whose name proceeds of the physicist Sir James Dewar (1842-1923), is a jar of empty with double walls that is designed to provide a good thermal isolation. Thus it results useful to maintain cold or hot liquids. A quite known example of a glass Dewar is the termo.
A quantity with which can estimate  the precision of a measure.
Both continuous parts
It press here to look for the sentences that has entered in the left
It press this button to calculate.
It press to add the alias if it is valid.
The concentration is zero. It enter a valid value.
It enter the sentences S that want to read
Archives of image (*.png *.xpm *.jpg *.svg)
Law of the multiple proportions
Long periodic table
R11: Easily flammable
R15: It reacts with the water releasing gases extremely flammable
R24: Toxic in contact with the skin
R27: Very toxic in contact with the skin
R41: Risk of ocular injuries bass
R54: Toxic for the flora
R59: Dangerous for the layer of ozone
S30: Not throwing never waters to this product
S38: In case of insufficient ventilation, use suitable respiratory squad
S47: Conserve to a no upper temperature to ... °C (to specify by the manufacturer)
S5: Conserve in ... (Appropriate liquid to specify by the manufacturer)
Rays composed by electrons that are issued by atoms of radioactive elements.
Separation of a solid matter of a liquid or gaseous matter by means of a filter (a wall of porous separation).
Short form of the alias
The energy of disintegration is the energy released during a nuclear disintegration.
The method by which wants to specify the quantity of solute
The name comes of the English «potash» («ashes of boat») because it finds  in the potasa caustic. The symbol comes of the Latin «kalium», for the name in Arab «to the qaliy», that means alcaline.
The neutron is a subatomic particle with a mass of m[sub]and[/sub]=(1,6749286 ± 0,0000010) 10[sup]-27[/sup] kg that finds  in the core of the atoms.
The spatula is an instrument of laboratory for raspar, separate and transport chemicals. The material of the that are done (iron, titanium, platinum) and his design (flat, in shape of spoon) can vary.
This picture can use  to specify the unit of the initial quantity of substance (for example, grams, pounds, etc.).
This picture can use  to specify the constant «to» of Go der Waals for the gas. This is necessary only for real gases. Can mark  0,0 for an ideal gas.
This picture uses  to change the way in that it specifies  the quantity of solute (that is to say, mass, moles or volume).
This picture uses  to specify the unit of time (for example, years, seconds, etc.).
This element was known by the ancient cultures.
This label shows the atomic mass of the isotope in grams by mole.
This table visualises the elementary composition of the molecule (that is to say, the percentage of each element of the molecule).
Value no clear-cut
With this tool can convert archives that contain chemical data among several formats of archives.
Game of atomic entertainment
Actuate the access to all the levels
Speed of the animations.
© 2015 Boudhayan Gupta
Sequential number, adjusted to N digits
Rectangular region captured
Capture the active window
Capture the current monitor
Capture a rectangular region
Capture the window that is under the cursor, excluding the windows to which belong the emergent menus
Complete screen (all the monitors)
Complete screen (all the monitors, climbing)
Initiate Spectacle without capturing
Capture only the current emergent menu
Open a new window of Spectacle
QImageWriter Can not write the image: %1
Selection of rectangular region
Remember the last rectangular region
Give the focus to Spectacle
Show the cursor of the mouse in the capture of screen
Active window captured
Complete screen captured
The last region selected by the user
The last way used to save
The capture of screen has copied  in the clipboard.
Use clear fund
What has to do  when initiating Spectacle
When initiating Spectacle:
When Spectacle is in execution
Window under the cursor
The directory «%1» does not exist
It select the directory whose contents have to represent by this resource. If the directory does not exist, will create .
Folder to erase stranger.
Only synchronise events more recent that
Period for which recover events, type
Found provider predefinido
It select if it wants to use a provider autodetectado
Use sure connection
Use credenciales specific
It has not been able to  connect with the server. Ensure that the URL of the server is correct.
<head/>Allows to specify a command of Actuate Directory for the user.It note: there is a subtle difference among «empty domain» and «no-domain».With an empty command (the box of command marked, empty command in box of edition) the resource EWS will spend to the user with an explicit empty command («\username»).If it does not specify  command (box empty command) the user will manage without  the command ("username"), what will cause that the server establish the command to the that is configured by omission.
<head/>By omission, KDE use the less sure authentication NTLMv1. When actuating this will use  the protocol NTLMv2, surer.Some servers Microsoft Exchange more recent are configured to allow only the authentication NTLMv2. In such a case, this option has to be actuated to be able to connect satisfactorily.
Copyright © Krzysztof Nowicki 2015-2020
The user/password for the account of Microsoft Exchange EWS%1 is not valid. Please, it update in the page of preferences of the account.
Sondear New messages
The command of Active Directory to the that belongs the user.
The name of user that uses  to initiate session in the server Microsoft Exchange
Connected like %1
The account configured does not exist
It can not  modify the folder IMAP «%1», does not exist in the server.
It can not  move the message: it does not exist in the server.
Mark interval in minutes
Define if the account uses the identity predetermined
Define if the collection of papelera received the special attribute
Define the folder that uses  like papelera
It defines if all the data of IMAP have to be cacheados locally all the time
It has failed when subscribing  to the folder «%1» in the server IMAP. Use to the dialogue of subscription to surpass it
It has failed when recording some annotations for «%1» in the server IMAP. %2
It has failed to transport the message.
Connected, sending messages in tail.
They can not  modify posts in the folder %1. %2
Here you can define the message. It can use:%s establish subject%f establish of
It choose that fields show:
Not notifying when the post sent it I
Show buttons of action
Use incremental updates
Name of the account: this defines the name showed in the list of accounts.
It mark this option if it wants to maintain in the server only the x messages more recent and erase the most ancient.
Days to leave the messages in the server:
Error when treating to obtain the folder for post entrante, interrupting comprobación of post.
Downloading message %1 of %2 (%3 of %4 KB) for %5
If it is active, will check  the account POP3 by new post each x minutes
Save the most recent messages inside the quota and erase the anterior
Please, it enter the user and password for the account «%1».
Specify first a server and a port in the General «eyelash».
The server has answered: «%1»
Another download is still in course.
If the way of only reading is actuated, will not write  changes to the directory selected up.
It ensures that all the elements with the type mime %1 have a GID if it is available an extractor of GID.
Migration of elements of Akonadi to admit GID
Congratulations!!!It has finalised the last level of the game %1.
A firm climbing
A simple labyrinth: the dud brick under the stairs near of the fund can result useful.
So prompt as it move  downwards will pursue him until it was died. So we advise him plan an exact route before his attempt of escape.
Bars and stairs
Taken in the heights
Check better punctuations
It collect the gold working from above downwards. Before the last seed, dig to the right of her and to the left of the enemy. It run upwards so fast as it can.
It do not look down (1)
Error: it can not  find neither reproduce a recording of the last level that has played.
Edit name of level or clue
It edits the text of the name or of the clue of a level
Erase objects or draw square empty
Four rooms suspended
The gold of the living dead persons
Have a good flight...
He has the gold
Hybrid control (for laptops)
If has to two or more enemies among you and where wants to go, can find useful the columns excavables. It excavate two layers, leave one of the top to trap to the first enemy and move upwards to trap to the second.
At the beginning, it go down by the first set of stairs and expect in the lowest section until the enemies remain  in his positions. To continuation fall to the soil and arrive to the big stairs of the right part with the bifurcation in the inferior part. The bifurcation will allow him spend on the enemies: it expect in the level of the soil in the left part (no under the level of the soil!) Until the enemy of the long stairs fall to his side. To continuation trepe and arrive to the big stairs.
There is not problem in editing a level of the system, but has to save it in one of his own games. It will not be it doing to discover the unseen stairs and the dud bricks, truth? :-)
It lights my fire
It look for dud soils to arrive to places that of another way would be inaccessible. It will have to excavate to find a pair of them.
Anxiety of gold
Draw bricks (can dig )
Draw concrete (can not  dig)
Reproduce a recording on how win this level, if it is available.
Please, it select a level:
Carried to KDE4, Qt4 and classes KGameCanvas
Running against the time
Save a solution
Change to normal speed.
Show better punctuations
Show a recording of all the levels that have played up to now.
Show how win this level.
The big fall
The prefix of archive «%1» already is into use.
The gold of the top of the 7 is the main challenge. At the beginning, it go up by the square situated more to the right of the top of the 7 and expect until the enemies fill the holes of the top of the 7.
The only trick of this level is to use the passages hid and attract to the enemies so that they use them.
These small levels were composed by Peter, Simon, Genevieve and his father Ian Wadham. They use the rules of traditional game. Amuse!
Turns and turns
Rises and descents
Use to the guards
Use the device prompter of the laptop to control the movements of the hero, and use the keyboard to dig rightwards and leftwards.
The revenge of Peter W
Where it is the roof?
It can kill an enemy digging one of the bricks of the fund in the watershed and doing him go until there.
It can walk on enemies trapped.
It can not create and save a level until it have not created a game to house it. It use the option «Create game».
It has to collect the gold of his first right. Afterwards, it try to excavate a path downwards. It is easier to control to the enemies when it is in the inferior levels.
%1 it is in danger
Choose party to save
Anterior main author
Some good effects of sound
Change to the hole
Class of vector (Kolf 1)
The background colour and the background alternative colour alternate  line by line.When it do not use the colours KDE, can define the alternative colours in the picture of colours.
Sure that it wants to erase these %1 elements physically (no only delete them of the virtual elements)?
ActionMan - Manage actions of user
Add the protocol to the list of links.
Apply filter to the folders
Sure that wishes to delete all the actions selected?
Ensure to know what is doing.
It belongs to the user
Choose a column:
Choose a profile:
It erases the list of selections
Collect the start of the program executed.
Combine %1.* In the folder:
Not comparing only the basic folders but also his subcarpetas.
Copy %1 archive in:
Copy to the left
Copy to the right
Create folder in the current signpost.
Actuate the writing in archives using the ioslave krarc.
It enter a selection:
Insert moves downwards
Insert eyelashes behind the current
Internal error, <job> no defined in the resultant signal
Konfigurator - Create his own Krusader
Krusader Can not download %1
Left: erase 1 archive
Move %1 archive to the papelera
Name of the folder where finds . Also it can enter the name of the route that want to go until her. It can use protocols of net, like ftp or fish.
Sobrescribir Or merge?
Sobrescribir Or add?
Execute the order in a terminal.
Select archives with the same name
Separate the call of program for each...
Define the root of the tree like the nearest folder listed in «Places»
Define the root of the tree like the current folder
Show the button «Backwards»
Show numbers in octal (0755) in place of the standard permissions (rwxr-xr-x) in the column of permissions.
Show the icons of archives and folders.
It orders the active signpost by the size
Divide the archive %1 in the folder:
Begin from the root
Go in to the upper folder needs to upload the content of the URL «%1». It wishes to continue?
The date of the left part is main that the date of the right. Please, it go back to enter the dates so that the date of the left was anterior to the one of the right.
Go up a folder
Use type of letter with fixed width
Seeing the use of the folder:
When they change  the preferences of a signpost, save  like predetermined for the new signposts of the same type.
It can not  combine a folder.
The first patch of all
Action no available: %0
Add or Delete Commandos
Cancel an active action
The password of confirmation is different
Not saving session / Force turn
Ingrese Date and hour
Ingrese The delay in the format "HH:MM" (Hour:Minute)
Ingrese The password to make the action: %0
Archive no found: %0
KShutdown Has been minimised
List of the processes in execution
The password is too short (needs %0 characters or more)
Presione %0 to actuate KShutdown
Process or Window does not exist: %0
Execute in portable "way"
It select an action
Show Message (without turn)
Turn the computer
It use Contextual Menu to create a new link to the application (action)
It use the contextual menu to add/edit/delete actions.
Current frequency of the CPU
Current maximum frequency among all the CPU
Current minimum frequency among all the CPU
Number of CPU physical installed in the system
Free physical memory
Version of KDE Frameworks
Version of KDE Plasma
Name and version of the kernel
Average of load (1 minute)
Average of load (5 minutes)
Number of cores
Total physical memory
Memory of total video
Quantity of energy for which designed  the battery
Quantity of energy that contains the battery in the actuality
Percentage of the capacity of the design that can contain the battery
Power with which the battery uploads  (positive) or downloads  (negative)
%1 It is calling him
It has occurred an error while  pausaba the call
The remote contact has finalised the call.
The remote contact is occupied.
Restarting the call...
It does not have sufficient balance to do this call.
It does not have permission to do this call.
«And» it needs two variables
«Or» it needs two variables
Maximum speed (without highlighted neither inspector)
Save code like HTML
It has not been able to  change the language to %1.
Cut: cut the text selected and situate it in the clipboard
It did not expect  «%1», in his place expected  an end of line after %2
Execute the program, or use the menu desplegable to select the speed of execution
Execute: execute the current line in the console
It expected  a field after the order «learn»
It expected  an assignment , «=», after the variable «%1»
Export the content of the editor like HTML
Export the current canvas to an image PNG
Export to SVG: export the current canvas to a scalable vectorial chart
Archive or URL to open (in the way of graphic interface)
Look for anterior: continue the research to backwards through the code in the editor
Look for: look for through the code in the editor
Obtain help of the order situated under the cursor
It needs  something to do a negation
Initiator and developer of the core
Open a recent archive: open an archive used recently
Paste the content of the clipboard in the current selection
Print the code
Print: print the code
Redo a change, previously undone, in the editor
Execute the program to half speed
Execute the program to maximum speed
Execute the program to maximum speed, with highlighted and inspector desactivados
Execute the program to speed very slow
Save archive eat: save the current archive with a different name
Save the current archive in the disk
Show inspector: show or hide the inspector
Show or hide the editor of code
Show or hide the eyelash of errors
Slow speed: execute the program to slow speed
It initiates KTurtle in the way of test (without a GUI), executes directly the local archive specified
The order %1 solo accepts a number like parameter.
The order %1 solo accepts a response like parameter.
It has called  the order %2 with %3 but needs 1 parameter.
It has called  the order %2 with %3 but only accepts %1 parameters.
The function «%1» has called  with %2, and would have to have called with %3
Undo: undo a change in the editor
It write here an order and press «Intro»...
It needs two numbers to elevate to a power
Tablet 2x2x1, 2 movements
Tablet 2x2x1, 3 movements
Cube 2x2x2, 3 movements
Tablet 3x3x1, 4 movements
Cube 3x3x3, complete Solution
3x3x3 Invest 2 extremes
Cube 3x3x3, 15 movements
Cube 3x3x3, 20 movements
Cube 3x3x3, 3 movements
Cube 4x4x4, 4 movements
Cube 4x4x4, 5 movements
Cube 5x5x5, 15 movements
Cube 5x5x5, 4 movements
Brick 6x3x2, 4 movements
Tablet 6x4x1, 9 movements
Cube 6x6x6, 25 movements
Cube 6x6x6, 6 movements
A game based in the cube of Rubik (TM)
Move the rear face
Move the frontal face
Move the right face
Move the upper face
Movements by disordered (difficulty):
Only one of his dimensions can have a cube of width.
It redoes a previously undone movement.
Reiniciar The puzzle (undo all)
It saves the puzzle in an archive, including dimensions, configuration, current and historical state of movements.
It shows three seen of this cube, a big, from the front, and two smaller, from the front and the back. Only it can  turn the big.
Show three seen of this cube.
Show two seen of this cube.
I'm sorry, it can not  find an archive of demonstration Kubrick called %1. It would have to be installed in the subcarpeta «apps/kubrick».
I'm sorry, too busy.
Initiate a new puzzle
Turn the complete cube
See his own movements
Bienvenido to Kubrick
A function locale has failed
Already it exists (LDAP)
Certificate CA wrong
Public key broken
Secret key broken
Buffer Too short
Card no started
Certificate too big
Instructions for use no satisfied
Enclosed connection in DNS
The database is corrupted
General error of IPC
Insufficient access for LDAP
Objecto CRL Wrong
Section DNS wrong
The server LDAP is occupied
No endured by LDAP
The object is too ancient
Operation cancelled definitively
Without sufficient memory for LDAP
The object is too short
S-expression No canonical
Rape of security in LCUP
The server has indicated a failure
Too many data for the layer IPC
Tribute to D. To.
Order IPC unexpected
I object unknown CMS
Order IPC unknown
Algorithm of unknown compression
Unknown elliptical curve
Unknown version in the package
Incomplete parenthesis in S-expression
Value no found
Failure of verification in DNS
Finalise the activation copying the key API in Lollypop.
Open and register in the Google Developer Console
Album of the day
A reproductor of music for GNOME.
Add a transition in the change of clue
Add to the reproduction
The albums will classify  by this field
Allow synchronisation with disks USB
Automatic reproduction (random)
Buy this album
Connect to ListenBrainz
Of the net
Go to the current clue
Handle interpreters, composers, ...
Ids. For genders.
Import labels advanced
It makes a strict limitation with characteristics softened, using a threshold of -6 dB
New available albums
New launchings in Spotify
Any available album
Without results in this research
Any server established
Only show an alone column for the clues
Order albums by
Reproduce music in second plan
Please it expect while Lollypop updates the albums
Please it expect while Lollypop updates the clues
Popular albums in the moment
Published in %s
Remove the devices managed by Lollypop
Value of ReplayGain in dB
Reiniciar This value reiniciará the database, the popular albums will be restored
Restore the current reproduction and see
Restore to the previous state
Save carried/popularity in the labels
Save in the collection
Scrobbling To %s
Scrobbling To ListenBrainz
Look for (covers, songs, ...)
Ordered intelligent by artist
Song reproduced %s times
Suggestions from Spotify
Synchronise from LAST.FM
Threshold used to decide if the anterior clue has to be reproduced or the one who is executing  at present has to be reiniciada
Use Libre.fm in place of Last.fm
Use a server of Invidious
When it was empty, use XDG_MUSIC_DIR
If the application has to use a dark subject
It is necessary to install kid3-cli
Clues selected by
It failed a secondary connection of the basic connection
Add manual configuration…
Add an image…
Add archive pac?
All the documents, games saved, configurations and other elements will be deleted permanently of this device.
Show always the initiator
The applications can alert him using sounds, vibrations, bubbles of notifications and the list of notifications.
Choose a screen:
Connect automatically when it detect :
It write his current location.
Erase and reiniciar everything
Delete and reiniciar everything
Forget this net
It inserts a point when it touches Space twice.
Designs and other sources
Allow to this application warn me using:
Any screen detected
In big screens:
It confirm that the PIN showed in «%1» coincide
Put the device in rest when it was not into use:
Require a password (recommended):
Define the time zone:
The device %1 wants to match with this device. It wishes to allow it?
The device can not being prepared for the configuration
The device has deleted 
It could not  find the modem
There are not printers configured still.
There was an unknown error connecting to %1.
To add a configuration of the VPN, download his archive of configuration or configure it manually.
Use another screen:
Used by the applications
Vibrate as it is normal
Vibrate in silent way
Videos and games to complete screen can hide it temporarily.
When it is in silent way:
It needs to use a mouse Bluetooth or tactile signpost with this screen. Ensure that it is near of the device and that his battery is uploaded.
Argument(s) wrong(s) on line %ld
'#x' equis Framed
Add text configurable by the mouse.
Functions of Airy and Gamma
Autodetectar Size of data (%1 x %2 x %3)
Create new variable of a list of numbers or data
Curves of level for surface of triangles
Graficar Surface of quadrangles
Vectors along curve
Ingresar Name of data
Exp And log
Fill data by formula
Insert like "list"
Maintain only each n-ésimo element of the arrangement.
Message of MathGL - %s
Value maximal of And for or for filled of coord.
Mansajes And warnings
Modify data by formula
Move chart to the der. 1/3 of his width.
Move chart up 1/3 of his height.
Move graphic up
Shine typical of the surface
Pausar on/off calculos External
Graficar Surface by formula
Print message or information about data
Properties of the arrangement selected
Read data of archive
Read data of archive with size indicated in the 1ra row
Redo changes of editor (Ctrl+Shift+Z).
Reserve space for labels up (style '^')
Reestablecer Been for commando 'eleven' and recargar data (F9).
Save script to archive
Specify number of lines in grilla/cracked/etc.
Specify number of visible facets
Specify position of graphic in cell of column
Specify position of graphic in cell of bar rotada
Move the image up
Info. resumida Of the data.
Show talk for new internal chart and add it to the script.
Show sgte. Picture (Ctrl+.).
Resolve PDE using method advanced (only X-And)
Transponer Data with new dimensions
UDAV - Reordenar Data
UDAV - Change data
Use: mglconv [parameter(s)] script
Use: mglview [parameter(s)] script
Wire or grilla
It can save the parameters of an animation in a script MGL using commentaries that initiate with '##to ' or '##c ' for loops.
Zoom with the mouse
Size(s) invalid(s) or negative(s)
Add node son
Add personalised subject
Add following character
Add nodes with fast entrance
Add node root
Add beginning of text
Range centre horizontally
Range centre vertically
Centre the current node
Close another eyelash
It creates a node son of the previous node.
Cut node to the clipboard
Final of text
Fold tasks completed
Generated by Minder
If this character is the first character that is not a space, creates a new node root from the title that follows.
If this character is the first character that is not a space, the following line is added to the note of the anterior node.
If this follows *, + or -, the node is marked like task completed.
Open in new window
Paste node like son
Paste and replace image of the node
Paste and replace text of node
Prefer dark way
Rotar Main branch of colours
Order nodes children alphabetically
Expand to percentage
The order PREPARE of the main menu, or in the line of orders
%s (Source) available (is not updated, V: %s vs. %s)
%s, what is %s?
Compiling %s, step %d, please expect...
Cancel to go back to the main menu.
Configuration no found, obtaining cabeceras to extract the configuration...
The direct installation failed, trying finalise the installation of the dependencies
Fact with %s .
If it wishes to know more, choose the option «OVERVIEW».
Installing necessary packages for the surroundings of compilation...
Installing in the final location and configuring, please expect...
List and search with apt-cache
Note: it is not superusuario but is member of the group src. Defining eldirectorio of basic work to «%s».
The package %s has not compiled  satisfactorily, see %s to obtain details!
Presione Intro To continue... (ctrl-c To cancel)
Omit it and continue with the following operation
The package source could not to install. It would wish to install it oactualizar the packages source chosen now?
Warning, %s does not contain a tree of valid sources, omitting!
It would wish to install the package/s of module created now?
It has chosen the following packages:
Modulate-assistant, interactive way
Modulate-assistant, present packages
%1 it has invited him to a room
[This message has been erased]
%1 already it is in this room.
%1 already it is invited to this room.
%1 it is inhabilitado in this room.
%1 it is not inhabilitado in this room.
Show all the rooms
Copy direction in the clipboard
All the members can see the record of complete messages, even before joining .
Select a domestic server
Add an emoji
Attach an image or an archive
Change the canonical alias of the room
It changes his name to show in this room
It wishes to initiate a chat with %1?
Actuate enciphered of the room
Messages enciphered in chats one-to-one
Invite to an user
Invite to this user
It will not be able to  desactivar the enciphered after actuating it.
Exiting of this room.
Initiate session with password
Manager of Quotient
Messages in chats of groups
Any clear-cut canonical alias
Actuated only if the page of transparent chat is actuated.
Open this invitation in NeoChat
Initiate session to see the devices registered for his account.
Please, it expect. This can take a bit.
Motive to delete this message
Motive to report this message
Delete messages sent by other users
Room %1 no found.
Look for user in the room
See ancient messages...
It sends the message indicated like notice
The URL shared for the image is %1
Show his messages to the right
The remote part has cancelled the verification of the session because the keys do not coincide.
The verification of the session has cancelled  because the keys do not coincide.
The session has accepted  in a different device
This message is enciphered and the remitente has not shared the key with this device.
This message has sent  from a device verified
This room continues another conversation.
You already is in this room.
You does not have permission for inhabilitar to %1 in this room.
You does not have permission to expel users of this room.
It has to update this room to a new version to actuate east adjust.
It has thrown to %1 of the room: %2
It has updated the room to the version %1
Add all the images in a folder
Add another image
Added support for several images TIFF
Allow import archives PDF whose routes have characters that Ghostscript do not admit
It is sure that it wants to clean the project?
Arguments: it use $IMAGE for images and $FILE if it writes  to an archive
Choose the format
It creates a PDF based in the images, but with text buscable.
Engines to add
Error when scanning the page
Export to a format selected
Import PIL corrected
Error when exporting a PDF with areas of empty text corrected
Reordenar Pages in the view of icon corrected
Use of new versions of Unpaper corrected
Manage the engines OCR
New and up to date translations:
Size of page: %i x %i
Make an OCR on this area of content using the engine OCR selected.
Making unpaper. It expect…
Preparing image %(currentindex)s/%(total)s
Process image with unpaper
Resolution: %.2f x %.2f
Select the following area
Select all the areas of content
Select the anterior area of the areas of content
The dialogue of preferences is smaller (the big contents adjust  in a window displaced)
The minimum width of the columns, in pixels
The complete application of OCR
Text or character of failure that uses this engine
The languages that this engine endures. This has to specify  like couples of languages in format ISO 639-1 and the language of the corresponding engine (for example, «in:eng,pt:by,it is:esp»). So that this works, the arguments of the engine have to have the keyword $LANG.
The maximum size for the margins of the areas of content, in pixels
Try enderezar the image
Use an algorithm of postdetección to improve the detection of columns
Warn when they do not find  engines to the start or when making the recognition
Way «adhered» for the keyboard and the floating icon.
Allow multiple instances Onboard
Select 'XInput' for a more reliable writing in entrances of text with emergent selections. The option 'GTK' offers a better compatibility, but the writing can fail in presence of captures of pointer, for example, with emergent windows.
Copy the disposal «{}» to the new name:
I scan direct for 3 or 5 conmutadores
Distance in pixels before it recognise  the movement.
Not remembering new words
It enter a name for the new subject:
Expand in horizontal screens
Face with the tongue was and guiñando an eye
Follow the active window
Latch, double-click to block
Uploading ancient design, format '{}'. Consider to update to the new format '{}'
Uploading subject from «{}»
Onboard Has detected a device of new entrance
Move only when it was necessary
Remove «{}» only when it occur after «{}».
Remove suggestion of word
Establish transparency to
Show Onboard when the picture of dialogue to unblock the screen appear; like this Onboard can be used, for example to enter the password for desactivar the protective of screen when it have to ask it.
Show a floating icon in the desk when Onboard hide . When pressing on the icon, Onboard reappears.
Show the accessible characters with or without the key Mayús.
Show a floating icon when  unseen Onboard
Show emergent labels
Show arrow of more suggestions
Show the secondary labels
Show the desk through the spaces among the keys.
Show when it unblocks  the screen
Show decoration of window
Reduce the available space for the windows maximizadas.
Cara sonriente with the open mouth and eyes sonrientes
Special characters for interactive blackboards
Advance only during the turn
Subscripts, superscripts; Fractions
Exchange the actions of exploration after each activation of key. The action Step will come with the action Activate and vice versa.
The time of comprobación remaining of a key while it processes  forward. (In second)
Time in seconds before shooting a pulsación.
Transparency when the cursor abandons the keyboard. It needs composition.
Sol white with rays
Show automatically when editing text
Learn of the text written
The subject «{filename}» does not exist
{description} «{filepath}» Found.
-b <pastebin url:The predetermined is «%s»>
-h This screen of help
-l List all the pastebins allowed
-t <Title of paste:the predetermined is (any)>
%s: Without section [pastebin]
It could not  find any library json.
It failed when connecting with the server: %s
Optional arguments (no compatible with all the pastebins):
Ensure that his archive of configuration was similar to the following:
The content that is treating to send exceeds the limit of size of the pastebin.
The type of day selected has the following working hours:
%To, %d %b %And, %H:%M
Add type of day
Apply impediment to the task
Copy an existent calendar
They can not  create tables in the database %s
It can not  move the task, because it would form  a loop.
Change the progress to %or%% completed
Change work to %s
It could not  create the tree XML
Create an empty calendar
Edit columns of Gantt
Edit working time
Edit personalised properties…
Edit visible columns
Edit week predetermined
Edit label of property
Edit type of task
Export project to HTML
Export project to an appropriate archive for Planner 0.11
If it does not save, the changes done in the last %d hour  descartarán.
If it does not save, the changes done in the last minute  descartarán.
Import an archive XML of MS Project
Bloodletting of the tasks selected
Enter a new resource
URI SQL no valid (has to begin with 'sql://' and contain '#').
Phase of new project
No before that %s
There is not support for storage SQL compiled in this version of Planner.
It opens a project from a database
Previsualización Of the impression of the current project
Print the view of resources
Save an archive
It saves the current project in a database
It select a calendar that use for this project:
It select a day of the week and the type of day that use for this day in the week predetermined for this calendar.
It select the calendar that use for this resource. If it wants to use the calendar predetermined of the project, select «Any».
Begin to start with (EE)
The test of tables in the database «%s» failed.
This format does not endure reading
Commutate fixed length
Desenlaza The tasks selected
Use day of the basic calendar
Use working time of the derivative calendar
Week %d, %d
It goes to open a dialogue of edition by each one of the %i tasks. Sure that it wants to do this?
Highlight critical tasks
This would delete the lists of %(size)s, some of which are:
It confirm the subscription of %(addr)s to %(name)s(%(listid)s):
The subscription can be expecting of verification, confirmation or approval as it correspond.
%s Has given  of drop of this list.
Add a new owner to
Add an email address in each line
Addition {} like owner of {}
All the members have been given of drop of the list.
Confirm elimination of all the members
Descartar (Without notification)
Each subscription to the list can have specific preferences of Mailman.
If the action of mitigación DMARC is munge_from or wrap_message, would have to apply to all the messages in spite of the political DMARC of the command in Of:.
Last message the
Filter types MIME in the messages entrantes. It can find a list of common types here
The list of post already exists.
It choose at least one
Maximum size of message
Maximum number of receptors
The member does not exist
Password modified satisfactorily
It enter a pattern.
It indicate a valid command
It enter a valid pattern.
Politics to file messages of this list
Language preferred for interactuar with Mailman. When it defines , it will prevail on the language preferred of the list. This affects to the language that will use  for his notifications by post and similar.
Refuse the message
Remove %(address)s as %(roletranslated)s?
Deleted {} like owner of {}
Answer and continue the process
Send round-ups (digest) periodically
Envoy to the administrators of the list from the commando 'mailman notify'.
Envoy to the administrators of the list to notify them when a member has given  of drop.
Envoy to the administrators of the list to notify them when a member has increased his computation of rejections.
Envoy to the administrators of the list to notify them when a member has  desactivado by excess of rebounds.
The command %s has been deleted.
Command from which wants that it serve  the UI. It can be the same that the Server of Post or another distinct. It can edit the list of servers available web here.
The maximum size of message allowed in KB. Can use  to avert emails with attachments very big. A size of 0 deshabilita the verification.
The message sent to subscribers when it has invited them  to join  to a list.
The message was descartado
The notice sent to a remitente when his message retains  for approval of the moderador.
Quantity of days after which the information of rejection of a member is considered expired. If they did not receive  new rejections in said time,  reiniciará his puntaje of rejection to zero. This value has to be a whole number.
The application could not  moderate: %s
The messages selected were accepted
The user %(email)s is not in the group %(role)s
The user could not be deleted: %(msg)s
This can put  to no to announce lists that do not wish to include the cabecera List-Post because it does not recommend  send to the list.
This verifies that the direction of sending of the list or an acceptable alias appears explicitly in a cabecera Stops: or CC: in the sending.
To contact with the owners of the list, use the following email address:
Type of chain of process to use in this list
It does not have permission to visit this page.
%s (Server X2Go)
%s - Preferences of Impression
%s - Error of SSH
%s - Error in the audio
%s - Problem in the audio
%s - Export profile of session
%s - Export profiles of session
%s - Folder home unknown
%s - Error of impression
%s - Failure in the session
%s - Unknown error
%s Managing of Profiles - %s
%s Managing of Profiles - %s (connected)
%s Managing of Profiles - %s (unchanged)
Share local personalised folder
- There are installed printers -
About %s (%s) ...
Change title of the session to
It chooses a public key SSH
It chooses an icon for this profile of session
Convert codings among client and server
Title of session customised
Share Desk with %s is not endured by the server
Discover key SSH or use the agent SSH for the authentication X2Go
Obtain complete access
Execute the application
Manage Profile of Session
Menu of applications published
Any of the profiles of session could be imported...
Open this window of dialogue
Save PDFs in a folder
Information of the Server - %s
The broker of sessions is not connected
Share session of desk - %s
Initiate new Session RDP
Initiate session automatically after the login
Finalise Session (and desconectar)
Finalise Session (and desconectar/exit)
The key SSH of the proxy is not valid or has not been accepted by the user
The key of the remote server is not valid or has not been accepted by the user
Trinity X Desktop (similar to KDE3)
Use title of session by defect
Use like Staff for New Profiles
Use type of archive MIME for the local import
Share local folders
Use the same authentication for the servers proxy and X2Go
Use this printer
Windows Terminal Server (RDP Direct)
%(natoms)i Atoms: %(symbols)s, Volume: %(volume).3f A3
Add new direction:
By initial load
Coordinates are relative to the centre of the selection if there is any. In another case are absolute.
It could not  read {}: {}
Creating a nanopartícula.
Error: element invalid!
Energy: {:.3f} eV
Obtain from the database
Images have to have energies and forces, and the atoms have to move.
Information on the cluster created:
Longitudes [Å]: {:.3f}, {:.3f}, {:.3f}
Maximum force: {:.3f} eV/Å
Please, it specify a consistent set of atoms.
Drawing %d atoms.
Scale of speeds:
Select the atoms restricted
Show the unitary cell
The unitary cell is fixed.
The unitary cell varies.
Volume: {:.3f} Å³
It has not specified still a consistent set of parameters.
Movér Atoms selected
Rotar Atoms selected
%d Album (%d)
%d Stray archive
%s (%d Clue)
%tt By %ta
A complement of example in Python without characteristics
Artist - Number - Title
Examine this album
Check if there is new episodes:
Check if Rhythmbox already is  executing
The clock is not correctly adjusted
Connecting to music shared
Control Rhythmbox using an infrared remote control
Copying clues to the library
It could not  create a temporary archive to write in: %s
Not registering the shell
Obtain more clues
If it chooses to delete the provider and the archives, will lose  permanently. It take that it can delete only the provider and conserve the archives downloaded selecting delete only the provider.
Import %d clue listed
Listen the radio of similar artists
Uploading the biography of %s
Uploading letters for %s of %s
Interface of MPRIS D-Bus
Magnatune Is a company discográfica on line that it is not wicked.
Interface of MediaServer2 D-Bus
Any source registered can handle URIs %s
Number. Artist - Title
Showing only %d resulted
Print the title and artist of the song reproduced
It provides an implementation of the specification of interface MediaServer2 D-Bus
Rhythmbox Is free software, based in GTK+ and GStreamer, and can expand  by means of complementos written in Python or in C.
It select a folder for the Podcasts
It select a location that contain music to add it to his library:
Select new art
Show information related with the artist and song at present in reproduction.
The URL «%s» already has added  like an emisora of radio. If this is a provider of Podcast, delete the emisora of radio.
The provider does not contain any downloadable element
There was a problem when adding this Podcast: %s. It check the URL: %s
This version of Rhythmbox has been excluded.
Main admirers of the artist:
Transferring clues to %s
They could not  write the labels in this archive since it contains multiple flows
Use ReplayGain to provide a volume of consistent reproduction
The volume is now %.02f
With clues longer first
With songs reproduced more frequently first
With more recently added clues first
Width of the brink around the label and image in the dialogue of alert
It has not selected any music, lists of reproduction or podcast to transfer to this device.
Apply compression to avert courts
n - Following clue
"%s" Specifies several packages:
%s %d Defined multiple times
%s Can not be installed
%s: Fflush fallido: %s
%s: rpmReadSignature Failed: %s
--excludedocs Only can be specified during the installation of the package
--includedocs Only can be specified during the installation of the package
--relocate And --excludepath only can be used when they install  new packages
Erroneous syntax: %s(%s)
Duplicate entrances %s in the package: %s
Error when analysing %%setup: %s
The archive %s has less than %or bytes
Archive %s: %s
Internal error: erroneous Label %d
Any number source %or
Under it is excluded: %s
Version of RPM %s
Too many arguments in the line of data in %s:%d
] Expected at the end of the arrangement
Build binary package from <source package>
Build binary package only from <tarball>
Build package source only from <source package> - calculate what requires the dynamic compilation
buildroot Already specified, ignoring %s
Not executing %%post scriptlet (if there is)
Not executing any %%triggerin scriptlet(s)
Not executing any %%triggerprein scriptlet(s)
Not executing any scriptlet detonated by this package
Error when creating the temporary archive %s: %m
Entrance %%changelog incomplete
Line %d: %s: %s
Line %d: erroneous Number: %s
Line %d: Docdir has to initiate with '/': %s
Line %d: The prefices have to finalise in "/": %s
Line %d: The label only receives individual patterns: %s
Line %d: the scripts executable has to initiate with '/': %s
Fault %c %s
It is missing the architecture for %s in %s:%d
Second ':' omitted in %s:%d
Any description in %%changelog
The package %s already was added, replacing with %s
The load of the package can be compressed using bzip2.
predefine MACRO With value EXPR
Print the version of rpm that is being used
Provide start less detailed
realojar The package to <dir> if this is realojable
rpmdb: Headed damaged #%or recovered -- omitting.
Abbreviation for --replacepkgs --replacefiles
Expecting the blockade %s on %s
It expected  { after : in the expression
It expected  | at the end of the expression
© 2008-2020 Kåre Särs
Desactivar Automatic selections
Help with the translations
Open the dialogue to save for each image
Open the dialogue to save only for the first image
Saving: %v kB
No found. Please, it specify a directory of valid music in the preferences.
Already it exists a flow with this name. It wishes to replace it?
Create columns in the list of current reproduction
Erase the flows selected?
If it is actuated, Sonata will update automatically his library when it initiate .
Information on the album in Wikipedia
Information on the artist in Wikipedia
Venue and remote
Python Is not able to interpret %s like a number.
Replace with the/the element/s selected/s
Replace with the/the flow/s selected/s
The arguments «toogle» and «popup» require «D-Bus». Aborting.
Unseen/sample extra information
Update the complete library
Use: sonata [OPTION]... [Order]...
Use local image...
Use remote image...
Day of music
Hour of music.
Hours of music.
FLAC Without losses (.flac)
In a folder specified
In the folder %s
Limit the number of parallel tasks
The codificador Mp3 is not present.
Delete all the characters except letters, digits and ./_-
The same that the one of entrance, but with an additional suffix
Number of clue - Title
Apply to all the tail
300 ppp, draft, colour, black cartridge + colour
600 ppp, colour, black cartridge + colour
600 ppp, colour, black cartridge + colour, paper for photos, normal
Location of the printer of net
Opening connection to %s
Although one or more printers are marked like shared, this server of impression is not exporting the printers shared to the net.
The best quality (colour, in photographic paper)
Choose a server CUPS different
Connect to a server CUPS
Really it wants to cancel this work?
Really it wants to delete these works?
It enable the option 'Publish printers shared connected to this system' in the parameters of the server using the tool of administration of impression.
For each tail, you can adjust the size of page by defect and other options of the controller, as well as see the levels of ink/toner and the state of the messages.
For the printer that has selected there are available controllers to download.
Maintained by Authentication
Retained until the second turn
Retained until the third turn
The printer is connected to this computer or is available in the net?
Host or printer LPD/LPR
No, I do not accept this licence
Photo (in photographic paper)
Photographic and tricolour
Photo with eyelash desprendible
It select the device that pretends to use in the list of down. If it does not appear in the list, select «does not appear».
It select the printer of net that pretends to use in the list of down. If it does not appear in the list, select «does not appear».
The printer «%s» needs the program «%s» that is not installed. Install it before using this printer.
Publish printers shared
Remember first to upload paper of the type '%s' in the printer.
Printer CUPS remote road DNS-SD
Look for a controller of printer to download
The printers shared are not available for others unless it actuate  «Publish printers shared» in the configuration of the server.
Omit empty pages
Staple (inferior left)
Staple (inferior right)
The printer CUPS in the server is not shared.
The archive PPD of the printer '%s' does not conform with the specification. The possible reasons:
It can that the password was wrong or that the server have configured  to refuse the remote administration.
The password can be wrong.
The reason given is: «%s».
There are not messages of state for this printer.
There was a problem when processing the document `%s' (work %d).
There was an error HTTP: %s.
These controllers do not come from the provider of his operating system and will not be covered by his commercial support. It see the terms of the licence and support of the provider of the controller.
The current preferences will lose . It will use  the configuration predetermined of the PPD new.
This will delete the class.
To enable it, select the box 'Enabled' in the eyelash of 'Political' of the printer, in the tool of administration of impression.
With this selection, will not download  controllers. In the following steps, will select  a controller installed locally.
It wants to print a page of test?
`%s' Has added , using the controller `%s'.
Printing page of test
A configurator of graphic tablets
It connect his tablet and do click in «Freshening» to detect it.
It creates a new profile predetermined
It deletes the current profile
Button hardware %1 detected.
If it is actuated, the tablet will issue tactile events.
If it is actuated, the tactile events can recognise gestures.
If it is actuated, the tablet broken automatically together with the screen.
In this module can configure the profiles of his tablet Wacom
Left band up
Register manually a device of tablet
Minimum distance to recognise a gesture of enlargement.
It plant the pointer of the mouse inside the dialogue, but do not do click in him.
Number of keys exprés available:
Number of points recortados (2 by omission)
Number of data in the rough used to filter the points (4 by omission)
It press now the button %1 of the tablet.
The profile %1 does not exist. It apply %2 in his place
Right band down
Right band up
Select key function
It touch to execute an action.
Minimum distance in units of the tablet to recognise a gesture of enlargement.
-D name = Use the archive cache of DNS 'appoint'
-G = suppress gr�fico by hours
-H = Suppress are�sticas by hours
-L = suppress legends coloreadas of the gr�ficos
-P Name = uses extension of paginas 'appoint'
-Q = Suppress ALL the messages
-G n = Group the Commands to N levels
-h = Show this message
-Or dir = directory of start
-r Name = hide the link origin 'appoint'
-t Name = title the report 'appoint'
-Or name = hide the URL 'appoint'
-x Name = uses extension of archives 'appoint'
- Creating the groups: %s
- Groups %s desactivados
- Deleting to %s of the group: %s
- Updating the groups: %s
Warning: all the events in this container will be deleted before inserting the archive ics
Already it exists a collection in this route.
The anonymous users do not have permission to modify calendars
The calendar "%s" was uploaded from a file.
Confirm elimination of the collection
Confirm elimination of the ticket
Current version of DAViCal
Server CalDAV DAViCal
The collection of fate does not exist
Error: The complete name can not be empty.
It provide a name of user, if it knows it, and do click here to send him a temporary password.
Error NoUserFound with filter >%s<, attributes >%s< , dn >%s<
Error consulting the database.
The applications GET in collections only are available for calendars.
Adding new permissions to this Main
Help with the current screen
It is a calendar
List external calendars
Member deleted of this group
No. of Principals
Ignore a blockade
Please it confirm the elimination of the collection - see further down
Please it confirm the elimination of the Main
Permissions given to all the users
Read ACLs (checklists of access) of a resource or collection
Inform of a problem in the system
Planning: hand an invitation
Planning: send a response
Planning: send an invitation
The resource of origin does not exist.
State: %d, Message: %s, User: %d, Route: %s
Synchronise groups LDAP with DAViCal
The resource does not exist in this server.
The link will be deleted.
The option calendar-free-busy-set is substituted by the property schedule-calendar-transp in a collection of type calendar
The request calendar-query has to execute against a calendar or a collection of planning.
The complete name can not be in target.
The format of date used by this person.
It occurred an error when reading the database.
This operation does the following: check the valid users in LDAP check the users in DAViCal , after this: if an user is in DAViCal but no in LDAP, mark it like inactivo if an user is in LDAP but no in DAViCal, create it in DAViCal if it is in both, update the information in DAViCal
This page checks if the surroundings is the necessary so that DAViCal work correctly. The suggestions and the patches to do it more useful are welcome.
Visit the Wiki of DAViCal
driversldap : It failed the bind in the host %1$s by the port %2$s with DN %3$s
driversldap : It could not  connect to LDAP by the port %s in the host %s
drivers_pwauth_pam : It did not find  the file %s
Route to store his ics
Codec Of audio %s: %s (%s)
Autosuspender For device USB %s [%s]
Autosuspender For device unknown USB %s (%s:%s)
Calibrating devices USB
Intel Built in concentrator USB
Disk SATA: %s
Link SATA: %s
Saving of Energy Wireless for interface %s
As well as support for points of follow-up in the kernel:
package cpu %i
