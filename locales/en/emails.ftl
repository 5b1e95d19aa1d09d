email-signature = DataShift: online structured support for civil society organisations
email-password-reset-subject = Reset your DataShift password
email-password-reset-body =
    Hello { $name },

    Someone asked to reset the password of your DataShift account. To choose a new password, open this link within two hours:

    { $link }

    If it was not you, ignore this email: your password stays as it is.
email-invitation-subject = { $inviter } invites you to { $organisation } on DataShift
email-invitation-body =
    Hello,

    { $inviter } invites you to join { $organisation } on DataShift, where your organisation learns to use citizen-generated data in its campaigns.

    Create your account with this link (it works for 14 days):

    { $link }
email-junior-confirm-subject = Can you give { $percent }% of your time to the DataShift training?
email-junior-confirm-body =
    Hello { $name },

    { $organisation } has named you as one of the two staff members who will take part in the DataShift training, from { $start } to { $end }.

    The training asks each of you to dedicate at least { $percent }% of your time during these two weeks. Please open this link and tell us how much of your time you can give:

    { $link }
email-accepted-subject = { $organisation } is accepted into the DataShift training
email-accepted-body =
    Hello { $name },

    Good news: { $organisation } has been accepted. Your capacity builder is { $builder }, and the two weeks of training start on { $start }.

    See the details here:

    { $link }
email-builder-assigned-subject = You will guide { $organisation }
email-builder-assigned-body =
    Hello { $name },

    You are the capacity builder of { $organisation }. Their two weeks of training start on { $start }.

    Their application and readiness summary:

    { $link }
email-declined-subject = Your DataShift application for { $organisation }
email-declined-body =
    Hello { $name },

    Thank you for applying. We cannot offer { $organisation } a place in this round. The programme manager wrote:

    { $message }

    You can read the application here:

    { $link }
