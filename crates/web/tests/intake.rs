//! Intake: rounds, applications, the three readiness assessments and the review queue.

mod common;

use chrono::{Duration, Utc};
use common::{Browser, TestApp, link_in};
use reqwest::StatusCode;
use store::intake::ApplicationStatus;
use store::types::Role;

fn day(offset: i64) -> String {
    (Utc::now().date_naive() + Duration::days(offset)).format("%Y-%m-%d").to_string()
}

async fn open_round(admin: &Browser, name: &str, places: &str) {
    admin
        .post_redirected(
            "/admin/rounds",
            &[
                ("name", name),
                ("opens_on", &day(-1)),
                ("closes_on", &day(20)),
                ("training_starts_on", &day(30)),
                ("places", places),
                ("countries", "KE"),
                ("countries", "TZ"),
            ],
        )
        .await;
}

async fn round_id(app: &TestApp, name: &str) -> String {
    app.state.store.rounds().await.unwrap().into_iter().find(|r| r.name == name).unwrap().id
}

async fn apply(app: &TestApp, lead: &Browser, round: &str) -> String {
    let round = round_id(app, round).await;
    let page = lead.post_redirected("/applications", &[("round", &round)]).await;
    page.location_id()
}

const GOOD_FIT: [(&str, &str); 7] = [
    (
        "campaign",
        "We campaign for safe drinking water in Kibera and ask the county to repair broken public taps before the dry season",
    ),
    ("campaign_stage", "running"),
    ("decision_makers", "The county water officer"),
    ("long_term_goals", "Every household in Kibera has safe water within two hundred metres of home"),
    ("data_use", "A survey of public taps would show the county exactly where repairs are needed most"),
    ("data_experience", "none"),
    ("commitment", "two_staff_three_quarters"),
];

/// Completes all three assessments of application `id`; juniors answer `percents`.
async fn complete(app: &TestApp, lead: &Browser, id: &str, percents: [&str; 2]) {
    lead.post_redirected(&format!("/applications/{id}/fit"), &GOOD_FIT).await;
    lead.post(&format!("/applications/{id}/staff/approve"), &[]).await;
    lead.post_redirected(
        &format!("/applications/{id}/staff/juniors"),
        &[
            ("junior1_name", "Achieng"),
            ("junior1_email", &format!("achieng.{id}@example.org")),
            ("junior2_name", "Baraka"),
            ("junior2_email", &format!("baraka.{id}@example.org")),
        ],
    )
    .await;
    for (name, percent) in ["achieng", "baraka"].into_iter().zip(percents) {
        let email = app.last_email_to(&format!("{name}.{id}@example.org")).await;
        let link = link_in(&email.body);
        let junior = app.browser();
        junior.get(&link).await.assert_contains("75%");
        let page = junior.post(&link, &[("percent", percent)]).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    }
    lead.post_redirected(
        &format!("/applications/{id}/capacity/measurement"),
        &[
            ("latency_ms", "80.4"),
            ("download_kbps", "9000"),
            ("upload_kbps", "2500"),
            ("samples", r#"{"latency_ms":[81,80,79]}"#),
        ],
    )
    .await;
    lead.post_redirected(
        &format!("/applications/{id}/capacity/skills"),
        &[("skill", "video_calls"), ("skill", "email"), ("skill", "spreadsheets"), ("skill", "smartphone")],
    )
    .await;
}

async fn an_admin_opens_a_round_and_bad_dates_are_refused(app: TestApp) {
    let admin = app.admin().await;
    let page = admin
        .post(
            "/admin/rounds",
            &[
                ("name", "Round 1"),
                ("opens_on", &day(10)),
                ("closes_on", &day(5)),
                ("training_starts_on", "not a date"),
                ("places", "0"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("value=\"Round 1\"")
        .assert_contains("Enter a date as year-month-day")
        .assert_contains("Choose at least one country.");
    let page = admin
        .post(
            "/admin/rounds",
            &[
                ("name", "Round 1"),
                ("opens_on", &day(10)),
                ("closes_on", &day(5)),
                ("training_starts_on", &day(40)),
                ("places", "5"),
                ("countries", "KE"),
            ],
        )
        .await;
    page.assert_contains("Applications must close on or after the day they open.");
    assert!(app.state.store.rounds().await.unwrap().is_empty(), "nothing stored");
    open_round(&admin, "Round 1", "5").await;
    let page = admin.get("/admin/rounds").await;
    page.assert_contains("Round 1").assert_contains("Kenya, Tanzania").assert_contains("5 places");
    app.browser().get("/intake").await.assert_contains("Round 1");
}

async fn a_cso_completes_the_three_assessments_and_is_accepted(app: TestApp) {
    let admin = app.admin().await;
    open_round(&admin, "Round 1", "3").await;
    let builder = app.create_user("lucia@example.org", "Lucía Fernández", Role::Builder, None).await;
    let lead = app.sign_up("Maji Safi", "KE", "wanjiru@example.org").await;
    let id = apply(&app, &lead, "Round 1").await;

    let page = lead.get(&format!("/applications/{id}")).await;
    page.assert_contains("Readiness summary").assert_contains("Not started");
    page.assert_contains("Complete the campaign self-assessment before sending the application.");
    let refused = lead.post(&format!("/applications/{id}/submit"), &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);

    // A thin self-assessment needs discussion and says why.
    let mut thin = GOOD_FIT;
    thin[4] = ("data_use", "maps");
    lead.post(&format!("/applications/{id}/fit"), &thin).await;
    let page = lead.get(&format!("/applications/{id}")).await;
    page.assert_contains("Needs discussion")
        .assert_contains("Say more about how data could help your campaign (at least 10 words).");

    // One junior below 75% blocks submission, with the reason shown.
    complete(&app, &lead, &id, ["80", "60"]).await;
    let page = lead.get(&format!("/applications/{id}")).await;
    page.assert_contains("Good fit")
        .assert_contains("Baraka can dedicate only 60% of their time; the training needs at least 75%.");
    let refused = lead.post(&format!("/applications/{id}/submit"), &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains("both junior staff confirmations of at least 75%");

    // Baraka agrees more time through the same link.
    let link = link_in(&app.last_email_to(&format!("baraka.{id}@example.org")).await.body);
    app.browser().post(&link, &[("percent", "75")]).await.assert_contains("You confirmed 75%");
    let page = lead.get(&format!("/applications/{id}")).await;
    page.assert_contains("All three assessments are complete.");
    let page = lead.post(&format!("/applications/{id}/submit"), &[]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let page = lead.get(&format!("/applications/{id}")).await;
    page.assert_contains("Waiting for review");
    // A submitted application no longer changes.
    assert_eq!(lead.post(&format!("/applications/{id}/fit"), &GOOD_FIT).await.status, StatusCode::CONFLICT);
    let page = app.browser().post(&link, &[("percent", "10")]).await;
    assert_eq!(page.status, StatusCode::CONFLICT);

    let queue = admin.get("/admin/applications").await;
    queue.assert_contains("Maji Safi").assert_contains("One application waiting").assert_contains("Good fit");
    let page = admin.get(&format!("/applications/{id}")).await;
    page.assert_contains("Lucía Fernández").assert_contains("Accept the application");
    let page = admin
        .post(
            &format!("/applications/{id}/decision"),
            &[("decision", "accept"), ("builder", "nobody"), ("training_starts_on", &day(30))],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Choose a capacity builder.");
    admin
        .post_redirected(
            &format!("/applications/{id}/decision"),
            &[("decision", "accept"), ("builder", &builder.id), ("training_starts_on", &day(30))],
        )
        .await;

    let application = app.state.store.application(&id).await.unwrap();
    assert_eq!(application.status, ApplicationStatus::Accepted);
    assert_eq!(application.builder_id.as_deref(), Some(builder.id.as_str()));
    let email = app.last_email_to("wanjiru@example.org").await;
    assert!(email.body.contains("Lucía Fernández"), "{}", email.body);
    let email = app.last_email_to("lucia@example.org").await;
    assert!(email.subject.contains("Maji Safi"));
    lead.get(&format!("/applications/{id}")).await.assert_contains("Your capacity builder: Lucía Fernández");
    let builder_browser = app.browser().logged_in("lucia@example.org").await;
    builder_browser.get("/builder").await.assert_contains("Maji Safi");
    assert_eq!(builder_browser.get(&format!("/applications/{id}")).await.status, StatusCode::OK);
}

async fn a_declined_cso_reads_the_message(app: TestApp) {
    let admin = app.admin().await;
    open_round(&admin, "Round 1", "3").await;
    let lead = app.sign_up("Sauti", "TZ", "neema@example.org").await;
    let id = apply(&app, &lead, "Round 1").await;
    complete(&app, &lead, &id, ["100", "90"]).await;
    lead.post(&format!("/applications/{id}/submit"), &[]).await;
    let page = admin
        .post(&format!("/applications/{id}/decision"), &[("decision", "decline"), ("message", "  ")])
        .await;
    page.assert_contains("Write a message to the organisation");
    let page = admin
        .post(
            &format!("/applications/{id}/decision"),
            &[("decision", "decline"), ("message", "Please apply when the campaign has started.")],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    lead.get(&format!("/applications/{id}"))
        .await
        .assert_contains("Please apply when the campaign has started.")
        .assert_contains("Declined");
    assert!(
        app.last_email_to("neema@example.org")
            .await
            .body
            .contains("Please apply when the campaign has started.")
    );
    // A decided application cannot be decided again.
    let page = admin
        .post(&format!("/applications/{id}/decision"), &[("decision", "decline"), ("message", "Again")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn a_round_never_accepts_more_csos_than_its_places(app: TestApp) {
    let admin = app.admin().await;
    open_round(&admin, "Small round", "1").await;
    let builder = app.create_user("lucia@example.org", "Lucía", Role::Builder, None).await;
    let mut ids = Vec::new();
    for (name, email) in [("First", "first@example.org"), ("Second", "second@example.org")] {
        let lead = app.sign_up(name, "KE", email).await;
        let id = apply(&app, &lead, "Small round").await;
        complete(&app, &lead, &id, ["75", "75"]).await;
        lead.post(&format!("/applications/{id}/submit"), &[]).await;
        ids.push(id);
    }
    let accept =
        [("decision", "accept"), ("builder", builder.id.as_str()), ("training_starts_on", "2030-01-07")];
    assert_eq!(
        admin.post(&format!("/applications/{}/decision", ids[0]), &accept).await.status,
        StatusCode::SEE_OTHER
    );
    let page = admin.post(&format!("/applications/{}/decision", ids[1]), &accept).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("This round has no places left.");
    let second = app.state.store.application(&ids[1]).await.unwrap();
    assert_eq!(second.status, ApplicationStatus::Submitted, "nothing half-written");
}

async fn an_organisations_application_is_visible_only_to_its_members_builder_and_admins(app: TestApp) {
    let admin = app.admin().await;
    open_round(&admin, "Round 1", "3").await;
    app.create_user("other-builder@example.org", "Joseph", Role::Builder, None).await;
    let lead = app.sign_up("Maji", "KE", "wanjiru@example.org").await;
    let id = apply(&app, &lead, "Round 1").await;
    let other = app.sign_up("Other", "TZ", "other@example.org").await;
    assert_eq!(other.get(&format!("/applications/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(other.post(&format!("/applications/{id}/fit"), &GOOD_FIT).await.status, StatusCode::NOT_FOUND);
    let builder = app.browser().logged_in("other-builder@example.org").await;
    assert_eq!(builder.get(&format!("/applications/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(admin.get(&format!("/applications/{id}")).await.status, StatusCode::OK);
    assert_eq!(admin.post(&format!("/applications/{id}/fit"), &GOOD_FIT).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.browser().get(&format!("/applications/{id}")).await.status, StatusCode::SEE_OTHER);
    // Staff of the CSO may work on it but only the lead submits it.
    assert_eq!(
        lead.post(&format!("/applications/{id}/submit"), &[]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

async fn applying_twice_or_to_a_round_for_another_country_is_refused(app: TestApp) {
    let admin = app.admin().await;
    open_round(&admin, "Round 1", "3").await;
    let lead = app.sign_up("Agua Clara", "AR", "martin@example.org").await;
    let round = round_id(&app, "Round 1").await;
    lead.get("/applications").await.assert_contains("No round is open to your country right now.");
    let page = lead.post("/applications", &[("round", &round)]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("not open to your organisation");
    let kenyan = app.sign_up("Maji", "KE", "wanjiru@example.org").await;
    apply(&app, &kenyan, "Round 1").await;
    let page = kenyan.post("/applications", &[("round", &round)]).await;
    page.assert_contains("already applied");
}

async fn the_connection_check_measures_against_the_server_itself(app: TestApp) {
    let anonymous = app.browser();
    assert_eq!(anonymous.get("/connection-check/ping").await.status, StatusCode::SEE_OTHER);
    let lead = app.sign_up("Maji", "KE", "wanjiru@example.org").await;
    let ping = lead.get("/connection-check/ping").await;
    assert_eq!(ping.status, StatusCode::NO_CONTENT);
    assert_eq!(ping.headers["cache-control"], "no-store");
    let response =
        lead.client.get(format!("{}/connection-check/download?bytes=65536", lead.base)).send().await.unwrap();
    assert_eq!(response.headers()["content-encoding"], "identity");
    assert_eq!(response.bytes().await.unwrap().len(), 65536);
    let token = lead.csrf().await;
    let upload = lead
        .client
        .post(format!("{}/connection-check/upload", lead.base))
        .header("x-csrf-token", token)
        .body(vec![7u8; 128 * 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(upload.status(), StatusCode::NO_CONTENT);
    let forged = lead
        .client
        .post(format!("{}/connection-check/upload", lead.base))
        .body(vec![1u8; 10])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
}

async fn implausible_measurements_are_refused(app: TestApp) {
    let admin = app.admin().await;
    open_round(&admin, "Round 1", "3").await;
    let lead = app.sign_up("Maji", "KE", "wanjiru@example.org").await;
    let id = apply(&app, &lead, "Round 1").await;
    let page = lead
        .post(
            &format!("/applications/{id}/capacity/measurement"),
            &[("latency_ms", "-4"), ("download_kbps", "NaN"), ("upload_kbps", "1"), ("samples", "not json")],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("These results could not be read.");
    assert!(app.state.store.application(&id).await.unwrap().capacity.is_none());
}

async fn unknown_junior_links_get_a_clear_page(app: TestApp) {
    let page = app.browser().get("/confirm/not-a-real-token").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    page.assert_contains("This link does not work.");
}

on_both_backends!(
    an_admin_opens_a_round_and_bad_dates_are_refused,
    a_cso_completes_the_three_assessments_and_is_accepted,
    a_declined_cso_reads_the_message,
    a_round_never_accepts_more_csos_than_its_places,
    an_organisations_application_is_visible_only_to_its_members_builder_and_admins,
    applying_twice_or_to_a_round_for_another_country_is_refused,
    the_connection_check_measures_against_the_server_itself,
    implausible_measurements_are_refused,
    unknown_junior_links_get_a_clear_page,
);
