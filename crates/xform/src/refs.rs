//! `${name}` references: finding them and turning them into XPath paths as pyxform does
//! (relative `../` paths between elements of the same repeat, absolute paths otherwise).

use std::collections::HashMap;

use crate::model::{Element, ElementKind, Survey};

/// One `${name}` (or `${last-saved#name}`) reference in a text, with its byte span.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference<'a> {
    /// Start byte of `${`.
    pub start: usize,
    /// End byte, after `}`.
    pub end: usize,
    /// The referenced name.
    pub name: &'a str,
    /// True for `${last-saved#name}`.
    pub last_saved: bool,
}

fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}
fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '\u{B7}')
}

/// True when `name` is a valid XML element name without a prefix.
pub fn is_ncname(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(is_name_start) && chars.all(is_name_char)
}

/// Every well-formed reference in `text`, in order.
pub fn references(text: &str) -> Vec<Reference<'_>> {
    let mut out = vec![];
    let mut from = 0;
    while let Some(pos) = text[from..].find("${") {
        let start = from + pos;
        let body_start = start + 2;
        let Some(close) = text[body_start..].find('}') else { break };
        let body = &text[body_start..body_start + close];
        let (last_saved, name) = match body.strip_prefix("last-saved#") {
            Some(n) => (true, n),
            None => (false, body),
        };
        let end = body_start + close + 1;
        if is_ncname(name) {
            out.push(Reference { start, end, name, last_saved });
            from = end;
        } else {
            from = body_start;
        }
    }
    out
}

/// True when the text has at least one `${name}` reference.
pub fn has_reference(text: &str) -> bool {
    !references(text).is_empty()
}

/// Why a reference could not be resolved.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RefError {
    /// No element has this name.
    #[error("There is no survey element named '{0}'.")]
    Unknown(String),
    /// Several elements have this name.
    #[error("There are multiple survey elements named '{0}'.")]
    Ambiguous(String),
}

struct Entry<'a> {
    name: &'a str,
    parent: Option<usize>,
    is_repeat: bool,
    is_section: bool,
    xpath: String,
}

/// Every element of a survey with its parent and path, for resolving references.
pub struct Index<'a> {
    entries: Vec<Entry<'a>>,
    by_name: HashMap<&'a str, Option<usize>>,
    elements: Vec<Option<&'a Element>>,
}

impl<'a> Index<'a> {
    /// Index the survey; entry 0 is the root.
    pub fn new(survey: &'a Survey) -> Self {
        let mut index = Index { entries: vec![], by_name: HashMap::new(), elements: vec![] };
        index.entries.push(Entry {
            name: &survey.name,
            parent: None,
            is_repeat: false,
            is_section: false,
            xpath: format!("/{}", survey.name),
        });
        index.elements.push(None);
        for child in &survey.children {
            index.add(child, 0);
        }
        index
    }

    fn add(&mut self, el: &'a Element, parent: usize) {
        let id = self.entries.len();
        let xpath = format!("{}/{}", self.entries[parent].xpath, el.name);
        self.entries.push(Entry {
            name: &el.name,
            parent: Some(parent),
            is_repeat: el.kind == ElementKind::Repeat,
            is_section: el.kind != ElementKind::Repeat && !matches!(el.kind, ElementKind::Question { .. }),
            xpath,
        });
        self.elements.push(Some(el));
        if !crate::entities::is_internal(el) {
            self.by_name.entry(&el.name).and_modify(|v| *v = None).or_insert(Some(id));
        }
        for c in &el.children {
            self.add(c, id);
        }
    }

    /// Number of entries (root included).
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    /// Never empty: the root is always there.
    pub fn is_empty(&self) -> bool {
        false
    }
    /// The element of an entry (None for the root).
    pub fn element(&self, id: usize) -> Option<&'a Element> {
        self.elements[id]
    }
    /// The absolute path of an entry.
    pub fn xpath(&self, id: usize) -> &str {
        &self.entries[id].xpath
    }
    /// The entry for a name: error when unknown or duplicated.
    pub fn lookup(&self, name: &str) -> Result<usize, RefError> {
        match self.by_name.get(name) {
            None => Err(RefError::Unknown(name.to_string())),
            Some(None) => Err(RefError::Ambiguous(name.to_string())),
            Some(Some(id)) => Ok(*id),
        }
    }
    /// Whether the name is declared at all (possibly several times).
    pub fn contains(&self, name: &str) -> bool {
        self.by_name.contains_key(name)
    }
    /// The parent of an entry.
    pub fn parent(&self, id: usize) -> Option<usize> {
        self.entries[id].parent
    }
    /// True when the entry is a repeat.
    pub fn is_repeat(&self, id: usize) -> bool {
        self.entries[id].is_repeat
    }

    fn ancestors(&self, id: usize) -> Vec<usize> {
        let mut out = vec![];
        let mut cur = self.entries[id].parent;
        while let Some(p) = cur {
            out.push(p);
            cur = self.entries[p].parent;
        }
        out
    }

    /// Lowest common proper ancestor that is a repeat (or any section when `any_section`),
    /// with the number of steps up from `source`.
    fn lowest_common(&self, source: usize, target: usize, any_section: bool) -> Option<(usize, usize)> {
        let target_anc = self.ancestors(target);
        for (steps, a) in self.ancestors(source).into_iter().enumerate() {
            let e = &self.entries[a];
            let ok = e.is_repeat || (any_section && e.is_section);
            if ok && target_anc.contains(&a) {
                return Some((a, steps + 1));
            }
        }
        None
    }

    fn path_below(&self, target: usize, ancestor: usize) -> String {
        let base = &self.entries[ancestor].xpath;
        self.entries[target].xpath[base.len()..].to_string()
    }

    fn first_repeat_ancestor(&self, id: usize) -> Option<usize> {
        self.ancestors(id).into_iter().find(|a| self.entries[*a].is_repeat)
    }

    fn relative_path(&self, source: usize, target: usize, reference_parent: bool) -> Option<(usize, String)> {
        let (lcar, lcar_steps) = self.lowest_common(source, target, false)?;
        if reference_parent {
            let source_car = self.first_repeat_ancestor(source);
            let target_car = self.first_repeat_ancestor(target);
            let lcar_not_in_repeat = self.first_repeat_ancestor(lcar).is_none();
            if target_car == Some(lcar) && (lcar_not_in_repeat || source_car != Some(lcar)) {
                let parent = self.entries[lcar].parent.unwrap_or(0);
                return Some((lcar_steps + 1, self.path_below(target, parent)));
            }
        }
        let (lca, steps) = self.lowest_common(source, target, true)?;
        Some((steps, self.path_below(target, lca)))
    }

    /// The replacement text for one reference, with pyxform's surrounding spaces.
    pub fn replacement(
        &self,
        text: &str,
        r: &Reference<'_>,
        context: Option<usize>,
        use_current: bool,
        reference_parent: bool,
    ) -> Result<String, RefError> {
        let target = self.lookup(r.name)?;
        if !r.last_saved
            && let Some(ctx) = context
            && relative_allowed(text, r)
        {
            let use_current = use_current || in_instance_predicate(text, r);
            if let Some((steps, path)) = self.relative_path(ctx, target, reference_parent)
                && steps > 0
            {
                let path = if path.ends_with(r.name) { path } else { format!("/{}", r.name) };
                let ups = vec![".."; steps].join("/");
                let prefix = if use_current { " current()/" } else { " " };
                return Ok(format!("{prefix}{ups}{path} "));
            }
        }
        let saved = if r.last_saved { "instance('__last-saved')" } else { "" };
        Ok(format!(" {saved}{} ", self.entries[target].xpath))
    }

    /// Replace every reference in an expression by its path.
    pub fn insert_xpaths(
        &self,
        text: &str,
        context: Option<usize>,
        use_current: bool,
        reference_parent: bool,
    ) -> Result<String, RefError> {
        let refs = references(text);
        if refs.is_empty() {
            return Ok(text.to_string());
        }
        let mut out = String::with_capacity(text.len() + 16);
        let mut last = 0;
        for r in &refs {
            out.push_str(&text[last..r.start]);
            out.push_str(&self.replacement(text, r, context, use_current, reference_parent)?);
            last = r.end;
        }
        out.push_str(&text[last..]);
        Ok(out)
    }

    /// Entry id by exact element identity.
    pub fn id_of(&self, el: &Element) -> Option<usize> {
        self.elements.iter().position(|e| e.is_some_and(|e| std::ptr::eq(e, el)))
    }

    /// The name of an entry.
    pub fn name(&self, id: usize) -> &str {
        self.entries[id].name
    }
}

/// pyxform keeps the arguments of `indexed-repeat()` that name nodes absolute.
fn relative_allowed(text: &str, r: &Reference<'_>) -> bool {
    let mut from = 0;
    while let Some(pos) = text[from..].find("indexed-repeat(") {
        let start = from + pos;
        let Some(close) = text[start..].find(')') else { return true };
        let end = start + close + 1;
        if r.start >= start && r.end <= end {
            let inner = &text[start + "indexed-repeat(".len()..end - 1];
            let needle = format!("${{{}}}", r.name);
            let idx =
                inner.split(',').enumerate().filter(|(_, a)| a.contains(&needle)).map(|(i, _)| i).last();
            return idx.is_some_and(|i| ![0, 1, 3, 5].contains(&i));
        }
        from = end;
    }
    true
}

/// True when the reference sits in a `[...]` predicate of an expression using `instance(`.
fn in_instance_predicate(text: &str, r: &Reference<'_>) -> bool {
    if !text.contains("instance(") {
        return false;
    }
    let mut from = 0;
    while let Some(pos) = text[from..].find('[') {
        let start = from + pos;
        let Some(close) = text[start + 1..].find(']') else { return false };
        let end = start + 1 + close + 1;
        if r.start >= start && r.end <= end {
            return true;
        }
        from = end;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_found_with_spans() {
        let r = references("${a} + ${last-saved#b} ${ bad} ${c");
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].name, "a");
        assert!(r[1].last_saved);
        assert_eq!((r[0].start, r[0].end), (0, 4));
    }
}
