//! The summary of every question of a form over the submissions a filter keeps: answers are
//! gathered one submission at a time ([`Gathered::add`]) and summarised by the `analysis`
//! engine at the end ([`Gathered::finish`]).

use std::collections::HashMap;

use analysis::{ChoiceCounts, Histogram, NumericSummary, TextSummary, Timeline};
use chrono::NaiveDate;
use store::collection::submissions::without_positions;

use crate::submissions::fields::Question;

/// How many of the most frequent answers a text question shows.
pub const TOP_TEXTS: usize = 10;

/// What kind of summary a question gets, from its XLSForm type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Number,
    SelectOne,
    SelectMultiple,
    Date,
    Text,
    /// Locations, files and the rest: how many answered.
    Other,
}

impl Kind {
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
                _ => Kind::Other,
            }
        }
    }
}

/// The answers of one question gathered so far: one per submission, or one per repeat
/// instance inside a repeat (a missing answer outside a repeat counts as skipped).
#[derive(Debug, Default)]
struct Answers {
    texts: Vec<String>,
    numbers: Vec<f64>,
    dates: Vec<NaiveDate>,
    answered: usize,
    skipped: usize,
}

/// The answers of every question, gathered submission by submission.
#[derive(Debug)]
pub struct Gathered {
    questions: Vec<(Question, Kind)>,
    by_path: HashMap<String, usize>,
    answers: Vec<Answers>,
    submissions: usize,
}

impl Gathered {
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
        Self { questions, by_path, answers, submissions: 0 }
    }

    /// Adds one submission's `(path, value)` answers.
    pub fn add(&mut self, values: &[(String, String)]) {
        self.submissions += 1;
        let mut seen = vec![false; self.questions.len()];
        for (path, value) in values {
            let Some(&at) = self.by_path.get(&without_positions(path)) else { continue };
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let answers = &mut self.answers[at];
            match self.questions[at].1 {
                Kind::Number => match value.parse::<f64>() {
                    Ok(number) if number.is_finite() => answers.numbers.push(number),
                    _ => continue,
                },
                Kind::Date => match NaiveDate::parse_from_str(value.get(..10).unwrap_or(value), "%Y-%m-%d") {
                    Ok(date) => answers.dates.push(date),
                    Err(_) => continue,
                },
                Kind::SelectOne | Kind::SelectMultiple | Kind::Text => answers.texts.push(value.to_owned()),
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

    /// Each question's summary, in form order; `choices` gives a select's choice names in
    /// the form's order.
    pub fn finish(self, choices: impl Fn(&Question) -> Vec<String>) -> Vec<QuestionSummary> {
        self.questions
            .into_iter()
            .zip(self.answers)
            .map(|((question, kind), answers)| {
                let shape = match kind {
                    Kind::Number => Shape::Numbers {
                        summary: NumericSummary::of(&answers.numbers),
                        histogram: Histogram::of(&answers.numbers, None),
                    },
                    Kind::SelectOne | Kind::SelectMultiple => Shape::Choices {
                        counts: ChoiceCounts::of(choices(&question), answers.texts.iter()),
                        multiple: kind == Kind::SelectMultiple,
                    },
                    Kind::Date => Shape::Dates(Timeline::of(answers.dates.iter().copied())),
                    Kind::Text => {
                        Shape::Texts(TextSummary::of(answers.texts.iter().map(String::as_str), TOP_TEXTS))
                    }
                    Kind::Other => Shape::Answered,
                };
                QuestionSummary { question, answered: answers.answered, skipped: answers.skipped, shape }
            })
            .collect()
    }
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
}

/// What the summary holds, by kind of question.
#[derive(Debug)]
pub enum Shape {
    Numbers { summary: Option<NumericSummary>, histogram: Option<Histogram> },
    Choices { counts: ChoiceCounts, multiple: bool },
    Dates(Option<Timeline>),
    Texts(TextSummary),
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
        assert_eq!(Kind::of("geopoint"), Kind::Other);
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
}
