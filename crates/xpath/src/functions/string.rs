//! String functions. Lengths and positions count characters (Unicode scalar values).

use super::number::xpath_round;
use super::{Call, Res};
use crate::document::Document;
use crate::environment::Environment;
use crate::value::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StringFn {
    String,
    Concat,
    StartsWith,
    Contains,
    SubstringBefore,
    SubstringAfter,
    Substring,
    StringLength,
    NormalizeSpace,
    Translate,
    Join,
    Substr,
    EndsWith,
    Regex,
}

pub(super) fn call<D: Document, E: Environment>(f: StringFn, c: &Call<'_, '_, D, E>) -> Res<D::Node> {
    use StringFn as F;
    Ok(match f {
        F::String => Value::String(c.string(0)?),
        // ODK: a node-set argument contributes every node's value, not just the first.
        F::Concat => Value::String(c.values()?.iter().flat_map(|v| c.strings_of(v)).collect()),
        F::Join => {
            let separator = c.string(0)?;
            let values = c.values()?;
            let parts: Vec<String> = values.iter().skip(1).flat_map(|v| c.strings_of(v)).collect();
            Value::String(parts.join(&separator))
        }
        F::StartsWith => Value::Boolean(c.string(0)?.starts_with(&c.string(1)?)),
        F::EndsWith => Value::Boolean(c.string(0)?.ends_with(&c.string(1)?)),
        F::Contains => Value::Boolean(c.string(0)?.contains(&c.string(1)?)),
        F::SubstringBefore => {
            let s = c.string(0)?;
            let needle = c.string(1)?;
            Value::String(s.find(&needle).map(|i| s[..i].to_string()).unwrap_or_default())
        }
        F::SubstringAfter => {
            let s = c.string(0)?;
            let needle = c.string(1)?;
            Value::String(s.find(&needle).map(|i| s[i + needle.len()..].to_string()).unwrap_or_default())
        }
        F::Substring => {
            let s = c.string(0)?;
            let start = xpath_round(c.number(1)?);
            let length = if c.args.len() > 2 { xpath_round(c.number(2)?) } else { f64::INFINITY };
            Value::String(substring(&s, start, length))
        }
        F::Substr => {
            let s = c.string(0)?;
            let start = c.number(1)?;
            let end = if c.args.len() > 2 { Some(c.number(2)?) } else { None };
            Value::String(substr(&s, start, end))
        }
        F::StringLength => Value::Number(c.string(0)?.chars().count() as f64),
        F::NormalizeSpace => {
            let s = c.string(0)?;
            Value::String(
                s.split([' ', '\t', '\n', '\r']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" "),
            )
        }
        F::Translate => {
            let s = c.string(0)?;
            let from: Vec<char> = c.string(1)?.chars().collect();
            let to: Vec<char> = c.string(2)?.chars().collect();
            Value::String(
                s.chars()
                    .filter_map(|ch| match from.iter().position(|&f| f == ch) {
                        Some(i) => to.get(i).copied(),
                        None => Some(ch),
                    })
                    .collect(),
            )
        }
        F::Regex => {
            let s = c.string(0)?;
            let pattern = c.string(1)?;
            let re = c.ev.regex(&pattern).map_err(|e| {
                c.invalid(format!("'{pattern}' is not a regular expression this checker can use ({e})"))
            })?;
            Value::Boolean(re.is_match(&s))
        }
    })
}

/// XPath 1.0 `substring()`: the characters at 1-based positions `p` with
/// `start <= p < start + length`, where the bounds are already rounded. NaN selects nothing.
fn substring(s: &str, start: f64, length: f64) -> String {
    let end = start + length;
    s.chars()
        .enumerate()
        .filter(|&(i, _)| {
            let p = (i + 1) as f64;
            p >= start && p < end
        })
        .map(|(_, ch)| ch)
        .collect()
}

/// ODK `substr()`: 0-based `start` up to `end` (exclusive); negative values count from the end.
fn substr(s: &str, start: f64, end: Option<f64>) -> String {
    let chars: Vec<char> = s.chars().collect();
    let len = chars.len() as i64;
    let clamp = |v: f64| -> i64 {
        let v = if v.is_nan() {
            0
        } else {
            v.trunc().clamp(-(len as f64) * 2.0 - 1.0, len as f64 * 2.0 + 1.0) as i64
        };
        let v = if v < 0 { len + v } else { v };
        v.clamp(0, len)
    };
    let from = clamp(start);
    let to = end.map_or(len, clamp);
    if from <= to { chars[from as usize..to as usize].iter().collect() } else { String::new() }
}

#[cfg(test)]
mod tests {
    use crate::testing::{check, err};

    #[test]
    fn xpath_string_functions() {
        check(
            "<data><a>x</a><a>y</a><n> 1 </n></data>",
            "/data",
            &[
                ("string(12)", "12"),
                ("string(1 div 0)", "Infinity"),
                ("string(0 div 0)", "NaN"),
                ("string(-0)", "0"),
                ("string(true())", "true"),
                ("string(a)", "x"),
                ("string()", "xy 1 "),
                ("concat('a', 1, true())", "a1true"),
                ("concat(a, '-')", "xy-"),
                ("starts-with('hello', 'he')", "true"),
                ("starts-with('hello', '')", "true"),
                ("contains('hello', 'ell')", "true"),
                ("contains('hello', 'z')", "false"),
                ("substring-before('1999/04/01', '/')", "1999"),
                ("substring-before('abc', 'z')", ""),
                ("substring-after('1999/04/01', '/')", "04/01"),
                ("substring-after('abc', '')", "abc"),
                ("substring('12345', 2, 3)", "234"),
                ("substring('12345', 2)", "2345"),
                ("substring('12345', 1.5, 2.6)", "234"),
                ("substring('12345', 0, 3)", "12"),
                ("substring('12345', 0 div 0, 3)", ""),
                ("substring('12345', 1, 0 div 0)", ""),
                ("substring('12345', -42, 1 div 0)", "12345"),
                ("substring('12345', -1 div 0, 1 div 0)", ""),
                ("substring('ñandú', 2, 3)", "and"),
                ("string-length('ñandú')", "5"),
                ("string-length(n)", "3"),
                ("normalize-space('  a \t b\n c  ')", "a b c"),
                ("translate('bar', 'abc', 'ABC')", "BAr"),
                ("translate('--aaa--', 'abc-', 'ABC')", "AAA"),
            ],
        );
    }

    #[test]
    fn odk_string_functions() {
        check(
            "<data><a>x</a><a>y</a><e/></data>",
            "/data",
            &[
                ("join(', ', a)", "x, y"),
                ("join('-', 'p', a, 3)", "p-x-y-3"),
                ("join('-')", ""),
                ("substr('abcdef', 1, 3)", "bc"),
                ("substr('abcdef', 2)", "cdef"),
                ("substr('abcdef', -2)", "ef"),
                ("substr('abcdef', 0, -1)", "abcde"),
                ("substr('abcdef', 4, 2)", ""),
                ("substr('abc', 10)", ""),
                ("ends-with('report.pdf', '.pdf')", "true"),
                ("ends-with('report.pdf', 'x')", "false"),
                ("regex('0712345678', '0[0-9]{9}')", "true"),
                ("regex('x0712345678', '0[0-9]{9}')", "false"),
                ("regex('a', 'a|b')", "true"),
                ("regex(e, '.*')", "true"),
            ],
        );
        assert!(err("<data/>", "/data", "regex('a', '(')").contains("regular expression"));
    }
}
