//! Static assets compiled into the binary and served with long-lived cache headers; their
//! URLs carry a content hash so a new release is fetched at once. No CDN is ever used.

use std::sync::LazyLock;

use axum::Router;
use axum::extract::Path;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, ETAG};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sha2::{Digest, Sha256};

use super::error::AppError;
use super::state::AppState;

struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static str,
    hash: String,
}

fn asset(name: &'static str, content_type: &'static str, body: &'static str) -> Asset {
    let hash = hex::encode(&Sha256::digest(body.as_bytes())[..8]);
    Asset { name, content_type, body, hash }
}

static ASSETS: LazyLock<Vec<Asset>> = LazyLock::new(|| {
    vec![
        asset("style.css", "text/css; charset=utf-8", include_str!("assets/style.css")),
        asset(
            "connection-check.js",
            "text/javascript; charset=utf-8",
            include_str!("assets/connection-check.js"),
        ),
        asset("webform.js", "text/javascript; charset=utf-8", webform::ENGINE_JS),
        asset("webform.css", "text/css; charset=utf-8", webform::STYLE_CSS),
    ]
});

fn url_of(name: &str) -> String {
    let asset = ASSETS.iter().find(|a| a.name == name).expect("asset exists");
    format!("/static/{}?v={}", asset.name, asset.hash)
}

static STYLE_URL: LazyLock<String> = LazyLock::new(|| url_of("style.css"));
static CONNECTION_CHECK_URL: LazyLock<String> = LazyLock::new(|| url_of("connection-check.js"));

static WEBFORM_ENGINE_URL: LazyLock<String> = LazyLock::new(|| url_of("webform.js"));
static WEBFORM_STYLE_URL: LazyLock<String> = LazyLock::new(|| url_of("webform.css"));

/// The web form engine's URL, with its content hash.
pub fn webform_engine_url() -> &'static str {
    WEBFORM_ENGINE_URL.as_str()
}

/// The web form stylesheet's URL, with its content hash.
pub fn webform_style_url() -> &'static str {
    WEBFORM_STYLE_URL.as_str()
}

/// The stylesheet's URL, with its content hash.
pub fn style_url() -> &'static str {
    STYLE_URL.as_str()
}

/// The connection check script's URL, with its content hash.
pub fn connection_check_url() -> &'static str {
    CONNECTION_CHECK_URL.as_str()
}

async fn serve(Path(name): Path<String>) -> Result<Response, AppError> {
    let asset = ASSETS.iter().find(|a| a.name == name).ok_or(AppError::NotFound)?;
    Ok((
        [
            (CONTENT_TYPE, asset.content_type.to_owned()),
            (CACHE_CONTROL, "public, max-age=31536000, immutable".to_owned()),
            (ETAG, format!("\"{}\"", asset.hash)),
        ],
        asset.body,
    )
        .into_response())
}

pub fn router() -> Router<AppState> {
    Router::new().route("/static/{name}", get(serve))
}
