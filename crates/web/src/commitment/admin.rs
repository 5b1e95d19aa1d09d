//! The programme managers' reports: confidence at the start and at the end per engagement and
//! overall, and the anonymous feedback on the training, in groups of three answers or more.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use store::engagements::commitment::{CONFIDENCE_MAX_SCORE, CONFIDENCE_MIN_SCORE, ScoreAverage};
use store::engagements::relationship::{FEEDBACK_THRESHOLD, FeedbackAggregate};
use store::types::Role;

use super::one_decimal;
use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::layout::long_date;
use crate::kernel::state::AppState;

/// One line of the confidence report.
pub struct ConfidenceRow {
    pub engagement_id: Option<String>,
    pub organisation: String,
    pub builder: String,
    pub starts_on: String,
    pub start: String,
    pub start_count: i64,
    pub end: String,
    pub end_count: i64,
    pub change: String,
}

fn change(start: ScoreAverage, end: ScoreAverage) -> String {
    match (start.mean(), end.mean()) {
        (Some(s), Some(e)) => format!("{:+.1}", e - s),
        _ => "–".to_owned(),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "commitment/templates/admin_confidence.html")]
pub struct ConfidenceReportPage {
    ctx: RequestContext,
    rows: Vec<ConfidenceRow>,
    overall: ConfidenceRow,
    scale: String,
}

/// `GET /admin/confidence`.
pub async fn confidence(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> AppResult<ConfidenceReportPage> {
    ctx.require_role(&[Role::Admin])?;
    let report = state.store.confidence_report().await?;
    let rows = report
        .engagements
        .iter()
        .map(|e| ConfidenceRow {
            engagement_id: Some(e.engagement_id.clone()),
            organisation: e.organisation_name.clone(),
            builder: e.builder_name.clone(),
            starts_on: long_date(ctx.locale, e.starts_on),
            start: one_decimal(e.start.mean()),
            start_count: e.start.count,
            end: one_decimal(e.end.mean()),
            end_count: e.end.count,
            change: change(e.start, e.end),
        })
        .collect();
    let overall = ConfidenceRow {
        engagement_id: None,
        organisation: ctx.t("admin-confidence-overall"),
        builder: String::new(),
        starts_on: String::new(),
        start: one_decimal(report.start.mean()),
        start_count: report.start.count,
        end: one_decimal(report.end.mean()),
        end_count: report.end.count,
        change: change(report.start, report.end),
    };
    let scale = ctx.t2("admin-confidence-scale", "min", CONFIDENCE_MIN_SCORE, "max", CONFIDENCE_MAX_SCORE);
    Ok(ConfidenceReportPage { ctx, rows, overall, scale })
}

/// A group of feedback as shown.
pub struct FeedbackBox {
    pub title: String,
    pub answers: usize,
    pub usefulness: String,
    pub support: String,
    pub comments: Vec<String>,
}

fn feedback_box(title: String, group: &FeedbackAggregate) -> FeedbackBox {
    FeedbackBox {
        title,
        answers: group.answers,
        usefulness: one_decimal(Some(group.usefulness)),
        support: one_decimal(Some(group.support)),
        comments: group.comments.clone(),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "commitment/templates/admin_feedback.html")]
pub struct FeedbackReportPage {
    ctx: RequestContext,
    overall: Option<FeedbackBox>,
    builders: Vec<FeedbackBox>,
    withheld: bool,
    rule: String,
}

/// `GET /admin/feedback`: programme managers only (never the builders).
pub async fn feedback(State(state): State<AppState>, ctx: RequestContext) -> AppResult<FeedbackReportPage> {
    ctx.require_role(&[Role::Admin])?;
    let report = state.store.training_feedback_report().await?;
    let overall = report.overall.as_ref().map(|g| feedback_box(ctx.t("admin-feedback-overall"), g));
    let builders = report
        .builders
        .iter()
        .map(|b| feedback_box(ctx.t1("admin-feedback-builder", "name", &b.builder_name), &b.feedback))
        .collect();
    let rule = ctx.t1("admin-feedback-rule", "count", FEEDBACK_THRESHOLD);
    Ok(FeedbackReportPage { ctx, overall, builders, withheld: report.withheld, rule })
}
