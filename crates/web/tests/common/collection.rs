//! A CSO collecting data: a form published from an XLSForm table, a device, and submissions
//! sent to it as ODK Collect sends them.

use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};

use super::{Browser, TestApp};

/// Publishes the XLSForm `table` (markdown-like, see `xlsform::testing`) as `file_name`;
/// returns the new form's id.
pub async fn publish(
    app: &TestApp,
    lead: &Browser,
    organisation_slug: &str,
    table: &str,
    file_name: &str,
) -> String {
    let token = lead.csrf().await;
    let upload = Form::new()
        .part("file", Part::bytes(xlsform::testing::csv_from_table(table)).file_name(file_name.to_owned()));
    let response =
        lead.client.post(format!("{}/forms?csrf={token}", lead.base)).multipart(upload).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{}", response.text().await.unwrap());
    let organisation = app.state.store.organisation_by_slug(organisation_slug).await.unwrap();
    let forms = app.state.store.forms_of(&organisation.id).await.unwrap();
    forms.iter().max_by_key(|f| f.form.created_at).expect("the form just published").form.id.clone()
}

/// Adds a device named `name`; returns the URL it sends submissions to.
pub async fn device(app: &TestApp, lead: &Browser, name: &str) -> String {
    let page = lead.post("/collectors", &[("name", name)]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let url = between(&page.body, "id=\"server-url\">", "<");
    let prefix = url.strip_prefix("http://datashift.test").expect("an absolute URL on the base");
    format!("{}{prefix}/submission", app.base)
}

/// The text between `start` and the next `end`.
pub fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start:?} in:\n{text}")) + start.len();
    &text[from..from + text[from..].find(end).unwrap()]
}

/// Sends a submission as ODK Collect does (multipart: the document, then its files) and
/// expects it stored.
pub async fn submit(submission_url: &str, xml: &str, files: &[(&str, &[u8])]) {
    let mut form = Form::new().part(
        "xml_submission_file",
        Part::bytes(xml.as_bytes().to_vec()).file_name("submission.xml").mime_str("text/xml").unwrap(),
    );
    for (name, bytes) in files {
        let part = Part::bytes(bytes.to_vec()).file_name(name.to_string()).mime_str("image/jpeg").unwrap();
        form = form.part(name.to_string(), part);
    }
    let response = reqwest::Client::new()
        .post(submission_url)
        .header("X-OpenRosa-Version", "1.0")
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED, "{}", response.text().await.unwrap());
}
