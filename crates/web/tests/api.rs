//! The JSON API: personal tokens (made, shown once, revoked), who may call, and what they read.

mod common;

use common::TestApp;
use common::collection;
use common::collection::between;
use reqwest::StatusCode;

const FORM: &str = r#"
| survey |
| | type              | name      | label        |
| | text              | full_name | Your name    |
| | select_one yes_no | working   | Working?     |
| | integer           | queue     | People       |
| choices |
| | list_name | name | label |
| | yes_no    | yes  | Yes   |
| | yes_no    | no   | No    |
| settings |
| | form_id  | version | form_title |
| | api_form | 1       | API form   |
"#;

async fn get(app: &TestApp, path: &str, auth: Option<(&str, &str)>) -> reqwest::Response {
    let request = reqwest::Client::new().get(format!("{}{path}", app.base));
    let request = match auth {
        Some(("bearer", token)) => request.bearer_auth(token),
        Some((user, token)) => request.basic_auth(user, Some(token)),
        None => request,
    };
    request.send().await.unwrap()
}

async fn tokens_are_shown_once_and_revocable(app: TestApp) {
    let lead = app.sign_up("Haki Data", "KE", "lead@haki.example").await;
    let form_id = collection::publish(&app, &lead, "haki-data", FORM, "api_form.csv").await;

    let page = lead.post("/account/api-tokens", &[("name", "Board report in R")]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let token = between(&page.body, "<code id=\"new-token\">", "<").to_owned();
    assert_eq!(token.len(), 64);
    let listed = lead.get("/account/api-tokens").await;
    listed.assert_contains("Board report in R").assert_lacks(&token).assert_contains("Never");
    let empty = lead.post("/account/api-tokens", &[("name", "  ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    empty.assert_contains("Give the token a name");

    // The token reads the forms, by Bearer or by Basic with the owner's email.
    for auth in [("bearer", token.as_str()), ("lead@haki.example", token.as_str())] {
        let response = get(&app, "/api/v1/forms", Some(auth)).await;
        assert_eq!(response.status(), StatusCode::OK);
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["forms"][0]["id"], form_id.as_str(), "{body}");
        assert_eq!(body["forms"][0]["title"], "API form");
    }
    lead.get("/account/api-tokens").await.assert_lacks("Never");
    // Someone else's email, a wrong token, or nothing: 401 in JSON with the way to sign in.
    for auth in [Some(("other@haki.example", token.as_str())), Some(("bearer", "nope")), None] {
        let response = get(&app, "/api/v1/forms", auth).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{auth:?}");
        assert!(response.headers()["www-authenticate"].to_str().unwrap().starts_with("Basic"));
        let body: serde_json::Value = response.json().await.unwrap();
        assert!(body["error"].as_str().unwrap().contains("Bearer"), "{body}");
    }

    // Revoked, it reads nothing; another person cannot revoke it.
    let listed = lead.get("/account/api-tokens").await;
    let id = between(&listed.body, "/account/api-tokens/", "/revoke").to_owned();
    let other = app.sign_up("Other CSO", "KE", "lead@other.example").await;
    assert_eq!(
        other.post(&format!("/account/api-tokens/{id}/revoke"), &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        lead.post(&format!("/account/api-tokens/{id}/revoke"), &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let response = get(&app, "/api/v1/forms", Some(("bearer", &token))).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    lead.get("/account/api-tokens").await.assert_lacks("Board report in R");
}

fn answer(n: usize, name: &str, working: &str, queue: &str) -> String {
    format!(
        "<?xml version='1.0' ?><data id=\"api_form\" version=\"1\"><full_name>{name}</full_name>\
         <working>{working}</working><queue>{queue}</queue><meta><instanceID>uuid:a{n}</instanceID></meta></data>"
    )
}

/// A token for `browser`'s person.
async fn token_of(browser: &common::Browser) -> String {
    let page = browser.post("/account/api-tokens", &[("name", "Script")]).await;
    between(&page.body, "<code id=\"new-token\">", "<").to_owned()
}

async fn submissions_come_a_page_at_a_time_with_filters(app: TestApp) {
    let lead = app.sign_up("Haki Data", "KE", "lead@haki.example").await;
    let form_id = collection::publish(&app, &lead, "haki-data", FORM, "api_form.csv").await;
    let url = collection::device(&app, &lead, "Phone").await;
    collection::submit(&url, &answer(1, "Ana Díaz", "yes", "4"), &[]).await;
    collection::submit(&url, &answer(2, "Luis", "no", "12"), &[]).await;
    collection::submit(&url, &answer(3, "Sol", "yes", "7"), &[]).await;
    let token = token_of(&lead).await;
    let base = format!("/api/v1/forms/{form_id}/submissions");

    // Two pages of two, linked by "next"; values typed as JSON numbers and strings.
    let first: serde_json::Value =
        get(&app, &format!("{base}?limit=2"), Some(("bearer", &token))).await.json().await.unwrap();
    assert_eq!(first["count"], 3, "{first}");
    let results = first["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    assert_eq!(results[0]["full_name"], "Ana Díaz", "{first}");
    assert_eq!(results[0]["queue"], 4.0);
    assert_eq!(results[0]["instanceID"], "uuid:a1");
    let next = first["next"].as_str().unwrap();
    let path = next.strip_prefix("http://datashift.test").unwrap_or(next);
    let second: serde_json::Value = get(&app, path, Some(("bearer", &token))).await.json().await.unwrap();
    assert_eq!(second["results"].as_array().unwrap().len(), 1);
    assert_eq!(second["results"][0]["full_name"], "Sol");
    assert!(second["next"].is_null());

    // The data page's filters, and labels instead of names.
    let working: serde_json::Value =
        get(&app, &format!("{base}?field=/data/working&value=yes&values=labels"), Some(("bearer", &token)))
            .await
            .json()
            .await
            .unwrap();
    assert_eq!(working["count"], 2);
    let rows = working["results"].as_array().unwrap();
    assert!(rows.iter().all(|r| r["Working?"] == "Yes"), "labels name the columns too: {working}");
    // Bad input: a clear message, as JSON.
    for bad in ["?limit=0", "?limit=5000", "?field=/data/nope&value=1", "?from=yesterday"] {
        let response = get(&app, &format!("{base}{bad}"), Some(("bearer", &token))).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{bad}");
        let body: serde_json::Value = response.json().await.unwrap();
        assert!(!body["error"].as_str().unwrap().is_empty(), "{bad}: {body}");
    }
    // The same data as CSV for Excel and Power BI, with Basic authentication.
    let csv = get(&app, &format!("{base}.csv"), Some(("lead@haki.example", &token))).await;
    assert_eq!(csv.status(), StatusCode::OK);
    assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let text = csv.text().await.unwrap();
    assert!(text.contains("full_name") && text.contains("Luis"), "{text}");

    // The capacity builder reads pseudonyms; an outsider reads nothing.
    let admin = app.create_user("admin@example.org", "Amina", store::types::Role::Admin, None).await;
    let builder_user =
        app.create_user("builder@example.org", "Baraka", store::types::Role::Builder, None).await;
    let organisation = app.state.store.organisation_by_slug("haki-data").await.unwrap();
    let starts = chrono::Utc::now().date_naive() + chrono::Duration::days(3);
    common::training::accepted(&app, &organisation.id, &builder_user.id, &admin.id, starts).await;
    let builder = app.browser().logged_in("builder@example.org").await;
    let builder_token = token_of(&builder).await;
    let seen: serde_json::Value =
        get(&app, &base, Some(("bearer", &builder_token))).await.json().await.unwrap();
    let name = seen["results"][0]["full_name"].as_str().unwrap();
    assert!(name.starts_with("anon-"), "{seen}");
    let outsider = app.sign_up("Other CSO", "KE", "lead@other.example").await;
    let outsider_token = token_of(&outsider).await;
    assert_eq!(get(&app, &base, Some(("bearer", &outsider_token))).await.status(), StatusCode::NOT_FOUND);

    // Every call is in the audit log, as an export.
    let (entries, _) = app.state.store.audit_log(Some(&form_id), 1).await.unwrap();
    let api = entries
        .iter()
        .filter(|e| e.action == store::personal_data::AuditAction::Export && e.detail.contains("API"))
        .count();
    assert!(api >= 5, "{entries:?}");
}

on_both_backends!(tokens_are_shown_once_and_revocable, submissions_come_a_page_at_a_time_with_filters);
