use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;
use store::accounts::{Invitation, NewUser, Organisation, User};
use store::types::{Email, Name, Role, Secret};

use super::signup::check_password;
use crate::kernel::auth::{session_cookie, session_lifetime};
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::forms::FieldErrors;
use crate::kernel::mail;
use crate::kernel::password::hash_password;
use crate::kernel::state::AppState;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InviteForm {
    email: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "accounts/templates/team.html")]
pub struct TeamPage {
    ctx: RequestContext,
    organisation: Organisation,
    members: Vec<User>,
    form: InviteForm,
    errors: FieldErrors,
    invited: Option<String>,
}

async fn team_page(
    state: &AppState,
    ctx: RequestContext,
    form: InviteForm,
    errors: FieldErrors,
    invited: Option<String>,
) -> AppResult<TeamPage> {
    let user = ctx.require_role(&[Role::CsoLead, Role::CsoStaff])?;
    let organisation_id = user.organisation_id.clone().ok_or(AppError::Forbidden)?;
    let organisation = state.store.organisation(&organisation_id).await?;
    let members = state.store.organisation_members(&organisation_id).await?;
    Ok(TeamPage { ctx, organisation, members, form, errors, invited })
}

pub async fn page(State(state): State<AppState>, ctx: RequestContext) -> AppResult<TeamPage> {
    team_page(&state, ctx, InviteForm::default(), FieldErrors::default(), None).await
}

/// The CSO lead invites a staff member by email.
pub async fn invite(
    State(state): State<AppState>,
    ctx: RequestContext,
    Form(form): Form<InviteForm>,
) -> AppResult<Response> {
    let lead = ctx.require_role(&[Role::CsoLead])?.clone();
    let organisation_id = lead.organisation_id.clone().ok_or(AppError::Forbidden)?;
    let Ok(email) = Email::parse(&form.email) else {
        let mut errors = FieldErrors::default();
        errors.add("email", "field-email");
        let page = team_page(&state, ctx, form, errors, None).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    if state.store.user_by_email(&email).await.is_ok() {
        let mut errors = FieldErrors::default();
        errors.add("email", "field-email-taken");
        let page = team_page(&state, ctx, form, errors, None).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let organisation = state.store.organisation(&organisation_id).await?;
    let config = state.config.clone();
    let locale = ctx.locale;
    state
        .store
        .create_invitation(&organisation_id, &email, &lead.id, chrono::Duration::days(14), |secret| {
            mail::compose(
                locale,
                email.as_str(),
                "invitation",
                &[
                    ("inviter", lead.name.clone()),
                    ("organisation", organisation.name.clone()),
                    ("link", config.link(&format!("/invitations/{}", secret.expose()))),
                ],
            )
        })
        .await?;
    let page = team_page(&state, ctx, InviteForm::default(), FieldErrors::default(), Some(email.to_string()))
        .await?;
    Ok(page.into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AcceptForm {
    name: String,
    password: String,
    password_again: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "accounts/templates/invitation.html")]
pub struct InvitationPage {
    ctx: RequestContext,
    token: String,
    invitation: Option<Invitation>,
    form: AcceptForm,
    errors: FieldErrors,
}

async fn usable_invitation(state: &AppState, token: &str) -> AppResult<Option<Invitation>> {
    match state.store.invitation(&Secret::from_user(token)).await {
        Ok(invitation) if invitation.is_usable() => Ok(Some(invitation)),
        Ok(_) | Err(store::Error::NotFound) => Ok(None),
        Err(err) => Err(err.into()),
    }
}

pub async fn invitation_form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let invitation = usable_invitation(&state, &token).await?;
    let status = if invitation.is_some() { StatusCode::OK } else { StatusCode::NOT_FOUND };
    let page = InvitationPage {
        ctx,
        token,
        invitation,
        form: AcceptForm::default(),
        errors: FieldErrors::default(),
    };
    Ok((status, page).into_response())
}

pub async fn accept_invitation(
    State(state): State<AppState>,
    ctx: RequestContext,
    jar: CookieJar,
    Path(token): Path<String>,
    Form(mut form): Form<AcceptForm>,
) -> AppResult<Response> {
    let Some(invitation) = usable_invitation(&state, &token).await? else {
        let page = InvitationPage {
            ctx,
            token,
            invitation: None,
            form: AcceptForm::default(),
            errors: FieldErrors::default(),
        };
        return Ok((StatusCode::NOT_FOUND, page).into_response());
    };
    let mut errors = FieldErrors::default();
    let name = Name::parse(&form.name).map_err(|_| errors.add("name", "field-required")).ok();
    let password = check_password(&mut errors, "password", &form.password, &form.password_again);
    let (Some(name), Some(password)) = (name, password) else {
        form.password.clear();
        form.password_again.clear();
        let page = InvitationPage { ctx, token, invitation: Some(invitation), form, errors };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let email = Email::parse(&invitation.email).map_err(|_| AppError::NotFound)?;
    let user = NewUser {
        email,
        name,
        password_hash: hash_password(&password).await?,
        role: Role::CsoStaff,
        organisation_id: None,
        locale: Some(ctx.locale.code().to_owned()),
    };
    let user = match state.store.accept_invitation(&Secret::from_user(&token), user).await {
        Ok(user) => user,
        Err(store::Error::Conflict(_)) => {
            errors.add("name", "invitation-email-taken");
            let page = InvitationPage {
                ctx,
                token,
                invitation: Some(invitation),
                form: AcceptForm::default(),
                errors,
            };
            return Ok((StatusCode::CONFLICT, page).into_response());
        }
        Err(err) => return Err(err.into()),
    };
    let secret = state.store.create_session(&user.id, session_lifetime()).await?;
    let jar = jar.add(session_cookie(&secret, state.config.secure_cookies()));
    Ok((jar, Redirect::to("/applications")).into_response())
}
