# Forms, collectors and OpenRosa answers (data collection).

nav-forms = Forms
nav-collectors = Devices

forms-title = Forms
forms-none = No form yet. Upload the XLSForm of your survey to publish it.
forms-id-version = Form ID { $id }
forms-latest-version = version { $version }
forms-mode-live = Live
forms-mode-pilot = Pilot
forms-submission-count = { $count ->
    [one] one submission
   *[other] { $count } submissions
}
forms-pilot-count = { $count ->
    [one] one pilot submission
   *[other] { $count } pilot submissions
}
forms-upload-title = Publish a form or a new version
forms-upload-file = XLSForm file
forms-upload-hint = .xlsx, .xls or .csv. A file with the form ID of a published form adds a new version of it.
forms-upload-submit = Check and publish
forms-upload-missing = Choose an XLSForm file to upload.
forms-upload-invalid = The form was not published because it has errors. Fix each one in the spreadsheet and upload it again.
forms-preview-submit = Preview without publishing
forms-preview-notice = Preview of “{ $title }”: fill it in to check questions, rules and languages. Nothing is published, sent or kept.
forms-preview-back = Back to the forms
forms-preview-invalid = The form cannot be previewed because it has errors. Fix each one in the spreadsheet and upload it again.
forms-upload-format = The file must be an XLSForm saved as .xlsx, .xls or .csv.
forms-upload-version-exists = This version of the form is already published. Change the version in the settings sheet, or leave it empty to have one given.
upload-too-large = The file is too large.
upload-unreadable = The upload could not be read. Please try again.
forms-problem-count = { $count ->
    [one] One problem
   *[other] { $count } problems
}
forms-problem-kind = Kind
forms-problem-where = Where
forms-problem-what = What to do
forms-problem-error = Error
forms-problem-warning = Warning
forms-published-with-warnings = The form was published, with warnings. Check them with “datashift form check” or upload the file again after fixing them.
forms-see-submissions = See the submissions
forms-mode-title = Pilot or live
forms-mode-pilot-explained = The form is in pilot mode: submissions are kept apart from the campaign's data so you can test the survey with a few people.
forms-mode-live-explained = The form is live: submissions are the campaign's data.
forms-mode-clear-pilot = Also remove the pilot submissions (they can be restored)
forms-mode-go-live = Go live
forms-mode-back-to-pilot = Back to pilot mode
forms-web-link-title = Web link
forms-web-link-explained = Anyone with this link can fill in the form in a phone's browser, also without a connection after the first visit. Share it only with the people who collect data.
forms-versions-title = Versions
forms-version = Version
forms-published-on = Published
forms-downloads = Files
forms-download-xlsform = XLSForm
forms-download-xform = XForm
forms-new-version = Publish a new version
forms-media-title = Media files
forms-media-missing = The form uses these files, which are not uploaded yet:
forms-media-none = No media file.
forms-media-delete = Remove
forms-media-file = File (an image, audio, video, or a CSV, XML or GeoJSON list)
forms-media-upload = Upload

xlsform-place-sheet = sheet { $sheet }
xlsform-place-row = row { $row }
xlsform-place-column = column { $column }
xlsform-read-001 = The file could not be read as a spreadsheet. Save it again as .xlsx from your spreadsheet program.
xlsform-sheet-001 = The form needs a sheet named “survey”. Rename the sheet with the questions.
xlsform-header-001 = A column the sheet needs is missing. Add it to the first row.
xlsform-header-002 = Two columns mean the same thing. Keep one of them.
xlsform-type-001 = A row has a name or label but no type. Give it a type, or empty the row.
xlsform-type-002 = The question type is not one XLSForm knows. Check its spelling.
xlsform-name-001 = A question has no name. Give each question a short name without spaces.
xlsform-name-002 = A name may use only letters, digits, “_”, “-” and “.”, and must start with a letter or “_”.
xlsform-name-003 = Two questions in the same group have the same name. Rename one.
xlsform-name-004 = A repeat's name is used twice or is the form's own name. Rename it.
xlsform-name-005 = The name “meta” is kept for the form's metadata. Choose another name.
xlsform-sheet-002 = A sheet the form needs is missing or misspelt. Check the sheet names.
xlsform-instance-001 = Two external files or lists have the same name. Rename one.
xlsform-param-002 = A parameter has a value that is not allowed. Check the parameters column.
xlsform-survey-001 = An “end group” or “end repeat” has no matching “begin”. Remove it or add the “begin”.
xlsform-survey-002 = A group or repeat is not closed. Add the matching “end group” or “end repeat”.
xlsform-choice-001 = A select question uses a choice list that is not in the choices sheet. Add the list or fix its name.
xlsform-choice-002 = A choice list has the same choice name twice. Rename one, or allow duplicates in the settings.
xlsform-choice-003 = A choice has no name. Give each choice a value in the name column.
xlsform-choice-004 = The form has select questions but no choices sheet. Add a sheet named “choices”.
xlsform-choice-005 = Choices of a multiple-choice question may not contain spaces. Replace spaces with “_”.
xlsform-ref-001 = A ${"{"}name{"}"} reference names a question that does not exist (or exists twice). Check the name.
xlsform-ref-002 = A ${"{"} is not closed as ${"{"}name{"}"}. Add the closing brace.
xlsform-calc-001 = A calculate row has no calculation. Write the calculation.
xlsform-param-001 = A parameter value is not valid. Check the parameters column.
xlsform-form-001 = The form breaks a rule of the XForm standard. Read the detail below.
xlsform-label-001 = A question has neither a label nor a hint. Add a label.
xlsform-settings-001 = A value in the settings sheet is not valid. Check the settings sheet.
xlsform-warn-001 = Something looks wrong, although the form can be published. Check it.
xlsform-expr-001 = An expression may not work: it does not parse or calls an unknown function. Check its spelling.
xlsform-entity-001 = The entities sheet declares an entity in a way that is not valid. Check it.
xlsform-entity-002 = A “save_to” value is not valid. Check the save_to column.
xlsform-entity-003 = Entity references or containers conflict. Check the entities and save_to columns.
xlsform-pii-001 = The pii column takes yes or no: yes marks a question as personal data, no marks it as not personal.

collectors-title = Devices
collectors-intro = Each phone that collects data with ODK Collect or KoboCollect gets its own access. Add a device, then scan its QR code in the app (Add project → Configure with QR code). Revoke a lost phone's access at once here.
collectors-created = Access for “{ $name }” is ready
collectors-scan = In ODK Collect or KoboCollect, add a project and scan this code:
collectors-or-type = Or enter this server URL manually, with no username or password:
collectors-shown-once = This code and URL are shown only now. If they are lost, revoke this device and add it again.
collectors-devices = Devices with access
collectors-none = No device yet.
collectors-revoked = revoked
collectors-revoke = Revoke
collectors-add = Add a device
collectors-name = Name of the device or the person using it
collectors-name-hint = For example “Amina's phone”.
collectors-create = Add device

openrosa-received = Thank you: the submission was received.
openrosa-already-received = This submission had already been received; nothing was lost.
openrosa-instance-conflict = A different submission with the same instance ID ({ $instance }) was received before. This one was not stored: edit the form again to send it as a new submission.
openrosa-unauthorised = Sign in with the email and password of your DataShift account.
openrosa-token-refused = This device's access was revoked or the server URL is wrong. Ask your organisation for a new QR code.
openrosa-basic-needs-https = Username and password are accepted only over a secure (https) connection.
openrosa-too-many-attempts = Too many failed sign-ins. Wait 15 minutes and try again.
openrosa-server-error = The server could not store the submission. It is still on your device: send it again later.
openrosa-form-unknown = This form is not available to this device.
openrosa-form-unknown-id = No form with the ID “{ $form }” is published for this device.
openrosa-version-unknown = Version “{ $version }” of form “{ $form }” is not published. Download the form again and fill it in again.
openrosa-too-large = The submission is larger than { $limit } MB. Make photos and videos smaller in the app's settings.
openrosa-not-multipart = The request is not an OpenRosa submission (multipart/form-data): { $detail }
openrosa-bad-file-name = “{ $name }” is not a valid attachment file name.
openrosa-no-document = The request has no xml_submission_file part with the submission.
openrosa-no-form-id = The submission's root element has no form id attribute.
openrosa-doctype = Submissions with a DOCTYPE declaration are refused.
openrosa-malformed = The submission is not a well-formed document: { $detail }
openrosa-no-instance-id = The submission has no meta/instanceID, so it could not be stored safely.
