use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use chrono::NaiveDate;
use store::intake::Application;
use store::types::Role;

use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::layout::{Plain, long_date};
use crate::kernel::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "intake/templates/builder.html")]
pub struct BuilderPage {
    ctx: RequestContext,
    applications: Vec<Application>,
}

impl BuilderPage {
    fn date(&self, day: impl Plain<NaiveDate>) -> String {
        long_date(self.ctx.locale, day.plain())
    }
}

/// A capacity builder's CSOs: every accepted application assigned to them.
pub async fn page(State(state): State<AppState>, ctx: RequestContext) -> AppResult<BuilderPage> {
    let builder = ctx.require_role(&[Role::Builder])?;
    let mut applications = state.store.applications_of_builder(&builder.id).await?;
    applications.sort_by_key(|a| a.training_starts_on);
    Ok(BuilderPage { ctx, applications })
}
