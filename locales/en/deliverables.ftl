# Deliverables with review (campaign plan, SMART objective, survey, pilot report) and the
# challenges log.

deliverables-kind-campaign-plan = Campaign plan
deliverables-kind-smart-objective = SMART objective
deliverables-kind-survey = Survey
deliverables-kind-pilot-report = Pilot report
deliverables-kind-challenges-log = Challenges log

deliverables-state-draft = Draft
deliverables-state-submitted = Submitted
deliverables-state-changes-requested = Changes requested
deliverables-state-accepted = Accepted

## The list

deliverables-list-title = Deliverables
deliverables-list-intro = What your team produces during the two weeks, each reviewed by your capacity builder. Late work is still welcome: it is marked late, never refused.
deliverables-back-to-engagement = Back to the two weeks of { $organisation }
deliverables-back-to-list = Deliverables of { $organisation }
deliverables-list-due = Due: { $due }
deliverables-list-submitted = Last submitted: { $date }
deliverables-late = Late
deliverables-overdue = Overdue
deliverables-round = Round { $round }
deliverables-round-drafting = Before the first submission
deliverables-challenges-summary = Open: { $open } · Resolved: { $resolved }

## One deliverable

deliverables-status-due = Due on { $due }.
deliverables-status-overdue = It was due on { $due } and is not submitted yet. Submit it when it is ready: it will be marked late, not refused.
deliverables-status-submitted = Submitted on { $date } (round { $round }); waiting for the review of { $builder }.
deliverables-status-changes-requested = Changes were requested in round { $round }: read the comments in the history below, change it and submit it again.
deliverables-status-accepted = Accepted on { $date } by { $name }. It is final.
deliverables-late-explained = First submitted after its due day ({ $due }).
deliverables-notice-saved = Draft saved.
deliverables-notice-submitted = Submitted for review. Your capacity builder has been told by email.
deliverables-notice-changes-requested = Changes requested. The team has been told by email.
deliverables-notice-accepted = Accepted. The team has been told by email.
deliverables-notice-commented = Comment added.
deliverables-refused-accepted = This was accepted on { $date } by { $name }, so it can no longer be changed. Write a comment below if something needs saying.
deliverables-refused-in-review = This is waiting for its review, so it cannot be changed now. If changes are requested, you can change it and submit it again.
deliverables-refused-not-submitted = There is nothing to review: it is not waiting for a review (it may have been reviewed already).
deliverables-someone = Someone
deliverables-survey-objective = The SMART objective this survey serves

deliverables-edit-title = Write it
deliverables-edit-explained = Save a draft as often as you like. Submit it when every part is ready; your capacity builder then reviews it.
deliverables-required = required
deliverables-plan-goal = Your campaign goal, from the campaign plan: “{ $goal }”
deliverables-no-forms = Your organisation has no forms yet.
deliverables-go-to-forms = Upload one under Forms.
deliverables-choose-form = Choose a form
deliverables-save = Save draft
deliverables-submit = Submit for review
deliverables-content-title = What was written

deliverables-review-title = Review
deliverables-review-explained = Accept it when it is good enough to build on, or ask for changes and say what to change. Accepted work is final.
deliverables-review-comment = Your comment
deliverables-review-comment-hint = Required to ask for changes; optional when accepting.
deliverables-request-changes = Ask for changes
deliverables-accept = Accept
deliverables-review-comment-required = Say what to change, so the team knows what to do.
deliverables-comment-empty = Write a comment first.
deliverables-comment-too-long = This is too long: shorten it to 4000 characters or fewer.

deliverables-history-title = History
deliverables-history-none = Nothing has happened yet.
deliverables-snapshot = What was submitted
deliverables-event-saved = Draft saved by { $name }
deliverables-event-submitted = Submitted by { $name }
deliverables-event-resubmitted = Submitted again by { $name }
deliverables-event-changes-requested = Changes requested by { $name }
deliverables-event-accepted = Accepted by { $name }
deliverables-event-comment = Comment by { $name }
deliverables-comment-title = Comments
deliverables-comment-label = Your comment
deliverables-comment-save = Add comment

## Problems beside a field

deliverables-error-required = Fill in this part before submitting.
deliverables-error-too-long = This is too long: shorten it.
deliverables-error-date = Write the date as year-month-day, for example 2030-03-31.
deliverables-error-number = Write a number with digits only, and a point for decimals: for example 1200 or 12.5.
deliverables-error-ends-before-start = The campaign must end after the training starts ({ $start }).
deliverables-error-form-unknown = Choose one of your organisation's forms.
deliverables-error-objective-first = Submit your SMART objective first: the survey measures it.
deliverables-error-pilot-no-form = Link a form in your survey first: the pilot submissions are counted from it.
deliverables-error-pilot-none = No pilot submission has come in from the survey form yet. Try the form with a few people while it is in pilot mode, then write the report.

## The parts of each deliverable

deliverables-part-problem = The problem
deliverables-part-problem-hint = What is wrong, for whom and where? Say it as the people affected would.
deliverables-part-goal = Campaign goal
deliverables-part-goal-hint = The change your campaign wants in the end: what will be different when you win?
deliverables-part-decision-makers = Decision-makers
deliverables-part-decision-makers-hint = Who has the power to make the change? Name the office or the person.
deliverables-part-allies = Allies
deliverables-part-allies-hint = Who is on your side, or could be: other groups, officials, media, community leaders.
deliverables-part-audiences = Audiences
deliverables-part-audiences-hint = Whom must your messages reach to move the decision-makers?
deliverables-part-tactics = Tactics
deliverables-part-tactics-hint = What you will do: meetings, petitions, media, community events…
deliverables-part-timeline = Timeline
deliverables-part-timeline-hint = The main steps and when they happen.
deliverables-part-ends-on = Campaign end date
deliverables-part-ends-on-hint = The day your campaign ends. The deadline of your SMART objective must fall on or before it.
deliverables-part-risks = Risks
deliverables-part-risks-hint = What could go wrong, and what you will do about it.
deliverables-part-data-needed = Data the campaign needs
deliverables-part-data-needed-hint = What you need to know and to prove, and who could give you that information.

deliverables-part-specific = Specific
deliverables-part-specific-hint = What exactly will change, where and for whom?
deliverables-part-measurable = Measurable
deliverables-part-measurable-hint = How you will know it changed: what will you count or measure?
deliverables-part-achievable = Achievable
deliverables-part-achievable-hint = Why it is possible with your team, your time and your allies.
deliverables-part-relevant = Relevant
deliverables-part-relevant-hint = How this objective moves your campaign goal forward.
deliverables-part-time-bound = Time-bound
deliverables-part-time-bound-hint = By when, and why then.
deliverables-part-target = Target (a number)
deliverables-part-target-hint = The number you want to reach, in digits, for example 80. Use a point for decimals: 12.5.
deliverables-part-unit = What the numbers count
deliverables-part-unit-hint = For example: % of public taps working, households, girls enrolled.
deliverables-part-baseline = Baseline (the number now)
deliverables-part-baseline-hint = Where things stand today, even as an estimate, counted as the target is.
deliverables-part-deadline = Deadline
deliverables-part-deadline-hint = The day the target should be reached: after today, and no later than the end date of your campaign plan (without one, 12 months after the training starts).
deliverables-part-who = Who must act or will change
deliverables-part-who-hint = A decision-maker (for example the Kibera ward administrator) or a group of people (for example women traders at Gikomba market).

deliverables-part-form-id = The survey form
deliverables-part-form-id-hint = One of your organisation's forms (upload it under Forms first).
deliverables-part-measures = What it measures of the objective
deliverables-part-measures-hint = Which part of your SMART objective the answers measure, for example the number of working taps (your target).
deliverables-part-target-responses = Responses to collect (optional)
deliverables-part-target-responses-hint = How many responses the survey aims for, for example 120. The form's data page shows how many have come in.
deliverables-part-measure-question = The question that measures the objective (optional)
deliverables-part-measure-question-hint = The name of the form's question (its name column), for example tap_working. For a question with choices the share choosing the choice below is measured; for a number, the mean.
deliverables-part-measure-choice = The choice counted (for a question with choices)
deliverables-part-measure-choice-hint = The name of the choice (its name in the choices sheet), for example yes.

deliverables-part-went-wrong = What went wrong in the pilot
deliverables-part-went-wrong-hint = Questions people misunderstood, skips that did not work, trouble with phones or the connection, how long it took.
deliverables-part-changed = What you changed
deliverables-part-changed-hint = What you changed in the form, or in the way you collect, because of the pilot.

## The pilot count

deliverables-pilot-title = Pilot submissions
deliverables-pilot-form = Survey form: { $form }
deliverables-pilot-count = { $count ->
    [0] No pilot submission yet (counted now)
    [one] One pilot submission (counted now)
   *[other] { $count } pilot submissions (counted now)
}
deliverables-pilot-count-then = { $count ->
    [0] No pilot submission when the report was last submitted.
    [one] One pilot submission when the report was last submitted.
   *[other] { $count } pilot submissions when the report was last submitted.
}
deliverables-pilot-count-submitted = Pilot submissions when submitted
deliverables-pilot-no-form = No survey form is linked yet: choose one in the survey deliverable.

## The automatic checks of a SMART objective

deliverables-smart-checks-title = Automatic checks
deliverables-smart-checks-pass = All five checks pass: the objective can be submitted.
deliverables-smart-checks-fail = You can save a draft while checks fail, but you can submit it only when all five pass. Each one says how to fix it.
deliverables-check-passed = OK
deliverables-check-failed = To fix
deliverables-smart-check-target = A number to reach
deliverables-smart-check-baseline = A baseline
deliverables-smart-check-deadline = A deadline inside the campaign
deliverables-smart-check-who = Who must act or will change
deliverables-smart-check-plan = A link to the campaign plan
deliverables-smart-target-missing = There is no number to reach yet. Write it in “Target”, for example 80.
deliverables-smart-target-same = The target ({ $target }) is the same as the baseline, so nothing would change. Write the number you want to reach.
deliverables-smart-target-ok = The objective aims for { $target }.
deliverables-smart-baseline-missing = There is no baseline yet. Write in “Baseline” where things stand today (even an estimate), so that progress can be measured.
deliverables-smart-baseline-ok = It starts from { $baseline }.
deliverables-smart-deadline-missing = There is no deadline yet. Choose a day after today and no later than { $end }.
deliverables-smart-deadline-past = The deadline must come after today ({ $today }).
deliverables-smart-deadline-year-over = Your campaign plan has no end date, and the 12 months after the training started are over ({ $end }). Add the end date of your campaign to the campaign plan.
deliverables-smart-deadline-after-plan = The deadline falls after your campaign ends ({ $end }, the end date in your campaign plan). Choose an earlier day, or change the plan.
deliverables-smart-deadline-after-year = Your campaign plan has no end date yet, so the deadline must fall within 12 months of the start of the training: on or before { $end }. Choose an earlier day, or add an end date to the plan.
deliverables-smart-deadline-ok = The deadline, { $deadline }, falls inside your campaign (which ends on { $end }).
deliverables-smart-who-missing = It does not say who must act or who will change. Name a decision-maker or a group of people, for example “the Kibera ward administrator”.
deliverables-smart-who-vague = “{ $who }” is too vague: say exactly who, in a few words, for example a title and a place.
deliverables-smart-who-ok = It names who must act or will change: { $who }.
deliverables-smart-plan-no-goal = Your campaign plan has no goal yet. Write the goal in the campaign plan, then say here how this objective serves it.
deliverables-smart-plan-relevant-missing = Say in “Relevant” how this objective serves your campaign goal: “{ $goal }”.
deliverables-smart-plan-ok = It is linked to your campaign goal: “{ $goal }”.

## The challenges log

challenges-intro = What gets in your way during the two weeks, with the guidance of your capacity builder. Log a challenge as soon as it comes up.
challenges-open-count = { $count ->
    [0] No open challenge
    [one] One open challenge
   *[other] { $count } open challenges
}
challenges-none = No challenge logged yet.
challenges-open = Open
challenges-resolved = Resolved
challenges-logged-by = Logged by { $name } on { $date }
challenges-resolved-at = resolved { $date }
challenges-guidance-title = Guidance
challenges-guidance-by = From { $name }
challenges-guidance-waiting = Waiting for guidance from your capacity builder.
challenges-guidance-label = Your guidance
challenges-guidance-save = Save guidance
challenges-reopen = Open it again
challenges-mark-resolved = Mark resolved
challenges-add-title = Log a challenge
challenges-category = Category
challenges-choose-category = Choose a category
challenges-description = What happened
challenges-description-hint = What got in the way, and what you have tried.
challenges-add = Log it
challenges-error-category = Choose a category.
challenges-error-description-empty = Say what happened.
challenges-error-guidance-empty = Write your guidance first.
challenges-error-too-long = This is too long: shorten it.
challenges-notice-added = Challenge logged. Your capacity builder has been told.
challenges-notice-guidance = Guidance saved. The team has been told.
challenges-notice-resolved = Marked resolved.
challenges-notice-reopened = Open again.
challenges-category-connectivity = Internet connection
challenges-category-devices = Phones and devices
challenges-category-survey = The survey form
challenges-category-enumerators = Data collectors
challenges-category-respondents = Respondents
challenges-category-safety = Safety and consent
challenges-category-time = Time
challenges-category-data = Data and analysis
challenges-category-other = Something else

## Emails

email-deliverable-submitted-subject = { $organisation } submitted a deliverable: { $deliverable }
email-deliverable-submitted-body =
    Hello { $name },

    { $organisation } submitted a deliverable for your review: { $deliverable } (round { $round }).
    { $late ->
        [yes] It came in late: it was due on { $due }.
       *[other] It was due on { $due }.
    }

    Review it here:

    { $link }
email-deliverable-changes-requested-subject = Changes requested: { $deliverable }
email-deliverable-changes-requested-body =
    Hello { $name },

    { $builder } asked for changes to a deliverable of { $organisation }: { $deliverable }.

    { $comment }

    Change it and submit it again here:

    { $link }
email-deliverable-accepted-subject = Accepted: { $deliverable }
email-deliverable-accepted-body =
    Hello { $name },

    { $builder } accepted a deliverable of { $organisation }: { $deliverable }. Well done!

    { $comment }

    { $link }
email-challenge-logged-subject = New challenge at { $organisation }: { $category }
email-challenge-logged-body =
    Hello { $name },

    { $organisation } logged a challenge ({ $category }):

    { $description }

    Give your guidance here:

    { $link }
email-challenge-guidance-subject = Guidance on your challenge: { $category }
email-challenge-guidance-body =
    Hello { $name },

    { $builder } wrote guidance on a challenge you logged ({ $category }):

    { $description }

    The guidance:

    { $guidance }

    { $link }
