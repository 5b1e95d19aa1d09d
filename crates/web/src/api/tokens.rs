//! `/account/api-tokens`: a person's API tokens for Excel, Power BI and R: made with a name,
//! shown once, listed with when they were last used, revoked at any time.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form as FormBody;
use serde::Deserialize;
use store::api_tokens::{ApiToken, TOO_MANY_TOKENS};
use store::types::Name;

use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::forms::FieldErrors;
use crate::kernel::layout::short_time;
use crate::kernel::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "api/templates/tokens.html")]
pub struct TokensPage {
    ctx: RequestContext,
    tokens: Vec<ApiToken>,
    /// The token just made: its name and secret, shown this once.
    created: Option<(String, String)>,
    errors: FieldErrors,
    typed_name: String,
    base_url: String,
}

impl TokensPage {
    fn when(&self, token: &ApiToken) -> String {
        short_time(&token.created_at)
    }

    fn used(&self, token: &ApiToken) -> String {
        token.last_used_at.as_ref().map(short_time).unwrap_or_else(|| self.ctx.t("api-token-never-used"))
    }
}

async fn render(
    state: &AppState,
    ctx: RequestContext,
    created: Option<(String, String)>,
    errors: FieldErrors,
    typed_name: String,
) -> AppResult<TokensPage> {
    let user = ctx.require_user()?.clone();
    let tokens = state.store.api_tokens_of(&user.id).await?;
    Ok(TokensPage { ctx, tokens, created, errors, typed_name, base_url: state.config.base_url.clone() })
}

pub async fn page(State(state): State<AppState>, ctx: RequestContext) -> AppResult<TokensPage> {
    render(&state, ctx, None, FieldErrors::default(), String::new()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CreateBody {
    name: String,
}

pub async fn create(
    State(state): State<AppState>,
    ctx: RequestContext,
    FormBody(body): FormBody<CreateBody>,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let mut errors = FieldErrors::default();
    let name = match Name::parse(&body.name) {
        Ok(name) => Some(name),
        Err(_) => {
            errors.add("name", "api-token-name-invalid");
            None
        }
    };
    let created = match name {
        Some(name) => match state.store.create_api_token(&user.id, &name).await {
            Ok((token, secret)) => Some((token.name, secret.expose().to_owned())),
            Err(store::Error::Rule(rule)) if rule == TOO_MANY_TOKENS => {
                errors.add("name", "api-token-too-many");
                None
            }
            Err(err) => return Err(err.into()),
        },
        None => None,
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = render(
        &state,
        ctx,
        created,
        errors,
        if status == StatusCode::OK { String::new() } else { body.name },
    )
    .await?;
    Ok((status, page).into_response())
}

pub async fn revoke(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    match state.store.revoke_api_token(&user.id, &id).await {
        Ok(()) => Ok(Redirect::to("/account/api-tokens").into_response()),
        Err(store::Error::NotFound) => Err(AppError::NotFound),
        Err(err) => Err(err.into()),
    }
}
