//! Reviewing submissions and delivering webhooks, on SQLite and on PostgreSQL: the table's
//! pages, sorting and filters (field values compared exactly), one submission with its files
//! and history, edits, review states, soft delete and restore, and webhook leases and retries.

use chrono::{Duration, NaiveDate, Utc};
use store::accounts::NewUser;
use store::blobs::{BlobKey, BlobStore};
use store::collection::submissions::{SUBMISSION_DELETED, SUBMISSION_SUPERSEDED};
use store::collection::webhooks::MAX_DELIVERY_ATTEMPTS;
use store::collection::{
    AttachmentContents, EventKind, FieldEquals, Form, FormVersion, Incoming, IncomingAttachment, NewVersion,
    Outcome, PilotFilter, ReviewComment, ReviewState, SubmissionFilter, SubmissionSort, SubmissionWriter,
    WebhookUrl,
};
use store::testing::{TestBackend, fresh_database_url};
use store::types::{CountryCode, Email, Name, Role};
use store::{Error, Store};

struct World {
    store: Store,
    writer: SubmissionWriter,
    blobs: BlobStore,
    form: Form,
    version: FormVersion,
    lead_id: String,
    phone_a: String,
    phone_b: String,
    url: String,
    _dir: tempfile::TempDir,
}

async fn world(backend: TestBackend) -> Option<World> {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(backend, dir.path()).await?;
    let store = Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    let lead = NewUser {
        email: Email::parse("lead@maji.example").unwrap(),
        name: Name::parse("Wanjiru").unwrap(),
        password_hash: "hash".into(),
        role: Role::CsoLead,
        organisation_id: None,
        locale: None,
    };
    let (org, lead) = store
        .sign_up_organisation(&Name::parse("Maji Watch").unwrap(), CountryCode::parse("KE").unwrap(), lead)
        .await
        .unwrap();
    let new = NewVersion {
        xml_form_id: "water".into(),
        title: "Water".into(),
        version: "1".into(),
        xlsform_name: "water.csv".into(),
        xlsform_key: BlobKey::of(b"form"),
        xform: "<h:html/>".into(),
        xform_md5: "md5".into(),
    };
    let (form, version) = store.publish_version(&org.id, Some(&lead.id), &new).await.unwrap();
    let (a, _) =
        store.create_device_collector(&org.id, &Name::parse("Amina's phone").unwrap(), None).await.unwrap();
    let (b, _) =
        store.create_device_collector(&org.id, &Name::parse("Baraka's phone").unwrap(), None).await.unwrap();
    let blobs = BlobStore::open(dir.path().join("blobs")).unwrap();
    let writer = SubmissionWriter::start(store.clone(), blobs.clone());
    Some(World {
        store,
        writer,
        blobs,
        form,
        version,
        lead_id: lead.id,
        phone_a: a.id,
        phone_b: b.id,
        url,
        _dir: dir,
    })
}

impl World {
    fn incoming(
        &self,
        instance: &str,
        values: &[(String, String)],
        problems: i64,
        collector: &str,
    ) -> Incoming {
        let pairs: Vec<[&str; 2]> = values.iter().map(|(p, v)| [p.as_str(), v.as_str()]).collect();
        let problem = serde_json::json!({"path": "/data/n", "kind": "constraint", "detail": "Too big"});
        let xml = format!("<data id=\"water\"><meta><instanceID>{instance}</instanceID></meta></data>");
        Incoming {
            form_id: self.form.id.clone(),
            version_id: self.version.id.clone(),
            instance_id: instance.into(),
            deprecated_id: None,
            xml_sha256: hex_of(&xml),
            xml,
            field_values: serde_json::to_string(&pairs).unwrap(),
            problems: serde_json::Value::Array(vec![problem; problems as usize]).to_string(),
            problem_count: problems,
            collector_id: Some(collector.into()),
            submitter_id: None,
            expected_attachments: vec![],
            attachments: vec![],
        }
    }

    async fn submit(&self, incoming: Incoming) -> String {
        match self.writer.write(incoming).await.unwrap() {
            Outcome::Stored { id } => id,
            other => panic!("not stored: {other:?}"),
        }
    }

    async fn page(&self, filter: SubmissionFilter) -> store::collection::SubmissionPage {
        self.store.submissions_page(&self.form.id, &filter).await.unwrap()
    }

    /// The `/data/n` values of a page's rows.
    async fn ns(&self, filter: SubmissionFilter) -> Vec<String> {
        self.page(filter).await.rows.iter().map(|r| r.value("/data/n").unwrap().to_owned()).collect()
    }
}

fn hex_of(text: &str) -> String {
    BlobKey::of(text.as_bytes()).as_str().to_owned()
}

fn values(i: usize) -> Vec<(String, String)> {
    let mut v = vec![
        ("/data/n".to_owned(), i.to_string()),
        ("/data/parity".to_owned(), if i.is_multiple_of(2) { "even" } else { "odd" }.to_owned()),
        ("/data/hh[1]/age".to_owned(), (i % 7).to_string()),
    ];
    if i == 5 {
        v.push(("/data/hh[2]/age".to_owned(), "40".to_owned()));
    }
    if i == 7 {
        v.push(("/data/remark".to_owned(), "50%_x".to_owned()));
    }
    v
}

fn field(path: &str, value: &str) -> Option<FieldEquals> {
    Some(FieldEquals { path: path.into(), value: value.into() })
}

async fn reviewing(backend: TestBackend) {
    let Some(w) = world(backend).await else { return };
    let mut ids = vec![];
    for i in 0..120 {
        // The first ten are the pilot; then the form goes live.
        if i == 10 {
            w.store.set_form_mode(&w.form.id, store::collection::FormMode::Live, false).await.unwrap();
        }
        let collector = if i < 100 { w.phone_a.clone() } else { w.phone_b.clone() };
        ids.push(w.submit(w.incoming(&format!("uuid:{i}"), &values(i), (i % 3) as i64, &collector)).await);
    }

    // Pages of 50, newest first.
    let first = w.page(SubmissionFilter::default()).await;
    assert_eq!((first.total, first.rows.len(), first.pages()), (120, 50, 3));
    assert_eq!(first.rows[0].value("/data/n"), Some("119"));
    assert_eq!(first.rows[0].collector_name.as_deref(), Some("Baraka's phone"));
    let third = w.page(SubmissionFilter { page: 3, ..Default::default() }).await;
    assert_eq!((third.rows.len(), third.page), (20, 3));
    assert_eq!(third.rows[19].value("/data/n"), Some("0"));
    assert!(w.page(SubmissionFilter { page: 4, ..Default::default() }).await.rows.is_empty());

    // Sorting.
    assert_eq!(
        w.ns(SubmissionFilter { sort: SubmissionSort::OldestFirst, ..Default::default() }).await[0],
        "0"
    );
    let by_problems = w.page(SubmissionFilter { sort: SubmissionSort::Problems, ..Default::default() }).await;
    assert!(
        by_problems.rows[..40].iter().all(|r| r.problem_count == 2),
        "the 40 with two problems come first"
    );
    assert_eq!(by_problems.rows[40].problem_count, 1);
    assert_eq!(by_problems.rows[0].value("/data/n"), Some("119"));

    // Filters in SQL.
    let pilot = w.page(SubmissionFilter { pilot: PilotFilter::Pilot, ..Default::default() }).await;
    assert_eq!(pilot.total, 10);
    assert!(pilot.rows.iter().all(|r| r.pilot));
    assert_eq!(w.page(SubmissionFilter { pilot: PilotFilter::Live, ..Default::default() }).await.total, 110);
    let b = Some(w.phone_b.clone());
    assert_eq!(w.page(SubmissionFilter { collector_id: b.clone(), ..Default::default() }).await.total, 20);
    let today = Utc::now().date_naive();
    let yesterday = today.pred_opt().unwrap();
    let tomorrow = today.succ_opt().unwrap();
    let dates = |from: Option<NaiveDate>, to: Option<NaiveDate>| SubmissionFilter {
        received_from: from,
        received_to: to,
        ..Default::default()
    };
    assert_eq!(w.page(dates(Some(today), Some(today))).await.total, 120);
    assert_eq!(w.page(dates(None, Some(yesterday))).await.total, 0);
    assert_eq!(w.page(dates(Some(tomorrow), None)).await.total, 0);
    assert_eq!(w.page(dates(Some(yesterday), None)).await.total, 120);

    // A field's value, compared exactly, with correct pages and totals.
    let even = SubmissionFilter { field: field("/data/parity", "even"), ..Default::default() };
    let page = w.page(even.clone()).await;
    assert_eq!((page.total, page.rows.len()), (60, 50));
    assert_eq!(page.rows[0].value("/data/n"), Some("118"));
    assert!(page.rows.iter().all(|r| r.value("/data/parity") == Some("even")));
    let page2 = w.page(SubmissionFilter { page: 2, ..even.clone() }).await;
    assert_eq!(page2.rows.len(), 10);
    assert_eq!(page2.rows[9].value("/data/n"), Some("0"));
    let even_b = w.page(SubmissionFilter { collector_id: b, ..even.clone() }).await;
    assert_eq!(even_b.total, 10);
    assert_eq!(
        w.page(SubmissionFilter { field: field("/data/n", "5"), ..Default::default() }).await.total,
        1
    );
    assert_eq!(
        w.page(SubmissionFilter { field: field("/data/parity", "EVEN"), ..Default::default() }).await.total,
        0
    );
    assert_eq!(
        w.page(SubmissionFilter { field: field("/data/parity", "eve"), ..Default::default() }).await.total,
        0
    );
    assert_eq!(
        w.page(SubmissionFilter { field: field("/data/remark", "50%_x"), ..Default::default() }).await.total,
        1
    );
    assert_eq!(
        w.page(SubmissionFilter { field: field("/data/remark", "50%"), ..Default::default() }).await.total,
        0
    );
    // A path without repeat positions matches any instance; with them, only that one.
    assert_eq!(
        w.ns(SubmissionFilter { field: field("/data/hh/age", "40"), ..Default::default() }).await,
        ["5"]
    );
    assert_eq!(
        w.page(SubmissionFilter { field: field("/data/hh[1]/age", "40"), ..Default::default() }).await.total,
        0
    );
    assert_eq!(
        w.page(SubmissionFilter { field: field("/data/hh/age", "3"), ..Default::default() }).await.total,
        17
    );

    // Review states, with a comment recorded in the history.
    let three = &ids[3];
    let comment = ReviewComment::parse("  Checked with Amina.  ").unwrap();
    w.store.set_review_state(three, ReviewState::Approved, Some(&comment), Some(&w.lead_id)).await.unwrap();
    w.store.set_review_state(&ids[4], ReviewState::HasIssues, None, Some(&w.lead_id)).await.unwrap();
    let approved =
        w.page(SubmissionFilter { review_state: Some(ReviewState::Approved), ..Default::default() }).await;
    assert_eq!(approved.total, 1);
    assert_eq!(approved.rows[0].id, *three);
    let by_state =
        w.page(SubmissionFilter { sort: SubmissionSort::ReviewState, page: 3, ..Default::default() }).await;
    let last: Vec<ReviewState> = by_state.rows.iter().rev().take(2).map(|r| r.review_state).collect();
    assert_eq!(last, [ReviewState::Approved, ReviewState::HasIssues]);
    w.store
        .add_submission_comment(three, &ReviewComment::parse("Photo is blurry").unwrap(), None)
        .await
        .unwrap();
    let shown = w.store.submission(three).await.unwrap();
    assert_eq!(shown.row.review_state, ReviewState::Approved);
    let kinds: Vec<EventKind> = shown.events.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [EventKind::Reviewed, EventKind::Commented]);
    assert_eq!(shown.events[0].review_state, Some(ReviewState::Approved));
    assert_eq!(shown.events[0].comment.as_deref(), Some("Checked with Amina."));
    assert_eq!(shown.events[0].actor_name.as_deref(), Some("Wanjiru"));
    assert_eq!(shown.events[1].actor_name, None);
    assert_eq!(shown.problems.len(), 0);
    assert_eq!(w.store.submission(&ids[2]).await.unwrap().problems[0].detail.as_deref(), Some("Too big"));
    assert!(shown.xml.contains("uuid:3"));
    assert!(matches!(w.store.submission("nope").await, Err(Error::NotFound)));
    assert!(matches!(
        w.store.set_review_state("nope", ReviewState::Approved, None, None).await,
        Err(Error::NotFound)
    ));

    // Soft delete and restore: out of the table, back again, each in the history once.
    w.store.delete_submission(three, Some(&w.lead_id)).await.unwrap();
    w.store.delete_submission(three, Some(&w.lead_id)).await.unwrap();
    assert_eq!(w.page(SubmissionFilter::default()).await.total, 119);
    assert_eq!(w.page(SubmissionFilter { include_deleted: true, ..Default::default() }).await.total, 120);
    let deleted_three =
        SubmissionFilter { include_deleted: true, field: field("/data/n", "3"), ..Default::default() };
    let deleted_three = w.page(deleted_three).await;
    assert_eq!(deleted_three.rows[0].id, *three);
    assert!(deleted_three.rows[0].deleted_at.is_some());
    assert!(matches!(
        w.store.set_review_state(three, ReviewState::Rejected, None, None).await,
        Err(Error::Rule(SUBMISSION_DELETED))
    ));
    w.store.restore_submission(three, Some(&w.lead_id)).await.unwrap();
    assert_eq!(w.page(SubmissionFilter::default()).await.total, 120);
    let kinds: Vec<EventKind> =
        w.store.submission(three).await.unwrap().events.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [EventKind::Reviewed, EventKind::Commented, EventKind::Deleted, EventKind::Restored]);

    // An edit: one line in the table, two versions, the history carried over.
    let mut edit = w.incoming("uuid:3-edit", &values(3), 0, &w.phone_a);
    edit.deprecated_id = Some("uuid:3".into());
    let edited = w.submit(edit).await;
    assert_eq!(w.page(SubmissionFilter::default()).await.total, 120);
    let versions = w.store.submission_versions(&edited).await.unwrap();
    let order: Vec<(&str, bool)> = versions.iter().map(|v| (v.instance_id.as_str(), v.is_current)).collect();
    assert_eq!(order, [("uuid:3-edit", true), ("uuid:3", false)]);
    assert_eq!(w.store.submission_versions(three).await.unwrap().len(), 2);
    assert!(versions[0].is_edit());
    let history = w.store.submission(&edited).await.unwrap().events;
    assert_eq!(history.last().unwrap().kind, EventKind::Edited);
    assert_eq!(history.last().unwrap().comment.as_deref(), Some("uuid:3"));
    assert_eq!(history.len(), 5, "the earlier version's history is the submission's history");
    assert!(matches!(
        w.store.set_review_state(three, ReviewState::Rejected, None, None).await,
        Err(Error::Rule(SUBMISSION_SUPERSEDED))
    ));
    w.store.set_review_state(&edited, ReviewState::Rejected, None, None).await.unwrap();
    // Deleting any version deletes the whole submission.
    w.store.delete_submission(three, None).await.unwrap();
    assert_eq!(w.page(SubmissionFilter::default()).await.total, 119);
    assert!(w.store.submission(&edited).await.unwrap().row.deleted_at.is_some());
    w.store.restore_submission(&edited, None).await.unwrap();

    // Files: one received, one still expected.
    let photo = w.blobs.put(b"\xff\xd8 jpeg").unwrap();
    let mut with_files = w.incoming("uuid:files", &values(200), 0, &w.phone_a);
    with_files.expected_attachments = vec!["a.jpg".into(), "b.jpg".into()];
    with_files.attachments = vec![IncomingAttachment {
        name: "a.jpg".into(),
        blob_key: photo.clone(),
        size: 7,
        content_type: "image/jpeg".into(),
        contents: AttachmentContents::InBlobStore,
    }];
    let id = w.submit(with_files).await;
    let files = w.store.submission(&id).await.unwrap().attachments;
    let names: Vec<(&str, bool)> = files.iter().map(|a| (a.name.as_str(), a.is_received())).collect();
    assert_eq!(names, [("a.jpg", true), ("b.jpg", false)]);
    let a = w.store.submission_attachment(&id, "a.jpg").await.unwrap();
    assert_eq!((a.blob_key, a.size, a.content_type.as_deref()), (Some(photo), Some(7), Some("image/jpeg")));
    assert!(!w.store.submission_attachment(&id, "b.jpg").await.unwrap().is_received());
    assert!(matches!(w.store.submission_attachment(&id, "c.jpg").await, Err(Error::NotFound)));

    let collectors = w.store.submission_collectors(&w.form.id).await.unwrap();
    let names: Vec<&str> = collectors.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names, ["Amina's phone", "Baraka's phone"]);
}

/// A small attachment is kept in the database with its submission; a larger one is a file in
/// the blob store.
async fn attachment_contents(backend: TestBackend) {
    let Some(w) = world(backend).await else { return };
    let small = b"\xff\xd8 small photo".to_vec();
    let large = vec![7u8; 300 * 1024];
    let large_key = w.blobs.put(&large).unwrap();
    let mut incoming = w.incoming("uuid:c1", &values(1), 0, &w.phone_a);
    incoming.expected_attachments = vec!["small.jpg".into(), "large.jpg".into()];
    incoming.attachments = vec![
        IncomingAttachment {
            name: "small.jpg".into(),
            blob_key: BlobKey::of(&small),
            size: small.len() as i64,
            content_type: "image/jpeg".into(),
            contents: AttachmentContents::InDatabase(small.clone()),
        },
        IncomingAttachment {
            name: "large.jpg".into(),
            blob_key: large_key.clone(),
            size: large.len() as i64,
            content_type: "image/jpeg".into(),
            contents: AttachmentContents::InBlobStore,
        },
    ];
    let id = w.submit(incoming.clone()).await;
    assert_eq!(w.store.attachment_bytes(&BlobKey::of(&small)).await.unwrap(), Some(small.clone()));
    assert!(!w.blobs.path(&BlobKey::of(&small)).exists(), "no file for a small attachment");
    assert_eq!(w.store.attachment_bytes(&large_key).await.unwrap(), None);
    assert_eq!(w.blobs.read(&large_key).unwrap(), large);
    let files = w.store.submission(&id).await.unwrap().attachments;
    assert!(files.iter().all(|a| a.is_received()));
    // The same bytes under another submission are kept once.
    incoming.instance_id = "uuid:c2".into();
    w.submit(incoming).await;
    assert_eq!(w.store.attachment_bytes(&BlobKey::of(&small)).await.unwrap(), Some(small));
}

async fn webhooks(backend: TestBackend) {
    let Some(w) = world(backend).await else { return };
    assert!(WebhookUrl::parse("ftp://example.org/hook").is_none());
    let url = WebhookUrl::parse("https://hooks.example.org/datashift").unwrap();
    let (hook, secret) = w.store.add_webhook(&w.form.id, &url, None).await.unwrap();
    assert_eq!(secret.expose().len(), 64);
    assert_eq!(w.store.webhooks(&w.form.id).await.unwrap().len(), 1);
    assert!(w.store.claim_due_delivery(Duration::seconds(60)).await.unwrap().is_none());

    let id = w.submit(w.incoming("uuid:h1", &values(1), 0, &w.phone_a)).await;
    let lease = Duration::seconds(60);
    let due = w.store.claim_due_delivery(lease).await.unwrap().expect("the submission queued a delivery");
    assert_eq!(
        (due.webhook_id.as_str(), due.event.as_str(), due.attempts),
        (hook.id.as_str(), "submission.created", 1)
    );
    assert_eq!(due.url, "https://hooks.example.org/datashift");
    assert_eq!(due.secret.expose(), secret.expose());
    let payload: serde_json::Value = serde_json::from_str(&due.payload).unwrap();
    assert_eq!(payload["submissionId"], id.as_str());
    assert_eq!(payload["data"][0], serde_json::json!(["/data/n", "1"]));
    assert!(
        w.store.claim_due_delivery(lease).await.unwrap().is_none(),
        "a leased delivery is not claimed twice"
    );

    // A failure waits 30 s, then twice as long each time.
    let before = Utc::now();
    let next = w
        .store
        .mark_delivery_failed(&due.id, due.attempts, "HTTP 500 Internal Server Error")
        .await
        .unwrap()
        .unwrap();
    let wait = next - before;
    assert!(wait >= Duration::seconds(29) && wait <= Duration::seconds(31), "{wait}");
    assert!(w.store.claim_due_delivery(lease).await.unwrap().is_none(), "not due before the wait");
    let status = &w.store.webhooks(&w.form.id).await.unwrap()[0];
    assert_eq!((status.delivered, status.pending, status.failed), (0, 1, 0));
    assert_eq!(status.last_error.as_deref(), Some("HTTP 500 Internal Server Error"));
    assert_eq!(w.store.retry_webhook_now(&w.form.id, &hook.id).await.unwrap(), 1);
    let again = w.store.claim_due_delivery(lease).await.unwrap().unwrap();
    assert_eq!((again.id.as_str(), again.attempts), (due.id.as_str(), 2));
    let before = Utc::now();
    let next = w.store.mark_delivery_failed(&again.id, again.attempts, "timed out").await.unwrap().unwrap();
    assert!(next - before >= Duration::seconds(59) && next - before <= Duration::seconds(61));

    // Given up after the last attempt; "retry now" gives it one more.
    for attempt in 3..=MAX_DELIVERY_ATTEMPTS {
        w.store.retry_webhook_now(&w.form.id, &hook.id).await.unwrap();
        let d = w.store.claim_due_delivery(lease).await.unwrap().unwrap();
        assert_eq!(d.attempts, attempt);
        let next = w.store.mark_delivery_failed(&d.id, d.attempts, "refused").await.unwrap();
        assert_eq!(next.is_none(), attempt == MAX_DELIVERY_ATTEMPTS);
    }
    w.store.retry_webhook_now(&w.form.id, "other").await.unwrap();
    let status = &w.store.webhooks(&w.form.id).await.unwrap()[0];
    assert_eq!((status.pending, status.failed), (0, 1));
    let listed = w.store.webhook_deliveries(&w.form.id, 10).await.unwrap();
    assert!(listed[0].gave_up());
    assert_eq!(w.store.retry_webhook_now(&w.form.id, &hook.id).await.unwrap(), 1);
    let last = w.store.claim_due_delivery(lease).await.unwrap().unwrap();
    assert_eq!(last.attempts, MAX_DELIVERY_ATTEMPTS);
    w.store.mark_delivery_done(&last.id).await.unwrap();
    let status = &w.store.webhooks(&w.form.id).await.unwrap()[0];
    assert_eq!(
        (status.delivered, status.pending, status.failed, status.last_error.as_deref()),
        (1, 0, 0, None)
    );

    // A deliverer that dies holds its delivery only until the lease runs out.
    w.submit(w.incoming("uuid:h2", &values(2), 0, &w.phone_a)).await;
    let taken = w.store.claim_due_delivery(Duration::seconds(-1)).await.unwrap().unwrap();
    let retaken = w.store.claim_due_delivery(lease).await.unwrap().unwrap();
    assert_eq!((retaken.id, retaken.attempts), (taken.id, 2));
    assert_eq!(w.store.webhook_deliveries(&w.form.id, 10).await.unwrap().len(), 2);

    // Removed: nothing more is sent or queued.
    w.submit(w.incoming("uuid:h3", &values(3), 0, &w.phone_a)).await;
    assert!(matches!(w.store.remove_webhook("other-form", &hook.id, None).await, Err(Error::NotFound)));
    w.store.remove_webhook(&w.form.id, &hook.id, None).await.unwrap();
    assert!(matches!(w.store.remove_webhook(&w.form.id, &hook.id, None).await, Err(Error::NotFound)));
    assert!(w.store.claim_due_delivery(lease).await.unwrap().is_none());
    assert!(w.store.webhooks(&w.form.id).await.unwrap().is_empty());
    w.submit(w.incoming("uuid:h4", &values(4), 0, &w.phone_a)).await;
    assert!(w.store.claim_due_delivery(lease).await.unwrap().is_none());
}

/// A published form has its web link from the start: showing it writes nothing, and a new
/// version keeps the same link.
async fn web_link(backend: TestBackend) {
    let Some(w) = world(backend).await else { return };
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let mut direct = sqlx::AnyConnection::connect(&w.url).await.unwrap();
    let count = "SELECT COUNT(*) FROM collectors WHERE kind = 'web_link' AND form_id = $1";
    let links = || sqlx::query_scalar::<_, i64>(count).bind(w.form.id.clone());
    assert_eq!(links().fetch_one(&mut direct).await.unwrap(), 1, "made when the form was published");
    let link = w.store.web_link(&w.form.id, None).await.unwrap();
    assert!(link.shared_token.is_some() && link.serves(&w.form.id));
    let new = NewVersion {
        xml_form_id: "water".into(),
        title: "Water".into(),
        version: "2".into(),
        xlsform_name: "water.csv".into(),
        xlsform_key: BlobKey::of(b"form 2"),
        xform: "<h:html/>".into(),
        xform_md5: "md5 2".into(),
    };
    let org = w.form.organisation_id.clone();
    w.store.publish_version(&org, Some(&w.lead_id), &new).await.unwrap();
    assert_eq!(links().fetch_one(&mut direct).await.unwrap(), 1, "one link for every version");
    assert_eq!(w.store.web_link(&w.form.id, None).await.unwrap().id, link.id);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn web_link_on_sqlite() {
    web_link(TestBackend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn web_link_on_postgres() {
    web_link(TestBackend::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reviewing_on_sqlite() {
    reviewing(TestBackend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reviewing_on_postgres() {
    reviewing(TestBackend::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhooks_on_sqlite() {
    webhooks(TestBackend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhooks_on_postgres() {
    webhooks(TestBackend::Postgres).await;
}

#[tokio::test]
async fn attachment_contents_on_sqlite() {
    attachment_contents(TestBackend::Sqlite).await;
}

#[tokio::test]
async fn attachment_contents_on_postgres() {
    attachment_contents(TestBackend::Postgres).await;
}
