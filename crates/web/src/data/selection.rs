//! Questions named in a query string (`by=`, `rows=`, `columns=`, `question=`), parsed once
//! into questions of the form, or refused with a message that says why.

use super::read::FormQuestions;
use super::summary::{Grouping, Kind};
use crate::submissions::fields::Question;
use crate::submissions::table::TableQuery;

/// Why a question named in the query cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Nothing was named.
    Missing,
    /// No question of the form has that path.
    Unknown,
    /// The question is not a select.
    NotSelect,
    /// A grouping question inside a repeat (it has several answers per submission).
    InRepeat,
    /// Two questions in different repeats: their answers cannot be paired.
    DifferentRepeats,
    /// The same question twice.
    Same,
    /// A chart of another kind than the question's.
    WrongChart,
}

impl Refusal {
    /// The message key saying why.
    pub fn key(self) -> &'static str {
        match self {
            Refusal::Missing => "data-refused-missing",
            Refusal::Unknown => "data-refused-unknown",
            Refusal::NotSelect => "data-refused-not-select",
            Refusal::InRepeat => "data-refused-in-repeat",
            Refusal::DifferentRepeats => "data-refused-different-repeats",
            Refusal::Same => "data-refused-same",
            Refusal::WrongChart => "data-refused-wrong-chart",
        }
    }
}

/// A question of the form (shown ones only) by its path.
pub fn question<'a>(questions: &'a FormQuestions, path: &str) -> Result<&'a Question, Refusal> {
    let path = path.trim();
    if path.is_empty() {
        return Err(Refusal::Missing);
    }
    questions.find(path).ok_or(Refusal::Unknown)
}

/// A select question (one or several answers) by its path.
pub fn select<'a>(questions: &'a FormQuestions, path: &str) -> Result<&'a Question, Refusal> {
    let question = question(questions, path)?;
    if Kind::of(&question.qtype).is_select() { Ok(question) } else { Err(Refusal::NotSelect) }
}

/// The grouping question of a split summary: none when `by` is empty; a select outside
/// repeats otherwise.
pub fn grouping(questions: &FormQuestions, by: &str) -> Result<Option<Grouping>, Refusal> {
    let question = match select(questions, by) {
        Err(Refusal::Missing) => return Ok(None),
        other => other?,
    };
    if question.in_repeat {
        return Err(Refusal::InRepeat);
    }
    Ok(Some(Grouping {
        path: question.path.clone(),
        multiple: Kind::of(&question.qtype) == Kind::SelectMultiple,
        choices: questions.choice_names(question),
    }))
}

/// The two questions of a cross-tabulation: two different selects whose answers can be
/// paired (outside repeats, in the same repeat, or one in a repeat inside the other's).
pub fn pair<'a>(
    questions: &'a FormQuestions,
    rows: &str,
    columns: &str,
) -> Result<(&'a Question, &'a Question), Refusal> {
    let (rows, columns) = (select(questions, rows)?, select(questions, columns)?);
    if rows.path == columns.path {
        return Err(Refusal::Same);
    }
    match (&rows.repeat, &columns.repeat) {
        (Some(a), Some(b)) if !(a == b || within(a, b) || within(b, a)) => Err(Refusal::DifferentRepeats),
        _ => Ok((rows, columns)),
    }
}

/// Whether `inner` is `outer` or inside it (paths without positions).
fn within(inner: &str, outer: &str) -> bool {
    inner == outer || inner.strip_prefix(outer).is_some_and(|rest| rest.starts_with('/'))
}

/// The select questions, `(path, label)` in form order; those inside repeats only when
/// `with_repeats`.
pub fn select_questions(questions: &FormQuestions, with_repeats: bool) -> Vec<(String, String)> {
    questions
        .questions
        .iter()
        .filter(|q| !q.hidden && Kind::of(&q.qtype).is_select() && (with_repeats || !q.in_repeat))
        .map(|q| (q.path.clone(), q.label.clone()))
        .collect()
}

/// The filters as a query string (empty ones and the table's paging left out), for links
/// that keep them.
pub fn filters_query(query: &TableQuery) -> String {
    let pairs = [
        ("from", &query.from),
        ("to", &query.to),
        ("state", &query.state),
        ("collector", &query.collector),
        ("pilot", &query.pilot),
        ("field", &query.field),
        ("value", &query.value),
    ];
    let kept: Vec<(&str, &str)> =
        pairs.iter().filter(|(_, v)| !v.trim().is_empty()).map(|(k, v)| (*k, v.as_str())).collect();
    serde_urlencoded::to_string(kept).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_inside_one_another_can_be_paired() {
        assert!(within("/d/hh/person", "/d/hh"));
        assert!(within("/d/hh", "/d/hh"));
        assert!(!within("/d/hhx", "/d/hh"));
        assert!(!within("/d/farm", "/d/hh"));
    }
}
