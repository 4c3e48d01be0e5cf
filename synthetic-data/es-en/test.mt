%d ppp, %s
%d x %d Pixels
%d x %d ppp
%G x %g %s
%s (Occurs %or)
%s (Only reading)
%s (Review %d)
%s (Try %s, %s, %s)
%s For a straight line
%s For angles restricted
%s For steps restricted
%s For values restricted
The complement %s finalised correctly but has not give an image
%s For emborronar
%s To burn
%s To move all the line
%s To collect a background colour
%s For redimensionar the focus
%s For rotar
%s To fix a new origin of saneado
%s To focus
%s To expand
%s Version %s
%s+pulsación: Extend selection
%s: Add checkpoint
%s: Add checkpoints to all the canals
%s: Change horizontal and vertical
%s: Change original and filtered
«%s:» It is not a diagram of URI valid
(Teclee A character any one to close this window)
1,700 K – Llama of phosphorus
2,700 K - soft (or or warm) lamps LED
5,500 K – vertical diurnal Light, flash electronic
6,500 K – diurnal Light, nublado
Add «%s» to the list of active controllers
Add «%s» to the list of active filters
Add mask of layer
Add a mask to the layer
Add notable information, in English, in the report of error explaining what was doing when sucedió the error.
Add the current colour to the historical of colours
Adjust the shine and the contrast
Adjust curves in linear light
Adjust automatically the levels for all the canals
Adjust levels in linear light
Area affected (%s)
Tool of alignment:Range or it plant layers and other objects
Allow select the entirely transparent regions
Also in the group:
Quantity by heart used by the process
It rescued  an image of the grave error. It wants to try recover it?
And a lot, much more…
Apply effect periodically
Apply the dynamics stored
Apply the palette stored
Apply the transformation will generate an element %g times bigger that the image.
It is sure that it wants to delete «%s» of the list and of the disk?
It is sure that it wants to delete «%s» of the list and delete it of the disk?
Arrangement 'canals' has only %d members, has to have 5
Assign a profile of colour to the image
Reduce automatically to the rectangular form nearer inside a layer
Basic area fill in all the visible layers
The paintbrush «%s» is not a paintbrush generated
Tool of filler: fill with a colour or pattern the area selected
RGB Incorporated (%s)
It can not  work on an empty image, add a first layer
It can not  convert this layer in a normal layer because it is not a floating selection.
It can not  convert to a palette with more than 256 colours.
It can not  recortar because the active layer already is recortada to his content.
It can not  recortar because the current selection is empty.
It can not  recortar because the image already is recortada to his content.
It can not  aplanar an image without a visible layer.
It can not  do float the selection because the region selected is empty.
It can not intersecarse with an empty selection.
It can not  combine a floating selection.
It can not  combine an invisible layer.
It can not  delete this layer because it is not a floating selection.
Change the size of the text selected
Look for updates (requires internet)
Select tone of grey based in
Choose what has to block 
When cleaning the historical to undo of this image will recover  %s by heart.
It press on any image to add the colour to the palette
It press on any image to collect the background colour
It press to add a fencer
It press to add a point on this segment
It press to add this guide to the list
It press to close the curve
It press to connect this anchor with the extreme selected
It press to create a new component of the route
It press to trace the line
It press to paint
It press to choose this route like first element
It press to plant a horizontal guide
It press to plant a vertical guide
It press to plant vertical guides and horizontals
It press to delete this point
Press to establish a new origin of saneado
It press to focus the line
Press and it tug to change the form of the curve
Press and it tug to create a new selection
Press-tug to insert an anchor in the route
Press and it tug to move or remove the deslizador
Press and it tug to move the component around
Press: select Tug: move
Tool of cloned: copy selectivamente from an image or design, using a paintbrush
Close all the images
Colour and opacity:
Colorear The image
Calculate a set of búfer of coefficients for the tool «cage» of GIMP
Configure this eyelash
Interface of user consolidated to merge and anchor layers
Restrict axes (%s)
Restrict the transformation to an only axis
Convert the image to colours indexados
Convert the image to RGB
Convert a set of búfer of coefficients to a búfer of coordinates for the tool «cage» of GIMP
Convert the image to a profile of colour
Convert the image to the profile of colour incorporated sRGB?
Converting to RGB (%s)
Converting to scale of grey (%s)
Converting to colours indexados
Converting to colours indexados (step 3)
Layer copied to the clipboard.
Pixels copied to the clipboard.
Create a new staff
Create a new layer
Create a new route
It believes images and edit photographs
Personalised fixed width
Cut the pixels to the clipboard.
Transaction DDE busy
Debug in case of error (never|query|always)
New image predetermined
Predetermine the last options used
Delete the device selected
Delete adjust them selected
Depth of the softened
Detection of RawTherapee (version 5.5 and upper) improved in Windows
Direction of the enlargement
Direction of the transformation
Descartar The invisible layers
Showing [%0.4f, %0.4f]
Distance of the dispersion
Distance on which dispel  the brushstrokes
Distribute aims uniformly in the horizontal
Distribute aims uniformly in the vertical
Not uploading any typography
Not using memory shared among GIMP and the complementos
It wants to replace it by the image that is saving?
Sure that it wants to save the image with this name?
Download GIMP %s (launched the %s)
Download GIMP %s review %d (launched the %s)
Downloading image (%s of %s)
BECAUSE OF the fault of typographies the functionality of text is not available.
Edit attributes of layer
Edit these adjust like curves
Edit this paintbrush
Edit this dynamics
Layer of empty text
Parasite of empty text
Actuate difuminado of transparency
Allow block the proportion of appearance, width, height or size
It enter a description for the bookmark
It enter a name for the palette combined
It enter a name for this staff
Erase with this paintbrush
Error when closing «%s»: %s
Error when creating «%s»:
Error when analysing «%%s»: the line is longer that %s characters.
Error when writing the XCF:
Error when writing XCF: it failed when reserving %d bytes by heart.
Error when writing the XCF: BPC no endured when writing the pixel: %d
Each seal has his own opacity
Export all the routes from this image
Export only the active route
Export adjust them selected to an archive
Export to %s
Exported to %s
First thorough plan (RGB)
First plan to transparent
Failure when importing routes from «%s»: %s
Difuminar Selection in
Improved the support of formats of archives: HEIF, PSP, TIFF, JPEG, PNG, PDF, DDS, BMP, PSD
Fill with simple colour
Tool of volteo: voltear the layer, selection or route horizontally or vertically
Voltear martiz Horizontally
Voltear Matrix vertically
First plan: %d, %d, %d
Tool GEGL: it use an operation GEGL arbitrary
GIMP 2.10.16 it offers several important improvements of usability, a new tool for transformations in the space 3D, a new comprobador of versions and the usual quantity of corrections of errors. Remarkable improvements:
GIMP 2.10.18 it corrects some critical errors, presents native support for archives PSD CMYK and adds a variation of main contrast of the subject of symbolic icon.
GIMP 2.10.4 it includes a big quantity of corrections of errors, as well as several optimisations. The most remarkable changes are:
GIMP Has found an error: %s
GIMP Has found several critical errors.
GIMP Is expandable and extensible. It is designed to be able to to improve it with complementos and extensions to do almost anything. The interface of programming advanced allows to do a script for anything, from a simple task until the procedures of manipulation of images more complex. GIMP Also is available for Microsoft Windows and YOU X.
Gravity of the feather
Agrandar Selection in
Height of the selection
Hide empotrables and other windows, leaving only the windows of image.
Horizontal scrolling of the first line of the rejilla, can be a negative number.
How many recent configurations maintain  in the tools of filtered.
How fill new areas created for «Allowing agrandar»
If it is actuated, the tool of movement changes the layer edited or route like active. This was used to to be the behaviour predetermined in the most ancient versions.
If it does not save the image, the changes from the last hour will lose .
If it exits of GIMP now, these changes will lose .
Ignore the borrosidad of the current paintbrush
Name of illegal variable in the archive of environment %s: %s
The image «%s» (%d) does not contain a guide with the GO %d
The image «%s» (%d) has a precision «%s», but expected  an image with a precision «%s»
Image exported in «%s»
Image saved in «%s»
It imports a new palette
Import adjust from an archive
Import the image from a profile of colour
Include elements linked in the previous view
Sangrado Of the first line
Initiate mask of layer to:
Initiate from the selection
Instantaneous way (%s)
Interval in the axis X (pixels)
Interval in the axis And (pixels)
Data of cabecera no valid in «%s»: width=%lu (maximum %lu), height=%lu (maximum %lu), bytes=%lu
Invest the initial stroke through a point
Also it presents a new complement for the support of the format HEIF, to import and export, as well as 2 new filters: «Esferizar» and «Transformed recursive». These are good examples of our politics of characteristics relaxed in micro stable launchings.
It looks that it has used GIMP %s before. GIMP Will migrate his adjust of user to «%s».
It can not  use the element «%s» (%d) because it is assigned to another image
The element «%s» (%d) already has added  to an image
Maintain a permanent register of all the open archives and saved in the list of recent documents.
Layer selected: «%s»
Right/left to move, space to shoot, «p» for pause, «q» to exit
Allow to GIMP try restore the last session saved in each start.
Level: %s, Lives: %s
Block position and size
Maintain the position of the pivote while it changes  the perspective (%s)
They added  masks in groups of layers in %s
Maximum strokes in X
Maximum scale of points of refinement that will use  for the mesh of interpolation
Maximum longitude of the curve (in pixels) to close the linear art
Maximum jump (in pixels) in the linear art that can close 
Maximum number of pixels grown under the linear art
Maximum number of strokes in the axis X
Maximum number of strokes in the axis And
Maximum longitude of the straight (in pixels) to close the linear art
Tool of measure: measure distances and angles
Message repeated once.
Message repeated %d times.
The messages redirect  to stderr.
Visualisation and edition of metadatos for Exif, XMP, IPTC and DICOM
Cabecera Magic stray.
Import of XCF more robust
Mounting remote volume
Move the floating selection
Tool move: move layers, selections and other objects
Move the active route
Move the controller selected upwards
Move the filter selected downwards
Tool paintbrush MyPaint: use paintbrushes MyPaint in GIMP
The paintbrush MyPaint «%s» is not editable
Number of colours:
Cruise by the image
Scrolling x negative: corrected %d for the layer %s.
New option to export PNG, JPEG and TIFF with a profile of colour; always export PSD with a profile of colour
New support for glifos located («locl») in the tool of text depending of the value of the option «Language» of the tool
There are not paintbrushes MyPaint available to use with this tool.
There are not available paintbrushes to use with this tool.
No longer it finds  available
There are not dynamics of available painting for his use with this tool.
There are not available patterns for this operation.
It is not a regular archive
Notifications when an image is on/subexpuesta
Number of frames of animation
Number of levels of submuestreo that use
Number of layers:
Number of levels to represent the solution
Number of asynchronous operations in course
Number of routes:
Only in memory
Open image like layers
Opening remote archive
Tool of operation: use an operation GEGL arbitrary
Way of compatibility PDB (off|on|warn)
Paint on zones to mark values of colour for his inclusion or exclusion of the selection
Draw in GIMP
The palette «%s» is not editable
The palette «%s» is not renombrable
Paste icon of the clipboard
Paste like a new layer because the aim is a group of layers.
Tool of routes: create and edit routes
Tool of perspective: it changes the perspective of the layer, selection or route
Select objective (%s)
Choose a layer or guide
Collect colour of the image
Select grey point for all the canals
Select grey point for the canal selected
Select white point for all the canals
Select white point for the canal selected
RGB Preferred (%s)
It press %s to close all the images.
It press %s for descartar all the changes and close all the images.
It press %s to exit.
Presione «p» To continue
It press INTRO to make the transformation
Presione «Return» to convert to a selection
The procedure «%s» has called  with a value «%s» for the argument «%s» (#%d, type %s). This value is out of the limits.
Promote the images imported to precision of floating comma
Promote the images imported to precision of floating comma. It does not apply  to images indexadas.
RGB With alpha
RGB Without alpha
Radio of the rounded in pixels
Elevate this element until the peak
Import of images in the rough to handle changes of API in darktable 3.6 and upper
Read the language selected
Reduce the image to two colours using a threshold
Reduce to a set limited of colours
Reflect consecutive strokes
Reflect the initial stroke through a horizontal axis
Remove «%s» of the list of active controllers
Renderizar Previous view in real time (slow)
Renderizando fotograma %d
Replace the partial transparency with a colour
Reestablish all the preferences
Reiniciar The filter selected with the values predetermined
Restrict the edition to poligonales
Return makes the action, Leakage cancels, Shrinking removes the last segment
Tool of rotation: rotar the layer, selection or route
Round the corners of the selection
Save «%s» like POV-Ray
Save the options of tools now
Save the positions and sizes of the main dialogues when exiting of GIMP.
Save this archive XCF with a better but more slow compression
Save this image
Tool of escalado: scalar the layer, selection or route
Scalar around the central point
Scalar the image to the size chosen will do that it use more memory of which is configured like «maximum Size of the image» in the dialogue Preferences (at present %s).
Scalar the image to the size chosen will shrink some layers until disappearing entirely.
Cloned continuous: it paste continuously an image in another
The segments do not span the rank 0-1.
Select the action for the event «%s»
Select profile allocate
Select an image in the left signpost
Select an operation of the list from above
Select by colour
Tool to select by colour: select regions with similar colours
Define layer or route like active
Establish the image to %.2f ppp
Establish the name from the text
Establish the number of columns
It establishes how many threads would have to use GIMP for operations that admit it.
It establishes the colour and opacity predetermined for the dialogue «new Canal».
It establishes the maximum number of colours predetermined for the dialogue «Turn indexado».
It establishes the minimum quantity of operations that can be refuse. More levels to undo maintain  available until it achieves  the limit of levels to undo.
It establishes the size of the cuadriculado used to show the transparency.
It obtains the size of the previous views in the Historical to undo.
It establishes the type of pointers of the mouse that use.
Several improvements of usability in the subjects and official icons
Show points of sample
Show active image
Show size dibujable
Show the pet of GIMP on of the box of tools.
Show the active image in the box of tools.
Show values in linear space
Show information of the version and exit
Size in the memory:
Size in pixels:
Size of the miniatures:
Size of a cell for a variable number of guides of composition
Adjust to the guides
Speed of the ants marchantes in the outline of the selection. This value is in milliseconds (less time indicates a course but fast).
Split the segment of degraded uniformly
Split the segments of degraded uniformly
Split segment in half
Split segments in half
Support of the collect-colour and captures of screen for Wayland in KDE Plasma
It added  support for archives of main image that 4GB in %s
Change to another group of ways
Go to the dialogue Export
Go to the dialogue Save
Tool of text: create or edit layers of text
The option «Enderezar» of the tool of measurement now allows the enderezamiento vertical
The finder of help of GIMP is not available.
The degraded actuate can not  write and can not  edit directly. Desmarque This option to edit a copy.
The active layer does not have a canal alpha.
The position of the active layer and his size are blocked.
The active route does not have strokes.
The active route is blocked.
The canal affected
The rank affected
The value alpha
The quantity of colour of paintbrush to mix
The empotrable elected contains a box of tools. Closing the box of current tools and try it again.
The archive given does not have an extension known.
The image has exported  in «%s».
The maximum number of actions saved in the historical.
The name of the subject that use.
The operating system does not have memory or resources.
The option that actuates the compatibility with OpenCL has moved  to the eyelash Surroundings in Preferences
The complement of capture of screen in Windows now has an option to capture the cursor
The extension no  intersecta with the layer.
The force of the difuminado
The miniature in the dialogue Open will be updated automatically if the archive that is  previsualizando is smaller that the size established here.
The manual of the user is not installed locally.
There is not a layer or active canal from where cut.
There is not a layer or active canal to fill
There is not a layer or active canal where can trace 
There is not an active layer that cut.
There is not any layer that move.
There is not any palette that import.
There is not any selection that fill.
There is not any selection that trace.
There is not any selection that transform.
There is not any visible layer to which do the combination.
There is an image with changes no saved:
There is %d images with changes no saved:
It has to have at least two palettes selected to combine.
There is not sufficient memory to complete the operation.
These characteristics are unfinished, with errors and can block GIMP. It is not recommended to use them unless really it know what is doing or pretend to contribute with patches.
Threshold to detect the outline (what elder was the value will include  more pixels)
To help to improve GIMP can inform of the error following these three simple steps:
Total quantity of data written in the area of exchange
Total size of the memory of scratch
Total size of the búferes temporary
Total size of the memory of mosaic
Transform around the central point
Transform in the frame of local reference
The transformation creates a very big image.
Trying add the element «%s» (%d) to the mistaken image
It can not  add a mask of layer since the layer already possesses one.
It can not  cut or copy because the region selected is empty.
Units of width, height or fixed size
Type of archive of unknown palette: %s
Use GIMP in way of only window.
Use the browser web
Use compensation of blackhead
Use commentary predetermined
Use a copy installed locally
Use an archive «sessionrc» alternative
Use an archive of system «gimprc» alternative
Use the version on line
The object of vectors %d does not contain a stroke with the GO %d
Vertical scrolling for the distribution
Vertical scrolling of the first line of the rejilla, can be a negative number.
It visit the website of GIMP
We expect that it never need these options, but as all the software, GIMP has errors and can occur blockades. If sucede, can help us informing of errors.
What do when the bar espaciadora presses  in the window of image.
When adding brinks, acts as if the areas selected continued out of the image.
When it is actuated, GIMP will not save an image if it has not modified  since it opened .
When it is actuated, the dialogues will show a button of help that gives access to the page of help related. Without this button, the page of help can see when pressing F1.
When it is actuated, the window of the image  redimensionará automatically when they expand  or reduce the images. This configuration only has effect in way multiventana.
When it is actuated, the cursor will show  on the image when using a tool of painting.
When it was actuated, the degraded selected will use  for all the tools.
When it is actuated the selection is visible of form predetermined. This also can  actuate with the instruction «See->Show the selection».
When it was actuated this will ensure that each pixel of an image assign  to a pixel of the screen.
When it was actuated this will ensure that the image see  complete after opening , of another way will be showed with a scale of 1:1.
To the difuminar, acts as if the areas selected continued out of the image.
When shrinking, acts as if the areas selected continued out of the image.
When the quantity of data of the pixel exceeds this limit, GIMP will begin to exchange tiles to the disk. This is very slow but make to work with images that would not fit in the memory of another form. If has a lot of RAM, perhaps want to put this to a taller value.
If the text flows inside a rectangular form or jumps to a new line when pressing Intro
Width of the selection
Work in RGB linear
Coordinate X of the left upper corner
Coordinate And of the left upper corner
It is trying to create an image with a size of %s.
Also it can close the dialogue directly but inform of the errors is the best way to improve his software.
It can use this dialogue to export to diverse formats of archive. If it wants to save the image in the format XCF of GIMP, use Archive→Save in his place.
It can use this dialogue to save in the format XCF of GIMP. It use Archive→Export to export to other formats of archive.
Has configured a folder of data in which it can write (%s), but this folder does not exist. It believes the folder or fix his configuration in the section «Folders» of the dialogue Preferences.
It can choose choose a manual in another language or read the version on line.
His text can not  renderizar. Probably because it is very big. Do it shorter or use a smaller typography.
His options of tools will reestablish  to the values predetermined the next time that initiate GIMP.
Axis Z (%s)
Dump the events from this controller
Delete this paintbrush
Fill by detection of linear art
Paste the búfer in his place
Paste the búfer in the selection in his place
Paste the búfer in the selection
Paste the búfer like a new layer in his place
Paste the búfer selected
Paste the búfer selected like a new layer in his original position
It paste the búfer selected in his original position
Paste the búfer selected in the selection in his original position
Add this canal to the current selection
Canal to selection
Create a copy of this canal and add it to the image
Intersectar This canal with the current selection
Block position of the canal
Elevate this canal until the peak of the battery of canals
Select the lowest canal
Select the canal underneath of the current
Select the tallest canal
Embezzle this canal of the current selection
Intersectar With the selection
Add all the pixels with this colour to the current selection
Intersectar All the pixels with this colour with the current selection
Select all the pixels with this colour
Embezzle all the pixels with this colour of the current selection
Select this colour
Background tone: reduce 1%
Background tone: augment 10%
Background colour: establish to the maximum
Background saturation: establish
Background saturation: establish to the maximum
Background value: reduce 10%
Background value: augment 1%
Background value: augment 10%
Background value: establish
Selection of paintbrush: select by index
Selection of typography: select by index
Selection of degraded: select by index
Selection of patterns: select by index
Tool of opacity: do 1% more opaque
Tool of opacity: do 10% more opaque
Tool of opacity: do 10% more transparent
Selection of tool: choose by index
Use the colour composed of all the visible layers
Icon of tool with cross
Elevate the signpost when the size of exchange approaches to his limit
Debug warnings, critical errors and blockades
Never debug GIMP
Open the editor of paintbrushes
Open the dialogue of paintbrushes
Open the dialogue of canals
Open the signpost
Open the dialogue of typographies
Open the dialogue of degraded
Open the dialogue of images
Open the dialogue of preferences
Open the dialogue of symmetry
Look for commandos by keyword and execute them
Follow automatically the active image
Move to the screen
Protect this eyelash to avert the tug with the mouse
See like list
Open the entrance selected
It deletes the entrances for which is not available the corresponding archive
Block pixels of the dibujable
Block position of the dibujable
Rotar The dibujable 90 degrees leftwards
Create a new dynamics
Edit the active dynamics
Erase the pixels selected
Copy the pixels selected to a búfer with name
Create a new image from the content of the clipboard
Create a new layer from the content of the clipboard
Move the pixels selected to a búfer with name
Move the pixels selected to the clipboard
New layer in his place
Paste in his place
Paste in the selection
Paste the content of the clipboard in his original position
Paste the content of the clipboard inside the current selection
Redo the last operation undone
Redo the last operation undone, jumping changes of visibility
Undo the last operation
Undo the last operation, jumping changes of visibility
Select all the errors
Format of portable document
Create a new staff from this image
Export the image
Open like layers…
Save a copy of this image, without affecting to the original archive (if it exists) or to the current state of the image
Save and close…
Save this image with a different name
Use all the layer like entrance
Use the selection like entrance
Colour to alpha…
Turn and compress…
Fattal Et al. 2002…
Luz and shadow
Agrupamiento Iterative linear simple…
Elastic contrast HSV
Reexamine the installed typographies
Upload right colour from
Save right colour in
Upload left colour from
Rule of the fifth
Rule of the thirds
Guess the ideal size
Adjust the dimensions of the image
Apply a profile of colour to the image
It changes the size of the content of the image
Recortar The image to the dimensions of the selection (remove the empty brinks of the image)
Adjust canvas to the layers
Redimensionar The image to cover all the layers
Broken the image 90 degrees to the left
Establish a profile of colour in the image
Convert to profile of colour…
Convert the image to floating comma of 16 bits
Convert the image to integer of 16 bits
Convert the image to floating comma of 32 bits
Convert the image to scale of grey
Convert the image to linear light
Delete this image
All the layers linked
Fix to the layer
Colour HSL (l)
Saturation HSV (inherited)
Value (HSV) (l)
Value HSV (inherited)
Clarear Only (inherited)
Actuate the action of edition predetermined for this type of layer
Add canal alpha
Add a mask with the last values used
Add the mask of layer to the current selection
Add the canal alpha of the layer to the current selection
Anchor the floating layer
Apply mask of layer
Apply the effect of the mask of layer and remove it
Change the size of the content of the layer
Create a new layer and adds it to the image
Create a new layer from what is visible in this image
Create a new layer with the last values used
Recortar The layer to the dimensions of the selection
Delete mask of layer
It erases this layer
Ignore the effect of the mask of layer
Edit text in canvas
Establish the mask of layer like his intersection with the current selection
Block the pixels of the layer
Block the position of the layer
Layer to size of image
Combine all the visible layers in an alone layer
Combine all the visible layers with the last values used
Combine this layer with the first visible layer that is underneath of her
Move this layer to the inferior part of the battery of layers
Substitute the selection with the mask of layer
Substitute the selection with the canal alpha of the layer
Show mask of layer
Select the inferior layer
Select the following layer
Select the anterior layer
Select the lowest layer
Select the layer above the current
Embezzle the mask of layer of the current selection
Embezzle the canal alpha of the layer of the current selection
Convert this layer of text in a normal layer
Edit mask of layer
Embezzle of selection
Create a new paintbrush MyPaint
Duplicate paintbrush MyPaint
Edit paintbrush MyPaint
New paintbrush MyPaint
Create a new entrance from the colour of first plan
Edit active palette
New colour from the fund
Duplicate this palette
Edit this palette
Delete this pattern
Open the pattern like an image
Mask the areas selected
Difuminar The brink of selection so that it dispel  softly
Contract the selection
Replace the selection by his brink
Create a new image from the staff selected
Create an image from the staff
Erase all the text
Upload text from an archive
Vertical, right to left (vertical orientation)
Route from the text
Show when pressing
Restore this preajuste of tool
Rotar The dibujable an arbitrary angle
Rotar An image an arbitrary angle
Select regions with similar colours
Add a horizontal guide
Add point of sample
Add a vertical guide
Anchor a floating selection
Attach parasite to the image
Attach a parasite to the element
Convert the image to integer gamma of 16 bits
Convert the image to linear integer of 32 bits
Convert the image to linear integer of 8 bits
Fill with transparency
Fill with target
Floating selection to layer
Route to selection
Delete the floating selection
Remove point of sample
Rotar %-3.3g° around (%g, %g)
Enderezar Horizontally %-3.3g°
Using %s version %s (compiled against the version %s)
The value for the signal %s is not a chain UTF-8 valid
It creates a new route with the last values used
Duplicate this route
Fill the route
Fill the route with the last values
Trace the route with the last values
Elevate this route
Select the lowest route
Select the route above the current
Select the tallest route
Select the vector underneath of the current route
Selection to route
Selection to route (advanced)
New route with the last values
It adjusts the enlargement so that the window use  completely
It adjusts the enlargement so that the image see  entirely
Adjust the relation of enlargement so that the selection fill the window
As in the preferences
Close the view of the active image
Configure filters applied to this view
It creates another view in this image
It draws a brink around the active layer
Adjust the window to the size with that shows  the image
Broken the view 15 degrees to the left
Broken the view 15 degrees to the right
Broken the view 90 degrees to the left
Broken the view 90 degrees to the right
Displace page downwards
Displace page upwards
Displace the image so that this centred in the window
Displace to the right brink
Use management of colour for this view
Use an arbitrary colour
Change to the following image
Apply shadow launched to a layer, and optionally biselarla
It could not  write in «%s»: %s
It creates a degraded using the colours of the palette
Short an image along his guides, creates images and a cut of table HTML
Folder for the export of images
Degraded that use
The hole nº1 is in the brink of the gear. The number of maximum hole is near of the centre. The number of maximum hole is different for each gear.
Cuan Far is the hole of the centre of the gear. 100% it means that the hole is in the brink of the gear.
The number of sides of the figure.
Number of teeth of the mobile gear. The size of the mobile gear is proportional to the number of teeth.
Displace the colours of a palette
Palette to degraded
Palette to degraded repeated
Rotation of the pattern, in degrees. The initial position of the mobile gear in the fixed gear.
It orders the colours in a palette
Specify the pattern using one of the following eyelashes:
The number of petals that advance to draw the following petal.
The pattern specifies  only by the active eyelash. «Kit Of toys» is similar to «Gears», but uses the gears and numbers of orifice that appear in kits of toys. If it follows the instructions of the manuals of the kits of toys, the results would have to be similar.
The radius of the hole in the centre of the pattern where will not draw  at all. Die like a percentage of the size of the pattern. A value of 0 will not produce any hole. A value of 99 will produce a thin line in the brink.
The form of the fixed gear that will use  inside the current selection. The shelf is a form rounded long proportionate in the kit of toys. The frame spans the limits of the rectangular selection, use the hole=100 in the notation of gear to touch the limit. The selection will span the limits of the current selection; it try something no rectangular.
The width of the pattern like a percentage of the size of the pattern. A value of 1 solo will draw a thin pattern. A value of 100 will fill all the fixed gear.
Shadow launched and bevel…
Write an archive CSS separate
Add a bevel-edged brink to an image
Add a brink around an image
Add an effect cromado to the region or transparency selected using the estarcido of grey specified
Add a texture as of cloth to the region or transparency selected
Add a shadow launched to the region or transparency selected
Add a line guides in the orientation and position specified in pixels
Add a line guides in the position specified like percentage of the size of the image
Add a diffuse and irregular brink to an image
Add a shadow of perspective to the region or transparency selected
It adds a subtle translucent effect 3D to the region or transparency selected
Add stains of coffee of realistic appearance to the image
All the characters of the name are spaces or characters that can not appear in the names of archive.
Alpha to logotype
Black on target
Desenfocar The brinks of an image for the result form a mosaic with ease
Bookmark to the website of GIMP
Bookmark to the follow-up of errors of GIMP
Bookmark to the leaf of route of GIMP
Bookmark to the manual of user
Esculpir The white areas
Change the map of colours of an image to the ones of the palette specified.
Cromar The white areas
Convert a selection in a pattern
Create a multilayered image adding an effect of curling to the current layer
Create a multilayered image with an effect as if a stone had fallen on the current image
Create a rectangular paintbrush with brinks difuminados
Create an elliptical paintbrush
Create an elliptical paintbrush with brinks difuminados
Create and use the selections
Create four guides around the box of outline of the current selection
Create intermediate layers to melt two or more layers on a fund like an animation
Draw a rejilla as it specifies  in the lists of positions X and And using the current paintbrush
Draw simple objects
Error when executing %s:
Error when uploading %s:
Export the active palette like a dictionary of PHP (appoint => colour)
Export the active palette like a dictionary of Python (name: colour)
Fill a layer with rays that exit from the centre using the colour ahead
Fill the current selection with lava
Fill the region or transparency selected with clues like the ones of a circuit form
Folder for the archive of start
Degraded: loop of triangle
Image to cut
Listen in an IP that was not 127.0.0.1 (especially in the 0.0.0.0) it can allow to the attackers execute arbitrary code in this squad.
New guide (by percentage)…
Number of fotogramas
Remove all the lines guides horizontals and vertical
It rounds the corners of the current selection
Script-Fu Can not process two scripts at the same time.
Server for the remote operation of Script-Fu
Solid noise applied with the way of layer Differentiates
Name of the archive that create (if it already exists an archive with this name, will substitute )
This procedure is obsolete. Use «plug-in-spyrogimp» in his place.
Turn of left to right
Use the dibujable specified like a staff for esculpir of the image specified.
Erase each row enésima…
Erase the others rows…
Preparation of images for the Web
Columns in each layer
%d Is not a spaced of valid sample. The valid values are: 0 (car-detect), 1 and 3.
%s Is not compatible with GIMP in combination with samples by pixel: %d
«%s» Is not an archive PCX
«%s» Is not an archive BMP valid
«%s» Is not an archive GFlare valid.
«%s» Is too wide for a cursor X.
«%s»: EOF Or error when reading the data of the palette
«%s»: Value bpp no allowed in the palette: %hhu
(%llu Bytes more)
(%lu Characters more)
4:2:2 horizontal (half of croma)
A second number of adjacent points to consider when when filtering.
A definition of unit only will save  before it exit of GIMP if this column is marked.
Add additional guides
Add a new unit
Apply a drawing of puzzle to the image
Add an entrance
Add new vector-tmño
Add this image
It adds an effect of shadow to each brushstroke
14 years or inferior
25 years or upper
Range all the visible layers of the image
All the values are fractions of the height of the film
The quantity of error in which an adjust of curve is unacceptable. If any pixel is more far of the curve adjusted, try again.
Quantity of original colour to show where does not fall direct light
Analyse the set of colours in the image
Apply correction of gamma
It applies the paper as it is (without giving him relief)
Apply the varied effects of light to an image
When finalising the pause, press on a window to capture it.
It has failed the car-detection of the spaced of sample. «%s» Does not look an archive HGT valid or his variants even are not endured. The archives HGT supported are: SRTM-1 and SRTM-3. If it knows the variant, execute with argument 1 or 3.
B, G, R, X (style BMP)
Bend the image using two curves of control
Fax CCITT Group 3
Fax CCITT Group 4
Only it can work in layers (but was called in a canal or a mask).
Capture an image of a source TWAIN
It changes the angle of the vector selected
It changes the exponent of the force
Change the intensity of the blue canal
Change the force of the vector-tmño selected
It changes the force of the vector selected
It changes the gamma (shine) of the paintbrush selected
Compress labels TD
It calculates  the colour with the average of all the pixels under the paintbrush
Colorear Image using an image of sample like guide
Combine several images in a tape of film
Combine two images using maps of depth (z-búfers)
Copy destello degraded
Copy an object
Copy the direction of this page in the clipboard
It could not  open «%s» for writing.
They could not  read «%lu» bytes
It could not  convert the image YCbCr JP2 «%s» to RGB.
Create a map of colours with the options that specified up (density/function of colour). The result is visible in the image of previous view
Create a group of layers to store the decomposition
It creates a new layer when it applies  the filter
It creates a new unit from zero
It creates a new unit using like staff the at present selected unit
Create a curve bezier
Create cosmic llamas fractales recursive
Create a rectangle
Create a regular polygon
Created by software
Bend upwards one of the corners of the image
Decodificar Exponent Alpha
Reduce the speed of the animation
Define area poligonal
Deriving palette softened
Digital «image Imaging and Communications in Medicine»
Type of digital source
Digitalizado Of a negative in a film
Digitalizado Of a positive in a film
Draw a rejilla in the image
The dibujables have different size
EOF Or error when reading the data of the image
Each piece has sides curvos
Each piece has straight sides
Ingrese A name for the GFlare copied
It enter the coordinate X of the active point. The origin is the left upper corner.
Error when creating the layer
Error when exporting «%s»:
Error when obtaining the number of pages of the file PDF given.
Error when exporting «%s». It could not  export the image.
Error when reading «%s». It could not  create the structure of information PNG.
Exercise a goat
Export like DDS
It exports images AVIF
Fill (upper to inferior)
Fill with parameter k
Alternative filter wrapping:
Secondary filter envolvente:
Voltear The image vertically when exporting
Fotograma %d (%dms)
The fotograma %d of «%s» is too wide for a cursor X.
GIF Admits precisions of hundredth of second.
Generate an ingente variety of abstract drawings
Retreat a page
Advance a page
Go to the page index
Grey 16 bit without sign Big Endian
The number of pixels (in average) that a curve can differ of the determinate line by his full stops before it change to a straight line.
How many units do an inch.
How much «darken» the shadows launched
How much «darken» the brinks of each brushstroke
How much would have to  desenfocar the shadow launched
Fractal IFS: Black
Fractal IFS: Green
Code ISO of country
The icon #%d has height or width zero
If a point, his predecessors, and his successors define a smaller angle that this, is a corner.
If the active GTM will produce an archive HTML complete with labels , , etc. instead of simply the table HTML.
If the active GTM will replace any rectangular region of blocs idénticamente coloreados with a big cell with values ROWSPAN and COLSPAN.
If the angles among the vectors produced by filter_envolvente and the points filter_envolvente_alternative differ by more than this, use the one of filter_envolvente_alternative.
If the original image uploaded  from an archive JPEG using adjust of quality no standard (tables of cuantización), enable this option to obtain at least the same quality and size of the archive.
If active this option the tall values will exchange  with the basses and vice versa
Image no adapted for this decomposición
Images for cover them
The images have different size
Import from PDF
Import PostScript of
Augment the speed of the animation
Scrolling X no valid: %d
JNG + PNG Delta
Image JPEG XL
Maintain the first value
The big icons and the compression are not contemplated by all the programs. Some ancient applications could not opening this archive correctly.
Layers like pages (%s)
It does that the direction from the centre determine the direction of the brushstroke
It does that the direction to the centre determine the size of the brushstroke
Do that the value (shine) of the region determine the direction of the brushstroke
Upload image HEIF
Upload palette KISS
Upload a fractal from an archive
Uploading the index from «%s»
Mapea The image to an object (flat, sphere, box or cylinder)
Mapear To the object
Mapear To box
Mapear To plan
Máx (x+d, -), (x < 0.5)
Available maximum height
Available maximum width
Maximum value RGB
Icon of Microsoft Windows
Reflect the active curve to the another brink
Move area at the end
Move area at the front
Move at the front
Multiply random value (0,1)
My first fractal
Number of entrances MRU (1 - 16):
Number of segments
Number of levels to undo (1 - 99):
Number of adjacent points that consider when it filters.
Number of points that consider when it decides  if a point given is a good place for subdividir.
Number of points that consider when it determines  if a point is a corner or no.
Number of points that consider in to each side of a point when it calculates  the approximation to the tangente in this point.
Displace all the vectors with an angle given
Once that it selects  the window, will capture  after this delay.
Open archive of fractal IFS
Opening «%s» (fotograma %d)
The archive PDF «%1$s» has %3$d pages. The page %2$d is out of the rank.
It makes several artistic operations
The pixels in the colour of the first plan will appear black in all the images of start. This can use  for things like marks of court that have to show in all the canals.
It install the package of additional help or use the manual of user on line in: https://docs.gimp.org/
Process additional canal eat:
Save type RGB
Random, independent canal
Aleatorizar From seed
Recomponer A previously decomposed image
Reduce the size of the image combining layers if possible
The region selected for the filter is empty
Recargar The current page
Recargar The image
Remove an entrance
Remove optimisation to facilitate the edition
Remove the noise of granulated of the image
Delete the pages selected
Renderizando IFS (%d/%d)
Replace all the colours by shadows of a colour specified
Reread the folder of preajustes
Reestablish parameters to the values predefinidos
Resolution out of the limits of the cabecera XCX, using 72x72
Limits of resultant guides: %d,%d to %d,%d (%d areas)
Revertir To the original image
Rebobinar The animation
Right brink out of the limits (has to be < %d): %d
Save the canal alpha (RGBA/RGB)
Save the drawing Gfig
Save the data IPTC
Save map of image
Save the data XMP
Save the background colour
Save like archive QBE
Save the current configuration in the archive specified
Save the curves in an archive
It indicates if they delete  or no the points «angle» after finding the outline.
Scalar value by:
Looking for by name
Random seed (only for ways «From seed»)
Selection in his context
It select a region to obtain
Select a value
Select an object
Select an existent area
Select folder and freshen the collection
It selects a direction at random in each brushstroke
It selects a size at random in each brushstroke
It select if they will plant  brushstrokes along the brinks of the image
Send by post-and...
Show the checkpoints
Simulate a caricature highlighting the brinks
Divide the image in sub-images using the guides
Some data have been changed!
Only they can  export images INDEXADAS And in GREY.
Special effects that anybody comprises
It specifies the scale of the texture (in percentage with the original archive)
Number of points of the star
Exchange the two curves
Take a capture the screen of an alone window
The archive PNG specifies a scrolling that has caused that the layer was positioned out of the image.
The angle spanned of the first brushstroke
The commentary predetermined is limited to %d characters.
It selects  the direction that more resemble the original image
The distance to the centre of the image determines the size of the brushstroke
The archive is damaged.
The first row of the image
The height of each cell of table. It can be a number or a percentage.
The tone of the region determines the direction of the brushstroke
The main paintbrush that create
The number of directions (p.And. Paintbrushes) to use
The number of pixels in the brink of the table.
The quantity of sizes of paintbrushes to use
Relative density of the brushstrokes
The angle of the first brushstroke to create
The brushstrokes follow a pattern «flowing»
The type of this archive SUN-raster is not endured
The width of each cell of table. It can be a number or a percentage.
These options only are available when the image exported has more than a layer. The image that is treating to export has an alone layer.
This depth of image is not endured
This image has a profile of linear colour but did not establish  in the first layer. The layers under the layer n.º %d Will interpret  as no linear.
This image has several profiles of colour. It will use  the first. If this produced wrong results, consider to upload each layer like an independent image.
Create a mosaic from versions reduced of the original image
Too many canals in the archive: %d
Transferring data from the scanner/camera
Type of source of light to apply
Type of object to mapear
Impossible export «%s». The format of archive PSD does not endure images with layers that have more than 30.000 pixels of width or height.
It could not  open «%s» for writing: %s
Type of unknown compression %d
JPEG 2000%s «%s» with components %d no admitted.
Use Run-Length-Encoding of 1 byte
Use metric of prescriptive error
Use arithmetical coding
Use softened «loglog»
Use reverse value
Use the background colour
See the metadatos (Exif, IPTC, XMP)
With image source
Warning: «%s» is an archive of ancient format.
The width and/or the height of the picture «%s» is zero.
With power degraded (0,1)
With random power (0,1)
Write pages with distinct depth of bit is odd.
Image X BitMap
Image X PixMap
The archive XWD %s has format %d, depth %d and %d bits by pixel. At present this is not endured.
Only it can export like animation when the image has more than a layer. The image that is treating to export has an alone layer.
Image ZSoft PCX
Apply masks of layer before saving
Decompose in layers
Adjust height to the images
Maintain the maximum canals
Maintain circles NCSA in true
Maintain empty space around layers imported
Number of cells:
Substitute the delay of all the pictures still if it is specified.
Substitute the size of all the pictures still if it is specified.
Show images reduced
URL To actuate when it press  on this area: (required)
Use this value only for a picture that do not have specified the delay.
Use this value only for a picture that do not have specified the size.
Van Gogh (LIC)…
With white noise
First inferior layers
There is not sufficient memory to download bits
The partition is upper to 16M
The partition is upper to 512K
First upper layers
%s - Edits archives like another user
%s Is adueñado by uid %or, would be %or
%s Is escribible by all
%s Without modifying
%s Only have permissions of writing by the owner
%s Has to be property of the uid %d
%s Has to be property of the uid %d and have the bit setuid established
%s: Edition of symbolic links is not allowed
It can be specified only one of the options -and, -h, -i, -K, -l, -s, -v or -V
The uid effective is not %d, sweat is installed with setuid root?
Error in %s, line %d while it uploads  the plugin "%s"
Error in loop of event
It failed when obtaining oldcontext
It failed when establishing new rule %s
Fatal error, can not  upload the plugins
Ignoring And/S of plugin duplicate "%s" in %s, linea %d
Ignoring political of plugin duplicate "%s" in %s, line %d
In ready way, shows the privileges for the user
Internal error: overflow of %s
Value of route invalid "%s" in %s, line %or
Maximum of groups invalid "%s" in %s, line %or
Value invalid for %s "%s" in %s, line %or
It lists privileges of user or chequea a commando specify; use twice for extensive format
Without tty present and there is not program askpass specified
Only a politics of plugin can be specified
The plugin did not give a commando to execute
The politics of the plugin %s does not include a method checkpolicy
The politics of the plugin %s does not endure the option -v
It requires at least an argument
sesh: Internal error: number of routes impar
sesh: It can not  create temporary archives
sesh: Unknown error %d
The fund of resources specified does not exist for the project "%s"
sudoedit Is not endured in this platform
The option '-And' is not valid in the way edition
It can not  change of root to %s
It can not  change to runas uid (%or, %or)
It can not  change uid to root (%or)
It can not  copy the temporary archives again to his original location
It can not  fgetfilecon %s
It can not  open userdb
Unable to read the password
It can not  stir PRIV_PROC_EXEC from PRIV_LIMIT
It can not  restore the context for %s
It can not  restore the manejador for signal %d
It can not  save stdin
It can not  change to the register "%s" for %s
Unexpected way sweat 0x%x
Class of unknown security "chrfile", tty no reetiquetada
Value very big
Value very small
Notice, the control of assignment of resources failed for the project "%s"
%s: It could not  verify TGT! Possible attack!: %s
%s: It could not  convert the main to string ('%s'): %s
%s: It could not  analyse '%s': %s
*** Information of SECURITY for %h ***
The account or the password has caducado, reinicie his password and try again
Direction to which send the post: %s
It does not initialise the vector of group to the of the objective user
Number of attempts to enter a password: %or
Unicamente Will allow  to the user execute sweat if have a tty
Require names of squad fully-qualified in the file sudoers
Root Can use sweat
It establishes $HOME to the objective user when it begins  a terminal of orders with -s
I'm sorry, it try again.
Priority of syslog to use  when the user  autentifica successfully: %s
[I sweat] password for %p:
A compendio requires a name of route
%6ld nodes-i used (%ld%%)
%s Begins %s
Columns of available start for -and or -p:
By omission, test -r, -s, -f and -q in order until it work.
Names <ldisc> known:
Pattern no found
Script Ended up in %s [<%s>]
Columns round-up (--global):
The following keys are valid interactive orders:
Teclee 'help' To obtain more information.
Bienvenido to sfdisk (%s).
GPT: UUID Or methods abridged L,S,H,Or,R,V.
Use --verbose to obtain more details.
--Colour[=<when>] colorea the messages (%s, %s or %s)
--direct-io[=<on|off>] Opens the underlying file with ODIRECT
--extract[=<dir>] Checks decompression, optionally extracting in <dir>
--force Uses file of start even when it is a link
--iso Alias of --reform=iso
--lastlog <Route> establishes an alternative route for lastlog
--list-modes Enumerates the available ways
--lock[=<Way>] uses blockade of exclusive device (%s, %s or %s)
--No-act does everything except writing in the register
--nohints Does not print clues
--output-all Take all the columns
--output-all Take all the available columns
--It preserve-credentials does not touch uids neither gids
--report Prints a report on the devices specified (or all)
--rfc3164 Uses the protocol syslog of BSD obsolete
--sd-param <Data> appoint of data structured rfc5424=value
--show[=<Columns>] shows a round-up in a definable table
--time-format=<Type> shows the dates in brief format, complete or iso
--uname-2.6 active UNAME26
--verbose Prints more details
--vfs-all Print all the options VFS
--wtmp-file <Route> establishes an alternative route for wtmp
<Device> route to the device that goes  to use
<Size> number of blocs that go  to use in the device
, 4G Creates a partition 4GiB from the position predetermined.
<Beginning>, <size>, <type>, <arrancable>
Ctrl-D equal that 'quit'
help Shows this text of help
b Commutates the indicator of iniciable of the current partition
d Suppresses the current partition
h Prints this screen
Hollow in %lu (%zu)
n Creates a new partition from the free space
r Reduces or agranda the current partition
Decompressing bloc in %lu to %lu (%lu)
%1$s [options] <disk>
%s <Order> [options] <device>
%s [-To|-d|-s|-or] [--nr <n:m> | <partition>] <disk>
%s [-h] [-v] [-b tamañobloque] [-And edition] [-N endian] [-i file] [-n name] nombredir ficherosalida
%s [-p] [-h <host>] [-H] [[-f] <nombreusuario>]
%s [-t] File_of_time [-I|-B] file_of_transcription
%s [<arch>] [Options] [<program> [<argument>...]]
%s [Function] [option...]
%s [Options] -- [options-sisf] [<system of files> ...]
%s [Options] <directory>|<file> ...
%s [Options] <expression> <substitute> <file>...
%s [Options] <file>
%s [options] <File_of_image_iso9660> ...
%s [Options] <ldisc> <device>
%s [Options] <point-of-setting>
%s [Options] <pid>|<name>...
%s [Options] <program> [<argument>...]
%s [Options] <chain> [<file>...]
%s [Options] <marcadetiempo|nombredemes>
%s [Options] [+line] [+/pattern/] [files]
%s [Options] [-t <type>] [options-sisf] <device> [<size>]
%s [Options] [<file> | <message>]
%s [opcinoes] [<nombreusuario>...] [<tty>...]
%s [Options] [SIZE|RANK|RANGODEBLOQUE]
%s [Options] [[[day] month] year]
%s [Options] [and(himself) | n(no)]
%s [Options] order [identifier ...]
%s [Options] device [size]
%s [Options] {LABEL,UUID,PARTUUID,PARTLABEL}=<value>
+/Pattern/ begins in the line that contains the pattern
+Number begins in the line specified
-, --no-underlining suppress all the underlined
--blength[=<0-2000>] length of the bell in milliseconds
--blink on|off Blink
--bold on|off Bold
--Cursor on|off shows the cursor
--egid <gid|Group> establishes the gid effective
--file <nomfich> Name of the file of dumped
--half-bright on|off Darkened
--init-groups Initialises the supplementary groups
--keep-groups Maintains the supplementary groups
--map-group=<gid>|<Name> associates the current group to the gid (involve --user)
--nnp, --no-new-privs prevents to award new privileges
--part-uuid <dispo> <part> [<uuid>] Print or modifies the uuid of the partition
--ruid <uid|User> establishes the uid real
--underline on|off Underlined
-1, --onestopbit establishes a bit of stop
-2, -v uses the version 2 of Minix
-3, --three shows three months around the date
-<Number> the same that --lines
-<Number> how many lines show
-B, --protect-boot does not erase the bits of start when creating a new label
-C, --caches[=<list>] information on the cachés in readable format extended
-C, --canonical start hexa+ASCII canonical
-C, --cylinders <number> establishes the number of cylinders
-D, --console-off desactiva the impression of messages by console
-D, --detach-all desvincula all the devices used
-D, --df imitates the start of df(1)
-And, --table-noextreme <columns> does not count long text from the columns until the width of column
-F, --file <file> uses the file in place of the «buffer» of register of the core
-F, --list-free [<dispo> ...] It enumerates the zones no particionadas of each device
-F, --no-fork no demoniza using double «fork»
-F, --tab-file <route> alternative file for the options -s, -m or -k
-G --show-pt-geometry obsolete, alias of --show-geometry
-H, --heads <number> establishes the number of heads
-H, --hint <value> establishes indication for the function of poll
-J, --json <dispo> dumps the table of partitions in format JSON
-L, --Linux obsolete, only by compatibility to backwards
-L, --addr-compat-layout changes the way to reserve the virtual memory
-L, --colour[=<when>] colorea the messages (%s, %s or %s)
-L, --label <label> converts LABEL for device
-L, --label LABEL specifies the label
-L, --local-line[=<way>] controls the indicator of local line
-L, ..nooverlap Averts possible conflicts among devices
-M <value> value utilmax that establish
-M, --minimize revierte the meaning of -m
-M, --shmem <size> creates a by heart shared segment of size <size>
-M, --shmem-key <key> deletes a by heart shared segment specified by key
-N, --nonewline does not print a jump of line before issue
-N, --namespace <in> effects mount in another space of names
-N, --namespace <in> effects umount in another space of names
-Or, --offset <scrolling> sondea in the scrolling specified
-Or, --test-opts <ready> limits the set of systems of files (uses  with -to)
-P, --numeric-perms prints the numerical permissions (column PERMS)
-P, --partscan creates a device of loop particionado
-P, --pgid <pgrp>... It acts on processes in pertaining execution to these groups
-P, --pty creates a new pseudoterminal
-Q, --queue-key <key> deletes a tail of messages specified by key
-Q, --quiet-output without the normal start
-R, --addr-no-randomize desactiva the randomisation of the space of virtual directions
-R, --hangup hangs virtually in the terminal
-R, --root=<dir> executes the order with the directory root established to <dir>
-R, --table-right <columns> ranges the text to the right in these columns
-S, --sector-size <num> sobreescribe the size of sector
-S, --semaphore-key <key> deletes a semaphore specified by key
-S, --socket-activation does not create socket of listens
-S, --softirq sample softirqs instead of interruptions
-S, --whole-seconds active WHOLESECONDS
-T, --log-timing <file> alias of -t
-T, --sched-runtime <ns> parameter time of execution for DEADLINE
-T, --sticky-timeouts active STICKYTIMEOUTS
-T, --table-truncate <columns> truncates the text of the columns when it was necessary
-T, --tcp uses only TCP
-T, --test tries for the version of getopt(1)
-V explains what goes doing
-V, --verify [<dispo> ...] It checks that the partitions look correct
-W, --follow-new wait and prints alone new messages
-W, --table-wrap <<columns> adjusts wrapping the text in the columns when it was necessary
-W, --wipe-partitions <way> erases the bylines of the new partitions (%s, %s or %s)
-X, --label <name> specifies the type of label (two, gpt, ...)
-X, --respect-xattrs respects the widespread attributes
-And, --twelve sample the following twelve months
-Z, --context samples the contexts SELinux
-Z, --follow-context establishes context SELinux according to --target PID
-To, --add adds the partitions specified or all they
-To, --all print all the symbols, even if the account is 0
-To, --all[=shm|msg|sem] delete all (for the category specified)
-To, --autologin <user> incia session automatically with the user specified
-b Looks for only binary
-b, --backup creates backrest of the byline in $HOME
-b, --histbin prints individual accounts of histogram-bin
-c Erases the screen before visualising
-c, --chars <num> number of characters that take before the rest
-c, --check checks wrong blocs before creating the zone of exchange
-c, --check check if the device has wrong blocs
-c, --command <order> spends a simple order to the interpreter of orders with -c
-c, --ctty establishes like terminal of control the current
-c, --intro-command <chain> intro sent before that ldattach
-c, --output-width <wide> width of the start in number of characters
-c, --print-over does not displace; it shows text and clean the ends of line
-c, --read-clear reads and erases all the messages
-d, --deadline establishes the political SCHEDDEADLINE
-d, --debug prints messages detailed in stderr
-d, --debug executes in way debugging
-d, --device <device> selects a device rtc (rtc0|rtc1|...)
-d, --direction <word> direction of research, 'forward' (to forward) or 'backward' (to backwards)
-d, --dns translates the number IP in a name of machine
-d, --table-noheadings does not print cabecera
-And it does not detain  at the end of the file
-And edition establishes the number of edition (part of the fsid)
-And, --enable active the memory
-And, --exclude <ready>excludes devices by main number (by omission: disks RAM)
-And, --extend[=<list>] prints in readable format extended
-And, --skip-empty does not register empty lines when processing files
-f, --fast raisin -f to the interpreter of orders (for csh or tcsh)
-f, --fifo establishes the political SCHEDFIFO
-f, --file <file> notes the content of this file
-f, --file <file> uses a specific file in place of %s
-f, --find finds the first no used device
-f, --find finds a no used device
-f, --fixpgsz reinicializa the space of exchange if necessary
-f, --force disassembles by force (in case of system NFS no alcanzable)
-f, --force forces erased
-f, --force force comprobación
-f, --fork creates a process son before launching <program>
-f, --fork always forks
-f, --from <N> begins in the clue N (0 predetermined)
-f, --full-name <appoint-complete> real name
-f, --logical counts logical lines instead of lines of screen
-f, --respect-name the names of file have to be identical
-G, --garbage-collect collects rubbish of caché blkid
-G, --group <group> specifies the primary group
-G, --group <group> sends message only to the group
-i, --ascii uses characters ascii only
-i, --info prints only information on the step of sampling
-i, --inodes <number> number of nodes-i for the system of files
-i, --internal-only does not call to the auxiliaries umount.<Type>
-i, --invert invests the sense of correspondence
-i, --irq <num> specifies the irq of the parallel port
-j, --associated <file> enumerates all the devices associated with <file>
-j, --julian uses day-of the-year in all the calendars
-l Blocks the device to guarantee access in exclusivity
-l, --lazy desvincula the system of files now, and clean later
-l, --length <num> number of bytes that descartar
-l, --length <num> longitude for operations of rank, in bytes
-l, --list shows the partitions and exits
-l, --list[=<signal>] enumerates the names of the signals or converts a number of signal to a name
-l, --local RTC uses local time zone
-l, --table-columns-limit <num> maximum number of columns of entrance
-m, --logging-format <name> imposes the format 'classical' or 'advanced'
-m, --mapfile <ficheromapa> (predefinido: "%s" and
-m, --max shows the minimum valid priorities and maximum
-m, --md5 generates «hash» md5
-m, --minimum <num> longitude of the minimum extension that descartar
-m, --perms take information on the permissions
-m, -p, --preserve-environment does not reestablish the variables of surroundings
-n Ends up the commando with new line
-n, --adjust <num> specifies the value of adjust of punctuation
-n, --dry-run does everything except suspending
-n, --keep-size maintains the apparent size of the file
-n, --lines <number> number of lines by complete screen
-n, --name <program> name with which informs  of the errors
-n, --newline shows each bloc of information in a distinct line
-n, --no-act does everything except writing in the device
-n, --no-act does everything except the own call to write()
-n, --no-act does not do any change
-n, --no-mtab does not write in /etc/mtab
-n, --no-verify desactiva the back verification to the format
-n, --noauto-pt does not create table of partitions predefinida in empty devices
-n, --nobanner does not print initial message, only works for root
-n, --noparity establishes no parity
-n, --nr <n:n> specifies a rank of partitions (and.G. --nr 2:4)
-n, --server <name> writes in this remote server of syslog
-n, --uuids <number> requests the number of uuids
-Or, --no-overwrite no sobreescribir existent files
-Or, --oddparity establishes parity impar
-Or, --offset <num> scrolling in bytes to start with to descartar
-Or, --offset <num> scrolling for operations of rank, in bytes
-Or, --offset <num> scrolling in bytes for descartar from here
-Or, --options <cadenaopciones> short options to recognise
-Or, --other establishes the political SCHEDOTHER
-Or, --output <file> writes in file in place of the standard start
-Or, --output-limit <size> finalises if the files of start exceed the size
-Or, --output[=<list>] defines the columns of the start
-p Does not destroy the surroundings
-p Fill %d bytes for code of start
-p, --clean-print does not displace; clean the screen and shows text
-p, --login-pause wait to that press  a key before initiating session
-p, --parsable prints in analyzable format in place of printable
-p, --parse[=<list>] prints in analyzable format
-p, --pause <second> pause among intro and ldattach
-p, --pid shows the PIDs of the creator and of the last operator
-p, --pid <num> GO of process
-p, --pid <route> route of the file pid
-p, --pid <pid> shows only the blockades that maintains this process
-p, --pid <pid> acts on the pid existent die
-p, --pid <pid>... It acts on these processes in execution
-p, --priority <prio> marks the message given with this priority
-p, --priority <prio> specifies the priority of the device of exchange
-p, --punch-hole replaces a rank with a hollow (involve -n)
-p, --step <num> size of ñas iterations of descarte inside the scrolling
-p, --tree-parent <column> father that specifies the relation son-father
-q, --queue <value> uses sigqueue(2), no kill(2), and spends <value> like data
-q, --quiet is silent
-q, --quiet silent way - does not print at all
-r. --chroot <dir> Establishes like root the directory specified
-r, --raw sample in gross way
-r, --repair interactive reparation
-r, --reset reestablishes the port
-r, --root[=<dir>] establishes the directory root
-s, --inverse reverse dependencies
-s, --seconds <second> seconds to start with to sleep
-s, --semaphores semaphores
-s, --shell=<intérpr.Orders> executes <intérpr.Orders> if /etc/shells allows it
-s, --show shows the list of partitions
-s, --skip <offset> jumps offset bytes from the beginning
-s, --symlink acts on the aim of the symbolic links
-s, --system acts on the system
-s, --typescript <file> obsolete alias of -Or
-t, --ignore does not take failures
-t, --match-token <witness> looks for devices with a specific witness (NAME=value pair)
-t, --notime does not show any mark of time with the messages
-t, --streams <number> number of flows of compression
-t, --table creates a table
-t, --time <ms> time of wait of the controller in seconds
-t, --time <tiempot> time that is missing to wake
-t, --timeout <tiempolimite> writes the time limit in seconds
-t, --to <N> detains  in the clue N
-t, --topology take information on the topology
-t, --type <appoint> type of space of names (mnt, net, ipc, user, pid, uts, cgroup, time)
-t, --type <type> specifies the type of partition
-t, --types <ready> limits the set of systems of files by types
-t, -T, --terminal TERMINAL annuls the variable of surroundings TERM
-Or, --socket <socket> writes by this «socket» of Unix
-Or, --uid <uid>... It acts on processes in pertaining execution to these users
-Or, --unit S obsolete, only admits  unit in sectors
-Or, --units[=<unit>] shows the units: 'cylinders' (cylinders) or 'sectors' (sectors) (predetermined)
-Or, --unquoted no entrecomilla the result
-Or, --update updates the partitions specified or all they
-Or, --utc RTC uses UTC
-v Expressive way
-v, --no-squeezing take identical lines
-v, --verbose expressive start (repeat for more expressiveness)
-v, --verbose more expressive
-v, --verbose says which options are actuating 
-v, --verbose explanatory messages
-v, --verbose prints more details
-w, --follow wait by new messages
-w, --wait <us> time of «strobe» in microseconds
-w, --wd[=<dir>] establishes the directory of work
-w, --week[=<num>] shows the numbers of week US or ISO-8601
-w, --width <num> specifies the width of the start in number of characters
-w, --wipe <way> erases the bylines (%s, %s or %s)
-x, --exclude <regex> regular expression to exclude files
-x, --exclusive obtains an exclusive blockade (the predetermined)
-x, --fillrows fill the rows before that the columns
-x, --list-details as --list but with more details
-x, --posix use posixfallocate(3) instead of fallocate(2)
-x, --sectors shows number and size of sectors
-x, --sort <column> orders the start by <column>
-x, --stream <appoint> type of flow (out, in, signal or info)
-And, --year shows the whole year
-z Does explicit holes
-z, --zone <name>selects the zone by heart (see down)
This tool can be dangerous. Read the page of manual, and have care.
"%s" Is not executable
Number %2d: %9ju-%9ju (%9ju sector, %6ju MB)
$TERM Is not defined.
%%s Requires a value of precision or a total number of bytes
%-14s %2i second
%-14s %2i second
%6ld zones used (%ld%%)
%c: Unknown order
%d (%s) Anterior priority %d, new priority %d
%d Wrong blocs
%d Error detected.
%d Is out of rank
%d Too many proportionate arguments
%lu Wrong page
%lu Wrong pages
%s (%c-%c, value predetermined %c):
%s (%d Instance)
%s (%d) utilclamp: mín: %d máx: %d
%s (%s) Disassembled
%s Already is desactivada
%s Already is actuated
%s And %d UUID following
%s Does not marry with %s in disk
%s Of %s (libblkid %s, %s)
%s Has the messages desactivados
%s Has the messages desactivados in %s
%s Is a point of setting
%s Is mounted; it will not create  a system of files here
%s Is not a device of valid blocs
%s Is not authorised to change the information of finger of %s
%s Is not authorised to change the interpreter of orders of %s
%s Is not mounted.
%s Is not a device lp
%s Is not endured?
%s Reads of the standard entrance and writes in the standard start
%s Unknown column: %s
%s Using IRQ %d
%s(%i): Line of wrong map
%s: %s Linked to %s.
%s: %s Contains a numerical Value no valid: %s
%s: %s Mounted in %s.
%s: %s Moved to %s.
%s: It has erased  %zd byte in the scrolling 0x%08jx (%s):
%s: They have erased  %zd bytes in the scrolling 0x%08jx (%s):
%s: 0 B (way of test) recortado
%s: 0 B (way of test) recortado in %s
%s: BAD error: the message is too long
%s: ioctl BLKDISCARD Has failed
%s: ioctl BLKZEROOUT Has failed
%s: CHFNRESTRICT Does not allow any change
%s: FITRIM ioctl Has failed
%s: Attention: the file does not fit in a sector of 512 bytes; it will overlook  the end of the file.
%s: Attention: the file is minor of 512 bytes; the device of loop could be unavailable or invisible to the tools of the system.
%s: Ambivalent result (probably there are more systems of files in the device; use wipefs(8) for more information)
%s: It assumes  that RTC use UTC ...
%s: Wrong directory: izone invalid; use --repair to fix it
%s: ioctl blkdev_get_sectors Has failed
%s: It can not  modify the partition %d: the table of partitions only contains %zu partitions
%s: Error when adding the partition %d
%s: Error when erasing the partitions %d-%d
%s: Error when updating the partitions %d-%d
%s: The execution failed
%s: Failure when analysing
%s: Failure to the reiniciar
%s: Failure when configuring algorithm
%s: Error when configuring device of loop
%s: Failure when writing UUID
%s: fsync Of the device has failed
%s: Has characters no valid
%s: Mounted in %s
%s: Option noauto -- ignored
%s: No mounted
%s: The number of blocs is too small
%s: The scrolling 0x%jx has not found 
%s: The options --all, --on-line and --off-line only can use with the options --extend or --parse.
%s: Error of analysis in the line %d -- ignored
%s: Partition %zu: failure when configuring the type of partition
%s: Partition %zu: the partition is not  using
%s: Partition %zu: the table of partitions only contains %zu partitions.
%s: Priority %lu
%s: read Has failed
%s: Reading: %m
%s: readlink Has failed
%s: Password of root unreadable
%s: Error of research during comprobación of blocs
%s: Error of research in checkblocks
%s: Error of research in writeblock
%s: Error of research in writetables
%s: Omitting - looks that there is hollow.
%s: swapon Has failed
%s: The operation of descarte is not admitted
%s: gid Unknown
%s: Type of terminal stranger
%s: Awake from "%s" using %s to the %s
%s: Error of writing in writeblock
%s=%s Translated like %s
(Following file: %s)
(Or it press Control-D to continue):
, enciphered %s (type %or)
, it is missing paper
, the file of time is '%s'
-- Line already vaciada
The option --Linux is unnecessary and obsolete
--[re]gid Need --keep-groups, --clear-groups, --init-groups or --groups
It does lacking --give you for --set or --predict
--dump Is incompatible with all the other options
--Global is mutually excluyente with --creator, --go and --time
--max-size Ignored when it uses  without --file
--movedata Require -N
--msgid Can not contain space
--namespace Require --md5 or --sha1
--nr And <partition> are mutually excluyentes
--poll Only accepts a file, but have specified  more with --tab-file
--raw Can use jointly with --level or --facility only when they read  messages of /dev/kmsg
It has not specified  --sd-go for --sd-param %s
-t Needs a couple APPOINT=value
...Retreating to the file
...Jumping to the file
...Retreat %d page
...Omitting %d lines
/dev/%s: vhangup() Has failed: %m
<Size> and <scrolling>
YEPA: Bloc "compressed" to > 2*longituddelbloque (%ld)
It adds  the logical partition %zu
Scrolling of alignment: %lu bytes
All the partitions used.
AppArmor Is not executing
Recovery of Apple TV
It associates a discipline of line to a line series.
The partition BSD '%c' is tied to the partition TWO %zu.
The bloc %d in the file `%s' is marked as no used.
Book(s) by drawer:
Sequence of start: %1$sboot -> boot%1$s (predefinido %1$s)
CPU %Or actuated
The CPU %or already is configured
CPU MHz Static:
The card reinició previously the CPU
Disk of Ceph creating
It closes a rank of zones.
Order (m to obtain help):
Core(s) by «cluster»:
Core(s) by «socket»:
It could not  create the partition %zu
It suppresses the current partition
The device '%s' is not a device of blocs
The device '%s' is not a device in the rough
The device does not contain a table of partitions recognised.
Data of directories: %zd bytes
Desactiva Devices and files for pagination and exchange.
Descarta The content of some sectors of a device.
The disk is too small to house all the data.
It shows information on the users known in the system.
It wishes to write this information in the disk?
Everything: %zd kilobytes
The partition extended already exists.
The partition extended does not exist. Failure when adding logical partition.
FATAL error: %s is not a terminal
Options FS: %s
Failure when analysing mmstat
Nomfich. Type Tam. Util. Priority
The first LBA specified in the script is out of rank.
It generates «magic» cookies for xauth.
UUID Of time generated %s and %d following
Cabecera Version %s
Hexadecimal code (write L to see all the codes):
FAT16 Unseen <32M
FAT32 Of W95 (LBA) unseen
Machine:Canal:Aim:Ulog for SCSI
Size of And/S (optimum/minimum): %lu bytes / %lu bytes
Hibernation of IBM Thinkpad
For IRIX recommends  that the partition 11 span the complete disk.
Node-i %lu (way = %07or), inlinks=%d, counted=%d.
The indicator 0x%02x%02x no valid of EBR (for the partition %zu) will correct  by means of w(rite).
It recommends  that the partition eleventh span the complete disk and was of the type `SGI volume'.
It recommends  that the partition in the scrolling 0 was of the type "SGI volhdr"; the system IRIX will use it to recover of his directory autonomous tools like sash and fx. Only the section of complete disk "SGI volume" can infringir this rule. It is sure to want to give a distinct label to this partition?
It recommends  encarecidamente that the third partition span the complete disk and was of the type `Whole disk'
It allows to create, suppress and modify partitions in device of blocs.
Killed the uuidd that was running with pid %d.
Last %s or +%s or +size{K,M,G,T,P}
Last sector, +/-sectors or +/-size{K,M,G,T,P}
Left arrow Displaces the cursor to the option of anterior menu
/usr Of Linux (IA-64)
/usr Of Linux (x86)
/usr Of Linux (x86-64)
Verity /usr Of Linux (ARM)
Verity /usr Of Linux (IA-64)
Verity /usr Of Linux (x86)
Verity /usr Of Linux (x86-64)
Root of Linux (ARM)
Root of Linux (IA-64)
Root of Linux (x86)
Verity Root of Linux (ARM-64)
Verity Root of Linux (x86)
Verity Root of Linux (x86-64)
Server of data Linux
Temporary data of Linux
Variable data of Linux
Blocking disk by %s ...
Mark into use
Number máx. Of operations by semop(2)
Message of %s@%s (like %s) in %s to the %02d:%02d ...
Message of %s@%s the %s to the %02d:%02d ...
Minix / Linux ancient
Moved %ju of %ju sectors (%.3f%%, %.1f MiB/s).
Name of the file of start too long: %zu byte at most.
Name of the file of start too long: %zu bytes at most.
New limit %s for the pid %d:
New UUID (in format 8-4-4-4-12)
Note: all the orders can write in upper case or tiny
Number of alternative cylinders
Number of processes connected
Number of cylinders
Number of messages
Number of sectors
Number of semaphores
Only it can  specify an user. Use -l for multiple users.
It opens a rank of zones.
It opens a terminal and configures his way.
PID Of the creator
PID Of the process that is blocking the blockade
The partition %or  flap with others in the sectors %or-%or.
The partition %zu still does not exist!
The partition %zu already is defined. Suppress it before going back to add it.
Partition %zu: empty.
Partition %zu: the head %d surpasses the maximum %d
Partition %zu:  flap with the partition %zu.
The partition 11 has to span the complete disk.
The partitions %d and %d  solapan in %d sectors.
Please, it specify the size.
Preasigna Space or desasigna space of a file.
It press a key to continue.
Problem of reading in clue/head %or/%or, expected  %d, read  %d
QNX4.x Second part
QNX4.x Third part
It reduces or agranda the current partition
Right arrow Displaces the cursor to the option of following menu
It executes a program in a new session.
SCHEDDEADLINE Is not endured
SELinux Is not working
Script Initiated in %s [
Script Applied correctly.
The sector %d already is assigned
The sector %ju already is assigned.
It jumps the existent link: `%s' -> `%s'
«Socket(s)» By book:
Lamentably only it can  change the label in partitions no empty.
Initial sector %ju out of rank.
Superbloque: %zd Bytes
Too many attempts of start of session (%or) from %s for %s, %s
It informs to the core of the new size of a partition.
The indicator %s of the partition %zu now is desactivado.
The indicator %s of the partition %zu now is actuated.
The option --backup lacks meant in this context
The specific bit of GUID %d of the partition %zu is now desactivado.
The specific bit of GUID %d of the partition %zu is now actuated.
The table GPT of backrest is not at the end of the device.
The table GPT of backrest is not at the end of the device. This problem be will correct when writing.
The file of current start is: %s
The device %s does not contain any label of disk BSD.
The device contains byline '%s' and could remain in the device. It recommends  encarecidamente clean the device by means of wipefs(8) or sfdisk --wipe, to end to avert possible collisions.
The device contains a MBR hybrid -- only writes  in GPT.
The file `%s' has the way %05or
The first sector GPT usable is %ju, but has requested  %ju.
The core still uses the ancient partitions. The new table will use  in the next reinicio.
The core still uses the ancient table. The new table will use  in the next reinicio or after you execute partprobe(8) or partx(8).
It has created  the maximum number of partitions.
The number of the partition has to be minor that %zu.
The table of partitions remains unchanged (--no-act).
The partition of exchange does not exist.
The type of partition %zu does not change .
At present this account is not available.
This is a destructive operation, will lose  data! It use the option -f to force.
This system does not allow to configure the way of distribution of the CPUs
Hour of the last message received
To create more partitions, first replace a primary by a widespread.
Total number of semaphores
It will try  use '%s' like device of loop
Teclee "yes" (himself) Or "no" or press ESC to abandon the dialogue.
UID Of the PID
Unknown error in the file %s
Header of script unknown '%s' -- ignore.
Space no particionado %s: %s, %ju bytes, %ju sectors
Arrow up Displaces the cursor to the anterior partition
Use -f to force.
Use lsblk(8) or partx(8) to see more details of the device.
It use the indicator --force to evade all the comprobaciones.
It use the option --force to force the erased.
Using time UTC.
Using delay: %.6f second
It uses  access ISA direct to the clock
It uses  the interface rtc to the clock.
Options VFS: %s
Attention: Firstzone != Normfirstzone
Attention: The wrong values have to patch and will correct  by means of w(rite)
Attention: bloc out of rank.
Bienvenido to fdisk (%s).
Without arguments shows the current month.
It wants to edit %s now? [And/n]
It is using unseen groups in this system.
This using conbtraseñas unseen in this system.
Zone %lu: into use, counted=%d
Zone %lu: marked as into use; any file uses it.
Zone %lu: no into use, counted=%d
Number of zone >= ZONES in the file `%s'.
[Use q or Q to exit]
[presione ENTER To initiate session]
Action detected by --poll
It adds a new partition
Alarm: actuated %s
Tails assigned = %d
It can not  find "stext" in %s
It can not  find the device for %s
Failure of mmap: %s
It can not  create signalfd
It can not  create timerfd
It changes the number of additional sectors by cylinder
It changes the number of heads
It changes the number of physical cylinders
chown (%s, %or, %or) has failed: %m
Size compressed of the data stored
Container for logical partitions
It could not  read the directory %s
The endianness of cramfs is %s
Date of the last change of password
It erases a partition
Beginning of the data of the directory (%lu) < sizeof(struct cramfssuper) + start (%zu)
Not checking origin %s (pseudo/net)
Period in days of dump(8) [only fstab]
Option --apparmor-profile duplicate
Option --inh-caps duplicate
Option --init-groups duplicate
Option --keep-groups duplicate
Option --selinux-label duplicate
rgid Or egid duplicate
The gid effective does not agree with the group of %s
Empty long option after argument -l or --long
Empty pages without memory assigned
End of the partition in sectors
Error %d (%s) when executing fsck.%s For %s
Error: %s: busy device
Error: the argument of -or <list> is empty
Error: the area of exchange has to have as minimum %ld KiB
Failure when adding partition
Failure when changing of directory to %s
Failure when changing the root of `%s' to `%s'
It has not been able to  connect to %s port %s
Failure when executing %s
Failure when mounting moving %s to /
Failure when analysing egid
Failure when analysing level '%s'
Failure when analysing number
Failure when analysing reuid
Failure when analysing rgid
Failure when analysing ruid
It has not been able to  resolve the name %s port %s: %s
Field %s too long.
Data of the resident file in memory in bytes
Forcing the desmontaje of %s
getgrouplist Has found more groups of which allows sysconf
gpt: They can not  handle files with way %or
gpt: stat() Failed
Hard limit (ceiling)
Internal error: failure of conversion of cpuset to chain
Internal error: too many iov
Argument no valid - from
Argument no valid - repair
Argument no valid - to
Argument of --local-line no valid
Argument of -r no valid
Error of ioctl in %s
ioctl(%d, RTC_EPOCH_READ, epoch_p) for %s has been correct.
Error of ioctl(%d, RTC_EPOCH_SET, %lu) of %s
ioctl(%d, RTC_EPOCH_SET, %lu) for %s was very.
Error of ioctl(%d, RTC_UIE_ON, 0) of %s
The core is not configured for memory shared
The label is too long. It truncates  to '%s'
Limit of the quantity of data no compressed
Line %d: order no admitted
Line %zu: for JSON requires  the name of the column %zu
Number of logical book
Number of logical drawer
login.defs prohibe Configure %s
login: -h Is alone for superusuario
Number máx. Segments = %ju
máx. oper. By call semop = %d
máx. Tails system = %d
Maximum size of resident set
máx. Semaphores system = %d
Size máx. Of message
máx. Total shared memory (kbytes)
The memory is removable
Limit by heart used to store data compressed
Messages generated internally by syslogd
Minimum quantity of data in bytes transferred of the memory to the caché
mkdir Failed: %s
The point of setting does not exist
The point of setting is a symbolic link without fate
Point of busy setting
The point of setting is not a directory
It has to be superusuario to use mount
Number of partition no specified
Node by heart numa
Number of days required among changes
Number of objects migrated by compactación
Number of processes in the space of names
Number of processes executed by the user
Number of sets in the caché; the lines of a set have the same index of caché
It omits  empty partition (%zu)
Only it admits  a <device> at the same time
The option --find is mutually excluyente with <device>
The option --pid only can specify once
The options --algorithm and --streams have to combine with --size
The options --pid and ORDER are mutually excluyentes
The options --setgroups=allow and --map-group are mutually excluyentes
The options --{raw,json,pairs} and --summary=only are mutually excluyentes
The options --[shell,fast,command,session-command,login] and --user are mutually excluyentes
Other users have the open unit and no CAP_SYS_ADMIN
Further of first line
Route of the file blocked
Permission denegado for the identifier
pidfdopen() Has failed: %d
The support for posixfallocate is not compiled
It shows the data in the rough of the first sector of the device
It exits without saving the changes
readlink Failed: %s
Error of research in badzone
Error of research in checkblocks
Error of research in write_super_block
It sends  the signal %d to the pid %d
Sample if the hipervisor has reserved the CPU
It shows the maxima MHz of the CPU
It shows the minima MHz of the CPU
Size of a caché
Size of the device
Size of the blockade
The origin %s is not a device of blocs
The special device %s does not exist
It is not possible to specify more than %d group sumplentario
It is not possible to specify more than %d groups sumplentaris
Speed %d no admitted
Beginning of the partition in sectors
stat Of %s has failed
State of the device
stdin Does not do reference to a terminal
The ID of data structured '%s' is not only
The symbolic link has size zero
Label '%s' too long
The terminal %s does not admit %s
The option -l can use with an alone device -- ignore
The core does not recognise %s like device of blocs; maybe it do lacking "modprobe driver"
The list of devices excluded is too big (the limit is of %d devices)
The option --offset does not allow  in this context
The soft limit %s can not surpass to the hard limit
Defeated time, sends  the signal %d to the pid %d
Too many alternative speeds
There are too many wrong pages: %lu
Too many nodes-i; the maximum is 512
ttyname() Has failed; It is trying  skew using: %s
uid %ld No found; --init-groups needs an user that can find in the system
Indefinite origin (fsspec)
Indefinite fate (fsfile)
Number of unexpected arguments
Unexpected failure of tcgetattr
Third no expected line in: %s: %s
Unknown argument: %s
Way of unknown compatibility '%s'
Unknown direction '%s'
Unknown keyword in the argument of -or <list>: '%s'
Unknown level '%s'
shell Unknown after argument -s or --shell
Unknown signal %s; valid signals:
Unknown signal: %s
Origin inalcanzable: %s: %m
Fate inalcanzable: %m
cabeceras Used = %d
Name of user of the PID
utimes Has failed: %s
Valid zones of the rank by heart
Name of volume too long
waitpid Has failed (%s)
Attention: %s is not ranged
Attention: %s: the partition %d has not defined  still
Attention: the estimate of the size required (upper height) is %lldMB, but the maximum size of the image is %uMB. It could abort prematurely.
Ways of asociatividad
Where is mounted the device
Who is you?
Wrong order: %s specified before that %s
The maximum size is %<PRIu64> bytes.
%s (%<PRIu64>-%<PRIu64>, value predetermined %<PRIu64>):
Error: the size %llu KiB is main that the size of the device %<PRIu64> KiB
Configuring space of exchange version %d, size = %s (%<PRIu64> bytes)
%s: They have fill with zeros %<PRIu64> bytes from the scrolling %<PRIu64>
%s: They have  descartado %<PRIu64> bytes from the scrolling %<PRIu64>
They found  %d zones from 0x%<PRIx64>
%s: The number of sectors %<PRIu64> is not ranged with the size of the zone %lu
%s: %s Satisfactorily of zones in the rank of %<PRIu64> to %<PRIu64>
Bloc by heart %<PRIu64> (0x%016<PRIx64>-0x%016<PRIx64>)
%s: %s (%<PRIu64> Bytes) recortados in %s
%s: %s (%<PRIu64> Bytes) recortado
Last adjust of desfase made to %<PRId64> second after 1969
Alarm %<PRId64>, hour_system %<PRId64>, hour_rtc %<PRId64>, second %<PRIu64>
