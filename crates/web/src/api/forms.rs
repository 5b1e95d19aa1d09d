//! `GET /api/v1/forms`: the forms the caller can read, with their submission counts and the
//! addresses of their data, so a tool can find a form without copying ids from pages.

use std::collections::BTreeSet;

use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use store::types::Role;

use super::caller::{ApiCaller, ApiError};
use crate::kernel::state::AppState;

#[derive(Serialize)]
struct FormEntry {
    id: String,
    title: String,
    form_id: String,
    organisation_id: String,
    mode: &'static str,
    latest_version: String,
    submissions: i64,
    pilot_submissions: i64,
    submissions_url: String,
}

/// The organisations whose forms the caller reads: their own, or those they guide. A
/// programme manager reads a form by its id (as on its pages); the list is the organisations'.
async fn organisations(state: &AppState, caller: &ApiCaller) -> store::Result<BTreeSet<String>> {
    let user = &caller.user;
    Ok(match user.role {
        Role::CsoLead | Role::CsoStaff => user.organisation_id.iter().cloned().collect(),
        Role::Builder => state
            .store
            .applications_of_builder(&user.id)
            .await?
            .into_iter()
            .map(|a| a.organisation_id)
            .collect(),
        Role::Admin => BTreeSet::new(),
    })
}

pub async fn list(State(state): State<AppState>, caller: ApiCaller) -> Result<Response, ApiError> {
    let server_error = |err: store::Error| {
        tracing::error!(error = %err, "listing forms for the API");
        ApiError::new(&caller.ctx, axum::http::StatusCode::INTERNAL_SERVER_ERROR, "api-server-error")
    };
    let mut forms = vec![];
    for organisation_id in organisations(&state, &caller).await.map_err(server_error)? {
        for summary in state.store.forms_of(&organisation_id).await.map_err(server_error)? {
            forms.push(FormEntry {
                submissions_url: format!(
                    "{}/api/v1/forms/{}/submissions",
                    state.config.base_url, summary.form.id
                ),
                id: summary.form.id,
                title: summary.form.title,
                form_id: summary.form.xml_form_id,
                organisation_id: summary.form.organisation_id,
                mode: summary.form.mode.as_str(),
                latest_version: summary.latest_version,
                submissions: summary.submissions,
                pilot_submissions: summary.pilot_submissions,
            });
        }
    }
    Ok(Json(serde_json::json!({ "forms": forms })).into_response())
}
