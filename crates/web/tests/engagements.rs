//! A whole two weeks of an engagement, day by day with a fixed clock: accepting an application
//! opens it with the curriculum's plan; each day's page shows that day's tasks; the team ticks
//! them off; the builder tailors the plan and writes notes; and who may see or change what.

mod common;

use chrono::{NaiveDate, TimeZone, Utc};
use common::{Backend, Browser, TestApp};
use reqwest::StatusCode;
use store::engagements::Engagement;
use store::engagements::calendar::date_of_day;
use store::types::Role;
use web::Clock;

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
}

/// A Kenyan CSO (lead and one staff member) accepted to start on Monday 2 November 2026 with
/// its builder; the clock reads Friday 30 October.
async fn world(backend: Backend) -> Option<World> {
    let clock = Clock::fixed(Utc.with_ymd_and_hms(2026, 10, 30, 9, 0, 0).unwrap());
    let app = common::spawn_app_with(backend, |c| c.clock = clock).await?;
    let store = &app.state.store;
    let lead = app.sign_up("Maji Safi Group", "KE", "lead@majisafi.org").await;
    let organisation_id = store.user_by_email_text("lead@majisafi.org").await.organisation_id.unwrap();
    app.create_user("staff@majisafi.org", "Otieno", Role::CsoStaff, Some(organisation_id.clone())).await;
    let builder = app.create_user("builder@example.org", "Lucía", Role::Builder, None).await;
    let admin = app.create_user("admin@example.org", "Amina", Role::Admin, None).await;
    let engagement =
        common::training::accepted(&app, &organisation_id, &builder.id, &admin.id, day(2026, 11, 2)).await;
    let staff = app.browser().logged_in("staff@majisafi.org").await;
    let builder = app.browser().logged_in("builder@example.org").await;
    Some(World { app, engagement, lead, staff, builder })
}

trait ByEmail {
    async fn user_by_email_text(&self, email: &str) -> store::accounts::User;
}

impl ByEmail for store::Store {
    async fn user_by_email_text(&self, email: &str) -> store::accounts::User {
        self.user_by_email(&store::types::Email::parse(email).unwrap()).await.unwrap()
    }
}

async fn two_weeks_day_by_day(backend: Backend) {
    let Some(w) = world(backend).await else { return };
    let store = &w.app.state.store;
    let e = &w.engagement;
    assert_eq!((e.starts_on, e.ends_on), (day(2026, 11, 2), day(2026, 11, 13)));

    // The plan is the curriculum: a watch, read and answer task per module, and a produce
    // task where a module leads to a deliverable, on the module's day.
    let plan = store.plan(&e.id, "en").await.unwrap();
    let modules = store.modules_in("en").await.unwrap();
    assert!(modules.len() >= 12, "the shipped curriculum is loaded");
    let producing = modules.iter().filter(|m| m.module.deliverable.is_some()).count();
    assert_eq!(plan.len(), modules.len() * 3 + producing);
    for d in 1..=10u8 {
        assert!(plan.iter().any(|t| t.day == d), "day {d} has tasks");
    }

    // Before the start, a CSO member is sent to the engagement and told when it starts.
    let start = w.lead.get("/engagements").await;
    assert_eq!(start.status, StatusCode::SEE_OTHER);
    assert_eq!(start.location(), format!("/engagements/{}", e.id));
    w.lead.get(&start.location()).await.assert_contains("The training starts in 3 days");

    // Each working day shows its own tasks; the team ticks them off.
    for n in 1..=10u8 {
        let date = date_of_day(e.starts_on, n);
        morning_of(&w.app, date);
        let today = w.staff.get(&format!("/engagements/{}", e.id)).await;
        today.assert_contains(&format!("Day {n} of 10"));
        let of_day: Vec<_> = plan.iter().filter(|t| t.day == n).collect();
        for task in &of_day {
            let title = task.module_title.as_deref().unwrap();
            today.assert_contains(&html_escape(title));
        }
        // A task of another day is not on today's list (unless it is behind).
        for task in &of_day {
            w.staff
                .post_redirected(&format!("/engagements/{}/tasks/{}/done", e.id, task.id), &[("done", "1")])
                .await;
        }
        let done = w.staff.get(&format!("/engagements/{}", e.id)).await;
        done.assert_lacks("earlier task").assert_lacks("earlier tasks");
    }
    // The weekend between the weeks points to day 6.
    morning_of(&w.app, day(2026, 11, 7));
    w.staff.get(&format!("/engagements/{}", e.id)).await.assert_contains("Weekend: day 6 comes next");
    morning_of(&w.app, day(2026, 11, 16));
    let after = w.staff.get(&format!("/engagements/{}", e.id)).await;
    after.assert_contains("The two weeks are over").assert_contains("100% of the plan done");
    let summary = store.engagement_summary(&e.id, w.app.state.config.clock.now()).await.unwrap();
    assert_eq!(summary.tasks_done, summary.tasks_total);

    // Unticking brings a task back as behind.
    let first = &plan[0];
    w.staff
        .post_redirected(&format!("/engagements/{}/tasks/{}/done", e.id, first.id), &[("done", "0")])
        .await;
    morning_of(&w.app, day(2026, 11, 3));
    w.staff.get(&format!("/engagements/{}", e.id)).await.assert_contains("One earlier task is not done yet");
}

async fn the_builder_tailors_the_plan(backend: Backend) {
    let Some(w) = world(backend).await else { return };
    let store = &w.app.state.store;
    let e = &w.engagement;
    let tasks = |d: u8| async move {
        store.plan(&e.id, "en").await.unwrap().into_iter().filter(|t| t.day == d).collect::<Vec<_>>()
    };

    // Bad input: field-level messages, nothing stored.
    let before = store.plan(&e.id, "en").await.unwrap().len();
    let refused =
        w.builder.post(&format!("/engagements/{}/tasks", e.id), &[("day", "11"), ("title", " ")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused
        .assert_contains("Choose a working day from 1 to 10.")
        .assert_contains("Write what the task asks.");
    assert_eq!(store.plan(&e.id, "en").await.unwrap().len(), before);

    // Add a task tied to the CSO's campaign; it goes last on day 3.
    w.builder
        .post_redirected(
            &format!("/engagements/{}/tasks", e.id),
            &[
                ("day", "3"),
                ("title", "Call the county water officer"),
                ("details", "Ask for the 2025 water point list"),
            ],
        )
        .await;
    let day3 = tasks(3).await;
    let added = day3.last().unwrap().clone();
    assert_eq!(added.title.as_deref(), Some("Call the county water officer"));
    // Move it up one, then to the top of day 4.
    w.builder
        .post_redirected(&format!("/engagements/{}/tasks/{}/move", e.id, added.id), &[("to", "up")])
        .await;
    let day3 = tasks(3).await;
    assert_eq!(day3[day3.len() - 2].id, added.id);
    w.builder
        .post_redirected(
            &format!("/engagements/{}/tasks/{}/move", e.id, added.id),
            &[("day", "4"), ("to", "0")],
        )
        .await;
    assert_eq!(tasks(4).await[0].id, added.id);
    assert!(tasks(3).await.iter().all(|t| t.id != added.id));
    let positions: Vec<i64> = tasks(3).await.iter().map(|t| t.position).collect();
    assert_eq!(positions, (1..=positions.len() as i64).collect::<Vec<_>>(), "day 3 renumbered");
    // Rewrite a curriculum task; remove another.
    let reading = tasks(2).await.into_iter().find(|t| t.module_id.is_some()).unwrap();
    w.builder
        .post_redirected(
            &format!("/engagements/{}/tasks/{}/edit", e.id, reading.id),
            &[("title", "Read about SMART objectives with your water baseline at hand"), ("details", "")],
        )
        .await;
    let rewritten = tasks(2).await.into_iter().find(|t| t.id == reading.id).unwrap();
    assert_eq!(
        rewritten.title.as_deref(),
        Some("Read about SMART objectives with your water baseline at hand")
    );
    assert_eq!(rewritten.module_id, reading.module_id, "it keeps its module");
    let removed = tasks(5).await[0].clone();
    w.builder.post_redirected(&format!("/engagements/{}/tasks/{}/remove", e.id, removed.id), &[]).await;
    assert!(tasks(5).await.iter().all(|t| t.id != removed.id));
    // Notes: for one task, and for the whole plan.
    w.builder
        .post_redirected(
            &format!("/engagements/{}/notes", e.id),
            &[("task", added.id.as_str()), ("body", "Mr Kamau answers mornings")],
        )
        .await;
    w.builder
        .post_redirected(
            &format!("/engagements/{}/notes", e.id),
            &[("body", "Focus on Kibera's water points")],
        )
        .await;
    let empty = w.builder.post(&format!("/engagements/{}/notes", e.id), &[("body", "  ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = w.staff.get(&format!("/engagements/{}/plan", e.id)).await;
    page.assert_contains("Call the county water officer")
        .assert_contains("Mr Kamau answers mornings")
        .assert_contains("Focus on Kibera&#39;s water points")
        .assert_lacks("Change this task");
    assert_eq!(store.notes(&e.id).await.unwrap().len(), 2);

    // The CSO's people cannot tailor the plan; the builder sees the CSO on their page.
    let refused =
        w.staff.post(&format!("/engagements/{}/tasks", e.id), &[("day", "2"), ("title", "Skip")]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let refused = w.lead.post(&format!("/engagements/{}/tasks/{}/remove", e.id, added.id), &[]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    w.builder.get("/engagements").await.assert_contains("Maji Safi Group");
}

async fn other_people_cannot_see_an_engagement(backend: Backend) {
    let Some(w) = world(backend).await else { return };
    let e = &w.engagement;
    let other = w.app.sign_up("Sauti Yetu", "TZ", "lead@sautiyetu.org").await;
    for path in [format!("/engagements/{}", e.id), format!("/engagements/{}/plan", e.id)] {
        assert_eq!(other.get(&path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    let task = w.app.state.store.plan(&e.id, "en").await.unwrap()[0].id.clone();
    let refused = other.post(&format!("/engagements/{}/tasks/{task}/done", e.id), &[("done", "1")]).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    other.get("/engagements").await.assert_contains("No engagements yet.");
    w.app.create_user("other-builder@example.org", "Joseph", Role::Builder, None).await;
    let other_builder = w.app.browser().logged_in("other-builder@example.org").await;
    assert_eq!(other_builder.get(&format!("/engagements/{}", e.id)).await.status, StatusCode::NOT_FOUND);
    // A programme manager looks in but does not tick tasks off.
    let admin = w.app.browser().logged_in("admin@example.org").await;
    admin.get("/engagements").await.assert_contains("Maji Safi Group");
    admin
        .get(&format!("/engagements/{}", e.id))
        .await
        .assert_contains("Maji Safi Group")
        .assert_lacks("Mark as done");
    // Pages in another language.
    let mut staff = w.staff;
    staff.language = Some("sw");
    morning_of(&w.app, day(2026, 10, 30));
    staff.get(&format!("/engagements/{}", e.id)).await.assert_contains("Mafunzo yanaanza baada ya siku 3");
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

on_both_backends!(
    backend;
    two_weeks_day_by_day,
    the_builder_tailors_the_plan,
    other_people_cannot_see_an_engagement
);
