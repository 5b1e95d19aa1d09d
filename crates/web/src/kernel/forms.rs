//! Field-level validation messages, kept with the user's input so a refused form comes back
//! filled in, with each problem beside its field.

use std::collections::BTreeMap;

/// Problems found in a submitted form: field name to Fluent message key.
#[derive(Debug, Default, Clone)]
pub struct FieldErrors(BTreeMap<&'static str, String>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, message_key: impl Into<String>) {
        self.0.entry(field).or_insert_with(|| message_key.into());
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The message key for `field`, if it has a problem.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    pub fn has(&self, field: &str) -> bool {
        self.0.contains_key(field)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }
}
