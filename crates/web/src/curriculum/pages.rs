//! The curriculum as people read it: the ten days with their modules, and one module with
//! its goals, video (captions, and a transcript for slow connections), reading, discussion
//! questions and exercise.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use store::curriculum::{LocalisedModule, Module, ModuleDeliverable, ModuleText, Video};
use store::engagements::DeliverableKind;
use store::types::Role;

use super::markdown;
use super::source::{Captions, DAYS, TranscriptLine};
use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::i18n::Locale;
use crate::kernel::state::AppState;

/// The translation key of a deliverable's name.
pub fn deliverable_key(deliverable: ModuleDeliverable) -> &'static str {
    match deliverable {
        None => "curriculum-deliverable-none",
        Some(DeliverableKind::CampaignPlan) => "curriculum-deliverable-campaign-plan",
        Some(DeliverableKind::SmartObjective) => "curriculum-deliverable-smart-objective",
        Some(DeliverableKind::Survey) => "curriculum-deliverable-survey",
        Some(DeliverableKind::PilotReport) => "curriculum-deliverable-pilot-report",
        Some(DeliverableKind::ChallengesLog) => "curriculum-deliverable-challenges-log",
    }
}

/// The `lang` to mark a text with when it is not in the page's language (it fell back to
/// English), so screen readers pronounce it right.
fn other_lang(ctx: &RequestContext, text: &ModuleText) -> Option<String> {
    (text.locale != ctx.locale.code()).then(|| text.locale.clone())
}

pub struct Entry {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub minutes: i64,
    pub has_video: bool,
    pub lang: Option<String>,
}

pub struct Day {
    pub number: i64,
    pub modules: Vec<Entry>,
}

#[derive(Template, WebTemplate)]
#[template(path = "curriculum/templates/list.html")]
pub struct CurriculumPage {
    ctx: RequestContext,
    days: Vec<Day>,
    can_edit: bool,
}

/// `GET /curriculum`: the ten days and their modules, for anyone signed in.
pub async fn list(State(state): State<AppState>, ctx: RequestContext) -> AppResult<CurriculumPage> {
    let user = ctx.require_user()?;
    let can_edit = user.role == Role::Admin;
    let modules = state.store.modules_in(ctx.locale.code()).await?;
    let days = DAYS
        .map(|number| Day {
            number,
            modules: modules
                .iter()
                .filter(|m| m.module.day == number)
                .map(|m| Entry {
                    slug: m.module.slug.clone(),
                    title: m.text.title.clone(),
                    summary: m.text.summary.clone(),
                    minutes: m.module.minutes,
                    has_video: m.module.video.is_some(),
                    lang: other_lang(&ctx, &m.text),
                })
                .collect(),
        })
        .collect();
    Ok(CurriculumPage { ctx, days, can_edit })
}

pub struct Track {
    pub src: String,
    pub srclang: String,
    pub label: String,
    pub default: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "curriculum/templates/module.html")]
pub struct ModulePage {
    ctx: RequestContext,
    module: Module,
    text: ModuleText,
    /// Set when the text is English shown in place of the page's language.
    text_lang: Option<String>,
    reading_html: String,
    /// An uploaded video: its URL and type.
    video_file: Option<(String, String)>,
    external_video: Option<String>,
    tracks: Vec<Track>,
    transcript: Vec<TranscriptLine>,
    transcript_lang: Option<String>,
    can_edit: bool,
}

impl ModulePage {
    fn deliverable(&self) -> Option<&'static str> {
        self.module.deliverable.is_some().then(|| deliverable_key(self.module.deliverable))
    }
}

/// The captions to read as a transcript: the page's language, else English.
async fn transcript_text(
    state: &AppState,
    ctx: &RequestContext,
    module: &LocalisedModule,
) -> AppResult<Option<(String, String)>> {
    if module.text.captions.is_some() {
        return Ok(module.text.captions.clone().map(|c| (module.text.locale.clone(), c)));
    }
    if module.caption_locales.iter().any(|l| l == "en") && ctx.locale != Locale::En {
        let texts = state.store.module_texts(&module.module.id).await?;
        return Ok(texts
            .into_iter()
            .find(|t| t.locale == "en")
            .and_then(|t| t.captions.map(|c| ("en".into(), c))));
    }
    Ok(None)
}

/// `GET /curriculum/{slug}`: one module.
pub async fn module(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(slug): Path<String>,
) -> AppResult<ModulePage> {
    let user = ctx.require_user()?;
    let can_edit = user.role == Role::Admin;
    let localised = state.store.localised_module(&slug, ctx.locale.code()).await?;
    let slug = localised.module.slug.clone();
    let (video_file, external_video) = match &localised.module.video {
        Some(Video::Uploaded { key, content_type, .. }) => {
            // The key in the URL: a replaced video is a new address, never a stale cache.
            (
                Some((format!("/curriculum/{slug}/video?v={}", &key.as_str()[..16]), content_type.clone())),
                None,
            )
        }
        Some(Video::External(url)) => (None, Some(url.clone())),
        None => (None, None),
    };
    let wanted = if localised.caption_locales.iter().any(|l| l == ctx.locale.code()) {
        ctx.locale.code()
    } else {
        "en"
    };
    let tracks = localised
        .caption_locales
        .iter()
        .filter_map(|code| Locale::ALL.into_iter().find(|l| l.code() == code.as_str()))
        .map(|locale| Track {
            src: format!("/curriculum/{slug}/captions/{}", locale.code()),
            srclang: locale.code().to_owned(),
            label: locale.native_name().to_owned(),
            default: locale.code() == wanted,
        })
        .collect();
    let (transcript, transcript_lang) = match transcript_text(&state, &ctx, &localised).await? {
        Some((lang, source)) => {
            // Stored captions were checked when saved; a transcript is a courtesy, so
            // captions that no longer parse just leave it out.
            let lines = Captions::parse(&source).map(|c| c.transcript()).unwrap_or_default();
            (lines, (lang != ctx.locale.code()).then_some(lang))
        }
        None => (vec![], None),
    };
    let text_lang = other_lang(&ctx, &localised.text);
    let reading_html = markdown::to_html(&localised.text.reading);
    Ok(ModulePage {
        ctx,
        module: localised.module,
        text: localised.text,
        text_lang,
        reading_html,
        video_file,
        external_video,
        tracks,
        transcript,
        transcript_lang,
        can_edit,
    })
}
