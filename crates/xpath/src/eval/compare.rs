//! Comparisons (`= != < <= > >=`) by the rules of XPath 1.0 section 3.4.
//!
//! A node-set compares true when some node in it does; equality of primitives converts to
//! boolean if either side is boolean, else to number if either is a number, else compares
//! strings; relational operators always compare numbers.

use crate::ast::BinaryOp;
use crate::document::Document;
use crate::environment::Environment;
use crate::eval::Evaluator;
use crate::value::{Value, number_to_boolean, string_to_boolean};

/// A primitive value taking part in a comparison.
enum Atom<'s> {
    Bool(bool),
    Num(f64),
    Str(&'s str),
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
    pub(crate) fn compare(&self, op: BinaryOp, left: &Value<D::Node>, right: &Value<D::Node>) -> bool {
        match (left, right) {
            (Value::NodeSet(a), Value::NodeSet(b)) => {
                let right_strings: Vec<String> = b.iter().map(|&n| self.node_string(n)).collect();
                a.iter().any(|&n| {
                    let s = self.node_string(n);
                    right_strings.iter().any(|t| self.compare_atoms(op, &Atom::Str(&s), &Atom::Str(t)))
                })
            }
            (Value::NodeSet(_), other) => self.compare_node_set(op, left, other),
            (other, Value::NodeSet(_)) => self.compare_node_set(flip(op), right, other),
            (l, r) => self.compare_atoms(op, &atom(l), &atom(r)),
        }
    }

    fn compare_node_set(&self, op: BinaryOp, set: &Value<D::Node>, other: &Value<D::Node>) -> bool {
        let Value::NodeSet(nodes) = set else { return false };
        match other {
            Value::Boolean(b) => self.compare_atoms(op, &Atom::Bool(!nodes.is_empty()), &Atom::Bool(*b)),
            Value::Number(n) => nodes.iter().any(|&node| {
                let v = self.string_to_number(&self.node_string(node));
                compare_numbers(op, v, *n)
            }),
            Value::String(s) => nodes.iter().any(|&node| {
                let v = self.node_string(node);
                self.compare_atoms(op, &Atom::Str(&v), &Atom::Str(s))
            }),
            Value::NodeSet(_) => self.compare(op, set, other),
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

fn atom<N>(v: &Value<N>) -> Atom<'_> {
    match v {
        Value::Boolean(b) => Atom::Bool(*b),
        Value::Number(n) => Atom::Num(*n),
        Value::String(s) => Atom::Str(s),
        // Node-sets are handled before atoms are made.
        Value::NodeSet(nodes) => Atom::Bool(!nodes.is_empty()),
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
