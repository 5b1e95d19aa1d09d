//! `GET /admin/audit`: the audit log of personal data (every view, export, purge and change
//! of settings), newest first, for programme managers; `?form=ID` keeps one form's lines.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use serde::Deserialize;
use store::personal_data::{AUDIT_PAGE, AuditAction, AuditEntry};
use store::types::Role;

use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::layout::short_time;
use crate::kernel::state::AppState;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AuditQuery {
    page: Option<i64>,
    form: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "privacy/templates/audit.html")]
pub struct AuditPage {
    ctx: RequestContext,
    entries: Vec<AuditEntry>,
    form: Option<String>,
    page: i64,
    pages: i64,
    total: i64,
}

impl AuditPage {
    fn when(&self, entry: &AuditEntry) -> String {
        short_time(&entry.at)
    }

    fn action(&self, entry: &AuditEntry) -> String {
        self.ctx.t(match entry.action {
            AuditAction::View => "audit-action-view",
            AuditAction::Export => "audit-action-export",
            AuditAction::Purge => "audit-action-purge",
            AuditAction::Settings => "audit-action-settings",
        })
    }

    fn who(&self, entry: &AuditEntry) -> String {
        entry.user_name.clone().unwrap_or_else(|| self.ctx.t("audit-by-the-platform"))
    }

    fn link(&self, page: i64) -> String {
        match &self.form {
            Some(form) => format!("/admin/audit?form={form}&page={page}"),
            None => format!("/admin/audit?page={page}"),
        }
    }
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<AuditQuery>,
) -> AppResult<AuditPage> {
    ctx.require_role(&[Role::Admin])?;
    let form = query.form.filter(|f| !f.trim().is_empty());
    let page = query.page.unwrap_or(1).max(1);
    let (entries, total) = state.store.audit_log(form.as_deref(), page).await?;
    let pages = ((total + AUDIT_PAGE - 1) / AUDIT_PAGE).max(1);
    Ok(AuditPage { ctx, entries, form, page: page.min(pages), pages, total })
}
