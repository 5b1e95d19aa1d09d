//! Discussion: the CSO team answers each module's discussion questions, the builder replies
//! and the team can reply back (one level of replies); a message thread per engagement for
//! everything else; and email notifications, at once or in a daily digest, chosen by each
//! person on `/settings/notifications`.
//!
//! Who may do what: the engagement's participants read and post (answers are the team's;
//! replies and messages anyone's of the two sides); programme managers read but do not post:
//! the discussion is the relationship between a CSO and its builder, every post is emailed to
//! "the other side", and a third voice would have no side to write to. Anyone else gets 404.

mod notify;
mod pages;
mod settings;

use axum::Router;
use axum::routing::{get, post};

pub use notify::run_digests;

use crate::kernel::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/engagements/{id}/discussion", get(pages::overview))
        .route("/engagements/{id}/discussion/{slug}", get(pages::module).post(pages::answer))
        .route("/engagements/{id}/discussion/{slug}/replies", post(pages::module_reply))
        .route("/engagements/{id}/messages", get(pages::messages).post(pages::message))
        .route("/engagements/{id}/messages/replies", post(pages::message_reply))
        .route("/settings/notifications", get(settings::page).post(settings::save))
}
