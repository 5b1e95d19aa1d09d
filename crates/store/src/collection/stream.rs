//! A form's current submissions that a filter keeps, streamed in batches for the data pages
//! (their answers as text) and exports (whole rows), whatever the size. On SQLite one rusqlite statement runs on a blocking
//! thread of its own and reads the whole result in one pass (through the pool's driver each
//! row would be handed from its worker thread to ours: two thread wake-ups per row, most of
//! the time of a summary over a million submissions). On PostgreSQL the batches are read by
//! id (keyset paging) through the pool.

use std::future::Future;

use tokio::sync::mpsc;

use super::submissions::{
    ROW_COLUMNS, ROW_FROM, ReviewState, SubmissionFilter, SubmissionRow, conditions, conditions_after,
    values_from_json,
};
use crate::clock::{Timestamp, from_text, opt_from_text};
use crate::{Backend, Error, Result, Store};

/// One submission's stored answers, as text: decode them with
/// [`values_borrowed`](super::submissions::values_borrowed) and apply the filter's exact-answer
/// comparison ([`SubmissionFilter::field`]) on what it gives.
#[derive(Debug, Clone)]
pub struct SubmissionText {
    pub id: String,
    pub received_at: Timestamp,
    /// JSON: `[[path, value], …]`.
    pub field_values: String,
}

/// What both streams share: on SQLite, `read` runs on a blocking thread and sends batches as
/// it goes; on PostgreSQL, `page` is called with the last id read until it says there is no
/// more (`None`). An error ends the stream; a dropped receiver stops it.
fn spawn_stream<T, R, P, F>(backend: Backend, read: R, page: P) -> mpsc::Receiver<Result<Vec<T>>>
where
    T: Send + 'static,
    R: FnOnce(&mpsc::Sender<Result<Vec<T>>>) -> Result<()> + Send + 'static,
    P: Fn(Option<String>) -> F + Send + 'static,
    F: Future<Output = Result<(Vec<T>, Option<String>)>> + Send,
{
    let (sender, receiver) = mpsc::channel(2);
    match backend {
        Backend::Sqlite => {
            tokio::task::spawn_blocking(move || {
                if let Err(err) = read(&sender) {
                    let _ = sender.blocking_send(Err(err));
                }
            });
        }
        Backend::Postgres => {
            tokio::spawn(async move {
                let mut after: Option<String> = None;
                loop {
                    let (read, next) = match page(after.take()).await {
                        Ok((rows, next)) => (Ok(rows), next),
                        Err(err) => (Err(err), None),
                    };
                    if sender.send(read).await.is_err() || next.is_none() {
                        break;
                    }
                    after = next;
                }
            });
        }
    }
    receiver
}

impl Store {
    /// The answers of `form_id`'s current submissions that `filter` keeps (its sort and page
    /// are ignored; its exact-answer comparison is the reader's, on the decoded answers), in
    /// batches of up to `batch`, in id order. Stops when the receiver is dropped. An error
    /// ends the stream.
    pub fn submission_values_stream(
        &self,
        form_id: &str,
        filter: &SubmissionFilter,
        batch: usize,
    ) -> mpsc::Receiver<Result<Vec<SubmissionText>>> {
        let (store, form_id, filter, batch) =
            (self.clone(), form_id.to_owned(), filter.clone(), batch.max(1));
        let (reader, read_form, read_filter) = (store.clone(), form_id.clone(), filter.clone());
        spawn_stream(
            self.backend(),
            move |sender| read_sqlite(&reader, &read_form, &read_filter, batch, sender),
            move |after| {
                let (store, form_id, filter) = (store.clone(), form_id.clone(), filter.clone());
                async move {
                    let rows =
                        store.submission_texts(&form_id, &filter, after.as_deref(), batch as i64).await?;
                    let next = (rows.len() >= batch).then(|| rows.last().map(|s| s.id.clone())).flatten();
                    Ok((rows, next))
                }
            },
        )
    }

    /// Whole rows (with who sent them and their review state) of `form_id`'s current
    /// submissions that `filter` keeps, exact-answer comparison included, in batches of up to
    /// `batch`, in id order: for exports. Stops when the receiver is dropped.
    pub fn submission_rows_stream(
        &self,
        form_id: &str,
        filter: &SubmissionFilter,
        batch: usize,
    ) -> mpsc::Receiver<Result<Vec<SubmissionRow>>> {
        let (store, form_id, filter, batch) =
            (self.clone(), form_id.to_owned(), filter.clone(), batch.max(1));
        let (reader, read_form, read_filter) = (store.clone(), form_id.clone(), filter.clone());
        spawn_stream(
            self.backend(),
            move |sender| read_rows_sqlite(&reader, &read_form, &read_filter, batch, sender),
            move |after| {
                let (store, form_id, filter) = (store.clone(), form_id.clone(), filter.clone());
                async move {
                    let batch = store
                        .submission_rows_after(&form_id, &filter, after.as_deref(), batch as i64)
                        .await?;
                    Ok((batch.rows, batch.last_id))
                }
            },
        )
    }

    /// One batch of [`SubmissionText`]s after the id `after` (keyset paging through the pool).
    async fn submission_texts(
        &self,
        form_id: &str,
        filter: &SubmissionFilter,
        after: Option<&str>,
        limit: i64,
    ) -> Result<Vec<SubmissionText>> {
        use sqlx::Row;
        let (where_sql, binds) = conditions_after(form_id, filter, after);
        let sql = format!(
            "SELECT s.id, s.field_values, s.received_at FROM submissions s{where_sql} ORDER BY s.id LIMIT ${}",
            binds.len() + 1
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for value in &binds {
            query = query.bind(value.as_str());
        }
        let rows = query.bind(limit).fetch_all(self.pool()).await?;
        rows.iter()
            .map(|row| {
                Ok(SubmissionText {
                    id: row.try_get("id")?,
                    received_at: from_text(&row.try_get::<String, _>("received_at")?)?,
                    field_values: row.try_get("field_values")?,
                })
            })
            .collect()
    }
}

/// A read-only connection to the store's SQLite file.
fn open_sqlite(store: &Store) -> Result<rusqlite::Connection> {
    let options: sqlx::sqlite::SqliteConnectOptions = store.url().parse().map_err(Error::Database)?;
    let conn = rusqlite::Connection::open_with_flags(
        options.get_filename(),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    Ok(conn)
}

/// Binds `binds` to the statement's `$1`, `$2`, … placeholders.
fn bind(statement: &mut rusqlite::Statement<'_>, binds: &[String]) -> Result<()> {
    for (i, value) in binds.iter().enumerate() {
        let name = format!("${}", i + 1);
        let index = statement
            .parameter_index(&name)?
            .ok_or_else(|| Error::Corrupt(format!("the statement has no placeholder {name}")))?;
        statement.raw_bind_parameter(index, value.as_str())?;
    }
    Ok(())
}

fn text(row: &rusqlite::Row<'_>, at: usize) -> Result<String> {
    Ok(row.get::<_, String>(at)?)
}

fn read_rows_sqlite(
    store: &Store,
    form_id: &str,
    filter: &SubmissionFilter,
    batch: usize,
    sender: &mpsc::Sender<Result<Vec<SubmissionRow>>>,
) -> Result<()> {
    let conn = open_sqlite(store)?;
    let (where_sql, binds) = conditions(form_id, filter);
    let mut statement = conn.prepare(&format!("SELECT {ROW_COLUMNS}{ROW_FROM}{where_sql} ORDER BY s.id"))?;
    bind(&mut statement, &binds)?;
    let mut rows = statement.raw_query();
    let mut out = Vec::with_capacity(batch);
    while let Some(row) = rows.next()? {
        let read = SubmissionRow {
            id: text(row, 0)?,
            form_id: text(row, 1)?,
            version_id: text(row, 2)?,
            instance_id: text(row, 3)?,
            root_instance_id: text(row, 4)?,
            deprecated_id: row.get(5)?,
            is_current: row.get::<_, i64>(6)? == 1,
            field_values: values_from_json(
                row.get_ref(7)?.as_str().map_err(|e| Error::Corrupt(e.to_string()))?,
            )?,
            problem_count: row.get(8)?,
            pilot: row.get::<_, i64>(9)? == 1,
            collector_id: row.get(10)?,
            collector_name: row.get(11)?,
            submitter_id: row.get(12)?,
            submitter_name: row.get(13)?,
            review_state: ReviewState::from_db(&text(row, 14)?)?,
            received_at: from_text(&text(row, 15)?)?,
            deleted_at: opt_from_text(row.get(16)?)?,
        };
        if filter.field.as_ref().is_some_and(|field| !field.matches(&read.field_values)) {
            continue;
        }
        out.push(read);
        if out.len() == batch
            && sender.blocking_send(Ok(std::mem::replace(&mut out, Vec::with_capacity(batch)))).is_err()
        {
            return Ok(());
        }
    }
    if !out.is_empty() {
        let _ = sender.blocking_send(Ok(out));
    }
    Ok(())
}

fn read_sqlite(
    store: &Store,
    form_id: &str,
    filter: &SubmissionFilter,
    batch: usize,
    sender: &mpsc::Sender<Result<Vec<SubmissionText>>>,
) -> Result<()> {
    let conn = open_sqlite(store)?;
    let (where_sql, binds) = conditions(form_id, filter);
    let sql =
        format!("SELECT s.id, s.field_values, s.received_at FROM submissions s{where_sql} ORDER BY s.id");
    let mut statement = conn.prepare(&sql)?;
    bind(&mut statement, &binds)?;
    let mut rows = statement.raw_query();
    let mut out = Vec::with_capacity(batch);
    while let Some(row) = rows.next()? {
        out.push(SubmissionText {
            id: row.get(0)?,
            received_at: from_text(row.get_ref(2)?.as_str().map_err(|e| Error::Corrupt(e.to_string()))?)?,
            field_values: row.get(1)?,
        });
        if out.len() == batch
            && sender.blocking_send(Ok(std::mem::replace(&mut out, Vec::with_capacity(batch)))).is_err()
        {
            return Ok(());
        }
    }
    if !out.is_empty() {
        let _ = sender.blocking_send(Ok(out));
    }
    Ok(())
}
