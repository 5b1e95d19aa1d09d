//! Submissions (the instance XML that ODK Collect, KoboCollect or a web form sends) read
//! against the form they answer, and checked the way a form engine would: types, choices,
//! required answers (only where relevant) and constraints, each problem with its field path.
//!
//! The reader refuses what a hostile document could use against the server: DTDs (and so
//! entity expansion), documents over a size limit and nesting deeper than the form allows.

use rustc_hash::FxHashMap as HashMap;

use quick_xml::events::Event;
use xpath::{Document, Environment, Evaluator, Expr, NodeId, Tree};

use crate::model::{Element, ElementKind, Survey, Text};
use crate::refs::Index;

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
    /// Submission node -> index entry of the form element it answers.
    answers: Vec<(NodeId, usize, String)>,
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

fn local(name: &[u8]) -> String {
    let name = String::from_utf8_lossy(name);
    match name.rsplit_once(':') {
        Some((_, local)) => local.to_owned(),
        None => name.into_owned(),
    }
}

fn malformed(e: impl std::fmt::Display) -> SubmissionError {
    SubmissionError::Malformed(e.to_string())
}

/// An expression of the form, resolved and parsed once (or why it could not be).
type Compiled = Result<Expr, String>;

/// A form made ready to read and check many submissions: its elements indexed, its
/// expressions resolved and parsed once, its choice lists built as secondary instances.
/// Prepare it once per form version and reuse it.
pub struct PreparedForm<'a> {
    survey: &'a Survey,
    index: Index<'a>,
    children_of: HashMap<usize, HashMap<String, usize>>,
    expressions: HashMap<(usize, &'static str), Compiled>,
    filters: HashMap<usize, Compiled>,
    instances: Tree,
}

impl<'a> PreparedForm<'a> {
    pub fn new(survey: &'a Survey) -> Self {
        let index = Index::new(survey);
        let mut children_of: HashMap<usize, HashMap<String, usize>> = HashMap::default();
        let mut expressions = HashMap::default();
        let mut filters = HashMap::default();
        for id in 1..index.len() {
            let parent = index.parent(id).unwrap_or(0);
            children_of.entry(parent).or_default().insert(index.name(id).to_owned(), id);
            let Some(element) = index.element(id) else { continue };
            for attribute in ["relevant", "constraint"] {
                if let Some(text) = plain_bind(element, attribute) {
                    let compiled = index
                        .insert_xpaths(&text, Some(id), false, false)
                        .map_err(|e| e.to_string())
                        .and_then(|resolved| Expr::parse(&resolved).map_err(|e| e.to_string()));
                    expressions.insert((id, attribute), compiled);
                }
            }
            if let (Some(list), Some(filter)) = (&element.itemset, &element.choice_filter)
                && survey.choice_list(list).is_some()
            {
                let compiled = index
                    .insert_xpaths(filter, Some(id), true, false)
                    .map_err(|e| e.to_string())
                    .and_then(|f| {
                        Expr::parse(&format!("instance('{list}')/root/item[{f}]/name"))
                            .map_err(|e| e.to_string())
                    });
                filters.insert(id, compiled);
            }
        }
        let mut instances = Tree::new();
        add_choice_instances(&mut instances, survey);
        PreparedForm { survey, index, children_of, expressions, filters, instances }
    }

    /// Reads `xml` as a submission of this form.
    pub fn parse(&self, xml: &[u8], limits: &Limits) -> Result<Submission, SubmissionError> {
        if xml.len() > limits.max_bytes {
            return Err(SubmissionError::TooLarge { limit: limits.max_bytes });
        }
        let survey = self.survey;
        let index = &self.index;
        let children_of = &self.children_of;

        let mut reader = quick_xml::Reader::from_reader(xml);
        // The choice lists are only read by choice filters; without any, skip copying them.
        let mut tree = if self.filters.is_empty() { Tree::new() } else { self.instances.clone() };
        let mut stack: Vec<(NodeId, Option<usize>, String)> = Vec::new();
        let mut counts: Vec<HashMap<usize, usize>> = vec![HashMap::default()];
        let mut text = String::new();
        let mut elements = 0usize;
        let mut answers = Vec::new();
        let mut root_seen = false;
        let mut form_id = String::new();
        let mut version = None;
        let mut buf = Vec::new();
        loop {
            let event = reader.read_event_into(&mut buf).map_err(malformed)?;
            match event {
                Event::DocType(_) => return Err(SubmissionError::Doctype),
                Event::Start(ref e) | Event::Empty(ref e) => {
                    let is_empty = matches!(event, Event::Empty(_));
                    elements += 1;
                    if elements > limits.max_elements {
                        return Err(SubmissionError::TooManyElements { limit: limits.max_elements });
                    }
                    if stack.len() + 1 > limits.max_depth {
                        return Err(SubmissionError::TooDeep { limit: limits.max_depth });
                    }
                    let local_name = e.local_name();
                    let name = std::str::from_utf8(local_name.as_ref()).map_err(malformed)?;
                    let (node, entry, path) = match stack.last() {
                        None => {
                            if root_seen {
                                return Err(malformed("more than one root element"));
                            }
                            root_seen = true;
                            if name != survey.name {
                                return Err(SubmissionError::WrongRoot {
                                    expected: survey.name.clone(),
                                    found: name.to_owned(),
                                });
                            }
                            let root = tree.root();
                            let node = tree.add_element(root, name);
                            (node, Some(0), format!("/{name}"))
                        }
                        Some((parent, parent_entry, parent_path)) => {
                            let entry = parent_entry
                                .and_then(|p| children_of.get(&p))
                                .and_then(|c| c.get(name).copied());
                            // Only repeats are numbered, so only they are counted.
                            let path = if let Some(id) = entry.filter(|id| index.is_repeat(*id)) {
                                let seen = counts.last_mut().expect("one count map per open element");
                                let n = seen.entry(id).or_insert(0);
                                *n += 1;
                                format!("{parent_path}/{name}[{n}]")
                            } else {
                                format!("{parent_path}/{name}")
                            };
                            let node = tree.add_element(*parent, name);
                            (node, entry, path)
                        }
                    };
                    for attribute in e.attributes() {
                        let attribute = attribute.map_err(malformed)?;
                        let key = local(attribute.key.as_ref());
                        let value = attribute.unescape_value().map_err(malformed)?.into_owned();
                        if stack.is_empty() {
                            match key.as_str() {
                                "id" => form_id = value.clone(),
                                "version" => version = Some(value.clone()),
                                _ => {}
                            }
                        }
                        tree.add_attribute(node, &key, &value);
                    }
                    text.clear();
                    if is_empty {
                        answers.push((node, entry, path));
                    } else {
                        stack.push((node, entry, path));
                        counts.push(HashMap::default());
                    }
                }
                Event::Text(t) => text.push_str(&t.xml_content().map_err(malformed)?),
                Event::GeneralRef(r) => {
                    // Character references and the five predefined entities only: a DTD
                    // could define others, and DTDs are refused.
                    if let Some(ch) = r.resolve_char_ref().map_err(malformed)? {
                        text.push(ch);
                    } else {
                        let name = r.decode().map_err(malformed)?;
                        let resolved = quick_xml::escape::resolve_predefined_entity(&name)
                            .ok_or_else(|| malformed(format!("unknown entity &{name};")))?;
                        text.push_str(resolved);
                    }
                }
                Event::CData(c) => text.push_str(&String::from_utf8_lossy(&c.into_inner())),
                Event::End(_) => {
                    let (node, entry, path) = stack.pop().ok_or_else(|| malformed("unbalanced end tag"))?;
                    counts.pop();
                    let is_leaf = tree.children(node).next().is_none();
                    if is_leaf {
                        tree.set_text(node, text.trim());
                    }
                    text.clear();
                    answers.push((node, entry, path));
                }
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
        if !stack.is_empty() || !root_seen {
            return Err(malformed("the document ends before its root element closes"));
        }
        if form_id != survey.id_string {
            return Err(SubmissionError::WrongForm { expected: survey.id_string.clone(), found: form_id });
        }
        // Answers were collected as elements closed; put them back in document order.
        answers.sort_by_key(|(node, _, _)| *node);

        let mut submission = Submission {
            instance_id: String::new(),
            deprecated_id: None,
            form_id,
            version,
            fields: Vec::new(),
            attachments: Vec::new(),
            tree,
            answers: Vec::new(),
        };
        for (node, entry, path) in answers {
            let is_leaf = submission.tree.children(node).next().is_none();
            let value = if is_leaf { submission.tree.text(node).into_owned() } else { String::new() };
            if path.ends_with("/meta/instanceID") {
                submission.instance_id = value.clone();
            } else if path.ends_with("/meta/deprecatedID") {
                submission.deprecated_id = Some(value.clone()).filter(|v| !v.is_empty());
            }
            let element = entry.and_then(|id| index.element(id));
            if is_leaf && element.is_some_and(|e| bind_type(e) == Some("binary")) && !value.is_empty() {
                submission.attachments.push(value.clone());
            }
            if is_leaf && entry.is_some_and(|id| id != 0) {
                submission.fields.push(FieldValue { path: path.clone(), value });
            }
            if let Some(id) = entry {
                submission.answers.push((node, id, path));
            } else {
                submission.answers.push((node, usize::MAX, path));
            }
        }
        if submission.instance_id.is_empty() {
            return Err(SubmissionError::MissingInstanceId);
        }
        Ok(submission)
    }

    /// Checks every answer of `submission`; an empty list means it is valid.
    pub fn check(&self, submission: &Submission, env: &dyn Environment) -> Vec<Problem> {
        let survey = self.survey;
        let index = &self.index;
        let env = EnvRef(env);
        let evaluator = Evaluator::new(&submission.tree, &env);
        let mut problems = Vec::new();
        // Which answered nodes are relevant: a node is irrelevant when it, or any ancestor,
        // has a false `relevant`.
        let mut irrelevant: Vec<NodeId> = Vec::new();
        for (node, id, path) in &submission.answers {
            if *id == usize::MAX {
                if submission.tree.parent(*node).is_some_and(|p| !irrelevant.contains(&p)) {
                    problems.push(Problem { path: path.clone(), kind: ProblemKind::Unexpected });
                }
                continue;
            }
            let Some(element) = index.element(*id) else { continue };
            let parent_irrelevant = submission.tree.parent(*node).is_some_and(|p| irrelevant.contains(&p));
            let relevant = if parent_irrelevant {
                false
            } else if let Some(compiled) = self.expressions.get(&(*id, "relevant")) {
                match compiled {
                    Ok(expr) => evaluator.evaluate_boolean(expr, *node).unwrap_or(true),
                    Err(detail) => {
                        let kind = ProblemKind::Expression { detail: detail.clone() };
                        problems.push(Problem { path: path.clone(), kind });
                        true
                    }
                }
            } else {
                true
            };
            if !relevant {
                irrelevant.push(*node);
                continue;
            }
            if !matches!(element.kind, ElementKind::Question { .. }) {
                continue;
            }
            let value = submission.tree.text(*node);
            let value = value.trim();
            if value.is_empty() {
                if is_true(plain_bind(element, "required").as_deref()) {
                    let message = message(element, "jr:requiredMsg", &survey.default_language);
                    problems.push(Problem { path: path.clone(), kind: ProblemKind::Required { message } });
                }
                continue;
            }
            if let Some(expected) = type_problem(element, value) {
                problems.push(Problem { path: path.clone(), kind: ProblemKind::WrongType { expected } });
                continue;
            }
            if let Some(bad) = choice_problem(survey, element, value) {
                problems.push(Problem { path: path.clone(), kind: ProblemKind::NotAChoice { value: bad } });
                continue;
            }
            if let Some(compiled) = self.filters.get(id) {
                // Only the choices the filter leaves (cascading selects) may be chosen.
                let allowed = compiled
                    .as_ref()
                    .map_err(Clone::clone)
                    .and_then(|expr| evaluator.evaluate(expr, *node).map_err(|e| e.to_string()));
                match allowed {
                    Ok(xpath::Value::NodeSet(nodes)) => {
                        let names: Vec<String> =
                            nodes.iter().map(|n| submission.tree.text(*n).into_owned()).collect();
                        if let Some(bad) = value.split_whitespace().find(|v| !names.iter().any(|n| n == v)) {
                            let kind = ProblemKind::NotAChoice { value: bad.to_owned() };
                            problems.push(Problem { path: path.clone(), kind });
                            continue;
                        }
                    }
                    Ok(_) => {}
                    Err(detail) => {
                        problems
                            .push(Problem { path: path.clone(), kind: ProblemKind::Expression { detail } });
                        continue;
                    }
                }
            }
            if let Some(compiled) = self.expressions.get(&(*id, "constraint")) {
                match compiled {
                    Ok(expr) => match evaluator.evaluate_boolean(expr, *node) {
                        Ok(true) => {}
                        Ok(false) => {
                            let message = message(element, "jr:constraintMsg", &survey.default_language);
                            problems.push(Problem {
                                path: path.clone(),
                                kind: ProblemKind::Constraint { message },
                            });
                        }
                        Err(e) => problems.push(Problem {
                            path: path.clone(),
                            kind: ProblemKind::Expression { detail: e.to_string() },
                        }),
                    },
                    Err(detail) => problems.push(Problem {
                        path: path.clone(),
                        kind: ProblemKind::Expression { detail: detail.clone() },
                    }),
                }
            }
        }
        problems
    }
}

impl Submission {
    /// Reads `xml` as a submission of `survey` (prepare the form once with [`PreparedForm`]
    /// when reading many).
    pub fn parse(survey: &Survey, xml: &[u8], limits: &Limits) -> Result<Self, SubmissionError> {
        PreparedForm::new(survey).parse(xml, limits)
    }

    /// Checks every answer against the form; an empty list means the submission is valid.
    pub fn check(&self, survey: &Survey, env: &dyn Environment) -> Vec<Problem> {
        PreparedForm::new(survey).check(self, env)
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

fn plain_bind(element: &Element, attribute: &str) -> Option<String> {
    match element.bind_value(attribute)? {
        Text::Plain(s) if !s.trim().is_empty() => Some(s.clone()),
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

fn is_date(v: &str) -> bool {
    chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").is_ok()
}

fn is_time(v: &str) -> bool {
    let clock = v.split(['+', '-', 'Z']).next().unwrap_or(v);
    ["%H:%M:%S%.f", "%H:%M:%S", "%H:%M"].iter().any(|f| chrono::NaiveTime::parse_from_str(clock, f).is_ok())
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
    let numbers: Vec<f64> = v.split_whitespace().filter_map(|n| n.parse().ok()).collect();
    let count = v.split_whitespace().count();
    (2..=4).contains(&count)
        && numbers.len() == count
        && (-90.0..=90.0).contains(&numbers[0])
        && (-180.0..=180.0).contains(&numbers[1])
}

fn type_problem(element: &Element, value: &str) -> Option<&'static str> {
    let ok = match bind_type(element)? {
        "int" => value.parse::<i64>().is_ok(),
        "decimal" => value.parse::<f64>().is_ok_and(f64::is_finite),
        "date" => is_date(value),
        "time" => is_time(value),
        "dateTime" => is_date_time(value),
        "geopoint" => is_point(value),
        "geotrace" | "geoshape" => {
            let points: Vec<&str> = value.split(';').map(str::trim).filter(|p| !p.is_empty()).collect();
            points.len() >= 2 && points.iter().all(|p| is_point(p))
        }
        _ => return None,
    };
    if ok {
        return None;
    }
    Some(match bind_type(element)? {
        "int" => "integer",
        "decimal" => "decimal",
        "date" => "date",
        "time" => "time",
        "dateTime" => "dateTime",
        "geopoint" => "geopoint",
        "geotrace" => "geotrace",
        _ => "geoshape",
    })
}

/// The first value of a select's answer that is not one of its list's choices.
fn choice_problem(survey: &Survey, element: &Element, value: &str) -> Option<String> {
    let qtype = element.qtype()?;
    let multiple = qtype.starts_with("select all that apply") || qtype.starts_with("select_multiple");
    let single = qtype.starts_with("select one") || qtype.starts_with("select_one");
    if !(single || multiple) || qtype.contains("from file") || qtype.contains("external") {
        return None;
    }
    let list = survey.choice_list(element.itemset.as_deref()?)?;
    let known = |v: &str| list.choices.iter().any(|c| c.name == v) || v == "other";
    if multiple {
        value.split_whitespace().find(|v| !known(v)).map(str::to_owned)
    } else if known(value) {
        None
    } else {
        Some(value.to_owned())
    }
}
