//! The four languages of the platform, with Fluent message files under `locales/`.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid, static_loader};

static_loader! {
    static LOCALES = {
        locales: "../../locales",
        fallback_language: "en",
        // Values inserted into messages are names and numbers in the same script as the
        // sentence, so the bidi isolation marks would only show up as stray characters.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language the platform speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    Es,
    Sw,
    Ne,
}

static EN: LanguageIdentifier = langid!("en");
static ES: LanguageIdentifier = langid!("es");
static SW: LanguageIdentifier = langid!("sw");
static NE: LanguageIdentifier = langid!("ne");

impl Locale {
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Es, Locale::Sw, Locale::Ne];

    /// The BCP 47 code used in `lang` attributes, cookies and settings.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Sw => "sw",
            Locale::Ne => "ne",
        }
    }

    /// The language's own name for itself, as shown in the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Es => "Español",
            Locale::Sw => "Kiswahili",
            Locale::Ne => "नेपाली",
        }
    }

    pub fn parse(code: &str) -> Option<Locale> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The best match for an `Accept-Language` header, if any language in it is ours.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        accept_language::parse(header).iter().find_map(|tag| Locale::parse(tag))
    }

    fn langid(self) -> &'static LanguageIdentifier {
        match self {
            Locale::En => &EN,
            Locale::Es => &ES,
            Locale::Sw => &SW,
            Locale::Ne => &NE,
        }
    }

    /// The message `key` in this language (English when this language lacks it).
    pub fn t(self, key: &str) -> String {
        LOCALES.try_lookup(self.langid(), key).unwrap_or_else(|| missing(key))
    }

    /// The message `key` with named values inserted.
    pub fn t_args(self, key: &str, args: &[(&'static str, String)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(value.clone())))
            .collect();
        LOCALES.try_lookup_with_args(self.langid(), key, &args).unwrap_or_else(|| missing(key))
    }

    /// The message `key` as a template for a script to fill in: each variable comes out as
    /// `{ $name }` (the web form engine substitutes them at run time).
    pub fn t_template(self, key: &str) -> String {
        const VARIABLES: [&str; 3] = ["count", "accuracy", "number"];
        let args: Vec<(&'static str, String)> =
            VARIABLES.iter().map(|v| (*v, format!("{{ ${v} }}"))).collect();
        self.t_args(key, &args)
    }

    /// The message `key` with a count, so that plural forms are chosen right.
    pub fn t_count(self, key: &str, count: i64) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        args.insert(Cow::Borrowed("count"), FluentValue::from(count));
        LOCALES.try_lookup_with_args(self.langid(), key, &args).unwrap_or_else(|| missing(key))
    }
}

fn missing(key: &str) -> String {
    tracing::error!(key, "missing translation");
    key.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_our_best_language() {
        assert_eq!(Locale::from_accept_language("fr-FR, sw;q=0.8, en;q=0.5"), Some(Locale::Sw));
        assert_eq!(Locale::from_accept_language("es-AR,es;q=0.9"), Some(Locale::Es));
        assert_eq!(Locale::from_accept_language("de, fr"), None);
        assert_eq!(Locale::parse("ne-NP"), Some(Locale::Ne));
    }

    #[test]
    fn messages_are_found_in_every_language() {
        for locale in Locale::ALL {
            let name = locale.t("app-name");
            assert_eq!(name, "DataShift", "{locale:?}");
        }
        assert_ne!(Locale::Sw.t("nav-login"), Locale::En.t("nav-login"));
    }
}
