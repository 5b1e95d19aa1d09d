//! One submission: every value with its question's label, the problems found, the files,
//! the review history, the edit history, and the review, comment, delete and restore forms.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form as FormBody;
use serde::Deserialize;
use store::collection::{
    Attachment, EventKind, Form, ReviewComment, ReviewState, StoredSubmission, SubmissionEvent,
    SubmissionProblem, SubmissionRow,
};

use super::fields::{Labels, questions};
use super::table::latest_questions;
use super::{state_class, state_key};
use crate::data::personal;
use crate::forms::access::{Reach, form_for};
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::forms::FieldErrors;
use crate::kernel::layout::short_time;
use crate::kernel::state::AppState;
use store::personal_data::AuditAction;

/// Image types shown inline on the page and served inline by the download route; every
/// other file is offered as a download.
const INLINE_IMAGES: &[&str] = &["image/jpeg", "image/png", "image/gif", "image/webp"];

/// Characters escaped in a path segment or a `filename*` value.
const SEGMENT: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

/// One answered field as the page shows it.
pub struct ShownField {
    path: String,
    label: Option<String>,
    value: String,
    /// The choice labels of a select's answer.
    choices: Option<String>,
    /// The answer names a file of the submission.
    attachment: bool,
    has_problem: bool,
    /// Personal data shown as a pseudonym, or removed (the value then says so).
    protected: bool,
}

pub struct ShownProblem {
    path: String,
    label: Option<String>,
    message: String,
}

pub struct ShownEvent {
    at: String,
    text: String,
    comment: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "submissions/templates/detail.html")]
pub struct DetailPage {
    ctx: RequestContext,
    form: Form,
    submission: SubmissionRow,
    version: String,
    xml: String,
    fields: Vec<ShownField>,
    problems: Vec<ShownProblem>,
    attachments: Vec<Attachment>,
    events: Vec<ShownEvent>,
    /// Every version of the edit chain, newest first.
    versions: Vec<SubmissionRow>,
    states: [ReviewState; 4],
    can_manage: bool,
    errors: FieldErrors,
    typed_review_comment: String,
    typed_comment: String,
}

impl DetailPage {
    fn received(&self, row: &SubmissionRow) -> String {
        short_time(&row.received_at)
    }

    fn state_label(&self, state: &ReviewState) -> String {
        self.ctx.t(state_key(*state))
    }

    fn state_class(&self, state: &ReviewState) -> &'static str {
        state_class(*state)
    }

    fn is_state(&self, state: &ReviewState) -> bool {
        self.submission.review_state == *state
    }

    fn collector(&self) -> String {
        let s = &self.submission;
        s.collector_name.clone().or_else(|| s.submitter_name.clone()).unwrap_or_else(|| "—".to_owned())
    }

    fn url(&self) -> String {
        format!("/forms/{}/submissions/{}", self.form.id, self.submission.id)
    }

    fn attachment_url(&self, name: &str) -> String {
        format!("{}/attachments/{}", self.url(), percent_encoding::utf8_percent_encode(name, SEGMENT))
    }

    fn is_image(&self, attachment: &Attachment) -> bool {
        attachment.is_received() && INLINE_IMAGES.contains(&content_type_of(attachment).as_str())
    }

    /// Reviews and edits act on the current version only, while it is not deleted.
    fn can_review(&self) -> bool {
        self.can_manage && self.submission.is_current && self.submission.deleted_at.is_none()
    }
}

fn problem_message(ctx: &RequestContext, problem: &SubmissionProblem) -> String {
    let detail = problem.detail.clone().unwrap_or_default();
    match (problem.kind.as_str(), problem.detail.is_some()) {
        ("wrong_type", _) => ctx.t1("submissions-problem-wrong-type", "type", detail),
        ("not_a_choice", _) => ctx.t1("submissions-problem-not-a-choice", "value", detail),
        ("required", true) => ctx.t1("submissions-problem-required-message", "message", detail),
        ("required", false) => ctx.t("submissions-problem-required"),
        ("constraint", true) => ctx.t1("submissions-problem-constraint-message", "message", detail),
        ("constraint", false) => ctx.t("submissions-problem-constraint"),
        ("unexpected", _) => ctx.t("submissions-problem-unexpected"),
        ("expression", _) => ctx.t1("submissions-problem-expression", "detail", detail),
        (other, _) => ctx.t1("submissions-problem-other", "kind", other),
    }
}

fn event_shown(ctx: &RequestContext, event: &SubmissionEvent) -> ShownEvent {
    let who = event.actor_name.clone().unwrap_or_else(|| ctx.t("submissions-someone"));
    let (text, comment) = match event.kind {
        EventKind::Reviewed => {
            let state = event.review_state.map(|s| ctx.t(state_key(s))).unwrap_or_default();
            (ctx.t2("submissions-event-reviewed", "name", who, "state", state), event.comment.clone())
        }
        EventKind::Commented => (ctx.t1("submissions-event-commented", "name", who), event.comment.clone()),
        EventKind::Deleted => (ctx.t1("submissions-event-deleted", "name", who), None),
        EventKind::Restored => (ctx.t1("submissions-event-restored", "name", who), None),
        // An edit's comment is the instanceID it replaced, not someone's words.
        EventKind::Edited => {
            let replaced = event.comment.clone().unwrap_or_default();
            (ctx.t1("submissions-event-edited", "instance", replaced), None)
        }
    };
    ShownEvent { at: short_time(&event.at), text, comment }
}

/// The file's content type: as the device sent it when it names one, else from its name.
fn content_type_of(attachment: &Attachment) -> String {
    let sent = attachment.content_type.as_deref().unwrap_or_default().trim().to_ascii_lowercase();
    let usable = sent.split_once('/').is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
        && sent != "application/octet-stream"
        && HeaderValue::from_str(&sent).is_ok();
    if usable {
        return sent;
    }
    let ext = attachment.name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "mp3" => "audio/mpeg",
        "m4a" => "audio/mp4",
        "amr" => "audio/amr",
        "ogg" => "audio/ogg",
        "wav" => "audio/wav",
        "mp4" => "video/mp4",
        "3gp" => "video/3gpp",
        "webm" => "video/webm",
        "pdf" => "application/pdf",
        "csv" => "text/csv",
        _ => "application/octet-stream",
    }
    .to_owned()
}

/// The form, the person's reach, and the submission, which must belong to the form.
async fn load(
    state: &AppState,
    ctx: &RequestContext,
    id: &str,
    sid: &str,
) -> AppResult<(Form, Reach, StoredSubmission)> {
    let user = ctx.require_user()?.clone();
    let (form, reach) = form_for(&state.store, &user, id).await?;
    let submission = state.store.submission(sid).await?;
    if submission.row.form_id != form.id {
        return Err(AppError::NotFound);
    }
    Ok((form, reach, submission))
}

/// What a refused form brings back: its problems and the text typed.
#[derive(Default)]
struct Typed {
    errors: FieldErrors,
    review_comment: String,
    comment: String,
}

async fn render(
    state: &AppState,
    ctx: RequestContext,
    form: Form,
    reach: Reach,
    submission: StoredSubmission,
    typed: Typed,
) -> AppResult<DetailPage> {
    let version = state.store.form_version(&submission.row.version_id).await?;
    let prepared = match state.prepared.get(&state.blobs, &form, &version).await {
        Ok(prepared) => Some(prepared),
        Err(err) => {
            tracing::error!(version = version.id, error = %err, "reading a form version for its labels");
            None
        }
    };
    let labels = prepared.as_ref().map(|p| Labels::new(p.survey()));
    let label = |path: &str| labels.as_ref().and_then(|l| l.label(path)).map(str::to_owned);
    let user = ctx.require_user()?.clone();
    let disclosure = match &prepared {
        Some(prepared) => {
            personal::disclosure(state, &user, reach, &form, &questions(prepared.survey()), false).await?
        }
        None => {
            personal::disclosure(state, &user, reach, &form, &latest_questions(state, &form).await, false)
                .await?
        }
    };
    let StoredSubmission { row, mut xml, problems, mut attachments, events } = submission;
    let removed = ctx.t("personal-value-removed");
    let fields = row
        .field_values
        .iter()
        .map(|(path, value)| {
            let shown = disclosure.value(path, value);
            ShownField {
                label: label(path),
                choices: labels
                    .as_ref()
                    .filter(|_| !disclosure.is_personal(path) || disclosure.shows_personal())
                    .and_then(|l| l.choice_labels(path, value))
                    .filter(|c| c != value),
                attachment: disclosure.shows_file(path)
                    && attachments.iter().any(|a| &a.name == value && a.is_received()),
                has_problem: problems.iter().any(|p| &p.path == path),
                protected: disclosure.is_personal(path) && !disclosure.shows_personal(),
                path: path.clone(),
                value: shown.map(|v| v.into_owned()).unwrap_or_else(|| removed.clone()),
            }
        })
        .collect();
    // Files answered at personal questions, and the document itself, are not shown to those
    // who see pseudonyms.
    let hidden_files: Vec<&str> = row
        .field_values
        .iter()
        .filter(|(path, _)| !disclosure.shows_file(path))
        .map(|(_, value)| value.as_str())
        .collect();
    attachments.retain(|a| !hidden_files.contains(&a.name.as_str()));
    if !disclosure.shows_personal() && !disclosure.fields().is_empty() {
        xml.clear();
    }
    personal::audit(
        state,
        Some(&user),
        &form,
        &disclosure,
        AuditAction::View,
        format!("submission {}", row.id),
    )
    .await?;
    let problems = problems
        .iter()
        .map(|p| ShownProblem {
            path: p.path.clone(),
            label: label(&p.path),
            message: problem_message(&ctx, p),
        })
        .collect();
    let events = events.iter().map(|e| event_shown(&ctx, e)).collect();
    let versions = state.store.submission_versions(&row.id).await?;
    Ok(DetailPage {
        ctx,
        form,
        submission: row,
        version: version.version,
        xml,
        fields,
        problems,
        attachments,
        events,
        versions,
        states: ReviewState::ALL,
        can_manage: reach == Reach::Manage,
        errors: typed.errors,
        typed_review_comment: typed.review_comment,
        typed_comment: typed.comment,
    })
}

/// `GET /forms/{id}/submissions/{sid}`.
pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, sid)): Path<(String, String)>,
) -> AppResult<DetailPage> {
    let (form, reach, submission) = load(&state, &ctx, &id, &sid).await?;
    render(&state, ctx, form, reach, submission, Typed::default()).await
}

/// The form, the submission, and the acting person's id, for someone who may change it.
async fn load_to_change(
    state: &AppState,
    ctx: &RequestContext,
    id: &str,
    sid: &str,
) -> AppResult<(Form, StoredSubmission, String)> {
    let (form, reach, submission) = load(state, ctx, id, sid).await?;
    if reach != Reach::Manage {
        return Err(AppError::Forbidden);
    }
    let user_id = ctx.require_user()?.id.clone();
    Ok((form, submission, user_id))
}

fn back_to(form: &Form, sid: &str) -> Response {
    Redirect::to(&format!("/forms/{}/submissions/{sid}", form.id)).into_response()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReviewBody {
    state: String,
    review_comment: String,
}

/// `POST …/review`: a new review state, with an optional comment.
pub async fn review(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, sid)): Path<(String, String)>,
    FormBody(body): FormBody<ReviewBody>,
) -> AppResult<Response> {
    let (form, submission, user_id) = load_to_change(&state, &ctx, &id, &sid).await?;
    let mut errors = FieldErrors::default();
    let review_state = body.state.parse::<ReviewState>().ok();
    if review_state.is_none() {
        errors.add("state", "submissions-review-pick-state");
    }
    let comment = ReviewComment::parse(&body.review_comment);
    if comment.is_none() && !body.review_comment.trim().is_empty() {
        errors.add("review_comment", "submissions-comment-too-long");
    }
    let Some(review_state) = review_state.filter(|_| errors.is_empty()) else {
        let typed = Typed { errors, review_comment: body.review_comment, comment: String::new() };
        let page = render(&state, ctx, form, Reach::Manage, submission, typed).await?;
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    };
    state.store.set_review_state(&sid, review_state, comment.as_ref(), Some(&user_id)).await?;
    tracing::info!(submission = sid, state = review_state.as_str(), "review state set");
    Ok(back_to(&form, &sid))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CommentBody {
    comment: String,
}

/// `POST …/comment`.
pub async fn comment(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, sid)): Path<(String, String)>,
    FormBody(body): FormBody<CommentBody>,
) -> AppResult<Response> {
    let (form, submission, user_id) = load_to_change(&state, &ctx, &id, &sid).await?;
    let Some(comment) = ReviewComment::parse(&body.comment) else {
        let mut errors = FieldErrors::default();
        let key = if body.comment.trim().is_empty() {
            "submissions-comment-empty"
        } else {
            "submissions-comment-too-long"
        };
        errors.add("comment", key);
        let typed = Typed { errors, review_comment: String::new(), comment: body.comment };
        let page = render(&state, ctx, form, Reach::Manage, submission, typed).await?;
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    };
    state.store.add_submission_comment(&sid, &comment, Some(&user_id)).await?;
    Ok(back_to(&form, &sid))
}

/// `POST …/delete`: soft delete (the submission and its versions leave the table).
pub async fn delete(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, sid)): Path<(String, String)>,
) -> AppResult<Response> {
    let (form, _, user_id) = load_to_change(&state, &ctx, &id, &sid).await?;
    state.store.delete_submission(&sid, Some(&user_id)).await?;
    tracing::info!(submission = sid, "submission deleted");
    Ok(back_to(&form, &sid))
}

/// `POST …/restore`.
pub async fn restore(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, sid)): Path<(String, String)>,
) -> AppResult<Response> {
    let (form, _, user_id) = load_to_change(&state, &ctx, &id, &sid).await?;
    state.store.restore_submission(&sid, Some(&user_id)).await?;
    tracing::info!(submission = sid, "submission restored");
    Ok(back_to(&form, &sid))
}

/// A Content-Disposition value with an ASCII `filename` and the exact `filename*`.
fn disposition(kind: &str, name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| if (c.is_ascii_graphic() && c != '"' && c != '\\') || c == ' ' { c } else { '_' })
        .collect();
    let encoded = percent_encoding::utf8_percent_encode(name, SEGMENT);
    format!("{kind}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// `GET …/attachments/{name}`: a received file, streamed from the blob store. Files that are
/// not plain images are downloaded, never rendered here, and sandboxed if opened.
pub async fn attachment(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, sid, name)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let (form, reach, submission) = load(&state, &ctx, &id, &sid).await?;
    let user = ctx.require_user()?.clone();
    let version = state.store.form_version(&submission.row.version_id).await?;
    let questions = match state.prepared.get(&state.blobs, &form, &version).await {
        Ok(prepared) => questions(prepared.survey()),
        Err(_) => latest_questions(&state, &form).await,
    };
    let disclosure = personal::disclosure(&state, &user, reach, &form, &questions, false).await?;
    let answered_at = submission.row.field_values.iter().filter(|(_, value)| *value == name);
    if answered_at.clone().any(|(path, _)| !disclosure.shows_file(path)) {
        return Err(AppError::NotFound);
    }
    if answered_at.clone().any(|(path, _)| disclosure.is_personal(path)) {
        personal::audit(
            &state,
            Some(&user),
            &form,
            &disclosure,
            AuditAction::View,
            format!("file {name} of submission {sid}"),
        )
        .await?;
    }
    let attachment = state.store.submission_attachment(&submission.row.id, &name).await?;
    let Some(key) = &attachment.blob_key else {
        return Err(AppError::NotFound);
    };
    // Small attachments are kept in the database, larger ones are files in the blob store.
    let body = match state.store.attachment_bytes(key).await? {
        Some(bytes) => Body::from(bytes),
        None => {
            let file = tokio::fs::File::open(state.blobs.path(key)).await.map_err(|err| {
                tracing::error!(error = %err, blob = key.as_str(), "opening an attachment");
                AppError::NotFound
            })?;
            Body::from_stream(tokio_util::io::ReaderStream::new(file))
        }
    };
    let content_type = content_type_of(&attachment);
    let kind = if INLINE_IMAGES.contains(&content_type.as_str()) { "inline" } else { "attachment" };
    let header = |value: String| HeaderValue::from_str(&value).map_err(|e| AppError::Internal(e.into()));
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, header(content_type)?);
    if let Some(size) = attachment.size {
        headers.insert(CONTENT_LENGTH, HeaderValue::from(size));
    }
    headers.insert(CONTENT_DISPOSITION, header(disposition(kind, &name))?);
    headers.insert(HeaderName::from_static("x-content-type-options"), HeaderValue::from_static("nosniff"));
    headers.insert(
        HeaderName::from_static("content-security-policy"),
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("private, max-age=3600"));
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, content_type: Option<&str>) -> Attachment {
        Attachment {
            name: name.into(),
            blob_key: None,
            size: None,
            content_type: content_type.map(str::to_owned),
            received_at: None,
        }
    }

    #[test]
    fn content_types_come_from_the_device_or_the_name() {
        assert_eq!(content_type_of(&file("a.jpg", Some("image/jpeg"))), "image/jpeg");
        assert_eq!(content_type_of(&file("a.jpg", Some("application/octet-stream"))), "image/jpeg");
        assert_eq!(content_type_of(&file("a.m4a", None)), "audio/mp4");
        assert_eq!(content_type_of(&file("a", Some("nonsense"))), "application/octet-stream");
    }

    #[test]
    fn file_names_are_quoted_safely() {
        assert_eq!(
            disposition("inline", "fötö \"1\".jpg"),
            "inline; filename=\"f_t_ _1_.jpg\"; filename*=UTF-8''f%C3%B6t%C3%B6%20%221%22.jpg"
        );
    }
}
