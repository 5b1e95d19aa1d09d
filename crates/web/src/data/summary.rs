//! The summary of every question of a form over the submissions a filter keeps: answers are
//! gathered one submission at a time ([`Gathered::add`]) and summarised by the `analysis`
//! engine at the end ([`Gathered::finish`]).

use std::borrow::{Borrow, Cow};
use std::hash::Hash;

use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};

use analysis::{
    ChoiceCounts, Histogram, NumericSummary, Sample, TextSummary, Timeline, disaggregate, selected,
};
use charts::Point;
use chrono::{Datelike, NaiveDate};
use store::collection::submissions::without_positions;

use crate::submissions::fields::Question;

/// How many of the most frequent answers a text question shows.
pub const TOP_TEXTS: usize = 10;
/// The most places a map shows (the rest are counted, not drawn).
pub const MAX_POINTS: usize = 2000;

/// What kind of summary a question gets, from its XLSForm type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Number,
    SelectOne,
    SelectMultiple,
    Date,
    Text,
    /// A single location (`geopoint`): a map.
    Geopoint,
    /// Traces, shapes, files and the rest: how many answered.
    Other,
}

impl Kind {
    pub fn is_select(self) -> bool {
        matches!(self, Kind::SelectOne | Kind::SelectMultiple)
    }

    pub fn of(qtype: &str) -> Kind {
        let qtype = qtype.trim();
        if qtype.starts_with("select all that apply") || qtype.starts_with("select_multiple") {
            Kind::SelectMultiple
        } else if qtype.starts_with("select one") || qtype.starts_with("select_one") {
            Kind::SelectOne
        } else {
            match qtype {
                "integer" | "int" | "decimal" | "range" => Kind::Number,
                "date" | "dateTime" | "datetime" => Kind::Date,
                "text" | "string" | "barcode" => Kind::Text,
                "geopoint" | "start-geopoint" => Kind::Geopoint,
                _ => Kind::Other,
            }
        }
    }
}

/// The answers of one question gathered so far: one per submission, or one per repeat
/// instance inside a repeat (a missing answer outside a repeat counts as skipped).
#[derive(Debug, Default)]
struct Answers {
    /// Text and select answers, each distinct one once with its count (a million answers
    /// from a few hundred choices or phrases take a few hundred strings).
    texts: Tally<String>,
    /// Numbers by their bits (the same number, exactly, counted together).
    numbers: Tally<u64>,
    /// Days counted from the first day of the common era.
    dates: Tally<i32>,
    points: Vec<Point>,
    answered: usize,
    skipped: usize,
    /// With a grouping question: each answer again beside its group's choice name ("" for
    /// none), once per group a multi-select grouping answer names.
    grouped: Grouped,
}

/// Distinct answers with how many times each was given, in the order first seen (the order
/// `analysis` reads them in, so ties break as they would over the answers one by one).
#[derive(Debug)]
struct Tally<K> {
    counts: Vec<(K, usize)>,
    at: HashMap<K, usize>,
}

impl<K> Default for Tally<K> {
    fn default() -> Self {
        Self { counts: vec![], at: HashMap::default() }
    }
}

impl<K: Hash + Eq + Clone> Tally<K> {
    /// From `(answer, count)` pairs in the order first seen.
    fn from_counts(counts: Vec<(K, usize)>) -> Self {
        let at = counts.iter().enumerate().map(|(i, (value, _))| (value.clone(), i)).collect();
        Self { counts, at }
    }

    fn add<Q>(&mut self, value: &Q)
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ToOwned<Owned = K> + ?Sized,
    {
        match self.at.get(value) {
            Some(&at) => self.counts[at].1 += 1,
            None => {
                self.at.insert(value.to_owned(), self.counts.len());
                self.counts.push((value.to_owned(), 1));
            }
        }
    }
}

#[derive(Debug, Default)]
struct Grouped {
    texts: Vec<(String, String)>,
    numbers: Vec<(String, f64)>,
    dates: Vec<(String, NaiveDate)>,
}

/// The select question (outside repeats) whose answers split every summary.
#[derive(Debug, Clone)]
pub struct Grouping {
    pub path: String,
    pub multiple: bool,
    /// Its choice names in the form's order.
    pub choices: Vec<String>,
}

/// The answers of every question, gathered submission by submission.
#[derive(Debug)]
pub struct Gathered {
    questions: Vec<(Question, Kind)>,
    by_path: HashMap<String, usize>,
    answers: Vec<Answers>,
    submissions: usize,
    by: Option<Grouping>,
}

impl Gathered {
    /// For the questions shown (recorded metadata left out), split by `by` if given.
    pub fn grouped(questions: Vec<Question>, by: Option<Grouping>) -> Self {
        Self { by, ..Self::new(questions) }
    }

    /// For the questions shown (recorded metadata left out).
    pub fn new(questions: Vec<Question>) -> Self {
        let questions: Vec<(Question, Kind)> = questions
            .into_iter()
            .filter(|q| !q.hidden)
            .map(|q| {
                let kind = Kind::of(&q.qtype);
                (q, kind)
            })
            .collect();
        let by_path = questions.iter().enumerate().map(|(i, (q, _))| (q.path.clone(), i)).collect();
        let answers = questions.iter().map(|_| Answers::default()).collect();
        Self { questions, by_path, answers, submissions: 0, by: None }
    }

    /// The groups of one submission: the grouping answer's choice names, or `[""]`.
    fn groups_of<P: AsRef<str>, V: AsRef<str>>(&self, values: &[(P, V)]) -> Vec<String> {
        let Some(by) = &self.by else { return vec![] };
        let answer =
            values.iter().find(|(p, _)| p.as_ref() == by.path).map(|(_, v)| v.as_ref().trim()).unwrap_or("");
        let names: Vec<String> = if by.multiple {
            selected(answer).into_iter().map(str::to_owned).collect()
        } else {
            vec![answer.to_owned()]
        };
        if names.is_empty() { vec![String::new()] } else { names }
    }

    /// Adds one submission's `(path, value)` answers.
    pub fn add<P: AsRef<str>, V: AsRef<str>>(&mut self, values: &[(P, V)]) {
        self.submissions += 1;
        let groups = self.groups_of(values);
        let mut seen = vec![false; self.questions.len()];
        for (path, value) in values {
            let path = path.as_ref();
            // Most paths have no repeat positions: looked up as they are, without a copy.
            let found = if path.contains('[') {
                self.by_path.get(&without_positions(path))
            } else {
                self.by_path.get(path)
            };
            let Some(&at) = found else { continue };
            let value = value.as_ref().trim();
            if value.is_empty() {
                continue;
            }
            let answers = &mut self.answers[at];
            match self.questions[at].1 {
                Kind::Number => match value.parse::<f64>() {
                    Ok(number) if number.is_finite() => {
                        answers.numbers.add(&number.to_bits());
                        answers.grouped.numbers.extend(groups.iter().map(|g| (g.clone(), number)));
                    }
                    _ => continue,
                },
                Kind::Date => match NaiveDate::parse_from_str(value.get(..10).unwrap_or(value), "%Y-%m-%d") {
                    Ok(date) => {
                        answers.dates.add(&date.num_days_from_ce());
                        answers.grouped.dates.extend(groups.iter().map(|g| (g.clone(), date)));
                    }
                    Err(_) => continue,
                },
                Kind::SelectOne | Kind::SelectMultiple | Kind::Text => {
                    answers.texts.add(value);
                    answers.grouped.texts.extend(groups.iter().map(|g| (g.clone(), value.to_owned())));
                }
                Kind::Geopoint => match geopoint(value) {
                    Some(point) => {
                        if answers.points.len() < MAX_POINTS {
                            answers.points.push(point);
                        }
                    }
                    None => continue,
                },
                Kind::Other => {}
            }
            seen[at] = true;
            answers.answered += 1;
        }
        for (at, (question, _)) in self.questions.iter().enumerate() {
            if !seen[at] && !question.in_repeat {
                self.answers[at].skipped += 1;
            }
        }
    }

    /// How many submissions were added.
    pub fn submissions(&self) -> usize {
        self.submissions
    }

    /// Leaves out every question but the one at `path` (none when no question has it).
    pub fn keep_only(&mut self, path: &str) {
        let questions = std::mem::take(&mut self.questions);
        let answers = std::mem::take(&mut self.answers);
        (self.questions, self.answers) =
            questions.into_iter().zip(answers).filter(|((q, _), _)| q.path == path).unzip();
        self.by_path = self.questions.iter().enumerate().map(|(i, (q, _))| (q.path.clone(), i)).collect();
    }

    /// What was gathered, as text to keep (see [`Gathered::resume`]); not with a grouping
    /// question.
    pub fn kept(&self) -> serde_json::Result<String> {
        let questions = self
            .questions
            .iter()
            .zip(&self.answers)
            .map(|((question, _), answers)| KeptAnswers {
                path: Cow::Borrowed(&question.path),
                answered: answers.answered,
                skipped: answers.skipped,
                texts: Cow::Borrowed(&answers.texts.counts),
                numbers: Cow::Borrowed(&answers.numbers.counts),
                dates: Cow::Borrowed(&answers.dates.counts),
                points: answers
                    .points
                    .iter()
                    .map(|p| (p.latitude.to_bits(), p.longitude.to_bits()))
                    .collect(),
            })
            .collect();
        serde_json::to_string(&Kept { submissions: self.submissions, questions })
    }

    /// Gathering resumed from what [`Gathered::kept`] gave, for the same questions; `None`
    /// when it does not fit them (then gather again from the start).
    pub fn resume(questions: Vec<Question>, kept: &str) -> Option<Self> {
        let kept: Kept<'_> = serde_json::from_str(kept).ok()?;
        let mut gathered = Self::new(questions);
        if kept.questions.len() != gathered.questions.len() {
            return None;
        }
        gathered.submissions = kept.submissions;
        for answers in kept.questions {
            let at = *gathered.by_path.get(answers.path.as_ref())?;
            let points = answers
                .points
                .iter()
                .map(|(latitude, longitude)| {
                    Point::new(f64::from_bits(*latitude), f64::from_bits(*longitude))
                })
                .collect::<Option<Vec<Point>>>()?;
            gathered.answers[at] = Answers {
                texts: Tally::from_counts(answers.texts.into_owned()),
                numbers: Tally::from_counts(answers.numbers.into_owned()),
                dates: Tally::from_counts(answers.dates.into_owned()),
                points,
                answered: answers.answered,
                skipped: answers.skipped,
                grouped: Grouped::default(),
            };
        }
        Some(gathered)
    }

    /// Each question's summary, in form order; `choices` gives a select's choice names in
    /// the form's order.
    pub fn finish(self, choices: impl Fn(&Question) -> Vec<String>) -> Vec<QuestionSummary> {
        let by = self.by;
        self.questions
            .into_iter()
            .zip(self.answers)
            .map(|((question, kind), answers)| {
                let names = choices(&question);
                let split = by
                    .as_ref()
                    .filter(|by| by.path != question.path)
                    .and_then(|by| split(kind, &by.choices, &names, answers.grouped));
                let shape = match kind {
                    Kind::Geopoint => Shape::Points(answers.points),
                    _ => shape(
                        kind,
                        &names,
                        answers.texts.counts.iter().map(|(text, n)| (text.as_str(), *n)),
                        answers.numbers.counts.iter().map(|(bits, n)| (f64::from_bits(*bits), *n)),
                        answers.dates.counts.iter().filter_map(|(day, n)| {
                            NaiveDate::from_num_days_from_ce_opt(*day).map(|date| (date, *n))
                        }),
                    ),
                };
                QuestionSummary {
                    question,
                    answered: answers.answered,
                    skipped: answers.skipped,
                    shape,
                    split,
                }
            })
            .collect()
    }
}

/// What [`Gathered::kept`] writes: every question's answers by path.
#[derive(Serialize, Deserialize)]
struct Kept<'a> {
    submissions: usize,
    #[serde(borrow)]
    questions: Vec<KeptAnswers<'a>>,
}

#[derive(Serialize, Deserialize)]
struct KeptAnswers<'a> {
    #[serde(borrow)]
    path: Cow<'a, str>,
    answered: usize,
    skipped: usize,
    texts: Cow<'a, [(String, usize)]>,
    numbers: Cow<'a, [(u64, usize)]>,
    dates: Cow<'a, [(i32, usize)]>,
    points: Vec<(u64, u64)>,
}

/// A question's summary over some of its answers, each given with how many times it was.
fn shape<'a>(
    kind: Kind,
    choices: &[String],
    texts: impl IntoIterator<Item = (&'a str, usize)>,
    numbers: impl IntoIterator<Item = (f64, usize)>,
    dates: impl IntoIterator<Item = (NaiveDate, usize)>,
) -> Shape {
    match kind {
        Kind::Number => {
            let sample = Sample::from_counts(numbers);
            Shape::Numbers {
                summary: sample.as_ref().map(NumericSummary::of_sample),
                histogram: sample.as_ref().map(|sample| Histogram::of_sample(sample, None)),
            }
        }
        Kind::SelectOne | Kind::SelectMultiple => Shape::Choices {
            counts: ChoiceCounts::of_counts(choices, texts),
            multiple: kind == Kind::SelectMultiple,
        },
        Kind::Date => Shape::Dates(Timeline::of_counts(dates)),
        Kind::Text => Shape::Texts(TextSummary::of_counts(texts, TOP_TEXTS)),
        Kind::Geopoint | Kind::Other => Shape::Answered,
    }
}

/// A question's summary per group of the grouping question (`analysis::disaggregate`), for
/// the kinds that have one.
fn split(kind: Kind, groups: &[String], choices: &[String], grouped: Grouped) -> Option<Vec<GroupSummary>> {
    let summaries: Vec<(String, bool, usize, Shape)> = match kind {
        Kind::Number => disaggregate(groups, grouped.numbers)
            .groups
            .into_iter()
            .map(|g| {
                (
                    g.name,
                    g.unlisted,
                    g.items.len(),
                    shape(kind, choices, [], g.items.iter().map(|&number| (number, 1)), []),
                )
            })
            .collect(),
        Kind::Date => disaggregate(groups, grouped.dates)
            .groups
            .into_iter()
            .map(|g| {
                let answered = g.items.len();
                (
                    g.name,
                    g.unlisted,
                    answered,
                    shape(kind, choices, [], [], g.items.into_iter().map(|date| (date, 1))),
                )
            })
            .collect(),
        Kind::SelectOne | Kind::SelectMultiple | Kind::Text => disaggregate(groups, grouped.texts)
            .groups
            .into_iter()
            .map(|g| {
                let answered = g.items.len();
                (
                    g.name,
                    g.unlisted,
                    answered,
                    shape(kind, choices, g.items.iter().map(|text| (text.as_str(), 1)), [], []),
                )
            })
            .collect(),
        Kind::Geopoint | Kind::Other => return None,
    };
    Some(
        summaries
            .into_iter()
            .map(|(name, unlisted, answered, shape)| GroupSummary { name, unlisted, answered, shape })
            .collect(),
    )
}

/// A geopoint's answer (`latitude longitude altitude accuracy`) as a place on Earth.
pub fn geopoint(value: &str) -> Option<Point> {
    let mut parts = value.split_whitespace().map(str::parse::<f64>);
    let (latitude, longitude) = (parts.next()?.ok()?, parts.next()?.ok()?);
    Point::new(latitude, longitude)
}

/// One group's part of a split summary.
#[derive(Debug)]
pub struct GroupSummary {
    /// The grouping question's choice name.
    pub name: String,
    pub unlisted: bool,
    /// Answers in this group.
    pub answered: usize,
    pub shape: Shape,
}

/// One question's summary.
#[derive(Debug)]
pub struct QuestionSummary {
    pub question: Question,
    /// Answers counted (one per repeat instance inside a repeat).
    pub answered: usize,
    /// Submissions without an answer (outside repeats).
    pub skipped: usize,
    pub shape: Shape,
    /// Split by the grouping question, when one is chosen (and the kind can be split).
    pub split: Option<Vec<GroupSummary>>,
}

/// What the summary holds, by kind of question.
#[derive(Debug)]
pub enum Shape {
    Numbers {
        summary: Option<NumericSummary>,
        histogram: Option<Histogram>,
    },
    Choices {
        counts: ChoiceCounts,
        multiple: bool,
    },
    Dates(Option<Timeline>),
    Texts(TextSummary),
    /// Places, at most [`MAX_POINTS`] of them.
    Points(Vec<Point>),
    Answered,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(path: &str, qtype: &str, in_repeat: bool) -> Question {
        Question::for_tests(path, qtype, in_repeat)
    }

    fn values(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(p, v)| ((*p).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn kinds_come_from_the_xlsform_type() {
        assert_eq!(Kind::of("select_one yes_no"), Kind::SelectOne);
        assert_eq!(Kind::of("select all that apply crops"), Kind::SelectMultiple);
        assert_eq!(Kind::of("integer"), Kind::Number);
        assert_eq!(Kind::of("dateTime"), Kind::Date);
        assert_eq!(Kind::of("geopoint"), Kind::Geopoint);
        assert_eq!(Kind::of("geotrace"), Kind::Other);
    }

    #[test]
    fn answers_are_summarised_per_kind_and_missing_ones_count_as_skipped() {
        let mut gathered = Gathered::new(vec![
            question("/d/age", "integer", false),
            question("/d/crops", "select_multiple crops", false),
            question("/d/hh/name", "text", true),
            question("/d/visit", "date", false),
        ]);
        gathered.add(&values(&[
            ("/d/age", "30"),
            ("/d/crops", "maize beans"),
            ("/d/hh[1]/name", "Ana"),
            ("/d/hh[2]/name", "ana "),
        ]));
        gathered.add(&values(&[("/d/age", "41"), ("/d/crops", "maize"), ("/d/visit", "2026-11-02")]));
        gathered.add(&values(&[("/d/age", "not a number"), ("/d/visit", "2026-11-04")]));
        assert_eq!(gathered.submissions(), 3);
        let summaries = gathered.finish(|_| vec!["maize".into(), "beans".into(), "rice".into()]);
        let age = &summaries[0];
        assert_eq!((age.answered, age.skipped), (2, 1), "an unreadable number is not an answer");
        let Shape::Numbers { summary: Some(summary), .. } = &age.shape else { panic!("{:?}", age.shape) };
        assert_eq!((summary.count, summary.mean), (2, 35.5));
        let Shape::Choices { counts, multiple: true } = &summaries[1].shape else { panic!() };
        assert_eq!(
            (counts.count_of("maize"), counts.count_of("beans"), counts.count_of("rice")),
            (Some(2), Some(1), Some(0))
        );
        assert_eq!(summaries[1].skipped, 1);
        // Inside a repeat: one answer per instance, and no submission is "skipped".
        let names = &summaries[2];
        assert_eq!((names.answered, names.skipped), (2, 0));
        let Shape::Texts(texts) = &names.shape else { panic!() };
        assert_eq!((texts.top[0].count, texts.distinct), (2, 1));
        let Shape::Dates(Some(timeline)) = &summaries[3].shape else { panic!() };
        assert_eq!(timeline.total(), 2);
    }

    #[test]
    fn a_grouping_question_splits_every_summary() {
        let by = Grouping {
            path: "/d/district".into(),
            multiple: false,
            choices: vec!["nyeri".into(), "kisumu".into()],
        };
        let mut gathered = Gathered::grouped(
            vec![
                question("/d/district", "select_one district", false),
                question("/d/age", "integer", false),
                question("/d/home", "geopoint", false),
            ],
            Some(by),
        );
        gathered.add(&values(&[("/d/district", "nyeri"), ("/d/age", "30"), ("/d/home", "-1.2 36.8 0 5")]));
        gathered.add(&values(&[("/d/district", "nyeri"), ("/d/age", "50")]));
        gathered.add(&values(&[("/d/district", "kisumu"), ("/d/age", "41"), ("/d/home", "junk")]));
        gathered.add(&values(&[("/d/age", "7")]));
        let summaries = gathered
            .finish(|q| if q.path == "/d/district" { vec!["nyeri".into(), "kisumu".into()] } else { vec![] });
        assert!(summaries[0].split.is_none(), "the grouping question is not split by itself");
        let groups = summaries[1].split.as_ref().unwrap();
        let means: Vec<(&str, usize, Option<f64>)> = groups
            .iter()
            .map(|g| match &g.shape {
                Shape::Numbers { summary, .. } => {
                    (g.name.as_str(), g.answered, summary.as_ref().map(|s| s.mean))
                }
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(means, [("nyeri", 2, Some(40.0)), ("kisumu", 1, Some(41.0))]);
        let Shape::Points(points) = &summaries[2].shape else { panic!() };
        assert_eq!(points.len(), 1, "an unreadable place is left out");
        assert_eq!((points[0].latitude, points[0].longitude), (-1.2, 36.8));
    }
}
