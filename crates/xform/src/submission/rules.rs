//! What the answers to one element must satisfy, worked out once per form: its type, its
//! choices, whether it is required, and its expressions parsed.

use std::sync::LazyLock;

use chrono::format::{Item, Parsed, StrftimeItems};
use rustc_hash::FxHashMap as HashMap;
use xpath::Expr;

use crate::model::{Element, ElementKind, Survey, Text};
use crate::refs::Index;

/// An expression of the form, resolved and parsed once (or why it could not be).
pub(super) type Compiled = Result<Expr, String>;

/// The rules of one element of the form.
pub(super) struct Rules {
    /// True for a question (groups and repeats have no value to check).
    pub question: bool,
    /// The type its value must have, when the type is checked.
    pub value_type: Option<ValueType>,
    /// True for a media question: its value is an attachment's file name.
    pub binary: bool,
    /// True when an answer is required (where relevant).
    pub required: bool,
    /// The form's message for a missing required answer.
    pub required_message: Option<String>,
    /// The form's message for a false constraint.
    pub constraint_message: Option<String>,
    /// The choice list its values come from, for a select of a list in the form.
    pub choices: Option<Choices>,
    pub relevant: Option<Compiled>,
    /// For a `relevant` whose value is the same wherever it is evaluated, its place in the
    /// values a check works out once (see [`number_shared`]).
    pub relevant_slot: Option<usize>,
    pub constraint: Option<Compiled>,
    /// The choice filter, as the expression giving the names of the choices it leaves.
    pub filter: Option<Compiled>,
}

impl Rules {
    /// The rules of `element`, entry `id` of the survey's `index`.
    pub fn new(survey: &Survey, index: &Index<'_>, id: usize, element: &Element) -> Self {
        let language = &survey.default_language;
        Rules {
            question: matches!(element.kind, ElementKind::Question { .. }),
            value_type: bind_type(element).and_then(ValueType::from_bind),
            binary: bind_type(element) == Some("binary"),
            required: is_true(plain_bind(element, "required")),
            required_message: message(element, "jr:requiredMsg", language),
            constraint_message: message(element, "jr:constraintMsg", language),
            choices: Choices::of(survey, element),
            relevant: plain_bind(element, "relevant").map(|text| compile(index, id, text)),
            relevant_slot: None,
            constraint: plain_bind(element, "constraint").map(|text| compile(index, id, text)),
            filter: filter(survey, index, id, element),
        }
    }
}

/// Gives each distinct context-free `relevant` (e.g. `/data/consent = 'yes'` on many
/// questions) a slot, so that a check evaluates it once; returns the number of slots.
pub(super) fn number_shared<'r>(rules: impl Iterator<Item = &'r mut Rules>) -> usize {
    let mut slots: HashMap<String, usize> = HashMap::default();
    for rules in rules {
        if let Some(Ok(expr)) = &rules.relevant
            && expr.is_context_free()
        {
            let next = slots.len();
            rules.relevant_slot = Some(*slots.entry(expr.to_string()).or_insert(next));
        }
    }
    slots.len()
}

/// A bind expression with its `${name}` references resolved, parsed.
fn compile(index: &Index<'_>, id: usize, text: &str) -> Compiled {
    let resolved = index.insert_xpaths(text, Some(id), false, false).map_err(|e| e.to_string())?;
    Expr::parse(&resolved).map_err(|e| e.to_string())
}

/// The choice filter of a select of a list in the form, as the path to the names it leaves.
fn filter(survey: &Survey, index: &Index<'_>, id: usize, element: &Element) -> Option<Compiled> {
    let (list, filter) = (element.itemset.as_ref()?, element.choice_filter.as_ref()?);
    survey.choice_list(list)?;
    let compiled =
        index.insert_xpaths(filter, Some(id), true, false).map_err(|e| e.to_string()).and_then(|f| {
            Expr::parse(&format!("instance('{list}')/root/item[{f}]/name")).map_err(|e| e.to_string())
        });
    Some(compiled)
}

fn plain_bind<'e>(element: &'e Element, attribute: &str) -> Option<&'e str> {
    match element.bind_value(attribute)? {
        Text::Plain(s) if !s.trim().is_empty() => Some(s),
        _ => None,
    }
}

fn bind_type(element: &Element) -> Option<&str> {
    match element.bind_value("type")? {
        Text::Plain(s) => Some(s.as_str()),
        _ => None,
    }
}

fn is_true(value: Option<&str>) -> bool {
    value.is_some_and(|v| matches!(v.trim(), "true()" | "true" | "yes"))
}

fn message(element: &Element, attribute: &str, default_language: &str) -> Option<String> {
    match element.bind_value(attribute)? {
        Text::None => None,
        Text::Plain(s) => Some(s.clone()),
        Text::Translated(texts) => texts
            .iter()
            .find(|(language, _)| language == default_language)
            .or_else(|| texts.first())
            .map(|(_, text)| text.clone()),
    }
}

/// The choice list of a select question.
pub(super) struct Choices {
    /// Its place in [`Survey::choices`].
    pub list: usize,
    /// True for `select_multiple` (space-separated values).
    pub multiple: bool,
}

impl Choices {
    /// The list of a select one / select multiple of a list in the form (not from a file).
    fn of(survey: &Survey, element: &Element) -> Option<Self> {
        let qtype = element.qtype()?;
        let multiple = qtype.starts_with("select all that apply") || qtype.starts_with("select_multiple");
        let single = qtype.starts_with("select one") || qtype.starts_with("select_one");
        if !(single || multiple) || qtype.contains("from file") || qtype.contains("external") {
            return None;
        }
        let name = element.itemset.as_deref()?;
        let list = survey.choices.iter().position(|c| c.name == name)?;
        Some(Choices { list, multiple })
    }

    /// The first value of an answer that is not one of the list's choices.
    pub fn problem(&self, survey: &Survey, value: &str) -> Option<String> {
        let list = &survey.choices[self.list];
        let known = |v: &str| list.choices.iter().any(|c| c.name == v) || v == "other";
        if self.multiple {
            value.split_whitespace().find(|v| !known(v)).map(str::to_owned)
        } else if known(value) {
            None
        } else {
            Some(value.to_owned())
        }
    }
}

/// The value types a submission's values are checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ValueType {
    Int,
    Decimal,
    Date,
    Time,
    DateTime,
    Geopoint,
    Geotrace,
    Geoshape,
}

impl ValueType {
    /// The type of a bind `type` attribute, if its values are checked.
    fn from_bind(bind: &str) -> Option<Self> {
        Some(match bind {
            "int" => ValueType::Int,
            "decimal" => ValueType::Decimal,
            "date" => ValueType::Date,
            "time" => ValueType::Time,
            "dateTime" => ValueType::DateTime,
            "geopoint" => ValueType::Geopoint,
            "geotrace" => ValueType::Geotrace,
            "geoshape" => ValueType::Geoshape,
            _ => return None,
        })
    }

    /// The type's name in a problem.
    fn name(self) -> &'static str {
        match self {
            ValueType::Int => "integer",
            ValueType::Decimal => "decimal",
            ValueType::Date => "date",
            ValueType::Time => "time",
            ValueType::DateTime => "dateTime",
            ValueType::Geopoint => "geopoint",
            ValueType::Geotrace => "geotrace",
            ValueType::Geoshape => "geoshape",
        }
    }

    /// The expected type's name when `value` is not of this type.
    pub fn problem(self, value: &str) -> Option<&'static str> {
        let ok = match self {
            ValueType::Int => value.parse::<i64>().is_ok(),
            ValueType::Decimal => value.parse::<f64>().is_ok_and(f64::is_finite),
            ValueType::Date => is_date(value),
            ValueType::Time => is_time(value),
            ValueType::DateTime => is_date_time(value),
            ValueType::Geopoint => is_point(value),
            ValueType::Geotrace | ValueType::Geoshape => is_line(value),
        };
        if ok { None } else { Some(self.name()) }
    }
}

/// A strftime format, its items read once (as `parse_from_str` would read them on every call).
type Format = LazyLock<Vec<Item<'static>>>;

static DATE: Format = LazyLock::new(|| StrftimeItems::new("%Y-%m-%d").collect());
static TIMES: [Format; 3] = [
    LazyLock::new(|| StrftimeItems::new("%H:%M:%S%.f").collect()),
    LazyLock::new(|| StrftimeItems::new("%H:%M:%S").collect()),
    LazyLock::new(|| StrftimeItems::new("%H:%M").collect()),
];

/// What `v` says in `format`, if it is written that way.
fn read(v: &str, format: &Format) -> Option<Parsed> {
    let mut parsed = Parsed::new();
    chrono::format::parse(&mut parsed, v, format.iter()).ok()?;
    Some(parsed)
}

fn is_date(v: &str) -> bool {
    read(v, &DATE).is_some_and(|p| p.to_naive_date().is_ok())
}

fn is_time(v: &str) -> bool {
    let clock = v.split(['+', '-', 'Z']).next().unwrap_or(v);
    TIMES.iter().any(|f| read(clock, f).is_some_and(|p| p.to_naive_time().is_ok()))
}

fn is_date_time(v: &str) -> bool {
    chrono::DateTime::parse_from_rfc3339(v).is_ok()
        || ["%Y-%m-%dT%H:%M:%S%.f%:z", "%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%dT%H:%M:%S%.f"].iter().any(|f| {
            chrono::DateTime::parse_from_str(v, f).is_ok()
                || chrono::NaiveDateTime::parse_from_str(v, f).is_ok()
        })
}

/// `lat lon [alt [accuracy]]` with latitude and longitude in range.
fn is_point(v: &str) -> bool {
    let mut numbers = [0.0f64; 4];
    let mut count = 0;
    for word in v.split_whitespace() {
        match (numbers.get_mut(count), word.parse()) {
            (Some(slot), Ok(n)) => *slot = n,
            _ => return false,
        }
        count += 1;
    }
    count >= 2 && (-90.0..=90.0).contains(&numbers[0]) && (-180.0..=180.0).contains(&numbers[1])
}

/// Two or more points separated by `;` (a geotrace or geoshape).
fn is_line(v: &str) -> bool {
    let mut points = v.split(';').map(str::trim).filter(|p| !p.is_empty());
    let mut count = 0;
    points.all(|p| {
        count += 1;
        is_point(p)
    }) && count >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_need_two_to_four_numbers_in_range() {
        assert!(is_point("-1.3127 36.7876 1712.4 4.8"));
        assert!(is_point("0 0"));
        assert!(!is_point("0"));
        assert!(!is_point("1 2 3 4 5"));
        assert!(!is_point("95 20"));
        assert!(!is_point("1 x"));
        assert!(!is_point("NaN 0"));
        assert!(is_line("0 0; 1 1"));
        assert!(!is_line("0 0"));
        assert!(!is_line("0 0; 1 x; 2 2"));
    }

    #[test]
    fn values_are_checked_against_their_type() {
        assert_eq!(ValueType::Int.problem("12"), None);
        assert_eq!(ValueType::Int.problem("1.5"), Some("integer"));
        assert_eq!(ValueType::Decimal.problem("inf"), Some("decimal"));
        assert_eq!(ValueType::Time.problem("09:14:00.000+03:00"), None);
        assert_eq!(ValueType::Time.problem("9:14"), None);
        assert_eq!(ValueType::Time.problem("25:00"), Some("time"));
        assert_eq!(ValueType::Date.problem("2026-11-29"), None);
        assert_eq!(ValueType::Date.problem("2026-02-30"), Some("date"));
        assert_eq!(ValueType::Date.problem("2026-11-29 "), Some("date"));
        assert_eq!(ValueType::Geotrace.problem("0 0"), Some("geotrace"));
        assert_eq!(ValueType::Geoshape.problem("0 0;1 1"), None);
    }
}
