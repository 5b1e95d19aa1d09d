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
