//! XPath expressions compiled for the browser engine.
//!
//! The engine must run under a strict Content Security Policy (`script-src 'self'`), which
//! forbids `eval` and `new Function`; so an expression is not shipped as JavaScript text but as
//! a small JSON program that `assets/engine.js` interprets. The parsing, the `${name}`
//! resolution and the checks of function names and arities all happen here, once, in Rust.
//!
//! The program is made of JSON values:
//! - a number or a string is that literal;
//! - `[op, left, right]` for the binary operators (`or and = != < <= > >= + - * div mod |`);
//! - `["neg", e]` for unary minus;
//! - `["f", name, args...]` for a function call;
//! - `["p", start, step...]` for a location path, where `start` is `"/"` (the primary root),
//!   `"."` (the context node) or a program (`instance('x')/...`), and each step is
//!   `[axis, test, predicates...]` with the axis abbreviated (`c` child, `a` attribute, `s`
//!   self, `p` parent, `d` descendant, `ds` descendant-or-self, `an` ancestor, `as`
//!   ancestor-or-self, `fs` following-sibling, `ps` preceding-sibling, `f` following, `pr`
//!   preceding, `ns` namespace) and the test a name, `*`, `prefix:*`, `node()`, `text()` or
//!   `none()` (comments and processing instructions, which the data never has);
//! - `["flt", base, predicates...]` for a filtered primary expression;
//! - `["cn", text, path]` for the question argument of `jr:choice-name()` written as a string
//!   literal: the text, and the path it names compiled (or `null`).

use serde_json::{Value, json};
use xpath::{Axis, BinaryOp, Expr, LocationPath, NodeTest, PathStart, Step};

/// The functions the browser engine implements (each with the arities of the xpath crate).
pub const SUPPORTED_FUNCTIONS: &[&str] = &[
    "last",
    "position",
    "count",
    "name",
    "local-name",
    "namespace-uri",
    "string",
    "concat",
    "starts-with",
    "contains",
    "substring-before",
    "substring-after",
    "substring",
    "string-length",
    "normalize-space",
    "translate",
    "boolean",
    "not",
    "true",
    "false",
    "number",
    "sum",
    "floor",
    "ceiling",
    "round",
    "join",
    "substr",
    "ends-with",
    "regex",
    "pulldata",
    "if",
    "coalesce",
    "boolean-from-string",
    "checklist",
    "weighted-checklist",
    "once",
    "int",
    "pow",
    "abs",
    "min",
    "max",
    "log",
    "log10",
    "exp",
    "exp10",
    "sqrt",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "atan2",
    "pi",
    "random",
    "count-non-empty",
    "instance",
    "current",
    "indexed-repeat",
    "uuid",
    "selected",
    "count-selected",
    "selected-at",
    "jr:choice-name",
    "today",
    "now",
    "date",
    "date-time",
    "decimal-date",
    "decimal-date-time",
    "decimal-time",
    "format-date",
    "format-date-time",
    "version",
];

/// Why an expression cannot run in the browser; the engine then treats its bind as
/// permissive and the server's check of the submission stays the safeguard.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Unsupported {
    /// The text is not an expression.
    #[error("it does not parse: {0}")]
    Parse(String),
    /// A function the xpath crate does not know, or called with the wrong number of arguments.
    #[error("{0}")]
    Function(String),
    /// A function the xpath crate knows but the browser engine does not implement.
    #[error("the web form engine does not implement {0}()")]
    NotInEngine(String),
    /// `$variable` references, which XForms never define.
    #[error("variables ($name) are not supported")]
    Variable,
    /// A `${name}` that was not resolved to a path.
    #[error("the reference ${{{0}}} was not resolved")]
    Placeholder(String),
}

/// Parses `text` (references already resolved to paths) and compiles it.
pub fn compile_text(text: &str) -> Result<Value, Unsupported> {
    let expr = Expr::parse(text).map_err(|e| Unsupported::Parse(e.to_string()))?;
    compile(&expr)
}

/// Compiles a parsed expression into the engine's JSON program.
pub fn compile(expr: &Expr) -> Result<Value, Unsupported> {
    if let Some(problem) = expr.check_functions().into_iter().next() {
        return Err(Unsupported::Function(problem.to_string()));
    }
    node(expr)
}

fn node(expr: &Expr) -> Result<Value, Unsupported> {
    Ok(match expr {
        Expr::Number(n) => json!(n),
        Expr::String(s) => json!(s),
        Expr::Variable(_) => return Err(Unsupported::Variable),
        Expr::Placeholder { name, .. } => return Err(Unsupported::Placeholder(name.clone())),
        Expr::Negate(e) => json!(["neg", node(e)?]),
        Expr::Binary { op, left, right } => json!([op_code(*op), node(left)?, node(right)?]),
        Expr::Call { name, args } => call(&name.to_string(), args)?,
        Expr::Filter { base, predicates } => {
            let mut out = vec![json!("flt"), node(base)?];
            for p in predicates {
                out.push(node(p)?);
            }
            Value::Array(out)
        }
        Expr::Path(path) => location_path(path)?,
    })
}

fn call(name: &str, args: &[Expr]) -> Result<Value, Unsupported> {
    if !SUPPORTED_FUNCTIONS.contains(&name) {
        return Err(Unsupported::NotInEngine(name.to_string()));
    }
    let mut out = vec![json!("f"), json!(name)];
    for (i, arg) in args.iter().enumerate() {
        if name == "jr:choice-name"
            && i == 1
            && let Expr::String(text) = arg
        {
            // The question is usually named by a path written as text: compile that path so
            // that a relative one is found from the node, as the xpath crate does.
            let path = match Expr::parse(text.trim()) {
                Ok(e @ Expr::Path(_)) => compile(&e).ok(),
                _ => None,
            };
            out.push(json!(["cn", text, path]));
            continue;
        }
        out.push(node(arg)?);
    }
    Ok(Value::Array(out))
}

fn location_path(path: &LocationPath) -> Result<Value, Unsupported> {
    let start = match &path.start {
        PathStart::Root => json!("/"),
        PathStart::Context => json!("."),
        PathStart::Expr(e) => node(e)?,
    };
    let mut out = vec![json!("p"), start];
    for step in &path.steps {
        out.push(compile_step(step)?);
    }
    Ok(Value::Array(out))
}

fn compile_step(step: &Step) -> Result<Value, Unsupported> {
    let test = match &step.test {
        NodeTest::Any => "*".to_string(),
        NodeTest::PrefixAny(p) => format!("{p}:*"),
        NodeTest::Name(q) => q.to_string(),
        NodeTest::Node => "node()".to_string(),
        NodeTest::Text => "text()".to_string(),
        NodeTest::Comment | NodeTest::ProcessingInstruction(_) => "none()".to_string(),
    };
    let mut out = vec![json!(axis_code(step.axis)), json!(test)];
    for p in &step.predicates {
        out.push(node(p)?);
    }
    Ok(Value::Array(out))
}

fn axis_code(axis: Axis) -> &'static str {
    match axis {
        Axis::Child => "c",
        Axis::Attribute => "a",
        Axis::SelfAxis => "s",
        Axis::Parent => "p",
        Axis::Descendant => "d",
        Axis::DescendantOrSelf => "ds",
        Axis::Ancestor => "an",
        Axis::AncestorOrSelf => "as",
        Axis::FollowingSibling => "fs",
        Axis::PrecedingSibling => "ps",
        Axis::Following => "f",
        Axis::Preceding => "pr",
        Axis::Namespace => "ns",
    }
}

fn op_code(op: BinaryOp) -> &'static str {
    op.symbol()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(text: &str) -> String {
        compile_text(text).unwrap().to_string()
    }

    #[test]
    fn literals_operators_and_calls_become_json_programs() {
        assert_eq!(c("1 + 2 * 3"), r#"["+",1.0,["*",2.0,3.0]]"#);
        assert_eq!(c("'a' = \"b\""), r#"["=","a","b"]"#);
        assert_eq!(c("-(1)"), r#"["neg",1.0]"#);
        assert_eq!(c("selected(/data/q, 'x')"), r#"["f","selected",["p","/",["c","data"],["c","q"]],"x"]"#);
        assert_eq!(c("not(true())"), r#"["f","not",["f","true"]]"#);
    }

    #[test]
    fn paths_keep_their_axes_tests_and_predicates() {
        assert_eq!(c("../a"), r#"["p",".",["p","node()"],["c","a"]]"#);
        assert_eq!(c("."), r#"["p",".",["s","node()"]]"#);
        assert_eq!(c("@id"), r#"["p",".",["a","id"]]"#);
        assert_eq!(
            c("instance('c')/root/item[x = current()/../y][2]"),
            r#"["p",["f","instance","c"],["c","root"],["c","item",["=",["p",".",["c","x"]],["p",["f","current"],["p","node()"],["c","y"]]],2.0]]"#
        );
        assert_eq!(c("(/a | /b)[1]"), r#"["flt",["|",["p","/",["c","a"]],["p","/",["c","b"]]],1.0]"#);
        assert_eq!(c("//x"), r#"["p","/",["ds","node()"],["c","x"]]"#);
        assert_eq!(c("orx:*"), r#"["p",".",["c","orx:*"]]"#);
    }

    #[test]
    fn choice_name_paths_written_as_text_are_compiled() {
        assert_eq!(
            c("jr:choice-name(/data/crop, ' ../crop ')"),
            r#"["f","jr:choice-name",["p","/",["c","data"],["c","crop"]],["cn"," ../crop ",["p",".",["p","node()"],["c","crop"]]]]"#
        );
    }

    #[test]
    fn what_the_engine_cannot_run_is_refused_with_a_reason() {
        assert!(
            matches!(compile_text("distance(/data/g)"), Err(Unsupported::NotInEngine(f)) if f == "distance")
        );
        assert!(matches!(compile_text("frobnicate(1)"), Err(Unsupported::Function(_))));
        assert!(matches!(compile_text("concat(1"), Err(Unsupported::Parse(_))));
        assert!(matches!(compile_text("$x + 1"), Err(Unsupported::Variable)));
        assert!(matches!(compile_text("${age} > 1"), Err(Unsupported::Placeholder(n)) if n == "age"));
        assert!(matches!(compile_text("if(1)"), Err(Unsupported::Function(_))));
    }

    #[test]
    fn every_supported_function_is_one_the_xpath_crate_knows() {
        for f in SUPPORTED_FUNCTIONS {
            assert!(xpath::lookup_function(f).is_some(), "{f}");
        }
    }
}
