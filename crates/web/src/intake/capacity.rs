use std::sync::LazyLock;

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE};
use axum::response::{IntoResponse, Redirect, Response};
use rand::RngCore;
use serde::Deserialize;
use store::intake::Application;

use super::applications::editable_application;
use super::assessment::{SKILLS, parse_skills};
use crate::kernel::config::ConnectionThresholds;
use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::forms::FieldErrors;
use crate::kernel::state::AppState;

/// The largest sample the connection check may download or upload at once.
pub const MAX_DOWNLOAD_BYTES: usize = 2 * 1024 * 1024;
pub const MAX_UPLOAD_BYTES: usize = 1024 * 1024;

#[derive(Template, WebTemplate)]
#[template(path = "intake/templates/capacity.html")]
pub struct CapacityPage {
    ctx: RequestContext,
    application: Application,
    limits: ConnectionThresholds,
    skills: Vec<String>,
    errors: FieldErrors,
}

impl CapacityPage {
    fn has_skill(&self, skill: &str) -> bool {
        self.skills.iter().any(|s| s == skill)
    }

    fn skill_list(&self) -> [&'static str; 4] {
        SKILLS
    }

    fn skill_label(&self, skill: &str) -> String {
        self.ctx.t(format!("skill-{}", skill.replace('_', "-")))
    }

    fn script_url(&self) -> &'static str {
        crate::kernel::assets::connection_check_url()
    }
}

async fn capacity_page(
    state: &AppState,
    ctx: RequestContext,
    id: &str,
    errors: FieldErrors,
) -> AppResult<CapacityPage> {
    let (_, application) = editable_application(state, &ctx, id).await?;
    let skills = parse_skills(application.capacity_skills.as_deref()).unwrap_or_default();
    Ok(CapacityPage { ctx, application, limits: state.config.connection, skills, errors })
}

pub async fn form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<CapacityPage> {
    capacity_page(&state, ctx, &id, FieldErrors::default()).await
}

/// The skills checklist: each ticked box arrives as one `skill` field.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SkillsForm {
    skill: Vec<String>,
}

pub async fn save_skills(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    axum_extra::extract::Form(form): axum_extra::extract::Form<SkillsForm>,
) -> AppResult<Response> {
    editable_application(&state, &ctx, &id).await?;
    let mut skills: Vec<String> = form.skill.into_iter().filter(|v| SKILLS.contains(&v.as_str())).collect();
    skills.sort();
    skills.dedup();
    let json = serde_json::to_string(&skills).map_err(anyhow::Error::from)?;
    state.store.save_capacity_skills(&id, &json).await?;
    Ok(Redirect::to(&format!("/applications/{id}/capacity#skills")).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MeasurementForm {
    latency_ms: String,
    download_kbps: String,
    upload_kbps: String,
    samples: String,
}

/// A measurement as the browser reported it, checked for plausible values.
struct Measurement {
    latency_ms: i64,
    download_kbps: i64,
    upload_kbps: i64,
    samples: String,
}

impl MeasurementForm {
    fn parse(&self) -> Option<Measurement> {
        let number = |raw: &str, max: i64| {
            raw.trim().parse::<f64>().ok().filter(|n| n.is_finite() && *n >= 0.0 && *n <= max as f64)
        };
        let latency = number(&self.latency_ms, 60_000)?;
        let download = number(&self.download_kbps, 100_000_000)?;
        let upload = number(&self.upload_kbps, 100_000_000)?;
        if self.samples.len() > 16_384 {
            return None;
        }
        let samples: serde_json::Value = serde_json::from_str(&self.samples).ok()?;
        if !samples.is_object() {
            return None;
        }
        Some(Measurement {
            latency_ms: latency.round() as i64,
            download_kbps: download.round() as i64,
            upload_kbps: upload.round() as i64,
            samples: samples.to_string(),
        })
    }
}

pub async fn save_measurement(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Form(form): Form<MeasurementForm>,
) -> AppResult<Response> {
    editable_application(&state, &ctx, &id).await?;
    let Some(m) = form.parse() else {
        let mut errors = FieldErrors::default();
        errors.add("measurement", "capacity-measurement-invalid");
        let page = capacity_page(&state, ctx, &id, errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    state
        .store
        .save_capacity_measurement(&id, m.latency_ms, m.download_kbps, m.upload_kbps, &m.samples)
        .await?;
    Ok(Redirect::to(&format!("/applications/{id}#assessment-capacity")).into_response())
}

fn uncached() -> [(axum::http::HeaderName, &'static str); 2] {
    [(CACHE_CONTROL, "no-store"), (CONTENT_ENCODING, "identity")]
}

/// Round trip for the latency samples.
pub async fn ping(ctx: RequestContext) -> AppResult<Response> {
    ctx.require_user()?;
    Ok((StatusCode::NO_CONTENT, uncached()).into_response())
}

#[derive(Debug, Deserialize)]
pub struct DownloadQuery {
    bytes: Option<usize>,
}

/// Random bytes cannot be compressed on the way, so the browser measures the real line.
static RANDOM_BYTES: LazyLock<Bytes> = LazyLock::new(|| {
    let mut bytes = vec![0u8; MAX_DOWNLOAD_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    Bytes::from(bytes)
});

pub async fn download(ctx: RequestContext, Query(query): Query<DownloadQuery>) -> AppResult<Response> {
    ctx.require_user()?;
    let size = query.bytes.unwrap_or(256 * 1024).clamp(1024, MAX_DOWNLOAD_BYTES);
    let mut response = (uncached(), RANDOM_BYTES.slice(..size)).into_response();
    response.headers_mut().insert(CONTENT_TYPE, "application/octet-stream".parse().expect("valid header"));
    Ok(response)
}

/// Swallows an upload sample; the browser times how long it took.
pub async fn upload(ctx: RequestContext, body: Bytes) -> AppResult<Response> {
    ctx.require_user()?;
    tracing::debug!(bytes = body.len(), "connection check upload sample");
    Ok((StatusCode::NO_CONTENT, uncached()).into_response())
}
