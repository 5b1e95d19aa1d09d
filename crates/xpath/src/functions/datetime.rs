//! Date and time functions. Values are ODK's text forms; numbers are days since 1970-01-01.
//! An empty value gives an empty result, as in ODK Collect, rather than an error.

use chrono::{FixedOffset, NaiveTime, Timelike};

use super::{Call, Res};
use crate::dates::{self, FormatError, Moment};
use crate::document::Document;
use crate::environment::Environment;
use crate::error::EvalError;
use crate::value::{Value, parse_xpath_number};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateTimeFn {
    Today,
    Now,
    Date,
    DateTime,
    DecimalDate,
    DecimalDateTime,
    DecimalTime,
    FormatDate,
    FormatDateTime,
}

pub(super) fn call<D: Document, E: Environment>(f: DateTimeFn, c: &Call<'_, '_, D, E>) -> Res<D::Node> {
    use DateTimeFn as F;
    let local = *c.ev.env.now().offset();
    Ok(match f {
        F::Today => Value::String(dates::format_date(c.ev.env.today())),
        F::Now => Value::String(dates::format_date_time(c.ev.env.now())),
        F::Date => match moment(c, 0, local, Numbers::Days)? {
            None => Value::String(String::new()),
            Some(m) => Value::String(dates::format_date(m.fields().0)),
        },
        F::DateTime => match moment(c, 0, local, Numbers::Instants)? {
            None => Value::String(String::new()),
            Some(m) => match m.with_offset(local) {
                Some(dt) => Value::String(dates::format_date_time(dt)),
                None => return Err(c.invalid("this date and time does not exist in the local time zone")),
            },
        },
        F::DecimalDate => match moment(c, 0, local, Numbers::Days)? {
            None => Value::String(String::new()),
            Some(m) => Value::Number(dates::moment_to_days(Moment::Date(m.fields().0), local)),
        },
        F::DecimalDateTime => match moment(c, 0, local, Numbers::Instants)? {
            None => Value::String(String::new()),
            Some(m) => Value::Number(dates::moment_to_days(m, local)),
        },
        F::DecimalTime => decimal_time(c, local)?,
        F::FormatDate | F::FormatDateTime => {
            let format = c.string(1)?;
            let numbers = if f == F::FormatDate { Numbers::Days } else { Numbers::Instants };
            match moment(c, 0, local, numbers)? {
                None => Value::String(String::new()),
                Some(m) => {
                    let (date, time) = m.fields();
                    Value::String(
                        dates::format_with_codes(date, time, &format).map_err(|e| format_error(c, e))?,
                    )
                }
            }
        }
    })
}

/// How a function reads a number of days.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbers {
    /// Whole days since 1970-01-01 name a calendar date (the fraction is dropped).
    Days,
    /// Days since 1970-01-01T00:00Z name an instant, shown in the local offset.
    Instants,
}

/// Argument `i` as a date or dateTime: text in ODK's forms, a number of days, or a node
/// holding either. `None` for an empty value or NaN.
fn moment<D: Document, E: Environment>(
    c: &Call<'_, '_, D, E>,
    i: usize,
    local: FixedOffset,
    numbers: Numbers,
) -> Result<Option<Moment>, EvalError> {
    let v = c.value(i)?;
    let days = match &v {
        Value::Number(n) => *n,
        Value::Boolean(_) => return Err(c.wrong_type(i, "a date", &v)),
        Value::String(_) | Value::NodeSet(_) => {
            let s = c.ev.string(&v);
            if s.trim().is_empty() {
                return Ok(None);
            }
            if let Some(m) = dates::parse_moment(&s) {
                return Ok(Some(m));
            }
            parse_xpath_number(&s)
                .ok_or_else(|| c.invalid(format!("'{s}' is not a date (write dates as YYYY-MM-DD)")))?
        }
    };
    if days.is_nan() {
        return Ok(None);
    }
    let out_of_range = || c.invalid(format!("{days} days from 1970-01-01 is out of the range of dates"));
    if numbers == Numbers::Days {
        return Ok(Some(Moment::Date(dates::days_to_date(days).ok_or_else(out_of_range)?)));
    }
    let dt = dates::days_to_date_time(days, local).ok_or_else(out_of_range)?;
    Ok(Some(Moment::DateTime(dt.naive_local(), Some(local))))
}

/// `decimal-time()`: the fraction of the local day a time (or dateTime) stands for.
fn decimal_time<D: Document, E: Environment>(c: &Call<'_, '_, D, E>, local: FixedOffset) -> Res<D::Node> {
    let v = c.value(0)?;
    if let Value::Number(n) = v {
        return Ok(Value::Number(n - n.floor()));
    }
    let s = c.ev.string(&v);
    let s = s.trim();
    if s.is_empty() {
        return Ok(Value::String(String::new()));
    }
    let (time, offset) = match dates::parse_time(s) {
        Some(t) => t,
        None => match dates::parse_moment(s) {
            Some(Moment::DateTime(dt, offset)) => (dt.time(), offset),
            _ => return Err(c.invalid(format!("'{s}' is not a time (write times as HH:MM:SS)"))),
        },
    };
    let seconds = seconds_of(time);
    let shift = offset.map_or(0, |o| local.local_minus_utc() - o.local_minus_utc());
    let local_seconds = (seconds + f64::from(shift)).rem_euclid(86_400.0);
    Ok(Value::Number(local_seconds / 86_400.0))
}

fn seconds_of(t: NaiveTime) -> f64 {
    f64::from(t.num_seconds_from_midnight()) + f64::from(t.nanosecond()) / 1e9
}

fn format_error<D: Document, E: Environment>(c: &Call<'_, '_, D, E>, e: FormatError) -> EvalError {
    match e {
        FormatError::UnknownCode(code) => c.invalid(format!(
            "%{code} is not a format code; use %Y %y %m %n %b %d %e %a %H %h %M %S %3 or %% for a percent sign"
        )),
        FormatError::TrailingPercent => c.invalid("the format ends with a lone %; write %% for a percent sign"),
    }
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use crate::FixedEnvironment;
    use crate::testing::{check, err, eval_in, tree};

    // The test clock reads 2024-03-01T10:20:30.456+03:00.
    const DATA: &str = "<data><d>2024-02-28</d><dt>2024-02-28T23:30:00.000+03:00</dt><t>12:00:00.000+03:00</t>\
        <e/><n>19783</n></data>";

    #[test]
    fn clock_functions() {
        check(
            DATA,
            "/data",
            &[
                ("today()", "2024-03-01"),
                ("now()", "2024-03-01T10:20:30.456+03:00"),
                ("today() > d", "true"),
                ("today() - d", "2"),
                ("number(today())", "19783"),
            ],
        );
    }

    #[test]
    fn date_conversions_and_arithmetic() {
        check(
            DATA,
            "/data",
            &[
                ("date(d)", "2024-02-28"),
                ("date(d + 1)", "2024-02-29"),
                ("date(d + 2)", "2024-03-01"),
                ("date(19783)", "2024-03-01"),
                ("date(n)", "2024-03-01"),
                ("date(0)", "1970-01-01"),
                ("date(-1)", "1969-12-31"),
                ("date(1.9)", "1970-01-02"),
                ("date(dt)", "2024-02-28"),
                ("date(e)", ""),
                ("date('')", ""),
                ("date(0 div 0)", ""),
                ("date-time(0)", "1970-01-01T03:00:00.000+03:00"),
                ("date-time(d)", "2024-02-28T00:00:00.000+03:00"),
                ("date-time('2024-02-28T10:00:00Z')", "2024-02-28T10:00:00.000+00:00"),
                ("decimal-date(d)", "19781"),
                ("decimal-date(dt)", "19781"),
                ("decimal-date-time('1970-01-02T12:00:00Z')", "1.5"),
                ("decimal-date-time('1970-01-01T03:00:00')", "0"),
                ("decimal-date-time(5.25)", "5.25"),
                ("decimal-date-time(e)", ""),
                ("decimal-time('12:00:00.000+03:00')", "0.5"),
                ("decimal-time('06:00:00Z')", "0.375"),
                ("decimal-time('18:00')", "0.75"),
                ("decimal-time(t)", "0.5"),
                ("decimal-time(1.25)", "0.25"),
                ("decimal-time(dt)", "0.9791666666666666"),
                ("dt < now()", "true"),
                ("d = '2024-02-28'", "true"),
                ("date(d) = d", "true"),
            ],
        );
        assert!(err(DATA, "/data", "date('yesterday')").contains("'yesterday' is not a date"));
        assert!(err(DATA, "/data", "date(1 div 0)").contains("out of the range of dates"));
        assert!(err(DATA, "/data", "date(true())").contains("needs a date as argument 1"));
        assert!(err(DATA, "/data", "decimal-time('noon')").contains("is not a time"));
    }

    #[test]
    fn day_numbers_are_calendar_days_whatever_the_offset() {
        let west = FixedEnvironment::new(DateTime::parse_from_rfc3339("2024-03-01T20:00:00-05:00").unwrap());
        let t = tree("<data/>", &[]);
        let eval = |e: &str| eval_in(&t, &west, "/data", e).unwrap();
        assert_eq!(eval("today()"), "2024-03-01");
        assert_eq!(eval("date(19783)"), "2024-03-01");
        assert_eq!(eval("format-date(19783, '%d')"), "01");
        assert_eq!(eval("date-time(19783)"), "2024-02-29T19:00:00.000-05:00");
        assert_eq!(eval("decimal-date-time('2024-03-01T19:00:00')"), "19784");
    }

    #[test]
    fn format_date_uses_odk_codes() {
        check(
            DATA,
            "/data",
            &[
                ("format-date(d, '%d/%m/%Y')", "28/02/2024"),
                ("format-date(d, '%e %b %y (%a)')", "28 Feb 24 (Wed)"),
                ("format-date(d, '%n')", "2"),
                ("format-date(19783, '%Y-%m-%d')", "2024-03-01"),
                ("format-date(e, '%Y')", ""),
                ("format-date-time(dt, '%Y-%m-%d %H:%M:%S.%3')", "2024-02-28 23:30:00.000"),
                ("format-date-time(now(), '%h:%M %a %e %b')", "10:20 Fri 1 Mar"),
                ("format-date-time('2024-02-28T07:05:09.042Z', '%h %H %M %S %3')", "7 07 05 09 042"),
                ("format-date(d, '100%%')", "100%"),
            ],
        );
        assert!(err(DATA, "/data", "format-date(d, '%Q')").contains("%Q is not a format code"));
    }
}
