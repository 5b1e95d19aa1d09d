//! What an engagement's pages show at a glance: progress through the plan, deliverables due
//! and awaiting review, open challenges and the next call.

use chrono::NaiveDate;
use sqlx::Row;

use super::DeliverableKind;
use crate::clock::{Timestamp, date, from_text, to_text};
use crate::{Result, Store};

/// A deliverable as the overview shows it.
#[derive(Debug, Clone)]
pub struct DeliverableStatus {
    pub kind: DeliverableKind,
    pub state: String,
    pub due_on: NaiveDate,
    pub late: bool,
}

impl DeliverableStatus {
    pub fn is_accepted(&self) -> bool {
        self.state == "accepted"
    }

    pub fn awaits_review(&self) -> bool {
        self.state == "submitted"
    }
}

/// The next call of an engagement.
#[derive(Debug, Clone)]
pub struct UpcomingCall {
    pub id: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub meeting_url: String,
}

#[derive(Debug, Clone)]
pub struct Summary {
    pub tasks_done: i64,
    pub tasks_total: i64,
    pub deliverables: Vec<DeliverableStatus>,
    pub open_challenges: i64,
    /// Open challenges the builder has not answered yet.
    pub challenges_awaiting_guidance: i64,
    pub next_call: Option<UpcomingCall>,
}

impl Summary {
    /// Share of the plan's tasks done, 0..=100.
    pub fn percent_done(&self) -> i64 {
        if self.tasks_total == 0 { 0 } else { self.tasks_done * 100 / self.tasks_total }
    }

    pub fn awaiting_review(&self) -> usize {
        self.deliverables.iter().filter(|d| d.awaits_review()).count()
    }

    /// Deliverables past their due date and not yet submitted or accepted.
    pub fn overdue(&self, today: NaiveDate) -> usize {
        self.deliverables
            .iter()
            .filter(|d| d.due_on < today && matches!(d.state.as_str(), "draft" | "changes_requested"))
            .count()
    }
}

impl Store {
    /// The engagement at a glance, as of `now` (for the next call).
    pub async fn engagement_summary(&self, engagement_id: &str, now: Timestamp) -> Result<Summary> {
        let counts = sqlx::query(
            "SELECT COUNT(*) AS total, COUNT(done_at) AS done FROM engagement_tasks \
             WHERE engagement_id = $1 AND removed_at IS NULL",
        )
        .bind(engagement_id)
        .fetch_one(self.pool())
        .await?;
        let deliverables = sqlx::query(
            "SELECT kind, state, due_on, late FROM deliverables WHERE engagement_id = $1 ORDER BY due_on, kind",
        )
        .bind(engagement_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .filter_map(|row| {
            let kind = DeliverableKind::parse(row.try_get::<String, _>("kind").ok()?.as_str())?;
            Some((kind, row))
        })
        .map(|(kind, row)| {
            Ok(DeliverableStatus {
                kind,
                state: row.try_get("state")?,
                due_on: date(&row.try_get::<String, _>("due_on")?)?,
                late: row.try_get::<i64, _>("late")? != 0,
            })
        })
        .collect::<Result<Vec<_>>>()?;
        let challenges = sqlx::query(
            "SELECT COUNT(*) AS open, COUNT(guidance) AS guided FROM challenges \
             WHERE engagement_id = $1 AND resolved_at IS NULL",
        )
        .bind(engagement_id)
        .fetch_one(self.pool())
        .await?;
        let open: i64 = challenges.try_get("open")?;
        let guided: i64 = challenges.try_get("guided")?;
        // The call under way or the next one (a call lasts at most four hours).
        let calls = sqlx::query(
            "SELECT id, starts_at, minutes, meeting_url FROM calls WHERE engagement_id = $1 \
             AND cancelled_at IS NULL AND starts_at >= $2 ORDER BY starts_at",
        )
        .bind(engagement_id)
        .bind(to_text(now - chrono::Duration::hours(4)))
        .fetch_all(self.pool())
        .await?;
        let mut next_call = None;
        for row in &calls {
            let starts_at = from_text(&row.try_get::<String, _>("starts_at")?)?;
            let ends_at = starts_at + chrono::Duration::minutes(row.try_get("minutes")?);
            if ends_at > now {
                let (id, meeting_url) = (row.try_get("id")?, row.try_get("meeting_url")?);
                next_call = Some(UpcomingCall { id, starts_at, ends_at, meeting_url });
                break;
            }
        }
        Ok(Summary {
            tasks_done: counts.try_get("done")?,
            tasks_total: counts.try_get("total")?,
            deliverables,
            open_challenges: open,
            challenges_awaiting_guidance: open - guided,
            next_call,
        })
    }
}
