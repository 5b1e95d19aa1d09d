use thiserror::Error;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What can go wrong in the store, in terms its callers can act on.
#[derive(Debug, Error)]
pub enum Error {
    #[error("the record was not found")]
    NotFound,
    /// A uniqueness rule was broken; the string names the rule (for example `users.email`).
    #[error("a record with the same {0} already exists")]
    Conflict(&'static str),
    /// The change is not allowed in the record's current state.
    #[error("{0}")]
    Rule(&'static str),
    #[error("database URLs must start with sqlite: or postgres://")]
    UnsupportedUrl,
    #[error("online backups are made of the SQLite database; use pg_dump for PostgreSQL")]
    BackupNeedsSqlite,
    #[error("stored data could not be read: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    /// From the submission writer's own SQLite connection.
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl Error {
    /// Turns a unique-constraint violation into [`Error::Conflict`] naming `what`.
    pub(crate) fn unique_as(what: &'static str) -> impl FnOnce(sqlx::Error) -> Error {
        move |err| match &err {
            sqlx::Error::Database(db) if db.is_unique_violation() => Error::Conflict(what),
            _ => Error::Database(err),
        }
    }
}
