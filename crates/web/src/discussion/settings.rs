//! `/settings/notifications`: each person chooses how discussion posts reach them, an email
//! at once for each, or one email a day listing what was posted the day before.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::NaiveDate;
use serde::Deserialize;
use store::engagements::discussion::{NotificationSettings, Recipient};

use super::notify;
use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::forms::FieldErrors;
use crate::kernel::i18n::Locale;
use crate::kernel::layout::long_date;
use crate::kernel::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "discussion/templates/settings.html")]
pub struct SettingsPage {
    ctx: RequestContext,
    settings: NotificationSettings,
    /// The day from which posts wait for the digest, while it has not begun.
    starts_on: Option<NaiveDate>,
    saved: bool,
    errors: FieldErrors,
}

impl SettingsPage {
    fn date(&self, day: &NaiveDate) -> String {
        long_date(self.ctx.locale, *day)
    }
}

async fn settings_page(
    state: &AppState,
    ctx: RequestContext,
    saved: bool,
    errors: FieldErrors,
) -> AppResult<SettingsPage> {
    let user = ctx.require_user()?;
    let settings = state.store.notification_settings(&user.id).await?;
    let starts_on = settings.digest_starts_on(state.config.clock.today());
    Ok(SettingsPage { ctx, settings, starts_on, saved, errors })
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct Saved {
    saved: String,
}

/// `GET /settings/notifications`.
pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(q): Query<Saved>,
) -> AppResult<SettingsPage> {
    settings_page(&state, ctx, q.saved == "1", FieldErrors::default()).await
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct SettingsForm {
    /// `now` or `daily`.
    delivery: String,
}

/// `POST /settings/notifications`.
pub async fn save(
    State(state): State<AppState>,
    ctx: RequestContext,
    Form(form): Form<SettingsForm>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let daily = match form.delivery.as_str() {
        "now" => false,
        "daily" => true,
        _ => {
            let mut errors = FieldErrors::default();
            errors.add("delivery", "discussion-settings-error");
            let page = settings_page(&state, ctx, false, errors).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let locale = user.locale.as_deref().and_then(Locale::parse).unwrap_or(ctx.locale);
    let reader = Recipient {
        id: user.id.clone(),
        email: user.email.clone(),
        name: user.name.clone(),
        locale: user.locale.clone(),
    };
    // Leaving the digest sends what was waiting for it at once.
    state
        .store
        .choose_daily_digest(&user.id, daily, state.config.clock.now(), locale.code(), |posts| {
            Some(notify::digest_email(&state, locale, &reader, posts))
        })
        .await?;
    Ok(Redirect::to("/settings/notifications?saved=1").into_response())
}
