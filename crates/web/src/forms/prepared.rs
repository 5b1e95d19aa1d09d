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
    /// The version of `form` named `version` in a submission, and its prepared form; after
    /// the first submission of a version this needs no database query.
    pub async fn for_submission(
        &self,
        store: &Store,
        blobs: &BlobStore,
        form: &Form,
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
        let prepared = self.get(blobs, form, &row).await?;
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
        if let Some(found) = self.cache.lock().expect("cache lock").get(&version.id) {
            return Ok(found.clone());
        }
        let blobs = blobs.clone();
        let key = version.xlsform_key.clone();
        let name = version.xlsform_name.clone();
        let id = form.xml_form_id.clone();
        let wanted = version.version.clone();
        let prepared = tokio::task::spawn_blocking(move || -> Result<PreparedForm, PublishError> {
            let bytes = blobs.read(&key)?;
            let converted = publish::convert(&name, &bytes, Some(id), Some(&wanted))?;
            Ok(PreparedForm::new(converted.survey))
        })
        .await
        .map_err(|e| PublishError::Blob(std::io::Error::other(e)))??;
        let prepared = Arc::new(prepared);
        self.cache.lock().expect("cache lock").insert(version.id.clone(), prepared.clone());
        Ok(prepared)
    }
}
