# Entregables con revisión (plan de campaña, objetivo SMART, encuesta, informe del piloto) y
# el registro de dificultades.

deliverables-kind-campaign-plan = Plan de campaña
deliverables-kind-smart-objective = Objetivo SMART
deliverables-kind-survey = Encuesta
deliverables-kind-pilot-report = Informe del piloto
deliverables-kind-challenges-log = Registro de dificultades

deliverables-state-draft = Borrador
deliverables-state-submitted = Enviado
deliverables-state-changes-requested = Cambios pedidos
deliverables-state-accepted = Aceptado

## La lista

deliverables-list-title = Entregables
deliverables-list-intro = Lo que tu equipo produce durante las dos semanas; tu facilitador/a revisa cada entrega. El trabajo tardío sigue siendo bienvenido: se marca como tardío, nunca se rechaza.
deliverables-back-to-engagement = Volver a las dos semanas de { $organisation }
deliverables-back-to-list = Entregables de { $organisation }
deliverables-list-due = Fecha límite: { $due }
deliverables-list-submitted = Último envío: { $date }
deliverables-late = Tardío
deliverables-overdue = Vencido
deliverables-round = Ronda { $round }
deliverables-round-drafting = Antes del primer envío
deliverables-challenges-summary = Abiertas: { $open } · Resueltas: { $resolved }

## Un entregable

deliverables-status-due = Se entrega el { $due }.
deliverables-status-overdue = Debía entregarse el { $due } y aún no se ha enviado. Envíalo cuando esté listo: se marcará como tardío, no se rechazará.
deliverables-status-submitted = Enviado el { $date } (ronda { $round }); espera la revisión de { $builder }.
deliverables-status-changes-requested = Se pidieron cambios en la ronda { $round }: lee los comentarios en el historial de abajo, haz los cambios y vuelve a enviarlo.
deliverables-status-accepted = Aceptado el { $date } por { $name }. Es definitivo.
deliverables-late-explained = Se envió por primera vez después de su fecha límite ({ $due }).
deliverables-notice-saved = Borrador guardado.
deliverables-notice-submitted = Enviado para revisión. Tu facilitador/a ha recibido un aviso por correo.
deliverables-notice-changes-requested = Cambios pedidos. El equipo ha recibido un aviso por correo.
deliverables-notice-accepted = Aceptado. El equipo ha recibido un aviso por correo.
deliverables-notice-commented = Comentario añadido.
deliverables-refused-accepted = Esto se aceptó el { $date } (lo aceptó { $name }), así que ya no se puede cambiar. Escribe un comentario abajo si hay algo que decir.
deliverables-refused-in-review = Esto espera su revisión, así que ahora no se puede cambiar. Si se piden cambios, podrás modificarlo y volver a enviarlo.
deliverables-refused-not-submitted = No hay nada que revisar: no está esperando una revisión (quizá ya se revisó).
deliverables-someone = Alguien
deliverables-survey-objective = El objetivo SMART al que sirve esta encuesta

deliverables-edit-title = Redáctalo
deliverables-edit-explained = Guarda un borrador tantas veces como quieras. Envíalo cuando todas las partes estén listas; entonces tu facilitador/a lo revisará.
deliverables-required = obligatorio
deliverables-plan-goal = La meta de tu campaña, según el plan de campaña: «{ $goal }»
deliverables-no-forms = Tu organización aún no tiene formularios.
deliverables-go-to-forms = Sube uno en Formularios.
deliverables-choose-form = Elige un formulario
deliverables-save = Guardar borrador
deliverables-submit = Enviar para revisión
deliverables-content-title = Lo que se escribió

deliverables-review-title = Revisión
deliverables-review-explained = Acéptalo cuando sea lo bastante bueno para seguir trabajando sobre él, o pide cambios y di qué cambiar. El trabajo aceptado es definitivo.
deliverables-review-comment = Tu comentario
deliverables-review-comment-hint = Obligatorio para pedir cambios; opcional al aceptar.
deliverables-request-changes = Pedir cambios
deliverables-accept = Aceptar
deliverables-review-comment-required = Di qué hay que cambiar, para que el equipo sepa qué hacer.
deliverables-comment-empty = Escribe primero un comentario.
deliverables-comment-too-long = Es demasiado largo: acórtalo a 4000 caracteres o menos.

deliverables-history-title = Historial
deliverables-history-none = Todavía no ha pasado nada.
deliverables-snapshot = Lo que se envió
deliverables-event-saved = Borrador guardado por { $name }
deliverables-event-submitted = Enviado por { $name }
deliverables-event-resubmitted = Enviado de nuevo por { $name }
deliverables-event-changes-requested = Cambios pedidos por { $name }
deliverables-event-accepted = Aceptado por { $name }
deliverables-event-comment = Comentario de { $name }
deliverables-comment-title = Comentarios
deliverables-comment-label = Tu comentario
deliverables-comment-save = Añadir comentario

## Problemas junto a un campo

deliverables-error-required = Completa esta parte antes de enviar.
deliverables-error-too-long = Es demasiado largo: acórtalo.
deliverables-error-date = Escribe la fecha como año-mes-día, por ejemplo 2030-03-31.
deliverables-error-number = Escribe un número solo con cifras, y un punto para los decimales: por ejemplo 1200 o 12.5.
deliverables-error-ends-before-start = La campaña debe terminar después de que empiece la formación ({ $start }).
deliverables-error-form-unknown = Elige uno de los formularios de tu organización.
deliverables-error-objective-first = Envía primero tu objetivo SMART: la encuesta lo mide.
deliverables-error-pilot-no-form = Vincula primero un formulario en tu encuesta: los envíos del piloto se cuentan desde él.
deliverables-error-pilot-none = Todavía no ha llegado ningún envío de prueba del formulario de la encuesta. Prueba el formulario con algunas personas mientras está en modo piloto y luego escribe el informe.

## Las partes de cada entregable

deliverables-part-problem = El problema
deliverables-part-problem-hint = ¿Qué está mal, para quién y dónde? Dilo como lo diría la gente afectada.
deliverables-part-goal = Meta de la campaña
deliverables-part-goal-hint = El cambio que tu campaña busca al final: ¿qué será distinto cuando ganes?
deliverables-part-decision-makers = Personas que deciden
deliverables-part-decision-makers-hint = ¿Quién tiene el poder de hacer el cambio? Nombra el cargo o la persona.
deliverables-part-allies = Aliados
deliverables-part-allies-hint = Quién está de tu lado o podría estarlo: otros grupos, funcionarios, medios, líderes comunitarios.
deliverables-part-audiences = Públicos
deliverables-part-audiences-hint = ¿A quién deben llegar tus mensajes para mover a quienes deciden?
deliverables-part-tactics = Tácticas
deliverables-part-tactics-hint = Lo que vas a hacer: reuniones, peticiones, medios, actos comunitarios…
deliverables-part-timeline = Calendario
deliverables-part-timeline-hint = Los pasos principales y cuándo ocurren.
deliverables-part-ends-on = Fecha de fin de la campaña
deliverables-part-ends-on-hint = El día en que termina tu campaña. La fecha límite de tu objetivo SMART debe caer ese día o antes.
deliverables-part-risks = Riesgos
deliverables-part-risks-hint = Qué podría salir mal y qué harás al respecto.
deliverables-part-data-needed = Datos que necesita la campaña
deliverables-part-data-needed-hint = Lo que necesitas saber y demostrar, y quién podría darte esa información.

deliverables-part-specific = Específico
deliverables-part-specific-hint = ¿Qué cambiará exactamente, dónde y para quién?
deliverables-part-measurable = Medible
deliverables-part-measurable-hint = Cómo sabrás que cambió: ¿qué vas a contar o medir?
deliverables-part-achievable = Alcanzable
deliverables-part-achievable-hint = Por qué es posible con tu equipo, tu tiempo y tus aliados.
deliverables-part-relevant = Relevante
deliverables-part-relevant-hint = Cómo este objetivo hace avanzar la meta de tu campaña.
deliverables-part-time-bound = Con plazo
deliverables-part-time-bound-hint = Para cuándo, y por qué entonces.
deliverables-part-target = Meta numérica (un número)
deliverables-part-target-hint = El número que quieres alcanzar, en cifras, por ejemplo 80. Usa un punto para los decimales: 12.5.
deliverables-part-unit = Qué cuentan los números
deliverables-part-unit-hint = Por ejemplo: % de grifos públicos que funcionan, hogares, niñas matriculadas.
deliverables-part-baseline = Línea de base (el número actual)
deliverables-part-baseline-hint = Cómo están las cosas hoy, aunque sea una estimación, contado igual que la meta.
deliverables-part-deadline = Fecha límite
deliverables-part-deadline-hint = El día en que se debería alcanzar la meta: después de hoy y no más tarde de la fecha de fin de tu plan de campaña (si no la tiene, 12 meses después del inicio de la formación).
deliverables-part-who = Quién debe actuar o cambiar
deliverables-part-who-hint = Una persona que decide (por ejemplo, la administradora del distrito de Kibera) o un grupo de personas (por ejemplo, las comerciantes del mercado de Gikomba).

deliverables-part-form-id = El formulario de la encuesta
deliverables-part-form-id-hint = Uno de los formularios de tu organización (súbelo antes en Formularios).
deliverables-part-measures = Qué mide del objetivo
deliverables-part-measures-hint = Qué parte de tu objetivo SMART miden las respuestas, por ejemplo el número de grifos que funcionan (tu meta).
deliverables-part-target-responses = Respuestas que reunir (opcional)
deliverables-part-target-responses-hint = Cuántas respuestas busca la encuesta, por ejemplo 120. La página de datos del formulario muestra cuántas han llegado.
deliverables-part-measure-question = La pregunta que mide el objetivo (opcional)
deliverables-part-measure-question-hint = El nombre de la pregunta del formulario (su columna name), por ejemplo grifo_funciona. Para una pregunta con opciones se mide la parte que elige la opción de abajo; para un número, el promedio.
deliverables-part-measure-choice = La opción que se cuenta (para una pregunta con opciones)
deliverables-part-measure-choice-hint = El nombre de la opción (su nombre en la hoja choices), por ejemplo si.

deliverables-part-went-wrong = Qué salió mal en el piloto
deliverables-part-went-wrong-hint = Preguntas que la gente no entendió, saltos que no funcionaron, problemas con los teléfonos o la conexión, cuánto tiempo llevó.
deliverables-part-changed = Qué cambiaste
deliverables-part-changed-hint = Lo que cambiaste en el formulario, o en la manera de recoger los datos, a raíz del piloto.

## El recuento del piloto

deliverables-pilot-title = Envíos del piloto
deliverables-pilot-form = Formulario de la encuesta: { $form }
deliverables-pilot-count = { $count ->
    [0] Todavía ningún envío del piloto (contado ahora)
    [one] Un envío del piloto (contado ahora)
   *[other] { $count } envíos del piloto (contados ahora)
}
deliverables-pilot-count-then = { $count ->
    [0] Ningún envío del piloto cuando se envió el informe por última vez.
    [one] Un envío del piloto cuando se envió el informe por última vez.
   *[other] { $count } envíos del piloto cuando se envió el informe por última vez.
}
deliverables-pilot-count-submitted = Envíos del piloto al enviarlo
deliverables-pilot-no-form = Todavía no hay un formulario de encuesta vinculado: elige uno en el entregable de la encuesta.

## Las comprobaciones automáticas de un objetivo SMART

deliverables-smart-checks-title = Comprobaciones automáticas
deliverables-smart-checks-pass = Las cinco comprobaciones se cumplen: puedes enviar el objetivo.
deliverables-smart-checks-fail = Puedes guardar un borrador aunque fallen comprobaciones, pero solo podrás enviarlo cuando se cumplan las cinco. Cada una te dice cómo arreglarla.
deliverables-check-passed = Bien
deliverables-check-failed = Por arreglar
deliverables-smart-check-target = Un número que alcanzar
deliverables-smart-check-baseline = Una línea de base
deliverables-smart-check-deadline = Una fecha límite dentro de la campaña
deliverables-smart-check-who = Quién debe actuar o cambiar
deliverables-smart-check-plan = Un vínculo con el plan de campaña
deliverables-smart-target-missing = Aún no hay un número que alcanzar. Escríbelo en «Meta numérica», por ejemplo 80.
deliverables-smart-target-same = La meta ({ $target }) es igual a la línea de base, así que nada cambiaría. Escribe el número que quieres alcanzar.
deliverables-smart-target-ok = El objetivo apunta a { $target }.
deliverables-smart-baseline-missing = Aún no hay línea de base. Escribe en «Línea de base» cómo están las cosas hoy (aunque sea una estimación), para poder medir el avance.
deliverables-smart-baseline-ok = Parte de { $baseline }.
deliverables-smart-deadline-missing = Aún no hay fecha límite. Elige un día posterior a hoy y no más tarde del { $end }.
deliverables-smart-deadline-past = La fecha límite debe ser posterior a hoy ({ $today }).
deliverables-smart-deadline-year-over = Tu plan de campaña no tiene fecha de fin, y ya pasaron los 12 meses desde el inicio de la formación ({ $end }). Añade la fecha de fin de tu campaña al plan de campaña.
deliverables-smart-deadline-after-plan = La fecha límite cae después del fin de tu campaña ({ $end }, la fecha de fin de tu plan de campaña). Elige un día anterior o cambia el plan.
deliverables-smart-deadline-after-year = Tu plan de campaña aún no tiene fecha de fin, así que la fecha límite debe caer dentro de los 12 meses siguientes al inicio de la formación: el { $end } o antes. Elige un día anterior o añade una fecha de fin al plan.
deliverables-smart-deadline-ok = La fecha límite, el { $deadline }, cae dentro de tu campaña (que termina el { $end }).
deliverables-smart-who-missing = No dice quién debe actuar ni quién cambiará. Nombra a una persona que decide o a un grupo de personas, por ejemplo «la administradora del distrito de Kibera».
deliverables-smart-who-vague = «{ $who }» es demasiado vago: di exactamente quién, en pocas palabras, por ejemplo un cargo y un lugar.
deliverables-smart-who-ok = Nombra quién debe actuar o cambiar: { $who }.
deliverables-smart-plan-no-goal = Tu plan de campaña aún no tiene meta. Escribe la meta en el plan de campaña y luego explica aquí cómo la sirve este objetivo.
deliverables-smart-plan-relevant-missing = Explica en «Relevante» cómo este objetivo sirve a la meta de tu campaña: «{ $goal }».
deliverables-smart-plan-ok = Está vinculado a la meta de tu campaña: «{ $goal }».

## El registro de dificultades

challenges-intro = Lo que se interpone en tu camino durante las dos semanas, con la orientación de tu facilitador/a. Registra una dificultad en cuanto surja.
challenges-open-count = { $count ->
    [0] Ninguna dificultad abierta
    [one] Una dificultad abierta
   *[other] { $count } dificultades abiertas
}
challenges-none = Todavía no se ha registrado ninguna dificultad.
challenges-open = Abierta
challenges-resolved = Resuelta
challenges-logged-by = Registrada por { $name } el { $date }
challenges-resolved-at = resuelta { $date }
challenges-guidance-title = Orientación
challenges-guidance-by = De { $name }
challenges-guidance-waiting = Esperando la orientación de tu facilitador/a.
challenges-guidance-label = Tu orientación
challenges-guidance-save = Guardar orientación
challenges-reopen = Volver a abrirla
challenges-mark-resolved = Marcar como resuelta
challenges-add-title = Registrar una dificultad
challenges-category = Categoría
challenges-choose-category = Elige una categoría
challenges-description = Qué pasó
challenges-description-hint = Qué se interpuso y qué has intentado.
challenges-add = Registrarla
challenges-error-category = Elige una categoría.
challenges-error-description-empty = Cuenta qué pasó.
challenges-error-guidance-empty = Escribe primero tu orientación.
challenges-error-too-long = Es demasiado largo: acórtalo.
challenges-notice-added = Dificultad registrada. Tu facilitador/a ha recibido un aviso.
challenges-notice-guidance = Orientación guardada. El equipo ha recibido un aviso.
challenges-notice-resolved = Marcada como resuelta.
challenges-notice-reopened = Abierta de nuevo.
challenges-category-connectivity = Conexión a internet
challenges-category-devices = Teléfonos y dispositivos
challenges-category-survey = El formulario de la encuesta
challenges-category-enumerators = Personas encuestadoras
challenges-category-respondents = Personas encuestadas
challenges-category-safety = Seguridad y consentimiento
challenges-category-time = Tiempo
challenges-category-data = Datos y análisis
challenges-category-other = Otra cosa

## Correos

email-deliverable-submitted-subject = { $organisation } envió un entregable: { $deliverable }
email-deliverable-submitted-body =
    Hola, { $name }:

    { $organisation } envió un entregable para que lo revises: { $deliverable } (ronda { $round }).
    { $late ->
        [yes] Llegó tarde: debía entregarse el { $due }.
       *[other] Debía entregarse el { $due }.
    }

    Revísalo aquí:

    { $link }
email-deliverable-changes-requested-subject = Cambios pedidos: { $deliverable }
email-deliverable-changes-requested-body =
    Hola, { $name }:

    { $builder } pidió cambios en un entregable de { $organisation }: { $deliverable }.

    { $comment }

    Haz los cambios y vuelve a enviarlo aquí:

    { $link }
email-deliverable-accepted-subject = Aceptado: { $deliverable }
email-deliverable-accepted-body =
    Hola, { $name }:

    { $builder } aceptó un entregable de { $organisation }: { $deliverable }. ¡Buen trabajo!

    { $comment }

    { $link }
email-challenge-logged-subject = Nueva dificultad en { $organisation }: { $category }
email-challenge-logged-body =
    Hola, { $name }:

    { $organisation } registró una dificultad ({ $category }):

    { $description }

    Da tu orientación aquí:

    { $link }
email-challenge-guidance-subject = Orientación sobre tu dificultad: { $category }
email-challenge-guidance-body =
    Hola, { $name }:

    { $builder } escribió una orientación sobre una dificultad que registraste ({ $category }):

    { $description }

    La orientación:

    { $guidance }

    { $link }
