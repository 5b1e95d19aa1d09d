//! OpenRosa (docs.getodk.org/openrosa): what ODK Collect, KoboCollect and the web forms
//! speak. A collector's server URL is `…/key/{token}`; a named CSO member may use
//! `…/o/{slug}` with HTTP Basic. Both answer the same routes beneath.

mod access;
pub use access::Access;
mod form_list;
pub mod reply;
pub mod submission;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue};
use axum::middleware;
use axum::routing::{get, post};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::kernel::state::AppState;

fn routes() -> Router<AppState> {
    Router::new()
        .route("/formList", get(form_list::list))
        .route("/forms/{form_id}/form.xml", get(form_list::download))
        .route("/forms/{form_id}/manifest", get(form_list::manifest))
        .route("/forms/{form_id}/media/{name}", get(form_list::media))
        .route(
            "/submission",
            post(submission::receive)
                .head(submission::probe)
                .layer(DefaultBodyLimit::max(submission::MAX_REQUEST_BYTES)),
        )
        .merge(crate::webforms::collector_routes())
}

pub fn router() -> Router<AppState> {
    Router::new()
        .nest("/key/{token}", routes())
        .nest("/o/{slug}", routes())
        .layer(middleware::from_fn(reply::translate))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("x-openrosa-version"),
            HeaderValue::from_static("1.0"),
        ))
}
