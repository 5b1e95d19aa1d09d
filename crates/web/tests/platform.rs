//! The platform's shared behaviour: health, metrics, error pages, CSRF, body limits, languages.

mod common;

use common::TestApp;
use reqwest::StatusCode;

async fn health_and_metrics_answer(app: TestApp) {
    let browser = app.browser();
    let health = browser.get("/healthz").await;
    assert_eq!(health.status, StatusCode::OK);
    assert_eq!(health.body, "ok");
    browser.get("/intake").await;
    let metrics = browser.get("/metrics").await;
    assert_eq!(metrics.status, StatusCode::OK);
    metrics.assert_contains("datashift_http_requests_total{method=\"GET\",route=\"/intake\",status=\"200\"}");
    metrics.assert_contains("datashift_http_request_duration_seconds_bucket");
}

async fn unknown_pages_get_a_translated_404_with_a_request_id(app: TestApp) {
    let mut browser = app.browser();
    browser.language = Some("es-AR,es;q=0.9");
    let page = browser.get("/no/such/page").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    page.assert_contains("<html lang=\"es\">");
    let request_id =
        page.headers.get("x-request-id").expect("a request id header").to_str().unwrap().to_owned();
    page.assert_contains(&request_id);
    page.assert_lacks("Page not found");
    browser.language = Some("en");
    browser.get("/no/such/page").await.assert_contains("Page not found");
}

async fn state_changing_requests_without_a_valid_csrf_token_are_refused(app: TestApp) {
    let browser = app.browser();
    // No token at all, with no cookie yet.
    let page = browser.post_raw("/login", &[("email", "a@b.org"), ("password", "x")]).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    page.assert_contains("The form has expired");
    // Now the browser has a cookie, but presents a forged token.
    let forged = "0".repeat(64);
    let page = browser
        .post_raw("/login", &[("csrf", forged.as_str()), ("email", "a@b.org"), ("password", "x")])
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    // A token from another browser does not work either.
    let other = app.browser().csrf().await;
    let page = browser.post_raw("/language", &[("csrf", other.as_str()), ("lang", "sw")]).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    // The browser's own token does.
    let page = browser.post("/language", &[("lang", "sw"), ("next", "/intake")]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
}

async fn bodies_over_the_limit_get_413_and_nothing_is_stored(app: TestApp) {
    let browser = app.browser();
    let huge = "x".repeat(300 * 1024);
    let page = browser
        .post(
            "/signup",
            &[
                ("organisation", huge.as_str()),
                ("country", "KE"),
                ("name", "A"),
                ("email", "big@example.org"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
    page.assert_contains("Too much data");
    let email = store::types::Email::parse("big@example.org").unwrap();
    assert!(matches!(app.state.store.user_by_email(&email).await, Err(store::Error::NotFound)));
}

async fn the_language_follows_the_switcher_then_accept_language_then_english(app: TestApp) {
    let mut browser = app.browser();
    browser.get("/intake").await.assert_contains("<html lang=\"en\">");
    browser.language = Some("sw-TZ, en;q=0.5");
    let page = browser.get("/intake").await;
    page.assert_contains("<html lang=\"sw\">");
    let page = browser.post("/language", &[("lang", "ne"), ("next", "/intake")]).await;
    assert_eq!(page.location(), "/intake");
    browser.get("/intake").await.assert_contains("<html lang=\"ne\">");
    // An unknown next address never leads away from the site.
    let page = browser.post("/language", &[("lang", "es"), ("next", "https://evil.example/")]).await;
    assert_eq!(page.location(), "/");
}

async fn every_page_links_only_local_assets_and_stays_small(app: TestApp) {
    let browser = app.browser();
    for path in ["/", "/intake", "/login", "/signup", "/password/forgot"] {
        let page = browser.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(
            !page.body.contains("src=\"http") && !page.body.contains("href=\"http"),
            "{path} links off-site"
        );
        assert!(page.body.len() < 60 * 1024, "{path} is {} bytes", page.body.len());
    }
    let css = browser.get("/intake").await;
    let re = regex::Regex::new(r#"href="(/static/style\.css\?v=[0-9a-f]+)""#).unwrap();
    let url = re.captures(&css.body).unwrap()[1].to_owned();
    let asset = browser.get(&url).await;
    assert_eq!(asset.status, StatusCode::OK);
    assert!(asset.headers["cache-control"].to_str().unwrap().contains("immutable"));
}

on_both_backends!(
    health_and_metrics_answer,
    unknown_pages_get_a_translated_404_with_a_request_id,
    state_changing_requests_without_a_valid_csrf_token_are_refused,
    bodies_over_the_limit_get_413_and_nothing_is_stored,
    the_language_follows_the_switcher_then_accept_language_then_english,
    every_page_links_only_local_assets_and_stays_small,
);
