use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;
use store::accounts::NewUser;
use store::types::{CountryCode, Email, Name, Role};

use crate::kernel::auth::{session_cookie, session_lifetime};
use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::forms::FieldErrors;
use crate::kernel::password::{Password, PasswordProblem, hash_password};
use crate::kernel::state::AppState;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignupForm {
    organisation: String,
    country: String,
    name: String,
    email: String,
    password: String,
    password_again: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "accounts/templates/signup.html")]
pub struct SignupPage {
    ctx: RequestContext,
    form: SignupForm,
    errors: FieldErrors,
    countries: Vec<(String, String)>,
}

pub(super) fn country_choices(ctx: &RequestContext) -> Vec<(String, String)> {
    let mut countries: Vec<(String, String)> =
        CountryCode::all().map(|c| (c.as_str().to_owned(), ctx.country(c.as_str()))).collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    countries
}

pub async fn form(ctx: RequestContext) -> AppResult<Response> {
    if ctx.user.is_some() {
        return Ok(Redirect::to("/").into_response());
    }
    let countries = country_choices(&ctx);
    Ok(SignupPage { ctx, form: SignupForm::default(), errors: FieldErrors::default(), countries }
        .into_response())
}

pub(super) fn check_password(
    errors: &mut FieldErrors,
    field: &'static str,
    raw: &str,
    again: &str,
) -> Option<Password> {
    match Password::parse(raw) {
        Err(PasswordProblem::TooShort) => errors.add(field, "field-password-too-short"),
        Err(PasswordProblem::TooLong) => errors.add(field, "field-password-too-long"),
        Ok(_) if raw != again => errors.add("password_again", "field-password-mismatch"),
        Ok(password) => return Some(password),
    }
    None
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    jar: CookieJar,
    Form(form): Form<SignupForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::default();
    let organisation =
        Name::parse(&form.organisation).map_err(|_| errors.add("organisation", "field-required")).ok();
    let country = CountryCode::parse(&form.country).map_err(|_| errors.add("country", "field-country")).ok();
    let name = Name::parse(&form.name).map_err(|_| errors.add("name", "field-required")).ok();
    let email = Email::parse(&form.email).map_err(|_| errors.add("email", "field-email")).ok();
    let password = check_password(&mut errors, "password", &form.password, &form.password_again);

    let (Some(organisation), Some(country), Some(name), Some(email), Some(password)) =
        (organisation, country, name, email, password)
    else {
        return Ok(refused(ctx, form, errors));
    };
    let lead = NewUser {
        email,
        name,
        password_hash: hash_password(&password).await?,
        role: Role::CsoLead,
        organisation_id: None,
        locale: Some(ctx.locale.code().to_owned()),
    };
    match state.store.sign_up_organisation(&organisation, country, lead).await {
        Ok((_, user)) => {
            let secret = state.store.create_session(&user.id, session_lifetime()).await?;
            let jar = jar.add(session_cookie(&secret, state.config.secure_cookies()));
            Ok((jar, Redirect::to("/applications")).into_response())
        }
        Err(store::Error::Conflict("email")) => {
            errors.add("email", "field-email-taken");
            Ok(refused(ctx, form, errors))
        }
        Err(err) => Err(err.into()),
    }
}

fn refused(ctx: RequestContext, mut form: SignupForm, errors: FieldErrors) -> Response {
    form.password.clear();
    form.password_again.clear();
    let countries = country_choices(&ctx);
    (axum::http::StatusCode::UNPROCESSABLE_ENTITY, SignupPage { ctx, form, errors, countries })
        .into_response()
}
