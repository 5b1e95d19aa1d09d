//! The evaluator: operators, comparisons and conversions. Paths are in [`path`], functions in
//! [`crate::functions`].

mod compare;
mod path;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;

use regex::Regex;

use crate::ast::{BinaryOp, Expr};
use crate::dates;
use crate::document::Document;
use crate::environment::Environment;
use crate::error::EvalError;
use crate::value::{Value, number_to_boolean, number_to_string, parse_xpath_number, string_to_boolean};

/// Where an expression is evaluated: the context node, its position and the size of the
/// node-set it came from (inside predicates), and the node `current()` returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context<N> {
    /// The context node (`.`).
    pub node: N,
    /// `position()`: set inside predicates. When `None`, `position()` is the node's position
    /// among its same-named siblings, as ODK does for a repeat instance.
    pub position: Option<usize>,
    /// `last()`: set inside predicates, 1 when `None`.
    pub size: Option<usize>,
    /// The node `current()` returns: the node whose expression this is, unchanged in predicates.
    pub current: N,
}

impl<N: Copy> Context<N> {
    /// The context of an expression that belongs to `node` (a question's relevance, constraint...).
    pub fn new(node: N) -> Self {
        Context { node, position: None, size: None, current: node }
    }
}

/// Evaluates expressions against a [`Document`] with an [`Environment`].
///
/// ```
/// use chrono::DateTime;
/// use xpath::{Document, Evaluator, Expr, FixedEnvironment, Tree, Value};
///
/// let mut tree = Tree::new();
/// let data = tree.add_element(tree.root(), "data");
/// let age = tree.add_leaf(data, "age", "17");
/// let env = FixedEnvironment::new(DateTime::parse_from_rfc3339("2024-03-01T10:00:00Z").unwrap());
/// let ev = Evaluator::new(&tree, &env);
/// let constraint = Expr::parse(". >= 18 or /data/age = 17").unwrap();
/// assert_eq!(ev.evaluate(&constraint, age).unwrap(), Value::Boolean(true));
/// ```
pub struct Evaluator<'a, D: Document, E: Environment> {
    pub(crate) doc: &'a D,
    pub(crate) env: &'a E,
    variables: HashMap<String, Value<D::Node>>,
    regexes: RefCell<HashMap<String, Regex>>,
}

impl<'a, D: Document, E: Environment> Evaluator<'a, D, E> {
    /// An evaluator over `doc` with `env`.
    pub fn new(doc: &'a D, env: &'a E) -> Self {
        Evaluator { doc, env, variables: HashMap::new(), regexes: RefCell::new(HashMap::new()) }
    }

    /// Defines `$name` for the expressions this evaluator runs.
    pub fn with_variable(mut self, name: impl Into<String>, value: Value<D::Node>) -> Self {
        self.variables.insert(name.into(), value);
        self
    }

    /// The document evaluated against.
    pub fn document(&self) -> &'a D {
        self.doc
    }

    /// Evaluates `expr` for the node it belongs to (its context and `current()` node).
    pub fn evaluate(&self, expr: &Expr, node: D::Node) -> Result<Value<D::Node>, EvalError> {
        self.eval(expr, &Context::new(node))
    }

    /// Evaluates `expr` and converts the result with `string()`.
    pub fn evaluate_string(&self, expr: &Expr, node: D::Node) -> Result<String, EvalError> {
        Ok(self.string(&self.evaluate(expr, node)?))
    }

    /// Evaluates `expr` and converts the result with `number()`.
    pub fn evaluate_number(&self, expr: &Expr, node: D::Node) -> Result<f64, EvalError> {
        Ok(self.number(&self.evaluate(expr, node)?))
    }

    /// Evaluates `expr` and converts the result with `boolean()` (for relevance, constraints,
    /// required).
    pub fn evaluate_boolean(&self, expr: &Expr, node: D::Node) -> Result<bool, EvalError> {
        Ok(self.boolean(&self.evaluate(expr, node)?))
    }

    /// Evaluates `expr` in a full context (position and size, as inside a predicate).
    pub fn eval(&self, expr: &Expr, ctx: &Context<D::Node>) -> Result<Value<D::Node>, EvalError> {
        crate::stack::guarded(|| self.eval_node(expr, ctx))
    }

    fn eval_node(&self, expr: &Expr, ctx: &Context<D::Node>) -> Result<Value<D::Node>, EvalError> {
        Ok(match expr {
            Expr::Number(n) => Value::Number(*n),
            Expr::String(s) => Value::String(s.clone()),
            Expr::Variable(q) => self
                .variables
                .get(&q.to_string())
                .cloned()
                .ok_or_else(|| EvalError::UnknownVariable { name: q.to_string() })?,
            Expr::Placeholder { name, .. } => {
                return Err(EvalError::UnresolvedPlaceholder { name: name.clone() });
            }
            Expr::Call { name, args } => return crate::functions::call(self, ctx, name, args),
            Expr::Negate(e) => Value::Number(-self.eval_number(e, ctx)?),
            Expr::Binary { op, left, right } => return self.binary(*op, left, right, ctx),
            Expr::Filter { base, predicates } => {
                let nodes = self.node_set(self.eval(base, ctx)?, || "a predicate [...]".to_string())?;
                Value::NodeSet(self.filter(nodes, predicates, ctx.current)?)
            }
            Expr::Path(p) => Value::NodeSet(self.path(p, ctx)?),
        })
    }

    fn binary(
        &self,
        op: BinaryOp,
        left: &Expr,
        right: &Expr,
        ctx: &Context<D::Node>,
    ) -> Result<Value<D::Node>, EvalError> {
        use BinaryOp::*;
        Ok(match op {
            Or => Value::Boolean(self.eval_boolean(left, ctx)? || self.eval_boolean(right, ctx)?),
            And => Value::Boolean(self.eval_boolean(left, ctx)? && self.eval_boolean(right, ctx)?),
            Eq | NotEq | Lt | LtEq | Gt | GtEq => Value::Boolean(self.compare_exprs(op, left, right, ctx)?),
            Add | Sub | Mul | Div | Mod => {
                let l = self.eval_number(left, ctx)?;
                let r = self.eval_number(right, ctx)?;
                Value::Number(match op {
                    Add => l + r,
                    Sub => l - r,
                    Mul => l * r,
                    Div => l / r,
                    _ => l % r,
                })
            }
            Union => {
                let what = || "the '|' operator".to_string();
                let mut nodes = self.node_set(self.eval(left, ctx)?, what)?;
                nodes.extend(self.node_set(self.eval(right, ctx)?, what)?);
                self.doc.sort_in_document_order(&mut nodes);
                Value::NodeSet(nodes)
            }
        })
    }

    pub(crate) fn eval_number(&self, e: &Expr, ctx: &Context<D::Node>) -> Result<f64, EvalError> {
        if e.is_context_node() {
            return Ok(self.string_to_number(&self.node_str(ctx.node)));
        }
        Ok(self.number(&self.eval(e, ctx)?))
    }

    pub(crate) fn eval_string(&self, e: &Expr, ctx: &Context<D::Node>) -> Result<String, EvalError> {
        // `.` is the usual argument of a constraint's functions; no node-set is needed for it.
        if e.is_context_node() {
            return Ok(self.node_string(ctx.node));
        }
        Ok(self.string(&self.eval(e, ctx)?))
    }

    pub(crate) fn eval_boolean(&self, e: &Expr, ctx: &Context<D::Node>) -> Result<bool, EvalError> {
        Ok(self.boolean(&self.eval(e, ctx)?))
    }

    /// The nodes of a node-set value, or a type error naming `what` needed them.
    pub(crate) fn node_set(
        &self,
        v: Value<D::Node>,
        what: impl Fn() -> String,
    ) -> Result<Vec<D::Node>, EvalError> {
        match v {
            Value::NodeSet(nodes) => Ok(nodes),
            other => Err(EvalError::TypeMismatch {
                context: what(),
                expected: "a node-set",
                found: other.type_name(),
            }),
        }
    }

    /// The string-value of a node.
    pub fn node_string(&self, node: D::Node) -> String {
        self.node_str(node).into_owned()
    }

    /// The string-value of a node, borrowed from the document when it can be.
    pub(crate) fn node_str(&self, node: D::Node) -> Cow<'a, str> {
        self.doc.string_value(node)
    }

    /// XPath `string()`: a node-set gives its first node's value, or `""` when empty.
    pub fn string(&self, v: &Value<D::Node>) -> String {
        match v {
            Value::Boolean(b) => b.to_string(),
            Value::Number(n) => number_to_string(*n),
            Value::String(s) => s.clone(),
            Value::NodeSet(nodes) => nodes.first().map(|&n| self.node_string(n)).unwrap_or_default(),
        }
    }

    /// XPath `number()`, extended as ODK does: date and dateTime text become days since
    /// 1970-01-01 (a dateTime without offset is read in the environment's offset).
    pub fn number(&self, v: &Value<D::Node>) -> f64 {
        match v {
            Value::Boolean(b) => f64::from(u8::from(*b)),
            Value::Number(n) => *n,
            Value::String(s) => self.string_to_number(s),
            Value::NodeSet(_) => self.string_to_number(&self.string(v)),
        }
    }

    /// XPath `number(string)` with ODK's date extension.
    pub fn string_to_number(&self, s: &str) -> f64 {
        if let Some(n) = parse_xpath_number(s) {
            return n;
        }
        // A time alone (as a `time` question stores it) counts as that time on 1970-01-01,
        // so two times compare as JavaRosa compares them.
        let moment = dates::parse_moment(s).or_else(|| {
            let (time, offset) = dates::parse_time(s.trim())?;
            Some(dates::Moment::DateTime(dates::epoch().and_time(time), offset))
        });
        match moment {
            Some(m) => dates::moment_to_days(m, *self.env.now().offset()),
            None => f64::NAN,
        }
    }

    /// XPath `boolean()`: non-zero numbers, non-empty strings and node-sets are true.
    pub fn boolean(&self, v: &Value<D::Node>) -> bool {
        match v {
            Value::Boolean(b) => *b,
            Value::Number(n) => number_to_boolean(*n),
            Value::String(s) => string_to_boolean(s),
            Value::NodeSet(nodes) => !nodes.is_empty(),
        }
    }

    /// A compiled regular expression, kept for the evaluator's lifetime.
    pub(crate) fn regex(&self, pattern: &str) -> Result<Regex, regex::Error> {
        if let Some(r) = self.regexes.borrow().get(pattern) {
            return Ok(r.clone());
        }
        // Anchored: ODK Collect requires the whole value to match.
        let r = regex::RegexBuilder::new(&format!("^(?:{pattern})$")).size_limit(1 << 20).build()?;
        self.regexes.borrow_mut().insert(pattern.to_string(), r.clone());
        Ok(r)
    }
}
