//! Hours: each of the CSO's people logs the time they gave each working day (a day that has
//! not come is refused; logging a day again corrects it), and everyone in the engagement sees
//! each person's total against what they agreed, with a warning for whoever is below.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;
use store::engagements::Engagement;
use store::engagements::calendar::DAYS;
use store::engagements::commitment::{
    Commitment, DEFAULT_COMMITMENT_PERCENT, DayLog, DayProblem, Hours, HoursError, HoursNote, PersonHours,
    WORKING_DAY_MINUTES, expected_minutes, loggable_day,
};

use super::{duration, local_today};
use crate::engagements::access::{engagement_for, own_engagement};
use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::forms::FieldErrors;
use crate::kernel::layout::long_date;
use crate::kernel::state::AppState;

/// What the form holds, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct HoursForm {
    day: String,
    hours: String,
    note: String,
}

/// One day a person logged, as shown.
pub struct DayRow {
    pub day: u8,
    pub date: String,
    pub time: String,
    pub note: Option<String>,
}

/// One person, as shown.
pub struct PersonRow {
    pub name: String,
    pub is_me: bool,
    pub logged: String,
    pub expected: String,
    pub below: bool,
    pub shortfall: String,
    /// How their commitment was set: agreed at intake, or the programme's 75%.
    pub basis: String,
    pub days: Vec<DayRow>,
}

/// A day the form offers.
pub struct DayChoice {
    pub day: u8,
    pub label: String,
    pub selected: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "commitment/templates/hours.html")]
pub struct HoursPage {
    ctx: RequestContext,
    engagement: Engagement,
    /// The rule in plain words.
    rule: String,
    people: Vec<PersonRow>,
    warnings: Vec<String>,
    /// Whether the reader logs hours (the CSO's own people do).
    logs: bool,
    choices: Vec<DayChoice>,
    typed: HoursForm,
    errors: FieldErrors,
}

fn person_row(ctx: &RequestContext, engagement: &Engagement, me: &str, person: &PersonHours) -> PersonRow {
    let s = &person.standing;
    let basis = match s.commitment {
        Commitment::Agreed(_) => {
            ctx.t2("hours-basis-agreed", "percent", s.percent, "daily", duration(ctx, s.daily_minutes()))
        }
        Commitment::Programme => {
            ctx.t2("hours-basis-default", "percent", s.percent, "daily", duration(ctx, s.daily_minutes()))
        }
        Commitment::NotExpected => ctx.t("hours-basis-lead"),
    };
    PersonRow {
        name: person.name.clone(),
        is_me: person.user_id == me,
        logged: duration(ctx, s.logged_minutes),
        expected: ctx.t2("hours-expected", "time", duration(ctx, s.expected_minutes), "days", s.days_elapsed),
        below: s.is_below(),
        shortfall: duration(ctx, s.shortfall_minutes()),
        basis,
        days: person
            .days
            .iter()
            .map(|e| DayRow {
                day: e.day,
                date: long_date(ctx.locale, engagement.date_of_day(e.day)),
                time: duration(ctx, e.minutes),
                note: e.note.clone(),
            })
            .collect(),
    }
}

async fn render(
    state: &AppState,
    ctx: RequestContext,
    id: &str,
    typed: Option<HoursForm>,
    errors: FieldErrors,
) -> AppResult<HoursPage> {
    let (engagement, user) = engagement_for(state, &ctx, id).await?;
    let logs = user.organisation_id.as_deref() == Some(engagement.organisation_id.as_str());
    let today = local_today(state, &engagement);
    let team = state.store.team_hours(&engagement, today).await?;
    let me = user.id.clone();
    let people: Vec<PersonRow> = team.iter().map(|p| person_row(&ctx, &engagement, &me, p)).collect();
    let warnings = people.iter().filter(|p| p.below).map(|p| p.name.clone()).collect();
    let loggable: Vec<u8> =
        (1..=DAYS).filter(|d| loggable_day(engagement.starts_on, *d, today).is_ok()).collect();
    let typed = typed.unwrap_or_else(|| HoursForm {
        day: loggable.last().map(u8::to_string).unwrap_or_default(),
        ..HoursForm::default()
    });
    let choices = loggable
        .iter()
        .map(|&day| DayChoice {
            day,
            label: ctx.t2(
                "hours-day-choice",
                "day",
                day,
                "date",
                long_date(ctx.locale, engagement.date_of_day(day)),
            ),
            selected: typed.day.trim() == day.to_string(),
        })
        .collect();
    let rule = ctx.locale.t_args(
        "hours-rule",
        &[
            ("percent", DEFAULT_COMMITMENT_PERCENT.to_string()),
            ("daily", duration(&ctx, expected_minutes(DEFAULT_COMMITMENT_PERCENT, 1))),
            ("workday", duration(&ctx, WORKING_DAY_MINUTES)),
        ],
    );
    Ok(HoursPage { ctx, engagement, rule, people, warnings, logs, choices, typed, errors })
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<HoursPage> {
    render(&state, ctx, &id, None, FieldErrors::default()).await
}

/// `POST /engagements/{id}/hours`: one of the CSO's people logs (or corrects) a day.
pub async fn log(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Form(form): Form<HoursForm>,
) -> AppResult<Response> {
    let (engagement, user) = own_engagement(&state, &ctx, &id).await?;
    let today = local_today(&state, &engagement);
    let mut errors = FieldErrors::default();
    let day = form.day.trim().parse::<u8>().ok();
    match day.map(|d| loggable_day(engagement.starts_on, d, today)) {
        Some(Ok(())) => {}
        Some(Err(DayProblem::Future)) => errors.add("day", "hours-error-future"),
        Some(Err(DayProblem::NotADay)) | None => errors.add("day", "hours-error-day"),
    }
    let hours = match Hours::parse(&form.hours) {
        Ok(hours) => Some(hours),
        Err(problem) => {
            errors.add(
                "hours",
                match problem {
                    HoursError::Empty => "hours-error-empty",
                    HoursError::NotANumber => "hours-error-number",
                    HoursError::TooMany => "hours-error-too-many",
                },
            );
            None
        }
    };
    let note = HoursNote::parse(&form.note).map_err(|_| errors.add("note", "hours-error-note-long")).ok();
    match (day, hours, note) {
        (Some(day), Some(hours), Some(note)) if errors.is_empty() => {
            let now = state.config.clock.now();
            state.store.log_hours(&engagement, &user.id, &DayLog { day, hours, note }, today, now).await?;
            Ok(Redirect::to(&format!("/engagements/{}/hours", engagement.id)).into_response())
        }
        _ => {
            let page = render(&state, ctx, &id, Some(form), errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}
