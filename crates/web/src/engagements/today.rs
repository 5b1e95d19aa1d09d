//! A participant's today: the day of the two weeks, its tasks (and earlier ones not done),
//! the deliverables due, the next call and progress.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use chrono::NaiveDate;
use store::engagements::Engagement;
use store::engagements::calendar::{DAYS, PlanDay};
use store::engagements::plan::Task;
use store::engagements::summary::{Summary, UpcomingCall};

use super::access::engagement_for;
use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::layout::{Plain, long_date};
use crate::kernel::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "engagements/templates/today.html")]
pub struct TodayPage {
    ctx: RequestContext,
    engagement: Engagement,
    today: NaiveDate,
    plan_day: PlanDay,
    /// The working day whose tasks are shown (today, the next one on a weekend, day 1 before).
    shown_day: Option<u8>,
    tasks: Vec<Task>,
    /// Tasks of earlier days not done yet.
    behind: Vec<Task>,
    summary: Summary,
    /// Whether the reader ticks tasks off (participants do; programme managers look).
    ticks: bool,
    /// The CSO's people below the time they agreed at intake, by name.
    below_commitment: Vec<String>,
}

impl TodayPage {
    fn date(&self, day: impl Plain<NaiveDate>) -> String {
        long_date(self.ctx.locale, day.plain())
    }

    fn label(&self, task: &Task) -> String {
        super::task_label(&self.ctx, task)
    }

    /// The call's time in the CSO's zone, named.
    fn call_time(&self, call: &UpcomingCall) -> String {
        crate::calls::times::shown(self.ctx.locale, self.engagement.time_zone(), call.starts_at, call.ends_at)
            .local
    }

    fn day_date(&self, day: impl Plain<u8>) -> NaiveDate {
        self.engagement.date_of_day(day.plain())
    }

    fn days(&self) -> u8 {
        DAYS
    }
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<TodayPage> {
    let (engagement, user) = engagement_for(&state, &ctx, &id).await?;
    let ticks = engagement.is_participant(user);
    let now = state.config.clock.now();
    let today = engagement.local_date(now);
    let plan_day = engagement.plan_day(today);
    let shown_day = match plan_day {
        PlanDay::Day(day) => Some(day),
        PlanDay::Weekend { next } => Some(next),
        PlanDay::Before { .. } => Some(1),
        PlanDay::After => None,
    };
    let plan = state.store.plan(&engagement.id, ctx.locale.code()).await?;
    let (tasks, behind) = match shown_day {
        Some(day) => (
            plan.iter().filter(|t| t.day == day).cloned().collect(),
            plan.iter().filter(|t| t.day < day && !t.is_done()).cloned().collect(),
        ),
        None => (Vec::new(), plan.iter().filter(|t| !t.is_done()).cloned().collect()),
    };
    let summary = state.store.engagement_summary(&engagement.id, now).await?;
    let below_commitment = crate::commitment::commitment_warnings(&state, &engagement).await?;
    Ok(TodayPage {
        ctx,
        engagement,
        today,
        plan_day,
        shown_day,
        tasks,
        behind,
        summary,
        ticks,
        below_commitment,
    })
}
