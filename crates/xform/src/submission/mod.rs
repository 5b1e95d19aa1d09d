//! Submissions (the instance XML that ODK Collect, KoboCollect or a web form sends) read
//! against the form they answer, and checked the way a form engine would: types, choices,
//! required answers (only where relevant) and constraints, each problem with its field path.
//!
//! The reader refuses what a hostile document could use against the server: DTDs (and so
//! entity expansion), documents over a size limit and nesting deeper than the form allows.
//!
//! A [`PreparedForm`] owns its survey and everything worked out from it once (element
//! index, parsed expressions, choice instances), so a server can keep one per form version
//! in an `Arc` and share it between threads.

mod blank;
mod check;
mod read;
mod rules;

use std::fmt::Write;
use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;
use xpath::{Document, Environment, NodeId, Tree};

use crate::model::Survey;
use crate::refs::Index;
pub use blank::blank_fields;
use rules::Rules;

/// Bounds on what a submission may be.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest document, in bytes.
    pub max_bytes: usize,
    /// Deepest element nesting.
    pub max_depth: usize,
    /// Most elements in one document.
    pub max_elements: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_bytes: 10 * 1024 * 1024, max_depth: 64, max_elements: 200_000 }
    }
}

/// Why a document could not be read as a submission of the form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SubmissionError {
    #[error("the submission is larger than {limit} bytes")]
    TooLarge { limit: usize },
    #[error("the submission nests elements deeper than {limit} levels")]
    TooDeep { limit: usize },
    #[error("the submission has more than {limit} elements")]
    TooManyElements { limit: usize },
    #[error("the submission declares a DTD, which is refused")]
    Doctype,
    #[error("the submission is not well-formed XML: {0}")]
    Malformed(String),
    #[error("the submission is for form {found:?}, not {expected:?}")]
    WrongForm { expected: String, found: String },
    #[error("the submission's root element is <{found}>, the form's is <{expected}>")]
    WrongRoot { expected: String, found: String },
    #[error("the submission has no meta/instanceID")]
    MissingInstanceId,
}

/// One answered field: its path (with repeat positions, e.g. `/data/household[2]/age`) and value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldValue {
    pub path: String,
    pub value: String,
}

/// A submission read against its form.
#[derive(Debug, Clone)]
pub struct Submission {
    /// `meta/instanceID`, e.g. `uuid:…`.
    pub instance_id: String,
    /// `meta/deprecatedID` when the submission is an edit of an earlier one.
    pub deprecated_id: Option<String>,
    /// The `id` attribute of the root element.
    pub form_id: String,
    /// The `version` attribute of the root element, if any.
    pub version: Option<String>,
    /// Every answered leaf, in document order.
    pub fields: Vec<FieldValue>,
    /// File names of the media questions' answers (photos, audio, files).
    pub attachments: Vec<String>,
    tree: Tree,
    /// Every element of the document, in document order.
    answers: Vec<Answer>,
}

/// One element of a submission and what it answers.
#[derive(Debug, Clone, Copy)]
struct Answer {
    node: NodeId,
    /// The form's entry for it; `None` for an element the form does not have.
    entry: Option<usize>,
    /// The answer of the parent element; `None` for the root element.
    parent: Option<usize>,
    /// Its position among its parent's instances of the same repeat; `None` unless a repeat.
    position: Option<usize>,
}

impl Submission {
    /// Reads `xml` as a submission of `survey` (prepare the form once with [`PreparedForm`]
    /// when reading many).
    pub fn parse(survey: &Survey, xml: &[u8], limits: &Limits) -> Result<Self, SubmissionError> {
        PreparedForm::new(survey.clone()).parse(xml, limits)
    }

    /// Checks every answer against the form; an empty list means the submission is valid.
    pub fn check(&self, survey: &Survey, env: &dyn Environment) -> Vec<Problem> {
        PreparedForm::new(survey.clone()).check(self, env)
    }

    /// The path of an answer, with repeat positions, as [`FieldValue::path`] gives it.
    fn path_of(&self, answer: usize) -> String {
        let mut chain = vec![answer];
        while let Some(parent) = chain.last().and_then(|&a| self.answers[a].parent) {
            chain.push(parent);
        }
        let mut path = String::new();
        for &a in chain.iter().rev() {
            let Answer { node, position, .. } = self.answers[a];
            push_segment(&mut path, self.tree.name(node), position);
        }
        path
    }
}

/// Appends `/name` to a path, with `[position]` for a repeat instance.
fn push_segment(path: &mut String, name: &str, position: Option<usize>) {
    path.push('/');
    path.push_str(name);
    if let Some(n) = position {
        // Writing to a String cannot fail.
        let _ = write!(path, "[{n}]");
    }
}

/// What is wrong with one field of a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The value is not of the question's type (`expected` names the type).
    WrongType { expected: &'static str },
    /// A choice that is not in the question's list.
    NotAChoice { value: String },
    /// A required question is relevant and empty; carries the form's message, if any.
    Required { message: Option<String> },
    /// The constraint is false; carries the form's message, if any.
    Constraint { message: Option<String> },
    /// An element the form does not have.
    Unexpected,
    /// An expression of the form could not be evaluated.
    Expression { detail: String },
}

/// A problem found in a submission, with the field's path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

/// One element of the form (entry 0 is the root), as reading and checking need it.
struct Entry {
    /// True for a repeat: its instances are numbered in paths.
    is_repeat: bool,
    /// The entries of its child elements, by element name.
    children: HashMap<String, usize>,
    /// What its answers must satisfy; `None` for the root.
    rules: Option<Rules>,
}

/// A form made ready to read and check many submissions: its elements indexed, its
/// expressions resolved and parsed once, its choice lists built as secondary instances.
/// Prepare it once per form version and reuse it; it owns its survey, so it can live in a
/// cache behind an `Arc` and be used from any thread.
pub struct PreparedForm {
    survey: Arc<Survey>,
    entries: Vec<Entry>,
    /// True when some select has a choice filter, which reads the choice instances.
    has_filters: bool,
    /// How many context-free `relevant` expressions a check works out once each.
    shared_relevants: usize,
    instances: Tree,
}

// A prepared form is shared between the server's threads: keep it `Send + Sync + 'static`.
const _: fn() = || {
    fn shareable<T: Send + Sync + 'static>() {}
    shareable::<PreparedForm>();
};

impl PreparedForm {
    /// Prepares `survey` (a `Survey` or an `Arc<Survey>`).
    pub fn new(survey: impl Into<Arc<Survey>>) -> Self {
        let survey = survey.into();
        let mut entries = entries(&survey);
        let shared_relevants = rules::number_shared(entries.iter_mut().filter_map(|e| e.rules.as_mut()));
        let has_filters = entries.iter().any(|e| e.rules.as_ref().is_some_and(|r| r.filter.is_some()));
        // The choice lists are only read by choice filters; without any, leave them out.
        let mut instances = Tree::new();
        if has_filters {
            add_choice_instances(&mut instances, &survey);
        }
        PreparedForm { survey, entries, has_filters, shared_relevants, instances }
    }

    /// The survey this form was prepared from.
    pub fn survey(&self) -> &Survey {
        &self.survey
    }
}

/// The entries of every element, with each one's rules worked out.
fn entries(survey: &Survey) -> Vec<Entry> {
    let index = Index::new(survey);
    let mut entries: Vec<Entry> = (0..index.len())
        .map(|id| Entry {
            is_repeat: index.is_repeat(id),
            children: HashMap::default(),
            rules: index.element(id).map(|element| Rules::new(survey, &index, id, element)),
        })
        .collect();
    for id in 1..index.len() {
        let parent = index.parent(id).unwrap_or(0);
        entries[parent].children.insert(index.name(id).to_owned(), id);
    }
    entries
}

/// Each choice list as a secondary instance (`instance('list')/root/item/name`), as the XForm
/// declares it, so that choice filters can be evaluated.
fn add_choice_instances(tree: &mut Tree, survey: &Survey) {
    for list in &survey.choices {
        let document = tree.add_instance(&list.name);
        let root = tree.add_element(document, "root");
        for choice in &list.choices {
            let item = tree.add_element(root, "item");
            tree.add_leaf(item, "name", &choice.name);
            if let Some(label) = choice.label.per_language(&survey.default_language).first() {
                tree.add_leaf(item, "label", label.1);
            }
            for (column, value) in &choice.extra {
                tree.add_leaf(item, column, value);
            }
        }
    }
}

/// Lets a `&dyn Environment` stand where the evaluator wants a sized one.
struct EnvRef<'a>(&'a dyn Environment);

impl Environment for EnvRef<'_> {
    fn now(&self) -> chrono::DateTime<chrono::FixedOffset> {
        self.0.now()
    }
    fn today(&self) -> chrono::NaiveDate {
        self.0.today()
    }
    fn random(&self) -> f64 {
        self.0.random()
    }
    fn uuid(&self) -> String {
        self.0.uuid()
    }
    fn form_version(&self) -> String {
        self.0.form_version()
    }
    fn choice_label(&self, question: &str, value: &str) -> Option<String> {
        self.0.choice_label(question, value)
    }
    fn itext(&self, id: &str) -> Option<String> {
        self.0.itext(id)
    }
}
