//! [`Tree`]: a small in-memory [`Document`], for tests and for callers without a tree of their own.

use std::borrow::Cow;

use crate::document::{Document, NodeKind};

/// A handle on a node of a [`Tree`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(u32);

#[derive(Debug, Clone)]
struct NodeData {
    kind: NodeKind,
    name: String,
    text: String,
    parent: Option<NodeId>,
    children: Vec<NodeId>,
    attributes: Vec<NodeId>,
}

/// An owned tree of elements with text values and attributes: one primary instance and any
/// number of secondary instances by id.
///
/// ```
/// use xpath::{Tree, Document};
/// let mut tree = Tree::new();
/// let data = tree.add_element(tree.root(), "data");
/// tree.add_leaf(data, "age", "32");
/// let cities = tree.add_instance("cities");
/// let root = tree.add_element(cities, "root");
/// let item = tree.add_element(root, "item");
/// tree.add_leaf(item, "name", "Nairobi");
/// assert_eq!(tree.string_value(data), "32");
/// ```
#[derive(Debug, Clone)]
pub struct Tree {
    nodes: Vec<NodeData>,
    instances: Vec<(String, NodeId)>,
}

impl Default for Tree {
    fn default() -> Self {
        Tree::new()
    }
}

impl Tree {
    /// A tree with an empty primary instance (a document node without children).
    pub fn new() -> Self {
        let mut tree = Tree { nodes: vec![], instances: vec![] };
        tree.push(NodeKind::Root, "", "", None);
        tree
    }

    fn push(&mut self, kind: NodeKind, name: &str, text: &str, parent: Option<NodeId>) -> NodeId {
        // More than u32::MAX nodes would not fit in memory first; saturate rather than panic.
        let id = NodeId(u32::try_from(self.nodes.len()).unwrap_or(u32::MAX));
        self.nodes.push(NodeData {
            kind,
            name: name.to_string(),
            text: text.to_string(),
            parent,
            children: vec![],
            attributes: vec![],
        });
        id
    }

    fn data(&self, node: NodeId) -> Option<&NodeData> {
        self.nodes.get(node.0 as usize)
    }

    fn data_mut(&mut self, node: NodeId) -> Option<&mut NodeData> {
        self.nodes.get_mut(node.0 as usize)
    }

    /// Adds a secondary instance and returns its document node.
    pub fn add_instance(&mut self, id: &str) -> NodeId {
        let node = self.push(NodeKind::Root, "", "", None);
        self.instances.push((id.to_string(), node));
        node
    }

    /// Appends an empty element under `parent` (a document node or an element).
    pub fn add_element(&mut self, parent: NodeId, name: &str) -> NodeId {
        self.add_leaf(parent, name, "")
    }

    /// Appends an element with a text value under `parent`.
    pub fn add_leaf(&mut self, parent: NodeId, name: &str, text: &str) -> NodeId {
        let id = self.push(NodeKind::Element, name, text, Some(parent));
        if let Some(p) = self.data_mut(parent) {
            p.children.push(id);
        }
        id
    }

    /// Adds an attribute to `element`.
    pub fn add_attribute(&mut self, element: NodeId, name: &str, value: &str) -> NodeId {
        let id = self.push(NodeKind::Attribute, name, value, Some(element));
        if let Some(e) = self.data_mut(element) {
            e.attributes.push(id);
        }
        id
    }

    /// Replaces a node's text value.
    pub fn set_text(&mut self, node: NodeId, text: &str) {
        if let Some(n) = self.data_mut(node) {
            n.text = text.to_string();
        }
    }
}

impl Document for Tree {
    type Node = NodeId;

    fn root(&self) -> NodeId {
        NodeId(0)
    }

    fn instance(&self, id: &str) -> Option<NodeId> {
        self.instances.iter().find(|(i, _)| i == id).map(|(_, n)| *n)
    }

    fn kind(&self, node: NodeId) -> NodeKind {
        self.data(node).map_or(NodeKind::Root, |n| n.kind)
    }

    fn name(&self, node: NodeId) -> &str {
        self.data(node).map_or("", |n| &n.name)
    }

    fn parent(&self, node: NodeId) -> Option<NodeId> {
        self.data(node).and_then(|n| n.parent)
    }

    fn children(&self, node: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.data(node).map(|n| n.children.as_slice()).unwrap_or_default().iter().copied()
    }

    fn attributes(&self, node: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.data(node).map(|n| n.attributes.as_slice()).unwrap_or_default().iter().copied()
    }

    fn text(&self, node: NodeId) -> Cow<'_, str> {
        Cow::Borrowed(self.data(node).map_or("", |n| &n.text))
    }
}
