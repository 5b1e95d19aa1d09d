//! Who is speaking OpenRosa: a collector by the secret token in its server URL
//! (`/key/{token}/…`), or a named person of the organisation by HTTP Basic
//! (`/o/{slug}/…`, only over HTTPS or from this machine).

use std::collections::HashMap;
use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts, Path};
use axum::http::StatusCode;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use base64::Engine;
use store::collection::Collector;
use store::types::{Email, Role, Secret};

use super::reply::Message;
use crate::kernel::password::verify_password;
use crate::kernel::state::AppState;

/// Failed Basic logins per address (shared with the login page's throttle window).
const MAX_BASIC_FAILURES: i64 = 5;
const WINDOW_SECS: i64 = 15 * 60;

/// The organisation a request acts for, and who acts.
#[derive(Debug, Clone)]
pub struct Access {
    pub organisation_id: String,
    pub collector: Option<Collector>,
    pub user_id: Option<String>,
    /// Absolute URL prefix of this access (`…/key/{token}` or `…/o/{slug}`), for links.
    pub base: String,
}

impl Access {
    /// Whether this access may see `form_id` (a web link sees only its own form).
    pub fn serves(&self, form_id: &str) -> bool {
        self.collector.as_ref().is_none_or(|c| c.serves(form_id))
    }
}

fn unauthorised() -> Message {
    Message::error(StatusCode::UNAUTHORIZED, "openrosa-unauthorised")
}

impl FromRequestParts<AppState> for Access {
    type Rejection = axum::response::Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(|_| unauthorised().into_response())?;
        if let Some(token) = params.get("token") {
            let collector = match state.collectors.by_token(&state.store, &Secret::from_user(token)).await {
                Ok(c) => c,
                Err(store::Error::NotFound) => {
                    return Err(
                        Message::error(StatusCode::FORBIDDEN, "openrosa-token-refused").into_response()
                    );
                }
                Err(err) => return Err(Message::from(err).into_response()),
            };
            return Ok(Access {
                organisation_id: collector.organisation_id.clone(),
                user_id: None,
                base: state.config.link(&format!("/key/{token}")),
                collector: Some(collector),
            });
        }
        let slug = params.get("slug").ok_or_else(|| unauthorised().into_response())?;
        basic(parts, state, slug).await.map_err(IntoResponse::into_response)
    }
}

/// Basic credentials of a CSO member of the organisation `slug`.
async fn basic(parts: &Parts, state: &AppState, slug: &str) -> Result<Access, Message> {
    let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0);
    let local = peer.is_some_and(|p| p.ip().is_loopback());
    if !state.config.secure_cookies() && !local {
        return Err(Message::error(StatusCode::FORBIDDEN, "openrosa-basic-needs-https"));
    }
    let challenge = unauthorised;
    let header = parts.headers.get(AUTHORIZATION).and_then(|v| v.to_str().ok()).ok_or_else(challenge)?;
    let encoded = header.strip_prefix("Basic ").ok_or_else(challenge)?;
    let decoded =
        base64::engine::general_purpose::STANDARD.decode(encoded.trim()).map_err(|_| challenge())?;
    let decoded = String::from_utf8(decoded).map_err(|_| challenge())?;
    let (email_text, password) = decoded.split_once(':').ok_or_else(challenge)?;
    let key = format!("email:{}", email_text.trim().to_lowercase());
    let store = &state.store;
    if store.login_failures(&key, WINDOW_SECS).await? >= MAX_BASIC_FAILURES {
        return Err(Message::error(StatusCode::TOO_MANY_REQUESTS, "openrosa-too-many-attempts"));
    }
    let organisation = match store.organisation_by_slug(slug).await {
        Ok(o) => Some(o),
        Err(store::Error::NotFound) => None,
        Err(err) => return Err(err.into()),
    };
    let user = match Email::parse(email_text) {
        Ok(email) => match store.user_by_email(&email).await {
            Ok(user) => Some(user),
            Err(store::Error::NotFound) => None,
            Err(err) => return Err(err.into()),
        },
        Err(_) => None,
    };
    let verified = verify_password(password, user.as_ref().map(|u| u.password_hash.as_str())).await;
    match (user, organisation) {
        (Some(user), Some(org))
            if verified
                && matches!(user.role, Role::CsoLead | Role::CsoStaff)
                && user.organisation_id.as_deref() == Some(org.id.as_str()) =>
        {
            store.clear_login_failures(&key).await?;
            Ok(Access {
                organisation_id: org.id,
                collector: None,
                user_id: Some(user.id),
                base: state.config.link(&format!("/o/{slug}")),
            })
        }
        _ => {
            store.record_login_failure(&key, WINDOW_SECS).await?;
            Err(challenge())
        }
    }
}
