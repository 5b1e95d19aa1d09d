//! Property: printing any expression tree and parsing the text gives back the same tree.

use proptest::prelude::*;
use xpath::{Axis, BinaryOp, Expr, LocationPath, NodeTest, PathStart, QName, Step};

const OPS: [BinaryOp; 14] = [
    BinaryOp::Or,
    BinaryOp::And,
    BinaryOp::Eq,
    BinaryOp::NotEq,
    BinaryOp::Lt,
    BinaryOp::LtEq,
    BinaryOp::Gt,
    BinaryOp::GtEq,
    BinaryOp::Add,
    BinaryOp::Sub,
    BinaryOp::Mul,
    BinaryOp::Div,
    BinaryOp::Mod,
    BinaryOp::Union,
];

/// Names, including ones that are also operators, axes or node types.
fn ncname() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z_][a-zA-Z0-9_.-]{0,6}",
        Just("and".to_string()),
        Just("div".to_string()),
        Just("mod".to_string()),
        Just("or".to_string()),
        Just("child".to_string()),
        Just("text".to_string()),
        Just("node".to_string()),
        Just("ñandú".to_string()),
    ]
}

fn qname() -> impl Strategy<Value = QName> {
    (prop::option::of("[a-z]{1,3}"), ncname()).prop_map(|(prefix, local)| QName { prefix, local })
}

/// Function names: any name but the node types, which cannot be called.
fn function_name() -> impl Strategy<Value = QName> {
    qname().prop_filter("node types are not functions", |q| {
        q.prefix.is_some()
            || !matches!(q.local.as_str(), "node" | "text" | "comment" | "processing-instruction")
    })
}

fn literal() -> impl Strategy<Value = String> {
    "[a-z0-9 '\"${}]{0,8}"
        .prop_filter("both quotes cannot be written", |s| !(s.contains('\'') && s.contains('"')))
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u32..1000).prop_map(f64::from),
        (0u64..10_000_000).prop_map(|n| n as f64 / 1000.0),
        prop::num::f64::POSITIVE | prop::num::f64::ZERO
    ]
}

fn leaf() -> impl Strategy<Value = Expr> {
    prop_oneof![
        number().prop_map(Expr::Number),
        literal().prop_map(Expr::String),
        qname().prop_map(Expr::Variable),
        (ncname(), any::<bool>()).prop_map(|(name, last_saved)| Expr::Placeholder { name, last_saved }),
        prop::collection::vec(step(Just(vec![]).boxed()), 1..4)
            .prop_map(|steps| Expr::Path(LocationPath { start: PathStart::Context, steps })),
        prop::collection::vec(step(Just(vec![]).boxed()), 0..3)
            .prop_map(|steps| Expr::Path(LocationPath { start: PathStart::Root, steps })),
    ]
}

fn node_test() -> impl Strategy<Value = NodeTest> {
    prop_oneof![
        4 => qname().prop_map(NodeTest::Name),
        1 => Just(NodeTest::Any),
        1 => "[a-z]{1,3}".prop_map(NodeTest::PrefixAny),
        1 => Just(NodeTest::Node),
        1 => Just(NodeTest::Text),
        1 => Just(NodeTest::Comment),
        1 => prop::option::of(literal()).prop_map(NodeTest::ProcessingInstruction),
    ]
}

fn step(predicates: BoxedStrategy<Vec<Expr>>) -> impl Strategy<Value = Step> {
    prop_oneof![
        (prop::sample::select(Axis::ALL.to_vec()), node_test(), predicates.clone())
            .prop_map(|(axis, test, predicates)| Step { axis, test, predicates }),
        // The abbreviations: `.`, `..`, `//`.
        Just(Step { axis: Axis::SelfAxis, test: NodeTest::Node, predicates: vec![] }),
        Just(Step { axis: Axis::Parent, test: NodeTest::Node, predicates: vec![] }),
        Just(Step::descendant_or_self()),
    ]
}

fn expr() -> impl Strategy<Value = Expr> {
    leaf().prop_recursive(5, 48, 4, |inner| {
        let predicates = prop::collection::vec(inner.clone(), 0..2).boxed();
        prop_oneof![
            (prop::sample::select(OPS.to_vec()), inner.clone(), inner.clone())
                .prop_map(|(op, l, r)| Expr::Binary { op, left: Box::new(l), right: Box::new(r) }),
            inner.clone().prop_map(|e| Expr::Negate(Box::new(e))),
            (function_name(), prop::collection::vec(inner.clone(), 0..4))
                .prop_map(|(name, args)| Expr::Call { name, args }),
            (inner.clone(), prop::collection::vec(inner.clone(), 1..3))
                .prop_map(|(base, predicates)| Expr::Filter { base: Box::new(base), predicates }),
            (inner.clone(), prop::collection::vec(step(predicates.clone()), 1..4)).prop_map(
                |(start, steps)| {
                    Expr::Path(LocationPath { start: PathStart::Expr(Box::new(start)), steps })
                }
            ),
            (any::<bool>(), prop::collection::vec(step(predicates), 1..4)).prop_map(|(absolute, steps)| {
                let start = if absolute { PathStart::Root } else { PathStart::Context };
                Expr::Path(LocationPath { start, steps })
            }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn printing_then_parsing_gives_back_the_tree(e in expr()) {
        let text = e.to_string();
        let parsed = Expr::parse(&text).map_err(|err| TestCaseError::fail(format!("{text}: {err}")))?;
        prop_assert_eq!(&parsed, &e, "printed as {}", text);
        prop_assert_eq!(parsed.to_string(), text);
    }
}
