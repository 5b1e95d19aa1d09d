//! One batch of submissions in one transaction: what is new is stored, a known `instanceID`
//! is answered as a resend (adding any attachments it lacked) or a conflict, an edit joins the
//! chain of the version it replaces, webhooks are queued, small attachments kept.

use std::collections::HashSet;

use super::connection::{Arg, WriterConnection};
use super::{AttachmentContents, Incoming, IncomingAttachment, Outcome};
use crate::collection::BUMP_DATA_GENERATION;
use crate::types::new_id;
use crate::{Error, Result};

/// Stores `batch` in one transaction.
pub(super) async fn store_batch(
    conn: &mut WriterConnection,
    batch: &[&Incoming],
    at: &str,
) -> Result<Vec<Outcome>> {
    conn.begin().await?;
    let stored = store_in_transaction(conn, batch, at).await;
    match stored {
        Ok(outcomes) => {
            if let Err(err) = conn.commit().await {
                conn.rollback().await;
                return Err(err);
            }
            Ok(outcomes)
        }
        Err(err) => {
            conn.rollback().await;
            Err(err)
        }
    }
}

async fn store_in_transaction(
    conn: &mut WriterConnection,
    batch: &[&Incoming],
    at: &str,
) -> Result<Vec<Outcome>> {
    let hooked: HashSet<String> = conn
        .rows("SELECT DISTINCT form_id FROM webhooks WHERE removed_at IS NULL", &[], usize::MAX)
        .await?
        .into_iter()
        .filter_map(|mut row| row.pop().flatten())
        .collect();
    let mut outcomes = Vec::with_capacity(batch.len());
    for new in batch {
        outcomes.push(store_one(conn, new, at, &hooked).await?);
    }
    Ok(outcomes)
}

fn text(row: &mut [Option<String>], i: usize) -> Result<String> {
    row.get_mut(i).and_then(Option::take).ok_or_else(|| Error::Corrupt(format!("column {i} is empty")))
}

async fn store_one(
    conn: &mut WriterConnection,
    new: &Incoming,
    at: &str,
    hooked: &HashSet<String>,
) -> Result<Outcome> {
    // An edit joins the chain of the version it replaces.
    let mut root = new.instance_id.clone();
    let mut previous_id = None;
    if let Some(old) = &new.deprecated_id {
        let previous = conn
            .first_row(
                "SELECT id, root_instance_id FROM submissions WHERE form_id = $1 AND instance_id = $2",
                &[Arg::Text(&new.form_id), Arg::Text(old)],
            )
            .await?;
        if let Some(mut row) = previous {
            root = text(&mut row, 1)?;
            previous_id = Some(text(&mut row, 0)?);
        }
    }
    // The common case costs one statement: the unique index says whether it is new, and the
    // form's mode at commit time says whether it is a pilot submission.
    let id = new_id();
    let inserted = conn
        .first_row(
            "INSERT INTO submissions (id, form_id, version_id, instance_id, root_instance_id, deprecated_id, \
             is_current, xml, xml_sha256, field_values, problems, problem_count, pilot, collector_id, \
             submitter_id, review_state, received_at) \
             SELECT $1, f.id, $3, $4, $5, $6, 1, $7, $8, $9, $10, $11, \
               CASE WHEN f.mode = 'pilot' THEN 1 ELSE 0 END, $12, $13, 'received', $14 \
             FROM forms f WHERE f.id = $2 \
             ON CONFLICT (form_id, instance_id) DO NOTHING RETURNING pilot",
            &[
                Arg::Text(&id),
                Arg::Text(&new.form_id),
                Arg::Text(&new.version_id),
                Arg::Text(&new.instance_id),
                Arg::Text(&root),
                Arg::MaybeText(new.deprecated_id.as_deref()),
                Arg::Text(&new.xml),
                Arg::Text(&new.xml_sha256),
                Arg::Text(&new.field_values),
                Arg::Text(&new.problems),
                Arg::Int(new.problem_count),
                Arg::MaybeText(new.collector_id.as_deref()),
                Arg::MaybeText(new.submitter_id.as_deref()),
                Arg::Text(at),
            ],
        )
        .await?;
    let Some(mut inserted) = inserted else {
        return already_stored(conn, new, at).await;
    };
    let pilot = text(&mut inserted, 0)? == "1";
    if previous_id.is_some() {
        conn.execute(
            "UPDATE submissions SET is_current = 0 \
             WHERE form_id = $1 AND root_instance_id = $2 AND is_current = 1 AND id <> $3",
            &[Arg::Text(&new.form_id), Arg::Text(&root), Arg::Text(&id)],
        )
        .await?;
        // The version it replaces may be in a running summary already.
        conn.execute(BUMP_DATA_GENERATION, &[Arg::Text(&new.form_id)]).await?;
    }
    for name in &new.expected_attachments {
        if new.attachments.iter().all(|a| &a.name != name) {
            // An edit names the files of the version it replaces without sending them again.
            if let Some(previous) = &previous_id {
                conn.execute(
                    "INSERT INTO submission_attachments (submission_id, name, blob_key, size, content_type, \
                     received_at) SELECT $1, name, blob_key, size, content_type, received_at \
                     FROM submission_attachments WHERE submission_id = $2 AND name = $3 AND blob_key IS NOT NULL \
                     ON CONFLICT (submission_id, name) DO NOTHING",
                    &[Arg::Text(&id), Arg::Text(previous), Arg::Text(name)],
                )
                .await?;
            }
            conn.execute(
                "INSERT INTO submission_attachments (submission_id, name) VALUES ($1, $2) \
                 ON CONFLICT (submission_id, name) DO NOTHING",
                &[Arg::Text(&id), Arg::Text(name)],
            )
            .await?;
        }
    }
    for file in &new.attachments {
        put_attachment(conn, &id, file, at).await?;
    }
    if new.deprecated_id.is_some() {
        conn.execute(
            "INSERT INTO submission_events (id, submission_id, kind, comment, at) VALUES ($1, $2, 'edited', $3, $4)",
            &[Arg::Text(&new_id()), Arg::Text(&id), Arg::MaybeText(new.deprecated_id.as_deref()), Arg::Text(at)],
        )
        .await?;
    }
    if hooked.contains(&new.form_id) {
        let event = if new.deprecated_id.is_some() { "submission.updated" } else { "submission.created" };
        enqueue_webhooks(conn, new, &id, event, pilot, at).await?;
    }
    Ok(Outcome::Stored { id })
}

/// A submission whose `instanceID` is known: the same document (resent, or the next part of
/// a split submission) gets any attachments it lacked; a different one is a conflict.
async fn already_stored(conn: &mut WriterConnection, new: &Incoming, at: &str) -> Result<Outcome> {
    let mut row = conn
        .first_row(
            "SELECT id, xml_sha256 FROM submissions WHERE form_id = $1 AND instance_id = $2",
            &[Arg::Text(&new.form_id), Arg::Text(&new.instance_id)],
        )
        .await?
        .ok_or(Error::NotFound)?;
    let id = text(&mut row, 0)?;
    if text(&mut row, 1)? != new.xml_sha256 {
        return Ok(Outcome::Conflict { id });
    }
    let mut added = 0;
    for file in &new.attachments {
        added += put_attachment(conn, &id, file, at).await?;
    }
    Ok(Outcome::AlreadyStored { id, added_attachments: added as usize })
}

/// Records a received file (with its bytes when it is small); an attachment already
/// received is kept as it was. Returns 1 when the file was new to the submission.
async fn put_attachment(
    conn: &mut WriterConnection,
    id: &str,
    file: &IncomingAttachment,
    at: &str,
) -> Result<u64> {
    let added = conn
        .execute(
            "INSERT INTO submission_attachments (submission_id, name, blob_key, size, content_type, received_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (submission_id, name) DO UPDATE SET \
             blob_key = excluded.blob_key, size = excluded.size, content_type = excluded.content_type, \
             received_at = excluded.received_at WHERE submission_attachments.blob_key IS NULL",
            &[
                Arg::Text(id),
                Arg::Text(&file.name),
                Arg::Text(file.blob_key.as_str()),
                Arg::Int(file.size),
                Arg::Text(&file.content_type),
                Arg::Text(at),
            ],
        )
        .await?;
    if let (1, AttachmentContents::InDatabase(bytes)) = (added, &file.contents) {
        conn.execute(
            "INSERT INTO blob_contents (blob_key, bytes) VALUES ($1, $2) ON CONFLICT (blob_key) DO NOTHING",
            &[Arg::Text(file.blob_key.as_str()), Arg::Bytes(bytes)],
        )
        .await?;
    }
    Ok(added)
}

async fn enqueue_webhooks(
    conn: &mut WriterConnection,
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
    conn.execute(
        "INSERT INTO webhook_deliveries (id, webhook_id, event, payload, next_attempt, created_at) \
         SELECT $1 || '.' || w.id, w.id, $2, $3, $4, $4 FROM webhooks w \
         WHERE w.form_id = $5 AND w.removed_at IS NULL",
        &[
            Arg::Text(id),
            Arg::Text(event),
            Arg::Text(&payload.to_string()),
            Arg::Text(at),
            Arg::Text(&new.form_id),
        ],
    )
    .await?;
    Ok(())
}
