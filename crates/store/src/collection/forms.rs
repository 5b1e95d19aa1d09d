//! Forms, the versions published of them, and the media files beside them.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::collectors::insert_web_link;
use crate::blobs::BlobKey;
use crate::clock::{from_text, to_text};
use crate::collection::BUMP_DATA_GENERATION;
use crate::types::new_id;
use crate::{Error, Result, Store, Timestamp, now};

/// The rule a publication breaks when its version string was published before.
pub const VERSION_EXISTS: &str = "form_versions.version";

/// Whether a form's submissions are trial runs (kept apart) or the campaign's real data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormMode {
    Pilot,
    Live,
}

impl FormMode {
    pub fn as_str(self) -> &'static str {
        match self {
            FormMode::Pilot => "pilot",
            FormMode::Live => "live",
        }
    }

    fn parse(text: &str) -> Result<Self> {
        match text {
            "pilot" => Ok(FormMode::Pilot),
            "live" => Ok(FormMode::Live),
            other => Err(Error::Corrupt(format!("form mode {other:?}"))),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Form {
    pub id: String,
    pub organisation_id: String,
    /// The form id of the XForm (`settings.form_id`), unique within the organisation.
    pub xml_form_id: String,
    pub title: String,
    pub mode: FormMode,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone)]
pub struct FormVersion {
    pub id: String,
    pub form_id: String,
    pub version: String,
    pub title: String,
    pub xlsform_name: String,
    pub xlsform_key: BlobKey,
    pub xform: String,
    /// Hex MD5 of the XForm, as OpenRosa form lists announce it.
    pub xform_md5: String,
    pub published_at: Timestamp,
}

/// A form with what its list page shows.
#[derive(Debug, Clone)]
pub struct FormSummary {
    pub form: Form,
    pub latest_version: String,
    pub versions: i64,
    pub submissions: i64,
    pub pilot_submissions: i64,
}

#[derive(Debug, Clone)]
pub struct FormMedia {
    pub name: String,
    pub blob_key: BlobKey,
    pub md5: String,
    pub size: i64,
    pub content_type: String,
}

/// A converted form ready to publish. The XLSForm's bytes are already in the blob store.
#[derive(Debug, Clone)]
pub struct NewVersion {
    pub xml_form_id: String,
    pub title: String,
    pub version: String,
    pub xlsform_name: String,
    pub xlsform_key: BlobKey,
    pub xform: String,
    pub xform_md5: String,
}

fn form_from_row(row: &AnyRow) -> Result<Form> {
    Ok(Form {
        id: row.try_get("id")?,
        organisation_id: row.try_get("organisation_id")?,
        xml_form_id: row.try_get("xml_form_id")?,
        title: row.try_get("title")?,
        mode: FormMode::parse(&row.try_get::<String, _>("mode")?)?,
        created_at: from_text(&row.try_get::<String, _>("created_at")?)?,
    })
}

fn blob_key(text: String) -> Result<BlobKey> {
    BlobKey::parse(&text).ok_or_else(|| Error::Corrupt(format!("blob key {text:?}")))
}

fn version_from_row(row: &AnyRow) -> Result<FormVersion> {
    Ok(FormVersion {
        id: row.try_get("id")?,
        form_id: row.try_get("form_id")?,
        version: row.try_get("version")?,
        title: row.try_get("title")?,
        xlsform_name: row.try_get("xlsform_name")?,
        xlsform_key: blob_key(row.try_get("xlsform_key")?)?,
        xform: row.try_get("xform")?,
        xform_md5: row.try_get("xform_md5")?,
        published_at: from_text(&row.try_get::<String, _>("published_at")?)?,
    })
}

impl Store {
    /// Publishes a version: creates the form on its first version (in pilot mode), otherwise
    /// adds the version beside the older ones, which keep accepting submissions.
    pub async fn publish_version(
        &self,
        organisation_id: &str,
        publisher: Option<&str>,
        new: &NewVersion,
    ) -> Result<(Form, FormVersion)> {
        let at = to_text(now());
        let mut tx = self.begin().await?;
        let existing: Option<String> =
            sqlx::query_scalar("SELECT id FROM forms WHERE organisation_id = $1 AND xml_form_id = $2")
                .bind(organisation_id)
                .bind(&new.xml_form_id)
                .fetch_optional(&mut *tx)
                .await?;
        let form_id = match existing {
            Some(id) => {
                sqlx::query("UPDATE forms SET title = $1 WHERE id = $2")
                    .bind(&new.title)
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
                id
            }
            None => {
                let id = new_id();
                sqlx::query(
                    "INSERT INTO forms (id, organisation_id, xml_form_id, title, mode, created_by, created_at) \
                     VALUES ($1, $2, $3, $4, 'pilot', $5, $6)",
                )
                .bind(&id)
                .bind(organisation_id)
                .bind(&new.xml_form_id)
                .bind(&new.title)
                .bind(publisher)
                .bind(&at)
                .execute(&mut *tx)
                .await
                .map_err(Error::unique_as("forms.xml_form_id"))?;
                // Every published form has its web link from the start (no page view writes it).
                insert_web_link(&mut tx, &id, organisation_id, &new.title, publisher).await?;
                id
            }
        };
        let version_id = new_id();
        sqlx::query(
            "INSERT INTO form_versions (id, form_id, version, title, xlsform_name, xlsform_key, xform, \
             xform_md5, published_by, published_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(&version_id)
        .bind(&form_id)
        .bind(&new.version)
        .bind(&new.title)
        .bind(&new.xlsform_name)
        .bind(new.xlsform_key.as_str())
        .bind(&new.xform)
        .bind(&new.xform_md5)
        .bind(publisher)
        .bind(&at)
        .execute(&mut *tx)
        .await
        .map_err(Error::unique_as(VERSION_EXISTS))?;
        tx.commit().await?;
        let form = self.form(&form_id).await?;
        let version = self.form_version(&version_id).await?;
        Ok((form, version))
    }

    pub async fn form(&self, id: &str) -> Result<Form> {
        let row = sqlx::query("SELECT * FROM forms WHERE id = $1")
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        form_from_row(&row)
    }

    pub async fn form_by_xml_id(&self, organisation_id: &str, xml_form_id: &str) -> Result<Form> {
        let row = sqlx::query("SELECT * FROM forms WHERE organisation_id = $1 AND xml_form_id = $2")
            .bind(organisation_id)
            .bind(xml_form_id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        form_from_row(&row)
    }

    /// The organisation's forms, newest first, each with its latest version and counts
    /// (current, not deleted submissions).
    pub async fn forms_of(&self, organisation_id: &str) -> Result<Vec<FormSummary>> {
        let rows = sqlx::query(
            "SELECT f.*, \
               (SELECT v.version FROM form_versions v WHERE v.form_id = f.id \
                  ORDER BY v.published_at DESC, v.id DESC LIMIT 1) AS latest_version, \
               (SELECT COUNT(*) FROM form_versions v WHERE v.form_id = f.id) AS version_count, \
               (SELECT COUNT(*) FROM submissions s WHERE s.form_id = f.id AND s.is_current = 1 \
                  AND s.deleted_at IS NULL AND s.pilot = 0) AS live_count, \
               (SELECT COUNT(*) FROM submissions s WHERE s.form_id = f.id AND s.is_current = 1 \
                  AND s.deleted_at IS NULL AND s.pilot = 1) AS pilot_count \
             FROM forms f WHERE f.organisation_id = $1 ORDER BY f.created_at DESC",
        )
        .bind(organisation_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(FormSummary {
                    form: form_from_row(row)?,
                    latest_version: row.try_get::<Option<String>, _>("latest_version")?.unwrap_or_default(),
                    versions: row.try_get("version_count")?,
                    submissions: row.try_get("live_count")?,
                    pilot_submissions: row.try_get("pilot_count")?,
                })
            })
            .collect()
    }

    pub async fn form_version(&self, id: &str) -> Result<FormVersion> {
        let row = sqlx::query("SELECT * FROM form_versions WHERE id = $1")
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        version_from_row(&row)
    }

    /// A form's version by its version string.
    pub async fn form_version_named(&self, form_id: &str, version: &str) -> Result<FormVersion> {
        let row = sqlx::query("SELECT * FROM form_versions WHERE form_id = $1 AND version = $2")
            .bind(form_id)
            .bind(version)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        version_from_row(&row)
    }

    /// Every version of a form, newest first.
    pub async fn form_versions(&self, form_id: &str) -> Result<Vec<FormVersion>> {
        let rows =
            sqlx::query("SELECT * FROM form_versions WHERE form_id = $1 ORDER BY published_at DESC, id DESC")
                .bind(form_id)
                .fetch_all(self.pool())
                .await?;
        rows.iter().map(version_from_row).collect()
    }

    pub async fn latest_version(&self, form_id: &str) -> Result<FormVersion> {
        self.form_versions(form_id).await?.into_iter().next().ok_or(Error::NotFound)
    }

    /// Switches a form between pilot and live. Going live with `clear_pilot` soft-deletes the
    /// pilot submissions in the same transaction (they stay restorable).
    pub async fn set_form_mode(&self, form_id: &str, mode: FormMode, clear_pilot: bool) -> Result<u64> {
        let at = to_text(now());
        let mut tx = self.begin().await?;
        let updated = sqlx::query("UPDATE forms SET mode = $1 WHERE id = $2")
            .bind(mode.as_str())
            .bind(form_id)
            .execute(&mut *tx)
            .await?;
        if updated.rows_affected() == 0 {
            return Err(Error::NotFound);
        }
        let mut cleared = 0;
        if mode == FormMode::Live && clear_pilot {
            cleared = sqlx::query(
                "UPDATE submissions SET deleted_at = $1 WHERE form_id = $2 AND pilot = 1 AND deleted_at IS NULL",
            )
            .bind(&at)
            .bind(form_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if cleared > 0 {
                sqlx::query(BUMP_DATA_GENERATION).bind(form_id).execute(&mut *tx).await?;
            }
        }
        tx.commit().await?;
        Ok(cleared)
    }

    /// Adds or replaces a media file of a form. The blob is already stored and synced.
    pub async fn put_form_media(&self, form_id: &str, media: &FormMedia) -> Result<()> {
        sqlx::query(
            "INSERT INTO form_media (form_id, name, blob_key, md5, size, content_type, uploaded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (form_id, name) DO UPDATE SET \
             blob_key = excluded.blob_key, md5 = excluded.md5, size = excluded.size, \
             content_type = excluded.content_type, uploaded_at = excluded.uploaded_at",
        )
        .bind(form_id)
        .bind(&media.name)
        .bind(media.blob_key.as_str())
        .bind(&media.md5)
        .bind(media.size)
        .bind(&media.content_type)
        .bind(to_text(now()))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn form_media(&self, form_id: &str) -> Result<Vec<FormMedia>> {
        let rows = sqlx::query("SELECT * FROM form_media WHERE form_id = $1 ORDER BY name")
            .bind(form_id)
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|row| {
                Ok(FormMedia {
                    name: row.try_get("name")?,
                    blob_key: blob_key(row.try_get("blob_key")?)?,
                    md5: row.try_get("md5")?,
                    size: row.try_get("size")?,
                    content_type: row.try_get("content_type")?,
                })
            })
            .collect()
    }

    pub async fn delete_form_media(&self, form_id: &str, name: &str) -> Result<()> {
        let done = sqlx::query("DELETE FROM form_media WHERE form_id = $1 AND name = $2")
            .bind(form_id)
            .bind(name)
            .execute(self.pool())
            .await?;
        if done.rows_affected() == 0 {
            return Err(Error::NotFound);
        }
        Ok(())
    }
}
