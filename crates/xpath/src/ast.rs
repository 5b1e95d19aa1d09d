//! The typed syntax tree of an expression.
//!
//! Parentheses are not kept: precedence is in the shape of the tree, and the printer adds
//! parentheses back where they are needed. The abbreviations `.`, `..`, `@` and `//` are kept
//! as the steps they stand for (`self::node()`, `parent::node()`, `attribute::`,
//! `descendant-or-self::node()`).

use std::fmt;

use crate::error::EvalError;

/// A qualified name such as `concat`, `jr:choice-name` or `orx:meta`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct QName {
    /// The part before `:`, if any.
    pub prefix: Option<String>,
    /// The part after `:` (or the whole name).
    pub local: String,
}

impl QName {
    /// A name without prefix.
    pub fn local(local: impl Into<String>) -> Self {
        QName { prefix: None, local: local.into() }
    }

    /// A name with a prefix.
    pub fn prefixed(prefix: impl Into<String>, local: impl Into<String>) -> Self {
        QName { prefix: Some(prefix.into()), local: local.into() }
    }

    /// True when `written` (a name as written, e.g. `jr:choice-name`) is this name; the same
    /// as comparing with this name's text, without building it.
    pub(crate) fn is(&self, written: &str) -> bool {
        match &self.prefix {
            None => written == self.local,
            Some(prefix) => written
                .strip_prefix(prefix.as_str())
                .and_then(|rest| rest.strip_prefix(':'))
                .is_some_and(|local| local == self.local),
        }
    }

    /// Splits `p:l` at its first colon; a name without colon has no prefix.
    pub fn from_qualified(name: &str) -> Self {
        match name.split_once(':') {
            Some((p, l)) => QName::prefixed(p, l),
            None => QName::local(name),
        }
    }
}

impl fmt::Display for QName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.prefix {
            Some(p) => write!(f, "{p}:{}", self.local),
            None => f.write_str(&self.local),
        }
    }
}

/// The XPath 1.0 axes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Axis {
    /// `ancestor::`
    Ancestor,
    /// `ancestor-or-self::`
    AncestorOrSelf,
    /// `attribute::` (abbreviated `@`)
    Attribute,
    /// `child::` (the default axis)
    Child,
    /// `descendant::`
    Descendant,
    /// `descendant-or-self::` (`//` abbreviates `/descendant-or-self::node()/`)
    DescendantOrSelf,
    /// `following::`
    Following,
    /// `following-sibling::`
    FollowingSibling,
    /// `namespace::` (parsed; the data model has no namespace nodes, so it selects nothing)
    Namespace,
    /// `parent::` (`..` abbreviates `parent::node()`)
    Parent,
    /// `preceding::`
    Preceding,
    /// `preceding-sibling::`
    PrecedingSibling,
    /// `self::` (`.` abbreviates `self::node()`)
    SelfAxis,
}

impl Axis {
    /// Every axis, for lookups and tests.
    pub const ALL: [Axis; 13] = [
        Axis::Ancestor,
        Axis::AncestorOrSelf,
        Axis::Attribute,
        Axis::Child,
        Axis::Descendant,
        Axis::DescendantOrSelf,
        Axis::Following,
        Axis::FollowingSibling,
        Axis::Namespace,
        Axis::Parent,
        Axis::Preceding,
        Axis::PrecedingSibling,
        Axis::SelfAxis,
    ];

    /// The axis name as written before `::`.
    pub fn name(self) -> &'static str {
        match self {
            Axis::Ancestor => "ancestor",
            Axis::AncestorOrSelf => "ancestor-or-self",
            Axis::Attribute => "attribute",
            Axis::Child => "child",
            Axis::Descendant => "descendant",
            Axis::DescendantOrSelf => "descendant-or-self",
            Axis::Following => "following",
            Axis::FollowingSibling => "following-sibling",
            Axis::Namespace => "namespace",
            Axis::Parent => "parent",
            Axis::Preceding => "preceding",
            Axis::PrecedingSibling => "preceding-sibling",
            Axis::SelfAxis => "self",
        }
    }

    /// The axis called `name`, if there is one.
    pub fn from_name(name: &str) -> Option<Axis> {
        Axis::ALL.into_iter().find(|a| a.name() == name)
    }

    /// True for the axes whose proximity positions run against document order.
    pub fn is_reverse(self) -> bool {
        matches!(self, Axis::Ancestor | Axis::AncestorOrSelf | Axis::Preceding | Axis::PrecedingSibling)
    }
}

/// What a step selects on its axis.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NodeTest {
    /// `*`: any element (any attribute on the attribute axis).
    Any,
    /// `prefix:*`: any element whose name has this prefix.
    PrefixAny(String),
    /// A name: elements (or attributes) with exactly this qualified name.
    Name(QName),
    /// `node()`: any node.
    Node,
    /// `text()`: text nodes, where the data model has them.
    Text,
    /// `comment()`: never matches (the data model has no comments).
    Comment,
    /// `processing-instruction('target'?)`: never matches.
    ProcessingInstruction(Option<String>),
}

/// One step of a location path: `axis::test[predicate]...`.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// The axis walked.
    pub axis: Axis,
    /// The test nodes on the axis must pass.
    pub test: NodeTest,
    /// Filters applied in order, each with positions counted along the axis.
    pub predicates: Vec<Expr>,
}

impl Step {
    /// A `child::name` step without predicates.
    pub fn child(name: impl Into<String>) -> Self {
        Step {
            axis: Axis::Child,
            test: NodeTest::Name(QName::from_qualified(&name.into())),
            predicates: vec![],
        }
    }

    /// The step `//` stands for: `descendant-or-self::node()`.
    pub fn descendant_or_self() -> Self {
        Step { axis: Axis::DescendantOrSelf, test: NodeTest::Node, predicates: vec![] }
    }

    /// True for the bare `descendant-or-self::node()` that `//` abbreviates.
    pub fn is_abbreviated_descendant(&self) -> bool {
        self.axis == Axis::DescendantOrSelf && self.test == NodeTest::Node && self.predicates.is_empty()
    }
}

/// Where a location path starts.
#[derive(Debug, Clone, PartialEq)]
pub enum PathStart {
    /// `/...`: the root of the primary instance.
    Root,
    /// A relative path: the context node.
    Context,
    /// `expr/...`: the node-set an expression returns (e.g. `instance('x')/root/item`).
    Expr(Box<Expr>),
}

/// A location path: a start and steps.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationPath {
    /// Where the path starts.
    pub start: PathStart,
    /// The steps, in order. `//` appears as a `descendant-or-self::node()` step.
    pub steps: Vec<Step>,
}

/// Binary operators, from loosest to tightest binding:
/// `or`, `and`, `= !=`, `< <= > >=`, `+ -`, `* div mod`, `|`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    /// `or`
    Or,
    /// `and`
    And,
    /// `=`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtEq,
    /// `>`
    Gt,
    /// `>=`
    GtEq,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `div`
    Div,
    /// `mod`
    Mod,
    /// `|` (node-set union)
    Union,
}

impl BinaryOp {
    /// The operator as written.
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Or => "or",
            BinaryOp::And => "and",
            BinaryOp::Eq => "=",
            BinaryOp::NotEq => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::LtEq => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::GtEq => ">=",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "div",
            BinaryOp::Mod => "mod",
            BinaryOp::Union => "|",
        }
    }

    /// Binding strength: higher binds tighter. Unary minus sits at 7, between `*` and `|`.
    pub fn precedence(self) -> u8 {
        match self {
            BinaryOp::Or => 1,
            BinaryOp::And => 2,
            BinaryOp::Eq | BinaryOp::NotEq => 3,
            BinaryOp::Lt | BinaryOp::LtEq | BinaryOp::Gt | BinaryOp::GtEq => 4,
            BinaryOp::Add | BinaryOp::Sub => 5,
            BinaryOp::Mul | BinaryOp::Div | BinaryOp::Mod => 6,
            BinaryOp::Union => 8,
        }
    }
}

/// An expression.
///
/// `Clone`, `PartialEq`, `Display` and evaluation recurse once per level of the tree and grow
/// the stack on the heap when it runs low, so trees as deep as the parser allows are safe on
/// small thread stacks.
#[derive(Debug)]
pub enum Expr {
    /// A number literal such as `3` or `.5` (never negative: `-3` is `Negate(3)`).
    Number(f64),
    /// A string literal.
    String(String),
    /// `$name`.
    Variable(QName),
    /// The XLSForm reference `${name}` (or `${last-saved#name}`).
    Placeholder {
        /// The question name in the braces.
        name: String,
        /// True for `${last-saved#name}`.
        last_saved: bool,
    },
    /// A function call.
    Call {
        /// The function's name.
        name: QName,
        /// The arguments, in order.
        args: Vec<Expr>,
    },
    /// `left op right`.
    Binary {
        /// The operator.
        op: BinaryOp,
        /// Left operand.
        left: Box<Expr>,
        /// Right operand.
        right: Box<Expr>,
    },
    /// Unary minus.
    Negate(Box<Expr>),
    /// A primary expression with predicates: `(expr)[p]...`, `instance('x')[p]`.
    Filter {
        /// The filtered expression.
        base: Box<Expr>,
        /// The predicates, positions counted in document order.
        predicates: Vec<Expr>,
    },
    /// A location path.
    Path(LocationPath),
}

impl Clone for Expr {
    fn clone(&self) -> Self {
        crate::stack::guarded(|| match self {
            Expr::Number(n) => Expr::Number(*n),
            Expr::String(s) => Expr::String(s.clone()),
            Expr::Variable(q) => Expr::Variable(q.clone()),
            Expr::Placeholder { name, last_saved } => {
                Expr::Placeholder { name: name.clone(), last_saved: *last_saved }
            }
            Expr::Call { name, args } => Expr::Call { name: name.clone(), args: args.clone() },
            Expr::Binary { op, left, right } => {
                Expr::Binary { op: *op, left: left.clone(), right: right.clone() }
            }
            Expr::Negate(e) => Expr::Negate(e.clone()),
            Expr::Filter { base, predicates } => {
                Expr::Filter { base: base.clone(), predicates: predicates.clone() }
            }
            Expr::Path(p) => Expr::Path(p.clone()),
        })
    }
}

impl PartialEq for Expr {
    fn eq(&self, other: &Self) -> bool {
        crate::stack::guarded(|| match (self, other) {
            (Expr::Number(a), Expr::Number(b)) => a == b,
            (Expr::String(a), Expr::String(b)) => a == b,
            (Expr::Variable(a), Expr::Variable(b)) => a == b,
            (Expr::Placeholder { name: a, last_saved: x }, Expr::Placeholder { name: b, last_saved: y }) => {
                a == b && x == y
            }
            (Expr::Call { name: a, args: x }, Expr::Call { name: b, args: y }) => a == b && x == y,
            (Expr::Binary { op: a, left: l1, right: r1 }, Expr::Binary { op: b, left: l2, right: r2 }) => {
                a == b && l1 == l2 && r1 == r2
            }
            (Expr::Negate(a), Expr::Negate(b)) => a == b,
            (Expr::Filter { base: a, predicates: x }, Expr::Filter { base: b, predicates: y }) => {
                a == b && x == y
            }
            (Expr::Path(a), Expr::Path(b)) => a == b,
            _ => false,
        })
    }
}

impl Expr {
    /// True for `.` (`self::node()`, or a relative path without steps): the context node.
    pub(crate) fn is_context_node(&self) -> bool {
        let Expr::Path(LocationPath { start: PathStart::Context, steps }) = self else { return false };
        match steps.as_slice() {
            [] => true,
            [Step { axis: Axis::SelfAxis, test: NodeTest::Node, predicates }] => predicates.is_empty(),
            _ => false,
        }
    }

    /// True when the value cannot depend on where the expression is evaluated, nor change
    /// from one evaluation to the next: no relative path, no `current()`, no function that
    /// reads the context node or position (any call without arguments but `true()`, `false()`
    /// and `pi()`), no random numbers, uuids or clock. Against the same document and
    /// environment such an expression always has the same value, so it can be evaluated once
    /// for every node it belongs to. Conservative: a relative path inside a predicate counts.
    pub fn is_context_free(&self) -> bool {
        const VARYING: [&str; 9] =
            ["current", "once", "position", "last", "random", "randomize", "uuid", "now", "today"];
        let mut free = true;
        self.visit(&mut |e| match e {
            Expr::Path(LocationPath { start: PathStart::Context, .. }) => free = false,
            Expr::Call { name, args } => {
                let constant =
                    name.prefix.is_none() && matches!(name.local.as_str(), "true" | "false" | "pi");
                let varying = name.prefix.is_none() && VARYING.contains(&name.local.as_str());
                if varying || (args.is_empty() && !constant) {
                    free = false;
                }
            }
            _ => {}
        });
        free
    }

    /// Calls `f` on this expression and every expression inside it, parents before children.
    pub fn visit(&self, f: &mut dyn FnMut(&Expr)) {
        crate::stack::guarded(|| self.visit_inner(f));
    }

    fn visit_inner(&self, f: &mut dyn FnMut(&Expr)) {
        f(self);
        self.for_each_child(&mut |child| child.visit(f));
    }

    /// Like [`Expr::visit`], with mutable access. `f` sees a node before its children, so a node
    /// that `f` replaces is then walked in its new form.
    pub fn visit_mut(&mut self, f: &mut dyn FnMut(&mut Expr)) {
        crate::stack::guarded(|| self.visit_mut_inner(f));
    }

    fn visit_mut_inner(&mut self, f: &mut dyn FnMut(&mut Expr)) {
        f(self);
        match self {
            Expr::Number(_) | Expr::String(_) | Expr::Variable(_) | Expr::Placeholder { .. } => {}
            Expr::Call { args, .. } => args.iter_mut().for_each(|a| a.visit_mut(f)),
            Expr::Binary { left, right, .. } => {
                left.visit_mut(f);
                right.visit_mut(f);
            }
            Expr::Negate(e) => e.visit_mut(f),
            Expr::Filter { base, predicates } => {
                base.visit_mut(f);
                predicates.iter_mut().for_each(|p| p.visit_mut(f));
            }
            Expr::Path(path) => {
                if let PathStart::Expr(e) = &mut path.start {
                    e.visit_mut(f);
                }
                for step in &mut path.steps {
                    step.predicates.iter_mut().for_each(|p| p.visit_mut(f));
                }
            }
        }
    }

    /// Replaces each `${name}` for which `resolve(name, last_saved)` returns an expression
    /// (typically the question's path); the others stay as they are.
    pub fn replace_placeholders(&mut self, resolve: &mut dyn FnMut(&str, bool) -> Option<Expr>) {
        self.visit_mut(&mut |e| {
            if let Expr::Placeholder { name, last_saved } = e
                && let Some(replacement) = resolve(name, *last_saved)
            {
                *e = replacement;
            }
        });
    }

    /// The names of the `${name}` references, in order of appearance (repeats included).
    pub fn placeholder_names(&self) -> Vec<&str> {
        let mut names = vec![];
        collect_placeholders(self, &mut names);
        names
    }

    /// Checks every function call against the function library: unknown names (with a
    /// suggestion) and wrong argument counts. Returns the problems found, in order.
    pub fn check_functions(&self) -> Vec<EvalError> {
        let mut problems = vec![];
        self.visit(&mut |e| {
            if let Expr::Call { name, args } = e
                && let Err(err) = crate::functions::resolve(name, args.len())
            {
                problems.push(err);
            }
        });
        problems
    }

    /// How deeply the tree nests (a literal is 1).
    pub fn depth(&self) -> usize {
        crate::stack::guarded(|| {
            let mut deepest = 0;
            self.for_each_child(&mut |child| deepest = deepest.max(child.depth()));
            deepest + 1
        })
    }

    /// Calls `f` on each direct sub-expression, in order.
    pub fn for_each_child<'a>(&'a self, f: &mut dyn FnMut(&'a Expr)) {
        match self {
            Expr::Number(_) | Expr::String(_) | Expr::Variable(_) | Expr::Placeholder { .. } => {}
            Expr::Call { args, .. } => args.iter().for_each(f),
            Expr::Binary { left, right, .. } => {
                f(left);
                f(right);
            }
            Expr::Negate(e) => f(e),
            Expr::Filter { base, predicates } => {
                f(base);
                predicates.iter().for_each(f);
            }
            Expr::Path(path) => {
                if let PathStart::Expr(e) = &path.start {
                    f(e);
                }
                path.steps.iter().flat_map(|s| &s.predicates).for_each(f);
            }
        }
    }
}

fn collect_placeholders<'a>(e: &'a Expr, out: &mut Vec<&'a str>) {
    crate::stack::guarded(|| match e {
        Expr::Placeholder { name, .. } => out.push(name),
        _ => e.for_each_child(&mut |child| collect_placeholders(child, out)),
    });
}
