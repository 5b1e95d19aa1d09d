//! Deliverables reviewed in rounds: draft -> submitted -> changes requested -> (edited,
//! submitted again) -> accepted.
//!
//! The content is JSON written by the web layer (its typed parts live there); the store keeps
//! the state rules. Every change is one transaction that also writes its event (with the
//! round, and a snapshot of the content at each submission) and queues the emails announcing
//! it. An accepted deliverable is final; a submitted one waits for its review.
//!
//! Lateness is judged on the first submission: handed in after the end of the due day (UTC),
//! the row and that submission's event are marked late, and the row stays marked. A later
//! round answers a review, so it is not late itself.

use chrono::NaiveDate;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::DeliverableKind;
use super::calls::Tz;
use crate::clock::{Timestamp, date, from_text, opt_from_text, to_text};
use crate::outbox::{OutgoingEmail, insert_email};
use crate::types::new_id;
use crate::{Error, Result, Store};

/// The rule an edit breaks once the deliverable is accepted.
pub const DELIVERABLE_ACCEPTED: &str = "the deliverable is accepted and can no longer be changed";
/// The rule an edit or a second submission breaks while the builder has not reviewed it.
pub const DELIVERABLE_IN_REVIEW: &str = "the deliverable is waiting for its review";
/// The rule a review breaks when nothing is submitted.
pub const DELIVERABLE_NOT_SUBMITTED: &str = "only a submitted deliverable can be reviewed";

/// The longest comment, in characters.
pub const MAX_COMMENT_CHARS: usize = 4000;

/// Where a deliverable stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeliverableState {
    Draft,
    Submitted,
    ChangesRequested,
    Accepted,
}

impl DeliverableState {
    pub const ALL: [DeliverableState; 4] = [
        DeliverableState::Draft,
        DeliverableState::Submitted,
        DeliverableState::ChangesRequested,
        DeliverableState::Accepted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DeliverableState::Draft => "draft",
            DeliverableState::Submitted => "submitted",
            DeliverableState::ChangesRequested => "changes_requested",
            DeliverableState::Accepted => "accepted",
        }
    }

    fn from_db(text: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
            .ok_or_else(|| Error::Corrupt(format!("deliverable state {text:?}")))
    }

    /// Whether the CSO's team may change the content.
    pub fn is_editable(self) -> bool {
        matches!(self, DeliverableState::Draft | DeliverableState::ChangesRequested)
    }

    /// The rule a change of content breaks in this state, if any.
    fn edit_refusal(self) -> Option<&'static str> {
        match self {
            DeliverableState::Draft | DeliverableState::ChangesRequested => None,
            DeliverableState::Submitted => Some(DELIVERABLE_IN_REVIEW),
            DeliverableState::Accepted => Some(DELIVERABLE_ACCEPTED),
        }
    }
}

/// One deliverable of an engagement.
#[derive(Debug, Clone)]
pub struct Deliverable {
    pub id: String,
    pub engagement_id: String,
    pub kind: DeliverableKind,
    pub state: DeliverableState,
    /// The parts as JSON (`{}` until first saved).
    pub content: String,
    /// The form a survey links to.
    pub form_id: Option<String>,
    pub due_on: NaiveDate,
    /// Submissions so far (0 while never submitted).
    pub round: i64,
    /// The latest submission.
    pub submitted_at: Option<Timestamp>,
    /// First handed in after its due day.
    pub late: bool,
    pub accepted_at: Option<Timestamp>,
    pub accepted_by: Option<String>,
    pub accepted_by_name: Option<String>,
    pub updated_by: Option<String>,
    pub updated_at: Timestamp,
}

/// What happened to a deliverable, as its history shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    Saved,
    Submitted,
    ChangesRequested,
    Accepted,
    Comment,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Saved => "saved",
            EventKind::Submitted => "submitted",
            EventKind::ChangesRequested => "changes_requested",
            EventKind::Accepted => "accepted",
            EventKind::Comment => "comment",
        }
    }

    fn from_db(text: &str) -> Result<Self> {
        [
            EventKind::Saved,
            EventKind::Submitted,
            EventKind::ChangesRequested,
            EventKind::Accepted,
            EventKind::Comment,
        ]
        .into_iter()
        .find(|k| k.as_str() == text)
        .ok_or_else(|| Error::Corrupt(format!("deliverable event kind {text:?}")))
    }
}

/// One entry of a deliverable's history.
#[derive(Debug, Clone)]
pub struct DeliverableEvent {
    pub id: String,
    /// The round it belongs to (0: before the first submission).
    pub round: i64,
    pub kind: EventKind,
    pub author_id: Option<String>,
    pub author_name: Option<String>,
    pub comment: Option<String>,
    /// The content as submitted (submissions only).
    pub content: Option<String>,
    pub late: bool,
    pub at: Timestamp,
}

/// A comment or review note on a deliverable: trimmed, 1 to [`MAX_COMMENT_CHARS`] characters.
pub type DeliverableComment = crate::types::Comment<MAX_COMMENT_CHARS>;

/// New content for a deliverable, as the web layer wrote it.
#[derive(Debug, Clone, Copy)]
pub struct NewContent<'a> {
    /// The parts as JSON.
    pub json: &'a str,
    /// The form a survey links to (kept in its own column so the form's deletion is seen).
    pub form_id: Option<&'a str>,
}

/// Who acts, and when (by the programme's clock, so tests can walk through the days).
#[derive(Debug, Clone, Copy)]
pub struct Act<'a> {
    pub user_id: &'a str,
    pub at: Timestamp,
}

/// Whether a submission at `at` comes after the end of the due day where the CSO works.
pub fn is_late(due_on: NaiveDate, at: Timestamp, zone: Tz) -> bool {
    at.with_timezone(&zone).date_naive() > due_on
}

/// What a submission recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Submitted {
    pub round: i64,
    /// This submission was the first and came after the due day.
    pub late: bool,
}

const DELIVERABLE_SELECT: &str = "SELECT d.*, u.name AS accepted_by_name FROM deliverables d \
     LEFT JOIN users u ON u.id = d.accepted_by";

fn deliverable_from_row(row: &AnyRow) -> Result<Deliverable> {
    let kind: String = row.try_get("kind")?;
    Ok(Deliverable {
        id: row.try_get("id")?,
        engagement_id: row.try_get("engagement_id")?,
        kind: DeliverableKind::parse(&kind)
            .ok_or_else(|| Error::Corrupt(format!("deliverable kind {kind:?}")))?,
        state: DeliverableState::from_db(&row.try_get::<String, _>("state")?)?,
        content: row.try_get("content")?,
        form_id: row.try_get("form_id")?,
        due_on: date(&row.try_get::<String, _>("due_on")?)?,
        round: row.try_get("round")?,
        submitted_at: opt_from_text(row.try_get("submitted_at")?)?,
        late: row.try_get::<i64, _>("late")? == 1,
        accepted_at: opt_from_text(row.try_get("accepted_at")?)?,
        accepted_by: row.try_get("accepted_by")?,
        accepted_by_name: row.try_get("accepted_by_name")?,
        updated_by: row.try_get("updated_by")?,
        updated_at: from_text(&row.try_get::<String, _>("updated_at")?)?,
    })
}

fn event_from_row(row: &AnyRow) -> Result<DeliverableEvent> {
    Ok(DeliverableEvent {
        id: row.try_get("id")?,
        round: row.try_get("round")?,
        kind: EventKind::from_db(&row.try_get::<String, _>("kind")?)?,
        author_id: row.try_get("author_id")?,
        author_name: row.try_get("author_name")?,
        comment: row.try_get("comment")?,
        content: row.try_get("content")?,
        late: row.try_get::<i64, _>("late")? == 1,
        at: from_text(&row.try_get::<String, _>("at")?)?,
    })
}

/// The deliverable inside a transaction, read before it is changed.
async fn locked(conn: &mut AnyConnection, engagement_id: &str, kind: DeliverableKind) -> Result<Deliverable> {
    let sql = format!("{DELIVERABLE_SELECT} WHERE d.engagement_id = $1 AND d.kind = $2");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(engagement_id)
        .bind(kind.as_str())
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(Error::NotFound)?;
    deliverable_from_row(&row)
}

/// The time zone of the engagement's CSO (its days and due dates are theirs).
async fn engagement_zone(conn: &mut AnyConnection, engagement_id: &str) -> Result<Tz> {
    let country: String = sqlx::query_scalar(
        "SELECT o.country FROM engagements e JOIN organisations o ON o.id = e.organisation_id WHERE e.id = $1",
    )
    .bind(engagement_id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(Error::NotFound)?;
    Ok(super::calls::time_zone(&country))
}

/// Changes one deliverable only if it is still in `from` (a concurrent change makes the
/// guard fail, and the caller's rule is reported).
async fn guarded(
    query: sqlx::query::Query<'_, sqlx::Any, sqlx::any::AnyArguments>,
    conn: &mut AnyConnection,
    refusal: &'static str,
) -> Result<()> {
    if query.execute(&mut *conn).await?.rows_affected() == 0 {
        return Err(Error::Rule(refusal));
    }
    Ok(())
}

struct NewEvent<'a> {
    kind: EventKind,
    round: i64,
    comment: Option<&'a str>,
    content: Option<&'a str>,
    late: bool,
}

async fn insert_event(
    conn: &mut AnyConnection,
    deliverable_id: &str,
    act: Act<'_>,
    event: NewEvent<'_>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO deliverable_events (id, deliverable_id, round, kind, author_id, comment, content, late, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(new_id())
    .bind(deliverable_id)
    .bind(event.round)
    .bind(event.kind.as_str())
    .bind(act.user_id)
    .bind(event.comment)
    .bind(event.content)
    .bind(i64::from(event.late))
    .bind(to_text(act.at))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn queue(conn: &mut AnyConnection, emails: &[OutgoingEmail]) -> Result<()> {
    for email in emails {
        insert_email(&mut *conn, email).await?;
    }
    Ok(())
}

impl Store {
    /// The engagement's reviewed deliverables, by due date.
    pub async fn deliverables(&self, engagement_id: &str) -> Result<Vec<Deliverable>> {
        let sql = format!("{DELIVERABLE_SELECT} WHERE d.engagement_id = $1 ORDER BY d.due_on, d.kind");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(engagement_id).fetch_all(self.pool()).await?;
        rows.iter().map(deliverable_from_row).collect()
    }

    /// One deliverable of an engagement (the challenges log is not one: NotFound).
    pub async fn deliverable(&self, engagement_id: &str, kind: DeliverableKind) -> Result<Deliverable> {
        let sql = format!("{DELIVERABLE_SELECT} WHERE d.engagement_id = $1 AND d.kind = $2");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(engagement_id)
            .bind(kind.as_str())
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        deliverable_from_row(&row)
    }

    /// A deliverable's history, oldest first.
    pub async fn deliverable_events(&self, deliverable_id: &str) -> Result<Vec<DeliverableEvent>> {
        let rows = sqlx::query(
            "SELECT e.*, u.name AS author_name FROM deliverable_events e LEFT JOIN users u ON u.id = e.author_id \
             WHERE e.deliverable_id = $1 ORDER BY e.at, e.id",
        )
        .bind(deliverable_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(event_from_row).collect()
    }

    /// What waits for a builder's review, oldest submission first, as
    /// `(engagement_id, kind)`.
    pub async fn deliverables_awaiting_review(
        &self,
        builder_id: &str,
    ) -> Result<Vec<(String, DeliverableKind)>> {
        let rows = sqlx::query(
            "SELECT d.engagement_id, d.kind FROM deliverables d JOIN engagements e ON e.id = d.engagement_id \
             WHERE e.builder_id = $1 AND d.state = 'submitted' ORDER BY d.submitted_at, d.engagement_id, d.kind",
        )
        .bind(builder_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let kind: String = row.try_get("kind")?;
                let kind = DeliverableKind::parse(&kind)
                    .ok_or_else(|| Error::Corrupt(format!("deliverable kind {kind:?}")))?;
                Ok((row.try_get("engagement_id")?, kind))
            })
            .collect()
    }

    /// Saves a draft (or a revision asked for in review). Refused once submitted or accepted.
    pub async fn save_deliverable(
        &self,
        engagement_id: &str,
        kind: DeliverableKind,
        content: NewContent<'_>,
        act: Act<'_>,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let found = locked(&mut tx, engagement_id, kind).await?;
        if let Some(rule) = found.state.edit_refusal() {
            return Err(Error::Rule(rule));
        }
        let update = sqlx::query(
            "UPDATE deliverables SET content = $1, form_id = $2, updated_by = $3, updated_at = $4 \
             WHERE id = $5 AND state = $6",
        )
        .bind(content.json)
        .bind(content.form_id)
        .bind(act.user_id)
        .bind(to_text(act.at))
        .bind(&found.id)
        .bind(found.state.as_str());
        guarded(update, &mut tx, DELIVERABLE_IN_REVIEW).await?;
        let event = NewEvent {
            kind: EventKind::Saved,
            round: found.round,
            comment: None,
            content: None,
            late: false,
        };
        insert_event(&mut tx, &found.id, act, event).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Saves and submits the content for review, in one transaction with its snapshot and
    /// the emails announcing it. Never refused for being late: it is marked instead.
    pub async fn submit_deliverable(
        &self,
        engagement_id: &str,
        kind: DeliverableKind,
        content: NewContent<'_>,
        act: Act<'_>,
        emails: &[OutgoingEmail],
    ) -> Result<Submitted> {
        let mut tx = self.begin().await?;
        let found = locked(&mut tx, engagement_id, kind).await?;
        if let Some(rule) = found.state.edit_refusal() {
            return Err(Error::Rule(rule));
        }
        let round = found.round + 1;
        let late =
            round == 1 && is_late(found.due_on, act.at, engagement_zone(&mut tx, engagement_id).await?);
        let at = to_text(act.at);
        let update = sqlx::query(
            "UPDATE deliverables SET state = 'submitted', content = $1, form_id = $2, round = $3, \
             submitted_at = $4, late = $5, updated_by = $6, updated_at = $4 WHERE id = $7 AND state = $8",
        )
        .bind(content.json)
        .bind(content.form_id)
        .bind(round)
        .bind(&at)
        .bind(i64::from(late || found.late))
        .bind(act.user_id)
        .bind(&found.id)
        .bind(found.state.as_str());
        guarded(update, &mut tx, DELIVERABLE_IN_REVIEW).await?;
        let event =
            NewEvent { kind: EventKind::Submitted, round, comment: None, content: Some(content.json), late };
        insert_event(&mut tx, &found.id, act, event).await?;
        queue(&mut tx, emails).await?;
        tx.commit().await?;
        Ok(Submitted { round, late })
    }

    /// Sends a submitted deliverable back to the team with what to change.
    pub async fn request_deliverable_changes(
        &self,
        engagement_id: &str,
        kind: DeliverableKind,
        comment: &DeliverableComment,
        act: Act<'_>,
        emails: &[OutgoingEmail],
    ) -> Result<()> {
        self.review(engagement_id, kind, EventKind::ChangesRequested, Some(comment), act, emails).await
    }

    /// Accepts a submitted deliverable (with an optional note); from then on it is final.
    pub async fn accept_deliverable(
        &self,
        engagement_id: &str,
        kind: DeliverableKind,
        comment: Option<&DeliverableComment>,
        act: Act<'_>,
        emails: &[OutgoingEmail],
    ) -> Result<()> {
        self.review(engagement_id, kind, EventKind::Accepted, comment, act, emails).await
    }

    async fn review(
        &self,
        engagement_id: &str,
        kind: DeliverableKind,
        outcome: EventKind,
        comment: Option<&DeliverableComment>,
        act: Act<'_>,
        emails: &[OutgoingEmail],
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let found = locked(&mut tx, engagement_id, kind).await?;
        if found.state != DeliverableState::Submitted {
            return Err(Error::Rule(DELIVERABLE_NOT_SUBMITTED));
        }
        let at = to_text(act.at);
        let update = if outcome == EventKind::Accepted {
            sqlx::query(
                "UPDATE deliverables SET state = 'accepted', accepted_at = $1, accepted_by = $2, updated_at = $1 \
                 WHERE id = $3 AND state = 'submitted'",
            )
            .bind(&at)
            .bind(act.user_id)
            .bind(&found.id)
        } else {
            sqlx::query(
                "UPDATE deliverables SET state = 'changes_requested', updated_at = $1 \
                 WHERE id = $2 AND state = 'submitted'",
            )
            .bind(&at)
            .bind(&found.id)
        };
        guarded(update, &mut tx, DELIVERABLE_NOT_SUBMITTED).await?;
        let event = NewEvent {
            kind: outcome,
            round: found.round,
            comment: comment.map(DeliverableComment::as_str),
            content: None,
            late: false,
        };
        insert_event(&mut tx, &found.id, act, event).await?;
        queue(&mut tx, emails).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds a comment to the deliverable's current round (in any state: a comment changes
    /// nothing of the content).
    pub async fn comment_on_deliverable(
        &self,
        engagement_id: &str,
        kind: DeliverableKind,
        comment: &DeliverableComment,
        act: Act<'_>,
        emails: &[OutgoingEmail],
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let found = locked(&mut tx, engagement_id, kind).await?;
        let event = NewEvent {
            kind: EventKind::Comment,
            round: found.round,
            comment: Some(comment.as_str()),
            content: None,
            late: false,
        };
        insert_event(&mut tx, &found.id, act, event).await?;
        queue(&mut tx, emails).await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;

    #[test]
    fn a_submission_is_late_only_after_the_end_of_the_due_day() {
        let due = NaiveDate::from_ymd_opt(2030, 1, 8).unwrap();
        let nairobi = Tz::Africa__Nairobi;
        assert!(!is_late(due, Utc.with_ymd_and_hms(2030, 1, 7, 21, 0, 0).unwrap(), nairobi));
        assert!(!is_late(due, Utc.with_ymd_and_hms(2030, 1, 8, 20, 59, 59).unwrap(), nairobi));
        assert!(is_late(due, Utc.with_ymd_and_hms(2030, 1, 8, 21, 0, 0).unwrap(), nairobi));
        assert!(!is_late(due, Utc.with_ymd_and_hms(2030, 1, 2, 12, 0, 0).unwrap(), nairobi));
        // 22:00 on the due day in Córdoba is already the next day in UTC: not late.
        let cordoba = Tz::America__Argentina__Cordoba;
        assert!(!is_late(due, Utc.with_ymd_and_hms(2030, 1, 9, 1, 0, 0).unwrap(), cordoba));
        assert!(is_late(due, Utc.with_ymd_and_hms(2030, 1, 9, 3, 0, 0).unwrap(), cordoba));
    }

    #[test]
    fn only_drafts_and_revisions_can_be_edited() {
        assert_eq!(DeliverableState::Draft.edit_refusal(), None);
        assert_eq!(DeliverableState::ChangesRequested.edit_refusal(), None);
        assert_eq!(DeliverableState::Submitted.edit_refusal(), Some(DELIVERABLE_IN_REVIEW));
        assert_eq!(DeliverableState::Accepted.edit_refusal(), Some(DELIVERABLE_ACCEPTED));
        for state in DeliverableState::ALL {
            assert_eq!(DeliverableState::from_db(state.as_str()).unwrap(), state);
        }
    }

    #[test]
    fn comments_are_trimmed_and_bounded() {
        assert_eq!(DeliverableComment::parse("  fine  ").unwrap().as_str(), "fine");
        assert!(DeliverableComment::parse(" \n ").is_none());
        assert!(DeliverableComment::parse(&"x".repeat(MAX_COMMENT_CHARS + 1)).is_none());
        assert!(DeliverableComment::parse(&"न".repeat(MAX_COMMENT_CHARS)).is_some());
    }
}
