# Exports of a form's submissions (the export page, background exports, errors).
export-link = Export the data
export-title = Export the data of { $form }
export-data-link = Back to the data
export-format = Format
export-format-csv = CSV (a ZIP of one CSV per table when the form has repeats)
export-format-xlsx = Excel workbook (XLSX), one sheet per table
export-format-geojson = GeoJSON: the places answered, for maps
export-format-zip = ZIP with the CSV tables and the photos and other files received
export-values = Answers as
export-values-names = Values (choice names, question names as headers)
export-values-labels = Labels (choice and question labels)
export-language = Language of the labels
export-multiple = Questions with several answers
export-multiple-together = In one column
export-multiple-split = One column per option (1 or 0)
export-anonymise = Anonymise personal data
export-anonymise-hint = Personal answers become pseudonyms (the same person always gets the same one) and places and recordings are left out, even if you may see them. Use this for a file you will share.
export-download = Download
export-unknown-format = That export format is not known. Choose CSV, XLSX, GeoJSON or ZIP.
export-large-title = A large export
export-large-body = { $count ->
    [one] This export has one submission, more than is downloaded at once. Prepare it in the background: you can leave this page and come back for the file.
   *[other] This export has { $count } submissions, more than are downloaded at once. Prepare it in the background: you can leave this page and come back for the file.
}
export-large-start = Prepare the file in the background
export-jobs-title = Your exports
export-jobs-kept = Files are kept for 7 days, then deleted.
export-job-asked = Asked
export-job-progress = Progress
export-job-queued = Waiting to start
export-job-running = Being prepared
export-job-done = Ready
export-job-failed = Failed
export-job-download = Download
export-error-failed = The export could not be finished. Try again; if it fails again, tell the programme team.
export-error-too-many-rows = A table has more rows than an Excel sheet holds (1,048,576). Export as CSV instead, or filter the submissions.
export-error-no-access = You no longer have access to this form, so the export was not made.
export-error-filters = The filters of this export could not be read, so it was not made.
