//! Test helpers: build a [`Tree`] from a little XML and check tables of expressions.

use chrono::DateTime;

use crate::document::Document;
use crate::environment::FixedEnvironment;
use crate::error::EvalError;
use crate::eval::Evaluator;
use crate::tree::{NodeId, Tree};
use crate::{Expr, Value};

/// A tree whose primary instance is `primary` and with secondary instances `(id, xml)`.
/// The XML subset: elements, attributes in double quotes, text, `&amp; &lt; &gt; &quot; &apos;`.
pub(crate) fn tree(primary: &str, instances: &[(&str, &str)]) -> Tree {
    let mut t = Tree::new();
    let root = t.root();
    parse_into(&mut t, root, primary);
    for (id, xml) in instances {
        let doc = t.add_instance(id);
        parse_into(&mut t, doc, xml);
    }
    t
}

fn parse_into(t: &mut Tree, parent: NodeId, xml: &str) {
    let chars: Vec<char> = xml.chars().collect();
    let mut pos = 0;
    skip_ws(&chars, &mut pos);
    element(t, parent, &chars, &mut pos);
}

fn skip_ws(c: &[char], pos: &mut usize) {
    while *pos < c.len() && c[*pos].is_whitespace() {
        *pos += 1;
    }
}

fn name(c: &[char], pos: &mut usize) -> String {
    let start = *pos;
    while *pos < c.len() && !c[*pos].is_whitespace() && !matches!(c[*pos], '>' | '/' | '=') {
        *pos += 1;
    }
    c[start..*pos].iter().collect()
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn element(t: &mut Tree, parent: NodeId, c: &[char], pos: &mut usize) {
    assert_eq!(c[*pos], '<');
    *pos += 1;
    let tag = name(c, pos);
    let node = t.add_element(parent, &tag);
    loop {
        skip_ws(c, pos);
        match c[*pos] {
            '/' => {
                *pos += 2;
                return;
            }
            '>' => {
                *pos += 1;
                break;
            }
            _ => {
                let attr = name(c, pos);
                assert_eq!(c[*pos], '=');
                *pos += 2;
                let start = *pos;
                while c[*pos] != '"' {
                    *pos += 1;
                }
                let value: String = c[start..*pos].iter().collect();
                *pos += 1;
                t.add_attribute(node, &attr, &unescape(&value));
            }
        }
    }
    let mut text = String::new();
    let mut has_children = false;
    loop {
        if c[*pos] == '<' {
            if c[*pos + 1] == '/' {
                while c[*pos] != '>' {
                    *pos += 1;
                }
                *pos += 1;
                break;
            }
            has_children = true;
            element(t, node, c, pos);
        } else {
            text.push(c[*pos]);
            *pos += 1;
        }
    }
    if !has_children || !text.trim().is_empty() {
        t.set_text(node, &unescape(&text));
    }
}

/// The environment tests use: 2024-03-01T10:20:30.456+03:00, seed 1, version `2024031501`.
pub(crate) fn env() -> FixedEnvironment {
    FixedEnvironment::new(DateTime::parse_from_rfc3339("2024-03-01T10:20:30.456+03:00").unwrap())
        .with_seed(1)
        .with_form_version("2024031501")
        .with_choice_label("/data/crop", "maize", "Maize (corn)")
        .with_itext("/data/q:label", "How old are you?")
}

/// The first node `path` selects, from the primary root.
pub(crate) fn node(t: &Tree, path: &str) -> NodeId {
    let env = env();
    let ev = Evaluator::new(t, &env);
    match ev.evaluate(&Expr::parse(path).unwrap(), t.root()).unwrap() {
        Value::NodeSet(nodes) => nodes[0],
        other => panic!("{path} is not a node-set: {other:?}"),
    }
}

/// Evaluates `expr` with context node `context` and returns `string()` of the result.
pub(crate) fn eval_in(
    t: &Tree,
    env: &FixedEnvironment,
    context: &str,
    expr: &str,
) -> Result<String, EvalError> {
    let ev = Evaluator::new(t, env);
    let e = Expr::parse(expr).unwrap_or_else(|e| panic!("{expr}: {e}"));
    ev.evaluate_string(&e, node(t, context))
}

/// Checks each `(expression, expected string())` against `xml` with context node `context`.
pub(crate) fn check(xml: &str, context: &str, cases: &[(&str, &str)]) {
    check_tree(&tree(xml, &[]), context, cases);
}

/// Like [`check`], on a prepared tree.
pub(crate) fn check_tree(t: &Tree, context: &str, cases: &[(&str, &str)]) {
    let env = env();
    let mut failures = vec![];
    for (expr, expected) in cases {
        match eval_in(t, &env, context, expr) {
            Ok(got) if got == *expected => {}
            Ok(got) => failures.push(format!("{expr}: expected {expected:?}, got {got:?}")),
            Err(e) => failures.push(format!("{expr}: expected {expected:?}, got error {e}")),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The error message evaluating `expr` gives (panics if it succeeds).
pub(crate) fn err(xml: &str, context: &str, expr: &str) -> String {
    let t = tree(xml, &[]);
    match eval_in(&t, &env(), context, expr) {
        Ok(v) => panic!("{expr} gave {v:?}, expected an error"),
        Err(e) => e.to_string(),
    }
}

/// The string-value of every node `path` selects, for assertions on node-sets.
pub(crate) fn strings(t: &Tree, context: &str, expr: &str) -> Vec<String> {
    let env = env();
    let ev = Evaluator::new(t, &env);
    match ev.evaluate(&Expr::parse(expr).unwrap(), node(t, context)).unwrap() {
        Value::NodeSet(nodes) => nodes.iter().map(|&n| t.string_value(n).into_owned()).collect(),
        other => panic!("{expr} is not a node-set: {other:?}"),
    }
}
