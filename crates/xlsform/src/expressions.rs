//! The survey's expressions read with the `xpath` crate, so an author learns of a syntax
//! error or a misspelt function from the converter rather than from a phone in the field.
//! pyxform passes these through, so they are warnings: the form still converts.

use crate::errors::{Code, Diagnostic};
use crate::headers::Row;

/// Columns that hold an expression (as header tokens), with the name authors know them by.
const EXPRESSION_COLUMNS: [(&str, &str, &str); 6] = [
    ("bind", "relevant", "relevant"),
    ("bind", "constraint", "constraint"),
    ("bind", "calculate", "calculation"),
    ("bind", "required", "required"),
    ("bind", "readonly", "read_only"),
    ("control", "jr:count", "repeat_count"),
];

fn is_plain_flag(value: &str) -> bool {
    matches!(
        value.trim().to_ascii_lowercase().as_str(),
        "" | "yes" | "no" | "true" | "false" | "true()" | "false()"
    )
}

/// Warns about each expression that does not parse or calls a function that does not exist.
pub(crate) fn check(rows: &[Row], warnings: &mut Vec<Diagnostic>) {
    for row in rows {
        for (tokens, value) in &row.cells {
            let column = match tokens.as_slice() {
                [a, b] => match EXPRESSION_COLUMNS.iter().find(|(x, y, _)| x == a && y == b) {
                    Some((_, _, known_as)) => *known_as,
                    None => continue,
                },
                [a] if a == "choice_filter" => "choice_filter",
                _ => continue,
            };
            if is_plain_flag(value) || value.trim().parse::<f64>().is_ok() {
                continue;
            }
            let problem = match xpath::Expr::parse(value) {
                Err(error) => Some(format!("it is not a valid expression: {error}")),
                Ok(expr) => expr.check_functions().first().map(|e| e.to_string()),
            };
            if let Some(problem) = problem {
                warnings.push(
                    Diagnostic::warning(
                        Code::Expr001,
                        format!("The '{column}' value {value:?} will fail on devices ({problem}). Correct the expression."),
                    )
                    .at("survey", row.number)
                    .column(column),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warnings_for(column: &[&str], value: &str) -> Vec<Diagnostic> {
        let rows = vec![Row {
            number: 2,
            cells: vec![(column.iter().map(|s| s.to_string()).collect(), value.to_owned())],
        }];
        let mut warnings = vec![];
        check(&rows, &mut warnings);
        warnings
    }

    #[test]
    fn broken_expressions_and_unknown_functions_are_warned_about() {
        let cases: &[(&[&str], &str, usize)] = &[
            (&["bind", "relevant"], "${age} > 18", 0),
            (&["bind", "relevant"], "${age} >", 1),
            (&["bind", "constraint"], "regx(., '^[0-9]+$')", 1),
            (&["bind", "calculate"], "concat(${a}, ' ', ${b})", 0),
            (&["bind", "required"], "yes", 0),
            (&["control", "jr:count"], "3", 0),
            (&["choice_filter"], "county = ${county}", 0),
            (&["choice_filter"], "county = = ${county}", 1),
            (&["label"], "not an expression (", 0),
        ];
        for (column, value, expected) in cases {
            let found = warnings_for(column, value);
            assert_eq!(found.len(), *expected, "{column:?} {value:?}: {found:?}");
        }
        let found = warnings_for(&["bind", "constraint"], "regx(., '^[0-9]+$')");
        assert!(found[0].message.contains("regex"), "{}", found[0].message);
        assert_eq!(found[0].row, Some(2));
    }
}
