# The engagement: today, the plan and the builder's overview.
nav-training = Training
engagement-builder = Capacity builder: { $name }
engagement-dates = { $start } to { $end }
engagement-sections = Parts of the training
engagement-plan = The plan
engagement-deliverables = Deliverables
engagement-challenges = Challenges log
engagement-calls = Calls
engagement-curriculum = Modules
today-title = Today
today-day = Day { $day } of { $days }
today-weekend = Weekend: day { $day } comes next
today-before = { $count ->
    [one] The training starts tomorrow
   *[other] The training starts in { $count } days
}
today-after = The two weeks are over
today-progress = { $percent }% of the plan done
today-tasks = What to do on { $date }
today-no-tasks = Nothing planned for this day.
today-behind = { $count ->
    [one] One earlier task is not done yet
   *[other] { $count } earlier tasks are not done yet
}
today-deliverables = Deliverables
today-due = due { $date }
today-overdue = overdue
today-open-challenges = { $count ->
    [one] One challenge is open
   *[other] { $count } challenges are open
}
today-next-call = Next call
today-join = Join the call
today-agenda = Agenda
today-no-call = No call is scheduled yet.
task-watch = Watch the video: { $module }
task-read = Read: { $module }
task-answer = Answer the discussion questions: { $module }
task-produce = Work on your { $deliverable }
task-mark-done = Mark as done
task-undo = Mark as not done
work-kind-campaign_plan = campaign plan
work-kind-smart_objective = SMART objective
work-kind-survey = survey
work-kind-pilot_report = pilot report
work-kind-challenges_log = challenges log
work-state-draft = draft
work-state-submitted = submitted, waiting for review
work-state-changes_requested = changes requested
work-state-accepted = accepted
work-late = late
plan-title = The two-week plan
plan-day = Day { $day }, { $date }
plan-tailor = Change this task
plan-task-title = Task
plan-task-title-hint = What the team should do, in a short sentence.
plan-task-details = Details
plan-task-details-hint = Optional: how this ties to the CSO's own campaign.
plan-task-day = Day
plan-task-day-hint = A working day of the training, 1 to 10.
plan-rewrite = Save the task
plan-up = Move up
plan-down = Move down
plan-move-to = Move to day
plan-move = Move
plan-remove = Remove from the plan
plan-note = Note
plan-note-hint = Tie the training to the CSO's campaign: examples, contacts, what to focus on.
plan-add-note = Add the note
plan-note-by = Note from { $name }
plan-notes = Notes for the whole plan
plan-no-notes = No notes yet.
plan-add = Add a task
plan-add-task = Add the task
plan-error-title-empty = Write what the task asks.
plan-error-title-long = Keep the task under 200 characters; put the rest in the details.
plan-error-details-long = The details are too long (4,000 characters at most).
plan-error-day = Choose a working day from 1 to 10.
plan-error-note-empty = Write the note before adding it.
plan-error-note-long = The note is too long (4,000 characters at most).
overview-title = CSOs in training
overview-none = No engagements yet.
overview-waiting = { $count ->
    [0] Nothing waits for you.
    [one] One thing waits for you.
   *[other] { $count } things wait for you.
}
overview-review = Review the { $deliverable }
overview-challenges = { $count ->
    [one] One challenge needs your guidance
   *[other] { $count } challenges need your guidance
}
overview-overdue = { $count ->
    [one] One deliverable is overdue
   *[other] { $count } deliverables are overdue
}
overview-next-call = Next call: { $time }
