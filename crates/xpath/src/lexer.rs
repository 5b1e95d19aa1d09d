//! Splits an expression's text into tokens with byte spans.
//!
//! Follows the lexical rules of XPath 1.0 (section 3.7): whether `*` is a name test or the
//! multiplication operator, and whether `and`/`or`/`div`/`mod` are operators or element names,
//! depends on the token before; a name followed by `(` is a function name (or a node type such
//! as `text()`), and a name followed by `::` is an axis. On top of XPath, `${name}` outside
//! string literals is an XLSForm reference with a token of its own.

use crate::ast::{Axis, NodeTest, QName};
use crate::error::{ParseError, ParseErrorKind};
use crate::span::Span;

/// A token and where it is in the source.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// What the token is.
    pub kind: TokenKind,
    /// Its bytes in the source.
    pub span: Span,
}

/// The kinds of token.
#[derive(Debug, Clone, PartialEq)]
pub enum TokenKind {
    /// A number literal (`12`, `1.5`, `.5`).
    Number(f64),
    /// A string literal, without its quotes.
    Literal(String),
    /// An XLSForm reference `${name}` or `${last-saved#name}`.
    Placeholder {
        /// The name in the braces.
        name: String,
        /// True for `${last-saved#name}`.
        last_saved: bool,
    },
    /// `$name`.
    Variable(QName),
    /// A name directly followed by `(` that is not a node type.
    FunctionName(QName),
    /// `node`, `text`, `comment` or `processing-instruction` followed by `(`.
    NodeType(NodeTypeName),
    /// A name directly followed by `::`.
    AxisName(Axis),
    /// A name test: a name, `*` or `prefix:*` in a position where a step may start.
    NameTest(NodeTest),
    /// An operator.
    Operator(Operator),
    /// `.`
    Dot,
    /// `..`
    DotDot,
    /// `@`
    At,
    /// `,`
    Comma,
    /// `::`
    DoubleColon,
    /// `(`
    LParen,
    /// `)`
    RParen,
    /// `[`
    LBracket,
    /// `]`
    RBracket,
}

/// The node types that can be written as `name()` in a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeTypeName {
    /// `node()`
    Node,
    /// `text()`
    Text,
    /// `comment()`
    Comment,
    /// `processing-instruction()`
    ProcessingInstruction,
}

impl NodeTypeName {
    fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "node" => NodeTypeName::Node,
            "text" => NodeTypeName::Text,
            "comment" => NodeTypeName::Comment,
            "processing-instruction" => NodeTypeName::ProcessingInstruction,
            _ => return None,
        })
    }

    /// The name as written.
    pub fn name(self) -> &'static str {
        match self {
            NodeTypeName::Node => "node",
            NodeTypeName::Text => "text",
            NodeTypeName::Comment => "comment",
            NodeTypeName::ProcessingInstruction => "processing-instruction",
        }
    }
}

/// Operator tokens, including the path operators `/` and `//`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    /// `and`
    And,
    /// `or`
    Or,
    /// `mod`
    Mod,
    /// `div`
    Div,
    /// `*` where it multiplies
    Multiply,
    /// `/`
    Slash,
    /// `//`
    DoubleSlash,
    /// `|`
    Union,
    /// `+`
    Plus,
    /// `-`
    Minus,
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
}

impl Operator {
    /// The operator as written.
    pub fn symbol(self) -> &'static str {
        match self {
            Operator::And => "and",
            Operator::Or => "or",
            Operator::Mod => "mod",
            Operator::Div => "div",
            Operator::Multiply => "*",
            Operator::Slash => "/",
            Operator::DoubleSlash => "//",
            Operator::Union => "|",
            Operator::Plus => "+",
            Operator::Minus => "-",
            Operator::Eq => "=",
            Operator::NotEq => "!=",
            Operator::Lt => "<",
            Operator::LtEq => "<=",
            Operator::Gt => ">",
            Operator::GtEq => ">=",
        }
    }
}

impl TokenKind {
    /// The token in words, for error messages: `')'`, `the name 'foo'`, `the number 3`.
    pub fn describe(&self) -> String {
        match self {
            TokenKind::Number(n) => format!("the number {n}"),
            TokenKind::Literal(s) => format!("the text '{s}'"),
            TokenKind::Placeholder { name, last_saved } => {
                format!("the reference ${{{}{name}}}", if *last_saved { "last-saved#" } else { "" })
            }
            TokenKind::Variable(q) => format!("the variable ${q}"),
            TokenKind::FunctionName(q) => format!("the function {q}()"),
            TokenKind::NodeType(t) => format!("{}()", t.name()),
            TokenKind::AxisName(a) => format!("the axis {}::", a.name()),
            TokenKind::NameTest(NodeTest::Name(q)) => format!("the name '{q}'"),
            TokenKind::NameTest(NodeTest::PrefixAny(p)) => format!("'{p}:*'"),
            TokenKind::NameTest(_) => "'*'".to_string(),
            TokenKind::Operator(op) => format!("'{}'", op.symbol()),
            TokenKind::Dot => "'.'".to_string(),
            TokenKind::DotDot => "'..'".to_string(),
            TokenKind::At => "'@'".to_string(),
            TokenKind::Comma => "','".to_string(),
            TokenKind::DoubleColon => "'::'".to_string(),
            TokenKind::LParen => "'('".to_string(),
            TokenKind::RParen => "')'".to_string(),
            TokenKind::LBracket => "'['".to_string(),
            TokenKind::RBracket => "']'".to_string(),
        }
    }
}

/// Splits `source` into tokens. Fails only on text that cannot be a token (an unclosed
/// string, a stray character, a malformed `${...}`).
pub fn tokenize(source: &str) -> Result<Vec<Token>, ParseError> {
    Lexer { src: source, pos: 0, tokens: vec![] }.run()
}

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
    tokens: Vec<Token>,
}

/// Characters that may start an XML name.
pub(crate) fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

/// Characters that may continue an XML name.
pub(crate) fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '\u{B7}')
}

/// True when `s` is an XML name without colon (an NCName).
pub(crate) fn is_ncname(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(is_name_start) && chars.all(is_name_char)
}

impl<'a> Lexer<'a> {
    fn run(mut self) -> Result<Vec<Token>, ParseError> {
        loop {
            self.skip_whitespace();
            let Some(c) = self.peek() else { break };
            let start = self.pos;
            let kind = match c {
                '(' => self.single(TokenKind::LParen),
                ')' => self.single(TokenKind::RParen),
                '[' => self.single(TokenKind::LBracket),
                ']' => self.single(TokenKind::RBracket),
                ',' => self.single(TokenKind::Comma),
                '@' => self.single(TokenKind::At),
                '|' => self.single(TokenKind::Operator(Operator::Union)),
                '+' => self.single(TokenKind::Operator(Operator::Plus)),
                '-' => self.single(TokenKind::Operator(Operator::Minus)),
                '=' => self.single(TokenKind::Operator(Operator::Eq)),
                '/' => {
                    if self.rest().starts_with("//") {
                        self.pos += 2;
                        TokenKind::Operator(Operator::DoubleSlash)
                    } else {
                        self.single(TokenKind::Operator(Operator::Slash))
                    }
                }
                '<' | '>' => {
                    let eq = self.rest()[1..].starts_with('=');
                    self.pos += if eq { 2 } else { 1 };
                    TokenKind::Operator(match (c, eq) {
                        ('<', false) => Operator::Lt,
                        ('<', true) => Operator::LtEq,
                        (_, false) => Operator::Gt,
                        (_, true) => Operator::GtEq,
                    })
                }
                '!' => {
                    if self.rest().starts_with("!=") {
                        self.pos += 2;
                        TokenKind::Operator(Operator::NotEq)
                    } else {
                        return Err(self.error(start, 1, ParseErrorKind::UnexpectedCharacter('!')));
                    }
                }
                ':' => {
                    if self.rest().starts_with("::") {
                        self.pos += 2;
                        TokenKind::DoubleColon
                    } else {
                        return Err(self.error(start, 1, ParseErrorKind::UnexpectedCharacter(':')));
                    }
                }
                '*' => {
                    self.pos += 1;
                    if self.name_test_allowed() {
                        TokenKind::NameTest(NodeTest::Any)
                    } else {
                        TokenKind::Operator(Operator::Multiply)
                    }
                }
                '.' => {
                    if self.rest().starts_with("..") {
                        self.pos += 2;
                        TokenKind::DotDot
                    } else if self.rest()[1..].starts_with(|c: char| c.is_ascii_digit()) {
                        self.number()
                    } else {
                        self.single(TokenKind::Dot)
                    }
                }
                '0'..='9' => self.number(),
                '\'' | '"' => self.literal(c)?,
                '$' => self.dollar()?,
                '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' => {
                    return Err(self.error(
                        start,
                        c.len_utf8(),
                        ParseErrorKind::Expected {
                            expected: "a straight quote ' or \"".into(),
                            found: format!("the curly quote {c}"),
                        },
                    ));
                }
                c if is_name_start(c) => self.name()?,
                c => return Err(self.error(start, c.len_utf8(), ParseErrorKind::UnexpectedCharacter(c))),
            };
            self.tokens.push(Token { kind, span: Span::new(start, self.pos) });
        }
        Ok(self.tokens)
    }

    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn single(&mut self, kind: TokenKind) -> TokenKind {
        self.pos += 1;
        kind
    }

    fn skip_whitespace(&mut self) {
        let rest = self.rest();
        self.pos += rest.len() - rest.trim_start().len();
    }

    fn error(&self, start: usize, len: usize, kind: ParseErrorKind) -> ParseError {
        ParseError::new(self.src, Span::new(start, start + len), kind)
    }

    /// XPath 3.7: `*` is a name test and a name is not an operator only at the start or after
    /// `@`, `::`, `(`, `[`, `,` or an operator.
    fn name_test_allowed(&self) -> bool {
        match self.tokens.last() {
            None => true,
            Some(t) => matches!(
                t.kind,
                TokenKind::At
                    | TokenKind::DoubleColon
                    | TokenKind::LParen
                    | TokenKind::LBracket
                    | TokenKind::Comma
                    | TokenKind::Operator(_)
            ),
        }
    }

    fn number(&mut self) -> TokenKind {
        let rest = self.rest();
        let mut len = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        if rest[len..].starts_with('.') && !rest[len..].starts_with("..") {
            len += 1;
            len += rest[len..].find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len() - len);
        }
        let text = &rest[..len];
        self.pos += len;
        // Only digits and one dot: always a valid float, possibly after adding a leading zero.
        let value = format!("0{text}").parse::<f64>().unwrap_or(f64::NAN);
        TokenKind::Number(value)
    }

    fn literal(&mut self, quote: char) -> Result<TokenKind, ParseError> {
        let start = self.pos;
        let body = &self.src[start + 1..];
        match body.find(quote) {
            Some(end) => {
                self.pos = start + 1 + end + 1;
                Ok(TokenKind::Literal(body[..end].to_string()))
            }
            None => Err(self.error(start, 1, ParseErrorKind::UnterminatedString { quote })),
        }
    }

    fn dollar(&mut self) -> Result<TokenKind, ParseError> {
        let start = self.pos;
        let after = &self.src[start + 1..];
        if let Some(body) = after.strip_prefix('{') {
            let Some(close) = body.find('}') else {
                return Err(self.error(start, 2, ParseErrorKind::UnterminatedPlaceholder));
            };
            let content = &body[..close];
            self.pos = start + 2 + close + 1;
            let (name, last_saved) = match content.strip_prefix("last-saved#") {
                Some(n) => (n, true),
                None => (content, false),
            };
            if !is_ncname(name) {
                return Err(ParseError::new(
                    self.src,
                    Span::new(start, self.pos),
                    ParseErrorKind::InvalidPlaceholder { content: content.to_string() },
                ));
            }
            return Ok(TokenKind::Placeholder { name: name.to_string(), last_saved });
        }
        if after.starts_with(is_name_start) {
            self.pos += 1;
            let (prefix, local) = self.qname_parts();
            return Ok(TokenKind::Variable(QName { prefix, local: local.unwrap_or_default() }));
        }
        Err(self.error(start, 1, ParseErrorKind::LoneDollar))
    }

    fn ncname(&mut self) -> &'a str {
        let rest = self.rest();
        let mut chars = rest.char_indices();
        chars.next();
        let len = chars.find(|&(_, c)| !is_name_char(c)).map_or(rest.len(), |(i, _)| i);
        self.pos += len;
        &rest[..len]
    }

    /// Reads `NCName (':' (NCName | '*'))?`; a `None` local part means `prefix:*`.
    fn qname_parts(&mut self) -> (Option<String>, Option<String>) {
        let first = self.ncname();
        let rest = self.rest();
        if let Some(after) = rest.strip_prefix(':')
            && !after.starts_with(':')
        {
            if after.starts_with('*') {
                self.pos += 2;
                return (Some(first.to_string()), None);
            }
            if after.starts_with(is_name_start) {
                self.pos += 1;
                let local = self.ncname();
                return (Some(first.to_string()), Some(local.to_string()));
            }
        }
        (None, Some(first.to_string()))
    }

    fn name(&mut self) -> Result<TokenKind, ParseError> {
        let start = self.pos;
        if !self.name_test_allowed() {
            let save = self.pos;
            let word = self.ncname();
            let op = match word {
                "and" => Some(Operator::And),
                "or" => Some(Operator::Or),
                "div" => Some(Operator::Div),
                "mod" => Some(Operator::Mod),
                _ => None,
            };
            if let Some(op) = op {
                return Ok(TokenKind::Operator(op));
            }
            // Not an operator: read it as a name and let the parser say what was expected.
            self.pos = save;
        }
        let (prefix, local) = self.qname_parts();
        let after = self.rest().trim_start();
        let Some(local) = local else {
            return Ok(TokenKind::NameTest(NodeTest::PrefixAny(prefix.unwrap_or_default())));
        };
        if after.starts_with('(') {
            if prefix.is_none()
                && let Some(t) = NodeTypeName::from_name(&local)
            {
                return Ok(TokenKind::NodeType(t));
            }
            return Ok(TokenKind::FunctionName(QName { prefix, local }));
        }
        if after.starts_with("::") {
            return match (prefix.is_none(), Axis::from_name(&local)) {
                (true, Some(axis)) => Ok(TokenKind::AxisName(axis)),
                _ => Err(ParseError::new(
                    self.src,
                    Span::new(start, self.pos),
                    ParseErrorKind::Expected {
                        expected: "an axis name such as child, parent, self, attribute or \
                                   descendant-or-self before '::'"
                            .into(),
                        found: format!("'{}'", &self.src[start..self.pos]),
                    },
                )),
            };
        }
        Ok(TokenKind::NameTest(NodeTest::Name(QName { prefix, local })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<TokenKind> {
        tokenize(src).unwrap().into_iter().map(|t| t.kind).collect()
    }

    fn name(n: &str) -> TokenKind {
        TokenKind::NameTest(NodeTest::Name(QName::from_qualified(n)))
    }

    #[test]
    fn star_is_a_name_test_after_an_operator_and_multiplication_after_a_name() {
        use Operator::*;
        assert_eq!(
            kinds("* * *"),
            vec![
                TokenKind::NameTest(NodeTest::Any),
                TokenKind::Operator(Multiply),
                TokenKind::NameTest(NodeTest::Any)
            ]
        );
        assert_eq!(
            kinds("a/*"),
            vec![name("a"), TokenKind::Operator(Slash), TokenKind::NameTest(NodeTest::Any)]
        );
        assert_eq!(
            kinds("2*3"),
            vec![TokenKind::Number(2.0), TokenKind::Operator(Multiply), TokenKind::Number(3.0)]
        );
        assert_eq!(kinds("@*"), vec![TokenKind::At, TokenKind::NameTest(NodeTest::Any)]);
    }

    #[test]
    fn operator_names_are_operators_only_after_an_operand() {
        use Operator::*;
        assert_eq!(kinds("div div div"), vec![name("div"), TokenKind::Operator(Div), name("div")]);
        assert_eq!(kinds("a and b"), vec![name("a"), TokenKind::Operator(And), name("b")]);
        assert_eq!(
            kinds("/data/or"),
            vec![TokenKind::Operator(Slash), name("data"), TokenKind::Operator(Slash), name("or")]
        );
        assert_eq!(kinds(") mod ("), vec![TokenKind::RParen, TokenKind::Operator(Mod), TokenKind::LParen]);
    }

    #[test]
    fn names_before_parentheses_are_functions_or_node_types_and_before_double_colons_axes() {
        assert_eq!(
            kinds("jr:choice-name (")[0],
            TokenKind::FunctionName(QName::prefixed("jr", "choice-name"))
        );
        assert_eq!(kinds("text()")[0], TokenKind::NodeType(NodeTypeName::Text));
        assert_eq!(kinds("parent::a")[..2], [TokenKind::AxisName(Axis::Parent), TokenKind::DoubleColon]);
        assert_eq!(kinds("orx:meta")[0], name("orx:meta"));
        assert_eq!(kinds("jr:*")[0], TokenKind::NameTest(NodeTest::PrefixAny("jr".into())));
        assert!(tokenize("foo::a").is_err());
    }

    #[test]
    fn numbers_names_with_dashes_and_dots() {
        assert_eq!(kinds(".5"), vec![TokenKind::Number(0.5)]);
        assert_eq!(kinds("12."), vec![TokenKind::Number(12.0)]);
        assert_eq!(kinds("a-1"), vec![name("a-1")]);
        assert_eq!(kinds("a - 1")[1], TokenKind::Operator(Operator::Minus));
        assert_eq!(
            kinds("../."),
            vec![TokenKind::DotDot, TokenKind::Operator(Operator::Slash), TokenKind::Dot]
        );
    }

    #[test]
    fn placeholders_are_tokens_with_spans_but_not_inside_strings() {
        let tokens = tokenize("${a} + '${b}' + ${last-saved#c}").unwrap();
        assert_eq!(tokens[0].kind, TokenKind::Placeholder { name: "a".into(), last_saved: false });
        assert_eq!(tokens[0].span, Span::new(0, 4));
        assert_eq!(tokens[2].kind, TokenKind::Literal("${b}".into()));
        assert_eq!(tokens[4].kind, TokenKind::Placeholder { name: "c".into(), last_saved: true });
        assert_eq!(kinds("${a}*2")[1], TokenKind::Operator(Operator::Multiply));
    }

    #[test]
    fn lexical_errors_say_where() {
        let e = tokenize("concat('a, b)").unwrap_err();
        assert_eq!((e.column, e.kind.clone()), (8, ParseErrorKind::UnterminatedString { quote: '\'' }));
        assert_eq!(tokenize("${a").unwrap_err().kind, ParseErrorKind::UnterminatedPlaceholder);
        assert!(matches!(tokenize("${a b}").unwrap_err().kind, ParseErrorKind::InvalidPlaceholder { .. }));
        assert_eq!(tokenize("1 ! 2").unwrap_err().column, 3);
        assert_eq!(tokenize("$ x").unwrap_err().kind, ParseErrorKind::LoneDollar);
        assert!(tokenize("\u{2018}a\u{2019}").unwrap_err().to_string().contains("straight quote"));
    }
}
