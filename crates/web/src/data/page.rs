//! `GET /forms/{id}/data`: every question of a form summarised over the submissions the
//! filters keep (the same filters, in the same query string, as the submissions table),
//! each with its chart, and split by a select question when `by=PATH` asks.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use store::collection::{Form, ReviewState};
use store::personal_data::AuditAction;

use super::chart::{ChartKind, question_chart, split_chart};
use super::lines::{Line, lines, number, percent};
use super::personal;
use super::progress::{Progress, progress};
use super::read::{FormQuestions, Reader, Summaries};
use super::selection::{Refusal, filters_query, grouping, select_questions};
use super::summary::{GroupSummary, QuestionSummary, Shape};
use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::state::AppState;
use crate::submissions::fields::Question;
use crate::submissions::table::{TableQuery, pilot_choice};

/// The data page's own part of the query string (the filters are the table's).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SplitQuery {
    /// The select question every summary is split by.
    pub by: String,
}

/// One question on the page: its summary, chart and split.
pub struct Shown {
    pub summary: QuestionSummary,
    pub chart: Option<String>,
    /// The download name of its chart (`bar`, `histogram`…).
    pub chart_kind: Option<&'static str>,
    pub split_chart: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "data/templates/summary.html")]
pub struct SummaryPage {
    ctx: RequestContext,
    form: Form,
    query: TableQuery,
    /// The filters as a query string, for the links that keep them.
    filters: String,
    pilot: &'static str,
    problems: Vec<&'static str>,
    collectors: Vec<(String, String)>,
    states: [ReviewState; 4],
    submissions: usize,
    shown: Vec<Shown>,
    questions: FormQuestions,
    /// The select questions a summary can be split by: `(path, label)`.
    groupings: Vec<(String, String)>,
    /// The question the summaries are split by.
    by: Option<Question>,
    progress: Option<Progress>,
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

    fn is_by(&self, path: &str) -> bool {
        self.by.as_ref().is_some_and(|q| q.path == path)
    }

    /// A choice's, bin's, period's or answer's lines.
    fn lines(&self, summary: &QuestionSummary) -> Vec<Line> {
        lines(summary, self.questions.choice_labels.get(&summary.question.path))
    }

    /// A group's label: the grouping question's choice label.
    fn group_label(&self, group: &GroupSummary) -> String {
        match &self.by {
            Some(by) => self.questions.choice_label(by, &group.name),
            None => group.name.clone(),
        }
    }

    /// What a group's row of a split shows beside its count: a number's mean and median,
    /// a select's most chosen answer; nothing for the rest.
    fn group_facts(&self, summary: &QuestionSummary, group: &GroupSummary) -> String {
        match &group.shape {
            Shape::Numbers { summary: Some(n), .. } => format!(
                "{} {} · {} {}",
                self.ctx.t("data-mean"),
                number(n.mean),
                self.ctx.t("data-median"),
                number(n.median)
            ),
            Shape::Choices { counts, .. } => counts
                .options
                .iter()
                .filter(|o| o.count > 0)
                .max_by_key(|o| o.count)
                .map(|o| {
                    let label = self.questions.choice_label(&summary.question, &o.name);
                    self.ctx.t2("data-split-most", "answer", label, "share", percent(o.percent))
                })
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    fn download(&self, question: &Question, kind: &str, format: &str) -> String {
        let path = crate::kernel::error::urlencode(&question.path);
        format!("/forms/{}/data/charts/{kind}.{format}?question={path}{}", self.form.id, self.filters_tail())
    }

    fn filters_tail(&self) -> String {
        if self.filters.is_empty() { String::new() } else { format!("&{}", self.filters) }
    }
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Query(query): Query<TableQuery>,
    Query(split): Query<SplitQuery>,
) -> AppResult<Response> {
    let (reader, filter, mut problems) = Reader::open(&state, &ctx, &id, &query).await?;
    let user = ctx.require_user()?.clone();
    let (by, refused) = match grouping(&reader.questions, &split.by) {
        Ok(by) => (by, false),
        Err(refusal) => {
            problems.push(refusal.key());
            (None, !matches!(refusal, Refusal::Missing))
        }
    };
    let by_question = by.as_ref().and_then(|g| reader.questions.find(&g.path)).cloned();
    let Summaries { submissions, questions: summaries, .. } =
        reader.summarise(&state, &filter, None, by).await?;
    personal::audit(
        &state,
        Some(&user),
        &reader.form,
        &reader.disclosure,
        AuditAction::View,
        "data page".into(),
    )
    .await?;
    let shown = summaries
        .into_iter()
        .map(|summary| {
            let chart = question_chart(ctx.locale, &summary, &reader.questions);
            let chart_kind = ChartKind::of(&summary.shape).map(ChartKind::as_str);
            let split_chart = match (&summary.split, &by_question) {
                (Some(groups), Some(by)) => split_chart(ctx.locale, &summary, groups, by, &reader.questions),
                _ => None,
            };
            Shown { summary, chart, chart_kind, split_chart }
        })
        .collect();
    let collectors = state.store.submission_collectors(&reader.form.id).await?;
    let progress = progress(&state, &reader).await?;
    let Reader { form, questions, .. } = reader;
    let page = SummaryPage {
        filters: filters_query(&query),
        pilot: pilot_choice(&query, form.mode),
        groupings: select_questions(&questions, false),
        ctx,
        form,
        query,
        problems,
        collectors,
        states: ReviewState::ALL,
        submissions,
        shown,
        questions,
        by: by_question,
        progress,
    };
    let status = if refused { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    Ok((status, page).into_response())
}
