//! Publishing an XLSForm: convert it, give it a version when the settings sheet has none,
//! keep the file in the blob store and record the version. Shared by the upload page and
//! `datashift form publish`.

use store::Store;
use store::blobs::BlobStore;
use store::collection::{Form, FormVersion, NewVersion};
use xlsform::{Diagnostic, Format, Options, Severity};

/// The largest XLSForm accepted (a large survey is a few hundred KB).
pub const MAX_XLSFORM_BYTES: usize = 10 * 1024 * 1024;

/// A published version with the converter's warnings.
#[derive(Debug)]
pub struct Published {
    pub form: Form,
    pub version: FormVersion,
    pub warnings: Vec<Diagnostic>,
}

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("the file must be an .xlsx, .xls or .csv XLSForm")]
    UnknownFormat,
    #[error("the file is larger than {MAX_XLSFORM_BYTES} bytes")]
    TooLarge,
    #[error("the form has errors")]
    Invalid(Vec<Diagnostic>),
    #[error("version {0} of this form is already published")]
    VersionExists(String),
    #[error(transparent)]
    Store(#[from] store::Error),
    #[error("the file could not be kept: {0}")]
    Blob(#[from] std::io::Error),
}

/// A converted form: the model (with its version set) and its XForm.
pub struct Converted {
    pub survey: xform::Survey,
    pub xform: String,
    pub warnings: Vec<Diagnostic>,
}

/// XLSForm conversions allowed at once: a large workbook takes tens of MB while it is read, so
/// a burst of uploads waits its turn instead of exhausting memory.
static CONVERSIONS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// Runs a conversion (or anything as heavy) on the blocking pool, at most two at a time.
pub async fn convert_off_thread<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, PublishError> + Send + 'static,
) -> Result<T, PublishError> {
    let _turn = CONVERSIONS.acquire().await.map_err(|e| PublishError::Blob(std::io::Error::other(e)))?;
    tokio::task::spawn_blocking(work).await.map_err(|e| PublishError::Blob(std::io::Error::other(e)))?
}

/// Converts an XLSForm. `version` replaces the settings' version (used when reloading a
/// stored version); without one, a form with no version gets one from the clock. Blocking
/// (CPU-bound): call it from `spawn_blocking`.
pub fn convert(
    file_name: &str,
    bytes: &[u8],
    fallback_id: Option<String>,
    version: Option<&str>,
) -> Result<Converted, PublishError> {
    let format = Format::from_file_name(file_name).ok_or(PublishError::UnknownFormat)?;
    if bytes.len() > MAX_XLSFORM_BYTES {
        return Err(PublishError::TooLarge);
    }
    let fallback_id = fallback_id
        .or_else(|| std::path::Path::new(file_name).file_stem().and_then(|s| s.to_str()).map(str::to_owned));
    let options = Options { form_name: None, fallback_id };
    let conversion = xlsform::convert(bytes, format, &options).map_err(PublishError::Invalid)?;
    let mut survey = conversion.survey;
    let wanted = match version {
        Some(v) => Some(v.to_owned()),
        None if survey.version.as_deref().is_none_or(str::is_empty) => {
            Some(chrono::Utc::now().format("%Y%m%d%H%M%S").to_string())
        }
        None => None,
    };
    let xform = match wanted {
        Some(v) if survey.version.as_deref() != Some(v.as_str()) => {
            survey.version = Some(v);
            xform::to_xform(&survey).map_err(|e| {
                PublishError::Invalid(vec![Diagnostic::error(xlsform::Code::Form001, e.to_string())])
            })?
        }
        _ => conversion.xml,
    };
    Ok(Converted { survey, xform, warnings: conversion.warnings })
}

/// Converts, stores and publishes an XLSForm for an organisation.
pub async fn publish_xlsform(
    store: &Store,
    blobs: &BlobStore,
    organisation_id: &str,
    publisher: Option<&str>,
    file_name: &str,
    bytes: Vec<u8>,
) -> Result<Published, PublishError> {
    let name = file_name.to_owned();
    let blob_store = blobs.clone();
    let (converted, key) = convert_off_thread(move || {
        let converted = convert(&name, &bytes, None, None)?;
        let key = blob_store.put(&bytes)?;
        blob_store.sync()?;
        Ok((converted, key))
    })
    .await?;
    let survey = &converted.survey;
    let version = survey.version.clone().unwrap_or_default();
    let new = NewVersion {
        xml_form_id: survey.id_string.clone(),
        title: survey.title.clone(),
        version: version.clone(),
        xlsform_name: file_name.to_owned(),
        xlsform_key: key,
        xform_md5: md5_hex(converted.xform.as_bytes()),
        xform: converted.xform,
    };
    match store.publish_version(organisation_id, publisher, &new).await {
        Ok((form, version)) => Ok(Published { form, version, warnings: converted.warnings }),
        Err(store::Error::Conflict(store::collection::forms::VERSION_EXISTS)) => {
            Err(PublishError::VersionExists(version))
        }
        Err(err) => Err(err.into()),
    }
}

/// Hex MD5, as OpenRosa form lists and manifests announce files.
pub fn md5_hex(bytes: &[u8]) -> String {
    use md5::Digest;
    hex::encode(md5::Md5::digest(bytes))
}

/// Errors first, then warnings, each in sheet and row order.
pub fn sorted(mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    diagnostics.sort_by_key(|d| (d.severity != Severity::Error, d.sheet.clone(), d.row));
    diagnostics
}
