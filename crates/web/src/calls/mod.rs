//! Calls: an engagement's scheduled video calls (any HTTPS meeting link, by default a new
//! Jitsi Meet room) with their agenda, notes and attendance; each person's calendar feed
//! behind a secret address that phone calendars subscribe to; and the reminders emailed a day
//! and an hour before each call.
//!
//! Times are entered and shown in the time zone of the CSO's country, with UTC beside them;
//! they are stored in UTC. Every time rule reads `config.clock`.

mod feed;
mod notify;
mod pages;
pub mod reminders;
pub mod times;

use axum::Router;
use axum::routing::{get, post};

use crate::kernel::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/engagements/{id}/calls", get(pages::list).post(pages::schedule))
        .route("/engagements/{id}/calls/{call}", get(pages::show).post(pages::change))
        .route("/engagements/{id}/calls/{call}/record", post(pages::record))
        .route("/engagements/{id}/calls/{call}/cancel", post(pages::cancel))
        .route("/calendar", get(feed::page))
        .route("/calendar/replace", post(feed::replace))
        .route("/calendar/{file}", get(feed::ics))
}
