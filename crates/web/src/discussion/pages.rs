//! The discussion pages: every module's questions with their answer counts and the messages
//! (overview), one module's questions with the team's answers and the replies, and the
//! engagement's messages; the forms that post to them.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;
use store::Timestamp;
use store::accounts::User;
use store::curriculum::LocalisedModule;
use store::engagements::Engagement;
use store::engagements::discussion::{DiscussionCounts, NewPost, Post, PostBody, PostBodyError, Topic};

use super::notify::{self, About};
use crate::engagements::access::{engagement_for, own_engagement};
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::forms::FieldErrors;
use crate::kernel::layout::short_time;
use crate::kernel::state::AppState;

/// A refused post, to show again beside the form it came from.
pub struct Failed {
    /// The form's id: `answer-N`, `reply-POST` or `message`.
    target: String,
    problem: &'static str,
    typed: String,
}

/// What the thread templates need besides the posts.
pub struct Thread {
    engagement: Engagement,
    /// Participants reply; programme managers read.
    can_reply: bool,
    reply_action: String,
    failed: Option<Failed>,
}

impl Thread {
    fn by_builder(&self, post: &Post) -> bool {
        post.author_id == self.engagement.builder_id
    }

    fn time(&self, at: &Timestamp) -> String {
        short_time(at)
    }

    fn machine_time(&self, at: &Timestamp) -> String {
        at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    }

    /// The message key of the problem with the form `target`, if it was refused.
    fn problem(&self, target: impl AsRef<str>) -> Option<&'static str> {
        self.failed.as_ref().filter(|f| f.target == target.as_ref()).map(|f| f.problem)
    }

    /// What was typed in the form `target` when it was refused.
    fn typed(&self, target: impl AsRef<str>) -> &str {
        self.failed
            .as_ref()
            .filter(|f| f.target == target.as_ref())
            .map(|f| f.typed.as_str())
            .unwrap_or_default()
    }
}

fn refused(failed: &Option<Failed>) -> FieldErrors {
    let mut errors = FieldErrors::default();
    if let Some(failed) = failed {
        errors.add("body", failed.problem);
    }
    errors
}

fn problem_of(err: PostBodyError) -> &'static str {
    match err {
        PostBodyError::Empty => "discussion-error-empty",
        PostBodyError::TooLong => "discussion-error-long",
    }
}

/// Whether `user` is one of the CSO's own people (who answer the questions).
fn is_team(engagement: &Engagement, user: &User) -> bool {
    user.organisation_id.as_deref() == Some(engagement.organisation_id.as_str())
}

/// The `lang` of a module text shown in another language than the page's (English fallback).
fn other_lang(ctx: &RequestContext, module: &LocalisedModule) -> Option<String> {
    (module.text.locale != ctx.locale.code()).then(|| module.text.locale.clone())
}

pub struct QuestionCount {
    text: String,
    answers: i64,
}

pub struct ModuleEntry {
    slug: String,
    day: i64,
    title: String,
    lang: Option<String>,
    questions: Vec<QuestionCount>,
}

#[derive(Template, WebTemplate)]
#[template(path = "discussion/templates/overview.html")]
pub struct OverviewPage {
    ctx: RequestContext,
    engagement: Engagement,
    modules: Vec<ModuleEntry>,
    counts: DiscussionCounts,
}

impl OverviewPage {
    fn time(&self, at: &Timestamp) -> String {
        short_time(at)
    }
}

/// `GET /engagements/{id}/discussion`: every module with its questions and how many answers
/// each has, and the messages.
pub async fn overview(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<OverviewPage> {
    let (engagement, _) = engagement_for(&state, &ctx, &id).await?;
    let counts = state.store.discussion_counts(&engagement.id).await?;
    let modules = state
        .store
        .modules_in(ctx.locale.code())
        .await?
        .into_iter()
        .map(|m| ModuleEntry {
            lang: other_lang(&ctx, &m),
            questions: m
                .text
                .questions
                .iter()
                .enumerate()
                .map(|(i, text)| QuestionCount {
                    text: text.clone(),
                    answers: counts.answers_to(&m.module.id, i as i64),
                })
                .collect(),
            slug: m.module.slug,
            day: m.module.day,
            title: m.text.title,
        })
        .collect();
    Ok(OverviewPage { ctx, engagement, modules, counts })
}

pub struct Question {
    index: usize,
    number: usize,
    /// `None` for an answered question the module no longer has in this language.
    text: Option<String>,
    topics: Vec<Topic>,
}

#[derive(Template, WebTemplate)]
#[template(path = "discussion/templates/module.html")]
pub struct ModulePage {
    ctx: RequestContext,
    d: Thread,
    module: LocalisedModule,
    lang: Option<String>,
    questions: Vec<Question>,
    /// The team answers; the builder replies.
    can_answer: bool,
    errors: FieldErrors,
}

async fn module_page(
    state: &AppState,
    ctx: RequestContext,
    id: &str,
    slug: &str,
    failed: Option<Failed>,
) -> AppResult<ModulePage> {
    let (engagement, user) = engagement_for(state, &ctx, id).await?;
    let can_answer = is_team(&engagement, user);
    let can_reply = engagement.is_participant(user);
    let module = state.store.localised_module(slug, ctx.locale.code()).await?;
    let topics = state.store.module_discussion(&engagement.id, &module.module.id).await?;
    let answered = topics.iter().filter_map(|t| t.post.question).max().map_or(0, |q| q as usize + 1);
    let count = module.text.questions.len().max(answered);
    let mut questions: Vec<Question> = (0..count)
        .map(|index| Question {
            index,
            number: index + 1,
            text: module.text.questions.get(index).cloned(),
            topics: Vec::new(),
        })
        .collect();
    for topic in topics {
        let index = topic.post.question.and_then(|q| usize::try_from(q).ok()).unwrap_or(0);
        if let Some(question) = questions.get_mut(index) {
            question.topics.push(topic);
        }
    }
    let errors = refused(&failed);
    let reply_action = format!("/engagements/{}/discussion/{}/replies", engagement.id, module.module.slug);
    let d = Thread { engagement, can_reply, reply_action, failed };
    let lang = other_lang(&ctx, &module);
    Ok(ModulePage { ctx, d, module, lang, questions, can_answer, errors })
}

/// `GET /engagements/{id}/discussion/{slug}`.
pub async fn module(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, slug)): Path<(String, String)>,
) -> AppResult<ModulePage> {
    module_page(&state, ctx, &id, &slug, None).await
}

#[derive(Template, WebTemplate)]
#[template(path = "discussion/templates/messages.html")]
pub struct MessagesPage {
    ctx: RequestContext,
    d: Thread,
    topics: Vec<Topic>,
    errors: FieldErrors,
}

async fn messages_page(
    state: &AppState,
    ctx: RequestContext,
    id: &str,
    failed: Option<Failed>,
) -> AppResult<MessagesPage> {
    let (engagement, user) = engagement_for(state, &ctx, id).await?;
    let can_reply = engagement.is_participant(user);
    let topics = state.store.engagement_messages(&engagement.id).await?;
    let errors = refused(&failed);
    let reply_action = format!("/engagements/{}/messages/replies", engagement.id);
    let d = Thread { engagement, can_reply, reply_action, failed };
    Ok(MessagesPage { ctx, d, topics, errors })
}

/// `GET /engagements/{id}/messages`: the engagement's thread for everything else.
pub async fn messages(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> AppResult<MessagesPage> {
    messages_page(&state, ctx, &id, None).await
}

fn unprocessable(page: impl IntoResponse) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
}

/// Writes the post with its emails and sends the browser to it.
async fn publish(
    state: &AppState,
    ctx: &RequestContext,
    engagement: &Engagement,
    author: &User,
    new: NewPost,
    body: &PostBody,
    about: About<'_>,
) -> AppResult<Response> {
    let now = state.config.clock.now();
    let post = state
        .store
        .add_post(engagement, &new, &author.id, body, now, |post, recipients| {
            notify::post_emails(state, ctx.locale, engagement, &about, post, recipients)
        })
        .await?;
    let slug = match &about {
        About::Module { slug, .. } => Some(*slug),
        About::Messages => None,
    };
    Ok(Redirect::to(&notify::post_path(&engagement.id, slug, &post.id)).into_response())
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    question: String,
    body: String,
}

/// `POST /engagements/{id}/discussion/{slug}`: one of the team answers a question.
pub async fn answer(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, slug)): Path<(String, String)>,
    Form(form): Form<AnswerForm>,
) -> AppResult<Response> {
    let (engagement, user) = own_engagement(&state, &ctx, &id).await?;
    let module = state.store.localised_module(&slug, ctx.locale.code()).await?;
    let question = form
        .question
        .trim()
        .parse::<usize>()
        .ok()
        .filter(|q| *q < module.text.questions.len())
        .ok_or(AppError::NotFound)?;
    let body = match PostBody::parse(&form.body) {
        Ok(body) => body,
        Err(err) => {
            let failed =
                Failed { target: format!("answer-{question}"), problem: problem_of(err), typed: form.body };
            return Ok(unprocessable(module_page(&state, ctx, &id, &slug, Some(failed)).await?));
        }
    };
    let texts = state.store.module_texts(&module.module.id).await?;
    let new = NewPost::Answer { module_id: module.module.id.clone(), question: question as i64 };
    let about = About::Module { slug: &module.module.slug, texts: &texts };
    publish(&state, &ctx, &engagement, user, new, &body, about).await
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct ReplyForm {
    parent: String,
    body: String,
}

/// The participant replying in the engagement `id`, and the post replied to, which must be in
/// the module `module_id`'s thread (`None`: the messages).
async fn reply_context<'c>(
    state: &AppState,
    ctx: &'c RequestContext,
    id: &str,
    parent_id: &str,
    module_id: Option<&str>,
) -> AppResult<(Engagement, &'c User, Post)> {
    let (engagement, user) = engagement_for(state, ctx, id).await?;
    if !engagement.is_participant(user) {
        return Err(AppError::Forbidden);
    }
    let parent = state.store.discussion_post(&engagement.id, parent_id).await?;
    if parent.module_id.as_deref() != module_id {
        return Err(AppError::NotFound);
    }
    Ok((engagement, user, parent))
}

/// The form a reply to `parent` was written in (the one under its answer or message).
fn reply_target(parent: &Post) -> String {
    format!("reply-{}", parent.parent_id.as_deref().unwrap_or(&parent.id))
}

/// `POST /engagements/{id}/discussion/{slug}/replies`: the builder (or the team) replies to an
/// answer.
pub async fn module_reply(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, slug)): Path<(String, String)>,
    Form(form): Form<ReplyForm>,
) -> AppResult<Response> {
    let module = state.store.module_by_slug(&slug).await?;
    let (engagement, user, parent) = reply_context(&state, &ctx, &id, &form.parent, Some(&module.id)).await?;
    let body = match PostBody::parse(&form.body) {
        Ok(body) => body,
        Err(err) => {
            let failed = Failed { target: reply_target(&parent), problem: problem_of(err), typed: form.body };
            return Ok(unprocessable(module_page(&state, ctx, &id, &slug, Some(failed)).await?));
        }
    };
    let texts = state.store.module_texts(&module.id).await?;
    let new = NewPost::Reply { parent_id: parent.id.clone() };
    let about = About::Module { slug: &module.slug, texts: &texts };
    publish(&state, &ctx, &engagement, user, new, &body, about).await
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct MessageForm {
    body: String,
}

/// `POST /engagements/{id}/messages`: a participant writes a message.
pub async fn message(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Form(form): Form<MessageForm>,
) -> AppResult<Response> {
    let (engagement, user) = engagement_for(&state, &ctx, &id).await?;
    if !engagement.is_participant(user) {
        return Err(AppError::Forbidden);
    }
    let body = match PostBody::parse(&form.body) {
        Ok(body) => body,
        Err(err) => {
            let failed = Failed { target: "message".to_owned(), problem: problem_of(err), typed: form.body };
            return Ok(unprocessable(messages_page(&state, ctx, &id, Some(failed)).await?));
        }
    };
    publish(&state, &ctx, &engagement, user, NewPost::Message, &body, About::Messages).await
}

/// `POST /engagements/{id}/messages/replies`: a participant replies to a message.
pub async fn message_reply(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Form(form): Form<ReplyForm>,
) -> AppResult<Response> {
    let (engagement, user, parent) = reply_context(&state, &ctx, &id, &form.parent, None).await?;
    let body = match PostBody::parse(&form.body) {
        Ok(body) => body,
        Err(err) => {
            let failed = Failed { target: reply_target(&parent), problem: problem_of(err), typed: form.body };
            return Ok(unprocessable(messages_page(&state, ctx, &id, Some(failed)).await?));
        }
    };
    let new = NewPost::Reply { parent_id: parent.id.clone() };
    publish(&state, &ctx, &engagement, user, new, &body, About::Messages).await
}
