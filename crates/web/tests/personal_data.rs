//! Personal data: who sees personal answers and who sees pseudonyms, the XLSForm's pii column
//! and the author's decisions, consent, retention with its dry run, and the audit log.

mod common;

use chrono::Duration;
use common::collection::{self, submit};
use common::{Browser, TestApp};
use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};
use store::personal_data::AuditAction;
use store::types::Role;

const FORM: &str = r#"
| survey |
| | type              | name         | label          | pii |
| | select_one yes_no | consent      | Do you agree?  |     |
| | text              | full_name    | Your name      |     |
| | text              | story        | What happened? | yes |
| | text              | village_name | Village        |     |
| | text              | phone        | Phone          | no  |
| | integer           | age          | Age            |     |
| | geopoint          | home         | Home           |     |
| | image             | photo        | Photo          |     |
| choices |
| | list_name | name | label |
| | yes_no    | yes  | Yes   |
| | yes_no    | no   | No    |
| settings |
| | form_id       | version | form_title    |
| | privacy_check | 1       | Privacy check |
"#;

/// One respondent's answers; `photo` names a file sent with it.
fn answers(n: usize, consent: &str, name: &str, photo: &str) -> String {
    format!(
        "<?xml version='1.0' ?><data id=\"privacy_check\" version=\"1\"><consent>{consent}</consent>\
         <full_name>{name}</full_name><story>Lost the job at the mill</story><village_name>Kibera</village_name>\
         <phone>0712 555 010</phone><age>3{n}</age><home>-1.2921 36.8219 1700 5</home><photo>{photo}</photo>\
         <meta><instanceID>uuid:p{n}</instanceID></meta></data>"
    )
}

struct Setup {
    lead: Browser,
    builder: Browser,
    admin: Browser,
    form_id: String,
    url: String,
}

/// A CSO (its lead), its capacity builder and a programme manager, and the form published.
async fn setup(app: &TestApp) -> Setup {
    let lead = app.sign_up("Haki Data", "KE", "lead@haki.example").await;
    let form_id = collection::publish(app, &lead, "haki-data", FORM, "privacy_check.csv").await;
    let url = collection::device(app, &lead, "Field phone").await;
    let admin_user = app.create_user("admin@example.org", "Amina", Role::Admin, None).await;
    let builder_user = app.create_user("builder@example.org", "Baraka", Role::Builder, None).await;
    let organisation = app.state.store.organisation_by_slug("haki-data").await.unwrap();
    let starts_on = chrono::Utc::now().date_naive() + Duration::days(3);
    common::training::accepted(app, &organisation.id, &builder_user.id, &admin_user.id, starts_on).await;
    let admin = app.browser().logged_in("admin@example.org").await;
    let builder = app.browser().logged_in("builder@example.org").await;
    Setup { lead, builder, admin, form_id, url }
}

/// The id of the current version of the submission with `instance_id`.
async fn submission_id(app: &TestApp, form_id: &str, instance_id: &str) -> String {
    let filter = store::collection::SubmissionFilter::default();
    let page = app.state.store.submissions_page(form_id, &filter).await.unwrap();
    page.rows.into_iter().find(|row| row.instance_id == instance_id).expect("the submission").id
}

fn pseudonyms(body: &str) -> Vec<&str> {
    let mut found: Vec<&str> = body.match_indices("anon-").map(|(at, _)| &body[at..at + 15]).collect();
    found.sort_unstable();
    found.dedup();
    found
}

async fn each_role_sees_what_it_may(app: TestApp) {
    let Setup { lead, builder, admin, form_id, url } = setup(&app).await;
    submit(&url, &answers(1, "yes", "Ana Díaz", "ana.jpg"), &[("ana.jpg", b"photo of Ana")]).await;
    submit(&url, &answers(2, "yes", " ana díaz", ""), &[]).await;
    let table = format!("/forms/{form_id}/submissions");
    let detail = format!("{table}/{}", submission_id(&app, &form_id, "uuid:p1").await);

    // The CSO's own team sees the answers, the location and the document.
    lead.get(&table).await.assert_contains("Ana Díaz");
    lead.get(&detail)
        .await
        .assert_contains("Ana Díaz")
        .assert_contains("Lost the job at the mill")
        .assert_contains("-1.2921 36.8219")
        .assert_contains("full_name&#62;Ana Díaz");

    // The capacity builder and the programme manager see pseudonyms, the same one for the
    // same name, and no location; what is not personal stays.
    for (who, browser) in [("builder", &builder), ("admin", &admin)] {
        let page = builder_or_admin(browser, &table).await;
        page.assert_lacks("Ana Díaz").assert_lacks("ana díaz").assert_contains("Kibera");
        let codes = pseudonyms(&page.body);
        assert_eq!(codes.len(), 2, "{who}: one per name and one per story, whatever the spelling: {codes:?}");
        let page = builder_or_admin(browser, &detail).await;
        page.assert_lacks("Ana Díaz")
            .assert_lacks("Lost the job")
            .assert_lacks("-1.2921")
            .assert_contains(codes[0])
            .assert_contains(codes[1])
            .assert_contains("0712 555 010")
            .assert_contains(&web::Locale::En.t("personal-value-removed"))
            .assert_contains(&web::Locale::En.t("personal-xml-hidden"));
        // An exact-answer filter on a personal question would say who answered what.
        let filtered =
            builder_or_admin(browser, &format!("{table}?field=/data/full_name&value=Ana+D%C3%ADaz")).await;
        filtered.assert_contains(&web::Locale::En.t("personal-filter-refused"));
    }
    // The data page's frequent answers follow the same rule.
    lead.get(&format!("/forms/{form_id}/data")).await.assert_contains("Ana Díaz");
    let data = builder_or_admin(&builder, &format!("/forms/{form_id}/data")).await;
    data.assert_lacks("Ana Díaz")
        .assert_lacks("Lost the job")
        .assert_contains("anon-")
        .assert_contains("Kibera");
    // The photo is not personal by default: everyone with reach may open it.
    let photo = format!("{detail}/attachments/ana.jpg");
    assert_eq!(builder.get(&photo).await.status, StatusCode::OK);

    // The lead marks the photo personal and the village not... and the name not personal.
    let page = lead
        .post(
            &format!("/forms/{form_id}/privacy/fields"),
            &[
                ("field", "/data/photo"),
                ("treat", "personal"),
                ("field", "/data/full_name"),
                ("treat", "not"),
                ("field", "/data/age"),
                ("treat", "default"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(builder.get(&photo).await.status, StatusCode::NOT_FOUND);
    builder.get(&detail).await.assert_contains("Ana Díaz").assert_lacks("ana.jpg");
    // A question that is not the form's is refused.
    let forged = lead
        .post(&format!("/forms/{form_id}/privacy/fields"), &[("field", "/data/nope"), ("treat", "personal")])
        .await;
    assert_eq!(forged.status, StatusCode::BAD_REQUEST);
    // Capacity builders read the page but cannot change it.
    builder.get(&format!("/forms/{form_id}/privacy")).await.assert_contains("Personal fields");
    let refused = builder
        .post(&format!("/forms/{form_id}/privacy/fields"), &[("field", "/data/photo"), ("treat", "not")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    // Another organisation sees nothing.
    let other = app.sign_up("Other CSO", "KE", "lead@other.example").await;
    assert_eq!(other.get(&detail).await.status, StatusCode::NOT_FOUND);
    assert_eq!(other.get(&format!("/forms/{form_id}/privacy")).await.status, StatusCode::NOT_FOUND);

    // The audit log has the lead's views and the change of settings, not the pseudonymised views.
    let (entries, _) = app.state.store.audit_log(Some(&form_id), 1).await.unwrap();
    let views: Vec<_> = entries.iter().filter(|e| e.action == AuditAction::View).collect();
    assert!(views.len() >= 2, "{entries:?}");
    assert!(views.iter().all(|e| e.user_name.as_deref() == Some("Wanjiru Kamau")), "{entries:?}");
    let settings: Vec<_> = entries.iter().filter(|e| e.action == AuditAction::Settings).collect();
    assert_eq!(settings.len(), 1, "{entries:?}");
    assert!(settings[0].detail.contains("/data/photo") && !settings[0].detail.contains("full_name"));
    let log = admin.get("/admin/audit").await;
    log.assert_contains("Audit log of personal data")
        .assert_contains("Changed settings")
        .assert_contains("Viewed");
    assert_eq!(lead.get("/admin/audit").await.status, StatusCode::FORBIDDEN);
}

async fn builder_or_admin(browser: &Browser, path: &str) -> common::Page {
    let page = browser.get(path).await;
    assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
    page
}

async fn without_consent_no_personal_field_is_kept(app: TestApp) {
    let Setup { lead, form_id, url, .. } = setup(&app).await;
    let privacy = format!("/forms/{form_id}/privacy");
    lead.post(&format!("{privacy}/fields"), &[("field", "/data/photo"), ("treat", "personal")]).await;
    let page = lead.post(&privacy, &[("consent", "/data/consent|yes"), ("retention", "")]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let unknown = lead.post(&privacy, &[("consent", "/data/consent|maybe"), ("retention", "")]).await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    unknown.assert_contains("Choose an answer of one of this form");

    let refused = answers(1, "no", "Ana Díaz", "ana.jpg");
    submit(&url, &refused, &[("ana.jpg", b"photo of Ana")]).await;
    // Sent again (a device retrying), it is recognised as the same submission.
    submit(&url, &refused, &[("ana.jpg", b"photo of Ana")]).await;
    submit(&url, &answers(2, "yes", "Luis Mwangi", "luis.jpg"), &[("luis.jpg", b"photo of Luis")]).await;

    let stored = app.state.store.submission(&submission_id(&app, &form_id, "uuid:p1").await).await.unwrap();
    for gone in ["Ana Díaz", "Lost the job", "-1.2921", "ana.jpg"] {
        assert!(!stored.xml.contains(gone), "{gone} in {}", stored.xml);
        assert!(stored.row.field_values.iter().all(|(_, v)| !v.contains(gone)), "{gone}");
    }
    assert!(
        stored.xml.contains("<full_name></full_name>") && stored.xml.contains("Kibera"),
        "{}",
        stored.xml
    );
    assert!(stored.attachments.is_empty(), "{:?}", stored.attachments);
    let consented =
        app.state.store.submission(&submission_id(&app, &form_id, "uuid:p2").await).await.unwrap();
    assert!(consented.xml.contains("Luis Mwangi") && consented.xml.contains("-1.2921"));
    assert_eq!(consented.attachments.len(), 1);
}

async fn retention_is_shown_as_a_dry_run_then_purges(app: TestApp) {
    let Setup { lead, admin, form_id, url, .. } = setup(&app).await;
    submit(&url, &answers(1, "yes", "Ana Díaz", "ana.jpg"), &[("ana.jpg", b"photo of Ana")]).await;
    submit(&url, &answers(2, "yes", "Luis Mwangi", ""), &[]).await;
    let first = app.state.store.submission(&submission_id(&app, &form_id, "uuid:p1").await).await.unwrap();
    let key = first.attachments[0].blob_key.clone().unwrap();
    let privacy = format!("/forms/{form_id}/privacy");
    // The lead's data page keeps its running summary, personal values included.
    let data = format!("/forms/{form_id}/data");
    lead.get(&data).await.assert_contains("Ana Díaz");
    let kept = app.state.store.summary_snapshots(&form_id).await.unwrap();
    assert!(kept.iter().any(|(_, s)| s.state.contains("Ana Díaz")), "{kept:?}");

    // Forty days on, keeping personal data thirty days would purge both: shown first.
    app.state.config.clock.advance(Duration::days(40));
    let bad = lead.post(&privacy, &[("consent", ""), ("retention", "0")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains(&web::Locale::En.t("privacy-retention-invalid"));
    let dry_run = lead.post(&privacy, &[("consent", ""), ("retention", "30")]).await;
    assert_eq!(dry_run.status, StatusCode::OK, "{}", dry_run.body);
    dry_run
        .assert_contains("Check before purging")
        .assert_contains("personal answers and media of 2 submissions")
        .assert_contains("6 personal answers")
        .assert_contains("Files: 1 (");
    assert_eq!(app.state.store.form_privacy(&form_id).await.unwrap().retention, None, "nothing changed yet");
    let untouched = app.state.store.submission(&first.row.id).await.unwrap();
    assert!(untouched.xml.contains("Ana Díaz") && untouched.attachments.len() == 1);

    let done = lead.post(&privacy, &[("consent", ""), ("retention", "30"), ("confirm", "yes")]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let purged = app.state.store.submission(&first.row.id).await.unwrap();
    for gone in ["Ana Díaz", "Lost the job", "-1.2921"] {
        assert!(!purged.xml.contains(gone), "{gone} in {}", purged.xml);
        assert!(purged.row.field_values.iter().all(|(_, v)| !v.contains(gone)), "{gone}");
    }
    assert!(purged.xml.contains("Kibera") && purged.xml.contains("<age>31</age>"), "{}", purged.xml);
    assert!(purged.attachments.is_empty());
    assert_eq!(app.state.store.attachment_bytes(&key).await.unwrap(), None, "the file's bytes are gone");
    assert!(!app.state.blobs.path(&key).exists());
    // Kept summaries held them too: gone, and the data page reads the purged submissions.
    assert!(app.state.store.summary_snapshots(&form_id).await.unwrap().is_empty());
    lead.get(&data).await.assert_lacks("Ana Díaz").assert_contains("2 submissions.");
    // Nothing is left for the next run, and the page says so.
    lead.get(&privacy).await.assert_contains("Submissions waiting for the next hourly purge: 0.");
    let (entries, _) = app.state.store.audit_log(Some(&form_id), 1).await.unwrap();
    let purge = entries.iter().find(|e| e.action == AuditAction::Purge).expect("a purge line");
    assert!(purge.detail.contains("2 submissions, 6 personal values"), "{}", purge.detail);
    admin.get(&format!("/admin/audit?form={form_id}")).await.assert_contains("Purged");

    // The hourly run purges by each form's period: a submission received before the cutoff
    // (the clock is forty days on) goes; the period is kept.
    submit(&url, &answers(3, "yes", "Sol Njeri", ""), &[]).await;
    web::privacy::retention::purge_due(&app.state).await.unwrap();
    let late = app.state.store.submission(&submission_id(&app, &form_id, "uuid:p3").await).await.unwrap();
    assert!(!late.xml.contains("Sol Njeri") && late.xml.contains("Kibera"), "{}", late.xml);
    app.state.config.clock.advance(Duration::days(-40));
    submit(&url, &answers(4, "yes", "Rose Atieno", ""), &[]).await;
    web::privacy::retention::purge_due(&app.state).await.unwrap();
    let fresh = app.state.store.submission(&submission_id(&app, &form_id, "uuid:p4").await).await.unwrap();
    assert!(fresh.xml.contains("Rose Atieno"), "within its period: kept");
}

async fn the_pii_column_takes_yes_or_no(app: TestApp) {
    let lead = app.sign_up("Haki Data", "KE", "lead@haki.example").await;
    let wrong = FORM.replace(
        "| text              | story        | What happened? | yes |",
        "| text | story | What happened? | maybe |",
    );
    let token = lead.csrf().await;
    let upload = Form::new()
        .part("file", Part::bytes(xlsform::testing::csv_from_table(&wrong)).file_name("privacy_check.csv"));
    let response =
        lead.client.post(format!("{}/forms?csrf={token}", lead.base)).multipart(upload).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body = response.text().await.unwrap();
    assert!(body.contains("pii") && body.contains("maybe"), "{body}");
}

/// Reading a form's privacy settings (done as every submission arrives, and on every data page)
/// writes nothing once they exist: it is answered while another connection holds the write
/// lock, where a write would wait for it (and, before this was fixed, stalled submissions
/// behind the submission writer's lock every few seconds).
async fn reading_privacy_settings_takes_no_write_lock(app: TestApp) {
    let lead = app.sign_up("Haki Data", "KE", "lead@haki.example").await;
    let form_id = collection::publish(&app, &lead, "haki-data", FORM, "privacy_check.csv").await;
    let first = app.state.store.form_privacy(&form_id).await.unwrap();

    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let mut locker = sqlx::AnyConnection::connect(&app.state.config.database_url).await.unwrap();
    let lock = match app.state.store.backend() {
        store::Backend::Sqlite => "BEGIN IMMEDIATE",
        store::Backend::Postgres => "BEGIN; LOCK TABLE form_privacy IN EXCLUSIVE MODE",
    };
    sqlx::raw_sql(sqlx::AssertSqlSafe(lock)).execute(&mut locker).await.unwrap();
    let read =
        tokio::time::timeout(std::time::Duration::from_secs(5), app.state.store.form_privacy(&form_id))
            .await
            .expect("read without waiting for the write lock")
            .unwrap();
    assert_eq!(read.pseudonym_key, first.pseudonym_key, "the same key, made once");
    sqlx::raw_sql("ROLLBACK").execute(&mut locker).await.unwrap();
}

/// Webhooks carry personal answers: by default they go to public internet addresses only, so a
/// typed URL cannot make the server send them to itself or its private network.
async fn webhooks_are_sent_to_public_addresses_only(app: TestApp) {
    let lead = app.sign_up("Haki Data", "KE", "lead@haki.example").await;
    let form_id = collection::publish(&app, &lead, "haki-data", FORM, "privacy_check.csv").await;
    let url = collection::device(&app, &lead, "Field phone").await;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let internal = format!("http://{}/hook", listener.local_addr().unwrap());
    let webhooks = format!("/forms/{form_id}/webhooks");
    for typed in [
        internal.as_str(),
        "http://localhost:8080/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/x",
    ] {
        let refused = lead.post(&webhooks, &[("url", typed)]).await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{typed}");
        refused.assert_contains("Webhooks are sent to public internet addresses only");
    }
    assert!(app.state.store.webhooks(&form_id).await.unwrap().is_empty(), "nothing was added");

    // One that reached the database anyway (added before, or by another server configured to
    // allow it) is refused when it is sent: nothing reaches the address.
    let stored = store::collection::WebhookUrl::parse(&internal).unwrap();
    app.state.store.add_webhook(&form_id, &stored, None).await.unwrap();
    submit(&url, &answers(1, "yes", "Ana Díaz", ""), &[]).await;
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let page = lead.get(&webhooks).await;
        if page.body.contains("refused: webhooks are sent to public addresses only") {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "the delivery was never refused:\n{}", page.body);
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(listener.accept().is_err(), "no connection reached the private address");
}

async fn spawn(backend: common::Backend) -> Option<TestApp> {
    common::spawn_app_with(backend, |config| config.clock = web::Clock::fixed(chrono::Utc::now())).await
}

on_both_backends!(spawn = super::spawn;
    each_role_sees_what_it_may,
    without_consent_no_personal_field_is_kept,
    retention_is_shown_as_a_dry_run_then_purges,
    the_pii_column_takes_yes_or_no,
    reading_privacy_settings_takes_no_write_lock,
    webhooks_are_sent_to_public_addresses_only,
);
