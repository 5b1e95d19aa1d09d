//! Properties that must hold for any input, checked on generated data.

use std::num::NonZeroUsize;

use analysis::{
    ChoiceCounts, CrossTab, Histogram, MAX_BINS, NumericAccumulator, NumericSummary, Sample, TextSummary,
    Timeline,
};
use chrono::{Days, NaiveDate};
use proptest::prelude::*;

fn values() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(-1e6..1e6f64, 1..200)
}

fn whole_values() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec((-500..500i32).prop_map(f64::from), 1..200)
}

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance * a.abs().max(b.abs()).max(1.0)
}

/// Type 7 written the textbook way, h = (n − 1)·p, independently of `Sample::quantile`.
fn textbook_quantile(sorted: &[f64], p: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * p;
    let (below, above) = (h.floor() as usize, h.ceil() as usize);
    sorted[below] + (h - h.floor()) * (sorted[above] - sorted[below])
}

proptest! {
    #[test]
    fn quartiles_are_ordered(values in values()) {
        let s = NumericSummary::of(&values).unwrap();
        prop_assert!(s.min <= s.first_quartile);
        prop_assert!(s.first_quartile <= s.median);
        prop_assert!(s.median <= s.third_quartile);
        prop_assert!(s.third_quartile <= s.max);
        prop_assert!(s.min <= s.mean && s.mean <= s.max);
    }

    #[test]
    fn quantiles_match_the_textbook_formula(values in values(), k in 0usize..=20) {
        let sample = Sample::from_slice(&values).unwrap();
        let ours = sample.quantile(k, 20).unwrap();
        let textbook = textbook_quantile(&sample.values(), k as f64 / 20.0);
        prop_assert!(close(ours, textbook, 1e-9), "{} vs {}", ours, textbook);
    }

    #[test]
    fn accumulator_agrees_with_the_batch_summary(values in values()) {
        let batch = NumericSummary::of(&values).unwrap();
        let streamed: NumericAccumulator = values.iter().copied().collect();
        prop_assert_eq!(streamed.count(), batch.count);
        prop_assert_eq!(streamed.min(), Some(batch.min));
        prop_assert_eq!(streamed.max(), Some(batch.max));
        prop_assert!(close(streamed.mean().unwrap(), batch.mean, 1e-9));
        match (streamed.standard_deviation(), batch.standard_deviation) {
            (Some(a), Some(b)) => prop_assert!(close(a, b, 1e-6), "{} vs {}", a, b),
            (a, b) => prop_assert_eq!(a, b),
        }
    }

    #[test]
    fn histogram_counts_every_value_once_in_the_right_bin(
        values in values(),
        bins in prop::option::of(1usize..80),
    ) {
        let histogram = Histogram::of(&values, bins.and_then(NonZeroUsize::new)).unwrap();
        prop_assert_eq!(histogram.total(), values.len());
        prop_assert!(!histogram.bins.is_empty() && histogram.bins.len() <= MAX_BINS);
        for pair in histogram.bins.windows(2) {
            prop_assert_eq!(pair[0].upper, pair[1].lower);
        }
        let last = histogram.bins.len() - 1;
        for (index, bin) in histogram.bins.iter().enumerate() {
            let inside = values
                .iter()
                .filter(|&&v| bin.lower <= v && (v < bin.upper || (index == last && v <= bin.upper)))
                .count();
            prop_assert_eq!(inside, bin.count);
        }
    }

    #[test]
    fn whole_number_histograms_have_whole_edges(values in whole_values()) {
        let histogram = Histogram::of(&values, None).unwrap();
        prop_assert_eq!(histogram.total(), values.len());
        prop_assert!(histogram.whole_numbers);
        for bin in &histogram.bins {
            prop_assert_eq!(bin.lower.fract(), 0.0);
            prop_assert_eq!(bin.upper.fract(), 0.0);
        }
    }

    #[test]
    fn choice_counts_add_up(answers in prop::collection::vec("(a|b|c|x|)( (a|b|c|x))?", 0..100)) {
        let counts = ChoiceCounts::of(["a", "b", "c"], &answers);
        prop_assert_eq!(counts.answered + counts.skipped, answers.len());
        for option in &counts.options {
            prop_assert!(option.count <= counts.answered);
            prop_assert_eq!(option.unlisted, option.name == "x");
        }
        let chosen: usize = counts.options.iter().map(|o| o.count).sum();
        prop_assert!(chosen >= counts.answered && chosen <= 2 * counts.answered);
    }

    #[test]
    fn crosstab_totals_agree(
        pairs in prop::collection::vec(("(a|b|c|)", "(x|y|z|)"), 0..200),
    ) {
        let table = CrossTab::of(["a", "b"], ["x", "y"], pairs.iter().map(|(r, c)| (r, c)));
        prop_assert_eq!(table.total + table.skipped, pairs.len());
        prop_assert_eq!(table.row_totals.iter().sum::<usize>(), table.total);
        prop_assert_eq!(table.column_totals.iter().sum::<usize>(), table.total);
        for (row, total) in table.row_percents.iter().zip(&table.row_totals) {
            let sum: f64 = row.iter().sum();
            let expected = if *total == 0 { 0.0 } else { 100.0 };
            prop_assert!(close(sum, expected, 1e-9), "row sums to {}", sum);
        }
        if let Some(test) = table.chi_square {
            prop_assert!((0.0..=1.0).contains(&test.p_value));
            prop_assert!(test.statistic >= 0.0);
            prop_assert!(test.degrees_of_freedom >= 1);
        }
    }

    #[test]
    fn text_counts_add_up(answers in prop::collection::vec("( |a|A|b|B){0,3}", 0..100)) {
        let summary = TextSummary::of(answers.iter().map(String::as_str), usize::MAX);
        prop_assert_eq!(summary.answered + summary.empty, answers.len());
        prop_assert_eq!(summary.top.len(), summary.distinct);
        prop_assert_eq!(summary.top.iter().map(|t| t.count).sum::<usize>(), summary.answered);
    }

    #[test]
    fn timelines_have_no_gaps(offsets in prop::collection::vec(0u64..3000, 1..100)) {
        let start = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
        let dates: Vec<NaiveDate> = offsets.iter().map(|&d| start + Days::new(d)).collect();
        let timeline = Timeline::of(dates.iter().copied()).unwrap();
        prop_assert_eq!(timeline.total(), dates.len());
        for pair in timeline.buckets.windows(2) {
            prop_assert_eq!(pair[0].end.succ_opt().unwrap(), pair[1].start);
        }
        let first = timeline.buckets.first().unwrap();
        let last = timeline.buckets.last().unwrap();
        prop_assert!(first.count > 0 && last.count > 0);
        prop_assert!(first.start <= *dates.iter().min().unwrap());
        prop_assert!(last.end >= *dates.iter().max().unwrap());
    }

    #[test]
    fn answers_counted_summarise_as_the_answers_written_out(
        numbers in prop::collection::vec((prop::sample::select(vec![-2.5, -0.0, 0.0, 1.0, 3.0, 7.25, 1e6, f64::NAN]), 0usize..5), 0..40),
        texts in prop::collection::vec(("( |a|A|b|a b){0,2}", 0usize..5), 0..40),
        days in prop::collection::vec((0u64..400, 0usize..5), 0..40),
        bins in prop::option::of(1usize..20),
    ) {
        let out = |pairs: &[(f64, usize)]| -> Vec<f64> {
            pairs.iter().flat_map(|&(v, n)| std::iter::repeat_n(v, n)).collect()
        };
        let bins = bins.and_then(NonZeroUsize::new);
        prop_assert_eq!(NumericSummary::of_counts(numbers.iter().copied()), NumericSummary::of(&out(&numbers)));
        prop_assert_eq!(Histogram::of_counts(numbers.iter().copied(), bins), Histogram::of(&out(&numbers), bins));

        let written: Vec<&str> =
            texts.iter().flat_map(|(t, n)| std::iter::repeat_n(t.as_str(), *n)).collect();
        let counted = texts.iter().map(|(t, n)| (t.as_str(), *n));
        prop_assert_eq!(TextSummary::of_counts(counted.clone(), 3), TextSummary::of(written.iter().copied(), 3));
        let choices = ["a", "b", "c"];
        prop_assert_eq!(ChoiceCounts::of_counts(choices, counted), ChoiceCounts::of(choices, &written));

        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let dated: Vec<(NaiveDate, usize)> = days.iter().map(|&(d, n)| (start + Days::new(d), n)).collect();
        let dates: Vec<NaiveDate> = dated.iter().flat_map(|&(d, n)| std::iter::repeat_n(d, n)).collect();
        prop_assert_eq!(Timeline::of_counts(dated), Timeline::of(dates));
    }
}
