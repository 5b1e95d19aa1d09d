# Web forms: the platform's own words around a published form (the form's texts come from the form).
webform-submit = Submit
webform-add = Add another
webform-remove = Remove
webform-remove-confirm = Remove this entry and its answers?
webform-language = Form language
webform-required = This question needs an answer.
webform-constraint = This answer is not allowed. Please check it.
webform-invalid-integer = Enter a whole number.
webform-invalid-decimal = Enter a number.
webform-invalid-geo = Enter a latitude between -90 and 90 and a longitude between -180 and 180.
webform-errors = Some answers need attention. Please check the questions marked in red.
webform-waiting = { $count ->
    [one] { webform-waiting-one }
   *[other] { webform-waiting-other }
}
webform-waiting-one = One submission waiting to be sent
webform-waiting-other = { $count } submissions waiting to be sent
webform-failed = { $count ->
    [one] { webform-failed-one }
   *[other] { webform-failed-other }
}
webform-failed-one = One submission was refused by the server:
webform-failed-other = { $count } submissions were refused by the server:
webform-refused = The server refused this submission.
webform-sent = Thank you. Your answers have been sent.
webform-saved = Your answers are saved on this phone. They will be sent as soon as there is a connection.
webform-preview-checked = Preview: every answer passes the form's rules. Nothing was sent or kept; publish the form from the forms page.
webform-retry = Try again
webform-offline = You are offline. You can keep filling in the form: answers stay on this phone and are sent when you are back online.
webform-draft-restored = Your unfinished answers have been restored.
webform-draft-discard = Start again
webform-geo-get = Get my location
webform-geo-waiting = Finding your location…
webform-geo-accuracy = Location found, accurate to { $accuracy } m.
webform-geo-unavailable = Your location could not be found. You can type it in below.
webform-geo-denied = Location access is turned off for this page. You can type your location in below.
webform-geo-latitude = Latitude
webform-geo-longitude = Longitude
webform-geo-altitude = Altitude (m)
webform-geo-precision = Accuracy (m)
webform-geo-points = One point per line: latitude then longitude, for example 0.3476 32.5825
webform-file-remove = Remove file
webform-rank-up = Move up
webform-rank-down = Move down
webform-rank-keep = Keep this order
webform-range-none = No value yet
webform-select-placeholder = Choose…
webform-guidance = More information
webform-noscript = This form needs JavaScript. Please turn it on, or fill in the form with the ODK Collect app.
webform-repeat-number = number { $number }
webform-list-unavailable = A list of choices could not be loaded. Check your connection and reload the page.
webform-back-to-submission = Back to the submission
