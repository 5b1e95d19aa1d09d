//! `/engagements/{id}/deliverables`: every deliverable with its state, due date and late
//! mark, and the challenges log beside them.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use chrono::NaiveDate;
use store::engagements::Engagement;
use store::engagements::deliverables::{Deliverable, DeliverableState};

use super::{deliverable_path, kind_key, state_class, state_key};
use crate::engagements::access::engagement_for;
use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::layout::long_date;
use crate::kernel::state::AppState;

pub struct Row {
    url: String,
    name: String,
    state: String,
    state_class: &'static str,
    due: String,
    late: bool,
    /// Not submitted yet and past its due day.
    overdue: bool,
    round: i64,
    submitted: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "deliverables/templates/list.html")]
pub struct ListPage {
    ctx: RequestContext,
    engagement: Engagement,
    rows: Vec<Row>,
    challenges_url: String,
    open_challenges: usize,
    resolved_challenges: usize,
}

fn row(ctx: &RequestContext, engagement: &Engagement, d: &Deliverable, today: NaiveDate) -> Row {
    Row {
        url: deliverable_path(&engagement.id, d.kind),
        name: ctx.t(kind_key(d.kind)),
        state: ctx.t(state_key(d.state)),
        state_class: state_class(d.state),
        due: long_date(ctx.locale, d.due_on),
        late: d.late,
        overdue: d.round == 0 && d.state == DeliverableState::Draft && today > d.due_on,
        round: d.round,
        submitted: d.submitted_at.map(|at| long_date(ctx.locale, at.date_naive())),
    }
}

/// `GET /engagements/{id}/deliverables`.
pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<ListPage> {
    let (engagement, _) = engagement_for(&state, &ctx, &id).await?;
    let today = engagement.local_date(state.config.clock.now());
    let deliverables = state.store.deliverables(&engagement.id).await?;
    let rows = deliverables.iter().map(|d| row(&ctx, &engagement, d, today)).collect();
    let challenges = state.store.challenges(&engagement.id).await?;
    let resolved_challenges = challenges.iter().filter(|c| c.is_resolved()).count();
    Ok(ListPage {
        challenges_url: deliverable_path(&engagement.id, store::engagements::DeliverableKind::ChallengesLog),
        open_challenges: challenges.len() - resolved_challenges,
        resolved_challenges,
        rows,
        engagement,
        ctx,
    })
}
