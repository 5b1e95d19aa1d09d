//! Admins edit modules (settings and the four languages' texts, captions included), add
//! modules, and give a module its video: an uploaded MP4 or WebM (checked by its first
//! bytes) or an external https:// link. Refused input comes back with a message by each field.

use std::borrow::Borrow;
use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use store::blobs::BlobWriter;
use store::curriculum::{
    MODULE_SLUG_EXISTS, Module, ModuleSettings, ModuleText, NewModule, Video, deliverable_choices,
    deliverable_name,
};
use store::types::Role;

use super::pages::deliverable_key;
use super::source::{
    Field, LocalText, Problem, RawSettings, RawText, Rule, Slug, VideoUrl, check_settings, check_texts,
    store_texts,
};
use super::video::{MP4, WEBM, sniff_video};
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::forms::FieldErrors;
use crate::kernel::i18n::Locale;
use crate::kernel::state::AppState;

/// The largest video accepted (the server's own body limit may be lower; it is a setting).
pub const MAX_VIDEO_BYTES: usize = 200 * 1024 * 1024;

/// The text fields of one language, as named in the form: `{lang}_{field}`.
const TEXT_FIELDS: [&str; 7] = ["title", "summary", "goals", "questions", "exercise", "reading", "captions"];
const FIELD_NAMES: [[&str; 7]; 4] = [
    ["en_title", "en_summary", "en_goals", "en_questions", "en_exercise", "en_reading", "en_captions"],
    ["es_title", "es_summary", "es_goals", "es_questions", "es_exercise", "es_reading", "es_captions"],
    ["sw_title", "sw_summary", "sw_goals", "sw_questions", "sw_exercise", "sw_reading", "sw_captions"],
    ["ne_title", "ne_summary", "ne_goals", "ne_questions", "ne_exercise", "ne_reading", "ne_captions"],
];

fn locale_index(locale: Locale) -> usize {
    Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0)
}

fn field_index(field: Field) -> usize {
    match field {
        Field::Summary => 1,
        Field::Goals => 2,
        Field::Questions => 3,
        Field::Exercise => 4,
        Field::Reading => 5,
        Field::Captions => 6,
        _ => 0,
    }
}

/// The form field a problem belongs beside, and the message key that explains it.
fn shown(problem: &Problem) -> (&'static str, &'static str) {
    let field = match (problem.locale, problem.field) {
        (_, Field::Slug) => "slug",
        (_, Field::Day) => "day",
        (_, Field::Minutes) => "minutes",
        (_, Field::Deliverable) => "deliverable",
        (_, Field::VideoUrl) => "video_url",
        (Some(locale), field) => FIELD_NAMES[locale_index(locale)][field_index(field)],
        (None, _) => "en_title",
    };
    let key = match &problem.rule {
        Rule::Slug => "curriculum-error-slug",
        Rule::Day => "curriculum-error-day",
        Rule::Minutes => "curriculum-error-minutes",
        Rule::Deliverable => "curriculum-error-deliverable",
        Rule::VideoUrl => "curriculum-error-video-url",
        Rule::TooLong => "curriculum-error-too-long",
        Rule::Count => "curriculum-error-count",
        Rule::CountDiffers => "curriculum-error-count-differs",
        Rule::Captions { .. } => "curriculum-error-captions",
        Rule::CaptionTimings => "curriculum-error-caption-timings",
        Rule::Empty | Rule::Missing | Rule::Folder | Rule::FrontMatter | Rule::Syntax(_) => {
            "curriculum-error-required"
        }
    };
    (field, key)
}

fn field_errors(problems: &[Problem]) -> FieldErrors {
    let mut errors = FieldErrors::default();
    for problem in problems {
        let (field, key) = shown(problem);
        errors.add(field, key);
    }
    errors
}

/// One language's fields as typed.
#[derive(Debug, Clone)]
pub struct LangForm {
    pub locale: Locale,
    /// In the order of `TEXT_FIELDS`.
    pub values: [String; 7],
}

impl LangForm {
    // Templates pass the loop index by value or by reference.
    fn name(&self, i: impl Borrow<usize>) -> &'static str {
        FIELD_NAMES[locale_index(self.locale)][*i.borrow()]
    }

    fn from_text(locale: Locale, text: Option<&ModuleText>) -> Self {
        let values = match text {
            Some(t) => [
                t.title.clone(),
                t.summary.clone(),
                t.goals.join("\n"),
                t.questions.join("\n"),
                t.exercise.clone(),
                t.reading.clone(),
                t.captions.clone().unwrap_or_default(),
            ],
            None => Default::default(),
        };
        Self { locale, values }
    }

    fn raw(&self) -> RawText {
        let lines = |s: &str| s.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
        RawText {
            title: self.values[0].clone(),
            summary: self.values[1].clone(),
            goals: lines(&self.values[2]),
            questions: lines(&self.values[3]),
            exercise: self.values[4].clone(),
            reading: self.values[5].clone(),
            captions: self.values[6].clone(),
        }
    }
}

/// A module form whose every field is right.
struct Checked {
    settings: ModuleSettings,
    texts: Vec<(Locale, LocalText)>,
}

/// The whole module form as typed.
#[derive(Debug, Clone)]
pub struct ModuleForm {
    pub slug: String,
    pub day: String,
    pub minutes: String,
    pub deliverable: String,
    pub languages: Vec<LangForm>,
}

impl ModuleForm {
    fn from_fields(fields: &HashMap<String, String>) -> Self {
        let get = |name: &str| fields.get(name).cloned().unwrap_or_default();
        Self {
            slug: get("slug"),
            day: get("day"),
            minutes: get("minutes"),
            deliverable: get("deliverable"),
            languages: Locale::ALL
                .into_iter()
                .map(|locale| LangForm {
                    locale,
                    values: std::array::from_fn(|i| get(FIELD_NAMES[locale_index(locale)][i])),
                })
                .collect(),
        }
    }

    fn from_module(module: &Module, texts: &[ModuleText]) -> Self {
        Self {
            slug: module.slug.clone(),
            day: module.day.to_string(),
            minutes: module.minutes.to_string(),
            deliverable: deliverable_name(module.deliverable).to_owned(),
            languages: Locale::ALL
                .into_iter()
                .map(|locale| LangForm::from_text(locale, texts.iter().find(|t| t.locale == locale.code())))
                .collect(),
        }
    }

    fn blank() -> Self {
        Self {
            slug: String::new(),
            day: "1".into(),
            minutes: "45".into(),
            deliverable: deliverable_name(None).into(),
            languages: Locale::ALL.into_iter().map(|l| LangForm::from_text(l, None)).collect(),
        }
    }

    /// Settings and texts, checked by the same rules as the shipped content.
    fn check(&self) -> Result<Checked, Vec<Problem>> {
        let mut problems = Vec::new();
        let whole = |s: &str| s.trim().parse::<i64>().ok();
        let settings = check_settings(
            &RawSettings {
                day: whole(&self.day),
                minutes: whole(&self.minutes),
                deliverable: self.deliverable.clone(),
            },
            &mut problems,
        );
        let raw: Vec<(Locale, RawText)> = self.languages.iter().map(|l| (l.locale, l.raw())).collect();
        let texts = check_texts(&raw, false, &mut problems);
        match settings {
            Some(settings) if problems.is_empty() => Ok(Checked { settings, texts }),
            _ => Err(problems),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "curriculum/templates/edit.html")]
pub struct EditPage {
    ctx: RequestContext,
    /// `None` while adding a module.
    module: Option<Module>,
    form: ModuleForm,
    errors: FieldErrors,
    video_url: String,
    video_errors: FieldErrors,
}

impl EditPage {
    fn deliverables(&self) -> Vec<(&'static str, &'static str)> {
        deliverable_choices().map(|d| (deliverable_name(d), deliverable_key(d))).collect()
    }

    fn selected(&self, deliverable: &str) -> bool {
        self.form.deliverable == deliverable
    }

    fn label(&self, i: impl Borrow<usize>) -> &'static str {
        match TEXT_FIELDS[*i.borrow()] {
            "title" => "curriculum-field-title",
            "summary" => "curriculum-field-summary",
            "goals" => "curriculum-field-goals",
            "questions" => "curriculum-field-questions",
            "exercise" => "curriculum-field-exercise",
            "reading" => "curriculum-field-reading",
            _ => "curriculum-field-captions",
        }
    }

    fn hint(&self, i: impl Borrow<usize>) -> &'static str {
        match TEXT_FIELDS[*i.borrow()] {
            "goals" | "questions" => "curriculum-field-one-per-line",
            "reading" => "curriculum-field-reading-hint",
            "captions" => "curriculum-field-captions-hint",
            _ => "",
        }
    }

    fn action(&self) -> String {
        match &self.module {
            Some(m) => format!("/curriculum/{}/edit", m.slug),
            None => "/admin/curriculum/new".to_owned(),
        }
    }

    fn video_kind(&self) -> Option<&'static str> {
        match self.module.as_ref()?.video.as_ref()? {
            Video::Uploaded { .. } => Some("curriculum-video-current-file"),
            Video::External(_) => Some("curriculum-video-current-link"),
        }
    }

    fn video_size_mb(&self) -> String {
        match self.module.as_ref().and_then(|m| m.video.as_ref()) {
            Some(Video::Uploaded { size, .. }) => format!("{:.1}", *size as f64 / 1_048_576.0),
            _ => String::new(),
        }
    }
}

fn page(ctx: RequestContext, module: Option<Module>, form: ModuleForm) -> EditPage {
    let video_url = match module.as_ref().and_then(|m| m.video.as_ref()) {
        Some(Video::External(url)) => url.clone(),
        _ => String::new(),
    };
    EditPage {
        ctx,
        module,
        form,
        errors: FieldErrors::default(),
        video_url,
        video_errors: FieldErrors::default(),
    }
}

async fn edit_page(state: &AppState, ctx: RequestContext, slug: &str) -> AppResult<EditPage> {
    let module = state.store.module_by_slug(slug).await?;
    let texts = state.store.module_texts(&module.id).await?;
    let form = ModuleForm::from_module(&module, &texts);
    Ok(page(ctx, Some(module), form))
}

fn refused(page: EditPage) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
}

/// `GET /curriculum/{slug}/edit`.
pub async fn edit_form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(slug): Path<String>,
) -> AppResult<EditPage> {
    ctx.require_role(&[Role::Admin])?;
    edit_page(&state, ctx, &slug).await
}

/// `POST /curriculum/{slug}/edit`: nothing is stored unless every field is right.
pub async fn save(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(slug): Path<String>,
    Form(fields): Form<HashMap<String, String>>,
) -> AppResult<Response> {
    let admin = ctx.require_role(&[Role::Admin])?.clone();
    let module = state.store.module_by_slug(&slug).await?;
    let mut form = ModuleForm::from_fields(&fields);
    form.slug = module.slug.clone();
    match form.check() {
        Ok(Checked { settings, texts }) => {
            state.store.update_module(&module.id, &settings, &store_texts(texts), &admin.id).await?;
            tracing::info!(module = module.slug, "curriculum module edited");
            Ok(Redirect::to(&format!("/curriculum/{}", module.slug)).into_response())
        }
        Err(problems) => {
            let mut page = page(ctx, Some(module), form);
            page.errors = field_errors(&problems);
            Ok(refused(page))
        }
    }
}

/// `GET /admin/curriculum/new`.
pub async fn new_form(ctx: RequestContext) -> AppResult<EditPage> {
    ctx.require_role(&[Role::Admin])?;
    Ok(page(ctx, None, ModuleForm::blank()))
}

/// `POST /admin/curriculum/new`: a new module, after every other one of its day.
pub async fn create(
    State(state): State<AppState>,
    ctx: RequestContext,
    Form(fields): Form<HashMap<String, String>>,
) -> AppResult<Response> {
    let admin = ctx.require_role(&[Role::Admin])?.clone();
    let form = ModuleForm::from_fields(&fields);
    let slug = Slug::parse(&form.slug);
    let checked = form.check();
    let (slug, Checked { settings, texts }) = match (slug, checked) {
        (Ok(slug), Ok(checked)) => (slug, checked),
        (slug, checked) => {
            let mut problems = checked.err().unwrap_or_default();
            if let Err(rule) = slug {
                problems.insert(0, Problem { locale: None, field: Field::Slug, rule });
            }
            let mut page = page(ctx, None, form);
            page.errors = field_errors(&problems);
            return Ok(refused(page));
        }
    };
    let new = NewModule {
        slug: slug.as_str().to_owned(),
        settings,
        position: None,
        video_url: None,
        texts: store_texts(texts),
    };
    match state.store.add_module(&new, &admin.id).await {
        Ok(module) => {
            tracing::info!(module = module.slug, "curriculum module added");
            Ok(Redirect::to(&format!("/curriculum/{}/edit", module.slug)).into_response())
        }
        Err(store::Error::Conflict(MODULE_SLUG_EXISTS)) => {
            let mut page = page(ctx, None, form);
            page.errors.add("slug", "curriculum-error-slug-taken");
            Ok(refused(page))
        }
        Err(err) => Err(err.into()),
    }
}

/// The bytes kept in memory to recognise a video by its first bytes.
const HEAD_BYTES: usize = 64;

/// An uploaded file written to the blob store as it arrives (a video may be hundreds of
/// megabytes: it is never held in memory), with its declared type and first bytes.
struct Upload {
    declared: Option<String>,
    head: Vec<u8>,
    blob: BlobWriter,
}

/// Why an upload was refused: the message key for the form, or a failure of the disk.
enum UploadProblem {
    Refused(&'static str),
    Disk(std::io::Error),
}

impl From<std::io::Error> for UploadProblem {
    fn from(err: std::io::Error) -> Self {
        UploadProblem::Disk(err)
    }
}

/// Writes one chunk on a blocking thread, giving the writer back.
async fn write_chunk(mut blob: BlobWriter, chunk: axum::body::Bytes) -> std::io::Result<BlobWriter> {
    tokio::task::spawn_blocking(move || blob.write(&chunk).map(|()| blob))
        .await
        .map_err(std::io::Error::other)?
}

/// Streams the form's `file` field into the blob store, refusing it past `limit` bytes.
async fn receive_upload(
    state: &AppState,
    mut multipart: Multipart,
    limit: u64,
) -> Result<Upload, UploadProblem> {
    let broken = |_| UploadProblem::Refused("curriculum-error-upload");
    while let Some(mut field) = multipart.next_field().await.map_err(broken)? {
        if field.name() != Some("file") {
            continue;
        }
        let declared = field.content_type().map(str::to_owned);
        let mut head = Vec::with_capacity(HEAD_BYTES);
        let mut blob = state.blobs.writer()?;
        while let Some(chunk) = field.chunk().await.map_err(broken)? {
            if blob.len() + chunk.len() as u64 > limit {
                return Err(UploadProblem::Refused("curriculum-error-video-too-large"));
            }
            let wanted = HEAD_BYTES.saturating_sub(head.len()).min(chunk.len());
            head.extend_from_slice(&chunk[..wanted]);
            blob = write_chunk(blob, chunk).await?;
        }
        if blob.is_empty() {
            return Err(UploadProblem::Refused("curriculum-error-video-missing"));
        }
        return Ok(Upload { declared, head, blob });
    }
    Err(UploadProblem::Refused("curriculum-error-video-missing"))
}

async fn video_refused(
    state: &AppState,
    ctx: RequestContext,
    slug: &str,
    field: &'static str,
    key: &str,
) -> AppResult<Response> {
    let mut page = edit_page(state, ctx, slug).await?;
    page.video_errors.add(field, key);
    Ok(refused(page))
}

/// `POST /curriculum/{slug}/video`: an uploaded MP4 or WebM becomes the module's video.
pub async fn upload_video(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(slug): Path<String>,
    multipart: Multipart,
) -> AppResult<Response> {
    let admin = ctx.require_role(&[Role::Admin])?.clone();
    let module = state.store.module_by_slug(&slug).await?;
    let upload = match receive_upload(&state, multipart, MAX_VIDEO_BYTES as u64).await {
        Ok(upload) => upload,
        Err(UploadProblem::Refused(key)) => return video_refused(&state, ctx, &slug, "file", key).await,
        Err(UploadProblem::Disk(err)) => return Err(AppError::Internal(err.into())),
    };
    // The declared type is the browser's guess from the name; the first bytes decide.
    let declared_ok = upload.declared.as_deref().is_none_or(|t| {
        [MP4, WEBM, "application/octet-stream"].contains(&t.split(';').next().unwrap_or("").trim())
    });
    let Some(content_type) = sniff_video(&upload.head).filter(|_| declared_ok) else {
        return video_refused(&state, ctx, &slug, "file", "curriculum-error-video-type").await;
    };
    let size = upload.blob.len() as i64;
    let (blobs, blob) = (state.blobs.clone(), upload.blob);
    let key = tokio::task::spawn_blocking(move || -> std::io::Result<_> {
        let key = blob.finish()?;
        blobs.sync()?;
        Ok(key)
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))?
    .map_err(|e| AppError::Internal(e.into()))?;
    let video = Video::Uploaded { key, content_type: content_type.to_owned(), size };
    state.store.set_module_video(&module.id, Some(&video), Some(&admin.id)).await?;
    tracing::info!(module = module.slug, size, content_type, "curriculum video uploaded");
    Ok(Redirect::to(&format!("/curriculum/{}/edit#video", module.slug)).into_response())
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct LinkForm {
    video_url: String,
}

/// `POST /curriculum/{slug}/video/link`: an external https:// video instead of a file.
pub async fn link_video(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(slug): Path<String>,
    Form(body): Form<LinkForm>,
) -> AppResult<Response> {
    let admin = ctx.require_role(&[Role::Admin])?.clone();
    let module = state.store.module_by_slug(&slug).await?;
    let Ok(url) = VideoUrl::parse(&body.video_url) else {
        let mut page = edit_page(&state, ctx, &slug).await?;
        page.video_url = body.video_url;
        page.video_errors.add("video_url", "curriculum-error-video-url");
        return Ok(refused(page));
    };
    let video = Video::External(url.as_str().to_owned());
    state.store.set_module_video(&module.id, Some(&video), Some(&admin.id)).await?;
    Ok(Redirect::to(&format!("/curriculum/{}/edit#video", module.slug)).into_response())
}

/// `POST /curriculum/{slug}/video/remove`.
pub async fn remove_video(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let admin = ctx.require_role(&[Role::Admin])?.clone();
    let module = state.store.module_by_slug(&slug).await?;
    state.store.set_module_video(&module.id, None, Some(&admin.id)).await?;
    Ok(Redirect::to(&format!("/curriculum/{}/edit#video", module.slug)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_has_a_field_and_a_message() {
        let p = |locale, field, rule| Problem { locale, field, rule };
        assert_eq!(
            shown(&p(Some(Locale::Es), Field::Title, Rule::Empty)),
            ("es_title", "curriculum-error-required")
        );
        assert_eq!(
            shown(&p(Some(Locale::Ne), Field::Captions, Rule::Captions { line: 3 })),
            ("ne_captions", "curriculum-error-captions")
        );
        assert_eq!(shown(&p(None, Field::Day, Rule::Day)), ("day", "curriculum-error-day"));
        for (i, name) in TEXT_FIELDS.iter().enumerate() {
            assert_eq!(FIELD_NAMES[2][i], format!("sw_{name}"));
        }
    }
}
