use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use serde::Deserialize;
use store::intake::{Application, ApplicationStatus, JuniorInvitation, Round};
use store::types::{Email, Name, Role, Secret};

use super::applications::editable_application;
use super::assessment::MIN_COMMITMENT_PERCENT;
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::forms::FieldErrors;
use crate::kernel::layout::{Plain, long_date};
use crate::kernel::mail;
use crate::kernel::state::AppState;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct JuniorsForm {
    junior1_name: String,
    junior1_email: String,
    junior2_name: String,
    junior2_email: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "intake/templates/staff.html")]
pub struct StaffPage {
    ctx: RequestContext,
    application: Application,
    round: Round,
    form: JuniorsForm,
    errors: FieldErrors,
    is_lead: bool,
}

impl StaffPage {
    fn date(&self, day: impl Plain<NaiveDate>) -> String {
        long_date(self.ctx.locale, day.plain())
    }
}

async fn staff_page(
    state: &AppState,
    ctx: RequestContext,
    id: &str,
    form: Option<JuniorsForm>,
    errors: FieldErrors,
) -> AppResult<StaffPage> {
    let (user, application) = editable_application(state, &ctx, id).await?;
    let round = state.store.round(&application.round_id).await?;
    let form = form.unwrap_or_else(|| {
        let named = |p: i64| application.juniors.iter().find(|j| j.position == p);
        JuniorsForm {
            junior1_name: named(1).map(|j| j.name.clone()).unwrap_or_default(),
            junior1_email: named(1).map(|j| j.email.clone()).unwrap_or_default(),
            junior2_name: named(2).map(|j| j.name.clone()).unwrap_or_default(),
            junior2_email: named(2).map(|j| j.email.clone()).unwrap_or_default(),
        }
    });
    Ok(StaffPage { ctx, application, round, form, errors, is_lead: user.role == Role::CsoLead })
}

pub async fn form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<StaffPage> {
    staff_page(&state, ctx, &id, None, FieldErrors::default()).await
}

/// The senior staff member (the CSO lead) approves and supports the application.
pub async fn approve(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (user, _) = editable_application(&state, &ctx, &id).await?;
    if user.role != Role::CsoLead {
        return Err(AppError::Forbidden);
    }
    state.store.approve_as_senior(&id, &user.id).await?;
    Ok(Redirect::to(&format!("/applications/{id}/staff")).into_response())
}

/// Names the two junior staff; each one whose name or address changed gets a new link.
pub async fn name_juniors(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Form(form): Form<JuniorsForm>,
) -> AppResult<Response> {
    let (_, application) = editable_application(&state, &ctx, &id).await?;
    let mut errors = FieldErrors::default();
    let mut parse = |name_field: &'static str, email_field: &'static str, name: &str, email: &str| {
        let name = Name::parse(name).map_err(|_| errors.add(name_field, "field-required")).ok();
        let email = Email::parse(email).map_err(|_| errors.add(email_field, "field-email")).ok();
        name.zip(email)
    };
    let first = parse("junior1_name", "junior1_email", &form.junior1_name, &form.junior1_email);
    let second = parse("junior2_name", "junior2_email", &form.junior2_name, &form.junior2_email);
    if let (Some((_, a)), Some((_, b))) = (&first, &second)
        && a == b
    {
        errors.add("junior2_email", "staff-same-email");
    }
    let (Some(first), Some(second)) = (first, second) else {
        let page = staff_page(&state, ctx, &id, Some(form), errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    if !errors.is_empty() {
        let page = staff_page(&state, ctx, &id, Some(form), errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let round = state.store.round(&application.round_id).await?;
    let locale = ctx.locale;
    for (position, (name, email)) in [(1, first), (2, second)] {
        let unchanged = application
            .juniors
            .iter()
            .any(|j| j.position == position && j.name == name.as_str() && j.email == email.as_str());
        if unchanged {
            continue;
        }
        let config = state.config.clone();
        let args = vec![
            ("name", name.to_string()),
            ("organisation", application.organisation_name.clone()),
            ("start", long_date(locale, round.training_starts_on)),
            ("end", long_date(locale, round.training_ends_on())),
            ("percent", MIN_COMMITMENT_PERCENT.to_string()),
        ];
        let result = state
            .store
            .name_junior_staff(&id, position, &name, &email, |secret| {
                let mut args = args.clone();
                args.push(("link", config.link(&format!("/confirm/{}", secret.expose()))));
                mail::compose(locale, email.as_str(), "junior-confirm", &args)
            })
            .await;
        match result {
            Ok(_) => {}
            // The other junior still holds this address until both are saved in turn.
            Err(store::Error::Conflict(_)) => {
                errors.add(if position == 1 { "junior1_email" } else { "junior2_email" }, "staff-same-email");
                let page = staff_page(&state, ctx, &id, Some(form), errors).await?;
                return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
            }
            Err(err) => return Err(err.into()),
        }
    }
    Ok(Redirect::to(&format!("/applications/{id}/staff")).into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "intake/templates/junior.html")]
pub struct JuniorPage {
    ctx: RequestContext,
    token: String,
    invitation: Option<JuniorInvitation>,
    percent: String,
    errors: FieldErrors,
    saved: bool,
}

impl JuniorPage {
    fn date(&self, day: impl Plain<NaiveDate>) -> String {
        long_date(self.ctx.locale, day.plain())
    }

    fn open(&self) -> bool {
        self.invitation.as_ref().is_some_and(|i| i.application.status == ApplicationStatus::Draft)
    }
}

async fn junior_invitation(state: &AppState, token: &str) -> AppResult<Option<JuniorInvitation>> {
    match state.store.junior_invitation(&Secret::from_user(token)).await {
        Ok(invitation) => Ok(Some(invitation)),
        Err(store::Error::NotFound) => Ok(None),
        Err(err) => Err(err.into()),
    }
}

/// A junior staff member's own page, reached from the emailed link without an account.
pub async fn junior_form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let invitation = junior_invitation(&state, &token).await?;
    let status = if invitation.is_some() { StatusCode::OK } else { StatusCode::NOT_FOUND };
    let percent = invitation
        .as_ref()
        .and_then(|i| i.junior.commitment_percent)
        .map(|p| p.to_string())
        .unwrap_or_default();
    Ok((status, JuniorPage { ctx, token, invitation, percent, errors: FieldErrors::default(), saved: false })
        .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct JuniorAnswer {
    percent: String,
}

pub async fn junior_answer(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(token): Path<String>,
    Form(answer): Form<JuniorAnswer>,
) -> AppResult<Response> {
    let Some(invitation) = junior_invitation(&state, &token).await? else {
        let page = JuniorPage {
            ctx,
            token,
            invitation: None,
            percent: String::new(),
            errors: FieldErrors::default(),
            saved: false,
        };
        return Ok((StatusCode::NOT_FOUND, page).into_response());
    };
    let mut errors = FieldErrors::default();
    let percent = match answer.percent.trim().parse::<i64>() {
        Ok(p) if (0..=100).contains(&p) => Some(p),
        _ => {
            errors.add("percent", "junior-percent-invalid");
            None
        }
    };
    let Some(percent) = percent else {
        let page = JuniorPage {
            ctx,
            token,
            invitation: Some(invitation),
            percent: answer.percent,
            errors,
            saved: false,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    state.store.record_commitment(&Secret::from_user(&token), percent).await?;
    let invitation = junior_invitation(&state, &token).await?;
    Ok(JuniorPage { ctx, token, invitation, percent: percent.to_string(), errors, saved: true }
        .into_response())
}
