//! Data collection over OpenRosa, spoken exactly as ODK Collect speaks it: form list, form
//! and manifest download, HEAD then multipart POST, duplicates (also racing), conflicts,
//! edits with deprecatedID, split submissions, and every refusal with an OpenRosa message.

mod common;

use common::{Browser, TestApp};
use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};

const FORM: &str = r#"
| survey |
| | type              | name      | label             | required | constraint | constraint_message |
| | text              | point     | Water point name  | yes      |            |                    |
| | select_one yes_no | working   | Is water flowing? | yes      |            |                    |
| | integer           | queue     | People waiting    |          | . >= 0     | Not negative       |
| | image             | photo     | Photo             |          |            |                    |
| | image             | photo2    | Second photo      |          |            |                    |
| choices |
| | list_name | name | label |
| | yes_no    | yes  | Yes   |
| | yes_no    | no   | No    |
| settings |
| | form_id     | version | form_title  |
| | water_check | 2       | Water check |
"#;

fn form_bytes(table: &str) -> Vec<u8> {
    xlsform::testing::csv_from_table(table)
}

/// Uploads an XLSForm through the forms page; returns the response page.
async fn upload(browser: &Browser, file_name: &str, bytes: Vec<u8>) -> common::Page {
    send_xlsform(browser, "/forms", file_name, bytes).await
}

/// Sends an XLSForm as the forms page's upload form does, to `path`.
async fn send_xlsform(browser: &Browser, path: &str, file_name: &str, bytes: Vec<u8>) -> common::Page {
    let token = browser.csrf().await;
    let form = Form::new().part("file", Part::bytes(bytes).file_name(file_name.to_owned()));
    let response = browser
        .client
        .post(format!("{}{path}?csrf={token}", browser.base))
        .multipart(form)
        .send()
        .await
        .unwrap();
    common::Page {
        status: response.status(),
        headers: response.headers().clone(),
        body: response.text().await.unwrap(),
    }
}

/// A device's server URL path (`/key/TOKEN`), from the collectors page.
async fn new_collector(browser: &Browser, name: &str) -> String {
    let page = browser.post("/collectors", &[("name", name)]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let start = page.body.find("id=\"server-url\">").expect("the server URL is shown") + 16;
    let url = &page.body[start..start + page.body[start..].find('<').unwrap()];
    url.strip_prefix("http://datashift.test").expect("an absolute URL on the base").to_owned()
}

/// A CSO with the water form published and one device: (lead's browser, device prefix).
async fn cso_with_form(app: &TestApp) -> (Browser, String) {
    let lead = app.sign_up("Maji Watch", "KE", "lead@maji.example").await;
    let page = upload(&lead, "water_check.csv", form_bytes(FORM)).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let prefix = new_collector(&lead, "Amina's phone").await;
    (lead, prefix)
}

/// ODK Collect: no cookies, OpenRosa headers on every request.
struct Collect {
    client: reqwest::Client,
    url: String,
}

struct Answer {
    status: StatusCode,
    headers: reqwest::header::HeaderMap,
    body: String,
}

impl Collect {
    fn new(app: &TestApp, prefix: &str) -> Self {
        Self { client: reqwest::Client::new(), url: format!("{}{prefix}", app.base) }
    }

    async fn answer(response: reqwest::Response) -> Answer {
        Answer {
            status: response.status(),
            headers: response.headers().clone(),
            body: response.text().await.unwrap(),
        }
    }

    async fn get(&self, url: &str) -> Answer {
        let url = url.replace("http://datashift.test", self.url.split("/key/").next().unwrap());
        Self::answer(
            self.client
                .get(url)
                .header("X-OpenRosa-Version", "1.0")
                .header("Accept-Language", "en")
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    async fn head_submission(&self) -> Answer {
        Self::answer(
            self.client
                .head(format!("{}/submission", self.url))
                .header("X-OpenRosa-Version", "1.0")
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    async fn submit(&self, xml: &str, files: &[(&str, &[u8])], incomplete: bool) -> Answer {
        let mut form = Form::new().part(
            "xml_submission_file",
            Part::bytes(xml.as_bytes().to_vec()).file_name("submission.xml").mime_str("text/xml").unwrap(),
        );
        for (name, bytes) in files {
            form = form.part(
                name.to_string(),
                Part::bytes(bytes.to_vec()).file_name(name.to_string()).mime_str("image/jpeg").unwrap(),
            );
        }
        if incomplete {
            form = form.text("*isIncomplete*", "yes");
        }
        Self::answer(
            self.client
                .post(format!("{}/submission", self.url))
                .header("X-OpenRosa-Version", "1.0")
                .header("Accept-Language", "en")
                .multipart(form)
                .send()
                .await
                .unwrap(),
        )
        .await
    }
}

fn submission(instance: &str, point: &str, queue: &str, photo: &str, photo2: &str) -> String {
    format!(
        "<?xml version='1.0' ?><data id=\"water_check\" version=\"2\"><point>{point}</point><working>yes</working>\
         <queue>{queue}</queue><photo>{photo}</photo><photo2>{photo2}</photo2>\
         <meta><instanceID>{instance}</instanceID></meta></data>"
    )
}

fn tag<'a>(xml: &'a str, name: &str) -> &'a str {
    let open = format!("<{name}>");
    let start = xml.find(&open).unwrap_or_else(|| panic!("no <{name}> in {xml}")) + open.len();
    &xml[start..start + xml[start..].find('<').unwrap()]
}

async fn counts(app: &TestApp) -> (i64, i64) {
    let lead_org = app.state.store.organisation_by_slug("maji-watch").await.unwrap();
    let forms = app.state.store.forms_of(&lead_org.id).await.unwrap();
    (forms[0].submissions, forms[0].pilot_submissions)
}

async fn collect_speaks_openrosa(app: TestApp) {
    let (lead, prefix) = cso_with_form(&app).await;
    let collect = Collect::new(&app, &prefix);

    // The form list names the form with its version and the MD5 of the XForm it serves.
    let list = collect.get(&format!("{}/formList", collect.url)).await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    assert_eq!(list.headers["x-openrosa-version"], "1.0");
    assert!(list.headers.contains_key("date"));
    assert!(list.body.contains("xmlns=\"http://openrosa.org/xforms/xformsList\""), "{}", list.body);
    assert_eq!(tag(&list.body, "formID"), "water_check");
    assert_eq!(tag(&list.body, "version"), "2");
    let download = collect.get(tag(&list.body, "downloadUrl")).await;
    assert_eq!(download.status, StatusCode::OK);
    assert!(download.body.contains("<h:title>Water check</h:title>"), "{}", download.body);
    let md5 = web::forms::publish::md5_hex(download.body.as_bytes());
    assert_eq!(tag(&list.body, "hash"), format!("md5:{md5}"));
    std::fs::create_dir_all("../../test-output/downloaded-xforms").unwrap();
    std::fs::write("../../test-output/downloaded-xforms/water_check.xml", &download.body).unwrap();

    // A media file beside the form: the list then names a manifest, which names the file
    // with its MD5, and the file downloads as uploaded.
    assert!(!list.body.contains("<manifestUrl>"), "no manifest without media");
    let org = app.state.store.organisation_by_slug("maji-watch").await.unwrap();
    let form = app.state.store.form_by_xml_id(&org.id, "water_check").await.unwrap();
    let token = lead.csrf().await;
    let media =
        Form::new().part("file", Part::bytes(b"name,label\nk1,Kiosk 1\n".to_vec()).file_name("kiosks.csv"));
    let uploaded = lead
        .client
        .post(format!("{}/forms/{}/media?csrf={token}", app.base, form.id))
        .multipart(media)
        .send()
        .await
        .unwrap();
    assert_eq!(uploaded.status(), StatusCode::SEE_OTHER);
    let list = collect.get(&format!("{}/formList", collect.url)).await;
    let manifest = collect.get(tag(&list.body, "manifestUrl")).await;
    assert!(
        manifest.body.contains("xmlns=\"http://openrosa.org/xforms/xformsManifest\""),
        "{}",
        manifest.body
    );
    assert_eq!(tag(&manifest.body, "filename"), "kiosks.csv");
    let csv = "name,label\nk1,Kiosk 1\n";
    assert_eq!(tag(&manifest.body, "hash"), format!("md5:{}", web::forms::publish::md5_hex(csv.as_bytes())));
    let file = collect.get(tag(&manifest.body, "downloadUrl")).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.body, csv);

    // HEAD first, as Collect does: 204 and the size it may send in one request.
    let head = collect.head_submission().await;
    assert_eq!(head.status, StatusCode::NO_CONTENT);
    assert_eq!(head.headers["x-openrosa-version"], "1.0");
    assert!(
        head.headers["x-openrosa-accept-content-length"].to_str().unwrap().parse::<u64>().unwrap()
            > 1_000_000
    );

    // A submission with a photo: 201 with an OpenRosa message; the form is in pilot mode.
    let xml = submission("uuid:6f1c-1", "Kiosk 4", "3", "1.jpg", "");
    let sent = collect.submit(&xml, &[("1.jpg", b"\xff\xd8jpeg bytes")], false).await;
    assert_eq!(sent.status, StatusCode::CREATED, "{}", sent.body);
    assert!(
        sent.body.contains("<OpenRosaResponse xmlns=\"http://openrosa.org/http/response\">"),
        "{}",
        sent.body
    );
    assert!(sent.body.contains("nature=\"submit_success\""));
    assert_eq!(sent.headers["x-openrosa-version"], "1.0");
    assert_eq!(counts(&app).await, (0, 1));

    // The same document again (a retry after a lost answer): acknowledged, stored once.
    let again = collect.submit(&xml, &[("1.jpg", b"\xff\xd8jpeg bytes")], false).await;
    assert_eq!(again.status, StatusCode::CREATED, "{}", again.body);
    assert!(again.body.contains("already been received"), "{}", again.body);
    assert_eq!(counts(&app).await, (0, 1));

    // A different document under a known instanceID: 409.
    let other = submission("uuid:6f1c-1", "Kiosk 5", "3", "", "");
    let conflict = collect.submit(&other, &[], false).await;
    assert_eq!(conflict.status, StatusCode::CONFLICT, "{}", conflict.body);
    assert!(conflict.body.contains("uuid:6f1c-1"), "{}", conflict.body);
    assert_eq!(counts(&app).await, (0, 1));
}

async fn racing_duplicates_are_stored_once(app: TestApp) {
    let (_lead, prefix) = cso_with_form(&app).await;
    let collect = std::sync::Arc::new(Collect::new(&app, &prefix));
    let xml = submission("uuid:race-1", "Tap 9", "0", "", "");
    let mut tasks = vec![];
    for _ in 0..12 {
        let collect = collect.clone();
        let xml = xml.clone();
        tasks.push(tokio::spawn(async move { collect.submit(&xml, &[], false).await.status }));
    }
    for task in tasks {
        assert_eq!(task.await.unwrap(), StatusCode::CREATED);
    }
    assert_eq!(counts(&app).await, (0, 1));
    // Many different ones at once share commits and are all kept.
    let mut tasks = vec![];
    for i in 0..40 {
        let collect = collect.clone();
        tasks.push(tokio::spawn(async move {
            collect
                .submit(&submission(&format!("uuid:many-{i}"), "Tap", "1", "", ""), &[], false)
                .await
                .status
        }));
    }
    for task in tasks {
        assert_eq!(task.await.unwrap(), StatusCode::CREATED);
    }
    assert_eq!(counts(&app).await, (0, 41));
}

async fn edits_and_split_submissions(app: TestApp) {
    let (_lead, prefix) = cso_with_form(&app).await;
    let collect = Collect::new(&app, &prefix);
    // A large submission split in two requests: both photos end up on one submission.
    let xml = submission("uuid:split-1", "Borehole", "2", "a.jpg", "b.jpg");
    let first = collect.submit(&xml, &[("a.jpg", b"first photo")], true).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    let second = collect.submit(&xml, &[("b.jpg", b"second photo")], false).await;
    assert_eq!(second.status, StatusCode::CREATED, "{}", second.body);
    assert_eq!(counts(&app).await, (0, 1));
    let store = &app.state.store;
    let org = store.organisation_by_slug("maji-watch").await.unwrap();
    let form = store.form_by_xml_id(&org.id, "water_check").await.unwrap();
    let files = store.attachment_names_received(&form.id, "uuid:split-1").await.unwrap();
    assert_eq!(files, vec!["a.jpg".to_owned(), "b.jpg".to_owned()]);

    // An edit names the version it replaces; the history keeps both, one is current.
    let edited = submission("uuid:split-1-edit", "Borehole", "5", "a.jpg", "b.jpg")
        .replace("</instanceID>", "</instanceID><deprecatedID>uuid:split-1</deprecatedID>");
    let answer = collect.submit(&edited, &[], false).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
    assert_eq!(counts(&app).await, (0, 1), "an edit replaces, it does not add");
    let versions = store.submission_chain(&form.id, "uuid:split-1").await.unwrap();
    assert_eq!(versions, vec![("uuid:split-1-edit".to_owned(), true), ("uuid:split-1".to_owned(), false)]);
    // The edit named the photos without sending them again: they carry over.
    let files = store.attachment_names_received(&form.id, "uuid:split-1-edit").await.unwrap();
    assert_eq!(files, vec!["a.jpg".to_owned(), "b.jpg".to_owned()]);
}

async fn rule_breaking_submissions_are_kept_and_flagged(app: TestApp) {
    let (_lead, prefix) = cso_with_form(&app).await;
    let collect = Collect::new(&app, &prefix);
    let xml = submission("uuid:flagged", "", "-4", "", "");
    let answer = collect.submit(&xml, &[], false).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
    let store = &app.state.store;
    let org = store.organisation_by_slug("maji-watch").await.unwrap();
    let form = store.form_by_xml_id(&org.id, "water_check").await.unwrap();
    let problems = store.submission_problems(&form.id, "uuid:flagged").await.unwrap();
    assert!(problems.contains("\"kind\":\"required\"") && problems.contains("/data/point"), "{problems}");
    assert!(problems.contains("\"kind\":\"constraint\"") && problems.contains("Not negative"), "{problems}");
}

async fn bad_requests_get_openrosa_messages(app: TestApp) {
    let (lead, prefix) = cso_with_form(&app).await;
    let collect = Collect::new(&app, &prefix);
    let cases: Vec<(String, StatusCode, &str)> = vec![
        ("<data id=\"water_check\" version=\"2\"><point>x</point>".into(), StatusCode::BAD_REQUEST, "not a well-formed"),
        (
            "<!DOCTYPE data [<!ENTITY a \"aaaa\">]><data id=\"water_check\" version=\"2\"><point>&a;</point></data>".into(),
            StatusCode::BAD_REQUEST,
            "DOCTYPE",
        ),
        (submission("uuid:x", "a", "1", "", "").replace("water_check", "nope"), StatusCode::NOT_FOUND, "No form with the ID"),
        (submission("uuid:x", "a", "1", "", "").replace("version=\"2\"", "version=\"1\""), StatusCode::NOT_FOUND, "Version “1”"),
        (submission("", "a", "1", "", ""), StatusCode::BAD_REQUEST, "no meta/instanceID"),
    ];
    for (xml, status, text) in cases {
        let answer = collect.submit(&xml, &[], false).await;
        assert_eq!(answer.status, status, "{xml}\n{}", answer.body);
        assert!(answer.body.contains("<OpenRosaResponse"), "{}", answer.body);
        assert!(answer.body.contains(text), "{text:?} not in {}", answer.body);
    }
    // No xml_submission_file part.
    let response = collect
        .client
        .post(format!("{}/submission", collect.url))
        .multipart(Form::new().text("other", "x"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    // A wrong token, then a revoked device: refused at once.
    let wrong = Collect::new(&app, "/key/0000");
    assert_eq!(
        wrong.submit(&submission("uuid:y", "a", "1", "", ""), &[], false).await.status,
        StatusCode::FORBIDDEN
    );
    let page = lead.get("/collectors").await;
    let start = page.body.find("/collectors/").unwrap();
    let action = &page.body[start..start + page.body[start..].find('"').unwrap()];
    lead.post_redirected(action, &[]).await;
    let refused = collect.submit(&submission("uuid:z", "a", "1", "", ""), &[], false).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.body.contains("revoked"), "{}", refused.body);
    assert_eq!(counts(&app).await, (0, 0), "nothing partial is stored");
    // Messages follow the device's language.
    let answer = Collect::new(&app, "/key/0000");
    let response = answer
        .client
        .head(format!("{}/submission", answer.url))
        .header("Accept-Language", "sw")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

async fn publishing_versions_and_going_live(app: TestApp) {
    let (lead, prefix) = cso_with_form(&app).await;
    let collect = Collect::new(&app, &prefix);
    assert_eq!(
        collect.submit(&submission("uuid:v2", "a", "1", "", ""), &[], false).await.status,
        StatusCode::CREATED
    );
    // The same version again is refused with a clear message; a new version is added.
    let page = upload(&lead, "water_check.csv", form_bytes(FORM)).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    page.assert_contains("already published");
    let v3 = FORM.replace("| water_check | 2       |", "| water_check | 3       |");
    let page = upload(&lead, "water_check.csv", form_bytes(&v3)).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let list = collect.get(&format!("{}/formList", collect.url)).await;
    assert_eq!(tag(&list.body, "version"), "3");
    // The older version still accepts submissions.
    assert_eq!(
        collect.submit(&submission("uuid:old", "a", "1", "", ""), &[], false).await.status,
        StatusCode::CREATED
    );
    // A form with errors is refused with where and how to fix.
    let broken = FORM.replace("select_one yes_no", "select_one yesno");
    let page = upload(&lead, "broken.csv", form_bytes(&broken)).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    page.assert_contains("choice-001").assert_contains("sheet survey").assert_contains("row 3");
    // Going live, clearing the pilot: later submissions count as live.
    let org = app.state.store.organisation_by_slug("maji-watch").await.unwrap();
    let form = app.state.store.form_by_xml_id(&org.id, "water_check").await.unwrap();
    lead.post_redirected(&format!("/forms/{}/mode", form.id), &[("mode", "live"), ("clear_pilot", "yes")])
        .await;
    assert_eq!(counts(&app).await, (0, 0));
    assert_eq!(
        collect.submit(&submission("uuid:live", "a", "1", "", ""), &[], false).await.status,
        StatusCode::CREATED
    );
    assert_eq!(counts(&app).await, (1, 0));
    // Both files of each version can be downloaded.
    let detail = lead.get(&format!("/forms/{}", form.id)).await;
    detail.assert_contains("Web link");
    let start = detail.body.find("/versions/").unwrap();
    let href = &detail.body
        [detail.body[..start].rfind('"').unwrap() + 1..start + detail.body[start..].find('"').unwrap()];
    let xform = lead.get(&href.replace("xlsform", "xform")).await;
    assert_eq!(xform.status, StatusCode::OK);
    assert!(xform.body.contains("<h:html"));
}

async fn named_staff_use_basic_authentication(app: TestApp) {
    let (_lead, _prefix) = cso_with_form(&app).await;
    let client = reqwest::Client::new();
    let list = |password: &'static str| {
        client
            .get(format!("{}/o/maji-watch/formList", app.base))
            .header("X-OpenRosa-Version", "1.0")
            .basic_auth("lead@maji.example", Some(password))
            .send()
    };
    let ok = list(common::PASSWORD).await.unwrap();
    assert_eq!(ok.status(), StatusCode::OK);
    assert!(ok.text().await.unwrap().contains("<formID>water_check</formID>"));
    // No credentials: a challenge ODK Collect answers by asking for them.
    let challenged = client.get(format!("{}/o/maji-watch/formList", app.base)).send().await.unwrap();
    assert_eq!(challenged.status(), StatusCode::UNAUTHORIZED);
    assert!(challenged.headers()["www-authenticate"].to_str().unwrap().starts_with("Basic"));
    // Another organisation's slug with valid credentials is refused too.
    app.sign_up("Other CSO", "TZ", "lead@other.example").await;
    let other = client
        .get(format!("{}/o/other-cso/formList", app.base))
        .basic_auth("lead@maji.example", Some(common::PASSWORD))
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), StatusCode::UNAUTHORIZED);
    // Guessing is throttled: five failures (the refused slug above was one) and even the
    // right password waits.
    for _ in 0..4 {
        assert_eq!(list("wrong password").await.unwrap().status(), StatusCode::UNAUTHORIZED);
    }
    assert_eq!(list(common::PASSWORD).await.unwrap().status(), StatusCode::TOO_MANY_REQUESTS);
}

async fn web_link_serves_the_form_offline_ready(app: TestApp) {
    let (lead, _prefix) = cso_with_form(&app).await;
    let org = app.state.store.organisation_by_slug("maji-watch").await.unwrap();
    let form = app.state.store.form_by_xml_id(&org.id, "water_check").await.unwrap();
    let detail = lead.get(&format!("/forms/{}", form.id)).await;
    let start = detail.body.find("id=\"web-link\">").unwrap() + 14;
    let link = &detail.body[start..start + detail.body[start..].find('<').unwrap()];
    let path = link.strip_prefix("http://datashift.test").unwrap();
    let page = app.browser().get(path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.headers["content-security-policy"].to_str().unwrap().contains("script-src 'self'"));
    page.assert_contains("Water point name").assert_contains("/static/webform.js");
    let prefix = &path[..path.find("/forms/").unwrap()];
    page.assert_contains(&format!("{prefix}/submission")).assert_contains(&format!("{prefix}/sw.js"));
    let worker = app.browser().get(&format!("{prefix}/sw.js")).await;
    assert_eq!(worker.status, StatusCode::OK);
    assert!(worker.headers["content-type"].to_str().unwrap().starts_with("text/javascript"));
    // A web link sees only its own form.
    let collect = Collect::new(&app, prefix);
    let list = collect.get(&format!("{}/formList", collect.url)).await;
    assert_eq!(list.body.matches("<xform>").count(), 1);
}

async fn a_form_is_previewed_before_it_is_published(app: TestApp) {
    let lead = app.sign_up("Maji Watch", "KE", "lead@maji.example").await;
    lead.get("/forms").await.assert_contains("formaction=\"/forms/preview?csrf=");
    let page = send_xlsform(&lead, "/forms/preview", "water_check.csv", form_bytes(FORM)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.assert_contains("id=\"preview-notice\"")
        .assert_contains("Preview of “Water check”")
        .assert_contains("Is water flowing?")
        .assert_contains("\"preview\":true")
        .assert_contains("\"sw\":\"\"")
        .assert_contains("href=\"/forms\"");
    // Nothing was published, nor the file kept as a version.
    let organisation = app.state.store.organisation_by_slug("maji-watch").await.unwrap();
    assert!(app.state.store.forms_of(&organisation.id).await.unwrap().is_empty());

    // A form with errors: every problem listed, as publishing would list them.
    let broken = FORM.replace("select_one yes_no", "select_one nothing");
    let refused = send_xlsform(&lead, "/forms/preview", "water_check.csv", form_bytes(&broken)).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{}", refused.body);
    refused.assert_contains(&web::Locale::En.t("forms-preview-invalid")).assert_contains("nothing");
    let empty = send_xlsform(&lead, "/forms/preview", "", vec![]).await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST);
    empty.assert_contains(&web::Locale::En.t("forms-upload-missing"));

    // In the person's language.
    lead.post("/language", &[("lang", "sw"), ("next", "/")]).await;
    send_xlsform(&lead, "/forms/preview", "water_check.csv", form_bytes(FORM))
        .await
        .assert_contains("Onyesho la awali la “Water check”");
}

on_both_backends!(
    a_form_is_previewed_before_it_is_published,
    named_staff_use_basic_authentication,
    web_link_serves_the_form_offline_ready,
    collect_speaks_openrosa,
    racing_duplicates_are_stored_once,
    edits_and_split_submissions,
    rule_breaking_submissions_are_kept_and_flagged,
    bad_requests_get_openrosa_messages,
    publishing_versions_and_going_live,
);
