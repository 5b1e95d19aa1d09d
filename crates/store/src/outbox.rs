//! Emails waiting to go out, and the record of those sent. Every email is written here first,
//! in the same transaction as the change it announces; a background sender delivers it over
//! SMTP when one is configured, and admins can always read the outbox.

use chrono::Duration;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::clock::{from_text, opt_from_text, to_text};
use crate::types::new_id;
use crate::{Result, Store, Timestamp, now};

/// An email composed by the web layer, already in the recipient's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingEmail {
    pub recipient: String,
    pub subject: String,
    pub body: String,
}

#[derive(Debug, Clone)]
pub struct OutboxEmail {
    pub id: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: Timestamp,
    pub sent_at: Option<Timestamp>,
    pub attempts: i64,
    pub last_error: Option<String>,
}

/// Give up on an email after this many failed deliveries; it stays readable in the outbox.
pub const MAX_ATTEMPTS: i64 = 8;

fn email_from_row(row: &AnyRow) -> Result<OutboxEmail> {
    Ok(OutboxEmail {
        id: row.try_get("id")?,
        recipient: row.try_get("recipient")?,
        subject: row.try_get("subject")?,
        body: row.try_get("body")?,
        created_at: from_text(&row.try_get::<String, _>("created_at")?)?,
        sent_at: opt_from_text(row.try_get("sent_at")?)?,
        attempts: row.try_get("attempts")?,
        last_error: row.try_get("last_error")?,
    })
}

pub(crate) async fn insert_email<'c, E>(conn: E, email: &OutgoingEmail) -> Result<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    sqlx::query("INSERT INTO outbox (id, recipient, subject, body, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(new_id())
        .bind(&email.recipient)
        .bind(&email.subject)
        .bind(&email.body)
        .bind(to_text(now()))
        .execute(conn)
        .await?;
    Ok(())
}

impl Store {
    pub async fn queue_email(&self, email: &OutgoingEmail) -> Result<()> {
        insert_email(self.pool(), email).await
    }

    /// The newest emails first.
    pub async fn outbox(&self, limit: i64, offset: i64) -> Result<Vec<OutboxEmail>> {
        let rows = sqlx::query("SELECT * FROM outbox ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2")
            .bind(limit)
            .bind(offset)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(email_from_row).collect()
    }

    pub async fn outbox_count(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(self.pool()).await?)
    }

    /// Takes the oldest unsent email for `lease`, so that two senders never send it twice.
    pub async fn claim_unsent_email(&self, lease: Duration) -> Result<Option<OutboxEmail>> {
        let at = now();
        let row = sqlx::query(
            "UPDATE outbox SET claimed_until = $1, attempts = attempts + 1 \
             WHERE id = (SELECT id FROM outbox WHERE sent_at IS NULL AND attempts < $3 \
                         AND (claimed_until IS NULL OR claimed_until < $2) \
                         ORDER BY created_at LIMIT 1) \
               AND (claimed_until IS NULL OR claimed_until < $2) \
             RETURNING *",
        )
        .bind(to_text(at + lease))
        .bind(to_text(at))
        .bind(MAX_ATTEMPTS)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(email_from_row).transpose()
    }

    pub async fn mark_email_sent(&self, id: &str) -> Result<()> {
        sqlx::query("UPDATE outbox SET sent_at = $1, last_error = NULL WHERE id = $2")
            .bind(to_text(now()))
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Records a failed delivery; the lease runs out and the email is tried again later.
    pub async fn mark_email_failed(&self, id: &str, error: &str) -> Result<()> {
        sqlx::query("UPDATE outbox SET last_error = $1 WHERE id = $2")
            .bind(error)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
