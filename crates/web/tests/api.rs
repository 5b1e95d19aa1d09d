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

on_both_backends!(tokens_are_shown_once_and_revocable);
