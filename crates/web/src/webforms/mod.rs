//! Web forms: a published form filled in a phone's browser, through its web link
//! (`/key/{token}/forms/{id}/web`) or a device's URL. The page is the `webform` crate's
//! rendering; its engine queues finished submissions on the device and sends them to the
//! same OpenRosa submission URL ODK Collect uses. CSO staff edit a submission in the same
//! form (`/forms/{id}/submissions/{sid}/edit`), sent through the form's web link.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{ACCEPT_LANGUAGE, CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;
use store::collection::{Collector, Form};

use crate::forms::access::{Reach, form_for};
use crate::kernel::assets;
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::i18n::Locale;
use crate::kernel::state::AppState;
use crate::openrosa::Access;
use crate::openrosa::reply::{Message, RosaResult};

/// Routes under a collector's prefix (`/key/{token}`), next to the OpenRosa ones.
pub fn collector_routes() -> Router<AppState> {
    Router::new().route("/forms/{form_id}/web", get(page)).route("/sw.js", get(service_worker))
}

/// Routes for signed-in staff.
pub fn staff_routes() -> Router<AppState> {
    Router::new().route("/forms/{id}/submissions/{sid}/edit", get(edit))
}

/// Scripts and styles only from this server; images also from the camera (blob:).
const POLICY: &str = "default-src 'self'; img-src 'self' blob: data:; media-src 'self' blob:; \
                      style-src 'self'; script-src 'self'; connect-src 'self'; worker-src 'self'; \
                      object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

#[derive(Template)]
#[template(path = "webforms/templates/page.html")]
struct WebFormPage<'a> {
    lang: &'a str,
    title: &'a str,
    form_html: &'a str,
    style_url: &'a str,
    form_style_url: &'a str,
    engine_url: &'a str,
    back: Option<&'a str>,
    back_label: String,
    /// Shown above the form (a preview says nothing is sent).
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LangQuery {
    lang: Option<String>,
}

struct Target<'a> {
    /// The collector prefix the page submits through (`/key/{token}`).
    prefix: &'a str,
    form: &'a Form,
    edit: Option<&'a str>,
    back: Option<&'a str>,
}

async fn render(
    state: &AppState,
    locale: Locale,
    lang: Option<&str>,
    target: Target<'_>,
) -> Result<Response, String> {
    let version = state.store.latest_version(&target.form.id).await.map_err(|e| e.to_string())?;
    let prepared =
        state.prepared.get(&state.blobs, target.form, &version).await.map_err(|e| e.to_string())?;
    let ui = |key: &str| locale.t_template(key);
    // Without a choice, the form speaks the person's language when it has it.
    let preferred = match lang {
        Some(_) => None,
        None => webform::language_for(prepared.survey(), locale.code()),
    };
    let lang = lang.or(preferred.as_deref());
    let submission_url = format!("{}/submission", target.prefix);
    let service_worker_url = format!("{}/sw.js", target.prefix);
    let media_url = format!("{}/forms/{}/media", target.prefix, target.form.id);
    let options = webform::Options {
        submission_url: &submission_url,
        service_worker_url: &service_worker_url,
        media_url: &media_url,
        language: lang,
        edit: target.edit,
        preview: false,
        ui: &ui,
    };
    let rendered = webform::render(prepared.survey(), &options).map_err(|e| e.to_string())?;
    page_around(locale, &rendered, target.back.map(|url| (url, locale.t("webform-back-to-submission"))), None)
}

/// A form not yet published, to fill in and check: answers are checked as they will be, but
/// nothing is sent, kept as a draft or cached (`webform::Options::preview`).
pub fn preview(locale: Locale, survey: &xform::Survey) -> Result<Response, String> {
    let ui = |key: &str| locale.t_template(key);
    let language = webform::language_for(survey, locale.code());
    let options = webform::Options {
        submission_url: "",
        service_worker_url: "",
        media_url: "",
        language: language.as_deref(),
        edit: None,
        preview: true,
        ui: &ui,
    };
    let rendered = webform::render(survey, &options).map_err(|e| e.to_string())?;
    let notice = locale.t_args("forms-preview-notice", &[("title", rendered.title.clone())]);
    page_around(locale, &rendered, Some(("/forms", locale.t("forms-preview-back"))), Some(notice))
}

/// The page around a rendered form, with a link back and a notice when given.
fn page_around(
    locale: Locale,
    rendered: &webform::Rendered,
    back: Option<(&str, String)>,
    notice: Option<String>,
) -> Result<Response, String> {
    let (back, back_label) = match back {
        Some((url, label)) => (Some(url), label),
        None => (None, String::new()),
    };
    let page = WebFormPage {
        lang: locale.code(),
        title: &rendered.title,
        form_html: &rendered.html,
        style_url: assets::style_url(),
        form_style_url: assets::webform_style_url(),
        engine_url: assets::webform_engine_url(),
        back,
        back_label,
        notice,
    };
    let body = page.render().map_err(|e| e.to_string())?;
    Ok((
        [
            (CONTENT_SECURITY_POLICY, HeaderValue::from_static(POLICY)),
            (CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        Html(body),
    )
        .into_response())
}

fn locale_of(headers: &HeaderMap) -> Locale {
    headers
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Locale::from_accept_language)
        .unwrap_or_default()
}

/// `GET /key/{token}/forms/{id}/web`: the form, ready to fill in (and to cache offline).
pub async fn page(
    State(state): State<AppState>,
    access: Access,
    Path(form_id): Path<FormId>,
    Query(q): Query<LangQuery>,
    headers: HeaderMap,
) -> RosaResult<Response> {
    let form_id = form_id.form_id;
    let form = match state.store.form(&form_id).await {
        Ok(form) if form.organisation_id == access.organisation_id && access.serves(&form.id) => form,
        Ok(_) | Err(store::Error::NotFound) => {
            return Err(Message::error(StatusCode::NOT_FOUND, "openrosa-form-unknown"));
        }
        Err(err) => return Err(err.into()),
    };
    let prefix = access.base.strip_prefix(&state.config.base_url).unwrap_or(&access.base).to_owned();
    let target = Target { prefix: &prefix, form: &form, edit: None, back: None };
    render(&state, locale_of(&headers), q.lang.as_deref(), target).await.map_err(|err| {
        tracing::error!(error = err, form = form.id, "rendering a web form");
        Message::error(StatusCode::INTERNAL_SERVER_ERROR, "openrosa-server-error")
    })
}

#[derive(Deserialize)]
pub struct FormId {
    form_id: String,
}

/// `GET /key/{token}/sw.js`: the service worker, whose scope is the collector's prefix.
pub async fn service_worker(_access: Access) -> Response {
    (
        [
            (CONTENT_TYPE, HeaderValue::from_static("text/javascript; charset=utf-8")),
            (CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        webform::SERVICE_WORKER_JS,
    )
        .into_response()
}

/// `GET /forms/{id}/submissions/{sid}/edit`: the submission loaded into its form; the edit
/// is sent through the form's web link with `deprecatedID`, so the history keeps both.
pub async fn edit(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, sid)): Path<(String, String)>,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let (form, reach) = form_for(&state.store, &user, &id).await?;
    if reach != Reach::Manage {
        return Err(AppError::Forbidden);
    }
    let xml = state.store.submission_document(&form.id, &sid).await?;
    let link: Collector = state.store.web_link(&form.id, Some(&user.id)).await?;
    let token = link.shared_token.ok_or(AppError::NotFound)?;
    let prefix = format!("/key/{token}");
    let back = format!("/forms/{}/submissions/{sid}", form.id);
    let target = Target { prefix: &prefix, form: &form, edit: Some(&xml), back: Some(&back) };
    render(&state, ctx.locale, None, target).await.map_err(|e| AppError::Internal(anyhow::anyhow!(e)))
}
