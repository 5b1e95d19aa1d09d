//! A call's time as people read it: in the CSO's zone (named, with its offset from UTC) and in
//! UTC, so a builder in another country reads it right too.

use store::Timestamp;
use store::engagements::calls::Tz;

use crate::kernel::i18n::Locale;
use crate::kernel::layout::long_date;

/// A call's start and end, written out in one language.
#[derive(Debug, Clone)]
pub struct Shown {
    /// "3 November 2026, 14:00–15:00 (Africa/Nairobi, UTC+03:00)"
    pub local: String,
    /// "3 November 2026, 11:00–12:00 UTC"
    pub utc: String,
}

/// The zone's name and its offset from UTC at `at`, such as `Asia/Kathmandu, UTC+05:45`.
pub fn zone_label(zone: Tz, at: Timestamp) -> String {
    let offset = at.with_timezone(&zone).format("%:z").to_string();
    format!("{}, UTC{}", zone.name().replace('_', " "), offset)
}

pub fn shown(locale: Locale, zone: Tz, starts_at: Timestamp, ends_at: Timestamp) -> Shown {
    let start = starts_at.with_timezone(&zone);
    let end = ends_at.with_timezone(&zone);
    let local = locale.t_args(
        "calls-when-local",
        &[
            ("date", long_date(locale, start.date_naive())),
            ("start", start.format("%H:%M").to_string()),
            ("end", end.format("%H:%M").to_string()),
            ("zone", zone_label(zone, starts_at)),
        ],
    );
    let utc = locale.t_args(
        "calls-when-utc",
        &[
            ("date", long_date(locale, starts_at.date_naive())),
            ("start", starts_at.format("%H:%M").to_string()),
            ("end", ends_at.format("%H:%M").to_string()),
        ],
    );
    Shown { local, utc }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_show_in_the_csos_zone_and_in_utc() {
        let start = chrono::DateTime::parse_from_rfc3339("2026-11-03T08:15:00Z").unwrap().to_utc();
        let end = start + chrono::Duration::minutes(60);
        let shown = shown(Locale::En, Tz::Asia__Kathmandu, start, end);
        assert_eq!(shown.local, "3 November 2026, 14:00–15:00 (Asia/Kathmandu, UTC+05:45)");
        assert_eq!(shown.utc, "3 November 2026, 08:15–09:15 UTC");
        assert_eq!(zone_label(Tz::America__Sao_Paulo, start), "America/Sao Paulo, UTC-03:00");
    }
}
