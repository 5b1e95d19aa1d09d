//! The organisation's forms, and publishing an uploaded XLSForm (a new form or a new
//! version of one).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Multipart, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use store::accounts::Organisation;
use store::collection::FormSummary;
use xlsform::Diagnostic;

use super::access::{Reach, organisation_for, publishing_organisation};
use super::diagnostics::Shown;
use super::publish::{self, PublishError};
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "forms/templates/list.html")]
pub struct FormsPage {
    ctx: RequestContext,
    organisation: Organisation,
    forms: Vec<FormSummary>,
    can_manage: bool,
    /// Why the last upload was refused (a translation key), if it was.
    refusal: Option<String>,
    diagnostics: Vec<Shown>,
}

#[derive(Deserialize)]
pub struct OrgQuery {
    org: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(q): Query<OrgQuery>,
) -> AppResult<FormsPage> {
    let user = ctx.require_user()?.clone();
    let (organisation, reach) = organisation_for(&state.store, &user, q.org.as_deref()).await?;
    let forms = state.store.forms_of(&organisation.id).await?;
    Ok(FormsPage {
        ctx,
        organisation,
        forms,
        can_manage: reach == Reach::Manage,
        refusal: None,
        diagnostics: vec![],
    })
}

/// Reads the `file` part of an upload: its name and bytes.
pub async fn uploaded_file(
    mut multipart: Multipart,
    limit: usize,
) -> Result<Option<(String, Vec<u8>)>, &'static str> {
    while let Some(field) = multipart.next_field().await.map_err(|_| "upload-unreadable")? {
        if field.name() != Some("file") {
            continue;
        }
        let name = field.file_name().unwrap_or_default().to_owned();
        let bytes = field.bytes().await.map_err(|_| "upload-unreadable")?;
        if name.trim().is_empty() || bytes.is_empty() {
            return Ok(None);
        }
        if bytes.len() > limit {
            return Err("upload-too-large");
        }
        return Ok(Some((name, bytes.to_vec())));
    }
    Ok(None)
}

/// The forms page again, for someone who may publish, saying why an upload was refused and
/// listing the form's problems (400).
pub(super) fn refused(
    ctx: RequestContext,
    organisation: Organisation,
    forms: Vec<FormSummary>,
    key: &str,
    diagnostics: Vec<Diagnostic>,
) -> Response {
    let diagnostics = publish::sorted(diagnostics).iter().map(|d| Shown::new(&ctx, d)).collect();
    let page =
        FormsPage { ctx, organisation, forms, can_manage: true, refusal: Some(key.to_owned()), diagnostics };
    (StatusCode::BAD_REQUEST, page).into_response()
}

/// `POST /forms`: publish an uploaded XLSForm; on errors, the list again with every problem.
pub async fn upload(
    State(state): State<AppState>,
    ctx: RequestContext,
    multipart: Multipart,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let organisation = publishing_organisation(&state.store, &user).await?;
    let forms = state.store.forms_of(&organisation.id).await?;
    let (name, bytes) = match uploaded_file(multipart, publish::MAX_XLSFORM_BYTES).await {
        Ok(Some(file)) => file,
        Ok(None) => return Ok(refused(ctx, organisation, forms, "forms-upload-missing", vec![])),
        Err(key) => return Ok(refused(ctx, organisation, forms, key, vec![])),
    };
    match publish::publish_xlsform(&state.store, &state.blobs, &organisation.id, Some(&user.id), &name, bytes)
        .await
    {
        Ok(published) => {
            tracing::info!(form = published.form.id, version = published.version.version, "form published");
            let warnings = if published.warnings.is_empty() { "" } else { "?warnings=1" };
            Ok(Redirect::to(&format!("/forms/{}{warnings}", published.form.id)).into_response())
        }
        Err(PublishError::Invalid(diagnostics)) => {
            Ok(refused(ctx, organisation, forms, "forms-upload-invalid", diagnostics))
        }
        Err(PublishError::UnknownFormat) => {
            Ok(refused(ctx, organisation, forms, "forms-upload-format", vec![]))
        }
        Err(PublishError::TooLarge) => Ok(refused(ctx, organisation, forms, "upload-too-large", vec![])),
        Err(PublishError::VersionExists(_)) => {
            Ok(refused(ctx, organisation, forms, "forms-upload-version-exists", vec![]))
        }
        Err(PublishError::Store(err)) => Err(err.into()),
        Err(PublishError::Blob(err)) => Err(AppError::Internal(err.into())),
    }
}
