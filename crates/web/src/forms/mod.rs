//! Forms in the platform: CSO staff upload an XLSForm, see its errors as the CLI shows them,
//! publish versions, switch between pilot and live, add media files, and download the
//! XLSForm and XForm of every version.

pub mod access;
mod detail;
mod diagnostics;
mod list;
pub mod prepared;
mod preview;
pub mod publish;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

pub use prepared::PreparedForms;

use crate::kernel::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/forms",
            get(list::page)
                .post(list::upload)
                .layer(DefaultBodyLimit::max(publish::MAX_XLSFORM_BYTES + 64 * 1024)),
        )
        .route(
            "/forms/preview",
            post(preview::preview).layer(DefaultBodyLimit::max(publish::MAX_XLSFORM_BYTES + 64 * 1024)),
        )
        .route("/forms/{id}", get(detail::page))
        .route("/forms/{id}/mode", post(detail::set_mode))
        .route(
            "/forms/{id}/media",
            post(detail::upload_media).layer(DefaultBodyLimit::max(detail::MAX_MEDIA_BYTES + 64 * 1024)),
        )
        .route("/forms/{id}/media/{name}/delete", post(detail::delete_media))
        .route("/forms/{id}/versions/{version}/{kind}", get(detail::download))
}
