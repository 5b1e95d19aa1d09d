//! `GET /api/v1/forms/{id}/submissions`: a form's submissions as JSON, a page at a time
//! (`limit`, and `after` the last submission id of the previous page, which `next` carries),
//! with the data page's filters and the export's choices (`values=labels`, `language`,
//! `multiple=split`, `anonymise=yes`) in the query string. Each submission is its export row,
//! with its repeats' rows nested under their tables' names. `…/submissions.csv|.xlsx|.geojson`
//! stream the same export as a file, for Excel's and Power BI's "From Web".
//! Personal values go through the caller's disclosure; every call is in the audit log.

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Map, Value};
use store::collection::SubmissionRow;

use super::caller::{ApiCaller, ApiError};
use crate::data::export::download::{attachment, stream};
use crate::data::export::options::Format;
use crate::data::export::rows::{Cell, Indexes, rows_of};
use crate::data::export::run::{Plan, read_query};
use crate::data::personal::Viewer;
use crate::forms::access::form_for;
use crate::kernel::error::AppError;
use crate::kernel::state::AppState;

/// Submissions per page unless asked, and at most.
const DEFAULT_LIMIT: i64 = 100;
const MAX_LIMIT: i64 = 1000;

#[derive(Deserialize, Default)]
#[serde(default)]
struct Paging {
    limit: String,
    after: String,
}

fn cell(cell: &Cell) -> Value {
    match cell {
        Cell::Empty => Value::Null,
        Cell::Text(text) => Value::String(text.clone()),
        Cell::Number(text, number) => serde_json::Number::from_f64(*number)
            .map(Value::Number)
            .unwrap_or_else(|| Value::String(text.clone())),
    }
}

/// One submission as JSON: its row, and each repeat's rows in an array under the table's name.
fn submission_json(plan: &Plan, submission: &SubmissionRow, indexes: &mut Indexes) -> Value {
    let layout = &plan.layout;
    let mut main = Map::new();
    let mut repeats: Vec<(String, Vec<Value>)> = vec![];
    for row in rows_of(layout, &plan.disclosure, submission, indexes) {
        let table = &layout.tables[row.table];
        let object: Map<String, Value> =
            table.headers.iter().cloned().zip(row.cells.iter().map(cell)).collect();
        if row.table == 0 {
            main = object;
        } else {
            match repeats.iter_mut().find(|(name, _)| name == &table.name) {
                Some((_, rows)) => rows.push(Value::Object(object)),
                None => repeats.push((table.name.clone(), vec![Value::Object(object)])),
            }
        }
    }
    for (name, rows) in repeats {
        main.insert(name, Value::Array(rows));
    }
    Value::Object(main)
}

pub async fn get(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((id, file)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let ctx = &caller.ctx;
    let server_error = |err: AppError| {
        tracing::error!(error = %err, "serving the API");
        ApiError::new(ctx, StatusCode::INTERNAL_SERVER_ERROR, "api-server-error")
    };
    let format = match file.as_str() {
        "submissions" => None,
        other => match other.strip_prefix("submissions.").and_then(Format::parse) {
            Some(format) if format != Format::Zip => Some(format),
            _ => return Err(ApiError::new(ctx, StatusCode::NOT_FOUND, "api-not-found")),
        },
    };
    let (form, reach) = match form_for(&state.store, &caller.user, &id).await {
        Ok(found) => found,
        Err(AppError::NotFound) => return Err(ApiError::new(ctx, StatusCode::NOT_FOUND, "api-not-found")),
        Err(err) => return Err(server_error(err)),
    };
    let raw = raw.unwrap_or_default();
    let (table, export) = read_query(&raw);
    let viewer = Viewer::Person(&caller.user, reach);
    let plan = match Plan::build(&state, viewer, &form, format.unwrap_or(Format::Csv), &table, &export).await
    {
        Ok(Ok(plan)) => plan,
        Ok(Err(problems)) => {
            let message = problems.iter().map(|key| ctx.t(key)).collect::<Vec<_>>().join(" ");
            return Err(ApiError { status: StatusCode::BAD_REQUEST, message });
        }
        Err(err) => return Err(server_error(err)),
    };
    if format.is_some() {
        plan.audit(&state, Some(&caller.user), format!("{}; API", plan.detail()))
            .await
            .map_err(server_error)?;
        return attachment(plan.content_type(), &plan.file_name(), stream(state, plan)).map_err(server_error);
    }
    let paging: Paging = serde_urlencoded::from_str(&raw).unwrap_or_default();
    let limit = match paging.limit.trim() {
        "" => DEFAULT_LIMIT,
        typed => match typed.parse::<i64>() {
            Ok(limit) if (1..=MAX_LIMIT).contains(&limit) => limit,
            _ => return Err(ApiError::new(ctx, StatusCode::BAD_REQUEST, "api-bad-limit")),
        },
    };
    let after = Some(paging.after.trim()).filter(|a| !a.is_empty());
    let batch = state
        .store
        .submission_rows_after(&plan.form.id, &plan.filter, after, limit)
        .await
        .map_err(|e| server_error(e.into()))?;
    let mut indexes = Indexes::default();
    let results: Vec<Value> = batch.rows.iter().map(|s| submission_json(&plan, s, &mut indexes)).collect();
    let next = match (&batch.last_id, batch.rows.len() as i64 == limit) {
        (Some(last), true) => {
            let rest = crate::data::export::page::without(&raw, &["after"]);
            let separator = if rest.is_empty() { "" } else { "&" };
            let after = serde_urlencoded::to_string([("after", last)]).unwrap_or_default();
            Value::String(format!(
                "{}/api/v1/forms/{}/submissions?{rest}{separator}{after}",
                state.config.base_url, form.id
            ))
        }
        _ => Value::Null,
    };
    let detail =
        format!("{}; API page of {} after {}", plan.detail(), results.len(), after.unwrap_or("the start"));
    plan.audit(&state, Some(&caller.user), detail).await.map_err(server_error)?;
    Ok(Json(serde_json::json!({ "count": plan.total, "next": next, "results": results })).into_response())
}
