//! The data of a form, inside the platform: every question summarised over the submissions
//! the filters keep (counts and shares of choices, numbers' summaries and histograms, dates
//! over time, frequent texts, places on a map), each with its chart; summaries split by a
//! select question; two select questions cross-tabulated; charts to download as SVG or PNG;
//! progress toward the SMART target. The statistics are the `analysis` engine's, the charts
//! the `charts` engine's; this feature reads the submissions a batch at a time, through the
//! reader's disclosure of personal data, and shows the results.

pub mod chart;
pub mod crosstab;
pub mod download;
pub mod export;
pub mod lines;
pub mod page;
pub mod personal;
pub mod progress;
pub mod read;
pub mod running;
pub mod selection;
pub mod summary;
pub mod text;

use axum::Router;
use axum::routing::get;

use crate::kernel::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/forms/{id}/data", get(page::page))
        .route("/forms/{id}/data/crosstab", get(crosstab::page))
        .route("/forms/{id}/data/charts/{file}", get(download::download))
        .merge(export::router())
}
