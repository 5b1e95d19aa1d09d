//! OpenRosa answers: every message (success or error) is an `<OpenRosaResponse>` in the
//! language the device asks for, with the OpenRosa headers.

use askama::Template;
use axum::extract::Request;
use axum::http::header::{ACCEPT_LANGUAGE, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::kernel::i18n::Locale;

/// The OpenRosa message of a response, translated by [`translate`] once the language of the
/// request is known.
#[derive(Debug, Clone)]
pub struct Message {
    pub status: StatusCode,
    /// `submit_success`, `error` (what OpenRosa clients show as the reason).
    pub nature: &'static str,
    /// Fluent key (locales/*/collection.ftl).
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    pub fn error(status: StatusCode, key: &'static str) -> Self {
        Self { status, nature: "error", key, args: vec![] }
    }

    pub fn success(status: StatusCode, key: &'static str) -> Self {
        Self { status, nature: "submit_success", key, args: vec![] }
    }

    pub fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

/// An OpenRosa failure as a handler's error.
pub type RosaResult<T> = Result<T, Message>;

impl IntoResponse for Message {
    fn into_response(self) -> Response {
        let mut response = self.status.into_response();
        response.extensions_mut().insert(self);
        response
    }
}

impl From<store::Error> for Message {
    fn from(err: store::Error) -> Self {
        tracing::error!(error = %err, "store error while serving OpenRosa");
        Message::error(StatusCode::INTERNAL_SERVER_ERROR, "openrosa-server-error")
    }
}

#[derive(Template)]
#[template(path = "openrosa/templates/response.xml")]
struct ResponseXml<'a> {
    nature: &'a str,
    text: &'a str,
}

/// Renders the [`Message`] a handler returned in the language the device asked for.
pub async fn translate(req: Request, next: Next) -> Response {
    let locale = req
        .headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Locale::from_accept_language)
        .unwrap_or_default();
    let mut response = next.run(req).await;
    let Some(message) = response.extensions_mut().remove::<Message>() else { return response };
    let text = locale.t_args(message.key, &message.args);
    let body = ResponseXml { nature: message.nature, text: &text }.render().unwrap_or_default();
    let (mut parts, _) = response.into_parts();
    parts.headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/xml; charset=utf-8"));
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    if parts.status == StatusCode::UNAUTHORIZED {
        // ODK Collect asks for a username and password when challenged.
        parts.headers.insert(
            axum::http::header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Basic realm=\"DataShift\", charset=\"UTF-8\""),
        );
    }
    Response::from_parts(parts, body.into())
}
