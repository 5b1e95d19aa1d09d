//! Prepared forms: each published version's model, ready to read and check submissions,
//! built once per server from the stored XLSForm and shared by every request.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use store::Store;
use store::blobs::BlobStore;
use store::collection::{Form, FormVersion};
use xform::PreparedForm;

use super::publish::{self, PublishError};

/// Version id -> prepared form. Versions never change once published, so entries never go
/// stale; a server holds as many as there are versions in use.
#[derive(Default)]
pub struct PreparedForms {
    cache: Mutex<HashMap<String, Arc<PreparedForm>>>,
    /// (form id, version string) -> (version id, prepared form): what a submission names.
    by_name: Mutex<HashMap<(String, String), Found>>,
    /// (organisation id, form id of the XForm) -> the form's id, which never changes.
    form_ids: Mutex<HashMap<(String, String), String>>,
}

/// What a submission's root element names: a form, known by its ids only (its mode and
/// title may change; read them from the database when they matter).
#[derive(Debug, Clone)]
pub struct FormRef {
    pub id: String,
    pub xml_form_id: String,
}

/// A version's id and its prepared form.
type Found = (String, Arc<PreparedForm>);

/// Why a submission's version could not be prepared.
#[derive(Debug, thiserror::Error)]
pub enum VersionError {
    #[error("no such version")]
    Unknown,
    #[error(transparent)]
    Prepare(#[from] PublishError),
}

impl PreparedForms {
    /// The organisation's form with this XForm id, if published; found once, then remembered.
    pub async fn form_ref(
        &self,
        store: &Store,
        organisation_id: &str,
        xml_form_id: &str,
    ) -> Result<Option<FormRef>, store::Error> {
        let key = (organisation_id.to_owned(), xml_form_id.to_owned());
        if let Some(id) = self.form_ids.lock().expect("cache lock").get(&key) {
            return Ok(Some(FormRef { id: id.clone(), xml_form_id: xml_form_id.to_owned() }));
        }
        match store.form_by_xml_id(organisation_id, xml_form_id).await {
            Ok(form) => {
                self.form_ids.lock().expect("cache lock").insert(key, form.id.clone());
                Ok(Some(FormRef { id: form.id, xml_form_id: form.xml_form_id }))
            }
            Err(store::Error::NotFound) => Ok(None),
            Err(err) => Err(err),
        }
    }

    /// The version of `form` named `version` in a submission, and its prepared form; after
    /// the first submission of a version this needs no database query.
    pub async fn for_submission(
        &self,
        store: &Store,
        blobs: &BlobStore,
        form: &FormRef,
        version: &str,
    ) -> Result<Found, VersionError> {
        let key = (form.id.clone(), version.to_owned());
        if let Some(found) = self.by_name.lock().expect("cache lock").get(&key) {
            return Ok(found.clone());
        }
        let row = match store.form_version_named(&form.id, version).await {
            Ok(row) => row,
            Err(store::Error::NotFound) => return Err(VersionError::Unknown),
            Err(err) => return Err(VersionError::Prepare(err.into())),
        };
        let prepared = self.get_named(blobs, &form.xml_form_id, &row).await?;
        let found = (row.id, prepared);
        self.by_name.lock().expect("cache lock").insert(key, found.clone());
        Ok(found)
    }

    /// The prepared form of `version`, converting its XLSForm on first use.
    pub async fn get(
        &self,
        blobs: &BlobStore,
        form: &Form,
        version: &FormVersion,
    ) -> Result<Arc<PreparedForm>, PublishError> {
        self.get_named(blobs, &form.xml_form_id, version).await
    }

    /// As [`PreparedForms::get`], for the form with this XForm id.
    pub async fn get_named(
        &self,
        blobs: &BlobStore,
        xml_form_id: &str,
        version: &FormVersion,
    ) -> Result<Arc<PreparedForm>, PublishError> {
        if let Some(found) = self.cache.lock().expect("cache lock").get(&version.id) {
            return Ok(found.clone());
        }
        let blobs = blobs.clone();
        let key = version.xlsform_key.clone();
        let name = version.xlsform_name.clone();
        let id = xml_form_id.to_owned();
        let wanted = version.version.clone();
        let prepared = publish::convert_off_thread(move || {
            let bytes = blobs.read(&key)?;
            let converted = publish::convert(&name, &bytes, Some(id), Some(&wanted))?;
            Ok(PreparedForm::new(converted.survey))
        })
        .await?;
        let prepared = Arc::new(prepared);
        self.cache.lock().expect("cache lock").insert(version.id.clone(), prepared.clone());
        Ok(prepared)
    }
}
