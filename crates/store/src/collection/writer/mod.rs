//! The submission writer: one thread that stores every incoming submission, batching whatever
//! has arrived into one transaction (group commit).
//!
//! A durable commit costs one disk flush whatever it holds, so requests that arrive while a
//! commit is in flight wait for the next one and share it. Small attachments are stored in the
//! same transaction (`blob_contents`), so that one flush makes rows and files durable; a batch
//! with a larger attachment, already written to the blob store, syncs the blob store while it
//! commits. Only when everything a submission names would survive a crash does its request get
//! an answer.
//!
//! The writer is the only writer of submissions, and the unique index on (form, `instanceID`)
//! decides inside the transaction whether a submission is new (`ON CONFLICT DO NOTHING`), so
//! racing duplicates are stored once; a known `instanceID` is then answered as a resend or a
//! conflict. If a batch fails, each of its submissions is retried alone.

mod batch;
mod connection;

use std::sync::mpsc;
use std::time::Duration;

use tokio::sync::oneshot;

use self::connection::WriterConnection;
use crate::blobs::{BlobKey, BlobStore};
use crate::clock::to_text;
use crate::{Error, Result, Store, now};

/// The most submissions one transaction holds.
const MAX_BATCH: usize = 256;

/// A file that came with a submission.
#[derive(Debug, Clone)]
pub struct IncomingAttachment {
    pub name: String,
    pub blob_key: BlobKey,
    pub size: i64,
    pub content_type: String,
    pub contents: AttachmentContents,
}

/// Where an attachment's bytes are kept.
#[derive(Debug, Clone)]
pub enum AttachmentContents {
    /// Small: stored in the database with its submission (one disk flush for rows and file).
    InDatabase(Vec<u8>),
    /// Already written to the blob store (not yet synced: the batch syncs it while it commits).
    InBlobStore,
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

/// The handle requests use to store submissions. Cheap to clone; the writer thread ends
/// when every handle has been dropped.
#[derive(Clone)]
pub struct SubmissionWriter {
    jobs: mpsc::Sender<Job>,
}

/// The rule broken when the server is shutting down.
pub const WRITER_STOPPED: &str = "the submission writer has stopped";

impl SubmissionWriter {
    /// Starts the writer thread.
    pub fn start(store: Store, blobs: BlobStore) -> Self {
        let (jobs, queue) = mpsc::channel();
        std::thread::Builder::new()
            .name("submission-writer".into())
            .spawn(move || Writer::new(store, blobs).run(queue))
            .expect("the writer thread starts");
        Self { jobs }
    }

    /// Stores `incoming` and answers once it is durable.
    pub async fn write(&self, incoming: Incoming) -> Result<Outcome> {
        let (reply, answer) = oneshot::channel();
        self.jobs.send(Job { incoming, reply }).map_err(|_| Error::Rule(WRITER_STOPPED))?;
        answer.await.map_err(|_| Error::Rule(WRITER_STOPPED))?
    }
}

/// The writer thread's state.
struct Writer {
    /// Runs the batch's statements (immediately ready on SQLite; a socket on PostgreSQL).
    runtime: tokio::runtime::Runtime,
    store: Store,
    blobs: BlobStore,
}

impl Writer {
    fn new(store: Store, blobs: BlobStore) -> Self {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("the writer's runtime starts");
        Self { runtime, store, blobs }
    }

    fn run(self, queue: mpsc::Receiver<Job>) {
        let mut conn = self.connect();

        while let Ok(first) = queue.recv() {
            let mut jobs = vec![first];
            while jobs.len() < MAX_BATCH
                && let Ok(job) = queue.try_recv()
            {
                jobs.push(job);
            }
            self.store_jobs(&mut conn, jobs);
        }
    }

    /// Opens the writer's connection, retrying until it succeeds (meanwhile submissions wait).
    fn connect(&self) -> WriterConnection {
        loop {
            match self.runtime.block_on(WriterConnection::open(&self.store)) {
                Ok(conn) => return conn,
                Err(err) => {
                    tracing::error!(error = %err, "connecting the submission writer; retrying");
                    std::thread::sleep(Duration::from_secs(1));
                }
            }
        }
    }

    /// Stores one batch and answers its requests.
    fn store_jobs(&self, conn: &mut WriterConnection, jobs: Vec<Job>) {
        let at = to_text(now());
        let incoming: Vec<&Incoming> = jobs.iter().map(|j| &j.incoming).collect();
        let in_blob_store = incoming
            .iter()
            .flat_map(|i| &i.attachments)
            .any(|a| matches!(a.contents, AttachmentContents::InBlobStore));
        // The blob store's flush overlaps the commit's; no answer goes out before both.
        let (synced, stored) = std::thread::scope(|scope| {
            let sync = in_blob_store.then(|| scope.spawn(|| self.blobs.sync()));
            let stored = self.runtime.block_on(batch::store_batch(conn, &incoming, &at));
            let synced =
                sync.map_or(Ok(()), |s| s.join().unwrap_or_else(|_| Err(std::io::Error::other("panicked"))));
            (synced, stored)
        });
        if let Err(err) = synced {
            tracing::error!(error = %err, "syncing attachments");
            for job in jobs {
                let _ = job.reply.send(Err(Error::Corrupt(format!("the blob store could not sync: {err}"))));
            }
            return;
        }
        let outcomes = match stored {
            Ok(outcomes) => outcomes.into_iter().map(Ok).collect(),
            Err(err) => {
                tracing::warn!(error = %err, size = jobs.len(), "batch refused; storing one by one");
                incoming
                    .iter()
                    .map(|one| {
                        let alone = self.runtime.block_on(batch::store_batch(conn, &[one], &at));
                        alone.map(|mut o| o.remove(0))
                    })
                    .collect::<Vec<_>>()
            }
        };
        for (job, outcome) in jobs.into_iter().zip(outcomes) {
            let _ = job.reply.send(outcome);
        }
    }
}

impl Store {
    /// The bytes of a small attachment kept in the database; `None` when it is a file in the
    /// blob store.
    pub async fn attachment_bytes(&self, key: &BlobKey) -> Result<Option<Vec<u8>>> {
        Ok(sqlx::query_scalar("SELECT bytes FROM blob_contents WHERE blob_key = $1")
            .bind(key.as_str())
            .fetch_optional(self.pool())
            .await?)
    }
}
