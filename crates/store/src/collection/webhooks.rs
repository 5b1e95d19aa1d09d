//! Webhooks: URLs a form's new and edited submissions are sent to as JSON.
//!
//! The submission writer queues one delivery per active webhook in the transaction that
//! stores the submission. Deliverers lease due deliveries here: a claim moves the row's
//! `next_attempt` past the lease in the same statement that checks it is due, so several
//! servers never deliver one row at the same time, and a deliverer that dies only delays its
//! row until the lease runs out. A failed attempt is retried after 30 s, doubling up to a day,
//! for at most [`MAX_DELIVERY_ATTEMPTS`] attempts.

use chrono::Duration;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::accounts::User;
use crate::clock::{from_text, opt_from_text, to_text};
use crate::collection::Form;
use crate::personal_data::{AuditAction, NewAuditEntry, insert_audit};
use crate::types::{Secret, new_id};
use crate::{Error, Result, Store, Timestamp, now};

/// Attempts after which a delivery is given up (it stays listed with its last error).
pub const MAX_DELIVERY_ATTEMPTS: i64 = 12;
/// The wait after the first failed attempt; each further failure doubles it.
pub const FIRST_RETRY_SECS: i64 = 30;
/// The longest wait between two attempts.
pub const MAX_RETRY_SECS: i64 = 24 * 3600;

/// The wait before the next attempt, after `attempts` failed ones.
pub fn retry_delay(attempts: i64) -> Duration {
    let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 30)).unwrap_or(30);
    let secs = FIRST_RETRY_SECS.saturating_mul(1i64 << doublings).min(MAX_RETRY_SECS);
    Duration::seconds(secs)
}

/// An absolute `http` or `https` URL with a host, at most 2000 characters, without spaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookUrl(String);

impl WebhookUrl {
    pub fn parse(raw: &str) -> Option<Self> {
        let url = raw.trim();
        let lower = url.to_ascii_lowercase();
        let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"))?;
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let host = authority.rsplit('@').next().unwrap_or_default();
        let ok = url.len() <= 2000
            && !host.is_empty()
            && !host.starts_with(':')
            && !url.chars().any(|c| c.is_whitespace() || c.is_control());
        ok.then(|| Self(url.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A form's webhook with how its deliveries are going.
#[derive(Debug, Clone)]
pub struct Webhook {
    pub id: String,
    pub form_id: String,
    pub url: String,
    pub created_at: Timestamp,
    pub delivered: i64,
    /// Not delivered yet and still to be tried.
    pub pending: i64,
    /// Given up after [`MAX_DELIVERY_ATTEMPTS`].
    pub failed: i64,
    /// The error of the latest failed attempt of a delivery not made yet.
    pub last_error: Option<String>,
}

/// One delivery, as the webhooks page lists it.
#[derive(Debug, Clone)]
pub struct WebhookDelivery {
    pub id: String,
    pub webhook_id: String,
    pub event: String,
    pub attempts: i64,
    pub next_attempt: Timestamp,
    pub last_error: Option<String>,
    pub delivered_at: Option<Timestamp>,
    pub created_at: Timestamp,
}

impl WebhookDelivery {
    pub fn gave_up(&self) -> bool {
        self.delivered_at.is_none() && self.attempts >= MAX_DELIVERY_ATTEMPTS
    }
}

/// A delivery leased to a deliverer, with where to send it and the key to sign it with.
#[derive(Debug, Clone)]
pub struct DueDelivery {
    pub id: String,
    pub webhook_id: String,
    pub event: String,
    /// The JSON body, exactly as it is to be sent and signed.
    pub payload: String,
    /// Attempts so far, this one included.
    pub attempts: i64,
    pub url: String,
    pub secret: Secret,
}

fn webhook_from(row: &AnyRow) -> Result<Webhook> {
    Ok(Webhook {
        id: row.try_get("id")?,
        form_id: row.try_get("form_id")?,
        url: row.try_get("url")?,
        created_at: from_text(&row.try_get::<String, _>("created_at")?)?,
        delivered: row.try_get("delivered")?,
        pending: row.try_get("pending")?,
        failed: row.try_get("failed")?,
        last_error: row.try_get("last_error")?,
    })
}

fn delivery_from(row: &AnyRow) -> Result<WebhookDelivery> {
    Ok(WebhookDelivery {
        id: row.try_get("id")?,
        webhook_id: row.try_get("webhook_id")?,
        event: row.try_get("event")?,
        attempts: row.try_get("attempts")?,
        next_attempt: from_text(&row.try_get::<String, _>("next_attempt")?)?,
        last_error: row.try_get("last_error")?,
        delivered_at: opt_from_text(row.try_get("delivered_at")?)?,
        created_at: from_text(&row.try_get::<String, _>("created_at")?)?,
    })
}

/// The longest error text kept.
const MAX_ERROR_CHARS: usize = 500;

impl Store {
    /// Adds a webhook to a form. The secret that signs its deliveries is returned; the page
    /// shows it once.
    ///
    /// Its deliveries carry personal values, so adding it is written to the audit log (as an
    /// export, `by` whom) in the same transaction.
    pub async fn add_webhook(
        &self,
        form_id: &str,
        url: &WebhookUrl,
        by: Option<&User>,
    ) -> Result<(Webhook, Secret)> {
        let form = self.form(form_id).await?;
        let id = new_id();
        let secret = Secret::generate();
        let mut tx = self.pool().begin().await?;
        sqlx::query(
            "INSERT INTO webhooks (id, form_id, url, secret, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&id)
        .bind(form_id)
        .bind(url.as_str())
        .bind(secret.expose())
        .bind(to_text(now()))
        .execute(&mut *tx)
        .await?;
        let detail = format!(
            "webhook added: every new and edited submission, personal values included, is sent to {}",
            url.as_str()
        );
        insert_audit(&mut tx, &webhook_audit(&form, by, detail)).await?;
        tx.commit().await?;
        let webhook =
            self.webhooks(form_id).await?.into_iter().find(|w| w.id == id).ok_or(Error::NotFound)?;
        Ok((webhook, secret))
    }

    /// A form's active webhooks, oldest first, each with its delivery counts.
    pub async fn webhooks(&self, form_id: &str) -> Result<Vec<Webhook>> {
        let rows = sqlx::query(
            "SELECT w.id, w.form_id, w.url, w.created_at, \
               (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.webhook_id = w.id \
                  AND d.delivered_at IS NOT NULL) AS delivered, \
               (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.webhook_id = w.id \
                  AND d.delivered_at IS NULL AND d.attempts < $2) AS pending, \
               (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.webhook_id = w.id \
                  AND d.delivered_at IS NULL AND d.attempts >= $2) AS failed, \
               (SELECT d.last_error FROM webhook_deliveries d WHERE d.webhook_id = w.id \
                  AND d.delivered_at IS NULL AND d.last_error IS NOT NULL \
                  ORDER BY d.next_attempt DESC, d.id DESC LIMIT 1) AS last_error \
             FROM webhooks w WHERE w.form_id = $1 AND w.removed_at IS NULL ORDER BY w.created_at, w.id",
        )
        .bind(form_id)
        .bind(MAX_DELIVERY_ATTEMPTS)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(webhook_from).collect()
    }

    /// Removes a webhook of a form: nothing more is queued for it or sent to it.
    /// Written to the audit log, `by` whom, in the same transaction.
    pub async fn remove_webhook(&self, form_id: &str, id: &str, by: Option<&User>) -> Result<()> {
        let form = self.form(form_id).await?;
        let mut tx = self.pool().begin().await?;
        let url: Option<String> = sqlx::query_scalar(
            "UPDATE webhooks SET removed_at = $1 WHERE id = $2 AND form_id = $3 AND removed_at IS NULL \
             RETURNING url",
        )
        .bind(to_text(now()))
        .bind(id)
        .bind(form_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(url) = url else { return Err(Error::NotFound) };
        let detail = format!("webhook removed: nothing more is sent to {url}");
        insert_audit(&mut tx, &webhook_audit(&form, by, detail)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Makes the failed, undelivered deliveries of a form's webhook due now, giving those
    /// already given up one more attempt. Returns how many were rescheduled.
    pub async fn retry_webhook_now(&self, form_id: &str, id: &str) -> Result<u64> {
        let done = sqlx::query(
            "UPDATE webhook_deliveries SET next_attempt = $1, \
               attempts = CASE WHEN attempts >= $2 THEN $3 ELSE attempts END \
             WHERE webhook_id = $4 AND delivered_at IS NULL AND last_error IS NOT NULL \
               AND webhook_id IN (SELECT id FROM webhooks WHERE form_id = $5 AND removed_at IS NULL)",
        )
        .bind(to_text(now()))
        .bind(MAX_DELIVERY_ATTEMPTS)
        .bind(MAX_DELIVERY_ATTEMPTS - 1)
        .bind(id)
        .bind(form_id)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected())
    }

    /// The latest deliveries of a form's active webhooks, newest first.
    pub async fn webhook_deliveries(&self, form_id: &str, limit: i64) -> Result<Vec<WebhookDelivery>> {
        let rows = sqlx::query(
            "SELECT d.id, d.webhook_id, d.event, d.attempts, d.next_attempt, d.last_error, d.delivered_at, \
             d.created_at FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id \
             WHERE w.form_id = $1 AND w.removed_at IS NULL ORDER BY d.created_at DESC, d.id DESC LIMIT $2",
        )
        .bind(form_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(delivery_from).collect()
    }

    /// Leases the delivery due longest ago for `lease`, counting the attempt, so that no
    /// other deliverer takes it meanwhile.
    pub async fn claim_due_delivery(&self, lease: Duration) -> Result<Option<DueDelivery>> {
        let at = now();
        let row = sqlx::query(
            "UPDATE webhook_deliveries SET next_attempt = $1, attempts = attempts + 1 \
             WHERE id = (SELECT d.id FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id \
                         WHERE d.delivered_at IS NULL AND d.next_attempt <= $2 AND d.attempts < $3 \
                           AND w.removed_at IS NULL \
                         ORDER BY d.next_attempt, d.id LIMIT 1) \
               AND delivered_at IS NULL AND next_attempt <= $2 \
             RETURNING id, webhook_id, event, payload, attempts",
        )
        .bind(to_text(at + lease))
        .bind(to_text(at))
        .bind(MAX_DELIVERY_ATTEMPTS)
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let webhook_id: String = row.try_get("webhook_id")?;
        let hook = sqlx::query("SELECT url, secret FROM webhooks WHERE id = $1")
            .bind(&webhook_id)
            .fetch_one(self.pool())
            .await?;
        Ok(Some(DueDelivery {
            id: row.try_get("id")?,
            webhook_id,
            event: row.try_get("event")?,
            payload: row.try_get("payload")?,
            attempts: row.try_get("attempts")?,
            url: hook.try_get("url")?,
            secret: Secret::from_user(&hook.try_get::<String, _>("secret")?),
        }))
    }

    pub async fn mark_delivery_done(&self, id: &str) -> Result<()> {
        sqlx::query("UPDATE webhook_deliveries SET delivered_at = $1, last_error = NULL WHERE id = $2")
            .bind(to_text(now()))
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Records a failed attempt (the `attempts`-th) and schedules the next one. Returns when
    /// it will be, or `None` when the delivery is given up.
    pub async fn mark_delivery_failed(
        &self,
        id: &str,
        attempts: i64,
        error: &str,
    ) -> Result<Option<Timestamp>> {
        let next = now() + retry_delay(attempts);
        let error: String = error.chars().take(MAX_ERROR_CHARS).collect();
        sqlx::query("UPDATE webhook_deliveries SET last_error = $1, next_attempt = $2 WHERE id = $3")
            .bind(&error)
            .bind(to_text(next))
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok((attempts < MAX_DELIVERY_ATTEMPTS).then_some(next))
    }
}

/// The audit line of a change to a form's webhooks: submissions leave the platform through them.
fn webhook_audit<'a>(form: &'a Form, by: Option<&'a User>, detail: String) -> NewAuditEntry<'a> {
    NewAuditEntry {
        user: by,
        organisation_id: &form.organisation_id,
        form_id: &form.id,
        form_title: &form.title,
        action: AuditAction::Export,
        detail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_30_seconds_doubling_up_to_a_day() {
        assert_eq!(retry_delay(1), Duration::seconds(30));
        assert_eq!(retry_delay(2), Duration::seconds(60));
        assert_eq!(retry_delay(3), Duration::seconds(120));
        assert_eq!(retry_delay(12), Duration::seconds(30 * 2048));
        assert_eq!(retry_delay(13), Duration::seconds(MAX_RETRY_SECS));
        assert_eq!(retry_delay(100), Duration::seconds(MAX_RETRY_SECS));
        assert_eq!(retry_delay(0), Duration::seconds(30));
    }

    #[test]
    fn only_http_and_https_urls_are_webhooks() {
        for good in ["https://example.org/hook", "http://127.0.0.1:8080/x?y=1", "HTTPS://Example.org"] {
            assert!(WebhookUrl::parse(good).is_some(), "{good}");
        }
        for bad in [
            "ftp://example.org",
            "https://",
            "https:///path",
            "example.org",
            "https://a b.org",
            "javascript:alert(1)",
            "http://:80/",
        ] {
            assert!(WebhookUrl::parse(bad).is_none(), "{bad}");
        }
        assert_eq!(WebhookUrl::parse("  https://example.org/h  ").unwrap().as_str(), "https://example.org/h");
    }
}
