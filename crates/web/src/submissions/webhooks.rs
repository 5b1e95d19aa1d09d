//! `/forms/{id}/webhooks`: the URLs a form's submissions are sent to, how their deliveries
//! are going, and adding (the signing secret is shown once), removing and retrying them.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form as FormBody;
use serde::Deserialize;
use store::collection::webhooks::MAX_DELIVERY_ATTEMPTS;
use store::collection::{Form, Webhook, WebhookDelivery, WebhookUrl};

use super::destinations;
use crate::forms::access::{Reach, form_for};
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::forms::FieldErrors;
use crate::kernel::layout::short_time;
use crate::kernel::state::AppState;

/// Deliveries listed on the page.
const RECENT_DELIVERIES: i64 = 20;

/// A webhook just added, with its secret, shown this once.
pub struct Added {
    url: String,
    secret: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "submissions/templates/webhooks.html")]
pub struct WebhooksPage {
    ctx: RequestContext,
    form: Form,
    webhooks: Vec<Webhook>,
    deliveries: Vec<WebhookDelivery>,
    added: Option<Added>,
    can_manage: bool,
    errors: FieldErrors,
    typed_url: String,
}

impl WebhooksPage {
    fn time(&self, at: &store::Timestamp) -> String {
        short_time(at)
    }

    fn url_of(&self, delivery: &WebhookDelivery) -> String {
        self.webhooks.iter().find(|w| w.id == delivery.webhook_id).map(|w| w.url.clone()).unwrap_or_default()
    }

    fn delivery_state(&self, delivery: &WebhookDelivery) -> String {
        if delivery.delivered_at.is_some() {
            self.ctx.t("webhooks-delivered")
        } else if delivery.gave_up() {
            self.ctx.t("webhooks-gave-up")
        } else if delivery.last_error.is_some() {
            self.ctx.t1("webhooks-retrying", "time", short_time(&delivery.next_attempt))
        } else {
            self.ctx.t("webhooks-waiting")
        }
    }

    fn max_attempts(&self) -> i64 {
        MAX_DELIVERY_ATTEMPTS
    }
}

async fn render(
    state: &AppState,
    ctx: RequestContext,
    form: Form,
    reach: Reach,
    added: Option<Added>,
    errors: FieldErrors,
    typed_url: String,
) -> AppResult<WebhooksPage> {
    let webhooks = state.store.webhooks(&form.id).await?;
    let deliveries = state.store.webhook_deliveries(&form.id, RECENT_DELIVERIES).await?;
    Ok(WebhooksPage {
        ctx,
        form,
        webhooks,
        deliveries,
        added,
        can_manage: reach == Reach::Manage,
        errors,
        typed_url,
    })
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<WebhooksPage> {
    let user = ctx.require_user()?.clone();
    let (form, reach) = form_for(&state.store, &user, &id).await?;
    render(&state, ctx, form, reach, None, FieldErrors::default(), String::new()).await
}

async fn managed_form(state: &AppState, ctx: &RequestContext, id: &str) -> AppResult<Form> {
    let user = ctx.require_user()?.clone();
    let (form, reach) = form_for(&state.store, &user, id).await?;
    if reach != Reach::Manage {
        return Err(AppError::Forbidden);
    }
    Ok(form)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AddForm {
    url: String,
}

/// `POST /forms/{id}/webhooks`: adds a webhook and shows its secret once.
pub async fn add(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    FormBody(body): FormBody<AddForm>,
) -> AppResult<Response> {
    let form = managed_form(&state, &ctx, &id).await?;
    let checked = match WebhookUrl::parse(&body.url) {
        None => Err("webhooks-url-invalid"),
        Some(url) if !destinations::allowed(url.as_str(), state.config.webhooks_to_private_addresses) => {
            Err("webhooks-url-private")
        }
        Some(url) => Ok(url),
    };
    let url = match checked {
        Ok(url) => url,
        Err(key) => {
            let mut errors = FieldErrors::default();
            errors.add("url", key);
            let page = render(&state, ctx, form, Reach::Manage, None, errors, body.url).await?;
            return Ok((StatusCode::BAD_REQUEST, page).into_response());
        }
    };
    let (webhook, secret) = state.store.add_webhook(&form.id, &url, ctx.user.as_ref()).await?;
    tracing::info!(form = form.id, webhook = webhook.id, "webhook added");
    let added = Some(Added { url: webhook.url, secret: secret.expose().to_owned() });
    let page = render(&state, ctx, form, Reach::Manage, added, FieldErrors::default(), String::new()).await?;
    Ok(page.into_response())
}

/// `POST /forms/{id}/webhooks/{wid}/remove`.
pub async fn remove(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, webhook_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let form = managed_form(&state, &ctx, &id).await?;
    state.store.remove_webhook(&form.id, &webhook_id, ctx.user.as_ref()).await?;
    tracing::info!(form = form.id, webhook = webhook_id, "webhook removed");
    Ok(Redirect::to(&format!("/forms/{}/webhooks", form.id)).into_response())
}

/// `POST /forms/{id}/webhooks/{wid}/retry`: failed deliveries are tried again now.
pub async fn retry(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, webhook_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let form = managed_form(&state, &ctx, &id).await?;
    let rescheduled = state.store.retry_webhook_now(&form.id, &webhook_id).await?;
    tracing::info!(form = form.id, webhook = webhook_id, rescheduled, "webhook deliveries retried");
    Ok(Redirect::to(&format!("/forms/{}/webhooks", form.id)).into_response())
}
