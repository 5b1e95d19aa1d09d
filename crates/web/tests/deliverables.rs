//! Deliverables with review and the challenges log, over HTTP with the programme's clock
//! set: drafts, field-level problems, submissions (late ones marked), changes requested and
//! accepted with comments each round, the history kept, accepted work refused edits, the
//! SMART checks failing then passing, the survey's form and its pilot count, challenges
//! logged, guided and resolved, and who may do what.

mod common;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use common::{Browser, Page, TestApp};
use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};
use store::engagements::DeliverableKind;
use store::engagements::deliverables::{DeliverableState, EventKind};
use store::types::Role;

/// Monday 7 January 2030: day 1 of the training.
fn d(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2030, 1, day).unwrap()
}

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2030, 1, day, hour, 0, 0).unwrap()
}

/// The app with its clock at 09:00 UTC on day 1 (Monday 7 January 2030).
async fn spawn_on_day_one(backend: common::Backend) -> Option<TestApp> {
    common::spawn_app_with(backend, |c| c.clock = web::Clock::fixed(at(7, 9))).await
}

/// An accepted CSO with its engagement: the lead and a staff member (the team), the
/// builder, and a programme manager.
struct World {
    engagement: String,
    builder_id: String,
    lead: Browser,
    staff: Browser,
    builder: Browser,
    admin: Browser,
}

async fn world(app: &TestApp) -> World {
    let lead = app.sign_up("Maji Safi", "KE", "lead@maji.example").await;
    let store = &app.state.store;
    let organisation = store.organisation_by_slug("maji-safi").await.unwrap();
    app.create_user("staff@maji.example", "Achieng Otieno", Role::CsoStaff, Some(organisation.id.clone()))
        .await;
    let builder = app.create_user("lucia@example.org", "Lucía Fernández", Role::Builder, None).await;
    let admin = app.create_user("admin@example.org", "Amina Juma", Role::Admin, None).await;
    let engagement = common::training::accepted(app, &organisation.id, &builder.id, &admin.id, d(7)).await;
    World {
        engagement: engagement.id,
        builder_id: builder.id,
        lead,
        staff: app.browser().logged_in("staff@maji.example").await,
        builder: app.browser().logged_in("lucia@example.org").await,
        admin: app.browser().logged_in("admin@example.org").await,
    }
}

impl World {
    fn url(&self, kind: &str) -> String {
        format!("/engagements/{}/deliverables/{kind}", self.engagement)
    }

    fn challenges(&self) -> String {
        format!("/engagements/{}/challenges", self.engagement)
    }
}

const PLAN: [(&str, &str); 10] = [
    ("problem", "Half of the public taps in Kibera are broken"),
    ("goal", "Safe water within 200 metres of every home in Kibera"),
    ("decision_makers", "Nairobi County water officer"),
    ("allies", ""),
    ("audiences", "Residents and local radio"),
    ("tactics", "Public meetings and a petition"),
    ("timeline", "March: survey. April: meetings. June: petition."),
    ("ends_on", "2030-12-31"),
    ("risks", "Elections may delay decisions"),
    ("data_needed", "Which taps work, and since when"),
];

const SMART: [(&str, &str); 10] = [
    ("specific", "Public taps in Kibera repaired"),
    ("measurable", "Share of public taps that work"),
    ("achievable", "The county has a repair budget this year"),
    ("relevant", "Working taps bring safe water close to every home"),
    ("time_bound", "Before the dry season"),
    ("target", "80"),
    ("unit", "% of taps working"),
    ("baseline", "35"),
    ("deadline", "2030-06-30"),
    ("who", "Nairobi County water officer"),
];

/// `base` with some fields replaced.
fn with<'a>(base: &[(&'a str, &'a str)], changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    base.iter().map(|(k, v)| changes.iter().find(|(c, _)| c == k).copied().unwrap_or((*k, *v))).collect()
}

fn assert_status(page: &Page, status: StatusCode) {
    assert_eq!(page.status, status, "{}", page.body);
}

/// The text of the field-level message beside `field`.
fn problem_of(page: &Page, field: &str) -> String {
    let marker = format!("id=\"{field}-error\">");
    let start =
        page.body.find(&marker).unwrap_or_else(|| panic!("no message beside {field}:\n{}", page.body));
    let rest = &page.body[start + marker.len()..];
    rest[..rest.find('<').unwrap()].to_owned()
}

async fn state_of(
    app: &TestApp,
    world: &World,
    kind: DeliverableKind,
) -> store::engagements::deliverables::Deliverable {
    app.state.store.deliverable(&world.engagement, kind).await.unwrap()
}

async fn a_deliverable_goes_through_every_state_with_comments_and_its_history(app: TestApp) {
    let w = world(&app).await;
    let plan = w.url("campaign_plan");

    // The list: four deliverables as drafts, with their due days.
    let list = w.staff.get(&format!("/engagements/{}/deliverables", w.engagement)).await;
    assert_status(&list, StatusCode::OK);
    list.assert_contains("Campaign plan").assert_contains("SMART objective").assert_contains("Pilot report");
    list.assert_contains("Challenges log").assert_contains("9 January 2030").assert_contains("Draft");

    // A draft may be unfinished.
    let saved = w.staff.post_redirected(&format!("{plan}/save"), &[("problem", "Broken taps")]).await;
    assert_eq!(saved.location(), format!("{plan}?done=saved"));
    let page = w.staff.get(&saved.location()).await;
    page.assert_contains("Draft saved.").assert_contains(">Broken taps</textarea>");
    page.assert_contains("Draft saved by Achieng Otieno").assert_contains("Before the first submission");

    // Submitting needs every required part: each empty one is named beside its field.
    let refused = w.staff.post(&format!("{plan}/submit"), &[("problem", "Broken taps")]).await;
    assert_status(&refused, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem_of(&refused, "goal"), "Fill in this part before submitting.");
    assert_eq!(problem_of(&refused, "ends_on"), "Fill in this part before submitting.");
    refused.assert_contains("aria-invalid=\"true\"").assert_lacks("id=\"allies-error\"");
    assert_eq!(state_of(&app, &w, DeliverableKind::CampaignPlan).await.state, DeliverableState::Draft);

    // Submitted (on day 1, before its due day 3): the builder is told.
    w.staff.post_redirected(&format!("{plan}/submit"), &PLAN).await;
    let row = state_of(&app, &w, DeliverableKind::CampaignPlan).await;
    assert_eq!((row.state, row.round, row.late), (DeliverableState::Submitted, 1, false));
    assert_eq!(row.submitted_at, Some(at(7, 9)));
    let email = app.last_email_to("lucia@example.org").await;
    assert!(
        email.subject.contains("Maji Safi") && email.subject.contains("Campaign plan"),
        "{}",
        email.subject
    );
    assert!(
        email.body.contains("It was due on 9 January 2030.") && email.body.contains(&plan),
        "{}",
        email.body
    );
    let waiting = app.state.store.deliverables_awaiting_review(&w.builder_id).await.unwrap();
    assert_eq!(waiting, vec![(w.engagement.clone(), DeliverableKind::CampaignPlan)]);

    // While it waits, the team cannot change it; the team can never review it.
    let in_review = w.staff.post(&format!("{plan}/save"), &PLAN).await;
    assert_status(&in_review, StatusCode::CONFLICT);
    in_review.assert_contains("This is waiting for its review");
    assert_status(
        &w.lead.post(&format!("{plan}/accept"), &[("review_comment", "")]).await,
        StatusCode::FORBIDDEN,
    );
    assert_status(&w.staff.post(&format!("{plan}/accept"), &[]).await, StatusCode::FORBIDDEN);
    assert_status(
        &w.lead.post(&format!("{plan}/request-changes"), &[("review_comment", "x")]).await,
        StatusCode::FORBIDDEN,
    );
    // The builder cannot write the team's deliverable.
    assert_status(&w.builder.post(&format!("{plan}/save"), &PLAN).await, StatusCode::FORBIDDEN);

    // The builder sees the review panel; asking for changes needs a comment.
    let review = w.builder.get(&plan).await;
    review
        .assert_contains("id=\"review\"")
        .assert_contains("Half of the public taps")
        .assert_lacks("id=\"edit\"");
    let empty = w.builder.post(&format!("{plan}/request-changes"), &[("review_comment", "  ")]).await;
    assert_status(&empty, StatusCode::BAD_REQUEST);
    assert_eq!(problem_of(&empty, "review_comment"), "Say what to change, so the team knows what to do.");
    w.builder
        .post_redirected(
            &format!("{plan}/request-changes"),
            &[("review_comment", "Name the allies you have.")],
        )
        .await;
    let row = state_of(&app, &w, DeliverableKind::CampaignPlan).await;
    assert_eq!((row.state, row.round), (DeliverableState::ChangesRequested, 1));
    for member in ["lead@maji.example", "staff@maji.example"] {
        let email = app.last_email_to(member).await;
        assert!(email.subject.contains("Changes requested"), "{}", email.subject);
        assert!(
            email.body.contains("Name the allies you have.") && email.body.contains("Lucía"),
            "{}",
            email.body
        );
    }

    // Comments from both sides, in the round they belong to.
    let empty = w.lead.post(&format!("{plan}/comment"), &[("comment", "")]).await;
    assert_status(&empty, StatusCode::BAD_REQUEST);
    assert_eq!(problem_of(&empty, "comment"), "Write a comment first.");
    w.lead.post_redirected(&format!("{plan}/comment"), &[("comment", "We will ask the chiefs.")]).await;

    // Changed and submitted again: round 2.
    let revised = with(&PLAN, &[("allies", "Area chiefs and the residents association")]);
    w.staff.post_redirected(&format!("{plan}/save"), &revised).await;
    w.staff.post_redirected(&format!("{plan}/submit"), &revised).await;
    let row = state_of(&app, &w, DeliverableKind::CampaignPlan).await;
    assert_eq!((row.state, row.round), (DeliverableState::Submitted, 2));

    // Accepted, with a note; the team is told; nothing waits for the builder any more.
    w.builder
        .post_redirected(&format!("{plan}/accept"), &[("review_comment", "A clear plan. Well done.")])
        .await;
    let row = state_of(&app, &w, DeliverableKind::CampaignPlan).await;
    assert_eq!(row.state, DeliverableState::Accepted);
    assert_eq!(row.accepted_by_name.as_deref(), Some("Lucía Fernández"));
    let email = app.last_email_to("staff@maji.example").await;
    assert!(email.subject.contains("Accepted") && email.body.contains("A clear plan."), "{}", email.body);
    assert!(app.state.store.deliverables_awaiting_review(&w.builder_id).await.unwrap().is_empty());

    // Accepted work is final: edits are refused with the reason, and nothing changes.
    for action in ["save", "submit"] {
        let refused =
            w.staff.post(&format!("{plan}/{action}"), &with(&PLAN, &[("goal", "Another goal")])).await;
        assert_status(&refused, StatusCode::CONFLICT);
        refused.assert_contains("id=\"refusal\"").assert_contains(
            "This was accepted on 7 January 2030 by Lucía Fernández, so it can no longer be changed.",
        );
    }
    assert!(state_of(&app, &w, DeliverableKind::CampaignPlan).await.content.contains("Area chiefs"));
    let again = w.builder.post(&format!("{plan}/request-changes"), &[("review_comment", "More")]).await;
    assert_status(&again, StatusCode::CONFLICT);
    again.assert_contains("There is nothing to review");
    // Comments are still welcome.
    w.staff.post_redirected(&format!("{plan}/comment"), &[("comment", "Thank you!")]).await;

    // The history: every transition and comment with its round, a snapshot at each submission.
    let events = app.state.store.deliverable_events(&row.id).await.unwrap();
    let kinds: Vec<(EventKind, i64)> = events.iter().map(|e| (e.kind, e.round)).collect();
    assert_eq!(
        kinds,
        vec![
            (EventKind::Saved, 0),
            (EventKind::Submitted, 1),
            (EventKind::ChangesRequested, 1),
            (EventKind::Comment, 1),
            (EventKind::Saved, 1),
            (EventKind::Submitted, 2),
            (EventKind::Accepted, 2),
            (EventKind::Comment, 2),
        ]
    );
    let first = events[1].content.as_deref().unwrap();
    assert!(first.contains("\"allies\":\"\"") && !first.contains("Area chiefs"), "{first}");
    assert!(events[5].content.as_deref().unwrap().contains("Area chiefs"));
    assert!(events.iter().filter(|e| e.kind != EventKind::Submitted).all(|e| e.content.is_none()));
    let page = w.lead.get(&plan).await;
    page.assert_contains("Round 1")
        .assert_contains("Round 2")
        .assert_contains("Submitted again by Achieng Otieno");
    page.assert_contains("Changes requested by Lucía Fernández").assert_contains("Name the allies you have.");
    page.assert_contains("We will ask the chiefs.").assert_contains("What was submitted");
    page.assert_contains("Accepted on 7 January 2030 by Lucía Fernández. It is final.")
        .assert_lacks("id=\"edit\"");
}

async fn a_submission_after_the_due_day_is_marked_late_not_refused(app: TestApp) {
    let w = world(&app).await;
    let smart = w.url("smart_objective");
    w.staff.post_redirected(&format!("{}/save", w.url("campaign_plan")), &PLAN).await;

    // The objective is due on day 2 (Tuesday 8 January); the end of that day passes.
    app.state.config.clock.set(at(9, 0));
    let list = w.staff.get(&format!("/engagements/{}/deliverables", w.engagement)).await;
    list.assert_contains("Overdue");
    w.staff.get(&smart).await.assert_contains("It was due on 8 January 2030 and is not submitted yet.");
    w.staff.post_redirected(&format!("{smart}/submit"), &SMART).await;
    let row = state_of(&app, &w, DeliverableKind::SmartObjective).await;
    assert_eq!((row.state, row.late), (DeliverableState::Submitted, true));
    let email = app.last_email_to("lucia@example.org").await;
    assert!(email.body.contains("It came in late: it was due on 8 January 2030."), "{}", email.body);
    let page = w.builder.get(&smart).await;
    page.assert_contains("id=\"late-mark\"")
        .assert_contains("First submitted after its due day (8 January 2030).");
    w.builder.get(&format!("/engagements/{}/deliverables", w.engagement)).await.assert_contains(">Late<");

    // A revision answers the review: the deliverable stays marked, the new round is not late.
    w.builder.post_redirected(&format!("{smart}/request-changes"), &[("review_comment", "Why 80?")]).await;
    app.state.config.clock.set(at(10, 9));
    w.staff
        .post_redirected(&format!("{smart}/submit"), &with(&SMART, &[("achievable", "The budget allows 80")]))
        .await;
    let row = state_of(&app, &w, DeliverableKind::SmartObjective).await;
    assert_eq!((row.round, row.late), (2, true));
    let events = app.state.store.deliverable_events(&row.id).await.unwrap();
    let submitted: Vec<bool> =
        events.iter().filter(|e| e.kind == EventKind::Submitted).map(|e| e.late).collect();
    assert_eq!(submitted, vec![true, false]);

    // A plan submitted on its own due day (day 3, 9 January) at 23:00 in Nairobi, when it is
    // 20:00 UTC, is on time: days end where the CSO works.
    app.state.config.clock.set(at(9, 20));
    w.staff.post_redirected(&format!("{}/submit", w.url("campaign_plan")), &PLAN).await;
    assert!(!state_of(&app, &w, DeliverableKind::CampaignPlan).await.late);
}

async fn the_smart_checks_explain_what_fails_and_submitting_waits_until_they_pass(app: TestApp) {
    let w = world(&app).await;
    let smart = w.url("smart_objective");

    // Bad input is refused beside its field, even for a draft.
    let bad = w
        .staff
        .post(&format!("{smart}/save"), &with(&SMART, &[("deadline", "30/06/2030"), ("target", "80,5")]))
        .await;
    assert_status(&bad, StatusCode::BAD_REQUEST);
    assert_eq!(problem_of(&bad, "deadline"), "Write the date as year-month-day, for example 2030-03-31.");
    assert!(problem_of(&bad, "target").starts_with("Write a number with digits only"));
    bad.assert_contains("value=\"30/06/2030\"");

    // Without a plan goal and a baseline, with a deadline after the default year: a draft
    // saves, and the checks say what to fix.
    let failing = with(&SMART, &[("baseline", ""), ("deadline", "2031-03-01")]);
    w.staff.post_redirected(&format!("{smart}/save"), &failing).await;
    let page = w.staff.get(&smart).await;
    page.assert_contains("id=\"smart-checks\"")
        .assert_contains("but you can submit it only when all five pass");
    page.assert_contains("There is no baseline yet.");
    page.assert_contains(
        "must fall within 12 months of the start of the training: on or before 7 January 2031",
    );
    page.assert_contains("Your campaign plan has no goal yet.");
    page.assert_contains("The objective aims for 80 % of taps working.");

    let refused = w.staff.post(&format!("{smart}/submit"), &failing).await;
    assert_status(&refused, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(problem_of(&refused, "baseline").starts_with("There is no baseline yet."));
    assert!(problem_of(&refused, "deadline").contains("on or before 7 January 2031"));
    assert!(problem_of(&refused, "relevant").starts_with("Your campaign plan has no goal yet."));
    refused.assert_contains("3 problems");
    assert_eq!(state_of(&app, &w, DeliverableKind::SmartObjective).await.state, DeliverableState::Draft);

    // The plan gives a goal and an end date: the deadline is now judged against that date.
    w.staff
        .post_redirected(
            &format!("{}/save", w.url("campaign_plan")),
            &with(&PLAN, &[("ends_on", "2030-09-30")]),
        )
        .await;
    let refused =
        w.staff.post(&format!("{smart}/submit"), &with(&SMART, &[("deadline", "2030-10-15")])).await;
    assert_status(&refused, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        problem_of(&refused, "deadline").contains("(30 September 2030, the end date in your campaign plan)")
    );
    let refused = w
        .staff
        .post(&format!("{smart}/submit"), &with(&SMART, &[("deadline", "2030-01-07"), ("who", "officials")]))
        .await;
    assert!(
        problem_of(&refused, "deadline").starts_with("The deadline must come after today (7 January 2030).")
    );
    assert!(problem_of(&refused, "who").contains("is too vague"));
    let same = w.staff.post(&format!("{smart}/submit"), &with(&SMART, &[("target", "35")])).await;
    assert!(problem_of(&same, "target").contains("is the same as the baseline"));

    // Fixed: every check passes and it is submitted.
    let page = w.staff.get(&smart).await;
    page.assert_contains("Safe water within 200 metres of every home in Kibera");
    w.staff.post_redirected(&format!("{smart}/submit"), &SMART).await;
    assert_eq!(state_of(&app, &w, DeliverableKind::SmartObjective).await.state, DeliverableState::Submitted);
    let page = w.builder.get(&smart).await;
    page.assert_contains("All five checks pass").assert_contains("Nairobi County water officer");
}

const FORM: &str = r#"
| survey |
| | type    | name  | label          |
| | text    | point | Water point    |
| | integer | queue | People waiting |
| settings |
| | form_id     | version | form_title  |
| | water_check | 1       | Water check |
"#;

/// Uploads the water form and adds a device; returns the form id and the device's
/// submission URL.
async fn form_and_device(app: &TestApp, lead: &Browser) -> (String, String) {
    let token = lead.csrf().await;
    let upload = Form::new()
        .part("file", Part::bytes(xlsform::testing::csv_from_table(FORM)).file_name("water_check.csv"));
    let response =
        lead.client.post(format!("{}/forms?csrf={token}", lead.base)).multipart(upload).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{}", response.text().await.unwrap());
    let page = lead.post("/collectors", &[("name", "Field phone")]).await;
    assert_status(&page, StatusCode::OK);
    let start = page.body.find("id=\"server-url\">").unwrap() + "id=\"server-url\">".len();
    let url = &page.body[start..start + page.body[start..].find('<').unwrap()];
    let prefix = url.strip_prefix("http://datashift.test").unwrap();
    let organisation = app.state.store.organisation_by_slug("maji-safi").await.unwrap();
    let form_id = app.state.store.forms_of(&organisation.id).await.unwrap()[0].form.id.clone();
    (form_id, format!("{}{prefix}/submission", app.base))
}

async fn send_pilot(url: &str, instance: &str) {
    let xml = format!(
        "<?xml version='1.0' ?><data id=\"water_check\" version=\"1\"><point>Tap {instance}</point>\
         <queue>3</queue><meta><instanceID>uuid:{instance}</instanceID></meta></data>"
    );
    let form = Form::new().part(
        "xml_submission_file",
        Part::bytes(xml.into_bytes()).file_name("submission.xml").mime_str("text/xml").unwrap(),
    );
    let response = reqwest::Client::new()
        .post(url)
        .header("X-OpenRosa-Version", "1.0")
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED, "{}", response.text().await.unwrap());
}

async fn the_survey_links_a_form_and_the_pilot_report_counts_its_pilot_submissions(app: TestApp) {
    let w = world(&app).await;
    let (form_id, device) = form_and_device(&app, &w.lead).await;
    let survey = w.url("survey");
    let pilot = w.url("pilot_report");

    // Only the organisation's own forms.
    let page = w.staff.get(&survey).await;
    page.assert_contains(&format!("<option value=\"{form_id}\">Water check</option>"));
    let unknown =
        w.staff.post(&format!("{survey}/save"), &[("form_id", "not-a-form"), ("measures", "Taps")]).await;
    assert_status(&unknown, StatusCode::BAD_REQUEST);
    assert!(problem_of(&unknown, "form_id").starts_with("Choose one of your organisation"));

    // The survey measures the objective, so the objective is submitted first.
    let fields = [("form_id", form_id.as_str()), ("measures", "The number of working taps (our target)")];
    let early = w.staff.post(&format!("{survey}/submit"), &fields).await;
    assert_status(&early, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem_of(&early, "measures"), "Submit your SMART objective first: the survey measures it.");
    w.staff.post_redirected(&format!("{}/save", w.url("campaign_plan")), &PLAN).await;
    w.staff.post_redirected(&format!("{}/submit", w.url("smart_objective")), &SMART).await;
    let page = w.staff.get(&survey).await;
    page.assert_contains("The SMART objective this survey serves")
        .assert_contains("Public taps in Kibera repaired");
    w.staff.post_redirected(&format!("{survey}/save"), &fields).await;

    // The pilot is counted from the survey's form: none yet.
    let report = [("went_wrong", "People skipped the queue question"), ("changed", "We reworded it")];
    let none = w.staff.post(&format!("{pilot}/submit"), &report).await;
    assert_status(&none, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        problem_of(&none, "pilot").starts_with("No pilot submission has come in from the survey form yet.")
    );
    none.assert_contains("Survey form: Water check").assert_contains("No pilot submission yet (counted now)");

    // Two pilot submissions arrive from the field: counted live.
    send_pilot(&device, "p1").await;
    send_pilot(&device, "p2").await;
    w.staff.get(&pilot).await.assert_contains("2 pilot submissions (counted now)");
    w.staff.post_redirected(&format!("{pilot}/submit"), &report).await;
    let row = state_of(&app, &w, DeliverableKind::PilotReport).await;
    assert_eq!(row.state, DeliverableState::Submitted);
    assert!(row.content.contains("\"pilot_submissions\":2"), "{}", row.content);
    send_pilot(&device, "p3").await;
    let page = w.builder.get(&pilot).await;
    page.assert_contains("3 pilot submissions (counted now)");
    page.assert_contains("2 pilot submissions when the report was last submitted.");
    page.assert_contains("Pilot submissions when submitted");

    // The survey itself, submitted with its form.
    w.staff.post_redirected(&format!("{survey}/submit"), &fields).await;
    let row = state_of(&app, &w, DeliverableKind::Survey).await;
    assert_eq!((row.state, row.form_id.as_deref()), (DeliverableState::Submitted, Some(form_id.as_str())));
    w.builder.get(&survey).await.assert_contains("Water check");
}

async fn a_pilot_report_without_a_linked_survey_form_says_so(app: TestApp) {
    let w = world(&app).await;
    let pilot = w.url("pilot_report");
    w.staff.get(&pilot).await.assert_contains("No survey form is linked yet");
    let refused = w.staff.post(&format!("{pilot}/submit"), &[("went_wrong", "x"), ("changed", "")]).await;
    assert_status(&refused, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(problem_of(&refused, "pilot").starts_with("Link a form in your survey first"));
    assert_eq!(problem_of(&refused, "changed"), "Fill in this part before submitting.");
}

async fn challenges_are_logged_guided_and_resolved(app: TestApp) {
    let w = world(&app).await;
    let log = w.challenges();
    w.staff.get(&log).await.assert_contains("No challenge logged yet.");

    let refused = w.staff.post(&log, &[("category", "weather"), ("description", " ")]).await;
    assert_status(&refused, StatusCode::BAD_REQUEST);
    assert_eq!(problem_of(&refused, "category"), "Choose a category.");
    assert_eq!(problem_of(&refused, "description"), "Say what happened.");

    w.staff
        .post_redirected(
            &log,
            &[("category", "connectivity"), ("description", "No signal in the lower wards")],
        )
        .await;
    let email = app.last_email_to("lucia@example.org").await;
    assert!(
        email.subject.contains("Internet connection") && email.body.contains("No signal"),
        "{}",
        email.body
    );
    let page = w.staff.get(&format!("{log}?done=added")).await;
    page.assert_contains("Challenge logged.").assert_contains("One open challenge");
    page.assert_contains("Logged by Achieng Otieno on 7 January 2030");
    page.assert_contains("Waiting for guidance from your capacity builder.")
        .assert_lacks("name=\"guidance\"");
    let challenge = app.state.store.challenges(&w.engagement).await.unwrap().remove(0);

    // Only the builder (or a programme manager) gives guidance.
    let guidance = format!("{log}/{}/guidance", challenge.id);
    assert_status(&w.lead.post(&guidance, &[("guidance", "Try")]).await, StatusCode::FORBIDDEN);
    let empty = w.builder.post(&guidance, &[("guidance", "")]).await;
    assert_status(&empty, StatusCode::BAD_REQUEST);
    assert_eq!(problem_of(&empty, &format!("guidance-{}", challenge.id)), "Write your guidance first.");
    w.builder
        .post_redirected(&guidance, &[("guidance", "Collect offline: the forms send when back in signal.")])
        .await;
    let email = app.last_email_to("staff@maji.example").await;
    assert!(email.body.contains("Collect offline") && email.body.contains("No signal"), "{}", email.body);
    let page = w.staff.get(&log).await;
    page.assert_contains("Collect offline").assert_contains("From Lucía Fernández");

    // Either side resolves it, or opens it again.
    let resolve = format!("{log}/{}/resolve", challenge.id);
    w.staff.post_redirected(&resolve, &[("resolved", "yes")]).await;
    assert!(app.state.store.challenge(&w.engagement, &challenge.id).await.unwrap().is_resolved());
    w.staff.get(&log).await.assert_contains("No open challenge").assert_contains("Resolved");
    w.builder.post_redirected(&resolve, &[("resolved", "no")]).await;
    assert!(!app.state.store.challenge(&w.engagement, &challenge.id).await.unwrap().is_resolved());
    w.staff.post_redirected(&resolve, &[("resolved", "yes")]).await;
    let list = w.staff.get(&format!("/engagements/{}/deliverables", w.engagement)).await;
    list.assert_contains("Open: 0 · Resolved: 1");
    assert_status(&w.staff.post(&format!("{log}/unknown/resolve"), &[]).await, StatusCode::NOT_FOUND);
    // The deliverable address of the log leads to the log.
    let to_log = w.staff.get(&w.url("challenges_log")).await;
    assert_eq!(to_log.location(), log);
}

async fn only_the_engagement_sees_its_deliverables_and_a_manager_may_stand_in(app: TestApp) {
    let w = world(&app).await;
    let plan = w.url("campaign_plan");
    w.staff.post_redirected(&format!("{plan}/submit"), &PLAN).await;

    // Another CSO and another builder do not learn it exists.
    let other = app.sign_up("Haki Data", "KE", "lead@haki.example").await;
    app.create_user("joseph@example.org", "Joseph Mwangi", Role::Builder, None).await;
    let stranger = app.browser().logged_in("joseph@example.org").await;
    for browser in [&other, &stranger] {
        assert_status(&browser.get(&plan).await, StatusCode::NOT_FOUND);
        assert_status(
            &browser.get(&format!("/engagements/{}/deliverables", w.engagement)).await,
            StatusCode::NOT_FOUND,
        );
        assert_status(&browser.get(&w.challenges()).await, StatusCode::NOT_FOUND);
        assert_status(&browser.post(&format!("{plan}/save"), &PLAN).await, StatusCode::NOT_FOUND);
        assert_status(&browser.post(&format!("{plan}/accept"), &[]).await, StatusCode::NOT_FOUND);
        assert_status(
            &browser.post(&format!("{plan}/comment"), &[("comment", "hi")]).await,
            StatusCode::NOT_FOUND,
        );
    }
    assert_status(&w.staff.get(&w.url("nonsense")).await, StatusCode::NOT_FOUND);
    // Not signed in: to the login page.
    let anonymous = app.browser().get(&plan).await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);

    // A programme manager reads it, cannot write it, and may review in the builder's place.
    w.admin.get(&plan).await.assert_contains("id=\"review\"");
    assert_status(&w.admin.post(&format!("{plan}/save"), &PLAN).await, StatusCode::FORBIDDEN);
    w.admin.post_redirected(&format!("{plan}/accept"), &[("review_comment", "")]).await;
    let row = state_of(&app, &w, DeliverableKind::CampaignPlan).await;
    assert_eq!(
        (row.state, row.accepted_by_name.as_deref()),
        (DeliverableState::Accepted, Some("Amina Juma"))
    );

    // Pages render in the reader's language.
    let mut spanish = app.browser().logged_in("staff@maji.example").await;
    spanish.language = Some("es");
    let page = spanish.get(&format!("/engagements/{}/deliverables", w.engagement)).await;
    page.assert_contains("Plan de campaña").assert_contains("Aceptado");
}

on_both_backends!(
    spawn = super::spawn_on_day_one;
    a_deliverable_goes_through_every_state_with_comments_and_its_history,
    a_submission_after_the_due_day_is_marked_late_not_refused,
    the_smart_checks_explain_what_fails_and_submitting_waits_until_they_pass,
    the_survey_links_a_form_and_the_pilot_report_counts_its_pilot_submissions,
    a_pilot_report_without_a_linked_survey_form_says_so,
    challenges_are_logged_guided_and_resolved,
    only_the_engagement_sees_its_deliverables_and_a_manager_may_stand_in,
);
