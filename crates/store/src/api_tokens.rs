//! Personal API tokens: made by a person for a tool (Excel, Power BI, R), shown once, kept
//! only as a hash, revocable. A token acts as its owner, with the owner's role and reach.

use sqlx::Row;
use sqlx::any::AnyRow;

use crate::accounts::User;
use crate::clock::{Timestamp, from_text, opt_from_text, to_text};
use crate::types::{Name, Secret, new_id};
use crate::{Error, Result, Store};

/// Most active tokens one person may hold.
pub const MAX_TOKENS: i64 = 20;

/// The rule broken when a person already holds [`MAX_TOKENS`].
pub const TOO_MANY_TOKENS: &str = "too many API tokens";

/// A token as its owner sees it (never the secret itself after it was made).
#[derive(Debug, Clone)]
pub struct ApiToken {
    pub id: String,
    pub user_id: String,
    pub name: String,
    pub created_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
}

fn decode(row: &AnyRow) -> Result<ApiToken> {
    Ok(ApiToken {
        id: row.try_get("id")?,
        user_id: row.try_get("user_id")?,
        name: row.try_get("name")?,
        created_at: from_text(&row.try_get::<String, _>("created_at")?)?,
        last_used_at: opt_from_text(row.try_get("last_used_at")?)?,
    })
}

impl Store {
    /// Makes a token named `name` for `user_id`; the secret is returned once, here.
    pub async fn create_api_token(&self, user_id: &str, name: &Name) -> Result<(ApiToken, Secret)> {
        let mut tx = self.pool().begin().await?;
        let held: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL")
                .bind(user_id)
                .fetch_one(&mut *tx)
                .await?;
        if held >= MAX_TOKENS {
            return Err(Error::Rule(TOO_MANY_TOKENS));
        }
        let secret = Secret::generate();
        let row = sqlx::query(
            "INSERT INTO api_tokens (id, user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4, $5) \
             RETURNING id, user_id, name, created_at, last_used_at",
        )
        .bind(new_id())
        .bind(user_id)
        .bind(name.as_str())
        .bind(secret.hash())
        .bind(to_text(crate::now()))
        .fetch_one(&mut *tx)
        .await?;
        let token = decode(&row)?;
        tx.commit().await?;
        Ok((token, secret))
    }

    /// A person's active tokens, newest first.
    pub async fn api_tokens_of(&self, user_id: &str) -> Result<Vec<ApiToken>> {
        let rows = sqlx::query(
            "SELECT id, user_id, name, created_at, last_used_at FROM api_tokens \
             WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC, id DESC",
        )
        .bind(user_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(decode).collect()
    }

    /// Revokes one of `user_id`'s tokens; `NotFound` when it is not theirs or already revoked.
    pub async fn revoke_api_token(&self, user_id: &str, token_id: &str) -> Result<()> {
        let done = sqlx::query(
            "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL",
        )
        .bind(to_text(crate::now()))
        .bind(token_id)
        .bind(user_id)
        .execute(self.pool())
        .await?;
        if done.rows_affected() == 0 { Err(Error::NotFound) } else { Ok(()) }
    }

    /// The owner of an active token; `NotFound` for an unknown or revoked one. Notes when it
    /// was used (at most once a minute, so reading the API is not a write per request).
    pub async fn user_by_api_token(&self, secret: &Secret) -> Result<User> {
        let hash = secret.hash();
        let row =
            sqlx::query("SELECT id, user_id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL")
                .bind(&hash)
                .fetch_optional(self.pool())
                .await?
                .ok_or(Error::NotFound)?;
        let token_id: String = row.try_get("id")?;
        let user_id: String = row.try_get("user_id")?;
        let now = crate::now();
        sqlx::query(
            "UPDATE api_tokens SET last_used_at = $1 WHERE id = $2 AND (last_used_at IS NULL OR last_used_at < $3)",
        )
        .bind(to_text(now))
        .bind(&token_id)
        .bind(to_text(now - chrono::Duration::minutes(1)))
        .execute(self.pool())
        .await?;
        self.user(&user_id).await
    }
}
