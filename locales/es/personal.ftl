# Datos personales: qué se oculta a quién, la página de privacidad de un formulario, el registro de auditoría.
personal-filter-refused = No se aplicó el filtro de respuesta exacta: esa pregunta contiene datos personales, que solo ves como seudónimos.
personal-value-removed = (eliminado: dato personal)
personal-protected = dato personal, seudonimizado
personal-xml-hidden = No se muestra el documento enviado: contiene datos personales, que solo ves como seudónimos o no ves.
nav-audit = Registro de auditoría
privacy-link = Datos personales
privacy-title = Datos personales
privacy-intro = Decide qué respuestas son datos personales, si las personas encuestadas deben dar su consentimiento y cuánto tiempo se guardan las respuestas personales y los archivos. Solo el equipo de esta organización ve las respuestas personales; las personas formadoras y quienes gestionan el programa ven seudónimos (el mismo código para la misma respuesta) y ni ubicaciones ni grabaciones. Cada consulta y exportación de datos personales queda en el registro de auditoría.
privacy-saved = Guardado.
privacy-dry-run-title = Revisa antes de purgar
privacy-dry-run-text = Guardar los datos personales { $days } días significa purgar ahora todo lo recibido antes del { $before }. Esto es lo que se eliminaría:
privacy-dry-run-submissions = { $count ->
    [one] las respuestas personales y archivos de un envío
   *[other] las respuestas personales y archivos de { $count } envíos
}
privacy-dry-run-values = { $count ->
    [one] una respuesta personal
   *[other] { $count } respuestas personales
}
privacy-dry-run-files = Archivos: { $count } ({ $megabytes } MB)
privacy-dry-run-oldest = el más antiguo recibido el { $when }
privacy-dry-run-final = Una purga no se puede deshacer. Las demás respuestas se conservan.
privacy-dry-run-confirm = Guardar este plazo y purgar ahora
privacy-dry-run-cancel = Cancelar
privacy-fields-title = Campos personales
privacy-fields-explained = Los nombres, teléfonos, correos, números de identidad, ubicaciones y grabaciones son personales por defecto. Primero decide la columna pii del XLSForm (yes o no); tu elección aquí decide sobre ambas.
privacy-col-default = Sin decisión
privacy-col-treat = Tratar como
privacy-reason-none = No personal
privacy-reason-pii = Personal: lo dice la columna pii del XLSForm
privacy-reason-location = Personal: una ubicación o una grabación
privacy-reason-name = Personal: su nombre indica un nombre, un contacto o un número de identidad
privacy-reason-type = Personal: un teléfono o la identidad de un dispositivo
privacy-treat-label = Tratar { $question } como
privacy-treat-default = Como sin decisión
privacy-treat-personal = Personal
privacy-treat-not = No personal
privacy-is-personal = personal
privacy-fields-save = Guardar los campos personales
privacy-consent-title = Consentimiento y conservación
privacy-consent-label = Pregunta de consentimiento
privacy-consent-hint = Los envíos sin esta respuesta no guardan respuestas personales ni archivos de preguntas personales.
privacy-consent-none = Sin pregunta de consentimiento
privacy-consent-unknown = Elige una respuesta de una de las preguntas de este formulario.
privacy-retention-label = Conservar respuestas personales y archivos durante (días)
privacy-retention-hint = Déjalo vacío para conservarlos. Pasados esos días se purgan cada hora; las demás respuestas se conservan.
privacy-retention-invalid = Escribe un número entero de días entre 1 y 3653 (diez años), o déjalo vacío.
privacy-settings-save = Guardar consentimiento y conservación
privacy-retention-next = Envíos a la espera de la próxima purga horaria: { $count }.
privacy-audit-link = Registro de auditoría de este formulario
audit-title = Registro de auditoría de datos personales
audit-intro = Cada consulta y exportación de datos personales, cada purga y cada cambio de lo que es personal, lo más reciente primero.
audit-count = { $count ->
    [one] Una entrada
   *[other] { $count } entradas
}
audit-all-forms = Todos los formularios
audit-none = Aún no hay nada registrado.
audit-col-when = Cuándo
audit-col-who = Quién
audit-col-form = Formulario
audit-col-action = Qué
audit-col-detail = Detalle
audit-action-view = Consultó
audit-action-export = Exportó
audit-action-purge = Purgó
audit-action-settings = Cambió la configuración
audit-by-the-platform = La plataforma (conservación o línea de comandos)
