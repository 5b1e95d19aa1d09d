//! Who calls the JSON API: a personal API token (`Authorization: Bearer TOKEN`, or HTTP Basic
//! with the owner's email and the token as password, which Excel and Power BI ask for), or a
//! signed-in browser's session. Refusals are JSON in the caller's language.

use axum::Json;
use axum::extract::FromRequestParts;
use axum::http::header::{AUTHORIZATION, WWW_AUTHENTICATE};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use store::accounts::User;
use store::types::Secret;

use crate::kernel::context::RequestContext;
use crate::kernel::state::AppState;

/// The person an API request acts as.
pub struct ApiCaller {
    pub user: User,
    pub ctx: RequestContext,
}

/// A refused API request: status and a translated message, as JSON.
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    pub fn new(ctx: &RequestContext, status: StatusCode, key: &str) -> Self {
        Self { status, message: ctx.t(key) }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status, Json(serde_json::json!({ "error": self.message }))).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                WWW_AUTHENTICATE,
                HeaderValue::from_static("Basic realm=\"DataShift API\", charset=\"UTF-8\""),
            );
        }
        response
    }
}

/// The token and, for HTTP Basic, the user name given with it.
fn credentials(header: &str) -> Option<(Option<String>, Secret)> {
    let (scheme, rest) = header.trim().split_once(' ')?;
    match scheme.to_ascii_lowercase().as_str() {
        "bearer" | "token" => Some((None, Secret::from_user(rest))),
        "basic" => {
            let decoded = base64::engine::general_purpose::STANDARD.decode(rest.trim()).ok()?;
            let text = String::from_utf8(decoded).ok()?;
            let (user, password) = text.split_once(':')?;
            Some((Some(user.trim().to_owned()).filter(|u| !u.is_empty()), Secret::from_user(password)))
        }
        _ => None,
    }
}

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let ctx =
            parts.extensions.get::<RequestContext>().cloned().expect("the request-context middleware runs");
        let unauthorised =
            |ctx: &RequestContext| ApiError::new(ctx, StatusCode::UNAUTHORIZED, "api-unauthorised");
        let Some(header) = parts.headers.get(AUTHORIZATION) else {
            return match ctx.user.clone() {
                Some(user) => Ok(ApiCaller { user, ctx }),
                None => Err(unauthorised(&ctx)),
            };
        };
        let (name, secret) = header.to_str().ok().and_then(credentials).ok_or_else(|| unauthorised(&ctx))?;
        let user = match state.store.user_by_api_token(&secret).await {
            Ok(user) => user,
            Err(store::Error::NotFound) => return Err(unauthorised(&ctx)),
            Err(err) => {
                tracing::error!(error = %err, "looking up an API token");
                return Err(ApiError::new(&ctx, StatusCode::INTERNAL_SERVER_ERROR, "api-server-error"));
            }
        };
        // With HTTP Basic the user name must be the token owner's email, if given.
        if name.is_some_and(|name| !name.eq_ignore_ascii_case(&user.email)) {
            return Err(unauthorised(&ctx));
        }
        Ok(ApiCaller { user, ctx })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_and_basic_credentials_are_read() {
        let (name, secret) = credentials("Bearer abc123").unwrap();
        assert_eq!((name, secret.expose()), (None, "abc123"));
        let basic = base64::engine::general_purpose::STANDARD.encode("ana@haki.example:abc123");
        let (name, secret) = credentials(&format!("Basic {basic}")).unwrap();
        assert_eq!((name.as_deref(), secret.expose()), (Some("ana@haki.example"), "abc123"));
        assert!(credentials("Digest x").is_none());
        assert!(credentials("Basic !!!").is_none());
    }
}
