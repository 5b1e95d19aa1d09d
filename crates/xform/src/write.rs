//! The form model to XForm XML, laid out as pyxform lays it out.

use std::collections::HashMap;

use crate::model::{ChoiceList, Element, ElementKind, Survey, Text};
use crate::refs::{Index, RefError, references};
use crate::xml::{Child, Node, to_pretty_string};

/// Why a form could not be written.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum WriteError {
    /// A `${name}` reference could not be resolved.
    #[error(
        "There has been a problem trying to replace ${{{name}}} with the XPath to the survey element named '{name}'. {source}"
    )]
    Reference {
        /// The name referenced.
        name: String,
        /// What went wrong.
        source: RefError,
    },
    /// A rule of the form structure was broken (message says which).
    #[error("{0}")]
    Rule(String),
}

fn ref_err(e: RefError) -> WriteError {
    let name = match &e {
        RefError::Unknown(n) | RefError::Ambiguous(n) => n.clone(),
    };
    WriteError::Reference { name, source: e }
}

const NAMESPACES: [(&str, &str); 8] = [
    ("xmlns", "http://www.w3.org/2002/xforms"),
    ("xmlns:h", "http://www.w3.org/1999/xhtml"),
    ("xmlns:ev", "http://www.w3.org/2001/xml-events"),
    ("xmlns:xsd", "http://www.w3.org/2001/XMLSchema"),
    ("xmlns:jr", "http://openrosa.org/javarosa"),
    ("xmlns:orx", "http://openrosa.org/xforms"),
    ("xmlns:odk", "http://www.opendatakit.org/xforms"),
    ("", ""),
];

const CONVERTIBLE: [&str; 5] = ["readonly", "required", "relevant", "constraint", "calculate"];

fn convert_yes_no(v: &str) -> Option<&'static str> {
    match v {
        "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" => Some("true()"),
        "no" | "No" | "NO" | "false" | "False" | "FALSE" => Some("false()"),
        _ => None,
    }
}

/// True when a default is an expression to compute rather than a literal. Follows pyxform's
/// lexer: math operators, unions, `${name}` references and function calls are dynamic; numbers,
/// dates and times are literal, and a `-` in a date or geo default is taken as literal.
pub fn default_is_dynamic(default: &str, qtype: &str) -> bool {
    let dashes_literal = matches!(qtype, "date" | "dateTime" | "geopoint" | "geotrace" | "geoshape");
    let b = default.as_bytes();
    let digits =
        |from: usize, n: usize| from + n <= b.len() && b[from..from + n].iter().all(u8::is_ascii_digit);
    let name_char = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b':') || c >= 0x80;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let rest = &default[i..];
        if c == b' ' {
            if rest.starts_with(" mod ") || rest.starts_with(" div ") {
                return true;
            }
            i += 1;
            continue;
        }
        let neg = usize::from(c == b'-');
        // Dates (and date-times) and times are literals.
        if digits(i + neg, 4) && b.get(i + neg + 4) == Some(&b'-') && digits(i + neg + 5, 2) {
            i += neg + 10;
            continue;
        }
        if digits(i, 2) && b.get(i + 2) == Some(&b':') {
            i += 8;
            continue;
        }
        if c.is_ascii_digit() || (neg == 1 && b.get(i + 1).is_some_and(|d| d.is_ascii_digit() || *d == b'.'))
        {
            i += 1;
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
                i += 1;
            }
            continue;
        }
        match c {
            b'*' | b'+' => return true,
            b'-' => return !dashes_literal,
            b'|' => return true,
            b'\'' | b'"' => {
                match default[i + 1..].find(c as char) {
                    Some(end) => i += end + 2,
                    None => i = b.len(),
                }
                continue;
            }
            b'$' if crate::refs::references(rest).first().is_some_and(|r| r.start == 0) => return true,
            _ => {}
        }
        if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            let start = i;
            while i < b.len() && name_char(b[i]) {
                i += 1;
            }
            let _ = start;
            if b.get(i) == Some(&b'(') {
                return true;
            }
            continue;
        }
        i += 1;
    }
    false
}

struct TValue {
    text: String,
    context: Option<usize>,
}

type Contents = Vec<(String, TValue)>;

/// Itext per language, in first-seen order, with an index by path so that large forms do
/// not search linearly for each text.
#[derive(Default)]
struct Translations {
    langs: Vec<(String, Vec<(String, Contents)>)>,
    by_path: Vec<HashMap<String, usize>>,
}

impl Translations {
    fn language(&mut self, lang: &str) -> usize {
        match self.langs.iter().position(|(l, _)| l == lang) {
            Some(i) => i,
            None => {
                self.langs.push((lang.to_string(), vec![]));
                self.by_path.push(HashMap::new());
                self.langs.len() - 1
            }
        }
    }

    fn set(&mut self, lang: &str, path: &str, form: &str, value: TValue) {
        let li = self.language(lang);
        let paths = &mut self.langs[li].1;
        let pi = *self.by_path[li].entry(path.to_string()).or_insert_with(|| {
            paths.push((path.to_string(), vec![]));
            paths.len() - 1
        });
        let contents = &mut paths[pi].1;
        match contents.iter_mut().find(|(f, _)| f == form) {
            Some(slot) => slot.1 = value,
            None => contents.push((form.to_string(), value)),
        }
    }

    /// Gives every language every text any language has, with "-" where it is missing.
    fn fill_empty(&mut self) {
        let mut all: Vec<(String, Vec<String>)> = vec![];
        let mut position: HashMap<String, usize> = HashMap::new();
        for (_, paths) in &self.langs {
            for (p, contents) in paths {
                let idx = *position.entry(p.clone()).or_insert_with(|| {
                    all.push((p.clone(), vec![]));
                    all.len() - 1
                });
                for (f, _) in contents {
                    if !all[idx].1.contains(f) {
                        all[idx].1.push(f.clone());
                    }
                }
            }
        }
        for li in 0..self.langs.len() {
            let lang = self.langs[li].0.clone();
            for (p, forms) in &all {
                for f in forms {
                    let exists = self.by_path[li]
                        .get(p)
                        .is_some_and(|&pi| self.langs[li].1[pi].1.iter().any(|(g, _)| g == f));
                    if !exists {
                        self.set(&lang, p, f, TValue { text: "-".into(), context: None });
                    }
                }
            }
        }
    }
}

struct Writer<'a> {
    survey: &'a Survey,
    index: Index<'a>,
    ids: HashMap<*const Element, usize>,
    setvalues: HashMap<String, Vec<(usize, String)>>,
    setgeopoints: HashMap<String, Vec<(usize, String)>>,
    search_lists: Vec<String>,
}

/// Write the survey as a pretty-printed XForm.
pub fn to_xform(survey: &Survey) -> Result<String, WriteError> {
    let index = Index::new(survey);
    let mut ids = HashMap::new();
    for id in 1..index.len() {
        if let Some(el) = index.element(id) {
            ids.insert(el as *const Element, id);
        }
    }
    let mut w = Writer {
        survey,
        index,
        ids,
        setvalues: HashMap::new(),
        setgeopoints: HashMap::new(),
        search_lists: vec![],
    };
    w.collect_triggers();
    w.search_lists = search_lists(survey)?;
    let root = w.html()?;
    Ok(to_pretty_string(&root))
}

fn walk<'a>(children: &'a [Element], out: &mut Vec<&'a Element>) {
    for c in children {
        out.push(c);
        walk(&c.children, out);
    }
}

impl<'a> Writer<'a> {
    fn id(&self, el: &Element) -> usize {
        self.ids.get(&(el as *const Element)).copied().unwrap_or(0)
    }
    fn xpath(&self, el: &Element) -> String {
        self.index.xpath(self.id(el)).to_string()
    }
    fn all(&self) -> Vec<&'a Element> {
        let mut v = vec![];
        walk(&self.survey.children, &mut v);
        v
    }
    fn xp(
        &self,
        text: &str,
        el: Option<&Element>,
        current: bool,
        parent: bool,
    ) -> Result<String, WriteError> {
        let ctx = el.map(|e| self.id(e));
        self.index.insert_xpaths(text, ctx, current, parent).map_err(ref_err)
    }

    fn collect_triggers(&mut self) {
        for el in self.all() {
            let id = self.id(el);
            let value = el.bind_value("calculate").and_then(|t| t.plain()).unwrap_or("").to_string();
            for t in &el.trigger {
                let map = if el.qtype() == Some("background-geopoint") {
                    &mut self.setgeopoints
                } else {
                    &mut self.setvalues
                };
                map.entry(t.clone()).or_default().push((id, value.clone()));
            }
        }
    }

    fn html(&mut self) -> Result<Node, WriteError> {
        let s = self.survey;
        let mut root = Node::new("h:html");
        for (k, v) in NAMESPACES.iter().filter(|(k, _)| !k.is_empty()) {
            root.set_attr(*k, *v);
        }
        let mut extra = s.namespaces.clone().unwrap_or_default();
        if s.entities_version.is_some() {
            extra.push_str(" entities=http://www.opendatakit.org/xforms/entities");
        }
        for ns in extra.split_whitespace() {
            let parts: Vec<&str> = ns.split('=').collect();
            if parts.len() == 2 && !parts[0].is_empty() {
                let key = format!("xmlns:{}", parts[0]);
                if root.get_attr(&key).is_none() {
                    root.set_attr(key, parts[1].replace(['"', '\''], ""));
                }
            }
        }
        let head = Node::new("h:head").child(Node::text("h:title", s.title.clone())).child(self.model()?);
        let mut body = Node::new("h:body");
        if let Some(style) = &s.style {
            body.set_attr("class", style.clone());
        }
        for c in &s.children {
            if let Some(n) = self.control(c)? {
                body.push(n);
            }
        }
        Ok(root.child(head).child(body))
    }

    fn translations(&self) -> Result<Translations, WriteError> {
        let s = self.survey;
        let dl = s.default_language.as_str();
        let mut t = Translations::default();
        for list in &s.choices {
            if !list.requires_itext() {
                continue;
            }
            for (i, c) in list.choices.iter().enumerate() {
                let id = format!("{}-{}", list.name, i);
                for (lang, text) in c.label.per_language(dl) {
                    t.set(lang, &id, "long", TValue { text: text.into(), context: None });
                }
                for (m, text) in &c.media {
                    for (lang, v) in text.per_language(dl) {
                        t.set(lang, &id, m, TValue { text: v.into(), context: None });
                    }
                }
            }
        }
        for el in self.all() {
            let id = self.id(el);
            let xp = self.index.xpath(id).to_string();
            for key in ["jr:constraintMsg", "jr:requiredMsg", "jr:noAppErrorString"] {
                if let Some(v) = el.bind_value(key) {
                    let use_it = v.is_translated()
                        || (key != "jr:noAppErrorString"
                            && v.plain().is_some_and(crate::refs::has_reference));
                    if use_it {
                        for (lang, text) in v.per_language(dl) {
                            t.set(
                                lang,
                                &format!("{xp}:{key}"),
                                "long",
                                TValue { text: text.into(), context: Some(id) },
                            );
                        }
                    }
                }
            }
            let needs_itext = el.label.is_translated() || !el.media.is_empty();
            if el.label.is_translated() || (needs_itext && !el.label.is_none()) {
                for (lang, text) in el.label.per_language(dl) {
                    t.set(
                        lang,
                        &format!("{xp}:label"),
                        "long",
                        TValue { text: text.into(), context: Some(id) },
                    );
                }
            }
            if el.hint.is_translated() || (!el.hint.is_none() && !el.guidance_hint.is_none()) {
                for (lang, text) in el.hint.per_language(dl) {
                    t.set(
                        lang,
                        &format!("{xp}:hint"),
                        "long",
                        TValue { text: text.into(), context: Some(id) },
                    );
                }
            }
            if !el.guidance_hint.is_none() {
                for (lang, text) in el.guidance_hint.per_language(dl) {
                    t.set(
                        lang,
                        &format!("{xp}:hint"),
                        "guidance",
                        TValue { text: text.into(), context: Some(id) },
                    );
                }
            }
        }
        for el in self.all() {
            let xp = self.xpath(el);
            for (m, text) in &el.media {
                for (lang, v) in text.per_language(dl) {
                    t.set(lang, &format!("{xp}:label"), m, TValue { text: v.into(), context: None });
                }
            }
        }
        t.fill_empty();
        Ok(t)
    }

    /// Text with `${name}` turned into `<output>` elements, as children of a node.
    fn output_children(&self, text: &str, ctx: Option<usize>) -> Result<Vec<Child>, WriteError> {
        if text == "-" {
            return Ok(vec![Child::Text(text.into())]);
        }
        let refs = references(text);
        if refs.is_empty() {
            return Ok(vec![Child::Text(text.into())]);
        }
        let mut out = vec![];
        let mut last = 0;
        for r in &refs {
            if r.start > last {
                out.push(Child::Text(text[last..r.start].to_string()));
            }
            let v = self.index.replacement(text, r, ctx, false, false).map_err(ref_err)?;
            out.push(Child::Element(Node::new("output").attr("value", v)));
            last = r.end;
        }
        if last < text.len() {
            out.push(Child::Text(text[last..].to_string()));
        }
        Ok(out)
    }

    fn text_node(&self, tag: &str, text: &str, ctx: Option<usize>) -> Result<Node, WriteError> {
        let mut n = Node::new(tag);
        n.children = self.output_children(text, ctx)?;
        Ok(n)
    }

    fn itext(&self, t: &Translations) -> Result<Node, WriteError> {
        let mut itext = Node::new("itext");
        for (lang, paths) in &t.langs {
            let mut tr = Node::new("translation").attr("lang", lang.clone());
            if *lang == self.survey.default_language {
                tr.set_attr("default", "true()");
            }
            for (path, contents) in paths {
                let label_type = path.split_once(':').map(|(_, b)| b).unwrap_or("");
                let mut text = Node::new("text").attr("id", path.clone());
                for (form, v) in contents {
                    let value = &v.text;
                    if label_type == "hint" {
                        let mut n = self.text_node("value", value, v.context)?;
                        if form == "guidance" {
                            n = Node { attrs: vec![("form".into(), "guidance".into())], ..n };
                        }
                        text.push(n);
                        continue;
                    }
                    if form == "long" {
                        text.push(self.text_node("value", value, v.context)?);
                    } else if value != "-" {
                        let prefix = if form == "image" || form == "big-image" { "images" } else { form };
                        let n = self.text_node("value", &format!("jr://{prefix}/{value}"), v.context)?;
                        text.push(Node { attrs: vec![("form".into(), form.clone())], ..n });
                    }
                }
                tr.push(text);
            }
            itext.push(tr);
        }
        Ok(itext)
    }

    fn model(&mut self) -> Result<Node, WriteError> {
        let s = self.survey;
        let mut model = Node::new("model").attr("odk:xforms-version", "1.0.0");
        if let Some(v) = &s.entities_version {
            model.set_attr("entities:entities-version", v.clone());
        }
        if s.submission_url.is_some()
            || s.public_key.is_some()
            || s.auto_send.is_some()
            || s.auto_delete.is_some()
            || s.client_editable
        {
            let mut sub = Node::new("submission");
            if let Some(u) = &s.submission_url {
                sub.set_attr("action", u.clone());
                sub.set_attr("method", "post");
            }
            if let Some(k) = &s.public_key {
                sub.set_attr("base64RsaPublicKey", k.clone());
            }
            if let Some(a) = &s.auto_send {
                sub.set_attr("orx:auto-send", a.clone());
            }
            if let Some(a) = &s.auto_delete {
                sub.set_attr("orx:auto-delete", a.clone());
            }
            if s.client_editable {
                sub.set_attr("odk:client-editable", "true");
            }
            model.push(sub);
        }
        let t = self.translations()?;
        if !t.langs.is_empty() {
            model.push(self.itext(&t)?);
        }
        model.push(Node::new("instance").child(self.root_instance()?));
        for n in self.secondary_instances()? {
            model.push(n);
        }
        for el in self.all() {
            if let Some(b) = self.bind(el)? {
                model.push(b);
            }
            for a in self.actions(el, false)? {
                model.push(a);
            }
        }
        Ok(model)
    }

    fn root_instance(&self) -> Result<Node, WriteError> {
        let s = self.survey;
        let mut root = self.section_instance(&s.name, &[], &s.children, false)?;
        for (k, v) in &s.attributes {
            root.set_attr(k.clone(), v.clone());
        }
        root.set_attr("id", s.id_string.clone());
        if let Some(x) = &s.instance_xmlns {
            root.set_attr("xmlns", x.clone());
        }
        if let Some(v) = &s.version {
            root.set_attr("version", v.clone());
        }
        if let Some(p) = &s.prefix {
            root.set_attr("odk:prefix", p.clone());
        }
        if let Some(d) = &s.delimiter {
            root.set_attr("odk:delimiter", d.clone());
        }
        Ok(root)
    }

    fn section_instance(
        &self,
        name: &str,
        attrs: &[(String, String)],
        children: &[Element],
        append_template: bool,
    ) -> Result<Node, WriteError> {
        let mut n = Node::new(name);
        for (k, v) in attrs {
            n.set_attr(k.clone(), v.clone());
        }
        for c in children {
            if external_instance_ext(c).is_some() {
                continue;
            }
            if c.name.starts_with('@') {
                continue; // entity attributes: written on their parent node
            }
            if c.kind == ElementKind::Repeat && !append_template {
                n.push(self.repeat_template(c)?);
                n.push(self.element_instance(c, true)?);
            } else {
                n.push(self.element_instance(c, append_template)?);
            }
        }
        Ok(n)
    }

    fn attrs_resolved(&self, el: &Element) -> Result<Vec<(String, String)>, WriteError> {
        el.instance_attributes
            .iter()
            .map(|(k, v)| Ok((k.clone(), self.xp(v, Some(el), false, false)?)))
            .collect()
    }

    fn element_instance(&self, el: &Element, append_template: bool) -> Result<Node, WriteError> {
        match &el.kind {
            ElementKind::Question { qtype } => {
                let mut n = match &el.default {
                    Some(d) if !d.is_empty() && !default_is_dynamic(d, qtype) => {
                        Node::text(el.name.clone(), d.clone())
                    }
                    _ => Node::new(el.name.clone()),
                };
                for (k, v) in self.attrs_resolved(el)? {
                    n.set_attr(k, v);
                }
                Ok(n)
            }
            _ => self.section_instance(&el.name, &self.attrs_resolved(el)?, &el.children, append_template),
        }
    }

    fn repeat_template(&self, el: &Element) -> Result<Node, WriteError> {
        let mut n = Node::new(el.name.clone()).attr("jr:template", "");
        for c in &el.children {
            if external_instance_ext(c).is_some() {
                continue;
            }
            if c.name.starts_with('@') {
                continue; // entity attributes: written on their parent node
            }
            if c.kind == ElementKind::Repeat {
                n.push(self.repeat_template(c)?);
            } else {
                n.push(self.element_instance(c, false)?);
            }
        }
        Ok(n)
    }

    fn secondary_instances(&self) -> Result<Vec<Node>, WriteError> {
        // (id, src, node)
        let mut found: Vec<(String, Option<String>, Node)> = vec![];
        let mut last_saved = false;
        let mut external_names: Vec<String> = vec![];
        for el in self.all() {
            let mut exprs: Vec<&str> = vec![];
            for key in ["calculate", "constraint", "readonly", "required", "relevant"] {
                if let Some(Text::Plain(v)) = el.bind_value(key) {
                    exprs.push(v);
                }
            }
            if let Some(cf) = &el.choice_filter {
                exprs.push(cf);
            }
            if let Some(d) = &el.default {
                exprs.push(d);
            }
            for e in &exprs {
                for id in pulldata_ids(e) {
                    let src = format!("jr://file-csv/{id}.csv");
                    found.push((
                        id.clone(),
                        Some(src.clone()),
                        Node::new("instance").attr("id", id).attr("src", src),
                    ));
                }
                if e.contains("${last-saved#") {
                    last_saved = true;
                }
            }
            if let Some(ext) = external_instance_ext(el) {
                let prefix = if ext == "csv" { "file-csv" } else { "file" };
                let src = format!("jr://{prefix}/{}.{ext}", el.name);
                if external_names.contains(&el.name) {
                    let count = self
                        .all()
                        .iter()
                        .filter(|e| e.name == el.name && external_instance_ext(e).is_some())
                        .count();
                    return Err(WriteError::Rule(format!(
                        "Instance names must be unique within a form. The name '{}' was found {count} time(s). Rename the xml-external or csv-external questions so that each name is used once.",
                        el.name
                    )));
                }
                external_names.push(el.name.clone());
                found.push((
                    el.name.clone(),
                    Some(src.clone()),
                    Node::new("instance").attr("id", el.name.clone()).attr("src", src),
                ));
            }
            if let Some(itemset) = &el.itemset
                && is_select(el)
                && let Some((stem, ext)) = file_itemset(itemset)
            {
                let kind =
                    if ext == "xml" || ext == "geojson" { "file".to_string() } else { format!("file-{ext}") };
                let src = format!("jr://{kind}/{itemset}");
                found.push((
                    stem.to_string(),
                    Some(src.clone()),
                    Node::new("instance").attr("id", stem).attr("src", src),
                ));
            }
        }
        if last_saved {
            let src = "jr://instance/last-saved".to_string();
            found.push((
                "__last-saved".into(),
                Some(src.clone()),
                Node::new("instance").attr("id", "__last-saved").attr("src", src),
            ));
        }
        for list in &self.survey.choices {
            if self.search_lists.contains(&list.name) {
                continue;
            }
            found.push((list.name.clone(), None, self.static_instance(list)));
        }
        let mut seen: Vec<(String, Option<String>)> = vec![];
        let mut out = vec![];
        for (id, src, node) in found {
            if let Some((_, prior)) = seen.iter().find(|(i, _)| *i == id) {
                if *prior != src {
                    return Err(WriteError::Rule(format!(
                        "The same instance id will be generated for different external instance source URIs. Please check the form. Instance name: '{id}'."
                    )));
                }
                continue;
            }
            seen.push((id, src));
            out.push(node);
        }
        Ok(out)
    }

    fn static_instance(&self, list: &ChoiceList) -> Node {
        let itext = list.requires_itext();
        let mut root = Node::new("root");
        for (i, c) in list.choices.iter().enumerate() {
            let mut item = Node::new("item");
            if itext {
                item.push(Node::text("itextId", format!("{}-{}", list.name, i)));
            }
            item.push(Node::text("name", c.name.clone()));
            if !itext && let Some(l) = c.label.plain() {
                item.push(Node::text("label", l));
            }
            for (k, v) in &c.extra {
                item.push(Node::text(k.clone(), v.clone()));
            }
            root.push(item);
        }
        Node::new("instance").attr("id", list.name.clone()).child(root)
    }

    fn bind(&self, el: &Element) -> Result<Option<Node>, WriteError> {
        if el.bind.is_empty() {
            return Ok(None);
        }
        let xp = self.xpath(el);
        let mut n = Node::new("bind").attr("nodeset", xp.clone());
        for (k, v) in &el.bind {
            if !el.trigger.is_empty() && k == "calculate" {
                continue;
            }
            let value: String = match (k.as_str(), v) {
                ("jr:constraintMsg" | "jr:requiredMsg", v)
                    if v.is_translated() || v.plain().is_some_and(crate::refs::has_reference) =>
                {
                    format!("jr:itext('{xp}:{k}')")
                }
                ("jr:noAppErrorString", v) if v.is_translated() => format!("jr:itext('{xp}:{k}')"),
                (_, Text::Plain(p)) => {
                    if CONVERTIBLE.contains(&k.as_str())
                        && let Some(c) = convert_yes_no(p)
                    {
                        c.to_string()
                    } else {
                        p.clone()
                    }
                }
                (_, Text::Translated(v)) => v.first().map(|(_, t)| t.clone()).unwrap_or_default(),
                (_, Text::None) => String::new(),
            };
            n.set_attr(k.clone(), self.xp(&value, Some(el), false, false)?);
        }
        Ok(Some(n))
    }

    fn actions(&self, el: &Element, in_repeat: bool) -> Result<Vec<Node>, WriteError> {
        let mut out = vec![];
        for a in &el.actions {
            let new_repeat = a.event == "odk-new-repeat";
            if new_repeat != in_repeat {
                continue;
            }
            let mut n = Node::new(a.name.clone()).attr("ref", self.xpath(el)).attr("event", a.event.clone());
            if a.name == "setvalue" {
                let qtype = el.qtype().unwrap_or("");
                let value = match &el.default {
                    Some(d) if default_is_dynamic(d, qtype) => self.xp(d, Some(el), false, false)?,
                    Some(d) if !d.is_empty() => d.clone(),
                    _ => String::new(),
                };
                if !value.is_empty() {
                    n.set_attr("value", value);
                }
            }
            for (k, v) in &a.attributes {
                n.set_attr(k.clone(), v.clone());
            }
            out.push(n);
        }
        Ok(out)
    }

    fn label(&self, el: &Element) -> Result<Node, WriteError> {
        if el.label.is_translated() || !el.media.is_empty() {
            return Ok(Node::new("label").attr("ref", format!("jr:itext('{}:label')", self.xpath(el))));
        }
        match el.label.plain() {
            Some(l) if !l.is_empty() => self.text_node("label", l, Some(self.id(el))),
            _ => Ok(Node::new("label")),
        }
    }

    fn hint(&self, el: &Element) -> Result<Node, WriteError> {
        if el.hint.is_translated() || !el.guidance_hint.is_none() {
            return Ok(Node::new("hint").attr("ref", format!("jr:itext('{}:hint')", self.xpath(el))));
        }
        match el.hint.plain() {
            Some(h) if !h.is_empty() => self.text_node("hint", h, Some(self.id(el))),
            _ => Ok(Node::new("hint")),
        }
    }

    fn label_and_hint(&self, el: &Element) -> Result<Vec<Node>, WriteError> {
        let mut out = vec![];
        let has_label = !el.label.is_none() || !el.media.is_empty();
        if has_label {
            out.push(self.label(el)?);
        }
        if !el.hint.is_none() || !el.guidance_hint.is_none() {
            if !has_label {
                out.push(self.label(el)?);
            }
            out.push(self.hint(el)?);
        }
        let msg = format!("The survey element named '{}' has no label or hint.", el.name);
        if out.is_empty() || (!has_label && el.hint.is_none()) {
            return Err(WriteError::Rule(msg));
        }
        if el.media.iter().any(|(m, _)| m == "big-image") && !el.media.iter().any(|(m, _)| m == "image") {
            return Err(WriteError::Rule(format!(
                "To use big-image, you must also specify an image for the survey element named {}.",
                el.name
            )));
        }
        Ok(out)
    }

    fn control(&self, el: &'a Element) -> Result<Option<Node>, WriteError> {
        match &el.kind {
            ElementKind::Group => {
                if el.control_value("bodyless").is_some() {
                    return Ok(None);
                }
                let mut n = Node::new("group");
                for (k, v) in &el.control {
                    let v = if k == "appearance" { v.clone() } else { self.xp(v, Some(el), false, false)? };
                    n.set_attr(k.clone(), v);
                }
                n.set_attr("ref", self.xpath(el));
                if !el.label.is_none() {
                    n.push(self.label(el)?);
                }
                for c in &el.children {
                    if let Some(cn) = self.control(c)? {
                        n.push(cn);
                    }
                }
                Ok(Some(n))
            }
            ElementKind::Repeat => {
                let xp = self.xpath(el);
                let mut rep = Node::new("repeat").attr("nodeset", xp.clone());
                for (k, v) in &el.control {
                    rep.set_attr(k.clone(), self.xp(v, Some(el), false, false)?);
                }
                for c in &el.children {
                    if let Some(cn) = self.control(c)? {
                        rep.push(cn);
                    }
                }
                let mut inner = vec![];
                collect_repeat_members(&el.children, &mut inner);
                for d in inner {
                    for a in self.actions(d, true)? {
                        rep.push(a);
                    }
                }
                Ok(Some(Node::new("group").attr("ref", xp).child(self.label(el)?).child(rep)))
            }
            ElementKind::Question { qtype } => self.question_control(el, qtype),
        }
    }

    fn question_control(&self, el: &'a Element, qtype: &str) -> Result<Option<Node>, WriteError> {
        let has_calc = el.bind_value("calculate").is_some();
        if qtype == "calculate"
            || ((has_calc || !el.trigger.is_empty()) && el.label.is_none() && el.hint.is_none())
        {
            if let Some(sv) = self.setvalues.get(&el.name)
                && let Some((target, _)) = sv.first()
            {
                return Err(WriteError::Rule(format!(
                    "The question ${{{}}} is not user-visible so it can't be used as a calculation trigger for question ${{{}}}.",
                    el.name,
                    self.index.name(*target)
                )));
            }
            return Ok(None);
        }
        let Some(tag) = el.control_value("tag") else { return Ok(None) };
        if tag == "action" {
            return Ok(None);
        }
        let mut n = Node::new(tag);
        for c in self.label_and_hint(el)? {
            n.push(c);
        }
        n.set_attr("ref", self.xpath(el));
        // Attributes come after the children are built but before them in output order.
        for (k, v) in &el.control {
            if k != "tag" {
                n.set_attr(k.clone(), self.xp(v, Some(el), false, false)?);
            }
        }
        if let Some(q) = &el.query {
            let query = match &el.choice_filter {
                Some(cf) if !cf.is_empty() => {
                    format!("instance('{q}')/root/item[{}]", self.xp(cf, Some(el), true, false)?)
                }
                _ => format!("instance('{q}')/root/item"),
            };
            n.set_attr("query", query);
        }
        for tag in el.children.iter().filter(|c| c.qtype() == Some("osm-tag")) {
            n.push(Node::new("tag").attr("key", tag.name.clone()).child(self.label(tag)?));
        }
        let is_geo = matches!(qtype, "geopoint" | "geoshape" | "geotrace");
        if uses_search(el) {
            if let Some(list) = el.itemset.as_deref().and_then(|l| self.survey.choice_list(l)) {
                for n_item in self.search_items(el, list)? {
                    n.push(n_item);
                }
            }
        } else if (is_select(el) || tag == "range" || is_geo)
            && let Some(itemset) = &el.itemset
            && !itemset.is_empty()
        {
            n.push(self.itemset(el, itemset, tag == "range", is_geo)?);
        }
        let id = self.id(el);
        if let Some(sv) = self.setvalues.get(&el.name) {
            for (target, value) in sv {
                let mut a = Node::new("setvalue")
                    .attr("ref", self.index.xpath(*target).to_string())
                    .attr("event", "xforms-value-changed");
                let v = self.index.insert_xpaths(value, Some(id), false, false).map_err(ref_err)?;
                if !v.is_empty() {
                    a.set_attr("value", v);
                }
                n.push(a);
            }
        }
        if let Some(sg) = self.setgeopoints.get(&el.name) {
            for (target, _) in sg {
                n.push(
                    Node::new("odk:setgeopoint")
                        .attr("ref", self.index.xpath(*target).to_string())
                        .attr("event", "xforms-value-changed"),
                );
            }
        }
        Ok(Some(n))
    }

    /// Inline `<item>`s for a select using `search()` (Collect needs them in the body).
    fn search_items(&self, el: &Element, list: &ChoiceList) -> Result<Vec<Node>, WriteError> {
        let itext = list.requires_itext();
        let mut out = vec![];
        for (i, c) in list.choices.iter().enumerate() {
            let label = if itext {
                Node::new("label").attr("ref", format!("jr:itext('{}-{i}')", list.name))
            } else if !el.label.is_none() {
                match c.label.plain() {
                    Some(l) => self.text_node("label", l, None)?,
                    None => Node::new("label"),
                }
            } else {
                Node::new("label")
            };
            out.push(Node::new("item").child(label).child(Node::text("value", c.name.clone())));
        }
        Ok(out)
    }

    fn itemset(&self, el: &Element, itemset: &str, is_range: bool, is_geo: bool) -> Result<Node, WriteError> {
        let list = self.survey.choice_list(itemset);
        let itext_label = !is_range && list.is_some_and(|l| l.requires_itext());
        let default_label = if itext_label { "jr:itext(itextId)".to_string() } else { "label".to_string() };
        let (mut value_ref, mut label_ref, mut nodeset, mut filter): (
            String,
            String,
            String,
            Option<String>,
        );
        let from_file = if is_range { None } else { file_itemset(itemset) };
        let has_ref = !is_range && crate::refs::has_reference(itemset);
        if let Some((stem, ext)) = from_file {
            if ext == "geojson" {
                value_ref = "id".into();
                label_ref = "title".into();
            } else {
                value_ref = "name".into();
                label_ref = "label".into();
            }
            if let Some(v) = el.parameter("value") {
                value_ref = v.to_string();
            }
            if let Some(l) = el.parameter("label") {
                label_ref = l.to_string();
            }
            nodeset = format!("instance('{stem}')/root/item");
            filter = None;
        } else if has_ref {
            let path = self.xp(itemset, Some(el), false, true)?;
            let path = path.trim().to_string();
            if is_geo {
                value_ref = "geometry".into();
                label_ref = "geometry".into();
                nodeset = path;
                filter = Some("./geometry != ''".into());
            } else {
                let parts: Vec<&str> = path.split('/').collect();
                let last = parts.last().copied().unwrap_or("").to_string();
                value_ref = last.clone();
                label_ref = last.clone();
                nodeset = parts[..parts.len().saturating_sub(1)].join("/");
                filter = Some(format!("./{last} != ''"));
            }
        } else {
            value_ref = "name".into();
            label_ref = default_label;
            nodeset = format!("instance('{itemset}')/root/item");
            filter = None;
        }
        if !is_range
            && let Some(cf) = &el.choice_filter
            && !cf.is_empty()
        {
            let mut f = self.xp(cf, Some(el), true, has_ref)?;
            if has_ref {
                f = f.replace(&format!("current()/{nodeset}"), ".").replace(&nodeset, ".");
            }
            filter = Some(f);
        }
        if let Some(f) = filter {
            nodeset = format!("{nodeset}[{f}]");
        }
        if !is_range && el.parameter("randomize") == Some("true") {
            nodeset = match el.parameter("seed") {
                Some(seed) => {
                    let seed = self.xp(seed, Some(el), false, false)?;
                    format!("randomize({nodeset}, {})", seed.trim())
                }
                None => format!("randomize({nodeset})"),
            };
        }
        Ok(Node::new("itemset")
            .attr("nodeset", nodeset)
            .child(Node::new("value").attr("ref", value_ref))
            .child(Node::new("label").attr("ref", label_ref)))
    }
}

fn collect_repeat_members<'a>(children: &'a [Element], out: &mut Vec<&'a Element>) {
    for c in children {
        match c.kind {
            ElementKind::Repeat => {}
            ElementKind::Group => {
                out.push(c);
                collect_repeat_members(&c.children, out);
            }
            ElementKind::Question { .. } => out.push(c),
        }
    }
}

/// `xml` or `csv` for an `xml-external` / `csv-external` element (no instance node, no control).
fn external_instance_ext(el: &Element) -> Option<&'static str> {
    match el.qtype() {
        Some("xml-external") => Some("xml"),
        Some("csv-external") => Some("csv"),
        _ => None,
    }
}

/// A select whose appearance calls `search(...)`.
fn uses_search(el: &Element) -> bool {
    if !is_select(el) {
        return false;
    }
    let Some(a) = el.control_value("appearance") else { return false };
    a.len() > 7 && a.find("search(").is_some_and(|i| a[i..].contains(')'))
}

/// The choice lists used by `search()` selects; they get no secondary instance. A list may
/// not be shared with a select that does not use `search()`, nor be a file.
fn search_lists(survey: &Survey) -> Result<Vec<String>, WriteError> {
    let mut all = vec![];
    walk(&survey.children, &mut all);
    let mut search: Vec<(&str, &str)> = vec![];
    let mut plain: Vec<(&str, &str)> = vec![];
    for el in all.iter().filter(|e| is_select(e)) {
        let Some(list) = el.itemset.as_deref() else { continue };
        if uses_search(el) {
            if file_itemset(list).is_some() {
                return Err(WriteError::Rule(format!(
                    "Question '{}' is a select from file type, using 'search()'. This combination is not supported. Remove the 'search()' usage, or change the select type.",
                    el.name
                )));
            }
            search.push((el.name.as_str(), list));
        } else {
            plain.push((el.name.as_str(), list));
        }
    }
    for (q, list) in &search {
        let others: Vec<String> =
            plain.iter().filter(|(_, l)| l == list).map(|(n, _)| format!("'{n}'")).collect();
        if !others.is_empty() {
            return Err(WriteError::Rule(format!(
                "Question '{q}' uses 'search()', and its select type references the choice list name '{list}'. This choice list name is referenced by at least one other question that is not using 'search()', which will not work: {}. Either 1) use 'search()' for all questions using this choice list name, or 2) use a different choice list name for the question using 'search()'.",
                others.join(", ")
            )));
        }
    }
    let mut out: Vec<String> = search.into_iter().map(|(_, l)| l.to_string()).collect();
    out.dedup();
    Ok(out)
}

fn is_select(el: &Element) -> bool {
    matches!(el.control_value("tag"), Some("select1" | "select" | "odk:rank"))
}

/// `cities.csv` -> (`cities`, `csv`) for the file types a select can read from.
pub fn file_itemset(itemset: &str) -> Option<(&str, &str)> {
    let (stem, ext) = itemset.rsplit_once('.')?;
    matches!(ext, "csv" | "xml" | "geojson").then_some((stem, ext))
}

fn pulldata_ids(expr: &str) -> Vec<String> {
    let mut out = vec![];
    let mut from = 0;
    while let Some(pos) = expr[from..].find("pulldata") {
        let start = from + pos + "pulldata".len();
        from = start;
        let rest = expr[start..].trim_start();
        let Some(rest) = rest.strip_prefix('(') else { continue };
        let Some(comma) = rest.find(',') else { continue };
        let arg = rest[..comma].replace(['\'', '"'], "");
        out.push(arg.trim().to_string());
    }
    out
}
