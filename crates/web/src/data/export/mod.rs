//! Exports of a form's submissions: CSV, XLSX, GeoJSON and a ZIP with media; values or labels
//! in one of the form's languages, select_multiple in one column or split, one table per
//! repeat linked by keys, and the data page's filters. Each export goes through the person's
//! [`Disclosure`](crate::data::personal::Disclosure) and writes one audit line.
//!
//! `options` (what is asked), `layout` (tables and columns), `rows` (a submission as rows),
//! `to_csv` / `to_xlsx` / `to_geojson` / `to_zip` (the formats), `run` (the plan and the
//! batch loop, shared by downloads, background jobs and `datashift data export`),
//! `download` (streamed responses), `jobs` (background exports), `page` (the export page).

pub mod download;
pub mod jobs;
pub mod layout;
pub mod options;
pub mod page;
pub mod rows;
pub mod run;
pub mod to_csv;
pub mod to_geojson;
pub mod to_xlsx;
pub mod to_zip;

use axum::Router;
use axum::routing::{get, post};

use crate::kernel::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/forms/{id}/data/export", get(page::page))
        .route("/forms/{id}/data/export/jobs", post(jobs::start))
        .route("/forms/{id}/data/export/jobs/{job}", get(jobs::download))
        // export.csv, export.xlsx, export.geojson, export.zip; anything else is refused there.
        .route("/forms/{id}/data/{file}", get(download::download))
}
