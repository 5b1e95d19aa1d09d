# Discusión: respuestas a las preguntas de los módulos, respuestas a ellas, los mensajes de la
# formación y cómo llegan los correos de la discusión.
discussion-title = Discusión
discussion-with-builder = Facilitador/a: { $name }
discussion-messages = Mensajes
discussion-message-count = { $count ->
    [0] Todavía no hay mensajes
    [one] Un mensaje
   *[other] { $count } mensajes
}
discussion-last-message = el último el { $time }
discussion-messages-hint = Para todo lo demás: el plan, las llamadas, cómo va el trabajo.
discussion-modules = Preguntas para la discusión
discussion-modules-hint = El equipo responde las preguntas de cada módulo; el/la facilitador/a contesta.
discussion-day = Día { $day }
discussion-answer-count = { $count ->
    [0] todavía sin respuestas
    [one] una respuesta
   *[other] { $count } respuestas
}
discussion-settings-link = Elige cómo te llegan los correos de la discusión
discussion-read-module = Leer el módulo
discussion-read-only = Puedes leer esta discusión; solo el equipo de la organización y su facilitador/a escriben en ella.
discussion-question = Pregunta { $number }
discussion-no-answers = Todavía no hay respuestas.
discussion-your-answer = La respuesta de tu equipo
discussion-post-answer = Publicar la respuesta
discussion-body-hint = Texto simple, hasta 4.000 caracteres; se conservan los saltos de línea.
discussion-role-builder = facilitador/a
discussion-reply-count = { $count ->
    [one] Una respuesta
   *[other] { $count } respuestas
}
discussion-reply = Contestar
discussion-your-reply = Tu respuesta
discussion-post-reply = Publicar la respuesta
discussion-no-messages = Todavía no hay nada. Empieza la conversación abajo.
discussion-new-message = Escribe un mensaje
discussion-your-message = Tu mensaje
discussion-post-message = Enviar el mensaje
discussion-error-empty = Escribe algo antes de publicar.
discussion-error-long = Es demasiado largo: 4.000 caracteres como máximo.
discussion-settings-title = Correos de la discusión
discussion-settings-saved = Tu elección está guardada.
discussion-settings-intro = Cuando alguien publica en una discusión en la que participas, te enviamos un correo. Elige cómo.
discussion-settings-legend = Envíame
discussion-settings-now = Un correo por cada publicación
discussion-settings-now-hint = En cuanto alguien publica.
discussion-settings-daily = Un correo al día
discussion-settings-daily-hint = Un resumen diario, poco después de la medianoche (UTC), con todo lo publicado el día anterior.
discussion-settings-starts = El resumen diario empieza el { $date }; hasta entonces, cada publicación te sigue llegando en su propio correo.
discussion-settings-error = Elige una de las dos opciones.
discussion-settings-save = Guardar
discussion-digest-answer = { $author } respondió la pregunta { $number } de «{ $module }», { $time }:
discussion-digest-reply = { $author } contestó en la pregunta { $number } de «{ $module }», { $time }:
discussion-digest-message = { $author } escribió en los mensajes, { $time }:
email-discussion-answer-subject = { $author } respondió una pregunta de «{ $module }»
email-discussion-answer-body =
    Hola, { $name }:

    { $author }, de { $organisation }, respondió esta pregunta del módulo «{ $module }»:

    { $question }

    La respuesta:

    { $body }

    Léela y contesta aquí:

    { $link }

    Si prefieres recibir un solo correo al día, cambia tu configuración: { $settings }
email-discussion-reply-subject = { $author } contestó en «{ $module }»
email-discussion-reply-body =
    Hola, { $name }:

    En la formación de { $organisation }, { $author } contestó en la discusión del módulo «{ $module }», sobre esta pregunta:

    { $question }

    La respuesta:

    { $body }

    Lee la conversación y contesta aquí:

    { $link }

    Si prefieres recibir un solo correo al día, cambia tu configuración: { $settings }
email-discussion-message-subject = Nuevo mensaje de { $author } en DataShift
email-discussion-message-body =
    Hola, { $name }:

    En la formación de { $organisation }, { $author } escribió:

    { $body }

    Lee los mensajes y contesta aquí:

    { $link }

    Si prefieres recibir un solo correo al día, cambia tu configuración: { $settings }
email-discussion-digest-subject = Tu resumen diario de la discusión en DataShift
email-discussion-digest-body =
    Hola, { $name }:

    Esto es lo que se publicó en tus discusiones desde tu último resumen:

    { $posts }

    Si prefieres recibir un correo por cada publicación, cambia tu configuración: { $settings }
