//! The writer's own database connection, and the few calls its batches make.
//!
//! On SQLite the writer speaks to the database file directly through rusqlite, on its own
//! thread: every statement is a function call, where the pool's driver hands each one to a
//! worker thread and back (two thread wake-ups per statement, most of a submission's CPU time
//! once commits are shared). On PostgreSQL it holds one connection of its own. Both run the
//! same SQL text (`$1` placeholders) through the [`WriterConnection`] calls.

use std::time::Duration;

use sqlx::{AnyConnection, AssertSqlSafe, Connection, Executor, Row};

use crate::{Backend, Error, Result, Store};

/// A value bound to a `$n` placeholder (n = its position, from 1).
#[derive(Debug, Clone, Copy)]
pub(super) enum Arg<'a> {
    Text(&'a str),
    MaybeText(Option<&'a str>),
    Int(i64),
    Bytes(&'a [u8]),
}

/// A row read back: each column as text (integers printed in decimal), `None` for NULL.
pub(super) type TextRow = Vec<Option<String>>;

/// The statements a batch runs, inside the transaction begun with [`WriterConnection::begin`].
pub(super) enum WriterConnection {
    Sqlite(Box<rusqlite::Connection>),
    Other(AnyConnection),
}

impl WriterConnection {
    /// Opens the writer's connection to the store's database, with the store's settings.
    pub(super) async fn open(store: &Store) -> Result<Self> {
        match store.backend() {
            Backend::Sqlite => {
                let options: sqlx::sqlite::SqliteConnectOptions =
                    store.url().parse().map_err(Error::Database)?;
                let conn = rusqlite::Connection::open(options.get_filename())?;
                conn.execute_batch(
                    "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;",
                )?;
                conn.busy_timeout(Duration::from_secs(10))?;
                conn.set_prepared_statement_cache_capacity(64);
                Ok(Self::Sqlite(Box::new(conn)))
            }
            Backend::Postgres => {
                let mut conn = AnyConnection::connect(store.url()).await?;
                conn.execute("SET synchronous_commit = on").await?;
                Ok(Self::Other(conn))
            }
        }
    }

    /// Begins a write transaction (on SQLite, taking the write lock at once).
    pub(super) async fn begin(&mut self) -> Result<()> {
        match self {
            Self::Sqlite(conn) => {
                conn.prepare_cached("BEGIN IMMEDIATE")?.raw_execute()?;
            }
            Self::Other(conn) => {
                conn.execute("BEGIN").await?;
            }
        }
        Ok(())
    }

    pub(super) async fn commit(&mut self) -> Result<()> {
        match self {
            Self::Sqlite(conn) => {
                conn.prepare_cached("COMMIT")?.raw_execute()?;
            }
            Self::Other(conn) => {
                conn.execute("COMMIT").await?;
            }
        }
        Ok(())
    }

    /// Rolls back whatever transaction is open (none is fine).
    pub(super) async fn rollback(&mut self) {
        let done = match self {
            Self::Sqlite(conn) => {
                if conn.is_autocommit() {
                    return;
                }
                conn.execute_batch("ROLLBACK").map_err(Error::from)
            }
            Self::Other(conn) => conn.execute("ROLLBACK").await.map(drop).map_err(Error::from),
        };
        if let Err(err) = done {
            tracing::warn!(error = %err, "rolling back the writer's transaction");
        }
    }

    /// Runs a statement; returns how many rows it changed.
    pub(super) async fn execute(&mut self, sql: &str, args: &[Arg<'_>]) -> Result<u64> {
        match self {
            Self::Sqlite(conn) => {
                let mut statement = conn.prepare_cached(sql)?;
                bind_sqlite(&mut statement, args)?;
                Ok(statement.raw_execute()? as u64)
            }
            Self::Other(conn) => {
                let query = bind_sqlx(sqlx::query(AssertSqlSafe(sql)), args);
                Ok(query.execute(&mut *conn).await?.rows_affected())
            }
        }
    }

    /// Runs a statement; returns its first row, if any.
    pub(super) async fn first_row(&mut self, sql: &str, args: &[Arg<'_>]) -> Result<Option<TextRow>> {
        Ok(self.rows(sql, args, 1).await?.pop())
    }

    /// Runs a query; returns up to `limit` rows.
    pub(super) async fn rows(&mut self, sql: &str, args: &[Arg<'_>], limit: usize) -> Result<Vec<TextRow>> {
        match self {
            Self::Sqlite(conn) => {
                let mut statement = conn.prepare_cached(sql)?;
                bind_sqlite(&mut statement, args)?;
                let columns = statement.column_count();
                let mut rows = statement.raw_query();
                let mut found = Vec::new();
                while found.len() < limit
                    && let Some(row) = rows.next()?
                {
                    let mut values = Vec::with_capacity(columns);
                    for i in 0..columns {
                        values.push(match row.get_ref(i)? {
                            rusqlite::types::ValueRef::Null => None,
                            rusqlite::types::ValueRef::Integer(n) => Some(n.to_string()),
                            rusqlite::types::ValueRef::Text(t) => Some(
                                String::from_utf8(t.to_vec()).map_err(|e| Error::Corrupt(e.to_string()))?,
                            ),
                            other => {
                                return Err(Error::Corrupt(format!("unexpected {:?}", other.data_type())));
                            }
                        });
                    }
                    found.push(values);
                }
                Ok(found)
            }
            Self::Other(conn) => {
                let query = bind_sqlx(sqlx::query(AssertSqlSafe(sql)), args);
                let rows = query.fetch_all(&mut *conn).await?;
                rows.iter()
                    .take(limit)
                    .map(|row| (0..row.len()).map(|i| column_text(row, i)).collect())
                    .collect()
            }
        }
    }
}

fn column_text(row: &sqlx::any::AnyRow, i: usize) -> Result<Option<String>> {
    match row.try_get::<Option<String>, _>(i) {
        Ok(text) => Ok(text),
        Err(_) => Ok(row.try_get::<Option<i64>, _>(i)?.map(|n| n.to_string())),
    }
}

fn bind_sqlite(statement: &mut rusqlite::CachedStatement<'_>, args: &[Arg<'_>]) -> Result<()> {
    for (i, arg) in args.iter().enumerate() {
        let name = format!("${}", i + 1);
        let index = statement
            .parameter_index(&name)?
            .ok_or_else(|| Error::Corrupt(format!("the statement has no placeholder {name}")))?;
        match *arg {
            Arg::Text(text) => statement.raw_bind_parameter(index, text)?,
            Arg::MaybeText(text) => statement.raw_bind_parameter(index, text)?,
            Arg::Int(n) => statement.raw_bind_parameter(index, n)?,
            Arg::Bytes(bytes) => statement.raw_bind_parameter(index, bytes)?,
        }
    }
    Ok(())
}

fn bind_sqlx<'q>(
    mut query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    args: &[Arg<'q>],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    for arg in args {
        query = match *arg {
            Arg::Text(text) => query.bind(text),
            Arg::MaybeText(text) => query.bind(text),
            Arg::Int(n) => query.bind(n),
            Arg::Bytes(bytes) => query.bind(bytes),
        };
    }
    query
}
