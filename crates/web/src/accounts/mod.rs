//! Accounts: CSO sign-up, login and logout, password resets, the CSO team and its
//! invitations, the language setting, and the admins' outbox.

mod language;
mod login;
mod outbox;
mod password_reset;
mod signup;
mod team;

use axum::Router;
use axum::routing::{get, post};

use crate::kernel::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/signup", get(signup::form).post(signup::submit))
        .route("/login", get(login::form).post(login::submit))
        .route("/logout", post(login::logout))
        .route("/password/forgot", get(password_reset::request_form).post(password_reset::request))
        .route("/password/reset/{token}", get(password_reset::reset_form).post(password_reset::reset))
        .route("/team", get(team::page))
        .route("/team/invite", post(team::invite))
        .route("/invitations/{token}", get(team::invitation_form).post(team::accept_invitation))
        .route("/language", post(language::switch))
        .route("/admin/outbox", get(outbox::page))
}
