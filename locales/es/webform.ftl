# Formularios web: las palabras de la plataforma alrededor de un formulario publicado (los textos del formulario vienen del formulario).
webform-submit = Enviar
webform-add = Añadir otro
webform-remove = Quitar
webform-remove-confirm = ¿Quitar esta entrada y sus respuestas?
webform-language = Idioma del formulario
webform-required = Esta pregunta necesita una respuesta.
webform-constraint = Esta respuesta no está permitida. Revísela, por favor.
webform-invalid-integer = Escriba un número entero.
webform-invalid-decimal = Escriba un número.
webform-invalid-geo = Escriba una latitud entre -90 y 90 y una longitud entre -180 y 180.
webform-errors = Algunas respuestas necesitan atención. Revise las preguntas marcadas en rojo.
webform-waiting = { $count ->
    [one] { webform-waiting-one }
   *[other] { webform-waiting-other }
}
webform-waiting-one = Un envío en espera de ser enviado
webform-waiting-other = { $count } envíos en espera de ser enviados
webform-failed = { $count ->
    [one] { webform-failed-one }
   *[other] { webform-failed-other }
}
webform-failed-one = El servidor rechazó un envío:
webform-failed-other = El servidor rechazó { $count } envíos:
webform-refused = El servidor rechazó este envío.
webform-sent = Gracias. Sus respuestas se han enviado.
webform-saved = Sus respuestas están guardadas en este teléfono. Se enviarán en cuanto haya conexión.
webform-preview-checked = Vista previa: todas las respuestas cumplen las reglas del formulario. No se envió ni guardó nada; publique el formulario desde la página de formularios.
webform-retry = Intentar de nuevo
webform-offline = No tiene conexión. Puede seguir llenando el formulario: las respuestas se quedan en este teléfono y se envían cuando vuelva la conexión.
webform-draft-restored = Se han recuperado sus respuestas sin terminar.
webform-draft-discard = Empezar de nuevo
webform-geo-get = Obtener mi ubicación
webform-geo-waiting = Buscando su ubicación…
webform-geo-accuracy = Ubicación encontrada, con una precisión de { $accuracy } m.
webform-geo-unavailable = No se pudo encontrar su ubicación. Puede escribirla abajo.
webform-geo-denied = El acceso a la ubicación está desactivado para esta página. Puede escribir su ubicación abajo.
webform-geo-latitude = Latitud
webform-geo-longitude = Longitud
webform-geo-altitude = Altitud (m)
webform-geo-precision = Precisión (m)
webform-geo-points = Un punto por línea: latitud y luego longitud, por ejemplo 0.3476 32.5825
webform-file-remove = Quitar archivo
webform-rank-up = Subir
webform-rank-down = Bajar
webform-rank-keep = Mantener este orden
webform-range-none = Todavía sin valor
webform-select-placeholder = Elija…
webform-guidance = Más información
webform-noscript = Este formulario necesita JavaScript. Actívelo, o llene el formulario con la aplicación ODK Collect.
webform-repeat-number = número { $number }
webform-list-unavailable = No se pudo cargar una lista de opciones. Revise su conexión y vuelva a cargar la página.
webform-back-to-submission = Volver al envío
