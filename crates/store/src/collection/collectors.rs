//! Collectors: who may fetch forms and send submissions without a session. A device
//! (ODK Collect, KoboCollect) holds a secret token in its server URL; a web link is a token
//! scoped to one form, meant to be shared.

use sqlx::Row;
use sqlx::any::AnyRow;

use crate::clock::{from_text, opt_from_text, to_text};
use crate::types::{Name, Secret, new_id};
use crate::{Error, Result, Store, Timestamp, now};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectorKind {
    /// A phone with ODK Collect or KoboCollect; sees every form of its organisation.
    Device,
    /// The public web link of one form.
    WebLink,
}

impl CollectorKind {
    fn as_str(self) -> &'static str {
        match self {
            CollectorKind::Device => "device",
            CollectorKind::WebLink => "web_link",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Collector {
    pub id: String,
    pub organisation_id: String,
    pub name: String,
    pub kind: CollectorKind,
    /// For a web link, the one form it serves.
    pub form_id: Option<String>,
    /// For a web link, its token (shared on purpose); never kept for devices.
    pub shared_token: Option<String>,
    pub created_at: Timestamp,
    pub revoked_at: Option<Timestamp>,
}

impl Collector {
    /// Whether this collector may see and submit to `form_id`.
    pub fn serves(&self, form_id: &str) -> bool {
        self.form_id.as_deref().is_none_or(|only| only == form_id)
    }
}

fn collector_from_row(row: &AnyRow) -> Result<Collector> {
    let kind: String = row.try_get("kind")?;
    Ok(Collector {
        id: row.try_get("id")?,
        organisation_id: row.try_get("organisation_id")?,
        name: row.try_get("name")?,
        kind: match kind.as_str() {
            "device" => CollectorKind::Device,
            "web_link" => CollectorKind::WebLink,
            other => return Err(Error::Corrupt(format!("collector kind {other:?}"))),
        },
        form_id: row.try_get("form_id")?,
        shared_token: row.try_get("shared_token")?,
        created_at: from_text(&row.try_get::<String, _>("created_at")?)?,
        revoked_at: opt_from_text(row.try_get("revoked_at")?)?,
    })
}

impl Store {
    /// Creates a device collector; the token is returned once and only its hash is kept.
    pub async fn create_device_collector(
        &self,
        organisation_id: &str,
        name: &Name,
        created_by: Option<&str>,
    ) -> Result<(Collector, Secret)> {
        let token = Secret::generate();
        let id = new_id();
        sqlx::query(
            "INSERT INTO collectors (id, organisation_id, name, kind, token_hash, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&id)
        .bind(organisation_id)
        .bind(name.as_str())
        .bind(CollectorKind::Device.as_str())
        .bind(token.hash())
        .bind(created_by)
        .bind(to_text(now()))
        .execute(self.pool())
        .await?;
        Ok((self.collector(&id).await?, token))
    }

    /// The form's active web link (the oldest, should there be two). Forms get theirs when
    /// first published; one published before that was so gets it here, on first use.
    pub async fn web_link(&self, form_id: &str, created_by: Option<&str>) -> Result<Collector> {
        const FIND: &str = "SELECT * FROM collectors WHERE form_id = $1 AND kind = 'web_link' \
                            AND revoked_at IS NULL ORDER BY created_at, id LIMIT 1";
        if let Some(row) = sqlx::query(FIND).bind(form_id).fetch_optional(self.pool()).await? {
            return collector_from_row(&row);
        }
        let form = self.form(form_id).await?;
        let mut tx = self.pool().begin().await?;
        insert_web_link(&mut tx, form_id, &form.organisation_id, &form.title, created_by).await?;
        tx.commit().await?;
        let row = sqlx::query(FIND).bind(form_id).fetch_one(self.pool()).await?;
        collector_from_row(&row)
    }

    pub async fn collector(&self, id: &str) -> Result<Collector> {
        let row = sqlx::query("SELECT * FROM collectors WHERE id = $1")
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        collector_from_row(&row)
    }

    /// The active collector holding `token`.
    pub async fn collector_by_token(&self, token: &Secret) -> Result<Collector> {
        let row = sqlx::query("SELECT * FROM collectors WHERE token_hash = $1 AND revoked_at IS NULL")
            .bind(token.hash())
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        collector_from_row(&row)
    }

    /// The organisation's device collectors, active first, newest first.
    pub async fn device_collectors(&self, organisation_id: &str) -> Result<Vec<Collector>> {
        let rows = sqlx::query(
            "SELECT * FROM collectors WHERE organisation_id = $1 AND kind = 'device' \
             ORDER BY CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END, created_at DESC",
        )
        .bind(organisation_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(collector_from_row).collect()
    }

    /// Revokes a collector of the organisation at once: its next request is refused.
    pub async fn revoke_collector(&self, organisation_id: &str, id: &str) -> Result<()> {
        let done = sqlx::query(
            "UPDATE collectors SET revoked_at = $1 WHERE id = $2 AND organisation_id = $3 AND revoked_at IS NULL",
        )
        .bind(to_text(now()))
        .bind(id)
        .bind(organisation_id)
        .execute(self.pool())
        .await?;
        if done.rows_affected() == 0 {
            return Err(Error::NotFound);
        }
        Ok(())
    }
}

/// Makes a form's web link inside the caller's transaction.
pub(super) async fn insert_web_link(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    form_id: &str,
    organisation_id: &str,
    form_title: &str,
    created_by: Option<&str>,
) -> Result<()> {
    let token = Secret::generate();
    sqlx::query(
        "INSERT INTO collectors (id, organisation_id, name, kind, form_id, token_hash, shared_token, \
         created_by, created_at) VALUES ($1, $2, $3, 'web_link', $4, $5, $6, $7, $8)",
    )
    .bind(new_id())
    .bind(organisation_id)
    .bind(form_title)
    .bind(form_id)
    .bind(token.hash())
    .bind(token.expose())
    .bind(created_by)
    .bind(to_text(now()))
    .execute(&mut **tx)
    .await?;
    Ok(())
}
