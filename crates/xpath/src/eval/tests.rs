//! Operators, comparisons, paths and evaluation errors, as tables of cases.

use crate::testing::{check, check_tree, env, err, eval_in, strings, tree};
use crate::{EvalError, Evaluator, Expr, Value};

const NUMBERS: &str = "<data><a>1</a><a>2</a><b>2</b><b>3</b><c/><e>x</e><d>2024-02-28</d></data>";

#[test]
fn arithmetic_follows_ieee_754() {
    check(
        NUMBERS,
        "/data",
        &[
            ("1 + 2", "3"),
            ("5 - 2 * 2", "1"),
            ("7 div 2", "3.5"),
            ("7 mod 3", "1"),
            ("-7 mod 3", "-1"),
            ("5 mod -3", "2"),
            ("5.5 mod 2", "1.5"),
            ("1 div 0", "Infinity"),
            ("-1 div 0", "-Infinity"),
            ("0 div 0", "NaN"),
            ("1 div 0 - 1 div 0", "NaN"),
            ("'3' + '4'", "7"),
            ("' 3 ' * 2", "6"),
            ("'a' + 1", "NaN"),
            ("'' + 1", "NaN"),
            ("true() + 1", "2"),
            ("--1", "1"),
            ("- '2'", "-2"),
            ("a + b", "3"),
            ("c + 1", "NaN"),
            ("zz + 1", "NaN"),
            ("d + 1", "19782"),
            ("0.1 + 0.2", "0.30000000000000004"),
            ("1 - -1", "2"),
            ("2 * -3", "-6"),
        ],
    );
}

#[test]
fn comparisons_of_primitives() {
    check(
        NUMBERS,
        "/data",
        &[
            ("1 = 1.0", "true"),
            ("'1' = 1", "true"),
            ("'1.0' = '1'", "false"),
            ("'abc' = 'abc'", "true"),
            ("'a' != 'b'", "true"),
            ("true() = 'x'", "true"),
            ("false() = ''", "true"),
            ("0 = false()", "true"),
            ("'0' = false()", "false"),
            ("0 div 0 = 0 div 0", "false"),
            ("0 div 0 != 0 div 0", "true"),
            ("1 < 2", "true"),
            ("2 <= 2", "true"),
            ("'10' < '9'", "false"),
            ("'a' < 'b'", "false"),
            ("'a' >= 'a'", "false"),
            ("true() > false()", "true"),
            ("'2024-01-02' > '2024-01-01'", "true"),
            ("1 < 2 = true()", "true"),
            ("1 = 1 and 2 = 3", "false"),
            ("1 = 2 or 2 = 2", "true"),
        ],
    );
}

#[test]
fn comparisons_with_node_sets_hold_when_some_node_does() {
    check(
        NUMBERS,
        "/data",
        &[
            ("a = 2", "true"),
            ("a != 2", "true"),
            ("a = 3", "false"),
            ("a = b", "true"),
            ("a != b", "true"),
            ("a < b", "true"),
            ("a > b", "false"),
            ("a >= b", "true"),
            ("a = '1'", "true"),
            ("a = true()", "true"),
            ("zz = false()", "true"),
            ("zz = ''", "false"),
            ("zz != ''", "false"),
            ("not(zz = '')", "true"),
            ("c = ''", "true"),
            ("2 = a", "true"),
            ("3 > a", "true"),
            ("0 > a", "false"),
            ("'x' = e", "true"),
            ("'x' != e", "false"),
            ("'2' <= a", "true"),
            ("'' = zz", "false"),
            ("'2024-03-02' > d", "true"),
            ("zz = zz", "false"),
            ("d < '2024-03-01'", "true"),
            ("e = 'x' and a = 1", "true"),
            ("b = 3 or zz", "true"),
        ],
    );
}

const TREE: &str = r#"<data><g id="g1" kind="group"><h>h1</h><i>i1</i><j><k>k1</k></j></g><m>m1</m><g id="g2"><h>h2</h></g></data>"#;

#[test]
fn paths_walk_every_axis() {
    let t = tree(TREE, &[]);
    check_tree(
        &t,
        "/data/g[1]/i",
        &[
            ("count(/*)", "1"),
            ("name(/*)", "data"),
            ("/data/g[2]/h", "h2"),
            ("count(/data/g/h)", "2"),
            ("count(//h)", "2"),
            ("//h[2]", ""),
            ("(//h)[2]", "h2"),
            ("../h", "h1"),
            ("../../m", "m1"),
            ("count(..//*)", "4"),
            ("name(ancestor::*[1])", "g"),
            ("name(ancestor-or-self::*[last()])", "data"),
            ("count(ancestor::node())", "3"),
            ("name(following-sibling::*[1])", "j"),
            ("name(preceding-sibling::*[1])", "h"),
            ("count(preceding::*)", "1"),
            ("count(following::*)", "5"),
            ("name(following::*[1])", "j"),
            ("following::*[last()]", "h2"),
            ("../@id", "g1"),
            ("count(../@*)", "2"),
            ("name(../@*[2])", "kind"),
            ("//*[@id = 'g2']/h", "h2"),
            ("count(self::i)", "1"),
            ("count(self::h)", "0"),
            ("count(/data/descendant::*)", "8"),
            ("count(/data/g[1]/descendant-or-self::*)", "5"),
            ("name(/data/*[3])", "g"),
            ("count(/data/g[@id])", "2"),
            ("count(/data/g[not(@kind)])", "1"),
            ("/data/g[h = 'h2']/@id", "g2"),
            ("/data/g[position() = 2]/h", "h2"),
            ("count(/data/g[1][@kind = 'group'])", "1"),
            ("count(/data/g[@kind = 'group'][2])", "0"),
            ("count(//k/ancestor::g)", "1"),
            ("count(/data/g/h/text())", "0"),
            ("count(/data/node())", "3"),
            ("count(namespace::*)", "0"),
            ("count(..//comment())", "0"),
            ("count(/)", "1"),
            ("/", "h1i1k1m1h2"),
            ("string(/data/g/@id)", "g1"),
        ],
    );
    assert_eq!(strings(&t, "/data", "g/h | m"), ["h1", "m1", "h2"]);
    assert_eq!(strings(&t, "/data", "(m | g/h)[position() > 1]"), ["m1", "h2"]);
    assert_eq!(strings(&t, "/data", "//g/h[1] | //k"), ["h1", "k1", "h2"]);
    assert_eq!(strings(&t, "/data/g[1]/j/k", "ancestor::*"), ["h1i1k1m1h2", "h1i1k1", "k1"]);
}

#[test]
fn unions_need_node_sets() {
    check(NUMBERS, "/data", &[("count(a | b)", "4"), ("count(a | a)", "2"), ("(b | a)[1]", "1")]);
    assert_eq!(err(NUMBERS, "/data", "1 | a"), "the '|' operator needs a node-set, but got a number");
    assert_eq!(err(NUMBERS, "/data", "'a'/b"), "the path after 'a' needs a node-set, but got a string");
    assert_eq!(err(NUMBERS, "/data", "(1)[1]"), "a predicate [...] needs a node-set, but got a number");
}

#[test]
fn evaluation_errors_are_typed_and_plain() {
    let t = tree(NUMBERS, &[]);
    let env = env();
    let run = |e: &str| eval_in(&t, &env, "/data", e).unwrap_err();
    assert_eq!(
        run("frobnicate(1)"),
        EvalError::UnknownFunction { name: "frobnicate".into(), suggestion: None }
    );
    assert_eq!(run("concatt('a')").to_string(), "unknown function concatt(); did you mean concat()?");
    assert_eq!(run("count()").to_string(), "count() takes exactly 1 argument, but 0 were given");
    assert_eq!(run("substr('a')").to_string(), "substr() takes 2 or 3 arguments, but 1 was given");
    assert_eq!(
        run("indexed-repeat(a, b, 1, c)").to_string(),
        "indexed-repeat() takes 3, 5, 7, 9 or 11 arguments, but 4 were given"
    );
    assert_eq!(
        run("${age} > 1").to_string(),
        "the reference ${age} must be replaced by a path before the expression is evaluated"
    );
    assert_eq!(run("$x + 1").to_string(), "unknown variable $x");
    assert_eq!(run("sum(3)").to_string(), "sum() needs a node-set as argument 1, but got a number");
}

#[test]
fn variables_come_from_the_caller() {
    let t = tree(NUMBERS, &[]);
    let env = env();
    let ev = Evaluator::new(&t, &env).with_variable("limit", Value::Number(2.0));
    let e = Expr::parse("count(/data/a[. <= $limit]) + $limit").unwrap();
    assert_eq!(ev.evaluate_number(&e, t_root(&t)).unwrap(), 4.0);
}

fn t_root(t: &crate::Tree) -> crate::NodeId {
    crate::testing::node(t, "/data")
}

#[test]
fn placeholders_can_be_replaced_by_paths_before_evaluation() {
    let t = tree(NUMBERS, &[]);
    let env = env();
    let mut e = Expr::parse("${b} + count(${a}) + ${last-saved#a}").unwrap();
    assert_eq!(e.placeholder_names(), ["b", "a", "a"]);
    e.replace_placeholders(&mut |name, last_saved| {
        if last_saved { Some(Expr::Number(10.0)) } else { Expr::parse(&format!("/data/{name}")).ok() }
    });
    assert_eq!(e.to_string(), "/data/b + count(/data/a) + 10");
    assert_eq!(Evaluator::new(&t, &env).evaluate_number(&e, t_root(&t)).unwrap(), 14.0);
}

#[test]
fn function_calls_can_be_checked_without_data() {
    let e = Expr::parse("if(selected(${a}, 'x'), concatt('a'), count())").unwrap();
    let problems: Vec<String> = e.check_functions().iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "unknown function concatt(); did you mean concat()?",
            "count() takes exactly 1 argument, but 0 were given"
        ]
    );
    assert!(Expr::parse("jr:choice-name(${a}, '${a}')").unwrap().check_functions().is_empty());
}

#[test]
fn relevance_and_constraints_read_as_booleans() {
    let t = tree("<data><age>17</age><consent>yes no</consent></data>", &[]);
    let env = env();
    let ev = Evaluator::new(&t, &env);
    let age = crate::testing::node(&t, "/data/age");
    let constraint = Expr::parse(". >= 18 or selected(../consent, 'yes')").unwrap();
    assert!(ev.evaluate_boolean(&constraint, age).unwrap());
    let relevant = Expr::parse("../age > 18").unwrap();
    assert!(!ev.evaluate_boolean(&relevant, age).unwrap());
}

#[test]
fn times_compare_as_times_of_one_day() {
    check(
        "<data><start>09:29:00.000+03:00</start><end>10:05:00.000+03:00</end><t>08:00</t></data>",
        "/data",
        &[
            ("end > start", "true"),
            ("start > end", "false"),
            ("start = '09:29:00.000+03:00'", "true"),
            ("t < '09:00'", "true"),
            ("'not a time' > t", "false"),
        ],
    );
}

#[test]
fn the_context_node_compares_and_converts_as_a_one_node_set() {
    check(
        NUMBERS,
        "/data/b[1]",
        &[
            (". = 2", "true"),
            ("2 = .", "true"),
            (". < 3 and . > 1", "true"),
            ("3 <= .", "false"),
            (". = '2'", "true"),
            (". = true()", "true"),
            (". = ../a", "true"),
            (". = ../c", "false"),
            ("self::node() = 2", "true"),
            ("./. = 2", "true"),
            ("self::node()[. = 3] = 2", "false"),
            ("string-length(.)", "1"),
            ("number(.) + 1", "3"),
            ("concat(., '!')", "2!"),
        ],
    );
    let e = |text: &str| Expr::parse(text).unwrap().is_context_node();
    assert!(e(".") && e("self::node()"));
    assert!(!e("./.") && !e("self::node()[1]") && !e("self::b") && !e("/") && !e(".."));
}

#[test]
fn context_free_expressions_are_told_apart() {
    let free = |text: &str| Expr::parse(text).unwrap().is_context_free();
    for text in
        ["/data/a = 'yes'", "count(/data/b) > 1 and true()", "count(instance('l')/root/item) > 2", "pi()"]
    {
        assert!(free(text), "{text}");
    }
    for text in [
        ". > 1",
        "../a = 1",
        "/data/a[. = current()/../b]",
        "string-length() > 0",
        "position() = 1",
        "random() < 0.5",
        "uuid()",
        "today() > /data/d",
        "once(/data/a)",
        "/data/b[position() = 1]",
        // Conservative: a relative path in a predicate counts, though it reads the predicate's nodes.
        "instance('l')/root/item[name = 'x']",
    ] {
        assert!(!free(text), "{text}");
    }
}
