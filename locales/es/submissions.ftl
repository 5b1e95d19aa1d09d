# Revisión de envíos: la tabla, un envío, los estados de revisión, el historial y los webhooks.

submissions-title = Envíos: { $form }
submissions-back-to-form = Volver al formulario
submissions-back-to-table = Volver a los envíos de { $form }
submissions-webhooks-link = Webhooks
submissions-none = Ningún envío coincide.
submissions-total = { $count ->
    [0] Ningún envío
    [one] Un envío
   *[other] { $count } envíos
}
submissions-pages = Páginas
submissions-previous = Página anterior
submissions-next = Página siguiente
submissions-page-of = Página { $page } de { $pages }

submissions-filter-title = Filtrar
submissions-filter-from = Recibidos desde
submissions-filter-to = Recibidos hasta
submissions-filter-state = Estado de revisión
submissions-filter-any = Cualquiera
submissions-filter-collector = Dispositivo o enlace
submissions-filter-pilot = Piloto o definitivo
submissions-filter-pilot-all = Ambos
submissions-filter-pilot-live = Solo definitivos
submissions-filter-pilot-pilot = Solo piloto
submissions-filter-deleted = Mostrar también los envíos eliminados
submissions-filter-field = Pregunta
submissions-filter-field-none = Cualquier pregunta
submissions-filter-value = Tiene exactamente esta respuesta
submissions-filter-apply = Mostrar
submissions-filter-clear = Quitar el filtro
submissions-filter-bad-date = No se pudo leer una fecha, así que no se tuvo en cuenta en el filtro. Escribe las fechas como AAAA-MM-DD.
submissions-filter-unknown-field = El formulario no tiene ningún campo con ese nombre, así que no se tuvo en cuenta el filtro por respuesta exacta. Elige el campo de la lista.
submissions-filter-bad-value = Ese valor no corresponde al tipo del campo (un número entero, un número o una fecha escrita AAAA-MM-DD), así que no se tuvo en cuenta el filtro por respuesta exacta.
submissions-field-in-repeat = { $label } (cualquier repetición)

submissions-col-received = Recibido
submissions-col-collector = Enviado por
submissions-col-state = Revisión
submissions-col-problems = Problemas
submissions-deleted = Eliminado
submissions-pilot = Piloto
submissions-edited = Editado

submissions-state-received = Sin revisar
submissions-state-approved = Aprobado
submissions-state-has-issues = Con observaciones
submissions-state-rejected = Rechazado

submissions-detail-title = Envío
submissions-deleted-notice = Este envío está eliminado: no aparece en la tabla ni en las exportaciones hasta que se restaure.
submissions-older-version = Esta es una versión anterior de un envío editado. Las revisiones se hacen sobre la versión más reciente.
submissions-form-version = Versión del formulario
submissions-instance-id = ID de instancia
submissions-edit = Editar
submissions-values-title = Respuestas
submissions-values-none = No se respondió ninguna pregunta.
submissions-question = Pregunta
submissions-answer = Respuesta
submissions-has-problem = Revisa esta respuesta
submissions-problems-title = { $count ->
    [one] Un problema
   *[other] { $count } problemas
}
submissions-problems-explained = El envío se guardó tal como se mandó. Estas respuestas no cumplen las reglas del formulario; revísalas con la persona que recolectó los datos.
submissions-problem-wrong-type = La respuesta no es un valor válido de tipo { $type }.
submissions-problem-not-a-choice = “{ $value }” no es una de las opciones de la pregunta.
submissions-problem-required = Falta una respuesta obligatoria.
submissions-problem-required-message = Falta una respuesta obligatoria: { $message }
submissions-problem-constraint = La respuesta no cumple la regla de la pregunta.
submissions-problem-constraint-message = La respuesta no cumple la regla de la pregunta: { $message }
submissions-problem-unexpected = El formulario no tiene esa pregunta.
submissions-problem-expression = No se pudo hacer un cálculo del formulario: { $detail }
submissions-problem-other = Un problema de tipo “{ $kind }”.

submissions-files-title = Archivos
submissions-file-missing = Todavía no se recibió

submissions-history-title = Historial
submissions-history-none = No ha pasado nada con este envío desde que se recibió.
submissions-someone = Alguien
submissions-event-reviewed = { $name } cambió la revisión a “{ $state }”.
submissions-event-commented = { $name } agregó un comentario.
submissions-event-deleted = { $name } eliminó el envío.
submissions-event-restored = { $name } restauró el envío.
submissions-event-edited = Se recibió una nueva versión, que reemplaza a { $instance }.

submissions-review-title = Revisión
submissions-review-state = Estado de revisión
submissions-review-comment = Comentario
submissions-review-comment-hint = Opcional. Indica qué hay que revisar o corregir.
submissions-review-save = Guardar la revisión
submissions-review-pick-state = Elige un estado de revisión.
submissions-comment-title = Agregar un comentario
submissions-comment-label = Comentario
submissions-comment-save = Agregar el comentario
submissions-comment-empty = Primero escribe un comentario.
submissions-comment-too-long = El comentario es demasiado largo (como máximo 2000 caracteres).

submissions-versions-title = Versiones
submissions-version-shown = la que se muestra aquí
submissions-version-current = la más reciente

submissions-delete-title = Eliminar
submissions-delete-explained = Un envío eliminado sale de la tabla y de las exportaciones. Se puede restaurar.
submissions-delete = Eliminar este envío
submissions-restore = Restaurar este envío
submissions-xml = El envío tal como se recibió (XML)

webhooks-title = Webhooks
webhooks-intro = Un webhook manda cada envío nuevo o editado de este formulario, en formato JSON, a una dirección de tu propio sistema en cuanto llega.
webhooks-added = Webhook agregado
webhooks-secret-explained = Cada solicitud lleva el encabezado X-DataShift-Signature: sha256= seguido del HMAC-SHA256 del cuerpo de la solicitud con este secreto, en hexadecimal. Verifícalo para asegurarte de que los datos vienen de DataShift.
webhooks-secret-shown-once = Copia el secreto ahora: no se volverá a mostrar.
webhooks-list-title = Direcciones
webhooks-none = Todavía no hay ningún webhook.
webhooks-delivered-count = { $count ->
    [one] una entregada
   *[other] { $count } entregadas
}
webhooks-pending-count = { $count ->
    [one] una en espera
   *[other] { $count } en espera
}
webhooks-failed-count = { $count ->
    [one] una sin más intentos
   *[other] { $count } sin más intentos
}
webhooks-last-error = Último error: { $error }
webhooks-retry = Reintentar ahora
webhooks-remove = Quitar
webhooks-deliveries-title = Entregas recientes
webhooks-col-created = En cola desde
webhooks-col-event = Evento
webhooks-col-url = Dirección
webhooks-col-attempts = Intentos
webhooks-col-state = Estado
webhooks-delivered = Entregada
webhooks-gave-up = Sin más intentos
webhooks-retrying = Falló; próximo intento: { $time }
webhooks-waiting = En espera
webhooks-add-title = Agregar un webhook
webhooks-url = Dirección (URL)
webhooks-url-hint = Una dirección https:// de tu sistema que acepte solicitudes POST.
webhooks-url-invalid = Escribe una dirección completa que empiece con https:// o http://.
webhooks-url-private = Los webhooks solo se envían a direcciones públicas de internet: esta dirección está en una red privada o es este mismo servidor.
webhooks-add = Agregar el webhook
