//! A histogram: how many values fall in each of a few equal-width ranges.

use std::num::NonZeroUsize;

use serde::Serialize;

use crate::sample::Sample;

/// The most bins a histogram gets, however many values or bins were asked for.
pub const MAX_BINS: usize = 50;

/// Whole numbers up to this size are exact in `f64`; beyond it, whole-number edges are not
/// attempted.
const EXACT_WHOLE_LIMIT: f64 = 9_007_199_254_740_992.0; // 2^53

/// One bar of a histogram: the values `lower ≤ x < upper` (`≤ upper` for the last bin).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bin {
    /// The lower edge, included.
    pub lower: f64,
    /// The upper edge: excluded, except in the last bin where it is included.
    pub upper: f64,
    /// How many values fall in this bin.
    pub count: usize,
}

/// Equal-width bins spanning the values from the smallest to the largest.
///
/// **Bin count.** Unless asked for, it is Sturges' rule, `⌈log₂ n⌉ + 1`; either way at most
/// [`MAX_BINS`]. A sample with a single distinct value gets one bin `[v, v]`.
///
/// **Decimal data.** The range `[min, max]` is cut into that many equal widths; the last bin
/// is closed on the right, so the maximum is counted.
///
/// **Whole-number data** (every value whole, all below 2⁵³ in size): each bin holds the same
/// number `w` of whole values, `w = ⌈(max − min + 1) / bins⌉`, and edges are whole numbers
/// `min, min + w, …`. A bin `[a, b)` then holds exactly the whole values `a … b − 1`, so
/// a 1–5 rating scale gets one bin per rating instead of two ratings sharing the last bin.
/// The number of bins may come out smaller than asked (it is `⌈(max − min + 1) / w⌉`), and
/// the last upper edge may exceed the maximum.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Histogram {
    /// The bins, from lowest to highest, with no gaps between them.
    pub bins: Vec<Bin>,
    /// Whether the edges were chosen as whole numbers (see the type's documentation).
    pub whole_numbers: bool,
}

impl Histogram {
    /// Bins the values; `None` when there is no finite value (NaN and infinities are left
    /// out, the rule of [`Sample::new`]). `bins` overrides Sturges' rule.
    pub fn of(values: &[f64], bins: Option<NonZeroUsize>) -> Option<Histogram> {
        Sample::from_slice(values).map(|sample| Histogram::of_sample(&sample, bins))
    }

    /// Bins values each given a number of times (see [`Sample::from_counts`]).
    pub fn of_counts<I: IntoIterator<Item = (f64, usize)>>(
        counts: I,
        bins: Option<NonZeroUsize>,
    ) -> Option<Histogram> {
        Sample::from_counts(counts).map(|sample| Histogram::of_sample(&sample, bins))
    }

    /// Bins a sample already parsed.
    pub fn of_sample(sample: &Sample, bins: Option<NonZeroUsize>) -> Histogram {
        let (min, max) = (sample.min(), sample.max());
        let wanted = bins.map_or_else(|| sturges(sample.len()), NonZeroUsize::get);
        let wanted = wanted.min(MAX_BINS);
        let whole_numbers =
            sample.runs().iter().all(|(value, _)| value.fract() == 0.0 && value.abs() < EXACT_WHOLE_LIMIT);

        let edges = if min == max {
            vec![min, max]
        } else if whole_numbers {
            whole_edges(min, max, wanted)
        } else {
            equal_edges(min, max, wanted)
        };
        let mut counts = vec![0; edges.len() - 1];
        for &(value, times) in sample.runs() {
            counts[bin_index(&edges, value)] += times;
        }
        let bins = counts
            .into_iter()
            .enumerate()
            .map(|(index, count)| Bin { lower: edges[index], upper: edges[index + 1], count })
            .collect();
        Histogram { bins, whole_numbers }
    }

    /// The number of values counted: the sum of the bin counts.
    pub fn total(&self) -> usize {
        self.bins.iter().map(|bin| bin.count).sum()
    }
}

/// Sturges' rule: `⌈log₂ n⌉ + 1` bins for `n` values (1 for a single value).
fn sturges(count: usize) -> usize {
    let ceil_log2 = (usize::BITS - count.saturating_sub(1).leading_zeros()) as usize;
    ceil_log2 + 1
}

/// `bins + 1` edges cutting `[min, max]` into equal widths; the last edge is `max` exactly.
fn equal_edges(min: f64, max: f64, bins: usize) -> Vec<f64> {
    let width = (max - min) / bins as f64;
    let mut edges: Vec<f64> = (0..bins).map(|i| min + width * i as f64).collect();
    edges.push(max);
    edges
}

/// Whole-number edges, each bin holding the same count of whole values (see [`Histogram`]).
fn whole_edges(min: f64, max: f64, bins: usize) -> Vec<f64> {
    let whole_values = max - min + 1.0;
    let width = (whole_values / bins as f64).ceil();
    let needed = (whole_values / width).ceil() as usize;
    (0..=needed).map(|i| min + width * i as f64).collect()
}

/// The bin a value falls in, consistent with the edges as written (lower edge included,
/// last bin closed on the right), whatever rounding the division did.
fn bin_index(edges: &[f64], value: f64) -> usize {
    let last = edges.len() - 2;
    let width = (edges[last + 1] - edges[0]) / (last + 1) as f64;
    let mut index =
        if width > 0.0 { (((value - edges[0]) / width).floor().max(0.0) as usize).min(last) } else { 0 };
    while index > 0 && value < edges[index] {
        index -= 1;
    }
    while index < last && value >= edges[index + 1] {
        index += 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bins(n: usize) -> Option<NonZeroUsize> {
        NonZeroUsize::new(n)
    }

    fn edges_and_counts(histogram: &Histogram) -> Vec<(f64, f64, usize)> {
        histogram.bins.iter().map(|bin| (bin.lower, bin.upper, bin.count)).collect()
    }

    #[test]
    fn sturges_rule() {
        // By hand: ⌈log₂ n⌉ + 1.
        let expected = [(1, 1), (2, 2), (3, 3), (4, 3), (5, 4), (8, 4), (9, 5), (100, 8)];
        for (n, k) in expected {
            assert_eq!(sturges(n), k, "n = {n}");
        }
        assert_eq!(sturges(1 << 60), 61);
    }

    #[test]
    fn nothing_to_bin() {
        assert_eq!(Histogram::of(&[], None), None);
        assert_eq!(Histogram::of(&[f64::NAN], None), None);
    }

    #[test]
    fn single_distinct_value_gives_one_bin() {
        let h = Histogram::of(&[2.5, 2.5, 2.5], bins(10)).unwrap();
        assert_eq!(edges_and_counts(&h), [(2.5, 2.5, 3)]);
    }

    #[test]
    fn decimal_data_equal_widths_last_bin_closed() {
        // [0, 1) [1, 2) [2, 3) [3, 4]: 4.0 counts in the last bin, 1.0 in the second.
        let h = Histogram::of(&[0.0, 0.5, 1.0, 2.25, 3.9, 4.0, 4.0], bins(4)).unwrap();
        assert!(!h.whole_numbers);
        assert_eq!(edges_and_counts(&h), [(0.0, 1.0, 2), (1.0, 2.0, 1), (2.0, 3.0, 1), (3.0, 4.0, 3)]);
        assert_eq!(h.total(), 7);
    }

    #[test]
    fn default_bin_count_is_sturges() {
        // 9 decimal values → ⌈log₂ 9⌉ + 1 = 5 bins of width (4.5 − 0.5) / 5 = 0.8.
        let values = [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5];
        let h = Histogram::of(&values, None).unwrap();
        assert_eq!(h.bins.len(), 5);
        assert_eq!(h.bins[0].lower, 0.5);
        assert_eq!(h.bins[4].upper, 4.5);
        // Edges 0.5, 1.3, 2.1, 2.9, 3.7, 4.5 → counts 2, 2, 1, 2, 2.
        let counts: Vec<usize> = h.bins.iter().map(|b| b.count).collect();
        assert_eq!(counts, [2, 2, 1, 2, 2]);
    }

    #[test]
    fn bin_count_is_capped() {
        let values: Vec<f64> = (0..1000).map(|i| f64::from(i) / 7.0).collect();
        let h = Histogram::of(&values, bins(500)).unwrap();
        assert_eq!(h.bins.len(), MAX_BINS);
        assert_eq!(h.total(), 1000);
    }

    #[test]
    fn rating_scale_gets_one_bin_per_rating() {
        // 1–5 ratings, 12 answers → Sturges 5 bins; w = ⌈5 / 5⌉ = 1.
        let ratings = [1.0, 2.0, 2.0, 3.0, 3.0, 3.0, 4.0, 4.0, 5.0, 5.0, 5.0, 5.0];
        let h = Histogram::of(&ratings, None).unwrap();
        assert!(h.whole_numbers);
        assert_eq!(
            edges_and_counts(&h),
            [(1.0, 2.0, 1), (2.0, 3.0, 2), (3.0, 4.0, 3), (4.0, 5.0, 2), (5.0, 6.0, 4)]
        );
    }

    #[test]
    fn whole_numbers_share_bins_evenly() {
        // Ages 18..=65 (48 whole values) in 8 bins: w = 6, edges 18, 24, …, 66.
        let ages: Vec<f64> = (18..=65).map(f64::from).collect();
        let h = Histogram::of(&ages, bins(8)).unwrap();
        let lowers: Vec<f64> = h.bins.iter().map(|b| b.lower).collect();
        assert_eq!(lowers, [18.0, 24.0, 30.0, 36.0, 42.0, 48.0, 54.0, 60.0]);
        assert_eq!(h.bins[7].upper, 66.0);
        assert!(h.bins.iter().all(|b| b.count == 6));
    }

    #[test]
    fn whole_numbers_may_need_fewer_bins() {
        // 0..=3 is 4 whole values; 3 bins asked → w = ⌈4/3⌉ = 2 → only 2 bins needed.
        let h = Histogram::of(&[0.0, 1.0, 2.0, 3.0, 3.0], bins(3)).unwrap();
        assert_eq!(edges_and_counts(&h), [(0.0, 2.0, 2), (2.0, 4.0, 3)]);
    }

    #[test]
    fn negative_whole_numbers() {
        let h = Histogram::of(&[-3.0, -2.0, 0.0, 2.0], bins(3)).unwrap();
        // 6 whole values −3..=2, w = 2: [−3,−1) [−1,1) [1,3).
        assert_eq!(edges_and_counts(&h), [(-3.0, -1.0, 2), (-1.0, 1.0, 1), (1.0, 3.0, 1)]);
    }

    #[test]
    fn non_finite_values_are_not_counted() {
        let h = Histogram::of(&[1.0, f64::NAN, 2.0, f64::INFINITY], None).unwrap();
        assert_eq!(h.total(), 2);
    }
}
