//! Anonymous feedback on the training: each of the CSO's people may leave it once per
//! engagement. It is stored apart from who gave it (see
//! `store::engagements::relationship::Store::give_training_feedback`), never shown to the
//! builder, and shown to programme managers only in groups of three or more (`/admin/feedback`).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;
use store::engagements::Engagement;
use store::engagements::relationship::{
    Comment, FEEDBACK_GIVEN, FEEDBACK_NOT_YET, FEEDBACK_THRESHOLD, Rating, TrainingFeedback,
};

use super::{local_today, scale};
use crate::engagements::access::own_engagement;
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::forms::FieldErrors;
use crate::kernel::layout::Plain;
use crate::kernel::state::AppState;

/// The form, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FeedbackForm {
    usefulness: String,
    support: String,
    comment: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "commitment/templates/feedback.html")]
pub struct FeedbackPage {
    ctx: RequestContext,
    engagement: Engagement,
    given: bool,
    started: bool,
    /// How the answer is kept anonymous, in plain words.
    promise: String,
    choices: Vec<(u8, String)>,
    typed: FeedbackForm,
    errors: FieldErrors,
    refusal: Option<String>,
}

impl FeedbackPage {
    fn is_typed(&self, field: &str, n: impl Plain<u8>) -> bool {
        let typed = if field == "usefulness" { &self.typed.usefulness } else { &self.typed.support };
        typed.trim() == n.plain().to_string()
    }
}

async fn render(
    state: &AppState,
    ctx: RequestContext,
    id: &str,
    typed: FeedbackForm,
    errors: FieldErrors,
    refusal: Option<&'static str>,
) -> AppResult<FeedbackPage> {
    let (engagement, user) = own_engagement(state, &ctx, id).await?;
    let given = state.store.has_given_training_feedback(&engagement.id, &user.id).await?;
    let started = local_today(state, &engagement) >= engagement.starts_on;
    let promise = ctx.t1("feedback-promise", "count", FEEDBACK_THRESHOLD);
    let choices = scale(&ctx, "feedback-scale-");
    let refusal = refusal.map(|key| ctx.t(key));
    Ok(FeedbackPage { ctx, engagement, given, started, promise, choices, typed, errors, refusal })
}

/// `GET /engagements/{id}/feedback`: the CSO's own people only; the builder gets 403.
pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<FeedbackPage> {
    render(&state, ctx, &id, FeedbackForm::default(), FieldErrors::default(), None).await
}

/// `POST /engagements/{id}/feedback`: one of the CSO's people gives their feedback, once.
pub async fn give(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Form(form): Form<FeedbackForm>,
) -> AppResult<Response> {
    let (engagement, user) = own_engagement(&state, &ctx, &id).await?;
    let mut errors = FieldErrors::default();
    let usefulness =
        Rating::parse(&form.usefulness).map_err(|_| errors.add("usefulness", "feedback-error-rating")).ok();
    let support =
        Rating::parse(&form.support).map_err(|_| errors.add("support", "feedback-error-rating")).ok();
    let comment =
        Comment::parse(&form.comment).map_err(|_| errors.add("comment", "feedback-error-comment-long")).ok();
    let (Some(usefulness), Some(support), Some(comment)) = (usefulness, support, comment) else {
        let page = render(&state, ctx, &id, form, errors, None).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let feedback = TrainingFeedback { usefulness, support, comment };
    let today = local_today(&state, &engagement);
    let now = state.config.clock.now();
    let refusal = match state.store.give_training_feedback(&engagement, &user.id, &feedback, today, now).await
    {
        Ok(()) => {
            return Ok(Redirect::to(&format!("/engagements/{}/feedback", engagement.id)).into_response());
        }
        Err(store::Error::Rule(FEEDBACK_GIVEN)) => "feedback-refused-given",
        Err(store::Error::Rule(FEEDBACK_NOT_YET)) => "feedback-refused-not-yet",
        Err(other) => return Err(AppError::from(other)),
    };
    let page =
        render(&state, ctx, &id, FeedbackForm::default(), FieldErrors::default(), Some(refusal)).await?;
    Ok((StatusCode::CONFLICT, page).into_response())
}
