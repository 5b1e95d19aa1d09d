//! Sessions and roles. A session is a random secret in an HttpOnly cookie; the database keeps
//! only its hash, so sessions survive restarts and are shared by every app server.

use axum_extra::extract::cookie::{Cookie, SameSite};
use chrono::Duration;
use store::accounts::User;
use store::intake::Application;
use store::types::{Role, Secret};

use super::context::RequestContext;
use super::error::{AppError, AppResult};

pub const SESSION_COOKIE: &str = "ds_session";

pub fn session_lifetime() -> Duration {
    Duration::days(14)
}

pub fn session_cookie(secret: &Secret, secure: bool) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, secret.expose().to_owned()))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(time_duration(session_lifetime()))
        .build()
}

pub fn expired_session_cookie() -> Cookie<'static> {
    let mut cookie = Cookie::build((SESSION_COOKIE, "")).path("/").http_only(true).build();
    cookie.make_removal();
    cookie
}

fn time_duration(d: Duration) -> time::Duration {
    time::Duration::seconds(d.num_seconds())
}

impl RequestContext {
    /// The signed-in person, or a redirect to the login page that comes back here.
    pub fn require_user(&self) -> AppResult<&User> {
        self.user.as_ref().ok_or_else(|| AppError::LoginRequired { next: self.path.clone() })
    }

    /// The signed-in person if they hold one of `roles`; 403 otherwise.
    pub fn require_role(&self, roles: &[Role]) -> AppResult<&User> {
        let user = self.require_user()?;
        if roles.contains(&user.role) { Ok(user) } else { Err(AppError::Forbidden) }
    }
}

/// An organisation's data is visible to its members, its assigned capacity builder and admins.
pub fn can_see_application(user: &User, application: &Application) -> bool {
    match user.role {
        Role::Admin => true,
        Role::Builder => application.builder_id.as_deref() == Some(user.id.as_str()),
        Role::CsoLead | Role::CsoStaff => {
            user.organisation_id.as_deref() == Some(application.organisation_id.as_str())
        }
    }
}

/// Only the CSO's own team changes its application; only its lead approves or submits it.
pub fn can_edit_application(user: &User, application: &Application) -> bool {
    user.role.is_cso() && user.organisation_id.as_deref() == Some(application.organisation_id.as_str())
}

pub fn require_visible(user: &User, application: &Application) -> AppResult<()> {
    if can_see_application(user, application) { Ok(()) } else { Err(AppError::NotFound) }
}
