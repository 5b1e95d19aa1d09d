//! Sign-up, login, logout, password resets, team invitations and the roles' refusals.

mod common;

use common::{PASSWORD, TestApp, link_in};
use reqwest::StatusCode;
use store::types::{Email, Role};

async fn a_cso_signs_up_and_is_logged_in_as_its_lead(app: TestApp) {
    let browser = app.sign_up("Maji Safi Kibera", "KE", "Wanjiru@Example.org").await;
    let page = browser.get("/team").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Maji Safi Kibera")
        .assert_contains("wanjiru@example.org")
        .assert_contains("CSO senior lead");
    let user = app.state.store.user_by_email(&Email::parse("wanjiru@example.org").unwrap()).await.unwrap();
    assert_eq!(user.role, Role::CsoLead);
    assert!(user.password_hash.starts_with("$argon2id$"));
    let cookie = app.state.store.organisation(user.organisation_id.as_deref().unwrap()).await.unwrap();
    assert_eq!(cookie.slug, "maji-safi-kibera");
}

async fn a_refused_sign_up_keeps_the_input_and_says_what_is_wrong(app: TestApp) {
    let browser = app.browser();
    let page = browser
        .post(
            "/signup",
            &[
                ("organisation", "Sauti ya Wananchi"),
                ("country", "XX"),
                ("name", ""),
                ("email", "not-an-address"),
                ("password", "short"),
                ("password_again", "short"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("value=\"Sauti ya Wananchi\"")
        .assert_contains("value=\"not-an-address\"")
        .assert_contains("Choose the country where your organisation works.")
        .assert_contains("Enter an email address like name@example.org.")
        .assert_contains("The password is too short")
        .assert_contains("There are 4 problems");
    page.assert_lacks("value=\"short\"");
    assert!(app.state.store.organisation_by_slug("sauti-ya-wananchi").await.is_err(), "nothing is stored");

    app.sign_up("First", "TZ", "taken@example.org").await;
    let page = app
        .browser()
        .post(
            "/signup",
            &[
                ("organisation", "Second"),
                ("country", "TZ"),
                ("name", "Someone"),
                ("email", "taken@example.org"),
                ("password", PASSWORD),
                ("password_again", PASSWORD),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("already exists");
    assert!(
        app.state.store.organisation_by_slug("second").await.is_err(),
        "the organisation was not half-created"
    );
}

async fn errors_are_in_the_users_language(app: TestApp) {
    let mut browser = app.browser();
    browser.language = Some("sw");
    let page = browser.post("/signup", &[("organisation", ""), ("country", "KE")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("<html lang=\"sw\">");
    page.assert_lacks("Please fill in this field.");
}

async fn login_and_logout(app: TestApp) {
    let lead = app.sign_up("Agua Clara", "AR", "martin@example.org").await;
    lead.post("/logout", &[]).await;
    assert_eq!(lead.get("/team").await.status, StatusCode::SEE_OTHER, "logged out");

    let browser = app.browser();
    let page = browser.login("martin@example.org", "wrong password!").await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    page.assert_contains("The email address or the password is not right.")
        .assert_contains("value=\"martin@example.org\"");
    let page = browser.login("nobody@example.org", PASSWORD).await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);

    let page = browser
        .post("/login", &[("email", "MARTIN@example.org"), ("password", PASSWORD), ("next", "/team")])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location(), "/team");
    let cookie = page
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("ds_session="));
    let cookie = cookie.expect("a session cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    assert_eq!(browser.get("/team").await.status, StatusCode::OK);
}

async fn pages_that_need_a_login_send_to_it_and_back(app: TestApp) {
    let page = app.browser().get("/applications").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location(), "/login?next=%2Fapplications");
}

async fn repeated_failed_logins_are_slowed_down(app: TestApp) {
    app.sign_up("Nagarik Awaz", "NP", "sita@example.org").await;
    let browser = app.browser();
    for _ in 0..5 {
        assert_eq!(
            browser.login("sita@example.org", "not the password").await.status,
            StatusCode::UNAUTHORIZED
        );
    }
    let page = browser.login("sita@example.org", PASSWORD).await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS, "even the right password waits");
    page.assert_contains("wait 15 minutes");
}

async fn a_password_is_reset_by_an_emailed_link_once(app: TestApp) {
    let lead = app.sign_up("Sauti", "TZ", "neema@example.org").await;
    let browser = app.browser();
    let page = browser.post("/password/forgot", &[("email", "neema@example.org")]).await;
    page.assert_contains("If an account uses this address");
    let unknown = browser.post("/password/forgot", &[("email", "nobody@example.org")]).await;
    assert_eq!(
        unknown.body.replace("nobody", "neema"),
        page.body.replace(&page.csrf(), &unknown.csrf()),
        "same answer either way"
    );

    let email = app.last_email_to("neema@example.org").await;
    assert!(email.subject.contains("Reset"));
    let link = link_in(&email.body);
    assert_eq!(browser.get(&link).await.status, StatusCode::OK);
    let page = browser
        .post(&link, &[("password", "a new long password"), ("password_again", "different one!!")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("The two passwords are different.");
    let page = browser
        .post(&link, &[("password", "a new long password"), ("password_again", "a new long password")])
        .await;
    page.assert_contains("Your password has been changed.");

    assert_eq!(lead.get("/team").await.status, StatusCode::SEE_OTHER, "old sessions are closed");
    assert_eq!(browser.login("neema@example.org", PASSWORD).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(browser.login("neema@example.org", "a new long password").await.status, StatusCode::SEE_OTHER);
    let reused = app.browser().get(&link).await;
    assert_eq!(reused.status, StatusCode::NOT_FOUND);
    reused.assert_contains("This link does not work");
    assert_eq!(app.browser().get("/password/reset/forged").await.status, StatusCode::NOT_FOUND);
}

async fn a_lead_invites_staff_who_join_by_their_link(app: TestApp) {
    let lead = app.sign_up("Red Ciudadana", "AR", "valeria@example.org").await;
    let page = lead.post("/team/invite", &[("email", "not an email")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = lead.post("/team/invite", &[("email", "diego@example.org")]).await;
    page.assert_contains("We have sent an invitation to diego@example.org");
    let email = app.last_email_to("diego@example.org").await;
    assert!(email.body.contains("Red Ciudadana"));
    let link = link_in(&email.body);

    let staff = app.browser();
    staff.get(&link).await.assert_contains("Red Ciudadana");
    let page =
        staff.post(&link, &[("name", "Diego"), ("password", PASSWORD), ("password_again", PASSWORD)]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let team = staff.get("/team").await;
    team.assert_contains("Diego").assert_contains("CSO staff");
    team.assert_lacks("Invite a staff member");
    assert_eq!(staff.post("/team/invite", &[("email", "x@example.org")]).await.status, StatusCode::FORBIDDEN);
    let used = app.browser().get(&link).await;
    assert_eq!(used.status, StatusCode::NOT_FOUND);
    used.assert_contains("This invitation does not work");
}

async fn each_role_is_refused_what_is_not_its_own(app: TestApp) {
    app.create_user("builder@example.org", "Lucía", Role::Builder, None).await;
    let cso = app.sign_up("Elimu", "TZ", "baraka@example.org").await;
    let builder = app.browser().logged_in("builder@example.org").await;
    for path in ["/admin/rounds", "/admin/applications", "/admin/outbox"] {
        assert_eq!(cso.get(path).await.status, StatusCode::FORBIDDEN, "{path}");
        assert_eq!(builder.get(path).await.status, StatusCode::FORBIDDEN, "{path}");
    }
    assert_eq!(builder.get("/team").await.status, StatusCode::FORBIDDEN);
    assert_eq!(cso.get("/builder").await.status, StatusCode::FORBIDDEN);
    assert_eq!(cso.post("/admin/rounds", &[("name", "Mine")]).await.status, StatusCode::FORBIDDEN);
}

async fn admins_read_every_email_in_the_outbox(app: TestApp) {
    let admin = app.admin().await;
    app.sign_up("Maji", "KE", "wanjiru@example.org").await;
    app.browser().post("/password/forgot", &[("email", "wanjiru@example.org")]).await;
    let page = admin.get("/admin/outbox").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Reset your DataShift password")
        .assert_contains("wanjiru@example.org")
        .assert_contains("Not sent");
}

on_both_backends!(
    a_cso_signs_up_and_is_logged_in_as_its_lead,
    a_refused_sign_up_keeps_the_input_and_says_what_is_wrong,
    errors_are_in_the_users_language,
    login_and_logout,
    pages_that_need_a_login_send_to_it_and_back,
    repeated_failed_logins_are_slowed_down,
    a_password_is_reset_by_an_emailed_link_once,
    a_lead_invites_staff_who_join_by_their_link,
    each_role_is_refused_what_is_not_its_own,
    admins_read_every_email_in_the_outbox,
);
