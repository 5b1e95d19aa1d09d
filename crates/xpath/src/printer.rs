//! The canonical text of an expression: `Display for Expr`.
//!
//! Canonical means: one space around binary operators, none inside calls except after commas,
//! parentheses only where precedence needs them, single quotes unless the text holds one, and
//! the abbreviations `.`, `..`, `@`, `//` and omitted `child::` wherever XPath allows them.
//! Parsing the printed text gives back an equal tree.

use std::fmt::{self, Write};

use crate::ast::{Axis, Expr, LocationPath, NodeTest, PathStart, Step};

/// Precedence of unary minus: between `*` (6) and `|` (8).
const UNARY: u8 = 7;
/// Precedence of paths, filters and primary expressions.
const PRIMARY: u8 = 9;

fn precedence(e: &Expr) -> u8 {
    if is_bare_root(e) {
        // `/` followed by an operator name or `*` would read them as a step: always parenthesize.
        return 0;
    }
    match e {
        Expr::Binary { op, .. } => op.precedence(),
        Expr::Negate(_) => UNARY,
        _ => PRIMARY,
    }
}

/// True for expressions that may stand before `[` or `/` without parentheses.
fn is_primary(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Number(n) if n.is_finite() && n.is_sign_positive()
    ) || matches!(e, Expr::String(_) | Expr::Variable(_) | Expr::Placeholder { .. } | Expr::Call { .. })
}

/// `/` on its own: followed by anything that could start a step, it would swallow it.
fn is_bare_root(e: &Expr) -> bool {
    matches!(e, Expr::Path(LocationPath { start: PathStart::Root, steps }) if steps.is_empty())
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Printing recurses once per level of the tree, like evaluation.
        crate::stack::guarded(|| write_expr(f, self))
    }
}

fn write_expr(f: &mut fmt::Formatter<'_>, e: &Expr) -> fmt::Result {
    match e {
        Expr::Number(n) => write_number(f, *n),
        Expr::String(s) => write_literal(f, s),
        Expr::Variable(q) => write!(f, "${q}"),
        Expr::Placeholder { name, last_saved } => {
            write!(f, "${{{}{name}}}", if *last_saved { "last-saved#" } else { "" })
        }
        Expr::Call { name, args } => {
            write!(f, "{name}(")?;
            for (i, arg) in args.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{arg}")?;
            }
            f.write_char(')')
        }
        Expr::Binary { op, left, right } => {
            let p = op.precedence();
            write_maybe_parenthesized(f, left, precedence(left) < p)?;
            write!(f, " {} ", op.symbol())?;
            write_maybe_parenthesized(f, right, precedence(right) <= p)
        }
        Expr::Negate(inner) => {
            f.write_char('-')?;
            write_maybe_parenthesized(f, inner, precedence(inner) < UNARY)
        }
        Expr::Filter { base, predicates } => {
            write_maybe_parenthesized(f, base, !is_primary(base))?;
            predicates.iter().try_for_each(|p| write!(f, "[{p}]"))
        }
        Expr::Path(path) => write_path(f, path),
    }
}

fn write_maybe_parenthesized(f: &mut fmt::Formatter<'_>, e: &Expr, parens: bool) -> fmt::Result {
    if parens { write!(f, "({e})") } else { write!(f, "{e}") }
}

fn write_number(f: &mut fmt::Formatter<'_>, n: f64) -> fmt::Result {
    // Literals are never negative or infinite once parsed; trees built by hand still print as
    // expressions with the same value.
    if n.is_nan() {
        f.write_str("(0 div 0)")
    } else if n.is_infinite() {
        f.write_str(if n > 0.0 { "(1 div 0)" } else { "(-1 div 0)" })
    } else if n.is_sign_negative() && n != 0.0 {
        write!(f, "(-{})", -n)
    } else {
        write!(f, "{}", n.abs())
    }
}

fn write_literal(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    if !s.contains('\'') {
        write!(f, "'{s}'")
    } else if !s.contains('"') {
        write!(f, "\"{s}\"")
    } else {
        // XPath 1.0 literals cannot hold both quotes: spell the text as a concat() of parts.
        f.write_str("concat(")?;
        for (i, part) in s.split('\'').enumerate() {
            if i > 0 {
                f.write_str(", \"'\", ")?;
            }
            write!(f, "'{part}'")?;
        }
        f.write_char(')')
    }
}

fn write_path(f: &mut fmt::Formatter<'_>, path: &LocationPath) -> fmt::Result {
    let steps = &path.steps;
    let mut i = 0;
    match &path.start {
        PathStart::Root => {
            f.write_char('/')?;
            if steps.first().is_some_and(Step::is_abbreviated_descendant) && steps.len() > 1 {
                f.write_char('/')?;
                i = 1;
            }
        }
        PathStart::Context => {}
        PathStart::Expr(e) => {
            write_maybe_parenthesized(f, e, !(is_primary(e) || matches!(**e, Expr::Filter { .. })))?;
            if steps.first().is_some_and(Step::is_abbreviated_descendant) && steps.len() > 1 {
                f.write_str("//")?;
                i = 1;
            } else if !steps.is_empty() {
                f.write_char('/')?;
            }
        }
    }
    let mut first = true;
    while i < steps.len() {
        let step = &steps[i];
        if !first {
            // `a//b`: a bare descendant-or-self step between two steps prints as the second '/'.
            if step.is_abbreviated_descendant() && i + 1 < steps.len() {
                f.write_str("//")?;
                i += 1;
                write_step(f, &steps[i])?;
                i += 1;
                continue;
            }
            f.write_char('/')?;
        }
        write_step(f, step)?;
        first = false;
        i += 1;
    }
    Ok(())
}

fn write_step(f: &mut fmt::Formatter<'_>, step: &Step) -> fmt::Result {
    match (step.axis, &step.test, step.predicates.is_empty()) {
        (Axis::SelfAxis, NodeTest::Node, true) => return f.write_char('.'),
        (Axis::Parent, NodeTest::Node, true) => return f.write_str(".."),
        (Axis::Child, _, _) => {}
        (Axis::Attribute, _, _) => f.write_char('@')?,
        (axis, _, _) => write!(f, "{}::", axis.name())?,
    }
    match &step.test {
        NodeTest::Any => f.write_char('*')?,
        NodeTest::PrefixAny(p) => write!(f, "{p}:*")?,
        NodeTest::Name(q) => write!(f, "{q}")?,
        NodeTest::Node => f.write_str("node()")?,
        NodeTest::Text => f.write_str("text()")?,
        NodeTest::Comment => f.write_str("comment()")?,
        NodeTest::ProcessingInstruction(None) => f.write_str("processing-instruction()")?,
        NodeTest::ProcessingInstruction(Some(t)) => {
            f.write_str("processing-instruction(")?;
            write_literal(f, t)?;
            f.write_char(')')?;
        }
    }
    step.predicates.iter().try_for_each(|p| write!(f, "[{p}]"))
}

/// Whether `op` would need parentheses around `e` as its right operand (exposed for tests).
#[cfg(test)]
fn needs_parens_on_right(op: crate::ast::BinaryOp, e: &Expr) -> bool {
    precedence(e) <= op.precedence()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::BinaryOp;

    fn canon(src: &str) -> String {
        Expr::parse(src).unwrap().to_string()
    }

    #[test]
    fn prints_canonical_text() {
        assert_eq!(canon("1+2*3"), "1 + 2 * 3");
        assert_eq!(canon("(1+2)*3"), "(1 + 2) * 3");
        assert_eq!(canon("1-(2-3)"), "1 - (2 - 3)");
        assert_eq!(canon("(1-2)-3"), "1 - 2 - 3");
        assert_eq!(canon("- (1+2)"), "-(1 + 2)");
        assert_eq!(canon("-a|b"), "-a | b");
        assert_eq!(canon("concat( 'a' ,\"b\" , \"it's\")"), "concat('a', 'b', \"it's\")");
        assert_eq!(canon("/data/child::a/attribute::b"), "/data/a/@b");
        assert_eq!(canon("//a//b"), "//a//b");
        assert_eq!(canon("self::node()/parent::node()"), "./..");
        assert_eq!(canon("self::node()[1]"), "self::node()[1]");
        assert_eq!(
            canon("instance('c')/root/item[name=current()/../x]"),
            "instance('c')/root/item[name = current()/../x]"
        );
        assert_eq!(canon("instance('c')//item"), "instance('c')//item");
        assert_eq!(canon("(//a)[1]"), "(//a)[1]");
        assert_eq!(canon("(a/b)/c"), "(a/b)/c");
        assert_eq!(canon("${a} + ${last-saved#b}"), "${a} + ${last-saved#b}");
        assert_eq!(canon("(/) and 1"), "(/) and 1");
        assert_eq!(canon("0.50"), "0.5");
        assert_eq!(canon("$v"), "$v");
        assert_eq!(canon("descendant-or-self::node()"), "descendant-or-self::node()");
        assert_eq!(canon("a/descendant-or-self::node()"), "a/descendant-or-self::node()");
    }

    #[test]
    fn text_with_both_quotes_prints_as_concat() {
        let e = Expr::String("it's \"x\"".into());
        assert_eq!(e.to_string(), "concat('it', \"'\", 's \"x\"')");
    }

    #[test]
    fn right_operands_of_equal_precedence_keep_their_parentheses() {
        let right = Expr::parse("2 - 3").unwrap();
        assert!(needs_parens_on_right(BinaryOp::Sub, &right));
    }
}
