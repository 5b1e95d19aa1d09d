//! Commitment, confidence and the relationship: the hours the CSO's people log each working
//! day against the share of their time agreed at intake, the confidence self-assessment at the
//! start and at the end, the weekly ratings both sides give, and the anonymous feedback on the
//! training, with the programme managers' reports of the last two.
//!
//! Every day rule reads `config.clock` through [`local_today`]: the date in the CSO's country.

mod admin;
mod confidence;
mod feedback;
mod hours;
mod ratings;

use axum::Router;
use axum::routing::get;
use chrono::NaiveDate;
use store::engagements::Engagement;

use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/engagements/{id}/hours", get(hours::page).post(hours::log))
        .route("/engagements/{id}/confidence", get(confidence::page).post(confidence::take))
        .route("/engagements/{id}/ratings", get(ratings::page).post(ratings::rate))
        .route("/engagements/{id}/feedback", get(feedback::page).post(feedback::give))
        .route("/admin/confidence", get(admin::confidence))
        .route("/admin/feedback", get(admin::feedback))
}

/// The names of the CSO's people who have logged fewer hours than agreed for the working days
/// that have ended (see `store::engagements::commitment::standing`), by name. The today and
/// plan pages show them as a warning, linking to `/engagements/{id}/hours`.
pub async fn commitment_warnings(state: &AppState, engagement: &Engagement) -> AppResult<Vec<String>> {
    let today = local_today(state, engagement);
    let team = state.store.team_hours(engagement, today).await?;
    Ok(team.into_iter().filter(|p| p.standing.is_below()).map(|p| p.name).collect())
}

/// Today's date where the CSO works (the days of the two weeks are theirs).
pub fn local_today(state: &AppState, engagement: &Engagement) -> NaiveDate {
    engagement.local_date(state.config.clock.now())
}

/// A number of minutes as people read it: "6 h", "5 h 30 min" or "30 min".
fn duration(ctx: &RequestContext, minutes: i64) -> String {
    match (minutes / 60, minutes % 60) {
        (hours, 0) => ctx.t1("commitment-hours", "hours", hours),
        (0, rest) => ctx.t1("commitment-minutes", "minutes", rest),
        (hours, rest) => ctx.t2("commitment-hours-minutes", "hours", hours, "minutes", rest),
    }
}

/// A mean with one decimal ("3.4"), or a dash when there is nothing to average.
fn one_decimal(mean: Option<f64>) -> String {
    mean.map(|m| format!("{m:.1}")).unwrap_or_else(|| "–".to_owned())
}

/// The choices of a 1-to-5 rating, with their labels.
fn scale(ctx: &RequestContext, prefix: &str) -> Vec<(u8, String)> {
    (1..=5u8).map(|n| (n, ctx.t(format!("{prefix}{n}")))).collect()
}
