//! The emails of the discussion, each in its recipient's language: a post at once to the other
//! side who read at once (queued in the post's transaction), and the daily digest, sent by a
//! background task on every server (the store moves each reader's cut-off in the transaction
//! that queues their digest, so any number of servers send it once).

use std::time::Duration;

use store::curriculum::{FALLBACK_LOCALE, ModuleText};
use store::engagements::Engagement;
use store::engagements::discussion::{DigestPost, Post, Recipient};
use store::outbox::OutgoingEmail;

use crate::kernel::i18n::Locale;
use crate::kernel::layout::short_time;
use crate::kernel::mail;
use crate::kernel::state::AppState;

/// The wait between two looks for due digests: one query on a small table.
const POLL: Duration = Duration::from_secs(2);

/// A digest for day D is sent this long after D's midnight, so that a post written just
/// before midnight (requests time out after a minute) is committed and listed.
const GRACE: chrono::Duration = chrono::Duration::minutes(2);

/// How long a post's text may run in a digest before it is cut (the link leads to the rest).
const EXCERPT: usize = 500;

/// The thread a post is in, with what emails say about it.
pub enum About<'a> {
    /// A module's questions: its slug and its texts in every language it has.
    Module {
        slug: &'a str,
        texts: &'a [ModuleText],
    },
    Messages,
}

pub fn locale_of(recipient: &Recipient, fallback: Locale) -> Locale {
    recipient.locale.as_deref().and_then(Locale::parse).unwrap_or(fallback)
}

/// The page (with the post's anchor) where a post is read and answered.
pub fn post_path(engagement_id: &str, module_slug: Option<&str>, post_id: &str) -> String {
    match module_slug {
        Some(slug) => format!("/engagements/{engagement_id}/discussion/{slug}#post-{post_id}"),
        None => format!("/engagements/{engagement_id}/messages#post-{post_id}"),
    }
}

fn text_in(texts: &[ModuleText], locale: Locale) -> Option<&ModuleText> {
    texts
        .iter()
        .find(|t| t.locale == locale.code())
        .or_else(|| texts.iter().find(|t| t.locale == FALLBACK_LOCALE))
}

/// One email to each recipient (the other side who read at once) about `post`; `fallback` is
/// the language of a recipient who never chose one (the author's).
pub fn post_emails(
    state: &AppState,
    fallback: Locale,
    engagement: &Engagement,
    about: &About<'_>,
    post: &Post,
    recipients: &[Recipient],
) -> Vec<OutgoingEmail> {
    let slug = match about {
        About::Module { slug, .. } => Some(*slug),
        About::Messages => None,
    };
    let link = state.config.link(&post_path(&engagement.id, slug, &post.id));
    let settings = state.config.link("/settings/notifications");
    recipients
        .iter()
        .map(|recipient| {
            let locale = locale_of(recipient, fallback);
            let mut args = vec![
                ("name", recipient.name.clone()),
                ("author", post.author_name.clone()),
                ("organisation", engagement.organisation_name.clone()),
                ("body", post.body.clone()),
                ("link", link.clone()),
                ("settings", settings.clone()),
            ];
            let key = match about {
                About::Module { texts, .. } => {
                    let text = text_in(texts, locale);
                    let question = post.question.and_then(|q| usize::try_from(q).ok());
                    args.push(("module", text.map(|t| t.title.clone()).unwrap_or_default()));
                    args.push((
                        "question",
                        question
                            .and_then(|q| text.and_then(|t| t.questions.get(q)).cloned())
                            .unwrap_or_default(),
                    ));
                    if post.is_reply() { "discussion-reply" } else { "discussion-answer" }
                }
                About::Messages => "discussion-message",
            };
            mail::compose(locale, &recipient.email, key, &args)
        })
        .collect()
}

fn excerpt(body: &str) -> String {
    let mut cut: String = body.chars().take(EXCERPT).collect();
    if cut.len() < body.len() {
        cut.push('…');
    }
    cut
}

/// The digest of `posts` for `reader` (posts of all their engagements, grouped by CSO).
pub fn digest_email(
    state: &AppState,
    locale: Locale,
    reader: &Recipient,
    posts: &[DigestPost],
) -> OutgoingEmail {
    let mut list = String::new();
    let mut engagement: Option<&str> = None;
    for item in posts {
        let post = &item.post;
        if engagement != Some(post.engagement_id.as_str()) {
            engagement = Some(post.engagement_id.as_str());
            list.push_str(&format!("== {} ==\n\n", item.organisation_name));
        }
        let time = short_time(&post.created_at);
        let line = match (&item.module_title, post.question) {
            (Some(module), question) => {
                let key =
                    if post.is_reply() { "discussion-digest-reply" } else { "discussion-digest-answer" };
                locale.t_args(
                    key,
                    &[
                        ("author", post.author_name.clone()),
                        ("module", module.clone()),
                        ("number", (question.unwrap_or(0) + 1).to_string()),
                        ("time", time),
                    ],
                )
            }
            (None, _) => locale
                .t_args("discussion-digest-message", &[("author", post.author_name.clone()), ("time", time)]),
        };
        list.push_str(&line);
        list.push('\n');
        for text_line in excerpt(&post.body).lines() {
            list.push_str("> ");
            list.push_str(text_line);
            list.push('\n');
        }
        let path = post_path(&post.engagement_id, item.module_slug.as_deref(), &post.id);
        list.push_str(&state.config.link(&path));
        list.push_str("\n\n");
    }
    mail::compose(
        locale,
        &reader.email,
        "discussion-digest",
        &[
            ("name", reader.name.clone()),
            ("posts", list.trim_end().to_owned()),
            ("settings", state.config.link("/settings/notifications")),
        ],
    )
}

/// Sends due digests until the task is aborted.
pub async fn run_digests(state: AppState) {
    loop {
        if let Err(err) = send_due_digests(&state).await {
            tracing::warn!(error = %err, "sending discussion digests");
        }
        tokio::time::sleep(POLL).await;
    }
}

/// Sends every digest due now; returns how many readers this server dealt with.
pub async fn send_due_digests(state: &AppState) -> store::Result<usize> {
    let day = (state.config.clock.now() - GRACE).date_naive();
    let mut sent = 0;
    for due in state.store.due_digests(day).await? {
        let locale = locale_of(&due.reader, Locale::default());
        let result = state
            .store
            .send_digest(&due, day, locale.code(), |posts| {
                Some(digest_email(state, locale, &due.reader, posts))
            })
            .await;
        match result {
            Ok(true) => sent += 1,
            Ok(false) => {}
            Err(err) => tracing::warn!(error = %err, reader = due.reader.id, "sending a discussion digest"),
        }
    }
    Ok(sent)
}
