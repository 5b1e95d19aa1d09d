//! Discussion over HTTP with a fixed clock: the team answers a module's questions, the builder
//! replies and the team replies back; the engagement's messages; field errors; emails to the
//! other side at once, or one daily digest for those who chose it; and who may read and post.

mod common;

use std::time::Duration;

use chrono::{NaiveDate, TimeZone, Utc};
use common::{Backend, Browser, TestApp};
use reqwest::StatusCode;
use store::engagements::Engagement;
use store::outbox::OutboxEmail;
use store::types::Role;
use web::Clock;

const BUILDER: &str = "builder@example.org";
const LEAD: &str = "lead@majisafi.org";
const STAFF: &str = "staff@majisafi.org";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Sets the app's clock to 09:00 UTC on `date`.
fn morning_of(app: &TestApp, date: NaiveDate) {
    app.state.config.clock.set(Utc.from_utc_datetime(&date.and_hms_opt(9, 0, 0).unwrap()));
}

struct World {
    app: TestApp,
    engagement: Engagement,
    lead: Browser,
    staff: Browser,
    builder: Browser,
    /// The first module's slug and its first question (English).
    slug: String,
    question: String,
}

/// A Kenyan CSO (lead Wanjiru Kamau and staff member Otieno) accepted to start on Monday
/// 2 November 2026 with its builder Lucía; the clock reads Friday 30 October.
async fn world(backend: Backend) -> Option<World> {
    let clock = Clock::fixed(Utc.with_ymd_and_hms(2026, 10, 30, 9, 0, 0).unwrap());
    let app = common::spawn_app_with(backend, |c| c.clock = clock).await?;
    let store = &app.state.store;
    let lead = app.sign_up("Maji Safi Group", "KE", LEAD).await;
    let organisation_id = user(store, LEAD).await.organisation_id.unwrap();
    app.create_user(STAFF, "Otieno", Role::CsoStaff, Some(organisation_id.clone())).await;
    let builder = app.create_user(BUILDER, "Lucía", Role::Builder, None).await;
    let admin = app.create_user("admin@example.org", "Amina", Role::Admin, None).await;
    let engagement =
        common::training::accepted(&app, &organisation_id, &builder.id, &admin.id, day(2026, 11, 2)).await;
    let staff = app.browser().logged_in(STAFF).await;
    let builder = app.browser().logged_in(BUILDER).await;
    let first = store.modules_in("en").await.unwrap().into_iter().next().unwrap();
    let question = first.text.questions[0].clone();
    Some(World { app, engagement, lead, staff, builder, slug: first.module.slug, question })
}

async fn user(store: &store::Store, email: &str) -> store::accounts::User {
    store.user_by_email(&store::types::Email::parse(email).unwrap()).await.unwrap()
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

impl World {
    fn path(&self, rest: &str) -> String {
        format!("/engagements/{}{rest}", self.engagement.id)
    }

    fn module_path(&self) -> String {
        self.path(&format!("/discussion/{}", self.slug))
    }

    async fn emails_to(&self, recipient: &str) -> Vec<OutboxEmail> {
        self.app.emails().await.into_iter().filter(|e| e.recipient == recipient).collect()
    }

    /// The emails to `recipient` once there are `count` of them (the digest is sent by a
    /// background task: its outcome is awaited, with a deadline).
    async fn await_emails_to(&self, recipient: &str, count: usize) -> Vec<OutboxEmail> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        loop {
            let emails = self.emails_to(recipient).await;
            if emails.len() >= count || tokio::time::Instant::now() > deadline {
                assert_eq!(emails.len(), count, "emails to {recipient}: {emails:#?}");
                return emails;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Posts an answer to the first module's question `question` (0-based) as `who`.
    async fn answer(&self, who: &Browser, question: &str, body: &str) -> String {
        let page = who.post_redirected(&self.module_path(), &[("question", question), ("body", body)]).await;
        let location = page.location();
        assert!(location.starts_with(&format!("{}#post-", self.module_path())), "{location}");
        location.rsplit("#post-").next().unwrap().to_owned()
    }

    async fn reply(&self, who: &Browser, parent: &str, body: &str) -> String {
        let page = who
            .post_redirected(
                &format!("{}/replies", self.module_path()),
                &[("parent", parent), ("body", body)],
            )
            .await;
        page.location().rsplit("#post-").next().unwrap().to_owned()
    }

    async fn message(&self, who: &Browser, body: &str) -> String {
        let page = who.post_redirected(&self.path("/messages"), &[("body", body)]).await;
        assert!(page.location().starts_with(&format!("{}#post-", self.path("/messages"))));
        page.location().rsplit("#post-").next().unwrap().to_owned()
    }
}

async fn the_team_answers_and_the_builder_replies(backend: Backend) {
    let Some(mut w) = world(backend).await else { return };
    let store = &w.app.state.store;
    morning_of(&w.app, day(2026, 11, 2));

    // The overview lists every module with its questions, none answered yet.
    let overview = w.staff.get(&w.path("/discussion")).await;
    assert_eq!(overview.status, StatusCode::OK);
    overview
        .assert_contains(&html_escape(&w.question))
        .assert_contains("no answers yet")
        .assert_contains("No messages yet");
    let page = w.staff.get(&w.module_path()).await;
    page.assert_contains(&html_escape(&w.question)).assert_contains("Your team&#39;s answer");
    // The builder replies but does not answer.
    w.builder.get(&w.module_path()).await.assert_lacks("Your team&#39;s answer");
    let refused = w.builder.post(&w.module_path(), &[("question", "0"), ("body", "My own answer")]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    // A staff member answers; the builder is emailed at once, the team is not.
    let body = "We want every water point in Kibera mapped\nby March <and> checked.";
    let answer = w.answer(&w.staff, "0", body).await;
    let to_builder = w.await_emails_to(BUILDER, 1).await;
    assert_eq!(
        to_builder[0].subject,
        format!("Otieno answered a question on “{}”", store.modules_in("en").await.unwrap()[0].text.title)
    );
    assert!(
        to_builder[0].body.contains(body) && to_builder[0].body.contains(&w.question),
        "{}",
        to_builder[0].body
    );
    assert_eq!(common::link_in(&to_builder[0].body), format!("{}#post-{answer}", w.module_path()));
    assert!(w.emails_to(LEAD).await.is_empty() && w.emails_to(STAFF).await.is_empty());
    // Shown escaped, with its line break.
    let page = w.builder.get(&w.module_path()).await;
    page.assert_contains("We want every water point in Kibera mapped\nby March &#60;and&#62; checked.")
        .assert_contains(&format!("id=\"post-{answer}\""))
        .assert_lacks("<and>");
    w.builder.get(&w.path("/discussion")).await.assert_contains("one answer");

    // The builder replies: the whole team is emailed.
    let reply = w.reply(&w.builder, &answer, "Good. Which county data will you compare with?").await;
    for member in [LEAD, STAFF] {
        let emails = w.await_emails_to(member, 1).await;
        assert!(emails[0].subject.starts_with("Lucía replied on"), "{}", emails[0].subject);
        assert!(emails[0].body.contains("Which county data"));
        assert!(emails[0].body.contains(&format!("#post-{reply}")));
    }
    // The team replies back (from the builder's reply): attached to the same answer.
    let back = w.reply(&w.lead, &reply, "The 2025 county water point list.").await;
    let emails = w.await_emails_to(BUILDER, 2).await;
    assert!(emails[1].subject.starts_with("Wanjiru Kamau replied on"));
    let module = store.module_by_slug(&w.slug).await.unwrap();
    let topics = store.module_discussion(&w.engagement.id, &module.id).await.unwrap();
    assert_eq!(topics.len(), 1);
    let replies: Vec<_> = topics[0].replies.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(replies, [reply.as_str(), back.as_str()]);
    assert_eq!(topics[0].replies[1].parent_id.as_deref(), Some(answer.as_str()));
    let page = w.staff.get(&w.module_path()).await;
    page.assert_contains("Which county data")
        .assert_contains("The 2025 county water point list.")
        .assert_contains("2 replies")
        .assert_contains("capacity builder");
    // Another answer to the same question is a thread of its own.
    w.answer(&w.lead, "0", "And the borehole committees' records.").await;
    w.staff.get(&w.path("/discussion")).await.assert_contains("2 answers");
    // In another language the page and the questions follow the reader.
    w.staff.language = Some("es");
    w.staff.get(&w.module_path()).await.assert_contains("La respuesta de tu equipo");
}

async fn the_engagement_has_a_message_thread(backend: Backend) {
    let Some(w) = world(backend).await else { return };
    morning_of(&w.app, day(2026, 11, 3));
    w.staff.get(&w.path("/messages")).await.assert_contains("Nothing here yet.");
    let first = w.message(&w.lead, "Can we move Thursday's call to 10:00?").await;
    let emails = w.await_emails_to(BUILDER, 1).await;
    assert_eq!(emails[0].subject, "New message from Wanjiru Kamau on DataShift");
    assert_eq!(common::link_in(&emails[0].body), format!("{}#post-{first}", w.path("/messages")));
    assert!(w.emails_to(STAFF).await.is_empty(), "the team does not hear of its own posts");

    let answer =
        w.reply_in_messages(&w.builder, &first, "Yes, 10:00 works.\nI will send the new link.").await;
    for member in [LEAD, STAFF] {
        let emails = w.await_emails_to(member, 1).await;
        assert_eq!(emails[0].subject, "New message from Lucía on DataShift");
        assert!(emails[0].body.contains(&format!("#post-{answer}")));
    }
    w.message(&w.builder, "Reminder: the survey is due on day 6.").await;
    let page = w.staff.get(&w.path("/messages")).await;
    page.assert_contains("Can we move Thursday&#39;s call to 10:00?")
        .assert_contains("Yes, 10:00 works.\nI will send the new link.")
        .assert_contains("Reminder: the survey is due on day 6.")
        .assert_contains("2 messages");
    let topics = w.app.state.store.engagement_messages(&w.engagement.id).await.unwrap();
    assert_eq!(topics.len(), 2);
    assert_eq!(topics[0].replies.len(), 1);
    w.staff.get(&w.path("/discussion")).await.assert_contains("3 messages");
    // A message's reply form does not take answers from a module's thread, and back.
    let refused = w
        .builder
        .post(
            &format!("{}/replies", w.module_path()),
            &[("parent", first.as_str()), ("body", "Wrong thread")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
}

impl World {
    async fn reply_in_messages(&self, who: &Browser, parent: &str, body: &str) -> String {
        let page =
            who.post_redirected(&self.path("/messages/replies"), &[("parent", parent), ("body", body)]).await;
        page.location().rsplit("#post-").next().unwrap().to_owned()
    }
}

async fn bad_posts_get_field_errors(backend: Backend) {
    let Some(mut w) = world(backend).await else { return };
    let store = &w.app.state.store;
    let module = store.module_by_slug(&w.slug).await.unwrap();

    let empty = w.staff.post(&w.module_path(), &[("question", "0"), ("body", " \r\n ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    empty.assert_contains("Write something before posting.").assert_contains("aria-invalid=\"true\"");
    let long = "a".repeat(4001);
    let too_long = w.staff.post(&w.module_path(), &[("question", "0"), ("body", long.as_str())]).await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    too_long.assert_contains("This is too long: 4,000 characters at most.").assert_contains(&long);
    let fits = "ñ".repeat(4000);
    w.answer(&w.staff, "0", &fits).await;
    let unknown = w.staff.post(&w.module_path(), &[("question", "99"), ("body", "Hello")]).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(store.module_discussion(&w.engagement.id, &module.id).await.unwrap().len(), 1);

    // Replies and messages too, in the reader's language.
    let answer = store.module_discussion(&w.engagement.id, &module.id).await.unwrap()[0].post.id.clone();
    let empty = w
        .builder
        .post(&format!("{}/replies", w.module_path()), &[("parent", answer.as_str()), ("body", "")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    empty
        .assert_contains("Write something before posting.")
        .assert_contains(&format!("id=\"reply-{answer}-error\""));
    w.staff.language = Some("es");
    let refused = w.staff.post(&w.path("/messages"), &[("body", "   ")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains("Escribe algo antes de publicar.");
    let refused = w.staff.post(&w.path("/messages"), &[("body", long.as_str())]).await;
    refused.assert_contains("Es demasiado largo: 4.000 caracteres como máximo.");
    let unknown = w
        .builder
        .post(&format!("{}/replies", w.module_path()), &[("parent", "no-such-post"), ("body", "Hi")])
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert!(store.engagement_messages(&w.engagement.id).await.unwrap().is_empty());
    // Only the one accepted answer was emailed.
    assert_eq!(w.emails_to(BUILDER).await.len(), 1);
}

async fn a_digest_reader_gets_one_email_a_day(backend: Backend) {
    let Some(w) = world(backend).await else { return };
    let store = &w.app.state.store;
    let builder_id = user(store, BUILDER).await.id;

    // On Friday the builder chooses the daily digest: it begins the next day.
    w.builder.get("/settings/notifications").await.assert_contains("An email for each post");
    let saved = w.builder.post_redirected("/settings/notifications", &[("delivery", "daily")]).await;
    assert_eq!(saved.location(), "/settings/notifications?saved=1");
    w.builder
        .get(&saved.location())
        .await
        .assert_contains("Your choice is saved.")
        .assert_contains("The daily digest begins on 31 October 2026");
    let refused = w.builder.post("/settings/notifications", &[("delivery", "weekly")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains("Choose one of the two options.");

    // On Monday the team answers and writes a message: nothing reaches the builder at once.
    morning_of(&w.app, day(2026, 11, 2));
    w.answer(&w.staff, "0", "Our answer: the county's own water point list.").await;
    w.message(&w.lead, "Our enumerators start on Wednesday.").await;
    // The builder's reply still reaches the team at once (they did not choose the digest).
    w.message(&w.builder, "Thank you, noted.").await;
    w.await_emails_to(LEAD, 1).await;
    assert!(w.emails_to(BUILDER).await.is_empty());

    // On Tuesday one email lists both posts.
    morning_of(&w.app, day(2026, 11, 3));
    let digest = w.await_emails_to(BUILDER, 1).await;
    assert_eq!(digest[0].subject, "Your daily DataShift discussion digest");
    let body = &digest[0].body;
    assert!(body.contains("== Maji Safi Group =="), "{body}");
    assert!(
        body.contains("Otieno answered question 1 of") && body.contains("the county's own water point list"),
        "{body}"
    );
    assert!(
        body.contains("Wanjiru Kamau wrote in the messages")
            && body.contains("> Our enumerators start on Wednesday.")
    );
    assert!(!body.contains("Thank you, noted."), "the builder's own post is not in their digest");
    let settings = store.notification_settings(&builder_id).await.unwrap();
    assert_eq!(settings.last_digest_on, Some(day(2026, 11, 3)));
    assert!(store.due_digests(day(2026, 11, 3)).await.unwrap().is_empty());
    // It is not sent again: later looks the same day find nothing due …
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_eq!(w.emails_to(BUILDER).await.len(), 1);
    // … and Wednesday's digest lists only Tuesday's post.
    w.message(&w.staff, "The pilot went well.").await;
    assert_eq!(w.emails_to(BUILDER).await.len(), 1);
    morning_of(&w.app, day(2026, 11, 4));
    let digests = w.await_emails_to(BUILDER, 2).await;
    assert!(digests[1].body.contains("The pilot went well."));
    assert!(!digests[1].body.contains("Our enumerators") && !digests[1].body.contains("water point list"));
    // A day without posts sends nothing.
    morning_of(&w.app, day(2026, 11, 5));
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_eq!(w.emails_to(BUILDER).await.len(), 2);
    assert_eq!(
        store.notification_settings(&builder_id).await.unwrap().last_digest_on,
        Some(day(2026, 11, 5))
    );

    // Going back to an email per post sends what was waiting at once, then each post.
    w.message(&w.staff, "Day 4 of collection done.").await;
    w.builder.post_redirected("/settings/notifications", &[("delivery", "now")]).await;
    let emails = w.await_emails_to(BUILDER, 3).await;
    assert!(emails[2].body.contains("Day 4 of collection done."));
    w.message(&w.staff, "Day 5 too.").await;
    let emails = w.await_emails_to(BUILDER, 4).await;
    assert_eq!(emails[3].subject, "New message from Otieno on DataShift");
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(w.emails_to(BUILDER).await.len(), 4, "nothing is sent twice");
}

async fn who_may_read_and_post(backend: Backend) {
    let Some(w) = world(backend).await else { return };
    morning_of(&w.app, day(2026, 11, 2));
    let answer = w.answer(&w.staff, "0", "Our answer.").await;
    let message = w.message(&w.staff, "Our message.").await;
    let pages = [w.path("/discussion"), w.module_path(), w.path("/messages")];

    // Another CSO, and another builder, do not learn the engagement exists.
    let other = w.app.sign_up("Sauti Yetu", "TZ", "lead@sautiyetu.org").await;
    w.app.create_user("other-builder@example.org", "Joseph", Role::Builder, None).await;
    let other_builder = w.app.browser().logged_in("other-builder@example.org").await;
    for outsider in [&other, &other_builder] {
        for path in &pages {
            assert_eq!(outsider.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
        }
        let posts = [
            (w.module_path(), vec![("question", "0"), ("body", "Hi")]),
            (format!("{}/replies", w.module_path()), vec![("parent", answer.as_str()), ("body", "Hi")]),
            (w.path("/messages"), vec![("body", "Hi")]),
            (w.path("/messages/replies"), vec![("parent", message.as_str()), ("body", "Hi")]),
        ];
        for (path, fields) in &posts {
            assert_eq!(outsider.post(path, fields).await.status, StatusCode::NOT_FOUND, "{path}");
        }
    }

    // A programme manager reads everything but does not post: posts are between the CSO and
    // its builder, each emailed to the other side.
    let admin = w.app.browser().logged_in("admin@example.org").await;
    admin.get(&w.path("/discussion")).await.assert_contains("one answer");
    admin
        .get(&w.module_path())
        .await
        .assert_contains("Our answer.")
        .assert_contains("You can read this discussion")
        .assert_lacks("Post the reply");
    admin.get(&w.path("/messages")).await.assert_contains("Our message.").assert_lacks("Send the message");
    let posts = [
        (w.module_path(), vec![("question", "0"), ("body", "Hi")]),
        (format!("{}/replies", w.module_path()), vec![("parent", answer.as_str()), ("body", "Hi")]),
        (w.path("/messages"), vec![("body", "Hi")]),
        (w.path("/messages/replies"), vec![("parent", message.as_str()), ("body", "Hi")]),
    ];
    for (path, fields) in &posts {
        assert_eq!(admin.post(path, fields).await.status, StatusCode::FORBIDDEN, "{path}");
    }
    // Notification settings are each person's own, and need a session.
    let anonymous = w.app.browser();
    let page = anonymous.get("/settings/notifications").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert!(page.location().starts_with("/login"));
    // An unknown module is not found.
    assert_eq!(w.staff.get(&w.path("/discussion/no-such-module")).await.status, StatusCode::NOT_FOUND);
}

on_both_backends!(
    backend;
    the_team_answers_and_the_builder_replies,
    the_engagement_has_a_message_thread,
    bad_posts_get_field_errors,
    a_digest_reader_gets_one_email_a_day,
    who_may_read_and_post,
);
