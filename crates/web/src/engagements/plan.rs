//! The whole plan, day by day; the builder tailors it (adds, rewrites, removes and moves
//! tasks, writes notes tied to the CSO's campaign) and the team ticks tasks off.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::NaiveDate;
use serde::Deserialize;
use store::engagements::Engagement;
use store::engagements::calendar::DAYS;
use store::engagements::plan::{Note, Task, TaskText, TaskTextError};

use super::access::{engagement_for, guided_engagement};
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::forms::FieldErrors;
use crate::kernel::layout::{Plain, long_date, short_time};
use crate::kernel::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "engagements/templates/plan.html")]
pub struct PlanPage {
    ctx: RequestContext,
    engagement: Engagement,
    tasks: Vec<Task>,
    notes: Vec<Note>,
    guides: bool,
    /// Whether the reader ticks tasks off (participants do; programme managers look).
    ticks: bool,
    errors: FieldErrors,
    typed: TaskForm,
    /// The CSO's people below the time they agreed at intake, by name.
    below_commitment: Vec<String>,
}

impl PlanPage {
    fn date(&self, day: impl Plain<NaiveDate>) -> String {
        long_date(self.ctx.locale, day.plain())
    }

    fn day_date(&self, day: impl Plain<u8>) -> NaiveDate {
        self.engagement.date_of_day(day.plain())
    }

    fn same_day(&self, day: impl Plain<u8>, task: &Task) -> bool {
        day.plain() == task.day
    }

    fn days(&self) -> Vec<u8> {
        (1..=DAYS).collect()
    }

    fn tasks_of(&self, day: impl Plain<u8>) -> Vec<&Task> {
        let day = day.plain();
        self.tasks.iter().filter(|t| t.day == day).collect()
    }

    fn label(&self, task: &Task) -> String {
        super::task_label(&self.ctx, task)
    }

    fn notes_of(&self, task: &Task) -> Vec<&Note> {
        self.notes.iter().filter(|n| n.task_id.as_deref() == Some(task.id.as_str())).collect()
    }

    fn general_notes(&self) -> Vec<&Note> {
        self.notes.iter().filter(|n| n.task_id.is_none()).collect()
    }

    fn time(&self, at: &store::Timestamp) -> String {
        short_time(at)
    }
}

async fn plan_page(
    state: &AppState,
    ctx: RequestContext,
    id: &str,
    errors: FieldErrors,
    typed: TaskForm,
) -> AppResult<PlanPage> {
    let (engagement, user) = engagement_for(state, &ctx, id).await?;
    let guides = engagement.is_guided_by(user);
    let ticks = engagement.is_participant(user);
    let tasks = state.store.plan(&engagement.id, ctx.locale.code()).await?;
    let notes = state.store.notes(&engagement.id).await?;
    let below_commitment = crate::commitment::commitment_warnings(state, &engagement).await?;
    Ok(PlanPage { ctx, engagement, tasks, notes, guides, ticks, errors, typed, below_commitment })
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<PlanPage> {
    plan_page(&state, ctx, &id, FieldErrors::default(), TaskForm::default()).await
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct TaskForm {
    day: String,
    title: String,
    details: String,
}

fn parse_day(raw: &str) -> Option<u8> {
    raw.trim().parse::<u8>().ok().filter(|d| (1..=DAYS).contains(d))
}

fn task_text(form: &TaskForm, errors: &mut FieldErrors) -> Option<TaskText> {
    match TaskText::parse(&form.title, &form.details) {
        Ok(text) => Some(text),
        Err(TaskTextError::TitleEmpty) => {
            errors.add("title", "plan-error-title-empty");
            None
        }
        Err(TaskTextError::TitleTooLong) => {
            errors.add("title", "plan-error-title-long");
            None
        }
        Err(TaskTextError::DetailsTooLong) => {
            errors.add("details", "plan-error-details-long");
            None
        }
    }
}

fn back_to_plan(id: &str) -> Response {
    Redirect::to(&format!("/engagements/{id}/plan")).into_response()
}

/// `POST …/tasks`: the builder adds a task to a day.
pub async fn add(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Form(form): Form<TaskForm>,
) -> AppResult<Response> {
    let (engagement, _) = guided_engagement(&state, &ctx, &id).await?;
    let mut errors = FieldErrors::default();
    let day = parse_day(&form.day);
    if day.is_none() {
        errors.add("day", "plan-error-day");
    }
    let text = task_text(&form, &mut errors);
    match (day, text) {
        (Some(day), Some(text)) if errors.is_empty() => {
            state.store.add_task(&engagement.id, day, &text).await?;
            Ok(back_to_plan(&engagement.id))
        }
        _ => {
            let page = plan_page(&state, ctx, &id, errors, form).await?;
            Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

/// `POST …/tasks/{task}/edit`: the builder rewrites a task.
pub async fn rewrite(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, task)): Path<(String, String)>,
    Form(form): Form<TaskForm>,
) -> AppResult<Response> {
    let (engagement, _) = guided_engagement(&state, &ctx, &id).await?;
    let mut errors = FieldErrors::default();
    match task_text(&form, &mut errors) {
        Some(text) => {
            state.store.rewrite_task(&engagement.id, &task, &text).await?;
            Ok(back_to_plan(&engagement.id))
        }
        None => {
            let page = plan_page(&state, ctx, &id, errors, form).await?;
            Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

/// `POST …/tasks/{task}/remove`: the builder removes a task.
pub async fn remove(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, task)): Path<(String, String)>,
) -> AppResult<Response> {
    let (engagement, _) = guided_engagement(&state, &ctx, &id).await?;
    state.store.remove_task(&engagement.id, &task).await?;
    Ok(back_to_plan(&engagement.id))
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct MoveForm {
    day: String,
    /// Where among the day's tasks, counted from 0 ("up"/"down" move by one).
    to: String,
}

/// `POST …/tasks/{task}/move`: the builder reorders a task or moves it to another day.
pub async fn move_task(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, task)): Path<(String, String)>,
    Form(form): Form<MoveForm>,
) -> AppResult<Response> {
    let (engagement, _) = guided_engagement(&state, &ctx, &id).await?;
    let plan = state.store.plan(&engagement.id, ctx.locale.code()).await?;
    let current = plan.iter().find(|t| t.id == task).ok_or(AppError::NotFound)?;
    let day = if form.day.trim().is_empty() { Some(current.day) } else { parse_day(&form.day) };
    let day = day.ok_or(AppError::Conflict("the day is not one of the ten working days"))?;
    let index_now = plan.iter().filter(|t| t.day == current.day).position(|t| t.id == task).unwrap_or(0);
    let index = match form.to.as_str() {
        "up" => index_now.saturating_sub(1),
        "down" => index_now + 1,
        "" => usize::MAX,
        other => other.parse().map_err(|_| AppError::Conflict("the place in the day is not a number"))?,
    };
    state.store.move_task(&engagement.id, &task, day, index).await?;
    Ok(back_to_plan(&engagement.id))
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct DoneForm {
    done: String,
    next: String,
}

/// `POST …/tasks/{task}/done`: a participant ticks a task off (or back on).
pub async fn done(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, task)): Path<(String, String)>,
    Form(form): Form<DoneForm>,
) -> AppResult<Response> {
    let (engagement, user) = engagement_for(&state, &ctx, &id).await?;
    if !engagement.is_participant(user) {
        return Err(AppError::Forbidden);
    }
    let now = state.config.clock.now();
    state.store.set_task_done(&engagement.id, &task, &user.id, form.done == "1", now).await?;
    let next = if form.next == "plan" { "/plan" } else { "" };
    Ok(Redirect::to(&format!("/engagements/{}{next}", engagement.id)).into_response())
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct NoteForm {
    task: String,
    body: String,
}

/// `POST …/notes`: the builder writes a note, for one task or for the whole plan.
pub async fn add_note(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Form(form): Form<NoteForm>,
) -> AppResult<Response> {
    let (engagement, user) = guided_engagement(&state, &ctx, &id).await?;
    let body = form.body.trim();
    if body.is_empty() || body.chars().count() > 4000 {
        let mut errors = FieldErrors::default();
        errors.add("note", if body.is_empty() { "plan-error-note-empty" } else { "plan-error-note-long" });
        let page = plan_page(&state, ctx, &id, errors, TaskForm::default()).await?;
        return Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let task = Some(form.task.as_str()).filter(|t| !t.is_empty());
    state.store.add_note(&engagement.id, task, &user.id, body).await?;
    Ok(back_to_plan(&engagement.id))
}
