//! Answers counted per day, week or month, for a line chart over time.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;

/// The length of one bucket of a timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Interval {
    /// One calendar day.
    Day,
    /// One ISO week, Monday to Sunday.
    Week,
    /// One calendar month.
    Month,
}

/// The longest span, in days from first to last date, still shown day by day.
pub const MAX_DAYS_FOR_DAILY: u64 = 62;

impl Interval {
    /// The interval that keeps a chart readable for dates from `first` to `last`:
    /// days when `last` is at most [`MAX_DAYS_FOR_DAILY`] (62) days after `first`, weeks when
    /// it is at most one calendar year after (`2024-03-15` → `2025-03-15` still counts as
    /// one year), months beyond.
    pub fn for_span(first: NaiveDate, last: NaiveDate) -> Interval {
        let (first, last) = (first.min(last), first.max(last));
        if first.checked_add_days(Days::new(MAX_DAYS_FOR_DAILY)).is_none_or(|limit| last <= limit) {
            Interval::Day
        } else if first.checked_add_months(Months::new(12)).is_none_or(|limit| last <= limit) {
            Interval::Week
        } else {
            Interval::Month
        }
    }

    /// The first day of the bucket holding `date`: the date itself, the Monday of its ISO
    /// week, or the first of its month.
    pub fn start_of(self, date: NaiveDate) -> NaiveDate {
        match self {
            Interval::Day => date,
            Interval::Week => date - Days::new(u64::from(date.weekday().num_days_from_monday())),
            Interval::Month => date.with_day(1).unwrap_or(date),
        }
    }

    /// The first day of the next bucket after the one starting at `start`; `None` past the
    /// end of the calendar chrono can represent.
    fn next_start(self, start: NaiveDate) -> Option<NaiveDate> {
        match self {
            Interval::Day => start.checked_add_days(Days::new(1)),
            Interval::Week => start.checked_add_days(Days::new(7)),
            Interval::Month => start.checked_add_months(Months::new(1)),
        }
    }
}

/// The answers dated within one bucket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bucket {
    /// The first day of the bucket.
    pub start: NaiveDate,
    /// The last day of the bucket (included).
    pub end: NaiveDate,
    /// How many dates fall in it (0 for a gap).
    pub count: usize,
}

/// Dates counted per bucket from the earliest to the latest, with empty buckets filled in so
/// a line chart has no gaps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    /// The bucket length, chosen by [`Interval::for_span`] unless given.
    pub interval: Interval,
    /// Consecutive buckets, oldest first; the first holds the earliest date and the last the
    /// latest.
    pub buckets: Vec<Bucket>,
}

impl Timeline {
    /// Counts the dates, with the interval suited to their span; `None` when there is none.
    pub fn of<I: IntoIterator<Item = NaiveDate>>(dates: I) -> Option<Timeline> {
        Timeline::of_counts(dates.into_iter().map(|date| (date, 1)))
    }

    /// As [`Timeline::of`], for dates each given a number of times.
    pub fn of_counts<I: IntoIterator<Item = (NaiveDate, usize)>>(dates: I) -> Option<Timeline> {
        let dates: Vec<(NaiveDate, usize)> = dates.into_iter().filter(|(_, times)| *times > 0).collect();
        let first = dates.iter().map(|(date, _)| *date).min()?;
        let last = dates.iter().map(|(date, _)| *date).max()?;
        Timeline::with_interval_counts(dates, Interval::for_span(first, last))
    }

    /// Counts the dates per `interval`; `None` when there is none.
    pub fn with_interval<I: IntoIterator<Item = NaiveDate>>(
        dates: I,
        interval: Interval,
    ) -> Option<Timeline> {
        Timeline::with_interval_counts(dates.into_iter().map(|date| (date, 1)), interval)
    }

    /// As [`Timeline::with_interval`], for dates each given a number of times.
    pub fn with_interval_counts<I: IntoIterator<Item = (NaiveDate, usize)>>(
        dates: I,
        interval: Interval,
    ) -> Option<Timeline> {
        let mut counts: BTreeMap<NaiveDate, usize> = BTreeMap::new();
        for (date, times) in dates.into_iter().filter(|(_, times)| *times > 0) {
            *counts.entry(interval.start_of(date)).or_default() += times;
        }
        let (&first, _) = counts.first_key_value()?;
        let (&last, _) = counts.last_key_value()?;
        let mut buckets = Vec::new();
        let mut start = Some(first);
        while let Some(current) = start.filter(|current| *current <= last) {
            let next = interval.next_start(current);
            let end = next.and_then(|next| next.pred_opt()).unwrap_or(NaiveDate::MAX);
            buckets.push(Bucket { start: current, end, count: counts.get(&current).copied().unwrap_or(0) });
            start = next;
        }
        Some(Timeline { interval, buckets })
    }

    /// The number of dates counted: the sum of the bucket counts.
    pub fn total(&self) -> usize {
        self.buckets.iter().map(|bucket| bucket.count).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn rows(timeline: &Timeline) -> Vec<(String, String, usize)> {
        timeline.buckets.iter().map(|b| (b.start.to_string(), b.end.to_string(), b.count)).collect()
    }

    fn row(start: &str, end: &str, count: usize) -> (String, String, usize) {
        (start.to_owned(), end.to_owned(), count)
    }

    #[test]
    fn no_dates_no_timeline() {
        assert_eq!(Timeline::of([]), None);
    }

    #[test]
    fn daily_with_gaps_filled() {
        let dates = ["2025-03-03", "2025-03-01", "2025-03-03", "2025-03-05"].map(date);
        let timeline = Timeline::of(dates).unwrap();
        assert_eq!(timeline.interval, Interval::Day);
        assert_eq!(
            rows(&timeline),
            [
                row("2025-03-01", "2025-03-01", 1),
                row("2025-03-02", "2025-03-02", 0),
                row("2025-03-03", "2025-03-03", 2),
                row("2025-03-04", "2025-03-04", 0),
                row("2025-03-05", "2025-03-05", 1),
            ]
        );
        assert_eq!(timeline.total(), 4);
    }

    #[test]
    fn one_date_one_bucket() {
        let timeline = Timeline::of([date("2024-02-29")]).unwrap();
        assert_eq!(rows(&timeline), [row("2024-02-29", "2024-02-29", 1)]);
    }

    #[test]
    fn interval_thresholds() {
        let first = date("2025-01-01");
        // 62 days after 1 January is 4 March.
        assert_eq!(Interval::for_span(first, date("2025-03-04")), Interval::Day);
        assert_eq!(Interval::for_span(first, date("2025-03-05")), Interval::Week);
        assert_eq!(Interval::for_span(first, date("2026-01-01")), Interval::Week);
        assert_eq!(Interval::for_span(first, date("2026-01-02")), Interval::Month);
        // Order of the arguments does not matter.
        assert_eq!(Interval::for_span(date("2026-01-02"), first), Interval::Month);
    }

    #[test]
    fn weekly_buckets_start_on_monday_and_fill_gaps() {
        // 2025-01-01 is a Wednesday (week from Monday 2024-12-30); 2025-03-10 is a Monday.
        let dates = ["2025-01-01", "2025-01-05", "2025-01-06", "2025-03-10"].map(date);
        let timeline = Timeline::of(dates).unwrap();
        assert_eq!(timeline.interval, Interval::Week);
        let rows = rows(&timeline);
        assert_eq!(rows[0], row("2024-12-30", "2025-01-05", 2));
        assert_eq!(rows[1], row("2025-01-06", "2025-01-12", 1));
        assert_eq!(rows[2], row("2025-01-13", "2025-01-19", 0));
        assert_eq!(rows.last().unwrap(), &row("2025-03-10", "2025-03-16", 1));
        // 2024-12-30 to 2025-03-10 is 70 days = 10 weeks, so 11 buckets.
        assert_eq!(rows.len(), 11);
        assert_eq!(timeline.total(), 4);
    }

    #[test]
    fn monthly_buckets_fill_gaps_across_a_leap_february() {
        let dates = ["2023-11-20", "2024-02-29", "2024-02-01", "2025-01-31"].map(date);
        let timeline = Timeline::of(dates).unwrap();
        assert_eq!(timeline.interval, Interval::Month);
        let rows = rows(&timeline);
        assert_eq!(rows.len(), 15); // November 2023 to January 2025.
        assert_eq!(rows[0], row("2023-11-01", "2023-11-30", 1));
        assert_eq!(rows[1], row("2023-12-01", "2023-12-31", 0));
        assert_eq!(rows[3], row("2024-02-01", "2024-02-29", 2));
        assert_eq!(rows[14], row("2025-01-01", "2025-01-31", 1));
    }

    #[test]
    fn interval_can_be_forced() {
        let dates = ["2025-05-30", "2025-06-02"].map(date);
        let timeline = Timeline::with_interval(dates, Interval::Month).unwrap();
        assert_eq!(rows(&timeline), [row("2025-05-01", "2025-05-31", 1), row("2025-06-01", "2025-06-30", 1)]);
    }

    #[test]
    fn the_last_representable_day_does_not_loop() {
        let timeline = Timeline::with_interval([NaiveDate::MAX], Interval::Day).unwrap();
        assert_eq!(timeline.buckets.len(), 1);
        assert_eq!(timeline.buckets[0].end, NaiveDate::MAX);
    }
}
