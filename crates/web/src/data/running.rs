//! Running summaries: the summary of every question over a form's submissions is kept as it
//! stood through one submission, and brought up to date by reading only the submissions
//! that came after it. A million submissions are read once; each later view reads the few
//! that are new.
//!
//! A kept summary is read again from the start when it no longer holds what the store holds:
//! the form's data generation went up (submissions deleted, restored, replaced by an edit or
//! purged of personal fields), or the number of submissions up to the last one it holds
//! changed (one arrived late). Submissions younger than the settling time
//! ([`Config::summary_settle`](crate::kernel::config::Config)) are read on every view and
//! never kept, so one whose transaction commits a moment after a younger one's is not missed.
//!
//! One summary is kept per form version, pilot/live choice and disclosure of personal fields
//! (what the reader may see); filtered views (dates, collector, review state, an answer) and
//! split summaries read every submission they keep.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sha2::{Digest, Sha256};
use store::collection::{SubmissionFilter, SummarySnapshot};

use super::read::Reader;
use super::summary::Gathered;
use crate::kernel::error::AppResult;
use crate::kernel::state::AppState;

/// New settled submissions read past a kept summary before it is kept again.
const KEEP_AFTER: i64 = 1000;

/// Whether a running summary serves the view `filter` asks for.
pub fn serves(filter: &SubmissionFilter) -> bool {
    filter.received_from.is_none()
        && filter.received_to.is_none()
        && filter.review_state.is_none()
        && filter.collector_id.is_none()
        && !filter.include_deleted
        && filter.field.is_none()
        && filter.after_id.is_none()
        && filter.through_id.is_none()
}

/// Every question's answers over the submissions `filter` keeps (a filter [`serves`] takes),
/// from the kept summary and the submissions after it; the summary is kept again when
/// enough new ones have settled.
pub async fn gathered(reader: &Reader, state: &AppState, filter: &SubmissionFilter) -> AppResult<Gathered> {
    let store = &state.store;
    let form_id = reader.form.id.as_str();
    let key = view_key(reader, filter);
    // Read before the submissions: a change made meanwhile leaves what is kept out of date.
    let generation = store.data_generation(form_id).await?;
    let questions = &reader.questions.questions;
    let kept = match store.summary_snapshot(form_id, &key).await? {
        Some(kept) if kept.data_generation == generation => {
            let up_to = SubmissionFilter { through_id: Some(kept.through_id.clone()), ..filter.clone() };
            if store.count_submissions(form_id, &up_to).await? == kept.included {
                Gathered::resume(questions.clone(), &kept.state).map(|g| (g, kept.through_id, kept.included))
            } else {
                None
            }
        }
        _ => None,
    };
    let resumed = kept.is_some();
    let (mut gathered, mut through, mut included) = match kept {
        Some((gathered, through, included)) => (gathered, Some(through), included),
        None => (Gathered::new(questions.clone()), None, 0),
    };
    let settled = id_before(SystemTime::now().checked_sub(state.config.summary_settle).unwrap_or(UNIX_EPOCH));
    let newer = SubmissionFilter { after_id: through.clone(), ..filter.clone() };
    let mut folded = 0_i64;
    let mut to_keep: Option<SummarySnapshot> = None;
    let mut settling = false;
    let keep = |gathered: &Gathered, through: &Option<String>, included: i64, folded: i64| {
        let worth = folded > 0 && (!resumed || folded >= KEEP_AFTER);
        let through = through.clone().filter(|_| worth)?;
        match gathered.kept() {
            Ok(state) => {
                Some(SummarySnapshot { data_generation: generation, through_id: through, included, state })
            }
            Err(err) => {
                tracing::warn!(form = form_id, "running summary not kept: {err}");
                None
            }
        }
    };
    reader
        .each_submission(state, &newer, |id, values| {
            if !settling && id >= settled.as_str() {
                settling = true;
                to_keep = keep(&gathered, &through, included, folded);
            }
            gathered.add(values);
            if !settling {
                // The same buffer for every id: a million submissions, not a million copies.
                let last = through.get_or_insert_with(String::new);
                last.clear();
                last.push_str(id);
                included += 1;
                folded += 1;
            }
        })
        .await?;
    if !settling {
        to_keep = keep(&gathered, &through, included, folded);
    }
    if let Some(snapshot) = to_keep {
        // Only a later view's time is lost when this fails.
        if let Err(err) = store.save_summary_snapshot(form_id, &key, &snapshot).await {
            tracing::warn!(form = form_id, "running summary not kept: {err}");
        }
    }
    Ok(gathered)
}

/// Which running summary: the form version, the pilot/live choice and what the reader may
/// see of personal fields.
fn view_key(reader: &Reader, filter: &SubmissionFilter) -> String {
    let view =
        format!("{}|{:?}|{}", reader.questions.version_id, filter.pilot, reader.disclosure.fingerprint());
    hex::encode(Sha256::digest(view.as_bytes()))
}

/// The lowest id a submission stored at `time` or later can have: ids are UUIDv7, whose
/// first 48 bits are the milliseconds since 1970, written as lower-case hex.
fn id_before(time: SystemTime) -> String {
    let millis = time.duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO).as_millis() as u64;
    format!("{:08x}-{:04x}", (millis >> 16) & 0xffff_ffff, millis & 0xffff)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_compared_by_the_time_they_start_with() {
        let at = UNIX_EPOCH + Duration::from_millis(0x0193_1234_5678);
        let before = id_before(at);
        assert_eq!(before, "01931234-5678");
        assert!("01931234-5678-7abc-8def-0123456789ab" >= before.as_str(), "same millisecond");
        assert!("01931234-5679-7000-8000-000000000000" >= before.as_str(), "later");
        assert!("01931234-5677-7fff-bfff-ffffffffffff" < before.as_str(), "earlier");
        let id = uuid::Uuid::now_v7().to_string();
        assert!(id >= id_before(SystemTime::now() - Duration::from_secs(1)));
        assert!(id < id_before(SystemTime::now() + Duration::from_secs(1)));
    }
}
