//! A sample: the finite numbers given for one question, sorted, never empty.

use serde::Serialize;

/// The answers to a numeric question as a sorted list of finite numbers, with at least one.
///
/// This is the parsed form of "some numbers": once you hold a `Sample` you know it is not
/// empty, holds no NaN or infinity, and is in ascending order, so order statistics (median,
/// quartiles, minimum, maximum) can be read off directly.
///
/// The values are held as runs: each distinct value once with how many times it was given,
/// so a million answers on a 0–100 scale take a hundred and one runs, and answers already
/// counted ([`Sample::from_counts`]) are never spelled out one by one.
///
/// **Rule for non-finite values:** NaN, +∞ and −∞ are not answers anybody gave; they can only
/// come from a reading error upstream. They are left out, exactly as a blank answer would be,
/// and [`Sample::len`] counts only the finite values that remain.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sample {
    /// Distinct values in ascending order, each with its count (at least one).
    runs: Vec<(f64, usize)>,
    /// For each run, how many values come up to its end (the last is the sample's length).
    ends: Vec<usize>,
}

impl Sample {
    /// Takes ownership of the values, drops the non-finite ones and sorts the rest.
    ///
    /// Returns `None` when no finite value remains.
    pub fn new(values: Vec<f64>) -> Option<Sample> {
        Sample::from_counts(values.into_iter().map(|value| (value, 1)))
    }

    /// Copies the values out of a slice, then as [`Sample::new`].
    pub fn from_slice(values: &[f64]) -> Option<Sample> {
        Sample::from_counts(values.iter().map(|&value| (value, 1)))
    }

    /// From values each given a number of times, in any order and possibly repeated: the
    /// same sample as every value written out that many times. Non-finite values and zero
    /// counts are left out; `None` when nothing remains.
    pub fn from_counts<I: IntoIterator<Item = (f64, usize)>>(counts: I) -> Option<Sample> {
        // -0.0 and 0.0 compare equal for every statistic; keep one spelling of zero.
        let mut counted: Vec<(f64, usize)> = counts
            .into_iter()
            .filter(|(value, count)| value.is_finite() && *count > 0)
            .map(|(value, count)| (if value == 0.0 { 0.0 } else { value }, count))
            .collect();
        if counted.is_empty() {
            return None;
        }
        counted.sort_by(|(a, _), (b, _)| a.total_cmp(b));
        let mut runs: Vec<(f64, usize)> = Vec::with_capacity(counted.len());
        for (value, count) in counted {
            match runs.last_mut() {
                Some((last, total)) if *last == value => *total += count,
                _ => runs.push((value, count)),
            }
        }
        let ends = runs
            .iter()
            .scan(0, |end, (_, count)| {
                *end += count;
                Some(*end)
            })
            .collect();
        Some(Sample { runs, ends })
    }

    /// The distinct values in ascending order, each with how many times it was given.
    pub fn runs(&self) -> &[(f64, usize)] {
        &self.runs
    }

    /// Every value in ascending order, written out (as many times as it was given).
    pub fn values(&self) -> Vec<f64> {
        self.runs.iter().flat_map(|&(value, count)| std::iter::repeat_n(value, count)).collect()
    }

    /// How many values there are (always at least one).
    pub fn len(&self) -> usize {
        self.ends[self.ends.len() - 1]
    }

    /// Always `false`: a sample has at least one value. Present for clippy's `len` convention.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The smallest value.
    pub fn min(&self) -> f64 {
        self.runs[0].0
    }

    /// The largest value.
    pub fn max(&self) -> f64 {
        self.runs[self.runs.len() - 1].0
    }

    /// The median: the middle value, or the mean of the two middle values when the count is
    /// even. Same as `quantile(1, 2)`.
    pub fn median(&self) -> f64 {
        self.cut_point(1, 2)
    }

    /// The first quartile, `quantile(1, 4)`.
    pub fn first_quartile(&self) -> f64 {
        self.cut_point(1, 4)
    }

    /// The third quartile, `quantile(3, 4)`.
    pub fn third_quartile(&self) -> f64 {
        self.cut_point(3, 4)
    }

    /// The `k`-th of the cut points that split the sample into `parts` equal parts
    /// (quartiles: `parts = 4`, deciles: `parts = 10`); `k = 0` is the minimum and
    /// `k = parts` the maximum. `None` when `parts` is zero or `k > parts`.
    ///
    /// **Method:** linear interpolation between order statistics at position
    /// `h = (n − 1) · k / parts` (0-based) — R's type 7, Excel's `QUARTILE.INC`, NumPy's
    /// default, and Python's `statistics.quantiles(data, n=parts, method='inclusive')`.
    /// The arithmetic is Python's own, `(x[j]·(parts − δ) + x[j+1]·δ) / parts` with
    /// `j, δ = divmod(k·(n − 1), parts)`, so results match it to the last bit. With a single
    /// value every cut point is that value.
    pub fn quantile(&self, k: usize, parts: usize) -> Option<f64> {
        if parts == 0 || k > parts {
            return None;
        }
        Some(self.cut_point(k, parts))
    }

    /// The value at `position` (0-based) in ascending order.
    fn nth(&self, position: usize) -> f64 {
        self.runs[self.ends.partition_point(|&end| end <= position)].0
    }

    /// [`Sample::quantile`] for arguments known to be valid.
    fn cut_point(&self, k: usize, parts: usize) -> f64 {
        let last = self.len() - 1;
        let (j, delta) = ((k * last) / parts, (k * last) % parts);
        if delta == 0 {
            return self.nth(j);
        }
        let (below, above) = (self.nth(j), self.nth(j + 1));
        (below * (parts - delta) as f64 + above * delta as f64) / parts as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(values: &[f64]) -> Sample {
        Sample::from_slice(values).unwrap()
    }

    fn quartiles(values: &[f64]) -> [f64; 3] {
        let s = sample(values);
        [s.first_quartile(), s.median(), s.third_quartile()]
    }

    #[test]
    fn empty_and_all_non_finite_give_no_sample() {
        assert_eq!(Sample::new(vec![]), None);
        assert_eq!(Sample::new(vec![f64::NAN, f64::INFINITY, f64::NEG_INFINITY]), None);
    }

    #[test]
    fn non_finite_values_are_left_out_and_the_rest_sorted() {
        let s = sample(&[3.0, f64::NAN, -1.0, f64::INFINITY, 2.0]);
        assert_eq!(s.values(), [-1.0, 2.0, 3.0]);
        assert_eq!(s.len(), 3);
        assert_eq!((s.min(), s.max()), (-1.0, 3.0));
    }

    #[test]
    fn counted_values_are_the_values_written_out() {
        let counted = Sample::from_counts([(3.0, 2), (-1.0, 1), (3.0, 1), (f64::NAN, 4), (8.0, 0)]).unwrap();
        assert_eq!(counted, sample(&[3.0, -1.0, 3.0, 3.0]));
        assert_eq!(counted.runs(), [(-1.0, 1), (3.0, 3)]);
        assert_eq!((counted.len(), counted.median(), counted.first_quartile()), (4, 3.0, 2.0));
        assert_eq!(Sample::from_counts([(1.0, 0)]), None);
    }

    #[test]
    fn negative_zero_is_stored_as_zero() {
        let s = sample(&[-0.0]);
        assert!(s.values()[0].is_sign_positive());
    }

    // Reference: Python 3.11, `statistics.quantiles(d, n=4, method='inclusive')`
    // and `statistics.median(d)`, pasted literally.
    #[test]
    fn quartiles_of_one_value_are_that_value() {
        // Python 3.11 refuses n=1; type 7 gives the value itself at every position.
        assert_eq!(quartiles(&[7.0]), [7.0, 7.0, 7.0]);
    }

    #[test]
    fn quartiles_of_two_values() {
        assert_eq!(quartiles(&[3.0, 9.0]), [4.5, 6.0, 7.5]);
    }

    #[test]
    fn quartiles_of_three_values_unsorted_input() {
        assert_eq!(quartiles(&[5.0, 1.0, 3.0]), [2.0, 3.0, 4.0]);
    }

    #[test]
    fn quartiles_of_four_values() {
        assert_eq!(quartiles(&[1.0, 2.0, 3.0, 4.0]), [1.75, 2.5, 3.25]);
    }

    #[test]
    fn quartiles_of_five_values() {
        assert_eq!(quartiles(&[1.0, 2.0, 3.0, 4.0, 5.0]), [2.0, 3.0, 4.0]);
    }

    #[test]
    fn quartiles_of_ten_values() {
        let one_to_ten: Vec<f64> = (1..=10).map(f64::from).collect();
        assert_eq!(quartiles(&one_to_ten), [3.25, 5.5, 7.75]);
    }

    #[test]
    fn quartiles_with_negative_numbers() {
        assert_eq!(quartiles(&[-5.0, -1.0, 0.0, 2.0, 3.5, 10.0]), [-0.75, 1.0, 3.125]);
    }

    #[test]
    fn quartiles_with_repeated_values() {
        assert_eq!(quartiles(&[4.0, 4.0, 4.0, 4.0]), [4.0, 4.0, 4.0]);
        assert_eq!(quartiles(&[2.0, 2.0, 3.0, 3.0, 3.0, 8.0, -1.0]), [2.0, 3.0, 3.0]);
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(sample(&[9.0, 1.0, 5.0]).median(), 5.0);
        assert_eq!(sample(&[9.0, 1.0, 5.0, 2.0]).median(), 3.5);
    }

    #[test]
    fn deciles_match_python() {
        // python3: statistics.quantiles(range(1, 11), n=10, method='inclusive')
        // -> [1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1]
        let s = sample(&(1..=10).map(f64::from).collect::<Vec<_>>());
        let deciles: Vec<f64> = (1..10).map(|k| s.quantile(k, 10).unwrap()).collect();
        assert_eq!(deciles, [1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1]);
    }

    #[test]
    fn quantile_ends_and_invalid_arguments() {
        let s = sample(&[2.0, 8.0, 5.0]);
        assert_eq!(s.quantile(0, 4), Some(2.0));
        assert_eq!(s.quantile(4, 4), Some(8.0));
        assert_eq!(s.quantile(5, 4), None);
        assert_eq!(s.quantile(0, 0), None);
    }
}
