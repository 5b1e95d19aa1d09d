//! `GET /forms/{id}/data/export.{csv,xlsx,geojson,zip}`: the export streamed as it is written.
//! The writing runs on a blocking thread into one end of a small in-memory pipe whose other
//! end is the response body, so memory stays flat and the download starts at once; when the
//! client goes away the pipe breaks, the writing stops and its temporary files are removed.

use std::io::{self, BufWriter, Write};

use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use futures_util::StreamExt;
use tokio::runtime::Handle;
use tokio_util::io::{ReaderStream, SyncIoBridge};

use super::options::Format;
use super::page::{self, without};
use super::run::{self, Plan, read_query};
use crate::data::personal::Viewer;
use crate::forms::access::form_for;
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::state::AppState;

/// Bytes the pipe holds before the writer waits for the client.
const PIPE: usize = 64 * 1024;

pub async fn download(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, file)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let (form, reach) = form_for(&state.store, &user, &id).await?;
    let raw = raw.unwrap_or_default();
    let (table, export) = read_query(&raw);
    let Some(format) = Format::from_file_name(&file) else {
        return page::refused(&state, ctx, form, &raw, vec!["export-unknown-format"]).await;
    };
    let plan = match Plan::build(&state, Viewer::Person(&user, reach), &form, format, &table, &export).await?
    {
        Ok(plan) => plan,
        Err(problems) => return page::refused(&state, ctx, form, &raw, problems).await,
    };
    if plan.total > i64::try_from(state.config.export_background_threshold).unwrap_or(i64::MAX) {
        // Too large to wait for: the export page offers to run it in the background.
        let query = without(&raw, &["download"]);
        let query = format!(
            "{query}{}format={}&download=1",
            if query.is_empty() { "" } else { "&" },
            format.as_str()
        );
        return Ok(Redirect::to(&format!("/forms/{id}/data/export?{query}")).into_response());
    }
    plan.audit(&state, Some(&user), plan.detail()).await?;
    attachment(plan.content_type(), &plan.file_name(), stream(state, plan))
}

/// A response that downloads `body` as `file_name`.
pub fn attachment(content_type: &str, file_name: &str, body: Body) -> AppResult<Response> {
    let header = |value: String| HeaderValue::from_str(&value).map_err(|e| AppError::Internal(e.into()));
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, header(content_type.to_owned())?);
    headers.insert(CONTENT_DISPOSITION, header(format!("attachment; filename=\"{file_name}\""))?);
    *response.status_mut() = StatusCode::OK;
    Ok(response)
}

/// The export written on a blocking thread into the body. A failure part-way ends the body
/// with an error, so the client sees a broken download rather than a short file.
pub fn stream(state: AppState, plan: Plan) -> Body {
    let (writer, reader) = tokio::io::duplex(PIPE);
    let bridge = SyncIoBridge::new(writer);
    let handle = Handle::current();
    let (done, outcome) = tokio::sync::oneshot::channel::<Result<(), String>>();
    tokio::task::spawn_blocking(move || {
        let mut out = BufWriter::new(bridge);
        let result = run::write(&handle, &state, &plan, &mut out, &mut |_| Ok(()))
            .and_then(|_| out.flush().map_err(run::ExportError::from));
        drop(out);
        if let Err(err) = &result {
            tracing::info!(form = plan.form.id, error = %err, "an export stopped before its end");
        }
        let _ = done.send(result.map(|_| ()).map_err(|e| e.to_string()));
    });
    let end = futures_util::stream::once(async move {
        match outcome.await {
            Ok(Ok(())) => None,
            Ok(Err(err)) => Some(Err(io::Error::other(err))),
            Err(_) => Some(Err(io::Error::other("the export stopped"))),
        }
    })
    .filter_map(|item| async move { item });
    Body::from_stream(ReaderStream::new(reader).chain(end))
}
