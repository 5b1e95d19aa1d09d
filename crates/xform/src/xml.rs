//! A small XML tree and the printer that lays it out exactly as pyxform does.

/// A child of an element: another element or text.
#[derive(Debug, Clone, PartialEq)]
pub enum Child {
    /// A nested element.
    Element(Node),
    /// Character data (escaped when written).
    Text(String),
}

/// An XML element with ordered attributes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Node {
    /// The qualified tag name.
    pub tag: String,
    /// Attributes in output order.
    pub attrs: Vec<(String, String)>,
    /// Children in order.
    pub children: Vec<Child>,
}

impl Node {
    /// An empty element.
    pub fn new(tag: impl Into<String>) -> Self {
        Node { tag: tag.into(), attrs: vec![], children: vec![] }
    }
    /// An element holding text.
    pub fn text(tag: impl Into<String>, text: impl Into<String>) -> Self {
        let mut n = Node::new(tag);
        n.children.push(Child::Text(text.into()));
        n
    }
    /// Builder: add an attribute (replacing an existing one in place).
    pub fn attr(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.set_attr(key, value);
        self
    }
    /// Add an attribute, replacing an existing one in place.
    pub fn set_attr(&mut self, key: impl Into<String>, value: impl Into<String>) {
        let key = key.into();
        let value = value.into();
        match self.attrs.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.attrs.push((key, value)),
        }
    }
    /// Builder: add a child element.
    pub fn child(mut self, child: Node) -> Self {
        self.children.push(Child::Element(child));
        self
    }
    /// Add a child element.
    pub fn push(&mut self, child: Node) {
        self.children.push(Child::Element(child));
    }
    /// The value of an attribute.
    pub fn get_attr(&self, key: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

fn escape(text: &str, attribute: bool, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

fn write_node(node: &Node, indent: &str, pretty: bool, out: &mut String) {
    let newl = if pretty { "\n" } else { "" };
    out.push_str(indent);
    out.push('<');
    out.push_str(&node.tag);
    for (k, v) in &node.attrs {
        out.push(' ');
        out.push_str(k);
        out.push_str("=\"");
        escape(v, true, out);
        out.push('"');
    }
    if node.children.is_empty() {
        out.push_str("/>");
        out.push_str(newl);
        return;
    }
    out.push('>');
    if node.children.iter().any(|c| matches!(c, Child::Text(_))) {
        // Mixed content is written inline, padded with one space on each side as pyxform does.
        let n = node.children.len();
        for (i, c) in node.children.iter().enumerate() {
            if n > 1 && i == 0 && matches!(c, Child::Text(_)) {
                out.push(' ');
            }
            match c {
                Child::Text(t) => escape(t, false, out),
                Child::Element(e) => write_node(e, "", false, out),
            }
            if n > 1 && i + 1 == n {
                out.push(' ');
            }
        }
    } else {
        out.push_str(newl);
        let inner = if pretty { format!("{indent}  ") } else { String::new() };
        for c in &node.children {
            if let Child::Element(e) = c {
                write_node(e, &inner, pretty, out);
            }
        }
        out.push_str(indent);
    }
    out.push_str("</");
    out.push_str(&node.tag);
    out.push('>');
    out.push_str(newl);
}

/// The document as pyxform pretty-prints it: declaration, two-space indents, inline text.
pub fn to_pretty_string(root: &Node) -> String {
    let mut out = String::from("<?xml version=\"1.0\"?>\n");
    write_node(root, "", true, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixed_content_is_padded_and_inline() {
        let label = Node {
            tag: "label".into(),
            attrs: vec![],
            children: vec![
                Child::Text("Hi ".into()),
                Child::Element(Node::new("output").attr("value", " /data/a ")),
            ],
        };
        let root = Node::new("group").child(label).child(Node::new("hint"));
        assert_eq!(
            to_pretty_string(&root),
            "<?xml version=\"1.0\"?>\n<group>\n  <label> Hi <output value=\" /data/a \"/> </label>\n  <hint/>\n</group>\n"
        );
    }
}
