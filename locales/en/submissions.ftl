# Reviewing submissions: the table, one submission, review states, history, webhooks.

submissions-title = Submissions: { $form }
submissions-back-to-form = Back to the form
submissions-back-to-table = Back to the submissions of { $form }
submissions-webhooks-link = Webhooks
submissions-none = No submission matches.
submissions-total = { $count ->
    [0] No submission
    [one] One submission
   *[other] { $count } submissions
}
submissions-pages = Pages
submissions-previous = Previous page
submissions-next = Next page
submissions-page-of = Page { $page } of { $pages }

submissions-filter-title = Filter
submissions-filter-from = Received from
submissions-filter-to = Received until
submissions-filter-state = Review state
submissions-filter-any = Any
submissions-filter-collector = Device or link
submissions-filter-pilot = Pilot or live
submissions-filter-pilot-all = Both
submissions-filter-pilot-live = Live only
submissions-filter-pilot-pilot = Pilot only
submissions-filter-deleted = Also show deleted submissions
submissions-filter-field = Question
submissions-filter-field-none = Any question
submissions-filter-value = Has exactly this answer
submissions-filter-apply = Show
submissions-filter-clear = Clear the filter
submissions-filter-bad-date = A date could not be read and was left out of the filter. Write dates as YYYY-MM-DD.
submissions-filter-unknown-field = The form has no field with that name, so the exact-answer filter was left out. Choose the field from the list.
submissions-filter-bad-value = That value does not suit the field's type (a whole number, a number or a date written YYYY-MM-DD), so the exact-answer filter was left out.
submissions-field-in-repeat = { $label } (any repeat)

submissions-col-received = Received
submissions-col-collector = Sent by
submissions-col-state = Review
submissions-col-problems = Problems
submissions-deleted = Deleted
submissions-pilot = Pilot
submissions-edited = Edited

submissions-state-received = Not reviewed
submissions-state-approved = Approved
submissions-state-has-issues = Has issues
submissions-state-rejected = Rejected

submissions-detail-title = Submission
submissions-deleted-notice = This submission is deleted: it is left out of the table and exports until it is restored.
submissions-older-version = This is an earlier version of an edited submission. Reviews are made on the newest version.
submissions-form-version = Form version
submissions-instance-id = Instance ID
submissions-edit = Edit
submissions-values-title = Answers
submissions-values-none = No question was answered.
submissions-question = Question
submissions-answer = Answer
submissions-has-problem = Check this answer
submissions-problems-title = { $count ->
    [one] One problem
   *[other] { $count } problems
}
submissions-problems-explained = The submission was kept as it was sent. These answers break the form's rules; check them with the person who collected the data.
submissions-problem-wrong-type = The answer is not a valid { $type }.
submissions-problem-not-a-choice = “{ $value }” is not one of the question's choices.
submissions-problem-required = A required answer is missing.
submissions-problem-required-message = A required answer is missing: { $message }
submissions-problem-constraint = The answer breaks the question's rule.
submissions-problem-constraint-message = The answer breaks the question's rule: { $message }
submissions-problem-unexpected = The form has no such question.
submissions-problem-expression = A calculation of the form could not be made: { $detail }
submissions-problem-other = A problem of kind “{ $kind }”.

submissions-files-title = Files
submissions-file-missing = Not received yet

submissions-history-title = History
submissions-history-none = Nothing has happened to this submission since it was received.
submissions-someone = Someone
submissions-event-reviewed = { $name } set the review to “{ $state }”.
submissions-event-commented = { $name } commented.
submissions-event-deleted = { $name } deleted the submission.
submissions-event-restored = { $name } restored the submission.
submissions-event-edited = A new version was received, replacing { $instance }.

submissions-review-title = Review
submissions-review-state = Review state
submissions-review-comment = Comment
submissions-review-comment-hint = Optional. Say what needs to be checked or corrected.
submissions-review-save = Save the review
submissions-review-pick-state = Choose a review state.
submissions-comment-title = Add a comment
submissions-comment-label = Comment
submissions-comment-save = Add the comment
submissions-comment-empty = Write a comment first.
submissions-comment-too-long = The comment is too long (at most 2000 characters).

submissions-versions-title = Versions
submissions-version-shown = shown here
submissions-version-current = newest

submissions-delete-title = Delete
submissions-delete-explained = A deleted submission leaves the table and exports. It can be restored.
submissions-delete = Delete this submission
submissions-restore = Restore this submission
submissions-xml = The submission as received (XML)

webhooks-title = Webhooks
webhooks-intro = A webhook sends each new or edited submission of this form, as JSON, to an address of your own system as soon as it arrives.
webhooks-added = Webhook added
webhooks-secret-explained = Each request carries the header X-DataShift-Signature: sha256= followed by the HMAC-SHA256 of the request body with this secret, in hexadecimal. Check it to be sure the data comes from DataShift.
webhooks-secret-shown-once = Copy the secret now: it is not shown again.
webhooks-list-title = Addresses
webhooks-none = No webhook yet.
webhooks-delivered-count = { $count ->
    [one] one delivered
   *[other] { $count } delivered
}
webhooks-pending-count = { $count ->
    [one] one waiting
   *[other] { $count } waiting
}
webhooks-failed-count = { $count ->
    [one] one given up
   *[other] { $count } given up
}
webhooks-last-error = Last error: { $error }
webhooks-retry = Retry now
webhooks-remove = Remove
webhooks-deliveries-title = Recent deliveries
webhooks-col-created = Queued
webhooks-col-event = Event
webhooks-col-url = Address
webhooks-col-attempts = Attempts
webhooks-col-state = State
webhooks-delivered = Delivered
webhooks-gave-up = Given up
webhooks-retrying = Failed; next attempt at { $time }
webhooks-waiting = Waiting
webhooks-add-title = Add a webhook
webhooks-url = Address (URL)
webhooks-url-hint = An https:// address of your system that accepts POST requests.
webhooks-url-invalid = Enter a full address starting with https:// or http://.
webhooks-url-private = Webhooks are sent to public internet addresses only: this address is on a private network or this server itself.
webhooks-add = Add the webhook
