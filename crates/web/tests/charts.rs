//! Cross-tabulation, split summaries, charts and their downloads, personal data on maps, and
//! progress toward the SMART target, over HTTP on both databases; every number is computed
//! by hand in the test.

mod common;

use common::collection::{self, submit};
use common::{Browser, Page, TestApp};
use reqwest::StatusCode;
use store::engagements::DeliverableKind;
use store::engagements::deliverables::{Act, NewContent};
use store::types::{Email, Role};
use web::Locale;

const FORM: &str = r#"
| survey |
| | type                    | name      | label               |
| | select_one district     | district  | District            |
| | select_one yes_no       | satisfied | Satisfied?          |
| | select_multiple problem | problems  | Problems seen       |
| | integer                 | queue     | People waiting      |
| | geopoint                | home      | Where               |
| | begin_repeat            | tap       | Tap                 |
| | select_one yes_no       | working   | Is the tap working? |
| | end_repeat              |           |                     |
| | begin_repeat            | kiosk     | Kiosk               |
| | select_one yes_no       | open      | Is the kiosk open?  |
| | end_repeat              |           |                     |
| choices |
| | list_name | name   | label       |
| | district  | nyeri  | Nyeri       |
| | district  | kisumu | Kisumu      |
| | problem   | leak   | Leaking     |
| | problem   | dry    | No water    |
| | yes_no    | yes    | Yes         |
| | yes_no    | no     | No          |
| settings |
| | form_id   | version | form_title |
| | tap_check | 1       | Tap check  |
"#;

const ROOT: &str = "/data";

fn path(name: &str) -> String {
    format!("{ROOT}/{name}")
}

/// One visit: district, satisfied, problems, queue, place ("" for none), taps, kiosks.
struct Visit(&'static str, &'static str, &'static str, u32, &'static str, &'static [&'static str]);

fn xml(n: usize, v: &Visit) -> String {
    let Visit(district, satisfied, problems, queue, home, taps) = v;
    let taps: String = taps.iter().map(|w| format!("<tap><working>{w}</working></tap>")).collect();
    format!(
        "<?xml version='1.0' ?><data id=\"tap_check\" version=\"1\"><district>{district}</district>\
         <satisfied>{satisfied}</satisfied><problems>{problems}</problems><queue>{queue}</queue>\
         <home>{home}</home>{taps}<kiosk><open>yes</open></kiosk><meta><instanceID>uuid:c{n}</instanceID></meta></data>"
    )
}

/// Eight visits. District × satisfied: Nyeri 3 yes 1 no, Kisumu 1 yes 3 no.
/// Queues: Nyeri 2, 4, 6, 8 (mean 5); Kisumu 1, 3, 5, 11 (mean 5, median 4).
const VISITS: [Visit; 8] = [
    Visit("nyeri", "yes", "leak dry", 2, "-1.2921 36.8219 1700 5", &["yes", "no"]),
    Visit("nyeri", "yes", "dry", 4, "-0.4200 36.9500 1800 5", &["yes"]),
    Visit("nyeri", "yes", "", 6, "", &[]),
    Visit("nyeri", "no", "leak", 8, "", &["no"]),
    Visit("kisumu", "yes", "leak", 1, "", &["yes"]),
    Visit("kisumu", "no", "dry", 3, "", &[]),
    Visit("kisumu", "no", "", 5, "", &["no", "no"]),
    Visit("kisumu", "no", "leak", 11, "", &[]),
];

struct World {
    form_id: String,
    lead: Browser,
}

async fn world(app: &TestApp) -> World {
    let lead = app.sign_up("Maji Watch", "KE", "lead@maji.example").await;
    let form_id = collection::publish(app, &lead, "maji-watch", FORM, "tap_check.csv").await;
    let url = collection::device(app, &lead, "Amina's phone").await;
    for (n, visit) in VISITS.iter().enumerate() {
        submit(&url, &xml(n, visit), &[]).await;
    }
    World { form_id, lead }
}

fn encode(value: &str) -> String {
    serde_urlencoded::to_string([("v", value)]).unwrap().trim_start_matches("v=").to_owned()
}

/// The counts of the cross-tabulation's cells, row by row (totals left out).
fn cells(page: &Page) -> Vec<usize> {
    let re = regex::Regex::new(r#"data-count="(\d+)""#).unwrap();
    re.captures_iter(&page.body).map(|c| c[1].parse().unwrap()).collect()
}

fn totals(page: &Page) -> Vec<usize> {
    let re = regex::Regex::new(r#"data-total="(\d+)""#).unwrap();
    re.captures_iter(&page.body).map(|c| c[1].parse().unwrap()).collect()
}

/// The text of the element with this id (up to its first child element).
fn text_of<'a>(page: &'a Page, id: &str) -> &'a str {
    let from = collection::between(&page.body, &format!("id=\"{id}\""), "<");
    &from[from.find('>').unwrap() + 1..]
}

async fn two_select_questions_are_cross_tabulated_with_a_chi_square_test(app: TestApp) {
    let World { form_id, lead } = world(&app).await;
    let base = format!("/forms/{form_id}/data/crosstab");
    let page = lead.get(&base).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.assert_contains("crosstab-rows");

    let page = lead
        .get(&format!("{base}?rows={}&columns={}", encode(&path("district")), encode(&path("satisfied"))))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    // By hand: Nyeri 3 yes 1 no; Kisumu 1 yes 3 no; every total 4, 8 in all.
    assert_eq!(cells(&page), [3, 1, 1, 3]);
    assert_eq!(totals(&page), [4, 4, 4, 4, 8]);
    // Row and column shares: 3 of 4 = 75.0%, 1 of 4 = 25.0%.
    page.assert_contains("75.0% · 75.0%").assert_contains("25.0% · 25.0%");
    page.assert_contains("Nyeri").assert_contains("Kisumu").assert_contains(">Yes<");
    // Chi-square by hand: every expected count is 4 × 4 / 8 = 2, so the statistic is
    // 4 × (1² / 2) = 2.00 with (2 − 1)(2 − 1) = 1 degree of freedom; p = erfc(√(2 / 2))
    // = 0.1573 (python3: math.erfc(1)). All four expected counts are below 5: unreliable.
    assert_eq!(text_of(&page, "chi-statistic"), "2.00");
    assert_eq!(text_of(&page, "chi-df"), "1");
    assert_eq!(text_of(&page, "chi-p"), "0.157");
    let reading = Locale::En.t_args("data-chi-unreliable", &[("small", "4".into()), ("cells", "4".into())]);
    assert_eq!(text_of(&page, "chi-reading"), reading);
    // The stacked bars carry their text alternative and a download link.
    page.assert_contains("role=\"img\"").assert_contains("<desc id=\"crosstab-chart-desc\">");
    page.assert_contains(&format!("/forms/{form_id}/data/charts/stacked.svg?rows="));

    // A repeat's answers pair with the submission's: district × tap working, one pair per
    // tap. Nyeri taps: yes, no, yes, no → 2 yes 2 no; Kisumu: yes, no, no → 1 yes 2 no.
    let page = lead
        .get(&format!("{base}?rows={}&columns={}", encode(&path("district")), encode(&path("tap/working"))))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(cells(&page), [2, 2, 1, 2]);
    // A multi-select counts per option: leak and dry by satisfied. Leak: visits 1 (yes),
    // 4 (no), 5 (yes), 8 (no); dry: 1 (yes), 2 (yes), 6 (no). Two visits without a problem
    // are left out.
    let page = lead
        .get(&format!("{base}?rows={}&columns={}", encode(&path("problems")), encode(&path("satisfied"))))
        .await;
    assert_eq!(cells(&page), [2, 2, 2, 1]);
    page.assert_contains(&Locale::En.t("data-crosstab-multiple"));
    page.assert_contains(&Locale::En.t_count("data-crosstab-skipped", 2));

    // Wrong questions get a clear message and a 400, never a 500.
    let refusals = [
        (path("tap/working"), path("kiosk/open"), "data-refused-different-repeats"),
        (path("nope"), path("satisfied"), "data-refused-unknown"),
        (path("queue"), path("satisfied"), "data-refused-not-select"),
        (path("district"), path("district"), "data-refused-same"),
        (String::new(), path("district"), "data-refused-missing"),
    ];
    for (rows, columns, key) in refusals {
        let page = lead.get(&format!("{base}?rows={}&columns={}", encode(&rows), encode(&columns))).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{rows} × {columns}");
        page.assert_contains(&Locale::En.t(key));
    }
    // In Nepali, the words of the test are translated.
    lead.post("/language", &[("lang", "ne"), ("next", "/")]).await;
    let page = lead
        .get(&format!("{base}?rows={}&columns={}", encode(&path("district")), encode(&path("satisfied"))))
        .await;
    page.assert_contains(&Locale::Ne.t("data-chi-title"));
}

async fn every_summary_can_be_split_by_a_select_question(app: TestApp) {
    let World { form_id, lead } = world(&app).await;
    let data = format!("/forms/{form_id}/data");
    let page = lead.get(&format!("{data}?by={}", encode(&path("district")))).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.assert_contains(&Locale::En.t_args("data-split-note", &[("question", "District".into())]));
    // Queues by hand: Nyeri 2, 4, 6, 8 → mean 5, median 5; Kisumu 1, 3, 5, 11 → mean 5, median 4.
    page.assert_contains("<th scope=\"row\">Nyeri</th><td>4</td><td>Mean 5 · Median 5</td>");
    page.assert_contains("<th scope=\"row\">Kisumu</th><td>4</td><td>Mean 5 · Median 4</td>");
    // Satisfied by district: Nyeri most often Yes (3 of 4), Kisumu most often No (3 of 4).
    page.assert_contains("<th scope=\"row\">Nyeri</th><td>4</td><td>most often Yes (75.0%)</td>");
    page.assert_contains("<th scope=\"row\">Kisumu</th><td>4</td><td>most often No (75.0%)</td>");
    page.assert_contains("<title id=\"split-data-satisfied-title\">Satisfied? by District</title>");
    // Only a select outside repeats can split the others.
    let page = lead.get(&format!("{data}?by={}", encode(&path("tap/working")))).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    page.assert_contains(&Locale::En.t("data-refused-in-repeat"));
    let page = lead.get(&format!("{data}?by={}", encode(&path("queue")))).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    page.assert_contains(&Locale::En.t("data-refused-not-select"));
}

/// Parses a downloaded SVG: well-formed, with its text alternative; returns its circles and
/// bars (rectangles wider than the legend's swatches, filled with the first colour).
fn svg_marks(bytes: &[u8]) -> (usize, Vec<f64>, String) {
    let text = std::str::from_utf8(bytes).unwrap();
    let doc = roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("{e}: {text}"));
    let root = doc.root_element();
    assert_eq!(root.attribute("role"), Some("img"));
    let title =
        root.children().find(|n| n.has_tag_name("title")).unwrap().text().unwrap_or_default().to_owned();
    assert!(root.children().any(|n| n.has_tag_name("desc")));
    let circles = doc.descendants().filter(|n| n.has_tag_name("circle")).count();
    let bars = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("fill") == Some(charts::PALETTE[0]))
        .map(|n| n.attribute("width").unwrap().parse::<f64>().unwrap())
        .collect();
    (circles, bars, title)
}

async fn download(browser: &Browser, url: &str) -> (StatusCode, String, String, Vec<u8>) {
    let response = browser.client.get(format!("{}{url}", browser.base)).send().await.unwrap();
    let header =
        |name: &str| response.headers().get(name).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    let (status, content_type, disposition) =
        (response.status(), header("content-type"), header("content-disposition"));
    (status, content_type, disposition, response.bytes().await.unwrap().to_vec())
}

async fn charts_download_as_svg_and_png(app: TestApp) {
    let World { form_id, lead } = world(&app).await;
    let charts = format!("/forms/{form_id}/data/charts");
    let data = lead.get(&format!("/forms/{form_id}/data")).await;
    data.assert_contains(&format!("{charts}/bar.svg?question={}", encode(&path("district"))));
    data.assert_contains("aria-labelledby=\"chart-data-district-title chart-data-district-desc\"");

    let (status, content_type, disposition, svg) =
        download(&lead, &format!("{charts}/bar.svg?question={}", encode(&path("district")))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.starts_with("image/svg+xml"), "{content_type}");
    assert_eq!(disposition, "attachment; filename=\"district-bar.svg\"");
    let (_, bars, title) = svg_marks(&svg);
    assert_eq!(title, "District");
    assert_eq!(bars.len(), 2);
    assert!((bars[0] - bars[1]).abs() < 0.01, "4 and 4 visits: equal bars {bars:?}");

    // Filters apply: Kisumu's satisfied answers only … by the review state filter none match.
    let (_, _, _, svg) =
        download(&lead, &format!("{charts}/bar.svg?question={}&state=approved", encode(&path("district"))))
            .await;
    assert!(std::str::from_utf8(&svg).unwrap().contains("No answers yet"));

    let (status, content_type, disposition, png) =
        download(&lead, &format!("{charts}/histogram.png?question={}", encode(&path("queue")))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type, "image/png");
    assert_eq!(disposition, "attachment; filename=\"queue-histogram.png\"");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let reader = decoder.read_info().unwrap();
    assert_eq!(reader.info().width, web::data::download::PNG_WIDTH);

    let crosstab = format!(
        "{charts}/stacked.svg?rows={}&columns={}",
        encode(&path("district")),
        encode(&path("satisfied"))
    );
    let (status, _, disposition, svg) = download(&lead, &crosstab).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(disposition, "attachment; filename=\"district-satisfied-stacked.svg\"");
    let (_, _, title) = svg_marks(&svg);
    assert_eq!(title, "District by Satisfied?");

    // A chart of another kind than the question's, or an unknown question: a clear 400.
    let page = lead.get(&format!("{charts}/histogram.svg?question={}", encode(&path("district")))).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    page.assert_contains(&Locale::En.t("data-refused-wrong-chart"));
    let page = lead.get(&format!("{charts}/bar.svg?question={}", encode(&path("nope")))).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    page.assert_contains(&Locale::En.t("data-refused-unknown"));
    assert_eq!(lead.get(&format!("{charts}/pie.svg?question=x")).await.status, StatusCode::NOT_FOUND);
}

async fn a_map_shows_places_to_the_cso_but_not_to_its_capacity_builder(app: TestApp) {
    let World { form_id, lead } = world(&app).await;
    let store = &app.state.store;
    let organisation = store.organisation_by_slug("maji-watch").await.unwrap();
    let builder = app.create_user("lucia@example.org", "Lucía Fernández", Role::Builder, None).await;
    let admin = app.create_user("admin@example.org", "Amina Juma", Role::Admin, None).await;
    let starts_on = chrono::Utc::now().date_naive();
    common::training::accepted(&app, &organisation.id, &builder.id, &admin.id, starts_on).await;
    let builder = app.browser().logged_in("lucia@example.org").await;
    let map = format!("/forms/{form_id}/data/charts/map.svg?question={}", encode(&path("home")));

    // The CSO's lead sees both places, and the view is in the audit log.
    let (status, _, _, svg) = download(&lead, &map).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(svg_marks(&svg).0, 2);
    let page = lead.get(&format!("/forms/{form_id}/data")).await;
    page.assert_contains("-1.29, 36.82");
    let (audit, _) = store.audit_log(Some(&form_id), 0).await.unwrap();
    assert!(audit.iter().any(|entry| entry.detail.contains("chart map downloaded")), "{audit:?}");

    // The builder sees the form's data, but places are removed for them.
    let (status, _, _, svg) = download(&builder, &map).await;
    assert_eq!(status, StatusCode::OK);
    let (circles, _, _) = svg_marks(&svg);
    assert_eq!(circles, 0);
    assert!(std::str::from_utf8(&svg).unwrap().contains("No answers yet"));
    let page = builder.get(&format!("/forms/{form_id}/data")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_lacks("36.82").assert_lacks("-1.29");
}

async fn the_form_shows_progress_toward_the_smart_target(app: TestApp) {
    let World { form_id, lead } = world(&app).await;
    let store = &app.state.store;
    let organisation = store.organisation_by_slug("maji-watch").await.unwrap();
    let builder = app.create_user("lucia@example.org", "Lucía Fernández", Role::Builder, None).await;
    let admin = app.create_user("admin@example.org", "Amina Juma", Role::Admin, None).await;
    let starts_on = chrono::Utc::now().date_naive();
    let engagement =
        common::training::accepted(&app, &organisation.id, &builder.id, &admin.id, starts_on).await;
    let lead_user = store.user_by_email(&Email::parse("lead@maji.example").unwrap()).await.unwrap();
    let now = app.state.config.clock.now();
    let deadline = engagement.local_date(now) + chrono::Duration::days(30);
    let act = Act { user_id: &lead_user.id, at: now };
    let smart = format!(
        r#"{{"target": 80, "unit": "% of visitors satisfied", "baseline": 35, "deadline": "{deadline}"}}"#
    );
    store
        .save_deliverable(
            &engagement.id,
            DeliverableKind::SmartObjective,
            NewContent { json: &smart, form_id: None },
            act,
        )
        .await
        .unwrap();
    let survey = format!(
        r#"{{"form_id": "{form_id}", "measures": "satisfaction", "target_responses": 20,
            "measure_question": "satisfied", "measure_choice": "yes"}}"#
    );
    store
        .save_deliverable(
            &engagement.id,
            DeliverableKind::Survey,
            NewContent { json: &survey, form_id: Some(&form_id) },
            act,
        )
        .await
        .unwrap();

    for url in [format!("/forms/{form_id}"), format!("/forms/{form_id}/data")] {
        let page = lead.get(&url).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        page.assert_contains(&Locale::En.t("data-progress-title"));
        // 8 responses of 20: 40%.
        page.assert_contains(
            &Locale::En.t_args("data-progress-responses", &[("count", "8".into()), ("target", "20".into())]),
        );
        page.assert_contains("<progress max=\"100\" value=\"40\"");
        // Satisfied: 4 yes of 8 = 50.0%; from the baseline 35 to the target 80 that is
        // (50 − 35) / (80 − 35) = 1/3 of the way: 33.3%.
        page.assert_contains("<strong>50.0%</strong>");
        page.assert_contains(&Locale::En.t_args("data-progress-way", &[("share", "33.3%".into())]));
        page.assert_contains(&Locale::En.t_count("data-progress-days-left", 30));
    }
}

on_both_backends!(
    two_select_questions_are_cross_tabulated_with_a_chi_square_test,
    every_summary_can_be_split_by_a_select_question,
    charts_download_as_svg_and_png,
    a_map_shows_places_to_the_cso_but_not_to_its_capacity_builder,
    the_form_shows_progress_toward_the_smart_target,
);
