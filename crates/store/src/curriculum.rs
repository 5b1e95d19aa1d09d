//! The curriculum: modules of the two weeks, each with one text per language (title, summary,
//! learning goals, discussion questions, exercise, reading, captions) and an optional video,
//! an uploaded file in the blob store or an external link.
//!
//! Modules come from `content/` on first start-up ([`Store::load_modules`] inserts the missing
//! ones and leaves the others alone: after the first load, admins own them) or from admins.
//! Goals and questions are JSON arrays of strings; captions are WebVTT text.

use sqlx::Row;
use sqlx::any::AnyRow;

use crate::blobs::BlobKey;
use crate::clock::{from_text, to_text};
use crate::engagements::DeliverableKind;
use crate::types::new_id;
use crate::{Error, Result, Store, Timestamp, now};

/// The rule a new module breaks when its slug is taken.
pub const MODULE_SLUG_EXISTS: &str = "modules.slug";

/// The language every module has and every other language falls back to.
pub const FALLBACK_LOCALE: &str = "en";

/// The deliverable a module's exercise leads to, if any.
pub type ModuleDeliverable = Option<DeliverableKind>;

/// Every choice of a module's deliverable: none, then each kind.
pub fn deliverable_choices() -> impl Iterator<Item = ModuleDeliverable> {
    std::iter::once(None).chain(DeliverableKind::ALL.into_iter().map(Some))
}

/// A module's deliverable as `module.toml` and the database name it: a kind, or `none`.
pub fn deliverable_name(deliverable: ModuleDeliverable) -> &'static str {
    deliverable.map_or("none", DeliverableKind::as_str)
}

/// The module deliverable named `text`; `None` when the name is unknown.
pub fn parse_deliverable(text: &str) -> Option<ModuleDeliverable> {
    deliverable_choices().find(|d| deliverable_name(*d) == text.trim())
}

/// A module's text in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleText {
    /// `en`, `es`, `sw` or `ne`.
    pub locale: String,
    pub title: String,
    pub summary: String,
    pub goals: Vec<String>,
    pub questions: Vec<String>,
    pub exercise: String,
    /// Markdown.
    pub reading: String,
    /// WebVTT captions of the video, when there are any in this language.
    pub captions: Option<String>,
}

/// What does not depend on the language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleSettings {
    pub day: i64,
    pub minutes: i64,
    pub deliverable: ModuleDeliverable,
}

/// A module to insert, already checked (the web layer parses content files and admins' forms
/// into this); English is always among the texts.
#[derive(Debug, Clone)]
pub struct NewModule {
    pub slug: String,
    pub settings: ModuleSettings,
    /// Order of the module in the two weeks; `None` puts it after every other module.
    pub position: Option<i64>,
    pub video_url: Option<String>,
    pub texts: Vec<ModuleText>,
}

/// The video of a module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Video {
    /// A file in the blob store, with its (sniffed) content type and size in bytes.
    Uploaded { key: BlobKey, content_type: String, size: i64 },
    /// An https:// address elsewhere.
    External(String),
}

#[derive(Debug, Clone)]
pub struct Module {
    pub id: String,
    pub slug: String,
    pub day: i64,
    pub position: i64,
    pub minutes: i64,
    pub deliverable: ModuleDeliverable,
    pub video: Option<Video>,
    /// The admin who last changed it; `None` while it is as loaded from `content/`.
    pub edited_by: Option<String>,
    pub updated_at: Timestamp,
}

/// A module with its text in the language asked for, or in English when it has none.
#[derive(Debug, Clone)]
pub struct LocalisedModule {
    pub module: Module,
    pub text: ModuleText,
    /// Languages that have captions, English first.
    pub caption_locales: Vec<String>,
}

/// What loading the shipped content did: slugs inserted, and slugs already there (kept as
/// they are, since admins may have edited them).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadReport {
    pub inserted: Vec<String>,
    pub kept: Vec<String>,
}

fn module_from_row(row: &AnyRow) -> Result<Module> {
    let video_key: Option<String> = row.try_get("video_key")?;
    let video_url: Option<String> = row.try_get("video_url")?;
    let video = match (video_key, video_url) {
        (Some(key), _) => Some(Video::Uploaded {
            key: BlobKey::parse(&key).ok_or_else(|| Error::Corrupt(format!("blob key {key:?}")))?,
            content_type: row.try_get::<Option<String>, _>("video_type")?.unwrap_or_default(),
            size: row.try_get::<Option<i64>, _>("video_size")?.unwrap_or_default(),
        }),
        (None, Some(url)) => Some(Video::External(url)),
        (None, None) => None,
    };
    let deliverable: String = row.try_get("deliverable")?;
    Ok(Module {
        id: row.try_get("id")?,
        slug: row.try_get("slug")?,
        day: row.try_get("day")?,
        position: row.try_get("position")?,
        minutes: row.try_get("minutes")?,
        deliverable: parse_deliverable(&deliverable)
            .ok_or_else(|| Error::Corrupt(format!("deliverable {deliverable:?}")))?,
        video,
        edited_by: row.try_get("edited_by")?,
        updated_at: from_text(&row.try_get::<String, _>("updated_at")?)?,
    })
}

fn list_from_json(text: &str) -> Result<Vec<String>> {
    serde_json::from_str(text).map_err(|e| Error::Corrupt(format!("module text list: {e}")))
}

fn list_to_json(items: &[String]) -> String {
    serde_json::to_string(items).expect("a list of strings serialises")
}

fn text_from_row(row: &AnyRow) -> Result<ModuleText> {
    Ok(ModuleText {
        locale: row.try_get("locale")?,
        title: row.try_get("title")?,
        summary: row.try_get("summary")?,
        goals: list_from_json(&row.try_get::<String, _>("goals")?)?,
        questions: list_from_json(&row.try_get::<String, _>("questions")?)?,
        exercise: row.try_get("exercise")?,
        reading: row.try_get("reading")?,
        captions: row.try_get("captions")?,
    })
}

async fn insert_text(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    module_id: &str,
    text: &ModuleText,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO module_texts (module_id, locale, title, summary, goals, questions, exercise, reading, \
         captions) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(module_id)
    .bind(&text.locale)
    .bind(&text.title)
    .bind(&text.summary)
    .bind(list_to_json(&text.goals))
    .bind(list_to_json(&text.questions))
    .bind(&text.exercise)
    .bind(&text.reading)
    .bind(&text.captions)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Inserts `new` unless its slug is taken; `Some(id)` when it was inserted.
async fn insert_module(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    new: &NewModule,
    edited_by: Option<&str>,
) -> Result<Option<String>> {
    if !new.texts.iter().any(|t| t.locale == FALLBACK_LOCALE) {
        return Err(Error::Rule("a module needs its English text"));
    }
    let id = new_id();
    // A new module without a position goes after every other one. (`WHERE 1 = 1`: SQLite
    // needs a WHERE in an INSERT … SELECT before ON CONFLICT, or it misreads the clause.)
    let inserted: Option<String> = sqlx::query_scalar(
        "INSERT INTO modules (id, slug, day, position, minutes, deliverable, video_url, edited_by, \
         updated_at) SELECT $1, $2, $3, COALESCE($4, (SELECT COALESCE(MAX(position), 0) + 1 FROM modules)), \
         $5, $6, $7, $8, $9 WHERE 1 = 1 ON CONFLICT (slug) DO NOTHING RETURNING id",
    )
    .bind(&id)
    .bind(&new.slug)
    .bind(new.settings.day)
    .bind(new.position)
    .bind(new.settings.minutes)
    .bind(deliverable_name(new.settings.deliverable))
    .bind(&new.video_url)
    .bind(edited_by)
    .bind(to_text(now()))
    .fetch_optional(&mut **tx)
    .await?;
    if inserted.is_none() {
        return Ok(None);
    }
    for text in &new.texts {
        insert_text(tx, &id, text).await?;
    }
    Ok(Some(id))
}

impl Store {
    /// Adds a module written by an admin, with its texts, in one transaction.
    pub async fn add_module(&self, new: &NewModule, admin_id: &str) -> Result<Module> {
        let mut tx = self.begin().await?;
        let id =
            insert_module(&mut tx, new, Some(admin_id)).await?.ok_or(Error::Conflict(MODULE_SLUG_EXISTS))?;
        tx.commit().await?;
        self.module(&id).await
    }

    /// Loads the shipped modules: those whose slug is missing are inserted, the others are
    /// left as they are (admins own them after the first load). One transaction for all, so
    /// several servers starting together insert each module once.
    pub async fn load_modules(&self, modules: &[NewModule]) -> Result<LoadReport> {
        let mut report = LoadReport::default();
        let mut tx = self.begin().await?;
        for new in modules {
            match insert_module(&mut tx, new, None).await? {
                Some(_) => report.inserted.push(new.slug.clone()),
                None => report.kept.push(new.slug.clone()),
            }
        }
        tx.commit().await?;
        Ok(report)
    }

    pub async fn module(&self, id: &str) -> Result<Module> {
        let row = sqlx::query("SELECT * FROM modules WHERE id = $1")
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        module_from_row(&row)
    }

    pub async fn module_by_slug(&self, slug: &str) -> Result<Module> {
        let row = sqlx::query("SELECT * FROM modules WHERE slug = $1")
            .bind(slug)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        module_from_row(&row)
    }

    /// Every module in the order of the two weeks (day, then position), each with its text
    /// in `locale` or else in English.
    pub async fn modules_in(&self, locale: &str) -> Result<Vec<LocalisedModule>> {
        let rows = sqlx::query(
            "SELECT m.*, t.locale, t.title, t.summary, t.goals, t.questions, t.exercise, t.reading, \
             t.captions FROM modules m JOIN module_texts t ON t.module_id = m.id AND t.locale IN ($1, $2) \
             ORDER BY m.day, m.position, m.slug, CASE WHEN t.locale = $1 THEN 0 ELSE 1 END",
        )
        .bind(locale)
        .bind(FALLBACK_LOCALE)
        .fetch_all(self.pool())
        .await?;
        let mut modules: Vec<LocalisedModule> = Vec::new();
        for row in &rows {
            let id: String = row.try_get("id")?;
            // The row in the language asked for sorts first; its English twin is skipped.
            if modules.last().is_some_and(|m| m.module.id == id) {
                continue;
            }
            modules.push(LocalisedModule {
                module: module_from_row(row)?,
                text: text_from_row(row)?,
                caption_locales: vec![],
            });
        }
        Ok(modules)
    }

    /// One module with its text in `locale` or else in English.
    pub async fn localised_module(&self, slug: &str, locale: &str) -> Result<LocalisedModule> {
        let module = self.module_by_slug(slug).await?;
        let texts = self.module_texts(&module.id).await?;
        let caption_locales =
            texts.iter().filter(|t| t.captions.is_some()).map(|t| t.locale.clone()).collect();
        let text = texts
            .iter()
            .find(|t| t.locale == locale)
            .or_else(|| texts.iter().find(|t| t.locale == FALLBACK_LOCALE))
            .cloned()
            .ok_or_else(|| Error::Corrupt(format!("module {slug} has no English text")))?;
        Ok(LocalisedModule { module, text, caption_locales })
    }

    /// A module's texts in every language it has, English first.
    pub async fn module_texts(&self, module_id: &str) -> Result<Vec<ModuleText>> {
        let rows = sqlx::query(
            "SELECT * FROM module_texts WHERE module_id = $1 \
             ORDER BY CASE locale WHEN 'en' THEN 0 WHEN 'es' THEN 1 WHEN 'sw' THEN 2 ELSE 3 END",
        )
        .bind(module_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(text_from_row).collect()
    }

    /// An admin's edit of a module's settings and texts, in one transaction: `texts` replace
    /// the module's texts (a language left out is removed and falls back to English).
    pub async fn update_module(
        &self,
        module_id: &str,
        settings: &ModuleSettings,
        texts: &[ModuleText],
        admin_id: &str,
    ) -> Result<()> {
        if !texts.iter().any(|t| t.locale == FALLBACK_LOCALE) {
            return Err(Error::Rule("a module needs its English text"));
        }
        let mut tx = self.begin().await?;
        let updated = sqlx::query(
            "UPDATE modules SET day = $1, minutes = $2, deliverable = $3, edited_by = $4, updated_at = $5 \
             WHERE id = $6",
        )
        .bind(settings.day)
        .bind(settings.minutes)
        .bind(deliverable_name(settings.deliverable))
        .bind(admin_id)
        .bind(to_text(now()))
        .bind(module_id)
        .execute(&mut *tx)
        .await?;
        if updated.rows_affected() == 0 {
            return Err(Error::NotFound);
        }
        sqlx::query("DELETE FROM module_texts WHERE module_id = $1")
            .bind(module_id)
            .execute(&mut *tx)
            .await?;
        for text in texts {
            insert_text(&mut tx, module_id, text).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Sets (or with `None` removes) a module's video. An uploaded file must already be in
    /// the blob store, synced. `admin_id` is `None` for the demo's sample video.
    pub async fn set_module_video(
        &self,
        module_id: &str,
        video: Option<&Video>,
        admin_id: Option<&str>,
    ) -> Result<()> {
        let (url, key, content_type, size) = match video {
            None => (None, None, None, None),
            Some(Video::External(url)) => (Some(url.as_str()), None, None, None),
            Some(Video::Uploaded { key, content_type, size }) => {
                (None, Some(key.as_str()), Some(content_type.as_str()), Some(*size))
            }
        };
        let updated = sqlx::query(
            "UPDATE modules SET video_url = $1, video_key = $2, video_type = $3, video_size = $4, \
             edited_by = COALESCE($5, edited_by), updated_at = $6 WHERE id = $7",
        )
        .bind(url)
        .bind(key)
        .bind(content_type)
        .bind(size)
        .bind(admin_id)
        .bind(to_text(now()))
        .bind(module_id)
        .execute(self.pool())
        .await?;
        if updated.rows_affected() == 0 {
            return Err(Error::NotFound);
        }
        Ok(())
    }
}
