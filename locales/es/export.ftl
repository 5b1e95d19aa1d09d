# Exportaciones de las respuestas de un formulario (página de exportación, exportaciones en segundo plano, errores).
export-link = Exportar los datos
export-title = Exportar los datos de { $form }
export-data-link = Volver a los datos
export-format = Formato
export-format-csv = CSV (un ZIP con un CSV por tabla cuando el formulario tiene grupos repetidos)
export-format-xlsx = Libro de Excel (XLSX), una hoja por tabla
export-format-geojson = GeoJSON: los lugares respondidos, para mapas
export-format-zip = ZIP con las tablas CSV y las fotos y otros archivos recibidos
export-values = Respuestas como
export-values-names = Valores (nombres de las opciones, nombres de las preguntas como encabezados)
export-values-labels = Etiquetas (etiquetas de las opciones y de las preguntas)
export-language = Idioma de las etiquetas
export-multiple = Preguntas con varias respuestas
export-multiple-together = En una columna
export-multiple-split = Una columna por opción (1 o 0)
export-anonymise = Anonimizar los datos personales
export-anonymise-hint = Las respuestas personales se convierten en seudónimos (la misma persona recibe siempre el mismo) y los lugares y grabaciones se omiten, aunque tú puedas verlos. Úsalo para un archivo que vayas a compartir.
export-download = Descargar
export-unknown-format = Ese formato de exportación no existe. Elige CSV, XLSX, GeoJSON o ZIP.
export-large-title = Una exportación grande
export-large-body = { $count ->
    [one] Esta exportación tiene una respuesta, más de las que se descargan de una vez. Prepárala en segundo plano: puedes salir de esta página y volver por el archivo.
   *[other] Esta exportación tiene { $count } respuestas, más de las que se descargan de una vez. Prepárala en segundo plano: puedes salir de esta página y volver por el archivo.
}
export-large-start = Preparar el archivo en segundo plano
export-jobs-title = Tus exportaciones
export-jobs-kept = Los archivos se guardan 7 días y luego se borran.
export-job-asked = Pedida
export-job-progress = Avance
export-job-queued = En espera
export-job-running = En preparación
export-job-done = Lista
export-job-failed = Falló
export-job-download = Descargar
export-error-failed = No se pudo terminar la exportación. Inténtalo de nuevo; si vuelve a fallar, avisa al equipo del programa.
export-error-too-many-rows = Una tabla tiene más filas de las que caben en una hoja de Excel (1.048.576). Exporta en CSV o filtra las respuestas.
export-error-no-access = Ya no tienes acceso a este formulario, así que no se hizo la exportación.
export-error-filters = No se pudieron leer los filtros de esta exportación, así que no se hizo.
