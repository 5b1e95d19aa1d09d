//! The summary of a numeric question: count, sum, mean, spread and order statistics.

use serde::Serialize;

use crate::sample::Sample;

/// What a data page shows for a numeric question (integer or decimal).
///
/// Built from all the values at once. Quartiles and median follow [`Sample::quantile`]
/// (R type 7 / Excel `QUARTILE.INC` / Python `statistics.quantiles(method='inclusive')`).
/// When the values cannot all be held in memory, use
/// [`NumericAccumulator`](crate::NumericAccumulator) for the moments and build a [`Sample`]
/// from a sorted column for the order statistics.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NumericSummary {
    /// How many finite values were summarised.
    pub count: usize,
    /// Their sum.
    pub sum: f64,
    /// Their arithmetic mean.
    pub mean: f64,
    /// The middle value (mean of the two middle values for an even count).
    pub median: f64,
    /// The smallest value.
    pub min: f64,
    /// The largest value.
    pub max: f64,
    /// The first quartile (25th percentile).
    pub first_quartile: f64,
    /// The third quartile (75th percentile).
    pub third_quartile: f64,
    /// The sample standard deviation (divisor n − 1); `None` with fewer than two values.
    pub standard_deviation: Option<f64>,
}

impl NumericSummary {
    /// Summarises the values; `None` when there is no finite value.
    ///
    /// NaN and infinities are left out (the rule of [`Sample::new`]). The slice is copied
    /// once to be sorted.
    pub fn of(values: &[f64]) -> Option<NumericSummary> {
        Sample::from_slice(values).map(|sample| NumericSummary::of_sample(&sample))
    }

    /// Summarises values each given a number of times (see [`Sample::from_counts`]).
    pub fn of_counts<I: IntoIterator<Item = (f64, usize)>>(counts: I) -> Option<NumericSummary> {
        Sample::from_counts(counts).map(|sample| NumericSummary::of_sample(&sample))
    }

    /// Summarises a sample already parsed.
    pub fn of_sample(sample: &Sample) -> NumericSummary {
        let runs = sample.runs();
        let count = sample.len();
        let sum: f64 = runs.iter().map(|&(value, times)| value * times as f64).sum();
        let mean = sum / count as f64;
        NumericSummary {
            count,
            sum,
            mean,
            median: sample.median(),
            min: sample.min(),
            max: sample.max(),
            first_quartile: sample.first_quartile(),
            third_quartile: sample.third_quartile(),
            standard_deviation: sample_variance(sample, mean).map(f64::sqrt),
        }
    }
}

/// The sample variance (divisor n − 1) by the two-pass formula around a known mean;
/// `None` with fewer than two values.
fn sample_variance(sample: &Sample, mean: f64) -> Option<f64> {
    if sample.len() < 2 {
        return None;
    }
    let squares: f64 =
        sample.runs().iter().map(|&(value, times)| (value - mean).powi(2) * times as f64).sum();
    Some(squares / (sample.len() - 1) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(actual: f64, expected: f64) -> bool {
        (actual - expected).abs() <= 1e-12 * expected.abs().max(1.0)
    }

    #[test]
    fn nothing_to_summarise() {
        assert_eq!(NumericSummary::of(&[]), None);
        assert_eq!(NumericSummary::of(&[f64::NAN]), None);
    }

    #[test]
    fn one_value_has_no_standard_deviation() {
        let s = NumericSummary::of(&[7.0]).unwrap();
        assert_eq!(s.count, 1);
        assert_eq!((s.sum, s.mean, s.median, s.min, s.max), (7.0, 7.0, 7.0, 7.0, 7.0));
        assert_eq!((s.first_quartile, s.third_quartile), (7.0, 7.0));
        assert_eq!(s.standard_deviation, None);
    }

    // Reference numbers: Python 3.11 `statistics` (fmean, median, stdev, quantiles with
    // method='inclusive') on the same data, pasted literally.
    #[test]
    fn two_values() {
        let s = NumericSummary::of(&[9.0, 3.0]).unwrap();
        assert_eq!((s.count, s.sum, s.mean, s.median), (2, 12.0, 6.0, 6.0));
        assert_eq!((s.first_quartile, s.third_quartile), (4.5, 7.5));
        assert!(close(s.standard_deviation.unwrap(), 4.242640687119285));
    }

    #[test]
    fn one_to_ten() {
        let values: Vec<f64> = (1..=10).rev().map(f64::from).collect();
        let s = NumericSummary::of(&values).unwrap();
        assert_eq!((s.count, s.sum, s.mean, s.median), (10, 55.0, 5.5, 5.5));
        assert_eq!((s.min, s.max), (1.0, 10.0));
        assert_eq!((s.first_quartile, s.third_quartile), (3.25, 7.75));
        assert!(close(s.standard_deviation.unwrap(), 3.0276503540974917));
    }

    #[test]
    fn negative_and_fractional_values() {
        let s = NumericSummary::of(&[10.0, -1.0, 3.5, -5.0, 0.0, 2.0]).unwrap();
        assert_eq!((s.count, s.sum), (6, 9.5));
        assert!(close(s.mean, 1.5833333333333333));
        assert_eq!((s.min, s.median, s.max), (-5.0, 1.0, 10.0));
        assert_eq!((s.first_quartile, s.third_quartile), (-0.75, 3.125));
        assert!(close(s.standard_deviation.unwrap(), 5.0439733015418176));
    }

    #[test]
    fn repeated_values() {
        let s = NumericSummary::of(&[2.0, 2.0, 3.0, 3.0, 3.0, 8.0, -1.0]).unwrap();
        assert_eq!((s.count, s.sum, s.median), (7, 20.0, 3.0));
        assert!(close(s.mean, 2.857142857142857));
        assert_eq!((s.first_quartile, s.third_quartile), (2.0, 3.0));
        assert!(close(s.standard_deviation.unwrap(), 2.6726124191242437));

        let constant = NumericSummary::of(&[4.0; 4]).unwrap();
        assert_eq!(constant.standard_deviation, Some(0.0));
    }

    #[test]
    fn non_finite_values_do_not_count() {
        let s = NumericSummary::of(&[1.0, f64::NAN, 2.0, f64::NEG_INFINITY, 3.0, 4.0]).unwrap();
        assert_eq!((s.count, s.sum, s.median), (4, 10.0, 2.5));
        assert!(close(s.standard_deviation.unwrap(), 1.2909944487358056));
    }
}
