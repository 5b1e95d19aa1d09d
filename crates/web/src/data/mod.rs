//! The data of a form, inside the platform: every question summarised over the submissions
//! the filters keep (counts and shares of choices, numbers' summaries and histograms, dates
//! over time, frequent texts). The statistics are the `analysis` engine's; this feature reads
//! the submissions a batch at a time and shows the results.

pub mod export;
pub mod lines;
pub mod page;
pub mod personal;
pub mod read;
pub mod summary;
pub mod text;

use axum::Router;
use axum::routing::get;

use crate::kernel::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/forms/{id}/data", get(page::page)).merge(export::router())
}
