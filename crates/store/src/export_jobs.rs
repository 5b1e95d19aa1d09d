//! Exports run in the background: queued by a person, leased by one server at a time (a
//! server that stops loses its lease and another takes the job over), their progress, and
//! the finished file kept for a while under the data directory.

use chrono::Duration;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::clock::{Timestamp, from_text, to_text};
use crate::types::new_id;
use crate::{Error, Result, Store};

/// Where a background export stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportStatus {
    Queued,
    Running,
    Done,
    Failed,
}

impl ExportStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Queued => "queued",
            Self::Running => "running",
            Self::Done => "done",
            Self::Failed => "failed",
        }
    }

    fn from_db(text: &str) -> Result<Self> {
        Ok(match text {
            "queued" => Self::Queued,
            "running" => Self::Running,
            "done" => Self::Done,
            "failed" => Self::Failed,
            other => return Err(Error::Corrupt(format!("export status {other:?}"))),
        })
    }
}

/// A background export.
#[derive(Debug, Clone)]
pub struct ExportJob {
    pub id: String,
    pub form_id: String,
    pub user_id: String,
    /// The export's query string (format, options and filters).
    pub request: String,
    pub format: String,
    pub status: ExportStatus,
    pub rows_done: i64,
    pub rows_total: i64,
    /// The finished file's name under the exports folder.
    pub file_name: Option<String>,
    pub file_size: Option<i64>,
    /// A translation key saying why the job failed.
    pub error: Option<String>,
    pub created_at: Timestamp,
    pub finished_at: Option<Timestamp>,
    pub expires_at: Option<Timestamp>,
}

impl ExportJob {
    /// Progress in percent (0 to 100).
    pub fn percent(&self) -> i64 {
        if self.status == ExportStatus::Done {
            100
        } else if self.rows_total <= 0 {
            0
        } else {
            (self.rows_done * 100 / self.rows_total).clamp(0, 100)
        }
    }
}

fn job_from(row: &AnyRow) -> Result<ExportJob> {
    let optional_time = |name: &str| -> Result<Option<Timestamp>> {
        row.try_get::<Option<String>, _>(name)?.as_deref().map(from_text).transpose()
    };
    Ok(ExportJob {
        id: row.try_get("id")?,
        form_id: row.try_get("form_id")?,
        user_id: row.try_get("user_id")?,
        request: row.try_get("request")?,
        format: row.try_get("format")?,
        status: ExportStatus::from_db(&row.try_get::<String, _>("status")?)?,
        rows_done: row.try_get("rows_done")?,
        rows_total: row.try_get("rows_total")?,
        file_name: row.try_get("file_name")?,
        file_size: row.try_get("file_size")?,
        error: row.try_get("error")?,
        created_at: from_text(&row.try_get::<String, _>("created_at")?)?,
        finished_at: optional_time("finished_at")?,
        expires_at: optional_time("expires_at")?,
    })
}

impl Store {
    /// Queues an export of `form_id` asked by `user_id`; returns its id.
    pub async fn queue_export(
        &self,
        form_id: &str,
        user_id: &str,
        request: &str,
        format: &str,
    ) -> Result<String> {
        let id = new_id();
        sqlx::query(
            "INSERT INTO export_jobs (id, form_id, user_id, request, format, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, 'queued', $6)",
        )
        .bind(&id)
        .bind(form_id)
        .bind(user_id)
        .bind(request)
        .bind(format)
        .bind(to_text(crate::now()))
        .execute(self.pool())
        .await?;
        Ok(id)
    }

    pub async fn export_job(&self, id: &str) -> Result<ExportJob> {
        let row = sqlx::query("SELECT * FROM export_jobs WHERE id = $1")
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        job_from(&row)
    }

    /// The exports of a form that a person asked for, newest first.
    pub async fn export_jobs_of(&self, form_id: &str, user_id: &str) -> Result<Vec<ExportJob>> {
        sqlx::query(
            "SELECT * FROM export_jobs WHERE form_id = $1 AND user_id = $2 ORDER BY created_at DESC, id DESC LIMIT 20",
        )
        .bind(form_id)
        .bind(user_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(job_from)
        .collect()
    }

    /// Takes a job to run: a queued one, or a running one whose server let its lease pass;
    /// `only` takes that job or none. Two servers never hold the same job.
    pub async fn claim_export(&self, only: Option<&str>, lease: Duration) -> Result<Option<ExportJob>> {
        let now = crate::now();
        let candidates = sqlx::query(
            "SELECT id FROM export_jobs WHERE (status = 'queued' OR (status = 'running' AND lease_until < $1)) \
             ORDER BY created_at LIMIT 10",
        )
        .bind(to_text(now))
        .fetch_all(self.pool())
        .await?;
        for candidate in &candidates {
            let id: String = candidate.try_get("id")?;
            if only.is_some_and(|only| only != id) {
                continue;
            }
            let taken = sqlx::query(
                "UPDATE export_jobs SET status = 'running', lease_until = $1 WHERE id = $2 \
                 AND (status = 'queued' OR (status = 'running' AND lease_until < $3))",
            )
            .bind(to_text(now + lease))
            .bind(&id)
            .bind(to_text(now))
            .execute(self.pool())
            .await?
            .rows_affected();
            if taken == 1 {
                return self.export_job(&id).await.map(Some);
            }
        }
        Ok(None)
    }

    /// Records a running job's progress and renews its lease.
    pub async fn export_progress(&self, id: &str, done: i64, total: i64, lease: Duration) -> Result<()> {
        sqlx::query("UPDATE export_jobs SET rows_done = $1, rows_total = $2, lease_until = $3 WHERE id = $4")
            .bind(done)
            .bind(total)
            .bind(to_text(crate::now() + lease))
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// A finished job: its file, kept until `keep` has passed.
    pub async fn finish_export(
        &self,
        id: &str,
        file_name: &str,
        file_size: i64,
        keep: Duration,
    ) -> Result<()> {
        let now = crate::now();
        sqlx::query(
            "UPDATE export_jobs SET status = 'done', rows_done = rows_total, file_name = $1, file_size = $2, \
             finished_at = $3, expires_at = $4, lease_until = NULL WHERE id = $5",
        )
        .bind(file_name)
        .bind(file_size)
        .bind(to_text(now))
        .bind(to_text(now + keep))
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// A failed job, with a translation key saying why.
    pub async fn fail_export(&self, id: &str, error: &str) -> Result<()> {
        sqlx::query(
            "UPDATE export_jobs SET status = 'failed', error = $1, finished_at = $2, lease_until = NULL WHERE id = $3",
        )
        .bind(error)
        .bind(to_text(crate::now()))
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Deletes the jobs kept past their time (finished or failed); returns them, so that
    /// their files can be deleted too.
    pub async fn expire_exports(&self, now: Timestamp) -> Result<Vec<ExportJob>> {
        let expired: Vec<ExportJob> = sqlx::query(
            "SELECT * FROM export_jobs WHERE (status = 'done' AND expires_at < $1) \
             OR (status = 'failed' AND finished_at < $2)",
        )
        .bind(to_text(now))
        .bind(to_text(now - Duration::days(7)))
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(job_from)
        .collect::<Result<_>>()?;
        for job in &expired {
            sqlx::query("DELETE FROM export_jobs WHERE id = $1").bind(&job.id).execute(self.pool()).await?;
        }
        Ok(expired)
    }
}
