//! The OpenRosa form list, form download, media manifest and media files.

use askama::Template;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_TYPE, ETAG};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use store::collection::Form;

use super::access::Access;
use super::reply::{Message, RosaResult};
use crate::kernel::state::AppState;

const XML: &str = "text/xml; charset=utf-8";

struct Entry {
    xml_form_id: String,
    title: String,
    version: String,
    md5: String,
    download_url: String,
    manifest_url: Option<String>,
}

#[derive(Template)]
#[template(path = "openrosa/templates/form_list.xml")]
struct FormList {
    entries: Vec<Entry>,
}

struct MediaEntry {
    name: String,
    md5: String,
    url: String,
}

#[derive(Template)]
#[template(path = "openrosa/templates/manifest.xml")]
struct Manifest {
    files: Vec<MediaEntry>,
}

#[derive(Deserialize)]
pub struct ListQuery {
    #[serde(rename = "formID")]
    form_id: Option<String>,
}

fn xml(body: String) -> Response {
    ([(CONTENT_TYPE, XML)], body).into_response()
}

fn not_found() -> Message {
    Message::error(StatusCode::NOT_FOUND, "openrosa-form-unknown")
}

/// `GET …/formList`: the latest version of every form this access may use.
pub async fn list(
    State(state): State<AppState>,
    access: Access,
    Query(q): Query<ListQuery>,
) -> RosaResult<Response> {
    let mut entries = vec![];
    for summary in state.store.forms_of(&access.organisation_id).await? {
        let form = summary.form;
        if !access.serves(&form.id) || q.form_id.as_ref().is_some_and(|id| id != &form.xml_form_id) {
            continue;
        }
        let version = state.store.latest_version(&form.id).await?;
        let has_media = !state.store.form_media(&form.id).await?.is_empty();
        let base = format!("{}/forms/{}", access.base, form.id);
        entries.push(Entry {
            xml_form_id: form.xml_form_id,
            title: version.title,
            version: version.version,
            md5: version.xform_md5,
            download_url: format!("{base}/form.xml"),
            manifest_url: has_media.then(|| format!("{base}/manifest")),
        });
    }
    Ok(xml(FormList { entries }
        .render()
        .map_err(|_| Message::error(StatusCode::INTERNAL_SERVER_ERROR, "openrosa-server-error"))?))
}

#[derive(Deserialize)]
pub struct FormPath {
    form_id: String,
}

async fn visible_form(state: &AppState, access: &Access, form_id: &str) -> RosaResult<Form> {
    let form = match state.store.form(form_id).await {
        Ok(form) => form,
        Err(store::Error::NotFound) => return Err(not_found()),
        Err(err) => return Err(err.into()),
    };
    if form.organisation_id != access.organisation_id || !access.serves(&form.id) {
        return Err(not_found());
    }
    Ok(form)
}

/// `GET …/forms/{id}/form.xml`: the XForm of the latest version.
pub async fn download(
    State(state): State<AppState>,
    access: Access,
    Path(p): Path<FormPath>,
) -> RosaResult<Response> {
    let form = visible_form(&state, &access, &p.form_id).await?;
    let version = state.store.latest_version(&form.id).await?;
    Ok(([(CONTENT_TYPE, XML.to_owned()), (ETAG, format!("\"{}\"", version.xform_md5))], version.xform)
        .into_response())
}

/// `GET …/forms/{id}/manifest`: the media files the form uses.
pub async fn manifest(
    State(state): State<AppState>,
    access: Access,
    Path(p): Path<FormPath>,
) -> RosaResult<Response> {
    let form = visible_form(&state, &access, &p.form_id).await?;
    let files = state
        .store
        .form_media(&form.id)
        .await?
        .into_iter()
        .map(|m| MediaEntry {
            url: format!("{}/forms/{}/media/{}", access.base, form.id, percent(&m.name)),
            name: m.name,
            md5: m.md5,
        })
        .collect();
    Ok(xml(Manifest { files }
        .render()
        .map_err(|_| Message::error(StatusCode::INTERNAL_SERVER_ERROR, "openrosa-server-error"))?))
}

#[derive(Deserialize)]
pub struct MediaPath {
    form_id: String,
    name: String,
}

/// `GET …/forms/{id}/media/{name}`: one media file.
pub async fn media(
    State(state): State<AppState>,
    access: Access,
    Path(p): Path<MediaPath>,
) -> RosaResult<Response> {
    let form = visible_form(&state, &access, &p.form_id).await?;
    let media = state.store.form_media(&form.id).await?;
    let file = media.into_iter().find(|m| m.name == p.name).ok_or_else(not_found)?;
    let file_handle = tokio::fs::File::open(state.blobs.path(&file.blob_key)).await.map_err(|err| {
        tracing::error!(error = %err, "form media missing from the blob store");
        Message::error(StatusCode::INTERNAL_SERVER_ERROR, "openrosa-server-error")
    })?;
    let body = Body::from_stream(tokio_util::io::ReaderStream::new(file_handle));
    Ok(([(CONTENT_TYPE, file.content_type), (ETAG, format!("\"{}\"", file.md5))], body).into_response())
}

/// Escapes a file name for a URL path segment.
fn percent(name: &str) -> String {
    percent_encoding::utf8_percent_encode(name, percent_encoding::NON_ALPHANUMERIC).to_string()
}
