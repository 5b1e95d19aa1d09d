//! The engine's model: the instance to fill (as the XForm declares it), each node's bind with
//! its compiled expressions, and the itemsets of selects that the engine computes.

use serde_json::{Map, Value, json};
use xform::write::{default_is_dynamic, file_itemset};
use xform::{Element, ElementKind, Survey, Text};

use super::Renderer;
use crate::RenderError;

/// The root element's attributes, in the XForm's order.
pub(super) fn root_attributes(s: &Survey) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = s.attributes.clone();
    out.push(("id".into(), s.id_string.clone()));
    if let Some(x) = &s.instance_xmlns {
        out.push(("xmlns".into(), x.clone()));
    }
    if let Some(v) = &s.version {
        out.push(("version".into(), v.clone()));
    }
    if let Some(p) = &s.prefix {
        out.push(("odk:prefix".into(), p.clone()));
    }
    if let Some(d) = &s.delimiter {
        out.push(("odk:delimiter".into(), d.clone()));
    }
    out
}

/// Namespace URIs by prefix, for prefixed attribute names in the submission.
pub(super) fn namespaces(s: &Survey) -> Map<String, Value> {
    let mut out = Map::new();
    for (p, uri) in [
        ("jr", "http://openrosa.org/javarosa"),
        ("orx", "http://openrosa.org/xforms"),
        ("odk", "http://www.opendatakit.org/xforms"),
        ("entities", "http://www.opendatakit.org/xforms/entities"),
    ] {
        out.insert(p.into(), Value::String(uri.into()));
    }
    for ns in s.namespaces.as_deref().unwrap_or("").split_whitespace() {
        if let Some((p, uri)) = ns.split_once('=') {
            out.insert(p.into(), Value::String(uri.replace(['"', '\''], "")));
        }
    }
    out
}

fn plain(t: &Text) -> Option<&str> {
    match t {
        Text::Plain(s) if !s.trim().is_empty() => Some(s),
        Text::Translated(v) => v.first().map(|(_, s)| s.as_str()),
        _ => None,
    }
}

/// `yes`/`true` and `no`/`false` as pyxform writes them in binds.
fn yes_no(v: &str) -> &str {
    match v.trim() {
        "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" => "true()",
        "no" | "No" | "NO" | "false" | "False" | "FALSE" => "false()",
        other => other,
    }
}

impl<'a> Renderer<'a> {
    /// The instance template: `{n, v?, a?, c?, r?}` per node, repeats marked `r` (the engine
    /// makes their instances).
    pub(super) fn template(&self) -> Value {
        let s = self.survey;
        json!({"n": s.name, "a": root_attributes(s), "c": self.template_children(&s.children)})
    }

    fn template_children(&self, els: &[Element]) -> Vec<Value> {
        els.iter()
            .filter(|e| {
                !e.name.starts_with('@') && !matches!(e.qtype(), Some("xml-external" | "csv-external"))
            })
            .map(|e| {
                let mut n = Map::new();
                n.insert("n".into(), json!(e.name));
                let attrs: Vec<Value> = e
                    .instance_attributes
                    .iter()
                    .filter(|(_, v)| !xform::refs::has_reference(v))
                    .map(|(k, v)| json!([k, v]))
                    .collect();
                if !attrs.is_empty() {
                    n.insert("a".into(), Value::Array(attrs));
                }
                match &e.kind {
                    ElementKind::Question { qtype } => {
                        if let Some(d) =
                            e.default.as_deref().filter(|d| !d.is_empty() && !default_is_dynamic(d, qtype))
                        {
                            n.insert("v".into(), json!(d));
                        }
                    }
                    kind => {
                        n.insert("c".into(), Value::Array(self.template_children(&e.children)));
                        if *kind == ElementKind::Repeat {
                            n.insert("r".into(), json!(1));
                        }
                    }
                }
                Value::Object(n)
            })
            .collect()
    }

    /// Collects the bind of element `id`: type, compiled expressions, messages, preloads,
    /// dynamic defaults, triggers and repeat counts.
    pub(super) fn bind(&mut self, e: &Element, id: usize) -> Result<(), RenderError> {
        let mut b = Map::new();
        if let Some(q) = e.qtype() {
            b.insert("q".into(), json!(q));
        }
        let has_trigger = !e.trigger.is_empty();
        for (key, short) in [
            ("relevant", "rel"),
            ("required", "req"),
            ("constraint", "con"),
            ("calculate", "calc"),
            ("readonly", "ro"),
        ] {
            let Some(source) = e.bind_value(key).and_then(plain).map(|s| yes_no(s).to_string()) else {
                continue;
            };
            let what = if key == "calculate" && has_trigger { "trigger calculation" } else { key };
            if let Some(x) = self.program(id, what, &source, false) {
                let short = if key == "calculate" && has_trigger { "tcalc" } else { short };
                b.insert(short.into(), json!(x));
            }
        }
        if has_trigger {
            let paths: Vec<String> =
                e.trigger.iter().filter_map(|t| self.index.lookup(t).ok().map(|i| self.path(i))).collect();
            b.insert("trig".into(), json!(paths));
        }
        for (key, short) in [("jr:requiredMsg", "rm"), ("jr:constraintMsg", "cm")] {
            if let Some(t) = e.bind_value(key).filter(|t| !t.is_none()) {
                b.insert(short.into(), self.texts(t));
            }
        }
        for (key, short) in [("type", "t"), ("jr:preload", "pre"), ("jr:preloadParams", "pp")] {
            if let Some(v) = e.bind_value(key).and_then(Text::plain) {
                b.insert(short.into(), json!(v));
            }
        }
        if let (ElementKind::Question { qtype }, Some(d)) = (&e.kind, e.default.as_deref())
            && !d.is_empty()
            && default_is_dynamic(d, qtype)
            && let Some(x) = self.program(id, "default", d, false)
        {
            b.insert("def".into(), json!(x));
        }
        if e.kind == ElementKind::Repeat
            && let Some(count) = e.control_value("jr:count")
            && let Some(x) = self.program(id, "repeat_count", count, false)
        {
            b.insert("cnt".into(), json!(x));
        }
        if let Some(list) = e.itemset.as_deref() {
            self.itemset(e, id, list);
            if self.survey.choice_list(list).is_some() {
                b.insert("list".into(), json!(list));
            }
        }
        if !b.is_empty() {
            self.binds.insert(self.path(id), Value::Object(b));
        }
        Ok(())
    }

    /// The itemsets the engine computes: choice filters, lists from files and selects from
    /// a repeat's answers. A plain choice list needs nothing: its choices are in the HTML.
    fn itemset(&mut self, e: &Element, id: usize, itemset: &str) {
        let tag = e.control_value("tag").unwrap_or("");
        if !matches!(tag, "select1" | "select" | "odk:rank") {
            return;
        }
        let filter = e.choice_filter.as_deref().filter(|f| !f.trim().is_empty());
        let mut set = Map::new();
        let (nodeset, value, label) = if let Some((stem, ext)) = file_itemset(itemset) {
            if !self.files.iter().any(|f| f == itemset) {
                self.files.push(itemset.to_string());
            }
            let (v, l) = if ext == "geojson" { ("id", "title") } else { ("name", "label") };
            let value = e.parameter("value").unwrap_or(v).to_string();
            let label = e.parameter("label").unwrap_or(l).to_string();
            set.insert("file".into(), json!(itemset));
            let base = format!("instance('{stem}')/root/item");
            (self.filtered(id, &base, filter), value, label)
        } else if xform::refs::has_reference(itemset) {
            let path = match self.index.insert_xpaths(itemset, Some(id), false, true) {
                Ok(p) => p.trim().to_string(),
                Err(e) => {
                    self.warnings.push(format!("choices of {}: {e}", self.path(id)));
                    return;
                }
            };
            let (base, last) = path.rsplit_once('/').unwrap_or(("", path.as_str()));
            let nodeset = match filter {
                Some(f) => match self.index.insert_xpaths(f, Some(id), true, true) {
                    Ok(f) => Some(format!(
                        "{base}[{}]",
                        f.replace(&format!("current()/{base}"), ".").replace(base, ".")
                    )),
                    Err(_) => None,
                },
                None => Some(format!("{base}[./{last} != '']")),
            };
            (nodeset, last.to_string(), last.to_string())
        } else if filter.is_some() {
            let base = format!("instance('{itemset}')/root/item");
            (self.filtered(id, &base, filter), "name".into(), "label".into())
        } else {
            return;
        };
        let Some(nodeset) = nodeset else { return };
        let compiled = crate::compile::compile_text(&nodeset).map_err(|e| e.to_string());
        let Some(x) = self.push_program(id, "the choices", &nodeset, compiled) else { return };
        set.insert("ns".into(), json!(x));
        set.insert("val".into(), json!(value));
        set.insert("lab".into(), json!(label));
        if self.survey.choice_list(itemset).is_some() {
            set.insert("list".into(), json!(itemset));
        }
        self.itemsets.insert(self.path(id), Value::Object(set));
    }

    fn filtered(&mut self, id: usize, base: &str, filter: Option<&str>) -> Option<String> {
        match filter {
            None => Some(base.to_string()),
            Some(f) => match self.index.insert_xpaths(f, Some(id), true, false) {
                Ok(f) => Some(format!("{base}[{f}]")),
                Err(e) => {
                    self.warnings.push(format!("choice_filter of {}: {e}", self.path(id)));
                    None
                }
            },
        }
    }
}
