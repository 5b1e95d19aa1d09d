//! Reading a form's submissions a batch at a time, each one's values passed through the
//! reader's [`Disclosure`] first: every summary, cross-tabulation and chart is built from
//! what that person may see.

use std::borrow::Cow;
use std::collections::HashMap;

use store::accounts::User;
use store::collection::submissions::values_borrowed;
use store::collection::{Form, SubmissionFilter};

use super::personal::{Disclosure, Viewer, disclosure, disclosure_for, guard_filter};
use super::running;
use super::summary::{Gathered, Grouping, QuestionSummary};
use crate::forms::access::Reach;
use crate::forms::access::form_for;
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::state::AppState;
use crate::submissions::fields::{Labels, Question, questions};
use crate::submissions::table::{TableQuery, parse};

/// Submissions read per query.
const BATCH: usize = 1000;

/// What the data pages know of a form's latest version: its questions and each select's
/// choices, `(name, label)` in the form's order (labels in the form's default language).
pub struct FormQuestions {
    /// The form version they are from.
    pub version_id: String,
    pub questions: Vec<Question>,
    pub choice_labels: HashMap<String, Vec<(String, String)>>,
}

impl FormQuestions {
    /// The question at `path` (without repeat positions).
    pub fn find(&self, path: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.path == path && !q.hidden)
    }

    /// A select's choice names in the form's order.
    pub fn choice_names(&self, question: &Question) -> Vec<String> {
        self.choice_labels.get(&question.path).into_iter().flatten().map(|(name, _)| name.clone()).collect()
    }

    /// A choice's label (its name when the form has none for it).
    pub fn choice_label(&self, question: &Question, name: &str) -> String {
        self.choice_labels
            .get(&question.path)
            .and_then(|choices| choices.iter().find(|(n, _)| n == name))
            .map(|(_, label)| label.clone())
            .unwrap_or_else(|| name.to_owned())
    }
}

/// The questions of `form`'s latest version, labelled in the form's language for `reader_language`
/// (a code such as `sw`) when the form has it, else in its default language.
pub async fn form_questions(
    state: &AppState,
    form: &Form,
    reader_language: Option<&str>,
) -> AppResult<FormQuestions> {
    let version = state.store.latest_version(&form.id).await?;
    let prepared = state
        .prepared
        .get(&state.blobs, form, &version)
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    let survey = prepared.survey();
    let labels = Labels::new(survey);
    let mut questions = questions(survey);
    let language = reader_language.and_then(|code| webform::language_for(survey, code));
    let choice_labels = match &language {
        Some(language) => {
            for question in &mut questions {
                question.label = question.label_in(language);
            }
            questions.iter().map(|q| (q.path.clone(), labels.choices_in(q, language))).collect()
        }
        None => questions.iter().map(|q| (q.path.clone(), labels.choices(q))).collect(),
    };
    Ok(FormQuestions { version_id: version.id.clone(), questions, choice_labels })
}

/// A reader of a form's data: the form, its questions and what the reader may see.
pub struct Reader {
    pub form: Form,
    pub questions: FormQuestions,
    pub disclosure: Disclosure,
    /// Whether unfiltered summaries come from the form's running summary (else every
    /// submission is read again).
    pub running: bool,
}

impl Reader {
    /// `user`'s reader of `form`, labels in the form's language for the reader's language
    /// code when the form has it.
    pub async fn new(
        state: &AppState,
        user: &User,
        form: Form,
        reach: Reach,
        language: Option<&str>,
    ) -> AppResult<Reader> {
        let questions = form_questions(state, &form, language).await?;
        let disclosure = disclosure(state, user, reach, &form, &questions.questions, false).await?;
        Ok(Reader { form, questions, disclosure, running: true })
    }

    /// The reader of form `id`'s data for the signed-in person (404 without reach), with the
    /// query's filter parsed against the form's questions: what could not be read is named
    /// in the problems, and an exact-answer filter on a personal field is refused to those
    /// shown pseudonyms (it would tell who answered what).
    pub async fn open(
        state: &AppState,
        ctx: &RequestContext,
        id: &str,
        query: &TableQuery,
    ) -> AppResult<(Reader, SubmissionFilter, Vec<&'static str>)> {
        let user = ctx.require_user()?.clone();
        let (form, reach) = form_for(&state.store, &user, id).await?;
        let reader = Reader::new(state, &user, form, reach, Some(ctx.locale.code())).await?;
        let (mut filter, mut problems) = parse(query, reader.form.mode, &reader.questions.questions);
        problems.extend(guard_filter(&mut filter, &reader.disclosure));
        Ok((reader, filter, problems))
    }

    /// A reader who sees everything: the server's own command line (`datashift data summary`).
    pub async fn unrestricted(state: &AppState, form: Form) -> AppResult<Reader> {
        let questions = form_questions(state, &form, None).await?;
        let disclosure = disclosure_for(state, Viewer::Operator, &form, &questions.questions, false).await?;
        Ok(Reader { form, questions, disclosure, running: true })
    }

    /// Calls `each` with every submission the filter keeps, its answers as the reader may
    /// see them (borrowed from the stored text: a million submissions are not a million
    /// copies). The store reads the next batch on a thread of its own meanwhile.
    pub async fn each(
        &self,
        state: &AppState,
        filter: &SubmissionFilter,
        mut each: impl FnMut(&[(Cow<'_, str>, Cow<'_, str>)]),
    ) -> AppResult<()> {
        self.each_submission(state, filter, |_, values| each(values)).await
    }

    /// As [`Reader::each`], with each submission's id (in id order, which is time order).
    pub async fn each_submission(
        &self,
        state: &AppState,
        filter: &SubmissionFilter,
        mut each: impl FnMut(&str, &[(Cow<'_, str>, Cow<'_, str>)]),
    ) -> AppResult<()> {
        let mut batches = state.store.submission_values_stream(&self.form.id, filter, BATCH);
        while let Some(batch) = batches.recv().await {
            for submission in batch? {
                let values = values_borrowed(&submission.field_values)?;
                if filter.field.as_ref().is_some_and(|field| !field.matches(&values)) {
                    continue;
                }
                each(&submission.id, &self.disclosure.values_borrowed(values));
            }
        }
        Ok(())
    }

    /// Every question (or only `only`) summarised over the submissions `filter` keeps, split
    /// by `by` when given.
    pub async fn summarise(
        &self,
        state: &AppState,
        filter: &SubmissionFilter,
        only: Option<&str>,
        by: Option<Grouping>,
    ) -> AppResult<Summaries> {
        let mut gathered = if self.running && by.is_none() && running::serves(filter) {
            // Every question's running summary, brought up to date.
            running::gathered(self, state, filter).await?
        } else {
            let questions: Vec<Question> = self
                .questions
                .questions
                .iter()
                .filter(|q| only.is_none_or(|path| q.path == path))
                .cloned()
                .collect();
            let mut gathered = Gathered::grouped(questions, by);
            self.each(state, filter, |values| gathered.add(values)).await?;
            gathered
        };
        if let Some(path) = only {
            gathered.keep_only(path);
        }
        let submissions = gathered.submissions();
        let questions = gathered.finish(|q| self.questions.choice_names(q));
        Ok(Summaries { submissions, questions, choice_labels: self.questions.choice_labels.clone() })
    }
}

/// A form's questions summarised over the submissions a filter keeps.
pub struct Summaries {
    pub submissions: usize,
    pub questions: Vec<QuestionSummary>,
    /// Each select's choices, `(name, label)` in the form's order, by question path.
    pub choice_labels: HashMap<String, Vec<(String, String)>>,
}

/// Every question of `form` summarised for the server's command line (nothing hidden),
/// reading every submission again when `afresh`.
pub async fn summarise(
    state: &AppState,
    form: &Form,
    filter: &SubmissionFilter,
    afresh: bool,
) -> AppResult<Summaries> {
    let mut reader = Reader::unrestricted(state, form.clone()).await?;
    reader.running = !afresh;
    reader.summarise(state, filter, None, None).await
}
