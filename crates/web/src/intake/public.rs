use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use chrono::NaiveDate;
use store::intake::Round;

use super::applications::today;
use super::assessment::{MIN_CAMPAIGN_WORDS, MIN_COMMITMENT_PERCENT, MIN_EXPLANATION_WORDS};
use crate::kernel::config::ConnectionThresholds;
use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::layout::{Plain, long_date};
use crate::kernel::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "intake/templates/public.html")]
pub struct IntakePage {
    ctx: RequestContext,
    open_rounds: Vec<Round>,
    limits: ConnectionThresholds,
}

impl IntakePage {
    fn date(&self, day: impl Plain<NaiveDate>) -> String {
        long_date(self.ctx.locale, day.plain())
    }

    fn country_names(&self, round: &Round) -> String {
        round.countries.iter().map(|c| self.ctx.country(c)).collect::<Vec<_>>().join(", ")
    }

    fn campaign_words(&self) -> usize {
        MIN_CAMPAIGN_WORDS
    }

    fn explanation_words(&self) -> usize {
        MIN_EXPLANATION_WORDS
    }

    fn commitment(&self) -> i64 {
        MIN_COMMITMENT_PERCENT
    }
}

/// The public intake page: open rounds and the published criteria of the three assessments.
pub async fn page(State(state): State<AppState>, ctx: RequestContext) -> AppResult<IntakePage> {
    let open_rounds = state.store.rounds().await?.into_iter().filter(|r| r.is_open_on(today())).collect();
    Ok(IntakePage { ctx, open_rounds, limits: state.config.connection })
}
