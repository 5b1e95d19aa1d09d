//! `GET /forms/{id}/data/charts/{kind}.svg|.png`: a chart to download for campaign
//! materials: `question=PATH` for a question's own chart (bar, histogram, timeline, map),
//! `question=PATH&by=PATH` or `rows=PATH&columns=PATH` for stacked bars; the data page's
//! filters apply. The PNG is rendered on the server from the same SVG.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use store::collection::{Form, SubmissionFilter};
use store::personal_data::AuditAction;

use super::chart::{ChartKind, crosstab_chart, question_chart, split_chart};
use super::crosstab::{PairQuery, tabulate};
use super::personal;
use super::read::Reader;
use super::selection::{Refusal, grouping, pair, question};
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::state::AppState;
use crate::submissions::table::TableQuery;

/// The width of a downloaded PNG, in pixels (three times the chart's 320 units: sharp in
/// print and on slides).
pub const PNG_WIDTH: u32 = 960;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ChartQuery {
    pub question: String,
    pub by: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Svg,
    Png,
}

/// `bar.svg` → the chart's kind and format.
fn file(name: &str) -> Option<(ChartKind, Format)> {
    let (kind, extension) = name.rsplit_once('.')?;
    let format = match extension {
        "svg" => Format::Svg,
        "png" => Format::Png,
        _ => return None,
    };
    Some((ChartKind::parse(kind)?, format))
}

/// The page saying why a chart cannot be drawn (400).
#[derive(Template, WebTemplate)]
#[template(path = "data/templates/refused.html")]
pub struct RefusedPage {
    ctx: RequestContext,
    form: Form,
    problem: &'static str,
}

/// The chart asked for as SVG and a file name stem, or why it cannot be drawn.
async fn draw(
    state: &AppState,
    ctx: &RequestContext,
    reader: &Reader,
    filter: &SubmissionFilter,
    kind: ChartKind,
    chart: &ChartQuery,
    pair_query: &PairQuery,
) -> AppResult<Result<(String, String), Refusal>> {
    // A refusal is an answer (400), a store failure an error (500).
    macro_rules! or_refuse {
        ($e:expr) => {
            match $e {
                Ok(value) => value,
                Err(refusal) => return Ok(Err(refusal)),
            }
        };
    }
    if kind == ChartKind::Stacked && chart.question.trim().is_empty() {
        let (rows, columns) = or_refuse!(pair(&reader.questions, &pair_query.rows, &pair_query.columns));
        let table = tabulate(state, reader, filter, rows, columns).await?;
        let svg = crosstab_chart(ctx.locale, &table, rows, columns, &reader.questions);
        return Ok(Ok((svg, format!("{}-{}", rows.name(), columns.name()))));
    }
    let question = or_refuse!(question(&reader.questions, &chart.question)).clone();
    let by = if kind == ChartKind::Stacked {
        match or_refuse!(grouping(&reader.questions, &chart.by)) {
            Some(by) => Some(by),
            None => return Ok(Err(Refusal::Missing)),
        }
    } else {
        None
    };
    let by_question = by.as_ref().and_then(|g| reader.questions.find(&g.path)).cloned();
    let summaries = reader.summarise(state, filter, Some(&question.path), by).await?;
    let Some(summary) = summaries.questions.into_iter().next() else { return Ok(Err(Refusal::Unknown)) };
    let drawn = match (&summary.split, by_question) {
        (Some(groups), Some(by)) => split_chart(ctx.locale, &summary, groups, &by, &reader.questions)
            .map(|svg| (svg, format!("{}-{}", question.name(), by.name()))),
        _ if ChartKind::of(&summary.shape) == Some(kind) => {
            question_chart(ctx.locale, &summary, &reader.questions)
                .map(|svg| (svg, question.name().to_owned()))
        }
        _ => None,
    };
    Ok(drawn.ok_or(Refusal::WrongChart))
}

pub async fn download(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, name)): Path<(String, String)>,
    Query(query): Query<TableQuery>,
    Query(chart): Query<ChartQuery>,
    Query(pair_query): Query<PairQuery>,
) -> AppResult<Response> {
    let Some((kind, format)) = file(&name) else { return Err(AppError::NotFound) };
    let (reader, filter, _) = Reader::open(&state, &ctx, &id, &query).await?;
    let drawn = draw(&state, &ctx, &reader, &filter, kind, &chart, &pair_query).await?;
    let (svg, stem) = match drawn {
        Ok(drawn) => drawn,
        Err(refusal) => {
            let page = RefusedPage { ctx, form: reader.form, problem: refusal.key() };
            return Ok((StatusCode::BAD_REQUEST, page).into_response());
        }
    };
    let detail = format!("chart {} downloaded", kind.as_str());
    personal::audit(&state, ctx.user.as_ref(), &reader.form, &reader.disclosure, AuditAction::View, detail)
        .await?;
    let stem: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' })
        .collect();
    let (body, content_type, extension) = match format {
        Format::Svg => (svg.into_bytes(), "image/svg+xml; charset=utf-8", "svg"),
        Format::Png => {
            let png = tokio::task::spawn_blocking(move || charts::png(&svg, PNG_WIDTH))
                .await
                .map_err(|e| AppError::Internal(e.into()))?
                .map_err(|e| AppError::Internal(e.into()))?;
            (png, "image/png", "png")
        }
    };
    let disposition = format!("attachment; filename=\"{stem}-{}.{extension}\"", kind.as_str());
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        body,
    )
        .into_response())
}
