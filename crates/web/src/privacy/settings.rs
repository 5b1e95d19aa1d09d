//! `/forms/{id}/privacy`: which fields of a form are personal (the defaults, the XLSForm's
//! `pii` column, the author's decisions), the consent question and the retention period.
//! A new or shorter period that would purge submissions now is shown first as a dry run and
//! applied only once confirmed.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form as FormBody;
use store::accounts::User;
use store::collection::Form;
use store::personal_data::{AuditAction, Consent, FormPrivacy, NewAuditEntry, RetentionDays};

use super::retention::{self, PurgeReport, cutoff};
use crate::data::personal::{PersonalFields, Protection, by_default};
use crate::forms::access::{Reach, form_for};
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::forms::FieldErrors;
use crate::kernel::layout::short_time;
use crate::kernel::state::AppState;
use crate::submissions::fields::{Labels, Question};

/// One question in the personal fields table.
pub struct FieldRow {
    pub question: Question,
    /// Why it is personal without a decision: the message key.
    pub default_reason: Option<&'static str>,
    /// `personal`, `not` or `default`: the author's decision.
    pub decision: &'static str,
    pub personal: bool,
}

/// A choice of a select question that could record consent.
pub struct ConsentChoice {
    /// `path|choice`, the value posted.
    pub value: String,
    pub text: String,
    pub selected: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "privacy/templates/settings.html")]
pub struct SettingsPage {
    ctx: RequestContext,
    form: Form,
    can_manage: bool,
    fields: Vec<FieldRow>,
    consent_choices: Vec<ConsentChoice>,
    retention: String,
    errors: FieldErrors,
    saved: bool,
    /// The dry run of a new period, waiting for confirmation.
    pending: Option<PurgeReport>,
    /// The dry run of the current period (what the next hourly run purges).
    current: Option<PurgeReport>,
}

impl SettingsPage {
    fn when(&self, report: &PurgeReport) -> String {
        report.oldest.as_ref().map(short_time).unwrap_or_default()
    }

    fn before(&self, report: &PurgeReport) -> String {
        report.before.as_ref().map(short_time).unwrap_or_default()
    }

    fn megabytes(&self, report: &PurgeReport) -> String {
        format!("{:.1}", report.bytes as f64 / 1_048_576.0)
    }
}

fn decision_of(decisions: &[(String, bool)], path: &str) -> &'static str {
    match decisions.iter().find(|(p, _)| p == path) {
        Some((_, true)) => "personal",
        Some((_, false)) => "not",
        None => "default",
    }
}

fn reason(question: &Question) -> Option<&'static str> {
    if question.pii == Some(true) {
        return Some("privacy-reason-pii");
    }
    if question.pii == Some(false) {
        return None;
    }
    by_default(question).map(|protection| match protection {
        Protection::Remove => "privacy-reason-location",
        Protection::Pseudonymise if question.qtype.trim() == "text" => "privacy-reason-name",
        Protection::Pseudonymise => "privacy-reason-type",
    })
}

/// The questions a respondent can answer, with the form's select choices, for the page.
async fn load(
    state: &AppState,
    form: &Form,
) -> AppResult<(Vec<Question>, Vec<(Question, Vec<(String, String)>)>)> {
    let version = state.store.latest_version(&form.id).await?;
    let prepared = state
        .prepared
        .get(&state.blobs, form, &version)
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    let survey = prepared.survey();
    let labels = Labels::new(survey);
    let questions = crate::submissions::fields::questions(survey);
    let meta = format!("/{}/meta/", survey.name);
    let questions: Vec<Question> = questions.into_iter().filter(|q| !q.path.starts_with(&meta)).collect();
    let selects = questions
        .iter()
        .filter(|q| !q.in_repeat && q.qtype.trim_start().starts_with("select"))
        .map(|q| (q.clone(), labels.choices(q)))
        .collect();
    Ok((questions, selects))
}

#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    ctx: RequestContext,
    form: Form,
    reach: Reach,
    privacy: FormPrivacy,
    retention_typed: Option<String>,
    errors: FieldErrors,
    saved: bool,
    pending: Option<PurgeReport>,
) -> AppResult<SettingsPage> {
    let (questions, selects) = load(state, &form).await?;
    let decisions = state.store.personal_field_decisions(&form.id).await?;
    let fields_now = PersonalFields::of(&questions, &decisions);
    let fields = questions
        .into_iter()
        .map(|question| FieldRow {
            default_reason: reason(&question),
            decision: decision_of(&decisions, &question.path),
            personal: fields_now.is_personal(&question.path),
            question,
        })
        .collect();
    let consent_choices = selects
        .iter()
        .flat_map(|(question, choices)| {
            let consent = privacy.consent.as_ref();
            choices.iter().map(move |(name, label)| ConsentChoice {
                value: format!("{}|{name}", question.path),
                text: format!("{} → {label}", question.label),
                selected: consent.is_some_and(|c| c.path == question.path && &c.value == name),
            })
        })
        .collect();
    let current = match privacy.retention {
        Some(days) => Some(retention::plan(state, &form, cutoff(state.config.clock.now(), days)).await?),
        None => None,
    };
    Ok(SettingsPage {
        ctx,
        can_manage: reach == Reach::Manage,
        fields,
        consent_choices,
        retention: retention_typed
            .unwrap_or_else(|| privacy.retention.map(|d| d.days().to_string()).unwrap_or_default()),
        errors,
        saved,
        pending,
        current,
        form,
    })
}

#[derive(serde::Deserialize, Default)]
pub struct SavedQuery {
    saved: Option<String>,
}

/// `GET /forms/{id}/privacy`: everyone with reach reads it; the team changes it.
pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Query(query): Query<SavedQuery>,
) -> AppResult<SettingsPage> {
    let user = ctx.require_user()?.clone();
    let (form, reach) = form_for(&state.store, &user, &id).await?;
    let privacy = state.store.form_privacy(&form.id).await?;
    render(&state, ctx, form, reach, privacy, None, FieldErrors::default(), query.saved.is_some(), None).await
}

async fn managed(state: &AppState, ctx: &RequestContext, id: &str) -> AppResult<(Form, User)> {
    let user = ctx.require_user()?.clone();
    let (form, reach) = form_for(&state.store, &user, id).await?;
    if reach != Reach::Manage {
        return Err(AppError::Forbidden);
    }
    Ok((form, user))
}

/// `POST /forms/{id}/privacy/fields`: `field` (a question's path) and `treat` (`default`,
/// `personal`, `not`) repeated for each question.
pub async fn save_fields(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    FormBody(body): FormBody<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (form, user) = managed(&state, &ctx, &id).await?;
    let (questions, _) = load(&state, &form).await?;
    let paths: Vec<&String> = body.iter().filter(|(k, _)| k == "field").map(|(_, v)| v).collect();
    let treats: Vec<&String> = body.iter().filter(|(k, _)| k == "treat").map(|(_, v)| v).collect();
    if paths.len() != treats.len() {
        return Ok(StatusCode::BAD_REQUEST.into_response());
    }
    let mut decisions = vec![];
    for (path, treat) in paths.into_iter().zip(treats) {
        if !questions.iter().any(|q| &q.path == path) {
            return Ok(StatusCode::BAD_REQUEST.into_response());
        }
        let decision = match treat.as_str() {
            "default" => None,
            "personal" => Some(true),
            "not" => Some(false),
            _ => return Ok(StatusCode::BAD_REQUEST.into_response()),
        };
        decisions.push((path.clone(), decision));
    }
    let now = PersonalFields::of(&questions, &decided(&state, &form, &decisions).await?);
    let detail = format!("personal fields: {}", now.paths().join(", "));
    state.store.decide_personal_fields(&form.id, &decisions, audit_line(&user, &form, detail)).await?;
    state.consent.forget(&form.id);
    Ok(Redirect::to(&format!("/forms/{}/privacy?saved=1#fields", form.id)).into_response())
}

/// The decisions once `changes` are applied over the stored ones.
async fn decided(
    state: &AppState,
    form: &Form,
    changes: &[(String, Option<bool>)],
) -> AppResult<Vec<(String, bool)>> {
    let mut decisions = state.store.personal_field_decisions(&form.id).await?;
    for (path, decision) in changes {
        decisions.retain(|(p, _)| p != path);
        if let Some(personal) = decision {
            decisions.push((path.clone(), *personal));
        }
    }
    Ok(decisions)
}

fn audit_line<'a>(user: &'a User, form: &'a Form, detail: String) -> NewAuditEntry<'a> {
    NewAuditEntry {
        user: Some(user),
        organisation_id: &form.organisation_id,
        form_id: &form.id,
        form_title: &form.title,
        action: AuditAction::Settings,
        detail,
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct SettingsBody {
    consent: String,
    retention: String,
    /// `yes` once the dry run of a new period was shown and accepted.
    confirm: String,
}

/// `POST /forms/{id}/privacy`: the consent question and the retention period.
pub async fn save_settings(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    FormBody(body): FormBody<SettingsBody>,
) -> AppResult<Response> {
    let (form, user) = managed(&state, &ctx, &id).await?;
    let (_, selects) = load(&state, &form).await?;
    let mut errors = FieldErrors::default();
    let consent = match body.consent.split_once('|') {
        None if body.consent.trim().is_empty() => None,
        Some((path, value))
            if selects
                .iter()
                .any(|(q, choices)| q.path == path && choices.iter().any(|(n, _)| n == value)) =>
        {
            Some(Consent { path: path.to_owned(), value: value.to_owned() })
        }
        _ => {
            errors.add("consent", "privacy-consent-unknown");
            None
        }
    };
    let retention = match body.retention.trim() {
        "" => None,
        typed => match typed.parse::<i64>().ok().and_then(RetentionDays::new) {
            Some(days) => Some(days),
            None => {
                errors.add("retention", "privacy-retention-invalid");
                None
            }
        },
    };
    let privacy = state.store.form_privacy(&form.id).await?;
    if !errors.is_empty() {
        let page =
            render(&state, ctx, form, Reach::Manage, privacy, Some(body.retention), errors, false, None)
                .await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    // A period that would purge submissions now is shown as a dry run first.
    if let Some(days) = retention
        && body.confirm != "yes"
    {
        let report = retention::plan(&state, &form, cutoff(state.config.clock.now(), days)).await?;
        if report.submissions > 0 {
            let mut privacy = privacy;
            privacy.consent = consent;
            return Ok(render(
                &state,
                ctx,
                form,
                Reach::Manage,
                privacy,
                Some(body.retention),
                FieldErrors::default(),
                false,
                Some(report),
            )
            .await?
            .into_response());
        }
    }
    let detail = format!(
        "consent: {}; retention: {}",
        consent.as_ref().map(|c| format!("{} = {}", c.path, c.value)).unwrap_or_else(|| "none".into()),
        retention.map(|d| format!("{} days", d.days())).unwrap_or_else(|| "kept".into()),
    );
    state
        .store
        .set_form_privacy(&form.id, consent.as_ref(), retention, audit_line(&user, &form, detail))
        .await?;
    state.consent.forget(&form.id);
    if let Some(days) = retention {
        retention::purge(&state, &form, cutoff(state.config.clock.now(), days), Some(&user)).await?;
    }
    Ok(Redirect::to(&format!("/forms/{}/privacy?saved=1", form.id)).into_response())
}
