use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use serde::Deserialize;
use store::outbox::OutboxEmail;
use store::types::Role;

use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::layout::short_time;
use crate::kernel::state::AppState;

const PAGE_SIZE: i64 = 25;

#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    page: Option<i64>,
}

#[derive(Template, WebTemplate)]
#[template(path = "accounts/templates/outbox.html")]
pub struct OutboxPage {
    ctx: RequestContext,
    emails: Vec<OutboxEmail>,
    page: i64,
    pages: i64,
    total: i64,
    smtp: bool,
}

impl OutboxPage {
    fn when(&self, email: &OutboxEmail) -> String {
        short_time(&email.created_at)
    }
}

/// Every email the platform wrote, newest first, so admins can follow up even without SMTP.
pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<PageQuery>,
) -> AppResult<OutboxPage> {
    ctx.require_role(&[Role::Admin])?;
    let total = state.store.outbox_count().await?;
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let page = query.page.unwrap_or(1).clamp(1, pages);
    let emails = state.store.outbox(PAGE_SIZE, (page - 1) * PAGE_SIZE).await?;
    Ok(OutboxPage { ctx, emails, page, pages, total, smtp: state.config.smtp_url.is_some() })
}
