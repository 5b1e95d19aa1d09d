//! A sample: the finite numbers given for one question, sorted, never empty.

use serde::Serialize;

/// The answers to a numeric question as a sorted list of finite numbers, with at least one.
///
/// This is the parsed form of "some numbers": once you hold a `Sample` you know it is not
/// empty, holds no NaN or infinity, and is in ascending order, so order statistics (median,
/// quartiles, minimum, maximum) can be read off directly.
///
/// **Rule for non-finite values:** NaN, +∞ and −∞ are not answers anybody gave; they can only
/// come from a reading error upstream. They are left out, exactly as a blank answer would be,
/// and [`Sample::len`] counts only the finite values that remain.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sample {
    sorted: Vec<f64>,
}

impl Sample {
    /// Takes ownership of the values, drops the non-finite ones and sorts the rest in place.
    ///
    /// Returns `None` when no finite value remains. Sorting an already sorted vector costs
    /// one pass, so a caller that keeps its values sorted pays almost nothing here.
    pub fn new(mut values: Vec<f64>) -> Option<Sample> {
        values.retain(|value| value.is_finite());
        if values.is_empty() {
            return None;
        }
        values.sort_by(f64::total_cmp);
        // -0.0 and 0.0 compare equal for every statistic; keep one spelling of zero.
        for value in &mut values {
            if *value == 0.0 {
                *value = 0.0;
            }
        }
        Some(Sample { sorted: values })
    }

    /// Copies the values out of a slice, then as [`Sample::new`].
    pub fn from_slice(values: &[f64]) -> Option<Sample> {
        Sample::new(values.to_vec())
    }

    /// The values in ascending order.
    pub fn values(&self) -> &[f64] {
        &self.sorted
    }

    /// How many values there are (always at least one).
    pub fn len(&self) -> usize {
        self.sorted.len()
    }

    /// Always `false`: a sample has at least one value. Present for clippy's `len` convention.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The smallest value.
    pub fn min(&self) -> f64 {
        self.sorted[0]
    }

    /// The largest value.
    pub fn max(&self) -> f64 {
        self.sorted[self.sorted.len() - 1]
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

    /// [`Sample::quantile`] for arguments known to be valid.
    fn cut_point(&self, k: usize, parts: usize) -> f64 {
        let last = self.sorted.len() - 1;
        let (j, delta) = ((k * last) / parts, (k * last) % parts);
        if delta == 0 {
            return self.sorted[j];
        }
        let (below, above) = (self.sorted[j], self.sorted[j + 1]);
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
        assert_eq!(s.values(), &[-1.0, 2.0, 3.0]);
        assert_eq!(s.len(), 3);
        assert_eq!((s.min(), s.max()), (-1.0, 3.0));
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
