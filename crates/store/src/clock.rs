use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};

/// A UTC instant stored as fixed-width RFC 3339 text, so it sorts as text on both backends.
pub type Timestamp = DateTime<Utc>;

pub fn now() -> Timestamp {
    Utc::now()
}

pub(crate) fn to_text(at: Timestamp) -> String {
    at.to_rfc3339_opts(SecondsFormat::Micros, true)
}

pub(crate) fn from_text(text: &str) -> crate::Result<Timestamp> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| crate::Error::Corrupt(format!("timestamp {text:?}: {e}")))
}

pub(crate) fn opt_from_text(text: Option<String>) -> crate::Result<Option<Timestamp>> {
    text.as_deref().map(from_text).transpose()
}

/// A date read back from its `YYYY-MM-DD` text.
pub(crate) fn date(text: &str) -> crate::Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| crate::Error::Corrupt(format!("date {text:?}: {e}")))
}

/// A date as `YYYY-MM-DD` text (sorts as text on both backends).
pub(crate) fn date_text(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}
