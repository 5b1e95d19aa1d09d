//! `GET /forms/{id}/data`: every question of a form summarised over the submissions the
//! filters keep (the same filters, in the same query string, as the submissions table).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use store::collection::{Form, ReviewState};

use super::lines::{Line, lines, number, percent};
use super::personal::{self, Reader};
use super::read::{Summaries, summarise};
use super::summary::QuestionSummary;
use crate::forms::access::{Reach, form_for};
use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::state::AppState;
use crate::submissions::table::{TableQuery, parse, pilot_choice};
use store::personal_data::AuditAction;

#[derive(Template, WebTemplate)]
#[template(path = "data/templates/summary.html")]
pub struct SummaryPage {
    ctx: RequestContext,
    form: Form,
    query: TableQuery,
    pilot: &'static str,
    problems: Vec<&'static str>,
    collectors: Vec<(String, String)>,
    states: [ReviewState; 4],
    submissions: usize,
    summaries: Vec<QuestionSummary>,
    /// Choice labels by question path: `(name, label)` in the form's order.
    labels: std::collections::HashMap<String, Vec<(String, String)>>,
}

impl SummaryPage {
    fn state_label(&self, state: &ReviewState) -> String {
        self.ctx.t(crate::submissions::state_key(*state))
    }

    fn is_state(&self, state: &ReviewState) -> bool {
        self.query.state == state.as_str()
    }

    fn export_link(&self) -> String {
        crate::submissions::table::export_link(&self.form.id, &self.query)
    }

    fn number(&self, value: &f64) -> String {
        number(*value)
    }

    fn percent(&self, value: &f64) -> String {
        percent(*value)
    }

    /// A choice's, bin's, period's or answer's lines.
    fn lines(&self, summary: &QuestionSummary) -> Vec<Line> {
        lines(summary, self.labels.get(&summary.question.path))
    }
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Query(query): Query<TableQuery>,
) -> AppResult<SummaryPage> {
    let user = ctx.require_user()?.clone();
    let (form, reach): (Form, Reach) = form_for(&state.store, &user, &id).await?;
    let questions = crate::submissions::table::latest_questions(&state, &form).await;
    let (mut filter, mut problems) = parse(&query, form.mode, &questions);
    // The filter's field is checked against what the reader may see before anything is read.
    let disclosure = personal::disclosure(&state, &user, reach, &form, &questions, false).await?;
    problems.extend(personal::guard_filter(&mut filter, &disclosure));
    let Summaries { submissions, questions: summaries, choice_labels, disclosure } =
        summarise(&state, &form, &filter, Reader::Person(&user, reach)).await?;
    if submissions > 0 {
        personal::audit(&state, Some(&user), &form, &disclosure, AuditAction::View, "data summaries".into())
            .await?;
    }
    let collectors = state.store.submission_collectors(&form.id).await?;
    Ok(SummaryPage {
        ctx,
        pilot: pilot_choice(&query, form.mode),
        form,
        query,
        problems,
        collectors,
        states: ReviewState::ALL,
        submissions,
        summaries,
        labels: choice_labels,
    })
}
