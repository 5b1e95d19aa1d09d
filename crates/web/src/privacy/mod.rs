//! Personal data, as the form's author and the programme manage it: which fields are
//! personal, the consent question, the retention period and its purges, and the audit log.
//! What each person is shown of personal values is `data::personal`.

pub mod audit_log;
pub mod consent;
pub mod retention;
pub mod settings;

use axum::Router;
use axum::routing::{get, post};

use crate::kernel::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/forms/{id}/privacy", get(settings::page).post(settings::save_settings))
        .route("/forms/{id}/privacy/fields", post(settings::save_fields))
        .route("/admin/audit", get(audit_log::page))
}
