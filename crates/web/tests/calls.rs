//! Calls: scheduling (a new Jitsi room by default), the two-weeks and overlap rules, field
//! messages, notes and attendance, moving and cancelling, the calendar feed read by an
//! independent iCalendar parser, its secret address, reminders at the right time and only
//! once, and another CSO kept out. Every test runs on SQLite and PostgreSQL with a fixed clock.

mod common;

use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use common::{Backend, Browser, Page, TestApp};
use ical::parser::ical::component::IcalEvent;
use reqwest::StatusCode;
use store::accounts::User;
use store::engagements::Engagement;
use store::types::{Email, Role};

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The Friday before the two weeks, which run from Monday 2 to Friday 13 November 2026.
const START: &str = "2026-10-30T09:00:00Z";

async fn spawn(backend: Backend) -> Option<TestApp> {
    common::spawn_app_with(backend, |config| config.clock = web::Clock::fixed(at(START))).await
}

/// An accepted Kenyan CSO (Nairobi time, UTC+3) with its lead, one staff member and a builder.
struct World {
    engagement: Engagement,
    lead: Browser,
    lead_user: User,
    staff: Browser,
    staff_user: User,
    builder: Browser,
    builder_user: User,
}

async fn world(app: &TestApp) -> World {
    let store = &app.state.store;
    let admin = app.create_user("admin@example.org", "Amina", Role::Admin, None).await;
    let lead = app.sign_up("Maji Safi", "KE", "wanjiru@example.org").await;
    let lead_user = store.user_by_email(&Email::parse("wanjiru@example.org").unwrap()).await.unwrap();
    let organisation = lead_user.organisation_id.clone().unwrap();
    let staff_user = app
        .create_user("achieng@example.org", "Achieng Otieno", Role::CsoStaff, Some(organisation.clone()))
        .await;
    let builder_user = app.create_user("lucia@example.org", "Lucía Fernández", Role::Builder, None).await;
    let engagement =
        common::training::accepted(app, &organisation, &builder_user.id, &admin.id, day(2026, 11, 2)).await;
    World {
        engagement,
        lead,
        lead_user,
        staff: app.browser().logged_in("achieng@example.org").await,
        staff_user,
        builder: app.browser().logged_in("lucia@example.org").await,
        builder_user,
    }
}

impl World {
    fn calls(&self) -> String {
        format!("/engagements/{}/calls", self.engagement.id)
    }
}

/// Schedules a call (local date and time in Nairobi) that must be accepted; returns its id.
async fn schedule(who: &Browser, w: &World, date: &str, time: &str, minutes: &str, agenda: &str) -> String {
    let page = who
        .post(
            &w.calls(),
            &[("date", date), ("time", time), ("minutes", minutes), ("meeting_url", ""), ("agenda", agenda)],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    page.location_id()
}

async fn try_schedule(who: &Browser, w: &World, fields: &[(&str, &str)]) -> Page {
    who.post(&w.calls(), fields).await
}

fn call_form<'a>(date: &'a str, time: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![("date", date), ("time", time), ("minutes", "60"), ("meeting_url", ""), ("agenda", "Check the plan")]
}

/// The feed at `path`, fetched with no session, as a calendar app would.
async fn feed(app: &TestApp, path: &str) -> (reqwest::StatusCode, reqwest::header::HeaderMap, String) {
    let response = reqwest::get(format!("{}{path}", app.base)).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    (status, headers, response.text().await.unwrap())
}

/// The person's feed path, read from their calendar page.
async fn feed_path(who: &Browser) -> String {
    let page = who.get("/calendar").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let re = regex::Regex::new(r#"value="http://datashift\.test(/calendar/[0-9a-f]{64}\.ics)""#).unwrap();
    re.captures(&page.body).map(|c| c[1].to_owned()).expect("the calendar page shows the feed address")
}

/// The events of a feed, read by an independent parser (the `ical` crate).
fn events(body: &str) -> Vec<IcalEvent> {
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(body.as_bytes()));
    let calendar = parser.next().expect("one calendar").expect("the feed parses");
    assert!(parser.next().is_none(), "exactly one calendar");
    let version = calendar.properties.iter().find(|p| p.name == "VERSION").and_then(|p| p.value.clone());
    assert_eq!(version.as_deref(), Some("2.0"));
    calendar.events
}

fn prop<'a>(event: &'a IcalEvent, name: &str) -> Option<&'a str> {
    event.properties.iter().find(|p| p.name == name).and_then(|p| p.value.as_deref())
}

fn param<'a>(event: &'a IcalEvent, name: &str, param: &str) -> Option<&'a str> {
    let property = event.properties.iter().find(|p| p.name == name)?;
    let params = property.params.as_ref()?;
    params.iter().find(|(key, _)| key == param).and_then(|(_, values)| values.first()).map(String::as_str)
}

fn event<'a>(events: &'a [IcalEvent], uid: &str) -> &'a IcalEvent {
    events.iter().find(|e| prop(e, "UID") == Some(uid)).unwrap_or_else(|| panic!("no event {uid}"))
}

/// Emails to `recipient` whose subject starts with `prefix` and mentions `text`.
async fn emails_to(app: &TestApp, recipient: &str, prefix: &str, text: &str) -> usize {
    app.emails()
        .await
        .iter()
        .filter(|e| e.recipient == recipient && e.subject.starts_with(prefix) && e.subject.contains(text))
        .count()
}

/// Waits until the reminder sender has queued `count` emails matching `prefix` and `text`.
async fn reminders_queued(app: &TestApp, prefix: &str, text: &str, count: usize) {
    let deadline = tokio::time::Instant::now() + StdDuration::from_secs(30);
    loop {
        let queued = app
            .emails()
            .await
            .iter()
            .filter(|e| e.subject.starts_with(prefix) && e.subject.contains(text))
            .count();
        if queued >= count {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{count} × {prefix:?} {text:?} never queued ({queued})"
        );
        tokio::time::sleep(StdDuration::from_millis(100)).await;
    }
}

async fn the_builder_schedules_a_call_with_a_new_jitsi_room_and_the_team_is_told(app: TestApp) {
    let w = world(&app).await;
    let page = w.builder.get(&w.calls()).await;
    page.assert_contains("No call is planned yet.")
        .assert_contains("Africa/Nairobi, UTC+03:00")
        .assert_contains("name=\"csrf\"")
        .assert_contains("value=\"2026-11-02\"");
    let call = schedule(&w.builder, &w, "2026-11-03", "14:00", "60", "Review the SMART objective").await;

    let stored = app.state.store.call(&w.engagement.id, &call).await.unwrap();
    assert_eq!(stored.starts_at, at("2026-11-03T11:00:00Z"), "14:00 in Nairobi is 11:00 UTC");
    let room = regex::Regex::new(r"^https://meet\.jit\.si/DataShift-[A-Za-z0-9]{20}$").unwrap();
    assert!(room.is_match(&stored.meeting_url), "{}", stored.meeting_url);

    let page = w.staff.get(&format!("{}/{call}", w.calls())).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("3 November 2026, 14:00–15:00 (Africa/Nairobi, UTC+03:00)")
        .assert_contains("3 November 2026, 11:00–12:00 UTC")
        .assert_contains(&stored.meeting_url)
        .assert_contains("Review the SMART objective")
        .assert_contains("Scheduled by Lucía Fernández")
        .assert_lacks("Cancel this call");
    w.builder.get(&format!("{}/{call}", w.calls())).await.assert_contains("Cancel this call");

    // The team is emailed, the builder who scheduled it is not.
    for person in [&w.lead_user, &w.staff_user] {
        let email = app.last_email_to(&person.email).await;
        assert!(email.subject.starts_with("New call on 3 November 2026, 14:00"), "{}", email.subject);
        assert!(email.body.contains(&stored.meeting_url) && email.body.contains("11:00–12:00 UTC"));
        assert!(
            email
                .body
                .contains(&format!("http://datashift.test/engagements/{}/calls/{call}", w.engagement.id))
        );
    }
    assert_eq!(emails_to(&app, &w.builder_user.email, "New call", "").await, 0);

    // Staff see calls but do not schedule them; the CSO's lead may, with a link of their own.
    let page = w.staff.get(&w.calls()).await;
    page.assert_contains("Review the SMART objective").assert_lacks("Schedule the call");
    let refused = try_schedule(&w.staff, &w, &call_form("2026-11-04", "10:00")).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let page = try_schedule(
        &w.lead,
        &w,
        &[
            ("date", "2026-11-05"),
            ("time", "09:30"),
            ("minutes", "30"),
            ("meeting_url", "https://meet.google.com/abc-defg-hij"),
            ("agenda", "A problem with the enumerators"),
        ],
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(emails_to(&app, &w.builder_user.email, "New call on 5 November 2026, 09:30", "").await, 1);

    // The store API other pages use.
    let calls = app.state.store.calls(&w.engagement.id).await.unwrap();
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[1].meeting_url, "https://meet.google.com/abc-defg-hij");
    let next = app.state.store.next_call(&w.engagement.id, at(START)).await.unwrap().unwrap();
    assert_eq!(next.id, call);
    // During the call it is still the next one; after it, the lead's call is.
    let next =
        app.state.store.next_call(&w.engagement.id, at("2026-11-03T11:30:00Z")).await.unwrap().unwrap();
    assert_eq!(next.id, call);
    let next =
        app.state.store.next_call(&w.engagement.id, at("2026-11-03T12:00:00Z")).await.unwrap().unwrap();
    assert_eq!(next.agenda, "A problem with the enumerators");
    assert!(app.state.store.next_call(&w.engagement.id, at("2026-11-06T00:00:00Z")).await.unwrap().is_none());

    // In the reader's language.
    let mut staff = app.browser().logged_in("achieng@example.org").await;
    staff.language = Some("es");
    staff.get(&w.calls()).await.assert_contains("Próximas llamadas").assert_contains("Unirte a la llamada");
}

async fn calls_outside_the_two_weeks_or_overlapping_another_are_refused_with_an_explanation(app: TestApp) {
    let w = world(&app).await;
    let page = try_schedule(&w.builder, &w, &call_form("2026-11-16", "10:00")).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("two weeks, from 2 November 2026 to 13 November 2026 (Africa/Nairobi, UTC+03:00)")
        .assert_contains("Choose a day within the two weeks.")
        .assert_contains("value=\"2026-11-16\"")
        .assert_contains("Check the plan");
    // 23:30 on Sunday in Nairobi is before the first day; 23:30 on the last day ends after it.
    for date in ["2026-11-01", "2026-11-13"] {
        let page = try_schedule(&w.builder, &w, &call_form(date, "23:30")).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{date}");
        page.assert_contains("Choose a day within the two weeks.");
    }

    schedule(&w.builder, &w, "2026-11-03", "14:00", "60", "First").await;
    let page = try_schedule(&w.builder, &w, &call_form("2026-11-03", "14:30")).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    page.assert_contains("Another call of this engagement is planned at 3 November 2026, 14:00–15:00")
        .assert_contains("Choose a time when no other call is planned.");
    let page = try_schedule(&w.lead, &w, &call_form("2026-11-03", "13:30")).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    // Back to back is fine.
    schedule(&w.builder, &w, "2026-11-03", "15:00", "30", "Second").await;

    // Once the day has come, a time already past is refused.
    app.state.config.clock.set(at("2026-11-04T09:00:00Z"));
    let page = try_schedule(&w.builder, &w, &call_form("2026-11-04", "10:00")).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("This time has already passed.");

    let calls = app.state.store.calls(&w.engagement.id).await.unwrap();
    assert_eq!(calls.iter().map(|c| c.agenda.as_str()).collect::<Vec<_>>(), ["First", "Second"]);
}

async fn bad_dates_times_and_links_get_messages_beside_their_fields(app: TestApp) {
    let w = world(&app).await;
    let fields = [
        ("date", "3/11/2026"),
        ("time", "25:61"),
        ("minutes", "5"),
        ("meeting_url", "http://meet.example.org/room"),
        ("agenda", " "),
    ];
    let page = try_schedule(&w.builder, &w, &fields).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Enter the date as year-month-day")
        .assert_contains("Enter the start time as hours and minutes")
        .assert_contains("Enter a length between 10 and 240 minutes.")
        .assert_contains("Enter a full link that starts with https://")
        .assert_contains("Please fill in this field.")
        .assert_contains("value=\"http://meet.example.org/room\"");
    for field in ["date", "time", "minutes", "meeting_url", "agenda"] {
        page.assert_contains(&format!("id=\"{field}-error\""));
    }
    for link in ["javascript:alert(1)", "meet.jit.si/room", "https://user:secret@example.org/room"] {
        let mut form = call_form("2026-11-03", "10:00");
        form[3] = ("meeting_url", link);
        let page = try_schedule(&w.builder, &w, &form).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{link}");
        page.assert_contains("id=\"meeting_url-error\"");
    }
    // In the builder's own language.
    let mut builder = app.browser().logged_in("lucia@example.org").await;
    builder.language = Some("es");
    let page = builder.post(&w.calls(), &fields).await;
    page.assert_contains("Escribe la fecha como año-mes-día").assert_contains("empiece por https://");
    assert!(app.state.store.calls(&w.engagement.id).await.unwrap().is_empty());
}

async fn the_builder_records_notes_and_attendance_once_the_call_has_started(app: TestApp) {
    let w = world(&app).await;
    let call = schedule(&w.builder, &w, "2026-11-03", "14:00", "60", "Pilot plan").await;
    let path = format!("{}/{call}", w.calls());
    let record = format!("{path}/record");
    let attended = [("notes", "We agreed on the baseline."), ("attended", w.staff_user.id.as_str())];
    let page = w.builder.post(&record, &attended).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    page.assert_contains("Notes and attendance are recorded once the call has started.");

    app.state.config.clock.set(at("2026-11-03T11:05:00Z"));
    let page = w.builder.get(&path).await;
    page.assert_contains("Happening now")
        .assert_contains("Save notes and attendance")
        .assert_lacks("Cancel this call");
    assert_eq!(w.staff.post(&record, &attended).await.status, StatusCode::FORBIDDEN);
    w.builder.post_redirected(&record, &attended).await;

    app.state.config.clock.set(at("2026-11-03T13:00:00Z"));
    let page = w.lead.get(&path).await;
    page.assert_contains("We agreed on the baseline.")
        .assert_contains("Achieng Otieno: attended")
        .assert_contains("Wanjiru Kamau: did not attend")
        .assert_contains("Over")
        .assert_lacks("Join the call");
    let attendance = app.state.store.call_attendance(&w.engagement, &call).await.unwrap();
    assert_eq!(attendance.iter().filter(|a| a.attended == Some(true)).count(), 1);

    // Notes can be corrected; a started call can no longer be cancelled.
    w.builder
        .post_redirected(&record, &[("notes", "Baseline: 40 taps."), ("attended", w.staff_user.id.as_str())])
        .await;
    assert_eq!(
        app.state.store.call(&w.engagement.id, &call).await.unwrap().notes.as_deref(),
        Some("Baseline: 40 taps.")
    );
    let page = w.builder.post(&format!("{path}/cancel"), &[]).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    page.assert_contains("This call has already started");
}

async fn a_moved_then_cancelled_call_keeps_its_uid_in_the_feed_with_a_new_sequence(app: TestApp) {
    let w = world(&app).await;
    let call =
        schedule(&w.builder, &w, "2026-11-03", "14:00", "60", "Review the plan; bring questions, too").await;
    let uid = format!("call-{call}@datashift");
    let path = feed_path(&w.staff).await;

    let (status, headers, body) = feed(&app, &path).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "text/calendar; charset=utf-8");
    assert!(body.contains("\r\n"), "lines end with CRLF");
    let all = events(&body);
    let first = event(&all, &uid);
    assert_eq!(prop(first, "DTSTART"), Some("20261103T110000Z"));
    assert_eq!(prop(first, "DTEND"), Some("20261103T120000Z"));
    assert_eq!(prop(first, "SEQUENCE"), Some("0"));
    assert_eq!(prop(first, "STATUS"), Some("CONFIRMED"));
    assert_eq!(prop(first, "DTSTAMP"), Some("20261030T090000Z"));
    assert_eq!(prop(first, "SUMMARY"), Some("DataShift call: Maji Safi"));
    let stored = app.state.store.call(&w.engagement.id, &call).await.unwrap();
    assert_eq!(prop(first, "LOCATION"), Some(stored.meeting_url.as_str()));
    assert!(prop(first, "DESCRIPTION").unwrap().contains("Review the plan"));
    assert_eq!(first.alarms.len(), 1);

    // Every deliverable's deadline, as an all-day event with a stable UID.
    let deadlines: Vec<_> =
        all.iter().filter(|e| prop(e, "UID").unwrap().starts_with("deliverable-")).collect();
    assert_eq!(deadlines.len(), 4);
    let smart =
        deadlines.iter().find(|e| prop(e, "SUMMARY") == Some("Due: SMART objective (Maji Safi)")).unwrap();
    assert_eq!(prop(smart, "DTSTART"), Some("20261103"));
    assert_eq!(param(smart, "DTSTART", "VALUE"), Some("DATE"));
    assert_eq!(prop(smart, "DTEND"), Some("20261104"));
    let again = events(&feed(&app, &path).await.2);
    let uids = |events: &[IcalEvent]| {
        let mut uids: Vec<String> = events.iter().map(|e| prop(e, "UID").unwrap().to_owned()).collect();
        uids.sort();
        uids
    };
    assert_eq!(uids(&all), uids(&again), "UIDs are stable");

    // Moved half an hour later (over its own old time): same UID, next sequence, the team is told.
    let page = w
        .builder
        .post(
            &format!("{}/{call}", w.calls()),
            &[
                ("date", "2026-11-03"),
                ("time", "14:30"),
                ("minutes", "45"),
                ("meeting_url", &stored.meeting_url),
                ("agenda", "Review the plan"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let moved = events(&feed(&app, &path).await.2);
    let moved = event(&moved, &uid);
    assert_eq!(prop(moved, "DTSTART"), Some("20261103T113000Z"));
    assert_eq!(prop(moved, "DTEND"), Some("20261103T121500Z"));
    assert_eq!(prop(moved, "SEQUENCE"), Some("1"));
    assert!(
        app.last_email_to(&w.staff_user.email)
            .await
            .subject
            .starts_with("Call changed: now on 3 November 2026, 14:30")
    );

    // Cancelled: it stays in the feed, marked cancelled, so calendars remove it.
    app.state.config.clock.advance(Duration::hours(1));
    w.builder.post_redirected(&format!("{}/{call}/cancel", w.calls()), &[]).await;
    let (_, _, body) = feed(&app, &path).await;
    let all = events(&body);
    let cancelled = event(&all, &uid);
    assert_eq!(prop(cancelled, "STATUS"), Some("CANCELLED"));
    assert_eq!(prop(cancelled, "SEQUENCE"), Some("2"));
    assert_eq!(prop(cancelled, "DTSTAMP"), Some("20261030T100000Z"));
    assert!(cancelled.alarms.is_empty());
    let email = app.last_email_to(&w.lead_user.email).await;
    assert!(email.subject.starts_with("Call cancelled: 3 November 2026, 14:30"), "{}", email.subject);
    let page = w.staff.get(&format!("{}/{call}", w.calls())).await;
    page.assert_contains("Cancelled").assert_lacks("Join the call");
    let page = w.builder.post(&format!("{}/{call}/cancel", w.calls()), &[]).await;
    assert_eq!(page.status, StatusCode::CONFLICT);

    // The builder's feed has the call too, in the builder's own language.
    app.state.store.set_locale(&w.builder_user.id, "es").await.unwrap();
    let builder_feed = feed_path(&w.builder).await;
    let all = events(&feed(&app, &builder_feed).await.2);
    assert_eq!(prop(event(&all, &uid), "SUMMARY"), Some("Llamada DataShift: Maji Safi"));
}

async fn the_feed_needs_its_token_and_a_replaced_token_stops_working(app: TestApp) {
    let w = world(&app).await;
    schedule(&w.builder, &w, "2026-11-03", "14:00", "60", "Plan").await;
    let page = app.browser().get("/calendar").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert!(page.location().starts_with("/login"));

    let page = w.lead.get("/calendar").await;
    page.assert_contains("webcal://datashift.test/calendar/").assert_contains("Replace the address");
    let old = feed_path(&w.lead).await;
    assert_eq!(feed_path(&w.lead).await, old, "the address stays until it is replaced");
    assert_eq!(feed(&app, &old).await.0, StatusCode::OK);
    assert_eq!(events(&feed(&app, &old).await.2).len(), 5);

    let wrong = format!("/calendar/{}.ics", "0".repeat(64));
    assert_eq!(feed(&app, &wrong).await.0, StatusCode::NOT_FOUND);
    assert_eq!(feed(&app, "/calendar/not-a-token.ics").await.0, StatusCode::NOT_FOUND);
    assert_eq!(feed(&app, old.trim_end_matches(".ics")).await.0, StatusCode::NOT_FOUND);

    // Replacing needs the form's CSRF token.
    assert_eq!(w.lead.post_raw("/calendar/replace", &[]).await.status, StatusCode::FORBIDDEN);
    w.lead.post_redirected("/calendar/replace", &[]).await;
    let new = feed_path(&w.lead).await;
    assert_ne!(new, old);
    assert_eq!(feed(&app, &old).await.0, StatusCode::NOT_FOUND);
    assert_eq!(feed(&app, &new).await.0, StatusCode::OK);
}

async fn reminders_are_queued_a_day_and_an_hour_before_and_only_once(app: TestApp) {
    let w = world(&app).await;
    // Two calls ten minutes apart in their reminders: the second one's reminder is queued on a
    // later pass of the sender, which shows the first one was not queued again.
    schedule(&w.builder, &w, "2026-11-03", "14:00", "60", "First").await; // 11:00 UTC
    schedule(&w.builder, &w, "2026-11-03", "15:10", "30", "Second").await; // 12:10 UTC
    let clock = &app.state.config.clock;
    let people = [&w.builder_user.email, &w.lead_user.email, &w.staff_user.email];

    clock.set(at("2026-11-02T11:01:00Z"));
    reminders_queued(&app, "Tomorrow:", "14:00–15:00", 3).await;
    assert_eq!(emails_to(&app, &w.staff_user.email, "Tomorrow:", "15:10–15:40").await, 0, "not due yet");
    clock.set(at("2026-11-02T12:11:00Z"));
    reminders_queued(&app, "Tomorrow:", "15:10–15:40", 3).await;
    for person in people {
        assert_eq!(emails_to(&app, person, "Tomorrow:", "14:00–15:00").await, 1, "{person}");
        assert_eq!(emails_to(&app, person, "In one hour:", "").await, 0, "{person}");
    }
    let email = app.last_email_to(&w.staff_user.email).await;
    assert!(
        email.body.contains("Hello Achieng Otieno") && email.body.contains("https://meet.jit.si/DataShift-")
    );

    clock.set(at("2026-11-03T10:01:00Z"));
    reminders_queued(&app, "In one hour:", "14:00–15:00", 3).await;
    assert_eq!(emails_to(&app, &w.staff_user.email, "In one hour:", "15:10–15:40").await, 0, "not due yet");
    clock.set(at("2026-11-03T11:11:00Z"));
    reminders_queued(&app, "In one hour:", "15:10–15:40", 3).await;
    for person in people {
        assert_eq!(emails_to(&app, person, "Tomorrow:", "").await, 2, "{person}");
        assert_eq!(emails_to(&app, person, "In one hour:", "14:00–15:00").await, 1, "{person}");
        assert_eq!(emails_to(&app, person, "In one hour:", "15:10–15:40").await, 1, "{person}");
    }
    let calls = app.state.store.calls(&w.engagement.id).await.unwrap();
    assert!(calls.iter().all(|c| c.reminded_at.is_some()));
    assert!(app.state.store.calls_due_for_reminders(clock.now()).await.unwrap().is_empty());
}

async fn another_cso_and_another_builder_get_not_found(app: TestApp) {
    let w = world(&app).await;
    let call = schedule(&w.builder, &w, "2026-11-03", "14:00", "60", "Private agenda").await;
    let other = app.sign_up("Haki Data", "TZ", "neema@example.org").await;
    app.create_user("otto@example.org", "Otto", Role::Builder, None).await;
    let other_builder = app.browser().logged_in("otto@example.org").await;
    for who in [&other, &other_builder] {
        assert_eq!(who.get(&w.calls()).await.status, StatusCode::NOT_FOUND);
        assert_eq!(who.get(&format!("{}/{call}", w.calls())).await.status, StatusCode::NOT_FOUND);
        assert_eq!(
            try_schedule(who, &w, &call_form("2026-11-04", "10:00")).await.status,
            StatusCode::NOT_FOUND
        );
        let page = who.post(&format!("{}/{call}/cancel", w.calls()), &[]).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
        let (_, _, body) = feed(&app, &feed_path(who).await).await;
        assert!(events(&body).is_empty());
        assert!(!body.contains("Private agenda"));
    }
    // A call id of this engagement under another engagement's address is not found either.
    assert_eq!(w.builder.get(&format!("/engagements/nope/calls/{call}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.state.store.calls(&w.engagement.id).await.unwrap().len(), 1);
}

on_both_backends!(
    spawn = super::spawn;
    the_builder_schedules_a_call_with_a_new_jitsi_room_and_the_team_is_told,
    calls_outside_the_two_weeks_or_overlapping_another_are_refused_with_an_explanation,
    bad_dates_times_and_links_get_messages_beside_their_fields,
    the_builder_records_notes_and_attendance_once_the_call_has_started,
    a_moved_then_cancelled_call_keeps_its_uid_in_the_feed_with_a_new_sequence,
    the_feed_needs_its_token_and_a_replaced_token_stops_working,
    reminders_are_queued_a_day_and_an_hour_before_and_only_once,
    another_cso_and_another_builder_get_not_found,
);
