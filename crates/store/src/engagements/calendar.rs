//! The two weeks as working days: day 1 is the start date, days run Monday to Friday.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Working days in the training.
pub const DAYS: u8 = 10;

/// The first working day on or after `date` (a start date on a weekend moves to Monday).
pub fn first_working_day(date: NaiveDate) -> NaiveDate {
    match date.weekday() {
        Weekday::Sat => date + Duration::days(2),
        Weekday::Sun => date + Duration::days(1),
        _ => date,
    }
}

/// The date of working day `day` (1-based) of a training that starts on `starts_on` (a
/// working day).
pub fn date_of_day(starts_on: NaiveDate, day: u8) -> NaiveDate {
    let mut date = starts_on;
    let mut left = day.saturating_sub(1);
    while left > 0 {
        date += Duration::days(1);
        if !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
    }
    date
}

/// Where `today` falls in a training that starts on `starts_on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanDay {
    /// The training starts in this many calendar days.
    Before { days: i64 },
    /// A working day of the training (1..=10).
    Day(u8),
    /// A weekend inside the training: the next working day is this one.
    Weekend { next: u8 },
    /// The two weeks are over.
    After,
}

pub fn plan_day(starts_on: NaiveDate, today: NaiveDate) -> PlanDay {
    if today < starts_on {
        return PlanDay::Before { days: (starts_on - today).num_days() };
    }
    for day in 1..=DAYS {
        let date = date_of_day(starts_on, day);
        if date == today {
            return PlanDay::Day(day);
        }
        if date > today {
            return PlanDay::Weekend { next: day };
        }
    }
    PlanDay::After
}

/// The training week (1 or 2) of a working day.
pub fn week_of(day: u8) -> u8 {
    if day <= 5 { 1 } else { 2 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn ten_working_days_skip_the_weekend() {
        // Monday 2 November 2026.
        let start = d(2026, 11, 2);
        assert_eq!(date_of_day(start, 1), start);
        assert_eq!(date_of_day(start, 5), d(2026, 11, 6));
        assert_eq!(date_of_day(start, 6), d(2026, 11, 9));
        assert_eq!(date_of_day(start, 10), d(2026, 11, 13));
        // A Wednesday start runs over two weekends.
        assert_eq!(date_of_day(d(2026, 11, 4), 10), d(2026, 11, 17));
        assert_eq!(first_working_day(d(2026, 11, 7)), d(2026, 11, 9));
        assert_eq!(first_working_day(d(2026, 11, 8)), d(2026, 11, 9));
        assert_eq!(first_working_day(start), start);
    }

    #[test]
    fn today_in_the_plan() {
        let start = d(2026, 11, 2);
        assert_eq!(plan_day(start, d(2026, 10, 30)), PlanDay::Before { days: 3 });
        assert_eq!(plan_day(start, start), PlanDay::Day(1));
        assert_eq!(plan_day(start, d(2026, 11, 7)), PlanDay::Weekend { next: 6 });
        assert_eq!(plan_day(start, d(2026, 11, 13)), PlanDay::Day(10));
        assert_eq!(plan_day(start, d(2026, 11, 14)), PlanDay::After);
        assert_eq!((week_of(5), week_of(6)), (1, 2));
    }
}
