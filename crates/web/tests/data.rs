//! The data of a form inside the platform: every question summarised over the submissions the
//! filters keep, with numbers checked against values computed by hand, and who may look.

mod common;

use common::collection::{self, submit};
use common::{Page, TestApp};
use reqwest::StatusCode;

const FORM: &str = r#"
| survey |
| | type                    | name     | label               |
| | select_one district     | district | District            |
| | select_multiple problem | problems | Problems seen       |
| | integer                 | queue    | People waiting      |
| | date                    | visited  | Day of the visit    |
| | text                    | note     | Note                |
| | begin_repeat            | tap      | Tap                 |
| | select_one yes_no       | working  | Is the tap working? |
| | end_repeat              |          |                     |
| choices |
| | list_name | name   | label       |
| | district  | nyeri  | Nyeri       |
| | district  | kisumu | Kisumu      |
| | problem   | leak   | Leaking     |
| | problem   | dry    | No water    |
| | problem   | dirty  | Dirty water |
| | yes_no    | yes    | Yes         |
| | yes_no    | no     | No          |
| settings |
| | form_id   | version | form_title |
| | tap_check | 1       | Tap check  |
"#;

/// One visit: district, problems (space-separated), people waiting, day, note, and the
/// answer for each tap.
fn visit(
    n: usize,
    district: &str,
    problems: &str,
    queue: &str,
    day: &str,
    note: &str,
    taps: &[&str],
) -> String {
    let taps: String = taps.iter().map(|w| format!("<tap><working>{w}</working></tap>")).collect();
    format!(
        "<?xml version='1.0' ?><data id=\"tap_check\" version=\"1\"><district>{district}</district>\
         <problems>{problems}</problems><queue>{queue}</queue><visited>{day}</visited><note>{note}</note>{taps}\
         <meta><instanceID>uuid:v{n}</instanceID></meta></data>"
    )
}

/// Maji Watch's lead, the tap check form's id and a device's submission address.
async fn tap_check(app: &TestApp) -> (common::Browser, String, String) {
    let lead = app.sign_up("Maji Watch", "KE", "lead@maji.example").await;
    let form_id = collection::publish(app, &lead, "maji-watch", FORM, "tap_check.csv").await;
    let url = collection::device(app, &lead, "Amina's phone").await;
    (lead, form_id, url)
}

/// The text of the question section whose heading is `label`.
fn section<'a>(page: &'a Page, label: &str) -> &'a str {
    let heading = format!(">{label}</h2>");
    let from = page.body.find(&heading).unwrap_or_else(|| panic!("no section {label:?} in:\n{}", page.body));
    let rest = &page.body[from..];
    &rest[..rest.find("</section>").unwrap()]
}

/// The lines of a section's table: label, count and share as the page writes them.
fn lines(section: &str) -> Vec<(String, usize, String)> {
    let re = regex::Regex::new(
        r#"<th scope="row">([^<]*)</th>\s*<td>(\d+)</td>\s*<td><progress[^>]*></progress> ([^<]*)</td>"#,
    )
    .unwrap();
    re.captures_iter(section)
        .map(|c| (c[1].trim().to_owned(), c[2].parse().unwrap(), c[3].to_owned()))
        .collect()
}

fn has(section: &str, label: &str, count: usize, share: &str) -> bool {
    lines(section).contains(&(label.to_owned(), count, share.to_owned()))
}

async fn every_question_is_summarised_and_filters_apply(app: TestApp) {
    let (lead, form_id, url) = tap_check(&app).await;
    // Queues 3, 5, 8, 10: mean 6.5, median 6.5, quartiles (type 7) 4.5 and 8.5, by hand.
    submit(&url, &visit(1, "nyeri", "leak dry", "3", "2026-11-02", "Broken handle", &["yes", "no"]), &[])
        .await;
    submit(&url, &visit(2, "nyeri", "dry", "5", "2026-11-02", "broken handle ", &["no"]), &[]).await;
    submit(&url, &visit(3, "kisumu", "", "8", "2026-11-04", "", &["yes", "yes", "no"]), &[]).await;
    submit(&url, &visit(4, "kisumu", "leak", "10", "2026-11-05", "Long queue", &[]), &[]).await;

    let data = format!("/forms/{form_id}/data");
    let page = lead.get(&data).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.assert_contains("4 submissions.");
    let district = section(&page, "District");
    assert!(has(district, "Nyeri", 2, "50.0%"), "{district}");
    assert!(has(district, "Kisumu", 2, "50.0%"), "{district}");
    // A multi-select counts each option over those who answered (3): shares pass 100%.
    let problems = section(&page, "Problems seen");
    assert!(
        problems.contains("3 answers") && problems.contains("one submission without an answer"),
        "{problems}"
    );
    assert!(has(problems, "Leaking", 2, "66.7%"), "{problems}");
    assert!(has(problems, "No water", 2, "66.7%"), "{problems}");
    assert!(has(problems, "Dirty water", 0, "0.0%"), "{problems}");
    assert!(problems.contains("more than 100%"), "{problems}");
    let queue = section(&page, "People waiting");
    for (what, value) in [("Mean", "6.5"), ("Median", "6.5"), ("Lowest", "3"), ("Highest", "10")] {
        assert!(queue.contains(&format!("<dt>{what}</dt><dd>{value}</dd>")), "{what}: {queue}");
    }
    assert!(queue.contains("4.5 – 8.5"), "{queue}");
    let visited = section(&page, "Day of the visit");
    assert!(has(visited, "2026-11-02", 2, "50.0%"), "{visited}");
    assert!(has(visited, "2026-11-03", 0, "0.0%"), "a day without visits is shown: {visited}");
    // Free text grouped without case or spaces, the most common spelling kept.
    let note = section(&page, "Note");
    assert!(has(note, "Broken handle", 2, "66.7%") || has(note, "broken handle", 2, "66.7%"), "{note}");
    assert!(note.contains("2 distinct answers"), "{note}");
    // Inside a repeat every tap counts: 6 taps, 3 working.
    let working = section(&page, "Is the tap working?");
    assert!(working.contains("6 answers") && working.contains("once per repeat"), "{working}");
    assert!(has(working, "Yes", 3, "50.0%"), "{working}");

    // Filters apply to every summary: received today only keeps all four, a review state none.
    let filtered = lead.get(&format!("{data}?state=approved")).await;
    filtered.assert_contains("No submission matches these filters.");
    let bad = lead.get(&format!("{data}?from=yesterday")).await;
    assert_eq!(bad.status, StatusCode::OK);
    bad.assert_contains(&web::Locale::En.t("submissions-filter-bad-date")).assert_contains("4 submissions.");

    // In the reader's language: the page's words in Spanish, the form's own labels kept.
    lead.post("/language", &[("lang", "es"), ("next", "/")]).await;
    lead.get(&data)
        .await
        .assert_contains("Datos de Tap check")
        .assert_contains("Promedio")
        .assert_contains("Nyeri");

    // Another organisation's people do not see it.
    let other = app.sign_up("Other CSO", "KE", "lead@other.example").await;
    assert_eq!(other.get(&data).await.status, StatusCode::NOT_FOUND);
}

/// A form in English and Swahili.
const BILINGUAL: &str = r#"
| survey |
| | type               | name    | label::English (en) | label::Swahili (sw) |
| | select_one village | village | Village             | Kijiji              |
| choices |
| | list_name | name  | label::English (en) | label::Swahili (sw) |
| | village   | lindi | Lindi town          | Mji wa Lindi        |
| settings |
| | form_id   | version | form_title | default_language |
| | bilingual | 1       | Bilingual  | English (en)     |
"#;

async fn labels_follow_the_readers_language_when_the_form_has_it(app: TestApp) {
    let lead = app.sign_up("Maji Watch", "KE", "lead@maji.example").await;
    let form_id = collection::publish(&app, &lead, "maji-watch", BILINGUAL, "bilingual.csv").await;
    let url = collection::device(&app, &lead, "Phone").await;
    let xml = "<?xml version='1.0' ?><data id=\"bilingual\" version=\"1\"><village>lindi</village>\
               <meta><instanceID>uuid:b1</instanceID></meta></data>";
    submit(&url, xml, &[]).await;
    let data = format!("/forms/{form_id}/data");
    lead.get(&data).await.assert_contains(">Village</h2>").assert_contains("Lindi town");
    lead.post("/language", &[("lang", "sw"), ("next", "/")]).await;
    lead.get(&data)
        .await
        .assert_contains(">Kijiji</h2>")
        .assert_contains("Mji wa Lindi")
        .assert_lacks("Lindi town");
    // Spanish: the form has no Spanish, so its default language.
    lead.post("/language", &[("lang", "es"), ("next", "/")]).await;
    lead.get(&data).await.assert_contains(">Village</h2>");
}

/// Every question section of a data page, by heading.
fn sections(page: &Page) -> Vec<(String, String)> {
    let re = regex::Regex::new(r#">([^<>]+)</h2>"#).unwrap();
    re.captures_iter(&page.body)
        .map(|c| (c[1].to_owned(), section(page, &c[1]).to_owned()))
        .filter(|(_, text)| text.contains("<table"))
        .collect()
}

/// The same summary read through the running summary and read afresh: a filter that keeps
/// every submission (received since 2000) makes the page read them all again.
async fn assert_running_matches_afresh(lead: &common::Browser, data: &str, submissions: &str) {
    let running = lead.get(data).await;
    running.assert_contains(submissions);
    let afresh = lead.get(&format!("{data}?from=2000-01-01")).await;
    afresh.assert_contains(submissions);
    let (running, afresh) = (sections(&running), sections(&afresh));
    assert!(running.len() >= 5, "{running:?}");
    for ((heading, running), (_, afresh)) in running.iter().zip(&afresh) {
        // Links to chart downloads carry the page's filters.
        let afresh = afresh.replace("&#38;from=2000-01-01", "");
        if running != &afresh {
            let at = running.bytes().zip(afresh.bytes()).position(|(a, b)| a != b).unwrap_or(0);
            let around = |text: &str| text[at.saturating_sub(80)..(at + 80).min(text.len())].to_owned();
            panic!("{heading}: {:?}\nread afresh: {:?}", around(running), around(&afresh));
        }
    }
    assert_eq!(running.len(), afresh.len());
}

async fn the_summary_is_kept_current_as_submissions_arrive_change_and_go(app: TestApp) {
    let (lead, form_id, url) = tap_check(&app).await;
    submit(&url, &visit(1, "nyeri", "leak dry", "3", "2026-11-02", "Broken handle", &["yes", "no"]), &[])
        .await;
    submit(&url, &visit(2, "nyeri", "dry", "5", "2026-11-02", "broken handle ", &["no"]), &[]).await;
    let data = format!("/forms/{form_id}/data");
    let store = &app.state.store;
    assert_running_matches_afresh(&lead, &data, "2 submissions.").await;
    let kept = store.summary_snapshots(&form_id).await.unwrap();
    assert_eq!(kept.len(), 1, "the first view keeps its summary");
    assert_eq!(kept[0].1.included, 2);

    // New submissions are read after what is kept.
    submit(&url, &visit(3, "kisumu", "", "8", "2026-11-04", "", &["yes", "yes", "no"]), &[]).await;
    submit(&url, &visit(4, "kisumu", "leak", "10", "2026-11-05", "Long queue", &[]), &[]).await;
    assert_running_matches_afresh(&lead, &data, "4 submissions.").await;
    let page = lead.get(&data).await;
    assert!(has(section(&page, "District"), "Kisumu", 2, "50.0%"));
    assert!(section(&page, "People waiting").contains("<dt>Mean</dt><dd>6.5</dd>"));

    // What is kept is what is shown: a kept summary that says more shows more ...
    let (key, snapshot) = store.summary_snapshots(&form_id).await.unwrap().remove(0);
    let mut inflated = snapshot.clone();
    inflated.state = inflated.state.replacen("\"submissions\":2,", "\"submissions\":1002,", 1);
    assert_ne!(inflated.state, snapshot.state, "{}", snapshot.state);
    store.save_summary_snapshot(&form_id, &key, &inflated).await.unwrap();
    lead.get(&data).await.assert_contains("1004 submissions.");
    // ... unless it no longer matches the store: a submission arrived late before its last
    // one, or the data changed since.
    let late = store::collection::SummarySnapshot { included: snapshot.included - 1, ..inflated.clone() };
    store.save_summary_snapshot(&form_id, &key, &late).await.unwrap();
    assert_running_matches_afresh(&lead, &data, "4 submissions.").await;
    let changed =
        store::collection::SummarySnapshot { data_generation: snapshot.data_generation - 1, ..inflated };
    store.save_summary_snapshot(&form_id, &key, &changed).await.unwrap();
    assert_running_matches_afresh(&lead, &data, "4 submissions.").await;

    // An edit replaces its answers: Nyeri's 3 people waiting become Kisumu's 30.
    let edit = visit(5, "kisumu", "leak dry", "30", "2026-11-02", "Broken handle", &["yes", "no"])
        .replace("</instanceID>", "</instanceID><deprecatedID>uuid:v1</deprecatedID>");
    submit(&url, &edit, &[]).await;
    assert_running_matches_afresh(&lead, &data, "4 submissions.").await;
    let page = lead.get(&data).await;
    assert!(has(section(&page, "District"), "Kisumu", 3, "75.0%"), "{}", section(&page, "District"));
    assert!(section(&page, "People waiting").contains("<dt>Highest</dt><dd>30</dd>"));

    // A deleted submission leaves the summary, and comes back when restored.
    let rows = store.submissions_page(&form_id, &Default::default()).await.unwrap().rows;
    let second = rows.iter().find(|r| r.instance_id == "uuid:v2").unwrap();
    let submission = format!("/forms/{form_id}/submissions/{}", second.id);
    lead.post_redirected(&format!("{submission}/delete"), &[]).await;
    assert_running_matches_afresh(&lead, &data, "3 submissions.").await;
    assert!(!section(&lead.get(&data).await, "Note").contains("broken handle"));
    lead.post_redirected(&format!("{submission}/restore"), &[]).await;
    assert_running_matches_afresh(&lead, &data, "4 submissions.").await;
}

on_both_backends!(
    every_question_is_summarised_and_filters_apply,
    labels_follow_the_readers_language_when_the_form_has_it,
    the_summary_is_kept_current_as_submissions_arrive_change_and_go
);

mod settling {
    use super::*;

    /// With a settling time, the newest submissions are read on every view and never kept.
    async fn submissions_settle_before_a_summary_keeps_them(backend: common::Backend) {
        let Some(app) = common::spawn_app_with(backend, |config| {
            config.summary_settle = std::time::Duration::from_secs(600)
        })
        .await
        else {
            return;
        };
        let lead = app.sign_up("Maji Watch", "KE", "lead@maji.example").await;
        let form_id = collection::publish(&app, &lead, "maji-watch", FORM, "tap_check.csv").await;
        let url = collection::device(&app, &lead, "Amina's phone").await;
        submit(&url, &visit(1, "nyeri", "dry", "3", "2026-11-02", "", &[]), &[]).await;
        let data = format!("/forms/{form_id}/data");
        lead.get(&data).await.assert_contains("One submission.");
        submit(&url, &visit(2, "kisumu", "dry", "5", "2026-11-02", "", &[]), &[]).await;
        let page = lead.get(&data).await;
        page.assert_contains("2 submissions.");
        assert!(has(section(&page, "District"), "Kisumu", 1, "50.0%"));
        assert!(app.state.store.summary_snapshots(&form_id).await.unwrap().is_empty());
    }

    on_both_backends!(backend; submissions_settle_before_a_summary_keeps_them);
}
