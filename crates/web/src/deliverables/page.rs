//! One deliverable: the edit form for the CSO's team (save a draft, submit), the review panel
//! for the builder (request changes, accept), comments for everyone taking part, the SMART
//! checks, the live pilot count, and the history of every round.
//!
//! Refusals come back as the page itself with the reason: bad input (400) and what stops a
//! submission (422) beside their fields, a change the state forbids (409) at the top.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form as FormBody;
use serde::Deserialize;
use store::accounts::User;
use store::collection::FormSummary;
use store::engagements::deliverables::{
    Act, DELIVERABLE_ACCEPTED, DELIVERABLE_IN_REVIEW, DELIVERABLE_NOT_SUBMITTED, Deliverable,
    DeliverableComment, DeliverableEvent, DeliverableState, EventKind, NewContent,
};
use store::engagements::{DeliverableKind, Engagement};

use super::content::{CampaignPlan, Content, Input, Typed};
use super::emails;
use super::rules::{self, FieldProblem, PILOT_FIELD, Situation};
use super::smart::{self, Arg, PlanLink};
use super::{deliverable_path, kind_key, state_class, state_key};
use crate::engagements::access::{engagement_for, guided_engagement, own_engagement};
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::layout::{long_date, short_time};
use crate::kernel::state::AppState;

const REFUSED_ACCEPTED: &str = "deliverables-refused-accepted";
const REFUSED_IN_REVIEW: &str = "deliverables-refused-in-review";
const REFUSED_NOT_SUBMITTED: &str = "deliverables-refused-not-submitted";
const COMMENT_EMPTY: &str = "deliverables-comment-empty";
const COMMENT_TOO_LONG: &str = "deliverables-comment-too-long";
const REVIEW_COMMENT_REQUIRED: &str = "deliverables-review-comment-required";

/// Message keys used through variables (checked by the module's translation test).
#[cfg(test)]
pub const KEYS: &[&str] = &[
    REFUSED_ACCEPTED,
    REFUSED_IN_REVIEW,
    REFUSED_NOT_SUBMITTED,
    COMMENT_EMPTY,
    COMMENT_TOO_LONG,
    REVIEW_COMMENT_REQUIRED,
    "deliverables-notice-saved",
    "deliverables-notice-submitted",
    "deliverables-notice-changes-requested",
    "deliverables-notice-accepted",
    "deliverables-notice-commented",
    "deliverables-event-saved",
    "deliverables-event-submitted",
    "deliverables-event-resubmitted",
    "deliverables-event-changes-requested",
    "deliverables-event-accepted",
    "deliverables-event-comment",
    "deliverables-round-drafting",
    "deliverables-round",
    "deliverables-status-due",
    "deliverables-status-overdue",
    "deliverables-status-submitted",
    "deliverables-status-changes-requested",
    "deliverables-status-accepted",
    "deliverables-someone",
];

/// One part of the edit form.
pub struct ShownField {
    name: &'static str,
    label: String,
    hint: String,
    value: String,
    /// `textarea`, `text`, `date`, `number` or `form`.
    control: &'static str,
    required: bool,
    problem: Option<String>,
}

/// One part as read (current content, or a round's snapshot).
pub struct ShownPart {
    label: String,
    value: String,
}

pub struct ShownCheck {
    title: String,
    passed: bool,
    message: String,
}

pub struct FormChoice {
    id: String,
    title: String,
    selected: bool,
}

/// The survey's form and its pilot submissions, counted now.
pub struct PilotBox {
    form_title: Option<String>,
    count: Option<i64>,
    /// At the report's latest submission.
    count_submitted: Option<i64>,
    problem: Option<String>,
}

pub struct ShownEvent {
    at: String,
    text: String,
    comment: Option<String>,
    late: bool,
    snapshot: Vec<ShownPart>,
}

pub struct ShownRound {
    title: String,
    events: Vec<ShownEvent>,
}

#[derive(Template, WebTemplate)]
#[template(path = "deliverables/templates/deliverable.html")]
pub struct DeliverablePage {
    ctx: RequestContext,
    engagement: Engagement,
    deliverable: Deliverable,
    url: String,
    title: String,
    state_label: String,
    state_class: &'static str,
    status: String,
    late_text: Option<String>,
    notice: Option<String>,
    refusal: Option<String>,
    can_edit: bool,
    can_review: bool,
    fields: Vec<ShownField>,
    problem_count: usize,
    forms: Vec<FormChoice>,
    parts: Vec<ShownPart>,
    checks: Vec<ShownCheck>,
    checks_pass: bool,
    plan_goal: Option<String>,
    objective: Vec<ShownPart>,
    pilot: Option<PilotBox>,
    rounds: Vec<ShownRound>,
    typed_comment: String,
    comment_problem: Option<String>,
    typed_review: String,
    review_problem: Option<String>,
}

/// Everything a deliverable's page and actions read.
struct World {
    engagement: Engagement,
    user: User,
    deliverable: Deliverable,
    /// Every deliverable of the engagement (the plan, objective and survey are read beside).
    all: Vec<Deliverable>,
    /// The organisation's forms (read for the survey and the pilot report only).
    forms: Vec<FormSummary>,
}

impl World {
    async fn load(
        state: &AppState,
        engagement: Engagement,
        user: User,
        kind: DeliverableKind,
    ) -> AppResult<Self> {
        let all = state.store.deliverables(&engagement.id).await?;
        let deliverable = all.iter().find(|d| d.kind == kind).cloned().ok_or(AppError::NotFound)?;
        let forms = if matches!(kind, DeliverableKind::Survey | DeliverableKind::PilotReport) {
            state.store.forms_of(&engagement.organisation_id).await?
        } else {
            Vec::new()
        };
        Ok(Self { engagement, user, deliverable, all, forms })
    }

    async fn reload(self, state: &AppState) -> AppResult<Self> {
        let kind = self.deliverable.kind;
        Self::load(state, self.engagement, self.user, kind).await
    }

    fn other(&self, kind: DeliverableKind) -> Option<&Deliverable> {
        self.all.iter().find(|d| d.kind == kind)
    }

    fn plan(&self) -> CampaignPlan {
        match self.other(DeliverableKind::CampaignPlan).map(|d| Content::from_json(d.kind, &d.content)) {
            Some(Content::CampaignPlan(plan)) => plan,
            _ => CampaignPlan::default(),
        }
    }

    fn form(&self, id: &str) -> Option<&FormSummary> {
        self.forms.iter().find(|f| f.form.id == id)
    }

    /// The form the survey deliverable links to (as kept in its column: a deleted form is gone).
    fn survey_form(&self) -> Option<&FormSummary> {
        self.other(DeliverableKind::Survey).and_then(|d| d.form_id.as_deref()).and_then(|id| self.form(id))
    }

    fn situation<'a>(&'a self, state: &AppState, plan: &'a CampaignPlan, content: &Content) -> Situation<'a> {
        Situation {
            today: self.engagement.local_date(state.config.clock.now()),
            training_starts_on: self.engagement.starts_on,
            plan,
            objective_submitted: self.other(DeliverableKind::SmartObjective).is_some_and(|d| d.round > 0),
            form_known: content.form_id().is_none_or(|id| self.form(id).is_some()),
            pilot_submissions: self.survey_form().map(|f| f.pilot_submissions),
        }
    }

    fn is_team(&self) -> bool {
        self.user.organisation_id.as_deref() == Some(self.engagement.organisation_id.as_str())
    }
}

/// What a refused action brings back to the page.
#[derive(Default)]
struct Shown {
    /// The edit form as typed.
    typed: Option<Typed>,
    /// The content the typed form made (the checks run on it).
    content: Option<Content>,
    problems: Vec<FieldProblem>,
    refusal: Option<&'static str>,
    notice: Option<&'static str>,
    comment: String,
    comment_problem: Option<&'static str>,
    review: String,
    review_problem: Option<&'static str>,
}

fn message(ctx: &RequestContext, key: &str, args: &[(&'static str, Arg)]) -> String {
    let args: Vec<(&'static str, String)> = args
        .iter()
        .map(|(name, arg)| {
            let value = match arg {
                Arg::Text(text) => text.clone(),
                Arg::Date(day) => long_date(ctx.locale, *day),
            };
            (*name, value)
        })
        .collect();
    ctx.locale.t_args(key, &args)
}

fn control(input: Input) -> &'static str {
    match input {
        Input::Line => "text",
        Input::Text => "textarea",
        Input::Date => "date",
        Input::Number => "number",
        Input::Form => "form",
    }
}

/// The parts of `content` as read, with dates in words and forms by title.
fn shown_parts(ctx: &RequestContext, content: &Content, forms: &[FormSummary]) -> Vec<ShownPart> {
    let mut parts: Vec<ShownPart> = Content::parts(content.kind())
        .iter()
        .map(|part| {
            let raw = content.value(part.name);
            let value = match part.input {
                _ if raw.is_empty() => "—".to_owned(),
                Input::Date => super::content::parse_date(&raw)
                    .ok()
                    .flatten()
                    .map(|d| long_date(ctx.locale, d))
                    .unwrap_or(raw),
                Input::Form => {
                    forms.iter().find(|f| f.form.id == raw).map(|f| f.form.title.clone()).unwrap_or(raw)
                }
                _ => raw,
            };
            ShownPart { label: ctx.t(part.label_key()), value }
        })
        .collect();
    if let Content::PilotReport(report) = content
        && let Some(count) = report.pilot_submissions
    {
        parts
            .push(ShownPart { label: ctx.t("deliverables-pilot-count-submitted"), value: count.to_string() });
    }
    parts
}

fn event_text(ctx: &RequestContext, event: &DeliverableEvent, names: &str) -> String {
    let key = match event.kind {
        EventKind::Saved => "deliverables-event-saved",
        EventKind::Submitted if event.round > 1 => "deliverables-event-resubmitted",
        EventKind::Submitted => "deliverables-event-submitted",
        EventKind::ChangesRequested => "deliverables-event-changes-requested",
        EventKind::Accepted => "deliverables-event-accepted",
        EventKind::Comment => "deliverables-event-comment",
    };
    ctx.t1(key, "name", names)
}

/// The history in rounds, oldest first; consecutive saves collapse into one line.
fn rounds(
    ctx: &RequestContext,
    kind: DeliverableKind,
    events: &[DeliverableEvent],
    forms: &[FormSummary],
) -> Vec<ShownRound> {
    let mut rounds: Vec<(i64, Vec<ShownEvent>)> = Vec::new();
    let mut saved_by: Vec<String> = Vec::new();
    for (i, event) in events.iter().enumerate() {
        if rounds.last().is_none_or(|(round, _)| *round != event.round) {
            rounds.push((event.round, Vec::new()));
            saved_by.clear();
        }
        let name = event.author_name.clone().unwrap_or_else(|| ctx.t("deliverables-someone"));
        let shown = rounds.last_mut().map(|(_, shown)| shown).expect("a round was just pushed");
        let after_save =
            i > 0 && events[i - 1].kind == EventKind::Saved && events[i - 1].round == event.round;
        if event.kind == EventKind::Saved {
            if !after_save {
                saved_by.clear();
            }
            if !saved_by.contains(&name) {
                saved_by.push(name);
            }
            let text = event_text(ctx, event, &saved_by.join(", "));
            let line = ShownEvent {
                at: short_time(&event.at),
                text,
                comment: None,
                late: false,
                snapshot: Vec::new(),
            };
            if after_save {
                *shown.last_mut().expect("the save before is shown") = line;
            } else {
                shown.push(line);
            }
            continue;
        }
        let snapshot = event
            .content
            .as_deref()
            .map(|json| shown_parts(ctx, &Content::from_json(kind, json), forms))
            .unwrap_or_default();
        shown.push(ShownEvent {
            at: short_time(&event.at),
            text: event_text(ctx, event, &name),
            comment: event.comment.clone(),
            late: event.late,
            snapshot,
        });
    }
    rounds
        .into_iter()
        .map(|(round, events)| ShownRound {
            title: if round == 0 {
                ctx.t("deliverables-round-drafting")
            } else {
                ctx.t1("deliverables-round", "round", round)
            },
            events,
        })
        .collect()
}

fn status_line(ctx: &RequestContext, world: &World, today: chrono::NaiveDate) -> String {
    let d = &world.deliverable;
    let due = long_date(ctx.locale, d.due_on);
    match d.state {
        DeliverableState::Draft if today > d.due_on => ctx.t1("deliverables-status-overdue", "due", due),
        DeliverableState::Draft => ctx.t1("deliverables-status-due", "due", due),
        DeliverableState::Submitted => {
            let on = d.submitted_at.map(|at| long_date(ctx.locale, at.date_naive())).unwrap_or_default();
            ctx.locale.t_args(
                "deliverables-status-submitted",
                &[
                    ("date", on),
                    ("round", d.round.to_string()),
                    ("builder", world.engagement.builder_name.clone()),
                ],
            )
        }
        DeliverableState::ChangesRequested => {
            ctx.t1("deliverables-status-changes-requested", "round", d.round)
        }
        DeliverableState::Accepted => {
            let on = d.accepted_at.map(|at| long_date(ctx.locale, at.date_naive())).unwrap_or_default();
            let by = d.accepted_by_name.clone().unwrap_or_else(|| ctx.t("deliverables-someone"));
            ctx.t2("deliverables-status-accepted", "date", on, "name", by)
        }
    }
}

fn refusal_text(ctx: &RequestContext, deliverable: &Deliverable, key: &'static str) -> String {
    if key == REFUSED_ACCEPTED {
        let on = deliverable.accepted_at.map(|at| long_date(ctx.locale, at.date_naive())).unwrap_or_default();
        let by = deliverable.accepted_by_name.clone().unwrap_or_else(|| ctx.t("deliverables-someone"));
        return ctx.t2(key, "date", on, "name", by);
    }
    ctx.t(key)
}

async fn render(
    state: &AppState,
    ctx: RequestContext,
    world: World,
    shown: Shown,
) -> AppResult<DeliverablePage> {
    let d = &world.deliverable;
    let kind = d.kind;
    let stored = Content::from_json(kind, &d.content);
    let can_edit = world.is_team() && d.state.is_editable();
    let can_review = world.engagement.is_guided_by(&world.user) && d.state == DeliverableState::Submitted;
    let current = shown.content.clone().unwrap_or_else(|| stored.clone());
    let plan = world.plan();
    let situation = world.situation(state, &plan, &current);
    let today = situation.today;

    let problem_of =
        |field: &str| shown.problems.iter().find(|p| p.field == field).map(|p| message(&ctx, p.key, &p.args));
    let typed = shown.typed.clone().unwrap_or_else(|| stored.typed());
    let fields = Content::parts(kind)
        .iter()
        .map(|part| ShownField {
            name: part.name,
            label: ctx.t(part.label_key()),
            hint: ctx.t(part.hint_key()),
            value: typed.get(part.name).cloned().unwrap_or_default(),
            control: control(part.input),
            required: part.required,
            problem: problem_of(part.name),
        })
        .collect();
    let chosen = typed.get("form_id").map(|s| s.trim().to_owned()).unwrap_or_default();
    let forms = world
        .forms
        .iter()
        .map(|f| FormChoice {
            id: f.form.id.clone(),
            title: f.form.title.clone(),
            selected: f.form.id == chosen,
        })
        .collect();

    let (checks, checks_pass, plan_goal) = match &current {
        Content::SmartObjective(objective) => {
            let outcomes = smart::check(objective, &rules::period(&situation), PlanLink { goal: &plan.goal });
            let pass = smart::all_pass(&outcomes);
            let checks = outcomes
                .iter()
                .map(|o| ShownCheck {
                    title: ctx.t(o.check.title_key()),
                    passed: o.passed,
                    message: message(&ctx, o.key, &o.args),
                })
                .collect();
            (checks, pass, Some(plan.goal.clone()).filter(|g| !g.trim().is_empty()))
        }
        _ => (Vec::new(), true, None),
    };
    let objective = match kind {
        DeliverableKind::Survey => world
            .other(DeliverableKind::SmartObjective)
            .map(|o| shown_parts(&ctx, &Content::from_json(o.kind, &o.content), &[]))
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let pilot = match &stored {
        Content::Survey(_) | Content::PilotReport(_) => {
            let form = match kind {
                DeliverableKind::Survey => d.form_id.as_deref().and_then(|id| world.form(id)),
                _ => world.survey_form(),
            };
            Some(PilotBox {
                form_title: form.map(|f| f.form.title.clone()),
                count: form.map(|f| f.pilot_submissions),
                count_submitted: match &stored {
                    Content::PilotReport(report) => report.pilot_submissions,
                    _ => None,
                },
                problem: problem_of(PILOT_FIELD),
            })
        }
        _ => None,
    };
    let events = state.store.deliverable_events(&d.id).await?;
    let rounds = rounds(&ctx, kind, &events, &world.forms);
    let status = status_line(&ctx, &world, today);
    let late_text =
        d.late.then(|| ctx.t1("deliverables-late-explained", "due", long_date(ctx.locale, d.due_on)));
    let refusal = shown.refusal.map(|key| refusal_text(&ctx, d, key));
    let parts = shown_parts(&ctx, &stored, &world.forms);
    let title = ctx.t(kind_key(kind));
    let state_label = ctx.t(state_key(d.state));
    let notice = shown.notice.map(|key| ctx.t(key));
    let comment_problem = shown.comment_problem.map(|key| ctx.t(key));
    let review_problem = shown.review_problem.map(|key| ctx.t(key));
    let url = deliverable_path(&world.engagement.id, kind);
    let problem_count = shown.problems.len();
    let World { engagement, deliverable, .. } = world;
    Ok(DeliverablePage {
        url,
        title,
        state_label,
        state_class: state_class(deliverable.state),
        status,
        late_text,
        notice,
        refusal,
        can_edit,
        can_review,
        fields,
        problem_count,
        forms,
        parts,
        checks,
        checks_pass,
        plan_goal,
        objective,
        pilot,
        rounds,
        typed_comment: shown.comment,
        comment_problem,
        typed_review: shown.review,
        review_problem,
        engagement,
        deliverable,
        ctx,
    })
}

async fn respond(
    state: &AppState,
    ctx: RequestContext,
    world: World,
    status: StatusCode,
    shown: Shown,
) -> AppResult<Response> {
    let page = render(state, ctx, world, shown).await?;
    Ok((status, page).into_response())
}

/// A reviewed deliverable's kind from the URL.
fn reviewed_kind(text: &str) -> AppResult<DeliverableKind> {
    DeliverableKind::parse(text).filter(|k| k.is_reviewed()).ok_or(AppError::NotFound)
}

/// The reason a change is refused in the deliverable's state, as a message key.
fn state_refusal(state: DeliverableState) -> Option<&'static str> {
    match state {
        DeliverableState::Accepted => Some(REFUSED_ACCEPTED),
        DeliverableState::Submitted => Some(REFUSED_IN_REVIEW),
        DeliverableState::Draft | DeliverableState::ChangesRequested => None,
    }
}

fn rule_refusal(rule: &'static str) -> Option<&'static str> {
    match rule {
        DELIVERABLE_ACCEPTED => Some(REFUSED_ACCEPTED),
        DELIVERABLE_IN_REVIEW => Some(REFUSED_IN_REVIEW),
        DELIVERABLE_NOT_SUBMITTED => Some(REFUSED_NOT_SUBMITTED),
        _ => None,
    }
}

/// A store refusal as the page with its reason (409); any other failure as an error.
async fn refused_by_store(
    state: &AppState,
    ctx: RequestContext,
    world: World,
    err: store::Error,
    shown: Shown,
) -> AppResult<Response> {
    match err {
        store::Error::Rule(rule) if rule_refusal(rule).is_some() => {
            let world = world.reload(state).await?;
            let shown = Shown { refusal: rule_refusal(rule), ..shown };
            respond(state, ctx, world, StatusCode::CONFLICT, shown).await
        }
        other => Err(other.into()),
    }
}

fn done(world: &World, what: &str) -> Response {
    Redirect::to(&format!("{}?done={what}", deliverable_path(&world.engagement.id, world.deliverable.kind)))
        .into_response()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: String,
}

/// `GET /engagements/{id}/deliverables/{kind}`.
pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, kind)): Path<(String, String)>,
    Query(query): Query<Done>,
) -> AppResult<Response> {
    let (engagement, user) = engagement_for(&state, &ctx, &id).await?;
    if DeliverableKind::parse(&kind) == Some(DeliverableKind::ChallengesLog) {
        return Ok(
            Redirect::to(&deliverable_path(&engagement.id, DeliverableKind::ChallengesLog)).into_response()
        );
    }
    let kind = reviewed_kind(&kind)?;
    let user = user.clone();
    let world = World::load(&state, engagement, user, kind).await?;
    let notice = match query.done.as_str() {
        "saved" => Some("deliverables-notice-saved"),
        "submitted" => Some("deliverables-notice-submitted"),
        "changes" => Some("deliverables-notice-changes-requested"),
        "accepted" => Some("deliverables-notice-accepted"),
        "comment" => Some("deliverables-notice-commented"),
        _ => None,
    };
    respond(&state, ctx, world, StatusCode::OK, Shown { notice, ..Shown::default() }).await
}

/// The typed form read into content, with the problems a save refuses (per field).
fn read_form(world: &World, typed: &Typed) -> Result<Content, Vec<FieldProblem>> {
    let content = Content::parse(world.deliverable.kind, typed).map_err(|problems| {
        problems.into_iter().map(|(field, key)| FieldProblem::new(field, key)).collect::<Vec<_>>()
    })?;
    // The survey's form is kept by reference: only the organisation's own forms.
    if content.form_id().is_some_and(|id| world.form(id).is_none()) {
        return Err(vec![FieldProblem::new("form_id", rules::FORM_UNKNOWN)]);
    }
    Ok(content)
}

/// Loads what a change by the CSO's team needs, refusing what the state forbids.
async fn team_world(state: &AppState, ctx: &RequestContext, id: &str, kind: &str) -> AppResult<World> {
    let kind = reviewed_kind(kind)?;
    let (engagement, user) = own_engagement(state, ctx, id).await?;
    let user = user.clone();
    World::load(state, engagement, user, kind).await
}

/// `POST …/save`: a draft, complete or not; only well-formed parts are needed.
pub async fn save(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, kind)): Path<(String, String)>,
    FormBody(typed): FormBody<Typed>,
) -> AppResult<Response> {
    let world = team_world(&state, &ctx, &id, &kind).await?;
    if let Some(refusal) = state_refusal(world.deliverable.state) {
        let shown = Shown { refusal: Some(refusal), typed: Some(typed), ..Shown::default() };
        return respond(&state, ctx, world, StatusCode::CONFLICT, shown).await;
    }
    let content = match read_form(&world, &typed) {
        Ok(content) => content,
        Err(problems) => {
            let shown = Shown { problems, typed: Some(typed), ..Shown::default() };
            return respond(&state, ctx, world, StatusCode::BAD_REQUEST, shown).await;
        }
    };
    let json = content.to_json();
    let new = NewContent { json: &json, form_id: content.form_id() };
    let act = Act { user_id: &world.user.id, at: state.config.clock.now() };
    match state.store.save_deliverable(&world.engagement.id, world.deliverable.kind, new, act).await {
        Ok(()) => Ok(done(&world, "saved")),
        Err(err) => {
            let shown = Shown { typed: Some(typed), ..Shown::default() };
            refused_by_store(&state, ctx, world, err, shown).await
        }
    }
}

/// `POST …/submit`: saves and sends for review once every required part is filled and the
/// kind's rules hold; a late submission is marked, never refused.
pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, kind)): Path<(String, String)>,
    FormBody(typed): FormBody<Typed>,
) -> AppResult<Response> {
    let world = team_world(&state, &ctx, &id, &kind).await?;
    if let Some(refusal) = state_refusal(world.deliverable.state) {
        let shown = Shown { refusal: Some(refusal), typed: Some(typed), ..Shown::default() };
        return respond(&state, ctx, world, StatusCode::CONFLICT, shown).await;
    }
    let mut content = match read_form(&world, &typed) {
        Ok(content) => content,
        Err(problems) => {
            let shown = Shown { problems, typed: Some(typed), ..Shown::default() };
            return respond(&state, ctx, world, StatusCode::BAD_REQUEST, shown).await;
        }
    };
    let plan = world.plan();
    let situation = world.situation(&state, &plan, &content);
    let problems = rules::submission_problems(&content, &situation);
    if !problems.is_empty() {
        let shown = Shown { problems, typed: Some(typed), content: Some(content), ..Shown::default() };
        return respond(&state, ctx, world, StatusCode::UNPROCESSABLE_ENTITY, shown).await;
    }
    if let Content::PilotReport(report) = &mut content {
        report.pilot_submissions = situation.pilot_submissions;
    }
    let at = state.config.clock.now();
    let d = &world.deliverable;
    let late =
        d.round == 0 && store::engagements::deliverables::is_late(d.due_on, at, world.engagement.time_zone());
    let link = state.config.link(&deliverable_path(&world.engagement.id, d.kind));
    let (organisation, round) = (world.engagement.organisation_name.clone(), (d.round + 1).to_string());
    let (kind, due_on) = (d.kind, d.due_on);
    let builder = emails::builder(&state, &world.engagement).await?;
    let mail = emails::to_each(&ctx, &builder, emails::SUBMITTED, &world.user.id, &|locale| {
        vec![
            ("organisation", organisation.clone()),
            ("deliverable", locale.t(kind_key(kind))),
            ("round", round.clone()),
            ("due", long_date(locale, due_on)),
            ("late", if late { "yes" } else { "no" }.to_owned()),
            ("link", link.clone()),
        ]
    });
    let json = content.to_json();
    let new = NewContent { json: &json, form_id: content.form_id() };
    let act = Act { user_id: &world.user.id, at };
    match state.store.submit_deliverable(&world.engagement.id, kind, new, act, &mail).await {
        Ok(submitted) => {
            tracing::info!(
                engagement = world.engagement.id,
                kind = kind.as_str(),
                round = submitted.round,
                late = submitted.late,
                "deliverable submitted"
            );
            Ok(done(&world, "submitted"))
        }
        Err(err) => {
            let shown = Shown { typed: Some(typed), ..Shown::default() };
            refused_by_store(&state, ctx, world, err, shown).await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReviewBody {
    review_comment: String,
}

/// Loads what a review needs: only the builder (or a programme manager) reviews.
async fn guide_world(state: &AppState, ctx: &RequestContext, id: &str, kind: &str) -> AppResult<World> {
    let kind = reviewed_kind(kind)?;
    let (engagement, user) = guided_engagement(state, ctx, id).await?;
    let user = user.clone();
    World::load(state, engagement, user, kind).await
}

/// The team's emails about a review.
async fn review_emails(
    state: &AppState,
    ctx: &RequestContext,
    world: &World,
    key: &str,
    comment: Option<&DeliverableComment>,
) -> AppResult<Vec<store::outbox::OutgoingEmail>> {
    let team = emails::team(state, &world.engagement).await?;
    let link = state.config.link(&deliverable_path(&world.engagement.id, world.deliverable.kind));
    let organisation = world.engagement.organisation_name.clone();
    let reviewer = world.user.name.clone();
    let kind = world.deliverable.kind;
    let comment = comment.map(|c| c.as_str().to_owned()).unwrap_or_default();
    Ok(emails::to_each(ctx, &team, key, &world.user.id, &|locale| {
        vec![
            ("organisation", organisation.clone()),
            ("deliverable", locale.t(kind_key(kind))),
            ("builder", reviewer.clone()),
            ("comment", comment.clone()),
            ("link", link.clone()),
        ]
    }))
}

/// `POST …/request-changes`: back to the team, with what to change (required).
pub async fn request_changes(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, kind)): Path<(String, String)>,
    FormBody(body): FormBody<ReviewBody>,
) -> AppResult<Response> {
    let world = guide_world(&state, &ctx, &id, &kind).await?;
    if world.deliverable.state != DeliverableState::Submitted {
        let shown =
            Shown { refusal: Some(REFUSED_NOT_SUBMITTED), review: body.review_comment, ..Shown::default() };
        return respond(&state, ctx, world, StatusCode::CONFLICT, shown).await;
    }
    let Some(comment) = DeliverableComment::parse(&body.review_comment) else {
        let problem =
            if body.review_comment.trim().is_empty() { REVIEW_COMMENT_REQUIRED } else { COMMENT_TOO_LONG };
        let shown = Shown { review_problem: Some(problem), review: body.review_comment, ..Shown::default() };
        return respond(&state, ctx, world, StatusCode::BAD_REQUEST, shown).await;
    };
    let mail = review_emails(&state, &ctx, &world, emails::CHANGES_REQUESTED, Some(&comment)).await?;
    let act = Act { user_id: &world.user.id, at: state.config.clock.now() };
    let kind = world.deliverable.kind;
    match state.store.request_deliverable_changes(&world.engagement.id, kind, &comment, act, &mail).await {
        Ok(()) => Ok(done(&world, "changes")),
        Err(err) => {
            let shown = Shown { review: body.review_comment, ..Shown::default() };
            refused_by_store(&state, ctx, world, err, shown).await
        }
    }
}

/// `POST …/accept`: final, with an optional note.
pub async fn accept(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, kind)): Path<(String, String)>,
    FormBody(body): FormBody<ReviewBody>,
) -> AppResult<Response> {
    let world = guide_world(&state, &ctx, &id, &kind).await?;
    if world.deliverable.state != DeliverableState::Submitted {
        let shown =
            Shown { refusal: Some(REFUSED_NOT_SUBMITTED), review: body.review_comment, ..Shown::default() };
        return respond(&state, ctx, world, StatusCode::CONFLICT, shown).await;
    }
    let comment = DeliverableComment::parse(&body.review_comment);
    if comment.is_none() && !body.review_comment.trim().is_empty() {
        let shown =
            Shown { review_problem: Some(COMMENT_TOO_LONG), review: body.review_comment, ..Shown::default() };
        return respond(&state, ctx, world, StatusCode::BAD_REQUEST, shown).await;
    }
    let mail = review_emails(&state, &ctx, &world, emails::ACCEPTED, comment.as_ref()).await?;
    let act = Act { user_id: &world.user.id, at: state.config.clock.now() };
    let kind = world.deliverable.kind;
    match state.store.accept_deliverable(&world.engagement.id, kind, comment.as_ref(), act, &mail).await {
        Ok(()) => {
            tracing::info!(engagement = world.engagement.id, kind = kind.as_str(), "deliverable accepted");
            Ok(done(&world, "accepted"))
        }
        Err(err) => {
            let shown = Shown { review: body.review_comment, ..Shown::default() };
            refused_by_store(&state, ctx, world, err, shown).await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CommentBody {
    comment: String,
}

/// `POST …/comment`: anyone taking part (and programme managers), in any state.
pub async fn comment(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, kind)): Path<(String, String)>,
    FormBody(body): FormBody<CommentBody>,
) -> AppResult<Response> {
    let kind = reviewed_kind(&kind)?;
    let (engagement, user) = engagement_for(&state, &ctx, &id).await?;
    let user = user.clone();
    let world = World::load(&state, engagement, user, kind).await?;
    let Some(comment) = DeliverableComment::parse(&body.comment) else {
        let problem = if body.comment.trim().is_empty() { COMMENT_EMPTY } else { COMMENT_TOO_LONG };
        let shown = Shown { comment_problem: Some(problem), comment: body.comment, ..Shown::default() };
        return respond(&state, ctx, world, StatusCode::BAD_REQUEST, shown).await;
    };
    let act = Act { user_id: &world.user.id, at: state.config.clock.now() };
    state.store.comment_on_deliverable(&world.engagement.id, kind, &comment, act, &[]).await?;
    Ok(done(&world, "comment"))
}
