//! The content of each deliverable as typed parts, read once from the edit form (trimmed,
//! bounded, dates and numbers parsed) and kept as JSON in the deliverable's row.
//!
//! Saving needs only well-formed parts; submitting also needs every required part filled
//! ([`Content::missing`]) and the kind's own rules (see `rules` and `smart`).

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use store::engagements::DeliverableKind;

/// How a part is typed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// One line of text.
    Line,
    /// A paragraph or more.
    Text,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// A number (digits, a point for decimals).
    Number,
    /// One of the organisation's forms.
    Form,
}

/// One part of a deliverable: its field name (also its JSON key) and how it is typed in.
#[derive(Debug, Clone, Copy)]
pub struct Part {
    pub name: &'static str,
    pub input: Input,
    /// Submitting needs it filled.
    pub required: bool,
}

const fn part(name: &'static str, input: Input, required: bool) -> Part {
    Part { name, input, required }
}

impl Part {
    /// The message key of its label (`…-hint` is its hint).
    pub fn label_key(&self) -> String {
        format!("deliverables-part-{}", self.name.replace('_', "-"))
    }

    pub fn hint_key(&self) -> String {
        format!("{}-hint", self.label_key())
    }
}

/// The longest one-line part, in characters.
pub const MAX_LINE: usize = 300;
/// The longest paragraph part, in characters.
pub const MAX_TEXT: usize = 4000;

/// A part that could not be read: its field and the message key saying why.
pub type PartProblem = (&'static str, &'static str);

/// Message keys of the problems a part can have.
pub const REQUIRED: &str = "deliverables-error-required";
pub const TOO_LONG: &str = "deliverables-error-too-long";
pub const BAD_DATE: &str = "deliverables-error-date";
pub const BAD_NUMBER: &str = "deliverables-error-number";

// --- The four deliverables ----------------------------------------------------------------

/// The campaign plan.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CampaignPlan {
    pub problem: String,
    pub goal: String,
    pub decision_makers: String,
    pub allies: String,
    pub audiences: String,
    pub tactics: String,
    pub timeline: String,
    /// When the campaign ends: the end of the period a SMART deadline must fall in.
    pub ends_on: Option<NaiveDate>,
    pub risks: String,
    pub data_needed: String,
}

pub const PLAN_PARTS: &[Part] = &[
    part("problem", Input::Text, true),
    part("goal", Input::Text, true),
    part("decision_makers", Input::Text, true),
    part("allies", Input::Text, false),
    part("audiences", Input::Text, true),
    part("tactics", Input::Text, true),
    part("timeline", Input::Text, true),
    part("ends_on", Input::Date, true),
    part("risks", Input::Text, true),
    part("data_needed", Input::Text, true),
];

/// The SMART objective: the five parts in words, and the structured values the automatic
/// checks read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SmartObjective {
    pub specific: String,
    pub measurable: String,
    pub achievable: String,
    pub relevant: String,
    pub time_bound: String,
    /// The number to reach.
    pub target: Option<f64>,
    /// What the numbers count (percent of taps working, households, …).
    pub unit: String,
    /// Where things stand now.
    pub baseline: Option<f64>,
    pub deadline: Option<NaiveDate>,
    /// The decision-maker who must act, or the population that will change.
    pub who: String,
}

pub const SMART_PARTS: &[Part] = &[
    part("specific", Input::Text, true),
    part("measurable", Input::Text, true),
    part("achievable", Input::Text, true),
    part("relevant", Input::Text, true),
    part("time_bound", Input::Text, true),
    // The checks explain these four when they are missing.
    part("target", Input::Number, false),
    part("unit", Input::Line, false),
    part("baseline", Input::Number, false),
    part("deadline", Input::Date, false),
    part("who", Input::Line, false),
];

/// The survey: one of the organisation's forms, and what of the objective it measures.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Survey {
    pub form_id: Option<String>,
    pub measures: String,
    /// How many responses the survey aims to collect, if it names a number.
    pub target_responses: Option<f64>,
    /// The name of the form's question whose answers measure the objective: for a select,
    /// the share of answers choosing [`measure_choice`](Self::measure_choice); for a
    /// number, the mean.
    pub measure_question: String,
    /// The choice counted when the measuring question is a select (its name in the form).
    pub measure_choice: String,
}

pub const SURVEY_PARTS: &[Part] = &[
    part("form_id", Input::Form, true),
    part("measures", Input::Text, true),
    part("target_responses", Input::Number, false),
    part("measure_question", Input::Line, false),
    part("measure_choice", Input::Line, false),
];

/// The pilot report. The pilot submissions are counted live from the survey's form; the
/// count at each submission is kept with it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PilotReport {
    pub went_wrong: String,
    pub changed: String,
    /// Pilot submissions of the survey's form when the report was submitted.
    pub pilot_submissions: Option<i64>,
}

pub const PILOT_PARTS: &[Part] = &[part("went_wrong", Input::Text, true), part("changed", Input::Text, true)];

/// A deliverable's content, of its kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    CampaignPlan(CampaignPlan),
    SmartObjective(SmartObjective),
    Survey(Survey),
    PilotReport(PilotReport),
}

/// Typed-in values by field name, as a form sends them or as a form is filled again.
pub type Typed = HashMap<String, String>;

impl Content {
    pub fn parts(kind: DeliverableKind) -> &'static [Part] {
        match kind {
            DeliverableKind::CampaignPlan => PLAN_PARTS,
            DeliverableKind::SmartObjective => SMART_PARTS,
            DeliverableKind::Survey => SURVEY_PARTS,
            DeliverableKind::PilotReport => PILOT_PARTS,
            DeliverableKind::ChallengesLog => &[],
        }
    }

    pub fn kind(&self) -> DeliverableKind {
        match self {
            Content::CampaignPlan(_) => DeliverableKind::CampaignPlan,
            Content::SmartObjective(_) => DeliverableKind::SmartObjective,
            Content::Survey(_) => DeliverableKind::Survey,
            Content::PilotReport(_) => DeliverableKind::PilotReport,
        }
    }

    fn from_value(kind: DeliverableKind, value: Value) -> Result<Self, serde_json::Error> {
        fn typed<T: DeserializeOwned>(value: Value) -> Result<T, serde_json::Error> {
            serde_json::from_value(value)
        }
        Ok(match kind {
            DeliverableKind::CampaignPlan => Content::CampaignPlan(typed(value)?),
            DeliverableKind::SmartObjective => Content::SmartObjective(typed(value)?),
            DeliverableKind::Survey => Content::Survey(typed(value)?),
            // The challenges log has no content of its own; it never reaches here.
            DeliverableKind::PilotReport | DeliverableKind::ChallengesLog => {
                Content::PilotReport(typed(value)?)
            }
        })
    }

    /// The stored JSON (`{}` for a new draft). Unreadable content is logged and read as
    /// empty, so a page still opens.
    pub fn from_json(kind: DeliverableKind, json: &str) -> Self {
        let value = serde_json::from_str(json).unwrap_or_else(|err| {
            tracing::error!(error = %err, kind = kind.as_str(), "unreadable deliverable content");
            Value::Object(Map::new())
        });
        Self::from_value(kind, value).unwrap_or_else(|err| {
            tracing::error!(error = %err, kind = kind.as_str(), "deliverable content of another shape");
            Self::from_value(kind, Value::Object(Map::new())).expect("every part has a default")
        })
    }

    pub fn to_json(&self) -> String {
        let value = match self {
            Content::CampaignPlan(c) => serde_json::to_value(c),
            Content::SmartObjective(c) => serde_json::to_value(c),
            Content::Survey(c) => serde_json::to_value(c),
            Content::PilotReport(c) => serde_json::to_value(c),
        };
        value.expect("plain structs serialise").to_string()
    }

    fn as_value(&self) -> Value {
        serde_json::from_str(&self.to_json()).expect("our own JSON reads back")
    }

    /// Reads the edit form: every part trimmed and bounded, dates and numbers parsed. Empty
    /// parts are fine here (a draft may be unfinished); problems are per field, in order.
    pub fn parse(kind: DeliverableKind, typed: &Typed) -> Result<Self, Vec<PartProblem>> {
        let mut errors = Vec::new();
        let mut map = Map::new();
        for part in Self::parts(kind) {
            let raw = typed.get(part.name).map(|v| v.trim()).unwrap_or_default();
            let value = match part.input {
                Input::Line | Input::Text => {
                    let max = if part.input == Input::Line { MAX_LINE } else { MAX_TEXT };
                    if raw.chars().count() > max {
                        errors.push((part.name, TOO_LONG));
                    }
                    Value::String(raw.to_owned())
                }
                Input::Form => {
                    if raw.is_empty() {
                        Value::Null
                    } else {
                        Value::String(raw.to_owned())
                    }
                }
                Input::Date => match parse_date(raw) {
                    Ok(Some(day)) => Value::String(day.format("%Y-%m-%d").to_string()),
                    Ok(None) => Value::Null,
                    Err(()) => {
                        errors.push((part.name, BAD_DATE));
                        Value::Null
                    }
                },
                Input::Number => match parse_number(raw) {
                    Ok(Some(n)) => serde_json::Number::from_f64(n).map(Value::Number).unwrap_or(Value::Null),
                    Ok(None) => Value::Null,
                    Err(()) => {
                        errors.push((part.name, BAD_NUMBER));
                        Value::Null
                    }
                },
            };
            map.insert(part.name.to_owned(), value);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Self::from_value(kind, Value::Object(map)).expect("the parts make the struct's own shape"))
    }

    /// The text of one part as the edit form shows it.
    pub fn value(&self, name: &str) -> String {
        match self.as_value().get(name) {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => match n.as_f64() {
                Some(f) => format_number(f),
                None => n.to_string(),
            },
            Some(other) => other.to_string(),
        }
    }

    /// Every part as the edit form shows it.
    pub fn typed(&self) -> Typed {
        Self::parts(self.kind()).iter().map(|p| (p.name.to_owned(), self.value(p.name))).collect()
    }

    /// The required parts left empty, in the form's order.
    pub fn missing(&self) -> Vec<&'static str> {
        Self::parts(self.kind())
            .iter()
            .filter(|p| p.required && self.value(p.name).trim().is_empty())
            .map(|p| p.name)
            .collect()
    }

    /// The form a survey links to.
    pub fn form_id(&self) -> Option<&str> {
        match self {
            Content::Survey(survey) => survey.form_id.as_deref(),
            _ => None,
        }
    }
}

/// A date as `YYYY-MM-DD` (what date inputs send); empty is `None`.
pub fn parse_date(raw: &str) -> Result<Option<NaiveDate>, ()> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(raw, "%Y-%m-%d").map(Some).map_err(|_| ())
}

/// A number written with digits, an optional sign and a point for decimals; empty is
/// `None`. Commas are refused: "1,5" and "1,500" mean different things in different
/// languages, and a wrong guess would change the objective.
pub fn parse_number(raw: &str) -> Result<Option<f64>, ()> {
    let raw: String = raw.trim().chars().filter(|c| *c != ' ').collect();
    if raw.is_empty() {
        return Ok(None);
    }
    let plain = raw.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || c == '.' || (i == 0 && c == '-'));
    if !plain || raw.matches('.').count() > 1 || !raw.chars().any(|c| c.is_ascii_digit()) {
        return Err(());
    }
    match raw.parse::<f64>() {
        Ok(n) if n.is_finite() && n.abs() < 1e15 => Ok(Some(n)),
        _ => Err(()),
    }
}

/// A number as people wrote it: `80`, not `80.0`.
pub fn format_number(n: f64) -> String {
    format!("{n}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(pairs: &[(&str, &str)]) -> Typed {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn numbers_are_digits_with_a_point() {
        assert_eq!(parse_number(" 80 "), Ok(Some(80.0)));
        assert_eq!(parse_number("12.5"), Ok(Some(12.5)));
        assert_eq!(parse_number("-3"), Ok(Some(-3.0)));
        assert_eq!(parse_number("1 200"), Ok(Some(1200.0)));
        assert_eq!(parse_number(""), Ok(None));
        for bad in ["1,5", "eighty", "1.2.3", "-", ".", "80%", "1e400", "--1"] {
            assert_eq!(parse_number(bad), Err(()), "{bad}");
        }
        assert_eq!(format_number(80.0), "80");
        assert_eq!(format_number(12.5), "12.5");
    }

    #[test]
    fn dates_are_year_month_day() {
        assert_eq!(parse_date("2030-03-31"), Ok(NaiveDate::from_ymd_opt(2030, 3, 31)));
        assert_eq!(parse_date(" "), Ok(None));
        for bad in ["31/03/2030", "2030-02-30", "tomorrow", "2030-3"] {
            assert_eq!(parse_date(bad), Err(()), "{bad}");
        }
    }

    #[test]
    fn a_form_reads_into_typed_parts_and_back() {
        let form = typed(&[
            ("specific", "  Repair taps  "),
            ("target", "80"),
            ("baseline", "35.5"),
            ("deadline", "2030-06-30"),
            ("who", "Kibera ward administrator"),
        ]);
        let content = Content::parse(DeliverableKind::SmartObjective, &form).unwrap();
        let Content::SmartObjective(smart) = &content else { panic!("{content:?}") };
        assert_eq!(smart.specific, "Repair taps");
        assert_eq!(smart.target, Some(80.0));
        assert_eq!(smart.deadline, NaiveDate::from_ymd_opt(2030, 6, 30));
        let again = Content::from_json(DeliverableKind::SmartObjective, &content.to_json());
        assert_eq!(again, content);
        assert_eq!(again.value("target"), "80");
        assert_eq!(again.value("baseline"), "35.5");
        assert_eq!(again.value("deadline"), "2030-06-30");
        assert_eq!(again.typed()["specific"], "Repair taps");
    }

    #[test]
    fn bad_dates_numbers_and_long_texts_are_refused_per_field() {
        let long = "x".repeat(MAX_LINE + 1);
        let form = typed(&[("target", "eighty"), ("deadline", "30/06/2030"), ("who", &long)]);
        let errors = Content::parse(DeliverableKind::SmartObjective, &form).unwrap_err();
        assert_eq!(errors, vec![("target", BAD_NUMBER), ("deadline", BAD_DATE), ("who", TOO_LONG)]);
    }

    #[test]
    fn an_empty_draft_reads_and_lists_its_missing_parts() {
        let plan = Content::from_json(DeliverableKind::CampaignPlan, "{}");
        assert_eq!(plan, Content::CampaignPlan(CampaignPlan::default()));
        let missing = plan.missing();
        assert_eq!(missing.len(), PLAN_PARTS.iter().filter(|p| p.required).count());
        assert!(missing.contains(&"goal") && missing.contains(&"ends_on") && !missing.contains(&"allies"));
        // Unreadable JSON opens as empty rather than failing the page.
        assert_eq!(
            Content::from_json(DeliverableKind::Survey, "not json"),
            Content::Survey(Survey::default())
        );
    }

    #[test]
    fn a_survey_keeps_its_form() {
        let content =
            Content::parse(DeliverableKind::Survey, &typed(&[("form_id", "f1"), ("measures", "taps")]))
                .unwrap();
        assert_eq!(content.form_id(), Some("f1"));
        let none = Content::parse(DeliverableKind::Survey, &typed(&[("form_id", " ")])).unwrap();
        assert_eq!(none.form_id(), None);
        assert_eq!(none.missing(), vec!["form_id", "measures"]);
    }
}
