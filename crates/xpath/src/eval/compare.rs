//! Comparisons (`= != < <= > >=`) by the rules of XPath 1.0 section 3.4.
//!
//! A node-set compares true when some node in it does; equality of primitives converts to
//! boolean if either side is boolean, else to number if either is a number, else compares
//! strings; relational operators always compare numbers.

use crate::ast::{BinaryOp, Expr};
use crate::document::Document;
use crate::environment::Environment;
use crate::error::EvalError;
use crate::eval::{Context, Evaluator};
use crate::value::{Value, number_to_boolean, string_to_boolean};

/// A primitive value taking part in a comparison.
#[derive(Clone, Copy)]
enum Atom<'s> {
    Bool(bool),
    Num(f64),
    Str(&'s str),
}

/// One side of a comparison: nodes or a primitive.
enum Side<'v, N> {
    Nodes(&'v [N]),
    Atom(Atom<'v>),
}

/// An evaluated operand. Literals and the context node (`.`), the usual operands of a
/// constraint, are taken as they stand rather than made into values.
enum Operand<'e, N> {
    Literal(Atom<'e>),
    Node(N),
    Value(Value<N>),
}

impl<N> Operand<'_, N> {
    fn side(&self) -> Side<'_, N> {
        match self {
            Operand::Literal(a) => Side::Atom(*a),
            Operand::Node(n) => Side::Nodes(std::slice::from_ref(n)),
            Operand::Value(v) => side(v),
        }
    }
}

/// `a op b` becomes `b flip(op) a`.
fn flip(op: BinaryOp) -> BinaryOp {
    match op {
        BinaryOp::Lt => BinaryOp::Gt,
        BinaryOp::LtEq => BinaryOp::GtEq,
        BinaryOp::Gt => BinaryOp::Lt,
        BinaryOp::GtEq => BinaryOp::LtEq,
        other => other,
    }
}

impl<D: Document, E: Environment> Evaluator<'_, D, E> {
    /// `left op right`, the operands evaluated left to right.
    pub(crate) fn compare_exprs(
        &self,
        op: BinaryOp,
        left: &Expr,
        right: &Expr,
        ctx: &Context<D::Node>,
    ) -> Result<bool, EvalError> {
        let l = self.operand(left, ctx)?;
        let r = self.operand(right, ctx)?;
        Ok(self.compare_sides(op, l.side(), r.side()))
    }

    fn operand<'e>(&self, e: &'e Expr, ctx: &Context<D::Node>) -> Result<Operand<'e, D::Node>, EvalError> {
        Ok(match e {
            Expr::String(s) => Operand::Literal(Atom::Str(s)),
            Expr::Number(n) => Operand::Literal(Atom::Num(*n)),
            e if e.is_context_node() => Operand::Node(ctx.node),
            e => Operand::Value(self.eval(e, ctx)?),
        })
    }

    fn compare_sides(&self, op: BinaryOp, left: Side<'_, D::Node>, right: Side<'_, D::Node>) -> bool {
        match (left, right) {
            (Side::Nodes(a), Side::Nodes(b)) => {
                let right_strings: Vec<_> = b.iter().map(|&n| self.node_str(n)).collect();
                a.iter().any(|&n| {
                    let s = self.node_str(n);
                    right_strings.iter().any(|t| self.compare_atoms(op, &Atom::Str(&s), &Atom::Str(t)))
                })
            }
            (Side::Nodes(nodes), Side::Atom(other)) => self.compare_node_set(op, nodes, &other),
            (Side::Atom(other), Side::Nodes(nodes)) => self.compare_node_set(flip(op), nodes, &other),
            (Side::Atom(l), Side::Atom(r)) => self.compare_atoms(op, &l, &r),
        }
    }

    /// `nodes op other`: true when some node compares true (a boolean compares with the
    /// node-set's emptiness).
    fn compare_node_set(&self, op: BinaryOp, nodes: &[D::Node], other: &Atom<'_>) -> bool {
        match other {
            Atom::Bool(b) => self.compare_atoms(op, &Atom::Bool(!nodes.is_empty()), &Atom::Bool(*b)),
            Atom::Num(n) => nodes.iter().any(|&node| {
                let v = self.string_to_number(&self.node_str(node));
                compare_numbers(op, v, *n)
            }),
            Atom::Str(s) => nodes.iter().any(|&node| {
                let v = self.node_str(node);
                self.compare_atoms(op, &Atom::Str(&v), &Atom::Str(s))
            }),
        }
    }

    fn compare_atoms(&self, op: BinaryOp, a: &Atom<'_>, b: &Atom<'_>) -> bool {
        match op {
            BinaryOp::Eq | BinaryOp::NotEq => {
                let equal = match (a, b) {
                    (Atom::Bool(_), _) | (_, Atom::Bool(_)) => self.atom_boolean(a) == self.atom_boolean(b),
                    (Atom::Num(_), _) | (_, Atom::Num(_)) => self.atom_number(a) == self.atom_number(b),
                    (Atom::Str(x), Atom::Str(y)) => x == y,
                };
                // With NaN on either side `=` is false and `!=` is true, as IEEE 754 says.
                if op == BinaryOp::Eq { equal } else { !equal }
            }
            _ => compare_numbers(op, self.atom_number(a), self.atom_number(b)),
        }
    }

    fn atom_boolean(&self, a: &Atom<'_>) -> bool {
        match a {
            Atom::Bool(b) => *b,
            Atom::Num(n) => number_to_boolean(*n),
            Atom::Str(s) => string_to_boolean(s),
        }
    }

    fn atom_number(&self, a: &Atom<'_>) -> f64 {
        match a {
            Atom::Bool(b) => f64::from(u8::from(*b)),
            Atom::Num(n) => *n,
            Atom::Str(s) => self.string_to_number(s),
        }
    }
}

fn side<N>(v: &Value<N>) -> Side<'_, N> {
    match v {
        Value::Boolean(b) => Side::Atom(Atom::Bool(*b)),
        Value::Number(n) => Side::Atom(Atom::Num(*n)),
        Value::String(s) => Side::Atom(Atom::Str(s)),
        Value::NodeSet(nodes) => Side::Nodes(nodes),
    }
}

fn compare_numbers(op: BinaryOp, a: f64, b: f64) -> bool {
    match op {
        BinaryOp::Eq => a == b,
        BinaryOp::NotEq => a != b,
        BinaryOp::Lt => a < b,
        BinaryOp::LtEq => a <= b,
        BinaryOp::Gt => a > b,
        BinaryOp::GtEq => a >= b,
        _ => false,
    }
}
