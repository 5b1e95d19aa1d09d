//! What an evaluation needs from outside the data: the clock, randomness, and facts about
//! the form. Passing them in keeps the crate pure and the results reproducible.

use std::cell::Cell;
use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, NaiveDate};

/// The caller's clock, random source and form facts.
pub trait Environment {
    /// The current date and time, in the time zone that counts as local for this evaluation
    /// (dateTime values written without an offset are read in this offset).
    fn now(&self) -> DateTime<FixedOffset>;

    /// Today's local date. Defaults to the date of [`Environment::now`].
    fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// A random number in `[0, 1)`, for `random()`, `randomize()` and `uuid(n)`.
    fn random(&self) -> f64;

    /// A random version 4 UUID, for `uuid()`. Defaults to one built from [`Environment::random`].
    fn uuid(&self) -> String {
        let mut bytes = [0u8; 16];
        for b in &mut bytes {
            *b = (self.random() * 256.0).clamp(0.0, 255.0) as u8;
        }
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
    }

    /// The form's version, for `version()`. Defaults to empty.
    fn form_version(&self) -> String {
        String::new()
    }

    /// The label, in the active language, of the choice `value` of the select question at
    /// `question` (an absolute path without positions, such as `/data/group/crop`), for
    /// `jr:choice-name()`. Defaults to none.
    fn choice_label(&self, question: &str, value: &str) -> Option<String> {
        let _ = (question, value);
        None
    }

    /// The translated text with this id in the active language, for `jr:itext()`.
    /// Defaults to none.
    fn itext(&self, id: &str) -> Option<String> {
        let _ = id;
        None
    }
}

/// An [`Environment`] with a fixed clock and a seeded random sequence: the same inputs always
/// give the same results. Suits checking submissions and tests.
#[derive(Debug, Clone)]
pub struct FixedEnvironment {
    now: DateTime<FixedOffset>,
    state: Cell<u64>,
    form_version: String,
    labels: HashMap<(String, String), String>,
    itext: HashMap<String, String>,
}

impl FixedEnvironment {
    /// An environment whose clock always reads `now`, with random seed 0.
    pub fn new(now: DateTime<FixedOffset>) -> Self {
        FixedEnvironment {
            now,
            state: Cell::new(0),
            form_version: String::new(),
            labels: HashMap::new(),
            itext: HashMap::new(),
        }
    }

    /// Sets the seed of the random sequence.
    pub fn with_seed(self, seed: u64) -> Self {
        self.state.set(seed);
        self
    }

    /// Sets the form version that `version()` returns.
    pub fn with_form_version(mut self, version: impl Into<String>) -> Self {
        self.form_version = version.into();
        self
    }

    /// Adds the label of choice `value` of the question at path `question`.
    pub fn with_choice_label(
        mut self,
        question: impl Into<String>,
        value: impl Into<String>,
        label: impl Into<String>,
    ) -> Self {
        self.labels.insert((question.into(), value.into()), label.into());
        self
    }

    /// Adds a translated text for `jr:itext(id)`.
    pub fn with_itext(mut self, id: impl Into<String>, text: impl Into<String>) -> Self {
        self.itext.insert(id.into(), text.into());
        self
    }
}

impl Environment for FixedEnvironment {
    fn now(&self) -> DateTime<FixedOffset> {
        self.now
    }

    fn random(&self) -> f64 {
        // SplitMix64: small, fast and good enough for choosing, not for secrets.
        let state = self.state.get().wrapping_add(0x9E37_79B9_7F4A_7C15);
        self.state.set(state);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 53) as f64
    }

    fn form_version(&self) -> String {
        self.form_version.clone()
    }

    fn choice_label(&self, question: &str, value: &str) -> Option<String> {
        self.labels.get(&(question.to_string(), value.to_string())).cloned()
    }

    fn itext(&self, id: &str) -> Option<String> {
        self.itext.get(id).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> FixedEnvironment {
        FixedEnvironment::new(DateTime::parse_from_rfc3339("2024-03-01T10:00:00+03:00").unwrap())
    }

    #[test]
    fn random_numbers_are_in_range_and_reproducible() {
        let a: Vec<f64> = (0..100).map(|_| env().with_seed(7).random()).collect();
        assert!(a.iter().all(|x| (0.0..1.0).contains(x)));
        let e1 = env().with_seed(7);
        let e2 = env().with_seed(7);
        assert_eq!((e1.random(), e1.random()), (e2.random(), e2.random()));
    }

    #[test]
    fn default_uuids_are_version_4() {
        let u = env().uuid();
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
        assert!(matches!(&u[19..20], "8" | "9" | "a" | "b"));
    }
}
