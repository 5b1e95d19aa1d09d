//! The XForms expression language: XPath 1.0 as ODK XForms use it, with the ODK function
//! library. No I/O: the clock, randomness and the data come from the caller.
//!
//! - [`tokenize`] splits text into [`Token`]s with byte spans, `${name}` references included.
//! - [`Expr::parse`] builds the typed tree; [`ParseError`] says where and what was expected.
//! - `Display for Expr` prints a canonical text that parses back to the same tree.
//! - [`placeholders`] and [`replace_placeholders`] find and rewrite `${name}` in the author's text.
//! - [`Evaluator`] evaluates a tree against a [`Document`] (the submission and secondary
//!   instances) with an [`Environment`] (clock, random source, form facts).
//!
//! ```
//! use xpath::{Expr, placeholders};
//! let e = Expr::parse("${age} >= 18 and selected(${consent}, 'yes')").unwrap();
//! assert_eq!(e.to_string(), "${age} >= 18 and selected(${consent}, 'yes')");
//! assert_eq!(placeholders("concat(${a}, '${b}')").unwrap().len(), 1);
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod ast;
mod dates;
mod document;
mod environment;
mod error;
mod eval;
mod functions;
mod lexer;
mod parser;
mod placeholder;
mod printer;
mod span;
mod stack;
#[cfg(test)]
mod testing;
mod tree;
mod value;

pub use ast::{Axis, BinaryOp, Expr, LocationPath, NodeTest, PathStart, QName, Step};
pub use document::{Document, NodeKind};
pub use environment::{Environment, FixedEnvironment};
pub use error::{EvalError, ParseError, ParseErrorKind};
pub use eval::{Context, Evaluator};
pub use functions::{Arity, FUNCTIONS, FunctionSpec, lookup as lookup_function, suggest as suggest_function};
pub use lexer::{NodeTypeName, Operator, Token, TokenKind, tokenize};
pub use parser::MAX_DEPTH;
pub use placeholder::{Placeholder, placeholders, replace_placeholders};
pub use span::{Span, line_column};
pub use tree::{NodeId, Tree};
pub use value::{Value, number_to_string, parse_xpath_number};
