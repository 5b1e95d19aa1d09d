//! Commitment, confidence and the relationship over a whole two weeks with a fixed clock:
//! hours logged day by day and the warning for whoever falls below what they agreed; the
//! confidence self-assessment at the start and at the end, and the programme's report; weekly
//! ratings hidden until one's own is given; anonymous feedback on the training, shown to
//! programme managers only in groups of three and never linked to a person; and who may do what.

mod common;

use std::collections::BTreeSet;

use chrono::{NaiveDate, TimeZone, Utc};
use common::{Backend, Browser, TestApp};
use reqwest::StatusCode;
use sqlx::{Column, Connection, Row};
use store::engagements::Engagement;
use store::engagements::calendar::date_of_day;
use store::outbox::OutgoingEmail;
use store::types::{Email, Name, Role};
use web::Clock;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Sets the app's clock to 09:00 UTC (noon in Nairobi) on `date`.
fn morning_of(app: &TestApp, date: NaiveDate) {
    app.state.config.clock.set(Utc.from_utc_datetime(&date.and_hms_opt(9, 0, 0).unwrap()));
}

struct World {
    app: TestApp,
    engagement: Engagement,
    /// The CSO's senior lead, Wanjiru Kamau: no share recorded at intake, so none expected.
    lead: Browser,
    /// Junior staff member Otieno, who agreed to give 100% (8 h a day) at intake.
    staff: Browser,
    /// Junior staff member Baraka Mwangi, added later: no share recorded, so 75% (6 h a day).
    junior: Browser,
    /// The capacity builder, Lucía.
    builder: Browser,
    admin: Browser,
}

impl World {
    fn path(&self, page: &str) -> String {
        format!("/engagements/{}/{page}", self.engagement.id)
    }

    fn on_day(&self, n: u8) {
        morning_of(&self.app, date_of_day(self.engagement.starts_on, n));
    }
}

/// A Kenyan CSO accepted to start on Monday 2 November 2026 with its builder; its junior staff
/// member agreed to give all their time; the clock reads Friday 30 October.
async fn world(backend: Backend) -> Option<World> {
    let clock = Clock::fixed(Utc.with_ymd_and_hms(2026, 10, 30, 9, 0, 0).unwrap());
    let app = common::spawn_app_with(backend, |c| c.clock = clock).await?;
    let store = &app.state.store;
    let lead = app.sign_up("Maji Safi Group", "KE", "lead@majisafi.org").await;
    let organisation_id = store
        .user_by_email(&Email::parse("lead@majisafi.org").unwrap())
        .await
        .unwrap()
        .organisation_id
        .unwrap();
    app.create_user("staff@majisafi.org", "Otieno", Role::CsoStaff, Some(organisation_id.clone())).await;
    app.create_user("baraka@majisafi.org", "Baraka Mwangi", Role::CsoStaff, Some(organisation_id.clone()))
        .await;
    let builder = app.create_user("builder@example.org", "Lucía", Role::Builder, None).await;
    let admin = app.create_user("admin@example.org", "Amina", Role::Admin, None).await;
    let application = common::training::apply(&app, &organisation_id, day(2026, 11, 2)).await;
    let email =
        |to: &str| OutgoingEmail { recipient: to.to_owned(), subject: "Confirm".into(), body: "Link".into() };
    let secret = store
        .name_junior_staff(
            &application,
            1,
            &Name::parse("Otieno").unwrap(),
            &Email::parse("staff@majisafi.org").unwrap(),
            |_| email("staff@majisafi.org"),
        )
        .await
        .unwrap();
    store.record_commitment(&secret, 100).await.unwrap();
    store.submit_application(&application).await.unwrap();
    let engagement =
        common::training::accept(&app, &application, &builder.id, &admin.id, day(2026, 11, 2)).await;
    let staff = app.browser().logged_in("staff@majisafi.org").await;
    let builder = app.browser().logged_in("builder@example.org").await;
    let admin = app.browser().logged_in("admin@example.org").await;
    let junior = app.browser().logged_in("baraka@majisafi.org").await;
    Some(World { app, engagement, lead, staff, junior, builder, admin })
}

/// The names the store would warn about today (what the hours page and the today page show).
async fn below(w: &World) -> Vec<String> {
    let today = w.app.state.config.clock.today();
    let team = w.app.state.store.team_hours(&w.engagement, today).await.unwrap();
    team.into_iter().filter(|p| p.standing.is_below()).map(|p| p.name).collect()
}

async fn log(browser: &Browser, w: &World, day: &str, hours: &str) -> common::Page {
    browser.post(&w.path("hours"), &[("day", day), ("hours", hours), ("note", "")]).await
}

async fn hours_are_logged_day_by_day_and_warn_below_the_commitment(backend: Backend) {
    let Some(w) = world(backend).await else { return };

    // Before the start: the rule in plain words, nothing to log yet, nobody warned.
    let page = w.staff.get(&w.path("hours")).await;
    page.assert_contains("75% of a working day of 8 h, that is 6 h a day")
        .assert_contains("Today counts only once it is over")
        .assert_contains("You can log hours from the first day of the training.");
    assert_eq!(log(&w.staff, &w, "1", "6").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(below(&w).await.is_empty());

    // Ten working days: Otieno gives the 8 hours he agreed, Baraka the programme's 6; the
    // senior lead logs two hours on day 1 and is never expected more.
    for n in 1..=10u8 {
        w.on_day(n);
        assert!(below(&w).await.is_empty(), "day {n}: nobody is below");
        // A day that has not come is refused, beside its field.
        if n < 10 {
            let future = log(&w.staff, &w, &(n + 1).to_string(), "8").await;
            assert_eq!(future.status, StatusCode::UNPROCESSABLE_ENTITY, "day {n}");
            future.assert_contains("This day has not come yet");
        }
        w.staff
            .post_redirected(&w.path("hours"), &[("day", &n.to_string()), ("hours", "8"), ("note", "Survey")])
            .await;
        log(&w.junior, &w, &n.to_string(), "6").await;
        if n == 1 {
            log(&w.lead, &w, "1", "2").await;
        }
        let page = w.staff.get(&w.path("hours")).await;
        page.assert_lacks("have logged less time than they agreed");
        page.assert_contains(&format!("{} h", 8 * u32::from(n)));
    }
    w.app.state.config.clock.set(Utc.with_ymd_and_hms(2026, 11, 16, 9, 0, 0).unwrap());
    assert!(below(&w).await.is_empty(), "after the two weeks, all ten days were given");

    // Baraka corrects day 3 to 5.5 hours: half an hour short over the ten days.
    log(&w.junior, &w, "3", "5,5").await;
    assert_eq!(below(&w).await, ["Baraka Mwangi"]);
    let page = w.builder.get(&w.path("hours")).await;
    page.assert_contains("These people have logged less time than they agreed")
        .assert_contains("30 min below the agreed time")
        .assert_contains("59 h 30 min")
        .assert_contains("60 h for 10 working days ended")
        .assert_contains("Agreed at intake: 100% of the day, 8 h a day.")
        .assert_contains("No share recorded at intake: the programme&#39;s 75%, 6 h a day.")
        .assert_contains("Senior lead: no share of time was agreed at intake, so none is expected");
    log(&w.junior, &w, "3", "6:30").await;
    assert!(below(&w).await.is_empty(), "a correction replaces the day");
    let stored = w.app.state.store.hours_logged(&w.engagement.id).await.unwrap();
    assert_eq!(stored.len(), 21, "one row per person per day");
    assert_eq!(stored.iter().map(|e| e.minutes).sum::<i64>(), 10 * 480 + 10 * 360 + 30 + 120);
}

async fn the_warning_appears_when_below_and_not_when_above(backend: Backend) {
    let Some(w) = world(backend).await else { return };
    // Day 1: nothing is expected yet.
    w.on_day(1);
    log(&w.staff, &w, "1", "6").await;
    assert!(below(&w).await.is_empty());
    // Day 2: day 1 has ended. Otieno agreed 8 hours and gave 6; Baraka gave none of his 6;
    // the senior lead gave none and owes none.
    w.on_day(2);
    assert_eq!(below(&w).await, ["Baraka Mwangi", "Otieno"]);
    let page = w.lead.get(&w.path("hours")).await;
    page.assert_contains("These people have logged less time than they agreed")
        .assert_contains("2 h below the agreed time")
        .assert_contains("6 h below the agreed time");
    // The today page warns everyone in the engagement, the builder too.
    let today = format!("/engagements/{}", w.engagement.id);
    for browser in [&w.staff, &w.builder] {
        browser.get(&today).await.assert_contains("Below the agreed time so far: Baraka Mwangi, Otieno");
    }
    w.builder.get(&format!("{today}/plan")).await.assert_contains("Below the agreed time so far");
    // Today's hours count at once: more than expected takes the warning away.
    log(&w.staff, &w, "2", "3").await;
    log(&w.junior, &w, "1", "7").await;
    assert!(below(&w).await.is_empty());
    w.builder.get(&today).await.assert_lacks("Below the agreed time");
    w.staff
        .get(&w.path("hours"))
        .await
        .assert_lacks("have logged less time than they agreed")
        .assert_contains("On track");

    // Bad input gets a message beside its field, in the reader's language.
    for (hours, message) in [
        ("", "Write how many hours you worked"),
        ("six", "Write the hours as a number"),
        ("25", "A day has at most 24 hours."),
        ("-2", "Write the hours as a number"),
    ] {
        let refused = log(&w.staff, &w, "2", hours).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{hours:?}");
        refused.assert_contains(message);
    }
    let refused = log(&w.staff, &w, "11", "4").await;
    refused.assert_contains("Choose one of the working days so far.");
    let mut staff = w.staff;
    staff.language = Some("es");
    let refused =
        staff.post(&format!("/engagements/{}/hours", w.engagement.id), &[("day", "3"), ("hours", "4")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains("Este día aún no ha llegado");
}

async fn take(browser: &Browser, w: &World, rating: &str) -> common::Page {
    let fields: Vec<(&str, &str)> =
        store::engagements::commitment::CONFIDENCE_STATEMENTS.iter().map(|id| (*id, rating)).collect();
    browser.post(&w.path("confidence"), &fields).await
}

async fn confidence_is_taken_at_the_start_and_at_the_end(backend: Backend) {
    let Some(w) = world(backend).await else { return };
    // Open from acceptance, before day 1.
    let page = w.staff.get(&w.path("confidence")).await;
    page.assert_contains("At the start of the training")
        .assert_contains("I can write a SMART objective for our campaign.");
    // Every statement needs a rating.
    let partial = w.staff.post(&w.path("confidence"), &[("goal", "3"), ("smart", "9")]).await;
    assert_eq!(partial.status, StatusCode::UNPROCESSABLE_ENTITY);
    partial.assert_contains("Choose a rating from 1 to 5.");
    assert!(w.app.state.store.confidence_assessments(&w.engagement.id).await.unwrap().is_empty());
    let saved = take(&w.staff, &w, "3").await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    w.staff
        .get(&saved.location())
        .await
        .assert_contains("Your answers are saved")
        .assert_contains("21 of 35");
    // Until day 3 it can be changed.
    w.on_day(3);
    take(&w.staff, &w, "2").await;
    take(&w.lead, &w, "3").await;
    // Days 4 to 8: closed.
    for n in [4, 8] {
        w.on_day(n);
        let closed = take(&w.staff, &w, "4").await;
        assert_eq!(closed.status, StatusCode::CONFLICT, "day {n}");
        closed.assert_contains("it is not open today");
        w.staff.get(&w.path("confidence")).await.assert_contains("The assessment is not open today");
    }
    // From day 9: the end assessment.
    w.on_day(9);
    w.staff.get(&w.path("confidence")).await.assert_contains("At the end of the training");
    take(&w.staff, &w, "4").await;
    w.app.state.config.clock.set(Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap());
    let all = w.app.state.store.confidence_assessments(&w.engagement.id).await.unwrap();
    assert_eq!(all.len(), 3);

    // Before and after: Otieno sees his own; the builder sees everyone's.
    let mine = w.staff.get(&w.path("confidence")).await;
    mine.assert_contains("14 of 35")
        .assert_contains("28 of 35")
        .assert_contains("+14")
        .assert_lacks("Wanjiru Kamau</strong>");
    let theirs = w.builder.get(&w.path("confidence")).await;
    theirs
        .assert_contains("Otieno")
        .assert_contains("Wanjiru Kamau")
        .assert_contains("21 of 35")
        .assert_contains("not taken")
        .assert_lacks("Save my answers");
    assert_eq!(take(&w.builder, &w, "5").await.status, StatusCode::FORBIDDEN);

    // Kept for the programme's reports: averages per engagement and overall.
    let report = w.admin.get("/admin/confidence").await;
    assert_eq!(report.status, StatusCode::OK);
    report
        .assert_contains("Maji Safi Group")
        .assert_contains("Lucía")
        .assert_contains("17.5")
        .assert_contains("28.0")
        .assert_contains("+10.5")
        .assert_contains("All CSOs")
        .assert_contains("2 people")
        .assert_contains("one person");
    for refused in [&w.builder, &w.staff] {
        assert_eq!(refused.get("/admin/confidence").await.status, StatusCode::FORBIDDEN);
    }
}

async fn rate(browser: &Browser, w: &World, week: &str, rating: &str, comment: &str) -> common::Page {
    browser.post(&w.path("ratings"), &[("week", week), ("rating", rating), ("comment", comment)]).await
}

async fn weekly_ratings_are_hidden_until_ones_own_is_given(backend: Backend) {
    let Some(w) = world(backend).await else { return };
    // Week 1 opens on its last day, day 5.
    w.on_day(4);
    let early = rate(&w.staff, &w, "1", "4", "").await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    early.assert_contains("This week cannot be rated yet");
    w.on_day(5);
    assert_eq!(rate(&w.staff, &w, "2", "4", "").await.status, StatusCode::CONFLICT, "week 2 opens on day 10");

    // The builder rates first; the CSO does not see it until it rates too.
    let given = rate(&w.builder, &w, "1", "4", "A good start on the SMART objective").await;
    assert_eq!(given.status, StatusCode::SEE_OTHER);
    let page = w.staff.get(&w.path("ratings")).await;
    page.assert_lacks("A good start")
        .assert_contains("once you have given yours")
        .assert_contains("How did week 1 go?");
    let bad = rate(&w.staff, &w, "1", "9", "").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains("Choose a rating from 1 to 5.");
    rate(&w.staff, &w, "1", "5", "Lucía answered every question the same day").await;
    w.staff
        .get(&w.path("ratings"))
        .await
        .assert_contains("A good start on the SMART objective")
        .assert_contains("Your rating: 5 of 5.");
    w.builder.get(&w.path("ratings")).await.assert_contains("Lucía answered every question the same day");
    // Wanjiru has not rated: she sees neither.
    w.lead
        .get(&w.path("ratings"))
        .await
        .assert_lacks("A good start")
        .assert_lacks("answered every question")
        .assert_contains("once you have given yours");
    // A rating is final.
    let again = rate(&w.staff, &w, "1", "3", "").await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    again.assert_contains("You have already rated this week");
    let ratings = w.app.state.store.weekly_ratings(&w.engagement.id).await.unwrap();
    assert_eq!(ratings.iter().map(|r| r.rating).collect::<Vec<_>>(), [4, 5]);

    // Week 2 on day 10, until a week after the end (Friday 20 November).
    w.on_day(10);
    rate(&w.builder, &w, "2", "5", "").await;
    w.app.state.config.clock.set(Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap());
    assert_eq!(rate(&w.lead, &w, "2", "4", "").await.status, StatusCode::SEE_OTHER);
    w.app.state.config.clock.set(Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap());
    let late = rate(&w.staff, &w, "2", "4", "").await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    late.assert_contains("The ratings closed a week after the training ended.");
    // A programme manager reads them all and does not rate.
    let page = w.admin.get(&w.path("ratings")).await;
    page.assert_contains("A good start")
        .assert_contains("answered every question")
        .assert_lacks("Give my rating");
    assert_eq!(rate(&w.admin, &w, "2", "4", "").await.status, StatusCode::FORBIDDEN);
}

async fn feedback(
    browser: &Browser,
    w: &World,
    usefulness: &str,
    support: &str,
    comment: &str,
) -> common::Page {
    browser
        .post(&w.path("feedback"), &[("usefulness", usefulness), ("support", support), ("comment", comment)])
        .await
}

async fn feedback_is_anonymous_and_shown_only_from_three_answers(backend: Backend) {
    let Some(w) = world(backend).await else { return };
    let store = &w.app.state.store;
    let third = w
        .app
        .create_user(
            "akinyi@majisafi.org",
            "Akinyi",
            Role::CsoStaff,
            Some(w.engagement.organisation_id.clone()),
        )
        .await;
    let akinyi = w.app.browser().logged_in("akinyi@majisafi.org").await;

    // Before the training starts there is nothing to give feedback on.
    w.staff.get(&w.path("feedback")).await.assert_contains("once the training has started");
    assert_eq!(feedback(&w.staff, &w, "4", "5", "").await.status, StatusCode::CONFLICT);

    w.on_day(2);
    let page = w.staff.get(&w.path("feedback")).await;
    page.assert_contains("without your name").assert_contains("never sees it").assert_contains("at least 3");
    let bad = feedback(&w.staff, &w, "", "5", "").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains("Choose a rating from 1 to 5.");
    assert_eq!(
        feedback(&w.staff, &w, "4", "5", "The SMART objective day was the best").await.status,
        StatusCode::SEE_OTHER
    );
    w.staff.get(&w.path("feedback")).await.assert_contains("Thank you").assert_lacks("Send my feedback");
    let again = feedback(&w.staff, &w, "1", "1", "Changed my mind").await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    again.assert_contains("You have already given your feedback");
    w.on_day(7);
    feedback(&w.lead, &w, "5", "4", "More time on sampling, please").await;

    // Two answers about Lucía: programme managers see nothing of them.
    let report = w.admin.get("/admin/feedback").await;
    assert_eq!(report.status, StatusCode::OK);
    report
        .assert_contains("Not enough answers yet")
        .assert_lacks("The SMART objective day")
        .assert_lacks("More time on sampling")
        .assert_lacks("Lucía");
    let shown = store.training_feedback_report().await.unwrap();
    assert!(shown.overall.is_none() && shown.builders.is_empty());

    // The third makes a group: averages and comments, in no particular order.
    feedback(&akinyi, &w, "3", "3", "Videos were slow to load").await;
    let report = w.admin.get("/admin/feedback").await;
    report
        .assert_contains("Lucía")
        .assert_contains("All capacity builders")
        .assert_contains("4.0 of 5")
        .assert_contains("The SMART objective day was the best")
        .assert_contains("More time on sampling, please")
        .assert_contains("Videos were slow to load")
        .assert_lacks("Not enough answers yet");
    let shown = store.training_feedback_report().await.unwrap();
    assert_eq!(shown.builders.len(), 1);
    assert_eq!(shown.builders[0].feedback.answers, 3);

    // The builder never reads it, nor the CSO's people the report.
    assert_eq!(w.builder.get("/admin/feedback").await.status, StatusCode::FORBIDDEN);
    assert_eq!(w.builder.get(&w.path("feedback")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(feedback(&w.builder, &w, "5", "5", "").await.status, StatusCode::FORBIDDEN);
    assert_eq!(w.staff.get("/admin/feedback").await.status, StatusCode::FORBIDDEN);

    // Nothing stored links a text to a person: the answers hold only the builder, the month,
    // the ratings and the comment, under random (v4) ids; who answered is kept apart.
    let mut db = sqlx::AnyConnection::connect(&w.app.state.config.database_url).await.unwrap();
    let rows = sqlx::query("SELECT * FROM training_feedback").fetch_all(&mut db).await.unwrap();
    assert_eq!(rows.len(), 3);
    let columns: BTreeSet<&str> = rows[0].columns().iter().map(|c| c.name()).collect();
    assert_eq!(columns, BTreeSet::from(["id", "builder_id", "month", "usefulness", "support", "comment"]));
    let mut identifying: Vec<String> =
        store.engagement_team(&w.engagement).await.unwrap().into_iter().map(|u| u.id).collect();
    assert!(identifying.contains(&third.id));
    identifying.extend([
        w.engagement.id.clone(),
        w.engagement.organisation_id.clone(),
        w.engagement.application_id.clone(),
    ]);
    for row in &rows {
        let id: String = row.try_get("id").unwrap();
        assert_eq!(uuid::Uuid::parse_str(&id).unwrap().get_version_num(), 4, "a random id, not time-ordered");
        assert_eq!(row.try_get::<String, _>("month").unwrap(), "2026-11", "the month, never the day");
        assert_eq!(row.try_get::<String, _>("builder_id").unwrap(), w.engagement.builder_id);
        let comment: Option<String> = row.try_get("comment").unwrap();
        for value in [Some(id), comment].into_iter().flatten() {
            assert!(
                !identifying.iter().any(|x| value.contains(x.as_str())),
                "{value} names a person or a CSO"
            );
        }
    }
    let given = sqlx::query("SELECT * FROM training_feedback_given").fetch_all(&mut db).await.unwrap();
    assert_eq!(given.len(), 3);
    let columns: BTreeSet<&str> = given[0].columns().iter().map(|c| c.name()).collect();
    assert_eq!(columns, BTreeSet::from(["engagement_id", "user_id"]), "who answered, and nothing of what");
    // The only column the two share a value through is the builder (through the engagement),
    // which every answer about them has in common.
    let joined: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM training_feedback f JOIN training_feedback_given g \
         ON g.user_id = f.id OR g.engagement_id = f.id OR g.user_id = f.builder_id OR g.engagement_id = f.builder_id",
    )
    .fetch_one(&mut db)
    .await
    .unwrap();
    assert_eq!(joined, 0);
}

async fn other_people_are_refused(backend: Backend) {
    let Some(w) = world(backend).await else { return };
    w.on_day(5);
    // Another CSO: the engagement does not exist for it.
    let other = w.app.sign_up("Sauti Yetu", "TZ", "lead@sautiyetu.org").await;
    for page in ["hours", "confidence", "ratings", "feedback"] {
        assert_eq!(other.get(&w.path(page)).await.status, StatusCode::NOT_FOUND, "{page}");
        let refused =
            other.post(&w.path(page), &[("day", "1"), ("hours", "6"), ("week", "1"), ("rating", "4")]).await;
        assert_eq!(refused.status, StatusCode::NOT_FOUND, "POST {page}");
    }
    // Another builder: the same.
    w.app.create_user("other-builder@example.org", "Joseph", Role::Builder, None).await;
    let joseph = w.app.browser().logged_in("other-builder@example.org").await;
    assert_eq!(joseph.get(&w.path("hours")).await.status, StatusCode::NOT_FOUND);
    // The builder reads the team's hours but does not log the CSO's.
    let page = w.builder.get(&w.path("hours")).await;
    page.assert_contains("Otieno").assert_contains("Wanjiru Kamau").assert_lacks("Log your hours");
    assert_eq!(log(&w.builder, &w, "1", "8").await.status, StatusCode::FORBIDDEN);
    assert_eq!(log(&w.admin, &w, "1", "8").await.status, StatusCode::FORBIDDEN);
    assert!(w.app.state.store.hours_logged(&w.engagement.id).await.unwrap().is_empty());
    // Not signed in: to the login page.
    let anonymous = w.app.browser();
    assert_eq!(anonymous.get(&w.path("hours")).await.status, StatusCode::SEE_OTHER);
    assert_eq!(anonymous.get("/admin/feedback").await.status, StatusCode::SEE_OTHER);
    // Pages in the reader's language.
    let mut w = w;
    w.staff.language = Some("ne");
    w.staff.get(&w.path("hours")).await.assert_contains("आफ्ना घण्टा लेख्नुहोस्");
    w.staff.language = Some("sw");
    w.staff.get(&w.path("feedback")).await.assert_contains("Maoni ya siri kuhusu mafunzo");
}

on_both_backends!(
    backend;
    hours_are_logged_day_by_day_and_warn_below_the_commitment,
    the_warning_appears_when_below_and_not_when_above,
    confidence_is_taken_at_the_start_and_at_the_end,
    weekly_ratings_are_hidden_until_ones_own_is_given,
    feedback_is_anonymous_and_shown_only_from_three_answers,
    other_people_are_refused,
);
