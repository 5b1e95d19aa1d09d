//! Running totals for a numeric question, one value at a time.

/// Count, sum, minimum, maximum, mean and variance gathered one value at a time, in constant
/// memory — for when the values cannot all be held at once.
///
/// The mean and variance use Welford's update, which stays accurate where the textbook
/// "sum of squares minus square of sum" would cancel catastrophically. Median and quartiles
/// cannot be computed this way: build a [`Sample`](crate::Sample) from the sorted values
/// (for instance a column read in order) and ask it.
///
/// Like [`Sample`](crate::Sample), NaN and infinities are ignored: [`push`](Self::push)
/// leaves the totals untouched for them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NumericAccumulator {
    count: usize,
    sum: f64,
    min: f64,
    max: f64,
    mean: f64,
    /// Sum of squared distances from the running mean (Welford's M2).
    squared_distances: f64,
}

impl NumericAccumulator {
    /// An accumulator that has seen nothing.
    pub fn new() -> NumericAccumulator {
        NumericAccumulator::default()
    }

    /// Adds one value; a non-finite value is ignored.
    pub fn push(&mut self, value: f64) {
        if !value.is_finite() {
            return;
        }
        if self.count == 0 {
            self.min = value;
            self.max = value;
        } else {
            self.min = self.min.min(value);
            self.max = self.max.max(value);
        }
        self.count += 1;
        self.sum += value;
        let distance = value - self.mean;
        self.mean += distance / self.count as f64;
        self.squared_distances += distance * (value - self.mean);
    }

    /// How many finite values were pushed.
    pub fn count(&self) -> usize {
        self.count
    }

    /// Their sum (0 when none).
    pub fn sum(&self) -> f64 {
        self.sum
    }

    /// The smallest value; `None` when none was pushed.
    pub fn min(&self) -> Option<f64> {
        (self.count > 0).then_some(self.min)
    }

    /// The largest value; `None` when none was pushed.
    pub fn max(&self) -> Option<f64> {
        (self.count > 0).then_some(self.max)
    }

    /// The mean; `None` when none was pushed.
    pub fn mean(&self) -> Option<f64> {
        (self.count > 0).then_some(self.mean)
    }

    /// The sample variance (divisor n − 1); `None` with fewer than two values.
    pub fn variance(&self) -> Option<f64> {
        (self.count >= 2).then(|| self.squared_distances / (self.count - 1) as f64)
    }

    /// The sample standard deviation (divisor n − 1); `None` with fewer than two values.
    pub fn standard_deviation(&self) -> Option<f64> {
        self.variance().map(f64::sqrt)
    }
}

impl Extend<f64> for NumericAccumulator {
    fn extend<I: IntoIterator<Item = f64>>(&mut self, values: I) {
        for value in values {
            self.push(value);
        }
    }
}

impl FromIterator<f64> for NumericAccumulator {
    fn from_iter<I: IntoIterator<Item = f64>>(values: I) -> NumericAccumulator {
        let mut accumulator = NumericAccumulator::new();
        accumulator.extend(values);
        accumulator
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_has_no_statistics() {
        let a = NumericAccumulator::new();
        assert_eq!(a.count(), 0);
        assert_eq!(a.sum(), 0.0);
        assert_eq!((a.min(), a.max(), a.mean(), a.variance()), (None, None, None, None));
    }

    #[test]
    fn one_value() {
        let a: NumericAccumulator = [-3.0].into_iter().collect();
        assert_eq!((a.min(), a.max(), a.mean()), (Some(-3.0), Some(-3.0), Some(-3.0)));
        assert_eq!(a.standard_deviation(), None);
    }

    // Reference: Python 3.11 `statistics.variance([-5, -1, 0, 2, 3.5, 10])`
    // = 25.441666666666666, fmean = 1.5833333333333333.
    #[test]
    fn matches_python_variance() {
        let a: NumericAccumulator = [-5.0, -1.0, 0.0, 2.0, 3.5, 10.0].into_iter().collect();
        assert_eq!(a.count(), 6);
        assert_eq!(a.sum(), 9.5);
        assert_eq!((a.min(), a.max()), (Some(-5.0), Some(10.0)));
        assert!((a.mean().unwrap() - 1.5833333333333333).abs() < 1e-12);
        assert!((a.variance().unwrap() - 25.441666666666666).abs() < 1e-12);
    }

    #[test]
    fn stays_accurate_far_from_zero() {
        // Variance of 1e9 + {4, 7, 13, 16} is that of {4, 7, 13, 16}: 30 (by hand: mean 10,
        // squares 36 + 9 + 9 + 36 = 90, 90 / 3 = 30). The naive formula loses this.
        let a: NumericAccumulator = [4.0, 7.0, 13.0, 16.0].map(|v| 1e9 + v).into_iter().collect();
        assert!((a.variance().unwrap() - 30.0).abs() < 1e-6);
    }

    #[test]
    fn non_finite_values_are_ignored() {
        let a: NumericAccumulator = [1.0, f64::NAN, 3.0, f64::INFINITY].into_iter().collect();
        assert_eq!(a.count(), 2);
        assert_eq!(a.mean(), Some(2.0));
        assert_eq!(a.variance(), Some(2.0));
    }
}
