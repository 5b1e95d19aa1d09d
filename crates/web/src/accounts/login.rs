use std::net::SocketAddr;

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;
use store::types::{Email, Secret};

use crate::kernel::auth::{SESSION_COOKIE, expired_session_cookie, session_cookie, session_lifetime};
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppResult, safe_next};
use crate::kernel::forms::FieldErrors;
use crate::kernel::password::verify_password;
use crate::kernel::state::AppState;

/// Failed logins allowed per address in a window, and per network address.
const MAX_FAILURES_PER_EMAIL: i64 = 5;
const MAX_FAILURES_PER_IP: i64 = 30;
const WINDOW_SECS: i64 = 15 * 60;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LoginForm {
    email: String,
    password: String,
    next: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "accounts/templates/login.html")]
pub struct LoginPage {
    ctx: RequestContext,
    form: LoginForm,
    errors: FieldErrors,
    notice: Option<&'static str>,
}

pub async fn form(ctx: RequestContext, Query(query): Query<NextQuery>) -> AppResult<Response> {
    if ctx.user.is_some() {
        return Ok(Redirect::to("/").into_response());
    }
    let form = LoginForm { next: safe_next(query.next.as_deref()), ..LoginForm::default() };
    let notice = query.next.is_some().then_some("login-needed");
    Ok(LoginPage { ctx, form, errors: FieldErrors::default(), notice }.into_response())
}

pub async fn submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: RequestContext,
    jar: CookieJar,
    Form(mut form): Form<LoginForm>,
) -> AppResult<Response> {
    let email_key = format!("email:{}", form.email.trim().to_lowercase());
    let ip_key = format!("ip:{}", peer.ip());
    let store = &state.store;
    if store.login_failures(&email_key, WINDOW_SECS).await? >= MAX_FAILURES_PER_EMAIL
        || store.login_failures(&ip_key, WINDOW_SECS).await? >= MAX_FAILURES_PER_IP
    {
        let mut errors = FieldErrors::default();
        errors.add("email", "login-too-many");
        form.password.clear();
        return Ok(
            (StatusCode::TOO_MANY_REQUESTS, LoginPage { ctx, form, errors, notice: None }).into_response()
        );
    }

    let user = match Email::parse(&form.email) {
        Ok(email) => match store.user_by_email(&email).await {
            Ok(user) => Some(user),
            Err(store::Error::NotFound) => None,
            Err(err) => return Err(err.into()),
        },
        Err(_) => None,
    };
    let verified = verify_password(&form.password, user.as_ref().map(|u| u.password_hash.as_str())).await;
    match user {
        Some(user) if verified => {
            store.clear_login_failures(&email_key).await?;
            let secret = store.create_session(&user.id, session_lifetime()).await?;
            let jar = jar.add(session_cookie(&secret, state.config.secure_cookies()));
            tracing::info!(user = user.id, "logged in");
            Ok((jar, Redirect::to(&safe_next(Some(&form.next)))).into_response())
        }
        _ => {
            store.record_login_failure(&email_key, WINDOW_SECS).await?;
            store.record_login_failure(&ip_key, WINDOW_SECS).await?;
            let mut errors = FieldErrors::default();
            errors.add("email", "login-failed");
            form.password.clear();
            Ok((StatusCode::UNAUTHORIZED, LoginPage { ctx, form, errors, notice: None }).into_response())
        }
    }
}

pub async fn logout(State(state): State<AppState>, jar: CookieJar) -> AppResult<Response> {
    if let Some(cookie) = jar.get(SESSION_COOKIE) {
        state.store.delete_session(&Secret::from_user(cookie.value())).await?;
    }
    Ok((jar.add(expired_session_cookie()), Redirect::to("/")).into_response())
}
