//! Weekly ratings: at the end of each week both sides (each of the CSO's people, and the
//! builder) rate how it went, 1 to 5 with an optional comment. A week's ratings are shown to a
//! participant only once they have given their own, and a rating is final.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::Duration;
use serde::Deserialize;
use store::engagements::Engagement;
use store::engagements::relationship::{
    Comment, RATING_CLOSED, RATING_GIVEN, RATING_GRACE_DAYS, RATING_NOT_A_WEEK, RATING_NOT_YET, Rating,
    RatingWindow, WeekRating, last_day_of_week, rating_open, visible_ratings,
};

use super::{local_today, scale};
use crate::engagements::access::engagement_for;
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::forms::FieldErrors;
use crate::kernel::layout::{Plain, long_date};
use crate::kernel::state::AppState;

/// A rating as shown.
pub struct RatingRow {
    pub name: String,
    pub side: String,
    pub rating: u8,
    pub comment: Option<String>,
}

/// One week of the page.
pub struct WeekBox {
    pub week: u8,
    /// When it can be rated, in plain words.
    pub window: String,
    /// Whether the reader may rate it now.
    pub can_rate: bool,
    /// The reader's own rating, once given.
    pub mine: Option<u8>,
    /// The ratings the reader may read.
    pub shown: Vec<RatingRow>,
    /// Whether ratings are hidden until the reader gives theirs.
    pub hidden: bool,
}

/// The rating form, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RatingForm {
    week: String,
    rating: String,
    comment: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "commitment/templates/ratings.html")]
pub struct RatingsPage {
    ctx: RequestContext,
    engagement: Engagement,
    weeks: Vec<WeekBox>,
    choices: Vec<(u8, String)>,
    typed: RatingForm,
    errors: FieldErrors,
    refusal: Option<String>,
}

impl RatingsPage {
    fn is_typed(&self, week: impl Plain<u8>, n: impl Plain<u8>) -> bool {
        self.typed.week.trim() == week.plain().to_string()
            && self.typed.rating.trim() == n.plain().to_string()
    }

    fn typed_week_is(&self, week: impl Plain<u8>) -> bool {
        self.typed.week.trim() == week.plain().to_string()
    }

    fn typed_comment(&self, week: impl Plain<u8>) -> &str {
        if self.typed.week.trim() == week.plain().to_string() { &self.typed.comment } else { "" }
    }
}

fn window_text(ctx: &RequestContext, engagement: &Engagement, week: u8, today: chrono::NaiveDate) -> String {
    let opens = engagement.date_of_day(last_day_of_week(week));
    let closes = engagement.ends_on + Duration::days(RATING_GRACE_DAYS);
    match rating_open(engagement.starts_on, engagement.ends_on, week, today) {
        Err(RatingWindow::NotYet) => ctx.t1("ratings-opens", "date", long_date(ctx.locale, opens)),
        Err(RatingWindow::Closed) => ctx.t1("ratings-closed", "date", long_date(ctx.locale, closes)),
        _ => ctx.t1("ratings-open-until", "date", long_date(ctx.locale, closes)),
    }
}

async fn render(
    state: &AppState,
    ctx: RequestContext,
    id: &str,
    typed: RatingForm,
    errors: FieldErrors,
    refusal: Option<&'static str>,
) -> AppResult<RatingsPage> {
    let (engagement, user) = engagement_for(state, &ctx, id).await?;
    let rates = engagement.is_participant(user);
    let today = local_today(state, &engagement);
    let all = state.store.weekly_ratings(&engagement.id).await?;
    let visible = visible_ratings(&all, &engagement, user);
    let weeks = [1u8, 2]
        .into_iter()
        .map(|week| {
            let mine = all.iter().find(|r| r.week == week && r.user_id == user.id).map(|r| r.rating);
            let shown: Vec<RatingRow> = visible
                .iter()
                .filter(|r| r.week == week)
                .map(|r| RatingRow {
                    name: r.user_name.clone(),
                    side: ctx.t(if r.is_builders(&engagement) {
                        "ratings-side-builder"
                    } else {
                        "ratings-side-cso"
                    }),
                    rating: r.rating,
                    comment: r.comment.clone(),
                })
                .collect();
            let others = all.iter().filter(|r| r.week == week && r.user_id != user.id).count();
            WeekBox {
                week,
                window: window_text(&ctx, &engagement, week, today),
                can_rate: rates
                    && mine.is_none()
                    && rating_open(engagement.starts_on, engagement.ends_on, week, today).is_ok(),
                mine,
                hidden: rates && mine.is_none() && others > 0,
                shown,
            }
        })
        .collect();
    let choices = scale(&ctx, "ratings-scale-");
    let refusal = refusal.map(|key| ctx.t(key));
    Ok(RatingsPage { ctx, engagement, weeks, choices, typed, errors, refusal })
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<RatingsPage> {
    render(&state, ctx, &id, RatingForm::default(), FieldErrors::default(), None).await
}

/// `POST /engagements/{id}/ratings`: a participant rates a week, once.
pub async fn rate(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Form(form): Form<RatingForm>,
) -> AppResult<Response> {
    let (engagement, user) = engagement_for(&state, &ctx, &id).await?;
    if !engagement.is_participant(user) {
        return Err(AppError::Forbidden);
    }
    let week = match form.week.trim() {
        "1" => 1,
        "2" => 2,
        _ => return Err(AppError::Conflict(RATING_NOT_A_WEEK)),
    };
    let mut errors = FieldErrors::default();
    let rating = Rating::parse(&form.rating).map_err(|_| errors.add("rating", "ratings-error-rating")).ok();
    let comment =
        Comment::parse(&form.comment).map_err(|_| errors.add("comment", "ratings-error-comment-long")).ok();
    let (Some(rating), Some(comment)) = (rating, comment) else {
        let page = render(&state, ctx, &id, form, errors, None).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let today = local_today(&state, &engagement);
    let now = state.config.clock.now();
    let given = WeekRating { week, rating, comment };
    let refusal = match state.store.rate_week(&engagement, &user.id, &given, today, now).await {
        Ok(()) => return Ok(Redirect::to(&format!("/engagements/{}/ratings", engagement.id)).into_response()),
        Err(store::Error::Rule(RATING_NOT_YET)) => "ratings-refused-not-yet",
        Err(store::Error::Rule(RATING_CLOSED)) => "ratings-refused-closed",
        Err(store::Error::Rule(RATING_GIVEN)) => "ratings-refused-given",
        Err(other) => return Err(AppError::from(other)),
    };
    let page = render(&state, ctx, &id, form, FieldErrors::default(), Some(refusal)).await?;
    Ok((StatusCode::CONFLICT, page).into_response())
}
