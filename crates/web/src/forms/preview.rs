//! `POST /forms/preview`: an uploaded XLSForm converted and shown as its web form, to fill in
//! and check before publishing (nothing is stored: not the file, not a version, not an
//! answer). A form with errors gets the forms page with every problem, as publishing would.

use axum::extract::{Multipart, State};
use axum::response::Response;
use store::accounts::Organisation;
use xlsform::Diagnostic;

use super::access::publishing_organisation;
use super::list::{refused, uploaded_file};
use super::publish::{self, PublishError};
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::state::AppState;

pub async fn preview(
    State(state): State<AppState>,
    ctx: RequestContext,
    multipart: Multipart,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let organisation = publishing_organisation(&state.store, &user).await?;
    let (name, bytes) = match uploaded_file(multipart, publish::MAX_XLSFORM_BYTES).await {
        Ok(Some(file)) => file,
        Ok(None) => return refuse(&state, ctx, organisation, "forms-upload-missing", vec![]).await,
        Err(key) => return refuse(&state, ctx, organisation, key, vec![]).await,
    };
    let converted = publish::convert_off_thread(move || publish::convert(&name, &bytes, None, None)).await;
    let (key, diagnostics) = match converted {
        Ok(converted) => {
            return crate::webforms::preview(ctx.locale, &converted.survey)
                .map_err(|e| AppError::Internal(anyhow::anyhow!(e)));
        }
        Err(PublishError::Invalid(diagnostics)) => ("forms-preview-invalid", diagnostics),
        Err(PublishError::UnknownFormat) => ("forms-upload-format", vec![]),
        Err(PublishError::TooLarge) => ("upload-too-large", vec![]),
        Err(err) => return Err(AppError::Internal(err.into())),
    };
    refuse(&state, ctx, organisation, key, diagnostics).await
}

/// The forms page again, saying why the upload cannot be previewed.
async fn refuse(
    state: &AppState,
    ctx: RequestContext,
    organisation: Organisation,
    key: &str,
    diagnostics: Vec<Diagnostic>,
) -> AppResult<Response> {
    let forms = state.store.forms_of(&organisation.id).await?;
    Ok(refused(ctx, organisation, forms, key, diagnostics))
}
