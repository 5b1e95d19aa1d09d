//! `/engagements/{id}/challenges`: the challenges log. Anyone taking part logs a challenge
//! with its category; the builder (or a programme manager) writes guidance; either side marks
//! it resolved or opens it again.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form as FormBody;
use serde::Deserialize;
use store::engagements::challenges::{Challenge, ChallengeCategory, ChallengeText, ChallengeTextError};
use store::engagements::{DeliverableKind, Engagement};

use super::{category_key, deliverable_path, emails};
use crate::engagements::access::{engagement_for, guided_engagement};
use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::forms::FieldErrors;
use crate::kernel::layout::{long_date, short_time};
use crate::kernel::state::AppState;

const CATEGORY: &str = "challenges-error-category";
const DESCRIPTION_EMPTY: &str = "challenges-error-description-empty";
const GUIDANCE_EMPTY: &str = "challenges-error-guidance-empty";
const TOO_LONG: &str = "challenges-error-too-long";

/// Message keys used through variables (checked by the module's translation test).
#[cfg(test)]
pub const KEYS: &[&str] = &[
    CATEGORY,
    DESCRIPTION_EMPTY,
    GUIDANCE_EMPTY,
    TOO_LONG,
    "challenges-notice-added",
    "challenges-notice-guidance",
    "challenges-notice-resolved",
    "challenges-notice-reopened",
    "challenges-description",
    "challenges-description-hint",
];

pub struct ShownChallenge {
    id: String,
    category: String,
    description: String,
    logged: String,
    guidance: Option<String>,
    guidance_by: Option<String>,
    resolved: Option<String>,
    /// The guidance form's text and problem, when this challenge's guidance was refused.
    typed_guidance: String,
    guidance_problem: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "deliverables/templates/challenges.html")]
pub struct ChallengesPage {
    ctx: RequestContext,
    engagement: Engagement,
    url: String,
    challenges: Vec<ShownChallenge>,
    categories: Vec<(&'static str, String)>,
    guides: bool,
    notice: Option<String>,
    errors: FieldErrors,
    typed_category: String,
    typed_description: String,
}

impl ChallengesPage {
    fn open(&self) -> usize {
        self.challenges.iter().filter(|c| c.resolved.is_none()).count()
    }

    fn is_category(&self, value: &str) -> bool {
        self.typed_category == value
    }
}

/// What a refused form brings back.
#[derive(Default)]
struct Typed {
    errors: FieldErrors,
    category: String,
    description: String,
    /// `(challenge id, typed guidance, problem key)`.
    guidance: Option<(String, String, &'static str)>,
    notice: Option<&'static str>,
}

fn shown(ctx: &RequestContext, challenge: &Challenge, typed: &Typed) -> ShownChallenge {
    let refused = typed.guidance.as_ref().filter(|(id, _, _)| *id == challenge.id);
    ShownChallenge {
        id: challenge.id.clone(),
        category: ctx.t(category_key(challenge.category)),
        description: challenge.description.clone(),
        logged: ctx.t2(
            "challenges-logged-by",
            "name",
            &challenge.created_by_name,
            "date",
            long_date(ctx.locale, challenge.created_at.date_naive()),
        ),
        guidance: challenge.guidance.clone(),
        guidance_by: challenge.guidance_by_name.clone(),
        resolved: challenge.resolved_at.map(|at| short_time(&at)),
        typed_guidance: refused
            .map(|(_, text, _)| text.clone())
            .unwrap_or_else(|| challenge.guidance.clone().unwrap_or_default()),
        guidance_problem: refused.map(|(_, _, key)| ctx.t(*key)),
    }
}

async fn render(
    state: &AppState,
    ctx: RequestContext,
    engagement: Engagement,
    guides: bool,
    typed: Typed,
) -> AppResult<ChallengesPage> {
    let challenges = state.store.challenges(&engagement.id).await?;
    let challenges = challenges.iter().map(|c| shown(&ctx, c, &typed)).collect();
    let categories = ChallengeCategory::ALL.iter().map(|c| (c.as_str(), ctx.t(category_key(*c)))).collect();
    Ok(ChallengesPage {
        url: deliverable_path(&engagement.id, DeliverableKind::ChallengesLog),
        notice: typed.notice.map(|key| ctx.t(key)),
        challenges,
        categories,
        guides,
        errors: typed.errors,
        typed_category: typed.category,
        typed_description: typed.description,
        engagement,
        ctx,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: String,
}

/// `GET /engagements/{id}/challenges`.
pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Query(query): Query<Done>,
) -> AppResult<ChallengesPage> {
    let (engagement, user) = engagement_for(&state, &ctx, &id).await?;
    let guides = engagement.is_guided_by(user);
    let notice = match query.done.as_str() {
        "added" => Some("challenges-notice-added"),
        "guidance" => Some("challenges-notice-guidance"),
        "resolved" => Some("challenges-notice-resolved"),
        "reopened" => Some("challenges-notice-reopened"),
        _ => None,
    };
    render(&state, ctx, engagement, guides, Typed { notice, ..Typed::default() }).await
}

fn back(engagement: &Engagement, what: &str) -> Response {
    Redirect::to(&format!("{}?done={what}", deliverable_path(&engagement.id, DeliverableKind::ChallengesLog)))
        .into_response()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AddBody {
    category: String,
    description: String,
}

/// `POST /engagements/{id}/challenges`: logs a challenge; the builder is told.
pub async fn add(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    FormBody(body): FormBody<AddBody>,
) -> AppResult<Response> {
    let (engagement, user) = engagement_for(&state, &ctx, &id).await?;
    let user = user.clone();
    let guides = engagement.is_guided_by(&user);
    let mut errors = FieldErrors::default();
    let category = ChallengeCategory::parse(&body.category);
    if category.is_none() {
        errors.add("category", CATEGORY);
    }
    let description = match ChallengeText::parse(&body.description, ChallengeText::MAX_DESCRIPTION) {
        Ok(text) => Some(text),
        Err(ChallengeTextError::Empty) => {
            errors.add("description", DESCRIPTION_EMPTY);
            None
        }
        Err(ChallengeTextError::TooLong) => {
            errors.add("description", TOO_LONG);
            None
        }
    };
    let (Some(category), Some(description)) = (category, description) else {
        let typed =
            Typed { errors, category: body.category, description: body.description, ..Typed::default() };
        let page = render(&state, ctx, engagement, guides, typed).await?;
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    };
    let builder = emails::builder(&state, &engagement).await?;
    let link = state.config.link(&deliverable_path(&engagement.id, DeliverableKind::ChallengesLog));
    let organisation = engagement.organisation_name.clone();
    let text = description.as_str().to_owned();
    let mail = emails::to_each(&ctx, &builder, emails::CHALLENGE_LOGGED, &user.id, &|locale| {
        vec![
            ("organisation", organisation.clone()),
            ("category", locale.t(category_key(category))),
            ("description", text.clone()),
            ("link", link.clone()),
        ]
    });
    let at = state.config.clock.now();
    state.store.add_challenge(&engagement.id, category, &description, &user.id, at, &mail).await?;
    Ok(back(&engagement, "added"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct GuidanceBody {
    guidance: String,
}

/// `POST /engagements/{id}/challenges/{challenge}/guidance`: the builder's guidance; the
/// team is told.
pub async fn guidance(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, challenge_id)): Path<(String, String)>,
    FormBody(body): FormBody<GuidanceBody>,
) -> AppResult<Response> {
    let (engagement, user) = guided_engagement(&state, &ctx, &id).await?;
    let user = user.clone();
    let challenge = state.store.challenge(&engagement.id, &challenge_id).await?;
    let guidance = match ChallengeText::parse(&body.guidance, ChallengeText::MAX_GUIDANCE) {
        Ok(text) => text,
        Err(problem) => {
            let key = if problem == ChallengeTextError::Empty { GUIDANCE_EMPTY } else { TOO_LONG };
            let typed = Typed { guidance: Some((challenge.id, body.guidance, key)), ..Typed::default() };
            let page = render(&state, ctx, engagement, true, typed).await?;
            return Ok((StatusCode::BAD_REQUEST, page).into_response());
        }
    };
    let team = emails::team(&state, &engagement).await?;
    let link = state.config.link(&deliverable_path(&engagement.id, DeliverableKind::ChallengesLog));
    let text = guidance.as_str().to_owned();
    let mail = emails::to_each(&ctx, &team, emails::CHALLENGE_GUIDANCE, &user.id, &|locale| {
        vec![
            ("builder", user.name.clone()),
            ("category", locale.t(category_key(challenge.category))),
            ("description", challenge.description.clone()),
            ("guidance", text.clone()),
            ("link", link.clone()),
        ]
    });
    let at = state.config.clock.now();
    state
        .store
        .give_challenge_guidance(&engagement.id, &challenge.id, &guidance, &user.id, at, &mail)
        .await?;
    Ok(back(&engagement, "guidance"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResolveBody {
    resolved: String,
}

/// `POST /engagements/{id}/challenges/{challenge}/resolve`: `resolved=yes` or `no`.
pub async fn resolve(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, challenge_id)): Path<(String, String)>,
    FormBody(body): FormBody<ResolveBody>,
) -> AppResult<Response> {
    let (engagement, _) = engagement_for(&state, &ctx, &id).await?;
    let challenge = state.store.challenge(&engagement.id, &challenge_id).await?;
    let resolved = body.resolved != "no";
    let at = state.config.clock.now();
    state.store.set_challenge_resolved(&engagement.id, &challenge.id, resolved, at).await?;
    Ok(back(&engagement, if resolved { "resolved" } else { "reopened" }))
}
