//! Running summaries: a form's per-question summary kept as it stood through one submission
//! (its state is the web application's, stored as text), and the form's data generation,
//! which goes up whenever submissions already summarised change.

use sqlx::Row;

use crate::clock::to_text;
use crate::{Result, Store};

/// A summary kept through the submission `through_id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummarySnapshot {
    /// The form's data generation when the summary was made.
    pub data_generation: i64,
    /// The last submission it holds (ids are time-ordered).
    pub through_id: String,
    /// How many submissions it holds.
    pub included: i64,
    pub state: String,
}

impl Store {
    /// The form's data generation: up by one each time submissions already stored change.
    pub async fn data_generation(&self, form_id: &str) -> Result<i64> {
        let row = sqlx::query("SELECT data_generation FROM forms WHERE id = $1")
            .bind(form_id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(crate::Error::NotFound)?;
        Ok(row.try_get(0)?)
    }

    /// The summary kept for one view of a form's data, if any.
    pub async fn summary_snapshot(&self, form_id: &str, view_key: &str) -> Result<Option<SummarySnapshot>> {
        let row = sqlx::query(
            "SELECT data_generation, through_id, included, state FROM summary_snapshots \
             WHERE form_id = $1 AND view_key = $2",
        )
        .bind(form_id)
        .bind(view_key)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(snapshot_from).transpose()
    }

    /// Every summary kept for a form's data, with its view.
    pub async fn summary_snapshots(&self, form_id: &str) -> Result<Vec<(String, SummarySnapshot)>> {
        let rows = sqlx::query(
            "SELECT view_key, data_generation, through_id, included, state FROM summary_snapshots \
             WHERE form_id = $1 ORDER BY view_key",
        )
        .bind(form_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|row| Ok((row.try_get("view_key")?, snapshot_from(row)?))).collect()
    }

    /// Keeps `snapshot` for one view of a form's data, in place of the one kept before.
    pub async fn save_summary_snapshot(
        &self,
        form_id: &str,
        view_key: &str,
        snapshot: &SummarySnapshot,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO summary_snapshots (form_id, view_key, data_generation, through_id, included, state, made_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (form_id, view_key) DO UPDATE SET data_generation = excluded.data_generation, \
             through_id = excluded.through_id, included = excluded.included, state = excluded.state, \
             made_at = excluded.made_at",
        )
        .bind(form_id)
        .bind(view_key)
        .bind(snapshot.data_generation)
        .bind(&snapshot.through_id)
        .bind(snapshot.included)
        .bind(&snapshot.state)
        .bind(to_text(crate::clock::now()))
        .execute(self.pool())
        .await?;
        Ok(())
    }
}

fn snapshot_from(row: &sqlx::any::AnyRow) -> Result<SummarySnapshot> {
    Ok(SummarySnapshot {
        data_generation: row.try_get("data_generation")?,
        through_id: row.try_get("through_id")?,
        included: row.try_get("included")?,
        state: row.try_get("state")?,
    })
}

/// Marks a change to submissions already stored (in the caller's transaction): summaries
/// kept before it are read again from the start.
pub(crate) const BUMP_DATA_GENERATION: &str =
    "UPDATE forms SET data_generation = data_generation + 1 WHERE id = $1";
