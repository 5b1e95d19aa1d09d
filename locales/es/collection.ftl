# Formularios, dispositivos y respuestas OpenRosa (recolección de datos).

nav-forms = Formularios
nav-collectors = Dispositivos

forms-title = Formularios
forms-none = Todavía no hay ningún formulario. Sube el XLSForm de tu encuesta para publicarlo.
forms-id-version = ID del formulario { $id }
forms-latest-version = versión { $version }
forms-mode-live = Definitivo
forms-mode-pilot = Piloto
forms-submission-count = { $count ->
    [one] un envío
   *[other] { $count } envíos
}
forms-pilot-count = { $count ->
    [one] un envío piloto
   *[other] { $count } envíos piloto
}
forms-upload-title = Publicar un formulario o una nueva versión
forms-upload-file = Archivo XLSForm
forms-upload-hint = .xlsx, .xls o .csv. Si el archivo tiene el ID de un formulario ya publicado, se agrega como una nueva versión de ese formulario.
forms-upload-submit = Revisar y publicar
forms-upload-missing = Elige un archivo XLSForm para subir.
forms-upload-invalid = El formulario no se publicó porque tiene errores. Corrige cada uno en la hoja de cálculo y vuelve a subirlo.
forms-preview-submit = Vista previa sin publicar
forms-preview-notice = Vista previa de «{ $title }»: complétalo para revisar preguntas, reglas e idiomas. No se publica, envía ni guarda nada.
forms-preview-back = Volver a los formularios
forms-preview-invalid = No se puede mostrar la vista previa porque el formulario tiene errores. Corrige cada uno en la hoja de cálculo y vuelve a subirlo.
forms-upload-format = El archivo debe ser un XLSForm guardado como .xlsx, .xls o .csv.
forms-upload-version-exists = Esta versión del formulario ya está publicada. Cambia la versión en la hoja “settings”, o déjala vacía para que se asigne una automáticamente.
upload-too-large = El archivo es demasiado grande.
upload-unreadable = No se pudo leer el archivo subido. Vuelve a intentarlo, por favor.
forms-problem-count = { $count ->
    [one] Un problema
   *[other] { $count } problemas
}
forms-problem-kind = Tipo
forms-problem-where = Dónde
forms-problem-what = Qué hacer
forms-problem-error = Error
forms-problem-warning = Advertencia
forms-published-with-warnings = El formulario se publicó, pero con advertencias. Revísalas con “datashift form check” o vuelve a subir el archivo después de corregirlas.
forms-see-submissions = Ver los envíos
forms-mode-title = Piloto o definitivo
forms-mode-pilot-explained = El formulario está en modo piloto: los envíos se guardan aparte de los datos de la campaña, para que puedas probar la encuesta con algunas personas.
forms-mode-live-explained = El formulario está en modo definitivo: los envíos son los datos de la campaña.
forms-mode-clear-pilot = Quitar también los envíos piloto (se pueden recuperar)
forms-mode-go-live = Pasar a modo definitivo
forms-mode-back-to-pilot = Volver al modo piloto
forms-web-link-title = Enlace web
forms-web-link-explained = Cualquier persona que tenga este enlace puede llenar el formulario en el navegador de un teléfono, incluso sin conexión después de la primera visita. Compártelo solo con las personas que recolectan los datos.
forms-versions-title = Versiones
forms-version = Versión
forms-published-on = Fecha de publicación
forms-downloads = Archivos
forms-download-xlsform = XLSForm
forms-download-xform = XForm
forms-new-version = Publicar una nueva versión
forms-media-title = Archivos multimedia
forms-media-missing = El formulario usa estos archivos, que todavía no se han subido:
forms-media-none = No hay ningún archivo multimedia.
forms-media-delete = Quitar
forms-media-file = Archivo (una imagen, un audio, un video, o una lista CSV, XML o GeoJSON)
forms-media-upload = Subir

xlsform-place-sheet = hoja { $sheet }
xlsform-place-row = fila { $row }
xlsform-place-column = columna { $column }
xlsform-read-001 = No se pudo leer el archivo como hoja de cálculo. Vuelve a guardarlo como .xlsx desde tu programa de hojas de cálculo.
xlsform-sheet-001 = El formulario necesita una hoja llamada “survey”. Cambia el nombre de la hoja que tiene las preguntas.
xlsform-header-001 = Falta una columna que la hoja necesita. Agrégala en la primera fila.
xlsform-header-002 = Hay dos columnas que significan lo mismo. Deja solo una.
xlsform-type-001 = Una fila tiene nombre o etiqueta, pero no tiene tipo. Asígnale un tipo o deja la fila vacía.
xlsform-type-002 = XLSForm no reconoce este tipo de pregunta. Revisa cómo está escrito.
xlsform-name-001 = Una pregunta no tiene nombre. Da a cada pregunta un nombre corto y sin espacios.
xlsform-name-002 = Un nombre solo puede tener letras, números, “_”, “-” y “.”, y debe empezar con una letra o con “_”.
xlsform-name-003 = Dos preguntas del mismo grupo tienen el mismo nombre. Cambia el nombre de una de ellas.
xlsform-name-004 = El nombre de un grupo repetido se usa dos veces o es igual al nombre del formulario. Cámbialo.
xlsform-name-005 = El nombre “meta” está reservado para los metadatos del formulario. Elige otro nombre.
xlsform-sheet-002 = Falta una hoja que el formulario necesita, o su nombre está mal escrito. Revisa los nombres de las hojas.
xlsform-instance-001 = Dos archivos o listas externas tienen el mismo nombre. Cambia el nombre de uno de ellos.
xlsform-param-002 = Un parámetro tiene un valor que no está permitido. Revisa la columna “parameters”.
xlsform-survey-001 = Un “end group” o “end repeat” no tiene su “begin” correspondiente. Quítalo o agrega el “begin”.
xlsform-survey-002 = Un grupo o grupo repetido no está cerrado. Agrega el “end group” o “end repeat” correspondiente.
xlsform-choice-001 = Una pregunta de selección usa una lista de opciones que no está en la hoja “choices”. Agrega la lista o corrige su nombre.
xlsform-choice-002 = Una lista de opciones tiene dos opciones con el mismo nombre. Cambia el nombre de una, o permite los duplicados en la hoja “settings”.
xlsform-choice-003 = Una opción no tiene nombre. Da un valor a cada opción en la columna “name”.
xlsform-choice-004 = El formulario tiene preguntas de selección, pero no tiene hoja de opciones. Agrega una hoja llamada “choices”.
xlsform-choice-005 = Las opciones de una pregunta de selección múltiple no pueden tener espacios. Reemplaza los espacios por “_”.
xlsform-ref-001 = Una referencia ${"{"}name{"}"} nombra una pregunta que no existe (o que existe dos veces). Revisa el nombre.
xlsform-ref-002 = Un ${"{"} no está cerrado como ${"{"}name{"}"}. Agrega la llave de cierre.
xlsform-calc-001 = Una fila “calculate” no tiene cálculo. Escribe el cálculo.
xlsform-param-001 = El valor de un parámetro no es válido. Revisa la columna “parameters”.
xlsform-form-001 = El formulario no cumple una regla del estándar XForm. Lee el detalle más abajo.
xlsform-label-001 = Una pregunta no tiene etiqueta ni texto de ayuda. Agrega una etiqueta.
xlsform-settings-001 = Un valor de la hoja “settings” no es válido. Revisa esa hoja.
xlsform-warn-001 = Algo parece estar mal, aunque el formulario se puede publicar. Revísalo.
xlsform-expr-001 = Puede que una expresión no funcione: no se puede interpretar o usa una función desconocida. Revisa cómo está escrita.
xlsform-entity-001 = La hoja “entities” declara una entidad de una forma que no es válida. Revísala.
xlsform-entity-002 = Un valor de “save_to” no es válido. Revisa la columna “save_to”.
xlsform-entity-003 = Hay un conflicto entre referencias o contenedores de entidades. Revisa las columnas de entidades y “save_to”.
xlsform-pii-001 = La columna “pii” acepta yes o no: yes marca una pregunta como dato personal; no, como dato no personal.

collectors-title = Dispositivos
collectors-intro = Cada teléfono que recolecta datos con ODK Collect o KoboCollect recibe su propio acceso. Agrega un dispositivo y luego escanea su código QR en la aplicación (Agregar proyecto → Configure mediante código QR). Si se pierde un teléfono, revoca su acceso aquí de inmediato.
collectors-created = El acceso para “{ $name }” está listo
collectors-scan = En ODK Collect o KoboCollect, agrega un proyecto y escanea este código:
collectors-or-type = O escribe a mano esta URL del servidor, sin usuario ni contraseña:
collectors-shown-once = Este código y esta URL se muestran solo ahora. Si se pierden, revoca el acceso de este dispositivo y agrégalo de nuevo.
collectors-devices = Dispositivos con acceso
collectors-none = Todavía no hay ningún dispositivo.
collectors-revoked = acceso revocado
collectors-revoke = Revocar
collectors-add = Agregar un dispositivo
collectors-name = Nombre del dispositivo o de la persona que lo usa
collectors-name-hint = Por ejemplo, “Teléfono de Lucía”.
collectors-create = Agregar dispositivo

openrosa-received = Gracias: el envío se recibió.
openrosa-already-received = Este envío ya se había recibido; no se perdió nada.
openrosa-instance-conflict = Antes se recibió otro envío, distinto de este, con el mismo ID de instancia ({ $instance }). Este no se guardó: vuelve a editar el formulario para mandarlo como un envío nuevo.
openrosa-unauthorised = Inicia sesión con el correo electrónico y la contraseña de tu cuenta de DataShift.
openrosa-token-refused = El acceso de este dispositivo fue revocado o la URL del servidor es incorrecta. Pide a tu organización un nuevo código QR.
openrosa-basic-needs-https = El usuario y la contraseña solo se aceptan a través de una conexión segura (https).
openrosa-too-many-attempts = Demasiados intentos fallidos de inicio de sesión. Espera 15 minutos y vuelve a intentarlo.
openrosa-server-error = El servidor no pudo guardar el envío. Todavía está en tu dispositivo: vuelve a enviarlo más tarde.
openrosa-form-unknown = Este formulario no está disponible para este dispositivo.
openrosa-form-unknown-id = No hay ningún formulario publicado con el ID “{ $form }” para este dispositivo.
openrosa-version-unknown = La versión “{ $version }” del formulario “{ $form }” no está publicada. Descarga el formulario de nuevo y vuelve a llenarlo.
openrosa-too-large = El envío pesa más de { $limit } MB. Reduce el tamaño de las fotos y los videos en la configuración de la aplicación.
openrosa-not-multipart = La solicitud no es un envío OpenRosa (multipart/form-data): { $detail }
openrosa-bad-file-name = “{ $name }” no es un nombre válido para un archivo adjunto.
openrosa-no-document = La solicitud no tiene la parte xml_submission_file con el envío.
openrosa-no-form-id = El elemento raíz del envío no tiene el atributo id del formulario.
openrosa-doctype = No se aceptan envíos con una declaración DOCTYPE.
openrosa-malformed = El envío no es un documento bien formado: { $detail }
openrosa-no-instance-id = El envío no tiene meta/instanceID, así que no se pudo guardar de forma segura.
