//! The two error types: [`ParseError`] (the text is not an expression) and [`EvalError`]
//! (the expression cannot be evaluated against this data).

use std::fmt;

use crate::functions::Arity;
use crate::span::{Span, line_column};

/// Why an expression's text could not be read, and where.
///
/// `Display` gives one plain sentence that starts with the position, e.g.
/// `column 14: expected ')' to close the call to concat() opened at column 8, found end of expression`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {kind}", self.position())]
pub struct ParseError {
    /// Where the problem is, in bytes.
    pub span: Span,
    /// 1-based line of `span.start`.
    pub line: usize,
    /// 1-based column of `span.start`, counted in characters.
    pub column: usize,
    /// What is wrong.
    pub kind: ParseErrorKind,
}

impl ParseError {
    /// An error of `kind` at `span` in `source` (which gives the line and column).
    pub fn new(source: &str, span: Span, kind: ParseErrorKind) -> Self {
        let (line, column) = line_column(source, span.start);
        ParseError { span, line, column, kind }
    }

    fn position(&self) -> String {
        if self.line == 1 {
            format!("column {}", self.column)
        } else {
            format!("line {}, column {}", self.line, self.column)
        }
    }
}

/// The kinds of [`ParseError`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// The text is empty or only spaces.
    Empty,
    /// A character that cannot start any token.
    UnexpectedCharacter(char),
    /// A string literal whose closing quote is missing.
    UnterminatedString {
        /// The opening quote, `'` or `"`.
        quote: char,
    },
    /// `${` without its closing `}`.
    UnterminatedPlaceholder,
    /// `${...}` whose content is not a name.
    InvalidPlaceholder {
        /// The text between the braces.
        content: String,
    },
    /// `$` not followed by a variable name or `{`.
    LoneDollar,
    /// A token that does not fit here.
    Expected {
        /// What would fit, in words ("an expression", "a step after '/'").
        expected: String,
        /// What was found, in words ("')'", "end of expression").
        found: String,
    },
    /// A bracket, parenthesis or call that is not closed.
    Unclosed {
        /// The closer(s) expected, in words ("')'", "',' or ')'").
        expected: String,
        /// What was opened ("the call to concat()", "the parenthesis", "the predicate").
        construct: String,
        /// Column where it was opened.
        opened_column: usize,
        /// What was found instead.
        found: String,
    },
    /// The expression nests deeper than the evaluator can safely follow.
    TooDeep {
        /// The limit on nesting.
        limit: usize,
    },
}

impl fmt::Display for ParseErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseErrorKind::Empty => write!(f, "the expression is empty"),
            ParseErrorKind::UnexpectedCharacter(c) => {
                write!(f, "unexpected character '{}'", c.escape_debug())
            }
            ParseErrorKind::UnterminatedString { quote } => {
                write!(f, "this text in quotes is never closed: add the closing {quote}")
            }
            ParseErrorKind::UnterminatedPlaceholder => {
                write!(f, "'${{' is never closed: write references as ${{name}}")
            }
            ParseErrorKind::InvalidPlaceholder { content } => write!(
                f,
                "'${{{content}}}' is not a reference: the braces must hold a question name \
                 (letters, digits, '_', '-', '.')"
            ),
            ParseErrorKind::LoneDollar => {
                write!(f, "'$' must be followed by a variable name or by {{name}}")
            }
            ParseErrorKind::Expected { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            ParseErrorKind::Unclosed { expected, construct, opened_column, found } => write!(
                f,
                "expected {expected} to close {construct} opened at column {opened_column}, found {found}"
            ),
            ParseErrorKind::TooDeep { limit } => write!(
                f,
                "the expression nests more than {limit} levels deep; split it into several calculations"
            ),
        }
    }
}

/// Why an expression could not be evaluated.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EvalError {
    /// A call to a function that does not exist.
    #[error("unknown function {name}(){}", suggestion.map(|s| format!("; did you mean {s}()?")).unwrap_or_default())]
    UnknownFunction {
        /// The name as written.
        name: String,
        /// The closest known function name, if one is close.
        suggestion: Option<&'static str>,
    },
    /// A call with too few or too many arguments.
    #[error("{function}() takes {expected}, but {found} {} given", if *found == 1 { "was" } else { "were" })]
    WrongArgumentCount {
        /// The function's name.
        function: String,
        /// What it accepts.
        expected: Arity,
        /// How many were given.
        found: usize,
    },
    /// An argument of the wrong type (only node-sets cannot be converted to).
    #[error("{function}() needs {expected} as argument {position}, but got {found}")]
    WrongArgumentType {
        /// The function's name.
        function: String,
        /// 1-based argument position.
        position: usize,
        /// The type needed ("a node-set").
        expected: &'static str,
        /// The type given ("a number").
        found: &'static str,
    },
    /// An operator or path step applied to a value of the wrong type.
    #[error("{context} needs {expected}, but got {found}")]
    TypeMismatch {
        /// Where ("the '|' operator", "a path step after a function call").
        context: String,
        /// The type needed.
        expected: &'static str,
        /// The type given.
        found: &'static str,
    },
    /// An argument of the right type whose value is not acceptable (a bad date, regex, ...).
    #[error("{function}(): {message}")]
    InvalidArgument {
        /// The function's name.
        function: String,
        /// What is wrong with the value, in plain words.
        message: String,
    },
    /// `instance('id')` with an id the data does not have.
    #[error("there is no secondary instance with id '{id}'")]
    UnknownInstance {
        /// The id asked for.
        id: String,
    },
    /// A `${name}` that was not replaced by a path before evaluation.
    #[error("the reference ${{{name}}} must be replaced by a path before the expression is evaluated")]
    UnresolvedPlaceholder {
        /// The name in the braces.
        name: String,
    },
    /// A `$name` the caller did not define.
    #[error("unknown variable ${name}")]
    UnknownVariable {
        /// The variable's name.
        name: String,
    },
    /// A function or option this implementation does not offer.
    #[error("{function}(): {reason} is not supported")]
    Unsupported {
        /// The function's name.
        function: String,
        /// What is not supported.
        reason: String,
    },
}
