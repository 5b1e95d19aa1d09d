//! Personal data: each form's privacy settings (the key that pseudonymises its personal
//! values, its consent question, its retention period), the author's decisions about which
//! fields are personal, and the audit log of every view, export and purge of personal data.

use rand::RngCore;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::accounts::User;
use crate::blobs::BlobKey;
use crate::clock::{Timestamp, from_text, to_text};
use crate::types::new_id;
use crate::{Result, Store};

/// The longest retention period a form may set (ten years).
pub const MAX_RETENTION_DAYS: i64 = 3653;

/// A form's privacy settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormPrivacy {
    /// The key of the keyed hash that pseudonymises this form's personal values (32 bytes).
    pub pseudonym_key: Vec<u8>,
    pub consent: Option<Consent>,
    pub retention: Option<RetentionDays>,
}

/// The question that records consent, and the answer (a choice name) that gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    /// Path without repeat positions, e.g. `/data/consent`.
    pub path: String,
    pub value: String,
}

/// Days after which a submission's media and personal fields are purged: 1 to
/// [`MAX_RETENTION_DAYS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct RetentionDays(i64);

impl RetentionDays {
    pub fn new(days: i64) -> Option<Self> {
        (1..=MAX_RETENTION_DAYS).contains(&days).then_some(Self(days))
    }

    pub fn days(self) -> i64 {
        self.0
    }
}

/// What happened to personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    /// Personal values were shown on a page.
    View,
    /// Submissions left the platform in a file or through the API.
    Export,
    /// Personal values and media were purged (retention or by hand).
    Purge,
    /// The personal fields, consent question or retention period changed.
    Settings,
}

impl AuditAction {
    pub const ALL: [AuditAction; 4] =
        [AuditAction::View, AuditAction::Export, AuditAction::Purge, AuditAction::Settings];

    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::View => "view",
            AuditAction::Export => "export",
            AuditAction::Purge => "purge",
            AuditAction::Settings => "settings",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == text)
    }
}

/// One line of the audit log.
#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub id: String,
    pub at: Timestamp,
    pub user_id: Option<String>,
    /// The person's name when it happened (kept if the account goes).
    pub user_name: Option<String>,
    pub organisation_id: Option<String>,
    pub form_id: Option<String>,
    pub form_title: Option<String>,
    pub action: AuditAction,
    /// What was seen or exported, e.g. `csv, labels, 1,204 submissions, personal fields shown`.
    pub detail: String,
}

/// What an audit line records; the time and id are the store's.
#[derive(Debug, Clone)]
pub struct NewAuditEntry<'a> {
    /// `None` for the command line and the server's own retention runs.
    pub user: Option<&'a User>,
    pub organisation_id: &'a str,
    pub form_id: &'a str,
    pub form_title: &'a str,
    pub action: AuditAction,
    pub detail: String,
}

/// Audit lines per page of the log.
pub const AUDIT_PAGE: i64 = 100;

fn random_key() -> Vec<u8> {
    let mut key = vec![0u8; 32];
    rand::rng().fill_bytes(&mut key);
    key
}

fn decode_privacy(row: &AnyRow) -> Result<FormPrivacy> {
    let key: String = row.try_get("pseudonym_key")?;
    let pseudonym_key =
        hex::decode(&key).map_err(|e| crate::Error::Corrupt(format!("pseudonym key: {e}")))?;
    let path: Option<String> = row.try_get("consent_path")?;
    let value: Option<String> = row.try_get("consent_value")?;
    let days: Option<i64> = row.try_get("retention_days")?;
    Ok(FormPrivacy {
        pseudonym_key,
        consent: path.zip(value).map(|(path, value)| Consent { path, value }),
        retention: days.and_then(RetentionDays::new),
    })
}

fn decode_audit(row: &AnyRow) -> Result<AuditEntry> {
    let action: String = row.try_get("action")?;
    Ok(AuditEntry {
        id: row.try_get("id")?,
        at: from_text(&row.try_get::<String, _>("at")?)?,
        user_id: row.try_get("user_id")?,
        user_name: row.try_get("user_name")?,
        organisation_id: row.try_get("organisation_id")?,
        form_id: row.try_get("form_id")?,
        form_title: row.try_get("form_title")?,
        action: AuditAction::parse(&action)
            .ok_or_else(|| crate::Error::Corrupt(format!("audit action {action:?}")))?,
        detail: row.try_get("detail")?,
    })
}

impl Store {
    /// The form's privacy settings; the first call makes its pseudonym key.
    pub async fn form_privacy(&self, form_id: &str) -> Result<FormPrivacy> {
        const READ: &str = "SELECT pseudonym_key, consent_path, consent_value, retention_days FROM form_privacy WHERE form_id = $1";
        // Read first: this runs as every submission arrives and on every data page, and a
        // write here would wait for the submission writer's lock (and flush the disk) each time.
        if let Some(row) = sqlx::query(READ).bind(form_id).fetch_optional(self.pool()).await? {
            return decode_privacy(&row);
        }
        // Two first calls at once both insert; the second does nothing and reads the first's key.
        sqlx::query(
            "INSERT INTO form_privacy (form_id, pseudonym_key, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (form_id) DO NOTHING",
        )
        .bind(form_id)
        .bind(hex::encode(random_key()))
        .bind(to_text(crate::now()))
        .execute(self.pool())
        .await?;
        let row = sqlx::query(READ).bind(form_id).fetch_one(self.pool()).await?;
        decode_privacy(&row)
    }

    /// Sets (or clears) the form's consent question and retention period, with an audit line,
    /// in one transaction.
    pub async fn set_form_privacy(
        &self,
        form_id: &str,
        consent: Option<&Consent>,
        retention: Option<RetentionDays>,
        audit: NewAuditEntry<'_>,
    ) -> Result<()> {
        self.form_privacy(form_id).await?;
        let mut tx = self.pool().begin().await?;
        sqlx::query(
            "UPDATE form_privacy SET consent_path = $1, consent_value = $2, retention_days = $3, updated_at = $4 \
             WHERE form_id = $5",
        )
        .bind(consent.map(|c| c.path.clone()))
        .bind(consent.map(|c| c.value.clone()))
        .bind(retention.map(RetentionDays::days))
        .bind(to_text(crate::now()))
        .bind(form_id)
        .execute(&mut *tx)
        .await?;
        insert_audit(&mut tx, &audit).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The author's decisions: `(path, personal)` for every field decided over its default.
    pub async fn personal_field_decisions(&self, form_id: &str) -> Result<Vec<(String, bool)>> {
        let rows =
            sqlx::query("SELECT path, personal FROM form_personal_fields WHERE form_id = $1 ORDER BY path")
                .bind(form_id)
                .fetch_all(self.pool())
                .await?;
        rows.iter().map(|row| Ok((row.try_get("path")?, row.try_get::<i64, _>("personal")? == 1))).collect()
    }

    /// Records the author's decisions (`(path, personal)`), replacing earlier ones, with an
    /// audit line, in one transaction. `None` for a path returns it to its default.
    pub async fn decide_personal_fields(
        &self,
        form_id: &str,
        decisions: &[(String, Option<bool>)],
        audit: NewAuditEntry<'_>,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        let at = to_text(crate::now());
        for (path, personal) in decisions {
            match personal {
                Some(personal) => {
                    sqlx::query(
                        "INSERT INTO form_personal_fields (form_id, path, personal, decided_by, decided_at) \
                         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (form_id, path) DO UPDATE SET \
                         personal = excluded.personal, decided_by = excluded.decided_by, decided_at = excluded.decided_at",
                    )
                    .bind(form_id)
                    .bind(path)
                    .bind(i64::from(*personal))
                    .bind(audit.user.map(|u| u.id.clone()))
                    .bind(&at)
                    .execute(&mut *tx)
                    .await?;
                }
                None => {
                    sqlx::query("DELETE FROM form_personal_fields WHERE form_id = $1 AND path = $2")
                        .bind(form_id)
                        .bind(path)
                        .execute(&mut *tx)
                        .await?;
                }
            }
        }
        insert_audit(&mut tx, &audit).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds a line to the audit log.
    pub async fn record_audit(&self, entry: NewAuditEntry<'_>) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        insert_audit(&mut tx, &entry).await?;
        tx.commit().await?;
        Ok(())
    }

    /// One page (1-based) of the audit log, newest first; with the number of lines in all.
    pub async fn audit_log(&self, form_id: Option<&str>, page: i64) -> Result<(Vec<AuditEntry>, i64)> {
        let offset = (page.max(1) - 1) * AUDIT_PAGE;
        let (where_sql, binds): (&str, Vec<&str>) = match form_id {
            Some(form_id) => (" WHERE form_id = $1", vec![form_id]),
            None => ("", vec![]),
        };
        let mut count = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM personal_data_audit{where_sql}"
        )));
        let mut list = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT * FROM personal_data_audit{where_sql} ORDER BY at DESC, id DESC LIMIT {AUDIT_PAGE} OFFSET {offset}"
        )));
        for bind in binds {
            count = count.bind(bind);
            list = list.bind(bind);
        }
        let total = count.fetch_one(self.pool()).await?;
        let rows = list.fetch_all(self.pool()).await?;
        Ok((rows.iter().map(decode_audit).collect::<Result<_>>()?, total))
    }
}

/// What a retention purge would remove from a form's submissions received before a day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RetentionReport {
    /// Submissions (every version, deleted ones too) not purged yet.
    pub submissions: i64,
    /// Their received files, and the bytes of those files.
    pub attachments: i64,
    pub bytes: i64,
    pub oldest: Option<Timestamp>,
}

/// A submission whose personal fields and media are to be purged.
#[derive(Debug, Clone)]
pub struct PurgeCandidate {
    pub id: String,
    pub xml: String,
    pub field_values: Vec<(String, String)>,
}

/// A submission once purged: its document and values without the personal fields.
#[derive(Debug, Clone)]
pub struct Purged {
    pub id: String,
    pub xml: String,
    pub field_values: Vec<(String, String)>,
}

/// The files a purge removed.
#[derive(Debug, Clone, Default)]
pub struct PurgedFiles {
    pub files: i64,
    pub bytes: i64,
    /// Blobs nothing refers to any more: to delete from the blob store.
    pub unused: Vec<BlobKey>,
}

const CANDIDATES_WHERE: &str = "form_id = $1 AND received_at < $2 AND personal_purged_at IS NULL";

impl Store {
    /// What purging `form_id`'s submissions received before `before` would remove.
    pub async fn retention_report(&self, form_id: &str, before: Timestamp) -> Result<RetentionReport> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) AS n, MIN(received_at) AS oldest FROM submissions WHERE {CANDIDATES_WHERE}"
        )))
        .bind(form_id)
        .bind(to_text(before))
        .fetch_one(self.pool())
        .await?;
        let files = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) AS n, CAST(COALESCE(SUM(a.size), 0) AS BIGINT) AS bytes FROM submission_attachments a \
             WHERE a.blob_key IS NOT NULL AND a.submission_id IN (SELECT id FROM submissions WHERE {CANDIDATES_WHERE})"
        )))
        .bind(form_id)
        .bind(to_text(before))
        .fetch_one(self.pool())
        .await?;
        let oldest: Option<String> = row.try_get("oldest")?;
        Ok(RetentionReport {
            submissions: row.try_get("n")?,
            attachments: files.try_get("n")?,
            bytes: files.try_get("bytes")?,
            oldest: oldest.as_deref().map(from_text).transpose()?,
        })
    }

    /// Up to `limit` submissions of `form_id` received before `before` and not purged yet,
    /// after the id `after` (keyset paging by id).
    pub async fn purge_candidates(
        &self,
        form_id: &str,
        before: Timestamp,
        after: Option<&str>,
        limit: i64,
    ) -> Result<Vec<PurgeCandidate>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT id, xml, field_values FROM submissions WHERE {CANDIDATES_WHERE} AND id > $3 ORDER BY id LIMIT $4"
        )))
        .bind(form_id)
        .bind(to_text(before))
        .bind(after.unwrap_or(""))
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(PurgeCandidate {
                    id: row.try_get("id")?,
                    xml: row.try_get("xml")?,
                    field_values: crate::collection::submissions::values_from_json(
                        &row.try_get::<String, _>("field_values")?,
                    )?,
                })
            })
            .collect()
    }

    /// Stores the purged submissions (document and values without personal fields, marked
    /// purged), removes their files, and writes the audit line, in one transaction. Returns
    /// the files removed, with the keys of those nothing else refers to any more, for the
    /// caller to delete from the blob store once this has committed.
    pub async fn purge_personal(&self, purged: &[Purged], audit: NewAuditEntry<'_>) -> Result<PurgedFiles> {
        let mut tx = self.pool().begin().await?;
        let at = to_text(crate::now());
        let mut keys: Vec<String> = vec![];
        let mut done = PurgedFiles::default();
        for submission in purged {
            let values = serde_json::to_string(&submission.field_values)
                .map_err(|e| crate::Error::Corrupt(e.to_string()))?;
            sqlx::query(
                "UPDATE submissions SET xml = $1, field_values = $2, personal_purged_at = $3 WHERE id = $4",
            )
            .bind(&submission.xml)
            .bind(values)
            .bind(&at)
            .bind(&submission.id)
            .execute(&mut *tx)
            .await?;
            let files = sqlx::query(
                "SELECT blob_key, size FROM submission_attachments WHERE submission_id = $1 AND blob_key IS NOT NULL",
            )
            .bind(&submission.id)
            .fetch_all(&mut *tx)
            .await?;
            for file in &files {
                keys.push(file.try_get("blob_key")?);
                done.files += 1;
                done.bytes += file.try_get::<Option<i64>, _>("size")?.unwrap_or(0);
            }
            sqlx::query("DELETE FROM submission_attachments WHERE submission_id = $1")
                .bind(&submission.id)
                .execute(&mut *tx)
                .await?;
        }
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            let used: i64 = sqlx::query_scalar(
                "SELECT (SELECT COUNT(*) FROM submission_attachments WHERE blob_key = $1) \
                 + (SELECT COUNT(*) FROM form_media WHERE blob_key = $1) \
                 + (SELECT COUNT(*) FROM form_versions WHERE xlsform_key = $1) \
                 + (SELECT COUNT(*) FROM modules WHERE video_key = $1)",
            )
            .bind(&key)
            .fetch_one(&mut *tx)
            .await?;
            if used == 0 {
                sqlx::query("DELETE FROM blob_contents WHERE blob_key = $1")
                    .bind(&key)
                    .execute(&mut *tx)
                    .await?;
                done.unused.push(
                    BlobKey::parse(&key).ok_or_else(|| crate::Error::Corrupt(format!("blob key {key:?}")))?,
                );
            }
        }
        // Running summaries of the form held the purged values: they go, and are made again
        // from the start.
        sqlx::query(crate::collection::BUMP_DATA_GENERATION).bind(audit.form_id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM summary_snapshots WHERE form_id = $1")
            .bind(audit.form_id)
            .execute(&mut *tx)
            .await?;
        insert_audit(&mut tx, &audit).await?;
        tx.commit().await?;
        Ok(done)
    }

    /// The forms with a retention period: `(form id, days)`.
    pub async fn forms_with_retention(&self) -> Result<Vec<(String, RetentionDays)>> {
        let rows = sqlx::query("SELECT form_id, retention_days FROM form_privacy WHERE retention_days IS NOT NULL ORDER BY form_id")
            .fetch_all(self.pool())
            .await?;
        let mut out = vec![];
        for row in &rows {
            if let Some(days) = RetentionDays::new(row.try_get("retention_days")?) {
                out.push((row.try_get("form_id")?, days));
            }
        }
        Ok(out)
    }
}

/// Writes an audit line inside the caller's transaction.
pub(crate) async fn insert_audit(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    entry: &NewAuditEntry<'_>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO personal_data_audit (id, at, user_id, user_name, organisation_id, form_id, form_title, action, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(new_id())
    .bind(to_text(crate::now()))
    .bind(entry.user.map(|u| u.id.clone()))
    .bind(entry.user.map(|u| u.name.clone()))
    .bind(entry.organisation_id)
    .bind(entry.form_id)
    .bind(entry.form_title)
    .bind(entry.action.as_str())
    .bind(&entry.detail)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retention_is_one_day_to_ten_years() {
        assert!(RetentionDays::new(0).is_none());
        assert_eq!(RetentionDays::new(30).map(RetentionDays::days), Some(30));
        assert!(RetentionDays::new(MAX_RETENTION_DAYS + 1).is_none());
    }

    #[test]
    fn audit_actions_read_back() {
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::parse(action.as_str()), Some(action));
        }
    }
}
