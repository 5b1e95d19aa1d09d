//! The submission writer: one task that stores every incoming submission, batching whatever
//! has arrived into one transaction (group commit).
//!
//! A durable commit costs one disk flush (about 3.6 ms here) whatever it holds, so requests
//! that arrive while a commit is in flight wait for the next one and share it. The attachments
//! a batch names were written before it was queued; they are flushed (one `syncfs`) while the
//! rows are committed, and only when both are on disk does each request get its answer: a 201
//! is only ever sent for a submission whose rows and files are on disk.
//!
//! The unique index on (form, `instanceID`) decides inside the transaction whether a
//! submission is new (`ON CONFLICT DO NOTHING`), and the writer is the only writer of
//! submissions, so racing duplicates are stored once; a known `instanceID` is then answered
//! as a resend or a conflict. If a batch fails, each of its submissions is retried alone.

use std::collections::HashSet;

use sqlx::{AnyConnection, Row};
use tokio::sync::{mpsc, oneshot};

use crate::blobs::{BlobKey, BlobStore};
use crate::clock::to_text;
use crate::types::new_id;
use crate::{Error, Result, Store, now};

/// The most submissions one transaction holds.
const MAX_BATCH: usize = 256;

/// An attachment already written to the blob store (not yet synced).
#[derive(Debug, Clone)]
pub struct IncomingAttachment {
    pub name: String,
    pub blob_key: BlobKey,
    pub size: i64,
    pub content_type: String,
}

/// A submission read and checked against its form version, ready to store.
#[derive(Debug, Clone)]
pub struct Incoming {
    pub form_id: String,
    pub version_id: String,
    pub instance_id: String,
    pub deprecated_id: Option<String>,
    /// The submission document exactly as received.
    pub xml: String,
    pub xml_sha256: String,
    /// The parsed values as JSON (path -> value).
    pub field_values: String,
    /// The problems found by the form's rules as JSON (stored and flagged, never refused).
    pub problems: String,
    pub problem_count: i64,
    pub collector_id: Option<String>,
    pub submitter_id: Option<String>,
    /// File names the document refers to.
    pub expected_attachments: Vec<String>,
    /// Files that came with this request.
    pub attachments: Vec<IncomingAttachment>,
}

/// What became of a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Stored now.
    Stored { id: String },
    /// The same document was stored before; any attachments it lacked were added (a resent or
    /// split submission).
    AlreadyStored { id: String, added_attachments: usize },
    /// A different document was stored before under this `instanceID`.
    Conflict { id: String },
}

struct Job {
    incoming: Incoming,
    reply: oneshot::Sender<Result<Outcome>>,
}

/// The handle requests use to store submissions. Cheap to clone.
#[derive(Clone)]
pub struct SubmissionWriter {
    jobs: mpsc::Sender<Job>,
}

impl SubmissionWriter {
    /// Starts the writer task. It ends when every handle has been dropped.
    pub fn start(store: Store, blobs: BlobStore) -> (Self, tokio::task::JoinHandle<()>) {
        let (jobs, queue) = mpsc::channel(4 * MAX_BATCH);
        let task = tokio::spawn(run(store, blobs, queue));
        (Self { jobs }, task)
    }

    /// Stores `incoming` and answers once it is durable.
    pub async fn write(&self, incoming: Incoming) -> Result<Outcome> {
        let (reply, answer) = oneshot::channel();
        self.jobs.send(Job { incoming, reply }).await.map_err(|_| Error::Rule(WRITER_STOPPED))?;
        answer.await.map_err(|_| Error::Rule(WRITER_STOPPED))?
    }
}

/// The rule broken when the server is shutting down.
pub const WRITER_STOPPED: &str = "the submission writer has stopped";

async fn run(store: Store, blobs: BlobStore, mut queue: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while queue.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let jobs = std::mem::take(&mut batch);
        // The two disk flushes overlap: the attachments' and the commit's. No answer goes out
        // before both are done, so a crash in between loses nothing that was acknowledged: the
        // device sends again, and a blob that did not reach the disk is written again.
        let (synced, stored) = tokio::join!(sync_attachments(&blobs, &jobs), store.store_batch(&jobs));
        if let Err(err) = synced {
            tracing::error!(error = %err, "syncing attachments");
            for job in jobs {
                let _ = job.reply.send(Err(Error::Corrupt(format!("the blob store could not sync: {err}"))));
            }
            continue;
        }
        match stored {
            Ok(outcomes) => {
                for (job, outcome) in jobs.into_iter().zip(outcomes) {
                    let _ = job.reply.send(Ok(outcome));
                }
            }
            Err(err) => {
                tracing::warn!(error = %err, size = jobs.len(), "batch refused; storing one by one");
                for job in jobs {
                    let outcome = store.store_batch(std::slice::from_ref(&job)).await;
                    let _ = job.reply.send(outcome.map(|mut o| o.remove(0)));
                }
            }
        }
    }
}

async fn sync_attachments(blobs: &BlobStore, jobs: &[Job]) -> std::io::Result<()> {
    if jobs.iter().all(|j| j.incoming.attachments.is_empty()) {
        return Ok(());
    }
    let blobs = blobs.clone();
    tokio::task::spawn_blocking(move || blobs.sync()).await.map_err(std::io::Error::other)?
}

impl Store {
    async fn store_batch(&self, jobs: &[Job]) -> Result<Vec<Outcome>> {
        let at = to_text(now());
        let mut tx = self.pool().begin().await?;
        let hooked: HashSet<String> =
            sqlx::query_scalar("SELECT DISTINCT form_id FROM webhooks WHERE removed_at IS NULL")
                .fetch_all(&mut *tx)
                .await?
                .into_iter()
                .collect();
        let mut outcomes = Vec::with_capacity(jobs.len());
        for job in jobs {
            outcomes.push(store_one(&mut tx, &job.incoming, &at, &hooked).await?);
        }
        tx.commit().await?;
        Ok(outcomes)
    }
}

async fn store_one(
    conn: &mut AnyConnection,
    new: &Incoming,
    at: &str,
    hooked: &HashSet<String>,
) -> Result<Outcome> {
    // An edit joins the chain of the version it replaces.
    let mut root = new.instance_id.clone();
    let mut previous_id = None;
    if let Some(old) = &new.deprecated_id {
        let previous = sqlx::query(
            "SELECT id, root_instance_id FROM submissions WHERE form_id = $1 AND instance_id = $2",
        )
        .bind(&new.form_id)
        .bind(old)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(row) = previous {
            root = row.try_get("root_instance_id")?;
            previous_id = Some(row.try_get::<String, _>("id")?);
        }
    }
    // The common case costs one statement: the unique index says whether it is new, and the
    // form's mode at commit time says whether it is a pilot submission.
    let id = new_id();
    let inserted: Option<i64> = sqlx::query_scalar(
        "INSERT INTO submissions (id, form_id, version_id, instance_id, root_instance_id, deprecated_id, \
         is_current, xml, xml_sha256, field_values, problems, problem_count, pilot, collector_id, \
         submitter_id, review_state, received_at) \
         SELECT $1, f.id, $3, $4, $5, $6, 1, $7, $8, $9, $10, $11, \
           CASE WHEN f.mode = 'pilot' THEN 1 ELSE 0 END, $12, $13, 'received', $14 \
         FROM forms f WHERE f.id = $2 \
         ON CONFLICT (form_id, instance_id) DO NOTHING RETURNING pilot",
    )
    .bind(&id)
    .bind(&new.form_id)
    .bind(&new.version_id)
    .bind(&new.instance_id)
    .bind(&root)
    .bind(&new.deprecated_id)
    .bind(&new.xml)
    .bind(&new.xml_sha256)
    .bind(&new.field_values)
    .bind(&new.problems)
    .bind(new.problem_count)
    .bind(&new.collector_id)
    .bind(&new.submitter_id)
    .bind(at)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(pilot) = inserted else {
        return already_stored(conn, new, at).await;
    };
    if previous_id.is_some() {
        sqlx::query(
            "UPDATE submissions SET is_current = 0 \
             WHERE form_id = $1 AND root_instance_id = $2 AND is_current = 1 AND id <> $3",
        )
        .bind(&new.form_id)
        .bind(&root)
        .bind(&id)
        .execute(&mut *conn)
        .await?;
    }
    for name in &new.expected_attachments {
        if new.attachments.iter().all(|a| &a.name != name) {
            // An edit names the files of the version it replaces without sending them again.
            if let Some(previous) = &previous_id {
                sqlx::query(
                    "INSERT INTO submission_attachments (submission_id, name, blob_key, size, content_type, \
                     received_at) SELECT $1, name, blob_key, size, content_type, received_at \
                     FROM submission_attachments WHERE submission_id = $2 AND name = $3 AND blob_key IS NOT NULL \
                     ON CONFLICT (submission_id, name) DO NOTHING",
                )
                .bind(&id)
                .bind(previous)
                .bind(name)
                .execute(&mut *conn)
                .await?;
            }
            sqlx::query(
                "INSERT INTO submission_attachments (submission_id, name) VALUES ($1, $2) \
                 ON CONFLICT (submission_id, name) DO NOTHING",
            )
            .bind(&id)
            .bind(name)
            .execute(&mut *conn)
            .await?;
        }
    }
    for file in &new.attachments {
        put_attachment(conn, &id, file, at).await?;
    }
    if new.deprecated_id.is_some() {
        sqlx::query(
            "INSERT INTO submission_events (id, submission_id, kind, comment, at) VALUES ($1, $2, 'edited', $3, $4)",
        )
        .bind(new_id())
        .bind(&id)
        .bind(&new.deprecated_id)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    }
    if hooked.contains(&new.form_id) {
        let event = if new.deprecated_id.is_some() { "submission.updated" } else { "submission.created" };
        enqueue_webhooks(conn, new, &id, event, pilot == 1, at).await?;
    }
    Ok(Outcome::Stored { id })
}

/// A submission whose `instanceID` is known: the same document (resent, or the next part of
/// a split submission) gets any attachments it lacked; a different one is a conflict.
async fn already_stored(conn: &mut AnyConnection, new: &Incoming, at: &str) -> Result<Outcome> {
    let row = sqlx::query("SELECT id, xml_sha256 FROM submissions WHERE form_id = $1 AND instance_id = $2")
        .bind(&new.form_id)
        .bind(&new.instance_id)
        .fetch_one(&mut *conn)
        .await?;
    let id: String = row.try_get("id")?;
    let sha: String = row.try_get("xml_sha256")?;
    if sha != new.xml_sha256 {
        return Ok(Outcome::Conflict { id });
    }
    let mut added = 0;
    for file in &new.attachments {
        added += put_attachment(conn, &id, file, at).await?;
    }
    Ok(Outcome::AlreadyStored { id, added_attachments: added as usize })
}

/// Records a received file; an attachment already received is kept as it was. Returns 1 when
/// the file was new to the submission.
async fn put_attachment(
    conn: &mut AnyConnection,
    id: &str,
    file: &IncomingAttachment,
    at: &str,
) -> Result<u64> {
    let done = sqlx::query(
        "INSERT INTO submission_attachments (submission_id, name, blob_key, size, content_type, received_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (submission_id, name) DO UPDATE SET \
         blob_key = excluded.blob_key, size = excluded.size, content_type = excluded.content_type, \
         received_at = excluded.received_at WHERE submission_attachments.blob_key IS NULL",
    )
    .bind(id)
    .bind(&file.name)
    .bind(file.blob_key.as_str())
    .bind(file.size)
    .bind(&file.content_type)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

async fn enqueue_webhooks(
    conn: &mut AnyConnection,
    new: &Incoming,
    id: &str,
    event: &str,
    pilot: bool,
    at: &str,
) -> Result<()> {
    let values: serde_json::Value =
        serde_json::from_str(&new.field_values).map_err(|e| Error::Corrupt(e.to_string()))?;
    let payload = serde_json::json!({
        "event": event,
        "submissionId": id,
        "instanceId": new.instance_id,
        "deprecatedId": new.deprecated_id,
        "receivedAt": at,
        "pilot": pilot,
        "problems": new.problem_count,
        "data": values,
    });
    sqlx::query(
        "INSERT INTO webhook_deliveries (id, webhook_id, event, payload, next_attempt, created_at) \
         SELECT $1 || '.' || w.id, w.id, $2, $3, $4, $4 FROM webhooks w \
         WHERE w.form_id = $5 AND w.removed_at IS NULL",
    )
    .bind(id)
    .bind(event)
    .bind(payload.to_string())
    .bind(at)
    .bind(&new.form_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
