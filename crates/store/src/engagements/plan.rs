//! The day-by-day plan: tasks made from the curriculum when the engagement opens, then
//! tailored by the builder (added, removed, moved, rewritten) and ticked off by the team, and
//! the builder's notes tied to the CSO's own campaign.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::DeliverableKind;
use crate::clock::{Timestamp, from_text, opt_from_text, to_text};
use crate::types::new_id;
use crate::{Error, Result, Store, now};

/// What a task asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskKind {
    /// Watch the module's short video.
    Watch,
    /// Read the module.
    Read,
    /// Answer the module's discussion questions.
    Answer,
    /// Work on a deliverable.
    Produce,
    /// Written by the builder.
    Custom,
}

impl TaskKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TaskKind::Watch => "watch",
            TaskKind::Read => "read",
            TaskKind::Answer => "answer",
            TaskKind::Produce => "produce",
            TaskKind::Custom => "custom",
        }
    }

    fn parse(text: &str) -> Result<Self> {
        Ok(match text {
            "watch" => TaskKind::Watch,
            "read" => TaskKind::Read,
            "answer" => TaskKind::Answer,
            "produce" => TaskKind::Produce,
            "custom" => TaskKind::Custom,
            other => return Err(Error::Corrupt(format!("task kind {other:?}"))),
        })
    }
}

/// One task of the plan.
#[derive(Debug, Clone)]
pub struct Task {
    pub id: String,
    pub day: u8,
    pub position: i64,
    pub kind: TaskKind,
    pub module_id: Option<String>,
    pub module_slug: Option<String>,
    /// The module's title in the reader's language (English when it has none).
    pub module_title: Option<String>,
    pub deliverable: Option<DeliverableKind>,
    /// The builder's own title (custom tasks, or a rewritten one).
    pub title: Option<String>,
    pub details: Option<String>,
    pub done_at: Option<Timestamp>,
    pub done_by: Option<String>,
}

impl Task {
    pub fn is_done(&self) -> bool {
        self.done_at.is_some()
    }
}

/// A note of the builder's.
#[derive(Debug, Clone)]
pub struct Note {
    pub id: String,
    pub task_id: Option<String>,
    pub author_id: String,
    pub author_name: String,
    pub body: String,
    pub created_at: Timestamp,
}

/// A task's new text: a title (required) and optional details.
#[derive(Debug, Clone)]
pub struct TaskText {
    title: String,
    details: Option<String>,
}

/// Why a task's text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskTextError {
    TitleEmpty,
    TitleTooLong,
    DetailsTooLong,
}

impl TaskText {
    pub const MAX_TITLE: usize = 200;
    pub const MAX_DETAILS: usize = 4000;

    pub fn parse(title: &str, details: &str) -> std::result::Result<Self, TaskTextError> {
        let title = title.trim();
        let details = details.trim();
        if title.is_empty() {
            return Err(TaskTextError::TitleEmpty);
        }
        if title.chars().count() > Self::MAX_TITLE {
            return Err(TaskTextError::TitleTooLong);
        }
        if details.chars().count() > Self::MAX_DETAILS {
            return Err(TaskTextError::DetailsTooLong);
        }
        Ok(Self { title: title.to_owned(), details: (!details.is_empty()).then(|| details.to_owned()) })
    }
}

/// The rule broken when a task is not in the engagement or is gone.
pub const TASK_UNKNOWN: &str = "the task is not in this plan";

/// Puts the tasks `ids` on `day`, numbered 1, 2, … in that order.
async fn place_in_order(conn: &mut AnyConnection, day: i64, ids: &[String]) -> Result<()> {
    for (position, id) in ids.iter().enumerate() {
        sqlx::query("UPDATE engagement_tasks SET day = $1, position = $2 WHERE id = $3")
            .bind(day)
            .bind(position as i64 + 1)
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Makes the plan of a new engagement from the curriculum, inside the caller's transaction.
pub(super) async fn create(conn: &mut AnyConnection, engagement_id: &str, at: &str) -> Result<()> {
    let modules = sqlx::query("SELECT id, day, deliverable FROM modules ORDER BY day, position, slug")
        .fetch_all(&mut *conn)
        .await?;
    let mut position_of_day = [0i64; 11];
    for module in &modules {
        let module_id: String = module.try_get("id")?;
        let day: i64 = module.try_get("day")?;
        let deliverable = DeliverableKind::parse(&module.try_get::<String, _>("deliverable")?);
        let mut kinds = vec![TaskKind::Watch, TaskKind::Read, TaskKind::Answer];
        if deliverable.is_some() {
            kinds.push(TaskKind::Produce);
        }
        for kind in kinds {
            let slot = &mut position_of_day[day.clamp(1, 10) as usize];
            *slot += 1;
            sqlx::query(
                "INSERT INTO engagement_tasks (id, engagement_id, day, position, kind, module_id, deliverable, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(new_id())
            .bind(engagement_id)
            .bind(day)
            .bind(*slot)
            .bind(kind.as_str())
            .bind(&module_id)
            .bind((kind == TaskKind::Produce).then(|| deliverable.map(|d| d.as_str())).flatten())
            .bind(at)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}

fn task_from_row(row: &AnyRow) -> Result<Task> {
    let day: i64 = row.try_get("day")?;
    Ok(Task {
        id: row.try_get("id")?,
        day: u8::try_from(day).map_err(|_| Error::Corrupt(format!("task day {day}")))?,
        position: row.try_get("position")?,
        kind: TaskKind::parse(&row.try_get::<String, _>("kind")?)?,
        module_id: row.try_get("module_id")?,
        module_slug: row.try_get("module_slug")?,
        module_title: row.try_get("module_title")?,
        deliverable: row
            .try_get::<Option<String>, _>("deliverable")?
            .as_deref()
            .and_then(DeliverableKind::parse),
        title: row.try_get("title")?,
        details: row.try_get("details")?,
        done_at: opt_from_text(row.try_get("done_at")?)?,
        done_by: row.try_get("done_by")?,
    })
}

impl Store {
    /// The plan's tasks (not removed), by day and position, with module titles in `locale`.
    pub async fn plan(&self, engagement_id: &str, locale: &str) -> Result<Vec<Task>> {
        let rows = sqlx::query(
            "SELECT t.*, m.slug AS module_slug, \
               COALESCE((SELECT x.title FROM module_texts x WHERE x.module_id = t.module_id AND x.locale = $2), \
                        (SELECT x.title FROM module_texts x WHERE x.module_id = t.module_id AND x.locale = 'en')) \
                 AS module_title \
             FROM engagement_tasks t LEFT JOIN modules m ON m.id = t.module_id \
             WHERE t.engagement_id = $1 AND t.removed_at IS NULL ORDER BY t.day, t.position",
        )
        .bind(engagement_id)
        .bind(locale)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(task_from_row).collect()
    }

    /// Adds a task of the builder's at the end of `day`.
    pub async fn add_task(&self, engagement_id: &str, day: u8, text: &TaskText) -> Result<String> {
        if !(1..=super::calendar::DAYS).contains(&day) {
            return Err(Error::Rule("the day is not one of the ten working days"));
        }
        let mut tx = self.begin().await?;
        let last: Option<i64> = sqlx::query_scalar(
            "SELECT MAX(position) FROM engagement_tasks WHERE engagement_id = $1 AND day = $2 AND removed_at IS NULL",
        )
        .bind(engagement_id)
        .bind(i64::from(day))
        .fetch_one(&mut *tx)
        .await?;
        let id = new_id();
        sqlx::query(
            "INSERT INTO engagement_tasks (id, engagement_id, day, position, kind, title, details, created_at) \
             VALUES ($1, $2, $3, $4, 'custom', $5, $6, $7)",
        )
        .bind(&id)
        .bind(engagement_id)
        .bind(i64::from(day))
        .bind(last.unwrap_or(0) + 1)
        .bind(&text.title)
        .bind(&text.details)
        .bind(to_text(now()))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Rewrites a task's title and details (a curriculum task keeps its module).
    pub async fn rewrite_task(&self, engagement_id: &str, task_id: &str, text: &TaskText) -> Result<()> {
        let done = sqlx::query(
            "UPDATE engagement_tasks SET title = $1, details = $2 \
             WHERE id = $3 AND engagement_id = $4 AND removed_at IS NULL",
        )
        .bind(&text.title)
        .bind(&text.details)
        .bind(task_id)
        .bind(engagement_id)
        .execute(self.pool())
        .await?;
        if done.rows_affected() == 0 {
            return Err(Error::Rule(TASK_UNKNOWN));
        }
        Ok(())
    }

    /// Removes a task from the plan.
    pub async fn remove_task(&self, engagement_id: &str, task_id: &str) -> Result<()> {
        let done = sqlx::query(
            "UPDATE engagement_tasks SET removed_at = $1 WHERE id = $2 AND engagement_id = $3 AND removed_at IS NULL",
        )
        .bind(to_text(now()))
        .bind(task_id)
        .bind(engagement_id)
        .execute(self.pool())
        .await?;
        if done.rows_affected() == 0 {
            return Err(Error::Rule(TASK_UNKNOWN));
        }
        Ok(())
    }

    /// Moves a task to `day`, at `index` among that day's tasks (past the end = last); both
    /// days are renumbered in one transaction.
    pub async fn move_task(&self, engagement_id: &str, task_id: &str, day: u8, index: usize) -> Result<()> {
        if !(1..=super::calendar::DAYS).contains(&day) {
            return Err(Error::Rule("the day is not one of the ten working days"));
        }
        let mut tx = self.begin().await?;
        let from_day: i64 = sqlx::query_scalar(
            "SELECT day FROM engagement_tasks WHERE id = $1 AND engagement_id = $2 AND removed_at IS NULL",
        )
        .bind(task_id)
        .bind(engagement_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(Error::Rule(TASK_UNKNOWN))?;
        let mut order: Vec<String> = sqlx::query_scalar(
            "SELECT id FROM engagement_tasks WHERE engagement_id = $1 AND day = $2 AND removed_at IS NULL \
             AND id <> $3 ORDER BY position",
        )
        .bind(engagement_id)
        .bind(i64::from(day))
        .bind(task_id)
        .fetch_all(&mut *tx)
        .await?;
        order.insert(index.min(order.len()), task_id.to_owned());
        place_in_order(&mut tx, i64::from(day), &order).await?;
        if from_day != i64::from(day) {
            let rest: Vec<String> = sqlx::query_scalar(
                "SELECT id FROM engagement_tasks WHERE engagement_id = $1 AND day = $2 AND removed_at IS NULL \
                 ORDER BY position",
            )
            .bind(engagement_id)
            .bind(from_day)
            .fetch_all(&mut *tx)
            .await?;
            place_in_order(&mut tx, from_day, &rest).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Marks a task done (by `user_id`, at `at`) or not done.
    pub async fn set_task_done(
        &self,
        engagement_id: &str,
        task_id: &str,
        user_id: &str,
        done: bool,
        at: Timestamp,
    ) -> Result<()> {
        let changed = sqlx::query(
            "UPDATE engagement_tasks SET done_at = $1, done_by = $2 \
             WHERE id = $3 AND engagement_id = $4 AND removed_at IS NULL",
        )
        .bind(done.then(|| to_text(at)))
        .bind(done.then_some(user_id))
        .bind(task_id)
        .bind(engagement_id)
        .execute(self.pool())
        .await?;
        if changed.rows_affected() == 0 {
            return Err(Error::Rule(TASK_UNKNOWN));
        }
        Ok(())
    }

    /// Adds a builder's note (optionally tied to one task of the plan).
    pub async fn add_note(
        &self,
        engagement_id: &str,
        task_id: Option<&str>,
        author_id: &str,
        body: &str,
    ) -> Result<String> {
        if let Some(task) = task_id {
            let known: Option<String> =
                sqlx::query_scalar("SELECT id FROM engagement_tasks WHERE id = $1 AND engagement_id = $2")
                    .bind(task)
                    .bind(engagement_id)
                    .fetch_optional(self.pool())
                    .await?;
            known.ok_or(Error::Rule(TASK_UNKNOWN))?;
        }
        let id = new_id();
        sqlx::query(
            "INSERT INTO engagement_notes (id, engagement_id, task_id, author_id, body, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&id)
        .bind(engagement_id)
        .bind(task_id)
        .bind(author_id)
        .bind(body)
        .bind(to_text(now()))
        .execute(self.pool())
        .await?;
        Ok(id)
    }

    /// The engagement's notes, oldest first.
    pub async fn notes(&self, engagement_id: &str) -> Result<Vec<Note>> {
        let rows = sqlx::query(
            "SELECT n.*, u.name AS author_name FROM engagement_notes n JOIN users u ON u.id = n.author_id \
             WHERE n.engagement_id = $1 ORDER BY n.created_at, n.id",
        )
        .bind(engagement_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Note {
                    id: row.try_get("id")?,
                    task_id: row.try_get("task_id")?,
                    author_id: row.try_get("author_id")?,
                    author_name: row.try_get("author_name")?,
                    body: row.try_get("body")?,
                    created_at: from_text(&row.try_get::<String, _>("created_at")?)?,
                })
            })
            .collect()
    }
}
