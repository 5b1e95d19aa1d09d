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
data-back = Back to the data
data-chart-download = Download the chart:
data-chart-empty = No answers yet
data-chart-answers = { $count ->
    [0] No answers.
    [one] One answer.
   *[other] { $count } answers.
}
data-chart-map-desc = { $count ->
    [0] No places.
    [one] One place on the map (latitudes, then longitudes, from … to):
   *[other] { $count } places on the map (latitudes, then longitudes, from … to):
}
data-chart-split-title = { $question } by { $by }
data-chart-split-desc = Each bar is one group, split by its answers (counts):
data-chart-crosstab-desc = Each bar is one answer to the first question, split by the answers to the second (row percentages):
# Splitting every summary by a select question
data-split-by = Split every summary by
data-split-none = (no split)
data-split-note = Every summary is split by “{ $question }”.
data-split-title = By { $question }
data-split-summary = In this group
data-split-most = most often { $answer } ({ $share })
# Questions named in the address that cannot be used
data-refused-missing = Choose the questions first.
data-refused-unknown = This form has no such question. Choose one from the list.
data-refused-not-select = Only questions with choices (select one or select multiple) can be used here. Choose another question.
data-refused-in-repeat = This question is inside a repeat, so it has several answers per submission and cannot split the others. Choose a question outside repeats.
data-refused-different-repeats = These two questions are in different repeats, so their answers cannot be paired. Choose two questions from the same repeat, or one outside repeats.
data-refused-same = Choose two different questions.
data-refused-wrong-chart = This question has no chart of that kind. Use the download links under its chart.
# Cross-tabulation
data-crosstab-link = Compare two questions
data-crosstab-page-title = Compare two questions of { $form }
data-crosstab-title = { $rows } by { $columns }
data-crosstab-needs-two = Comparing needs two questions with choices; this form has fewer.
data-crosstab-rows = Rows: the first question
data-crosstab-columns = Columns: the second question
data-crosstab-choose = Choose a question
data-crosstab-show = Compare
data-crosstab-pairs = { $count ->
    [0] No pair of answers.
    [one] One pair of answers.
   *[other] { $count } pairs of answers.
}
data-crosstab-skipped = { $count ->
    [one] one left out (a question not answered)
   *[other] { $count } left out (a question not answered)
}
data-crosstab-multiple = A question allows several answers: each chosen option is counted, so one respondent can be counted more than once and the test below is only a rough guide.
data-crosstab-how-to-read = Each cell: the count, then its share of the row and its share of the column.
data-crosstab-total = Total
data-chi-title = Are the answers related? (chi-square test)
data-chi-statistic = Chi-square
data-chi-df = Degrees of freedom
data-chi-p = p-value
data-chi-related = The answers to the two questions look related: a difference this large would happen by chance less than 5 times in 100 (p = { $p }). It shows a link, not a cause.
data-chi-unrelated = No clear relation: a difference this large could easily happen by chance (p = { $p }).
data-chi-unreliable = Unreliable: too many small expected counts ({ $small } of { $cells } cells expect fewer than 5). Do not rely on this test: collect more answers or merge choices.
data-chi-none = No test: each question needs at least two different answers.
# Progress toward the SMART target
data-progress-title = Progress toward your SMART objective
data-progress-objective = Target: { $target } { $unit }.
data-progress-baseline = Baseline: { $baseline }.
data-progress-responses = { $count } responses of the { $target } your survey aims for.
data-progress-responses-so-far = { $count ->
    [0] No responses yet.
    [one] One response so far.
   *[other] { $count } responses so far.
}
data-progress-measure-choice = Answers “{ $choice }” to “{ $question }”:
data-progress-measure-mean = Mean of “{ $question }”:
data-progress-measure-over = { $count ->
    [one] (over one answer)
   *[other] (over { $count } answers)
}
data-progress-way = { $share } of the way from the baseline to the target.
data-progress-unknown-question = The question named in your survey deliverable is not in this form: check its name.
data-progress-unknown-choice = The choice named in your survey deliverable is not one of the question's choices: check its name.
data-progress-not-measurable = The question named in your survey deliverable is neither a number nor a question with choices, so it cannot measure the objective.
data-progress-days-left = { $count ->
    [0] The deadline is today.
    [one] One day left to the deadline.
   *[other] { $count } days left to the deadline.
}
data-progress-days-past = { $count ->
    [one] The deadline passed yesterday.
   *[other] The deadline passed { $count } days ago.
}
