use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use store::types::{Email, Secret};

use super::signup::check_password;
use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::forms::FieldErrors;
use crate::kernel::i18n::Locale;
use crate::kernel::mail;
use crate::kernel::password::hash_password;
use crate::kernel::state::AppState;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RequestForm {
    email: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "accounts/templates/password_forgot.html")]
pub struct RequestPage {
    ctx: RequestContext,
    form: RequestForm,
    errors: FieldErrors,
    sent: bool,
}

pub async fn request_form(ctx: RequestContext) -> RequestPage {
    RequestPage { ctx, form: RequestForm::default(), errors: FieldErrors::default(), sent: false }
}

/// Emails a reset link if the account exists, and says the same either way, so the page
/// does not tell strangers who has an account.
pub async fn request(
    State(state): State<AppState>,
    ctx: RequestContext,
    Form(form): Form<RequestForm>,
) -> AppResult<Response> {
    let Ok(email) = Email::parse(&form.email) else {
        let mut errors = FieldErrors::default();
        errors.add("email", "field-email");
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, RequestPage { ctx, form, errors, sent: false })
            .into_response());
    };
    match state.store.user_by_email(&email).await {
        Ok(user) => {
            let locale = user.locale.as_deref().and_then(Locale::parse).unwrap_or(ctx.locale);
            let config = state.config.clone();
            state
                .store
                .create_password_reset(&user.id, chrono::Duration::hours(2), |secret| {
                    mail::compose(
                        locale,
                        &user.email,
                        "password-reset",
                        &[
                            ("name", user.name.clone()),
                            ("link", config.link(&format!("/password/reset/{}", secret.expose()))),
                        ],
                    )
                })
                .await?;
        }
        Err(store::Error::NotFound) => {
            tracing::info!("password reset asked for an unknown address")
        }
        Err(err) => return Err(err.into()),
    }
    Ok(RequestPage { ctx, form, errors: FieldErrors::default(), sent: true }.into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResetForm {
    password: String,
    password_again: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "accounts/templates/password_reset.html")]
pub struct ResetPage {
    ctx: RequestContext,
    token: String,
    errors: FieldErrors,
    /// False when the link is unknown, used or expired.
    usable: bool,
    done: bool,
}

pub async fn reset_form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let usable = match state.store.password_reset_user(&Secret::from_user(&token)).await {
        Ok(_) => true,
        Err(store::Error::NotFound) => false,
        Err(err) => return Err(err.into()),
    };
    let status = if usable { StatusCode::OK } else { StatusCode::NOT_FOUND };
    Ok((status, ResetPage { ctx, token, errors: FieldErrors::default(), usable, done: false })
        .into_response())
}

pub async fn reset(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(token): Path<String>,
    Form(form): Form<ResetForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::default();
    let Some(password) = check_password(&mut errors, "password", &form.password, &form.password_again) else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            ResetPage { ctx, token, errors, usable: true, done: false },
        )
            .into_response());
    };
    let hash = hash_password(&password).await?;
    match state.store.reset_password(&Secret::from_user(&token), &hash).await {
        Ok(_) => {
            Ok(ResetPage { ctx, token: String::new(), errors, usable: true, done: true }.into_response())
        }
        Err(store::Error::NotFound) => {
            Ok((StatusCode::NOT_FOUND, ResetPage { ctx, token, errors, usable: false, done: false })
                .into_response())
        }
        Err(err) => Err(err.into()),
    }
}
