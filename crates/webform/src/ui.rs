//! The platform's own strings in a web form, by Fluent key (`locales/*/webform.ftl`).
//!
//! Strings the engine needs while it runs are looked up once, at render time, and travel in
//! the definition already translated. Counts use two messages, `-one` and `-other` (with
//! `{ $count }`), which the page's own `-count` message selects between by plural rules; the
//! engine picks one with `Intl.PluralRules` and fills in the number.

/// Every key the renderer asks for.
pub const KEYS: &[&str] = &[
    "webform-submit",
    "webform-add",
    "webform-remove",
    "webform-remove-confirm",
    "webform-language",
    "webform-required",
    "webform-constraint",
    "webform-invalid-integer",
    "webform-invalid-decimal",
    "webform-invalid-geo",
    "webform-errors",
    "webform-waiting-one",
    "webform-waiting-other",
    "webform-failed-one",
    "webform-failed-other",
    "webform-refused",
    "webform-sent",
    "webform-saved",
    "webform-preview-checked",
    "webform-retry",
    "webform-offline",
    "webform-draft-restored",
    "webform-draft-discard",
    "webform-geo-get",
    "webform-geo-waiting",
    "webform-geo-accuracy",
    "webform-geo-unavailable",
    "webform-geo-denied",
    "webform-geo-latitude",
    "webform-geo-longitude",
    "webform-geo-altitude",
    "webform-geo-precision",
    "webform-geo-points",
    "webform-file-remove",
    "webform-rank-up",
    "webform-rank-down",
    "webform-rank-keep",
    "webform-range-none",
    "webform-select-placeholder",
    "webform-guidance",
    "webform-noscript",
    "webform-repeat-number",
    "webform-list-unavailable",
];
