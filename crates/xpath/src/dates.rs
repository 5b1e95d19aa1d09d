//! Date, time and dateTime text as ODK writes it, and the day numbers XPath computes with.
//!
//! ODK stores a date as `YYYY-MM-DD`, a time as `HH:MM:SS.sss+HH:MM` and a dateTime as
//! `YYYY-MM-DDTHH:MM:SS.sss+HH:MM`; as numbers, dates and dateTimes are days (with a fraction
//! for the time) since 1970-01-01.

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

const MS_PER_DAY: f64 = 86_400_000.0;

/// A date, or a dateTime with or without its offset.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Moment {
    Date(NaiveDate),
    DateTime(NaiveDateTime, Option<FixedOffset>),
}

impl Moment {
    /// The dateTime, with `local` standing in for a missing offset (a date is its midnight).
    pub(crate) fn with_offset(self, local: FixedOffset) -> Option<DateTime<FixedOffset>> {
        let (naive, offset) = match self {
            Moment::Date(d) => (d.and_time(NaiveTime::MIN), local),
            Moment::DateTime(dt, offset) => (dt, offset.unwrap_or(local)),
        };
        naive.and_local_timezone(offset).single()
    }

    /// The date and the wall-clock time as written.
    pub(crate) fn fields(self) -> (NaiveDate, NaiveTime) {
        match self {
            Moment::Date(d) => (d, NaiveTime::MIN),
            Moment::DateTime(dt, _) => (dt.date(), dt.time()),
        }
    }
}

pub(crate) fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default()
}

fn digits(s: &str) -> Option<u32> {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) { s.parse().ok() } else { None }
}

/// `YYYY-MM-DD`.
pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = digits(s.get(0..4)?)?;
    let month = digits(s.get(5..7)?)?;
    let day = digits(s.get(8..10)?)?;
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// `HH:MM[:SS[.fff]]` followed by an optional `Z`, `+HH`, `+HHMM` or `+HH:MM`.
pub(crate) fn parse_time(s: &str) -> Option<(NaiveTime, Option<FixedOffset>)> {
    let split = s.find(['Z', 'z', '+', '-']).unwrap_or(s.len());
    let (clock, zone) = s.split_at(split);
    let mut parts = clock.split(':');
    let hour = two_digits(parts.next()?)?;
    let minute = two_digits(parts.next()?)?;
    let (second, nanos) = match parts.next() {
        None => (0, 0),
        Some(sec) => {
            let (whole, frac) = match sec.split_once('.') {
                Some((w, f)) => (w, Some(f)),
                None => (sec, None),
            };
            let nanos = match frac {
                None => 0,
                Some(f) => {
                    digits(f)?;
                    let padded: String = f.chars().chain(std::iter::repeat('0')).take(9).collect();
                    padded.parse().ok()?
                }
            };
            (two_digits(whole)?, nanos)
        }
    };
    if parts.next().is_some() {
        return None;
    }
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?;
    let offset = match zone {
        "" => None,
        "Z" | "z" => Some(FixedOffset::east_opt(0)?),
        z => Some(parse_offset(z)?),
    };
    Some((time, offset))
}

fn two_digits(s: &str) -> Option<u32> {
    if s.len() == 2 { digits(s) } else { None }
}

fn parse_offset(z: &str) -> Option<FixedOffset> {
    let sign = if z.starts_with('-') { -1 } else { 1 };
    let body = &z[1..];
    let (h, m) = match body.len() {
        2 => (body, "00"),
        4 => (body.get(0..2)?, body.get(2..4)?),
        5 if body.as_bytes()[2] == b':' => (body.get(0..2)?, body.get(3..5)?),
        _ => return None,
    };
    let secs = i32::try_from(digits(h)? * 3600 + digits(m)? * 60).ok()?;
    FixedOffset::east_opt(sign * secs)
}

/// A date (`2024-03-01`) or dateTime (`2024-03-01T10:00:00.000+03:00`), spaces around allowed.
pub(crate) fn parse_moment(s: &str) -> Option<Moment> {
    let s = s.trim();
    let date = parse_date(s.get(0..10)?)?;
    let rest = &s[10..];
    if rest.is_empty() {
        return Some(Moment::Date(date));
    }
    let time_text = rest.strip_prefix('T').or_else(|| rest.strip_prefix('t'))?;
    let (time, offset) = parse_time(time_text)?;
    Some(Moment::DateTime(date.and_time(time), offset))
}

/// Days since 1970-01-01: whole for a date, with the time as a fraction for a dateTime
/// (counted in UTC, reading a missing offset as `local`).
pub(crate) fn moment_to_days(m: Moment, local: FixedOffset) -> f64 {
    match m {
        Moment::Date(d) => (d - epoch()).num_days() as f64,
        Moment::DateTime(..) => {
            m.with_offset(local).map_or(f64::NAN, |dt| dt.timestamp_millis() as f64 / MS_PER_DAY)
        }
    }
}

/// The date `days` (truncated) after 1970-01-01, if it is in range.
pub(crate) fn days_to_date(days: f64) -> Option<NaiveDate> {
    if !days.is_finite() || days.abs() > 1e8 {
        return None;
    }
    epoch().checked_add_signed(Duration::try_days(days.trunc() as i64)?)
}

/// The instant `days` after 1970-01-01T00:00Z, shown in `offset`.
pub(crate) fn days_to_date_time(days: f64, offset: FixedOffset) -> Option<DateTime<FixedOffset>> {
    if !days.is_finite() || days.abs() > 1e8 {
        return None;
    }
    let millis = (days * MS_PER_DAY).round() as i64;
    Some(DateTime::from_timestamp_millis(millis)?.with_timezone(&offset))
}

/// `YYYY-MM-DD`.
pub(crate) fn format_date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// `YYYY-MM-DDTHH:MM:SS.sss+HH:MM`, as ODK writes dateTimes.
pub(crate) fn format_date_time(dt: DateTime<FixedOffset>) -> String {
    let offset = dt.offset().local_minus_utc();
    let sign = if offset < 0 { '-' } else { '+' };
    let offset = offset.abs();
    format!(
        "{}T{:02}:{:02}:{:02}.{:03}{sign}{:02}:{:02}",
        format_date(dt.date_naive()),
        dt.hour(),
        dt.minute(),
        dt.second(),
        dt.nanosecond() / 1_000_000 % 1000,
        offset / 3600,
        offset / 60 % 60
    )
}

/// Why a format string could not be applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FormatError {
    UnknownCode(char),
    TrailingPercent,
}

const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// Applies ODK's `format-date` codes: `%Y %y %m %n %b %d %e %a %H %h %M %S %3 %W %%`.
/// Names of months and days are in English.
pub(crate) fn format_with_codes(
    date: NaiveDate,
    time: NaiveTime,
    format: &str,
) -> Result<String, FormatError> {
    let mut out = String::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let code = chars.next().ok_or(FormatError::TrailingPercent)?;
        let piece = match code {
            '%' => "%".to_string(),
            'Y' => format!("{:04}", date.year()),
            'y' => format!("{:02}", date.year().rem_euclid(100)),
            'm' => format!("{:02}", date.month()),
            'n' => date.month().to_string(),
            'b' => MONTHS[date.month0() as usize % 12].to_string(),
            'd' => format!("{:02}", date.day()),
            'e' => date.day().to_string(),
            'a' => WEEKDAYS[date.weekday().num_days_from_monday() as usize % 7].to_string(),
            'W' => date.iso_week().week().to_string(),
            'H' => format!("{:02}", time.hour()),
            'h' => time.hour().to_string(),
            'M' => format!("{:02}", time.minute()),
            'S' => format!("{:02}", time.second()),
            '3' => format!("{:03}", time.nanosecond() / 1_000_000 % 1000),
            other => return Err(FormatError::UnknownCode(other)),
        };
        out.push_str(&piece);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc() -> FixedOffset {
        FixedOffset::east_opt(0).unwrap()
    }

    #[test]
    fn dates_and_date_times_read_as_days() {
        let days = |s: &str| moment_to_days(parse_moment(s).unwrap(), utc());
        assert_eq!(days("1970-01-01"), 0.0);
        assert_eq!(days("1970-01-02"), 1.0);
        assert_eq!(days("1969-12-31"), -1.0);
        assert_eq!(days("2024-03-01"), 19783.0);
        assert_eq!(days("1970-01-01T12:00:00Z"), 0.5);
        assert_eq!(days("1970-01-02T03:00:00.000+03:00"), 1.0);
        assert_eq!(days("1970-01-01T06:00"), 0.25);
        assert_eq!(days("1970-01-01T06:00:00-0600"), 0.5);
    }

    #[test]
    fn malformed_dates_are_not_dates() {
        for s in ["", "2024-3-1", "2024-02-30", "2024-03-01T25:00", "2024-03-01 10:00", "2024-03-01T10", "x"]
        {
            assert_eq!(parse_moment(s), None, "{s}");
        }
        assert!(parse_time("10:00:00.5+01:30").is_some());
        assert!(parse_time("10:00:60").is_none());
    }

    #[test]
    fn format_codes_follow_odk() {
        let d = NaiveDate::from_ymd_opt(2009, 3, 7).unwrap();
        let t = NaiveTime::from_hms_milli_opt(8, 5, 9, 42).unwrap();
        assert_eq!(
            format_with_codes(d, t, "%Y %y %m %n %b %d %e %a %H %h %M %S %3 %%").unwrap(),
            "2009 09 03 3 Mar 07 7 Sat 08 8 05 09 042 %"
        );
        assert_eq!(format_with_codes(d, t, "%Q"), Err(FormatError::UnknownCode('Q')));
        assert_eq!(format_with_codes(d, t, "50%"), Err(FormatError::TrailingPercent));
    }

    #[test]
    fn date_times_print_with_milliseconds_and_offset() {
        let dt = days_to_date_time(0.5, FixedOffset::east_opt(-5 * 3600 - 1800).unwrap()).unwrap();
        assert_eq!(format_date_time(dt), "1970-01-01T06:30:00.000-05:30");
        assert_eq!(days_to_date(-0.5).map(format_date), Some("1970-01-01".to_string()));
        assert_eq!(days_to_date(f64::NAN), None);
    }
}
