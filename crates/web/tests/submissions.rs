//! Reviewing submissions in the browser: the table with its pages, filters and sorting, one
//! submission with its answers, files and history, reviews and comments, soft delete and
//! restore, who may see what, and webhooks signed, delivered and retried to a real receiver.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::body::Bytes;
use axum::http::HeaderMap;
use common::collection::{self, between};
use common::{Browser, Page, TestApp};
use hmac::{Hmac, Mac};
use reqwest::StatusCode;
use store::types::Role;

const FORM: &str = r#"
| survey |
| | type              | name     | label             | constraint | constraint_message |
| | text              | district | District          |            |                    |
| | select_one yes_no | working  | Is water flowing? |            |                    |
| | integer           | queue    | People waiting    | . >= 0     | Not negative       |
| | image             | photo    | Photo             |            |                    |
| | image             | photo2   | Second photo      |            |                    |
| choices |
| | list_name | name | label |
| | yes_no    | yes  | Yes   |
| | yes_no    | no   | No    |
| settings |
| | form_id     | version | form_title  |
| | water_check | 2       | Water check |
"#;

/// A CSO with the water form and one device: the lead's browser, the form id, and the
/// device's submission URL.
struct Cso {
    lead: Browser,
    form_id: String,
    submission_url: String,
}

async fn cso(app: &TestApp) -> Cso {
    let lead = app.sign_up("Maji Watch", "KE", "lead@maji.example").await;
    let form_id = collection::publish(app, &lead, "maji-watch", FORM, "water_check.csv").await;
    let submission_url = collection::device(app, &lead, "Amina's phone").await;
    Cso { lead, form_id, submission_url }
}

fn document(instance: &str, district: &str, queue: i64, photo: &str) -> String {
    format!(
        "<?xml version='1.0' ?><data id=\"water_check\" version=\"2\"><district>{district}</district>\
         <working>yes</working><queue>{queue}</queue><photo>{photo}</photo><photo2>{}</photo2>\
         <meta><instanceID>{instance}</instanceID></meta></data>",
        if photo.is_empty() { "" } else { "2.jpg" }
    )
}

impl Cso {
    /// Sends a submission as ODK Collect does: multipart, the document and its files.
    async fn submit(&self, xml: &str, files: &[(&str, &[u8])]) {
        collection::submit(&self.submission_url, xml, files).await;
    }

    fn table(&self) -> String {
        format!("/forms/{}/submissions", self.form_id)
    }

    /// The ids of the submissions linked from a table page, in order.
    fn rows(&self, page: &Page) -> Vec<String> {
        let link = format!("<td><a href=\"/forms/{}/submissions/", self.form_id);
        page.body.split(&link).skip(1).map(|rest| rest[..rest.find('"').unwrap()].to_owned()).collect()
    }
}

fn assert_status(page: &Page, status: StatusCode) {
    assert_eq!(page.status, status, "{}", page.body);
}

async fn the_table_lists_pages_filters_and_sorts_submissions(app: TestApp) {
    let cso = cso(&app).await;
    for i in 0..55 {
        let district = if i % 5 == 0 { "Nyeri" } else { "Kisumu" };
        let queue = if i == 17 { -1 } else { i };
        cso.submit(&document(&format!("uuid:t{i}"), district, queue, ""), &[]).await;
    }
    let page = cso.lead.get(&cso.table()).await;
    assert_status(&page, StatusCode::OK);
    page.assert_contains("55 submissions").assert_contains("Page 1 of 2").assert_contains("rel=\"next\"");
    page.assert_contains("<th scope=\"col\">District</th>")
        .assert_contains("<th scope=\"col\">People waiting</th>");
    page.assert_contains("Amina&#39;s phone").assert_contains("Not reviewed");
    page.assert_contains("class=\"table-wrap\"");
    assert_eq!(cso.rows(&page).len(), 50);
    let second = cso.lead.get(&format!("{}?page=2", cso.table())).await;
    second.assert_contains("Page 2 of 2").assert_contains("rel=\"prev\"").assert_lacks("rel=\"next\"");
    assert_eq!(cso.rows(&second).len(), 5);

    // A question's exact answer, with the other filters.
    let nyeri = cso.lead.get(&format!("{}?field=%2Fdata%2Fdistrict&value=Nyeri", cso.table())).await;
    nyeri.assert_contains("11 submissions").assert_contains("selected>District</option>");
    assert_eq!(cso.rows(&nyeri).len(), 11);
    cso.lead
        .get(&format!("{}?field=%2Fdata%2Fdistrict&value=Nyer", cso.table()))
        .await
        .assert_contains("No submission");

    // Received dates.
    let today = chrono::Utc::now().date_naive();
    let tomorrow = today.succ_opt().unwrap();
    cso.lead.get(&format!("{}?from={tomorrow}", cso.table())).await.assert_contains("No submission");
    cso.lead.get(&format!("{}?from={today}&to={today}", cso.table())).await.assert_contains("55 submissions");
    cso.lead
        .get(&format!("{}?from=yesterday", cso.table()))
        .await
        .assert_contains("A date could not be read")
        .assert_contains("55 submissions");

    // Review state, and sorting by problems (the one with a negative queue first).
    let by_problems = cso.lead.get(&format!("{}?sort=problems", cso.table())).await;
    let first = cso.rows(&by_problems)[0].clone();
    let detail = cso.lead.get(&format!("{}/{first}", cso.table())).await;
    detail.assert_contains("uuid:t17").assert_contains("Not negative");
    cso.lead
        .post_redirected(
            &format!("{}/{first}/review", cso.table()),
            &[("state", "approved"), ("review_comment", "")],
        )
        .await;
    let approved = cso.lead.get(&format!("{}?state=approved", cso.table())).await;
    approved.assert_contains("One submission");
    assert_eq!(cso.rows(&approved), std::slice::from_ref(&first));
    let by_state = cso.lead.get(&format!("{}?sort=state&page=2", cso.table())).await;
    assert_eq!(cso.rows(&by_state).last(), Some(&first), "reviewed ones come after the ones to review");
    cso.lead.get(&format!("{}?pilot=live", cso.table())).await.assert_contains("No submission");
    cso.lead.get(&format!("{}?pilot=pilot", cso.table())).await.assert_contains("55 submissions");
}

async fn the_detail_page_shows_answers_files_and_the_review_history(app: TestApp) {
    let cso = cso(&app).await;
    cso.submit(&document("uuid:d1", "Nyeri", -2, "1.jpg"), &[("1.jpg", b"\xff\xd8 a photo")]).await;
    let table = cso.lead.get(&cso.table()).await;
    let id = cso.rows(&table)[0].clone();
    let url = format!("{}/{id}", cso.table());
    let page = cso.lead.get(&url).await;
    assert_status(&page, StatusCode::OK);
    page.assert_contains("District<br><code class=\"muted\">/data/district</code>").assert_contains("Nyeri");
    page.assert_contains("Is water flowing?").assert_contains("<span class=\"muted\">Yes</span>");
    page.assert_contains("One problem")
        .assert_contains("The answer breaks the question&#39;s rule: Not negative");
    let photo = format!("{url}/attachments/1.jpg");
    page.assert_contains(&format!("<img src=\"{photo}\""));
    page.assert_contains("<code>2.jpg</code> <span class=\"status attention\">Not received yet</span>");
    page.assert_contains(&format!("href=\"{url}/edit\""));
    page.assert_contains("Nothing has happened to this submission");

    // The photo, streamed with its type; a file not received is not found.
    let file = cso.lead.client.get(format!("{}{photo}", cso.lead.base)).send().await.unwrap();
    assert_eq!(file.status(), StatusCode::OK);
    assert_eq!(file.headers()["content-type"], "image/jpeg");
    assert_eq!(file.headers()["x-content-type-options"], "nosniff");
    assert!(file.headers()["content-disposition"].to_str().unwrap().starts_with("inline"));
    assert_eq!(file.bytes().await.unwrap().as_ref(), b"\xff\xd8 a photo");
    assert_status(&cso.lead.get(&format!("{url}/attachments/2.jpg")).await, StatusCode::NOT_FOUND);
    assert_status(&cso.lead.get(&format!("{url}/attachments/3.jpg")).await, StatusCode::NOT_FOUND);

    // A review with a comment, then a comment; both in the history.
    let refused =
        cso.lead.post(&format!("{url}/review"), &[("state", "fine"), ("review_comment", "x")]).await;
    assert_status(&refused, StatusCode::BAD_REQUEST);
    refused.assert_contains("Choose a review state.");
    cso.lead
        .post_redirected(
            &format!("{url}/review"),
            &[("state", "has_issues"), ("review_comment", "The queue cannot be negative.")],
        )
        .await;
    let empty = cso.lead.post(&format!("{url}/comment"), &[("comment", "  ")]).await;
    assert_status(&empty, StatusCode::BAD_REQUEST);
    empty.assert_contains("Write a comment first.");
    cso.lead.post_redirected(&format!("{url}/comment"), &[("comment", "Called Amina: it was 2.")]).await;
    let page = cso.lead.get(&url).await;
    page.assert_contains("id=\"review-state\">Has issues</span>");
    page.assert_contains("Wanjiru Kamau set the review to “Has issues”.");
    page.assert_contains("<blockquote>The queue cannot be negative.</blockquote>");
    page.assert_contains("Wanjiru Kamau commented.")
        .assert_contains("<blockquote>Called Amina: it was 2.</blockquote>");
    let history = between(&page.body, "id=\"history\"", "</section>");
    assert!(history.find("set the review").unwrap() < history.find("commented").unwrap(), "oldest first");
}

async fn other_organisations_and_unassigned_builders_get_not_found(app: TestApp) {
    let cso = cso(&app).await;
    cso.submit(&document("uuid:p1", "Nyeri", 1, "1.jpg"), &[("1.jpg", b"photo")]).await;
    let id = cso.rows(&cso.lead.get(&cso.table()).await)[0].clone();
    let url = format!("{}/{id}", cso.table());
    let webhooks = format!("/forms/{}/webhooks", cso.form_id);

    let other_lead = app.sign_up("Other Watch", "KE", "lead@other.example").await;
    let other_org = app.state.store.organisation_by_slug("other-watch").await.unwrap();
    app.create_user("staff@other.example", "Juma", Role::CsoStaff, Some(other_org.id)).await;
    let other_staff = app.browser().logged_in("staff@other.example").await;
    app.create_user("builder@datashift.example", "Baraka", Role::Builder, None).await;
    let builder = app.browser().logged_in("builder@datashift.example").await;
    for outsider in [&other_staff, &other_lead, &builder] {
        for path in [cso.table(), url.clone(), format!("{url}/attachments/1.jpg"), webhooks.clone()] {
            assert_status(&outsider.get(&path).await, StatusCode::NOT_FOUND);
        }
        assert_status(
            &outsider.post(&format!("{url}/review"), &[("state", "approved")]).await,
            StatusCode::NOT_FOUND,
        );
        assert_status(&outsider.post(&format!("{url}/delete"), &[]).await, StatusCode::NOT_FOUND);
    }

    // Programme managers may look, not change.
    let admin = app.admin().await;
    admin.get(&cso.table()).await.assert_contains("One submission");
    let page = admin.get(&url).await;
    assert_status(&page, StatusCode::OK);
    page.assert_contains("Nyeri").assert_lacks(&format!("action=\"{url}/review\"")).assert_lacks("/edit\"");
    assert_status(
        &admin.post(&format!("{url}/review"), &[("state", "approved")]).await,
        StatusCode::FORBIDDEN,
    );
    assert_status(&admin.post(&format!("{url}/delete"), &[]).await, StatusCode::FORBIDDEN);
    admin.get(&webhooks).await.assert_lacks("name=\"url\"");
    assert_status(&admin.post(&webhooks, &[("url", "https://example.org/h")]).await, StatusCode::FORBIDDEN);
    // A submission of another form is not found under this one.
    assert_status(
        &cso.lead.get(&format!("/forms/{}/submissions/{id}", "another-form")).await,
        StatusCode::NOT_FOUND,
    );
}

async fn a_deleted_submission_leaves_the_table_until_restored(app: TestApp) {
    let cso = cso(&app).await;
    cso.submit(&document("uuid:s1", "Nyeri", 1, ""), &[]).await;
    cso.submit(&document("uuid:s2", "Kisumu", 2, ""), &[]).await;
    let rows = cso.rows(&cso.lead.get(&cso.table()).await);
    assert_eq!(rows.len(), 2);
    let url = format!("{}/{}", cso.table(), rows[0]);
    cso.lead.post_redirected(&format!("{url}/delete"), &[]).await;
    let table = cso.lead.get(&cso.table()).await;
    table.assert_contains("One submission");
    assert_eq!(cso.rows(&table), [rows[1].clone()]);
    let with_deleted = cso.lead.get(&format!("{}?deleted=yes", cso.table())).await;
    with_deleted
        .assert_contains("2 submissions")
        .assert_contains("<span class=\"status failed\">Deleted</span>");
    let page = cso.lead.get(&url).await;
    page.assert_contains("id=\"deleted-notice\"").assert_contains("Restore this submission");
    page.assert_contains("Wanjiru Kamau deleted the submission.");
    page.assert_lacks(&format!("action=\"{url}/review\""));
    cso.lead.post_redirected(&format!("{url}/restore"), &[]).await;
    cso.lead.get(&cso.table()).await.assert_contains("2 submissions");
    cso.lead
        .get(&url)
        .await
        .assert_contains("Wanjiru Kamau restored the submission.")
        .assert_lacks("deleted-notice");
}

/// What a webhook receiver got.
struct Delivery {
    headers: HeaderMap,
    body: Bytes,
}

/// A receiver on loopback that answers 500 to the first `failures` requests, then 200.
async fn receiver(failures: usize) -> (String, tokio::sync::mpsc::UnboundedReceiver<Delivery>) {
    let (sent, received) = tokio::sync::mpsc::unbounded_channel();
    let left = Arc::new(AtomicUsize::new(failures));
    let hook = move |headers: HeaderMap, body: Bytes| {
        let sent = sent.clone();
        let left = left.clone();
        async move {
            let _ = sent.send(Delivery { headers, body });
            let fail = left.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1)).is_ok();
            if fail {
                (StatusCode::INTERNAL_SERVER_ERROR, "receiver down")
            } else {
                (StatusCode::OK, "thanks")
            }
        }
    };
    let router = axum::Router::new().route("/hook", axum::routing::post(hook));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (format!("http://{address}/hook"), received)
}

async fn next_delivery(received: &mut tokio::sync::mpsc::UnboundedReceiver<Delivery>) -> Delivery {
    tokio::time::timeout(Duration::from_secs(30), received.recv())
        .await
        .expect("a delivery within 30 s")
        .expect("the receiver runs")
}

fn signed_correctly(delivery: &Delivery, secret: &str) -> bool {
    let header = delivery.headers["x-datashift-signature"].to_str().unwrap();
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(&delivery.body);
    header == format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// Reads the webhooks page until it shows `text` (the deliverer records outcomes on its own).
async fn page_shows(browser: &Browser, path: &str, text: &str) -> Page {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let page = browser.get(path).await;
        if page.body.contains(text) {
            return page;
        }
        assert!(tokio::time::Instant::now() < deadline, "{text:?} never appeared in:\n{}", page.body);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn webhooks_are_signed_delivered_and_retried_after_a_failure(app: TestApp) {
    let cso = cso(&app).await;
    let (hook_url, mut received) = receiver(1).await;
    let webhooks = format!("/forms/{}/webhooks", cso.form_id);
    let refused = cso.lead.post(&webhooks, &[("url", "ftp://example.org/x")]).await;
    assert_status(&refused, StatusCode::BAD_REQUEST);
    refused.assert_contains("Enter a full address");
    let added = cso.lead.post(&webhooks, &[("url", hook_url.as_str())]).await;
    assert_status(&added, StatusCode::OK);
    let secret = between(&added.body, "id=\"webhook-secret\">", "<").to_owned();
    assert_eq!(secret.len(), 64);
    cso.lead.get(&webhooks).await.assert_contains(&hook_url).assert_lacks(&secret);
    // Its deliveries carry personal values: adding it is in the audit log, by whom.
    let (audit, _) = app.state.store.audit_log(Some(&cso.form_id), 1).await.unwrap();
    let added_line = audit.iter().find(|e| e.detail.starts_with("webhook added")).expect("an audit line");
    assert_eq!(added_line.action, store::personal_data::AuditAction::Export);
    assert!(added_line.detail.contains(&hook_url) && added_line.user_id.is_some(), "{added_line:?}");

    cso.submit(&document("uuid:w1", "Nyeri", 3, ""), &[]).await;
    let first = next_delivery(&mut received).await;
    assert!(signed_correctly(&first, &secret), "the signature is the HMAC of the body");
    assert!(!signed_correctly(&first, &"0".repeat(64)));
    assert_eq!(first.headers["x-datashift-event"], "submission.created");
    assert_eq!(first.headers["content-type"], "application/json");
    let payload: serde_json::Value = serde_json::from_slice(&first.body).unwrap();
    assert_eq!(payload["event"], "submission.created");
    assert_eq!(payload["instanceId"], "uuid:w1");
    assert!(payload["data"].as_array().unwrap().contains(&serde_json::json!(["/data/district", "Nyeri"])));

    // The receiver failed: the error is shown and the delivery is tried again.
    page_shows(&cso.lead, &webhooks, "Last error: HTTP 500 Internal Server Error: receiver down").await;
    cso.lead.post_redirected(&format!("{webhooks}/{}/retry", webhook_id(&app, &cso).await), &[]).await;
    let second = next_delivery(&mut received).await;
    assert!(signed_correctly(&second, &secret));
    assert_eq!(second.body, first.body);
    assert_eq!(second.headers["x-datashift-delivery"], first.headers["x-datashift-delivery"]);
    let page = page_shows(&cso.lead, &webhooks, "one delivered").await;
    page.assert_contains("0 waiting").assert_lacks("Last error");

    // Removed: nothing more is sent.
    cso.lead.post_redirected(&format!("{webhooks}/{}/remove", webhook_id(&app, &cso).await), &[]).await;
    cso.lead.get(&webhooks).await.assert_contains("No webhook yet.");
    let (audit, _) = app.state.store.audit_log(Some(&cso.form_id), 1).await.unwrap();
    assert!(audit.iter().any(|e| e.detail == format!("webhook removed: nothing more is sent to {hook_url}")));
    cso.submit(&document("uuid:w2", "Nyeri", 3, ""), &[]).await;
    assert!(app.state.store.claim_due_delivery(chrono::Duration::seconds(1)).await.unwrap().is_none());
}

async fn webhook_id(app: &TestApp, cso: &Cso) -> String {
    app.state.store.webhooks(&cso.form_id).await.unwrap()[0].id.clone()
}

/// A server whose webhooks may reach this machine (the receiver listens on loopback).
async fn spawn(backend: common::Backend) -> Option<TestApp> {
    common::spawn_app_with(backend, |config| config.webhooks_to_private_addresses = true).await
}

on_both_backends!(spawn = super::spawn;
    the_table_lists_pages_filters_and_sorts_submissions,
    the_detail_page_shows_answers_files_and_the_review_history,
    other_organisations_and_unassigned_builders_get_not_found,
    a_deleted_submission_leaves_the_table_until_restored,
    webhooks_are_signed_delivered_and_retried_after_a_failure,
);
