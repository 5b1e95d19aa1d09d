//! A small HTML tree: every text and attribute value is escaped when written, so a label
//! written by a form author can never become markup.

/// An element or a text.
#[derive(Debug, Clone)]
pub enum Node {
    /// An element.
    Element(Element),
    /// Text, escaped when written.
    Text(String),
}

/// An HTML element with attributes and children.
#[derive(Debug, Clone)]
pub struct Element {
    tag: &'static str,
    attrs: Vec<(&'static str, String)>,
    children: Vec<Node>,
}

/// Attributes written bare when empty (`hidden`, not `hidden=""`).
const BOOLEAN: [&str; 10] = [
    "hidden",
    "novalidate",
    "selected",
    "multiple",
    "capture",
    "controls",
    "disabled",
    "readonly",
    "required",
    "checked",
];

/// Elements that have no end tag.
const VOID: [&str; 6] = ["input", "img", "br", "hr", "meta", "source"];

/// A new element.
pub fn el(tag: &'static str) -> Element {
    Element { tag, attrs: vec![], children: vec![] }
}

/// A text node.
pub fn text(t: impl Into<String>) -> Node {
    Node::Text(t.into())
}

impl Element {
    /// Adds an attribute (written escaped).
    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.attrs.push((name, value.into()));
        self
    }
    /// Adds an attribute when `on` (written bare when it is a boolean attribute left empty).
    pub fn attr_if(self, on: bool, name: &'static str, value: impl Into<String>) -> Self {
        if on { self.attr(name, value) } else { self }
    }
    /// Adds a child.
    pub fn child(mut self, child: impl Into<Node>) -> Self {
        self.children.push(child.into());
        self
    }
    /// Adds children.
    pub fn children(mut self, children: impl IntoIterator<Item = Node>) -> Self {
        self.children.extend(children);
        self
    }
    /// Adds a text child.
    pub fn text(self, t: impl Into<String>) -> Self {
        self.child(text(t))
    }
    /// Adds a child in place.
    pub fn push(&mut self, child: impl Into<Node>) {
        self.children.push(child.into());
    }
}

impl From<Element> for Node {
    fn from(e: Element) -> Self {
        Node::Element(e)
    }
}

/// Escapes text for element content and double-quoted attribute values.
pub fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

impl Node {
    /// Writes the node as HTML.
    pub fn write(&self, out: &mut String) {
        match self {
            Node::Text(t) => escape(t, out),
            Node::Element(e) => {
                out.push('<');
                out.push_str(e.tag);
                for (k, v) in &e.attrs {
                    out.push(' ');
                    out.push_str(k);
                    if !v.is_empty() || !BOOLEAN.contains(k) {
                        out.push_str("=\"");
                        escape(v, out);
                        out.push('"');
                    }
                }
                out.push('>');
                if VOID.contains(&e.tag) {
                    return;
                }
                for c in &e.children {
                    c.write(out);
                }
                out.push_str("</");
                out.push_str(e.tag);
                out.push('>');
            }
        }
    }
}

/// JSON made safe to sit in a `<script type="application/json">` block: `<`, `>` and `&`
/// are written as `\u` escapes (only ever inside JSON strings), so `</script>` cannot appear.
pub fn json_script(id: &str, json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 64);
    out.push_str("<script type=\"application/json\" id=\"");
    escape(id, &mut out);
    out.push_str("\">");
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out.push_str("</script>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(n: impl Into<Node>) -> String {
        let mut s = String::new();
        n.into().write(&mut s);
        s
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        let e = el("p").attr("title", "a\"b'<c>").text("<script>alert(1)</script> & co");
        assert_eq!(
            html(e),
            "<p title=\"a&quot;b&#39;&lt;c&gt;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>"
        );
    }

    #[test]
    fn void_and_boolean_attributes() {
        assert_eq!(html(el("input").attr("required", "").attr("id", "x")), "<input required id=\"x\">");
        assert_eq!(html(el("option").attr("value", "")), "<option value=\"\"></option>");
    }

    #[test]
    fn json_cannot_close_its_script_block() {
        let s = json_script("d", r#"{"a":"</script><b>&"}"#);
        assert_eq!(s.matches("</script>").count(), 1);
        assert!(s.contains(r"\u003c/script\u003e\u003cb\u003e\u0026"));
    }
}
