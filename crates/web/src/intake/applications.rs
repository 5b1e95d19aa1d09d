use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use serde::Deserialize;
use store::accounts::User;
use store::intake::{Application, ApplicationStatus, Round};
use store::types::Role;

use super::readiness::ReadinessSummary;
use crate::kernel::auth::{can_edit_application, require_visible};
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::layout::{Plain, long_date};
use crate::kernel::state::AppState;

/// Loads an application the signed-in person may see; others get a 404, not a hint.
pub(super) async fn visible_application(
    state: &AppState,
    ctx: &RequestContext,
    id: &str,
) -> AppResult<(User, Application)> {
    let user = ctx.require_user()?.clone();
    let application = state.store.application(id).await?;
    require_visible(&user, &application)?;
    Ok((user, application))
}

/// Loads a draft application that the signed-in CSO member may change.
pub(super) async fn editable_application(
    state: &AppState,
    ctx: &RequestContext,
    id: &str,
) -> AppResult<(User, Application)> {
    let (user, application) = visible_application(state, ctx, id).await?;
    if !can_edit_application(&user, &application) {
        return Err(AppError::Forbidden);
    }
    if application.status != ApplicationStatus::Draft {
        return Err(AppError::Conflict(store::intake::SUBMITTED_IS_FINAL));
    }
    Ok((user, application))
}

pub(super) fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

#[derive(Template, WebTemplate)]
#[template(path = "intake/templates/applications.html")]
pub struct ApplicationsPage {
    ctx: RequestContext,
    applications: Vec<(Application, ReadinessSummary)>,
    open_rounds: Vec<Round>,
    problem: Option<&'static str>,
}

impl ApplicationsPage {
    fn date(&self, day: impl Plain<NaiveDate>) -> String {
        long_date(self.ctx.locale, day.plain())
    }
}

async fn applications_page(
    state: &AppState,
    ctx: RequestContext,
    problem: Option<&'static str>,
) -> AppResult<ApplicationsPage> {
    let user = ctx.require_role(&[Role::CsoLead, Role::CsoStaff])?;
    let organisation_id = user.organisation_id.clone().ok_or(AppError::Forbidden)?;
    let organisation = state.store.organisation(&organisation_id).await?;
    let applications = state.store.applications_of_organisation(&organisation_id).await?;
    let applied: Vec<String> = applications.iter().map(|a| a.round_id.clone()).collect();
    let open_rounds = state
        .store
        .rounds()
        .await?
        .into_iter()
        .filter(|r| {
            r.is_open_on(today()) && r.accepts_country(&organisation.country) && !applied.contains(&r.id)
        })
        .collect();
    let applications = applications
        .into_iter()
        .map(|a| {
            let summary = ReadinessSummary::of(&a, &state.config.connection);
            (a, summary)
        })
        .collect();
    Ok(ApplicationsPage { ctx, applications, open_rounds, problem })
}

pub async fn list(State(state): State<AppState>, ctx: RequestContext) -> AppResult<Response> {
    match ctx.role() {
        Some(Role::Admin) => return Ok(Redirect::to("/admin/applications").into_response()),
        Some(Role::Builder) => return Ok(Redirect::to("/builder").into_response()),
        _ => {}
    }
    Ok(applications_page(&state, ctx, None).await?.into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StartForm {
    round: String,
}

/// The CSO lead applies to an open round.
pub async fn start(
    State(state): State<AppState>,
    ctx: RequestContext,
    Form(form): Form<StartForm>,
) -> AppResult<Response> {
    let user = ctx.require_role(&[Role::CsoLead])?;
    let organisation_id = user.organisation_id.clone().ok_or(AppError::Forbidden)?;
    let problem = match state.store.start_application(&organisation_id, &form.round, today()).await {
        Ok(application) => {
            return Ok(Redirect::to(&format!("/applications/{}", application.id)).into_response());
        }
        Err(store::Error::Conflict(_)) => "apply-already",
        Err(store::Error::NotFound) => "apply-no-round",
        Err(store::Error::Rule(_)) => "apply-round-closed",
        Err(err) => return Err(err.into()),
    };
    let page = applications_page(&state, ctx, Some(problem)).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "intake/templates/application.html")]
pub struct ApplicationPage {
    pub(super) ctx: RequestContext,
    pub(super) application: Application,
    pub(super) round: Round,
    pub(super) summary: ReadinessSummary,
    pub(super) can_edit: bool,
    pub(super) can_submit: bool,
    pub(super) builders: Vec<User>,
    pub(super) builder_name: Option<String>,
    pub(super) problem: Option<&'static str>,
}

impl ApplicationPage {
    fn date(&self, day: impl Plain<NaiveDate>) -> String {
        long_date(self.ctx.locale, day.plain())
    }

    fn status_key(&self) -> String {
        format!("application-status-{}", self.application.status.as_str())
    }
}

pub(super) async fn application_page(
    state: &AppState,
    ctx: RequestContext,
    id: &str,
    problem: Option<&'static str>,
) -> AppResult<ApplicationPage> {
    let (user, application) = visible_application(state, &ctx, id).await?;
    let round = state.store.round(&application.round_id).await?;
    let summary = ReadinessSummary::of(&application, &state.config.connection);
    let is_draft = application.status == ApplicationStatus::Draft;
    let can_edit = is_draft && can_edit_application(&user, &application);
    let can_submit = can_edit && user.role == Role::CsoLead;
    let builders = if user.role == Role::Admin && application.status == ApplicationStatus::Submitted {
        state.store.users_with_role(Role::Builder).await?
    } else {
        Vec::new()
    };
    let builder_name = match &application.builder_id {
        Some(id) => Some(state.store.user(id).await?.name),
        None => None,
    };
    Ok(ApplicationPage {
        ctx,
        application,
        round,
        summary,
        can_edit,
        can_submit,
        builders,
        builder_name,
        problem,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<ApplicationPage> {
    application_page(&state, ctx, &id, None).await
}

/// The CSO lead sends a complete application for review.
pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (user, application) = editable_application(&state, &ctx, &id).await?;
    if user.role != Role::CsoLead {
        return Err(AppError::Forbidden);
    }
    if let Some(blocker) = ReadinessSummary::of(&application, &state.config.connection).blocker {
        let page = application_page(&state, ctx, &id, Some(blocker)).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    state.store.submit_application(&id).await?;
    tracing::info!(application = id, "application submitted");
    Ok(Redirect::to(&format!("/applications/{id}")).into_response())
}
