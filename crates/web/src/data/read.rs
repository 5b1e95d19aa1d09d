//! Reading a form's submissions into question summaries, a batch at a time.

use std::collections::HashMap;

use store::collection::{Form, SubmissionFilter};

use super::personal::{Disclosure, Reader, disclosure_for};
use super::summary::{Gathered, QuestionSummary};
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::state::AppState;
use crate::submissions::fields::{Labels, Question, questions};

/// Submissions read per query.
const BATCH: i64 = 500;

/// A form's questions summarised over the submissions a filter keeps.
pub struct Summaries {
    pub submissions: usize,
    pub questions: Vec<QuestionSummary>,
    /// Each select's choices, `(name, label)` in the form's order, by question path.
    pub choice_labels: HashMap<String, Vec<(String, String)>>,
    /// What the reader was shown of personal answers.
    pub disclosure: Disclosure,
}

/// Reads every submission the filter keeps, a batch at a time, into the questions' answers.
pub async fn gather(
    state: &AppState,
    form: &Form,
    filter: &SubmissionFilter,
    disclosure: &Disclosure,
    gathered: &mut Gathered,
) -> AppResult<()> {
    let mut after: Option<String> = None;
    loop {
        let batch = state.store.submission_values(&form.id, filter, after.as_deref(), BATCH).await?;
        let Some(last) = batch.last() else { break };
        after = Some(last.id.clone());
        let full = batch.len() as i64 == BATCH;
        for submission in batch {
            if let Some(values) = submission.values {
                gathered.add(&disclosure.values(values));
            }
        }
        if !full {
            break;
        }
    }
    Ok(())
}

/// Summarises every question of `form`'s latest version over the submissions `filter` keeps,
/// with personal answers as `reader` may see them.
pub async fn summarise(
    state: &AppState,
    form: &Form,
    filter: &SubmissionFilter,
    reader: Reader<'_>,
) -> AppResult<Summaries> {
    let version = state.store.latest_version(&form.id).await?;
    let prepared = state
        .prepared
        .get(&state.blobs, form, &version)
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    let survey = prepared.survey();
    let labels = Labels::new(survey);
    let all = questions(survey);
    let choice_labels: HashMap<String, Vec<(String, String)>> =
        all.iter().map(|q| (q.path.clone(), labels.choices(q))).collect();
    let disclosure = disclosure_for(state, reader, form, &all, false).await?;
    let mut gathered = Gathered::new(all);
    gather(state, form, filter, &disclosure, &mut gathered).await?;
    let submissions = gathered.submissions();
    // The form's choice names, in order, from the labels read above.
    let names = |q: &Question| -> Vec<String> {
        choice_labels.get(&q.path).into_iter().flatten().map(|(name, _)| name.clone()).collect()
    };
    let questions = gathered.finish(names);
    Ok(Summaries { submissions, questions, choice_labels, disclosure })
}
