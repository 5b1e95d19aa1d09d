//! Collectors: the phones of a CSO's enumerators. Each gets a secret server URL, shown once
//! as a QR code that ODK Collect or KoboCollect scans; revoking one refuses it at once.

mod known;
pub mod settings_qr;

pub use known::KnownCollectors;

use askama::Template;
use askama_web::WebTemplate;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum_extra::extract::Form;
use serde::Deserialize;
use store::accounts::Organisation;
use store::collection::Collector;
use store::types::Name;

use crate::forms::access::{Reach, organisation_for};
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::forms::FieldErrors;
use crate::kernel::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/collectors", get(page).post(create)).route("/collectors/{id}/revoke", post(revoke))
}

/// A collector just made: its server URL and QR code, shown this once.
pub struct Created {
    pub name: String,
    pub server_url: String,
    pub qr_svg: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "collectors/templates/collectors.html")]
pub struct CollectorsPage {
    ctx: RequestContext,
    organisation: Organisation,
    collectors: Vec<Collector>,
    created: Option<Created>,
    errors: FieldErrors,
    typed_name: String,
}

async fn managed_organisation(state: &AppState, ctx: &RequestContext) -> AppResult<Organisation> {
    let user = ctx.require_user()?.clone();
    let (organisation, reach) = organisation_for(&state.store, &user, None).await?;
    if reach != Reach::Manage {
        return Err(AppError::Forbidden);
    }
    Ok(organisation)
}

pub async fn page(State(state): State<AppState>, ctx: RequestContext) -> AppResult<CollectorsPage> {
    let organisation = managed_organisation(&state, &ctx).await?;
    let collectors = state.store.device_collectors(&organisation.id).await?;
    Ok(CollectorsPage {
        ctx,
        organisation,
        collectors,
        created: None,
        errors: FieldErrors::default(),
        typed_name: String::new(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CreateForm {
    name: String,
}

/// The server URL a device enters (or scans): the token is the credential.
pub fn server_url(state: &AppState, token: &str) -> String {
    state.config.link(&format!("/key/{token}"))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: RequestContext,
    Form(form): Form<CreateForm>,
) -> AppResult<Response> {
    let organisation = managed_organisation(&state, &ctx).await?;
    let user_id = ctx.user.as_ref().map(|u| u.id.clone());
    let Ok(name) = Name::parse(&form.name) else {
        let mut errors = FieldErrors::default();
        errors.add("name", "field-required");
        let collectors = state.store.device_collectors(&organisation.id).await?;
        let page =
            CollectorsPage { ctx, organisation, collectors, created: None, errors, typed_name: form.name };
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    };
    let (collector, token) =
        state.store.create_device_collector(&organisation.id, &name, user_id.as_deref()).await?;
    tracing::info!(collector = collector.id, "collector created");
    let server_url = server_url(&state, token.expose());
    let qr_svg = settings_qr::svg(&settings_qr::payload(&server_url, &organisation.name)).unwrap_or_default();
    let collectors = state.store.device_collectors(&organisation.id).await?;
    let created = Some(Created { name: collector.name, server_url, qr_svg });
    Ok(CollectorsPage {
        ctx,
        organisation,
        collectors,
        created,
        errors: FieldErrors::default(),
        typed_name: String::new(),
    }
    .into_response())
}

pub async fn revoke(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let organisation = managed_organisation(&state, &ctx).await?;
    state.store.revoke_collector(&organisation.id, &id).await?;
    state.collectors.forget(&id);
    tracing::info!(collector = id, "collector revoked");
    Ok(Redirect::to("/collectors").into_response())
}
