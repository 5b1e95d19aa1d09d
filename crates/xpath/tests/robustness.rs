//! No input makes the crate panic or overflow the stack: random text for the parser, random
//! token soup for the parser and the evaluator, and very deep expressions on a small stack.

use chrono::DateTime;
use proptest::prelude::*;
use xpath::{Document, Evaluator, Expr, FixedEnvironment, Tree, placeholders};

fn sample_tree() -> Tree {
    let mut t = Tree::new();
    let data = t.add_element(t.root(), "data");
    t.add_attribute(data, "id", "form");
    for (name, value) in
        [("a", "1"), ("b", "2024-03-01"), ("c", "x y z"), ("d", "0 0;0 1;1 1;0 0"), ("e", "")]
    {
        t.add_leaf(data, name, value);
    }
    let rep = t.add_element(data, "r");
    t.add_leaf(rep, "q", "7");
    let list = t.add_instance("list");
    let root = t.add_element(list, "root");
    let item = t.add_element(root, "item");
    t.add_leaf(item, "name", "one");
    t
}

fn env() -> FixedEnvironment {
    FixedEnvironment::new(DateTime::parse_from_rfc3339("2024-03-01T10:00:00+03:00").unwrap())
}

const FRAGMENTS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "/",
    "//",
    ".",
    "..",
    "@",
    "*",
    ",",
    "|",
    "+",
    "-",
    "=",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "::",
    " and ",
    " or ",
    " div ",
    " mod ",
    "a",
    "b",
    "c",
    "d",
    "r",
    "q",
    "data",
    "item",
    "child",
    "parent",
    "self",
    "ancestor",
    "descendant-or-self",
    "following",
    "preceding-sibling",
    "node()",
    "text()",
    "'x'",
    "\"y\"",
    "'",
    "1",
    "0",
    "1.5",
    ".5",
    "$v",
    "${q}",
    "${",
    "}",
    "concat(",
    "count(",
    "substring(",
    "round(",
    "date(",
    "format-date(",
    "selected(",
    "instance('list')",
    "current()",
    "position()",
    "last()",
    "randomize(",
    "area(",
    "distance(",
    "regex(",
    "if(",
    "uuid(",
    "digest(",
    "'%Y'",
    "'SHA-1'",
    "1 div 0",
    "true()",
    "not(",
    "sum(",
    "indexed-repeat(",
    "pulldata(",
    "once(",
    "translate(",
    "jr:choice-name(",
    " ",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS.to_vec()), 0..24).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_text_parses_or_fails_cleanly(s in "\\PC{0,40}") {
        if let Ok(e) = Expr::parse(&s) {
            let text = e.to_string();
            prop_assert_eq!(Expr::parse(&text).ok(), Some(e));
        }
        let _ = placeholders(&s);
    }

    #[test]
    fn token_soup_parses_and_evaluates_without_panicking(s in soup()) {
        let _ = placeholders(&s);
        if let Ok(e) = Expr::parse(&s) {
            let text = e.to_string();
            let reparsed = Expr::parse(&text).ok();
            prop_assert_eq!(reparsed.as_ref(), Some(&e), "printed as {}", text);
            let tree = sample_tree();
            let env = env();
            let ev = Evaluator::new(&tree, &env).with_variable("v", xpath::Value::Number(2.0));
            let data = tree.children(tree.root()).next().unwrap();
            let _ = ev.evaluate(&e, data);
            let _ = e.check_functions();
        }
    }
}

/// Runs `f` on a thread with a small stack, to show deep expressions do not need a big one.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new().stack_size(192 * 1024).spawn(f).unwrap().join().unwrap();
}

#[test]
fn deeply_nested_expressions_parse_and_evaluate_on_a_small_stack() {
    on_small_stack(|| {
        let tree = sample_tree();
        let env = env();
        let ev = Evaluator::new(&tree, &env);
        let n = xpath::MAX_DEPTH - 1;
        let nested_if = "if(true(), ".repeat(n - 1) + "1" + &", 0)".repeat(n - 1);
        let sum = vec!["1"; n].join(" + ");
        let parens = "(".repeat(n) + "2" + &")".repeat(n);
        let concat = "concat('a', ".repeat(n - 1) + "'b'" + &")".repeat(n - 1);
        for (src, expected) in [
            (nested_if, "1".to_string()),
            (sum, n.to_string()),
            (parens, "2".into()),
            (concat, "a".repeat(n - 1) + "b"),
        ] {
            let e = Expr::parse(&src).unwrap();
            assert_eq!(ev.evaluate_string(&e, tree.root()).unwrap(), expected);
            assert_eq!(Expr::parse(&e.to_string()).unwrap(), e.clone());
            assert!(e.check_functions().is_empty());
            assert!(e.placeholder_names().is_empty());
            assert!(e.depth() < xpath::MAX_DEPTH);
        }
    });
}

#[test]
fn absurdly_deep_expressions_are_refused_not_overflowed() {
    on_small_stack(|| {
        for src in [
            "(".repeat(100_000),
            "-".repeat(100_000) + "1",
            vec!["1"; 100_000].join("+"),
            "a[".repeat(50_000),
        ] {
            let e = Expr::parse(&src).unwrap_err();
            assert!(e.to_string().contains("levels deep") || e.to_string().contains("expected"), "{e}");
        }
    });
}
