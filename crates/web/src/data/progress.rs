//! Progress toward the SMART target: when the engagement's SMART objective names a number to
//! reach and its survey deliverable links this form, where the CSO stands: responses so far
//! against the survey's target number of responses, and the measured value (the share of
//! answers choosing a choice, or a number's mean) against the baseline and the target, with
//! the days left to the deadline.

use chrono::NaiveDate;
use store::collection::SubmissionFilter;
use store::engagements::DeliverableKind;

use super::lines::{number, percent};
use super::read::Reader;
use super::summary::Shape;
use crate::deliverables::content::{Content, SmartObjective, Survey};
use crate::kernel::error::AppResult;
use crate::kernel::state::AppState;
use crate::submissions::table::{TableQuery, parse};

/// Where the CSO stands against its objective.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// Submissions so far (live ones once the form is live, as the data page counts them).
    pub responses: usize,
    pub target_responses: Option<f64>,
    /// The measured value, when the survey names the measuring question.
    pub measure: Option<Measure>,
    /// Why the measuring question named in the survey cannot be read (a message key).
    pub measure_problem: Option<&'static str>,
    pub target: f64,
    pub unit: String,
    pub baseline: Option<f64>,
    pub deadline: Option<NaiveDate>,
    /// Days from the CSO's today to the deadline (negative once it has passed).
    pub days_left: Option<i64>,
}

/// The objective's value measured from the answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    /// The question's label, and the choice's for a select.
    pub question: String,
    pub choice: Option<String>,
    /// The share (0–100) of answers choosing the choice, or the mean of the numbers.
    pub value: f64,
    /// The answers it is measured over.
    pub answers: usize,
}

impl Progress {
    /// Responses as a share (0–100) of the target number of responses.
    pub fn responses_share(&self) -> Option<f64> {
        self.target_responses.filter(|t| *t > 0.0).map(|t| (self.responses as f64 / t * 100.0).min(100.0))
    }

    /// How far (0–100) the measured value has come from the baseline (0 when none) to the
    /// target.
    pub fn measure_share(&self) -> Option<f64> {
        let value = self.measure.as_ref()?.value;
        let from = self.baseline.unwrap_or(0.0);
        let span = self.target - from;
        (span != 0.0).then(|| ((value - from) / span * 100.0).clamp(0.0, 100.0))
    }

    pub fn target_text(&self) -> String {
        number(self.target)
    }

    pub fn baseline_text(&self) -> Option<String> {
        self.baseline.map(number)
    }

    pub fn target_responses_text(&self) -> Option<String> {
        self.target_responses.map(number)
    }

    /// The measured value as written: a share with its percent sign, or a mean.
    pub fn measure_text(&self) -> Option<String> {
        let measure = self.measure.as_ref()?;
        Some(if measure.choice.is_some() { percent(measure.value) } else { number(measure.value) })
    }

    pub fn measure_share_text(&self) -> Option<String> {
        self.measure_share().map(percent)
    }

    /// Days left, when the deadline is today or later.
    pub fn days_ahead(&self) -> Option<i64> {
        self.days_left.filter(|d| *d >= 0)
    }

    /// Days since the deadline, once it has passed.
    pub fn days_past(&self) -> Option<i64> {
        self.days_left.filter(|d| *d < 0).map(|d| -d)
    }
}

/// The SMART objective and survey deliverable that concern `reader`'s form, if any: the
/// organisation's latest engagement whose survey links the form.
async fn objective_for(
    state: &AppState,
    reader: &Reader,
) -> AppResult<Option<(store::engagements::Engagement, SmartObjective, Survey)>> {
    for engagement in state.store.engagements_of_organisation(&reader.form.organisation_id).await? {
        let survey = state.store.deliverable(&engagement.id, DeliverableKind::Survey).await?;
        if survey.form_id.as_deref() != Some(reader.form.id.as_str()) {
            continue;
        }
        let Content::Survey(survey) = Content::from_json(DeliverableKind::Survey, &survey.content) else {
            continue;
        };
        let smart = state.store.deliverable(&engagement.id, DeliverableKind::SmartObjective).await?;
        let Content::SmartObjective(smart) =
            Content::from_json(DeliverableKind::SmartObjective, &smart.content)
        else {
            continue;
        };
        return Ok(Some((engagement, smart, survey)));
    }
    Ok(None)
}

/// Where the CSO stands, when the objective names a target and its survey links the form.
pub async fn progress(state: &AppState, reader: &Reader) -> AppResult<Option<Progress>> {
    let Some((engagement, smart, survey)) = objective_for(state, reader).await? else { return Ok(None) };
    let Some(target) = smart.target else { return Ok(None) };
    let (filter, _): (SubmissionFilter, _) =
        parse(&TableQuery::default(), reader.form.mode, &reader.questions.questions);
    let named = survey.measure_question.trim();
    let question = reader
        .questions
        .questions
        .iter()
        .find(|q| !q.hidden && !named.is_empty() && (q.name() == named || q.path == named))
        .cloned();
    let only = question.as_ref().map(|q| q.path.as_str()).unwrap_or("");
    let summaries = reader.summarise(state, &filter, Some(only), None).await?;
    let mut measure_problem = None;
    let measure = match (named.is_empty(), &question, summaries.questions.first()) {
        (true, _, _) => None,
        (false, None, _) | (false, _, None) => {
            measure_problem = Some("data-progress-unknown-question");
            None
        }
        (false, Some(question), Some(summary)) => match &summary.shape {
            Shape::Choices { counts, .. } => {
                let choice = survey.measure_choice.trim();
                match counts.options.iter().find(|o| o.name == choice && !o.unlisted) {
                    Some(option) => Some(Measure {
                        question: question.label.clone(),
                        choice: Some(reader.questions.choice_label(question, choice)),
                        value: option.percent,
                        answers: counts.answered,
                    }),
                    None => {
                        measure_problem = Some("data-progress-unknown-choice");
                        None
                    }
                }
            }
            Shape::Numbers { summary: numbers, .. } => numbers.as_ref().map(|n| Measure {
                question: question.label.clone(),
                choice: None,
                value: n.mean,
                answers: n.count,
            }),
            _ => {
                measure_problem = Some("data-progress-not-measurable");
                None
            }
        },
    };
    let today = engagement.local_date(state.config.clock.now());
    Ok(Some(Progress {
        responses: summaries.submissions,
        target_responses: survey.target_responses,
        measure,
        measure_problem,
        target,
        unit: smart.unit.clone(),
        baseline: smart.baseline,
        deadline: smart.deadline,
        days_left: smart.deadline.map(|d| (d - today).num_days()),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn progress(value: Option<f64>, baseline: Option<f64>) -> Progress {
        Progress {
            responses: 30,
            target_responses: Some(120.0),
            measure: value.map(|value| Measure { question: "q".into(), choice: None, value, answers: 30 }),
            measure_problem: None,
            target: 80.0,
            unit: "%".into(),
            baseline,
            deadline: None,
            days_left: None,
        }
    }

    #[test]
    fn shares_of_the_way_to_the_targets() {
        assert_eq!(progress(None, None).responses_share(), Some(25.0));
        // From 35 to 80: at 50 the CSO has come 15 of 45, a third of the way.
        let share = progress(Some(50.0), Some(35.0)).measure_share().unwrap();
        assert!((share - 100.0 / 3.0).abs() < 1e-9);
        assert_eq!(progress(Some(20.0), Some(35.0)).measure_share(), Some(0.0), "below the baseline");
        assert_eq!(progress(Some(40.0), None).measure_share(), Some(50.0), "from zero");
        assert_eq!(progress(None, None).measure_share(), None);
    }
}
