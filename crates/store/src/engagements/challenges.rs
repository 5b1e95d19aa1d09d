//! The challenges log: what got in the way during the two weeks, each with its category,
//! the builder's guidance and whether it is resolved. A running list, not reviewed in rounds.

use sqlx::Row;
use sqlx::any::AnyRow;

use crate::clock::{Timestamp, from_text, opt_from_text, to_text};
use crate::outbox::{OutgoingEmail, insert_email};
use crate::types::new_id;
use crate::{Error, Result, Store};

/// The rule broken when a challenge is not in the engagement.
pub const CHALLENGE_UNKNOWN: &str = "the challenge is not in this engagement's log";

/// What a challenge is about (the categories of the migration's CHECK list).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChallengeCategory {
    Connectivity,
    Devices,
    Survey,
    Enumerators,
    Respondents,
    Safety,
    Time,
    Data,
    Other,
}

impl ChallengeCategory {
    pub const ALL: [ChallengeCategory; 9] = [
        ChallengeCategory::Connectivity,
        ChallengeCategory::Devices,
        ChallengeCategory::Survey,
        ChallengeCategory::Enumerators,
        ChallengeCategory::Respondents,
        ChallengeCategory::Safety,
        ChallengeCategory::Time,
        ChallengeCategory::Data,
        ChallengeCategory::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ChallengeCategory::Connectivity => "connectivity",
            ChallengeCategory::Devices => "devices",
            ChallengeCategory::Survey => "survey",
            ChallengeCategory::Enumerators => "enumerators",
            ChallengeCategory::Respondents => "respondents",
            ChallengeCategory::Safety => "safety",
            ChallengeCategory::Time => "time",
            ChallengeCategory::Data => "data",
            ChallengeCategory::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text.trim())
    }
}

/// A challenge's description or the builder's guidance: trimmed, 1 to `max` characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChallengeText(String);

/// Why a challenge's text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChallengeTextError {
    Empty,
    TooLong,
}

impl ChallengeText {
    pub const MAX_DESCRIPTION: usize = 2000;
    pub const MAX_GUIDANCE: usize = 4000;

    pub fn parse(raw: &str, max: usize) -> std::result::Result<Self, ChallengeTextError> {
        let text = raw.trim();
        match text.chars().count() {
            0 => Err(ChallengeTextError::Empty),
            n if n > max => Err(ChallengeTextError::TooLong),
            _ => Ok(Self(text.to_owned())),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One entry of the log.
#[derive(Debug, Clone)]
pub struct Challenge {
    pub id: String,
    pub engagement_id: String,
    pub category: ChallengeCategory,
    pub description: String,
    pub guidance: Option<String>,
    pub guidance_by: Option<String>,
    pub guidance_by_name: Option<String>,
    pub resolved_at: Option<Timestamp>,
    pub created_by: String,
    pub created_by_name: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl Challenge {
    pub fn is_resolved(&self) -> bool {
        self.resolved_at.is_some()
    }
}

fn challenge_from_row(row: &AnyRow) -> Result<Challenge> {
    let category: String = row.try_get("category")?;
    Ok(Challenge {
        id: row.try_get("id")?,
        engagement_id: row.try_get("engagement_id")?,
        category: ChallengeCategory::parse(&category)
            .ok_or_else(|| Error::Corrupt(format!("challenge category {category:?}")))?,
        description: row.try_get("description")?,
        guidance: row.try_get("guidance")?,
        guidance_by: row.try_get("guidance_by")?,
        guidance_by_name: row.try_get("guidance_by_name")?,
        resolved_at: opt_from_text(row.try_get("resolved_at")?)?,
        created_by: row.try_get("created_by")?,
        created_by_name: row.try_get("created_by_name")?,
        created_at: from_text(&row.try_get::<String, _>("created_at")?)?,
        updated_at: from_text(&row.try_get::<String, _>("updated_at")?)?,
    })
}

const CHALLENGE_SELECT: &str = "SELECT c.*, g.name AS guidance_by_name, a.name AS created_by_name \
     FROM challenges c JOIN users a ON a.id = c.created_by LEFT JOIN users g ON g.id = c.guidance_by";

impl Store {
    /// The log: open challenges first, then resolved ones, each oldest first.
    pub async fn challenges(&self, engagement_id: &str) -> Result<Vec<Challenge>> {
        let sql = format!(
            "{CHALLENGE_SELECT} WHERE c.engagement_id = $1 \
             ORDER BY CASE WHEN c.resolved_at IS NULL THEN 0 ELSE 1 END, c.created_at, c.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(engagement_id).fetch_all(self.pool()).await?;
        rows.iter().map(challenge_from_row).collect()
    }

    /// One challenge of an engagement.
    pub async fn challenge(&self, engagement_id: &str, id: &str) -> Result<Challenge> {
        let sql = format!("{CHALLENGE_SELECT} WHERE c.id = $1 AND c.engagement_id = $2");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .bind(engagement_id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        challenge_from_row(&row)
    }

    /// Logs a challenge, with the emails announcing it, in one transaction.
    pub async fn add_challenge(
        &self,
        engagement_id: &str,
        category: ChallengeCategory,
        description: &ChallengeText,
        created_by: &str,
        at: Timestamp,
        emails: &[OutgoingEmail],
    ) -> Result<String> {
        let id = new_id();
        let at = to_text(at);
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO challenges (id, engagement_id, category, description, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $6)",
        )
        .bind(&id)
        .bind(engagement_id)
        .bind(category.as_str())
        .bind(description.as_str())
        .bind(created_by)
        .bind(&at)
        .execute(&mut *tx)
        .await?;
        for email in emails {
            insert_email(&mut *tx, email).await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// Writes (or rewrites) the builder's guidance on a challenge, with its emails.
    pub async fn give_challenge_guidance(
        &self,
        engagement_id: &str,
        id: &str,
        guidance: &ChallengeText,
        builder_id: &str,
        at: Timestamp,
        emails: &[OutgoingEmail],
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE challenges SET guidance = $1, guidance_by = $2, updated_at = $3 \
             WHERE id = $4 AND engagement_id = $5",
        )
        .bind(guidance.as_str())
        .bind(builder_id)
        .bind(to_text(at))
        .bind(id)
        .bind(engagement_id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(Error::Rule(CHALLENGE_UNKNOWN));
        }
        for email in emails {
            insert_email(&mut *tx, email).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Marks a challenge resolved (at `at`) or open again.
    pub async fn set_challenge_resolved(
        &self,
        engagement_id: &str,
        id: &str,
        resolved: bool,
        at: Timestamp,
    ) -> Result<()> {
        let at = to_text(at);
        let done = sqlx::query(
            "UPDATE challenges SET resolved_at = $1, updated_at = $2 WHERE id = $3 AND engagement_id = $4",
        )
        .bind(resolved.then_some(at.as_str()))
        .bind(&at)
        .bind(id)
        .bind(engagement_id)
        .execute(self.pool())
        .await?;
        if done.rows_affected() == 0 {
            return Err(Error::Rule(CHALLENGE_UNKNOWN));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_round_trip_through_text() {
        for category in ChallengeCategory::ALL {
            assert_eq!(ChallengeCategory::parse(category.as_str()), Some(category));
        }
        assert_eq!(ChallengeCategory::parse("weather"), None);
    }

    #[test]
    fn texts_are_trimmed_and_bounded() {
        assert_eq!(ChallengeText::parse("  no signal  ", 20).unwrap().as_str(), "no signal");
        assert_eq!(ChallengeText::parse("   ", 20), Err(ChallengeTextError::Empty));
        assert_eq!(ChallengeText::parse(&"x".repeat(21), 20), Err(ChallengeTextError::TooLong));
    }
}
