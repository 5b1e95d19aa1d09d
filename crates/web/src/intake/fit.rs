use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::applications::editable_application;
use super::assessment::{CampaignStage, Commitment, DataExperience, FitAnswers};
use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::forms::FieldErrors;
use crate::kernel::state::AppState;

/// The self-assessment as typed, kept whole so a refused form comes back filled in.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default)]
pub struct FitForm {
    campaign: String,
    campaign_stage: String,
    decision_makers: String,
    long_term_goals: String,
    data_use: String,
    data_experience: String,
    commitment: String,
}

const MAX_ANSWER_CHARS: usize = 4000;

fn choice<T: for<'de> Deserialize<'de>>(raw: &str) -> Option<T> {
    serde_json::from_value(Value::String(raw.to_owned())).ok()
}

impl FitForm {
    fn from_answers(a: &FitAnswers) -> Self {
        let text = |v: Value| v.as_str().unwrap_or_default().to_owned();
        Self {
            campaign: a.campaign.clone(),
            campaign_stage: text(serde_json::to_value(a.campaign_stage).unwrap_or_default()),
            decision_makers: a.decision_makers.clone(),
            long_term_goals: a.long_term_goals.clone(),
            data_use: a.data_use.clone(),
            data_experience: text(serde_json::to_value(a.data_experience).unwrap_or_default()),
            commitment: text(serde_json::to_value(a.commitment).unwrap_or_default()),
        }
    }

    /// Every question answered, within bounds, with a known choice for each select.
    fn parse(&self) -> Result<FitAnswers, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut text = |field: &'static str, value: &str| -> String {
            let value = value.trim();
            if value.is_empty() {
                errors.add(field, "field-required");
            } else if value.chars().count() > MAX_ANSWER_CHARS {
                errors.add(field, "field-too-long");
            }
            value.to_owned()
        };
        let campaign = text("campaign", &self.campaign);
        let decision_makers = text("decision_makers", &self.decision_makers);
        let long_term_goals = text("long_term_goals", &self.long_term_goals);
        let data_use = text("data_use", &self.data_use);
        let campaign_stage = choice::<CampaignStage>(&self.campaign_stage);
        let data_experience = choice::<DataExperience>(&self.data_experience);
        let commitment = choice::<Commitment>(&self.commitment);
        if campaign_stage.is_none() {
            errors.add("campaign_stage", "field-choose-one");
        }
        if data_experience.is_none() {
            errors.add("data_experience", "field-choose-one");
        }
        if commitment.is_none() {
            errors.add("commitment", "field-choose-one");
        }
        match (campaign_stage, data_experience, commitment) {
            (Some(campaign_stage), Some(data_experience), Some(commitment)) if errors.is_empty() => {
                Ok(FitAnswers {
                    campaign,
                    campaign_stage,
                    decision_makers,
                    long_term_goals,
                    data_use,
                    data_experience,
                    commitment,
                })
            }
            _ => Err(errors),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "intake/templates/fit.html")]
pub struct FitPage {
    ctx: RequestContext,
    application_id: String,
    form: FitForm,
    errors: FieldErrors,
}

impl FitPage {
    fn choices(&self, question: &str) -> Vec<(&'static str, String)> {
        let options: &[&'static str] = match question {
            "campaign_stage" => &["running", "starting_soon", "idea", "no_campaign"],
            "data_experience" => &["none", "some", "regular"],
            _ => &["two_staff_three_quarters", "less_time", "cannot_commit"],
        };
        options
            .iter()
            .map(|o| (*o, self.ctx.t(format!("fit-{}-{}", question.replace('_', "-"), o.replace('_', "-")))))
            .collect()
    }

    fn chosen(&self, question: &str, option: &str) -> bool {
        let value = match question {
            "campaign_stage" => &self.form.campaign_stage,
            "data_experience" => &self.form.data_experience,
            _ => &self.form.commitment,
        };
        value == option
    }
}

pub async fn form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<FitPage> {
    let (_, application) = editable_application(&state, &ctx, &id).await?;
    let form = application
        .fit_answers
        .as_deref()
        .and_then(|json| serde_json::from_str::<FitAnswers>(json).ok())
        .map(|a| FitForm::from_answers(&a))
        .unwrap_or_default();
    Ok(FitPage { ctx, application_id: id, form, errors: FieldErrors::default() })
}

pub async fn save(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Form(form): Form<FitForm>,
) -> AppResult<Response> {
    editable_application(&state, &ctx, &id).await?;
    match form.parse() {
        Ok(answers) => {
            let json = serde_json::to_string(&answers).map_err(anyhow::Error::from)?;
            state.store.save_fit_answers(&id, &json).await?;
            Ok(Redirect::to(&format!("/applications/{id}#assessment-fit")).into_response())
        }
        Err(errors) => {
            let page = FitPage { ctx, application_id: id, form, errors };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}
