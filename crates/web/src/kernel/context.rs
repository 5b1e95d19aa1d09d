//! The request-context middleware: who is asking (session), in which language, with which
//! CSRF token; it refuses forged state-changing requests and renders every error page.

use std::convert::Infallible;

use askama::Template;
use axum::body::{Body, to_bytes};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, CONTENT_LENGTH, CONTENT_TYPE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use store::accounts::User;
use store::types::{Role, Secret};

use super::auth::SESSION_COOKIE;
use super::csrf;
use super::error::{ErrorPage, KeepBody};
use super::i18n::Locale;
use super::state::AppState;

pub const LANGUAGE_COOKIE: &str = "ds_lang";

/// What every handler and template knows about the request.
#[derive(Clone, Debug)]
pub struct RequestContext {
    pub locale: Locale,
    pub user: Option<User>,
    pub csrf_token: String,
    pub request_id: String,
    /// Path and query of this request, to come back to after logging in or switching language.
    pub path: String,
}

impl RequestContext {
    pub fn t(&self, key: impl AsRef<str>) -> String {
        self.locale.t(key.as_ref())
    }

    pub fn t1(&self, key: &str, name: &'static str, value: impl ToString) -> String {
        self.locale.t_args(key, &[(name, value.to_string())])
    }

    pub fn t2(
        &self,
        key: &str,
        n1: &'static str,
        v1: impl ToString,
        n2: &'static str,
        v2: impl ToString,
    ) -> String {
        self.locale.t_args(key, &[(n1, v1.to_string()), (n2, v2.to_string())])
    }

    /// A message with a `count`, so that plural forms are chosen right.
    pub fn tc(&self, key: &str, count: impl ToString) -> String {
        self.locale.t_count(key, count.to_string().parse().unwrap_or(0))
    }

    /// A country's name in the user's language.
    pub fn country(&self, code: &str) -> String {
        self.t(format!("country-{code}"))
    }

    pub fn role(&self) -> Option<Role> {
        self.user.as_ref().map(|u| u.role)
    }

    pub fn is(&self, role: Role) -> bool {
        self.role() == Some(role)
    }

    pub fn locales(&self) -> [Locale; 4] {
        Locale::ALL
    }
}

impl<S: Send + Sync> FromRequestParts<S> for RequestContext {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<RequestContext>()
            .cloned()
            .expect("the request-context middleware runs on every route"))
    }
}

#[derive(Template)]
#[template(path = "kernel/templates/error.html")]
struct ErrorTemplate<'a> {
    ctx: &'a RequestContext,
    page: ErrorPage,
}

impl ErrorTemplate<'_> {
    fn title(&self) -> String {
        self.ctx.t(format!("error-{}-title", self.page.key()))
    }
    fn text(&self) -> String {
        self.ctx.t(format!("error-{}-text", self.page.key()))
    }
}

fn render_error(ctx: &RequestContext, page: ErrorPage) -> Response {
    render_error_with_status(ctx, page, page.status())
}

fn render_error_with_status(ctx: &RequestContext, page: ErrorPage, status: StatusCode) -> Response {
    let body = ErrorTemplate { ctx, page }.render().unwrap_or_else(|err| {
        tracing::error!(error = %err, "rendering an error page");
        ctx.t("error-internal-title")
    });
    let mut response = (status, Html(body)).into_response();
    response.extensions_mut().insert(page);
    response
}

fn choose_locale(user: Option<&User>, jar: &CookieJar, accept: Option<&str>) -> Locale {
    user.and_then(|u| u.locale.as_deref())
        .and_then(Locale::parse)
        .or_else(|| jar.get(LANGUAGE_COOKIE).and_then(|c| Locale::parse(c.value())))
        .or_else(|| accept.and_then(Locale::from_accept_language))
        .unwrap_or_default()
}

pub async fn request_context(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (mut parts, body) = req.into_parts();
    let jar = CookieJar::from_headers(&parts.headers);
    let user = match jar.get(SESSION_COOKIE) {
        Some(cookie) => match state.store.session_user(&Secret::from_user(cookie.value())).await {
            Ok(user) => user,
            Err(err) => {
                tracing::error!(error = %err, "loading the session");
                None
            }
        },
        None => None,
    };
    let accept = parts.headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let locale = choose_locale(user.as_ref(), &jar, accept);
    let (csrf_token, new_csrf) = match jar.get(csrf::COOKIE) {
        Some(c) if c.value().len() == 64 => (c.value().to_owned(), false),
        _ => (csrf::new_token(), true),
    };
    let request_id =
        parts.headers.get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-").to_owned();
    let ctx = RequestContext {
        locale,
        user,
        csrf_token: csrf_token.clone(),
        request_id,
        path: parts.uri.path_and_query().map(|p| p.as_str().to_owned()).unwrap_or_else(|| "/".into()),
    };

    let limit = state.config.body_limit;
    let declared =
        parts.headers.get(CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return with_csrf_cookie(render_error(&ctx, ErrorPage::TooLarge), new_csrf, &csrf_token, &state);
    }

    let mut body = body;
    if csrf::needs_check(&parts.method, parts.uri.path()) {
        let mut presented = csrf::presented_outside_body(&parts.headers, parts.uri.query());
        let is_form = parts
            .headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
        if presented.is_none() && is_form {
            let bytes = match to_bytes(body, limit).await {
                Ok(bytes) => bytes,
                Err(_) => {
                    return with_csrf_cookie(
                        render_error(&ctx, ErrorPage::TooLarge),
                        new_csrf,
                        &csrf_token,
                        &state,
                    );
                }
            };
            presented = csrf::field_in_form(&bytes);
            body = Body::from(bytes);
        }
        let valid = !new_csrf && presented.is_some_and(|p| csrf::tokens_match(&csrf_token, &p));
        if !valid {
            tracing::warn!(path = parts.uri.path(), "refused a request without a valid CSRF token");
            return with_csrf_cookie(render_error(&ctx, ErrorPage::Csrf), new_csrf, &csrf_token, &state);
        }
    }

    parts.extensions.insert(ctx.clone());
    let response = next.run(Request::from_parts(parts, body)).await;
    let response = render_error_if_bare(&ctx, response);
    with_csrf_cookie(response, new_csrf, &csrf_token, &state)
}

/// Gives a translated page to any error response that does not already carry a body of its
/// own (a handler's `AppError`, a 404 from the router, a 413 from a body limit, a panic).
fn render_error_if_bare(ctx: &RequestContext, response: Response) -> Response {
    let status = response.status();
    if status.is_success() || status.is_redirection() || status == StatusCode::NOT_MODIFIED {
        return response;
    }
    if response.extensions().get::<KeepBody>().is_some() {
        return response;
    }
    if let Some(page) = response.extensions().get::<ErrorPage>().copied() {
        return render_error(ctx, page);
    }
    let has_own_body = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html") || ct.starts_with("application/json"));
    if has_own_body {
        return response;
    }
    render_error_with_status(ctx, ErrorPage::for_status(status), status)
}

fn with_csrf_cookie(mut response: Response, new: bool, token: &str, state: &AppState) -> Response {
    if new {
        let cookie = csrf::cookie(token.to_owned(), state.config.secure_cookies());
        if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
            response.headers_mut().append(SET_COOKIE, value);
        }
    }
    response
}
