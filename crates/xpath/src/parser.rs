//! Recursive-descent parser from tokens to [`Expr`], following the XPath 1.0 grammar.
//!
//! The tree's depth is limited to [`MAX_DEPTH`] so that evaluating, printing and dropping any
//! parsed expression stays well within a thread's stack, whatever text it came from.

use std::str::FromStr;

use crate::ast::{Axis, BinaryOp, Expr, LocationPath, NodeTest, PathStart, QName, Step};
use crate::error::{ParseError, ParseErrorKind};
use crate::lexer::{NodeTypeName, Operator, Token, TokenKind, tokenize};
use crate::span::{Span, line_column};

/// The deepest expression tree the parser accepts (a literal has depth 1, `a + b` depth 2).
pub const MAX_DEPTH: usize = 512;

impl Expr {
    /// Parses an expression, e.g. `Expr::parse("${age} >= 18 and selected(${consent}, 'yes')")`.
    pub fn parse(source: &str) -> Result<Expr, ParseError> {
        let tokens = tokenize(source)?;
        if tokens.is_empty() {
            return Err(ParseError::new(source, Span::new(0, source.len()), ParseErrorKind::Empty));
        }
        let mut parser = Parser { src: source, tokens, pos: 0, nesting: 0 };
        let (expr, _) = parser.expr()?;
        if let Some(token) = parser.tokens.get(parser.pos) {
            return Err(ParseError::new(
                source,
                token.span,
                ParseErrorKind::Expected {
                    expected: "an operator or the end of the expression".into(),
                    found: token.kind.describe(),
                },
            ));
        }
        Ok(expr)
    }
}

impl FromStr for Expr {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Expr::parse(s)
    }
}

/// An expression and the depth of its tree.
type Parsed = (Expr, usize);

struct Parser<'a> {
    src: &'a str,
    tokens: Vec<Token>,
    pos: usize,
    nesting: usize,
}

/// The binary operator a token stands for, below union (handled with paths).
fn binary_op(op: Operator) -> Option<BinaryOp> {
    Some(match op {
        Operator::Or => BinaryOp::Or,
        Operator::And => BinaryOp::And,
        Operator::Eq => BinaryOp::Eq,
        Operator::NotEq => BinaryOp::NotEq,
        Operator::Lt => BinaryOp::Lt,
        Operator::LtEq => BinaryOp::LtEq,
        Operator::Gt => BinaryOp::Gt,
        Operator::GtEq => BinaryOp::GtEq,
        Operator::Plus => BinaryOp::Add,
        Operator::Minus => BinaryOp::Sub,
        Operator::Multiply => BinaryOp::Mul,
        Operator::Div => BinaryOp::Div,
        Operator::Mod => BinaryOp::Mod,
        Operator::Union | Operator::Slash | Operator::DoubleSlash => return None,
    })
}

impl Parser<'_> {
    fn peek(&self) -> Option<&TokenKind> {
        self.tokens.get(self.pos).map(|t| &t.kind)
    }

    fn peek_operator(&self) -> Option<Operator> {
        match self.peek() {
            Some(TokenKind::Operator(op)) => Some(*op),
            _ => None,
        }
    }

    fn current_span(&self) -> Span {
        match self.tokens.get(self.pos) {
            Some(t) => t.span,
            None => Span::new(self.src.len(), self.src.len()),
        }
    }

    fn found(&self) -> String {
        self.peek().map_or_else(|| "end of expression".to_string(), TokenKind::describe)
    }

    fn eat(&mut self, kind: &TokenKind) -> bool {
        if self.peek() == Some(kind) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn column_of(&self, span: Span) -> usize {
        line_column(self.src, span.start).1
    }

    fn error(&self, kind: ParseErrorKind) -> ParseError {
        ParseError::new(self.src, self.current_span(), kind)
    }

    fn expected(&self, expected: impl Into<String>) -> ParseError {
        self.error(ParseErrorKind::Expected { expected: expected.into(), found: self.found() })
    }

    fn unclosed(&self, expected: &str, construct: String, opened: Span) -> ParseError {
        self.error(ParseErrorKind::Unclosed {
            expected: expected.into(),
            construct,
            opened_column: self.column_of(opened),
            found: self.found(),
        })
    }

    fn check_depth(&self, depth: usize) -> Result<usize, ParseError> {
        if depth > MAX_DEPTH {
            Err(self.error(ParseErrorKind::TooDeep { limit: MAX_DEPTH }))
        } else {
            Ok(depth)
        }
    }

    /// Expr ::= OrExpr. Entered for the whole text, parentheses, arguments and predicates.
    fn expr(&mut self) -> Result<Parsed, ParseError> {
        self.nesting += 1;
        if self.nesting > MAX_DEPTH {
            return Err(self.error(ParseErrorKind::TooDeep { limit: MAX_DEPTH }));
        }
        let result = crate::stack::guarded(|| self.binary(1));
        self.nesting -= 1;
        result
    }

    /// Binary operators by precedence climbing: one frame per operand rather than one per
    /// precedence level, which keeps deep nesting cheap on the stack.
    fn binary(&mut self, min_precedence: u8) -> Result<Parsed, ParseError> {
        let (mut left, mut depth) = self.unary()?;
        while let Some(op) = self.peek_operator().and_then(binary_op)
            && op.precedence() >= min_precedence
        {
            self.pos += 1;
            let (right, right_depth) = self.binary(op.precedence() + 1)?;
            depth = self.check_depth(depth.max(right_depth) + 1)?;
            left = Expr::Binary { op, left: Box::new(left), right: Box::new(right) };
        }
        Ok((left, depth))
    }

    /// UnaryExpr ::= UnionExpr | '-' UnaryExpr
    fn unary(&mut self) -> Result<Parsed, ParseError> {
        let mut minuses = 0;
        while self.peek_operator() == Some(Operator::Minus) {
            self.pos += 1;
            minuses += 1;
            self.check_depth(minuses)?;
        }
        let (mut expr, depth) = self.union()?;
        let depth = self.check_depth(depth + minuses)?;
        for _ in 0..minuses {
            expr = Expr::Negate(Box::new(expr));
        }
        Ok((expr, depth))
    }

    /// UnionExpr ::= PathExpr ('|' PathExpr)*
    fn union(&mut self) -> Result<Parsed, ParseError> {
        let (mut left, mut depth) = self.path_expr()?;
        while self.peek_operator() == Some(Operator::Union) {
            self.pos += 1;
            let (right, right_depth) = self.path_expr()?;
            depth = self.check_depth(depth.max(right_depth) + 1)?;
            left = Expr::Binary { op: BinaryOp::Union, left: Box::new(left), right: Box::new(right) };
        }
        Ok((left, depth))
    }

    fn starts_step(&self) -> bool {
        matches!(
            self.peek(),
            Some(
                TokenKind::NameTest(_)
                    | TokenKind::NodeType(_)
                    | TokenKind::AxisName(_)
                    | TokenKind::At
                    | TokenKind::Dot
                    | TokenKind::DotDot
            )
        )
    }

    /// PathExpr ::= LocationPath | FilterExpr (('/' | '//') RelativeLocationPath)?
    fn path_expr(&mut self) -> Result<Parsed, ParseError> {
        match self.peek() {
            Some(
                TokenKind::Variable(_)
                | TokenKind::LParen
                | TokenKind::Literal(_)
                | TokenKind::Number(_)
                | TokenKind::FunctionName(_)
                | TokenKind::Placeholder { .. },
            ) => {
                let (filter, depth) = self.filter_expr()?;
                let mut steps = vec![];
                match self.peek_operator() {
                    Some(Operator::Slash) => self.pos += 1,
                    Some(Operator::DoubleSlash) => {
                        self.pos += 1;
                        steps.push(Step::descendant_or_self());
                    }
                    _ => return Ok((filter, depth)),
                }
                let steps_depth = self.relative_steps(&mut steps)?;
                let depth = self.check_depth(depth.max(steps_depth) + 1)?;
                Ok((Expr::Path(LocationPath { start: PathStart::Expr(Box::new(filter)), steps }), depth))
            }
            Some(TokenKind::Operator(Operator::Slash)) => {
                self.pos += 1;
                let mut steps = vec![];
                let mut depth = 1;
                if self.starts_step() {
                    let steps_depth = self.relative_steps(&mut steps)?;
                    depth = self.check_depth(steps_depth + 1)?;
                }
                Ok((Expr::Path(LocationPath { start: PathStart::Root, steps }), depth))
            }
            Some(TokenKind::Operator(Operator::DoubleSlash)) => {
                self.pos += 1;
                let mut steps = vec![Step::descendant_or_self()];
                let steps_depth = self.relative_steps(&mut steps)?;
                let depth = self.check_depth(steps_depth + 1)?;
                Ok((Expr::Path(LocationPath { start: PathStart::Root, steps }), depth))
            }
            _ if self.starts_step() => {
                let mut steps = vec![];
                let steps_depth = self.relative_steps(&mut steps)?;
                let depth = self.check_depth(steps_depth + 1)?;
                Ok((Expr::Path(LocationPath { start: PathStart::Context, steps }), depth))
            }
            _ => {
                let after = match self.pos.checked_sub(1).and_then(|i| self.tokens.get(i)) {
                    Some(t) => format!(" after {}", t.kind.describe()),
                    None => String::new(),
                };
                Err(self.expected(format!("a value, a path or a function call{after}")))
            }
        }
    }

    /// RelativeLocationPath ::= Step (('/' | '//') Step)*; returns the deepest predicate depth.
    fn relative_steps(&mut self, steps: &mut Vec<Step>) -> Result<usize, ParseError> {
        let mut depth = 0;
        loop {
            if !self.starts_step() {
                let after = match steps.last() {
                    Some(s) if s.is_abbreviated_descendant() => "'//'",
                    _ => "'/'",
                };
                return Err(
                    self.expected(format!("a step (a name, '*', '.', '..' or '@name') after {after}"))
                );
            }
            let (step, step_depth) = self.step()?;
            depth = depth.max(step_depth);
            steps.push(step);
            match self.peek_operator() {
                Some(Operator::Slash) => self.pos += 1,
                Some(Operator::DoubleSlash) => {
                    self.pos += 1;
                    steps.push(Step::descendant_or_self());
                }
                _ => return Ok(depth),
            }
        }
    }

    fn step(&mut self) -> Result<(Step, usize), ParseError> {
        let (axis, test) = match self.peek() {
            Some(TokenKind::Dot) | Some(TokenKind::DotDot) => {
                let dot = self.peek() == Some(&TokenKind::Dot);
                self.pos += 1;
                if self.peek() == Some(&TokenKind::LBracket) {
                    let (abbr, full) = if dot { ("'.'", "self") } else { ("'..'", "parent") };
                    return Err(self.expected(format!(
                        "'/' or an operator: a predicate cannot follow {abbr} (write {full}::node()[...])"
                    )));
                }
                let axis = if dot { Axis::SelfAxis } else { Axis::Parent };
                return Ok((Step { axis, test: NodeTest::Node, predicates: vec![] }, 0));
            }
            Some(TokenKind::At) => {
                self.pos += 1;
                (Axis::Attribute, self.node_test()?)
            }
            Some(TokenKind::AxisName(axis)) => {
                let axis = *axis;
                self.pos += 1;
                if !self.eat(&TokenKind::DoubleColon) {
                    return Err(self.expected(format!("'::' after the axis name {}", axis.name())));
                }
                (axis, self.node_test()?)
            }
            _ => (Axis::Child, self.node_test()?),
        };
        let mut predicates = vec![];
        let mut depth = 0;
        while self.peek() == Some(&TokenKind::LBracket) {
            let (p, d) = self.predicate()?;
            predicates.push(p);
            depth = depth.max(d);
        }
        Ok((Step { axis, test, predicates }, depth))
    }

    fn node_test(&mut self) -> Result<NodeTest, ParseError> {
        match self.peek().cloned() {
            Some(TokenKind::NameTest(test)) => {
                self.pos += 1;
                Ok(test)
            }
            Some(TokenKind::NodeType(t)) => {
                let open = self.tokens.get(self.pos + 1).map_or(self.current_span(), |t| t.span);
                self.pos += 2; // the name and '(' (the lexer saw the parenthesis)
                let mut target = None;
                if t == NodeTypeName::ProcessingInstruction
                    && let Some(TokenKind::Literal(s)) = self.peek()
                {
                    target = Some(s.clone());
                    self.pos += 1;
                }
                if !self.eat(&TokenKind::RParen) {
                    return Err(self.unclosed("')'", format!("{}()", t.name()), open));
                }
                Ok(match t {
                    NodeTypeName::Node => NodeTest::Node,
                    NodeTypeName::Text => NodeTest::Text,
                    NodeTypeName::Comment => NodeTest::Comment,
                    NodeTypeName::ProcessingInstruction => NodeTest::ProcessingInstruction(target),
                })
            }
            _ => Err(self.expected("a name, '*' or node()")),
        }
    }

    fn predicate(&mut self) -> Result<Parsed, ParseError> {
        let open = self.current_span();
        self.pos += 1;
        if self.peek() == Some(&TokenKind::RBracket) {
            return Err(self.expected("a condition or position inside '[]'"));
        }
        let (expr, depth) = self.expr()?;
        if !self.eat(&TokenKind::RBracket) {
            return Err(self.unclosed("']'", "the predicate".into(), open));
        }
        Ok((expr, depth))
    }

    /// FilterExpr ::= PrimaryExpr Predicate*
    fn filter_expr(&mut self) -> Result<Parsed, ParseError> {
        let (base, mut depth) = self.primary()?;
        if self.peek() != Some(&TokenKind::LBracket) {
            return Ok((base, depth));
        }
        let mut predicates = vec![];
        while self.peek() == Some(&TokenKind::LBracket) {
            let (p, d) = self.predicate()?;
            predicates.push(p);
            depth = depth.max(d);
        }
        let depth = self.check_depth(depth + 1)?;
        Ok((Expr::Filter { base: Box::new(base), predicates }, depth))
    }

    fn primary(&mut self) -> Result<Parsed, ParseError> {
        let Some(token) = self.tokens.get(self.pos).cloned() else {
            return Err(self.expected("a value, a path or a function call"));
        };
        self.pos += 1;
        let expr = match token.kind {
            TokenKind::Variable(q) => Expr::Variable(q),
            TokenKind::Literal(s) => Expr::String(s),
            TokenKind::Number(n) => Expr::Number(n),
            TokenKind::Placeholder { name, last_saved } => Expr::Placeholder { name, last_saved },
            TokenKind::LParen => {
                let (inner, depth) = self.expr()?;
                if !self.eat(&TokenKind::RParen) {
                    return Err(self.unclosed("')'", "the parenthesis".into(), token.span));
                }
                return Ok((inner, depth));
            }
            TokenKind::FunctionName(name) => return self.call(name),
            _ => {
                self.pos -= 1;
                return Err(self.expected("a value, a path or a function call"));
            }
        };
        Ok((expr, 1))
    }

    fn call(&mut self, name: QName) -> Result<Parsed, ParseError> {
        let open = self.current_span();
        self.pos += 1; // '(' (the lexer only makes a function name when one follows)
        let construct = format!("the call to {name}()");
        let mut args = vec![];
        let mut depth = 0;
        if !self.eat(&TokenKind::RParen) {
            loop {
                let (arg, d) = self.expr()?;
                args.push(arg);
                depth = depth.max(d);
                if self.eat(&TokenKind::RParen) {
                    break;
                }
                if !self.eat(&TokenKind::Comma) {
                    let expected = if self.peek().is_none() { "')'" } else { "',' or ')'" };
                    return Err(self.unclosed(expected, construct, open));
                }
            }
        }
        let depth = self.check_depth(depth + 1)?;
        Ok((Expr::Call { name, args }, depth))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(src: &str) -> String {
        Expr::parse(src).unwrap_err().to_string()
    }

    fn path(start: PathStart, steps: Vec<Step>) -> Expr {
        Expr::Path(LocationPath { start, steps })
    }

    #[test]
    fn precedence_and_left_associativity() {
        let e = Expr::parse("1 + 2 * 3 - 4").unwrap();
        let expected = Expr::Binary {
            op: BinaryOp::Sub,
            left: Box::new(Expr::Binary {
                op: BinaryOp::Add,
                left: Box::new(Expr::Number(1.0)),
                right: Box::new(Expr::Binary {
                    op: BinaryOp::Mul,
                    left: Box::new(Expr::Number(2.0)),
                    right: Box::new(Expr::Number(3.0)),
                }),
            }),
            right: Box::new(Expr::Number(4.0)),
        };
        assert_eq!(e, expected);
        assert!(matches!(Expr::parse("a or b and c").unwrap(), Expr::Binary { op: BinaryOp::Or, .. }));
        assert!(matches!(Expr::parse("-a | b").unwrap(), Expr::Negate(_)));
    }

    #[test]
    fn abbreviated_paths_become_their_steps() {
        let e = Expr::parse("/data//q[. > 1]/@id").unwrap();
        let Expr::Path(p) = e else { panic!("not a path") };
        assert_eq!(p.start, PathStart::Root);
        assert_eq!(p.steps.len(), 4);
        assert!(p.steps[1].is_abbreviated_descendant());
        assert_eq!(p.steps[3].axis, Axis::Attribute);
        assert_eq!(
            Expr::parse("..").unwrap(),
            path(
                PathStart::Context,
                vec![Step { axis: Axis::Parent, test: NodeTest::Node, predicates: vec![] }]
            )
        );
        assert_eq!(Expr::parse("/").unwrap(), path(PathStart::Root, vec![]));
    }

    #[test]
    fn instance_paths_start_from_the_call() {
        let e = Expr::parse("instance('cities')/root/item[country = current()/../country]/name").unwrap();
        let Expr::Path(p) = e else { panic!("not a path") };
        assert!(matches!(p.start, PathStart::Expr(ref c) if matches!(**c, Expr::Call { .. })));
        assert_eq!(p.steps.len(), 3);
        assert_eq!(p.steps[1].predicates.len(), 1);
    }

    #[test]
    fn filter_expressions_keep_their_predicates_apart_from_steps() {
        let e = Expr::parse("(//a)[1]").unwrap();
        assert!(matches!(e, Expr::Filter { ref predicates, .. } if predicates.len() == 1));
    }

    #[test]
    fn parse_errors_say_where_and_what_was_expected() {
        assert_eq!(
            err("if(a, concat('x', b"),
            "column 20: expected ')' to close the call to concat() opened at column 13, found end of expression"
        );
        assert_eq!(
            err("concat('x' 'y')"),
            "column 12: expected ',' or ')' to close the call to concat() opened at column 7, found the text 'y'"
        );
        assert_eq!(
            err("1 +"),
            "column 4: expected a value, a path or a function call after '+', found end of expression"
        );
        assert_eq!(
            err("a b"),
            "column 3: expected an operator or the end of the expression, found the name 'b'"
        );
        assert_eq!(
            err("/data/"),
            "column 7: expected a step (a name, '*', '.', '..' or '@name') after '/', found end of expression"
        );
        assert_eq!(
            err("a[1"),
            "column 4: expected ']' to close the predicate opened at column 2, found end of expression"
        );
        assert_eq!(
            err("(1 + 2"),
            "column 7: expected ')' to close the parenthesis opened at column 1, found end of expression"
        );
        assert_eq!(err("  "), "column 1: the expression is empty");
        assert_eq!(err("a[]"), "column 3: expected a condition or position inside '[]', found ']'");
        assert!(err(".[1]").contains("self::node()[...]"));
        assert_eq!(
            err("x\n + )"),
            "line 2, column 4: expected a value, a path or a function call after '+', found ')'"
        );
    }

    #[test]
    fn deep_nesting_is_refused_instead_of_overflowing_the_stack() {
        let deep = "(".repeat(10_000) + "1" + &")".repeat(10_000);
        assert!(matches!(Expr::parse(&deep).unwrap_err().kind, ParseErrorKind::TooDeep { .. }));
        let long = vec!["1"; 10_000].join(" + ");
        assert!(matches!(Expr::parse(&long).unwrap_err().kind, ParseErrorKind::TooDeep { .. }));
        let minuses = "-".repeat(10_000) + "1";
        assert!(matches!(Expr::parse(&minuses).unwrap_err().kind, ParseErrorKind::TooDeep { .. }));
        let within = vec!["1"; MAX_DEPTH].join(" + ");
        assert_eq!(Expr::parse(&within).unwrap().depth(), MAX_DEPTH);
    }
}
