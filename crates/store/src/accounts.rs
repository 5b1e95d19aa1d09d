//! Organisations, people, sessions and the single-use links emailed to them.

use chrono::Duration;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::clock::{from_text, opt_from_text, to_text};
use crate::outbox::{OutgoingEmail, insert_email};
use crate::types::{CountryCode, Email, Name, Role, Secret, new_id, slugify};
use crate::{Error, Result, Store, Timestamp, now};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub country: String,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: String,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub organisation_id: Option<String>,
    pub locale: Option<String>,
    pub password_hash: String,
    pub created_at: Timestamp,
}

/// A person to be created; the password arrives already hashed.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: Email,
    pub name: Name,
    pub password_hash: String,
    pub role: Role,
    pub organisation_id: Option<String>,
    pub locale: Option<String>,
}

/// An invitation to join a CSO's team, as found from its link.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub organisation: Organisation,
    pub email: String,
    pub expires_at: Timestamp,
    pub accepted_at: Option<Timestamp>,
}

impl Invitation {
    pub fn is_usable(&self) -> bool {
        self.accepted_at.is_none() && self.expires_at > now()
    }
}

fn organisation_from_row(row: &AnyRow) -> Result<Organisation> {
    Ok(Organisation {
        id: row.try_get("id")?,
        slug: row.try_get("slug")?,
        name: row.try_get("name")?,
        country: row.try_get("country")?,
        created_at: from_text(&row.try_get::<String, _>("created_at")?)?,
    })
}

fn user_from_row(row: &AnyRow) -> Result<User> {
    let role: String = row.try_get("role")?;
    Ok(User {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        name: row.try_get("name")?,
        role: role.parse().map_err(|_| Error::Corrupt(format!("role {role:?}")))?,
        organisation_id: row.try_get("organisation_id")?,
        locale: row.try_get("locale")?,
        password_hash: row.try_get("password_hash")?,
        created_at: from_text(&row.try_get::<String, _>("created_at")?)?,
    })
}

/// The columns `user_from_row` reads, as a literal so queries are built at compile time.
macro_rules! user_columns {
    () => {
        "id, email, name, role, organisation_id, locale, password_hash, created_at"
    };
}

async fn insert_user<'c, E>(conn: E, user: &NewUser) -> Result<User>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    if user.role.is_cso() != user.organisation_id.is_some() {
        return Err(Error::Rule("CSO roles belong to exactly one organisation"));
    }
    let id = new_id();
    let created_at = now();
    sqlx::query(
        "INSERT INTO users (id, email, name, password_hash, role, organisation_id, locale, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&id)
    .bind(user.email.as_str())
    .bind(user.name.as_str())
    .bind(&user.password_hash)
    .bind(user.role.as_str())
    .bind(user.organisation_id.as_deref())
    .bind(user.locale.as_deref())
    .bind(to_text(created_at))
    .execute(conn)
    .await
    .map_err(Error::unique_as("email"))?;
    Ok(User {
        id,
        email: user.email.as_str().to_owned(),
        name: user.name.as_str().to_owned(),
        role: user.role,
        organisation_id: user.organisation_id.clone(),
        locale: user.locale.clone(),
        password_hash: user.password_hash.clone(),
        created_at,
    })
}

async fn insert_organisation(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    name: &Name,
    country: CountryCode,
) -> Result<Organisation> {
    let base = slugify(name.as_str());
    let taken: Vec<String> =
        sqlx::query_scalar("SELECT slug FROM organisations WHERE slug = $1 OR slug LIKE $2")
            .bind(&base)
            .bind(format!("{base}-%"))
            .fetch_all(&mut **tx)
            .await?;
    let slug = (1..)
        .map(|n| if n == 1 { base.clone() } else { format!("{base}-{n}") })
        .find(|candidate| !taken.contains(candidate))
        .expect("an unused slug exists");
    let organisation = Organisation {
        id: new_id(),
        slug,
        name: name.as_str().to_owned(),
        country: country.as_str().to_owned(),
        created_at: now(),
    };
    sqlx::query(
        "INSERT INTO organisations (id, slug, name, country, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&organisation.id)
    .bind(&organisation.slug)
    .bind(&organisation.name)
    .bind(&organisation.country)
    .bind(to_text(organisation.created_at))
    .execute(&mut **tx)
    .await
    .map_err(Error::unique_as("slug"))?;
    Ok(organisation)
}

impl Store {
    /// Creates an organisation with no members (admin command line).
    pub async fn create_organisation(&self, name: &Name, country: CountryCode) -> Result<Organisation> {
        let mut tx = self.begin().await?;
        let organisation = insert_organisation(&mut tx, name, country).await?;
        tx.commit().await?;
        Ok(organisation)
    }

    /// A CSO signs up: the organisation and its senior lead are created together or not at all.
    pub async fn sign_up_organisation(
        &self,
        name: &Name,
        country: CountryCode,
        lead: NewUser,
    ) -> Result<(Organisation, User)> {
        let mut tx = self.begin().await?;
        let organisation = insert_organisation(&mut tx, name, country).await?;
        let lead = NewUser { role: Role::CsoLead, organisation_id: Some(organisation.id.clone()), ..lead };
        let user = insert_user(&mut *tx, &lead).await?;
        tx.commit().await?;
        Ok((organisation, user))
    }

    pub async fn organisation(&self, id: &str) -> Result<Organisation> {
        let row = sqlx::query("SELECT * FROM organisations WHERE id = $1")
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        organisation_from_row(&row)
    }

    pub async fn organisation_by_slug(&self, slug: &str) -> Result<Organisation> {
        let row = sqlx::query("SELECT * FROM organisations WHERE slug = $1")
            .bind(slug)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        organisation_from_row(&row)
    }

    pub async fn create_user(&self, user: NewUser) -> Result<User> {
        insert_user(self.pool(), &user).await
    }

    pub async fn user(&self, id: &str) -> Result<User> {
        let sql = concat!("SELECT ", user_columns!(), " FROM users WHERE id = $1");
        let row = sqlx::query(sql).bind(id).fetch_optional(self.pool()).await?.ok_or(Error::NotFound)?;
        user_from_row(&row)
    }

    pub async fn user_by_email(&self, email: &Email) -> Result<User> {
        let sql = concat!("SELECT ", user_columns!(), " FROM users WHERE email = $1");
        let row = sqlx::query(sql)
            .bind(email.as_str())
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        user_from_row(&row)
    }

    pub async fn users_with_role(&self, role: Role) -> Result<Vec<User>> {
        let sql = concat!("SELECT ", user_columns!(), " FROM users WHERE role = $1 ORDER BY name");
        let rows = sqlx::query(sql).bind(role.as_str()).fetch_all(self.pool()).await?;
        rows.iter().map(user_from_row).collect()
    }

    pub async fn organisation_members(&self, organisation_id: &str) -> Result<Vec<User>> {
        let sql =
            concat!("SELECT ", user_columns!(), " FROM users WHERE organisation_id = $1 ORDER BY role, name");
        let rows = sqlx::query(sql).bind(organisation_id).fetch_all(self.pool()).await?;
        rows.iter().map(user_from_row).collect()
    }

    /// Changes a person's role; CSO roles need the organisation they belong to.
    pub async fn set_role(&self, user_id: &str, role: Role, organisation_id: Option<&str>) -> Result<()> {
        if role.is_cso() != organisation_id.is_some() {
            return Err(Error::Rule("CSO roles belong to exactly one organisation"));
        }
        let done = sqlx::query("UPDATE users SET role = $1, organisation_id = $2 WHERE id = $3")
            .bind(role.as_str())
            .bind(organisation_id)
            .bind(user_id)
            .execute(self.pool())
            .await?;
        if done.rows_affected() == 0 {
            return Err(Error::NotFound);
        }
        Ok(())
    }

    /// Replaces a password and signs the person out everywhere, in one transaction.
    pub async fn set_password(&self, user_id: &str, password_hash: &str) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(Error::NotFound);
        }
        sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn set_locale(&self, user_id: &str, locale: &str) -> Result<()> {
        sqlx::query("UPDATE users SET locale = $1 WHERE id = $2")
            .bind(locale)
            .bind(user_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    // --- sessions -------------------------------------------------------------------------

    /// Opens a session for `user_id`; the returned secret goes into the cookie.
    pub async fn create_session(&self, user_id: &str, lifetime: Duration) -> Result<Secret> {
        let secret = Secret::generate();
        let created = now();
        sqlx::query(
            "INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(secret.hash())
        .bind(user_id)
        .bind(to_text(created))
        .bind(to_text(created + lifetime))
        .execute(self.pool())
        .await?;
        Ok(secret)
    }

    /// The person a session cookie belongs to, if the session exists and has not expired.
    pub async fn session_user(&self, secret: &Secret) -> Result<Option<User>> {
        // Runs on every request of a signed-in person: the query is one literal.
        let sql = "SELECT u.* FROM users u JOIN sessions s ON s.user_id = u.id \
                   WHERE s.id_hash = $1 AND s.expires_at > $2";
        let row =
            sqlx::query(sql).bind(secret.hash()).bind(to_text(now())).fetch_optional(self.pool()).await?;
        row.as_ref().map(user_from_row).transpose()
    }

    pub async fn delete_session(&self, secret: &Secret) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(secret.hash())
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Removes expired sessions and links; returns how many sessions went.
    pub async fn purge_expired(&self) -> Result<u64> {
        let at = to_text(now());
        let mut tx = self.begin().await?;
        let sessions = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(&at)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        sqlx::query("DELETE FROM password_resets WHERE expires_at <= $1").bind(&at).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(sessions)
    }

    // --- invitations to a CSO team -------------------------------------------------------

    /// Invites `email` to the CSO's team and queues the email with the link, together.
    pub async fn create_invitation(
        &self,
        organisation_id: &str,
        email: &Email,
        invited_by: &str,
        lifetime: Duration,
        compose: impl FnOnce(&Secret) -> OutgoingEmail,
    ) -> Result<Secret> {
        let secret = Secret::generate();
        let created = now();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO invitations (token_hash, organisation_id, email, invited_by, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(secret.hash())
        .bind(organisation_id)
        .bind(email.as_str())
        .bind(invited_by)
        .bind(to_text(created))
        .bind(to_text(created + lifetime))
        .execute(&mut *tx)
        .await?;
        insert_email(&mut *tx, &compose(&secret)).await?;
        tx.commit().await?;
        Ok(secret)
    }

    pub async fn invitation(&self, secret: &Secret) -> Result<Invitation> {
        let row = sqlx::query(
            "SELECT organisation_id, email, expires_at, accepted_at FROM invitations WHERE token_hash = $1",
        )
        .bind(secret.hash())
        .fetch_optional(self.pool())
        .await?
        .ok_or(Error::NotFound)?;
        let organisation = self.organisation(&row.try_get::<String, _>("organisation_id")?).await?;
        Ok(Invitation {
            organisation,
            email: row.try_get("email")?,
            expires_at: from_text(&row.try_get::<String, _>("expires_at")?)?,
            accepted_at: opt_from_text(row.try_get("accepted_at")?)?,
        })
    }

    /// Uses an invitation: marks it accepted and creates the staff member, both or neither.
    pub async fn accept_invitation(&self, secret: &Secret, user: NewUser) -> Result<User> {
        let mut tx = self.begin().await?;
        let organisation_id: Option<String> = sqlx::query_scalar(
            "UPDATE invitations SET accepted_at = $1 \
             WHERE token_hash = $2 AND accepted_at IS NULL AND expires_at > $1 \
             RETURNING organisation_id",
        )
        .bind(to_text(now()))
        .bind(secret.hash())
        .fetch_optional(&mut *tx)
        .await?;
        let organisation_id = organisation_id.ok_or(Error::NotFound)?;
        let user = NewUser { role: Role::CsoStaff, organisation_id: Some(organisation_id), ..user };
        let user = insert_user(&mut *tx, &user).await?;
        tx.commit().await?;
        Ok(user)
    }

    // --- password resets -----------------------------------------------------------------

    /// Creates a reset link for `user_id` and queues the email that carries it, together.
    pub async fn create_password_reset(
        &self,
        user_id: &str,
        lifetime: Duration,
        compose: impl FnOnce(&Secret) -> OutgoingEmail,
    ) -> Result<Secret> {
        let secret = Secret::generate();
        let created = now();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(secret.hash())
        .bind(user_id)
        .bind(to_text(created))
        .bind(to_text(created + lifetime))
        .execute(&mut *tx)
        .await?;
        insert_email(&mut *tx, &compose(&secret)).await?;
        tx.commit().await?;
        Ok(secret)
    }

    /// The person a reset link belongs to, while the link is unused and unexpired.
    pub async fn password_reset_user(&self, secret: &Secret) -> Result<User> {
        let user_id: String = sqlx::query_scalar(
            "SELECT user_id FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(secret.hash())
        .bind(to_text(now()))
        .fetch_optional(self.pool())
        .await?
        .ok_or(Error::NotFound)?;
        self.user(&user_id).await
    }

    /// Uses a reset link: sets the new password, spends the link and ends every session.
    pub async fn reset_password(&self, secret: &Secret, password_hash: &str) -> Result<User> {
        let mut tx = self.begin().await?;
        let user_id: Option<String> = sqlx::query_scalar(
            "UPDATE password_resets SET used_at = $1 \
             WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING user_id",
        )
        .bind(to_text(now()))
        .bind(secret.hash())
        .fetch_optional(&mut *tx)
        .await?;
        let user_id = user_id.ok_or(Error::NotFound)?;
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(&user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(&user_id).execute(&mut *tx).await?;
        tx.commit().await?;
        self.user(&user_id).await
    }

    // --- login throttling (shared by every app server through the database) ---------------

    /// Failed logins counted under `key` in the current window of `window_secs`.
    pub async fn login_failures(&self, key: &str, window_secs: i64) -> Result<i64> {
        let since = now().timestamp() - window_secs;
        let failures: Option<i64> = sqlx::query_scalar(
            "SELECT failures FROM login_throttle WHERE throttle_key = $1 AND window_start > $2",
        )
        .bind(key)
        .bind(since)
        .fetch_optional(self.pool())
        .await?;
        Ok(failures.unwrap_or(0))
    }

    /// Counts one failed login under `key`, starting a new window when the old one is over.
    pub async fn record_login_failure(&self, key: &str, window_secs: i64) -> Result<i64> {
        let at = now().timestamp();
        let failures: i64 = sqlx::query_scalar(
            "INSERT INTO login_throttle (throttle_key, window_start, failures) VALUES ($1, $2, 1) \
             ON CONFLICT (throttle_key) DO UPDATE SET \
               failures = CASE WHEN login_throttle.window_start > $3 THEN login_throttle.failures + 1 ELSE 1 END, \
               window_start = CASE WHEN login_throttle.window_start > $3 THEN login_throttle.window_start ELSE $2 END \
             RETURNING failures",
        )
        .bind(key)
        .bind(at)
        .bind(at - window_secs)
        .fetch_one(self.pool())
        .await?;
        Ok(failures)
    }

    pub async fn clear_login_failures(&self, key: &str) -> Result<()> {
        sqlx::query("DELETE FROM login_throttle WHERE throttle_key = $1")
            .bind(key)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
