//! Every message exists in every language, and every key the code uses exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

const LOCALES: [&str; 4] = ["en", "es", "sw", "ne"];

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn variables_in(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    out.insert(id.name.to_owned());
                }
                Expression::Select { selector, variants } => {
                    if let InlineExpression::VariableReference { id } = selector {
                        out.insert(id.name.to_owned());
                    }
                    for variant in variants {
                        variables_in(&variant.value, out);
                    }
                }
                _ => {}
            }
        }
    }
}

/// Message id to the variables it uses, for every file of one locale.
fn messages(locale: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    let dir = locales_dir().join(locale);
    let mut files: Vec<_> =
        std::fs::read_dir(&dir).unwrap_or_else(|_| panic!("{dir:?}")).map(|e| e.unwrap().path()).collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{file:?} does not parse: {errors:?}"));
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables_in(value, &mut vars);
                }
                let id = message.id.name.to_owned();
                assert!(all.insert(id.clone(), vars).is_none(), "{id} is defined twice in {locale}");
            }
        }
    }
    all
}

#[test]
fn every_message_exists_in_every_language_with_the_same_variables() {
    let english = messages("en");
    assert!(english.len() > 100);
    for locale in &LOCALES[1..] {
        let translated = messages(locale);
        let missing: Vec<_> = english.keys().filter(|k| !translated.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{locale} lacks {missing:?}");
        let extra: Vec<_> = translated.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(extra.is_empty(), "{locale} has messages English lacks: {extra:?}");
        for (id, vars) in &english {
            assert_eq!(&translated[id], vars, "{locale}: {id} uses other variables than English");
        }
    }
}

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "html") {
            out.push(path);
        }
    }
}

#[test]
fn every_literal_message_key_in_the_code_exists() {
    let english = messages("en");
    let mut files = Vec::new();
    source_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    source_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../datashift/src"), &mut files);
    let calls = regex::Regex::new(r#"\b(?:t|t1|t2|tc|t_args|t_count)\(\s*"([a-z][a-z0-9-]*)""#).unwrap();
    let keys = regex::Regex::new(r#""((?:field|fit|staff|capacity|submit|decision|apply|round|login|junior|invitation|error|email|forms|collectors|openrosa|upload|webform)-[a-z0-9-]+)""#).unwrap();
    let mut unknown = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for captures in calls.captures_iter(&text).chain(keys.captures_iter(&text)) {
            let key = &captures[1];
            // Keys built by format! end with a dash; emails are looked up as email-KEY-subject/-body.
            let known = english.contains_key(key)
                || key.ends_with('-')
                || (english.contains_key(&format!("email-{key}-subject"))
                    && english.contains_key(&format!("email-{key}-body")))
                || (english.contains_key(&format!("{key}-title"))
                    && english.contains_key(&format!("{key}-text")));
            if !known {
                unknown.insert(format!("{key} ({})", file.display()));
            }
        }
    }
    assert!(unknown.is_empty(), "keys used in the code but missing in locales/en: {unknown:#?}");
}

#[test]
fn every_programme_country_has_a_name_in_every_language() {
    for locale in LOCALES {
        let ids = messages(locale);
        for code in store::types::PROGRAMME_COUNTRIES {
            assert!(ids.contains_key(&format!("country-{code}")), "{locale} lacks country-{code}");
        }
    }
}

#[test]
fn every_xlsform_problem_code_is_explained_in_every_language() {
    for locale in LOCALES {
        let ids = messages(locale);
        for code in xlsform::Code::ALL {
            let key = format!("xlsform-{}", code.as_str());
            assert!(ids.contains_key(&key), "{locale} lacks {key}");
        }
    }
}
