//! The walk over a survey: sections and questions to HTML, and the engine's definition.

mod controls;
mod model;
pub(crate) mod text;

use std::collections::HashMap;

use serde_json::{Map, Value, json};
use xform::refs::Index;
use xform::{Element, ElementKind, Survey, Text};

use crate::html::{self, Node, el};
use crate::{Options, RenderError, Rendered};

/// The state of one rendering: the form, its index, and the definition being collected.
pub(crate) struct Renderer<'a> {
    survey: &'a Survey,
    index: Index<'a>,
    ids: HashMap<*const Element, usize>,
    options: &'a Options<'a>,
    /// The form's languages, and the one shown first.
    langs: Vec<String>,
    lang: String,
    /// Compiled expressions; binds and outputs refer to them by position.
    programs: Vec<Value>,
    warnings: Vec<String>,
    binds: Map<String, Value>,
    itemsets: Map<String, Value>,
    /// Secondary instance files to fetch from the media URL.
    files: Vec<String>,
}

pub(crate) fn render(survey: &Survey, options: &Options) -> Result<Rendered, RenderError> {
    let index = Index::new(survey);
    let mut ids = HashMap::new();
    for id in 1..index.len() {
        if let Some(e) = index.element(id) {
            ids.insert(e as *const Element, id);
        }
    }
    let langs = text::languages(survey);
    let lang = options
        .language
        .filter(|l| langs.iter().any(|x| x == l))
        .map(str::to_string)
        .or_else(|| langs.iter().find(|l| **l == survey.default_language).cloned())
        .or_else(|| langs.first().cloned())
        .unwrap_or_default();
    let mut r = Renderer {
        survey,
        index,
        ids,
        options,
        langs,
        lang,
        programs: vec![],
        warnings: vec![],
        binds: Map::new(),
        itemsets: Map::new(),
        files: vec![],
    };
    let body = r.children(&survey.children, false)?;
    let definition = r.definition();
    let form = r.form(body);
    let mut out = String::new();
    Node::from(form).write(&mut out);
    out.push_str(&html::json_script("webform-definition", &definition.to_string()));
    Ok(Rendered { html: out, title: survey.title.clone(), languages: r.langs, warnings: r.warnings })
}

impl<'a> Renderer<'a> {
    fn id(&self, e: &Element) -> usize {
        self.ids.get(&(e as *const Element)).copied().unwrap_or(0)
    }

    fn path(&self, id: usize) -> String {
        self.index.xpath(id).to_string()
    }

    fn ui(&self, key: &str) -> String {
        (self.options.ui)(key)
    }

    /// The HTML id of an element's control; inside a repeat template `~` marks where the
    /// engine writes the instance number.
    fn html_id(id: usize, in_repeat: bool) -> String {
        if in_repeat { format!("ws{id}~") } else { format!("ws{id}") }
    }

    /// Compiles an expression of element `id` (references resolved from it), recording why
    /// when the browser cannot run it.
    fn program(&mut self, id: usize, what: &str, source: &str, use_current: bool) -> Option<usize> {
        let compiled = self
            .index
            .insert_xpaths(source, Some(id), use_current, false)
            .map_err(|e| e.to_string())
            .and_then(|resolved| crate::compile::compile_text(&resolved).map_err(|e| e.to_string()));
        self.push_program(id, what, source, compiled)
    }

    fn push_program(
        &mut self,
        id: usize,
        what: &str,
        source: &str,
        compiled: Result<Value, String>,
    ) -> Option<usize> {
        match compiled {
            Ok(p) => {
                self.programs.push(p);
                Some(self.programs.len() - 1)
            }
            Err(reason) => {
                self.warnings.push(format!(
                    "{} of {}: \"{source}\" cannot run in the browser ({reason}); it is not applied there",
                    what,
                    self.index.xpath(id)
                ));
                None
            }
        }
    }

    fn children(&mut self, elements: &'a [Element], in_repeat: bool) -> Result<Vec<Node>, RenderError> {
        let mut out = vec![];
        for e in elements {
            if let Some(n) = self.element(e, in_repeat)? {
                out.push(n);
            }
        }
        Ok(out)
    }

    fn element(&mut self, e: &'a Element, in_repeat: bool) -> Result<Option<Node>, RenderError> {
        let id = self.id(e);
        self.bind(e, id)?;
        match &e.kind {
            ElementKind::Group => self.group(e, id, in_repeat),
            ElementKind::Repeat => self.repeat(e, id, in_repeat).map(Some),
            ElementKind::Question { qtype } => {
                let qtype = qtype.clone();
                self.question(e, id, &qtype, in_repeat)
            }
        }
    }

    fn group(&mut self, e: &'a Element, id: usize, in_repeat: bool) -> Result<Option<Node>, RenderError> {
        let children = self.children(&e.children, in_repeat)?;
        let hidden = e.control_value("bodyless").is_some() || xform::entities::is_internal(e);
        if hidden || children.is_empty() && e.label.is_none() {
            return Ok(None);
        }
        let appearance = e.control_value("appearance").unwrap_or("");
        let class = format!("group {}", appearance_classes(appearance)).trim().to_string();
        let mut g = if e.label.is_none() { el("div") } else { el("fieldset") }
            .attr("class", class)
            .attr("data-path", self.path(id));
        if !e.label.is_none() {
            g.push(el("legend").children(self.label(e, id)));
        }
        Ok(Some(g.children(children).into()))
    }

    fn repeat(&mut self, e: &'a Element, id: usize, in_repeat: bool) -> Result<Node, RenderError> {
        let path = self.path(id);
        let children = self.children(&e.children, true)?;
        let label = self.label(e, id);
        let counted = e.control_value("jr:count").is_some();
        let instance = el("fieldset")
            .attr("class", "repeat-instance")
            .child(
                el("legend").child(el("span").attr("class", "repeat-label").children(label.clone())).child(
                    el("span")
                        .attr("class", "repeat-number")
                        .attr("data-template", self.ui("webform-repeat-number")),
                ),
            )
            .children(children)
            .child(
                el("button")
                    .attr("type", "button")
                    .attr("class", "repeat-remove")
                    .attr_if(counted, "hidden", "")
                    .text(self.ui("webform-remove")),
            );
        let mut section = el("section")
            .attr("class", "repeat")
            .attr("data-repeat", path)
            .attr("id", Self::html_id(id, in_repeat))
            .child(el("h2").attr("class", "repeat-title").children(label))
            .child(el("div").attr("class", "repeat-instances"))
            .child(el("template").child(instance));
        if !counted {
            section.push(
                el("button").attr("type", "button").attr("class", "repeat-add").text(self.ui("webform-add")),
            );
        }
        Ok(section.into())
    }

    /// The label of an element: its text in every language and its media.
    fn label(&mut self, e: &Element, id: usize) -> Vec<Node> {
        let mut out = self.spans(&e.label, Some(id));
        out.extend(self.media(&e.media));
        out
    }

    fn definition(&self) -> Value {
        let s = self.survey;
        let ui: Map<String, Value> =
            crate::ui::KEYS.iter().map(|k| (k.to_string(), Value::String(self.ui(k)))).collect();
        let lists: Map<String, Value> = s
            .choices
            .iter()
            .map(|l| {
                let items: Vec<Value> = l
                    .choices
                    .iter()
                    .map(|c| {
                        let extra: Map<String, Value> =
                            c.extra.iter().map(|(k, v)| (k.clone(), Value::String(v.clone()))).collect();
                        json!([c.name, self.texts(&c.label), extra])
                    })
                    .collect();
                (l.name.clone(), Value::Array(items))
            })
            .collect();
        json!({
            "form": {
                "root": s.name,
                "id": s.id_string,
                "version": s.version,
                "attrs": model::root_attributes(s),
                "namespaces": model::namespaces(s),
            },
            "langs": self.langs,
            "lang": self.lang,
            "dflt": s.default_language,
            "ui": ui,
            "urls": {
                "submit": self.options.submission_url,
                "sw": self.options.service_worker_url,
                "media": self.options.media_url.trim_end_matches('/'),
            },
            "inst": self.template(),
            "binds": self.binds,
            "sets": self.itemsets,
            "x": self.programs,
            "lists": lists,
            "files": self.files,
            "edit": self.options.edit,
            "preview": self.options.preview,
        })
    }

    fn form(&self, body: Vec<Node>) -> html::Element {
        let mut head = el("div").attr("class", "wf-head").child(el("h1").text(self.survey.title.clone()));
        if self.langs.len() > 1 {
            let select = el("select").attr("id", "wf-language").children(self.langs.iter().map(|l| {
                el("option")
                    .attr("value", l.clone())
                    .attr_if(*l == self.lang, "selected", "")
                    .text(l.clone())
                    .into()
            }));
            head.push(
                el("p")
                    .attr("class", "wf-language")
                    .child(el("label").attr("for", "wf-language").text(self.ui("webform-language")))
                    .child(select),
            );
        }
        let class = format!("webform {}", self.survey.style.clone().unwrap_or_default()).trim().to_string();
        el("form")
            .attr("class", class)
            .attr("id", "webform")
            .attr("novalidate", "")
            .attr("data-definition", "webform-definition")
            .child(head)
            .child(el("noscript").child(el("p").attr("class", "wf-notice").text(self.ui("webform-noscript"))))
            .child(el("div").attr("class", "wf-status").attr("role", "status").attr("aria-live", "polite"))
            .child(el("div").attr("class", "wf-queue").attr("aria-live", "polite"))
            .children(body)
            .child(
                el("div").attr("class", "wf-actions").child(
                    el("button")
                        .attr("type", "submit")
                        .attr("class", "wf-submit")
                        .text(self.ui("webform-submit")),
                ),
            )
    }

    /// Every language's text of `t` as JSON (`""` for text without a language).
    fn texts(&self, t: &Text) -> Value {
        match t {
            Text::None => json!({}),
            Text::Plain(s) => json!({ "": s }),
            Text::Translated(v) => {
                Value::Object(v.iter().map(|(l, s)| (l.clone(), Value::String(s.clone()))).collect())
            }
        }
    }
}

/// `field-list`, `minimal`... as CSS classes (`appearance-field-list`).
fn appearance_classes(appearance: &str) -> String {
    appearance
        .split_whitespace()
        .filter(|w| w.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .map(|w| format!("appearance-{w}"))
        .collect::<Vec<_>>()
        .join(" ")
}
