# Los datos de un formulario: cada pregunta resumida sobre los envíos que dejan los filtros.
data-title = Datos de { $form }
data-table-link = Tabla de envíos
data-submissions = { $count ->
    [0] Ningún envío coincide con estos filtros.
    [one] Un envío.
   *[other] { $count } envíos.
}
data-answered = { $count ->
    [0] sin respuestas
    [one] una respuesta
   *[other] { $count } respuestas
}
data-skipped = { $count ->
    [one] un envío sin respuesta
   *[other] { $count } envíos sin respuesta
}
data-in-repeat = se pregunta una vez por repetición: cada una cuenta
data-mean = Promedio
data-median = Mediana
data-min = Mínimo
data-max = Máximo
data-quartiles = Mitad central (del primer al tercer cuartil)
data-standard-deviation = Desviación estándar
data-multiple-hint = Se podían elegir varias respuestas, así que los porcentajes suman más de 100 %.
data-distinct = { $count ->
    [one] una respuesta distinta
   *[other] { $count } respuestas distintas
}
data-answer = Respuesta
data-count = Cantidad
data-share = Porcentaje
data-unlisted = no está entre las opciones del formulario
data-link = Datos: resumen de cada pregunta
data-back = Volver a los datos
data-chart-download = Descargar el gráfico:
data-chart-empty = Todavía no hay respuestas
data-chart-answers = { $count ->
    [0] Ninguna respuesta.
    [one] Una respuesta.
   *[other] { $count } respuestas.
}
data-chart-map-desc = { $count ->
    [0] Ningún lugar.
    [one] Un lugar en el mapa (latitudes y luego longitudes, de … a):
   *[other] { $count } lugares en el mapa (latitudes y luego longitudes, de … a):
}
data-chart-split-title = { $question } según { $by }
data-chart-split-desc = Cada barra es un grupo, dividido según sus respuestas (recuentos):
data-chart-crosstab-desc = Cada barra es una respuesta a la primera pregunta, dividida según las respuestas a la segunda (porcentajes por fila):
data-split-by = Dividir cada resumen según
data-split-none = (sin dividir)
data-split-note = Cada resumen está dividido según «{ $question }».
data-split-title = Según { $question }
data-split-summary = En este grupo
data-split-most = lo más frecuente: { $answer } ({ $share })
data-refused-missing = Elige primero las preguntas.
data-refused-unknown = Este formulario no tiene esa pregunta. Elige una de la lista.
data-refused-not-select = Aquí solo se pueden usar preguntas con opciones (selección única o múltiple). Elige otra pregunta.
data-refused-in-repeat = Esta pregunta está dentro de una repetición: tiene varias respuestas por envío y no puede dividir las demás. Elige una pregunta fuera de las repeticiones.
data-refused-different-repeats = Estas dos preguntas están en repeticiones distintas, así que sus respuestas no se pueden emparejar. Elige dos preguntas de la misma repetición, o una fuera de las repeticiones.
data-refused-same = Elige dos preguntas distintas.
data-refused-wrong-chart = Esta pregunta no tiene un gráfico de ese tipo. Usa los enlaces de descarga bajo su gráfico.
data-crosstab-link = Comparar dos preguntas
data-crosstab-page-title = Comparar dos preguntas de { $form }
data-crosstab-title = { $rows } según { $columns }
data-crosstab-needs-two = Para comparar hacen falta dos preguntas con opciones; este formulario tiene menos.
data-crosstab-rows = Filas: la primera pregunta
data-crosstab-columns = Columnas: la segunda pregunta
data-crosstab-choose = Elige una pregunta
data-crosstab-show = Comparar
data-crosstab-pairs = { $count ->
    [0] Ningún par de respuestas.
    [one] Un par de respuestas.
   *[other] { $count } pares de respuestas.
}
data-crosstab-skipped = { $count ->
    [one] uno excluido (una pregunta sin responder)
   *[other] { $count } excluidos (una pregunta sin responder)
}
data-crosstab-multiple = Una pregunta admite varias respuestas: se cuenta cada opción elegida, así que una persona puede contarse más de una vez y la prueba de abajo es solo orientativa.
data-crosstab-how-to-read = En cada celda: el recuento, luego su parte de la fila y su parte de la columna.
data-crosstab-total = Total
data-chi-title = ¿Están relacionadas las respuestas? (prueba de chi cuadrado)
data-chi-statistic = Chi cuadrado
data-chi-df = Grados de libertad
data-chi-p = Valor p
data-chi-related = Las respuestas a las dos preguntas parecen relacionadas: una diferencia así de grande ocurriría por azar menos de 5 veces de cada 100 (p = { $p }). Muestra un vínculo, no una causa.
data-chi-unrelated = No hay una relación clara: una diferencia así podría ocurrir fácilmente por azar (p = { $p }).
data-chi-unreliable = Poco fiable: demasiados recuentos esperados pequeños ({ $small } de { $cells } celdas esperan menos de 5). No te fíes de esta prueba: reúne más respuestas o agrupa opciones.
data-chi-none = Sin prueba: cada pregunta necesita al menos dos respuestas distintas.
data-progress-title = Avance hacia tu objetivo SMART
data-progress-objective = Meta: { $target } { $unit }.
data-progress-baseline = Línea de base: { $baseline }.
data-progress-responses = { $count } respuestas de las { $target } que busca tu encuesta.
data-progress-responses-so-far = { $count ->
    [0] Todavía no hay respuestas.
    [one] Una respuesta hasta ahora.
   *[other] { $count } respuestas hasta ahora.
}
data-progress-measure-choice = Respuestas «{ $choice }» a «{ $question }»:
data-progress-measure-mean = Promedio de «{ $question }»:
data-progress-measure-over = { $count ->
    [one] (sobre una respuesta)
   *[other] (sobre { $count } respuestas)
}
data-progress-way = { $share } del camino de la línea de base a la meta.
data-progress-unknown-question = La pregunta indicada en tu entregable de encuesta no está en este formulario: revisa su nombre.
data-progress-unknown-choice = La opción indicada en tu entregable de encuesta no es una de las opciones de la pregunta: revisa su nombre.
data-progress-not-measurable = La pregunta indicada en tu entregable de encuesta no es un número ni una pregunta con opciones, así que no puede medir el objetivo.
data-progress-days-left = { $count ->
    [0] La fecha límite es hoy.
    [one] Queda un día para la fecha límite.
   *[other] Quedan { $count } días para la fecha límite.
}
data-progress-days-past = { $count ->
    [one] La fecha límite pasó ayer.
   *[other] La fecha límite pasó hace { $count } días.
}
