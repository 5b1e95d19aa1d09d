//! One form: its versions with downloads, pilot or live, media files, and its web link.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form as FormBody;
use serde::Deserialize;
use store::collection::{Collector, Form, FormMedia, FormMode, FormVersion};

use super::access::{Reach, form_for};
use super::list::uploaded_file;
use super::publish::md5_hex;
use crate::data::progress::{Progress, progress};
use crate::data::read::Reader;
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::layout::long_date;
use crate::kernel::state::AppState;

/// The largest media file (a CSV of choices, an image in a label).
pub const MAX_MEDIA_BYTES: usize = 20 * 1024 * 1024;

#[derive(Template, WebTemplate)]
#[template(path = "forms/templates/detail.html")]
pub struct FormPage {
    ctx: RequestContext,
    form: Form,
    versions: Vec<FormVersion>,
    media: Vec<FormMedia>,
    /// Media files the latest version names that are not uploaded yet.
    missing_media: Vec<String>,
    web_link: Option<String>,
    can_manage: bool,
    show_warnings: bool,
    /// Where the CSO stands against its SMART objective, when the survey links this form.
    progress: Option<Progress>,
}

impl FormPage {
    fn date(&self, version: &FormVersion) -> String {
        long_date(self.ctx.locale, version.published_at.date_naive())
    }
    fn is_live(&self) -> bool {
        self.form.mode == FormMode::Live
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DetailQuery {
    warnings: Option<String>,
}

async fn web_link_url(state: &AppState, link: &Collector) -> Option<String> {
    link.shared_token.as_ref().map(|token| {
        state.config.link(&format!("/key/{token}/forms/{}/web", link.form_id.as_deref().unwrap_or_default()))
    })
}

/// Names of media files a form's survey refers to (label media, files of `*_from_file`).
fn media_names(survey: &xform::Survey) -> Vec<String> {
    let mut names = vec![];
    fn walk(elements: &[xform::Element], names: &mut Vec<String>) {
        for element in elements {
            for (_, text) in &element.media {
                for (_, file) in text.per_language("") {
                    names.push(file.to_owned());
                }
            }
            if let Some(list) = &element.itemset
                && (list.ends_with(".csv") || list.ends_with(".xml") || list.ends_with(".geojson"))
            {
                names.push(list.clone());
            }
            walk(&element.children, names);
        }
    }
    walk(&survey.children, &mut names);
    for list in &survey.choices {
        for choice in &list.choices {
            for (_, text) in &choice.media {
                for (_, file) in text.per_language("") {
                    names.push(file.to_owned());
                }
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Query(q): Query<DetailQuery>,
) -> AppResult<FormPage> {
    let user = ctx.require_user()?.clone();
    let (form, reach) = form_for(&state.store, &user, &id).await?;
    let versions = state.store.form_versions(&form.id).await?;
    let media = state.store.form_media(&form.id).await?;
    let mut missing_media = vec![];
    if let Some(latest) = versions.first() {
        let prepared = state
            .prepared
            .get(&state.blobs, &form, latest)
            .await
            .map_err(|e| AppError::Internal(e.into()))?;
        missing_media = media_names(prepared.survey())
            .into_iter()
            .filter(|n| media.iter().all(|m| &m.name != n))
            .collect();
    }
    let link = state.store.web_link(&form.id, Some(&user.id)).await?;
    let web_link = web_link_url(&state, &link).await;
    let progress = if versions.is_empty() {
        None
    } else {
        progress(&state, &Reader::new(&state, &user, form.clone(), reach, Some(ctx.locale.code())).await?)
            .await?
    };
    Ok(FormPage {
        ctx,
        form,
        versions,
        media,
        missing_media,
        web_link,
        can_manage: reach == Reach::Manage,
        show_warnings: q.warnings.is_some(),
        progress,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ModeForm {
    mode: String,
    clear_pilot: Option<String>,
}

/// `POST /forms/{id}/mode`: pilot or live; going live may clear the pilot submissions.
pub async fn set_mode(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    FormBody(body): FormBody<ModeForm>,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let (form, reach) = form_for(&state.store, &user, &id).await?;
    if reach != Reach::Manage {
        return Err(AppError::Forbidden);
    }
    let mode = match body.mode.as_str() {
        "live" => FormMode::Live,
        "pilot" => FormMode::Pilot,
        _ => return Err(AppError::NotFound),
    };
    let cleared = state.store.set_form_mode(&form.id, mode, body.clear_pilot.is_some()).await?;
    tracing::info!(form = form.id, mode = mode.as_str(), cleared, "form mode changed");
    Ok(Redirect::to(&format!("/forms/{}", form.id)).into_response())
}

/// `GET /forms/{id}/versions/{version}/{xlsform|xform}`: the files of a version.
pub async fn download(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, version_id, kind)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let (form, _) = form_for(&state.store, &user, &id).await?;
    let version = state.store.form_version(&version_id).await?;
    if version.form_id != form.id {
        return Err(AppError::NotFound);
    }
    let stem = format!("{}-{}", form.xml_form_id, version.version);
    match kind.as_str() {
        "xform" => Ok((
            [
                (CONTENT_TYPE, "text/xml; charset=utf-8".to_owned()),
                (CONTENT_DISPOSITION, format!("attachment; filename=\"{stem}.xml\"")),
            ],
            version.xform,
        )
            .into_response()),
        "xlsform" => {
            let bytes = state.blobs.read(&version.xlsform_key).map_err(|e| AppError::Internal(e.into()))?;
            let ext = version
                .xlsform_name
                .rsplit_once('.')
                .map(|(_, e)| e.to_ascii_lowercase())
                .unwrap_or_default();
            Ok((
                [
                    (CONTENT_TYPE, "application/octet-stream".to_owned()),
                    (CONTENT_DISPOSITION, format!("attachment; filename=\"{stem}.{ext}\"")),
                ],
                bytes,
            )
                .into_response())
        }
        _ => Err(AppError::NotFound),
    }
}

fn content_type_of(name: &str) -> &'static str {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "csv" => "text/csv",
        "xml" => "text/xml",
        "geojson" => "application/geo+json",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        "webp" => "image/webp",
        "mp3" => "audio/mpeg",
        "m4a" => "audio/mp4",
        "ogg" => "audio/ogg",
        "wav" => "audio/wav",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        _ => "application/octet-stream",
    }
}

/// `POST /forms/{id}/media`: add or replace a media file.
pub async fn upload_media(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    multipart: Multipart,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let (form, reach) = form_for(&state.store, &user, &id).await?;
    if reach != Reach::Manage {
        return Err(AppError::Forbidden);
    }
    let Some((raw_name, bytes)) =
        uploaded_file(multipart, MAX_MEDIA_BYTES).await.map_err(|_| AppError::TooLarge)?
    else {
        return Ok(Redirect::to(&format!("/forms/{}", form.id)).into_response());
    };
    let name = raw_name.rsplit(['/', '\\']).next().unwrap_or_default().trim().to_owned();
    if name.is_empty() || name.len() > 255 {
        return Ok((StatusCode::BAD_REQUEST, Redirect::to(&format!("/forms/{}", form.id))).into_response());
    }
    let blobs = state.blobs.clone();
    let md5 = md5_hex(&bytes);
    let size = bytes.len() as i64;
    let key = tokio::task::spawn_blocking(move || -> std::io::Result<_> {
        let key = blobs.put(&bytes)?;
        blobs.sync()?;
        Ok(key)
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))?
    .map_err(|e| AppError::Internal(e.into()))?;
    let media = FormMedia { content_type: content_type_of(&name).to_owned(), name, blob_key: key, md5, size };
    state.store.put_form_media(&form.id, &media).await?;
    Ok(Redirect::to(&format!("/forms/{}", form.id)).into_response())
}

/// `POST /forms/{id}/media/{name}/delete`.
pub async fn delete_media(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, name)): Path<(String, String)>,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let (form, reach) = form_for(&state.store, &user, &id).await?;
    if reach != Reach::Manage {
        return Err(AppError::Forbidden);
    }
    state.store.delete_form_media(&form.id, &name).await?;
    Ok(Redirect::to(&format!("/forms/{}", form.id)).into_response())
}
