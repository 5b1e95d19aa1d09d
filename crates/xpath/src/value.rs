//! Values and the XPath 1.0 conversions that need no data: number to string, string to number.
//!
//! Conversions that read node values (a node-set's string) live on the evaluator.

/// The result of evaluating an expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<N> {
    /// `true()` / `false()` and comparisons.
    Boolean(bool),
    /// An IEEE 754 double: XPath has no integers, and `NaN` stands for "not a number".
    Number(f64),
    /// A string. Dates, times and select answers are strings too.
    String(String),
    /// Nodes, in document order and without duplicates (except after `randomize()`, which
    /// returns its nodes shuffled).
    NodeSet(Vec<N>),
}

impl<N> Value<N> {
    /// The type in words, with an article: "a boolean", "a number", "a string", "a node-set".
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Boolean(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::NodeSet(_) => "a node-set",
        }
    }

    /// The nodes, if this is a node-set.
    pub fn as_node_set(&self) -> Option<&[N]> {
        match self {
            Value::NodeSet(nodes) => Some(nodes),
            _ => None,
        }
    }
}

impl<N> From<bool> for Value<N> {
    fn from(b: bool) -> Self {
        Value::Boolean(b)
    }
}

impl<N> From<f64> for Value<N> {
    fn from(n: f64) -> Self {
        Value::Number(n)
    }
}

impl<N> From<String> for Value<N> {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

impl<N> From<&str> for Value<N> {
    fn from(s: &str) -> Self {
        Value::String(s.to_string())
    }
}

/// XPath 1.0 `string(number)`: `NaN`, `Infinity`, `-Infinity`, integers without a decimal
/// point, `-0` as `0`, and other numbers in plain decimal notation (never with an exponent).
pub fn number_to_string(n: f64) -> String {
    if n.is_nan() {
        "NaN".to_string()
    } else if n.is_infinite() {
        if n > 0.0 { "Infinity" } else { "-Infinity" }.to_string()
    } else if n == 0.0 {
        "0".to_string()
    } else {
        // Rust prints the shortest text that reads back as the same double, without exponent.
        format!("{n}")
    }
}

/// XPath 1.0 `number(string)` for plain numbers: optional spaces, an optional `-`, digits with
/// an optional decimal point, optional spaces. Anything else (`1e3`, `+1`, `1,5`, ``) is `None`.
pub fn parse_xpath_number(s: &str) -> Option<f64> {
    let t = s.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r'));
    let unsigned = t.strip_prefix('-').unwrap_or(t);
    let (int, frac) = match unsigned.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (unsigned, None),
    };
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    let valid =
        digits(int) && frac.is_none_or(digits) && (!int.is_empty() || frac.is_some_and(|f| !f.is_empty()));
    if !valid {
        return None;
    }
    // Rust reads `.5` and `5.` as XPath does; the checks above kept out what it reads otherwise.
    let magnitude = unsigned.parse::<f64>().ok()?;
    Some(if t.starts_with('-') { -magnitude } else { magnitude })
}

/// XPath 1.0 `boolean(string)`: true unless empty.
pub fn string_to_boolean(s: &str) -> bool {
    !s.is_empty()
}

/// XPath 1.0 `boolean(number)`: true unless zero or `NaN`.
pub fn number_to_boolean(n: f64) -> bool {
    n != 0.0 && !n.is_nan()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_xpath_says() {
        let cases = [
            (f64::NAN, "NaN"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "-Infinity"),
            (-0.0, "0"),
            (3.0, "3"),
            (-2.5, "-2.5"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e21, "1000000000000000000000"),
            (1e-7, "0.0000001"),
        ];
        for (n, s) in cases {
            assert_eq!(number_to_string(n), s, "{n}");
        }
    }

    #[test]
    fn strings_read_as_numbers_only_in_xpath_syntax() {
        let cases = [
            ("12", Some(12.0)),
            ("  -3.5 ", Some(-3.5)),
            (".5", Some(0.5)),
            ("5.", Some(5.0)),
            ("-.5", Some(-0.5)),
            ("", None),
            (".", None),
            ("-", None),
            ("1e3", None),
            ("+1", None),
            ("1,5", None),
            ("Infinity", None),
            ("NaN", None),
            ("1 2", None),
            ("--1", None),
        ];
        for (s, n) in cases {
            assert_eq!(parse_xpath_number(s), n, "{s:?}");
        }
    }
}
