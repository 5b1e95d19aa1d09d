use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::Deserialize;

use crate::kernel::context::{LANGUAGE_COOKIE, RequestContext};
use crate::kernel::error::{AppResult, safe_next};
use crate::kernel::i18n::Locale;
use crate::kernel::state::AppState;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LanguageForm {
    lang: String,
    next: String,
}

/// The language switcher: remembered in a cookie, and in the account when signed in.
pub async fn switch(
    State(state): State<AppState>,
    ctx: RequestContext,
    jar: CookieJar,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    let locale = Locale::parse(&form.lang).unwrap_or(ctx.locale);
    if let Some(user) = &ctx.user {
        state.store.set_locale(&user.id, locale.code()).await?;
    }
    let cookie = Cookie::build((LANGUAGE_COOKIE, locale.code()))
        .path("/")
        .same_site(SameSite::Lax)
        .secure(state.config.secure_cookies())
        .max_age(time::Duration::days(365))
        .build();
    Ok((jar.add(cookie), Redirect::to(&safe_next(Some(&form.next)))).into_response())
}
