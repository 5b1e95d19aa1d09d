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
        for step in &path.steps {
            nodes = self.step(&nodes, step, ctx.current)?;
        }
        Ok(nodes)
    }

    fn step(&self, contexts: &[D::Node], step: &Step, current: D::Node) -> Result<Vec<D::Node>, EvalError> {
        let mut out = vec![];
        for &node in contexts {
            let mut selected: Vec<D::Node> = self
                .axis(node, step.axis)
                .into_iter()
                .filter(|&n| self.matches(n, step.axis, &step.test))
                .collect();
            for predicate in &step.predicates {
                selected = self.apply_predicate(selected, predicate, current)?;
            }
            out.extend(selected);
        }
        if contexts.len() > 1 {
            self.doc.sort_in_document_order(&mut out);
        } else if step.axis.is_reverse() {
            out.reverse();
        }
        Ok(out)
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
            NodeTest::Name(q) => kind == principal && name_matches(self.doc.name(node), q),
        }
    }
}

fn name_matches(name: &str, q: &QName) -> bool {
    match &q.prefix {
        None => name == q.local,
        Some(p) => name
            .strip_prefix(p.as_str())
            .and_then(|rest| rest.strip_prefix(':'))
            .is_some_and(|local| local == q.local),
    }
}
