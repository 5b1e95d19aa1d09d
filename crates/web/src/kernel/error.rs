//! One error type for every handler. It never shows internals: the response carries only
//! which page to render, and the request-context middleware renders it in the user's
//! language with the request id.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

/// Which translated error page a failed request gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorPage {
    BadRequest,
    NotFound,
    Forbidden,
    Csrf,
    Conflict,
    TooLarge,
    TooManyRequests,
    Timeout,
    Internal,
}

impl ErrorPage {
    pub fn status(self) -> StatusCode {
        match self {
            ErrorPage::BadRequest => StatusCode::BAD_REQUEST,
            ErrorPage::NotFound => StatusCode::NOT_FOUND,
            ErrorPage::Forbidden | ErrorPage::Csrf => StatusCode::FORBIDDEN,
            ErrorPage::Conflict => StatusCode::CONFLICT,
            ErrorPage::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorPage::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ErrorPage::Timeout => StatusCode::REQUEST_TIMEOUT,
            ErrorPage::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The page for a bare status that some layer produced without a page of its own.
    pub fn for_status(status: StatusCode) -> ErrorPage {
        match status {
            StatusCode::BAD_REQUEST
            | StatusCode::UNPROCESSABLE_ENTITY
            | StatusCode::UNSUPPORTED_MEDIA_TYPE => ErrorPage::BadRequest,
            StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => ErrorPage::NotFound,
            StatusCode::FORBIDDEN => ErrorPage::Forbidden,
            StatusCode::CONFLICT => ErrorPage::Conflict,
            StatusCode::PAYLOAD_TOO_LARGE => ErrorPage::TooLarge,
            StatusCode::TOO_MANY_REQUESTS => ErrorPage::TooManyRequests,
            StatusCode::REQUEST_TIMEOUT => ErrorPage::Timeout,
            _ => ErrorPage::Internal,
        }
    }

    /// The Fluent key stem: `error-<stem>-title` and `error-<stem>-text`.
    pub fn key(self) -> &'static str {
        match self {
            ErrorPage::BadRequest => "bad-request",
            ErrorPage::NotFound => "not-found",
            ErrorPage::Forbidden => "forbidden",
            ErrorPage::Csrf => "csrf",
            ErrorPage::Conflict => "conflict",
            ErrorPage::TooLarge => "too-large",
            ErrorPage::TooManyRequests => "too-many",
            ErrorPage::Timeout => "timeout",
            ErrorPage::Internal => "internal",
        }
    }
}

/// Marks a response whose own body must reach the client as it is (health checks, metrics),
/// even when its status is an error.
#[derive(Debug, Clone, Copy)]
pub struct KeepBody;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    /// Not signed in: sends the browser to the login page, then back to `next`.
    #[error("login required")]
    LoginRequired { next: String },
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("too many attempts")]
    TooManyRequests,
    #[error("upload too large")]
    TooLarge,
    #[error(transparent)]
    Store(store::Error),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<store::Error> for AppError {
    fn from(err: store::Error) -> Self {
        match err {
            store::Error::NotFound => AppError::NotFound,
            store::Error::Rule(rule) => AppError::Conflict(rule),
            other => AppError::Store(other),
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let page = match &self {
            AppError::NotFound => ErrorPage::NotFound,
            AppError::Forbidden => ErrorPage::Forbidden,
            AppError::LoginRequired { next } => {
                let target = format!("/login?next={}", urlencode(next));
                return Redirect::to(&target).into_response();
            }
            AppError::Conflict(rule) => {
                tracing::info!(rule, "refused by a rule");
                ErrorPage::Conflict
            }
            AppError::TooManyRequests => ErrorPage::TooManyRequests,
            AppError::TooLarge => ErrorPage::TooLarge,
            AppError::Store(err) => {
                tracing::error!(error = %err, "store failure");
                ErrorPage::Internal
            }
            AppError::Internal(err) => {
                tracing::error!(error = ?err, "internal failure");
                ErrorPage::Internal
            }
        };
        let mut response = page.status().into_response();
        response.extensions_mut().insert(page);
        response
    }
}

pub fn urlencode(value: &str) -> String {
    serde_urlencoded::to_string([("v", value)])
        .map(|s| s.trim_start_matches("v=").to_owned())
        .unwrap_or_default()
}

/// Keeps a `next` parameter to a path on this site, so a link cannot send people elsewhere.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_owned(),
        _ => "/".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_links_stay_on_the_site() {
        assert_eq!(safe_next(Some("/applications/1")), "/applications/1");
        assert_eq!(safe_next(Some("//evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example")), "/");
        assert_eq!(safe_next(None), "/");
        assert_eq!(urlencode("/a b?c=d"), "%2Fa+b%3Fc%3Dd");
    }
}
