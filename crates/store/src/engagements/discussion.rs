//! Discussion: the CSO team's answers to each module's discussion questions, replies to them
//! (the builder's, and the team's back), and a general message thread per engagement
//! (`module_id` NULL).
//!
//! Replies are one level deep: a reply to a reply is attached to the same answer or message,
//! so a thread reads as a post and its replies in order.
//!
//! Each post is for the other side: the builder hears of the team's posts, the team of the
//! builder's. Who reads at once gets an email queued in the post's own transaction; who chose
//! the daily digest gets one email a day listing what was posted since the last one.
//!
//! Days are UTC dates of the caller's clock. `notification_settings.last_digest_on` is a
//! cut-off: posts made before that day's midnight have been dealt with (emailed at once or in a
//! digest); later ones are the next digest's. A digest sent on day D lists the posts from
//! `last_digest_on` to D's midnight and moves the cut-off to D in the same transaction, so no
//! post is listed twice and none is skipped. Choosing the digest sets the cut-off to tomorrow
//! (until then emails still come at once, so none is repeated); leaving it sends what is
//! pending at once.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate, NaiveTime};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::Engagement;
use crate::clock::{Timestamp, date, date_text, from_text, to_text};
use crate::outbox::{OutgoingEmail, insert_email};
use crate::types::new_id;
use crate::{Error, Result, Store};

/// The rule broken by a reply to a post that is not in the engagement (or not in the thread).
pub const PARENT_UNKNOWN: &str = "the post replied to is not in this discussion";
/// The rule broken by an answer to a question a module does not have.
pub const QUESTION_UNKNOWN: &str = "the module has no such question";

/// What a post says: trimmed, not empty, at most [`PostBody::MAX`] characters, line breaks
/// kept (as `\n`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostBody(String);

/// Why a post's text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostBodyError {
    Empty,
    TooLong,
}

impl PostBody {
    pub const MAX: usize = 4000;

    pub fn parse(text: &str) -> std::result::Result<Self, PostBodyError> {
        // Browsers send line breaks as CRLF; one character each, as the reader counts them.
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let text = text.trim();
        if text.is_empty() {
            return Err(PostBodyError::Empty);
        }
        if text.chars().count() > Self::MAX {
            return Err(PostBodyError::TooLong);
        }
        Ok(Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Where a new post goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewPost {
    /// An answer to question `question` (0-based) of a module.
    Answer { module_id: String, question: i64 },
    /// A message starting a thread of its own in the engagement's messages.
    Message,
    /// A reply to a post (an answer, a message, or a reply: then to the post it replies to).
    Reply { parent_id: String },
}

/// One post.
#[derive(Debug, Clone)]
pub struct Post {
    pub id: String,
    pub engagement_id: String,
    /// `None` in the engagement's messages.
    pub module_id: Option<String>,
    /// The question (0-based) of the module an answer and its replies are about.
    pub question: Option<i64>,
    /// The answer or message a reply belongs to.
    pub parent_id: Option<String>,
    pub author_id: String,
    pub author_name: String,
    pub body: String,
    pub created_at: Timestamp,
}

impl Post {
    pub fn is_reply(&self) -> bool {
        self.parent_id.is_some()
    }
}

/// An answer or a message with its replies, oldest first.
#[derive(Debug, Clone)]
pub struct Topic {
    pub post: Post,
    pub replies: Vec<Post>,
}

/// Someone a post is emailed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub id: String,
    pub email: String,
    pub name: String,
    pub locale: Option<String>,
}

/// How many answers each question of each module has, and the size of the messages thread.
#[derive(Debug, Clone, Default)]
pub struct DiscussionCounts {
    /// (module id, question) to the number of answers (replies not counted).
    pub answers: HashMap<(String, i64), i64>,
    /// Messages and their replies.
    pub messages: i64,
    pub last_message_at: Option<Timestamp>,
}

impl DiscussionCounts {
    pub fn answers_to(&self, module_id: &str, question: i64) -> i64 {
        self.answers.get(&(module_id.to_owned(), question)).copied().unwrap_or(0)
    }
}

/// How someone wants discussion emails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NotificationSettings {
    pub daily_digest: bool,
    /// The cut-off of the digest (see the module's documentation); `None` until chosen.
    pub last_digest_on: Option<NaiveDate>,
}

impl NotificationSettings {
    /// Whether a post made on `day` waits for the digest (otherwise it is emailed at once).
    pub fn waits_for_digest(&self, day: NaiveDate) -> bool {
        self.daily_digest && self.last_digest_on.is_some_and(|cut| cut <= day)
    }

    /// The first day whose posts the digest lists, when it has not begun yet on `today`.
    pub fn digest_starts_on(&self, today: NaiveDate) -> Option<NaiveDate> {
        self.last_digest_on.filter(|cut| self.daily_digest && *cut > today)
    }
}

/// A digest reader whose digest is due.
#[derive(Debug, Clone)]
pub struct DueDigest {
    pub reader: Recipient,
    /// The cut-off of the last digest: this digest lists posts from that day's midnight.
    pub since: NaiveDate,
}

/// A post as a digest lists it, with where it was made.
#[derive(Debug, Clone)]
pub struct DigestPost {
    pub post: Post,
    pub organisation_name: String,
    pub module_slug: Option<String>,
    /// The module's title in the reader's language (English when it has none).
    pub module_title: Option<String>,
}

fn midnight(day: NaiveDate) -> Timestamp {
    day.and_time(NaiveTime::MIN).and_utc()
}

fn post_from_row(row: &AnyRow) -> Result<Post> {
    Ok(Post {
        id: row.try_get("id")?,
        engagement_id: row.try_get("engagement_id")?,
        module_id: row.try_get("module_id")?,
        question: row.try_get("question")?,
        parent_id: row.try_get("parent_id")?,
        author_id: row.try_get("author_id")?,
        author_name: row.try_get("author_name")?,
        body: row.try_get("body")?,
        created_at: from_text(&row.try_get::<String, _>("created_at")?)?,
    })
}

fn recipient_from_row(row: &AnyRow) -> Result<Recipient> {
    Ok(Recipient {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        name: row.try_get("name")?,
        locale: row.try_get("locale")?,
    })
}

/// Groups posts (oldest first) into topics; a reply whose parent is itself a reply (not
/// written by this module, but possible in older data) joins its parent's topic.
fn topics(posts: Vec<Post>) -> Vec<Topic> {
    let mut topics: Vec<Topic> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut orphans = Vec::new();
    for post in posts {
        match post.parent_id.as_deref().map(|p| index.get(p).copied()) {
            None => {
                index.insert(post.id.clone(), topics.len());
                topics.push(Topic { post, replies: Vec::new() });
            }
            Some(Some(at)) => {
                index.insert(post.id.clone(), at);
                topics[at].replies.push(post);
            }
            Some(None) => orphans.push(post),
        }
    }
    // A reply older than its parent cannot happen; one whose parent is gone is shown on its own.
    for post in orphans {
        topics.push(Topic { post, replies: Vec::new() });
    }
    topics
}

const POST_SELECT: &str =
    "SELECT p.*, u.name AS author_name FROM discussion_posts p JOIN users u ON u.id = p.author_id";

/// The other side of a post who read at once: the team for the builder's posts, the builder
/// for the team's; the author never.
async fn immediate_recipients(
    conn: &mut AnyConnection,
    engagement: &Engagement,
    author_id: &str,
    day: NaiveDate,
) -> Result<Vec<Recipient>> {
    let sql = if author_id == engagement.builder_id {
        "SELECT u.id, u.email, u.name, u.locale FROM users u \
         LEFT JOIN notification_settings s ON s.user_id = u.id \
         WHERE u.organisation_id = $1 AND u.id <> $2 \
           AND (s.daily_digest IS NULL OR s.daily_digest = 0 OR s.last_digest_on IS NULL OR s.last_digest_on > $3) \
         ORDER BY u.name, u.id"
    } else {
        "SELECT u.id, u.email, u.name, u.locale FROM users u \
         LEFT JOIN notification_settings s ON s.user_id = u.id \
         WHERE u.id = $1 AND u.id <> $2 \
           AND (s.daily_digest IS NULL OR s.daily_digest = 0 OR s.last_digest_on IS NULL OR s.last_digest_on > $3)"
    };
    let side =
        if author_id == engagement.builder_id { &engagement.organisation_id } else { &engagement.builder_id };
    let rows = sqlx::query(sql).bind(side).bind(author_id).bind(date_text(day)).fetch_all(&mut *conn).await?;
    rows.iter().map(recipient_from_row).collect()
}

/// The posts for `reader` (made by the other side of their engagements) in `[from, until)`,
/// with module titles in `locale`.
async fn posts_for_reader(
    conn: &mut AnyConnection,
    reader_id: &str,
    from: Timestamp,
    until: Timestamp,
    locale: &str,
) -> Result<Vec<DigestPost>> {
    let rows = sqlx::query(
        "SELECT p.*, a.name AS author_name, o.name AS organisation_name, m.slug AS module_slug, \
           COALESCE((SELECT x.title FROM module_texts x WHERE x.module_id = p.module_id AND x.locale = $4), \
                    (SELECT x.title FROM module_texts x WHERE x.module_id = p.module_id AND x.locale = 'en')) \
             AS module_title \
         FROM discussion_posts p \
         JOIN engagements e ON e.id = p.engagement_id \
         JOIN organisations o ON o.id = e.organisation_id \
         JOIN users a ON a.id = p.author_id \
         JOIN users r ON r.id = $1 \
         LEFT JOIN modules m ON m.id = p.module_id \
         WHERE p.created_at >= $2 AND p.created_at < $3 \
           AND ((e.builder_id = r.id AND p.author_id <> r.id) \
                OR (e.organisation_id = r.organisation_id AND p.author_id = e.builder_id)) \
         ORDER BY o.name, e.id, p.created_at, p.id",
    )
    .bind(reader_id)
    .bind(to_text(from))
    .bind(to_text(until))
    .bind(locale)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(DigestPost {
                post: post_from_row(row)?,
                organisation_name: row.try_get("organisation_name")?,
                module_slug: row.try_get("module_slug")?,
                module_title: row.try_get("module_title")?,
            })
        })
        .collect()
}

async fn settings_in(conn: &mut AnyConnection, user_id: &str) -> Result<NotificationSettings> {
    let row =
        sqlx::query("SELECT daily_digest, last_digest_on FROM notification_settings WHERE user_id = $1")
            .bind(user_id)
            .fetch_optional(&mut *conn)
            .await?;
    let Some(row) = row else { return Ok(NotificationSettings::default()) };
    Ok(NotificationSettings {
        daily_digest: row.try_get::<i64, _>("daily_digest")? != 0,
        last_digest_on: row
            .try_get::<Option<String>, _>("last_digest_on")?
            .as_deref()
            .map(date)
            .transpose()?,
    })
}

impl Store {
    /// Writes a post of `author_id` (a participant: the web checks who may post what) and the
    /// emails `compose` writes for the other side who read at once, in one transaction.
    pub async fn add_post(
        &self,
        engagement: &Engagement,
        new: &NewPost,
        author_id: &str,
        body: &PostBody,
        at: Timestamp,
        compose: impl FnOnce(&Post, &[Recipient]) -> Vec<OutgoingEmail>,
    ) -> Result<Post> {
        let mut tx = self.begin().await?;
        let (module_id, question, parent_id) = match new {
            NewPost::Answer { module_id, question } => {
                if *question < 0 {
                    return Err(Error::Rule(QUESTION_UNKNOWN));
                }
                (Some(module_id.clone()), Some(*question), None)
            }
            NewPost::Message => (None, None, None),
            NewPost::Reply { parent_id } => {
                let parent = sqlx::query(
                    "SELECT id, parent_id, module_id, question FROM discussion_posts \
                     WHERE id = $1 AND engagement_id = $2",
                )
                .bind(parent_id)
                .bind(&engagement.id)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or(Error::Rule(PARENT_UNKNOWN))?;
                // A reply to a reply joins the answer (or message) it belongs to.
                let root: String = match parent.try_get::<Option<String>, _>("parent_id")? {
                    Some(root) => root,
                    None => parent.try_get("id")?,
                };
                (parent.try_get("module_id")?, parent.try_get("question")?, Some(root))
            }
        };
        let id = new_id();
        sqlx::query(
            "INSERT INTO discussion_posts (id, engagement_id, module_id, question, parent_id, author_id, body, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&id)
        .bind(&engagement.id)
        .bind(&module_id)
        .bind(question)
        .bind(&parent_id)
        .bind(author_id)
        .bind(body.as_str())
        .bind(to_text(at))
        .execute(&mut *tx)
        .await?;
        let sql = format!("{POST_SELECT} WHERE p.id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(&id).fetch_one(&mut *tx).await?;
        let post = post_from_row(&row)?;
        let recipients = immediate_recipients(&mut tx, engagement, author_id, at.date_naive()).await?;
        for email in &compose(&post, &recipients) {
            insert_email(&mut *tx, email).await?;
        }
        tx.commit().await?;
        Ok(post)
    }

    /// A post of the engagement (`NotFound` when it belongs to another).
    pub async fn discussion_post(&self, engagement_id: &str, post_id: &str) -> Result<Post> {
        let sql = format!("{POST_SELECT} WHERE p.id = $1 AND p.engagement_id = $2");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(post_id)
            .bind(engagement_id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        post_from_row(&row)
    }

    /// The answers to a module's questions (every question) with their replies, oldest first.
    pub async fn module_discussion(&self, engagement_id: &str, module_id: &str) -> Result<Vec<Topic>> {
        let sql = format!(
            "{POST_SELECT} WHERE p.engagement_id = $1 AND p.module_id = $2 ORDER BY p.created_at, p.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(engagement_id)
            .bind(module_id)
            .fetch_all(self.pool())
            .await?;
        Ok(topics(rows.iter().map(post_from_row).collect::<Result<_>>()?))
    }

    /// The engagement's messages with their replies, oldest first.
    pub async fn engagement_messages(&self, engagement_id: &str) -> Result<Vec<Topic>> {
        let sql = format!(
            "{POST_SELECT} WHERE p.engagement_id = $1 AND p.module_id IS NULL ORDER BY p.created_at, p.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(engagement_id).fetch_all(self.pool()).await?;
        Ok(topics(rows.iter().map(post_from_row).collect::<Result<_>>()?))
    }

    /// Answers per module question, and the messages thread's size.
    pub async fn discussion_counts(&self, engagement_id: &str) -> Result<DiscussionCounts> {
        let rows = sqlx::query(
            "SELECT module_id, question, COUNT(*) AS answers FROM discussion_posts \
             WHERE engagement_id = $1 AND module_id IS NOT NULL AND parent_id IS NULL \
             GROUP BY module_id, question",
        )
        .bind(engagement_id)
        .fetch_all(self.pool())
        .await?;
        let mut counts = DiscussionCounts::default();
        for row in &rows {
            let module_id: String = row.try_get("module_id")?;
            let question: Option<i64> = row.try_get("question")?;
            counts.answers.insert((module_id, question.unwrap_or(0)), row.try_get("answers")?);
        }
        let row = sqlx::query(
            "SELECT COUNT(*) AS messages, MAX(created_at) AS last_at FROM discussion_posts \
             WHERE engagement_id = $1 AND module_id IS NULL",
        )
        .bind(engagement_id)
        .fetch_one(self.pool())
        .await?;
        counts.messages = row.try_get("messages")?;
        counts.last_message_at =
            row.try_get::<Option<String>, _>("last_at")?.as_deref().map(from_text).transpose()?;
        Ok(counts)
    }

    /// How `user_id` wants discussion emails (at once, when never chosen).
    pub async fn notification_settings(&self, user_id: &str) -> Result<NotificationSettings> {
        let mut conn = self.pool().acquire().await?;
        settings_in(&mut conn, user_id).await
    }

    /// Chooses the daily digest or emails at once, at `now`. Choosing the digest starts it
    /// tomorrow; leaving it queues what was pending as one last digest (`flush`, given the
    /// pending posts with module titles in `locale`), in the same transaction.
    pub async fn choose_daily_digest(
        &self,
        user_id: &str,
        daily_digest: bool,
        now: Timestamp,
        locale: &str,
        flush: impl FnOnce(&[DigestPost]) -> Option<OutgoingEmail>,
    ) -> Result<()> {
        let today = now.date_naive();
        let mut flush = Some(flush);
        // Leaving the digest is guarded by the cut-off read: when a digest sent meanwhile by
        // another server moved it, read again (PostgreSQL; SQLite writers take turns).
        for _ in 0..3 {
            let mut tx = self.begin().await?;
            let current = settings_in(&mut tx, user_id).await?;
            if daily_digest {
                if !current.daily_digest || current.last_digest_on.is_none() {
                    sqlx::query(
                        "INSERT INTO notification_settings (user_id, daily_digest, last_digest_on) VALUES ($1, 1, $2) \
                         ON CONFLICT (user_id) DO UPDATE SET daily_digest = 1, last_digest_on = $2",
                    )
                    .bind(user_id)
                    .bind(date_text(today + Duration::days(1)))
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                return Ok(());
            }
            let Some(since) = current.last_digest_on.filter(|_| current.daily_digest) else {
                sqlx::query(
                    "INSERT INTO notification_settings (user_id, daily_digest) VALUES ($1, 0) \
                     ON CONFLICT (user_id) DO UPDATE SET daily_digest = 0",
                )
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                return Ok(());
            };
            let changed = sqlx::query(
                "UPDATE notification_settings SET daily_digest = 0 \
                 WHERE user_id = $1 AND daily_digest = 1 AND last_digest_on = $2",
            )
            .bind(user_id)
            .bind(date_text(since))
            .execute(&mut *tx)
            .await?;
            if changed.rows_affected() == 0 {
                continue;
            }
            if since <= today {
                // Up to and including `now`: what was posted so far.
                let until = now + Duration::microseconds(1);
                let pending = posts_for_reader(&mut tx, user_id, midnight(since), until, locale).await?;
                if !pending.is_empty()
                    && let Some(email) = flush.take().and_then(|flush| flush(&pending))
                {
                    insert_email(&mut *tx, &email).await?;
                }
            }
            tx.commit().await?;
            return Ok(());
        }
        Err(Error::Rule("the notification settings kept changing; try again"))
    }

    /// Digest readers whose digest is due on `today`: their cut-off is an earlier day.
    pub async fn due_digests(&self, today: NaiveDate) -> Result<Vec<DueDigest>> {
        let rows = sqlx::query(
            "SELECT s.last_digest_on, u.id, u.email, u.name, u.locale FROM notification_settings s \
             JOIN users u ON u.id = s.user_id \
             WHERE s.daily_digest = 1 AND s.last_digest_on IS NOT NULL AND s.last_digest_on < $1 \
             ORDER BY u.id",
        )
        .bind(date_text(today))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(DueDigest {
                    reader: recipient_from_row(row)?,
                    since: date(&row.try_get::<String, _>("last_digest_on")?)?,
                })
            })
            .collect()
    }

    /// Sends `due` on `today`: moves the reader's cut-off to `today` and queues the email
    /// `compose` writes for the posts since the last one (none when there were no posts), in
    /// one transaction. `false` when another server sent it first or the reader changed their
    /// choice meanwhile: nothing is written then.
    pub async fn send_digest(
        &self,
        due: &DueDigest,
        today: NaiveDate,
        locale: &str,
        compose: impl FnOnce(&[DigestPost]) -> Option<OutgoingEmail>,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let moved = sqlx::query(
            "UPDATE notification_settings SET last_digest_on = $1 \
             WHERE user_id = $2 AND daily_digest = 1 AND last_digest_on = $3",
        )
        .bind(date_text(today))
        .bind(&due.reader.id)
        .bind(date_text(due.since))
        .execute(&mut *tx)
        .await?;
        if moved.rows_affected() == 0 {
            return Ok(false);
        }
        let posts =
            posts_for_reader(&mut tx, &due.reader.id, midnight(due.since), midnight(today), locale).await?;
        if !posts.is_empty()
            && let Some(email) = compose(&posts)
        {
            insert_email(&mut *tx, &email).await?;
        }
        tx.commit().await?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_post_body_is_trimmed_not_empty_and_not_too_long() {
        assert_eq!(PostBody::parse("  \r\n ").unwrap_err(), PostBodyError::Empty);
        assert_eq!(PostBody::parse(&"a".repeat(PostBody::MAX + 1)).unwrap_err(), PostBodyError::TooLong);
        assert!(PostBody::parse(&"ñ".repeat(PostBody::MAX)).is_ok(), "characters, not bytes");
        assert_eq!(PostBody::parse(" one\r\ntwo \n").unwrap().as_str(), "one\ntwo");
    }

    #[test]
    fn the_digest_begins_at_its_cut_off() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let chosen = NotificationSettings { daily_digest: true, last_digest_on: Some(day(3)) };
        assert!(!chosen.waits_for_digest(day(2)), "the day it is chosen, emails still come at once");
        assert!(chosen.waits_for_digest(day(3)));
        assert_eq!(chosen.digest_starts_on(day(2)), Some(day(3)));
        assert_eq!(chosen.digest_starts_on(day(3)), None);
        assert!(!NotificationSettings::default().waits_for_digest(day(3)));
    }

    fn post(id: &str, parent: Option<&str>) -> Post {
        Post {
            id: id.into(),
            engagement_id: "e".into(),
            module_id: None,
            question: None,
            parent_id: parent.map(Into::into),
            author_id: "a".into(),
            author_name: "A".into(),
            body: "b".into(),
            created_at: crate::now(),
        }
    }

    #[test]
    fn replies_to_replies_join_the_same_topic() {
        let grouped =
            topics(vec![post("1", None), post("2", Some("1")), post("3", None), post("4", Some("2"))]);
        assert_eq!(grouped.len(), 2);
        let ids: Vec<_> = grouped[0].replies.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["2", "4"]);
        assert!(grouped[1].replies.is_empty());
    }
}
