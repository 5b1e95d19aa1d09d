//! Engagements: each participant's *today* (what to watch, read, answer and produce, what is
//! due, the next call, progress through the two weeks), the whole plan with the builder's
//! tailoring, and the builder's page of all their CSOs with what waits for them.

pub mod access;
mod overview;
mod plan;
mod today;

use axum::Router;
use axum::routing::{get, post};

use crate::kernel::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/engagements", get(overview::page))
        .route("/engagements/{id}", get(today::page))
        .route("/engagements/{id}/plan", get(plan::page))
        .route("/engagements/{id}/tasks", post(plan::add))
        .route("/engagements/{id}/tasks/{task}/done", post(plan::done))
        .route("/engagements/{id}/tasks/{task}/edit", post(plan::rewrite))
        .route("/engagements/{id}/tasks/{task}/remove", post(plan::remove))
        .route("/engagements/{id}/tasks/{task}/move", post(plan::move_task))
        .route("/engagements/{id}/notes", post(plan::add_note))
}

/// How a task reads in the reader's language.
/// Where a task is done: the module (to watch or read), its discussion (to answer), the
/// deliverable (to produce), or nowhere for the builder's own tasks.
pub fn task_link(engagement_id: &str, task: &store::engagements::plan::Task) -> Option<String> {
    use store::engagements::plan::TaskKind;
    if let Some(kind) = task.deliverable {
        return Some(if kind.is_reviewed() {
            format!("/engagements/{engagement_id}/deliverables/{}", kind.as_str())
        } else {
            format!("/engagements/{engagement_id}/challenges")
        });
    }
    let slug = task.module_slug.as_deref()?;
    Some(match task.kind {
        TaskKind::Answer => format!("/engagements/{engagement_id}/discussion/{slug}"),
        _ => format!("/curriculum/{slug}"),
    })
}

pub fn task_label(
    ctx: &crate::kernel::context::RequestContext,
    task: &store::engagements::plan::Task,
) -> String {
    use store::engagements::plan::TaskKind;
    if let Some(title) = &task.title {
        return title.clone();
    }
    let module = task.module_title.clone().unwrap_or_default();
    match task.kind {
        TaskKind::Watch => ctx.t1("task-watch", "module", module),
        TaskKind::Read => ctx.t1("task-read", "module", module),
        TaskKind::Answer => ctx.t1("task-answer", "module", module),
        TaskKind::Produce => match task.deliverable {
            Some(kind) => {
                ctx.t1("task-produce", "deliverable", ctx.t(format!("work-kind-{}", kind.as_str())))
            }
            None => module,
        },
        TaskKind::Custom => String::new(),
    }
}
