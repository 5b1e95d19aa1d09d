//! Number functions.

use super::{Call, Res};
use crate::document::Document;
use crate::environment::Environment;
use crate::value::{Value, number_to_string};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberFn {
    Number,
    Sum,
    Floor,
    Ceiling,
    Round,
    Int,
    Pow,
    Abs,
    Min,
    Max,
    Log,
    Log10,
    Exp,
    Exp10,
    Sqrt,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Atan2,
    Pi,
}

pub(super) fn call<D: Document, E: Environment>(f: NumberFn, c: &Call<'_, '_, D, E>) -> Res<D::Node> {
    use NumberFn as F;
    let unary = |op: fn(f64) -> f64| -> Res<D::Node> { Ok(Value::Number(op(c.number(0)?))) };
    match f {
        F::Number => unary(|x| x),
        F::Floor => unary(f64::floor),
        F::Ceiling => unary(f64::ceil),
        F::Abs => unary(f64::abs),
        F::Log => unary(f64::ln),
        F::Log10 => unary(f64::log10),
        F::Exp => unary(f64::exp),
        F::Exp10 => unary(|x| 10f64.powf(x)),
        F::Sqrt => unary(f64::sqrt),
        F::Sin => unary(f64::sin),
        F::Cos => unary(f64::cos),
        F::Tan => unary(f64::tan),
        F::Asin => unary(f64::asin),
        F::Acos => unary(f64::acos),
        F::Atan => unary(f64::atan),
        F::Int => unary(f64::trunc),
        F::Pi => Ok(Value::Number(std::f64::consts::PI)),
        F::Pow => Ok(Value::Number(c.number(0)?.powf(c.number(1)?))),
        F::Atan2 => Ok(Value::Number(c.number(0)?.atan2(c.number(1)?))),
        F::Round => {
            let x = c.number(0)?;
            Ok(Value::Number(if c.args.len() > 1 { round_to(x, c.number(1)?) } else { xpath_round(x) }))
        }
        F::Sum => {
            // As ODK Collect does: values that are not numbers (empty answers) count as nothing.
            let nodes = c.nodes(0)?;
            let total = nodes
                .iter()
                .map(|&n| c.ev.string_to_number(&c.ev.node_string(n)))
                .filter(|v| !v.is_nan())
                .sum::<f64>();
            Ok(Value::Number(total))
        }
        F::Min | F::Max => {
            let values = c.values()?;
            let numbers = values.iter().flat_map(|v| match v {
                Value::NodeSet(nodes) => {
                    nodes.iter().map(|&n| c.ev.string_to_number(&c.ev.node_string(n))).collect::<Vec<_>>()
                }
                other => vec![c.ev.number(other)],
            });
            // Empty answers are skipped; with no number at all the result is NaN.
            let pick = if f == F::Min { f64::min } else { f64::max };
            Ok(Value::Number(numbers.filter(|v| !v.is_nan()).reduce(pick).unwrap_or(f64::NAN)))
        }
    }
}

/// XPath 1.0 `round()`: the closest integer, halves toward positive infinity; `-0.5 <= x < 0`
/// gives negative zero.
pub(crate) fn xpath_round(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    let floor = x.floor();
    let rounded = if x - floor >= 0.5 { floor + 1.0 } else { floor };
    if rounded == 0.0 && x < 0.0 { -0.0 } else { rounded }
}

/// ODK `round(x, decimals)`: rounds the decimal text of `x` (as printed) at `decimals` places,
/// halves toward positive infinity; negative `decimals` round to tens, hundreds...
fn round_to(x: f64, decimals: f64) -> f64 {
    if !x.is_finite() || decimals.is_nan() {
        return if decimals.is_nan() { f64::NAN } else { x };
    }
    let places = decimals.trunc();
    if places.abs() > 30.0 {
        return f64::NAN;
    }
    let places = places as i32;
    let text = number_to_string(x.abs());
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).map(|b| b - b'0').collect();
    // Digits kept: everything before the point plus `places` after it.
    let keep = int_part.len() as i32 + places;
    let negative = x < 0.0;
    if keep < 0 {
        return if negative { -0.0 } else { 0.0 };
    }
    let keep = keep as usize;
    let mut kept: Vec<u8> = digits.iter().copied().take(keep).collect();
    kept.resize(keep, 0);
    let next = digits.get(keep).copied().unwrap_or(0);
    let rest_nonzero = digits.iter().skip(keep + 1).any(|&d| d != 0);
    // Half up for positives; for negatives exactly half goes toward zero (toward +infinity).
    let round_up = if negative { next > 5 || (next == 5 && rest_nonzero) } else { next >= 5 };
    if round_up {
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, 1);
                break;
            }
            i -= 1;
            if kept[i] == 9 {
                kept[i] = 0;
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    // Read the kept digits back, scaled by the places, through text so no error creeps in.
    let mut text: String = kept.iter().map(|d| char::from(b'0' + d)).collect();
    if text.is_empty() {
        text.push('0');
    }
    let value: f64 = format!("{text}e{}", -places).parse().unwrap_or(f64::NAN);
    if negative { -value } else { value }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::check;

    #[test]
    fn xpath_number_functions() {
        check(
            "<data><a>1</a><a>2.5</a><a/><s>x</s></data>",
            "/data",
            &[
                ("number('12')", "12"),
                ("number(' -1.5 ')", "-1.5"),
                ("number('1e3')", "NaN"),
                ("number('')", "NaN"),
                ("number(true())", "1"),
                ("number(a)", "1"),
                ("number('2024-03-01')", "19783"),
                ("sum(a)", "3.5"),
                ("sum(s)", "0"),
                ("sum(nothing)", "0"),
                ("floor(-1.5)", "-2"),
                ("ceiling(-1.5)", "-1"),
                ("round(2.5)", "3"),
                ("round(-2.5)", "-2"),
                ("round(-0.5)", "0"),
                ("1 div round(-0.5)", "-Infinity"),
                ("1 div round(-0.2)", "-Infinity"),
                ("round(0.49999999999999994)", "0"),
                ("round(0 div 0)", "NaN"),
                ("round(1 div 0)", "Infinity"),
            ],
        );
    }

    #[test]
    fn odk_number_functions() {
        check(
            "<data><a>3</a><a>-7</a><a/><b>10</b></data>",
            "/data",
            &[
                ("round(1.2345, 2)", "1.23"),
                ("round(1.235, 2)", "1.24"),
                ("round(-1.235, 2)", "-1.23"),
                ("round(2.675, 2)", "2.68"),
                ("round(1234.5, -2)", "1200"),
                ("round(1250, -2)", "1300"),
                ("round(9.99, 1)", "10"),
                ("round(5, 40)", "NaN"),
                ("int(3.9)", "3"),
                ("int(-3.9)", "-3"),
                ("int('x')", "NaN"),
                ("pow(2, 10)", "1024"),
                ("pow(4, 0.5)", "2"),
                ("abs(-3)", "3"),
                ("min(a)", "-7"),
                ("max(a)", "3"),
                ("max(a, b)", "10"),
                ("min(1, 2, 0.5)", "0.5"),
                ("max(nothing)", "NaN"),
                ("log(1)", "0"),
                ("log10(1000)", "3"),
                ("exp(0)", "1"),
                ("exp10(2)", "100"),
                ("sqrt(16)", "4"),
                ("sqrt(-1)", "NaN"),
                ("sin(0)", "0"),
                ("cos(0)", "1"),
                ("tan(0)", "0"),
                ("asin(1) = pi() div 2", "true"),
                ("acos(1)", "0"),
                ("atan(0)", "0"),
                ("atan2(1, 1) = pi() div 4", "true"),
                ("round(pi(), 5)", "3.14159"),
            ],
        );
    }

    #[test]
    fn xpath_round_matches_the_spec() {
        assert!(xpath_round(-0.5).is_sign_negative());
        assert_eq!(xpath_round(-1.5), -1.0);
        assert_eq!(xpath_round(1e300), 1e300);
    }
}
