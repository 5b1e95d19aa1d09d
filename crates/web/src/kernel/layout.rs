//! Helpers shared by page templates.

use chrono::NaiveDate;

use super::i18n::Locale;

/// A date as people read it in `locale`, with the month's name translated.
pub fn long_date(locale: Locale, day: NaiveDate) -> String {
    use chrono::Datelike;
    let month = locale.t(&format!("month-{}", day.month()));
    locale.t_args(
        "date-long",
        &[("day", day.day().to_string()), ("month", month), ("year", day.year().to_string())],
    )
}

/// A timestamp as a short UTC date and time.
pub fn short_time(at: &store::Timestamp) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// A plain value that templates may hold directly or behind references (askama passes loop
/// items and fields at different depths), so helpers can take any of them.
pub trait Plain<T> {
    fn plain(&self) -> T;
}

macro_rules! plain {
    ($($t:ty),*) => {$(
        impl Plain<$t> for $t { fn plain(&self) -> $t { *self } }
        impl Plain<$t> for &$t { fn plain(&self) -> $t { **self } }
        impl Plain<$t> for &&$t { fn plain(&self) -> $t { ***self } }
    )*};
}

plain!(NaiveDate, i64, u8);
