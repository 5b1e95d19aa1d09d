//! Exports of a form's data, read back as the programs people open them with would read them
//! (csv crate, calamine, serde_json, the zip crate): every format, repeats linked by keys,
//! labels, split select_multiple, filters, who sees personal values, the audit log, background
//! jobs and cancelled downloads.

mod common;

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};
use common::collection::{self, submit};
use common::{Browser, TestApp, spawn_app_with};
use proptest::strategy::{Strategy, ValueTree};
use reqwest::StatusCode;
use store::personal_data::AuditAction;
use store::types::Role;

const FORM: &str = r#"
| survey |
| | type                    | name            | label::English (en) | label::Español (es) | pii |
| | text                    | respondent_name | Name                | Nombre              |     |
| | begin_group             | place           | Place               | Lugar               |     |
| | select_one district     | district        | District            | Distrito            |     |
| | geopoint                | home            | Home                | Casa                |     |
| | end_group               |                 |                     |                     |     |
| | select_multiple problem | problems        | Problems            | Problemas           |     |
| | integer                 | queue           | People waiting      | Personas esperando  |     |
| | text                    | note            | Note                | Nota                |     |
| | image                   | photo           | Photo               | Foto                |     |
| | image                   | face            | Face                | Cara                | yes |
| | begin_repeat            | hh              | Household           | Hogar               |     |
| | integer                 | size            | Size                | Tamaño              |     |
| | begin_repeat            | member          | Member              | Miembro             |     |
| | text                    | member_name     | Member name         | Nombre del miembro  |     |
| | integer                 | age             | Age                 | Edad                |     |
| | end_repeat              |                 |                     |                     |     |
| | end_repeat              |                 |                     |                     |     |
| choices |
| | list_name | name   | label::English (en) | label::Español (es) |
| | district  | nyeri  | Nyeri               | Nyeri (es)          |
| | district  | kisumu | Kisumu              | Kisumu (es)         |
| | problem   | leak   | Leaking             | Fuga                |
| | problem   | dry    | No water            | Sin agua            |
| settings |
| | form_id    | version | form_title | default_language |
| | households | 1       | Households | English (en)     |
"#;

/// A form without repeats, places or media: one CSV.
const FLAT: &str = r#"
| survey |
| | type    | name   | label  |
| | text    | answer | Answer |
| | integer | count  | Count  |
| settings |
| | form_id | version | form_title |
| | flat    | 1       | Flat       |
"#;

/// A message as a page shows it (HTML-escaped).
fn said(locale: web::Locale, key: &str) -> String {
    locale.t(key).replace('&', "&amp;").replace('\'', "&#39;").replace('"', "&#34;")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A household visit; `members` per household: (name, age).
fn visit(
    n: usize,
    name: &str,
    district: &str,
    home: &str,
    note: &str,
    households: &[&[(&str, u32)]],
) -> String {
    let households: String = households
        .iter()
        .map(|members| {
            let size = members.len();
            let members: String = members
                .iter()
                .map(|(name, age)| {
                    format!("<member><member_name>{name}</member_name><age>{age}</age></member>")
                })
                .collect();
            format!("<hh><size>{size}</size>{members}</hh>")
        })
        .collect();
    format!(
        "<?xml version='1.0' ?><data id=\"households\" version=\"1\"><respondent_name>{name}</respondent_name>\
         <place><district>{district}</district><home>{home}</home></place><problems>leak dry</problems>\
         <queue>{n}</queue><note>{}</note><photo>photo{n}.jpg</photo><face>face{n}.jpg</face>{households}\
         <meta><instanceID>uuid:h{n}</instanceID></meta></data>",
        escape(note)
    )
}

struct World {
    app: TestApp,
    lead: Browser,
    form_id: String,
    url: String,
}

async fn world(app: TestApp) -> World {
    let lead = app.sign_up("Maji Watch", "KE", "lead@maji.example").await;
    let form_id = collection::publish(&app, &lead, "maji-watch", FORM, "households.csv").await;
    let url = collection::device(&app, &lead, "Amina's phone").await;
    World { app, lead, form_id, url }
}

async fn send_two_visits(w: &World) {
    let first = visit(
        1,
        "Ana Díaz",
        "nyeri",
        "-1.28 36.82 1650 5",
        "=SUM(1,2)",
        &[&[("Ana", 30), ("Ben", 4)], &[("Cy", 70)]],
    );
    submit(&w.url, &first, &[("photo1.jpg", b"photo one"), ("face1.jpg", b"face one")]).await;
    let second = visit(2, "Juma", "kisumu", "0.1 34.75 1100 3", "line one\nline, \"two\"", &[]);
    submit(&w.url, &second, &[("photo2.jpg", b"photo two")]).await;
}

/// GETs a download: status, content type and bytes.
async fn fetch(browser: &Browser, path: &str) -> (StatusCode, String, Vec<u8>) {
    let response = browser.client.get(format!("{}{path}", browser.base)).send().await.unwrap();
    let status = response.status();
    let content_type =
        response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    (status, content_type, response.bytes().await.unwrap().to_vec())
}

async fn download(browser: &Browser, path: &str) -> Vec<u8> {
    let (status, _, bytes) = fetch(browser, path).await;
    assert_eq!(status, StatusCode::OK, "{path}: {}", String::from_utf8_lossy(&bytes));
    bytes
}

/// A CSV's lines, the header first (the byte-order mark read as such).
fn csv_lines(bytes: &[u8]) -> Vec<Vec<String>> {
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a UTF-8 byte-order mark for Excel");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(&bytes[3..]);
    reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect()
}

/// A table as maps from header to cell.
fn records(lines: &[Vec<String>]) -> Vec<BTreeMap<String, String>> {
    let (header, rows) = lines.split_first().expect("a header line");
    rows.iter().map(|row| header.iter().cloned().zip(row.iter().cloned()).collect()).collect()
}

fn zip_entries(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a ZIP");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut content = vec![];
            file.read_to_end(&mut content).unwrap();
            (file.name().unwrap().into_owned(), content)
        })
        .collect()
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        other => other.to_string(),
    }
}

/// Each sheet's rows, in sheet order.
fn xlsx_sheets(bytes: &[u8]) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut workbook: Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("an XLSX");
    workbook
        .sheet_names()
        .into_iter()
        .map(|name| {
            let range = workbook.worksheet_range(&name).unwrap();
            (name, range.rows().map(|r| r.to_vec()).collect())
        })
        .collect()
}

fn sheet_records(rows: &[Vec<Data>]) -> Vec<BTreeMap<String, String>> {
    let lines: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(cell_text).collect()).collect();
    records(&lines)
}

async fn exports(app: &TestApp, form_id: &str) -> i64 {
    let (entries, _) = app.state.store.audit_log(Some(form_id), 1).await.unwrap();
    entries.iter().filter(|e| e.action == AuditAction::Export).count() as i64
}

async fn every_format_reads_back_with_repeats_linked_by_keys(app: TestApp) {
    let w = world(app).await;
    send_two_visits(&w).await;
    let base = format!("/forms/{}/data", w.form_id);
    let ids: Vec<String> = w
        .app
        .state
        .store
        .submissions_page(&w.form_id, &Default::default())
        .await
        .unwrap()
        .rows
        .iter()
        .rev()
        .map(|r| r.id.clone())
        .collect();

    // The page links here, and offers the form's languages.
    w.lead.get(&base).await.assert_contains(&format!("href=\"{base}/export\""));
    let page = w.lead.get(&format!("{base}/export")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.assert_contains("Español (es)").assert_contains("name=\"anonymise\"");

    // CSV of a form with repeats: a ZIP of one CSV per table.
    let (status, content_type, bytes) = fetch(&w.lead, &format!("{base}/export.csv")).await;
    assert_eq!((status, content_type.as_str()), (StatusCode::OK, "application/zip"));
    let entries = zip_entries(&bytes);
    assert_eq!(entries.keys().collect::<Vec<_>>(), ["hh.csv", "member.csv", "submissions.csv"]);
    let submissions = csv_lines(&entries["submissions.csv"]);
    assert_eq!(
        submissions[0],
        [
            "_submission_id",
            "instanceID",
            "_received_at",
            "_collector",
            "_submitter",
            "_review_state",
            "_index",
            "respondent_name",
            "place/district",
            "place/home",
            "problems",
            "queue",
            "note",
            "photo",
            "face"
        ]
    );
    let rows = records(&submissions);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["_submission_id"], ids[0]);
    assert_eq!(rows[0]["instanceID"], "uuid:h1");
    assert_eq!(rows[0]["_collector"], "Amina's phone");
    assert_eq!(rows[0]["_review_state"], "received");
    assert_eq!(rows[0]["respondent_name"], "Ana Díaz", "the lead sees personal values");
    assert_eq!(rows[0]["place/home"], "-1.28 36.82 1650 5");
    assert_eq!(rows[0]["note"], "'=SUM(1,2)", "a formula is guarded");
    assert_eq!(rows[1]["note"], "line one\nline, \"two\"", "quotes, commas and newlines survive");
    assert_eq!(rows[1]["_index"], "2");
    let households = records(&csv_lines(&entries["hh.csv"]));
    let pairs: Vec<(&str, &str, &str)> = households
        .iter()
        .map(|h| (h["_index"].as_str(), h["_parent_index"].as_str(), h["hh/size"].as_str()))
        .collect();
    assert_eq!(pairs, [("1", "1", "2"), ("2", "1", "1")]);
    assert!(households.iter().all(|h| h["_parent_table"] == "submissions" && h["_submission_id"] == ids[0]));
    let members = records(&csv_lines(&entries["member.csv"]));
    let pairs: Vec<(&str, &str, &str, &str)> = members
        .iter()
        .map(|m| {
            (
                m["_index"].as_str(),
                m["_parent_index"].as_str(),
                m["hh/member/member_name"].as_str(),
                m["hh/member/age"].as_str(),
            )
        })
        .collect();
    assert_eq!(pairs, [("1", "1", "Ana", "30"), ("2", "1", "Ben", "4"), ("3", "2", "Cy", "70")]);
    assert!(members.iter().all(|m| m["_parent_table"] == "hh"));

    // Labels in Spanish, select_multiple split.
    let labelled = download(
        &w.lead,
        &format!("{base}/export.csv?values=labels&language=Espa%C3%B1ol+%28es%29&multiple=split"),
    )
    .await;
    let rows = records(&csv_lines(&zip_entries(&labelled)["submissions.csv"]));
    assert_eq!(rows[0]["Distrito"], "Nyeri (es)");
    assert_eq!(rows[1]["Distrito"], "Kisumu (es)");
    assert_eq!((rows[0]["Problemas/Fuga"].as_str(), rows[0]["Problemas/Sin agua"].as_str()), ("1", "1"));
    assert!(!rows[0].contains_key("Problemas"), "split replaces the one column");
    let values = download(&w.lead, &format!("{base}/export.csv?multiple=split")).await;
    let rows = records(&csv_lines(&zip_entries(&values)["submissions.csv"]));
    assert_eq!((rows[0]["problems/leak"].as_str(), rows[0]["problems/dry"].as_str()), ("1", "1"));

    // XLSX: a sheet per table, numbers as numbers, text as text (a formula stays text).
    let (status, content_type, bytes) = fetch(&w.lead, &format!("{base}/export.xlsx")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.starts_with("application/vnd.openxmlformats"), "{content_type}");
    let sheets = xlsx_sheets(&bytes);
    assert_eq!(sheets.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["submissions", "hh", "member"]);
    let rows = sheet_records(&sheets[0].1);
    assert_eq!(rows[0]["note"], "=SUM(1,2)", "kept as the text it is");
    assert_eq!(rows[1]["note"], "line one\nline, \"two\"");
    assert_eq!(rows[0]["respondent_name"], "Ana Díaz");
    let queue = sheets[0].1[0].iter().position(|h| cell_text(h) == "queue").unwrap();
    assert_eq!(sheets[0].1[1][queue], Data::Float(1.0), "an integer is a number");
    let members = sheet_records(&sheets[2].1);
    assert_eq!(members[2]["hh/member/member_name"], "Cy");
    assert_eq!(members[2]["_parent_index"], "2");

    // GeoJSON: a Point per home, longitude first.
    let (status, content_type, bytes) = fetch(&w.lead, &format!("{base}/export.geojson")).await;
    assert_eq!((status, content_type.as_str()), (StatusCode::OK, "application/geo+json"));
    let geo: serde_json::Value = serde_json::from_slice(&bytes).expect("GeoJSON parses");
    assert_eq!(geo["type"], "FeatureCollection");
    let features = geo["features"].as_array().unwrap();
    assert_eq!(features.len(), 2);
    assert_eq!(
        features[0]["geometry"],
        serde_json::json!({ "type": "Point", "coordinates": [36.82, -1.28, 1650.0] })
    );
    assert_eq!(features[1]["geometry"]["coordinates"], serde_json::json!([34.75, 0.1, 1100.0]));
    assert_eq!(features[0]["properties"]["respondent_name"], "Ana Díaz");
    assert_eq!(features[0]["properties"]["_question"], "place/home");

    // ZIP with media: the tables and every received file.
    let entries = zip_entries(&download(&w.lead, &format!("{base}/export.zip")).await);
    assert_eq!(entries[&format!("media/{}/photo1.jpg", ids[0])], b"photo one");
    assert_eq!(entries[&format!("media/{}/face1.jpg", ids[0])], b"face one");
    assert_eq!(entries[&format!("media/{}/photo2.jpg", ids[1])], b"photo two");
    assert!(entries.contains_key("submissions.csv") && entries.contains_key("member.csv"));

    // Filters apply: an exact answer keeps the second visit only.
    let filtered =
        download(&w.lead, &format!("{base}/export.csv?field=%2Fdata%2Fplace%2Fdistrict&value=kisumu")).await;
    let rows = records(&csv_lines(&zip_entries(&filtered)["submissions.csv"]));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["instanceID"], "uuid:h2");
    let none = download(&w.lead, &format!("{base}/export.csv?state=approved")).await;
    assert_eq!(csv_lines(&zip_entries(&none)["submissions.csv"]).len(), 1, "headers only");

    // Bad input is named, in the reader's language, and nothing is exported.
    let audited = exports(&w.app, &w.form_id).await;
    assert_eq!(audited, 8, "one audit line per export");
    let unknown = w.lead.get(&format!("{base}/export.pdf")).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    unknown.assert_contains(&said(web::Locale::En, "export-unknown-format"));
    let field = w.lead.get(&format!("{base}/export.csv?field=%2Fdata%2Fnowhere&value=1")).await;
    assert_eq!(field.status, StatusCode::BAD_REQUEST);
    field.assert_contains(&said(web::Locale::En, "submissions-filter-unknown-field"));
    let typed = w.lead.get(&format!("{base}/export.xlsx?field=%2Fdata%2Fqueue&value=many")).await;
    assert_eq!(typed.status, StatusCode::BAD_REQUEST);
    typed.assert_contains(&said(web::Locale::En, "submissions-filter-bad-value"));
    w.lead.post("/language", &[("lang", "sw"), ("next", "/")]).await;
    w.lead
        .get(&format!("{base}/export.pdf"))
        .await
        .assert_contains(&said(web::Locale::Sw, "export-unknown-format"));
    // The data page and the table say so too.
    w.lead
        .get(&format!("{base}?field=%2Fdata%2Fnowhere&value=1"))
        .await
        .assert_contains(&said(web::Locale::Sw, "submissions-filter-unknown-field"));
    w.lead
        .get(&format!("/forms/{}/submissions?field=%2Fdata%2Fnowhere&value=1", w.form_id))
        .await
        .assert_contains(&said(web::Locale::Sw, "submissions-filter-unknown-field"));
    assert_eq!(exports(&w.app, &w.form_id).await, audited);

    // The page's button goes to the download with the same options and filters.
    let go = w.lead.get(&format!("{base}/export?format=xlsx&values=labels&state=received&download=1")).await;
    assert_eq!(go.status, StatusCode::SEE_OTHER);
    assert_eq!(go.location(), format!("{base}/export.xlsx?values=labels&state=received"));
}

async fn a_form_without_submissions_exports_its_headers_only(app: TestApp) {
    let lead = app.sign_up("Maji Watch", "KE", "lead@maji.example").await;
    let form_id = collection::publish(&app, &lead, "maji-watch", FLAT, "flat.csv").await;
    let base = format!("/forms/{form_id}/data");
    let (status, content_type, bytes) = fetch(&lead, &format!("{base}/export.csv")).await;
    assert_eq!((status, content_type.as_str()), (StatusCode::OK, "text/csv; charset=utf-8"));
    assert_eq!(
        csv_lines(&bytes),
        [[
            "_submission_id",
            "instanceID",
            "_received_at",
            "_collector",
            "_submitter",
            "_review_state",
            "_index",
            "answer",
            "count"
        ]]
    );
    let sheets = xlsx_sheets(&download(&lead, &format!("{base}/export.xlsx")).await);
    assert_eq!(sheets.len(), 1);
    assert_eq!(sheets[0].1.len(), 1, "the header row only");
    let geo: serde_json::Value =
        serde_json::from_slice(&download(&lead, &format!("{base}/export.geojson")).await).unwrap();
    assert_eq!(geo["features"], serde_json::json!([]));
    assert_eq!(zip_entries(&download(&lead, &format!("{base}/export.zip")).await).len(), 1);
}

async fn each_role_exports_what_it_may_see_in_every_format(app: TestApp) {
    let w = world(app).await;
    send_two_visits(&w).await;
    let store = &w.app.state.store;
    let organisation = store.organisation_by_slug("maji-watch").await.unwrap();
    let admin = w.app.create_user("admin@example.org", "Amina", Role::Admin, None).await;
    let builder = w.app.create_user("builder@example.org", "Lucía", Role::Builder, None).await;
    let starts_on = chrono::Utc::now().date_naive() + chrono::Duration::days(30);
    common::training::accepted(&w.app, &organisation.id, &builder.id, &admin.id, starts_on).await;
    let admin = w.app.browser().logged_in("admin@example.org").await;
    let builder = w.app.browser().logged_in("builder@example.org").await;
    let outsider = w.app.sign_up("Other CSO", "KE", "lead@other.example").await;
    let base = format!("/forms/{}/data", w.form_id);

    for format in ["csv", "xlsx", "geojson", "zip"] {
        let path = format!("{base}/export.{format}");
        assert_eq!(fetch(&outsider, &path).await.0, StatusCode::NOT_FOUND, "{format}");
    }
    assert_eq!(outsider.get(&format!("{base}/export")).await.status, StatusCode::NOT_FOUND);

    // The lead sees personal values unless asking for an anonymised file.
    let lead_csv = records(&csv_lines(
        &zip_entries(&download(&w.lead, &format!("{base}/export.csv")).await)["submissions.csv"],
    ));
    assert_eq!(lead_csv[0]["respondent_name"], "Ana Díaz");
    let anonymised = records(&csv_lines(
        &zip_entries(&download(&w.lead, &format!("{base}/export.csv?anonymise=yes")).await)["submissions.csv"],
    ));
    let pseudonym = anonymised[0]["respondent_name"].clone();
    assert!(pseudonym.starts_with("anon-"), "{pseudonym}");
    assert_eq!(anonymised[0]["place/home"], "", "a place is removed");

    for (who, browser) in [("builder", &builder), ("admin", &admin)] {
        let entries = zip_entries(&download(browser, &format!("{base}/export.csv")).await);
        let rows = records(&csv_lines(&entries["submissions.csv"]));
        assert_eq!(rows[0]["respondent_name"], pseudonym, "{who}: the same pseudonym");
        assert_eq!(rows[0]["place/home"], "", "{who}");
        assert_eq!(rows[0]["note"], "'=SUM(1,2)", "{who}: what is not personal is shown");
        let sheets = xlsx_sheets(&download(browser, &format!("{base}/export.xlsx")).await);
        let rows = sheet_records(&sheets[0].1);
        assert_eq!(rows[0]["respondent_name"], pseudonym, "{who}");
        assert_eq!(rows[0]["place/home"], "", "{who}");
        assert!(!format!("{sheets:?}").contains("Ana Díaz"), "{who}");
        let geo: serde_json::Value =
            serde_json::from_slice(&download(browser, &format!("{base}/export.geojson")).await).unwrap();
        assert_eq!(geo["features"], serde_json::json!([]), "{who}: no places");
        let entries = zip_entries(&download(browser, &format!("{base}/export.zip")).await);
        let media: Vec<&String> = entries.keys().filter(|k| k.starts_with("media/")).collect();
        assert_eq!(media.len(), 2, "{who}: the personal face is left out: {media:?}");
        assert!(media.iter().all(|m| m.contains("/photo")), "{who}: {media:?}");
    }
    let lead_media = zip_entries(&download(&w.lead, &format!("{base}/export.zip")).await);
    assert_eq!(lead_media.keys().filter(|k| k.starts_with("media/")).count(), 3);

    // One audit line per export, each saying whether personal values were shown.
    let (entries, _) = store.audit_log(Some(&w.form_id), 1).await.unwrap();
    let exported: Vec<_> = entries.iter().filter(|e| e.action == AuditAction::Export).collect();
    assert_eq!(exported.len(), 11);
    assert!(exported.iter().any(|e| e.detail.contains("csv") && e.detail.contains("personal values shown")));
    assert!(
        exported
            .iter()
            .any(|e| e.detail.contains("anonymised") && e.detail.contains("personal values hidden"))
    );
}

async fn spawn_small_threshold(backend: common::Backend) -> Option<TestApp> {
    spawn_app_with(backend, |config| config.export_background_threshold = 1).await
}

async fn a_large_export_runs_in_the_background_and_downloads(app: TestApp) {
    let w = world(app).await;
    send_two_visits(&w).await;
    let base = format!("/forms/{}/data", w.form_id);
    // Over the threshold: the download offers the background instead.
    let asked = w.lead.get(&format!("{base}/export.xlsx?values=labels")).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);
    let offer = w.lead.get(&asked.location()).await;
    offer.assert_contains(&said(web::Locale::En, "export-large-start"));
    let request = common::collection::between(&offer.body, "name=\"request\" value=\"", "\"")
        .replace("&amp;", "&")
        .replace("&#38;", "&");
    assert_eq!(request, "values=labels&format=xlsx");
    let started = w.lead.post(&format!("{base}/export/jobs"), &[("request", &request)]).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);

    // The page shows its progress until it is ready (the job runs on the server meanwhile).
    let mut link = None;
    let file_link = regex::Regex::new(r#"href="(/forms/[^"]+/data/export/jobs/[^"]+)""#).unwrap();
    for _ in 0..600 {
        let page = w.lead.get(&format!("{base}/export")).await;
        if page.body.contains("data-status=\"failed\"") {
            panic!("the job failed:\n{}", page.body);
        }
        if page.body.contains("data-status=\"done\"") {
            page.assert_contains("<progress max=\"100\" value=\"100\">");
            link = file_link.captures(&page.body).map(|c| c[1].to_owned());
            break;
        }
        page.assert_contains("http-equiv=\"refresh\"");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let link = link.expect("the job finished, with a link to its file");
    let before = exports(&w.app, &w.form_id).await;
    let sheets = xlsx_sheets(&download(&w.lead, &link).await);
    assert_eq!(sheet_records(&sheets[0].1)[1]["District"], "Kisumu");
    assert_eq!(exports(&w.app, &w.form_id).await, before + 1, "the download is audited");
    // Only the person who asked downloads it; others with reach get nothing.
    let staff = w
        .app
        .create_user(
            "staff@maji.example",
            "Otieno",
            Role::CsoStaff,
            Some(w.app.state.store.organisation_by_slug("maji-watch").await.unwrap().id),
        )
        .await;
    let staff = w.app.browser().logged_in(&staff.email.to_string()).await;
    assert_eq!(fetch(&staff, &link).await.0, StatusCode::NOT_FOUND);
    let outsider = w.app.sign_up("Other CSO", "KE", "lead@other.example").await;
    assert_eq!(fetch(&outsider, &link).await.0, StatusCode::NOT_FOUND);
}

async fn spawn_for_cancelling(backend: common::Backend) -> Option<TestApp> {
    spawn_app_with(backend, |config| config.export_background_threshold = 1_000_000).await
}

async fn a_cancelled_download_leaves_no_temporary_file(app: TestApp) {
    let w = world(app).await;
    // Enough rows that the pipe fills and the writer waits for the client.
    for n in 0..60 {
        let members: Vec<(&str, u32)> = vec![("Someone with a long name to fill the pipe", 40); 30];
        let xml = visit(
            100 + n,
            &"x".repeat(2000),
            "nyeri",
            "0 0 0 0",
            &"note ".repeat(400),
            &[&members, &members],
        );
        submit(&w.url, &xml, &[]).await;
    }
    let temp = w.app.state.config.data_dir.join("tmp");
    for format in ["zip", "xlsx", "csv"] {
        let mut response = w
            .lead
            .client
            .get(format!("{}/forms/{}/data/export.{format}", w.lead.base, w.form_id))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let first = response.chunk().await.unwrap();
        assert!(first.is_some_and(|c| !c.is_empty()), "{format}: a first chunk");
        drop(response);
        // The writer notices the closed pipe at its next write and removes its files.
        let mut left = usize::MAX;
        for _ in 0..400 {
            left = std::fs::read_dir(&temp).map(|d| d.count()).unwrap_or(0);
            if left == 0 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
        assert_eq!(left, 0, "{format}: temporary files left in {}", temp.display());
    }
}

/// Answers with every kind of text: any script, separators, quotes, newlines, formulas.
fn answers() -> impl Strategy<Value = Vec<String>> {
    let text = proptest::prop_oneof![
        "[\\PC]{0,24}",
        "[=+@-][\\PC]{0,12}",
        "[a-z ,;\"'\n]{1,24}",
        "[\u{0900}-\u{097F} ]{1,12}",
        "-?[0-9]{1,6}(\\.[0-9]{1,3})?",
    ];
    proptest::collection::vec(text, 24)
}

async fn generated_answers_read_back_from_csv_and_xlsx(app: TestApp) {
    let lead = app.sign_up("Maji Watch", "KE", "lead@maji.example").await;
    let form_id = collection::publish(&app, &lead, "maji-watch", FLAT, "flat.csv").await;
    let url = collection::device(&app, &lead, "Amina's phone").await;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let answers = answers().new_tree(&mut runner).unwrap().current();
    for (n, answer) in answers.iter().enumerate() {
        let xml = format!(
            "<?xml version='1.0' ?><data id=\"flat\" version=\"1\"><answer>{}</answer><count>{n}</count>\
             <meta><instanceID>uuid:p{n}</instanceID></meta></data>",
            escape(answer)
        );
        submit(&url, &xml, &[]).await;
    }
    // What the store holds, by submission id: the values exports must give back.
    let filter = store::collection::SubmissionFilter::default();
    let stored: BTreeMap<String, String> = app
        .state
        .store
        .submission_rows_after(&form_id, &filter, None, 1000)
        .await
        .unwrap()
        .rows
        .into_iter()
        .map(|s| {
            let values = s.field_values;
            let answer =
                values.iter().find(|(p, _)| p == "/data/answer").map(|(_, v)| v.clone()).unwrap_or_default();
            (s.id, answer)
        })
        .collect();
    assert_eq!(stored.len(), answers.len());

    let base = format!("/forms/{form_id}/data");
    let csv_rows = records(&csv_lines(&download(&lead, &format!("{base}/export.csv")).await));
    assert_eq!(csv_rows.len(), stored.len());
    for row in &csv_rows {
        let value = &stored[&row["_submission_id"]];
        // Text a spreadsheet would run as a formula comes back with a leading quote.
        assert_eq!(row["answer"], web::data::export::rows::guard(value), "{value:?}");
        if value.starts_with('=') {
            assert_eq!(row["answer"], format!("'{value}"));
        }
    }
    let sheets = xlsx_sheets(&download(&lead, &format!("{base}/export.xlsx")).await);
    let rows = &sheets[0].1;
    let id_column = rows[0].iter().position(|h| cell_text(h) == "_submission_id").unwrap();
    let answer_column = rows[0].iter().position(|h| cell_text(h) == "answer").unwrap();
    assert_eq!(rows.len() - 1, stored.len());
    for row in &rows[1..] {
        let value = &stored[&cell_text(&row[id_column])];
        // In XLSX text is text: exactly as stored, formulas included.
        let cell = &row[answer_column];
        let expected = if value.is_empty() { Data::Empty } else { Data::String(value.clone()) };
        assert_eq!(cell, &expected, "{value:?}");
    }
}

on_both_backends!(
    every_format_reads_back_with_repeats_linked_by_keys,
    a_form_without_submissions_exports_its_headers_only,
    each_role_exports_what_it_may_see_in_every_format,
    generated_answers_read_back_from_csv_and_xlsx
);

mod background {
    use super::*;
    on_both_backends!(spawn = super::spawn_small_threshold; a_large_export_runs_in_the_background_and_downloads);
}

mod cancelling {
    use super::*;
    on_both_backends!(spawn = super::spawn_for_cancelling; a_cancelled_download_leaves_no_temporary_file);
}
