//! The front door: what DataShift is for newcomers, and each person's own start page.

use askama::Template;
use askama_web::WebTemplate;
use axum::Router;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use store::types::Role;

use crate::kernel::context::RequestContext;
use crate::kernel::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "home/templates/home.html")]
struct HomePage {
    ctx: RequestContext,
}

async fn home(ctx: RequestContext) -> Response {
    match ctx.role() {
        Some(Role::Admin) => Redirect::to("/admin/applications").into_response(),
        Some(Role::Builder) => Redirect::to("/builder").into_response(),
        Some(Role::CsoLead | Role::CsoStaff) => Redirect::to("/applications").into_response(),
        None => HomePage { ctx }.into_response(),
    }
}

pub fn router() -> Router<AppState> {
    Router::new().route("/", get(home))
}
