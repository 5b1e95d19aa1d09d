//! Arbitrary text into the expression parser: it may refuse it, never panic. What parses must
//! print as text that parses back to the same tree, and evaluate (to a value or an error)
//! against a small document.

#![no_main]

use std::sync::OnceLock;

use chrono::DateTime;
use libfuzzer_sys::fuzz_target;
use xpath::{Document, Evaluator, Expr, FixedEnvironment, NodeId, Tree};

/// A submission-like document with a repeat and a secondary instance, and its root element.
fn document() -> &'static (Tree, NodeId) {
    static TREE: OnceLock<(Tree, NodeId)> = OnceLock::new();
    TREE.get_or_init(|| {
        let mut t = Tree::new();
        let data = t.add_element(t.root(), "data");
        t.add_attribute(data, "id", "form");
        for (name, value) in [
            ("age", "34"),
            ("visited", "2024-03-01"),
            ("crops", "maize beans"),
            ("where", "-1.31 36.78 1700 5"),
            ("trace", "0 0;0 1;1 1;0 0"),
            ("empty", ""),
        ] {
            t.add_leaf(data, name, value);
        }
        for age in ["7", "41"] {
            let member = t.add_element(data, "member");
            t.add_leaf(member, "age", age);
        }
        let list = t.add_instance("villages");
        let root = t.add_element(list, "root");
        for (name, label) in [("lindi", "Lindi"), ("makina", "Makina")] {
            let item = t.add_element(root, "item");
            t.add_leaf(item, "name", name);
            t.add_leaf(item, "label", label);
        }
        (t, data)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(expr) = Expr::parse(text) else { return };
    let printed = expr.to_string();
    match Expr::parse(&printed) {
        Ok(again) => assert_eq!(again, expr, "{text:?} prints as {printed:?}, which parses to another tree"),
        Err(e) => panic!("{text:?} prints as {printed:?}, which does not parse: {e}"),
    }
    let env = FixedEnvironment::new(DateTime::parse_from_rfc3339("2024-03-01T10:00:00+03:00").unwrap());
    let (tree, data) = document();
    let _ = Evaluator::new(tree, &env).evaluate(&expr, *data);
});
