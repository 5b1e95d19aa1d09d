//! The confidence self-assessment on using data for campaigns: each of the CSO's people rates
//! a few statements from 1 to 5 at the start (until day 3) and again at the end (from day 9).
//! They see their own before and after; the builder and programme managers see everyone's.

use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use store::engagements::Engagement;
use store::engagements::commitment::{
    Assessment, CONFIDENCE_CLOSED, CONFIDENCE_END_FROM_DAY, CONFIDENCE_MAX_SCORE, CONFIDENCE_START_UNTIL_DAY,
    CONFIDENCE_STATEMENTS, ConfidenceAnswers, Moment, confidence_moment,
};

use super::{local_today, scale};
use crate::engagements::access::{engagement_for, own_engagement};
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::forms::FieldErrors;
use crate::kernel::layout::{Plain, long_date};
use crate::kernel::state::AppState;

/// One statement of the form, with the rating chosen (typed or stored).
pub struct Question {
    pub id: &'static str,
    pub text: String,
    pub chosen: Option<u8>,
}

/// One statement's ratings before and after.
pub struct StatementRow {
    pub text: String,
    pub start: String,
    pub end: String,
}

/// One person's before and after.
pub struct PersonResult {
    pub name: String,
    pub start: String,
    pub end: String,
    pub change: Option<String>,
    pub statements: Vec<StatementRow>,
}

#[derive(Template, WebTemplate)]
#[template(path = "commitment/templates/confidence.html")]
pub struct ConfidencePage {
    ctx: RequestContext,
    engagement: Engagement,
    /// When the two assessments are taken, in plain words.
    windows: String,
    /// Which assessment is open today, as a heading (none when closed).
    open: Option<String>,
    /// Whether the reader takes the assessment (the CSO's own people do).
    takes: bool,
    questions: Vec<Question>,
    choices: Vec<(u8, String)>,
    results: Vec<PersonResult>,
    refusal: Option<String>,
    errors: FieldErrors,
    saved: bool,
}

impl ConfidencePage {
    fn is_chosen(&self, question: &Question, n: impl Plain<u8>) -> bool {
        question.chosen == Some(n.plain())
    }
}

fn score_text(ctx: &RequestContext, assessment: Option<&Assessment>) -> String {
    match assessment {
        Some(a) => ctx.t2("confidence-score", "score", a.score, "max", CONFIDENCE_MAX_SCORE),
        None => ctx.t("confidence-not-taken"),
    }
}

fn rating_text(assessment: Option<&Assessment>, index: usize) -> String {
    assessment
        .and_then(|a| a.ratings.get(index).copied().flatten())
        .map(|r| r.to_string())
        .unwrap_or_else(|| "–".into())
}

fn person_result(
    ctx: &RequestContext,
    name: String,
    user_id: &str,
    assessments: &[Assessment],
) -> PersonResult {
    let of = |moment| assessments.iter().find(|a| a.user_id == user_id && a.moment == moment);
    let (start, end) = (of(Moment::Start), of(Moment::End));
    PersonResult {
        name,
        start: score_text(ctx, start),
        end: score_text(ctx, end),
        change: start.zip(end).map(|(s, e)| format!("{:+}", e.score - s.score)),
        statements: CONFIDENCE_STATEMENTS
            .iter()
            .enumerate()
            .map(|(i, id)| StatementRow {
                text: ctx.t(format!("confidence-statement-{id}")),
                start: rating_text(start, i),
                end: rating_text(end, i),
            })
            .collect(),
    }
}

struct Shown {
    typed: Option<HashMap<String, String>>,
    errors: FieldErrors,
    refusal: Option<&'static str>,
    saved: bool,
}

async fn render(state: &AppState, ctx: RequestContext, id: &str, shown: Shown) -> AppResult<ConfidencePage> {
    let (engagement, user) = engagement_for(state, &ctx, id).await?;
    let takes = user.organisation_id.as_deref() == Some(engagement.organisation_id.as_str());
    let today = local_today(state, &engagement);
    let moment = confidence_moment(engagement.starts_on, today);
    let assessments = state.store.confidence_assessments(&engagement.id).await?;
    let mine = moment.and_then(|m| assessments.iter().find(|a| a.user_id == user.id && a.moment == m));
    let questions = CONFIDENCE_STATEMENTS
        .iter()
        .enumerate()
        .map(|(i, id)| Question {
            id,
            text: ctx.t(format!("confidence-statement-{id}")),
            chosen: match &shown.typed {
                Some(typed) => typed.get(*id).and_then(|v| v.trim().parse().ok()),
                None => mine.and_then(|a| a.ratings.get(i).copied().flatten()),
            },
        })
        .collect();
    let results = if takes {
        vec![person_result(&ctx, user.name.clone(), &user.id, &assessments)]
    } else {
        state
            .store
            .engagement_team(&engagement)
            .await?
            .into_iter()
            .map(|member| person_result(&ctx, member.name, &member.id, &assessments))
            .collect()
    };
    let windows = ctx.t2(
        "confidence-windows",
        "until",
        long_date(ctx.locale, engagement.date_of_day(CONFIDENCE_START_UNTIL_DAY)),
        "from",
        long_date(ctx.locale, engagement.date_of_day(CONFIDENCE_END_FROM_DAY)),
    );
    let open = moment.map(|m| ctx.t(format!("confidence-open-{}", m.as_str())));
    let choices = scale(&ctx, "confidence-scale-");
    let refusal = shown.refusal.map(|key| ctx.t(key));
    Ok(ConfidencePage {
        ctx,
        engagement,
        windows,
        open,
        takes,
        questions,
        choices,
        results,
        refusal,
        errors: shown.errors,
        saved: shown.saved,
    })
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct SavedQuery {
    saved: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    axum::extract::Query(query): axum::extract::Query<SavedQuery>,
) -> AppResult<ConfidencePage> {
    let shown =
        Shown { typed: None, errors: FieldErrors::default(), refusal: None, saved: query.saved.is_some() };
    render(&state, ctx, &id, shown).await
}

/// `POST /engagements/{id}/confidence`: one of the CSO's people takes the assessment that is
/// open today (again, to change their answers while it is open).
pub async fn take(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> AppResult<Response> {
    let (engagement, user) = own_engagement(&state, &ctx, &id).await?;
    let today = local_today(&state, &engagement);
    if confidence_moment(engagement.starts_on, today).is_none() {
        let shown = Shown {
            typed: Some(form),
            errors: FieldErrors::default(),
            refusal: Some("confidence-closed"),
            saved: false,
        };
        let page = render(&state, ctx, &id, shown).await?;
        return Ok((StatusCode::CONFLICT, page).into_response());
    }
    match ConfidenceAnswers::parse(|statement| form.get(statement).map(String::as_str)) {
        Ok(answers) => {
            let now = state.config.clock.now();
            match state.store.take_confidence(&engagement, &user.id, &answers, today, now).await {
                Ok(_) => Ok(Redirect::to(&format!("/engagements/{}/confidence?saved=1", engagement.id))
                    .into_response()),
                Err(store::Error::Rule(CONFIDENCE_CLOSED)) => {
                    let shown = Shown {
                        typed: Some(form),
                        errors: FieldErrors::default(),
                        refusal: Some("confidence-closed"),
                        saved: false,
                    };
                    let page = render(&state, ctx, &id, shown).await?;
                    Ok((StatusCode::CONFLICT, page).into_response())
                }
                Err(other) => Err(AppError::from(other)),
            }
        }
        Err(missing) => {
            let mut errors = FieldErrors::default();
            for statement in missing {
                errors.add(statement, "confidence-error-missing");
            }
            let page =
                render(&state, ctx, &id, Shown { typed: Some(form), errors, refusal: None, saved: false })
                    .await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}
