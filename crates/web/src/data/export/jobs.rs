//! Exports too large to wait for run in the background: queued in the database
//! (`export_jobs`), run by whichever server claims them first (a lease, renewed with each
//! batch, lets another server take over a job whose server stopped), their progress shown on
//! the export page, the file kept under `DATA_DIR/exports` for seven days and then deleted.
//! The job belongs to the person who asked; they download it while they keep their reach
//! over the form, and each download is audited.

use std::io::{BufWriter, Write};
use std::time::{Duration, Instant};

use axum::Form as PostForm;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use store::export_jobs::{ExportJob, ExportStatus};
use tokio::runtime::Handle;

use super::download::attachment;
use super::options::Format;
use super::page::without;
use super::run::{self, ExportError, Plan, read_query};
use crate::data::personal;
use crate::data::personal::Viewer;
use crate::forms::access::form_for;
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::state::AppState;
use crate::submissions::table::latest_questions;

/// How long a claimed job is kept from other servers without news of its progress.
const LEASE_SECS: i64 = 300;
/// How long a finished export is kept for download.
const KEEP_DAYS: i64 = 7;
/// The wait between looks for queued jobs.
const POLL: Duration = Duration::from_secs(5);
/// The wait between deletions of expired exports.
const EXPIRY: Duration = Duration::from_secs(3600);

fn lease() -> chrono::Duration {
    chrono::Duration::seconds(LEASE_SECS)
}

#[derive(Deserialize)]
pub struct StartJob {
    /// The export's query string.
    request: String,
}

/// `POST /forms/{id}/data/export/jobs`: queues the export and starts it.
pub async fn start(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    PostForm(form): PostForm<StartJob>,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let (found, _) = form_for(&state.store, &user, &id).await?;
    let request = without(&form.request, &["download"]);
    let (_, export) = read_query(&request);
    let format = Format::parse(&export.format).ok_or(AppError::NotFound)?;
    let job = state.store.queue_export(&found.id, &user.id, &request, format.as_str()).await?;
    let runner = state.clone();
    tokio::spawn(async move {
        match runner.store.claim_export(Some(&job), lease()).await {
            Ok(Some(job)) => execute(&runner, job).await,
            Ok(None) => {}
            Err(err) => tracing::warn!(error = %err, "claiming an export job"),
        }
    });
    let suffix = if request.is_empty() { String::new() } else { format!("?{request}") };
    Ok(Redirect::to(&format!("/forms/{id}/data/export{suffix}#exports")).into_response())
}

/// `GET /forms/{id}/data/export/jobs/{job}`: the finished file, for the person who asked.
pub async fn download(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, job_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let (form, reach) = form_for(&state.store, &user, &id).await?;
    let job = state.store.export_job(&job_id).await?;
    if job.form_id != form.id || job.user_id != user.id || job.status != ExportStatus::Done {
        return Err(AppError::NotFound);
    }
    let name = job.file_name.as_deref().ok_or(AppError::NotFound)?;
    let file = tokio::fs::File::open(state.config.data_dir.join("exports").join(name))
        .await
        .map_err(|_| AppError::NotFound)?;
    let (_, export) = read_query(&job.request);
    let questions = latest_questions(&state, &form).await;
    let disclosure =
        personal::disclosure(&state, &user, reach, &form, &questions, !export.anonymise.is_empty()).await?;
    let detail = format!("{}, background export downloaded", job.format);
    personal::audit(
        &state,
        Some(&user),
        &form,
        &disclosure,
        store::personal_data::AuditAction::Export,
        detail,
    )
    .await?;
    let extension = name.rsplit('.').next().unwrap_or("bin");
    let content_type = match extension {
        "csv" => "text/csv; charset=utf-8",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "geojson" => "application/geo+json",
        _ => "application/zip",
    };
    let date = job.created_at.format("%Y-%m-%d");
    let stem: String = form
        .xml_form_id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' })
        .collect();
    attachment(
        content_type,
        &format!("{stem}-{date}.{extension}"),
        Body::from_stream(tokio_util::io::ReaderStream::new(file)),
    )
}

/// Runs queued jobs (and jobs whose server stopped) and deletes expired exports, until the
/// task is aborted.
pub async fn run(state: AppState) {
    let mut expired_at: Option<Instant> = None;
    loop {
        if expired_at.is_none_or(|at| at.elapsed() >= EXPIRY) {
            expire(&state).await;
            expired_at = Some(Instant::now());
        }
        loop {
            match state.store.claim_export(None, lease()).await {
                Ok(Some(job)) => execute(&state, job).await,
                Ok(None) => break,
                Err(err) => {
                    tracing::warn!(error = %err, "claiming an export job");
                    break;
                }
            }
        }
        tokio::time::sleep(POLL).await;
    }
}

/// Deletes the exports kept past their time, and their files.
pub async fn expire(state: &AppState) {
    match state.store.expire_exports(store::now()).await {
        Ok(jobs) => {
            for name in jobs.iter().filter_map(|j| j.file_name.as_deref()) {
                let _ = std::fs::remove_file(state.config.data_dir.join("exports").join(name));
            }
        }
        Err(err) => tracing::warn!(error = %err, "deleting expired exports"),
    }
}

async fn execute(state: &AppState, job: ExportJob) {
    let outcome = produce(state, &job).await;
    let recorded = match outcome {
        Ok((name, size)) => {
            state.store.finish_export(&job.id, &name, size, chrono::Duration::days(KEEP_DAYS)).await
        }
        Err(key) => state.store.fail_export(&job.id, key).await,
    };
    if let Err(err) = recorded {
        tracing::error!(job = job.id, error = %err, "recording an export job's end");
    }
}

/// Writes the job's file; its name and size, or the translation key of what went wrong.
async fn produce(state: &AppState, job: &ExportJob) -> Result<(String, i64), &'static str> {
    let failed = |err: &dyn std::fmt::Display| {
        tracing::error!(job = job.id, error = %err, "an export job failed");
        "export-error-failed"
    };
    let user = state.store.user(&job.user_id).await.map_err(|e| failed(&e))?;
    let (form, reach) =
        form_for(&state.store, &user, &job.form_id).await.map_err(|_| "export-error-no-access")?;
    let (table, export) = read_query(&job.request);
    let format = Format::parse(&job.format).ok_or("export-unknown-format")?;
    let plan = match Plan::build(state, Viewer::Person(&user, reach), &form, format, &table, &export).await {
        Ok(Ok(plan)) => plan,
        Ok(Err(_)) => return Err("export-error-filters"),
        Err(err) => return Err(failed(&err)),
    };
    plan.audit(state, Some(&user), format!("{}; in the background", plan.detail()))
        .await
        .map_err(|e| failed(&e))?;
    let folder = state.config.data_dir.join("exports");
    std::fs::create_dir_all(&folder).map_err(|e| failed(&e))?;
    let name = format!("{}.{}", job.id, plan.extension());
    let path = folder.join(&name);
    let (runner, id) = (state.clone(), job.id.clone());
    let handle = Handle::current();
    let written = tokio::task::spawn_blocking(move || -> Result<u64, ExportError> {
        // Written beside, then renamed: a download never sees half a file.
        let part = tempfile::NamedTempFile::with_prefix_in("export-", &folder)?;
        let mut out = BufWriter::new(part);
        let total = plan.total;
        let mut progress = |done: u64| {
            let done = i64::try_from(done).unwrap_or(i64::MAX);
            handle.block_on(runner.store.export_progress(&id, done, total.max(done), lease()))?;
            Ok(())
        };
        run::write(&handle, &runner, &plan, &mut out, &mut progress)?;
        out.flush()?;
        let part = out.into_inner().map_err(|e| e.into_error())?;
        part.as_file().sync_all()?;
        part.persist(&path).map_err(|e| e.error)?;
        Ok(0)
    })
    .await;
    match written {
        Ok(Ok(_)) => {}
        Ok(Err(err)) => {
            let key = err.key();
            failed(&err);
            return Err(key);
        }
        Err(err) => return Err(failed(&err)),
    }
    let size =
        std::fs::metadata(state.config.data_dir.join("exports").join(&name)).map_err(|e| failed(&e))?.len();
    Ok((name, i64::try_from(size).unwrap_or(i64::MAX)))
}
