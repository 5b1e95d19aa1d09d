//! The DataShift web application: one axum router made of features that each own their
//! routes, templates and queries, over a small shared kernel.

#![forbid(unsafe_code)]

mod accounts;
pub mod api;
mod app;
mod calls;
mod collectors;
mod commitment;
pub mod curriculum;
pub mod data;
mod deliverables;
mod discussion;
mod engagements;
pub mod forms;
mod home;
mod intake;
pub mod kernel;
mod openrosa;
pub mod privacy;
mod submissions;
mod webforms;

pub use app::{Application, build_state, router};
pub use kernel::clock::Clock;
pub use kernel::config::{
    Config, ConnectionThresholds, DEFAULT_EXPORT_BACKGROUND_THRESHOLD, DEFAULT_SUMMARY_SETTLE,
};
pub use kernel::i18n::Locale;
pub use kernel::password::{Password, hash_password};
pub use kernel::state::AppState;
