//! Pearson's chi-square test of independence on a table of counts.

use serde::Serialize;
use statrs::distribution::{ChiSquared, ContinuousCDF};

/// Expected counts below this are "small" for the rule of thumb in [`ChiSquareTest`].
pub const SMALL_EXPECTED_COUNT: f64 = 5.0;

/// The largest share of small expected counts for which the test is still trusted.
pub const MAX_SMALL_EXPECTED_SHARE: f64 = 0.2;

/// Pearson's chi-square test: are the row answer and the column answer independent?
///
/// The statistic is `Σ (observed − expected)² / expected` with
/// `expected = row total × column total / grand total`, with no continuity correction (not
/// even for 2 × 2 tables). Rows and columns whose total is zero are left out — an option
/// nobody chose says nothing about independence — and the degrees of freedom are
/// `(r − 1)(c − 1)` over what remains. The p-value is the chance of a statistic at least
/// this large under independence: the upper tail (`1 − CDF`) of the chi-square distribution,
/// from `statrs`.
///
/// **When not to trust it.** The chi-square distribution is only an approximation, and a
/// poor one when expected counts are small. By Cochran's rule of thumb, when more than 20 %
/// of the expected counts are below 5, [`unreliable`](Self::unreliable) is set and the
/// p-value should not be reported as evidence (an exact test or more data is needed).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChiSquareTest {
    /// The chi-square statistic.
    pub statistic: f64,
    /// `(r − 1)(c − 1)` over the rows and columns with a non-zero total (at least 1).
    pub degrees_of_freedom: usize,
    /// The probability of a statistic at least this large if the answers were independent.
    pub p_value: f64,
    /// How many cells (of rows and columns with a non-zero total) expect fewer than 5.
    pub small_expected_cells: usize,
    /// How many cells the test used.
    pub cells: usize,
    /// `true` when more than 20 % of the cells expect fewer than 5: do not rely on the
    /// p-value.
    pub unreliable: bool,
}

impl ChiSquareTest {
    /// Tests a table given as rows of counts; a row shorter than the longest is read as
    /// ending in zeros.
    ///
    /// `None` when there is no test to run: after leaving out empty rows and columns, fewer
    /// than two rows or fewer than two columns remain (zero degrees of freedom).
    pub fn of_counts(rows: &[Vec<usize>]) -> Option<ChiSquareTest> {
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        let cell = |row: usize, column: usize| rows[row].get(column).copied().unwrap_or(0);
        let row_totals: Vec<usize> = rows.iter().map(|row| row.iter().sum()).collect();
        let column_totals: Vec<usize> =
            (0..width).map(|column| (0..rows.len()).map(|row| cell(row, column)).sum()).collect();
        let used_rows: Vec<usize> = (0..rows.len()).filter(|&r| row_totals[r] > 0).collect();
        let used_columns: Vec<usize> = (0..width).filter(|&c| column_totals[c] > 0).collect();
        if used_rows.len() < 2 || used_columns.len() < 2 {
            return None;
        }
        let degrees_of_freedom = (used_rows.len() - 1) * (used_columns.len() - 1);
        let total = row_totals.iter().sum::<usize>() as f64;

        let mut statistic = 0.0;
        let mut small_expected_cells = 0;
        for &row in &used_rows {
            for &column in &used_columns {
                let expected = row_totals[row] as f64 * column_totals[column] as f64 / total;
                let observed = cell(row, column) as f64;
                statistic += (observed - expected).powi(2) / expected;
                if expected < SMALL_EXPECTED_COUNT {
                    small_expected_cells += 1;
                }
            }
        }
        let cells = used_rows.len() * used_columns.len();
        let distribution = ChiSquared::new(degrees_of_freedom as f64).ok()?;
        Some(ChiSquareTest {
            statistic,
            degrees_of_freedom,
            p_value: distribution.sf(statistic),
            small_expected_cells,
            cells,
            unreliable: small_expected_cells as f64 > MAX_SMALL_EXPECTED_SHARE * cells as f64,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(actual: f64, expected: f64) {
        assert!((actual - expected).abs() < 1e-9, "{actual} is not {expected}");
    }

    // Reference numbers: python3, statistic by the hand formula
    // sum((o - e)**2 / e) with e = row_total * column_total / n; p-value by the closed forms
    // math.erfc(math.sqrt(x / 2)) for df = 1 and math.exp(-x / 2) for df = 2.

    #[test]
    fn classic_two_by_two() {
        // Expected 17.5 17.5 / 32.5 32.5.
        let test = ChiSquareTest::of_counts(&[vec![20, 15], vec![30, 35]]).unwrap();
        close(test.statistic, 1.098901098901099);
        assert_eq!(test.degrees_of_freedom, 1);
        close(test.p_value, 0.2945073936801102);
        assert_eq!((test.small_expected_cells, test.cells), (0, 4));
        assert!(!test.unreliable);
    }

    #[test]
    fn two_by_three() {
        let test = ChiSquareTest::of_counts(&[vec![10, 20, 30], vec![20, 20, 10]]).unwrap();
        close(test.statistic, 12.52777777777778);
        assert_eq!(test.degrees_of_freedom, 2);
        close(test.p_value, 0.001903827607695494);
        assert!(!test.unreliable);
    }

    #[test]
    fn small_expected_counts_make_it_unreliable() {
        // Every expected count is 2.
        let test = ChiSquareTest::of_counts(&[vec![3, 1], vec![1, 3]]).unwrap();
        close(test.statistic, 2.0);
        close(test.p_value, 0.15729920705028513);
        assert_eq!(test.small_expected_cells, 4);
        assert!(test.unreliable);
    }

    #[test]
    fn exactly_twenty_percent_small_is_still_reliable() {
        // 2 × 5 = 10 cells; column totals 100, 100, 100, 100, 4 → only the last column's
        // 2 cells expect 2 (< 5): 2 / 10 = 20 %, not more than 20 %.
        let test = ChiSquareTest::of_counts(&[vec![50, 50, 50, 50, 2], vec![50, 50, 50, 50, 2]]).unwrap();
        assert_eq!((test.small_expected_cells, test.cells), (2, 10));
        assert!(!test.unreliable);
        close(test.statistic, 0.0);
        close(test.p_value, 1.0);
    }

    #[test]
    fn empty_rows_and_columns_are_left_out() {
        // Same as the classic 2 × 2 once the empty middle row and last column go.
        let test = ChiSquareTest::of_counts(&[vec![20, 15, 0], vec![0, 0, 0], vec![30, 35]]).unwrap();
        assert_eq!(test.degrees_of_freedom, 1);
        close(test.statistic, 1.098901098901099);
        assert_eq!(test.cells, 4);
    }

    #[test]
    fn too_small_a_table_has_no_test() {
        assert_eq!(ChiSquareTest::of_counts(&[]), None);
        assert_eq!(ChiSquareTest::of_counts(&[vec![5, 7]]), None);
        assert_eq!(ChiSquareTest::of_counts(&[vec![5, 0], vec![7, 0]]), None);
        assert_eq!(ChiSquareTest::of_counts(&[vec![0, 0], vec![0, 0]]), None);
    }
}
