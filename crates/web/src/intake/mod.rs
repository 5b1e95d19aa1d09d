//! Intake: rounds opened by admins, CSO applications with the three readiness assessments
//! (training fit, staff availability, virtual training capacity), the admins' review queue
//! and the capacity builders' list of their CSOs.

mod applications;
pub mod assessment;
mod builder;
mod capacity;
mod fit;
mod public;
pub mod readiness;
mod review;
mod rounds;
mod staff;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use crate::kernel::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/intake", get(public::page))
        .route("/applications", get(applications::list).post(applications::start))
        .route("/applications/{id}", get(applications::show))
        .route("/applications/{id}/submit", post(applications::submit))
        .route("/applications/{id}/decision", post(review::decide))
        .route("/applications/{id}/fit", get(fit::form).post(fit::save))
        .route("/applications/{id}/staff", get(staff::form))
        .route("/applications/{id}/staff/approve", post(staff::approve))
        .route("/applications/{id}/staff/juniors", post(staff::name_juniors))
        .route("/applications/{id}/capacity", get(capacity::form))
        .route("/applications/{id}/capacity/skills", post(capacity::save_skills))
        .route("/applications/{id}/capacity/measurement", post(capacity::save_measurement))
        .route("/confirm/{token}", get(staff::junior_form).post(staff::junior_answer))
        .route("/connection-check/ping", get(capacity::ping))
        .route("/connection-check/download", get(capacity::download))
        .route(
            "/connection-check/upload",
            post(capacity::upload).layer(DefaultBodyLimit::max(capacity::MAX_UPLOAD_BYTES)),
        )
        .route("/admin/rounds", get(rounds::page).post(rounds::create))
        .route("/admin/applications", get(review::queue))
        .route("/builder", get(builder::page))
}
