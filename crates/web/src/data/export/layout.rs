//! The tables of an export, from a form version's questions: the submissions' table, then one
//! per repeat (nested ones too), each with its columns. Pure.

use std::collections::{HashMap, HashSet};

use xform::{Element, ElementKind, Survey};

use crate::submissions::fields::{Labels, Question};

use super::options::ExportOptions;

/// What a question's cells hold, which decides how they are written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// Written as a number in XLSX when it reads as one.
    Number,
    /// A select_one, or a select_multiple kept in one column.
    Choice,
    /// One option of a split select_multiple: 1, 0, or empty when unanswered.
    Option(String),
    /// Geopoint, geotrace or geoshape: also a GeoJSON feature.
    Geo(Geometry),
    /// The name of a file sent with the submission.
    File,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Geometry {
    Point,
    Line,
    Polygon,
}

/// A table's column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    SubmissionId,
    InstanceId,
    ReceivedAt,
    Collector,
    Submitter,
    ReviewState,
    /// The row's number in its table, from 1: the key its repeats' rows point to.
    Index,
    /// A repeat's row: the number of its parent's row in the parent table.
    ParentIndex,
    ParentTable,
    /// An answer: the question's path without repeat positions.
    Answer {
        path: String,
        kind: Kind,
    },
}

/// One table: the submissions, or a repeat's instances.
#[derive(Debug, Clone)]
pub struct Table {
    /// A name of at most 31 characters, unique in the export (a sheet's or a file's name).
    pub name: String,
    /// The repeat's path without positions; `None` for the submissions' table.
    pub repeat: Option<String>,
    /// The parent table's position (0 is the submissions' table).
    pub parent: Option<usize>,
    pub headers: Vec<String>,
    pub columns: Vec<Column>,
}

/// The tables of an export and where each answer goes.
#[derive(Debug, Clone)]
pub struct Layout {
    pub tables: Vec<Table>,
    /// Choice labels (name -> label) of each select, by path, when labels are asked.
    pub choice_labels: HashMap<String, HashMap<String, String>>,
    /// `(table, column)` positions of each answer's path (several for a split select).
    slots: HashMap<String, Vec<(usize, usize)>>,
}

/// Types whose answer is a file sent with the submission (as the XLSForm reader names them
/// once dealiased: `image` is `photo`).
pub const FILE_TYPES: &[&str] =
    &["photo", "picture", "image", "audio", "video", "file", "background-audio", "background-video", "audit"];

fn kind_of(qtype: &str) -> Kind {
    let qtype = qtype.trim();
    let select = ["select one", "select_one", "select all that apply", "select_multiple", "rank"];
    if select.iter().any(|s| qtype.starts_with(s)) {
        return Kind::Choice;
    }
    match qtype {
        "integer" | "int" | "decimal" | "range" => Kind::Number,
        "geopoint" | "start-geopoint" | "background-geopoint" => Kind::Geo(Geometry::Point),
        "geotrace" => Kind::Geo(Geometry::Line),
        "geoshape" => Kind::Geo(Geometry::Polygon),
        _ if FILE_TYPES.contains(&qtype) => Kind::File,
        _ => Kind::Text,
    }
}

fn is_multiple(question: &Question) -> bool {
    question.qtype.starts_with("select all that apply") || question.qtype.starts_with("select_multiple")
}

/// The paths of a form's repeats, outer ones before those inside them.
pub fn repeats(survey: &Survey) -> Vec<String> {
    fn walk(elements: &[Element], prefix: &str, out: &mut Vec<String>) {
        for element in elements {
            let path = format!("{prefix}/{}", element.name);
            if matches!(element.kind, ElementKind::Repeat) {
                out.push(path.clone());
            }
            walk(&element.children, &path, out);
        }
    }
    let mut out = vec![];
    walk(&survey.children, &format!("/{}", survey.name), &mut out);
    out
}

/// The repeat a question sits in, when it is in one: the longest repeat path that prefixes it.
fn repeat_of<'a>(path: &str, repeats: &'a [String]) -> Option<&'a String> {
    repeats.iter().filter(|r| path.starts_with(&format!("{r}/"))).max_by_key(|r| r.len())
}

/// A name of at most 31 characters, without the characters sheet names forbid, unique among
/// `taken`.
fn unique_name(wanted: &str, taken: &mut HashSet<String>) -> String {
    let clean: String = wanted
        .chars()
        .map(|c| if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') { '_' } else { c })
        .collect();
    let clean = clean.trim_matches('\'').to_owned();
    let clean = if clean.is_empty() { "table".to_owned() } else { clean };
    let cut = |text: &str, chars: usize| text.chars().take(chars).collect::<String>();
    let mut name = cut(&clean, 31);
    let mut n = 2;
    while taken.contains(&name.to_lowercase()) {
        let suffix = format!("_{n}");
        name = format!("{}{suffix}", cut(&clean, 31 - suffix.len()));
        n += 1;
    }
    taken.insert(name.to_lowercase());
    name
}

impl Layout {
    /// The tables of a form whose latest version has these `questions` (`repeats`: the paths
    /// of its repeats, outer ones first), `root`: the path of the instance's root (`/data`).
    pub fn new(
        root: &str,
        questions: &[Question],
        repeats: &[String],
        labels: &Labels<'_>,
        options: &ExportOptions,
    ) -> Self {
        let mut taken = HashSet::new();
        let mut tables = vec![Table {
            name: unique_name("submissions", &mut taken),
            repeat: None,
            parent: None,
            headers: vec![],
            columns: vec![
                Column::SubmissionId,
                Column::InstanceId,
                Column::ReceivedAt,
                Column::Collector,
                Column::Submitter,
                Column::ReviewState,
                Column::Index,
            ],
        }];
        for repeat in repeats {
            let parent = repeat_of(repeat, repeats)
                .and_then(|p| tables.iter().position(|t| t.repeat.as_ref() == Some(p)))
                .unwrap_or(0);
            let short = repeat.rsplit('/').next().unwrap_or(repeat);
            tables.push(Table {
                name: unique_name(short, &mut taken),
                repeat: Some(repeat.clone()),
                parent: Some(parent),
                headers: vec![],
                columns: vec![Column::Index, Column::ParentIndex, Column::ParentTable, Column::SubmissionId],
            });
        }
        let relative =
            |path: &str| path.strip_prefix(root).unwrap_or(path).trim_start_matches('/').to_owned();
        let mut choice_labels = HashMap::new();
        let mut option_labels: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for question in questions {
            let choices = labels.choices_in(question, &options.language);
            if options.labels && !choices.is_empty() {
                choice_labels.insert(question.path.clone(), choices.iter().cloned().collect());
            }
            option_labels.insert(question.path.clone(), choices);
        }
        // Asked questions in form order, then what was recorded (metadata, calculations); the
        // instanceID and deprecatedID are already columns of their own.
        let meta = [format!("{root}/meta/instanceID"), format!("{root}/meta/deprecatedID")];
        let ordered = questions
            .iter()
            .filter(|q| !q.hidden)
            .chain(questions.iter().filter(|q| q.hidden && !meta.contains(&q.path)));
        let mut headers: Vec<Vec<String>> = vec![vec![]; tables.len()];
        let mut slots: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        for question in ordered {
            let table = repeat_of(&question.path, repeats)
                .and_then(|r| tables.iter().position(|t| t.repeat.as_ref() == Some(r)))
                .unwrap_or(0);
            let header =
                if options.labels { question.label_in(&options.language) } else { relative(&question.path) };
            let kind = kind_of(&question.qtype);
            let options_of = option_labels.get(&question.path).filter(|o| !o.is_empty());
            match options_of {
                Some(choices) if options.split_multiple && is_multiple(question) => {
                    for (name, label) in choices {
                        let column = tables[table].columns.len();
                        tables[table].columns.push(Column::Answer {
                            path: question.path.clone(),
                            kind: Kind::Option(name.clone()),
                        });
                        headers[table]
                            .push(format!("{header}/{}", if options.labels { label } else { name }));
                        slots.entry(question.path.clone()).or_default().push((table, column));
                    }
                }
                _ => {
                    let column = tables[table].columns.len();
                    tables[table].columns.push(Column::Answer { path: question.path.clone(), kind });
                    headers[table].push(header);
                    slots.entry(question.path.clone()).or_default().push((table, column));
                }
            }
        }
        for (table, answers) in tables.iter_mut().zip(headers) {
            let fixed = table.columns.len() - answers.len();
            table.headers =
                table.columns[..fixed].iter().map(|c| fixed_header(c).to_owned()).chain(answers).collect();
        }
        Self { tables, choice_labels, slots }
    }

    /// Where the answer at a path without positions goes.
    pub fn slots(&self, path: &str) -> &[(usize, usize)] {
        self.slots.get(path).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The table of a repeat (path without positions).
    pub fn table_of_repeat(&self, repeat: &str) -> Option<usize> {
        self.tables.iter().position(|t| t.repeat.as_deref() == Some(repeat))
    }

    /// Whether any column holds a place (for GeoJSON).
    pub fn has_geometry(&self) -> bool {
        self.tables
            .iter()
            .flat_map(|t| &t.columns)
            .any(|c| matches!(c, Column::Answer { kind: Kind::Geo(_), .. }))
    }
}

/// The header of a column that is not an answer: names for programs (R, Power BI), not
/// people, so the same in every language.
fn fixed_header(column: &Column) -> &'static str {
    match column {
        Column::SubmissionId => "_submission_id",
        Column::InstanceId => "instanceID",
        Column::ReceivedAt => "_received_at",
        Column::Collector => "_collector",
        Column::Submitter => "_submitter",
        Column::ReviewState => "_review_state",
        Column::Index => "_index",
        Column::ParentIndex => "_parent_index",
        Column::ParentTable => "_parent_table",
        Column::Answer { .. } => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_names_fit_a_sheet_and_never_repeat() {
        let mut taken = HashSet::new();
        let long = "a_very_long_repeat_name_that_goes_on_and_on";
        let first = unique_name(long, &mut taken);
        let second = unique_name(long, &mut taken);
        assert_eq!(first.chars().count(), 31);
        assert!(second.chars().count() <= 31 && second.ends_with("_2"), "{second}");
        assert_ne!(first, second);
        assert_eq!(unique_name("a/b:c", &mut taken), "a_b_c");
        assert_eq!(
            unique_name("Submissions", &mut HashSet::from(["submissions".to_owned()])),
            "Submissions_2"
        );
    }

    #[test]
    fn dealiased_types_have_their_kind() {
        assert_eq!(kind_of("select one district"), Kind::Choice);
        assert_eq!(kind_of("select all that apply problem"), Kind::Choice);
        assert_eq!(kind_of("photo"), Kind::File);
        assert_eq!(kind_of("int"), Kind::Number);
        assert_eq!(kind_of("geoshape"), Kind::Geo(Geometry::Polygon));
        assert_eq!(kind_of("text"), Kind::Text);
        let multiple = Question::for_tests("/d/p", "select all that apply problem", false);
        assert!(is_multiple(&multiple));
    }

    #[test]
    fn a_question_belongs_to_its_innermost_repeat() {
        let repeats = vec!["/d/hh".to_owned(), "/d/hh/member".to_owned()];
        assert_eq!(repeat_of("/d/hh/member/age", &repeats), Some(&repeats[1]));
        assert_eq!(repeat_of("/d/hh/size", &repeats), Some(&repeats[0]));
        assert_eq!(repeat_of("/d/hhold", &repeats), None);
        assert_eq!(repeat_of("/d/hh/member", &repeats), Some(&repeats[0]));
    }
}
