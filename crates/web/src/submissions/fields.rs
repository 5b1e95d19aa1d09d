//! What the review pages know of a form's questions: their paths in a submission, labels,
//! and choice labels, read from the published form's model.

use std::collections::HashMap;

use store::collection::submissions::without_positions;
use xform::{Element, ElementKind, Survey, Text};

/// A question that holds an answer in a submission.
#[derive(Debug, Clone)]
pub struct Question {
    /// Path without repeat positions, e.g. `/data/household/age`.
    pub path: String,
    /// The label in the form's default language, or the name when it has none.
    pub label: String,
    /// Inside a repeat: several answers per submission.
    pub in_repeat: bool,
    /// The innermost repeat holding it (path without positions), when inside one.
    pub repeat: Option<String>,
    /// Metadata (start, device id, …) or a calculation rather than something asked.
    pub hidden: bool,
    /// The XLSForm type (`integer`, `select_one yes_no`, …).
    pub qtype: String,
    /// The author's `pii` column (personal data: yes or no), if set.
    pub pii: Option<bool>,
    /// The choice list of a select.
    list: Option<String>,
    /// The label in every language, for exports in one of them.
    texts: Text,
}

impl Question {
    /// The question's name (the last step of its path).
    pub fn name(&self) -> &str {
        self.path.rsplit('/').next().unwrap_or(&self.path)
    }

    /// The label in `language` (else the form's default language, else the name).
    pub fn label_in(&self, language: &str) -> String {
        text_in(&self.texts, language).unwrap_or_else(|| self.label.clone())
    }

    /// A question with no label or choices, for tests of what reads questions.
    #[cfg(test)]
    pub fn for_tests(path: &str, qtype: &str, in_repeat: bool) -> Self {
        let name = path.rsplit('/').next().unwrap_or(path).to_owned();
        Self {
            path: path.to_owned(),
            label: name,
            in_repeat,
            repeat: in_repeat
                .then(|| path.rsplit_once('/').map(|(parent, _)| parent).unwrap_or(path).to_owned()),
            hidden: false,
            qtype: qtype.to_owned(),
            pii: None,
            list: None,
            texts: Text::None,
        }
    }
}

/// Types that never hold an answer.
const NO_VALUE: &[&str] = &["note", "xml-external", "csv-external"];

/// Types recorded or computed, not asked: left out of the table's first columns.
const NOT_ASKED: &[&str] = &[
    "calculate",
    "start",
    "end",
    "today",
    "deviceid",
    "phonenumber",
    "simserial",
    "subscriberid",
    "username",
    "email",
    "audit",
    "start-geopoint",
    "background-audio",
    "background-geopoint",
];

/// The text in the form's default language (or its first language).
pub fn text_in(text: &Text, default_language: &str) -> Option<String> {
    let all = text.per_language(default_language);
    all.iter()
        .find(|(l, _)| *l == default_language || l.is_empty() || *l == "default")
        .or_else(|| all.first())
        .map(|(_, t)| (*t).to_owned())
        .filter(|t| !t.trim().is_empty())
}

/// Every question of the form that holds an answer, in form order.
pub fn questions(survey: &Survey) -> Vec<Question> {
    let mut out = vec![];
    let root = format!("/{}", survey.name);
    walk(survey, &survey.children, &root, None, &mut out);
    // The `meta` block (instanceID and the like) is recorded, not asked.
    let meta = format!("{root}/meta/");
    for question in &mut out {
        question.hidden |= question.path.starts_with(&meta);
    }
    out
}

fn walk(survey: &Survey, elements: &[Element], prefix: &str, repeat: Option<&str>, out: &mut Vec<Question>) {
    for element in elements {
        let path = format!("{prefix}/{}", element.name);
        match &element.kind {
            ElementKind::Group => walk(survey, &element.children, &path, repeat, out),
            ElementKind::Repeat => walk(survey, &element.children, &path, Some(&path), out),
            ElementKind::Question { qtype } => {
                if NO_VALUE.contains(&qtype.as_str()) || element.name.starts_with('@') {
                    continue;
                }
                let is_select = qtype.starts_with("select") || qtype.starts_with("rank");
                out.push(Question {
                    label: text_in(&element.label, &survey.default_language)
                        .unwrap_or_else(|| element.name.clone()),
                    path,
                    in_repeat: repeat.is_some(),
                    repeat: repeat.map(str::to_owned),
                    hidden: NOT_ASKED.contains(&qtype.as_str()) || qtype.starts_with("uri:"),
                    qtype: qtype.clone(),
                    pii: element.personal,
                    list: if is_select { element.itemset.clone() } else { None },
                    texts: element.label.clone(),
                });
            }
        }
    }
}

/// Labels of a form version, to show a submission's values.
pub struct Labels<'a> {
    survey: &'a Survey,
    questions: HashMap<String, Question>,
}

impl<'a> Labels<'a> {
    pub fn new(survey: &'a Survey) -> Self {
        let questions = questions(survey).into_iter().map(|q| (q.path.clone(), q)).collect();
        Self { survey, questions }
    }

    /// The question's label for a value's path (repeat positions allowed).
    pub fn label(&self, path: &str) -> Option<&str> {
        self.questions.get(&without_positions(path)).map(|q| q.label.as_str())
    }

    /// A select's choices in the form's order: `(name, label)`, the label in the form's
    /// default language (the name when it has none).
    pub fn choices(&self, question: &Question) -> Vec<(String, String)> {
        self.choices_in(question, &self.survey.default_language)
    }

    /// A select's choices as [`Labels::choices`], the labels in `language` (else the form's
    /// default language, else the name).
    pub fn choices_in(&self, question: &Question, language: &str) -> Vec<(String, String)> {
        let Some(list) = question.list.as_deref().and_then(|l| self.survey.choice_list(l)) else {
            return vec![];
        };
        list.choices
            .iter()
            .map(|c| {
                let label = text_in(&c.label, language).unwrap_or_else(|| c.name.clone());
                (c.name.clone(), label)
            })
            .collect()
    }

    /// The choice labels of a select's value (space-separated names for several choices).
    pub fn choice_labels(&self, path: &str, value: &str) -> Option<String> {
        let question = self.questions.get(&without_positions(path))?;
        let list = self.survey.choice_list(question.list.as_deref()?)?;
        let labels: Vec<String> = value
            .split_whitespace()
            .map(|name| {
                list.choices
                    .iter()
                    .find(|c| c.name == name)
                    .and_then(|c| text_in(&c.label, &self.survey.default_language))
                    .unwrap_or_else(|| name.to_owned())
            })
            .collect();
        (!labels.is_empty()).then(|| labels.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn survey(table: &str) -> Survey {
        let bytes = xlsform::testing::csv_from_table(table);
        let options = xlsform::Options { form_name: None, fallback_id: Some("t".into()) };
        xlsform::convert(&bytes, xlsform::Format::Csv, &options).unwrap().survey
    }

    #[test]
    fn questions_have_paths_labels_and_choices() {
        let survey = survey(
            r#"
| survey |
| | type              | name   | label        |
| | start             | start  |              |
| | note              | hello  | Welcome      |
| | select_one yn     | ok     | All good?    |
| | begin_repeat      | hh     | Household    |
| | integer           | age    | Age          |
| | end_repeat        |        |              |
| choices |
| | list_name | name | label |
| | yn        | yes  | Yes   |
| | yn        | no   | No    |
"#,
        );
        let questions = questions(&survey);
        let paths: Vec<&str> = questions.iter().map(|q| q.path.as_str()).collect();
        let root = format!("/{}", survey.name);
        let expected = ["start", "ok", "hh/age", "meta/instanceID"].map(|p| format!("{root}/{p}"));
        assert_eq!(paths, expected);
        assert!(questions[3].hidden);
        assert!(questions[0].hidden);
        assert!(!questions[1].hidden && !questions[1].in_repeat);
        assert!(questions[2].in_repeat);
        assert_eq!(questions[2].repeat, Some(format!("{root}/hh")));
        let labels = Labels::new(&survey);
        assert_eq!(labels.label(&format!("{root}/hh[2]/age")), Some("Age"));
        assert_eq!(labels.choice_labels(&format!("{root}/ok"), "no").as_deref(), Some("No"));
        assert_eq!(labels.choice_labels(&format!("{root}/hh[1]/age"), "3"), None);
    }
}
