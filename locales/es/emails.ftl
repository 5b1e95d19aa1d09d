email-signature = DataShift: acompañamiento estructurado en línea para organizaciones de la sociedad civil
email-password-reset-subject = Restablece tu contraseña de DataShift
email-password-reset-body =
    Hola, { $name }:

    Alguien pidió restablecer la contraseña de tu cuenta de DataShift. Para elegir una contraseña nueva, abre este enlace en las próximas dos horas:

    { $link }

    Si no fuiste tú, ignora este correo: tu contraseña sigue igual.
email-invitation-subject = { $inviter } te invita a { $organisation } en DataShift
email-invitation-body =
    Hola:

    { $inviter } te invita a unirte a { $organisation } en DataShift, donde tu organización aprende a usar datos generados por la ciudadanía en sus campañas.

    Crea tu cuenta con este enlace (funciona durante 14 días):

    { $link }
email-junior-confirm-subject = ¿Puedes dedicar el { $percent }% de tu tiempo a la capacitación de DataShift?
email-junior-confirm-body =
    Hola, { $name }:

    { $organisation } te eligió como una de las dos personas de su equipo que participarán en la capacitación de DataShift, del { $start } al { $end }.

    La capacitación pide que cada una dedique al menos el { $percent }% de su tiempo durante esas dos semanas. Abre este enlace y cuéntanos cuánto tiempo puedes dedicar:

    { $link }
email-accepted-subject = { $organisation } fue aceptada en la capacitación de DataShift
email-accepted-body =
    Hola, { $name }:

    Buenas noticias: { $organisation } fue aceptada. Tu facilitador/a es { $builder }, y las dos semanas de capacitación empiezan el { $start }.

    Mira los detalles aquí:

    { $link }
email-builder-assigned-subject = Acompañarás a { $organisation }
email-builder-assigned-body =
    Hola, { $name }:

    Eres facilitador/a de { $organisation }. Sus dos semanas de capacitación empiezan el { $start }.

    Su solicitud y su resumen de preparación:

    { $link }
email-declined-subject = Tu solicitud a DataShift para { $organisation }
email-declined-body =
    Hola, { $name }:

    Gracias por postular. No podemos ofrecer a { $organisation } un lugar en esta convocatoria. La persona que gestiona el programa escribió:

    { $message }

    Puedes leer la solicitud aquí:

    { $link }
