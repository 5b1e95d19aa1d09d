# The data of a form: every question summarised over the submissions the filters keep.
data-title = Data of { $form }
data-table-link = Submissions table
data-submissions = { $count ->
    [0] No submission matches these filters.
    [one] One submission.
   *[other] { $count } submissions.
}
data-answered = { $count ->
    [0] no answers
    [one] one answer
   *[other] { $count } answers
}
data-skipped = { $count ->
    [one] one submission without an answer
   *[other] { $count } submissions without an answer
}
data-in-repeat = asked once per repeat: each one counts
data-mean = Mean
data-median = Median
data-min = Lowest
data-max = Highest
data-quartiles = Middle half (first to third quartile)
data-standard-deviation = Standard deviation
data-multiple-hint = Several answers could be chosen, so the shares add up to more than 100%.
data-distinct = { $count ->
    [one] one distinct answer
   *[other] { $count } distinct answers
}
data-answer = Answer
data-count = Count
data-share = Share
data-unlisted = not in the form's choices
data-link = Data: summaries of every question
