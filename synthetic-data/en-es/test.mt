%d × %d ppi
%s (Prueba %s)
%s Para un eje cohibido
%s Para ángulos cohibidos
%s Para pasos cohibidos
%s Tapón-en no podría abrir imagen
%s Tapón-en ÉXITO regresado pero no regresó una imagen
%s Para quemar
%s Para elegir un color de fondo
%s Versión %s
%s: Añade punto de control
%s: Añade puntos de control a todos los  canales
%s: Horizontal de cambio y vertical
'%s:' No es un válido URI esquema
(Tipo cualquier carácter para cerrar esta ventana)
1,700 K – llama de Partido
3,350 K – Estudio "CP" luz
3D Transforma Herramienta: Aplicar una 3D transformación a la capa, selección o ruta
5,500 K – luz del día Vertical, electrónico centellea
6,500 K – Luz del día, overcast
Comentario de emisión: %s
Añade Punto de Muestra:
Añadir un canal de alfa a todas las  capas de importó imágenes.
Añadir el color actual a la historia de color
Ajusta Brillo y Contraste
Ajustar todos los  colores
Ajusta distribución de color
Ajusta niveles en luz lineal
Área afectada (%s)
Alinea borde derecho de objetivo
Alinea borde superior de objetivo
Herramienta de alineación: Alinea o arreglar capas y otros objetos
Aplica efecto durante moción
Aplica efecto periódicamente
Aplica patrón almacenado
Eres seguro  quieres eliminar plantilla '%s' de la lista y de disco?
Alrededor centro (%s)
Asignar una acción a '%s'
Automáticamente encoger a la forma rectangular más cercana en una capa
De fondo: %d, %d, %d
Serie de formato binaria mala en lima de intérprete %s
Color mejor y más rápido gestión
Blend Espacio de color
Selección de borde por
Calculando mapa de distancia
Calibra Monitor Resolución
No puede asomar lima en gerente de lima: %s
No puede convertir imagen: la paleta es vacía.
No puede crear una capa nueva de la selección flotante porque  pertenece a una máscara de capa o canal.
Puede no cosecha porque la capa activa no tiene ningún contenido.
No puede flotar selección porque la región seleccionada es vacía.
No puede cruzar con una selección vacía.
No puede fusionar abajo una capa invisible.
No puede fusionar abajo a un grupo de capa.
No puede pintar encima grupos de capa.
No puede reajustar la transformación
No puede restar de una selección vacía.
Fuente de cambio de texto seleccionado
El canal no puede ser bajado más.
Control para actualizaciones (requiere internet)
Escoge sombra de gris basado encima
Clamp Valores de salida final.
Aclarando la historia de documento permanentemente sacará todas las  imágenes de la lista de documentos reciente.
Aclarando el deshacer la historia de esta imagen obtendrá %s de memoria.
Clic en cualquier imagen para añadir el color a la paleta
Clic en cualquier imagen para elegir el foreground color
Clic en cualquier imagen para ver su color
Clic en una capa, ruta o guía, o Clic-Arrastrar para elegir varias capas
Clic para añadir un mango
Clic para añadir un punto en este segmento
Clic para anclar la selección flotante
Clic para clonar
Clic para conectar esta ancla con el seleccionado endpoint
Clic para crear preestreno
Clic para dibujar la línea
Clic para borrar la línea
Clic para localizar encima curva
Clic para mover la guía de ruptura
Clic para abrir arriba de la ruta
Clic para pintar
Clic para colocar una guía vertical
Clic para cambiar entre vertical y horizontal
Clic-Arrastrar añade un segmento libre, el clic añade un polygonal segmento
Clic-Arrastrar para mover
Clic-Arrastrar para mover la ancla alrededor
Clic-Arrastrar para mover el componente alrededor
Clic-Arrastrar para mover el foco
Clic-Arrastrar para mover el mango alrededor
Clic-Arrastrar para mover el slider
Clic-Arrastrar para mover el slider; arrastra fuera para sacar el slider
Clic-Arrastrar para mover el punto de fuga
Clic-Arrastrar para mover este punto
Clic-Arrastrar para sacar el slider
Clic-Arrastrar para reemplazar la selección actual
Clic-Arrastrar a resize el límite
Clic-Arrastrar para restar de la selección actual
Pinceles de portapapeles y el patrón ahora pueden ser duplicados
Filtros de Exposición del color
Color Picker Herramienta: Set colores de píxeles de imagen
El color dirige esta imagen
Póliza de perfil del color:
Gestión de color es una característica de núcleo  ahora, más widgets y áreas de preestreno son color -dirigió
Color de máscara de preestreno de la selección
Colormap De Imagen #%d (%s)
Combinar todos modos de interacción
Comete gradiente instantáneamente
Computando alfa de píxeles desconocidos
Configura Aparatos de Entrada
Configurar este tabulador
Apremia mangos de perspectiva para mover a lo largo de bordes y diagonal (%s)
Apremia rotación a 15 grado increments (%s)
Influencia de puntos del control
Convierte Imagen a %s
Convierte píxeles a construidos-en sRGB para aplicar filtro (lento)
Convertir la imagen a un perfil de color
Convierte a Diálogo de Perfil del Color
Convirtiendo a RGB (%s)
Convirtiendo a grayscale (%s)
Convirtiendo a indexed colores
Convirtiendo a indexed colores (fase 2)
Copia la información de bug al portapapeles por clicking:
No podría abrir '%s' para leer:
No podría abrir '%s' para leer: %s
No podría abrir thumbnail '%s': %s
No podría leer encabezamiento:
Crea Capa Nueva
Crear un Canal Nuevo
Crear un login si no tienes uno todavía.
Crear un grupo de herramienta nuevo
Crea imágenes y editar fotografías
Perfil de Color actual
Capa de corte al portapapeles.
Píxeles de corte al portapapeles.
Actualización de salpicadero: grupo "de" Memoria nueva y grupo "de" Intercambio mejorado que asoma varios metrics
Default Aspecto en Fullscreen Modo
Default Comportamiento en Fullscreen Modo
Default Imagen nueva
Eliminar el aparato seleccionado
Eliminar este grupo de herramienta
Profundidad de suavizar
Discard Capanocerrada dato que caídas fuera de la región de cosecha
Exposición segmento de selección futura como  arrastras un nodo de control
Mostrando [%0.4f, %0.4f]
Distancia de esparcir
La distancia sobre qué trazos se apaga fuera
Distribuye fondos de objetivos
Distribuye bordes izquierdos de objetivos
Distribuye bordes derechos de objetivos
Distribuye objetivos equitativamente en el verticales
No utiliza especial CPU funciones de aceleración
Descarga GIMP %s revisión %d (liberado en %s)
Arrastra a un XDS lima habilitada-gerente para salvar la imagen.
Debido a carencia de cualesquier fuentes, funcionalidad de texto no es disponible.
Edita Color de Canal
Edita Entrada de Paleta del Color
Edita Color de Paleta
Nombre variable vacío en lima de entorno %s
Habilita feathering de bordes de selección
Introducir un nombre para la paleta fusionada
Introducir un nombre para esta plantilla
Borra con este pincel
Eraser Herramienta: Borra a de fondo o la transparencia que utiliza un pincel
Escritura de error '%s': %s
Cada sello tiene su opacidad propia
Expande de centro
Exportación la ruta activa
Exportación a %s
Exportado a %s
Aparatos de Entrada extendida
Limas extras para GIMP
Fallado para crear capa de texto
Fatal parse error en lima de pincel '%s': la lima es corrupta.
Fatal parse error en lima de pincel: Bytes = 0.
Fatal parse error en lima de pincel: RLE comprimió dato de pincel corrupto.
Fatal parse error en lima de pincel: Incapaz de descodificar abr versión de formato %d.
Fatal parse error en lima de pincel: método de compresión Desconocida.
Fatal parse error en lima de pincel: versión Desconocida %d.
Fatal parse error en lima de pincel: los pinceles Anchos no son apoyados.
Llena Esbozo de Selección
Primera emisión de las 2.10 series qué prominently consta el portuario a un motor de tramitación de imagen nuevo, GEGL. Los cambios más excepcionales son:
Unidad de medida de la fuente
Fuentes Tagging con la misma interfaz de usuario en cuanto a pinceles, patrones, y gradientes
Las fuentes todavía están cargando
Foreground: %d, %d, %d
Gratis Seleccionar la herramienta crea selección preliminar
Lleno reescribir del Spyrogimp tapón-en con más opciones e interacción mejor
GIMP 2.10.16 entrega varias mejoras de usabilidad importantes, una herramienta nueva para transformaciones en 3D espacio, emisión nueva checker, y la cantidad habitual de bug fija. Mejoras notables:
GIMP 2.10.18 fija algunos bugs críticos, presenta naive apoyo para CMYK PSD limas, y añade una variacióndecontraste alto del tema de icono simbólico.
GIMP 2.10.6 viene con el bug muchísimo fija, optimizaciones y características. La mayoría de cambios notables son:
GIMP 2.10.8 es mayoritariamente un bug fija y emisión de optimización. En particular,  incluye:
GIMP 2.9.8 presenta encima-gradiente de tela que edita y varios trucajes mientras enfocando en bugfixing y estabilidad.
GIMP Editor de texto
GIMP Punta del Día
GIMP Encontró varios errores críticos!
GIMP Está traído a ti por
GIMP Salida.  Puedes minimizar esta ventana, pero no lo cierra.
GIMP Manual de usuario falta
GIMP Advertirá el usuario si un intento está hecho para crear una imagen que tomaría más la memoria que la medida especificaron aquí.
GNU Programa de Manipulación de la imagen
Gradiente '%s' no es renamable
Herramienta de gradiente: Llena área seleccionada con un gradiente de color
Medida de icono de la suposición de resolución
El mango Transforma Herramienta: Deformar la capa, selección o ruta con mangos
Puesto de mango: %0.4f
Navegador de ayuda no empieza
Navegador de ayuda falta
Offset horizontal para distribución
Cómo se apaga está repetido como  pintas
Icc validación de perfil falló: perfil de Color no es para grayscale espacio de color
Si habilitado, la herramienta de movimiento pone la capa editada o ruta como activo. Esto utilizó para ser el default comportamiento en versiones más viejas.
Si no salvas la imagen, cambios del último %d las horas serán perdidas.
Ignora fuzziness del pincel actual
Imagen '%s' (%d) no contiene guía con ID %d
Imagen '%s' (%d) no contiene punto de muestra con ID %d
Imagen '%s' (%d) es de escribe '%s', pero una imagen de escribe '%s' está esperado
Imagen '%s' (%d) no tiene que ser de escribe '%s'
Título de imagen & Statusbar Formato
Ventana de imagen que Chasquea Comportamiento
La imagen no contiene cualesquier capas
Resolución de imagen es fuera de bounds, utilizando el default resolución en cambio.
Importación una Paleta Nueva
Mejoras para el Wavelet Descomponer filtro
En tachar %d de lima de pincel:
En tachar %d de lima de paleta:
Sangría de la primera línea
Indexed Diálogo de conversión
Indexed Con alfa
Inicializa Máscara de Capa a:
Herramienta de tinta: Caligrafía-pintura de moda
Interno zlib la compresión estuvo añadida en %s
Nulo UTF-8 serie en lima de patrón '%s'.
Radio de pincel nulo.
Secuencia de carácter nulo en URI
Cuenta de columna nula.
Nulo vacío MyPaint nombre de pincel
Nombre de pincel vacío nulo
Dato de encabezamiento nulo en '%s': ancho=%lu (máximo %lu), cota=%lu (máximo %lu), bytes=%lu
También consta un tapón nuevo-en para el apoyo del HEIF formato, ambos para importadores y exportadores, así como 2 filtros nuevos: "Spherize" y "Recursivo Transforma". Estos son ejemplos buenos  de nuestra póliza de característica relajada en estable micro emisiones.
Elemento '%s' (%d) no puede ser modificado porque  es un elemento de grupo 
Elemento '%s' (%d) no puede ser utilizado porque  está adosado a otra imagen
Elemento '%s' (%d) no puede ser utilizado porque no es un niño directo de un árbol de elemento
Elemento '%s' (%d) no puede ser utilizado porque no es un elemento de grupo
Diálogo de Medida de Frontera de capa
La capa no puede ser criada más alto.
Tipo de máscara de la capa:
Máscaras de capa encima grupos de capa
Modo de capa '%s' estuvo añadido en %s
Apoyo de capa en TIFF
Dejado GIMP intentar restaurar vuestra última sesión salvada en cada startup.
Ángulo de pincel del enlace para cepillar nativo
Proporción de aspecto de pincel de enlace para cepillar nativo
Dureza de pincel del enlace para cepillar nativo
Cargando fuentes (esto puede tomar un rato...)
Limas de registro (*.Registro)
Buscando limas de dato
Más bajo este elemento hasta abajo
Luminancia: %0.1f Opacidad: %0.1f
Transparencia de marca todo-o-nada, por thresholding el canal de alfa a un valor
El manual puede ser mostrado en el usuario está preferido lengua 
Muchos fija y mejoras al metadata espectador y editor
Máximo creciendo medida
Número máximo de colores:
Número máximo de los píxeles crecidos bajo el arte de línea
Número máximo de trazos en el Y eje
Herramienta de medida: distancias de Medida y ángulos
Medida los gobernantes e introducir sus periodo:
Fusiona Diálogo de Capas
Fusiona importó rutas
El mensaje repitió %d tiempo.
Metadata Puede contener información sensible.
Metadata defaults Las preferencias ahora disponibles
Metadata No será visible en GIMP más viejo que versión 2.10.
Modifica gradiente activo
Montando volumen remoto
Movimiento la capa activa
Movimiento el controlador seleccionado arriba
MyPaint Carpetas de pincel
MyPaint Herramienta de pincel: Uso MyPaint pinceles en GIMP
MyPaint Lima de pincel es unreasonably grande, skipping.
Negativo x offset: %d para capa %s corrigió.
Nunca alfa de disminución de existir píxeles
Nuevo "async" campo en el Salpicadero "misc" grupo, asomando el número de async operaciones actualmente corriendo
Registros de actuación progresivos nuevos y actualizaciones de salpicadero
Parón nueva en midpoint
Apoyo nuevo para HGT formato (dato de Modelo de Elevación Digital)
Apoyo nuevo para localized glyphs ('locl') en herramienta de Texto según el valor de la "opción" de herramienta de la Lengua
Ningún MyPaint los pinceles disponibles para uso con esta herramienta.
Ninguna dinámica de pintura disponible para uso con esta herramienta.
No un GIMP lima de pincel.
No un GIMP lima de gradiente.
Notificación cuándo una imagen es sobre/underexposed
Número de hilos de trabajador activo
Número de iteraciones para actuar
Número de rutas:
Número de píxeles:
Fuera-punto de tela que chasquea (a verja, guías, rutas) hizo posible
Encima casos de borde, algoritmos de compresión mejor todavía podrían acabar en medida de lima más grande; el control manual recomendado
Encima-controles de tela para el Vignette filtro
Sólo en memoria
Abierto un diálogo flotante para ver detalles sobre medidas
Abierto el MyPaint diálogo de selección del pincel
Abierto el diálogo de selección del pincel
Ventanas abiertas en el mismo monitor  eran abiertos antes de que
Fuera-de-bounds comportamiento de muestreo
Outermost El elemento en texto tiene que ser no <%s>
Salida una lista ordenada de deprecated procedimientos en el PDB
PDB Modo de compatibilidad (fuera|encima|advertir)
Importación de PDF ahora propone una opción para cargar capas en órdenes inversos y deja densidad de píxel fraccionario
Editor de Dinámica de la pintura
Opciones de pintura Compartieron Entre Herramientas
Dinámica de pintura '%s' no encontrado
Pintura sobre áreas para marcar valores de color para inclusión o exclusión de selección
Pasted Capa tan nueva porque el objetivo es un grupo de capa .
La ruta no puede ser bajada más.
Patrones, gradientes, y otras limas extras para GIMP
Herramienta de perspectiva: perspectiva de Cambio de la capa, selección o ruta
Elige Objetivo (%s)
Elegir una capa o guía
Elige punto a favor negro todos los  canales
Elige color de la imagen
Elige coordenadas de la imagen
Elige colordetransparencia llena más lejano
Elige colordeopacidad llena más cercano
Elige punto a favor blanco todos los  canales
Elige punto a favor blanco el canal seleccionado
Complacer seleccionar un canal primero
Tapón-en depurar mejorado a salida stack rastros de tapón-ins con --stack-rastro-opción de línea de orden de modo no sólo encima recibiendo señales pero también en avisos y los errores críticos cuándo "fatales-los avisos" depuran claves está puesto
Diálogo de Conversión de la precisión
Prensa %s a discard todos los  cambios y cerrar todas las  imágenes.
Prensa %s a discard todos los  cambios y dejar.
Procedimiento '%s' regresado '%s' como valor de regreso '%s' (#%d, tipo %s). Este valor es fuera de gama.
Producto registro completo incluso si no propiamente rescindió
Promueve importó imágenes a precisión de punto flotante. No aplica a indexed imágenes.
Atributos de Máscara rápida
Radio de redondear en píxeles
Criar este elemento
Criar este elemento hasta arriba
Re-Centrar Midpoints en Selección
Re-Distribuir Mangos en Selección
Leyendo lima de paleta '%s': componente VERDE Desaparecido en tachar %d.
Leyendo lima de paleta '%s': Leído %d colores de lima truncada: %s
Reflejar el trazo inicial a través de un eje horizontal
Reload Tema actual
Recordar la herramienta actual, patrón, color, y pincel a través de GIMP sesiones.
Reemplaza transparencia parcial con un color
Replicate Selección de gradiente
Reinicialización todos los  Filtros
Ancho de trazo de la reinicialización medida nativa
Reshape Capa de texto
Resize Capas de texto
Resize Ventana de imagen para acomodar nivel de zum nuevo
El regreso comete, la evasión anula, Backspace saca último segmento
Rotate Herramienta: Rotate la capa, selección o ruta
Chasquea a Verja
Salva Registro de Error para Archivar
Salvar una Copia de la Imagen
Salva estado de aparato
Salvar las puesto y medidas de los diálogos principales cuándo GIMP salidas.
Salvando las limas remotas necesita determinar el formato de lima de la prórroga de lima. Complacer introducir una prórroga de lima que partidos el formato de lima seleccionado o introducir ninguna prórroga de lima en absoluto.
Escalable SVG imagen (*.svg)
Herramienta de escala: Escala la capa, selección o ruta
Escala de punto de pivote (%s)
Scaling La imagen a la medida escogida hará  utiliza más memoria que qué está configurado como "Medida de Imagen Máxima" en el diálogo de Preferencias (actualmente %s).
Seamless Clon: Seamlessly paté una imagen a otro
Los segmentos no abarcan la gama 0-1.
Selecciona Acción para Caso '%s'
Selecciona Perfil de Color del Monitor
Selecciona Color Primario para Ajustar
Selecciona Blando-Proofing Perfil de Color
Selecciona Carpeta de Intercambio
Selecciona Carpetas de Tema
Seleccionar un Tema de Icono
Seleccionar una imagen en el dejado pane
Selecciona píxeles transparentes en vez de grises unos
Set Elemento Exclusivo Enlazó
Set Elemento Exclusivo Visible
Set capa o ruta como activo
Conjuntos el default 'Dither capas de texto' estado para el 'Convertir a Indexed' diálogo.
Conjuntos el default  esmovimiento colores duplicados' estado para el 'Convertir a Indexed' diálogo.
Conjuntos el default'  áreas de elegido continúan fuera de la imagen' encuadre para el 'Selección de Borde' diálogo.
Conjuntos el default'  áreas de elegido continúan fuera de la imagen' encuadre para el  eshrink Selección' diálogo.
Conjuntos el default moda de borde para el 'Selección de Borde' diálogo.
Conjuntos el default color y opacidad para el 'Canal Nuevo' diálogo.
Conjuntos el default composite modo para el 'Capa Nueva' diálogo.
Conjuntos el default ruta de carpeta para el 'Ruta de Exportación' diálogo.
Conjuntos el default ruta de carpeta para el 'Ruta de Importación' diálogo.
Conjuntos el default capa dithering método para el 'Convertir Precisión' diálogo.
Conjuntos el default máscara para el 'Añadir Máscara de Capa' diálogo.
Conjuntos el default fusionar tipo para el  soyerge Capas Visibles' diálogo.
Conjuntos el default tipo de paleta para el 'Convertir a Indexed' diálogo.
Conjuntos la carpeta para almacenamiento provisional. Las limas parecerán aquí durante el curso de correr GIMP. La mayoría de limas desaparecerán cuándo GIMP salidas, pero algunas limas probablemente pueden quedar, así que  es más si esta carpeta no ser uno aquello está compartido por otros usuarios.
Conjuntos la manera en qué transparencia está mostrada en imágenes.
Conjuntos la resolución vertical del monitor, en puntos por pulgada. Si puesto a 0, fuerza el X servidor para ser queried para ambas resolución horizontal y vertical información.
Conjuntos la medida del preestreno de navegación disponible en la esquina derecha más baja de la ventana de imagen.
Conjuntos la medida del thumbnail asomado en el diálogo Abierto.
Conjuntos la ubicación de lima del intercambio. GIMP Utiliza un azulejo esquema de asignación de memoria basado. La lima de intercambio suele deprisa y fácilmente azulejos de intercambio fuera a disco y atrás en. Ser consciente que la lima de intercambio fácilmente puede coger muy grande si GIMP está utilizado con imágenes grandes. También, las cosas pueden coger horribly lentos si la lima de intercambio está creada en una carpeta que está montado sobre NFS. Para estas razones,  puede ser deseable de poner vuestra lima de intercambio en "/tmp".
Varias optimizaciones que incluyen grupo de capa más rápida rendering
Varias mejoras de usabilidad en iconos y temas oficiales
Shear Magnitud X
Shear Magnitud Y
Shear Borde opuesto por cantidad misma (%s)
Turno los píxeles, opcionalmente envolviéndoles en los bordes
Espectáculo opciones de color adelantado
Puntos de muestra del espectáculo
Espectáculo una página de preferencias con características experimentales
Espectáculo imagen activa
Espectáculo contenido de imagen llena por default.
Información de licencia del espectáculo y salida
Puntero de espectáculo para herramientas de pintura
Espectáculo la imagen actualmente activa en el toolbox.
Valores de espectáculo en espacio lineal
Encoge Diálogo de Selección
Encoge selección por
Medida en memoria:
Medida en píxeles:
Medida de datos queued para escribir al intercambio
Chasquea a Ruta Activa
Chasquea a la ruta activa por default en ventanas de imagen nueva.
Imagen de fuente para computación de arte de la línea
Especifica cómo el área alrededor de la imagen tendría que ser dibujada.
Especifica si para mantener la tela que acolcha cuándo "Vista -> Asomar Todo" está habilitado.
Velocidad de marching hormigas en el esbozo de selección. Este valor es en milisegundos (menos el tiempo indica más rápido marching).
Apoyo para color picker y screenshots en Wayland en KDE Plasma
Medida de lima del intercambio
TIFF Importación: ahora pide cómo para procesar unspecified TIFF canales
Herramienta de texto: Crea o editar capas de texto
El GIMP navegador de ayuda no parece para ser instalado. Utilizando el navegador de web en cambio.
El GIMP tapón de navegador de la ayuda-en parece para faltar de vuestra instalación. En cambio puedes utilizar el navegador de web para leer las páginas de ayuda.
El GIMP instalación de usuario falló; ver el registro para detalles.
El GIMP manual de usuario no es instalado en vuestra lengua.
El gradiente activo es no-writable y no puede ser editado directamente. Uncheck Esta opción para editar una copia de él.
La capa activa no tiene un canal de alfa.
La ruta activa está cerrada.
Los trazos de la ruta activa están cerrados.
El valor de alfa
El axial '%s' tiene ninguna curva
La imagen '%s' tiene un embedded perfil de color
La opción que habilita OpenCL el apoyo ha sido movido al tabulador de Patio en Preferencias
La unidad utilizada para exposición de coordenada cuando no en punto-para-modo de punto.
El manual de usuario no es instalado localmente.
La resolución de imagen vertical.
 Hay ninguno últimos encuadres para '%s', asomando el diálogo de filtro en cambio.
 Hay ninguna ruta para mover.
 hay %d imágenes con unsaved cambios:
 tiene que haber al menos dos paletas seleccionaron para fusionar.
Esta operación tiene no haciendas editables
Para  ayudarnos mejorar GIMP,  puedes informar el bug con estos pasos sencillos:
Demasiados mensajes de error!
Herramientas como borrosos-seleccionar y el cubo llena encontrar las regiones basaron en una semilla-llenar algoritmo. La semilla llena inicios en el píxel inicialmente seleccionado y progresos en todas las  direcciones hasta la diferencia de intensidad de píxel del original es más suma que un umbral especificado. Este valor representa el default umbral.
Medida total de memoria de arañazo
Medida total de memoria de azulejo
Transforma a lo largo del Z eje
Transforma alrededor del punto de centro
La transformación crea una imagen muy grande.
La transformación crea un elemento muy grande.
Trata diagonalmente neighboring píxeles como conectó
Incapaz de añadir una máscara de capa desde la capa ya tiene uno.
Incapaz de descodificar abr versión de formato %d.
Unidad de medida de selección
Uso GIMP en un mododeventana sola.
Uso una copia localmente instalada
Uso un solo toolbox botón para agrupó herramientas.
Uso un alternar sistema gimprc lima
Uso un alternar usuario gimprc lima
Uso la versión on-line
Varias herramientas de registro de la actuación añadidas y registro de registro hizo disponible en el muelle de Salpicadero
Puesto axial vertical
Offset vertical para distribución
Vertical espaciando de líneas de verja.
El urdimbre Transforma: Deforma con herramientas diferentes
Cuándo habilitado, todos pintan las herramientas asomarán un preestreno del esbozo del pincel actual.
Cuándo habilitado, los diálogos asomarán un botón de ayuda que da acceso a la página de ayuda narrada. Sin este botón, la página de ayuda todavía puede ser lograda por pulsar F1.
Cuándo habilitado, la ventana de imagen  automáticamente resize él cuando zooming a y fuera de imágenes. Este encuadre sólo toma efecto en multi-modo de ventana.
Cuándo habilitado, la frontera de capa es visible por default. Esto también puede ser toggled con la "Vista->orden de Frontera" de Capa de Espectáculo.
Cuándo habilitado, el puntero de ratón será asomado sobre la imagen mientras utilizando una herramienta de pintura.
Cuándo habilitado, el gradiente seleccionado será utilizado para todas las  herramientas.
Cuándo habilitado, la selección es visible por default. Esto también puede ser toggled con la "Vista->orden de" Selección del Espectáculo.
Cuándo habilitado, utiliza OpenCL para algunas operaciones.
Cuándo habilitado,  puedes cambiar atajos de teclado para elementos de carta por pegar una combinación clave mientras el elemento de carta está destacado.
Cuándo encogiendo, ley como si seleccionó las áreas continuaron fuera de la imagen.
X-turno entre líneas (píxeles)
Y Coordenada de esquina izquierda superior
 Tendrás que retomar GIMP para los cambios para tomar efecto.
Vuestras opciones de herramienta serán reinicialización  a default valora el tiempo próximo  empiezas GIMP.
Niveles de Entrada del coche
Canales y Máscaras:
Casos de vertedero de este controlador
Seamless Herramienta de clon
Prueba utilizar el perfil de monitor del sistema
Uso fuente seleccionada
Crear un pincel nuevo
Duplicado este pincel
Pincel abierto como imagen
Llena colores similares
Paté Buffer A La Selección En Sitio
Paté Buffer A La Selección
Color de control oscuro
Color de control ligero
Etiqueta de Color del canal: Claro
Etiqueta de Color del canal: Puesto a Azul
Etiqueta de Color del canal: Puesto a Verde
Etiqueta de Color del canal: Puesto a Rojo
Etiqueta de Color del canal: Puesto a Violeta
Crear un duplicado de este canal y añadirlo a la imagen
Editar el nombre del canal, color y opacidad
Criar este canal un paso en el canal stack
Selecciona Canal Inferior
Selecciona Canal Próximo
Selecciona Canal Anterior
Seleccionar el topmost canal
Añade a Selección
Cruza con Selección
Resta de Selección
Editar este color
Seleccionar este Color
De fondo Azul: Disminución por 1%
Saturación de fondo: Aumento por 10%
Valor de fondo: Disminución por 10%
Valor de fondo: Puesto a Mínimo
De fondo: Set Color De Colormap
De fondo: Set Color De Paleta
De fondo: Set Color De Swatch
De fondo: Skip Color de Paleta Posterior
De fondo: Uso Último Color De Colormap
De fondo: Uso Último Color De Swatch
De fondo: Uso Color Próximo De Colormap
De fondo: Uso Color de Paleta Próxima
De fondo: Uso Color Anterior De Colormap
Ángulo de pincel (Editor): Horizontal de Marca
Ángulo de pincel (Editor): Rotate Dejado por 15°
Ángulo de pincel (Editor): Rotate Dejado por 1°
Ángulo de pincel (Editor): Rotate Derecho por 15°
Proporción de Aspecto del pincel (Editor): Disminución por 1
Proporción de Aspecto del pincel (Editor): Set
Proporción de Aspecto del pincel (Editor): Puesto a Máximo
Dureza de pincel (Editor): Aumento por 0.1
Dureza de pincel (Editor): Puesto a Mínimo
Radio de pincel (Editor): Pariente de Disminución
Radio de pincel (Editor): Disminución por 1
Radio de pincel (Editor): Aumento por 10
Radio de pincel (Editor): Puesto a Mínimo
Selección de pincel: Selecciona por Índice
Selección de pincel: Cambio a Primero
Selección de pincel: Cambio a Anterior
Forma de pincel (Editor): el uso Circular
Forma de pincel (Editor): Diamante de Uso
Cambio foreground y colores de fondo
Selección de fuente: Cambio a Primero
Selección de fuente: Cambio para Durar
Selección de fuente: Cambio a Luego
Selección de fuente: Cambio a Anterior
Foreground Azul: Disminución por 1%
Foreground Verde: Aumento por 10%
Foreground Verde: Set
Foreground Rojo: Puesto a Mínimo
Foreground: Set Color De Swatch
Foreground: Skip Color de Paleta posterior
Foreground: Uso Primer Color De Swatch
Foreground: Uso Último Color de Paleta
Foreground: Uso Color de Paleta Próxima
Foreground: Uso Color de Paleta Anterior
Selección de gradiente: Selecciona por Índice
Selección de paleta: Cambio para Durar
Selección de paleta: Cambio a Anterior
Selección de patrón: Cambio a Primero
Opacidad de herramienta: la marca Completamente Opaca
Opacidad de herramienta: Set Transparencia
Modo de Pintura de la herramienta: Selecciona Primero
Modo de Pintura de la herramienta: Selecciona Anterior
Selección de herramienta: Cambio a Primero
Selección de herramienta: Cambio para Durar
Floyd-Steinberg (hemorragia de color reducido)
Carta de Información del puntero
Icono de herramienta con crosshair
Añadir un marcador de caso vacío al registro de actuación
Abierto el editor de pincel
Abierto el diálogo de canales
Abierto el salpicadero
Abierto el diálogo de histograma
Abierto el diálogo de plantillas de la imagen
Abierto el editor de aparatos de la entrada
Abierto el diálogo de capas
Abierto el diálogo de gerente del módulo
Abierto el editor de dinámica de la pintura
Abierto el diálogo de información del puntero
Abierto el editor de selección
Abierto el deshacer diálogo de historia
Vista como Verja
Vista como Lista
Ubicación de Imagen de la copia
Diálogo de imagen abierta
Cria ventana si ya abierto
Trucaje de contraste automático
Rotate drawable 90 grados a la derecha
Crear una dinámica nueva
Duplicado esta dinámica
Carta de Editor de Dinámica de pintura
Copia qué es visible en la región seleccionada a un nombrado buffer
Llenar la selección que utiliza el patrón activo
Llenar la selección que utiliza el color de fondo
Llena con BG Color
Llena con FG Color
Movimiento el seleccionó píxeles al portapapeles
Paté A Selección En Sitio
Paté el contenido de un nombrado buffer
Paté el contenido del portapapeles en su puesto original
Rehacer la última operación que estuvo deshecho
Rehacer la última operación que estuvo deshecho, skipping cambios de visibilidad
Deshacer la última operación, skipping cambios de visibilidad
Consola de error claro
Consola de error del punto destacado en errores
Consola de error del punto destacado en mensajes
Windows BMP Imagen
Crear una plantilla nueva de esta imagen
Abierto como Capas...
Dejar el GNU Programa de Manipulación de la Imagen
Uso la selección como entrada
Color a Gris...
Fattal Et al. 2002...
Ligero y Sombra
Selectivo Gaussiano Empaña...
Sencillo Lineal Iterativo Clustering...
Symmetric Vecino más cercano...
Rescan Las fuentes instaladas
Edita Gradiente Activo
Tipo de Color izquierdo
Carga Color Dejado De
Ubicación de lima de gradiente de espectáculo en la gerente de lima
Número de líneas
Abierto el GIMP manual de usuario
Espectáculo la ayuda para un elemento de interfaz de usuario concreto
Suposición medida ideal
Cambio la medida del contenido de imagen
Cosecha la imagen a los alcances de su contenido (saca bordes vacíos de la imagen)
Cosecha la imagen a los alcances de la selección
Información de exposición sobre esta imagen
Tela apta a Capas
Imagen de dedo horizontalmente
Fusiona Capas Visibles...
Fusionar todas las capas  visibles a una capa
Sacar el perfil de color de la imagen
Pone un perfil de color en la imagen
Turno la imagen al revés
Convierte a Perfil de Color...
Cosecha a Selección
Discard Perfil de color
Convertir la imagen a 16 mordió punto flotante
Convertir la imagen a 32 mordió entero
Convertir la imagen a 64 mordió punto flotante
Convertir la imagen al RGB colorspace
Eliminar esta imagen
Valor nulo '%s' para tipo de icono
Clip a capa
HSV Saturación (legado)
HSV Valor (legado)
Activar el default editar acción para este tipo de capa
Añade Canal de Alfa
Ajustar las dimensiones de capa
Ancla la capa flotante
Crear una capa nueva y añadirlo a la imagen
Cosecha la capa a los alcances de su contenido (saca bordes vacíos de la capa)
Eliminar esta capa
Editar este contenido de capa del texto encima tela
Mantiene información de transparencia en esta capa de ser modificó
Píxeles de cerradura de Capa
Puesto de cerradura de Capa
Etiqueta de Color de la capa: Claro
Etiqueta de Color de la capa: Puesto a Azul
Etiqueta de Color de la capa: Puesto a Naranja
Etiqueta de Color de la capa: Puesto a Violeta
Opacidad de capa: Marca 10% Más Opaco
Opacidad de capa: Marca Más Transparente
Opacidad de capa: Set
Capa a Fondo
Capa a Medida de Imagen
Capa para Coronar
Más bajo esta capa un paso en la capa stack
Fusionar todas las capas  visibles con último utilizó valores
Movimiento esta capa hasta arriba de la capa stack
Grupo de Capa nueva
Nuevo de Visible
Reemplazar la selección con el canal de alfa de la capa
Máscara de Capa del espectáculo
Selecciona Capa Próxima
Selecciona Capa Anterior
Seleccionar la capa bajo la capa actual
Urdimbre el texto de esta capa a lo largo de la ruta actual
Obra en la máscara de capa
Máscara a Selección
Crear un nuevo MyPaint pincel
Duplicado MyPaint Pincel
Duplicado este MyPaint pincel
Edita MyPaint pincel
Refresh MyPaint Pinceles
Nuevo MyPaint Pincel
Crear una entrada nueva del color de fondo
Crear una entrada nueva del foreground color
Eliminar esta entrada
Editar esta entrada
Carta de Editor de la paleta
Crear una paleta nueva
Abierto este patrón como una imagen
Reinicialización todo tapón-ins a su default encuadres
Evasión de prensa para salir preestreno o Introducir para aplicar.
Configura Color y Opacidad...
Llenar el esbozo de selección
Llenar el esbozo de selección con último utilizó valores
Invert La selección
Pintura a lo largo del esbozo de selección
Saca fuzziness de la selección
Salvar la selección a un canal
Trazo la selección con último utilizó valores
Crear una imagen nueva de la plantilla seleccionada
El ángulo de la herramienta: Pariente de Disminución
El ángulo de la herramienta: Aumento por 1°
La proporción de Aspecto de la herramienta: Aumento por 1
La fuerza de la herramienta: Aumento por 1
La dureza de la herramienta: Disminución por 10
La dureza de la herramienta: Aumento por 1
La dureza de la herramienta: Puesto a Default Valor
La opacidad de la herramienta: Disminución por 1
La medida de la herramienta: Disminución por 1
La medida de la herramienta: Aumento por 10
Cambio indexed paleta
Convierte Imagen a 16 mordió punto flotante lineal
Convierte Imagen a 32 mordió gamma punto flotante
Convierte Imagen a 32 mordió gamma entero
Convierte Imagen a 32 mordió punto flotante lineal
Convierte Imagen a 64 mordió gamma punto flotante
Convierte Imagen a 8 mordió gamma entero
Inutiliza Máscara Rápida
Llena con Blanco
Capa más baja a Fondo
Fusiona Rutas Visibles
Ruta a Selección
Saca Parásito de Elemento
Rebautiza Grupo de Capa
Resize Grupo de capa
Shear Horizontalmente por %-3.3g, verticalmente por %-3.3g
Shear Verticalmente por %-3.3g
Alisa Horizontalmente por %-3.3g°
Alisa Verticalmente por %-3.3g°
Suspende máscara de capa del grupo
Modificación de capa del texto
Transforma Grupo de Capa
Utilizando %s versión %s (compilado en contra versión %s)
Puesto de cerradura de Ruta
Trazos de cerradura de Ruta
Etiqueta de Color de la ruta: Puesto a Gris
Etiqueta de Color de la ruta: Puesto a Verde
Etiqueta de Color de la ruta: Puesto a Amarillo
Criar esta ruta hasta arriba
Reemplaza selección con ruta
Selecciona Ruta Inferior
Selecciona Ruta Anterior
Selección a Ruta (Adelantado)
Resta ruta de selección
Ruta nueva con últimos valores
Cercano la vista de imagen activa
Exposición rendering intent es saturación
Exposición las guías de la imagen
Sorteo un borde alrededor de la tela
Otro ángulo de rotación...
Reinicialización flipping a unflipped y el ángulo de rotación a 0°
Rotate La vista 15 grados a la izquierda
Rotate La vista 90 grados a la derecha
Página de rollo abajo
Página de rollo arriba
Rollo a borde inferior
Rollo a borde izquierdo
Rollo a borde derecho
Espectáculo una ventana de visión general para esta imagen
Espectáculo los gobernantes de esta ventana
Operaciones de herramienta chasquean a guías
Operaciones de herramienta chasquean a los bordes de tela
Operaciones de herramienta chasquean a la verja
Uso esta vista para blando-proofing
Cuándo blando-proofing, colores de marca cuáles no pueden ser representados en el espacio de color del objetivo
Punto para Punto
Uso un color arbitrario
Uso el color de control ligero
Otro factor de zum...
Cambio a la imagen anterior
Cuándo habilitado, los muelles y otros diálogos están escondidos, dejando ventanas de imagen única.
Puesto los tabuladores en la copa
Escoger si para salvar capa tan nueva, redraw encima última capa activa, o salvar a ruta
Medida de fuente en píxeles
Qué lejos es el agujero del centro de la tren emotiva. 100% significa que el agujero es en el borde de la tren.
Prefijo de nombre de la imagen
Interactivo GIMP intérprete de Pitón
Dientes de Tren emotiva
Número de dientes de tren fija. La medida de la tren fija es proporcional al número de dientes.
Offset los colores en una paleta
Paleta a Gradiente
Rotación del patrón, en grados. La puesto de empezar de la tren emotiva en la tren fija.
Salva Pitón-Fu Salida de Consola
Salvando tan colored XHTML
Canal secundario para ordenar
Carpeta de imagen separada
El número de pétalos para adelantar para dibujar el pétalo próximo.
El patrón está especificado sólo por el tabulador activo. Caja de juguete es similar a Tren, pero  utiliza las tren y el agujero numera cuáles están encontrados en cajas de juguete. Si  sigues las instrucciones de los manuales de caja del juguete, los resultados tendrían que ser similares.
El radio del agujero en el centro del patrón donde nada será dibujado. Dado como porcentaje de la medida del patrón. Un valor de 0 producirá ningún agujero. Un Valor de 99 producirá una línea delgada en el borde.
Cuando unchecked, los encuadres de herramienta actuales serán utilizados. Cuándo comprobado, utilizará un gradiente largo para emparejar la periodo del patrón, basado en gradiente actual y repetir modo de los encuadres de herramienta del gradiente.
Escribir un separado CSS lima
Añadir un beveled borde a una imagen
Añadir un chrome efecto a la región seleccionada (o alfa) utilizando un especificado (grayscale) stencil
Añadir una sombra de gota a la región seleccionada (o alfa)
Añadir un jagged, borde borroso a una imagen
Añadir una sombra de perspectiva a la región seleccionada (o alfa)
Añadir un deslizamiento-a película le gusta el marco, sprocket agujeros, y sello a una imagen
Todos los  caracteres en el nombre son cualquier blancos-espacios o caracteres cuáles no pueden parecer en filenames.
Blend Necesidades de animación al menos tres capas de fuente
Empañar los bordes de una imagen así que los azulejos de resultado seamlessly
Marcador al roadmap de GIMP
Marcador al manual de usuario
Carve Áreas blancas
Cambio el colormap de una imagen a los colores en una paleta especificada.
Crear un multi-imagen de capa por añadir un ripple efecto a la capa actual
Crear una capa nueva llenada con un tramar efecto para ser utilizado como un overlay o mapa de golpe
Crear un pincel rectangular
Crear un pincel rectangular con feathered bordes
Crear una animación por mapeo la imagen actual a una esfera de hiladura
Crear un pincel elíptico
Sorteo una verja como especificado por las listas de X y Y las ubicaciones que utilizan el pincel actual
Dibujando Objetos Sencillos
Opacidad de sombra de la gota
Borrar cada nth fila o columna
Llenar la selección actual con lava
Medida de fuente (píxeles)
Granularity (1 es Bajo)
Desarrollo de Esquema interactivo
Mantiene capa de golpe
Escucha encima IP:
Ningún fondo (sólo para capa separada)
Número de marcos
Distancia relativa de horizonte
Sacar todas guías horizontales y verticales
Render Mapa de fuente...
Alrededor de las esquinas de una imagen y opcionalmente añadir una gota-sombra y fondo
Guión-Fu Selección de Patrón
Guión-Fu no puede procesar dos guiones al mismo tiempo.
 Hay ningún dato de imagen en el portapapeles a paté.
Nombre de fuente del uso como texto
Bienvenido a TinyScheme
Obra encima copia
Borrar Cada Otra Fila...
Preparando vuestras Imágenes para la Web
Temas de página web
Columnas en cada capa
%d Tapón-ins partido vuestra consulta
%s No es apoyado por GIMP en combinación con muestras por píxel: %d
'%s' No es un DICOM lima.
'%s': EOF O error mientras leyendo dato de paleta
'%s': Ilegal bpp valor en paleta: %hhu
32 bpp, 8-mordió alfa, ninguna paleta
4:2:2 vertical (chroma halved)
Un segundo número de puntos adyacentes para considerar cuándo filtrando.
Mediano debajo pincel
Añade vector nuevo
Modelo adicional Info
Añade un efecto de sombra a cada trazo de pincel
Añade ruido aleatorio al color
Ajustar la densidad de espiga
Edad 25 o Encima
Alias Pix imagen
Alinea Capas Visibles...
Todos los  Valores son Fracciones  de la Cota de Tira
Calidad de canal de la alfa
Canal de alfa escribe no definido para %s. Asumiendo la alfa no es premultiplied
Cantidad de error en qué  es pointless a reparameterize. Esto pasa, por ejemplo, cuándo  estamos probando a aptos el esbozo del exterior de un 'O' con un solo spline. El inicial apto no es bien bastante para el Newton-Raphson iteración para mejorarlo.  Puede ser que  sería mejor de detectar los casos donde no encontramos cualesquier esquinas.
Aplicar varios efectos de encender a una imagen
Aplicando banda de filtro
Ilustraciones u objeto
Al menos una imagen está necesitada para componer
B, G, R, X (BMP moda)
Borde inferior fuera de bounds (mosto ser < %d): %d
CCITT Grupo 4 fax
Crea imagen nueva
Calculando medida de lima...
Puede operar en capas sólo (pero se apellidó encima canal o máscara).
No puede operar en tipos de imagen desconocida
No puede leer entradas de color
No puede manejar la medida (cualquier ancho o cota) de la imagen.
No puede operar en capas con máscaras.
No puede leer prórroga de '%s'
No puede leer encabezamiento de '%s'
Cambio la intensidad del canal azul
Cambio el número de colores en el mapeo
Cambio la fuerza del seleccionado smvector
Cambios el gamma (brillo) del pincel seleccionado
Comprime TD etiquetas
Diálogo de Selección del color
El color está computado de la media de todos los  píxeles bajo el pincel
Los colores no son almacenados premultiplied por la alfa asociada
Combina dos imágenes que utilizan mapas de profundidad (z-buffers)
Convierte imagen a sRGB
Copia la curva activa al otro borde
Copia la ubicación de esta página al portapapeles
Copia la textura del papel seleccionado como de fondo
No podría crear buffer para procesar dato de imagen.
No podría crear imagen.
No podría cargar dato de '%s': %s
No podría abrir '%s' para verificación de medida: %s
No podría leer XWD encabezamiento de '%s'
No podría leer entradas de color de '%s'
No podría descodificar CIELAB JP2 imagen en '%s'.
No podría leer JP2 encabezamiento de '%s'.
No podría leer lima:
Podría no sencillamente reducir colores más allá. Exportando tan opaco.
Capas de cosecha a imagen bounds
Crear un color-el mapa que utiliza un gradiente del editor de gradiente
Crear una imagen nueva cuándo aplicando filtro
Crear una capa nueva cuándo aplicando filtro
Crear una unidad nueva que utiliza la unidad actualmente seleccionada como plantilla
Crear un Sistema de Función Iterado (IFS) fractal
Crear una variedad de copias de la imagen
Crear una imagen de un textured esfera
Crea bezier curva
Creado por software
Rizo arriba uno de las esquinas de imagen
Gradiente actual (revocado)
Descodifica exponente de Alfa
Default Tipo de mapa
Grado de ladera del borde de cada pieza
Elimina el seleccionado Preset
Derivar una paleta de color lisa de la imagen
Dato de Modelo de Elevación digital (3 arc-segundos)
Digitized De un negativo encima película
Digitized De un positivo encima película
Descargando página web '%s'
Arrastra y colores de gota a rearrange el colormap. Los números asomados es los índices originales. Derecho-clic para una carta con opciones de clase.
EOF O error mientras leyendo dato de imagen
Cada pieza tiene lados rectos
Detección de borde con control de grosor de borde
Habilita/inutiliza preestreno de calidad alta
Habilita/inutiliza preestreno de tiempo real de cambios
Introducir otro comentario si  quieres.
Imagen de entorno para utilizar
El error que coge número de páginas de la lima de PDF dada.
El error que carga PNG lima: %s
El error que carga calendario. %s
El error que abre lima '%s' para leer
Error querying dimensiones de imagen de '%s'
Error querying tipo de imagen de '%s'
Bloque de color de lectura de error
Paleta de color de lectura de error
Ejercicio una cabra
Exportación en BigTIFF formato de lima de la variante
Exportaciones AVIF imágenes
Exportación de acceso no puede manejar imágenes con canales de alfa
Lima de acceso mantiene no imágenes visualizables
FP Sólo puede ser corrido interactivamente.
Lima '%s' no es un FractalExplorer lima
Medida de lima: desconocido
Llena (inferior a superior)
Llena (derecho a izquierdo)
Llena con parámetro k
Encuentra y fijar píxeles que puede ser unsafely brillante
Encontrando fondo de animación
Paso de flujo %d
Marco %d (%d%s)
Marco %d (%dms)
Marco %d de %d
Opciones de Pintura del fulgor
Va a la página de índice
Gris 16 mordió Poco Endian
Gris unsigned 16 mordió Poco Endian
Ayuda ID '%s' desconocido
Control los canales mínimos
Cuántos píxeles un punto puede divergir de una línea recta y todavía ser considerado un sitio mejor a subdivide.
Cuánto para "oscurecer" los bordes de cada trazo de pincel
IFS Fractal: Negro
IFS Fractal: Azul
IFS Fractal: Rojo
IPTC Código de escena
Icono #%d tiene cero ancho o cota
Si un spline es más cercano a una línea recta que esto,  queda una línea recta, incluso si él  otherwise ser cambiado atrás a una curva. Esto es weighted por la plaza de la periodo de curva, para hacer curvas más cortas más probablemente para ser reverted.
Si  habilitas esta opción valores de color más alto serán swapped con más bajos unos y viceversa
Dimensiones de imagen demasiado grandes: ancho %d x cota %d
Importación de PDF
Nulo X offset: %d
Nulo Y offset: %d
Atributo de imagen general nulo chunk medida.
Dimensiones de imagen nula (%u x %u) para página %d. La imagen puede ser corrupta.
Capa nula sub-bloquear %s, tendría que ser CAPA
JNG + Delta PNG
Compresión e iconos grandes no son apoyados por todos los  programas. Las aplicaciones más viejas no pueden abrir esta lima correctamente.
Capas como páginas (%s)
Dejado el valor (brillo) de la región determina la dirección del trazo
Fuente ligera X dirección en XYZ espacio
Fuente ligera Y dirección en XYZ espacio
Fuente ligera Y puesto en XYZ espacio
Fuente ligera Z dirección en XYZ espacio
Fuente ligera Z puesto en XYZ espacio
Línea Reversion Umbral:
Carga Fractal Parámetros
Carga Gfig Colección de Objeto
Carga en orden inverso
Carga las curvas de una lima
Cargando HEIF la imagen falló: %s
Manualmente especificar la orientación de trazo
Formato de Lima del mapa
Mapa la imagen a un objeto (plano, esfera, caja o cilindro)
Max (x+d, -), (0.5 < x)
Max. Ancho disponible
Máximo RGB Valor
Metadata Espectador: %s
Min (x+d, -), (x < 0.5)
Estado de Emisión del modelo
Modifica imagen para reducir la medida cuándo salvada como GIF animación
Movimiento un punto solo
Multiplica rand. Valor (0,1)
Número de Segmentos
Número de las piezas que bajan
Número de tiempo para suavizar puntos de dato original. Aumentando este número dramáticamente --- a 50 o tan --- puede producir vastly resultados mejores. Pero si cualquiera señala que  aquello eshould' ser las esquinas no son encontradas, la curva va a infierno alrededor de aquel punto.
Número de colores únicos: %d
Objeto X puesto en XYZ espacio
Objeto Y puesto en XYZ espacio
Objeto Z puesto en XYZ espacio
Una vez la región está seleccionada,  será captado después de este retraso.
Una vez la ventana está seleccionada,  será captado después de este retraso.
Captura digital original de una escena de vida real
Porcentaje de la curva fuera del punto peor para buscar un sitio mejor a subdivide.
Píxeles en el foreground el color parecerá negro en todas imágenes de salida. Esto puede ser utilizado para a cosas les gusta la cosecha marca aquello tiene que aparecer encima todos los  canales.
Intervalo de radio de verja polar:
Sectores de verja polar desearon:
Huella la imagen
Identificador de Emisión de la hacienda
Aleatorio, ch. Independiente
Dato de imagen cruda
Leyendo el azulejo falló. La imagen puede ser corrupta en tachar %d.
Rehace último cambio de zum
Saca speckle ruido de la imagen
Sustitución para undefined píxeles
Releído la carpeta de Presets
Reinicialización la velocidad de la animación
Guía resultante Bounds: %d,%d a %d,%d (%d áreas)
Revert A la imagen original
Ángulo de rotación aproximadamente X eje
Ángulo de rotación sobre Z eje
Muestras el color del píxel en el centro del pincel
Salva Puntos de Curva para Archivar
Salva color de fondo
Salvar las curvas a una lima
Busca error: %s
Selección en contexto
Selecciona Color de Película
Seleccionar una región a grab
Seleccionar un valor
Selecciona luego smvector
Selecciona vector anterior
Encuadres para este Mapfile
Forma de Segundas Bengalas
Preestreno de espectáculo en ventana de imagen
Espectáculo todos los  objetos
Espectáculo objeto anterior
Sencillo empaña, rápido pero no muy fuerte
Simular una imagen pintó encima la ventana ciega
Editor de Mapa de la medida
Gradiente de factor de la medida:
Algunas aplicaciones no pueden leer BMP imágenes que incluye color información espacial. GIMP Escribe color información espacial por default. Habilitando esta opción causará GIMP a no escribir color información espacial a la lima.
Inventario de fuente ID
Efectos especiales que nadie entiende
Capa especificada %d no encontrado
La ventana especificada no encontrada
Número de espiral de Turnos
Saturación de color del tramo para cubrir gama posible máxima
La imagen del proveedor ID
Profundidad de bit sospechoso: %d para página %d. La imagen puede ser corrupta.
Número sospechoso de canales extras: %d. Posiblemente imagen corrupta.
Intercambio las dos curvas
TIFF '%s' No contiene cualesquier directorios
El GIMP manual de usuario no es disponible.
El PNG la lima especifica un offset que causó la capa para ser colocada fuera de la imagen.
El PNG imagen  estás importando especifica un offset de %d, %d.   Quieres aplicar este offset a la capa?
La cantidad de la celda que acolcha.
La cantidad de la celda que espacía.
La dirección que partidos la imagen original el más cercano está seleccionado
Las páginas de ayuda para '%s' no es disponible.
El hue de la región determina la medida del trazo
El número de direcciones (i.e. pinceles) para utilizar
El número de medidas de pinceles para utilizar
La parte de información de copyright que superó 65535 caracteres estuvo sacado.
El smvector-campo. A la izquierda-clic para mover seleccionado smvector, Bien-clic para señalar él hacia ratón, Medio-clic para añadir un nuevo smvector.
El ángulo de empezar del primer pincel para crear
El tipo de este SOL-rasterfile no es apoyado
El ancho para cada celda de mesa. Puede ser un número o un porcentaje.
Este campo es una pista  para campos de entrada numérica.  Especifica cuántos dígitos decimales el campo de entrada tendría que proporcionar para coger aproximadamente la misma exactitud como un "campo" de entrada de la pulgada con dos dígitos decimales.
Esta serie soler identificar una unidad en GIMP  limas de configuración.
Demasiados canales en lima: %d
Transfiriendo imagen de página web para '%s'
Giro o smear imagen en muchos maneras diferentes
Disposición de uso introdujo encima para todos los  marcos
Modelo de color desconocido en PNG lima '%s'.
Espacio de color desconocido en JP2 codestream '%s'.
Unsupported Versión de formato de lima de PSP %d.%d.
Unsupported Espacio de color en JP2 imagen '%s'.
Unsupported Compresión (%u) en BMP lima de '%s'
Unsupported O cota de imagen nula: %d
Superior dejado x:
Superior dejado y:
Uso macros en vez de struct
Uso valor mediano
Uso valor inverso
Uso sine-función para este componente de color
Uso el color de fondo
Vista metadata (Exif, IPTC, XMP)
Voronoi-Marcas de modo sólo el vector más cercano al punto dado tiene cualquier influencia
Con imagen de fuente
Escribe lima de máscara extra
Con poder aleatorio (0,1)
Con poder aleatorio (0,10)
Escribiendo HEIF la imagen falló: %s
X PixMap imagen
X vertedero de ventana
XWD-Archivar %s tiene formato %d, profundidad %d y bits por píxel %d. Actualmente esto no es apoyado.
Umbral de prueba de la alfa:
Coche-Cosecha todos los  marcos.
No escribe color información espacial
Cota apta a imágenes
Control los canales máximos
Ignorar la capa inferior incluso si visible
Número de celdas:
Reemplazar la medida de todos los  marcos incluso si  está especificado.
Uso el (invisible) capa inferior como la base
Capas inferiores primero
Medida de bloque nulo
No bastante memoria a flush bits
La partición es más grande que 16M
Píxeles de superiores
no hay ninguna imagen chunk en "%s".
Capas superiores primero
%s - Ejecutar una orden como otro usuario
%s No es un aparato de carácter, no relabeling tty
%s Está poseído por uid %u, tendría que ser %u
%s Es mundial writable
%s Tiene que ser poseído por uid %d
%s: Editando los enlaces simbólicos no es permitted
Configura opciones: %s
Contenidos de editar la sesión dejó en %s
Crea SELinux contexto de seguridad con tipo especificado
Eficaz uid no es %d, es sudo instalado setuid raíz?
Error en %s, línea %d mientras cargando plugin "%s"
Fallado para poner tipo nuevo %s
Ignorando póliza duplicada plugin "%s" en %s, línea %d
Ignorando póliza plugin "%s" en %s, línea %d
Valor nulo para %s "%s" en %s, línea %u
Los privilegios de usuario de lista o comprobar una orden concreta; uso dos veces para formato más largo
Ningún askpass el programa especificó, prueba poner SUDOASKPASS
plugin Error: lista de lima desaparecida para sudoedit
Vector de grupo de la coto en vez de poner al objetivo es
Contraseña leída de entrada estándar
Orden corrida en anfitrión (si apoyado por plugin)
Corrido login concha como el usuario de objetivo; una orden también puede ser especificada
Grupo de recurso especificado no existe para proyectar "%s"
sudoedit No es apoyado en esta programa
El `-E' la opción no es válida en editar modo
La riña a -C tiene que ser un número más sumo que o igual a 3
La tarea de invocar es final
Incapaz de cambiar raíz a %s
Incapaz a dup2 stdin
Incapaz a fgetfilecon %s
Incapaz de encontrar símbolo "%s" en %s
Incapaz de recibir mensaje de padre
Incapaz de restaurar handler para señalar %d
Incapaz de enviar mensaje de auditoría
Incapaz de poner handler para señalar %d
Incapaz de poner nuevo tty contexto
Afección de terminación de niño inesperada: %d
Tipo de respuesta inesperada en backchannel: %d
Clase de seguridad desconocida "chrfile", no relabeling tty
unsupported Fuente de grupo "%s" en %s, línea %u
El uso especificó BSD tipo de autentificación
Usuario "%s" no es un miembro de proyectar "%s"
Valor demasiado grande
Valor demasiado pequeño
Aviso, tarea de control del recurso fallada para proyectar "%s"
No puedes especificar ambos el `-i' y `-s' opciones
 Tienes que especificar una función para escribir %s
%s: Incapaz de convertir principal a serie ('%s'): %s
%s: Incapaz de coger credentials: %s
Alocución para enviar correo de: %s
Alocución para enviar correo a: %s
Deja alguna información reuniendo para dar mensajes de error útil
No podría determinar afección de auditoría
Banderas para programa de correo: %s
Ignora '.' En $RUTA
La contraseña apunta timeout: %.1f minutos
Ruta al editor para uso por visudo: %s
Puntual para la contraseña del usuario de objetivo, no los usuarios es
Puesto OTP puntual en su línea propia
La raíz puede correr sudo
SecurID La comunicación falló
Syslog Facilidad si syslog está siendo utilizado para logging: %s
Syslog Prioridad para utilizar cuándo el usuario autentica unsuccessfully: %s
Umask Para utilizar o 0777 para utilizar el usuario es: 0%o
Un digerir requiere un nombre de ruta
Digiere para %s (%s) no es en %s forma
Mango de Autentificación nula para SecurID
Tipo de autentificación nula
Conexión perdida a servidor de autentificación
Incapaz de cambiar contraseña expirada: %s
Desconocido SecurID error
Desconocido uid: %u
Usuario desconocido: %s
No existes en el %s base de datos
Columnas de salida disponible para -C:
Columnas de salida disponible para -e o -p:
Sabido <iflag> nombres:
Mensaje Queue msqid=%d
Segmento de memoria compartida shmid=%d
Columnasdememoria compartida (--shmems):
Bienvenido a sfdisk (%s).
MBR: hex O L,S,Ex,X,U,R,V atajos.
(Compilado sin libblkid).
--Directo-io[=<encima|fuera>] abre recular lima con ODIRECT
--Lista-los modos listan modos disponibles
--Lista-las velocidades muestran tasas de baudio soportado
--Movimiento-uso-fsync uso fsync después de cada escribir cuándo dato de movimiento
--No-ley  todo excepto el escribir el registro
--No-releído no comprueba si el aparato es en uso
--nohints No imprime pistas
--nohostname No hostname en absoluto será asomado
--Salida-todos imprimen todas las columnas  disponibles para -e, -p o -C
--Uso crudo formato de salida de estado crudo
--Uso crudo el formato de salida crudo (con --espectáculo)
--Reformar <val> cita de reforma gregoriana (1752|gregorian|iso|julian)
--El árbol habilita salida de formato del árbol si es posible
--Huella verbosa más detalles
<Número> de medida de bloques para ser utilizados en el aparato
<bootable> Uso '*' para marcar un MBR partición tan bootable.
<Tipo> El tipo de partición. Default Es una partición de dato del Linux.
La ayuda asoma este texto de ayuda
b Toggle bootable Bandera de la partición actual
i Clase por IRQ
Sector de inicio: (de/a) %ju / %ju
Medida de paso: %zu bytes
t Clase por TOTAL
u Diseño de disco del vertedero a sfdisk lima de guión compatible
x Escondrijo/de exposición información extra sobre una partición
%1$s [opciones] <disco>
%s [Opciones] -- [fs-opciones] [<filesystem> ...]
%s [Opciones] <ldisc> <aparato>
%s [Opciones] [<aparato>|<mountpoint>]
%s [Opciones] [<mensaje> | <de lima>]
%s [Opciones] [<username>]
%s [Opciones] [GAMA|de MEDIDA|BLOCKRANGE]
%s [Opciones] aparato [medida]
%s [Opciones] la_raíz nueva puesta_viejo
%s [Opciones] {SELLO,UUID,PARTUUID,PARTLABEL}=<valor>
+/Inicio/ de patrón en la línea que contiene patrón
--Espacio[=0-60|fuerza|poke] tiempo de conjunto de inactividad antes de que espacios de pantalla
--blength[=<0-2000>] duración del timbre en milisegundos
--Grupo <de grupos,...> Grupos suplementarios puestos por UID o nombre
--Mapa-usuario=<uid>|<mapa> de nombre usuario actual a uid (implica --usuario)
--msglevel <0-8> kernel nivel de registro de la consola
--powerdown[=<0-60>] pone vesa powerdown intervalo en minutos
--Denominar <terminalname> override variable de entorno del PLAZO
--ulcolor [Brillante] <el color> pone color de texto subrayado
-1 uso Minix versión 1
-3 uso Minix versión 3
-8, --eightbits medida de carácter del conjunto a 8 bits
-<Numerar> cuántas líneas para asomar
-Un, --activar <dev> [<parte> ...] Lista o puesto bootable (P)MBR particiones
-Un, --fstab trim filesystems de /etc/fstab
-B, --medidas de huella de los bytes en bytes más que en formato legible humano
-C, --caches[=<lista>] info sobre caches en formato legible extendido
-C, --claro aclarar el kernel red buffer
-D, --consola-fuera inutiliza imprimir mensajes a consola
-D, --no-parte-los detalles no imprimen info de mesa de partición
-F, --no-tenedor  no daemonize utilizando doble-tenedor
-F, --no-el tenedor no se bifurca antes de exec'ing <programa>
-G, --setgid <gid> conjunto gid en introdujo namespace
-G, --supp-grupo <de grupo> especifica un supplemental grupo
-I, --corto-inode turnos en SHORTINODE
-J --noclear No aclara la pantalla antes de puntual
-J, --json uso JSON formato de salida para mesa
-J, --json uso JSON formato de salida
-L, --color[=<modo>] interpreta color formatting especificadores
-L, --color[=<cuando>] colorize salida (%s, %s o %s)
-L, --mantener-vacío-las líneas no ignoran líneas vacías
-M no comprueba montado filesystems
-M <dirs> definir hombre e info lookup ruta
-M <valor> utilmax valor para poner
-M, --multiplier <mult> puesto el profiling multiplier a <mult>
-M, --shmem <la medida> crea segmento de memoria compartida de medida <de medida>
-N endian Conjunto cramfs endianness (%s|%s|%s), default %s
-O, --lista <de opciones> limita el conjunto de filesystems por opciones de monte
-P Control filesystems en paralelo, incluyendo raíz
-P, --nopager no canaliza salida a un pager
-P, --numérico-perms huella permisos numéricos (PERMS columna)
-P, --partscan crear un partitioned aparato de bucle
-P, --pty crear un nuevo pseudo-terminal
-R, --addr-no-randomize inutiliza aleatorización del espacio de alocución virtual
-R, --nohostname no muestra el hostname campo
-S, --scsi salida info sobre SCSI aparatos
-S, --sector-medida <num> overwrite medida de sector
-S, --semáforo-el <tono clave> saca semáforo por clave
-T, --pegajoso-timeouts turnos en STICKYTIMEOUTS
-T, --prueba de prueba para getopt(1) versión
-U, --uuid <uuid> convertir UUID a nombre de aparato
-V, --verificar [<dev> ...] Prueba si las particiones parecen correctas
-Y, --doce espectáculo el próximo doce meses
-Z, --exposición de contexto SELinux contextos
-Un, --todos listan cada bloque de memoria individual
-Un, --todos imprimen todos los  aparatos
-Un, --todos secan todas las series  mágicas (SER PRUDENTES!)
-Un, --todo[=shm|msg|sem] saca todo (en la categoría especificada)
-Un, --uso alternativo el diccionario alternativo
-Un, --coche reparación automática
-b, --mesa de partición de copia de seguridad de copia de seguridad sectores (ve -O)
-b, --sector-medida <num> puesto la medida de sector lógica a <num>
-b, --sector-medida <de medida> sector físico y lógico medida
-c Pantalla clara antes de mostrar
-c, --canonicalize canonicalize imprimió rutas
-c, --control de control bloques malos antes de crear el área de intercambio
-c, --colon-dato de exposición separada en un formato similar a /etc/passwd
-c, --orden  nada (para compatibilidad con su -c)
-c, --mandar corrido una serie de orden sola a través de la concha
-c, --número <de cuenta> número máximo de zonas
-c, --no-canonicalize  no canonicalize rutas
-c, --noreset  no modo de control de la reinicialización
-c, --leído-claro leído y aclarar todos los  mensajes
-d, --aparato <de aparato> selecciona rtc aparato (rtc0|rtc1|...)
-d, --dirección <de> palabra de la dirección de búsqueda, 'delantero' o 'backward'
-d, --divisor=<el número> divide la cantidad de bytes por <número>
-d, --dns traducir el número de IP atrás a un hostname
-d, --espectáculo de vertedero estado actual (y  no exec)
-d, --nodeps no imprime esclavos o titulares
-d, --espectáculo-delta de tiempo de espectáculo de delta entre imprimió mensajes
-d, --mesa-noheadings no imprime encabezamiento
-e No para en fin de una lima
-e, --exposición de exportación en una exportación-formato de salida capaz
-e, --extendido[=<lista>] huella fuera de un formato legible extendido
-e, --ifexists silenciosamente skip aparatos que no existe
-e, --skip-vacío  no registro líneas vacías cuándo procesando limas
-f, --fifo póliza de conjunto a SCHEDFIFO
-f, --la fuerza aplica encima aparatos de bloque utilizaron por el sistema
-f, --fuerza de fuerza erasure
-f, --la congelación congela el filesystem
-i Registro el logger orden  PID
-i, --ascii uso ascii caracteres sólo
-i, --id <id> detalles de huella encima el recurso identificado por <id>
-i, --incluir <regex> expresión regular para incluir limas/dirs
-i, --info reúne información aproximadamente I/O límites
-i, --interactivo puntual antes de que overwrite
-i, --interno-único no llama el monte.<Tipo> helpers
-i, --interno-único no llama el umount.<Tipo> helpers
-i, --ipc[=<lima>] introduce Sistema V IPC namespace
-i, --irq <num> especificar puerto paralelo irq
-i, --noheadings no imprime headings
-i, --noissue no muestra lima de asunto
-j, --julian día de uso-de-año para todos los  calendarios
-k, --kernel exposición kernel mensajes
-l Cerradura el aparato para garantizar acceso exclusivo
-l, --periodo <num> periodo de bytes a discard del offset
-l, --sectores <de periodo> sectores máximos para obrar (en sectoresde512 bytes)
-l, --lista <de nivel> restringe salida a definió niveles
-l, --lista-un cariz arriba de primer aparato único con token especificado por -t
-l, --lista[=<señal>] nombres de señal de la lista, o convertir un número de señal a un nombre
-l, --local RTC lugareño de usos timezone
-l, --longoptions <longopts> las opciones largas para ser reconocidas
-m, --logging-fuerza <de> nombre del formato a 'clásico' o formato'adelantado'
-m, --mapfile <mapfile> (defaults: "%s" y
-m, --max espectáculo min y max prioridades válidas
-m, --max-medida <num> limitar cuánto está leído de limas de semillas
-m, --modo <de modo> standby|mem|... Modo de sueño
-m, --monday lunes como primer día de semana
-m, --perms salida info sobre permisos
-n Rescinde orden con línea nueva
-n, --consola-nivel <de> conjunto de nivel de nivel de mensajes imprimió a consola
-n, --seco-corrido  todo, pero suspender
-n, --namespace ns generar hash-basó uuid en este namespace
-n, --no-ley  todo excepto el real escribir() llamada
-n, --no-verificar inutilizar la verificación después del formato
-n, --noheadings no imprime headings para --salida de lista
-n, --mesa-nombre <de> mesa de nombre de nombre para JSON salida
-n, --uuids <num> número de petición de uuids
-o, --offset <num> inicio en offset <num> a lima
-o, --offset <num> offset en bytes a discard de
-o, --coma <de> lista de las opciones-lista separada de opciones de intercambio
-o, --opciones <optstring> las opciones cortas para ser reconocidas
-o, --lima <de salida> escribe para archivar en vez de salida estándar
-o, --lista <de salida> define qué columnas de salida para utilizar
-o, --salida-separator <columnas> de serie separator para salida de mesa (default es dos espacios)
-p, --permiso <de> modo del modo para el recurso (default es 0644)
-p, --oficina-teléfono <de> oficina de teléfono de teléfono número
-p, --pausa <de> segundos de la pausa entre intro y ldattach
-p, --pid interpretar riñas como proceso ID (default)
-p, --pid <ruta> de ruta a pid lima
-p, --pid <pid> operar encima existiendo dado pid
-p, --pid <pid>... Ley en estos ya corriendo procesos
-p, --prioridad <prio> especificar la prioridad del aparato de intercambio
-p, --dar un paso <num> medida del discard iteraciones dentro del offset
-q, --queue <uso> de valor sigqueue(2), no matar(2), y valor <de pase> como datos
-q, --queues mensaje queues
-q, --tranquilo inutiliza error informando por getopt(3)
-q, --modo tranquilo tranquilo - no imprime cualquier cosa
-q, --turno tranquilo en modo tranquilo
-q, --tranquilo suprime mensajes de salida
-r, --uso crudo formato de salida cruda
-r, --leído-conjunto único arriba de un leído-aparato de bucle único
-r, --leído-único forzado abierto cfdisk en leído-modo único
-r, --reparar reparación interactiva
-r, --reinicialización de reinicialización el puerto
-r, --reinicialización de reinicialización todos los contadores (la raíz única)
-r, --inverso escribe dato vertido atrás a utmp lima
-r, --raíz[=<dir>] puso el directorio de raíz
-s serialize Las operaciones de comprobar
-s, --inverse inverse dependencias
-s, --semáforo-id <id> sacar semáforo por id
-s, --semáforos de semáforos
-s, --espectáculo-medida [<dev> ...] Medidas de lista de todo o especificó aparatos
-s, --skip <offset> skip bytes de offset desde el principio
-s, --sunday domingo como primer día de semana
-s, --sysroot <dir> uso directorio especificado como raíz de sistema
-t, --ignorar ignorar fallos
-t, --número <de> número de las corrientes de corrientes de compresión
-t, --cronometrar <timet> tiempo para despertar
-t, --timeout <timeout> escribir timeout en segundos
-t, --tipo <de tipo> especifica el tipo de partición
-t, --hasta que <los tiempos> muestran las líneas hasta el tiempo especificado
-u, --uid <uid>... Ley encima ya corriendo los procesos poseyeron por estos usuarios
-u, --unquoted no cita la salida
-u, --userspace exposición userspace mensajes
-u, --uts[=<lima>] introduce UTS namespace (hostname etc)
-v Modo verboso
-v, --verboso ser más verboso
-v, --mensajes verbosos verbosos
-v, --exposición verbosa más detalles
-v, --día de espectáculo vertical verticalmente en vez de línea
-w, --seguir espera para mensajes nuevos
-w, --timeout <num> límite superior en milisegundos aquel --la urna bloqueará
-w, --programa de espera de la espera para salir, y utilizar el mismo regreso
-w, --espera-cr transporte de espera-regreso
-w, --wd=<dir> cambio directorio laborable a <dir>
-x, --descodificar descodificar facilidad y nivel a serie legible
-x, --lista-a detalles les gusta --lista pero con más detalles
-y, --la huella física física en vez de lógico IDs
<Tipo> de partición del tipo, GUID para GPT, hex para MBR
outfile Lima de salida
"Ninguno" FS el tipo está recomendado para atar o movimiento oprations sólo
#%2d: %9ju-%9ju (%9ju sectores, %6ju MB)
$El plazo no es definido.
%%s Requiere una precisión o una cuenta de byte
%-14s %2i segundo
%12s (offset %5ju, medida %5ju): %s
%c: Orden desconocida
%d (%s) Prioridad vieja %d, prioridad nueva %d
%d Bloque malo
%d Bloques malos
%d Los errores detectaron.
%d parse Errores
%lu Página mala
%lu Páginas malas
%s (%c-%c, default %c):
%s (%d Casos)
%s (%d) utilclamp: min: %d max: %d
%s Ya inutilizado
%s Ya habilitó
%s Ya montado en %s
%s De %s (libmount %s
%s Tiene los mensajes inutilizados
%s Está montado; no hará un filesystem aquí!
%s No es un mountpoint
%s No es un aparato de bloque válido
%s No es autorizado para cambiar la concha de %s
%s min/max Prioridad : %d/%d
%s Lee de entrada estándar y escribe a salida estándar
%s El estado es %d
%s: %s (%ju Bytes) convertidos a agujeros escasos.
%s: %s Contiene valor numérico nulo: %s
%s: %s: El aparato ya cerrado, esperando para coger cerradura ...
%s: BLKSECDISCARD ioctl Falló
%s: BLKSSZGET ioctl Falló
%s: CHFNRESTRICT Tiene valor inesperado: %s
%s: Aviso: la lima es más pequeña que 512 bytes; el aparato de bucle puede ser inútil o invisible para herramientas de sistema.
%s: Añadiendo partición #%d falló
%s: Asumiendo RTC UTC de usos ...
%s: No puede cambiar prioridad de proceso: %m
%s: No puede cambiar directorio laborable %s: %m
%s: No puede abrir lima de bloques malos
%s: No puede añadir inotify reloj.
%s: No puede eliminar particiones
%s: No puede coger puesto de lima
%s: No puede modificar partición %d: mesa de partición contiene sólo %zu particiones
%s: No puede leer inotify casos
%s: Cerrando bandeja
%s: Crear un enlace a %s falló
%s: detach Falló
%s: El aparato ya cerró
%s: Coche habilitante-eyectar modo
%s: Ejecutando %s
%s: Fallado para comprobar para chocar aparatos de bucle
%s: Fallado para desarmar vigilante
%s: Fallado para coger atributos terminales: %m
%s: Fallado a reinicialización
%s: Fallado para buscar a sello de intercambio
%s: Fallado para utilizar reculando lima
%s: Firma encontrada [pagesize=%d, firma=%s]
%s: La congelación falló
%s: fsync El aparato falló
%s: Inaccesible -- ignoró
%s: insecure Dueño de lima %d, fija con: chown 0:0 %s
%s: Carácter nulo 0x%x en login nombre
%s: Es aparatodedisco entero
%s: noauto Opción -- ignoró
%s: No una partición de intercambio válida
%s: No accesible
%s: No fundar mountpoint o aparato con el nombre dado
%s: El offset es más sumo que medida de aparato
%s: parse Error en tachar %d -- ignoró
%s: Partición #%d no existe
%s: Partición #%d sacó
%s: Partición %zu: fallado para eliminar
%s: Partición %zu: fallado para coger partición UUID
%s: Partición %zu: fallado para coger tipo de partición
%s: partitioned Aparatos de bucle unsupported
%s: prio %lu
%s: Lee fallado
%s: Leído: %m
%s: readlink Falló
%s: Busca fallado durante probar de bloques
%s: Cronometrado fuera después de %u segundos
%s: Intentando eyectar utilizando CD-ROM eyecta orden
%s: Intentando eyectar utilizando SCSI órdenes
%s: Incapaz de encontrar aparato
%s: Incapaz de escribir página de firma
%s: unfreeze Falló
%s: Desconocido gid
%s: unlink Falló
%s: unsupported Versión de intercambio '%s'
%s: Actualizando partición #%d falló
%s: wakeup De "%s" utilizando %s en %s
%s: wakeup Utilizando %s en %s
%s: Escribe la firma falló
%u Primario, %d extendido, %u libre
, encriptación %s (tipo %u)
, fuera de papel
, lima de registro de la salida es '%s'
, cronometrando la lima es '%s'
------ Segmentos de Memoria compartida --------
--[re]gid Requiere --mantener-grupos, --claros-grupos, --init-grupos, o --grupos
--Global es mutuamente exclusivo con --creador, --id y --tiempo
--md5 O --sha1 requiere --namespace riña
--namespace Requiere --riña de nombre
--pty No es apoyado para vuestro sistema
--Crudo puede ser utilizado junto con --nivel o --facilidad sólo cuándo leyendo mensajes de /dev/kmsg
--Espectáculo-el delta está ignorado cuándo utilizado junto con iso8601 formato de tiempo
--La tarea es mutuamente exclusiva con <namespace>
...Atrás %d página
...skipping %d Línea
/dev/%s: No un tty
<Sector> y <sectores>
>>> scriptlive: Empezando vuestro typescript ejecución por %s.
Un daemon para generar UUIDs.
AIEEE: El bloque "comprimió" a > 2*blocklength (%ld)
Offset de alineación: %lu bytes
Asumiendo orden de byte revocado. Uso -n para forzar orden de byte nativo.
Bootstrap Instalado en %s.
Bootstrap: %1$sboot -> bota%1$s (default %1$s)
Cd-ROM eyecta la orden falló
CPU %u Configurar fallado
CPU %u Inutilizado
CPU %u No es configurable
CPU %u No es caliente pluggable
CPU max MHz:
CPU min MHz:
No puede coger contexto para %s
No puede abrir aparato crudo maestro '%s'
Ceph Disco en creación
Tipo cambiado de partición '%s' a '%s'.
Cambiando información de dedo para %s.
Control la consistencia de un Minix filesystem.
Comprobando que nadie está utilizando este disco ahora mismo ...
Configura CPUs en un multi-sistema de procesador.
Núcleo(s) por grupo:
Núcleo(s) por casquete:
No podría eliminar partición %zu
Podría no toggle la bandera.
Sólo podría inutilizar %s de memoria
Crear un nuevo UUID valor.
Crear una sello nueva
Crea partición nueva de espacio libre
Línea de orden del creador
Actualmente porcentaje de uso
DIALUP En %s POR %s
Default max Medida de queue (bytes)
Sol detectado disklabel con incorrecto checksum. Probablemente  tendrás que poner todos los valores, p. ej. jefas, sectores, cilindros y particiones o forzar una sello fresca (s orden en carta principal)
Aparato '%s' no es un crudo dev
El aparato no contiene una mesa de partición reconocida.
Inutiliza aparatos y limas para paging e intercambio.
El disco no contiene un encabezamiento de copia de seguridad válido.
La exposición tacha empezar con una serie especificada.
Exposición o cambiar la sello o UUID de una área de intercambio.
Exposición o controlar el kernel red buffer.
Vertedero UTMP y WTMP limas en formato crudo.
Habilita aparatos y limas para paging e intercambio.
Introducir un estado de sueño del sistema hasta un especificado wakeup tiempo.
Introduce disco nuevo UUID (en 8-4-4-4-12 formato)
Introducir el identificador de disco nuevo
El error que lee login.defs: %s
Todo: %zd kilobytes
Ejecuta orden `%s'.
La partición extendida ya existe.
Fallado LOGIN %u DE %s PARA %s, %s
Fallado LOGIN SESIÓN DE %s PARA %s, %s
Fatal: %s no es una terminal
Fatal: malo tty
FS Opciones de monte concreto
Fallado para añadir partición %zu a sistema
Fallado para extraer el número de nodo
Fallado a parse mmstat
Fallado para traducir nombre de partición, nombra no cambiado.
Fija orden de particiones
Genera galletas mágicas para xauth.
Cogido %d byte de %s
Cogido %d bytes de %s
Cogido %zu bytes de %s
Hex Código (tipo L para listar todos los  códigos):
Escondido FAT16 <32M
Inodes: %ld (En 1 bloque)
Utilidad interactiva para mostrar kernel interrumpir información.
Bandera nula 0x%02x%02x de EBR (para partición %zu) será corregido por w(rito).
Gama nula: %s
Valores nulos en reloj de hardware: %4d/%.2d/%.2d %.2d:%.2d:%.2d
Es altamente recomendado que la undécima partición cubre el disco entero y es de tipo  GI volumen'.
Kernel No puede poner arquitectura a %s
Último %s o +%s o +medida{K,M,G,T,P}
Último LBA especificado por el guión es fuera de gama.
Último cilindro, +/-cilindros o +/-medida{K,M,G,T,P}
Linux /usr (x86)
Raíz de Linux (BRAZO-64)
Raíz de Linux (x86)
Raíz de Linux verity (x86)
La casa de usuario de Linux
Marca un SCO bfs filesystem.
Max número de operaciones por semop(2)
Max medida de mensaje (bytes)
Mensaje de %s@%s (como %s) en %s en %02d:%02d ...
Movido %ju de %ju sectores (%.3f%%).
MyLBA mismatch Con puesto real en encabezamiento de copia de seguridad.
MyLBA mismatch Con puesto real en encabezamiento primario.
NTFS Conjunto de volumen
Nuevo %s límite para pid %d:
Comienzo nuevo de datos
No poniendo reloj porque factor de drift %f es lejos demasiado alto.
No poniendo reloj porque último tiempo de ajustamiento es cero, así que la historia es mala.
Número de jefas
Número de mensajes
Número de identificadores de semáforo
Número de semáforos
Omitiendo particiones después de #%zu.  Serán eliminados si  salvas esta mesa de partición.
Sólo un usuario puede ser especificado. Uso -l para usuarios múltiples.
Abierto una gama de zonas.
Abierto un terminal y poner su modo.
Dueño  username o UID
PID Del último msg auricular
Parse Opciones de orden.
Partición %u overlaps con otros en sectores %u-%u.
Partición %zu no existe todavía!
Partición %zu: finales/lógicos físicos diferentes: phys=(%d, %d, %d), lógico=(%d, %d, %d)
Partición %zu: vacío.
Partición %zu: es una partición extendida.
Partición %zu: overlaps partición %zu.
Partición 11 tendría que cubrir el disco entero.
Partición overlap en el disco.
Entradas de mesa de la partición no son en orden de disco.
Tipo de partición o alias (tipo L para listar todo):
Particiones %d y %d overlap por %d sector.
Particiones %d y %d overlap por %d sectores.
La contraseña está cerrada
Preallocate Espacio a, o deallocate espacio de una lima.
Deja programa sin escribir cambios
Mapa de imagen de la ROM
Raíz LOGIN EN %s DE %s
Error leído: bloque malo en archiva '%s'
Velocidad de rotación (rpm)
Corrido un programa en una sesión nueva.
Corrido un programa con encuadres de privilegio diferente.
Corrido un programa con namespaces de otros procesos.
SCHEDDEADLINE Es unsupported
Semáforo id: %d
Pone una gama de zonas a Llenos.
Pone varios parámetros para la impresora de línea.
Espectáculo o cambiar el CPU afinidad de un proceso.
Espectáculo o cambiar los límites de recurso de un proceso.
Espectáculo el estado del vigilante de hardware.
Skipping Existiendo enlace: `%s' -> `%s'
Sector de inicio %ju fuera de gama.
Suspende acceso a un filesystem.
Demasiados LOGIN PRUEBA (%u) DE %s PARA %s, %s
Decir el kernel sobre la existencia de una partición especificada.
El %s bandera encima partición %zu está inutilizado ahora.
El %s bandera encima partición %zu está habilitado ahora.
El bootable bandera encima partición %zu está habilitado ahora.
El aparato contiene híbrido MBR -- escribiendo GPT sólo.
Las haciendas de aparato (medida de sector y geometría) tendría que ser utilizado con uno aparato especificado sólo.
El primer utilizable GPT el sector es %ju, pero %ju está pedido.
El kernel usos quietos las particiones viejas. La mesa nueva será utilizada en el próximo reboot.
El último utilizable GPT el sector es %ju, pero %ju está pedido.
El lookup la opción requiere un tipo de búsqueda especificó utilizar -t
El número máximo de particiones ha sido creado.
El número de la partición tiene que ser más pequeño que %zu.
La medida de entrada de la partición es cero.
El inicio de la partición understeps FirstUsableLBA.
Esta cuenta es actualmente no disponible.
Este sistema no apoya poniendo el dispatching modo de CPUs
Hilo(s) por núcleo:
Timeout Ha sido puesto a %d segundo.
Número total de semáforos
Memoria on-line total:
Probando abrir: %s
Tipo de partición %zu es sin cambios: %s.
UID Del PID
Incapaz de destinar buffer para mapa de zona
Encabezamiento de guión desconocido '%s' -- ignorar.
Unused Vacío - sectores 0-%u.
Unused Vacío de %8u sector: sector %8u
Uso: %s [opciones] [máscara | cpu-lista] [pid|cmd [args...]]
Uso -f para forzar.
Uso lsblk(8) o partx(8) para ver más detalles sobre el aparato.
Utilizando tiempo de UTC.
Utilizando default respuesta %c.
Utilizando retraso: %.6f segundos
Utilizando tiempo local.
Utmp Vertedero de %s
VFS Opciones de monte concreto
Esperando a reloj tick...
Esperando en bucle para tiempo de %s para cambiar
Aviso: "%s" no es listado en %s.
Aviso: Firstzone != Normfirstzone
Valores extraños en docheck: probablemente bugs
Escribe error: bloque malo en archiva '%s'
Zona %lu: no en uso, contó=%d
[Espacio de prensa para continuar, 'q' para dejar.]
Añadir una partición nueva
Alarma: en %s
Error de riña: brillante %s no es apoyado
autoclear Conjunto de bandera
Cuenta de byte malo para carácter de conversión %s
Carácter de conversión mala %%%s
Malo sfirstdatazone campo en super-bloque
Velocidad mala: %s
badblock Error de entrada del número en línea %d
Medida de bloque más pequeña que medida de sector físico de %s
Cuenta de byte con caracteres de conversión múltiple
No puede encontrar "stext" en %s
No puede encontrar punto de monte en %s
No puede encontrar fuente de monte %s en %s
No puede encontrar vuestro tty  nombre
No puede leer superblock en %s
No puede comprobar %s: fsck.%s No encontrado
No puede conectar encima casquete de UNIX
No puede crear proceso de niño
No puede ejecutar su concha
No puede coger cerradura
No puede coger realpath: %s
No puede coger atributos terminales para %s
No puede coger xattr valor de %s para %s
No puede inicializar máscara de señal para sesión
No puede enlazar %s a %s
Puede no mmap: %s
No puede montar %s leído-único
Puede no no crear timerfd
No puede obtener la lista de tareas
No puede abrir casquete de UNIX
No puede abrir os-lima de emisión
No puede poner grupo id
No puede poner grupos
No puede poner disciplina de línea
No puede poner no-bloqueador %s
No puede poner señal handler
No puede poner atributos terminales para %s
No puede poner timeout para %s
No puede poner usuario id
No puede tocar lima %s
Tapón %d: libcap-ng está roto
Cambio %s el modo falló
Número de cambio de cilindros
Cambio el identificador de disco
Niño %d no salió normalmente
Límite de columnas tiene que ser más sumo que cero
Línea de orden del PID
Envase para particiones lógicas
No podría crear unix casquete de corriente
Podría no fetch %s: %s
No podría encontrar emparejando filesystem: %s
Crear una partición de Sol vacía nueva mesa
Crear un IRIX (SGI) mesa de partición
Medida cruda de CPU velocidad
El dato bloquea demasiado grande
Usuario de días está advertido de expiración de contraseña
Permisos de nodo del aparato
Nombre de tipo del aparato que puede ser utilizado tan identificador
Inicio de dato del directorio (%lu) < sizeof(struct cramfssuper) + inicio (%zu)
No comprueba %s FS tipo (pseudo/red)
Duplicado --securebits opción
Duplicado rgid o egid
Duplicado ruid o euid
Error %d (%s) mientras ejecutando fsck.%s Para %s
Error: -u <riña> de lista es vacía
Saliendo debido a -n/--noop opción
Fallado para determinar número de CPUs: %s
Fallado para hacer mmap: %s
Fallado para encontrar orden de cierre
Fallado para modificar entorno
Fallado para abrir /proc/self/timensoffsets
Fallado para abrir directorio
Fallado a parse --uuids
Fallado a parse euid
Fallado a parse opciones de monte: %m
Fallado a parse número de inodes
Fallado a parse número de líneas por página
Fallado a parse número de zonas
Fallado a parse pid
Fallado a parse ruid
Fallado a parse offset de zona
Fallado para leer medida de bloque de la memoria
Fallado para leer mtab
Fallado para leer particiones
Fallado para leer symlink: %s
Fallado para resolver nombre %s puerto %s: %s
Fallado para poner el %s variable de entorno
Fallado a setup descripción para %s
Residente de dato de la lima en memoria en bytes
filename La periodo es cero
filesystem Demasiado grande. Saliendo.
Nombre de usuario lleno
Coge offset de alineación en bytes
Coge bloque lógico (sector) medida
Coge max sectores por petición
gpt: stat() Falló
El agujero detectado en offset %ju
hostname Durante la última sesión
Ignora -U (UUIDs es unsupported)
Ignorando --coto-entorno, es mutuamente exclusivo con --login
Valor de día ilegal: uso 1-%d
Valor de mes ilegal: uso 1-12
Valor de semana ilegal: uso 1-54
Valor de semana ilegal: año %d no tiene semana %d
Valor de año ilegal: uso entero positivo
Error interno: conversión de cpuset a la serie falló
Nulo CPU número en CPU lista: %s
Nulo TID riña
Tipo de capacidad nula
Riña de columnas nulas
Riña de límite de columnas nula
Valor de offset nulo especificó
Riña de pausa nula
Prioridad nula '%s'
Riña de sectores nulos
Nombre de señal nula o número: %s
Riña de velocidad nula
ioctl(%d, RTC_UIE_ENCIMA, 0) a %s falló
ioctl(%s) Era exitoso.
La sello es demasiado mucho tiempo. Truncándolo a '%s'
libmount Asignación de contexto falló
libuser La inicialización falló: %s.
Lista tipos de partición sabida
Diseño de disco de la carga de sfdisk lima de guión
Lógico CPU número
Número de grupo lógico
Número de núcleo lógico
Número de cajón lógico
Medida de sector lógico
login.defs Prohíbe poner %s
Offset de serie mágica
max Medida de lima del núcleo
max Cerrado-en-espacio de dirección de memoria
max Número de señales pendientes
max Total memoria compartida
La memoria es desmontable
Límite de memoria utilizó para almacenar dato comprimido
Cantidad mínima de los datos en bytes transferidos de memoria a cache
Más filesystems detectado en %s; uso -t <tipo> o wipefs(8)
Punto de monte no existe
Punto de monte es un enlace simbólico  a en ninguna parte
Tiene que ser superuser para utilizar monte
Tampoco filename ni objetivo pid suministrado para %s
Ningún aparato de bucle especificó
Ningún medio encontrado en %s
Ningún número de partición especificó
No tal grupo
No-atar fuente de monte %s es un directorio o lima regular
No-bloque (%ld) bytes
Objetivonocanónico ruta (real: %s)
Normal pero afección significativa
No bastante espacio, necesidad al menos %llu bloques
numa Nodo de memoria
El número de días requirió entre cambios
Número de físico cache línea por cache t
Offset desde el principio
Viejo cramfs formato
Omitiendo partición vacía (%zu)
Sólo un <aparato> a la vez está dejado
La operación falló: %m
Opción '%s' requiere una riña
Opción --encontrar es mutuamente exclusivo con <aparato>
Campos de monte opcional
Opciones --setgroups=dejar y --mapa-el grupo es mutuamente exclusivo
Opciones --{crudos,json,pares} y --el resumen=sólo es mutuamente exclusivo
Partición y nombre de disco no emparejan
Tipo de mesa de la partición (dos, gpt, ...)
Partición: %s, disco: %s, más bajo: %d, superior: %d
partscan Conjunto de bandera
Cita de expiración de la contraseña
Alocución física de un CPU
pid %d  máscara de afinidad actual: %s
pid %d  actual planificando prioridad: %d
pid %d  máscara de afinidad nueva: %s
pidfdopen() Falló: %d
posixfallocate El apoyo no es compilado
Nombre de grupo primario
Raíz recomendable FS passno es 1 (la corriente es %d)
Desmontable u hotplug aparato (usb, pcmcia, ...)
Sacando mensaje queue id `%d'
Requiere descriptor de lima, lima o directorio
Corriendo UID no empareja UID de usuario  estamos alterando, el cambio negó
Busca fallado en checkblocks
Selecciona bootable partición
Selecciona sgi partición de intercambio
Selecciona() a %s para esperar para reloj tick cronometrado fuera
Enviando señal %d a pid %d
Puesto rtc despertar la alarma falló
Poniendo los atributos terminales fallaron: %m
La concha tiene que ser un nombre de ruta lleno 
Espectáculos el mínimos MHz del CPU
Límite de medida de la lima en bytes
El casquete ha no-cero medida: %s
Fuente %s no es un aparato de bloque
Aparato especial %s no existe
Especificando más de %d supplemental los grupos no es posibles
stdin No refiere a una terminal
Dato estructurado ID '%s' no es único
El enlace simbólico tiene cero offset
symlink Falló: %s
El sistema es unusable
Etiqueta '%s' es demasiado mucho tiempo
El objetivo es ocupado
El objetivo especificado más de una vez
Terminal %s no apoya %s
terminfo La base de datos no puede ser encontrada
El -l la opción puede ser utilizada con un aparato sólo -- ignorar
La lista de excluyó los aparatos es demasiado grandes (el límite es %d aparatos)
La lista de aparatos incluidos es demasiado grande (el límite es %d aparatos)
El límite blando %s no puede superar el límite duro
Demasiadas páginas malas: %lu
Demasiadas columnas especificaron, el límite es %zu columnas
ttyname() Falló, intentando para ir alrededor utilizando: %s
Tipo del aparato
uid %ld No encontrado, --init-los grupos requiere un usuario que puede ser encontrado en el sistema
Incapaz de crear nuevo selinux contexto
Incapaz de probar CRC: viejo cramfs formato
Número inesperado de riñas
Valor inesperado en %s: %ju
Riña desconocida: %s
Modo de compatibilidad desconocida '%s'
Zona de memoria desconocida: %s
Nombre de prioridad desconocida: %s
Señal desconocida: %s
unssuported Modo de eco: '%s'
unsupported --setgroups Riña '%s'
unsupported Modo de cerradura: %s
unsupported Valor de prioridad para la póliza: %d: ve --max para gama válida
Utilizó encabezamientos = %d
util_min Tiene que ser <= util_max
utimes Falló: %s
Verificar la mesa de partición
waitpid Fallado (%s)
Aviso: medidas de lima truncaron a %luMB (minus 1 byte).
Aviso: las limas eran skipped debido a errores.
Aviso: guestimate de medida requerida (superior atado) es %lldMB, pero medida de imagen máxima es %uMB.  Podríamos morir prematuramente.
Aviso: truncando área de intercambio a %llu KiB
No leerá %s - utilizar stdin.
Escribe fallado: %s
Orden incorrecto: %s especificado antes de %s
 Tienes escribe el permiso giró fuera
Vuestra concha no es en %s, cambio de concha negó
Medida: %s, %<PRIu64> bytes, %ju sectores
La medida mínima es %<PRIu64> bytes.
La medida máxima es %<PRIu64> bytes.
%s (%s, default %<PRIu64>):
%s (%<PRIu64>-%<PRIu64>, default %<PRIu64>):
Fallado para leer %<PRIu32> bytes de archivar %s
Error: medida %llu KiB es más grande que medida de aparato %<PRIu64> KiB
Encuadre arriba de swapspace versión %d, medida = %s (%<PRIu64> bytes)
Los atributos encima partición %zu cambiado a 0x%016<PRIx64>.
Tiempo %<PRId64> es fuera de gama.
%s: Cero-llenado %<PRIu64> bytes del offset %<PRIu64>
Inicio: 0x%09<PRIx64>, len 0x%06<PRIx64>, tapón 0x%06<PRIx64>, wptr 0x%06<PRIx64> reinicialización:%u no-seq:%u, zcond:%2u(%s) [tipo: %u(%s)]
%s: Exitoso %s de zonas en gama de %<PRIu64>, a %<PRIu64>
Bloque de memoria %<PRIu64> (0x%016<PRIx64>-0x%016<PRIx64>)
%s: %s (%<PRIu64> Bytes) trimmed
Último ajustamiento de drift hecho en %<PRId64> segundos después de que 1969
Última calibración hecha en %<PRId64> segundos después de que 1969
Tiempo desde entonces último ajustamiento es %<PRId64> segundos
Drift de Reloj de Hardware calculado es %<PRId64>.%06<PRId64> segundos
Pronosticado RTC: %<PRId64>
%<PRIu64> (%d Caso)
