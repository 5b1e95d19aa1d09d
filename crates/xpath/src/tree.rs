//! [`Tree`]: a small in-memory [`Document`], for tests and for callers without a tree of their own.
//!
//! Nodes are plain data in one vector; names and text values live in one shared string and
//! children and attributes are linked lists, so adding a node allocates nothing of its own
//! and cloning a tree copies two buffers.

use std::borrow::Cow;
use std::ops::Range;

use crate::document::{Document, NodeKind};

/// A handle on a node of a [`Tree`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(u32);

/// A piece of [`Tree::strings`]: `start..end` in bytes.
#[derive(Debug, Clone, Copy, Default)]
struct Span {
    start: u32,
    end: u32,
}

impl Span {
    #[inline]
    fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    #[inline]
    fn len(self) -> usize {
        self.end.saturating_sub(self.start) as usize
    }
}

/// The first and last node of a list of children or attributes.
#[derive(Debug, Clone, Copy, Default)]
struct List {
    first: Option<NodeId>,
    last: Option<NodeId>,
}

/// One node: fixed-size data, its strings in [`Tree::strings`], its neighbours by id.
#[derive(Debug, Clone)]
struct NodeData {
    kind: NodeKind,
    name: Span,
    text: Span,
    parent: Option<NodeId>,
    /// The next child (or attribute) of the same parent.
    next: Option<NodeId>,
    children: List,
    attributes: List,
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
    /// Every name and text value, one after the other (a replaced text stays, unused).
    strings: String,
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
        Tree::with_capacity(1, 0)
    }

    /// An empty tree (as [`Tree::new`]) with room for `nodes` nodes and `bytes` bytes of names
    /// and text before it needs to grow.
    pub fn with_capacity(nodes: usize, bytes: usize) -> Self {
        let mut tree = Tree {
            nodes: Vec::with_capacity(nodes),
            strings: String::with_capacity(bytes),
            instances: vec![],
        };
        tree.push(NodeKind::Root, "", "", None);
        tree
    }

    /// Makes room for `nodes` more nodes and `bytes` more bytes of names and text.
    pub fn reserve(&mut self, nodes: usize, bytes: usize) {
        self.nodes.reserve(nodes);
        self.strings.reserve(bytes);
    }

    /// Copies `s` into the shared string.
    fn store(&mut self, s: &str) -> Span {
        // Offsets past u32::MAX would need 4 GiB of text first; saturate rather than panic.
        let start = u32::try_from(self.strings.len()).unwrap_or(u32::MAX);
        self.strings.push_str(s);
        let end = u32::try_from(self.strings.len()).unwrap_or(u32::MAX);
        Span { start, end }
    }

    fn push(&mut self, kind: NodeKind, name: &str, text: &str, parent: Option<NodeId>) -> NodeId {
        // More than u32::MAX nodes would not fit in memory first; saturate rather than panic.
        let id = NodeId(u32::try_from(self.nodes.len()).unwrap_or(u32::MAX));
        let name = self.store(name);
        let text = self.store(text);
        self.nodes.push(NodeData {
            kind,
            name,
            text,
            parent,
            next: None,
            children: List::default(),
            attributes: List::default(),
        });
        id
    }

    #[inline]
    fn data(&self, node: NodeId) -> Option<&NodeData> {
        self.nodes.get(node.0 as usize)
    }

    fn data_mut(&mut self, node: NodeId) -> Option<&mut NodeData> {
        self.nodes.get_mut(node.0 as usize)
    }

    /// Links `node` at the end of `parent`'s children (or attributes).
    fn append(&mut self, parent: NodeId, node: NodeId, attribute: bool) {
        let Some(p) = self.data_mut(parent) else { return };
        let list = if attribute { &mut p.attributes } else { &mut p.children };
        let previous = list.last.replace(node);
        if list.first.is_none() {
            list.first = Some(node);
        }
        if let Some(previous) = previous.and_then(|n| self.data_mut(n)) {
            previous.next = Some(node);
        }
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
        self.append(parent, id, false);
        id
    }

    /// Adds an attribute to `element`.
    pub fn add_attribute(&mut self, element: NodeId, name: &str, value: &str) -> NodeId {
        let id = self.push(NodeKind::Attribute, name, value, Some(element));
        self.append(element, id, true);
        id
    }

    /// Replaces a node's text value.
    pub fn set_text(&mut self, node: NodeId, text: &str) {
        if self.data(node).is_some() {
            let span = self.store(text);
            if let Some(n) = self.data_mut(node) {
                n.text = span;
            }
        }
    }

    /// True when the node has no children (attributes aside).
    #[inline]
    pub fn is_leaf(&self, node: NodeId) -> bool {
        self.data(node).is_none_or(|n| n.children.first.is_none())
    }

    #[inline]
    fn str(&self, span: Span) -> &str {
        self.strings.get(span.range()).unwrap_or("")
    }

    /// The nodes of a list, following the links.
    #[inline]
    fn list(&self, first: Option<NodeId>) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(first, |&n| self.data(n).and_then(|d| d.next))
    }
}

impl Document for Tree {
    type Node = NodeId;

    #[inline]
    fn root(&self) -> NodeId {
        NodeId(0)
    }

    fn instance(&self, id: &str) -> Option<NodeId> {
        self.instances.iter().find(|(i, _)| i == id).map(|(_, n)| *n)
    }

    #[inline]
    fn kind(&self, node: NodeId) -> NodeKind {
        self.data(node).map_or(NodeKind::Root, |n| n.kind)
    }

    #[inline]
    fn name(&self, node: NodeId) -> &str {
        self.data(node).map_or("", |n| self.str(n.name))
    }

    #[inline]
    fn parent(&self, node: NodeId) -> Option<NodeId> {
        self.data(node).and_then(|n| n.parent)
    }

    #[inline]
    fn children(&self, node: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.list(self.data(node).and_then(|n| n.children.first))
    }

    #[inline]
    fn child_elements_named<'s>(&'s self, node: NodeId, name: &'s str) -> impl Iterator<Item = NodeId> + 's {
        Named { tree: self, next: self.data(node).and_then(|n| n.children.first), name }
    }

    #[inline]
    fn attributes(&self, node: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.list(self.data(node).and_then(|n| n.attributes.first))
    }

    #[inline]
    fn text(&self, node: NodeId) -> Cow<'_, str> {
        Cow::Borrowed(self.data(node).map_or("", |n| self.str(n.text)))
    }
}

/// The child elements with one name, each child looked at once.
struct Named<'t> {
    tree: &'t Tree,
    next: Option<NodeId>,
    name: &'t str,
}

impl<'t> Iterator for Named<'t> {
    type Item = NodeId;

    #[inline]
    fn next(&mut self) -> Option<NodeId> {
        while let Some(id) = self.next {
            let node = self.tree.data(id)?;
            self.next = node.next;
            // Lengths first: most siblings differ in length, and then no bytes are compared.
            let named = node.name.len() == self.name.len() && self.tree.str(node.name) == self.name;
            if node.kind == NodeKind::Element && named {
                return Some(id);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_and_attributes_keep_their_order() {
        let mut tree = Tree::new();
        let data = tree.add_element(tree.root(), "data");
        let a = tree.add_leaf(data, "a", "1");
        let id = tree.add_attribute(data, "id", "form");
        let b = tree.add_element(data, "b");
        let version = tree.add_attribute(data, "version", "2");
        let c = tree.add_leaf(b, "c", "3");
        assert_eq!(tree.children(data).collect::<Vec<_>>(), vec![a, b]);
        assert_eq!(tree.attributes(data).collect::<Vec<_>>(), vec![id, version]);
        assert_eq!(tree.children(b).collect::<Vec<_>>(), vec![c]);
        assert_eq!(tree.child_elements_named(data, "b").collect::<Vec<_>>(), vec![b]);
        assert_eq!(tree.child_elements_named(data, "id").count(), 0, "attributes are not children");
        assert_eq!((tree.name(version), tree.text(version).as_ref()), ("version", "2"));
        assert!(tree.is_leaf(a) && !tree.is_leaf(b));
        tree.set_text(a, "one");
        assert_eq!(tree.string_value(data), "one3");
        assert_eq!(tree.parent(c), Some(b));
    }
}
