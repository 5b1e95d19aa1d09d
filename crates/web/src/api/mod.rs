//! The JSON API for Excel, Power BI and R: personal API tokens (`tokens.rs`), who calls
//! (`caller.rs`), and a form's submissions with paging and the data page's filters.

pub mod caller;
pub mod forms;
pub mod submissions;
pub mod tokens;

use axum::Router;
use axum::routing::{get, post};

use crate::kernel::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account/api-tokens", get(tokens::page).post(tokens::create))
        .route("/account/api-tokens/{id}/revoke", post(tokens::revoke))
        .route("/api/v1/forms", get(forms::list))
        .route("/api/v1/forms/{id}/{file}", get(submissions::get))
}
