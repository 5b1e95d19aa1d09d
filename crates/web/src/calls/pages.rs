//! An engagement's calls: the list with the schedule form, one call's page (join link, agenda,
//! notes and attendance), and the changes: schedule, move, cancel, record.
//!
//! Who may do what: everyone in the engagement sees its calls. The capacity builder (or a
//! programme manager standing in) and the CSO's lead schedule calls — the lead so the CSO can
//! ask for time when a challenge comes up, not only wait to be called. A call is moved or
//! cancelled by the builder or by whoever scheduled it, before it starts; notes and
//! attendance are the builder's, once it has started. Everyone else in the engagement is
//! emailed about each change.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;
use store::accounts::User;
use store::engagements::Engagement;
use store::engagements::calls::{
    Attendance, CALL_CANCELLED, CALL_IN_PAST, CALL_NOT_STARTED, CALL_OUTSIDE, CALL_OVERLAPS, CALL_STARTED,
    Call, CallInput, CallPlan, CallProblem, CallRefusal, check_plan, parse_notes,
};
use store::types::Role;

use super::notify::{CallFacts, about_call, participants};
use super::times::{Shown, shown, zone_label};
use crate::engagements::access::engagement_for;
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::forms::FieldErrors;
use crate::kernel::layout::long_date;
use crate::kernel::state::AppState;

/// What the call form holds, as typed (so a refused form comes back filled in).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct CallForm {
    date: String,
    time: String,
    minutes: String,
    meeting_url: String,
    agenda: String,
}

impl CallForm {
    fn input(&self) -> CallInput<'_> {
        CallInput {
            date: &self.date,
            time: &self.time,
            minutes: &self.minutes,
            meeting_url: &self.meeting_url,
            agenda: &self.agenda,
        }
    }

    /// A new call: the first day of the two weeks not yet past, at ten, for an hour.
    fn blank(engagement: &Engagement, now: store::Timestamp) -> Self {
        let today = now.with_timezone(&engagement.time_zone()).date_naive();
        let day = if today > engagement.starts_on && today <= engagement.ends_on {
            today
        } else {
            engagement.starts_on
        };
        Self {
            date: day.format("%Y-%m-%d").to_string(),
            time: "10:00".to_owned(),
            minutes: "60".to_owned(),
            ..Self::default()
        }
    }

    /// A call's own values, to move or edit it.
    fn of(engagement: &Engagement, call: &Call) -> Self {
        let start = call.starts_at.with_timezone(&engagement.time_zone());
        Self {
            date: start.format("%Y-%m-%d").to_string(),
            time: start.format("%H:%M").to_string(),
            minutes: call.minutes.to_string(),
            meeting_url: call.meeting_url.clone(),
            agenda: call.agenda.clone(),
        }
    }
}

/// The field and message of each problem with a call form.
fn field_errors(problems: &[CallProblem]) -> FieldErrors {
    let mut errors = FieldErrors::default();
    for problem in problems {
        let (field, key) = match problem {
            CallProblem::Date => ("date", "calls-error-date"),
            CallProblem::Time => ("time", "calls-error-time"),
            CallProblem::TimeSkipped => ("time", "calls-error-time-skipped"),
            CallProblem::Minutes => ("minutes", "calls-error-minutes"),
            CallProblem::MeetingUrl => ("meeting_url", "calls-error-meeting-url"),
            CallProblem::AgendaEmpty => ("agenda", "field-required"),
            CallProblem::AgendaTooLong => ("agenda", "field-too-long"),
            CallProblem::NotesTooLong => ("notes", "field-too-long"),
        };
        errors.add(field, key);
    }
    errors
}

/// Where a call stands at `now`.
fn state_of(call: &Call, now: store::Timestamp) -> &'static str {
    if call.is_cancelled() {
        "cancelled"
    } else if call.is_over(now) {
        "over"
    } else if call.has_started(now) {
        "live"
    } else {
        "upcoming"
    }
}

fn may_schedule(engagement: &Engagement, user: &User) -> bool {
    engagement.is_guided_by(user)
        || (user.role == Role::CsoLead
            && user.organisation_id.as_deref() == Some(engagement.organisation_id.as_str()))
}

fn may_change(engagement: &Engagement, user: &User, call: &Call) -> bool {
    engagement.is_guided_by(user) || (call.created_by == user.id && engagement.is_participant(user))
}

/// A call in a list, with its time written out.
pub struct Row {
    pub call: Call,
    pub when: Shown,
    pub state: &'static str,
}

#[derive(Template, WebTemplate)]
#[template(path = "calls/templates/calls.html")]
pub struct CallsPage {
    ctx: RequestContext,
    engagement: Engagement,
    zone: String,
    span: String,
    upcoming: Vec<Row>,
    past: Vec<Row>,
    can_schedule: bool,
    form: CallForm,
    errors: FieldErrors,
    refusal: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "calls/templates/call.html")]
pub struct CallPage {
    ctx: RequestContext,
    engagement: Engagement,
    call: Call,
    when: Shown,
    zone: String,
    state: &'static str,
    can_change: bool,
    can_record: bool,
    attendance: Vec<Attendance>,
    form: CallForm,
    errors: FieldErrors,
    refusal: Option<String>,
    notes: String,
}

impl CallPage {
    fn attended(&self, person: &Attendance) -> bool {
        person.attended == Some(true)
    }
}

/// The two weeks, first and last day.
fn span_text(ctx: &RequestContext, engagement: &Engagement) -> String {
    ctx.t2(
        "calls-span",
        "first",
        long_date(ctx.locale, engagement.starts_on),
        "last",
        long_date(ctx.locale, engagement.ends_on),
    )
}

async fn calls_page(
    state: &AppState,
    ctx: RequestContext,
    engagement: Engagement,
    user: &User,
    form: Option<CallForm>,
    errors: FieldErrors,
    refusal: Option<String>,
) -> AppResult<CallsPage> {
    let now = state.config.clock.now();
    let zone = engagement.time_zone();
    let (mut upcoming, mut past) = (Vec::new(), Vec::new());
    for call in state.store.calls(&engagement.id).await? {
        let when = shown(ctx.locale, zone, call.starts_at, call.ends_at());
        let row = Row { state: state_of(&call, now), call, when };
        if row.state == "upcoming" || row.state == "live" { upcoming.push(row) } else { past.push(row) }
    }
    past.reverse();
    Ok(CallsPage {
        zone: zone_label(zone, now),
        span: span_text(&ctx, &engagement),
        upcoming,
        past,
        can_schedule: may_schedule(&engagement, user),
        form: form.unwrap_or_else(|| CallForm::blank(&engagement, now)),
        errors,
        refusal,
        engagement,
        ctx,
    })
}

#[allow(clippy::too_many_arguments)]
async fn call_page(
    state: &AppState,
    ctx: RequestContext,
    engagement: Engagement,
    user: &User,
    call: Call,
    form: Option<CallForm>,
    errors: FieldErrors,
    refusal: Option<String>,
) -> AppResult<CallPage> {
    let now = state.config.clock.now();
    let zone = engagement.time_zone();
    let attendance = state.store.call_attendance(&engagement, &call.id).await?;
    let live = !call.is_cancelled();
    Ok(CallPage {
        when: shown(ctx.locale, zone, call.starts_at, call.ends_at()),
        zone: zone_label(zone, call.starts_at),
        state: state_of(&call, now),
        can_change: live && !call.has_started(now) && may_change(&engagement, user, &call),
        can_record: live && call.has_started(now) && engagement.is_guided_by(user),
        attendance,
        form: form.unwrap_or_else(|| CallForm::of(&engagement, &call)),
        errors,
        refusal,
        notes: call.notes.clone().unwrap_or_default(),
        call,
        engagement,
        ctx,
    })
}

/// Why a planned time was refused, in words, with the field it concerns.
fn explain(
    ctx: &RequestContext,
    engagement: &Engagement,
    refusal: &CallRefusal,
) -> (String, &'static str, &'static str) {
    let zone = engagement.time_zone();
    match refusal {
        CallRefusal::InPast => (ctx.t("calls-refused-past"), "time", "calls-error-past"),
        CallRefusal::OutsideEngagement => (
            ctx.locale.t_args(
                "calls-refused-outside",
                &[
                    ("first", long_date(ctx.locale, engagement.starts_on)),
                    ("last", long_date(ctx.locale, engagement.ends_on)),
                    ("zone", zone_label(zone, engagement.span().0)),
                ],
            ),
            "date",
            "calls-error-outside",
        ),
        CallRefusal::Overlaps(other) => (
            ctx.t1(
                "calls-refused-overlap",
                "when",
                shown(ctx.locale, zone, other.starts_at, other.ends_at()).local,
            ),
            "time",
            "calls-error-overlap",
        ),
    }
}

/// The refusal a rule of the store stands for (when another change came in between).
fn refusal_of_rule(rule: &str) -> Option<&'static str> {
    Some(match rule {
        CALL_IN_PAST => "calls-refused-past",
        CALL_OUTSIDE => "calls-refused-changed",
        CALL_OVERLAPS => "calls-refused-changed",
        CALL_STARTED => "calls-refused-started",
        CALL_CANCELLED => "calls-refused-cancelled",
        CALL_NOT_STARTED => "calls-refused-not-started",
        _ => return None,
    })
}

pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<CallsPage> {
    let (engagement, user) = engagement_for(&state, &ctx, &id).await?;
    let user = user.clone();
    calls_page(&state, ctx, engagement, &user, None, FieldErrors::default(), None).await
}

/// Checks a call form against the rules; the refusal as a page, or the plan.
async fn checked_plan(
    state: &AppState,
    ctx: &RequestContext,
    engagement: &Engagement,
    form: &CallForm,
    replacing: Option<&str>,
) -> AppResult<Result<CallPlan, (StatusCode, FieldErrors, Option<String>)>> {
    let plan = match CallPlan::parse(form.input(), engagement.time_zone()) {
        Ok(plan) => plan,
        Err(problems) => return Ok(Err((StatusCode::UNPROCESSABLE_ENTITY, field_errors(&problems), None))),
    };
    let existing = state.store.calls(&engagement.id).await?;
    if let Err(refusal) = check_plan(engagement, &plan, &existing, replacing, state.config.clock.now()) {
        let (explanation, field, key) = explain(ctx, engagement, &refusal);
        let mut errors = FieldErrors::default();
        errors.add(field, key);
        let status = match refusal {
            CallRefusal::Overlaps(_) => StatusCode::CONFLICT,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        return Ok(Err((status, errors, Some(explanation))));
    }
    Ok(Ok(plan))
}

pub async fn schedule(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Form(form): Form<CallForm>,
) -> AppResult<Response> {
    let (engagement, user) = engagement_for(&state, &ctx, &id).await?;
    let user = user.clone();
    if !may_schedule(&engagement, &user) {
        return Err(AppError::Forbidden);
    }
    let plan = match checked_plan(&state, &ctx, &engagement, &form, None).await? {
        Ok(plan) => plan,
        Err((status, errors, refusal)) => {
            let page = calls_page(&state, ctx, engagement, &user, Some(form), errors, refusal).await?;
            return Ok((status, page).into_response());
        }
    };
    let people = participants(&state, &engagement).await?;
    let compose = |call_id: &str| {
        let facts = CallFacts {
            engagement: &engagement,
            call_id,
            starts_at: plan.starts_at(),
            ends_at: plan.ends_at(),
            meeting_url: plan.meeting_url().as_str(),
            agenda: plan.agenda(),
        };
        about_call(&state, "call-scheduled", &facts, &people, Some(&user))
    };
    let now = state.config.clock.now();
    match state.store.schedule_call(&engagement, &plan, &user.id, now, compose).await {
        Ok(call) => {
            tracing::info!(call = call.id, engagement = engagement.id, "call scheduled");
            Ok(Redirect::to(&format!("/engagements/{}/calls/{}", engagement.id, call.id)).into_response())
        }
        Err(store::Error::Rule(rule)) if refusal_of_rule(rule).is_some() => {
            let refusal = refusal_of_rule(rule).map(|key| ctx.t(key));
            let page =
                calls_page(&state, ctx, engagement, &user, Some(form), FieldErrors::default(), refusal)
                    .await?;
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        Err(err) => Err(err.into()),
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, call_id)): Path<(String, String)>,
) -> AppResult<CallPage> {
    let (engagement, user) = engagement_for(&state, &ctx, &id).await?;
    let user = user.clone();
    let call = state.store.call(&engagement.id, &call_id).await?;
    call_page(&state, ctx, engagement, &user, call, None, FieldErrors::default(), None).await
}

/// The call page with a refusal explained, and a status to match.
async fn refused(
    state: &AppState,
    ctx: RequestContext,
    engagement: Engagement,
    user: &User,
    call_id: &str,
    key: &'static str,
) -> AppResult<Response> {
    let call = state.store.call(&engagement.id, call_id).await?;
    let refusal = Some(ctx.t(key));
    let page = call_page(state, ctx, engagement, user, call, None, FieldErrors::default(), refusal).await?;
    Ok((StatusCode::CONFLICT, page).into_response())
}

/// Moves a call, or changes its link, length or agenda.
pub async fn change(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, call_id)): Path<(String, String)>,
    Form(form): Form<CallForm>,
) -> AppResult<Response> {
    let (engagement, user) = engagement_for(&state, &ctx, &id).await?;
    let user = user.clone();
    let call = state.store.call(&engagement.id, &call_id).await?;
    if !may_change(&engagement, &user, &call) {
        return Err(AppError::Forbidden);
    }
    let now = state.config.clock.now();
    if call.is_cancelled() || call.has_started(now) {
        let key = if call.is_cancelled() { "calls-refused-cancelled" } else { "calls-refused-started" };
        return refused(&state, ctx, engagement, &user, &call_id, key).await;
    }
    let plan = match checked_plan(&state, &ctx, &engagement, &form, Some(&call_id)).await? {
        Ok(plan) => plan,
        Err((status, errors, refusal)) => {
            let page = call_page(&state, ctx, engagement, &user, call, Some(form), errors, refusal).await?;
            return Ok((status, page).into_response());
        }
    };
    let people = participants(&state, &engagement).await?;
    let facts = CallFacts {
        engagement: &engagement,
        call_id: &call_id,
        starts_at: plan.starts_at(),
        ends_at: plan.ends_at(),
        meeting_url: plan.meeting_url().as_str(),
        agenda: plan.agenda(),
    };
    let emails = about_call(&state, "call-changed", &facts, &people, Some(&user));
    match state.store.change_call(&engagement, &call_id, &plan, now, &emails).await {
        Ok(_) => {
            tracing::info!(call = call_id, "call changed");
            Ok(Redirect::to(&format!("/engagements/{}/calls/{call_id}", engagement.id)).into_response())
        }
        Err(store::Error::Rule(rule)) if refusal_of_rule(rule).is_some() => {
            let key = refusal_of_rule(rule).unwrap_or("calls-refused-changed");
            refused(&state, ctx, engagement, &user, &call_id, key).await
        }
        Err(err) => Err(err.into()),
    }
}

pub async fn cancel(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, call_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let (engagement, user) = engagement_for(&state, &ctx, &id).await?;
    let user = user.clone();
    let call = state.store.call(&engagement.id, &call_id).await?;
    if !may_change(&engagement, &user, &call) {
        return Err(AppError::Forbidden);
    }
    let people = participants(&state, &engagement).await?;
    let emails =
        about_call(&state, "call-cancelled", &CallFacts::of(&engagement, &call), &people, Some(&user));
    let now = state.config.clock.now();
    match state.store.cancel_call(&engagement.id, &call_id, now, &emails).await {
        Ok(()) => {
            tracing::info!(call = call_id, "call cancelled");
            Ok(Redirect::to(&format!("/engagements/{}/calls/{call_id}", engagement.id)).into_response())
        }
        Err(store::Error::Rule(rule)) if refusal_of_rule(rule).is_some() => {
            let key = refusal_of_rule(rule).unwrap_or("calls-refused-changed");
            refused(&state, ctx, engagement, &user, &call_id, key).await
        }
        Err(err) => Err(err.into()),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RecordForm {
    notes: String,
    /// The team members who attended (the others did not).
    attended: Vec<String>,
}

/// The builder's notes and the team's attendance, once the call has started.
pub async fn record(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, call_id)): Path<(String, String)>,
    Form(form): Form<RecordForm>,
) -> AppResult<Response> {
    let (engagement, user) = engagement_for(&state, &ctx, &id).await?;
    let user = user.clone();
    if !engagement.is_guided_by(&user) {
        return Err(AppError::Forbidden);
    }
    let call = state.store.call(&engagement.id, &call_id).await?;
    let notes = match parse_notes(&form.notes) {
        Ok(notes) => notes,
        Err(problem) => {
            let mut page =
                call_page(&state, ctx, engagement, &user, call, None, field_errors(&[problem]), None).await?;
            page.notes = form.notes;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let team = state.store.engagement_team(&engagement).await?;
    let attended: Vec<(String, bool)> =
        team.iter().map(|member| (member.id.clone(), form.attended.contains(&member.id))).collect();
    let now = state.config.clock.now();
    match state.store.record_call(&engagement, &call_id, notes.as_deref(), &attended, now).await {
        Ok(()) => {
            tracing::info!(call = call_id, "call notes and attendance recorded");
            Ok(Redirect::to(&format!("/engagements/{}/calls/{call_id}#record", engagement.id))
                .into_response())
        }
        Err(store::Error::Rule(rule)) if refusal_of_rule(rule).is_some() => {
            let key = refusal_of_rule(rule).unwrap_or("calls-refused-changed");
            refused(&state, ctx, engagement, &user, &call_id, key).await
        }
        Err(err) => Err(err.into()),
    }
}
