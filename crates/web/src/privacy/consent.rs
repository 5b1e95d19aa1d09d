//! Consent: a form may name the question that records a respondent's consent and the answer
//! that gives it. A submission without that answer keeps no personal fields: they are
//! emptied from the stored document and values, and files answered at them are not kept.
//! The rule is applied as a submission arrives, before anything is stored.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use store::collection::submissions::without_positions;
use store::personal_data::Consent;
use xform::{FieldValue, Survey};

use crate::data::personal::PersonalFields;
use crate::kernel::error::AppResult;
use crate::kernel::state::AppState;
use crate::submissions::fields::questions;

/// How long a form's rule is remembered before it is read again (a change made on this
/// server is seen at once: it forgets the form).
const REMEMBER_FOR: Duration = Duration::from_secs(5);

/// A form version's consent question and personal fields.
#[derive(Debug)]
pub struct ConsentRule {
    pub consent: Consent,
    pub fields: PersonalFields,
}

/// What a submission keeps once the rule is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    pub xml: String,
    pub fields: Vec<FieldValue>,
    /// File names the kept document refers to.
    pub attachments: Vec<String>,
}

impl ConsentRule {
    /// Whether the consent question holds the consenting answer (one of several for a
    /// select_multiple).
    pub fn consented(&self, fields: &[FieldValue]) -> bool {
        fields
            .iter()
            .filter(|f| without_positions(&f.path) == self.consent.path)
            .any(|f| f.value.split_whitespace().any(|answer| answer == self.consent.value))
    }

    /// The document, values and file names without the personal fields.
    pub fn without_personal(
        &self,
        xml: &str,
        fields: &[FieldValue],
        attachments: &[String],
    ) -> AppResult<Kept> {
        let xml = xform::blank_fields(xml, |path| self.fields.is_personal(path))
            .map_err(|e| crate::kernel::error::AppError::Internal(anyhow::anyhow!("{e}")))?;
        let (personal, kept): (Vec<&FieldValue>, Vec<&FieldValue>) =
            fields.iter().partition(|f| self.fields.is_personal(&f.path));
        let attachments =
            attachments.iter().filter(|name| !personal.iter().any(|f| &&f.value == name)).cloned().collect();
        Ok(Kept { xml, fields: kept.into_iter().cloned().collect(), attachments })
    }
}

type Remembered = (Option<Arc<ConsentRule>>, Instant);

/// Consent rules recently read, by form version.
#[derive(Default)]
pub struct ConsentRules {
    by_version: Mutex<HashMap<(String, String), Remembered>>,
}

impl ConsentRules {
    /// The rule of form `form_id`'s version `version_id` (whose model is `survey`), if it has one.
    pub async fn for_version(
        &self,
        state: &AppState,
        form_id: &str,
        version_id: &str,
        survey: &Survey,
    ) -> AppResult<Option<Arc<ConsentRule>>> {
        let key = (form_id.to_owned(), version_id.to_owned());
        if let Some((rule, at)) = self.lock().get(&key)
            && at.elapsed() < REMEMBER_FOR
        {
            return Ok(rule.clone());
        }
        let privacy = state.store.form_privacy(form_id).await?;
        let rule = match privacy.consent {
            Some(consent) => {
                let decisions = state.store.personal_field_decisions(form_id).await?;
                let fields = PersonalFields::of(&questions(survey), &decisions);
                Some(Arc::new(ConsentRule { consent, fields }))
            }
            None => None,
        };
        let mut remembered = self.lock();
        if remembered.len() > 10_000 {
            remembered.clear();
        }
        remembered.insert(key, (rule.clone(), Instant::now()));
        Ok(rule)
    }

    /// Forgets a form's rules (its settings just changed).
    pub fn forget(&self, form_id: &str) {
        self.lock().retain(|(form, _), _| form != form_id);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(String, String), Remembered>> {
        self.by_version.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::submissions::fields::Question;

    fn rule() -> ConsentRule {
        let questions = vec![
            Question::for_tests("/d/consent", "select_one yes_no", false),
            Question::for_tests("/d/name", "text", false),
            Question::for_tests("/d/photo", "image", false),
            Question::for_tests("/d/age", "integer", false),
        ];
        let decisions = [("/d/photo".to_owned(), true)];
        ConsentRule {
            consent: Consent { path: "/d/consent".into(), value: "yes".into() },
            fields: PersonalFields::of(&questions, &decisions),
        }
    }

    fn field(path: &str, value: &str) -> FieldValue {
        FieldValue { path: path.into(), value: value.into() }
    }

    #[test]
    fn only_the_consenting_answer_consents() {
        let rule = rule();
        assert!(rule.consented(&[field("/d/consent", "yes")]));
        assert!(!rule.consented(&[field("/d/consent", "no")]));
        assert!(!rule.consented(&[field("/d/age", "yes")]), "an unanswered consent is no consent");
    }

    #[test]
    fn without_consent_personal_fields_and_their_files_go() {
        let xml = "<d><consent>no</consent><name>Ana</name><photo>ana.jpg</photo><age>30</age>\
                   <meta><instanceID>uuid:1</instanceID></meta></d>";
        let fields = [
            field("/d/consent", "no"),
            field("/d/name", "Ana"),
            field("/d/photo", "ana.jpg"),
            field("/d/age", "30"),
        ];
        let kept = rule().without_personal(xml, &fields, &["ana.jpg".to_owned()]).unwrap();
        assert_eq!(kept.fields, vec![field("/d/consent", "no"), field("/d/age", "30")]);
        assert!(kept.attachments.is_empty());
        assert_eq!(
            kept.xml,
            "<d><consent>no</consent><name></name><photo></photo><age>30</age>\
             <meta><instanceID>uuid:1</instanceID></meta></d>"
        );
    }
}
