//! Personal data in pages, charts and exports: which of a form's fields are personal (the
//! author's `pii` column and decisions, else the defaults below), and what a person is shown
//! of them ([`Disclosure`]): the values themselves, or a pseudonym (a keyed hash, the same for
//! the same value, so people can still be counted) or nothing for what a pseudonym cannot
//! stand for (places, recordings).

use std::borrow::Cow;
use std::collections::HashMap;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use store::accounts::User;
use store::collection::submissions::without_positions;
use store::collection::{Form, SubmissionFilter};
use store::personal_data::{AuditAction, NewAuditEntry};
use store::types::Role;

use crate::forms::access::Reach;
use crate::kernel::error::AppResult;
use crate::kernel::state::AppState;
use crate::submissions::fields::Question;

/// How a personal value is hidden from those who may not see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protection {
    /// Replaced by a pseudonym (`anon-` and 10 hex digits of the keyed hash).
    Pseudonymise,
    /// Left out: a location or a recording has no useful pseudonym.
    Remove,
}

/// Question types that are personal unless the author says otherwise, and how.
fn by_type(qtype: &str) -> Option<Protection> {
    match qtype.trim() {
        "geopoint" | "geotrace" | "geoshape" | "start-geopoint" | "background-geopoint" => {
            Some(Protection::Remove)
        }
        "audio" | "background-audio" => Some(Protection::Remove),
        "phonenumber" | "deviceid" | "simserial" | "subscriberid" | "username" | "email" => {
            Some(Protection::Pseudonymise)
        }
        _ => None,
    }
}

/// Words in a text question's name that say it holds a name, a phone number, an email
/// address, a street address or an identity number.
const PERSONAL_WORDS: &[&str] = &[
    "name",
    "names",
    "fullname",
    "firstname",
    "lastname",
    "surname",
    "forename",
    "nombre",
    "apellido",
    "jina",
    "phone",
    "telephone",
    "tel",
    "mobile",
    "cell",
    "celular",
    "telefono",
    "simu",
    "email",
    "mail",
    "correo",
    "address",
    "direccion",
    "anwani",
    "passport",
    "dni",
    "nid",
    "ssn",
    "cedula",
];

/// Words that, beside "name", say it is the name of a place or a thing, not of a person.
const NOT_A_PERSON: &[&str] = &[
    "village",
    "town",
    "city",
    "district",
    "county",
    "ward",
    "region",
    "province",
    "municipality",
    "place",
    "site",
    "community",
    "school",
    "facility",
    "clinic",
    "hospital",
    "market",
    "organisation",
    "organization",
    "org",
    "company",
    "business",
    "project",
    "product",
    "street",
    "road",
    "crop",
    "item",
    "file",
    "form",
    "group",
    "team",
    "event",
];

/// Whether a text question's name says it is personal (`respondent_name`, `phone_number`,
/// `email`, `national_id`, but not `village_name` or `file_name`).
fn by_name(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    let words: Vec<&str> = name.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).collect();
    let personal = words.iter().any(|w| PERSONAL_WORDS.contains(w))
        || words.windows(2).any(|pair| matches!(pair, ["id" | "identity", "number" | "no" | "card"]))
        || words.windows(2).any(|pair| matches!(pair, ["national", "id"]));
    personal && !words.iter().any(|w| NOT_A_PERSON.contains(w))
}

/// Whether a question is personal when neither the `pii` column nor the author decided.
pub fn by_default(question: &Question) -> Option<Protection> {
    by_type(&question.qtype).or_else(|| {
        let text = matches!(question.qtype.trim(), "text" | "string" | "barcode");
        (text && by_name(question.name())).then_some(Protection::Pseudonymise)
    })
}

/// How a personal question is hidden: removed when a pseudonym would not stand for it.
fn protection_of(question: &Question) -> Protection {
    by_type(&question.qtype).unwrap_or(Protection::Pseudonymise)
}

/// The personal fields of a form, by path without repeat positions.
#[derive(Debug, Clone, Default)]
pub struct PersonalFields {
    fields: HashMap<String, Protection>,
}

impl PersonalFields {
    /// From the form's questions and the author's decisions (`(path, personal)`), which win
    /// over the `pii` column, which wins over the defaults.
    pub fn of(questions: &[Question], decisions: &[(String, bool)]) -> Self {
        let decided: HashMap<&str, bool> = decisions.iter().map(|(p, d)| (p.as_str(), *d)).collect();
        let fields = questions
            .iter()
            .filter(|q| {
                decided.get(q.path.as_str()).copied().or(q.pii).unwrap_or_else(|| by_default(q).is_some())
            })
            .map(|q| (q.path.clone(), protection_of(q)))
            .collect();
        Self { fields }
    }

    /// The protection of the field at `path` (repeat positions allowed), if it is personal.
    pub fn protection(&self, path: &str) -> Option<Protection> {
        self.fields.get(path).or_else(|| self.fields.get(&without_positions(path))).copied()
    }

    pub fn is_personal(&self, path: &str) -> bool {
        self.protection(path).is_some()
    }

    /// The personal fields' paths (without repeat positions), sorted.
    pub fn paths(&self) -> Vec<&str> {
        let mut paths: Vec<&str> = self.fields.keys().map(String::as_str).collect();
        paths.sort_unstable();
        paths
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
}

/// Whether a person's role lets them see a form's personal values: the organisation's own
/// team (who collected them and answer for them). Capacity builders and programme managers
/// see pseudonyms.
pub fn may_see_personal(user: &User, reach: Reach) -> bool {
    reach == Reach::Manage && matches!(user.role, Role::CsoLead | Role::CsoStaff)
}

/// What one person is shown of a form's personal fields.
#[derive(Clone)]
pub struct Disclosure {
    fields: PersonalFields,
    shown: bool,
    key: Vec<u8>,
}

impl std::fmt::Debug for Disclosure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Disclosure").field("fields", &self.fields).field("shown", &self.shown).finish()
    }
}

impl Disclosure {
    /// `shown`: the personal values themselves; otherwise pseudonyms keyed with `key` (the
    /// form's own key, so pseudonyms of two forms cannot be joined) or nothing.
    pub fn new(fields: PersonalFields, shown: bool, key: Vec<u8>) -> Self {
        Self { fields, shown, key }
    }

    /// Whether personal values are shown as they are.
    pub fn shows_personal(&self) -> bool {
        self.shown
    }

    /// Whether the field at `path` (repeat positions allowed) is personal.
    pub fn is_personal(&self, path: &str) -> bool {
        self.fields.is_personal(path)
    }

    pub fn fields(&self) -> &PersonalFields {
        &self.fields
    }

    /// Whether the person is shown personal values that exist: what the audit log records.
    pub fn reveals_personal(&self) -> bool {
        self.shown && !self.fields.is_empty()
    }

    /// The value of the field at `path` as this person may see it: itself, a pseudonym, or
    /// `None` when it is removed.
    pub fn value<'a>(&self, path: &str, value: &'a str) -> Option<Cow<'a, str>> {
        if self.shown {
            return Some(Cow::Borrowed(value));
        }
        match self.fields.protection(path) {
            None => Some(Cow::Borrowed(value)),
            Some(Protection::Remove) => None,
            Some(Protection::Pseudonymise) => Some(Cow::Owned(self.pseudonym(value))),
        }
    }

    /// A submission's `(path, value)` answers as this person may see them (removed ones left out).
    pub fn values(&self, values: Vec<(String, String)>) -> Vec<(String, String)> {
        if self.shown || self.fields.is_empty() {
            return values;
        }
        values
            .into_iter()
            .filter_map(|(path, value)| {
                let shown = self.value(&path, &value)?.into_owned();
                Some((path, shown))
            })
            .collect()
    }

    /// As [`Disclosure::values`], for answers borrowed from the stored text.
    pub fn values_borrowed<'a>(
        &self,
        values: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    ) -> Vec<(Cow<'a, str>, Cow<'a, str>)> {
        if self.shown || self.fields.is_empty() {
            return values;
        }
        values
            .into_iter()
            .filter_map(|(path, value)| {
                let shown = match self.value(&path, &value)? {
                    Cow::Borrowed(_) => value,
                    Cow::Owned(pseudonym) => Cow::Owned(pseudonym),
                };
                Some((path, shown))
            })
            .collect()
    }

    /// What this person is shown of personal fields, in a few words that differ whenever
    /// what they see differs: which fields, how each is hidden, and with which key.
    pub fn fingerprint(&self) -> String {
        if self.shown || self.fields.is_empty() {
            return "everything".to_owned();
        }
        let mut fields: Vec<String> =
            self.fields.fields.iter().map(|(path, protection)| format!("{path}={protection:?}")).collect();
        fields.sort();
        let key = Sha256::digest(&self.key);
        format!("{}|{}", fields.join(","), hex::encode(&key[..8]))
    }

    /// Whether the file answered at `path` (an attachment) may be shown or exported.
    pub fn shows_file(&self, path: &str) -> bool {
        self.shown || !self.fields.is_personal(path)
    }

    /// The pseudonym of a value: the same for the same value once trimmed and lower-cased.
    pub fn pseudonym(&self, value: &str) -> String {
        let value = value.trim();
        if value.is_empty() {
            return String::new();
        }
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes keys of any length");
        mac.update(value.to_lowercase().as_bytes());
        let digest = mac.finalize().into_bytes();
        format!("anon-{}", &hex::encode(digest)[..10])
    }
}

/// Refuses an exact-answer filter on a personal field for someone shown pseudonyms: it would
/// tell them who answered what. Returns the message key when it was dropped.
pub fn guard_filter(filter: &mut SubmissionFilter, disclosure: &Disclosure) -> Option<&'static str> {
    let field = filter.field.as_ref()?;
    if disclosure.shows_personal() || !disclosure.is_personal(&field.path) {
        return None;
    }
    filter.field = None;
    Some("personal-filter-refused")
}

/// The personal fields of `form`, from its latest version's questions and its author's decisions.
pub async fn personal_fields(
    state: &AppState,
    form: &Form,
    questions: &[Question],
) -> AppResult<PersonalFields> {
    let decisions = state.store.personal_field_decisions(&form.id).await?;
    Ok(PersonalFields::of(questions, &decisions))
}

/// Who reads a form's data: a person with their reach, or the server's operator at the
/// command line (who sees personal values unless they ask for pseudonyms).
#[derive(Debug, Clone, Copy)]
pub enum Viewer<'a> {
    Person(&'a User, Reach),
    Operator,
}

/// What `viewer` is shown of `form`'s personal fields (see [`disclosure`]).
pub async fn disclosure_for(
    state: &AppState,
    viewer: Viewer<'_>,
    form: &Form,
    questions: &[Question],
    anonymise: bool,
) -> AppResult<Disclosure> {
    match viewer {
        Viewer::Person(user, reach) => disclosure(state, user, reach, form, questions, anonymise).await,
        Viewer::Operator => {
            let fields = personal_fields(state, form, questions).await?;
            let key = state.store.form_privacy(&form.id).await?.pseudonym_key;
            Ok(Disclosure::new(fields, !anonymise, key))
        }
    }
}

/// What `user` is shown of `form`'s personal fields; `anonymise` asks for pseudonyms even
/// when the person may see the values (an export to share).
pub async fn disclosure(
    state: &AppState,
    user: &User,
    reach: Reach,
    form: &Form,
    questions: &[Question],
    anonymise: bool,
) -> AppResult<Disclosure> {
    let fields = personal_fields(state, form, questions).await?;
    let key = state.store.form_privacy(&form.id).await?.pseudonym_key;
    Ok(Disclosure::new(fields, may_see_personal(user, reach) && !anonymise, key))
}

/// Records in the audit log that `user` saw or exported `form`'s personal data (a view is
/// recorded only when personal values were shown; an export always).
pub async fn audit(
    state: &AppState,
    user: Option<&User>,
    form: &Form,
    disclosure: &Disclosure,
    action: AuditAction,
    detail: String,
) -> AppResult<()> {
    if action == AuditAction::View && !disclosure.reveals_personal() {
        return Ok(());
    }
    let shown =
        if disclosure.reveals_personal() { "personal values shown" } else { "personal values hidden" };
    state
        .store
        .record_audit(NewAuditEntry {
            user,
            organisation_id: &form.organisation_id,
            form_id: &form.id,
            form_title: &form.title,
            action,
            detail: format!("{detail}; {shown}"),
        })
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(name: &str, qtype: &str) -> Question {
        Question::for_tests(&format!("/d/{name}"), qtype, false)
    }

    #[test]
    fn names_phones_and_places_are_personal_by_default() {
        let personal = |name: &str, qtype: &str| by_default(&question(name, qtype));
        assert_eq!(personal("respondent_name", "text"), Some(Protection::Pseudonymise));
        assert_eq!(personal("phoneNumber", "text"), None, "camelCase is one word");
        assert_eq!(personal("phone_number", "text"), Some(Protection::Pseudonymise));
        assert_eq!(personal("national_id", "text"), Some(Protection::Pseudonymise));
        assert_eq!(personal("anything", "phonenumber"), Some(Protection::Pseudonymise));
        assert_eq!(personal("home", "geopoint"), Some(Protection::Remove));
        assert_eq!(personal("village_name", "text"), None);
        assert_eq!(personal("name", "integer"), None, "only text holds a name");
        assert_eq!(personal("water_source", "text"), None);
    }

    #[test]
    fn decisions_win_over_the_pii_column_which_wins_over_defaults() {
        let mut pii_no = question("full_name", "text");
        pii_no.pii = Some(false);
        let mut pii_yes = question("story", "text");
        pii_yes.pii = Some(true);
        let questions = vec![pii_no, pii_yes, question("home", "geopoint"), question("age", "integer")];
        let fields = PersonalFields::of(&questions, &[]);
        assert_eq!(fields.paths(), vec!["/d/home", "/d/story"]);
        let fields = PersonalFields::of(&questions, &[("/d/home".into(), false), ("/d/age".into(), true)]);
        assert_eq!(fields.paths(), vec!["/d/age", "/d/story"]);
    }

    #[test]
    fn hidden_values_are_pseudonymised_or_removed() {
        let questions =
            vec![question("name", "text"), question("home", "geopoint"), question("age", "integer")];
        let fields = PersonalFields::of(&questions, &[]);
        let hidden = Disclosure::new(fields.clone(), false, b"form key".to_vec());
        let values = vec![
            ("/d/name".to_owned(), "Ana Díaz".to_owned()),
            ("/d/home".to_owned(), "-31.4 -64.2 0 5".to_owned()),
            ("/d/age".to_owned(), "30".to_owned()),
        ];
        let seen = hidden.values(values.clone());
        assert_eq!(seen.len(), 2, "the location is removed");
        assert!(seen[0].1.starts_with("anon-") && seen[0].1.len() == 15, "{:?}", seen[0]);
        assert_eq!(seen[1], values[2]);
        assert_eq!(hidden.pseudonym(" ana díaz"), seen[0].1, "the same person, the same pseudonym");
        let other_form = Disclosure::new(fields.clone(), false, b"another key".to_vec());
        assert_ne!(other_form.pseudonym("Ana Díaz"), seen[0].1, "another form's key, another pseudonym");
        let shown = Disclosure::new(fields, true, b"form key".to_vec());
        assert_eq!(shown.values(values.clone()), values);
        assert!(shown.reveals_personal() && !hidden.reveals_personal());
        assert!(!hidden.shows_file("/d/home") && hidden.shows_file("/d/age"));
    }
}
