//! Submissions looked up by their `instanceID`, the name devices know them by.

use sqlx::Row;

use crate::{Error, Result, Store};

impl Store {
    /// Names of the files received for a submission, in name order.
    pub async fn attachment_names_received(&self, form_id: &str, instance_id: &str) -> Result<Vec<String>> {
        let names = sqlx::query_scalar(
            "SELECT a.name FROM submission_attachments a JOIN submissions s ON s.id = a.submission_id \
             WHERE s.form_id = $1 AND s.instance_id = $2 AND a.blob_key IS NOT NULL ORDER BY a.name",
        )
        .bind(form_id)
        .bind(instance_id)
        .fetch_all(self.pool())
        .await?;
        Ok(names)
    }

    /// Every version of the submission that `instance_id` belongs to, newest first, each with
    /// whether it is the current one.
    pub async fn submission_chain(&self, form_id: &str, instance_id: &str) -> Result<Vec<(String, bool)>> {
        let root: String = sqlx::query_scalar(
            "SELECT root_instance_id FROM submissions WHERE form_id = $1 AND instance_id = $2",
        )
        .bind(form_id)
        .bind(instance_id)
        .fetch_optional(self.pool())
        .await?
        .ok_or(Error::NotFound)?;
        let rows = sqlx::query(
            "SELECT instance_id, is_current FROM submissions WHERE form_id = $1 AND root_instance_id = $2 \
             ORDER BY received_at DESC, id DESC",
        )
        .bind(form_id)
        .bind(&root)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("instance_id")?, row.try_get::<i64, _>("is_current")? == 1)))
            .collect()
    }

    /// The problems stored with a submission (JSON: `[{path, kind, detail}]`).
    pub async fn submission_problems(&self, form_id: &str, instance_id: &str) -> Result<String> {
        sqlx::query_scalar("SELECT problems FROM submissions WHERE form_id = $1 AND instance_id = $2")
            .bind(form_id)
            .bind(instance_id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)
    }
}

impl Store {
    /// The stored document of a submission of `form_id`.
    pub async fn submission_document(&self, form_id: &str, submission_id: &str) -> Result<String> {
        sqlx::query_scalar("SELECT xml FROM submissions WHERE form_id = $1 AND id = $2")
            .bind(form_id)
            .bind(submission_id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)
    }
}
