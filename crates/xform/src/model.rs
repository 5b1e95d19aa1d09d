//! The form model: what an XLSForm says, typed, before any XML is written.

/// A translatable piece of text: absent, one plain string, or one string per language.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Text {
    /// No text.
    #[default]
    None,
    /// Text without a language (written inline unless the form needs itext for it).
    Plain(String),
    /// Text per language, in the order the languages were first seen.
    Translated(Vec<(String, String)>),
}

impl Text {
    /// True when there is no text at all.
    pub fn is_none(&self) -> bool {
        match self {
            Text::None => true,
            Text::Plain(s) => s.is_empty(),
            Text::Translated(v) => v.is_empty(),
        }
    }
    /// True when the text is given per language.
    pub fn is_translated(&self) -> bool {
        matches!(self, Text::Translated(_))
    }
    /// The plain string, if this is plain text.
    pub fn plain(&self) -> Option<&str> {
        match self {
            Text::Plain(s) => Some(s),
            _ => None,
        }
    }
    /// Every (language, text) pair; plain text is given `default_language`.
    pub fn per_language<'a>(&'a self, default_language: &'a str) -> Vec<(&'a str, &'a str)> {
        match self {
            Text::None => vec![],
            Text::Plain(s) => vec![(default_language, s.as_str())],
            Text::Translated(v) => v.iter().map(|(l, t)| (l.as_str(), t.as_str())).collect(),
        }
    }
    /// Any text at all, to test for references.
    pub fn any_contains(&self, needle: &str) -> bool {
        match self {
            Text::None => false,
            Text::Plain(s) => s.contains(needle),
            Text::Translated(v) => v.iter().any(|(_, t)| t.contains(needle)),
        }
    }
}

/// One choice of a choice list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Choice {
    /// The value stored when chosen.
    pub name: String,
    /// What the person sees.
    pub label: Text,
    /// Media per type (`image`, `big-image`, `audio`, `video`).
    pub media: Vec<(String, Text)>,
    /// Extra columns of the choices sheet, written into the secondary instance.
    pub extra: Vec<(String, String)>,
}

/// A named list of choices from the `choices` sheet.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChoiceList {
    /// The list name (also the secondary instance id).
    pub name: String,
    /// The choices, in sheet order.
    pub choices: Vec<Choice>,
}

impl ChoiceList {
    /// Whether the choice labels go through itext (translations, media or references).
    pub fn requires_itext(&self) -> bool {
        self.choices.iter().any(|c| {
            !c.media.is_empty()
                || c.label.is_translated()
                || c.label.plain().is_some_and(crate::refs::has_reference)
        })
    }
}

/// An XForms action (setvalue, odk:setgeopoint, odk:recordaudio) attached to a question.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    /// Element name, e.g. `setvalue`.
    pub name: String,
    /// Event, e.g. `odk-instance-first-load`.
    pub event: String,
    /// Extra attributes, e.g. `odk:quality`.
    pub attributes: Vec<(String, String)>,
}

/// What kind of survey element this is.
#[derive(Debug, Clone, PartialEq)]
pub enum ElementKind {
    /// A group of elements (`begin group`).
    Group,
    /// A repeat (`begin repeat`).
    Repeat,
    /// A question of the given XLSForm type (dealiased, e.g. `select one`, `integer`).
    Question {
        /// The dealiased type name.
        qtype: String,
    },
}

/// A question, group or repeat.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    /// Node name in the instance.
    pub name: String,
    /// Question, group or repeat.
    pub kind: ElementKind,
    /// The label.
    pub label: Text,
    /// The hint.
    pub hint: Text,
    /// The guidance hint (always itext).
    pub guidance_hint: Text,
    /// Media per type (`image`, `big-image`, `audio`, `video`).
    pub media: Vec<(String, Text)>,
    /// Bind attributes in output order (type defaults first). Messages may be translated.
    pub bind: Vec<(String, Text)>,
    /// Body control attributes: `tag` first for questions, then others (appearance, ...).
    pub control: Vec<(String, String)>,
    /// Extra attributes on the instance node (`instance::` columns).
    pub instance_attributes: Vec<(String, String)>,
    /// Default value (static or dynamic).
    pub default: Option<String>,
    /// Names of the questions whose change recomputes this one.
    pub trigger: Vec<String>,
    /// Choice list name, file name or `${ref}` of a select.
    pub itemset: Option<String>,
    /// The choice filter expression.
    pub choice_filter: Option<String>,
    /// Parsed `parameters` column.
    pub parameters: Vec<(String, String)>,
    /// External query instance for `select one external`.
    pub query: Option<String>,
    /// Actions written in the model (or in repeats for new-repeat events).
    pub actions: Vec<Action>,
    /// Children of groups and repeats.
    pub children: Vec<Element>,
    /// The author's `pii` column: `Some(true)` personal data, `Some(false)` not personal,
    /// `None` left to the platform's defaults. Not written into the XForm.
    pub personal: Option<bool>,
}

impl Element {
    /// A new element with nothing but a name and a kind.
    pub fn new(name: impl Into<String>, kind: ElementKind) -> Self {
        Element {
            name: name.into(),
            kind,
            label: Text::None,
            hint: Text::None,
            guidance_hint: Text::None,
            media: vec![],
            bind: vec![],
            control: vec![],
            instance_attributes: vec![],
            default: None,
            trigger: vec![],
            itemset: None,
            choice_filter: None,
            parameters: vec![],
            query: None,
            actions: vec![],
            children: vec![],
            personal: None,
        }
    }
    /// The question type, if this is a question.
    pub fn qtype(&self) -> Option<&str> {
        match &self.kind {
            ElementKind::Question { qtype } => Some(qtype),
            _ => None,
        }
    }
    /// A bind attribute's plain value.
    pub fn bind_value(&self, key: &str) -> Option<&Text> {
        self.bind.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    /// A control attribute.
    pub fn control_value(&self, key: &str) -> Option<&str> {
        self.control.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
    /// A parameter.
    pub fn parameter(&self, key: &str) -> Option<&str> {
        self.parameters.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
    /// Set (or replace) a bind attribute, keeping its position when present.
    pub fn set_bind(&mut self, key: &str, value: Text) {
        match self.bind.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = value,
            None => self.bind.push((key.to_string(), value)),
        }
    }
    /// Set (or replace) a control attribute, keeping its position when present.
    pub fn set_control(&mut self, key: &str, value: String) {
        match self.control.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = value,
            None => self.control.push((key.to_string(), value)),
        }
    }
}

/// A whole form.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Survey {
    /// Name of the instance root element.
    pub name: String,
    /// The form id (`id` attribute of the root).
    pub id_string: String,
    /// The form title.
    pub title: String,
    /// The form version.
    pub version: Option<String>,
    /// The default language (`default` unless the settings say otherwise).
    pub default_language: String,
    /// The `style` setting (body class).
    pub style: Option<String>,
    /// Encryption key.
    pub public_key: Option<String>,
    /// Where submissions go.
    pub submission_url: Option<String>,
    /// `auto_send` setting.
    pub auto_send: Option<String>,
    /// `auto_delete` setting.
    pub auto_delete: Option<String>,
    /// Whether the form may be edited on the client.
    pub client_editable: bool,
    /// Extra namespaces (`namespaces` setting: `prefix="uri" ...`).
    pub namespaces: Option<String>,
    /// Extra attributes of the root instance node (`attribute::` settings).
    pub attributes: Vec<(String, String)>,
    /// The `instance_xmlns` setting.
    pub instance_xmlns: Option<String>,
    /// Compact prefix.
    pub prefix: Option<String>,
    /// Compact delimiter.
    pub delimiter: Option<String>,
    /// Top-level elements (the meta group last).
    pub children: Vec<Element>,
    /// Choice lists, in the order of the choices sheet.
    pub choices: Vec<ChoiceList>,
    /// Entities version when the form declares entities.
    pub entities_version: Option<String>,
}

impl Survey {
    /// The choice list with this name.
    pub fn choice_list(&self, name: &str) -> Option<&ChoiceList> {
        self.choices.iter().find(|c| c.name == name)
    }
}
