//! `HEAD` and `POST …/submission`: receiving a submission as ODK Collect sends it.
//!
//! The request is read whole (multipart: `xml_submission_file` plus one part per attached
//! file), the document is read and checked against its form version, the attachments go to
//! the blob store, and the submission writer commits it; the 201 is sent only after that
//! commit is on disk. A submission that breaks the form's rules is stored and flagged, never
//! dropped; only what cannot be a submission of a known form is refused.

use axum::extract::multipart::MultipartError;
use axum::extract::{Multipart, State};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{FixedOffset, Utc};
use sha2::{Digest, Sha256};
use store::blobs::BlobKey;
use store::collection::{AttachmentContents, Incoming, IncomingAttachment, Outcome};
use xform::{Limits, Problem, ProblemKind, SubmissionError};
use xpath::FixedEnvironment;

use super::access::Access;
use super::reply::{Message, RosaResult};
use crate::forms::prepared::VersionError;
use crate::kernel::state::AppState;

/// What ODK Collect is told it may send in one request; larger submissions are split.
pub const ACCEPT_CONTENT_LENGTH: usize = 10 * 1024 * 1024;
/// The largest request accepted (one attachment larger than the advertised size still comes
/// alone in one request).
pub const MAX_REQUEST_BYTES: usize = 64 * 1024 * 1024;

fn accept_length() -> (axum::http::HeaderName, HeaderValue) {
    (
        axum::http::HeaderName::from_static("x-openrosa-accept-content-length"),
        HeaderValue::from(ACCEPT_CONTENT_LENGTH),
    )
}

/// `HEAD …/submission`: Collect asks before sending; 204 with the size it may send.
pub async fn probe(_access: Access) -> Response {
    (StatusCode::NO_CONTENT, [accept_length()]).into_response()
}

/// The parts of a submission request.
struct Received {
    xml: Vec<u8>,
    files: Vec<(String, String, Vec<u8>)>,
}

fn too_large() -> Message {
    Message::error(StatusCode::PAYLOAD_TOO_LARGE, "openrosa-too-large")
        .with("limit", MAX_REQUEST_BYTES / (1024 * 1024))
}

fn multipart_error(err: MultipartError) -> Message {
    if err.status() == StatusCode::PAYLOAD_TOO_LARGE {
        too_large()
    } else {
        Message::error(StatusCode::BAD_REQUEST, "openrosa-not-multipart").with("detail", err.body_text())
    }
}

/// A file name as a device may give it: a plain name, no path.
fn file_name(raw: &str) -> Option<String> {
    let name = raw.trim();
    let ok = !name.is_empty()
        && name.len() <= 255
        && !name.contains(['/', '\\', '\0'])
        && name != "."
        && name != "..";
    ok.then(|| name.to_owned())
}

async fn read_parts(mut multipart: Multipart) -> RosaResult<Received> {
    let mut xml = None;
    let mut files = vec![];
    while let Some(field) = multipart.next_field().await.map_err(multipart_error)? {
        let part = field.name().unwrap_or_default().to_owned();
        let file = field.file_name().map(str::to_owned);
        let content_type = field.content_type().unwrap_or("application/octet-stream").to_owned();
        let bytes = field.bytes().await.map_err(multipart_error)?;
        match part.as_str() {
            "xml_submission_file" => xml = Some(bytes.to_vec()),
            // Collect marks all but the last request of a split submission; each part is
            // stored as it comes, so the marker needs nothing.
            "*isIncomplete*" => {}
            _ => {
                let raw = file.unwrap_or(part);
                let name = file_name(&raw).ok_or_else(|| {
                    Message::error(StatusCode::BAD_REQUEST, "openrosa-bad-file-name")
                        .with("name", raw.clone())
                })?;
                files.push((name, content_type, bytes.to_vec()));
            }
        }
    }
    let xml = xml.ok_or_else(|| Message::error(StatusCode::BAD_REQUEST, "openrosa-no-document"))?;
    Ok(Received { xml, files })
}

/// The root element's `id` and `version` attributes, read before the form is known.
fn form_reference(xml: &[u8]) -> RosaResult<(String, Option<String>)> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = vec![];
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                let mut id = None;
                let mut version = None;
                for attr in e.attributes().flatten() {
                    let value = attr.unescape_value().map(|v| v.into_owned()).unwrap_or_default();
                    match attr.key.local_name().as_ref() {
                        b"id" => id = Some(value),
                        b"version" => version = Some(value),
                        _ => {}
                    }
                }
                let id = id.ok_or_else(|| Message::error(StatusCode::BAD_REQUEST, "openrosa-no-form-id"))?;
                return Ok((id, version));
            }
            Ok(Event::DocType(_)) => return Err(Message::error(StatusCode::BAD_REQUEST, "openrosa-doctype")),
            Ok(Event::Eof) | Err(_) => {
                return Err(Message::error(StatusCode::BAD_REQUEST, "openrosa-malformed")
                    .with("detail", "no root element"));
            }
            Ok(_) => buf.clear(),
        }
    }
}

fn refused(err: SubmissionError) -> Message {
    let status = match err {
        SubmissionError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
        _ => StatusCode::BAD_REQUEST,
    };
    match err {
        SubmissionError::MissingInstanceId => Message::error(status, "openrosa-no-instance-id"),
        SubmissionError::Doctype => Message::error(status, "openrosa-doctype"),
        other => Message::error(status, "openrosa-malformed").with("detail", other.to_string()),
    }
}

/// `POST …/submission`.
pub async fn receive(
    State(state): State<AppState>,
    access: Access,
    multipart: Multipart,
) -> RosaResult<Response> {
    let received = read_parts(multipart).await?;
    let (xml_form_id, version_name) = form_reference(&received.xml)?;
    let form = match state.prepared.form_ref(&state.store, &access.organisation_id, &xml_form_id).await {
        Ok(Some(form)) if access.serves(&form.id) => form,
        Ok(_) => {
            return Err(
                Message::error(StatusCode::NOT_FOUND, "openrosa-form-unknown-id").with("form", xml_form_id)
            );
        }
        Err(err) => return Err(err.into()),
    };
    let version_name = version_name.unwrap_or_default();
    let (version_id, prepared) = match state
        .prepared
        .for_submission(&state.store, &state.blobs, &form, &version_name)
        .await
    {
        Ok(found) => found,
        Err(VersionError::Unknown) => {
            return Err(Message::error(StatusCode::NOT_FOUND, "openrosa-version-unknown")
                .with("form", xml_form_id)
                .with("version", version_name));
        }
        Err(VersionError::Prepare(err)) => {
            tracing::error!(error = %err, form = form.id, version = version_name, "preparing a published form");
            return Err(Message::error(StatusCode::INTERNAL_SERVER_ERROR, "openrosa-server-error"));
        }
    };
    let limits = Limits { max_bytes: ACCEPT_CONTENT_LENGTH, ..Limits::default() };
    let mut submission = prepared.parse(&received.xml, &limits).map_err(refused)?;
    // "Today" for constraints such as `. <= today()` is the latest date anywhere on Earth, so
    // that a device east of the server is not flagged for entering its own today.
    let now = Utc::now().with_timezone(&FixedOffset::east_opt(14 * 3600).expect("a valid offset"));
    let env = FixedEnvironment::new(now).with_form_version(version_name.clone());
    let problems = prepared.check(&submission, &env);
    let xml = String::from_utf8(received.xml).map_err(|_| {
        Message::error(StatusCode::BAD_REQUEST, "openrosa-malformed").with("detail", "not UTF-8")
    })?;
    // The document's hash is the one received, so that a resent submission is recognised.
    let xml_sha256 = hex::encode(Sha256::digest(xml.as_bytes()));
    let consent =
        state.consent.for_version(&state, &form.id, &version_id, prepared.survey()).await.map_err(|err| {
            tracing::error!(error = %err, form = form.id, "reading the form's consent rule");
            Message::error(StatusCode::INTERNAL_SERVER_ERROR, "openrosa-server-error")
        })?;
    let (xml, fields, expected_attachments, files) = match consent {
        Some(rule) if !rule.consented(&submission.fields) => {
            let kept =
                rule.without_personal(&xml, &submission.fields, &submission.attachments).map_err(|err| {
                    tracing::error!(error = %err, form = form.id, "removing personal fields");
                    Message::error(StatusCode::INTERNAL_SERVER_ERROR, "openrosa-server-error")
                })?;
            // Files answered at personal questions are not kept either.
            let files =
                received.files.into_iter().filter(|(name, _, _)| kept.attachments.contains(name)).collect();
            (kept.xml, kept.fields, kept.attachments, files)
        }
        _ => (
            xml,
            std::mem::take(&mut submission.fields),
            std::mem::take(&mut submission.attachments),
            received.files,
        ),
    };
    let attachments = store_attachments(&state, files).await.map_err(|err| {
        tracing::error!(error = %err, "writing attachments");
        Message::error(StatusCode::INTERNAL_SERVER_ERROR, "openrosa-server-error")
    })?;
    let incoming = Incoming {
        form_id: form.id.clone(),
        version_id,
        instance_id: submission.instance_id.clone(),
        deprecated_id: submission.deprecated_id.clone(),
        xml_sha256,
        xml,
        field_values: values_json(&fields),
        problem_count: problems.len() as i64,
        problems: problems_json(&problems),
        collector_id: access.collector.as_ref().map(|c| c.id.clone()),
        submitter_id: access.user_id.clone(),
        expected_attachments,
        attachments,
    };
    let outcome = state.writer.write(incoming).await?;
    state.metrics.count_submission(outcome_label(&outcome));
    let message = match outcome {
        Outcome::Stored { .. } => Message::success(StatusCode::CREATED, "openrosa-received"),
        Outcome::AlreadyStored { .. } => Message::success(StatusCode::CREATED, "openrosa-already-received"),
        Outcome::Conflict { .. } => Message::error(StatusCode::CONFLICT, "openrosa-instance-conflict")
            .with("instance", submission.instance_id),
    };
    Ok(([accept_length()], message).into_response())
}

/// Attachments up to this size in all are kept in the database with their submission (one
/// disk flush for rows and files); larger ones are written to the blob store on the blocking
/// pool, and the writer syncs it.
const SMALL_ATTACHMENTS_BYTES: usize = 256 * 1024;

/// Where the request's files go (see [`SMALL_ATTACHMENTS_BYTES`]).
async fn store_attachments(
    state: &AppState,
    files: Vec<(String, String, Vec<u8>)>,
) -> std::io::Result<Vec<IncomingAttachment>> {
    let total: usize = files.iter().map(|(_, _, bytes)| bytes.len()).sum();
    if total <= SMALL_ATTACHMENTS_BYTES {
        return Ok(files
            .into_iter()
            .map(|(name, content_type, bytes)| IncomingAttachment {
                name,
                blob_key: BlobKey::of(&bytes),
                size: bytes.len() as i64,
                content_type,
                contents: AttachmentContents::InDatabase(bytes),
            })
            .collect());
    }
    let blobs = state.blobs.clone();
    let write = move || -> std::io::Result<Vec<IncomingAttachment>> {
        files
            .into_iter()
            .map(|(name, content_type, bytes)| {
                let blob_key = blobs.put(&bytes)?;
                let size = bytes.len() as i64;
                Ok(IncomingAttachment {
                    name,
                    blob_key,
                    size,
                    content_type,
                    contents: AttachmentContents::InBlobStore,
                })
            })
            .collect()
    };
    tokio::task::spawn_blocking(write).await.map_err(std::io::Error::other)?
}

fn outcome_label(outcome: &Outcome) -> &'static str {
    match outcome {
        Outcome::Stored { .. } => "stored",
        Outcome::AlreadyStored { .. } => "duplicate",
        Outcome::Conflict { .. } => "conflict",
    }
}

/// The answered fields as `[[path, value], …]` in document order.
fn values_json(fields: &[xform::FieldValue]) -> String {
    let pairs: Vec<[&str; 2]> = fields.iter().map(|f| [f.path.as_str(), f.value.as_str()]).collect();
    serde_json::to_string(&pairs).expect("strings serialise")
}

/// The problems as `[{path, kind, …}]`, for the review pages and webhooks.
pub fn problems_json(problems: &[Problem]) -> String {
    let items: Vec<serde_json::Value> = problems
        .iter()
        .map(|p| {
            let (kind, detail) = match &p.kind {
                ProblemKind::WrongType { expected } => ("wrong_type", Some((*expected).to_owned())),
                ProblemKind::NotAChoice { value } => ("not_a_choice", Some(value.clone())),
                ProblemKind::Required { message } => ("required", message.clone()),
                ProblemKind::Constraint { message } => ("constraint", message.clone()),
                ProblemKind::Unexpected => ("unexpected", None),
                ProblemKind::Expression { detail } => ("expression", Some(detail.clone())),
            };
            serde_json::json!({ "path": p.path, "kind": kind, "detail": detail })
        })
        .collect();
    serde_json::Value::Array(items).to_string()
}
