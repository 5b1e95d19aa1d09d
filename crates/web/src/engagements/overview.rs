//! `/engagements`: a builder's CSOs on one page with what waits for them (deliverables to
//! review, challenges to answer, the next call, progress); programme managers see every
//! engagement; a CSO's people go straight to their own.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use store::engagements::Engagement;
use store::engagements::calendar::PlanDay;
use store::engagements::summary::{Summary, UpcomingCall};
use store::types::Role;

use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::state::AppState;

pub struct Row {
    engagement: Engagement,
    day: PlanDay,
    /// The date where the CSO works.
    today: NaiveDate,
    summary: Summary,
}

#[derive(Template, WebTemplate)]
#[template(path = "engagements/templates/overview.html")]
pub struct OverviewPage {
    ctx: RequestContext,
    rows: Vec<Row>,
}

impl OverviewPage {
    /// The call's time in the CSO's zone, named.
    fn call_time(&self, row: &Row, call: &UpcomingCall) -> String {
        let zone = row.engagement.time_zone();
        crate::calls::times::shown(self.ctx.locale, zone, call.starts_at, call.ends_at).local
    }

    fn overdue(&self, row: &Row) -> usize {
        row.summary.overdue(row.today)
    }

    /// What waits for the builder in total.
    fn waiting(&self) -> usize {
        self.rows
            .iter()
            .map(|r| r.summary.awaiting_review() + r.summary.challenges_awaiting_guidance as usize)
            .sum()
    }
}

pub async fn page(State(state): State<AppState>, ctx: RequestContext) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let engagements = match user.role {
        Role::Admin => state.store.all_engagements().await?,
        Role::Builder => state.store.engagements_of_builder(&user.id).await?,
        Role::CsoLead | Role::CsoStaff => {
            let own = state
                .store
                .engagements_of_organisation(user.organisation_id.as_deref().unwrap_or(""))
                .await?;
            if let [only] = own.as_slice() {
                return Ok(Redirect::to(&format!("/engagements/{}", only.id)).into_response());
            }
            own
        }
    };
    let now = state.config.clock.now();
    let mut rows = Vec::with_capacity(engagements.len());
    for engagement in engagements {
        let summary = state.store.engagement_summary(&engagement.id, now).await?;
        let today = engagement.local_date(now);
        rows.push(Row { day: engagement.plan_day(today), today, engagement, summary });
    }
    // What needs the builder first, then the engagements running now.
    rows.sort_by_key(|r| {
        let waiting = r.summary.awaiting_review() + r.summary.challenges_awaiting_guidance as usize;
        (waiting == 0, !matches!(r.day, PlanDay::Day(_) | PlanDay::Weekend { .. }), r.engagement.starts_on)
    });
    Ok(OverviewPage { ctx, rows }.into_response())
}
