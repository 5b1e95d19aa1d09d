//! Reminder emails: a day before each call (time to arrange a connection and a quiet place, and
//! to read the agenda) and an hour before it (the link to join). A background task on every
//! server looks for due reminders; the store records each one in the same transaction as its
//! emails, guarded so that any number of servers send it once.

use std::time::Duration;

use store::engagements::calls::{Call, Reminder};

use super::notify::{CallFacts, about_call, participants};
use crate::kernel::state::AppState;

/// The wait between two looks for due reminders: cheap (one indexed query), and short against
/// an hour's notice.
const POLL: Duration = Duration::from_secs(5);

/// Sends due reminders until the task is aborted.
pub async fn run(state: AppState) {
    loop {
        if let Err(err) = send_due(&state).await {
            tracing::warn!(error = %err, "sending call reminders");
        }
        tokio::time::sleep(POLL).await;
    }
}

/// Queues every reminder due now; returns how many this server sent.
pub async fn send_due(state: &AppState) -> store::Result<usize> {
    let now = state.config.clock.now();
    let mut sent = 0;
    for (call, reminder) in state.store.calls_due_for_reminders(now).await? {
        if remind(state, &call, reminder, now).await? {
            sent += 1;
        }
    }
    Ok(sent)
}

#[tracing::instrument(skip_all, err, fields(call = call.id, reminder = reminder.as_str()))]
async fn remind(
    state: &AppState,
    call: &Call,
    reminder: Reminder,
    now: store::Timestamp,
) -> store::Result<bool> {
    let engagement = state.store.engagement(&call.engagement_id).await?;
    let people = participants(state, &engagement).await?;
    let key = match reminder {
        Reminder::DayBefore => "call-reminder-day",
        Reminder::HourBefore => "call-reminder-hour",
    };
    let emails = about_call(state, key, &CallFacts::of(&engagement, call), &people, None);
    let recorded = state.store.record_reminder(call, reminder, now, &emails).await?;
    if recorded {
        tracing::info!(emails = emails.len(), "call reminder queued");
    }
    Ok(recorded)
}
