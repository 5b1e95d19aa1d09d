//! Location paths: axes, node tests and predicates.

use crate::ast::{Axis, Expr, LocationPath, NodeTest, PathStart, QName, Step};
use crate::document::{Document, NodeKind};
use crate::environment::Environment;
use crate::error::EvalError;
use crate::eval::{Context, Evaluator};
use crate::value::Value;

impl<D: Document, E: Environment> Evaluator<'_, D, E> {
    pub(crate) fn path(
        &self,
        path: &LocationPath,
        ctx: &Context<D::Node>,
    ) -> Result<Vec<D::Node>, EvalError> {
        let mut nodes = match &path.start {
            // ODK: `/` is the primary instance's root even inside instance('x')[...] predicates.
            PathStart::Root => vec![self.doc.root()],
            PathStart::Context => vec![ctx.node],
            PathStart::Expr(e) => {
                let v = self.eval(e, ctx)?;
                self.node_set(v, || format!("the path after {e}"))?
            }
        };
        // One buffer for the whole path while each step starts from a single node (the usual
        // `/data/group/question`), a second one swapped in when a step starts from several.
        let mut next = Vec::new();
        for step in &path.steps {
            if let [single] = nodes[..] {
                nodes.clear();
                self.step(&[single], step, ctx.current, &mut nodes)?;
            } else {
                next.clear();
                self.step(&nodes, step, ctx.current, &mut next)?;
                std::mem::swap(&mut nodes, &mut next);
            }
        }
        Ok(nodes)
    }

    /// The nodes `step` selects from each of `contexts`, into `out` (empty on entry).
    fn step(
        &self,
        contexts: &[D::Node],
        step: &Step,
        current: D::Node,
        out: &mut Vec<D::Node>,
    ) -> Result<(), EvalError> {
        for &node in contexts {
            let start = out.len();
            self.push_axis(node, step, out);
            if !step.predicates.is_empty() {
                let mut selected = out.split_off(start);
                for predicate in &step.predicates {
                    selected = self.apply_predicate(selected, predicate, current)?;
                }
                out.extend(selected);
            }
        }
        if contexts.len() > 1 {
            self.doc.sort_in_document_order(out);
        } else if step.axis.is_reverse() {
            out.reverse();
        }
        Ok(())
    }

    /// Appends the nodes on the step's axis from `node` that pass its node test, in the
    /// axis's order. The axes that are a plain walk need no list of their own.
    fn push_axis(&self, node: D::Node, step: &Step, out: &mut Vec<D::Node>) {
        let keep = |n: &D::Node| self.matches(*n, step.axis, &step.test);
        match step.axis {
            Axis::Child => match &step.test {
                NodeTest::Name(QName { prefix: None, local }) => {
                    out.extend(self.doc.child_elements_named(node, local));
                }
                _ => out.extend(self.doc.children(node).filter(keep)),
            },
            Axis::Attribute => out.extend(self.doc.attributes(node).filter(keep)),
            Axis::SelfAxis => out.extend(Some(node).filter(keep)),
            Axis::Parent => out.extend(self.doc.parent(node).filter(keep)),
            axis => out.extend(self.axis(node, axis).into_iter().filter(keep)),
        }
    }

    /// Applies predicates to a node-set, positions counted in its order.
    pub(crate) fn filter(
        &self,
        mut nodes: Vec<D::Node>,
        predicates: &[Expr],
        current: D::Node,
    ) -> Result<Vec<D::Node>, EvalError> {
        for predicate in predicates {
            nodes = self.apply_predicate(nodes, predicate, current)?;
        }
        Ok(nodes)
    }

    fn apply_predicate(
        &self,
        nodes: Vec<D::Node>,
        predicate: &Expr,
        current: D::Node,
    ) -> Result<Vec<D::Node>, EvalError> {
        // `[3]` needs no evaluation per node.
        if let Expr::Number(n) = predicate {
            let index = *n as usize;
            return Ok(if n.fract() == 0.0 && index >= 1 {
                nodes.get(index - 1).copied().into_iter().collect()
            } else {
                vec![]
            });
        }
        let size = nodes.len();
        let mut kept = vec![];
        for (i, &node) in nodes.iter().enumerate() {
            let ctx = Context { node, position: Some(i + 1), size: Some(size), current };
            let keep = match self.eval(predicate, &ctx)? {
                Value::Number(n) => n == (i + 1) as f64,
                other => self.boolean(&other),
            };
            if keep {
                kept.push(node);
            }
        }
        Ok(kept)
    }

    /// The nodes on `axis` from `node`, in the axis's order (reverse axes nearest first).
    fn axis(&self, node: D::Node, axis: Axis) -> Vec<D::Node> {
        let doc = self.doc;
        match axis {
            Axis::Child => doc.children(node).collect(),
            Axis::Attribute => doc.attributes(node).collect(),
            Axis::SelfAxis => vec![node],
            Axis::Parent => doc.parent(node).into_iter().collect(),
            Axis::Descendant => {
                let mut out = vec![];
                self.push_descendants(node, &mut out);
                out
            }
            Axis::DescendantOrSelf => {
                let mut out = vec![node];
                self.push_descendants(node, &mut out);
                out
            }
            Axis::Ancestor => self.ancestors(node),
            Axis::AncestorOrSelf => {
                let mut out = vec![node];
                out.extend(self.ancestors(node));
                out
            }
            Axis::FollowingSibling => self.siblings(node).1,
            Axis::PrecedingSibling => {
                let mut before = self.siblings(node).0;
                before.reverse();
                before
            }
            Axis::Following => {
                let mut out = vec![];
                if doc.kind(node) == NodeKind::Attribute
                    && let Some(element) = doc.parent(node)
                {
                    self.push_descendants(element, &mut out);
                }
                let mut n = node;
                loop {
                    for sibling in self.siblings(n).1 {
                        out.push(sibling);
                        self.push_descendants(sibling, &mut out);
                    }
                    match doc.parent(n) {
                        Some(p) => n = p,
                        None => break,
                    }
                }
                out
            }
            Axis::Preceding => {
                let mut out = vec![];
                let mut n = node;
                loop {
                    for sibling in self.siblings(n).0.into_iter().rev() {
                        let mut subtree = vec![sibling];
                        self.push_descendants(sibling, &mut subtree);
                        out.extend(subtree.into_iter().rev());
                    }
                    match doc.parent(n) {
                        Some(p) => n = p,
                        None => break,
                    }
                }
                out
            }
            Axis::Namespace => vec![],
        }
    }

    /// Descendants in document order, without recursion.
    fn push_descendants(&self, node: D::Node, out: &mut Vec<D::Node>) {
        let mut stack: Vec<D::Node> = self.doc.children(node).collect();
        stack.reverse();
        while let Some(n) = stack.pop() {
            out.push(n);
            let before = stack.len();
            stack.extend(self.doc.children(n));
            stack[before..].reverse();
        }
    }

    fn ancestors(&self, node: D::Node) -> Vec<D::Node> {
        let mut out = vec![];
        let mut n = node;
        while let Some(p) = self.doc.parent(n) {
            out.push(p);
            n = p;
        }
        out
    }

    /// The siblings before and after `node` in document order (attributes have none).
    fn siblings(&self, node: D::Node) -> (Vec<D::Node>, Vec<D::Node>) {
        let Some(parent) = self.doc.parent(node) else { return (vec![], vec![]) };
        if self.doc.kind(node) == NodeKind::Attribute {
            return (vec![], vec![]);
        }
        let all: Vec<D::Node> = self.doc.children(parent).collect();
        match all.iter().position(|&c| c == node) {
            Some(i) => (all[..i].to_vec(), all[i + 1..].to_vec()),
            None => (vec![], vec![]),
        }
    }

    #[inline]
    fn matches(&self, node: D::Node, axis: Axis, test: &NodeTest) -> bool {
        let kind = self.doc.kind(node);
        let principal = if axis == Axis::Attribute { NodeKind::Attribute } else { NodeKind::Element };
        match test {
            NodeTest::Node => true,
            NodeTest::Text => kind == NodeKind::Text,
            NodeTest::Comment | NodeTest::ProcessingInstruction(_) => false,
            NodeTest::Any => kind == principal,
            NodeTest::PrefixAny(prefix) => {
                kind == principal
                    && self
                        .doc
                        .name(node)
                        .strip_prefix(prefix.as_str())
                        .is_some_and(|rest| rest.starts_with(':'))
            }
            NodeTest::Name(q) => kind == principal && q.is(self.doc.name(node)),
        }
    }
}
