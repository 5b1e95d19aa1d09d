# Llamadas: videollamadas programadas, sus notas y asistencia, el calendario y los correos.

calls-title = Llamadas
calls-call-title = Llamada
calls-back = Todas las llamadas de { $organisation }
calls-span = Las dos semanas van del { $first } al { $last }.
calls-calendar-link = Añade tus llamadas y plazos al calendario de tu teléfono
calls-upcoming = Próximas llamadas
calls-none-upcoming = Todavía no hay ninguna llamada prevista.
calls-past = Llamadas pasadas y canceladas
calls-state-upcoming = Prevista
calls-state-live = En curso
calls-state-over = Terminada
calls-state-cancelled = Cancelada
calls-join = Unirte a la llamada
calls-scheduled-by = Programada por { $name }
calls-when-local = { $date }, { $start }–{ $end } ({ $zone })
calls-when-utc = { $date }, { $start }–{ $end } UTC

calls-schedule-title = Programar una llamada
calls-schedule = Programar la llamada
calls-change-title = Mover o cambiar esta llamada
calls-change = Guardar los cambios
calls-cancel-explained = Cuando se cancela una llamada, se avisa por correo a todas las personas que participan y desaparece de sus calendarios.
calls-cancel = Cancelar esta llamada
calls-zone-note = Escribe la fecha y la hora en la zona horaria de la OSC: { $zone }. Todas las personas ven la hora en esta zona y en UTC.
calls-date = Fecha
calls-time = Hora de inicio
calls-time-hint = Reloj de 24 horas, por ejemplo 14:30.
calls-minutes = Duración en minutos
calls-minutes-hint = Entre 10 y 240.
calls-meeting-url = Enlace de la reunión
calls-meeting-url-hint = Cualquier enlace https:// (Jitsi Meet, Google Meet, Zoom…). Déjalo vacío para obtener una nueva sala de Jitsi Meet, que no necesita cuenta.
calls-agenda = Orden del día
calls-agenda-hint = Para qué es la llamada, así todas las personas pueden prepararse.

calls-error-date = Escribe la fecha como año-mes-día, por ejemplo 2026-11-03.
calls-error-time = Escribe la hora de inicio como horas y minutos, por ejemplo 14:30.
calls-error-time-skipped = En esta zona horaria el reloj cambia a esa hora, así que no existe. Elige otra hora.
calls-error-minutes = Escribe una duración entre 10 y 240 minutos.
calls-error-meeting-url = Escribe un enlace completo que empiece por https://, o deja el campo vacío para una nueva sala de Jitsi Meet.
calls-error-past = Elige una hora que todavía no haya pasado.
calls-error-outside = Elige un día dentro de las dos semanas.
calls-error-overlap = Elige una hora en la que no haya otra llamada prevista.
calls-refused-past = Esta hora ya ha pasado. Las llamadas se programan para una hora que todavía está por llegar.
calls-refused-outside = Las llamadas tienen lugar durante las dos semanas del acompañamiento, del { $first } al { $last } ({ $zone }), y deben terminar antes de la medianoche del último día. Elige un día dentro de ese periodo.
calls-refused-overlap = Ya hay otra llamada de este acompañamiento prevista el { $when }. Las llamadas no pueden solaparse: elige una hora antes de que empiece o después de que termine.
calls-refused-changed = Otra persona cambió las llamadas en el mismo momento. Revisa la lista de llamadas y vuelve a intentarlo.
calls-refused-started = Esta llamada ya ha empezado, así que ya no se puede mover ni cancelar.
calls-refused-cancelled = Esta llamada está cancelada, así que ya no se puede cambiar.
calls-refused-not-started = Las notas y la asistencia se registran una vez que la llamada ha empezado.

calls-notes = Notas
calls-notes-hint = Lo que se habló y se acordó, y los próximos pasos.
calls-no-notes = Todavía no hay notas.
calls-attendance = Quién asistió
calls-attended = asistió
calls-absent = no asistió
calls-not-recorded = sin registrar
calls-record = Guardar notas y asistencia

calls-feed-title = Tu calendario
calls-feed-intro = Tus llamadas y los plazos de tus entregables pueden aparecer en el calendario de tu teléfono. Suscríbete una vez: las llamadas nuevas, los cambios y las cancelaciones llegarán solos.
calls-feed-subscribe = Suscribirte en este teléfono
calls-feed-address = La dirección de tu calendario
calls-feed-copy = Copia esta dirección en tu aplicación de calendario si el botón no funciona. Mantén pulsado el texto para copiarlo.
calls-feed-how = Cómo suscribirte
calls-feed-iphone = iPhone y iPad
calls-feed-iphone-how = Toca «Suscribirte en este teléfono» arriba y luego «Suscribirse». O abre Ajustes, Calendario, Cuentas, Añadir cuenta, Otra, Añadir calendario suscrito, y pega la dirección.
calls-feed-android = Android (Google Calendar)
calls-feed-android-how = Google Calendar añade suscripciones desde su sitio web: abre el enlace de abajo con la sesión iniciada en la cuenta de Google de tu teléfono, o ve a calendar.google.com, elige Otros calendarios, Desde URL, y pega la dirección. Después el calendario aparece en tu teléfono.
calls-feed-google = Añadir a Google Calendar
calls-feed-outlook = Outlook
calls-feed-outlook-how = Elige Agregar calendario, luego Suscribirse desde la web, y pega la dirección.
calls-feed-refresh = Las aplicaciones de calendario buscan cambios a su propio ritmo, desde cada hora hasta una vez al día. La página de la llamada aquí siempre muestra lo más reciente.
calls-feed-secret-title = Guarda la dirección para ti
calls-feed-secret = Cualquier persona que tenga esta dirección puede ver tus llamadas y plazos. Si la compartiste por error, reemplázala: la dirección antigua deja de funcionar en el acto y te suscribes de nuevo con la nueva.
calls-feed-replace = Reemplazar la dirección
calls-feed-name = DataShift: { $name }
calls-feed-call = Llamada DataShift: { $organisation }
calls-feed-call-description =
    { $agenda }

    Unirte: { $join }
    Detalles: { $link }
calls-feed-alarm = Una llamada de DataShift empieza en 15 minutos
calls-feed-due = Plazo: { $what } ({ $organisation })
calls-feed-accepted = Hecho: { $what } ({ $organisation })
calls-feed-deliverable-campaign_plan = plan de campaña
calls-feed-deliverable-smart_objective = objetivo SMART
calls-feed-deliverable-survey = encuesta
calls-feed-deliverable-pilot_report = informe del piloto
calls-feed-deliverable-challenges_log = registro de desafíos

email-call-scheduled-subject = Nueva llamada el { $when }
email-call-scheduled-body =
    Hola { $name }:

    { $by } ha programado una llamada para { $organisation }:

    { $when }
    ({ $utc })

    Orden del día:
    { $agenda }

    Únete con este enlace: { $join }

    La página de la llamada: { $link }
email-call-changed-subject = Llamada cambiada: ahora el { $when }
email-call-changed-body =
    Hola { $name }:

    { $by } ha cambiado una llamada de { $organisation }. Ahora es:

    { $when }
    ({ $utc })

    Orden del día:
    { $agenda }

    Únete con este enlace: { $join }

    La página de la llamada: { $link }
email-call-cancelled-subject = Llamada cancelada: { $when }
email-call-cancelled-body =
    Hola { $name }:

    { $by } ha cancelado la llamada de { $organisation } prevista para el { $when } ({ $utc }).

    La página de la llamada: { $link }
email-call-reminder-day-subject = Mañana: llamada el { $when }
email-call-reminder-day-body =
    Hola { $name }:

    La llamada de { $organisation } es dentro de un día:

    { $when }
    ({ $utc })

    Orden del día:
    { $agenda }

    Prepara un lugar tranquilo y una buena conexión (un paquete de datos si lo necesitas). Únete con este enlace: { $join }

    La página de la llamada: { $link }
email-call-reminder-hour-subject = Dentro de una hora: llamada el { $when }
email-call-reminder-hour-body =
    Hola { $name }:

    La llamada de { $organisation } empieza dentro de una hora:

    { $when }
    ({ $utc })

    Únete con este enlace: { $join }

    Orden del día:
    { $agenda }

    La página de la llamada: { $link }
