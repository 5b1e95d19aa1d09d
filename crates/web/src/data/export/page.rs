//! `GET /forms/{id}/data/export`: the export form (format, values or labels, language,
//! select_multiple split or not, anonymised, and the data page's filters, carried in the query
//! string), the person's background exports with their progress, and the offer to run one in
//! the background when it is too large to wait for.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use store::collection::{Form, ReviewState};
use store::export_jobs::{ExportJob, ExportStatus};

use super::options::{ExportQuery, Format};
use super::run::{Plan, read_query};
use crate::data::personal::Viewer;
use crate::forms::access::form_for;
use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::layout::short_time;
use crate::kernel::state::AppState;
use crate::submissions::table::{TableQuery, latest_questions, pilot_choice};

#[derive(Template, WebTemplate)]
#[template(path = "data/export/templates/export.html")]
pub struct ExportPage {
    ctx: RequestContext,
    form: Form,
    query: TableQuery,
    export: ExportQuery,
    pilot: &'static str,
    problems: Vec<&'static str>,
    collectors: Vec<(String, String)>,
    states: [ReviewState; 4],
    formats: [Format; 4],
    languages: Vec<String>,
    /// Every question, for the exact-answer filter: `(path, label)`.
    fields: Vec<(String, String)>,
    /// The submissions of an export too large to wait for, offered in the background.
    large: Option<i64>,
    /// The query string that asked for it, without the page's own `download`.
    request: String,
    jobs: Vec<ExportJob>,
}

impl ExportPage {
    fn state_label(&self, state: &ReviewState) -> String {
        self.ctx.t(crate::submissions::state_key(*state))
    }

    fn is_state(&self, state: &ReviewState) -> bool {
        self.query.state == state.as_str()
    }

    fn is_format(&self, format: &Format) -> bool {
        self.export.format == format.as_str() || (self.export.format.is_empty() && *format == Format::Csv)
    }

    fn running(&self) -> bool {
        self.jobs.iter().any(|j| matches!(j.status, ExportStatus::Queued | ExportStatus::Running))
    }

    fn when(&self, job: &ExportJob) -> String {
        short_time(&job.created_at)
    }

    fn status(&self, job: &ExportJob) -> String {
        self.ctx.t(match job.status {
            ExportStatus::Queued => "export-job-queued",
            ExportStatus::Running => "export-job-running",
            ExportStatus::Done => "export-job-done",
            ExportStatus::Failed => "export-job-failed",
        })
    }

    fn is_done(&self, job: &ExportJob) -> bool {
        job.status == ExportStatus::Done
    }

    fn error(&self, job: &ExportJob) -> Option<String> {
        job.error.as_deref().map(|key| self.ctx.t(key))
    }

    /// The data page with the same filters.
    fn data_link(&self) -> String {
        let filters = without(&self.request, &["format", "values", "language", "multiple", "anonymise"]);
        if filters.is_empty() {
            format!("/forms/{}/data", self.form.id)
        } else {
            format!("/forms/{}/data?{filters}", self.form.id)
        }
    }
}

/// A query string without the named parameters.
pub fn without(raw: &str, names: &[&str]) -> String {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw).unwrap_or_default();
    let kept: Vec<(String, String)> =
        pairs.into_iter().filter(|(n, _)| !names.contains(&n.as_str())).collect();
    serde_urlencoded::to_string(kept).unwrap_or_default()
}

async fn render(
    state: &AppState,
    ctx: RequestContext,
    form: Form,
    raw: &str,
    problems: Vec<&'static str>,
    large: Option<i64>,
) -> AppResult<ExportPage> {
    let (query, export) = read_query(raw);
    let user = ctx.require_user()?.clone();
    let fields = latest_questions(state, &form).await.into_iter().map(|q| (q.path, q.label)).collect();
    let languages = match state.store.latest_version(&form.id).await {
        Ok(version) => match state.prepared.get(&state.blobs, &form, &version).await {
            Ok(prepared) => webform::languages(prepared.survey()),
            Err(_) => vec![],
        },
        Err(_) => vec![],
    };
    Ok(ExportPage {
        pilot: pilot_choice(&query, form.mode),
        collectors: state.store.submission_collectors(&form.id).await?,
        jobs: state.store.export_jobs_of(&form.id, &user.id).await?,
        request: without(raw, &["download"]),
        ctx,
        form,
        query,
        export,
        problems,
        states: ReviewState::ALL,
        formats: Format::ALL,
        languages,
        fields,
        large,
    })
}

/// The export page answering a request it cannot carry out: 400 with the problems named.
pub async fn refused(
    state: &AppState,
    ctx: RequestContext,
    form: Form,
    raw: &str,
    problems: Vec<&'static str>,
) -> AppResult<Response> {
    let page = render(state, ctx, form, raw, problems, None).await?;
    Ok((StatusCode::BAD_REQUEST, page).into_response())
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let (form, reach) = form_for(&state.store, &user, &id).await?;
    let raw = raw.unwrap_or_default();
    let (table, export) = read_query(&raw);
    if export.download.is_empty() {
        return Ok(render(&state, ctx, form, &raw, vec![], None).await?.into_response());
    }
    // The form was sent: download at once, or offer the background when it is too large.
    let Some(format) = Format::parse(&export.format) else {
        return refused(&state, ctx, form, &raw, vec!["export-unknown-format"]).await;
    };
    let plan = match Plan::build(&state, Viewer::Person(&user, reach), &form, format, &table, &export).await?
    {
        Ok(plan) => plan,
        Err(problems) => return refused(&state, ctx, form, &raw, problems).await,
    };
    if plan.total > i64::try_from(state.config.export_background_threshold).unwrap_or(i64::MAX) {
        return Ok(render(&state, ctx, form, &raw, vec![], Some(plan.total)).await?.into_response());
    }
    let query = without(&raw, &["download", "format"]);
    let suffix = if query.is_empty() { String::new() } else { format!("?{query}") };
    Ok(Redirect::to(&format!("/forms/{id}/data/export.{}{suffix}", format.as_str())).into_response())
}
