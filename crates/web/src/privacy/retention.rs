//! Retention: after a form's period, its submissions' media and personal fields are purged.
//! [`plan`] is the dry run (what would go, nothing changed); [`purge`] does it a batch at a
//! time, each batch one transaction with its audit line. The server runs it every hour for
//! every form with a period; authors can run it by hand from the privacy page, and operators
//! with `datashift data purge`.

use chrono::Duration;
use store::Timestamp;
use store::accounts::User;
use store::collection::Form;
use store::personal_data::{AuditAction, NewAuditEntry, Purged, RetentionDays, RetentionReport};

use crate::data::personal::{PersonalFields, personal_fields};
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::state::AppState;
use crate::submissions::table::latest_questions;

/// Submissions purged per transaction.
const BATCH: i64 = 200;

/// What a purge would remove (the dry run), or removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PurgeReport {
    /// Submissions received before this instant are concerned.
    pub before: Option<Timestamp>,
    pub submissions: i64,
    /// Answers of personal fields in them.
    pub personal_values: i64,
    pub files: i64,
    pub bytes: i64,
    pub oldest: Option<Timestamp>,
}

/// The instant before which a period has passed.
pub fn cutoff(now: Timestamp, days: RetentionDays) -> Timestamp {
    now - Duration::days(days.days())
}

async fn fields_of(state: &AppState, form: &Form) -> AppResult<PersonalFields> {
    let questions = latest_questions(state, form).await;
    if questions.is_empty() {
        // Without the form's questions nothing can tell personal fields apart: refuse rather
        // than purge too little.
        return Err(AppError::Internal(anyhow::anyhow!("the questions of form {} cannot be read", form.id)));
    }
    personal_fields(state, form, &questions).await
}

/// The dry run: what purging `form`'s submissions received before `before` would remove.
pub async fn plan(state: &AppState, form: &Form, before: Timestamp) -> AppResult<PurgeReport> {
    let fields = fields_of(state, form).await?;
    let RetentionReport { submissions, attachments, bytes, oldest } =
        state.store.retention_report(&form.id, before).await?;
    let mut personal_values = 0;
    let mut after: Option<String> = None;
    loop {
        let batch = state.store.purge_candidates(&form.id, before, after.as_deref(), BATCH).await?;
        let Some(last) = batch.last() else { break };
        after = Some(last.id.clone());
        personal_values += batch
            .iter()
            .flat_map(|s| &s.field_values)
            .filter(|(path, value)| !value.is_empty() && fields.is_personal(path))
            .count() as i64;
    }
    Ok(PurgeReport { before: Some(before), submissions, personal_values, files: attachments, bytes, oldest })
}

/// Purges the media and personal fields of `form`'s submissions received before `before`;
/// `user` is who asked (`None`: the server's retention run or the command line).
pub async fn purge(
    state: &AppState,
    form: &Form,
    before: Timestamp,
    user: Option<&User>,
) -> AppResult<PurgeReport> {
    let fields = fields_of(state, form).await?;
    let mut report = PurgeReport { before: Some(before), ..PurgeReport::default() };
    loop {
        // Purged submissions leave the candidates, so each batch reads from the start.
        let batch = state.store.purge_candidates(&form.id, before, None, BATCH).await?;
        if batch.is_empty() {
            break;
        }
        let mut purged = Vec::with_capacity(batch.len());
        let mut values = 0;
        for candidate in batch {
            let xml = xform::blank_fields(&candidate.xml, |path| fields.is_personal(path))
                .map_err(|e| AppError::Internal(anyhow::anyhow!("submission {}: {e}", candidate.id)))?;
            let before_count = candidate.field_values.len();
            let field_values: Vec<(String, String)> =
                candidate.field_values.into_iter().filter(|(path, _)| !fields.is_personal(path)).collect();
            values += (before_count - field_values.len()) as i64;
            purged.push(Purged { id: candidate.id, xml, field_values });
        }
        let count = purged.len() as i64;
        let detail =
            format!("retention purge: {count} submissions, {values} personal values and their files");
        let audit = NewAuditEntry {
            user,
            organisation_id: &form.organisation_id,
            form_id: &form.id,
            form_title: &form.title,
            action: AuditAction::Purge,
            detail,
        };
        let done = state.store.purge_personal(&purged, audit).await?;
        for key in &done.unused {
            if let Err(err) = state.blobs.remove(key) {
                tracing::warn!(error = %err, blob = key.as_str(), "deleting a purged file");
            }
        }
        report.submissions += count;
        report.personal_values += values;
        report.files += done.files;
        report.bytes += done.bytes;
    }
    Ok(report)
}

/// Every hour: purges what each form's retention period says has passed.
pub async fn run(state: AppState) {
    loop {
        if let Err(err) = purge_due(&state).await {
            tracing::warn!(error = %err, "purging personal data past its retention period");
        }
        tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
    }
}

/// Purges every form whose retention period has passed for some of its submissions.
pub async fn purge_due(state: &AppState) -> AppResult<()> {
    let now = state.config.clock.now();
    for (form_id, days) in state.store.forms_with_retention().await? {
        let form = state.store.form(&form_id).await?;
        let report = purge(state, &form, cutoff(now, days), None).await?;
        if report.submissions > 0 {
            tracing::info!(form = form.id, submissions = report.submissions, "retention purge");
        }
    }
    Ok(())
}
