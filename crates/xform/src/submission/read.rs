//! Reading a submission's XML against a prepared form, in one pass over quick-xml's events.
//!
//! Each element becomes a node of the submission's tree and an [`Answer`]; each leaf that
//! the form knows becomes a [`FieldValue`]. Paths are built in one buffer, a segment pushed
//! when an element opens and cut off when it closes.

use std::borrow::Cow;

use quick_xml::events::{BytesRef, BytesStart, BytesText, Event};
use rustc_hash::FxHashMap as HashMap;
use xpath::{Document, NodeId, Tree};

use super::{Answer, FieldValue, Limits, PreparedForm, Submission, SubmissionError, push_segment};

fn malformed(e: impl std::fmt::Display) -> SubmissionError {
    SubmissionError::Malformed(e.to_string())
}

/// The local part of a qualified name (`jr` for `xmlns:jr`).
fn local(name: &[u8]) -> Cow<'_, str> {
    match String::from_utf8_lossy(name) {
        Cow::Borrowed(name) => Cow::Borrowed(name.rsplit_once(':').map_or(name, |(_, local)| local)),
        Cow::Owned(name) => {
            Cow::Owned(name.rsplit_once(':').map_or(name.as_str(), |(_, local)| local).to_owned())
        }
    }
}

/// An element whose end tag has not been read yet.
struct Open {
    /// Its answer in [`Submission::answers`].
    answer: usize,
    /// The length of the path before its segment.
    path_len: usize,
    /// How many instances of each repeat have been seen among its children.
    repeats: HashMap<usize, usize>,
}

/// The state of one reading.
struct Reader<'f> {
    form: &'f PreparedForm,
    limits: &'f Limits,
    submission: Submission,
    open: Vec<Open>,
    /// The path of the innermost open element.
    path: String,
    /// The text read since the last tag.
    text: String,
    elements: usize,
    root_seen: bool,
}

impl PreparedForm {
    /// Reads `xml` as a submission of this form.
    pub fn parse(&self, xml: &[u8], limits: &Limits) -> Result<Submission, SubmissionError> {
        if xml.len() > limits.max_bytes {
            return Err(SubmissionError::TooLarge { limit: limits.max_bytes });
        }
        let mut reader = Reader::new(self, limits, xml.len());
        let mut events = quick_xml::Reader::from_reader(xml);
        loop {
            match events.read_event().map_err(malformed)? {
                Event::DocType(_) => return Err(SubmissionError::Doctype),
                Event::Start(e) => reader.start(&e, false)?,
                Event::Empty(e) => reader.start(&e, true)?,
                Event::Text(t) => reader.push_text(&t)?,
                Event::GeneralRef(r) => reader.reference(&r)?,
                Event::CData(c) => reader.text.push_str(&String::from_utf8_lossy(&c)),
                Event::End(_) => reader.end()?,
                Event::Eof => break,
                _ => {}
            }
        }
        reader.finish()
    }
}

impl<'f> Reader<'f> {
    fn new(form: &'f PreparedForm, limits: &'f Limits, bytes: usize) -> Self {
        // Names and text take fewer bytes than the document; a node per form element is a
        // good first guess, and repeats grow it.
        let elements = form.entries.len() + 8;
        // The choice lists are only read by choice filters; without any, skip copying them.
        let tree = if form.has_filters {
            let mut tree = form.instances.clone();
            tree.reserve(elements * 2, bytes);
            tree
        } else {
            Tree::with_capacity(elements * 2, bytes)
        };
        let submission = Submission {
            instance_id: String::new(),
            deprecated_id: None,
            form_id: String::new(),
            version: None,
            fields: Vec::with_capacity(elements),
            attachments: Vec::new(),
            tree,
            answers: Vec::with_capacity(elements),
        };
        Reader {
            form,
            limits,
            submission,
            open: Vec::with_capacity(8),
            path: String::with_capacity(128),
            text: String::with_capacity(64),
            elements: 0,
            root_seen: false,
        }
    }

    /// An element opens (and, when `empty`, closes at once).
    fn start(&mut self, e: &BytesStart<'_>, empty: bool) -> Result<(), SubmissionError> {
        self.count()?;
        let local_name = e.local_name();
        let name = std::str::from_utf8(local_name.as_ref()).map_err(malformed)?;
        let path_len = self.path.len();
        let answer = self.answer(name)?;
        self.attributes(e, answer.node)?;
        self.text.clear();
        self.submission.answers.push(answer);
        self.meta_starts();
        if empty {
            self.leaf(answer.entry, "");
            self.path.truncate(path_len);
        } else {
            let answer = self.submission.answers.len() - 1;
            self.open.push(Open { answer, path_len, repeats: HashMap::default() });
        }
        Ok(())
    }

    /// Counts one more element against the limits.
    fn count(&mut self) -> Result<(), SubmissionError> {
        self.elements += 1;
        if self.elements > self.limits.max_elements {
            return Err(SubmissionError::TooManyElements { limit: self.limits.max_elements });
        }
        if self.open.len() + 1 > self.limits.max_depth {
            return Err(SubmissionError::TooDeep { limit: self.limits.max_depth });
        }
        Ok(())
    }

    /// The answer of an element opening here: its node added to the tree, its path segment
    /// added to the path.
    fn answer(&mut self, name: &str) -> Result<Answer, SubmissionError> {
        let (parent, entry, position) = match self.open.last_mut() {
            None => (None, Some(self.root(name)?), None),
            Some(open) => {
                let parent = &self.submission.answers[open.answer];
                let entry = parent.entry.and_then(|p| self.form.entries[p].children.get(name).copied());
                // Only repeats are numbered, so only they are counted.
                let position = entry.filter(|&id| self.form.entries[id].is_repeat).map(|id| {
                    let seen = open.repeats.entry(id).or_insert(0);
                    *seen += 1;
                    *seen
                });
                push_segment(&mut self.path, name, position);
                (Some(open.answer), entry, position)
            }
        };
        let tree = &mut self.submission.tree;
        let parent_node = parent.map_or(tree.root(), |p| self.submission.answers[p].node);
        let node = tree.add_element(parent_node, name);
        Ok(Answer { node, entry, parent, position })
    }

    /// The root element, which must be the form's: its entry (0), its path started.
    fn root(&mut self, name: &str) -> Result<usize, SubmissionError> {
        if self.root_seen {
            return Err(malformed("more than one root element"));
        }
        self.root_seen = true;
        let expected = &self.form.survey.name;
        if name != expected {
            return Err(SubmissionError::WrongRoot { expected: expected.clone(), found: name.to_owned() });
        }
        push_segment(&mut self.path, name, None);
        Ok(0)
    }

    /// Copies an element's attributes into the tree; the root's `id` and `version` are kept.
    fn attributes(&mut self, e: &BytesStart<'_>, node: NodeId) -> Result<(), SubmissionError> {
        // Most elements have none: only whitespace after their name.
        if e.attributes_raw().iter().all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n')) {
            return Ok(());
        }
        let is_root = self.open.is_empty();
        for attribute in e.attributes() {
            let attribute = attribute.map_err(malformed)?;
            let key = local(attribute.key.as_ref());
            let value = attribute.unescape_value().map_err(malformed)?;
            if is_root {
                match key.as_ref() {
                    "id" => self.submission.form_id = value.to_string(),
                    "version" => self.submission.version = Some(value.to_string()),
                    _ => {}
                }
            }
            self.submission.tree.add_attribute(node, &key, &value);
        }
        Ok(())
    }

    /// `meta/instanceID` and `meta/deprecatedID` are emptied when they open, so that the
    /// last one in the document gives the value, as when their values are read in order.
    fn meta_starts(&mut self) {
        if self.path.ends_with("/meta/instanceID") {
            self.submission.instance_id.clear();
        } else if self.path.ends_with("/meta/deprecatedID") {
            self.submission.deprecated_id = None;
        }
    }

    /// Text between tags.
    fn push_text(&mut self, t: &BytesText<'_>) -> Result<(), SubmissionError> {
        // The indentation between elements is most of a submission's text. Whitespace at the
        // start of an element's text is trimmed from its value, so it need not be read at all.
        if self.text.is_empty() && t.iter().all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
            return Ok(());
        }
        self.text.push_str(&t.xml_content().map_err(malformed)?);
        Ok(())
    }

    /// A character or entity reference in text.
    fn reference(&mut self, r: &BytesRef<'_>) -> Result<(), SubmissionError> {
        // Character references and the five predefined entities only: a DTD could define
        // others, and DTDs are refused.
        if let Some(ch) = r.resolve_char_ref().map_err(malformed)? {
            self.text.push(ch);
        } else {
            let name = r.decode().map_err(malformed)?;
            let resolved = quick_xml::escape::resolve_predefined_entity(&name)
                .ok_or_else(|| malformed(format!("unknown entity &{name};")))?;
            self.text.push_str(resolved);
        }
        Ok(())
    }

    /// An element closes: a leaf gets its text as value.
    fn end(&mut self) -> Result<(), SubmissionError> {
        let open = self.open.pop().ok_or_else(|| malformed("unbalanced end tag"))?;
        let Answer { node, entry, .. } = self.submission.answers[open.answer];
        if self.submission.tree.is_leaf(node) {
            let text = std::mem::take(&mut self.text);
            let value = text.trim();
            self.submission.tree.set_text(node, value);
            self.leaf(entry, value);
            self.text = text;
        }
        self.text.clear();
        self.path.truncate(open.path_len);
        Ok(())
    }

    /// A leaf at the current path with its value: a field when the form has it, an
    /// attachment for a media question, or the submission's ids.
    fn leaf(&mut self, entry: Option<usize>, value: &str) {
        let submission = &mut self.submission;
        if self.path.ends_with("/meta/instanceID") {
            value.clone_into(&mut submission.instance_id);
        } else if self.path.ends_with("/meta/deprecatedID") {
            submission.deprecated_id = Some(value.to_owned()).filter(|v| !v.is_empty());
        }
        let Some(id) = entry.filter(|&id| id != 0) else { return };
        let binary = self.form.entries[id].rules.as_ref().is_some_and(|r| r.binary);
        if binary && !value.is_empty() {
            submission.attachments.push(value.to_owned());
        }
        submission.fields.push(FieldValue { path: self.path.clone(), value: value.to_owned() });
    }

    /// The document has been read: it must have been whole, of this form, with an instance id.
    fn finish(self) -> Result<Submission, SubmissionError> {
        if !self.open.is_empty() || !self.root_seen {
            return Err(malformed("the document ends before its root element closes"));
        }
        let submission = self.submission;
        let expected = &self.form.survey.id_string;
        if &submission.form_id != expected {
            return Err(SubmissionError::WrongForm { expected: expected.clone(), found: submission.form_id });
        }
        if submission.instance_id.is_empty() {
            return Err(SubmissionError::MissingInstanceId);
        }
        Ok(submission)
    }
}
