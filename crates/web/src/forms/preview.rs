//! `POST /forms/preview`: an uploaded XLSForm converted and shown as its web form, to fill in
//! and check before publishing (nothing is stored: not the file, not a version, not an
//! answer). A form with errors gets the forms page with every problem, as publishing would.

use axum::extract::{Multipart, State};
use axum::response::Response;

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
        Ok(None) | Err(_) => {
            let forms = state.store.forms_of(&organisation.id).await?;
            return Ok(refused(ctx, organisation, forms, "forms-upload-missing", vec![]));
        }
    };
    let converted = publish::convert_off_thread(move || publish::convert(&name, &bytes, None, None)).await;
    let key = match converted {
        Ok(converted) => {
            return crate::webforms::preview(ctx.locale, &converted.survey)
                .map_err(|e| AppError::Internal(anyhow::anyhow!(e)));
        }
        Err(PublishError::Invalid(diagnostics)) => {
            let forms = state.store.forms_of(&organisation.id).await?;
            return Ok(refused(ctx, organisation, forms, "forms-preview-invalid", diagnostics));
        }
        Err(PublishError::UnknownFormat) => "forms-upload-format",
        Err(PublishError::TooLarge) => "upload-too-large",
        Err(err) => return Err(AppError::Internal(err.into())),
    };
    let forms = state.store.forms_of(&organisation.id).await?;
    Ok(refused(ctx, organisation, forms, key, vec![]))
}
