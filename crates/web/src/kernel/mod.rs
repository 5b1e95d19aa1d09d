//! What every feature shares: configuration, state, errors, sessions and roles, CSRF,
//! translations, page layout, email, metrics and static assets. The kernel never imports a
//! feature.

pub mod assets;
pub mod auth;
pub mod clock;
pub mod config;
pub mod context;
pub mod csrf;
pub mod error;
pub mod forms;
pub mod i18n;
pub mod layout;
pub mod mail;
pub mod metrics;
pub mod password;
pub mod state;
