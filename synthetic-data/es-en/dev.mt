--binary Reads and writes the data in binary way
--diff-program=Program uses PROGRAM to compare the files
--help Shows this help and finalises
--horizon-lines=NÚM Maintains NÚM lines of prefices and common suffices
--left-column Shows only in the left column the common lines
--line-format=LFMT formatea All the lines of entrance with LFMT
--No-dereference does not follow the symbolic links
--Normal produces a diff normal (predetermined)
--suppress-blank-empty Suppresses spaces or tabs before an empty line
--suppress-common-lines Does not show the common lines
%s %s Are distinct: byte %s, line %s
%s %s Are distinct: the byte %s, in the line %s is %3or %s %3or %s
%s: diff Failed:
%s: The option '%s%s' does not admit any argument
%s: The option '%s%s' is ambiguous
%s: The option '%s%s' is ambiguous; possibilities:
%s: The option '%s%s' requires an argument
%s: Loop of recursive directory
%s: Option no recognised '%s%s'
-B, --ignore-blank-lines descarta the changes in lines entirely empty
The option -D can not  use with directories
-F, --show-function-line=ER shows the most recent line that fit with ER
-W, --ignore-all-space descarta all the space in target
-X as -x, but shuts conflicts among corchetes
-To, --text treat all the files as of type text
-c, -C NÚM, --context[=NÚM] sample NÚM (by omission 3) lines of context
-d, --minimal encourages  in finding a group of minor changes
-And, --ed produces a script ed
-i Adds the orders 'w' and 'q' to the scripts ed
-l, --left-column shows only the left column of common lines
-l, --paginate spends the start through 'pr' for paginarla
-n, --bytes=LIMIT compares at most LIMIT bytes
-n, --rcs produces a diff in format RCS
-p, --show-c-function sample in which function C is each change
-r, --recursive compare recursivamente all the subdirectories
-s, --quiet, --silent suppress all the normal start
-s, --report-identical-files notify when two files are identical
-s, --suppress-common-lines does not show the common lines
-t, --expand-tabs expands the tabs to spaces in the start
-v, --version informs of the version and finalises
-x, --exclude=PAT excludes the files that coincide with PAT
-And, --side-by-side sample in two columns
The binary files %s and %s are distinct
Common subdirectories: %s and %s
It compares FILES line by line.
It compares three files line by line.
It compares two files byte by byte.
The file %s is a %s whereas the %s is a %s
The files %s and %s are identical
The files %s and %s are distinct
If it gives  --from-file or --to-file, there are not restrictions in FILE(s).
If a FILE is '-' or does not specify , reads the standard entrance.
If a FILE is '-', reads the standard entrance.
Character of class invalid
Only in %s: %s
The symbolic links %s and %s are distinct
Way of use: %s [OPTION]... Files
It can not  compare '-' with a directory
cmp: End of file in %s after the byte %s, in the line %s
cmp: End of file in %s after the byte %s, line %s
Failure when reopening %s with way %s
Internal error: type of diff invalid in processdiff
Internal error: type of diff invalid spent to the start
Internal error: failure in the format of the blocs diff
Value --bytes invalid '%s'
Value --ignore-initial invalid '%s'
Colour invalid '%s'
Longitude of context invalid '%s'
Format of diff invalid; incomplete final line
Wide invalid '%s'
The options -l and -s are incompatible
Incomprehensible value for --palette
[Requesting interpreter of program: %s]
[%6tx] Terminator zero
Group of section COMDAT [%2zu] '%s' with byline '%s' contains entrance %zu:
Group of section COMDAT [%2zu] '%s' with byline '%s' contains entrances %zu:
Group of section [%2zu] '%s' with byline '%s' contains entrance %zu:
Group of section [%2zu] '%s' with byline '%s' contains entrances %zu:
Section '%s' does not exist
Section [%lu] does not exist
%#06x: Name: %s Banderas: %s Version: %hu
%#06x: Main %d: %s
%#06x: Version: %hd Banderas: %s Index: %hd Conteo: %hd Name: %s
%#06x: Version: %hu File: %s Conteo: %hu
Version ABI: %hhd
Version ident: %hhd %s
Compensation Type Value Appoint
Local symbols %lu Table of chains: [%2or] '%s'
*** Error in reading of abbreviation: %s
Coding LPStart: %#x
Coding TType: %#x
[%6tx] <DATA INVALIDS>
Error when releasing descriptor sub-ELF: %s
Establish discriminador to %or
Establish isa for %or
%*s%-*s %-*s Class Type %-*s %*s Section
%*s*** Chain no finalised at the end of the section
%s %s diff: Header ELF
%s %s diff: Headed of program
%s %s diff: conteo Of section
%s %s differ: brecha
%s %s differ: Header of program %d
%s %s differ: Section [%zu,%zu] contained '%s'
%s %s differ: Section [%zu] contained '%s'
%s %s differ: Table of symbols [%zu,%zu]
%s %s differ: Table of symbols [%zu]
%s %s differ: Uneven quantity of important sections
%s In %s
%s No compiled with -fpic/-fPIC
Segment %s no contained in a segment cargable
%s%s%s%s: Operation invalid
%s: Error when creating header ELF: %s
%s: Error when reading the file: %s
'%c' Is only significant with the option 'x'
'%s' Is no a DSO or FOOT
'%s' Is not an archive, can not  print index of archive
'To', 'b', é 'i' only allow  with the options 'm' and 'r'.
Option -F specified twice
Option -d specified twice
-n Can not use with explicit archives or with -or or -d
Option -or specified twice
.debugline section faltante
.debugranges section faltante
Section .gnu.versym Present without the sections .gnu.versym_d Or .gnu.versym_r
Alias for --radix=or
All this but -p .strtab -p .dynstr -p .comment
Also show names of function
Also show symbol or names of section
Apply reubicaciones to content of section in archives ETREL
Binary has been created with GNU Go and therefore it knows  that it can be broken of some form
Binary is an archive debuginfo independent
Parameter COUNT required
Compare notable parts of two files ELF for equality.
Create archives of multiple start under DIRECTORY
Create start for modules that do not have information of independent debugging
Create, modify, and extract of archives.
Data DWARF in '%s' do not adjust  to polarisation of pre-link; consider prelink -or
Data DWARF do not adjust  for polarisation of pre-link; consider prelink -or
Show code of assembler of executable sections
Show content of archive
Show dynamic symbols in place of normal symbols
Show only clear-cut symbols
Show only external symbols
Show only indefinite symbols
Show the notes ELF
Show the dynamic segment
Show the total content of all the sections requested
Show headers of program
It shows the index of symbols of an archive
It shows the total size (bsd only)
They do not find  the names of symbols for directions in data DWARF
Not ordering the symbols
It dumps the no interpreted contents of SECTION, by number or name
Incorporate name FILE in place of argument -f
Extract files of an archive
Extract sections deleted in FILE
Look for directions from bylines found in COREFILE
Find directions in FILE
It looks for directions in archives assigned like read from FILE in format Linux /proc/PID/maps
Force regeneration of table of symbols.
Ignore permutation of cubetas in section SHTHASH
Include indexes for symbols of members of archive
Insert archive after [MEMBER].
Enter file before [MEMBER].
Value invalid '%s' for parameter --gaps
Kernel With all the modules
List symbols of FILES (to.out By defect).
Locate archives source and information of line for DIRECTIONS (in to.out By defect).
Locate origin of reubicaciones of text in FILES (to.out By defect).
Parameter MEMBER required for modificadores 'to', 'b', and 'i'
More than an operation specified
Displace files in archive.
Only sequences NUL-terminated of characters MIN-LEN or more print 
Only list module and names of archive, create the ID
Only it allows  ingresar an archive together with '-or' and '-f'
PT_GNU_EH_FRAME Present but no the sección.eh_frame_hdr
Thorough checkup of files ELF in accordance with gABI/psABI
Plant start in FILE
Preserve original dates.
Print files in archive.
Print location of the chain in base 8, 10, or 16 respectively.
Print name of archive before each chain.
Print name of archive of entrance before each symbol
Print the chains of printable characters in archives.
Provide start detailed
It relaxes some rules to handle files ELF broken
Remove section of cabeceras (no recommended)
Remplazar Existent file or insert one new in the archive.
The same that --format=bsd
The same that --format=posix
The same that -b.
The same that `--format=sysv'
The same that `--radix=10'
The same that `--radix=8'
Syntax of section requires exactly a module
Select size of caracter and Endianess: s = 7-bit, S = 8-bit, {b,l} = 16-bit, {B,L} = 32-bit
It shows information of FILES (to.out By defect).
Show only names of base of files source
Similar to the start `--format=sysv' but in an alone line
Suppress message when it have to create  the library.
Update only ancient files in archive.
Use ROUTE like root of hierarchy of debuginfo
Use RADIX to print values of symbol
Use instance [COUNT] of name.
It use the format of start FORMAT. FORMAT Can be so much `bsd' as `sysv'. The established by defect is `bsd'
Use the format of exited FORMAT. Format can be or `bsd', or `sysv', or `posix'. The established by defect is `sysv'
[Member] [COUNT] ARCHIVE [FILE...]
[Nr] Appoint Type Direction Off Size Inf To the Link flags IS
A reubicación modifies memory in compensation %llu in a segment protected against writing
Direction out of rank
Name of archive required
Erroneous dynamic symbol
It can not  add new section: %s
It can not create descriptor ELF for '%s': %s
No sepuede create new file
They could not  determine the number of sections: %s
Impossible find kernel or modules
It can not  find archive obtained for module '%s': %s
It can not  find symbol '%s'
No sepuede obtain descriptor ELF for %s: %s
It can not  obtain header of '%s': %s
It can not  obtain content of section %zu in '%s': %s
It can not  obtain content of section %zu: %s
They can not  obtain data for the section %d: %s
It can not obtain data for symbol %zu
It can not  obtain reubicación in index %d in section %zu in '%s': %s
It can not  obtain header for section [%2zu] '%s': %s
It can not  obtain the header of section %zu: %s
It can not  obtain symbol in '%s': %s
It can not  obtain table of symbols %zu in '%s': %s
Impossible open %.*s
Impossible open the archive '%s'
Impossible open the archive '%s': %s
It can not open archive of debugging '%s' for module '%s': %s
It can not  open the archive '%s' obtained for module '%s': %s
No sepuede read %s: %s
It can not  read the header ELF of %s(%s): %s
It can not  read the content of %s: %s
It can not  read dynamic section: %s
No sepuede renombrar temporary file stops %.*s
No sepuede stat the archive '%s'
The descriptor is not of an archive
Duplicate index of version %d
Reference of dynamic section in header of program has wrong compensation
eident[%d] == %d Is an unknown class
eident[%d] == %d Is a coding of unknown data
eident[%zu] Is not zero
So much the file that contains the function '%s' as the file that contains the function '%s' are not compiled with -fpic/-fPIC
Error during start of data
Error when closing the descriptor ELF: %s
Error when ending up '%s': %s
Executable/DSO with section .eh_frame_hdr Does not have an entrance of header of program PT_GNU_EH_FRAME
It failed reading of '%s': %s
It failed when writing %s
Obtain header of section get of section %zu: %s
File illformed '%s'
.debugline section Invalid
Section CFI invalid
Parameter COUNT invalid %s
Version DWARF invalid
Archive ELF invalid
Coding TType invalid
Contained invalid in section '%s'
Data invalids in compensation %your in section [%zu] '%s'
Data invalids in section [%zu] '%s'
Indicators of machine invalids: %s
Compensation %zu invalid for symbol %s
Type of section invalid for operation
Value invalid '%s' for parameter %s
Segment cargable GNURELRO that applies  is not of writing
Segment cargable [%or] is executable but does not contain executable sections
More than an entrance GNURELRO in header of program
More than an entrance INTERP in header of program
More than an entrance TLS in header of program
More than a present dynamic section
More than a definition of present version of section
More than a section of reference of present version
More than a table of present symbols
Section no .gnu.versym Present, but the section .gnu.versym_d Or the section .gnu.versym_r Exist
Only executable, objects shared and files core can have headers of programs
Only one of -and, -p, -k, -K, or --core is allowed
Only it allows  use -or or -d
Only the relocatable archives can contain groups of section
Entrance of header of program %d: alignment is not power of 2
Entrance of header of program %d: compensation of file and virtual direction no module of alignment
Compensation of header of program in header ELF and entrance PHDR do not coincide
roffset Finds  unavailable
Section [%2d] '%s' has a different number of entrances to the one of the table of symbols [%2d] '%s'
Section [%2d] '%s' has wrong type: %s expected, is %s
Section [%2d] '%s' is contained in more than a group of section
Section [%2d] '%s' refers  in shlink to the section [%2d] '%s' which is not a table of dynamic symbols
Section [%2d] '%s': label %s faltante in pre-executable link
Section [%2d] '%s': '%s' in the entrance zeroth is not zero
Section [%2d] '%s': second change of function of dispersion too big: %or
Section [%2d] '%s': definition of BASE has to have index SEE_NDX_GLOBAL
Section [%2d] '%s': DTRELACOUNT used for this section REL
Section [%2d] '%s': DTRELCOUNT used for this section RELA
Section [%2d] '%s': value DTRELCOUNT %d too tall for this section
Section [%2d] '%s': XINDEX in the entrance zeroth is not zero
Section [%2d] '%s': GLOBAL _symbol_OFFSET_TABLE_ present, but no. Section got
Section [%2d] '%s': GLOBAL _symbol_OFFSET_TABLE_ refers  to wrong section [%2d]
Section [%2d] '%s': GLOBAL _symbol_OFFSET_TABLE_ refers  to section [%2d] '%s'
Section [%2d] '%s': auxiliary entrance %d of entrance %d has duplicate name '%s'
Section [%2d] '%s': auxiliary entrance %d of entrance %d has reference of name invalid
Section [%2d] '%s': auxiliary entrance %d of entrance %d has unknown flag
Section [%2d] '%s': auxiliary entrance %d of entrance %d has value of dispersion: %#x, expected %#x
Section [%2d] '%s': auxiliary entrance %d of entrance %d has next wrong field
Section [%2d] '%s': bitmask does not coincide with names in the table of dispersion
Section [%2d] '%s': it can not obtain data: %s
Section [%2d] '%s': it can not obtain entrance of dynamic section %zu: %s
Section [%2d] '%s': it can not obtain reubicación %zu: %s
Section [%2d] '%s': it can not  obtain header of section for element %zu: %s
Section [%2d] '%s': it can not  obtain symbol %d: %s
Section [%2d] '%s': it can not obtain symbol for byline
Section [%2d] '%s': index of the chain is too big
Section [%2d] '%s': it contains entrance %s but no %s
Section [%2d] '%s': section of attributes of empty object
Section [%2d] '%s': entrance %d has name of version duplicated '%s'
Section [%2d] '%s': entrance %d has reference of archive invalid
Section [%2d] '%s': entrance %d has reference of name invalid
Section [%2d] '%s': entrance %d has reference of name invalid in auxiliary data
Section [%2d] '%s': entrance %d has compensation invalid for next entrance
Section [%2d] '%s': entrance %d has unknown flag
Section [%2d] '%s': entrance %d has value of wrong dispersion: %#x, expected %#x
Section [%2d] '%s': entrance %d has next wrong field in auxiliary data
Section [%2d] '%s': entrance %d has wrong compensation of auxiliary data
Section [%2d] '%s': entrance %d has version %d wrong
Section [%2d] '%s': %d does reference to unknown dependency
Section [%2d] '%s': entrance %zu: value %s has to be valid compensation in section [%2d] '%s'
Section [%2d] '%s': entrance %zu: value %s has to aim in loaded segment
Section [%2d] '%s': entrance %zu: the value DT_PLTREL has to be DT_REL or DT_RELA
Section [%2d] '%s': entrance %zu: level 2 label %s used
Section [%2d] '%s': entrance %zu: more than an entrance with label %s
Section [%2d] '%s': entrance %zu: pointer does not coincide with direction of section [%2d] '%s' to the that does reference shlink
Section [%2d] '%s': entrance %zu: unknown label
Section [%2d] '%s': size of entrance does not coincide with Elf32Word
Section [%2d] '%s': table of index extended too small for table of symbols
Section [%2d] '%s': index of widespread section in section [%2zu] '%s' refers  to the same table of symbols
Section [%2d] '%s': index of section extended no for table of symbols
Section [%2d] '%s': reference of cubetas of dispersion %zu out of limits
Section [%2d] '%s': chain of dispersion for cubeta %zu out of limit
Section [%2d] '%s': reference of chain of dispersion %zu out of limits
Section [%2d] '%s': table of dispersion no for table of dynamic symbols
Section [%2d] '%s': section of table of dispersion is too small (is %ld, expects  %ld)
Section [%2d] '%s': value of dispersion for symbol %or in chain for cubeta %zu is wrong
Section [%2d] '%s': index of section of fate invalid
Section [%2d] '%s': type of section of fate invalid
Section [%2d] '%s': index of symbol invalid in shinfo
Section [%2d] '%s': compulsory label %s is not present
Section [%2d] '%s': more than a definition of BASE
Section [%2d] '%s': there is not section of present dispersion
Section [%2d] '%s': there is not gone in of clear-cut note for the type of archive
Section [%2d] '%s': archive no-DSO marked like dependency during the pre-link
Section [%2d] '%s': entrances non-DT_NULL follow to the entrance DT_NULL
Section [%2d] '%s': reubicación no-relative in %zu of index; DTRELCOUNT specified %d reubicaciones relative
Section [%2d] '%s': nonzero sh_%s for section NULL
Section [%2d] '%s': no all the %s, %s, and %s are present
Section [%2d] '%s': no marked to be assigned
Section[%2d] '%s': compensation %zu: sub-section of attribute has unexpected label %or
Section [%2d] '%s': compensation %zu: endless ULEB128 in label of sub-section of attribute
Section[%2d] '%s': compensation %zu: endless ULEB128 in label of attribute
Section [%2d] '%s': compensation %zu: extra bytes after the last section of attribute
Section[%2d] '%s': compensation %zu: longitude invalid in section of attribute
Section [%2d] '%s': compensation %zu: longitude invalid in sub-section of attribute
Section [%2d] '%s': compensation %zu: section of attribute truncated
Section [%2d] '%s': compensation %zu: label of attribute no recognised %or
Section [%2d] '%s': compensation %zu: chain without ending up in attribute
Section [%2d] '%s': compensation %zu: provider '%s' unknown
Section [%2d] '%s': compensation %zu: field of longitude zero length in sub-section of attribute
Section [%2d] '%s': only the relocatable archives can have index of section extended
Section [%2d] '%s': appointed like a table of chain for the section [%2d] '%s' but the type is not SHTSTRTAB
Section [%2d] '%s': reubicaciones relative after the %d of index have been specified by DTRELCOUNT
Section [%2d] '%s': relocatable archives can not have tables of dispersion
Section [%2d] '%s': reubicación %zu: reubicación of copy with symbol of type %s
Section [%2d] '%s': reubicación %zu: type invalid
Section [%2d] '%s': reubicación %zu: compensation out of limits
Section [%2d] '%s': reubicación %zu: only the symbol '_GLOBAL_OFFSET_TABLE_' can use with %s
Section [%2d] '%s': reubicación %zu: section of only-reading modified, but did not establish  flag of reubicación
Section [%2d] '%s': reubicación %zu: type of reubicación invalid for the type of archive
Section [%2d] '%s': the reubicaciones do  with loaded data and downloaded
Section [%2d] '%s': size of entrance of section does not coincide with ElfXXDyn
Section [%2d] '%s': size of entrance of section does not coincide with ElfXXRela
Section [%2d] '%s': the group of section [%2zu] '%s' does not precede to the member of group
Section [%2d] '%s': group of section contains another group [%2d] '%s'
Section [%2d] '%s': group of section with only a member
Section [%2d] '%s': group of section without word of flags
Section [%2d] '%s': group of section without member
Section [%2d] '%s': groups of section only allowed in archives of relocatable object
Section [%2d] '%s': reference of section in shlink is not a table of symbols
Section [%2d] '%s': size of section is not multiple of size of (Elf32Word)
Section [%2d] '%s': section with the flag SHFGROUP is not part of a section of group
Section [%2d] '%s': shflags no established correctly
Section [%2d] '%s': shflags no zero
Section [%2d] '%s': shinfo is not zero
Section [%2d] '%s': shinfo has to be zero
Section [%2d] '%s': shlink does not link  to the table of chains
Section [%2d] '%s': the symbol %d: they can not  read data of version
Section [%2d] '%s': symbol %d: index of version invalid %d
Section [%2d] '%s': the symbol %d: the local symbol with world-wide scope
Section [%2d] '%s': symbol %d: local symbol with version
Section [%2d] '%s': symbol %d: index of version %d is for clear-cut version
Section [%2d] '%s': symbol %d: index of version %d is for the version requested
Section [%2d] '%s': the symbol %or to the that does  reference in chain for cubeta %zu is indefinite
Section [%2d] '%s': symbol %zu: value of name invalid
Section [%2d] '%s': reference of symbol in chain for cubeta %zu out of limits
Section [%2d] '%s': the table of symbol can not have more than a section of widespread index
Section [%2d] '%s': unknown main version '%s'
Section [%2d] '%s': flags of group of unknown section
Section [%2or] '%s': the size of the entrance does not coincide with ElfXXSym
Section [%2zu] '%s' does not have flag SHFALLOC established but there are segments cargables
Section [%2zu] '%s' has flag SHFALLOC established but is not a segment cargable
Section [%2zu] '%s' does not have type NOBITS but is not read from the file in segment of entrance of header of program %d
Section [%2zu] '%s' does not have type NOBITS but is read from the archive in segment of entrance of header of program %d
Section [%2zu] '%s' has a type %d unexpected for an executable section
Section [%2zu] '%s' has type %d incompatible
Section [%2zu] '%s' has wrong flags: %s expected and possibly %s, is %s
Section [%2zu] '%s' has wrong flags: %s expected, is %s
Section [%2zu] '%s' is executable in segment no executable %d
Section [%2zu] '%s' is table of index of section of extension in archive no-object
Section [%2zu] '%s' has to be assigned
Section [%2zu] '%s' does not have to be executable
Section [%2zu] '%s' no contained totally in segment of entrance of header of program %d
Section [%2zu] '%s' present in archive object
Section [%2zu] '%s': header ELF says this is the table of chain of header of section, but the type is not SHTTYPE
Section [%2zu] '%s': assignment of flag established but section no in any loaded segment
Section [%2zu] '%s': reference of section invalid in value of information
Section [%2zu] '%s': reference of section invalid in value of link
Section [%2zu] '%s': flag of fusion established but size of entrance is zero
Section [%2zu] '%s': reference to the index of symbol 0
Section [%2zu] '%s': relocatable files can not have tables of dynamic symbols
Section [%2zu] '%s': size is not multiple of size of entrance
Section [%2zu]: it appoint invalid
shlink In sections of dispersion [%2zu] '%s' and [%2zu] '%s' are not identical
Executable static can not have dynamic sections
Symbol %d appointed in new table of dispersion in [%2zu] '%s' but no in the table of anterior dispersion in [%2zu] '%s'
Symbol %d appointed in the table of anterior dispersion in [%2zu] '%s' but no in the new table of dispersion in [%2zu] '%s'
Symbol 0 has to have index of widespread section zero
The archive '%s' is too big
The archive that contains the function '%s' is not compiled with -fpic/-fPIC
The file that contains the function '%s' could not being compiled with -fpic/-fPIC
Number of version of header ELF stranger eident[%d] == %d
Type of unknown machine %d
Operating system YOU ABI eident[%d] == '%s' incompatible
While it closes `%s'
Error when closing '%s'
When creating section of header of section: %s
When preparing start for '%s'
Error when reading file ELF
When writing '%s'
When writing '%s': %s
Section zeroth has direction nonzero
Section zeroth has flags nonzero
The section zeroth has a value of distinct link to zero whereas the header ELF does not signal overflow in phnum
Section zeroth has value of link nonzero whereas the header ELF does not signal sobreflujo in shstrndx
Section zeroth has name nonzero
Section zeroth has compensation nonzero
Section zeroth has value of size nonzero whereas the header ELF has value shnum nonzero
Section zeroth has type nonzero
Compensation %#<PRIxMAX> finds  out of section '%s'
Compensation %#<PRIxMAX> finds  out of content of '%s'
Section [%2d] '%s': value of the GLOBAL _symbol_OFFSET_TABLE_ %#<PRIx64> does not coincide with direction of section %s %#<PRIx64>
Section [%2d] '%s': size of GLOBAL _symbol_OFFSET_TABLE_ %<PRIu64> does not coincide with size of section %s %<PRIu64>
Section [%2d] '%s': Value of symbol DYNAMIC_ %#<PRIx64> does not coincide with the direction of segment%#<PRIx64>
Section [%2d] '%s': size of symbol DYNAMIC %<PRIu64> does not coincide with size of segment %<PRIu64>
Index of widespread section is %<PRIu32> but index of symbol is not XINDEX
Section [%2d] '%s': reference of chain of dispersion %<PRIu64> out of limits
Section [%2d] '%s': compensation %zu: no recognised %s value of attribute %<PRIu64>
Section [%2zu] '%s' contains flag(s) of processor-specific invalids %#<PRIx64>
Section [%2zu] '%s' contains flag(s) unknown %#<PRIx64>
phdr[%d]: Extra %<PRIu64> bytes after the last note
Section[%2d] '%s': extra %<PRIu64> bytes after the last note
Start of headers of program: %<PRId64> %s
Start of headers of section: %<PRId64> %s
(%<PRIu32> In [0].shsize)
(%<PRIu32> In [0].shlink)
Section of reubicación [%2zu] '%s' for section [%2or] '%s' in compensation %#0<PRIx64> contains entrance %d:
Section of reubicación [%2zu] '%s' for section [%2or] '%s' in compensation %#0<PRIx64> contains entrances %d:
Section of reubicación[%2or] '%s' in compensation %#0<PRIx64> contains entrance %d:
Section of list of library [%2zu] '%s' in compensation %#0<PRIx64> contains entrance %d:
Section of list of library [%2zu] '%s' in compensation %#0<PRIx64> contains entrances %d:
Section of attributes of object [%2zu] '%s' of %<PRIu64> bytes with scrolling %#0<PRIx64>:
%s %#<PRIx64> Used with directions of different size
%s %#<PRIx64> Used with offsetr of different size
[%6tx] <MATERIAL INUTIL NO USED> ... %<PRIu64> Bytes ...
[%5or] compensation: %<PRId64>, children: %s, label: %s
Section DWARF [%2zu] '%s' in compensation %#<PRIx64>:
Section DWARF [%2zu] '%s' in compensation %#<PRIx64> contains entrance %zu:
Section DWARF [%2zu] '%s' in compensation %#<PRIx64> contains entrances %zu:
Start [%*zu]: %0#*<PRIx64>, longitude: %5<PRIu64>, compensation CU DIE: %6<PRId64>
(End of compensation: %#<PRIx64>)
Leading %-26sLSDA: %#<PRIx64>
[%*<PRIuFAST8>] Argument %hhu
Line of advance by the constant %d to %<PRId64>
Establish archive to %<PRIu64>
Establish column to %<PRIu64>
Establish '%s' to %<PRIuFAST8>
Compensation [%5d] DIE: %6<PRId64>, Compensation CU DIE: %6<PRId64>, name: %s
Section of note [%2zu] '%s' of %<PRIu64> bytes in compensation %#0<PRIx64>:
Segment of note of %<PRIu64> bytes in compensation %#0<PRIx64>:
Use: %s [OPTION]... [Chains]...
The label of command has a character forbidden in way transicional (TR46)
Label of command longer that 63 characters
Name of command longer that 255 characters
The chain contains a character of context-j with an invalid rule
Buffer Written in %s
Too many files .save
(C) %s the Free Software Foundation and diverse collaborators
(To replace) in the selection
«%s» Is a FIFO
«%s» Is a file of device
%s -- %zu Line
%s -- %zu Lines
%s -- %zu Lines (%s)
%s Is thought for only reading
Try also «magic» to determine the syntax
Add selection to the file
The argument is not a chain multibyte valid
Sangrar Automatically new lines
Regex «%s» Wrong: %s
Start of paragraph
The búfer is empty
It can not  read a file from out of %s
Cancel the current function
Centre the line in which it is the cursor
Close the búfer without saving it
Close the búfer current / Exit of nano
Comment/descomentar the current line (or the marked lines)
Conversion of pulsaciones of tab to spaces
Copy the current line (or the marked region) and save it in the cutbuffer
It could not  find the syntax «%s» to extend
Count the number of lines, words and characters
The current syntax determines Tab
Cut the current line (or the marked region) and save it in the cutbuffer
Cut from the cursor at the end of line
Cut from the cursor to the end of the file
Erase the character to the left of the cursor
Erase the character under the cursor
The directory «%s» does not exist
Show the position of the cursor
Show this help
Not converting from the format TWO/Mac
Not reading the file (only write it)
Not showing the two lines of help
Until anchor down
Edit a reemplazamiento
Chain regex empty
Enable the use of the mouse
Final of paragraph
Error when expanding «%s»: %s
Error in %s in the line %zu:
Error when invoking «sort»
Error when invoking «spell»
Error when invoking «uniq»
Error when invoking '%s'
Error when reading the temporary file: %s
Error when writing in temporary file: %s
Execute a function or an external order
The file «%s» is being edited by %s (with %s, PID %s); open anyway?
Name of the file to write
The file in disk has truncated !
The file in disk has changed
File that insert [from %s]
File to insert without converting [from %s]
File to read without turn a new búfer [from %s]
The function «%s» does not exist in the menu «%s»
Go to dir
Go to the directory
Go to text
Go to backwards a character
Go to backwards a word
Go a screen downwards
Go a screen upwards
Go at the beginning of the current line
Go at the end of the current line
Go to the browser of files
Go to the first row of this column
Go to the last row of this column
Go to a line and column
Go to the following bloc of text
Go to the following line
Go to the bloc of anterior text
Go to the anterior line
Go to the first file of the list
Go to the first line of the file
Go to the last file of the list
Go to the last line of the file
Go to the corresponding key
Go to the following file in the list
Go to the anterior file in the list
Adjust strict of long lines
Hide all the bars, use the terminal integer
If necessary, it use nano with the option -I to adjust his configuration nanorc.
Sangrar The current line (or the marked lines)
Insert another file in the búfer current (or in a new búfer)
Insert the next pulsación literally
Invoke a program to apply format/organise/manipulate the búfer
Invoking the spell checker...
It jumps to backwards until the nearest anchor
Justify the current paragraph
Justify the complete file
Maintain empty the line under the bar of title
The combination %s can not be revinculada
Allow that Bsp and Of the erase a region demarcated
The macro is empty
Mark text from the current position of the cursor
Errors in '%s'
It has to specify a function to which link the key
It has to specify a menu (or «all») in which link/desvincular the key
Nano Has remained  without memory!
It has not defined  a formateador for this type of file
There are not messages for this file
The option «%s» precise an argument
The route «%s» is not a directory
Route «%s»: %s
Connect the búfer current (or the marked region) to the order
It plants or it removes an anchor in the current line
Conserve keys XON (^Q) and XOFF (^S)
Problems with the historical file
The program '%s' has complained
%zu Line read
%zu Lines read
%zu Line read (converted from format TWO)
%zu Lines read (converted from format TWO)
%zu Line read (converted from format Mac)
%zu Lines read (converted from format Mac)
they are reading  Pertinent data of the keyboard; teclee ^D or ^D^D to finish.
Reading of FIFO...
Received SIGHUP or SIGTERM
Redibujar The current screen
The chains of regex have to begin and finish with a character "
Regular expression to coincide with date
Replace a chain or regular expression
Replace this instance?
%zd Occurrence replaced
%zd Occurrences replaced
Restrict access to the system of files
Change the direction of research
Execute the last macro recorded
Save and restore the position of the cursor
Save file in format Unix by omission
Save backrest of the existent files
Save the file with a DIFFERENT NAME?
Save file without asking
Descend a line without moving the cursor textualmente
Trace a line without moving the cursor textualmente
Look for to backwards a chain or regular expression
Establish width for adjust strict and justification
Show a bar of «feedback» down
Show a bar of guide in this column
Show indicator of position+piece
Show the numbers of line in front of the text
Show some states in the bar of the title
Show this text of help and exit
There is somebody more editing this same file
Special gratitudes stops:
The standard entrance is not a terminal
Initiate/stop recording of macro
Suspend the editor (goes back to the console)
Definition of syntax to use for coloreado
Thank you For using nano.
The syntax «default» does not admit regex '%s'
The syntax «default» does not admit extensions
The syntax «none» is reserved
The Free Software Foundation
The directory of work has disappeared
There are not anchors
This function is desactivada in way restricted
This is the only anchor
This is the only coincidence
This message is for the no open file %s; open it in a new búfer?
Refuse the current line (or the marked region)
To suspend, teclear ^T^Z
Change the distinction mayús./minús. In the research
Commutate the use of format TWO
Commutate the use of format Mac
Commutate the use again búfer
Change the use of regular expressions
Too many errors of stdin
Too much entrance of swipe
It tries to complete the current word
Trying again in his directory of start
Teclea «%s -h» For the list of options.
Remove sangrado of the current line (or the marked lines)
Unknown function: %s
Unknown menu: %s
Until anchor up
Way of use: nano [OPTIONS] [[+LINE[,COLUMN]] FILE]...
It use «fg» to go back to nano.
Use bold in place of reverse text
Use only this file to configure nano
Use this alternative spell checker
Bienvenido to nano. To obtain basic help, press Ctrl+G.
When the name of file is '-', nano reads data of the standard entrance.
What other characters are parts of word
Write selection to the file
Write the búfer current (or the marked region) to disk
Writing in FIFO...
%zu Line written
%zu Lines written
magicfile(%s) Has failed: %s
magicload() Has failed: %s
The translators and the TP
It shows a tree of processes
%*s User PID ACCESS ORDER
%s Is empty ( no mounted ?)
%s: Option no valid: %s
%s: Any process found
%s: Unknown signal; %s -l enumerates the signals.
/proc Is not mounted, can not  obtain statistics of /proc/self/stat.
It can not  open /proc/net/unix: %s
It can not  resolve the local port %s: %s
Copyright (C) 1993-2021 Werner Almesberger and Craig Small
Copyright (C) 1993-2022 Werner Almesberger and Craig Small
© 2007 Trent Waddington
Error attaching to pid %i
Kill %s(%s%d)? (s/N)
Killed %s(%s%d) with the signal %d
Any process found.
It press «enter» to close
The process with pid %d does not exist.
Signal %s(%s%d)? (s/N)
TERM Is not established
It can not  reserve memory for procinfo
Local port AF unknown %d
Way of use: killall [OPTION]... [--] Name...
They can not  look for sockets alone of type IPv4 and only of type IPv6 at the same time
Has to provide  at least a PID.
killall: %s Lacks gone in of processes (no mounted?)
killall: The maximum number of names is %d
killall: Omitting partial coincidence %s(%d)
%.*s (Copy %or)%s
%d Archive: %s
%d Archives: %s
%lu Remaining hour (%s/seg)
%lu Remaining hours (%s/seg)
%lu Remaining minutes (%s/seg)
%lu Second remaining (%s/seg)
%lu Second remaining (%s/seg)
%s (Copy %or)
%s Of %s
The operation %s only can  redo partially
%s Into use (%.0f%%) | %s free (%.0f%%)
%Or element (%s, %s)
%Or elements (%s, %s)
%x To the %X
A control to show in place of the usual label of the page
Add a new personalised action.
Add the folder selected to the lateral signpost of direct accesses
Add the folders selected to the lateral signpost of direct accesses
All the archives in this folder will appear in the menu «Create a document».
Allow that this archive execute  like a program
It appears if the selection contains:
Apply only to the folder
Sure that it wants to forget «%s»?
Sure that it wants to delete «%s»?
Sure that it wants to open all the folders?
Ask every time
It is necessary autentificarse to execute Thunar like superusuario.
Cruise by the disks and local and remote folders accessible from this squad
It cruise by the system of archives to select an application to open archives of the type «%s».
It cruise by the system of archives to select an application for this action.
By date of modification
Change the application predetermined for archives of the type «%s» by the application selected.
It choose the application predetermined to open the archive selected
It choose another application with which open the archive selected
Erase the inferior list
Erase the shortcut of keyboard for this action.
It do click here for renombrar the archives listed and close the window.
It do click here for renombrar the archives listed with his new names and maintain the open window.
It do click here to detain the calculation of the total size of the folder.
It do click in this button to select the icon that will show  in the contextual menu beside the name of the action chosen previously.
Close all the windows
Close all the windows of Thunar
Close this folder
Configure the columns of the view of list detailed
Configure the personalised actions...
Confirm to replace archives
Copy the selection
Copying archives to «%s»...
Create link to the archive selected in the desk
Create links to the archives selected in the desk
Create a new document from a staff
Create a symbolic link for the archive selected
Create a symbolic link for each archive selected
Create an empty folder in the current folder
Create bookmarks for all the folders selected. If there is not any selected, marks  the current folder.
Creating symbolic links in «%s»...
Delete (opposite to create)
Delete all the archives and folders of the papelera
Delete the action selected.
Desk (Create link)
Desk (Create links)
Show information about Thunar
Show the content of the papelera
Show the papelera
Not asking again
It wants to replace the existent archive
It wants to replace the existent folder
It wants to replace the link
Draw frames around the miniatures
Edit the action selected.
Edit the launcher selected
Expel the device selected
Vaciando The papelera...
It write a list of patterns to determine if this action has to show  for an archive selected. If it specifies here more than a pattern, the elements of the list have to separate with semicolon (for example, *.txt;*.doc).
It write the new name:
It write the text that will use  like replacement for the anterior pattern.
Error when copying to «%s»: it needs  %s more than space in the fate
Example of a personalised action
Execute the archive selected
Execute the archives selected
It has not been able to  change the group of «%s»: %s
It has not been able to  change the owner of «%s»: %s
They have not been able to  change the permissions of «%s»: %s
It has not been able to  create a link for the URL «%s»
From the end (right)
From the beginning (left)
Go to the personal folder
Go to the following folder visited
Go to the last folder visited
Go to the folder of staff
If the order has to operate on, for example, two or three archives, write the numerical interval 2-3. If by the contrary there are not limits, this chain has to be empty.
If it chooses vaciar the papelera, all the elements that contain will lose  permanently. Also it can delete them separately.
If it deletes a personalised action, will lose  for ever.
Include additional archives in the list of archives that go  to renombrar
Shortcut of keyboard into use
Last active view
No enregistrar operations
Modern approach with buttons that correspond to folders
Mount and open %s (%s)
Mount the device selected
Move or copy archives selected previously with an order Cut or Copy
Move or copy archives selected previously with an order Cut or Copy in the folder selected
Go down the action selected a row.
Go up the action selected a row.
Move the archive selected to the Papelera
Move the archives selected to the Papelera
Moving archives to «%s»...
Moving archives to the papelera...
No to everything
Name and extension
New empty archive
Number - Text - anterior Name
Anterior name - Text - Number
Only for local archives
Only for a remote location
Open %d New Windows
Open %s and other archives of the type «%s» with:
Open with another application...
Open a new window of Thunar for the location showed
Open a new eyelash for the location showed
Open the current folder in a new window
Open the folders in new eyelashes with the central click
Open in %d New Eyelashes
Open in %d New Windows
Open the personal folder
Open the location «%s»
Open the upper folder
Open the directory selected in a new eyelash
Open the directories selected in %d new eyelashes
Open the directory selected in new window
Open the directories selected in %d new windows
Open the archive selected
Open the archives selected
It open the archive selected with the application predetermined
It open the archives selected with the applications predetermined
Paste the clipboard
Delete permanently the archive selected
Delete permanently the archives selected
Report of errors to <%s>.
Prepare the archive selected to copy it with a commando Paste
Prepare the archives selected to copy them with a commando Paste
Prepare the archive selected to move it with a commando Paste
Prepare the archives selected to move them with a commando Paste
Print information of the version and exit
Redo the last operation
Recargar The current folder
Delete from the position:
Remove the archive selected of the list of archives to renombrar
Remove the archives selected of the list of archives to renombrar
Renombrar Multiple archives
Renombrar File selected
Renombrar Archives selected
Restore the archive selected to his original location
Restore the archives selected to his original location
Restore the archive selected to his original location and open the location in a new window/eyelash
Restore the archives selected to his original locations and open the locations in a new window/eyelash
Execute Thunar like superusuario
Execute in a terminal
Execute in way service
Look for a specific archive in the current folder and in the recent
Look for with Catfish...
Select all the archives
Select all the archives except which already are selected
Select all the archives of this window
Select all the archives that coincide with a true pattern
It select an application
It select an icon for «%s»
It select this option to show the emblems of the icons in the signpost of direct accesses for all the folders for which have defined  emblems in the dialogue of properties of the folder.
It select this option to draw black frames around the miniatures.
It select this option to list the folders before that the archives when ordering a folder.
It select this option to open a new eyelash instead of a new window with the central click
It select this option to open the new instances of Thunar like eyelashes in a window of Thunar existent
It selects this option to restore the eyelashes as they were the last time that used Thunar
It select this option to execute the order in a window of the terminal.
It select this option to show the size of the archives in binary format instead of decimal.
It select this option to show the action «Delete» in the contextual menu
It select this option to show the complete route of the folder in the title of the eyelash instead of only his name
It select this option to use the icon of the current folder like the icon of the window
Send %d archive like archive compressed?
Send %d archives like archive compressed?
Send the archive selected to "%s"
Send the archives selected to "%s"
Send to the desk
Show the action to delete permanently archives and folders
Show the size in binary format
Show the last modification
Show the size in bytes
Show the content to normal size
Show the content with less detail
Show the content in more detail
Lateral signpost (Add bookmark)
Lateral signpost (Add bookmarks)
Size in bytes
Organise the elements in ascending order
It specify a location to open
Eyelashes and windows
The squad of development of Thunar. All the rights reserved.
The URL to the that access.
The URL of the documentation of the program of change of name
The order (included the necessary parameters) to make the action. It consult the inferior legend to see a list of the compatible variables for the parameters, that will substitute  when executing the order. If it uses egregious letters (for example, %F, %D, %N), the action will execute  even if it selects  more than an element. Of the contrary, the action only will execute  if it selects  exactly an element.
The description of the action that will show  in the bar of state when selecting the element of the contextual menu.
The archive of desk «%s» is in an unsure location and is not marked like executable. If it does not trust this program, do click in Cancelling.
it is expelling  The device «%s». This action can take some time
it is disassembling  Of the system the device «%s». It do not extract the support neither desconecte the unit.
It does not exist the folder «%s». It wants to create it?
No longer it exists the folder «%s», but is necessary to restore the archive «%s» of the papelera
The permissions of the folder will reestablish  of coherent form. Afterwards, only the users with permission to read the content of the folder will be able to access to the same.
The following parameters of the order will substitute  when initiating the action:
The following archives  sobrescribieron in the operation that is trying to redo and can not  restore:
They have  sobrescrito these archives in the operation that is trying to undo and can not  restore:
The format describes the parts of the date and the hour that will insert  in the name of the archive. For example, %And it will substitute  by the year, %m by the month and %d by the day. It consult the documentation of the utility «give you» to obtain additional information.
The generic name of the entrance. For example, «Browser web» in the case of Firefox.
The element will delete  of the record
The shortcut of keyboard for the action.
The name of the action that will show  in the contextual menu.
The number of archives of origin and of fate has to be the same
The operation that tries to redo does not have any archive associated, by what can not  redo.
The operation that tries to undo does not have files associated, by what can not  undo.
The route «%s» does not do reference to a folder
The program to execute, possibly with arguments.
The application selected will use  to open this and other archives of the type «%s».
The submenú in which it will show  the action. Leave it in target for any menu. It use «/» for menus sheltered.
The folder of work for the program.
The folder of work has to be an absolute route
Have to write  data in the device «%s» before being able to remove it. It do not extract the support neither desconecte the unit.
There is not any operation that redo
There is not at all in the clipboard to paste
This folder already contains an archive «%s».
This folder already contains a folder «%s».
This folder already contains a symbolic link «%s».
This shortcut of keyboard is used by: «%s»
Thunar Is a browser of archives designed specifically for the desk Xfce, but also can  use in other surroundings of desk. His design of double signpost is simple and clear.
Today to the %X
It changes the visibility of the unseen archives in the current window
Description for the entrance. For example, «it Cruise by the web» in the case of Firefox. It would not have to be redundante with regard to the name or the description.
Traditional entrance that shows the current route
Transfer archives in parallel:
Papelera Contains %d archive
Papelera Contains %d archives
Trying move «%s»
Trying restore «%s»
Element of unknown closing <%s>
Disassemble the device selected
Deseleccionar All the archives of this window
It use "%s" to open the archive selected
It use "%s" to open the archives selected
Use a personalised order:
Use a personalised order for an application that was not available in the list of anterior applications.
Use by defect for this type of archive
Show the properties of the archive selected
When sending an archive by email, can choose among sending the archive directly, such cual, or compress it before attaching it to an email. It recommends  compress the big archives before sending them.
When sending several archives by email, can choose among sending the archives directly, attaching several archives to a post, or send all the archives compressed in an only archive. It recommends  send several big archives in an only archive compressed.
Writing data in the device
Writing by Benedikt Meurer <benny@xfce.org>.
Yesterday to the %X
It can choose among omitting this archive and continue with the change of name of the remaining archives, undo the changes made or cancel the operation without undoing the changes made.
Double click to actuate the elements
Open with the applications predetermined
Restore and show
Restore and show the archives
Omit this archive
To, b, c, d...
Link %or to %.*s%s
Link to %.*s%s
The route of the first archive or folder selected
The routes of all the archives and folders selected
With the following archive?
With the following folder?
With the following link?
