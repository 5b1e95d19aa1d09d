//! The curriculum: ten working days of modules in four languages, shipped as Markdown with
//! front matter under `content/` (compiled into the binary and loaded at start-up) and then
//! edited by admins. Each module has learning goals, a video (an uploaded file streamed with
//! range requests, or an external link) with WebVTT captions and a transcript for slow
//! connections, a reading, discussion questions and the exercise it leads to.
//!
//! `source` parses and checks module files and the admins' form (pure), `markdown` renders
//! readings, `content` holds the shipped modules, `pages` shows them, `video` streams videos
//! and captions, `admin` edits modules and their videos.

mod admin;
mod content;
mod markdown;
mod pages;
pub mod source;
mod video;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

pub use content::{attach_demo_video, load_shipped, shipped_modules};
pub use video::sniff_video;

use crate::kernel::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/curriculum", get(pages::list))
        .route("/curriculum/{slug}", get(pages::module))
        .route("/curriculum/{slug}/edit", get(admin::edit_form).post(admin::save))
        .route(
            "/curriculum/{slug}/video",
            get(video::stream)
                .post(admin::upload_video)
                .layer(DefaultBodyLimit::max(admin::MAX_VIDEO_BYTES + 64 * 1024)),
        )
        .route("/curriculum/{slug}/video/link", post(admin::link_video))
        .route("/curriculum/{slug}/video/remove", post(admin::remove_video))
        .route("/curriculum/{slug}/captions/{lang}", get(video::captions))
        .route("/admin/curriculum/new", get(admin::new_form).post(admin::create))
}
