use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use serde::Deserialize;
use store::intake::{Application, ApplicationStatus, Decision};
use store::types::Role;

use super::applications::application_page;
use super::readiness::ReadinessSummary;
use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::i18n::Locale;
use crate::kernel::layout::long_date;
use crate::kernel::mail;
use crate::kernel::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "intake/templates/review.html")]
pub struct ReviewPage {
    ctx: RequestContext,
    waiting: Vec<(Application, ReadinessSummary)>,
    decided: Vec<Application>,
}

/// The admins' review queue: submitted applications first, oldest first, each with its
/// readiness summary; then what was decided.
pub async fn queue(State(state): State<AppState>, ctx: RequestContext) -> AppResult<ReviewPage> {
    ctx.require_role(&[Role::Admin])?;
    let waiting = state
        .store
        .applications_with_status(ApplicationStatus::Submitted)
        .await?
        .into_iter()
        .map(|a| {
            let summary = ReadinessSummary::of(&a, &state.config.connection);
            (a, summary)
        })
        .collect();
    let mut decided = state.store.applications_with_status(ApplicationStatus::Accepted).await?;
    decided.extend(state.store.applications_with_status(ApplicationStatus::Declined).await?);
    decided.sort_by_key(|a| std::cmp::Reverse(a.decided_at));
    Ok(ReviewPage { ctx, waiting, decided })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    decision: String,
    builder: String,
    training_starts_on: String,
    message: String,
}

/// Accepts (with a capacity builder and a start date) or declines (with a message); the CSO's
/// members, and the builder, are emailed in the same transaction.
pub async fn decide(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Form(form): Form<DecisionForm>,
) -> AppResult<Response> {
    let admin = ctx.require_role(&[Role::Admin])?.clone();
    let application = state.store.application(&id).await?;
    if application.status != ApplicationStatus::Submitted {
        return refused(&state, ctx.clone(), &id, "decision-not-submitted").await;
    }
    let members = state.store.organisation_members(&application.organisation_id).await?;
    let link = state.config.link(&format!("/applications/{id}"));
    let member_locale =
        |locale: &Option<String>| locale.as_deref().and_then(Locale::parse).unwrap_or(ctx.locale);
    let (decision, emails) = match form.decision.as_str() {
        "accept" => {
            let Ok(start) = NaiveDate::parse_from_str(form.training_starts_on.trim(), "%Y-%m-%d") else {
                return refused(&state, ctx.clone(), &id, "decision-date-invalid").await;
            };
            let builder = match state.store.user(&form.builder).await {
                Ok(user) if user.role == Role::Builder => user,
                Ok(_) | Err(store::Error::NotFound) => {
                    return refused(&state, ctx.clone(), &id, "decision-builder-required").await;
                }
                Err(err) => return Err(err.into()),
            };
            let mut emails: Vec<_> = members
                .iter()
                .map(|m| {
                    let locale = member_locale(&m.locale);
                    mail::compose(
                        locale,
                        &m.email,
                        "accepted",
                        &[
                            ("name", m.name.clone()),
                            ("organisation", application.organisation_name.clone()),
                            ("builder", builder.name.clone()),
                            ("start", long_date(locale, start)),
                            ("link", link.clone()),
                        ],
                    )
                })
                .collect();
            let builder_locale = member_locale(&builder.locale);
            emails.push(mail::compose(
                builder_locale,
                &builder.email,
                "builder-assigned",
                &[
                    ("name", builder.name.clone()),
                    ("organisation", application.organisation_name.clone()),
                    ("start", long_date(builder_locale, start)),
                    ("link", link.clone()),
                ],
            ));
            (Decision::Accept { builder_id: builder.id.clone(), training_starts_on: start }, emails)
        }
        "decline" => {
            let message = form.message.trim().to_owned();
            if message.is_empty() || message.chars().count() > 4000 {
                return refused(&state, ctx.clone(), &id, "decision-message-required").await;
            }
            let emails = members
                .iter()
                .map(|m| {
                    mail::compose(
                        member_locale(&m.locale),
                        &m.email,
                        "declined",
                        &[
                            ("name", m.name.clone()),
                            ("organisation", application.organisation_name.clone()),
                            ("message", message.clone()),
                            ("link", link.clone()),
                        ],
                    )
                })
                .collect();
            (Decision::Decline { message }, emails)
        }
        _ => return refused(&state, ctx.clone(), &id, "decision-choose").await,
    };
    match state.store.decide_application(&id, &admin.id, &decision, &emails).await {
        Ok(()) => Ok(Redirect::to(&format!("/applications/{id}")).into_response()),
        Err(store::Error::Rule(store::intake::ROUND_FULL)) => {
            refused(&state, ctx.clone(), &id, "decision-round-full").await
        }
        Err(store::Error::Rule(_)) => refused(&state, ctx.clone(), &id, "decision-not-submitted").await,
        Err(err) => Err(err.into()),
    }
}

async fn refused(
    state: &AppState,
    ctx: RequestContext,
    id: &str,
    problem: &'static str,
) -> AppResult<Response> {
    let page = application_page(state, ctx, id, Some(problem)).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}
