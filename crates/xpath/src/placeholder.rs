//! XLSForm references `${name}`: finding them in an expression's text and replacing them
//! while keeping the rest of the author's text as written.

use crate::error::ParseError;
use crate::lexer::{TokenKind, tokenize};
use crate::span::Span;

/// One `${name}` in an expression, outside string literals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    /// The question name in the braces.
    pub name: String,
    /// True for `${last-saved#name}`.
    pub last_saved: bool,
    /// The bytes of the whole `${...}`.
    pub span: Span,
}

/// The `${name}` references in `source`, in order, with their byte spans. `${name}` inside a
/// string literal is text, not a reference.
///
/// Only the tokens are read, not the grammar, so references are found even in an expression
/// with a syntax error; the error is for text that cannot be split into tokens (an unclosed
/// quote or `${`, a malformed `${...}`, a stray character).
pub fn placeholders(source: &str) -> Result<Vec<Placeholder>, ParseError> {
    Ok(tokenize(source)?
        .into_iter()
        .filter_map(|t| match t.kind {
            TokenKind::Placeholder { name, last_saved } => {
                Some(Placeholder { name, last_saved, span: t.span })
            }
            _ => None,
        })
        .collect())
}

/// `source` with each `${name}` replaced by `replace(&placeholder)`, the rest kept byte for byte.
pub fn replace_placeholders(
    source: &str,
    mut replace: impl FnMut(&Placeholder) -> String,
) -> Result<String, ParseError> {
    let mut out = String::with_capacity(source.len());
    let mut last = 0;
    for p in placeholders(source)? {
        out.push_str(&source[last..p.span.start]);
        out.push_str(&replace(&p));
        last = p.span.end;
    }
    out.push_str(&source[last..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_have_byte_spans_and_strings_hide_them() {
        let src = "if(${age} >= 18, '${age} years', ${last-saved#name})";
        let found = placeholders(src).unwrap();
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].name.as_str(), found[0].span), ("age", Span::new(3, 9)));
        assert_eq!(&src[found[0].span.range()], "${age}");
        assert!(found[1].last_saved);
        assert_eq!(&src[found[1].span.range()], "${last-saved#name}");
    }

    #[test]
    fn spans_count_bytes_after_multibyte_text() {
        let src = "concat('é', ${q})";
        let found = placeholders(src).unwrap();
        assert_eq!(found[0].span, Span::new(13, 17));
    }

    #[test]
    fn references_are_found_in_expressions_with_syntax_errors() {
        assert_eq!(placeholders("${a} + + ${b}").unwrap().len(), 2);
        assert!(placeholders("'${a}").is_err());
    }

    #[test]
    fn replacement_keeps_the_authors_text() {
        let out = replace_placeholders("${a}+1 = '${a}'  and ${b}", |p| format!("/data/{}", p.name)).unwrap();
        assert_eq!(out, "/data/a+1 = '${a}'  and /data/b");
    }
}
