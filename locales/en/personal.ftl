# Personal data: what is hidden from whom, the privacy page of a form, the audit log.
personal-filter-refused = The exact-answer filter was not applied: that question holds personal data, which you see only as pseudonyms.
personal-value-removed = (removed: personal data)
personal-protected = personal data, pseudonymised
personal-xml-hidden = The submitted document is not shown: it holds personal data, which you see only as pseudonyms or not at all.
nav-audit = Audit log
privacy-link = Personal data
privacy-title = Personal data
privacy-intro = Decide which answers are personal data, whether respondents must consent, and how long personal answers and media are kept. Only this organisation's team sees personal answers; capacity builders and programme managers see pseudonyms (the same code for the same answer) and no locations or recordings. Every view and export of personal data is recorded in the audit log.
privacy-saved = Saved.
privacy-dry-run-title = Check before purging
privacy-dry-run-text = Keeping personal data for { $days } days means everything received before { $before } is purged now. This is what would go:
privacy-dry-run-submissions = { $count ->
    [one] personal answers and media of one submission
   *[other] personal answers and media of { $count } submissions
}
privacy-dry-run-values = { $count ->
    [one] one personal answer
   *[other] { $count } personal answers
}
privacy-dry-run-files = Files: { $count } ({ $megabytes } MB)
privacy-dry-run-oldest = the oldest received on { $when }
privacy-dry-run-final = A purge cannot be undone. The other answers stay.
privacy-dry-run-confirm = Keep this period and purge now
privacy-dry-run-cancel = Cancel
privacy-fields-title = Personal fields
privacy-fields-explained = Names, phone numbers, email addresses, identity numbers, locations and recordings are personal by default. The XLSForm's pii column (yes or no) decides first; your choice here decides over both.
privacy-col-default = Without a decision
privacy-col-treat = Treat as
privacy-reason-none = Not personal
privacy-reason-pii = Personal: the XLSForm's pii column says so
privacy-reason-location = Personal: a location or a recording
privacy-reason-name = Personal: its name says it holds a name, a contact or an identity number
privacy-reason-type = Personal: a phone number or a device's identity
privacy-treat-label = Treat { $question } as
privacy-treat-default = As without a decision
privacy-treat-personal = Personal
privacy-treat-not = Not personal
privacy-is-personal = personal
privacy-fields-save = Save the personal fields
privacy-consent-title = Consent and retention
privacy-consent-label = Consent question
privacy-consent-hint = Submissions without this answer keep no personal answers and no files of personal questions.
privacy-consent-none = No consent question
privacy-consent-unknown = Choose an answer of one of this form's questions.
privacy-retention-label = Keep personal answers and media for (days)
privacy-retention-hint = Leave empty to keep them. After this many days they are purged every hour; the other answers stay.
privacy-retention-invalid = Enter a whole number of days from 1 to 3653 (ten years), or leave it empty.
privacy-settings-save = Save consent and retention
privacy-retention-next = Submissions waiting for the next hourly purge: { $count }.
privacy-audit-link = This form's audit log
audit-title = Audit log of personal data
audit-intro = Every view and export of personal data, every purge and every change to what is personal, newest first.
audit-count = { $count ->
    [one] One entry
   *[other] { $count } entries
}
audit-all-forms = All forms
audit-none = Nothing recorded yet.
audit-col-when = When
audit-col-who = Who
audit-col-form = Form
audit-col-action = What
audit-col-detail = Detail
audit-action-view = Viewed
audit-action-export = Exported
audit-action-purge = Purged
audit-action-settings = Changed settings
audit-by-the-platform = The platform (retention or command line)
