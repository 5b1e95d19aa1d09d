//! The data an expression is evaluated against, as the caller provides it.

use std::borrow::Cow;
use std::fmt::Debug;
use std::hash::Hash;

/// The kinds of node the evaluator walks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeKind {
    /// The document node above an instance's root element (what `/` and `instance('id')` select).
    Root,
    /// An element.
    Element,
    /// An attribute of an element.
    Attribute,
    /// A text node, for data models that expose them as children (most need not).
    Text,
}

/// A read-only tree of instance data: the primary instance (a submission) and any secondary
/// instances (choice lists, CSV or GeoJSON attachments) by id.
///
/// Element values are strings, as XForms stores them. Node handles are cheap copies; the
/// evaluator never holds a node longer than one evaluation.
pub trait Document {
    /// A handle on one node. `Ord` is used only to order nodes of different instances; order
    /// within an instance comes from [`Document::sort_in_document_order`].
    type Node: Copy + Eq + Ord + Hash + Debug;

    /// The document node of the primary instance (its only child is the root element, e.g. `data`).
    fn root(&self) -> Self::Node;

    /// The document node of the secondary instance with this id, if there is one.
    fn instance(&self, id: &str) -> Option<Self::Node>;

    /// What kind of node this is.
    fn kind(&self, node: Self::Node) -> NodeKind;

    /// The qualified name of an element or attribute as written (`orx:meta`); `""` for the
    /// document node and text nodes.
    fn name(&self, node: Self::Node) -> &str;

    /// The parent: an element's parent element (or document node), an attribute's element.
    /// `None` for a document node.
    fn parent(&self, node: Self::Node) -> Option<Self::Node>;

    /// The children in document order: elements (and text nodes, if the model has them).
    fn children(&self, node: Self::Node) -> impl Iterator<Item = Self::Node> + '_;

    /// The child elements of `node` whose name (as written, prefix included) is `name`, in
    /// document order: what a path step such as `/data/age` selects.
    ///
    /// The default filters [`Document::children`]; a model that can find them with less work
    /// per child should override it.
    fn child_elements_named<'s>(
        &'s self,
        node: Self::Node,
        name: &'s str,
    ) -> impl Iterator<Item = Self::Node> + 's {
        self.children(node).filter(move |&c| self.kind(c) == NodeKind::Element && self.name(c) == name)
    }

    /// The attributes of an element, in order; nothing for other nodes.
    fn attributes(&self, node: Self::Node) -> impl Iterator<Item = Self::Node> + '_;

    /// The node's own text: an element's text content (its value), an attribute's value.
    fn text(&self, node: Self::Node) -> Cow<'_, str>;

    /// The XPath string-value: for an element or document node, the text of all its
    /// descendants in document order; for an attribute or text node, its text.
    ///
    /// The default concatenates [`Document::text`] of the node and of its descendant elements,
    /// which suits data without mixed content. Override it if the model knows better.
    fn string_value(&self, node: Self::Node) -> Cow<'_, str> {
        match self.kind(node) {
            NodeKind::Attribute | NodeKind::Text => self.text(node),
            NodeKind::Element | NodeKind::Root => {
                let mut children = self.children(node).peekable();
                if children.peek().is_none() {
                    return self.text(node);
                }
                let mut out = self.text(node).into_owned();
                for child in children {
                    out.push_str(&self.string_value(child));
                }
                Cow::Owned(out)
            }
        }
    }

    /// Sorts `nodes` into document order and removes duplicates.
    ///
    /// The default works out each node's position from the tree (cost grows with depth and
    /// sibling count). A model whose handles already compare in document order should
    /// override this with `nodes.sort(); nodes.dedup();`.
    fn sort_in_document_order(&self, nodes: &mut Vec<Self::Node>) {
        if nodes.len() < 2 {
            return;
        }
        let mut keyed: Vec<(Self::Node, Vec<usize>, Self::Node)> = nodes
            .iter()
            .map(|&n| {
                let (top, key) = order_key(self, n);
                (top, key, n)
            })
            .collect();
        keyed.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        keyed.dedup_by(|a, b| a.2 == b.2);
        *nodes = keyed.into_iter().map(|(_, _, n)| n).collect();
    }
}

/// The top-most ancestor of `node` and the positions leading down to it: at each level,
/// attributes count first, then children.
fn order_key<D: Document + ?Sized>(doc: &D, node: D::Node) -> (D::Node, Vec<usize>) {
    let mut key = vec![];
    let mut current = node;
    while let Some(parent) = doc.parent(current) {
        let index = if doc.kind(current) == NodeKind::Attribute {
            doc.attributes(parent).position(|a| a == current)
        } else {
            doc.children(parent).position(|c| c == current).map(|i| i + doc.attributes(parent).count())
        };
        key.push(index.unwrap_or(usize::MAX));
        current = parent;
    }
    key.reverse();
    (current, key)
}
