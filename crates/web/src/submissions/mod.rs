//! Submission review: the table of a form's submissions, one submission with its media,
//! review states with comments, edits and their history, soft delete and restore, webhooks.
//!
//! Everyone who may see a form's submissions may read these pages (`forms::access`); only
//! the organisation's own team changes anything.

pub mod deliver;
mod destinations;
mod detail;
pub(crate) mod fields;
pub(crate) mod table;
mod webhooks;

use axum::Router;
use axum::routing::{get, post};
use store::collection::ReviewState;

use crate::kernel::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/forms/{id}/submissions", get(table::page))
        .route("/forms/{id}/submissions/{sid}", get(detail::page))
        .route("/forms/{id}/submissions/{sid}/review", post(detail::review))
        .route("/forms/{id}/submissions/{sid}/comment", post(detail::comment))
        .route("/forms/{id}/submissions/{sid}/delete", post(detail::delete))
        .route("/forms/{id}/submissions/{sid}/restore", post(detail::restore))
        .route("/forms/{id}/submissions/{sid}/attachments/{name}", get(detail::attachment))
        .route("/forms/{id}/webhooks", get(webhooks::page).post(webhooks::add))
        .route("/forms/{id}/webhooks/{wid}/remove", post(webhooks::remove))
        .route("/forms/{id}/webhooks/{wid}/retry", post(webhooks::retry))
}

/// The message key naming a review state.
pub fn state_key(state: ReviewState) -> &'static str {
    match state {
        ReviewState::Received => "submissions-state-received",
        ReviewState::Approved => "submissions-state-approved",
        ReviewState::HasIssues => "submissions-state-has-issues",
        ReviewState::Rejected => "submissions-state-rejected",
    }
}

/// The stylesheet's status class for a review state.
pub fn state_class(state: ReviewState) -> &'static str {
    match state {
        ReviewState::Received => "not-started",
        ReviewState::Approved => "passed",
        ReviewState::HasIssues => "attention",
        ReviewState::Rejected => "failed",
    }
}
