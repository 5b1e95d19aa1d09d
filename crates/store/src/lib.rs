//! Persistence for DataShift: one [`Store`] over SQLite (the default) and PostgreSQL.
//!
//! Every query is written once in portable SQL and runs through sqlx's `Any` driver
//! (`$1` placeholders, `RETURNING`, `ON CONFLICT`, text timestamps). Each change that writes
//! more than one row runs in one transaction, so nothing is ever half-written.

#![forbid(unsafe_code)]

pub mod accounts;
pub mod api_tokens;
pub mod blobs;
mod clock;
pub mod collection;
pub mod curriculum;
pub mod engagements;
mod error;
pub mod export_jobs;
pub mod intake;
pub mod outbox;
pub mod personal_data;
pub mod testing;
pub mod types;

use std::path::Path;
use std::time::Duration;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor};

pub use clock::{Timestamp, now};
pub use error::{Error, Result};

/// The two database backends the store speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The application's handle on its database. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// The URL it connected to (with SQLite's `mode` added), for connections of its own.
    url: std::sync::Arc<str>,
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

impl Store {
    /// Connects to `url` (`sqlite://…` or `postgres://…`). SQLite files are created if missing
    /// and run in WAL mode with foreign keys, a busy timeout and fully synchronous commits.
    pub async fn connect(url: &str) -> Result<Self> {
        install_default_drivers();
        let backend = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else {
            return Err(Error::UnsupportedUrl);
        };
        let url = match backend {
            Backend::Sqlite if !url.contains("mode=") => {
                let sep = if url.contains('?') { '&' } else { '?' };
                format!("{url}{sep}mode=rwc")
            }
            _ => url.to_owned(),
        };
        let options = AnyPoolOptions::new()
            .max_connections(match backend {
                Backend::Sqlite => 8,
                Backend::Postgres => 16,
            })
            .acquire_timeout(Duration::from_secs(10));
        let options = match backend {
            Backend::Sqlite => options.after_connect(|conn, _meta| {
                Box::pin(async move {
                    conn.execute(
                        "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; \
                         PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL;",
                    )
                    .await?;
                    Ok(())
                })
            }),
            Backend::Postgres => options.after_connect(|conn, _meta| {
                Box::pin(async move {
                    conn.execute("SET synchronous_commit = on").await?;
                    Ok(())
                })
            }),
        };
        let pool = options.connect(&url).await?;
        Ok(Self { pool, backend, url: url.into() })
    }

    /// The SQLite URL for a database file inside `data_dir`.
    pub fn sqlite_url_in(data_dir: &Path) -> String {
        format!("sqlite://{}", data_dir.join("datashift.sqlite3").display())
    }

    /// Applies every pending migration of this backend.
    pub async fn migrate(&self) -> Result<()> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await?;
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Cheap liveness check for `/healthz`.
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Writes a consistent copy of a live SQLite database to `target` (which must not exist).
    pub async fn backup_sqlite_to(&self, target: &Path) -> Result<()> {
        if self.backend != Backend::Sqlite {
            return Err(Error::BackupNeedsSqlite);
        }
        // VACUUM INTO reads one snapshot, so writers may go on while it runs.
        let target = target.to_string_lossy().replace('\'', "''");
        let sql = format!("VACUUM INTO '{target}'");
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql)).execute(&self.pool).await?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    pub(crate) fn url(&self) -> &str {
        &self.url
    }

    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Begins a transaction that will write. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`): a transaction that read first and wrote later would fail at once
    /// (not wait) if another connection committed in between.
    pub(crate) async fn begin(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }
}
