//! Prepared forms: each published version's model, ready to read and check submissions,
//! built once per server from the stored XLSForm and shared by every request.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use hashlink::LruCache;

use store::Store;
use store::blobs::BlobStore;
use store::collection::{Form, FormVersion};
use xform::PreparedForm;

use super::publish::{self, PublishError};

/// Prepared versions kept at most: the ones in use stay, the least recently used go (and are
/// prepared again from their XLSForm when next needed), so a server with many forms does not
/// grow without bound.
pub const MAX_PREPARED: usize = 200;

/// Version id -> prepared form. Versions never change once published, so entries never go
/// stale.
pub struct PreparedForms {
    cache: Mutex<LruCache<String, Arc<PreparedForm>>>,
    /// (form id, version string) -> (version id, prepared form): what a submission names.
    by_name: Mutex<LruCache<(String, String), Found>>,
    /// (organisation id, form id of the XForm) -> the form's id, which never changes.
    form_ids: Mutex<HashMap<(String, String), String>>,
}

impl Default for PreparedForms {
    fn default() -> Self {
        Self::with_capacity(MAX_PREPARED)
    }
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
    /// A cache keeping at most `capacity` prepared versions (each way of finding them).
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            cache: Mutex::new(LruCache::new(capacity)),
            by_name: Mutex::new(LruCache::new(capacity)),
            form_ids: Mutex::new(HashMap::new()),
        }
    }

    /// How many prepared versions are kept now.
    pub fn len(&self) -> usize {
        self.cache.lock().expect("cache lock").len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

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

#[cfg(test)]
mod tests {
    use super::*;

    fn version(blobs: &BlobStore, n: usize) -> FormVersion {
        let table = format!(
            "| survey |\n| | type | name | label |\n| | integer | count{n} | How many? |\n\
             | settings |\n| | form_id | version |\n| | cache_test | {n} |\n"
        );
        let bytes = xlsform::testing::csv_from_table(&table);
        FormVersion {
            id: format!("version-{n}"),
            form_id: "form".to_owned(),
            version: n.to_string(),
            title: "Cache test".to_owned(),
            xlsform_name: "cache_test.csv".to_owned(),
            xlsform_key: blobs.put(&bytes).unwrap(),
            xform: String::new(),
            xform_md5: String::new(),
            published_at: chrono::Utc::now(),
        }
    }

    #[tokio::test]
    async fn the_least_recently_used_versions_go_past_the_capacity_and_come_back_when_needed() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = BlobStore::open(dir.path()).unwrap();
        let versions: Vec<FormVersion> = (1..=3).map(|n| version(&blobs, n)).collect();
        let prepared = PreparedForms::with_capacity(2);
        let first = prepared.get_named(&blobs, "cache_test", &versions[0]).await.unwrap();
        prepared.get_named(&blobs, "cache_test", &versions[1]).await.unwrap();
        // Using the first again makes the second the least recently used.
        let again = prepared.get_named(&blobs, "cache_test", &versions[0]).await.unwrap();
        assert!(Arc::ptr_eq(&first, &again), "kept, not prepared again");
        prepared.get_named(&blobs, "cache_test", &versions[2]).await.unwrap();
        assert_eq!(prepared.len(), 2, "never more than the capacity");
        let kept = prepared.get_named(&blobs, "cache_test", &versions[0]).await.unwrap();
        assert!(Arc::ptr_eq(&first, &kept), "the one in use stayed");
        // The one that went is prepared again from its XLSForm, the same form.
        let back = prepared.get_named(&blobs, "cache_test", &versions[1]).await.unwrap();
        assert_eq!(back.survey().version.as_deref(), Some("2"));
        assert_eq!(prepared.len(), 2);
    }
}
