--GTYPE-Grupo-formato=GFMT formato GTYPE grupos de entrada con GFMT
--LTYPE-Línea-formato=LFMT formato LTYPE líneas de entrada con LFMT
--Binario leído y escribir dato en modo binario
--Línea-formato=LFMT formato todas líneas de entrada con LFMT
--No-dereference no sigue enlaces simbólicos
--Tira-final-cr tira retorno de carro final encima entrada
--Suprimir-espacio-vacío suprime espacial o tabulador antes de líneas de salida vacía
%s %s Difiere: byte %s, línea %s
%s %s Difiere: byte %s, línea %s es %3o %s %3o %s
%s: diff Falló:
%s: Opción '%s%s' no deja una riña
%s: Opción '%s%s' es ambiguo
%s: Opción '%s%s' es ambiguo; posibilidades:
%s: Bucle de directorio recursivo
%s: unrecognized Opción '%s%s'
'-' Especificado para más de una lima de entrada
-D opción no apoyada con directorios
-F, --espectáculo-función-línea=RE asoma la línea más reciente que empareja RE
-N, --nuevo-la lima trata limas ausentes como vacíos
-X gusta -x, pero conflictos de grupo
-Z, --ignorar-final-espacial ignora espacio blanco en fin de línea
-d, --mínimo prueba duro de encontrar un conjunto más pequeño de cambios
-i Anexa 'w' y 'q' órdenes a ed guiones
-l, --compaginar salida de pase a través de 'pr' para  compaginarlo
-n, --LÍMITE=de bytes compara como máximo bytes de LÍMITE
-n, --rcs salida un RCS formato diff
-s, --tranquilo, --silencioso suprimir toda salida normal
-s, --informe-idéntico-las limas informan cuándo dos limas son igual
-s, --suprimir-común-líneas  no salida líneas comunes
-t, --expandir-los tabuladores expanden tabuladores a espacios en salida
-v, --información de versión de salida de versión y salida
-x, --excluir=PAT excluir limas que partido PAT
-y, --lado-por-salida de lado en dos columnas
Limas binarias %s y %s difiere
Subdirectorios comunes: %s y %s
Compara línea de LIMAS por línea.
Compara dos byte de limas por byte.
Lima %s es un %s mientras lima %s es un %s
Limas %s y %s es idéntico
Limas %s y %s difiere
Si una LIMA es '-' o desaparecido, entrada estándar leída.
Si una LIMA es '-', entrada estándar leída.
Sólo en %s: %s
Uso: %s [OPCIÓN]... Limas
Uso: %s [OPCIÓN]... MYFILE OLDFILE YOURFILE
Puede no interactivamente fusionar entrada estándar
cmp: EOF En %s después de que byte %s
cmp: EOF En %s después de que byte %s, en línea %s
cmp: EOF En %s después de que byte %s, línea %s
cmp: EOF En %s cuál es vacío
Fallado para reabrir %s con modo %s
Error interno: nulo diff tipo en processdiff
Error interno: nulo diff el tipo pasó a salida
Color nulo '%s'
Periodo de contexto nulo '%s'
Nulo diff formato; última línea incompleta
Periodo de horizonte nulo '%s'
Ancho nulo '%s'
Opciones -l y -s es incompatible
Programa subsidiario '%s' no podría ser invocado
Demasiadas opciones de sello de la lima
unparsable Valor para --paleta
[Pidiendo intérprete de programa: %s]
Mesa de sitio de la llamada:
[%6tx] Cero terminator
Archivo '%s' tiene ningún índice de símbolo
COMDAT Grupo de sección [%2zu] '%s' con firma '%s' contiene %zu entrada:
COMDAT Grupo de sección [%2zu] '%s' con firma '%s' contiene %zu entradas:
Mesa de búsqueda de marco de llamada sección [%2zu] '.eh_Marco_hdr':
La excepción que maneja sección de mesa [%2zu] '.gcc_Exceptúa_mesa':
Grupo de sección [%2zu] '%s' con firma '%s' contiene %zu entrada:
Grupo de sección [%2zu] '%s' con firma '%s' contiene %zu entradas:
Mesa de símbolo [%2u] '%s' contiene %u entradas:
Sección '%s' no existe
Sección [%lu] no existe
Sello de Tiempo de la biblioteca Checksum Banderas de Versión
Linker Versión: %.*s
%#06x: Padre %d: %s
%#06x: Versión: %hu Lima: %s Cnt: %hu
ABI Versión: %hhd
Mesa de serie de encabezamiento de sección índice: XINDEX%s
%lu Mesa de Serie de símbolo local: [%2u] '%s'
%lu Mesa de Serie de símbolos local: [%2u] '%s'
*** Error mientras leyendo abreviatura: %s
LPStart Codificando: %#x
TType Codificando: %#x
[%6tx] <DATO NULO>
[%6tx] <UNUSED BASURA EN RESTO DE SECCIÓN>
Extendido opcode %u:
Bandera de bloque básica puesta
Conjunto isa a %u
%*s*** Serienorescindida en fin de sección
%s %s diff: Encabezamiento de elfo
%s %s diff: Cuenta de encabezamiento del programa
%s %s diff: Cuenta de sección
%s %s Difiere: vacío
%s %s Difiere: encabezamiento de programa %d
%s %s Difiere: sección [%zu,%zu] '%s' contenido
%s %s Difiere: sección [%zu] '%s' contenido
%s %s Difiere: mesa de símbolo [%zu,%zu]
%s %s Difiere: mesa de símbolo [%zu]
%s %s Difiere: cantidad desigual de secciones importantes
%s En %s
%s No compilado con -fpic/-fPIC
%s El segmento no contenido en un segmento cargado
%s%s%s: Formato de lima no reconocido
%s: No puede utilizar -o o -f cuándo desnudando archivo
%s: Error mientras creando encabezamiento de ELFO: %s
%s: No una lima de archivo
%zu Bloque de byte:
'%s' Es ningún archivo
'%s' No es un DSO o PASTEL
'%s' No es un archivo, no puede imprimir índice de archivo
'Un', 'b', y 'i' es sólo dejado con el  soy' y 'r' opciones
-d La opción especificó dos veces
-n No puede ser utilizado con limas explícitas o -o o -d
.gnu.versym Presente de sección sin .gnu.versym_d O .gnu.versym_r
Alias para --radix=o
Todo este plus -p .strtab -p .dynstr -p .Comentario
También símbolo de espectáculo o nombres de sección
Aplica relocations a contenidos de sección en ETREL limas
Miembro de archivo '%s' contiene:
Nombre de archivo requirió
Binario es un separado debuginfo lima
Compara partes pertinentes de dos limas de ELFO para igualdad.
Tratamiento de control de vacíos en loadable segmentos [ignora|partido] (default: ignora)
Copia acceso/modificado timestamps a la salida
Crea limas de salida múltiple debajo DIRECTORIO
Crea salida para módulos que tiene no separado depura información
Dato de enano en '%s' no ajustado para prelinking sesgo; considera prelink -u
Dato de enano no ajustado para prelinking sesgo; considera prelink -u
Discard Símbolos de limas de objeto.
Código de ensamblador de la exposición de secciones ejecutables
Exposición símbolos dinámicos en vez de símbolos normales
Histograma de exposición de periodo de lista del cubo
Exposición sólo símbolos externos
Exposición sólo undefined símbolos
Exposición las notas de ELFO
Exposición el segmento dinámico
Exposición los contenidos llenos de todas las  secciones pidieron
Exposición los encabezamientos de programa
Exposición el índice de símbolo de un archivo
No encuentra nombres de símbolo para alocuciones en dato de ENANO
No imprime cualquier cosa si exitoso
No ordena los símbolos
Vertedero el uninterpreted contenidos de SECCIÓN, por número o nombre
Encuentra alocuciones en LIMA
Encuentra alocuciones en limas mapped a proceso PID
Encuentra alocuciones en el corriendo kernel
INTERP Entrada de encabezamiento del programa pero no .interp Sección
Ignora permutación de cubos en SHTHASH sección
Opciones de selección de la entrada:
Inserta lima después de que [MIEMBRO].
Kernel Con todos los  módulos
Localiza fuente de texto relocations en Limas (un.Fuera por default).
Parámetro de miembro requerido para 'un', 'b', y 'i' modifiers
MÓDULO de partido en contra nombres de lima, no nombres de módulo
Más de una operación especificó
Único NUL-rescindió secuencias de MIN-LEN caracteres o más está imprimido
Información de exposición única para NOMBRE de sección.
Sólo una lima de entrada dejada junto con '-o' y '-f'
Prepend Ruta a todos nombres de lima
Coto citas originales.
Limas de huella en archivo.
Ubicación de huella de la serie en base 8, 10, o 16 respectivamente.
Nombre de huella de la lima antes de cada serie.
Nombre de huella de la lima de entrada antes de cada símbolo
Medida de huella y banderas de permiso para loadable segmentos
Proporciona salida verbosa.
Saca .Sección de comentario
Saca encabezamientos de sección (no recomendados)
Mismo como --formato=posix
Mismo como -b.
Mismo como `--radix=10'
Mismo como `--radix=8'
Escáner lima entera, no sólo secciones cargadas
Ruta de búsqueda para separado debuginfo limas
Selecciona medida de carácter y endianness: s = 7-mordió, S = 8-mordió, {b,l} = 16-mordió, {B,L} = 32-mordió
Espectáculo nombres de base única de limas de fuente
Similar a `--formato=sysv' salida pero en uno tacha
Actualización sólo limas más viejas en archivo.
Uso RADIX para imprimir valores de símbolo
Uso ruta llena para archiva emparejar.
Uso el FORMATO de formato de la salida. El formato puede ser `bsd' o `sysv'. El default es `bsd'
Uso el FORMATO de formato de la salida. El formato puede ser `bsd', `sysv' o `posix'. El default es `sysv'
[Miembro] [CUENTA] ARCHIVO [LIMA...]
Un relocation modifica memoria en offset %llu en un escribir-segmento protegido
Alocución fuera de gama
Símbolo dinámico malo
bzip2 La descompresión falló
Mesa de búsqueda de marco de llamada no tiene que ser ejecutable
Mesa de búsqueda de marco de llamada la remisión en encabezamiento de programa tiene offset incorrecto
Mesa de búsqueda de marco de llamada medida mismatch en programa y encabezamiento de sección
No puede añadir sección nueva: %s
No puede añadir nombre de sección a mesa de serie: %s
No puede destinar dato de sección: %s
Puede no cache alocuciones de sección para módulo '%s': %s
No puede cambiar modo de %s
No puede cambiar modo de lima de salida
No puede cambiar tiempo de modificación de %s
No puede copiar dato de sección: %s
No puede copiar encabezamiento de sección: %s
No puede crear EBL descriptor para '%s'
No puede crear descriptor de ELFO para '%s': %s
No puede crear descriptor de ELFO: %s
No puede crear encabezamiento de ELFO: %s
No puede crear lima de salida
No puede crear encabezamientos de programa: %s
No puede crear árbol de búsqueda
No puede determinar número de encabezamientos de programa: %s
No puede determinar número de secciones: %s
No puede encontrar depurar lima para módulo '%s': %s
No puede encontrar kernel módulos
No puede encontrar kernel o módulos
No puede encontrar lima desnudada para módulo '%s': %s
No puede encontrar símbolo '%s'
No puede generar descriptor de Elfo: %s
No puede coger %s contenido: %s
No puede coger offset de DADO: %s
No puede coger encabezamiento de ELFO
No puede coger encabezamiento de ELFO de '%s': %s
No puede coger encabezamiento de ELFO: %s
No puede coger contenido de sección %zu en '%s': %s
No puede coger dato para sección %d: %s
No puede coger depurar descriptor de contexto: %s
No puede coger dato de sección de dato de línea: %s
No puede coger macro dato de sección de la información: %s
No puede coger entrada de encabezamiento del programa %d de '%s': %s
No puede coger encabezamiento de programa: %s
No puede coger relocation: %s
No puede coger cuenta de sección de '%s': %s
No puede coger dato de sección: %s
No puede coger encabezamiento de sección
No puede coger encabezamiento de sección de sección %zu: %s
No puede coger mesa de serie de encabezamiento de sección índice de sección: %s
No puede coger encabezamiento de sección: %s
No puede coger sección: %s
No puede coger símbolo en '%s': %s
No puede coger entrada de mesa del símbolo: %s
No puede coger sección de mesa del símbolo %zu en '%s': %s
No puede coger versión de símbolo: %s
No puede manejar descripción de tipo del ENANO
No puede insertar a hash mesa
No puede cargar dato de '%s': %s
No puede cargar kernel símbolos
No puede manipular null sección
No puede abrir %.*s
No puede abrir EBL backend
No puede abrir archivo '%s'
No puede abrir archivo '%s': %s
No puede leer %s: %s
No puede leer lima de núcleo del ELFO: %s
No puede leer encabezamiento de ELFO de %s(%s): %s
No puede leer contenido de %s: %s
No puede leer dato de lima
No puede leer dato de sección: %s
No puede leer mesa de serie de encabezamiento de sección: %s
No puede rebautizar lima provisional a %.*s
Puede no stat archivo '%s'
Puede no stat lima de entrada
Puede no stat lima de entrada '%s'
No puede actualizar encabezamiento de programa: %s
No puede actualizar mesa de serie de encabezamiento de sección dato: %s
No puede actualizar encabezamiento de sección: %s
No puede actualizar mesa de símbolo: %s
No puede escribir dato para archivar
No puede escribir lima de salida: %s
El descriptor no es para un archivo
Índice de versión duplicada %d
Medida de sección dinámica mismatch en programa y encabezamiento de sección
eident[%d] == %d Es no el dato sabido que codifica
Error durante salida de datos
Error mientras cerrando descriptor de Elfo: %s
Error mientras acabando '%s': %s
Exactamente dos riñas de lima están requeridas
El encabezamiento ejecutable no creado primero
Ejecutable/DSO con .eh_Marco_hdr la sección no tiene un PT_GNU_EH_entrada de encabezamiento de programa de MARCO
Lectura fallada '%s': %s
Descriptor de lima inutilizado
La lima tiene ningún encabezamiento de programa
Cogiendo coge encabezamiento de sección de sección %zu: %s
Parámetro de CUENTA nula %s
Índice de gama de alocución nulo
Lima de archivo nulo
Clase binaria nula
Contenidos nulos en '%s' sección
Dato nulo en offset %tu en sección [%zu] '%s'
Dato nulo en sección [%zu] '%s'
Descriptor de lima nula
Banderas de máquina nula: %s
Periodo mínima nula de medida de serie emparejada
Número nulo de entradas de encabezamiento del programa
Número nulo de entradas de mesa de encabezamiento de programa
Número nulo de entradas de mesa de encabezamiento de sección
Offset nulo %zu para símbolo %s
Alineación de sección nula
Medida de entrada de sección nula
Índice de encabezamiento de sección nulo
Medida de encabezamiento de sección nula: %hd
Mesa de encabezamiento de sección nula offset
Índice de sección nula
Tipo de sección nula para operación
Valor nulo '%s' para %s parámetro
loadable Segmento GNURELRO aplica a no es writable
loadable Segmento [%u] las banderas no emparejan GNURELRO [%u] banderas
loadable Segmento [%u] es ejecutable pero contiene no secciones ejecutables
loadable Segmento [%u] es writable pero contiene no writable secciones
Emparejado más de un módulo
Más de uno GNURELRO entrada en encabezamiento de programa
Más de uno INTERP entrada en encabezamiento de programa
Más de uno TLS entrada en encabezamiento de programa
Más de un símbolo de versión presente de mesa
No .gnu.versym Presente de sección pero .gnu.versym_d O .gnu.versym_r La sección existe
Ninguna información de ENANO
Ningún valor de alocución
Ningún valor constante
Ningún valor de bandera
Ningún índice disponible
Ningún valor de remisión
Ninguna biblioteca de apoyo encontrada para máquina
Sólo executables, compartió objetos, y limas de núcleo pueden tener encabezamientos de programa
Sólo uno de -o o -d dejó
Las limas trasladables únicas pueden contener grupos de sección
Directorio de salida '%s'
phdr[%d]: No puede coger contenido de sección de nota: %s
phdr[%d]: Ninguno entradas de nota definieron para el tipo de lima
Miembro de puesto %s no encontrado
Entrada de encabezamiento del programa %d: alineación no un poder de 2
Entrada de encabezamiento del programa %d: offset de lima y alocución virtual no módulo de alineación
Entrada de encabezamiento del programa %d: medida de lima más suma que medida de memoria
Offset de encabezamiento del programa en encabezamiento de ELFO y PHDR la entrada no empareja
Sección [%2d] '%s' tiene tipo incorrecto: esperado %s, es %s
Sección [%2d] '%s' refiere en shlink a sección [%2d] '%s' qué es no mesa de símbolo dinámico
Sección [%2d] '%s': %s la etiqueta que pierde en DSO marcado durante prelinking
Sección [%2d] '%s': %s la etiqueta que pierde en prelinked ejecutable
Sección [%2d] '%s': '%s' en zeroth entrada no cero
Sección [%2d] '%s': DTRELACOUNT utilizado para este REL sección
Sección [%2d] '%s': DTRELCOUNT utilizado para este RELA sección
Sección [%2d] '%s': DTRELCOUNT valor %d demasiado alto para esta sección
Sección [%2d] '%s': XINDEX para zeroth entrada no cero
Sección [%2d] '%s': _símbolo_de_MESA_ de OFFSET GLOBAL presente, pero no .Sección cogida
Sección [%2d] '%s': _símbolo_de_MESA_ de OFFSET GLOBAL refiere a sección [%2d] '%s'
Sección [%2d] '%s': entrada auxiliar %d de entrada %d tiene nombre de versión duplicada '%s'
Sección [%2d] '%s': entrada auxiliar %d de entrada %d tiene remisión de nombre nulo
Sección [%2d] '%s': entrada auxiliar %d de entrada %d tiene bandera desconocida
Sección [%2d] '%s': entrada auxiliar %d de entrada %d tiene incorrecto hash valor: %#x, esperó %#x
Sección [%2d] '%s': entrada auxiliar %d de entrada %d tiene campo próximo incorrecto
Sección [%2d] '%s': no puede coger contenido de sección de nota
Sección [%2d] '%s': no puede coger dato: %s
Sección [%2d] '%s': no puede coger entrada de sección dinámica %zu: %s
Sección [%2d] '%s': no puede coger relocation %zu: %s
Sección [%2d] '%s': no puede coger dato de sección
Sección [%2d] '%s': no puede coger encabezamiento de sección para elemento %zu: %s
Sección [%2d] '%s': no puede coger símbolo %d: %s
Sección [%2d] '%s': no puede coger símbolo %zu: %s
Sección [%2d] '%s': no puede coger símbolo para firma
Sección [%2d] '%s': no puede coger mesa de símbolo: %s
Sección [%2d] '%s': variedad de cadena demasiado grande
Sección [%2d] '%s': contiene %s entrada pero no %s
Sección [%2d] '%s': sección de atributos de objeto vacía
Sección [%2d] '%s': entrada %d tiene nombre de versión duplicada '%s'
Sección [%2d] '%s': entrada %d tiene remisión de lima nula
Sección [%2d] '%s': entrada %d tiene remisión de nombre nulo en dato auxiliar
Sección [%2d] '%s': entrada %d tiene offset nulo a entrada próxima
Sección [%2d] '%s': entrada %d tiene bandera desconocida
Sección [%2d] '%s': entrada %d tiene incorrecto hash valor: %#x, esperó %#x
Sección [%2d] '%s': entrada %d tiene campo próximo incorrecto en dato auxiliar
Sección [%2d] '%s': entrada %d tiene offset incorrecto de dato auxiliar
Sección [%2d] '%s': entrada %d tiene versión incorrecta %d
Sección [%2d] '%s': entrada %d remisiones dependencia desconocida
Sección [%2d] '%s': entrada %zu: %s el valor tiene que ser offset válido  en sección [%2d] '%s'
Sección [%2d] '%s': entrada %zu: %s punto de mosto del valor a segmento cargado
Sección [%2d] '%s': entrada %zu: DT_PLTREL el valor tiene que ser DT_REL o DT_RELA
Sección [%2d] '%s': entrada %zu: nivel 2 etiqueta %s utilizó
Sección [%2d] '%s': entrada %zu: el puntero no empareja alocución de sección [%2d] '%s' referenced por shlink
Sección [%2d] '%s': medida de entrada no empareja Elf32Word
Sección [%2d] '%s': sección de índice de sección extendida no para mesa de símbolo
Sección [%2d] '%s': hash remisión de cubo %zu fuera de bounds
Sección [%2d] '%s': hash remisión de cadena %zu fuera de bounds
Sección [%2d] '%s': hash medida de entrada de la mesa incorrect
Sección [%2d] '%s': hash la mesa ha ni siquiera sala para entradas administrativas iniciales
Sección [%2d] '%s': hash sección de mesa es demasiado pequeña (es %ld, esperó %ld)
Sección [%2d] '%s': hash valor para símbolo %u en cadena para cubo %zu injusticia
Sección [%2d] '%s': tipo de sección de destino nulo
Sección [%2d] '%s': índice de símbolo nulo en shinfo
Sección [%2d] '%s': etiqueta obligatoria %s no presente
Sección [%2d] '%s': más de uno BASA definición
Sección [%2d] '%s': ninguna definición de BASE
Sección [%2d] '%s': ningún hash presente de sección
Sección [%2d] '%s': ninguno entradas de nota definieron para el tipo de lima
Sección [%2d] '%s': no-DSO la lima marcada tan dependencia durante prelink
Sección [%2d] '%s': no-DT_NULL las entradas siguen DT_NULL entrada
Sección [%2d] '%s': no-relativo relocation en índice %zu; DTRELCOUNT especificado %d relativo relocations
Sección [%2d] '%s': nonzero sh_%s para NULL sección
Sección [%2d] '%s': no todo de %s, %s, y %s es presente
Sección [%2d] '%s': no marcado para ser destinado
Sección [%2d] '%s': offset %zu: inciso de atributo tiene etiqueta inesperada %u
Sección [%2d] '%s': offset %zu: sin fin ULEB128 en etiqueta de inciso del atributo
Sección [%2d] '%s': offset %zu: bytes extras después de que última sección de atributo
Sección [%2d] '%s': offset %zu: periodo nula en sección de atributo
Sección [%2d] '%s': offset %zu: sección de atributo truncado
Sección [%2d] '%s': offset %zu: unterminated serie en atributo
Sección [%2d] '%s': offset %zu: vendedor '%s' desconocido
Sección [%2d] '%s': offset %zu: campo de periodo del cero en inciso de atributo
Sección [%2d] '%s': las limas trasladables únicas pueden haber extendido índice de sección
Sección [%2d] '%s': referenced como mesa de serie para sección [%2d] '%s' pero el tipo no es SHTSTRTAB
Sección [%2d] '%s': relativo relocations después de que índice %d tan especificado por DTRELCOUNT
Sección [%2d] '%s': las limas trasladables no pueden tener hash mesas
Sección [%2d] '%s': relocation %zu: copia relocation en contra símbolo de escribir %s
Sección [%2d] '%s': relocation %zu: índice de símbolo nulo
Sección [%2d] '%s': relocation %zu: offset fuera de bounds
Sección [%2d] '%s': relocation %zu: símbolo único '_MESA_de_OFFSET GLOBAL_' puede ser utilizado con %s
Sección [%2d] '%s': relocation %zu: leído-la sección única modificada pero texto relocation la bandera no puesta
Sección [%2d] '%s': relocation %zu: relocation inválido de tipo para el tipo de lima
Sección [%2d] '%s': relocations es contra dato cargado y descargado
Sección [%2d] '%s': medida de entrada de la sección no empareja ElfXXDyn
Sección [%2d] '%s': grupo de sección [%2zu] '%s' no precede miembro de grupo
Sección [%2d] '%s': grupo de sección contiene otro grupo [%2d] '%s'
Sección [%2d] '%s': grupo de sección sin palabra de banderas
Sección [%2d] '%s': grupo de sección sin miembro
Sección [%2d] '%s': grupos de sección sólo dejados en limas de objeto trasladable
Sección [%2d] '%s': medida de sección no múltiple de sizeof(Elf32Word)
Sección [%2d] '%s': sección con SHFGROUP la bandera pone no separar de un grupo de sección
Sección [%2d] '%s': shflags no poner correctamente
Sección [%2d] '%s': shflags no cero
Sección [%2d] '%s': shinfo no cero
Sección [%2d] '%s': shinfo tendría que ser cero
Sección [%2d] '%s': símbolo de firma no puede ser serie vacía
Sección [%2d] '%s': símbolo %d: no puede leer dato de versión
Sección [%2d] '%s': símbolo %d: índice de versión nula %d
Sección [%2d] '%s': símbolo %d: símbolo local con alcance global
Sección [%2d] '%s': símbolo %d: símbolo local con versión
Sección [%2d] '%s': símbolo %d: índice de versión %d es para versión definida
Sección [%2d] '%s': símbolo %d: índice de versión %d es para versión pedida
Sección [%2d] '%s': símbolo %u referenced en cadena para cubo %zu es undefined
Sección [%2d] '%s': símbolo %zu: valor de nombre nulo
Sección [%2d] '%s': remisión de símbolo en cadena para cubo %zu fuera de bounds
Sección [%2d] '%s': banderas de grupo de sección desconocidas
Sección [%2zu] '%s' tiene SHFALLOC la bandera no pone pero  hay loadable segmentos
Sección [%2zu] '%s' tiene SHFALLOC conjunto de bandera pero  hay no loadable segmento
Sección [%2zu] '%s' tiene no escribir NOBITS pero no es leído de la lima en segmento de entrada de encabezamiento del programa %d
Sección [%2zu] '%s' tiene tipo NOBITS pero está leído de la lima en segmento de entrada de encabezamiento del programa %d
Sección [%2zu] '%s' tiene unsupported tipo %d
Sección [%2zu] '%s' tiene banderas incorrectas: esperado %s y posiblemente %s, es %s
Sección [%2zu] '%s' tiene banderas incorrectas: esperado %s, es %s
Sección [%2zu] '%s' es ambos ejecutable y writable
Sección [%2zu] '%s' es ejecutable en nonexecutable segmento %d
Sección [%2zu] '%s' es mesa de índice de sección de prórroga en no-lima de objeto
Sección [%2zu] '%s' es writable en unwritable segmento %d
Sección [%2zu] '%s' mosto ser destinado
Sección [%2zu] '%s' mosto no ser ejecutable
Sección [%2zu] '%s' mosto no ser writable
Sección [%2zu] '%s' no plenamente contenido en segmento de entrada de encabezamiento del programa %d
Sección [%2zu] '%s': encabezamiento de ELFO dice que esto es la mesa de serie de encabezamiento de sección pero el tipo no es SHTTYPE
Sección [%2zu] '%s': alloc conjunto de bandera pero sección no en cualquier segmento cargado
Sección [%2zu] '%s': remisión de sección nula en info valor
Sección [%2zu] '%s': remisión de sección nula en valor de enlace
Sección [%2zu] '%s': fusiona conjunto de bandera pero medida de entrada es cero
Sección [%2zu] '%s': remisión a índice de símbolo 0
Sección [%2zu] '%s': las limas trasladables no pueden tener mesas de símbolo dinámico
Sección [%2zu] '%s': la medida no múltiple de medida de entrada
Sección [%2zu] '%s': hilo-secciones de dato local dirigen no cero
Sección [%2zu]: nombre nulo
Mesa de encabezamiento de la sección tiene que ser presente
shlink En hash secciones [%2zu] '%s' y [%2zu] '%s' no idénticos
Estático ejecutable no puede tener secciones dinámicas
Símbolo %d referenced en nuevo hash mesa en [%2zu] '%s' pero no en viejo hash mesa en [%2zu] '%s'
Símbolo %d referenced en viejo hash mesa en [%2zu] '%s' pero no en nuevo hash mesa en [%2zu] '%s'
Símbolo 0 tendría que tener cero índice de sección extendida
Texto relocation conjunto de bandera pero no necesitado
El archivo '%s' es demasiado grande
La lima que contiene la función '%s' no es compilado con -fpic/-fPIC
Versión de encabezamiento de ELFO desconocida número eident[%d] == %d
Tipo de máquina desconocida %d
Tipo de lima de objeto desconocido %d
Versión de lima de objeto desconocida
Actualización() para escribir encima leído-lima única
Mientras cercano `%s'
Mientras cerrando '%s'
Mientras crea sección de encabezamiento de la sección: %s
Mientras crea mesa de serie de encabezamiento de sección: %s
Mientras creando '%s'
Mientras preparando salida para '%s'
Mientras escribiendo '%s'
Mientras escribiendo '%s': %s
zeroth La sección ha nonzero valor de medida de la entrada
zeroth La sección tiene nonzero banderas
zeroth La sección ha nonzero valor de enlace mientras encabezamiento de ELFO no señala desbordamiento en phnum
zeroth La sección ha nonzero valor de enlace mientras encabezamiento de ELFO no señala desbordamiento en shstrndx
zeroth La sección ha nonzero valor de medida mientras encabezamiento de ELFO ha nonzero shnum valor
Offset %#<PRIxMAX> mentiras sección exterior '%s'
Sección [%2d] '%s': _símbolo_de_MESA_ de OFFSET GLOBAL valor %#<PRIx64> no empareja %s alocución de sección %#<PRIx64>
Sección [%2d] '%s': _símbolo_de_MESA_ de OFFSET GLOBAL medida %<PRIu64> no empareja %s medida de sección %<PRIu64>
Sección [%2d] '%s': valor_ de símbolo DINÁMICO %#<PRIx64> no empareja alocución de segmento dinámico %#<PRIx64>
Sección [%2d] '%s': medida de símbolo DINÁMICO %<PRIu64> no empareja medida de segmento dinámico %<PRIu64>
Sección [%2d] '%s': hash remisión de cadena %<PRIu64> fuera de bounds
Sección [%2d] '%s': offset %zu: unrecognized %s valor de atributo %<PRIu64>
Sección [%2zu] '%s' contiene bandera desconocida(s) %#<PRIx64>
phdr[%d]: Nota de lima de núcleo desconocida tipo %<PRIu32> en offset %<PRIu64>
phdr[%d]: Extra %<PRIu64> bytes después de que última nota
Sección [%2d] '%s': extra %<PRIu64> bytes después de que última nota
Alocución de punto de la entrada: %#<PRIx64>
Medida de este encabezamiento: %<PRId16> %s
Medida de entradas de encabezamiento del programa: %<PRId16> %s
Número de entradas de encabezamientos del programa: %<PRId16>
Número de entradas de encabezamientos de la sección: %<PRId16>
(%<PRIu32> En [0].shsize)
(%<PRIu32> En [0].shlink)
Mesa de serie de encabezamiento de sección índice: %<PRId16>
Mesa de símbolo nulo en offset %#0<PRIx64>
Relocation Sección [%2zu] '%s' para sección [%2u] '%s' en offset %#0<PRIx64> contiene %d entradas:
Relocation Sección [%2u] '%s' en offset %#0<PRIx64> contiene %d entrada:
Relocation Sección [%2u] '%s' en offset %#0<PRIx64> contiene %d entradas:
Sección de lista de la biblioteca [%2zu] '%s' en offset %#0<PRIx64> contiene %d entradas:
Sección de atributos del objeto [%2zu] '%s' de %<PRIu64> bytes en offset %#0<PRIx64>:
%s %#<PRIx64> Utilizado con medidas de offset diferente
[%5u] offset: %<PRId64>, niños: %s, etiqueta: %s
Sección de enano [%2zu] '%s' en offset %#<PRIx64>:
Sección de enano [%2zu] '%s' en offset %#<PRIx64> contiene %zu entradas:
Sección de información de marco de llamada [%2zu] '%s' en offset %#<PRIx64>:
(Offset de fin: %#<PRIx64>)
%-26sLSDA puntero: %#<PRIx64>
[%*<PRIuFAST8>] %hhu Riña
Línea de avance por constante %d a %<PRId64>
Lima de conjunto a %<PRIu64>
Columna de conjunto a %<PRIu64>
Sección de nota [%2zu] '%s' de %<PRIu64> bytes en offset %#0<PRIx64>:
Internationalized Nombre de ámbito (IDNA2008) convierte SERIES, o entrada estándar.
Tipo cada serie de entrada en una línea por él, rescindido por un newline carácter.
Uso: %s [OPCIÓN]... [Series]...
No podría convertir serie a UTF-8
Sello de ámbito tiene el carácter prohibido en no-transitional modo (TR46)
Sello de ámbito tiene el carácter prohibido en transitional modo (TR46)
Sello de ámbito más larga que 63 caracteres
Nombre de ámbito más largo que 255 caracteres
La serie contiene un contexto-j carácter con null regla
La serie contiene un contexto prohibido-j carácter
La serie contiene un contexto prohibido-o carácter
La serie contiene prohibida dos patrón de guiones
La serie contiene nula punycode dato
La serie contiene unassigned punto de código
La serie no es en Unicode NFC formato
Buffer Escrito a %s
(C) %s la Fundación de Software Libre y varios colaboradores
(Para reemplazar) en selección
GNU nano, versión %s
Los tonos de función siguientes son disponibles en Ejecutar modo de Orden:
"%s" Es un FIFO
"%s" Es una lima de aparato
%s -- %zu Líneas (%s)
%s Está significado para ser leído-único
También, pulsando Esc dos veces y entonces escribiendo un tres-dígito número decimal de 000 a 255 introducirá el carácter con el valor correspondiente. El siguiente keystrokes es disponible en general ventana de editor. Los tonos alternativos están asomados en paréntesis:
Anexa Selección para Archivar
La riña no es un válido multibyte serie
En último mensaje
Automáticamente indent líneas nuevas
Malo regex "%s": %s
Empieza de Paragr.
Buffer Es vacío
No puede ir exterior de %s
No puede leer lima de exterior de %s
No puede escribir exterior de %s
No puede comentar fin pasado de lima
No puede hacer copia de seguridad
No puede hacer copia de seguridad: %s
No puede hacer copia de seguridad; continúa y salvar lima real?
No puede correr macro mientras grabando
Centro la línea donde el cursor es
Cercano el actual buffer / Salida de nano
Color "%s" no entendido
Color '%s' toma ningún prefijo
Comentario/uncomment la línea actual (o líneas marcadas)
Exposición de puesto de cursor constante
No podría encontrar sintaxis "%s" para extender
No podría determinar hostname: %s
No podría determinar mi identidad para lima de cerradura
La sintaxis actual determina Tabulador
Cortado de cursor para acabar de línea
Elimina backward de cursor a inicio de palabra
Eliminar el carácter a la izquierda del cursor
Eliminar el carácter bajo el cursor
Exposición overlong líneas en filas múltiples
No convierte de DOS/Mac formato
No convierte limas de DOS/Mac formato
 No duro-envolver líneas largas [default]
No asoma las dos líneas de ayuda
Editar una sustitución
Vacío regex serie
Serie de búsqueda vacía
Habilitar el uso del ratón
Introduce número de línea, número de columna
Error en %s en línea %zu:
El error que invoca '%s'
El error que abre lima de cerradura %s: %s
El error que lee temp lima: %s
Ejecutar una función o una orden externa
Fallado para abrir pipa: %s
Fallado para abrir stdin: %s
Lima encima el disco ha cambiado
Lima para insertar [de %s]
Lima para insertar unconverted [de %s]
Lima para leer a nuevo buffer [de %s]
Lima para leer unconverted a nuevo buffer [de %s]
Acabado comprobando ortografía
Fija Backspace/Elimina problema de confusión
Fija teclado numérico problema de confusión clave
Función '%s' no existe en carta '%s'
Va A Dir
Va A Directorio
Va A Texto
Vuelve un carácter
Vuelve una palabra
Va de frente un carácter
Va de frente una palabra
Va a comienzo de línea actual
Va a comienzo de párrafo; entonces de párrafo anterior
Va para acabar de línea actual
Va a primera fila en esta columna
Va a última fila en esta columna
Va a columna izquierda
Va a bloque anterior de texto
Va a línea anterior
Va a righthand columna
Va a la primera línea de la lima
Va a la última línea de la lima
Va a la lima próxima en la lista
Va a la lima anterior en la lista
Columna de guía "%s" es nulo
Si necesitado, uso nano con el -I opción para ajustar vuestro nanorc encuadres.
Indent La línea actual (o líneas marcadas)
Insertar un newline en la puesto de cursor
Insertar un tabulador en la puesto de cursor (o indent líneas marcadas)
Insertar otra lima a actual buffer (o a nuevo buffer)
Directorio de copia de seguridad nula: %s
Directorio operativo nulo: %s
Invocar un programa a formato/arregla/manipular el buffer
Invocar el corrector ortográfico, si disponible
Invocando corrector ortográfico...
Salto backward a la ancla más cercana
Salto adelante a la ancla más cercana
Justificar el párrafo actual
Justificar la lima entera
Mantener la línea bajo la barra de título vacía
Clave es inválido en modo de vista
Nombre clave %s es nulo
Keystroke %s No puede ser rebote
Principal whitespace significa párrafo nuevo
Dejado Bsp y Del borrar una región marcada
Macro Es vacío
Quizás ^T^Z, sala de marca encima disco, resume, entonces ^S^X
Equivocaciones en '%s'
Ningún patrón de búsqueda actual
Ningún nombre de lima
Ningún formatter está definido para este tipo de lima
Ningún partido más lejano
Ningún linter está definido para este tipo de lima
Ruta '%s' no es un directorio
Ruta '%s': %s
Sitio o sacar una ancla en la línea actual
Prepend Selección para Archivar
Coto XON (^Q) y XOFF (^S) tonos
Problemas con lima de historia
Programa '%s' renegado
Leído %zu línea
Leído %zu líneas
Leyendo dato de teclado; tipo ^D o ^D^D para acabar.
Lectura de FIFO...
Refresh (redraw) La pantalla actual
Refresh La lista de lima
Expresión regular para emparejar citando
Reemplazar una serie o una expresión regular
Reemplazado %zd ocurrencia
Restringe acceso al filesystem
Inverso la dirección de la búsqueda
Salva lima bajo NOMBRE DIFERENTE?
Salva lima sin apuntar
Rollo por medio-pantalla, no por línea
Delantero de búsqueda para una serie o una expresión regular
Set ancho para duro-envolver y justificar
Espectáculo una barra de guiar en esta columna
Números de línea del espectáculo delante del texto
Espectáculo algunos estados en la barra de título
Espectáculo este texto de ayuda y salida
Tono de casa lista
Especificado rcfile no existe
La entrada estándar no es una terminal
Suspender el editor (regreso a la concha)
Sintaxis "%s" tiene ninguno órdenes de color
Gracias Para utilizar nano!
El "ninguno" la sintaxis está reservada
El nano editor de texto
El directorio laborable ha desaparecido
Esto es la ancla única 
Esto es la ocurrencia única 
Este mensaje es para unopened lima %s, abre él en un nuevo buffer?
Echa fuera la línea actual (o región marcada)
Toggle La sensibilidad de caso de la búsqueda
Toggle El uso de DOS formato
Toggle El uso de Mac formato
Demasiada entrada inmediatamente
Prueba y completar la palabra actual
Probando otra vez en vuestro directorio de casa
Dos caracteresdecolumna sola requirieron
Unbindable Tono: M-^%c
Unbound Tono: %s%c
Unbound Tono: F%i
Unfindable Palabra: %s
Unicode Entrada: %s
Unindent La línea actual (o líneas marcadas)
Nombre de sintaxis desconocida: %s
Unpaired Citar en nombre de sintaxis
Uso: nano [OPCIONES] [[+LÍNEA[,COLUMNA]] LIMA]...
Uso este corrector ortográfico alternativo
Modo de vista (leído-único)
Cuándo un filename es '-', nano lee dato de entrada estándar.
Qué otros caracteres son partes de palabra 
Escribir el actual buffer (o la región marcada) a disco
Escribió %zu línea
Escribió %zu líneas
Y cualquiera más  olvidamos...
Línea %*zd/%zd (%2d%%), col %2zu/%2zu (%3d%%), char %*zu/%zu (%2d%%)
magicfile(%s) Falló: %s
magicload() Falló: %s
Los muchos traductores y el TP
%*s Usuario PID ORDEN de ACCESO
%s Es vacío (no montado ?)
%s: Opción nula %s
%s: Ningún proceso encontró
%s: Señal desconocida; %s -l señales de listas.
Expresión regular mala: %s
No puede destinar memoria para emparejó proc: %s
No puede encontrar el número de aparato del casquete.
No puede encontrar usuario %s
No puede abrir /proc directorio: %s
No puede abrir /proc/neto/unix: %s
No puede abrir lima de protocolo "%s": %s
No puede resolver local portuario %s: %s
Copyright (C) 1993-2021 Werner Almesberger y Craig Pequeño
Copyright (C) 2007 Trent Waddington
El error que adosa a pid %i
Formato de tiempo nulo
Asesinado %s(%s%d) con señalar %d
Ninguna especificación de proceso dada
Ningún proceso encontró.
No tal nombre de usuario: %s
Regreso de prensa para cerrar
Especificado filename %s no existe.
Especificado filename %s no es un mountpoint.
Incapaz de destinar memoria para procinfo
Incapaz de abrir stat lima para pid %d (%s)
Desconocido local portuario AF %d
Uso: killall [OPCIÓN]... [--] Nombre...
No puedes buscar sólo IPv4 y único IPv6 casquetes al mismo tiempo
Toda opción no puede ser utilizada con opción silenciosa.
killall: %s Entradas de proceso de las carencias (no montados ?)
killall: Expresión regular mala: %s
killall: No puede coger UID de estado de proceso
killall: El número máximo de nombres es %d
killall: skipping Partido parcial %s(%d)
%.*s (Copia %u)%s
%Un en %X
%lu Segundo restante (%s/sec)
%lu Los segundos que quedan (%s/sec)
%s De %s
%s La operación sólo puede ser parcialmente rehecho
%s La operación sólo puede ser parcialmente deshecho
%s La operación no puede ser rehecha
%s Utilizado (%.0f%%) | %s libre (%.0f%%)
Un widget para mostrar en sitio de la sello de página habitual
Adquirido el autobús de mensaje de la sesión '%s'
Añadir una acción hecho nueva.
Añadir la carpeta seleccionada al lado de atajos pane
Dejando untrusted programas para correr presentes un riesgo de seguridad a vuestro sistema.
Parece si la selección contiene:
Aplica a Carpeta y Contenidos
Eres seguro  quieres abrir todas las  carpetas?
Pide cada vez
Automáticamente expandir columnas como necesitó
Explora conexiones de red local
Explorar el sistema de lima para seleccionar una aplicación para abrir limas de escribir "%s".
Explorar el filesystem con la gerente de lima
Por Deletion Cita
Cambio la visibilidad del preestreno de imagen de esta ventana
Cambio la visibilidad de esta ventana  menubar
Cambio la visibilidad de esta ventana  statusbar
Claro el atajo de teclado para esta acción.
Clic aquí a de hecho rebautizar las limas listaron encima a sus nombres nuevos y mantener la ventana abierta.
Clic aquí a automáticamente fijar los permisos de carpeta.
Clic aquí para parar calculando la medida total de la carpeta.
Clic aquí para ver la documentación para el seleccionado rebautiza operación.
Clic este botón para seleccionar una lima de icono que será mostrado en la carta de contexto además del nombre de acción escogido encima.
Cercano Todas las  Ventanas
Cercano esta carpeta
Listado de directorio compacto
Configura Columnas en la Vista de Lista Detallada
Copia la selección
Copiando limas a "%s"...
Permisos de carpeta correcta
No podría eliminar lima "%s": %s
No podría encontrar "%s"
No podría mover "%s" directamente. Recogiendo limas para copiar...
No podría restaurar "%s"
Crea Documento de plantilla "%s"
Crear un enlace a la lima seleccionada en el desktop
Crea enlaces al seleccionó limas en el desktop
Crear un enlace simbólico para la lima seleccionada
Crear una carpeta vacía dentro de la carpeta actual
Creando enlaces simbólicos en "%s"...
Elimina (opuesto de crear)
Eliminar todas las  limas y carpetas en la Basura
Elimina encuadres de vista salvada para esta carpeta
Eliminar la acción actualmente seleccionada.
Desktop (Crea Enlace)
Listado de directorio detallado
Contenido de carpeta de la exposición en una vista de lista compacta
Contenido de carpeta de la exposición en una vista de lista detallada
Contenido de carpeta de la exposición en una vista de icono
No muestra este mensaje otra vez
  Quieres reemplazar la carpeta de existir
  Quieres reemplazar el enlace
Editar la acción actualmente seleccionada.
Eyectar el aparato seleccionado
Habilita Gestión de Volumen
Introducir una lista de patrones que soler determinar si esta acción tendría que ser mostrada para una lima seleccionada. Si  especificas más de un patrón aquí, los elementos de lista tienen que ser separados con puntos y comas (p. ej. *.txt;*.doc).
Introducir el nombre nuevo:
Introducir el texto para buscar en los nombres de lima.
El error que saca lima: %s
Error mientras copiando a "%s": %s más espacial está requerido para copiar al destino
Ejecuta guiones de concha
Ejecutar el seleccionó limas
Fallado para explorar la red
Fallado para cambiar icono de "%s"
Fallado para cambiar el grupo de "%s": %s
Fallado para cambiar el dueño de "%s": %s
Fallado para cambiar los permisos de "%s": %s
Fallado para comprimir %d lima
Fallado para crear un enlace para el URL "%s"
Fallado para crear enlace simbólico para "%s"
Fallado para determinar salvar ubicación para uca.xml
Fallado para determinar la ruta original para "%s"
Fallado para ejecutar aplicación "%s"
Fallado a búsqueda lanzadora con Catfish
Fallado para abrir %d lima
Fallado para abrir %d limas
Fallado para abrir el navegador de documentación
Fallado para abrir la carpeta de raíz de sistema de lima
Fallado para abrir la carpeta de casa
Fallado para restaurar la carpeta "%s"
Progreso de Operación de la lima
Olvida lanzador de aplicación
Va a la carpeta de casa
Va a la carpeta luego visitada
Va a la carpeta visitada anterior
Va a la carpeta de plantillas
Si la orden tendría que operar encima decir dos o tres limas, introducir la gama numérica 2-3. Si no hay ningún límite, esta serie tendría que ser vacía.
Si  habilitas esta opción, el patrón será tratado como expresión regular y emparejó utilizar el Perl-expresiones regulares compatibles (PCRE). Control la documentación para detalles sobre la sintaxis de expresión regular.
Si  seleccionas esta opción vuestra elección será recordada y no serás pedido otra vez.  Puedes utilizar el diálogo de preferencias para alterar vuestra elección después.
Modo de Preestreno de la imagen:
Incluye limas adicionales en la lista de limas para ser rebautizadas
Nulo filename proporcionado por XDS arrastra sitio
Expresión regular nula, en puesto de carácter %ld: %s
Mantiene los elementos ordenaron por su deletion cita
Mantiene los elementos ordenaron por su medida
Mantiene los elementos ordenaron por su tipo
Atajo de teclado ya en uso
Cargando contenidos de carpeta...
Monte y abierto %s (%s)
Monte el aparato seleccionado
Movimiento la lima seleccionada a la Basura
Movimiento el seleccionado archiva a la Basura
Limas emotivas a la basura...
Ningún a todo
Nombre '%s' perdido en el mensaje dbus.
Nombre y Prórroga
Ningún URL el campo especificó
Número - Texto - Nombre Viejo
Sólo para limas locales
Sólo para ubicación remota
Abierto %s y otras limas de escribir "%s" con:
Abierto un nuevo Thunar ventana para la ubicación mostrada
Abierto un tabulador nuevo para la ubicación mostrada
Carpeta actual abierta en una ventana nueva
Abierto en %d Tabuladores Nuevos
Abierto en %d Ventanas Nuevas
Abierto la carpeta de casa
Abierto la carpeta de padre
Abierto el seleccionó directorios en %d tabuladores nuevos
Abierto el seleccionó directorios en %d ventanas nuevas
Paté el portapapeles
Preparar el seleccionado archiva para ser copiado con una orden de Paté
Preparar el seleccionado archiva para ser movido con una orden de Paté
Información de versión de la huella y salida
Rehacer la operación más tardía
Reload La carpeta actual
Sacar todas las  limas y carpetas de la Basura?
Saca lanzador de aplicación
Sacar la lima seleccionada de la lista de limas para ser rebautizadas
Sacar el seleccionó limas de la lista de limas para ser rebautizadas
Restaurar la lima seleccionada a su ubicación original
Restaurar la lima seleccionada a su ubicación original y abrir la ubicación en un tabulador de/ventana nuevo
Restaurar el seleccionado archiva a sus ubicaciones originales y abrir las ubicaciones en un tabulador de/ventana nuevo
Carrera Thunar tan raíz
Corrido en terminal
Buscar una lima concreta en la carpeta actual y Reciente
Búsqueda con Catfish...
Seleccionar todas las  Limas
Selecciona por Patrón...
Seleccionar todas las  limas en esta ventana
Seleccionar un Icono para "%s"
Seleccionar esta opción para mostrar emblemas de icono en los atajos pane para todas las  carpetas para qué emblemas han sido definidas en el diálogo de haciendas de las carpetas.
Seleccionar esta opción para dibujar marcos negros alrededor de thumbnails.
Seleccionar esta opción para habilitar startup notificación cuándo la orden está corrida de la gerente de lima o la carta. No cada aplicación apoya startup notificación.
Seleccionar esta opción para abrir un tabulador nuevo en clic medio en vez de una ventana nueva
Seleccionar esta opción para abrir nueva thunar casos como tabuladores en un existiendo thunar ventana
Seleccionar esta opción para colocar el icono captions para elementos junto al icono más que bajo el icono.
Seleccionar esta opción para recordar tipo de vista, nivel de zum, columna de clase, y orden de clase individualmente para cada carpeta
Seleccionar esta opción para restaurar vuestros tabuladores como  eran últimos tiempos   utilizaste Thunar
Seleccionar esta opción para correr la orden en una ventana terminal.
Seleccionar esta opción para asomar medida de lima en formato binario en vez de decimal.
Seleccionar esta opción para asomar el 'Eliminar' acción en la carta de contexto
Seleccionar esta opción para asomar la ruta de directorio llena en el título de tabulador en vez de único el nombre de directorio
Seleccionar esta opción para utilizar el icono de carpeta actual como icono de ventana
Selecciona esto para habilitar bit de permiso ejecutable(+x). Thunar No lanzará el .desktop Lima si no puesto.
Envía %d lima como archivo comprimido?
Envía %d limas como archivo comprimido?
Enviar la lima seleccionada a "%s"
Enviar el seleccionado archiva a "%s"
Medida de espectáculo en bytes
Espectáculo los contenidos en menos detalle
Espectáculo los contenidos con más detalle
Lado Pane (Añade Marcadores)
Columna de medida de Carpetas
Paseo Estatal sólido
Elementos de clase en orden ascendente
Especificar una ubicación para abrir
Empezando... (Petición de usuario)
Tabuladores y Ventanas
Texto de la sello de la página
El Thunar equipo de desarrollo. Todos los  derechos reservaron.
El URL a la documentación del renamer
La orden (incluyendo los parámetros necesarios) para actuar la acción. Ver la leyenda de parámetro de la orden abajo para una lista de variables de parámetro soportado, el cual será sustituido cuándo lanzando la orden. Cuándo letras mayúsculas (p. ej. %F, %D, %N) está utilizado, la acción será aplicable incluso si más de un elemento está seleccionado. Más la acción sólo será aplicable si exactamente un elemento está seleccionado.
La descripción de la acción que será mostrado tan tooltip en el statusbar cuándo seleccionando el elemento de la carta de contexto.
El desktop lima "%s" es en un insecure ubicación y no marcado como ejecutable. Si no confías en este programa, el clic Anula.
El aparato "%s" está siendo eyectó. Esto puede tomar algún tiempo
La carpeta "%s" no existe anymore pero está requerido para restaurar la lima "%s" de la basura
Los permisos de carpeta son inconsistent, no puedes ser capaz de obrar con limas en esta carpeta.
Los permisos de carpeta serán reinicialización  a un estado compatible. Los usuarios únicos dejaron para leer los contenidos de esta carpeta serán dejados para introducir la carpeta después.
Los parámetros de orden siguientes serán sustituidos cuándo lanzando la acción:
Las limas siguientes eran overwritten en la operación  estás intentando deshacer y no puede ser restaurado:
El formato describe la cita y partes de tiempo para insertar al nombre de lima. Por ejemplo, %Y será sustituido con el año, %m con el mes y %d con el día. Ver la documentación de la utilidad de cita para información adicional.
El nombre genérico de la entrada, por ejemplo "Navegador de Web" en caso de Firefox.
El atajo de teclado para la acción.
El nombre de la acción que será mostrado en la carta de contexto.
El número de fuente y apuntar filenames tiene que ser igual
La ruta "%s" no refiere a un directorio
El programa para ejecutar, posiblemente con riñas.
La carpeta de raíz No tiene ningún padre
El directorio laborable tiene que ser una ruta absoluta 
 Hay ninguna operación para rehacer
 Hay nada en el portapapeles a paté
Esta carpeta ya contiene una lima "%s".
Esta carpeta ya contiene una carpeta "%s".
Esta carpeta ya contiene un enlace simbólico "%s".
Este atajo de teclado es actualmente utilizado por: '%s'
Esto disociará el lanzador de aplicación para este tipo de lima, pero  no uninstall o sacar el lanzador de aplicación él.
Thunar Gerente de lima
Hoy en %X
Toggles La exposición de escondido archiva en la ventana actual
Toggles La visibilidad de los atajos pane
Tooltip Para la entrada, por ejemplo "sitios de Vista en el Internet" en caso de Firefox. No tendría que ser redundando con el nombre o la descripción.
La entrada tradicional que asoma la ruta actual
Limas de traslado en paralelo:
La basura contiene %d limas
La basura contiene limas
Probando mover "%s"
Probando restaurar "%s"
Elemento de encierro desconocido <%s>
Unmount El aparato seleccionado
Uso "%s" para abrir la lima seleccionada
Uso una orden hecha de encargo para una aplicación que no es disponible del encima lista de aplicación.
Uso como default para esta clase de lima
Cuándo activacióndeclic solo está habilitada, parando el puntero de ratón sobre un elemento automáticamente seleccionará aquel elemento después del retraso escogido.  Puedes inutilizar este comportamiento por emotivo el slider a la izquierda-la mayoría de puesto. Este comportamiento puede ser útil cuándo los clics solos activan elementos, y  quieres sólo para seleccionar el elemento sin activarlo.
Escrito por Benedikt Meurer <benny@xfce.org>.
Ayer en %X
Orden de cremallera rescindida con error %d
Abierto Con Default Aplicaciones
Recuerda encuadres de vista para cada carpeta
Clic solo para activar elementos
Parón el Multi-Paseo de Disco
Texto junto a iconos
Un, b, c, d, ...
Los directorios que contienen las limas que está pasado en %F
El directorio que contiene la lima que está pasado en %f
Enlace %u a %.*s%s
Enlace a %.*s%s
El primer seleccionado filename (sin ruta)
Las rutas a todos seleccionaron limas y directorios
El seleccionado filenames (sin rutas)
Con la carpeta siguiente?
Con el enlace siguiente?
