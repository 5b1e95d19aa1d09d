//! Cross-tabulation of two select_one questions.

use std::collections::HashMap;

use serde::Serialize;

use crate::categories::Categories;
use crate::chi_square::ChiSquareTest;
use crate::choices::percent;

/// A row or column of a cross-tabulation: one choice name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    /// The choice name as stored in submissions.
    pub name: String,
    /// `true` when the form's choice list does not contain this name.
    pub unlisted: bool,
}

/// How the answers to one select_one question (rows) spread over the answers to another
/// (columns), for the respondents who answered both.
///
/// Rows and columns are the form's choices in the form's order, including choices nobody
/// picked, then answers not in the form's list in alphabetical order. A pair where either
/// answer is empty (after trimming) is not counted in the table but in
/// [`skipped`](Self::skipped). Percentages are 0–100; a row (or column) with a zero total
/// has 0 % everywhere.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CrossTab {
    /// The row headings (answers to the first question).
    pub rows: Vec<Heading>,
    /// The column headings (answers to the second question).
    pub columns: Vec<Heading>,
    /// `counts[r][c]`: respondents who answered `rows[r]` and `columns[c]`.
    pub counts: Vec<Vec<usize>>,
    /// The sum of each row.
    pub row_totals: Vec<usize>,
    /// The sum of each column.
    pub column_totals: Vec<usize>,
    /// The number of respondents in the table.
    pub total: usize,
    /// `row_percents[r][c]`: `counts[r][c]` as a percentage of `row_totals[r]`.
    pub row_percents: Vec<Vec<f64>>,
    /// `column_percents[r][c]`: `counts[r][c]` as a percentage of `column_totals[c]`.
    pub column_percents: Vec<Vec<f64>>,
    /// Pairs left out because one answer or both were empty.
    pub skipped: usize,
    /// Pearson's chi-square test of independence; `None` when the table has fewer than two
    /// non-empty rows or columns. Check its `unreliable` flag before showing the p-value.
    pub chi_square: Option<ChiSquareTest>,
}

impl CrossTab {
    /// Tabulates pairs `(row answer, column answer)`, one pair per respondent, against the
    /// two questions' choice names in the form's order.
    pub fn of<RC, CC, P, R, C>(row_choices: RC, column_choices: CC, pairs: P) -> CrossTab
    where
        RC: IntoIterator,
        RC::Item: AsRef<str>,
        CC: IntoIterator,
        CC::Item: AsRef<str>,
        P: IntoIterator<Item = (R, C)>,
        R: AsRef<str>,
        C: AsRef<str>,
    {
        let mut by_row: Categories<HashMap<String, usize>> = Categories::new(row_choices);
        let mut columns: Categories<()> = Categories::new(column_choices);
        let mut skipped = 0;
        for (row, column) in pairs {
            let (row, column) = (row.as_ref().trim(), column.as_ref().trim());
            if row.is_empty() || column.is_empty() {
                skipped += 1;
                continue;
            }
            columns.entry(column);
            *by_row.entry(row).entry(column.to_owned()).or_default() += 1;
        }

        let columns: Vec<Heading> = columns
            .into_ordered()
            .into_iter()
            .map(|c| Heading { name: c.name, unlisted: c.unlisted })
            .collect();
        let mut rows = Vec::new();
        let mut counts = Vec::new();
        for row in by_row.into_ordered() {
            counts.push(
                columns
                    .iter()
                    .map(|column| row.value.get(&column.name).copied().unwrap_or(0))
                    .collect::<Vec<usize>>(),
            );
            rows.push(Heading { name: row.name, unlisted: row.unlisted });
        }
        CrossTab::from_counts(rows, columns, counts, skipped)
    }

    /// Derives totals, percentages and the test from a rectangular table of counts.
    fn from_counts(
        rows: Vec<Heading>,
        columns: Vec<Heading>,
        counts: Vec<Vec<usize>>,
        skipped: usize,
    ) -> CrossTab {
        let row_totals: Vec<usize> = counts.iter().map(|row| row.iter().sum()).collect();
        let column_totals: Vec<usize> =
            (0..columns.len()).map(|c| counts.iter().map(|row| row[c]).sum()).collect();
        let total = row_totals.iter().sum();
        let row_percents = counts
            .iter()
            .zip(&row_totals)
            .map(|(row, &row_total)| row.iter().map(|&n| percent(n, row_total)).collect())
            .collect();
        let column_percents = counts
            .iter()
            .map(|row| {
                row.iter().zip(&column_totals).map(|(&n, &column_total)| percent(n, column_total)).collect()
            })
            .collect();
        let chi_square = ChiSquareTest::of_counts(&counts);
        CrossTab {
            rows,
            columns,
            counts,
            row_totals,
            column_totals,
            total,
            row_percents,
            column_percents,
            skipped,
            chi_square,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(headings: &[Heading]) -> Vec<(&str, bool)> {
        headings.iter().map(|h| (h.name.as_str(), h.unlisted)).collect()
    }

    /// One pair per respondent, `count` times each combination.
    fn pairs(table: &[(&'static str, &'static str, usize)]) -> Vec<(&'static str, &'static str)> {
        table.iter().flat_map(|&(row, column, count)| std::iter::repeat_n((row, column), count)).collect()
    }

    #[test]
    fn counts_totals_and_percentages() {
        let answers =
            pairs(&[("female", "yes", 20), ("female", "no", 15), ("male", "yes", 30), ("male", "no", 35)]);
        let table = CrossTab::of(["female", "male"], ["yes", "no"], answers);
        assert_eq!(names(&table.rows), [("female", false), ("male", false)]);
        assert_eq!(names(&table.columns), [("yes", false), ("no", false)]);
        assert_eq!(table.counts, [[20, 15], [30, 35]]);
        assert_eq!(table.row_totals, [35, 65]);
        assert_eq!(table.column_totals, [50, 50]);
        assert_eq!(table.total, 100);
        // By hand: 20/35, 15/35; 30/65, 35/65.
        let expected_rows = [[2000.0 / 35.0, 1500.0 / 35.0], [3000.0 / 65.0, 3500.0 / 65.0]];
        for (actual, expected) in table.row_percents.iter().flatten().zip(expected_rows.iter().flatten()) {
            assert!((actual - expected).abs() < 1e-12);
        }
        assert_eq!(table.column_percents, [[40.0, 30.0], [60.0, 70.0]]);
        // Reference as in chi_square.rs: python3 hand formula and math.erfc(sqrt(x/2)).
        let test = table.chi_square.unwrap();
        assert!((test.statistic - 1.098901098901099).abs() < 1e-9);
        assert!((test.p_value - 0.2945073936801102).abs() < 1e-9);
        assert_eq!(test.degrees_of_freedom, 1);
    }

    #[test]
    fn form_order_unused_choices_and_unlisted_answers() {
        let answers = [("b", "x"), ("zz", "x"), ("b", "new"), ("aa", "y")];
        let table = CrossTab::of(["c", "b"], ["y", "x"], answers);
        assert_eq!(names(&table.rows), [("c", false), ("b", false), ("aa", true), ("zz", true)]);
        assert_eq!(names(&table.columns), [("y", false), ("x", false), ("new", true)]);
        assert_eq!(table.counts, [[0, 0, 0], [0, 1, 1], [1, 0, 0], [0, 1, 0]]);
        assert_eq!(table.row_totals, [0, 2, 1, 1]);
        assert_eq!(table.column_totals, [1, 2, 1]);
        // A row nobody is in has 0 % everywhere rather than a division by zero.
        assert_eq!(table.row_percents[0], [0.0, 0.0, 0.0]);
        assert_eq!(table.row_percents[1], [0.0, 50.0, 50.0]);
    }

    #[test]
    fn pairs_with_an_empty_answer_are_skipped() {
        let answers = [("a", ""), (" ", "x"), ("", ""), (" a ", " x ")];
        let table = CrossTab::of(["a"], ["x"], answers);
        assert_eq!(table.skipped, 3);
        assert_eq!(table.counts, [[1]]);
        assert_eq!(table.total, 1);
        assert_eq!(table.chi_square, None);
    }

    #[test]
    fn test_uses_only_non_empty_rows_and_columns() {
        // Listed but unused "maybe" row and "other" column: df stays (2−1)(2−1) = 1.
        let answers = pairs(&[("yes", "a", 3), ("yes", "b", 1), ("no", "a", 1), ("no", "b", 3)]);
        let table = CrossTab::of(["yes", "maybe", "no"], ["a", "other", "b"], answers);
        let test = table.chi_square.unwrap();
        assert_eq!(test.degrees_of_freedom, 1);
        assert!((test.statistic - 2.0).abs() < 1e-12);
        assert!(test.unreliable);
    }

    #[test]
    fn nothing_to_tabulate() {
        let table = CrossTab::of(["a", "b"], ["x"], Vec::<(&str, &str)>::new());
        assert_eq!(table.counts, [[0], [0]]);
        assert_eq!((table.total, table.skipped), (0, 0));
        assert_eq!(table.column_percents, [[0.0], [0.0]]);
        assert_eq!(table.chi_square, None);
    }
}
