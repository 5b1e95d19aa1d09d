//! The curriculum: the shipped modules load in four languages, pages render in each, the
//! transcript is there for slow connections, an uploaded video streams with range requests,
//! admins edit (field by field, nothing stored on a refusal), others cannot, and loading the
//! content again keeps what admins changed.

mod common;

use common::{Browser, Page, TestApp};
use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};
use store::types::Role;
use web::Locale;

const SAMPLE_VIDEO: &[u8] = include_bytes!("../../datashift/demo/welcome-sample.webm");

/// Pieces of `text` that a page shows as they are (between characters HTML escapes).
fn plain_pieces(text: &str) -> Vec<&str> {
    text.split(['&', '<', '>', '"', '\'']).map(str::trim).filter(|p| p.chars().count() >= 8).collect()
}

/// `text` as askama escapes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

fn assert_shows(page: &Page, text: &str) {
    for piece in plain_pieces(text) {
        page.assert_contains(piece);
    }
}

/// A capacity builder's browser reading in `language` (their own setting is empty, so the
/// browser's Accept-Language decides).
async fn reader(app: &TestApp, language: &'static str) -> Browser {
    let email = format!("reader-{language}@datashift.example");
    app.create_user(&email, "Juma Reader", Role::Builder, None).await;
    let mut browser = app.browser().logged_in(&email).await;
    browser.language = Some(language);
    browser
}

async fn admin(app: &TestApp) -> Browser {
    let mut admin = app.admin().await;
    admin.language = Some("en");
    admin
}

async fn upload(browser: &Browser, path: &str, name: &str, mime: &str, bytes: &[u8]) -> Page {
    let token = browser.csrf().await;
    let form = Form::new()
        .part("file", Part::bytes(bytes.to_vec()).file_name(name.to_owned()).mime_str(mime).unwrap());
    let response = browser
        .client
        .post(format!("{}{path}?csrf={token}", browser.base))
        .header("accept-language", "en")
        .multipart(form)
        .send()
        .await
        .unwrap();
    Page {
        status: response.status(),
        headers: response.headers().clone(),
        body: response.text().await.unwrap(),
    }
}

/// Every field of the edit form as the page shows it (what a browser would send back).
fn edit_fields(page: &Page) -> Vec<(String, String)> {
    let input =
        regex::Regex::new(r#"<input id="([a-z_]+)" name="[a-z_]+" type="(?:text|number)" value="([^"]*)""#)
            .unwrap();
    let textarea =
        regex::Regex::new(r#"(?s)<textarea id="([a-z_]+)" name="[a-z_]+"[^>]*>(.*?)</textarea>"#).unwrap();
    let select = regex::Regex::new(r#"<option value="([a-z_]+)" selected>"#).unwrap();
    let unescape = |s: &str| {
        s.replace("&#60;", "<")
            .replace("&#62;", ">")
            .replace("&#34;", "\"")
            .replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&#x27;", "'")
            .replace("&#38;", "&")
            .replace("&amp;", "&")
    };
    let mut fields: Vec<(String, String)> = input
        .captures_iter(&page.body)
        .chain(textarea.captures_iter(&page.body))
        .map(|c| (c[1].to_owned(), unescape(&c[2])))
        .filter(|(name, _)| name != "video_url")
        .collect();
    let deliverable = select.captures(&page.body).expect("a deliverable is selected");
    fields.push(("deliverable".into(), deliverable[1].to_owned()));
    fields
}

fn with(fields: &[(String, String)], changes: &[(&str, &str)]) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|(name, value)| {
            let changed = changes.iter().find(|(n, _)| n == name).map(|(_, v)| v.to_string());
            (name.clone(), changed.unwrap_or_else(|| value.clone()))
        })
        .collect()
}

async fn post_fields(browser: &Browser, path: &str, fields: &[(String, String)]) -> Page {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    browser.post(path, &fields).await
}

async fn all_shipped_modules_load_in_every_language(app: TestApp) {
    let shipped = web::curriculum::shipped_modules().expect("the shipped content parses");
    assert_eq!(shipped.len(), 12);
    for locale in Locale::ALL {
        let modules = app.state.store.modules_in(locale.code()).await.unwrap();
        let slugs: Vec<&str> = modules.iter().map(|m| m.module.slug.as_str()).collect();
        let expected: Vec<&str> = shipped.iter().map(|m| m.slug.as_str()).collect();
        assert_eq!(slugs, expected, "modules in the order of the two weeks");
        for (module, source) in modules.iter().zip(&shipped) {
            assert_eq!(module.text.locale, locale.code(), "{} is translated", module.module.slug);
            let (_, text) = source.texts.iter().find(|(l, _)| *l == locale).unwrap();
            assert_eq!(module.text.title, text.title);
            assert_eq!(module.text.goals, text.goals);
            assert_eq!(module.module.edited_by, None);
        }
    }
    for module in app.state.store.modules_in("en").await.unwrap() {
        let texts = app.state.store.module_texts(&module.module.id).await.unwrap();
        assert_eq!(texts.len(), 4);
        assert!(texts.iter().all(|t| t.captions.as_deref().is_some_and(|c| c.starts_with("WEBVTT"))));
        let questions: Vec<usize> = texts.iter().map(|t| t.questions.len()).collect();
        assert!(questions.iter().all(|n| *n == questions[0]), "{}: {questions:?}", module.module.slug);
    }
    // Loading again (a restart) inserts nothing.
    let again = web::curriculum::load_shipped(&app.state.store).await.unwrap();
    assert!(again.inserted.is_empty());
    assert_eq!(again.kept.len(), 12);
}

async fn pages_render_in_every_language_with_the_transcript(app: TestApp) {
    let shipped = web::curriculum::shipped_modules().unwrap();
    let smart = shipped.iter().find(|m| m.slug.as_str() == "smart-objectives").unwrap();
    let mut english = None;
    for locale in Locale::ALL {
        let browser = reader(&app, locale.code()).await;
        let list = browser.get("/curriculum").await;
        assert_eq!(list.status, StatusCode::OK, "{}", list.body);
        list.assert_contains(&format!("<html lang=\"{}\">", locale.code()));
        list.assert_contains(&locale.t("curriculum-title"));
        list.assert_contains(&locale.t_args("curriculum-day", &[("day", "10".into())]));
        for module in &shipped {
            let (_, text) = module.texts.iter().find(|(l, _)| *l == locale).unwrap();
            assert_shows(&list, &text.title);
            list.assert_contains(&format!("href=\"/curriculum/{}\"", module.slug.as_str()));
        }

        let page = browser.get("/curriculum/smart-objectives").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let (_, text) = smart.texts.iter().find(|(l, _)| *l == locale).unwrap();
        assert_shows(&page, &text.title);
        for goal in &text.goals {
            assert_shows(&page, goal);
        }
        for question in &text.questions {
            assert_shows(&page, question);
        }
        assert_shows(&page, &text.exercise);
        page.assert_contains(&locale.t("curriculum-deliverable-smart-objective"));
        // The reading's own headings sit below the page's sections, raw HTML never passes.
        page.assert_contains("<h3>");
        // The transcript, made from the captions in this language, for slow connections.
        page.assert_contains("<details id=\"transcript\">");
        page.assert_contains(&locale.t("curriculum-transcript"));
        let first_cue = &text.captions.as_ref().unwrap().cues()[0].text;
        assert_shows(&page, first_cue);
        page.assert_lacks("curriculum-").assert_lacks("<video");
        page.assert_contains(&locale.t("curriculum-video-none"));
        if locale == Locale::En {
            english = Some(browser);
        }
    }

    // Signed-out visitors are sent to the login page.
    let anonymous = app.browser().get("/curriculum/welcome").await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert!(anonymous.location().starts_with("/login"));
    let missing = english.unwrap().get("/curriculum/no-such-module").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

async fn an_uploaded_video_streams_with_range_requests(app: TestApp) {
    let admin = admin(&app).await;
    // A PNG called .mp4 and declared as video/mp4 is refused by its first bytes.
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    let refused = upload(&admin, "/curriculum/welcome/video", "clip.mp4", "video/mp4", png).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    refused.assert_contains(&Locale::En.t("curriculum-error-video-type"));
    assert!(app.state.store.module_by_slug("welcome").await.unwrap().video.is_none());

    let uploaded =
        upload(&admin, "/curriculum/welcome/video", "welcome.webm", "video/webm", SAMPLE_VIDEO).await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    let module = app.state.store.module_by_slug("welcome").await.unwrap();
    assert!(matches!(
        &module.video,
        Some(store::curriculum::Video::Uploaded { content_type, size, .. })
            if content_type == "video/webm" && *size == SAMPLE_VIDEO.len() as i64
    ));

    let browser = reader(&app, "sw").await;
    let page = browser.get("/curriculum/welcome").await;
    page.assert_contains("<video controls preload=\"none\"");
    page.assert_contains("type=\"video/webm\"");
    page.assert_contains(
        "<track kind=\"captions\" src=\"/curriculum/welcome/captions/sw\" srclang=\"sw\" \
         label=\"Kiswahili\" default>",
    );
    page.assert_contains("src=\"/curriculum/welcome/captions/en\"");
    let re = regex::Regex::new(r#"<source src="([^"]+)""#).unwrap();
    let src = re.captures(&page.body).expect("the video has a source")[1].replace("&#38;", "&");

    // A range: 206 with exactly those bytes.
    let response = browser
        .client
        .get(format!("{}{src}", browser.base))
        .header("range", "bytes=100-1123")
        .header("accept-encoding", "gzip, br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::PARTIAL_CONTENT);
    // Never compressed on the way: the range is the file's own bytes.
    assert!(response.headers().get("content-encoding").is_none(), "{:?}", response.headers());
    assert_eq!(response.headers()["content-type"], "video/webm");
    assert_eq!(response.headers()["content-range"], format!("bytes 100-1123/{}", SAMPLE_VIDEO.len()));
    assert_eq!(response.bytes().await.unwrap().as_ref(), &SAMPLE_VIDEO[100..1124]);
    // From an offset to the end (how players resume), and the whole file.
    let tail = browser
        .client
        .get(format!("{}{src}", browser.base))
        .header("range", "bytes=70000-")
        .send()
        .await
        .unwrap();
    assert_eq!(tail.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(tail.bytes().await.unwrap().as_ref(), &SAMPLE_VIDEO[70000..]);
    let whole = browser.client.get(format!("{}{src}", browser.base)).send().await.unwrap();
    assert_eq!(whole.status(), StatusCode::OK);
    assert_eq!(whole.headers()["accept-ranges"], "bytes");
    assert_eq!(whole.bytes().await.unwrap().as_ref(), SAMPLE_VIDEO);
    let beyond = browser
        .client
        .get(format!("{}{src}", browser.base))
        .header("range", format!("bytes={}-", SAMPLE_VIDEO.len() + 10))
        .send()
        .await
        .unwrap();
    assert_eq!(beyond.status(), StatusCode::RANGE_NOT_SATISFIABLE);

    // Captions for <track>, as text/vtt.
    let captions =
        browser.client.get(format!("{}/curriculum/welcome/captions/sw", browser.base)).send().await.unwrap();
    assert_eq!(captions.status(), StatusCode::OK);
    assert_eq!(captions.headers()["content-type"], "text/vtt; charset=utf-8");
    assert!(captions.text().await.unwrap().starts_with("WEBVTT"));
    let none = browser.get("/curriculum/welcome/captions/fr").await;
    assert_eq!(none.status, StatusCode::NOT_FOUND);
    // Not for people who are not signed in.
    let anonymous = app.browser().client.get(format!("{}{src}", app.base)).send().await.unwrap();
    assert_eq!(anonymous.status(), StatusCode::SEE_OTHER);

    // An external link instead: https only.
    let bad =
        admin.post("/curriculum/welcome/video/link", &[("video_url", "http://videos.example.org/1")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains(&Locale::En.t("curriculum-error-video-url"));
    assert!(matches!(
        app.state.store.module_by_slug("welcome").await.unwrap().video,
        Some(store::curriculum::Video::Uploaded { .. })
    ));
    admin
        .post_redirected("/curriculum/welcome/video/link", &[("video_url", "https://videos.example.org/1")])
        .await;
    let page = browser.get("/curriculum/welcome").await;
    page.assert_contains("<a href=\"https://videos.example.org/1\" rel=\"noopener noreferrer\">")
        .assert_lacks("<video");
    admin.post_redirected("/curriculum/welcome/video/remove", &[]).await;
    assert!(app.state.store.module_by_slug("welcome").await.unwrap().video.is_none());
}

async fn an_admin_edit_with_a_bad_field_is_refused_field_by_field(app: TestApp) {
    let admin = admin(&app).await;
    let module = app.state.store.module_by_slug("campaign-goals").await.unwrap();
    let before = app.state.store.module_texts(&module.id).await.unwrap();
    let form = admin.get("/curriculum/campaign-goals/edit").await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let fields = edit_fields(&form);
    // Day and minutes, seven fields in each of four languages, the deliverable.
    assert_eq!(fields.len(), 2 + 4 * 7 + 1, "{fields:?}");

    // The form as shown saves unchanged.
    let same = post_fields(&admin, "/curriculum/campaign-goals/edit", &fields).await;
    assert_eq!(same.status, StatusCode::SEE_OTHER, "{}", same.body);
    assert_eq!(app.state.store.module_texts(&module.id).await.unwrap(), before);
    let module = app.state.store.module_by_slug("campaign-goals").await.unwrap();
    assert!(module.edited_by.is_some(), "the admin who saved is kept");

    let bad = with(
        &fields,
        &[
            ("es_title", "  "),
            ("day", "11"),
            ("minutes", "many"),
            ("ne_captions", "WEBVTT\n\n00:00.000 -> 00:04.000\nno arrow\n"),
            ("sw_questions", "Swali moja tu?"),
            ("en_title", "A new title that must not be stored"),
        ],
    );
    let page = post_fields(&admin, "/curriculum/campaign-goals/edit", &bad).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", page.body);
    for (field, key) in [
        ("es_title", "curriculum-error-required"),
        ("day", "curriculum-error-day"),
        ("minutes", "curriculum-error-minutes"),
        ("ne_captions", "curriculum-error-captions"),
        ("sw_questions", "curriculum-error-count-differs"),
    ] {
        page.assert_contains(&format!(
            "<p class=\"error\" id=\"{field}-error\">{}</p>",
            escaped(&Locale::En.t(key))
        ));
        page.assert_contains(&format!("id=\"{field}\" name=\"{field}\""));
    }
    page.assert_contains(&Locale::En.t_count("form-has-problems", 5));
    // What was typed comes back, and nothing is stored.
    page.assert_contains("A new title that must not be stored");
    assert_eq!(app.state.store.module_texts(&module.id).await.unwrap(), before);
    let unchanged = app.state.store.module_by_slug("campaign-goals").await.unwrap();
    assert_eq!(
        (unchanged.day, unchanged.minutes, unchanged.updated_at),
        (module.day, module.minutes, module.updated_at)
    );

    // The messages are in the admin's language.
    let mut spanish = admin;
    spanish.language = Some("es");
    let page = post_fields(&spanish, "/curriculum/campaign-goals/edit", &bad).await;
    page.assert_contains(&Locale::Es.t("curriculum-error-day"));

    // A right edit is stored, with who made it; a language left empty falls back to English.
    let good =
        with(&fields, &[("en_title", "Campaign goals, revised"), ("day", "2"), ("deliverable", "none")]);
    let good: Vec<(String, String)> = good
        .into_iter()
        .map(|(n, v)| if n.starts_with("ne_") { (n, String::new()) } else { (n, v) })
        .collect();
    let saved = post_fields(&spanish, "/curriculum/campaign-goals/edit", &good).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let edited = app.state.store.module_by_slug("campaign-goals").await.unwrap();
    assert_eq!(edited.day, 2);
    assert!(edited.edited_by.is_some());
    let nepali = reader(&app, "ne").await.get("/curriculum/campaign-goals").await;
    nepali
        .assert_contains("Campaign goals, revised")
        .assert_contains(&Locale::Ne.t("curriculum-not-translated"));
}

async fn only_admins_edit_the_curriculum(app: TestApp) {
    let lead = app.sign_up("Maji Watch", "KE", "lead@maji.example").await;
    let builder = reader(&app, "en").await;
    for browser in [&lead, &builder] {
        assert_eq!(browser.get("/curriculum/welcome").await.status, StatusCode::OK);
        browser.get("/curriculum").await.assert_lacks("/admin/curriculum/new");
        assert_eq!(browser.get("/curriculum/welcome/edit").await.status, StatusCode::FORBIDDEN);
        assert_eq!(browser.get("/admin/curriculum/new").await.status, StatusCode::FORBIDDEN);
        let post =
            browser.post("/curriculum/welcome/edit", &[("en_title", "Taken over"), ("day", "1")]).await;
        assert_eq!(post.status, StatusCode::FORBIDDEN);
        let new = browser.post("/admin/curriculum/new", &[("slug", "mine")]).await;
        assert_eq!(new.status, StatusCode::FORBIDDEN);
        let link =
            browser.post("/curriculum/welcome/video/link", &[("video_url", "https://x.example/v")]).await;
        assert_eq!(link.status, StatusCode::FORBIDDEN);
        // Last: the refusal comes before the upload is read, so this connection is closed.
        let video = upload(browser, "/curriculum/welcome/video", "v.webm", "video/webm", SAMPLE_VIDEO).await;
        assert_eq!(video.status, StatusCode::FORBIDDEN);
    }
    let module = app.state.store.module_by_slug("welcome").await.unwrap();
    assert!(module.video.is_none() && module.edited_by.is_none());
    assert!(app.state.store.module_by_slug("mine").await.is_err());
    // Without the CSRF token even an admin's change is refused.
    let admin = admin(&app).await;
    let forged = admin.post_raw("/curriculum/welcome/video/remove", &[]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

async fn admins_add_modules_and_loading_again_keeps_their_edits(app: TestApp) {
    let admin = admin(&app).await;
    let form = admin.get("/admin/curriculum/new").await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let fields = with(
        &edit_fields(&form),
        &[
            ("slug", "data-stories"),
            ("day", "9"),
            ("minutes", "30"),
            ("deliverable", "none"),
            ("en_title", "Telling stories with data"),
            ("en_summary", "Turn one number into a story people remember."),
            ("en_goals", "Pick one number\nFind the person behind it"),
            ("en_questions", "Which number surprised you?"),
            ("en_exercise", "Write a three-sentence story."),
            ("en_reading", "## One number\n\nStart with <b>one</b> number."),
        ],
    );
    let created = post_fields(&admin, "/admin/curriculum/new", &fields).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    assert_eq!(created.location(), "/curriculum/data-stories/edit");
    let page = reader(&app, "es").await.get("/curriculum/data-stories").await;
    page.assert_contains("Telling stories with data")
        .assert_contains("<h3>One number</h3>")
        .assert_contains("&lt;b&gt;one&lt;/b&gt;")
        .assert_contains(&Locale::Es.t("curriculum-not-translated"));
    let list = app.state.store.modules_in("en").await.unwrap();
    let day9: Vec<&str> = list.iter().filter(|m| m.module.day == 9).map(|m| m.module.slug.as_str()).collect();
    assert_eq!(day9, ["analysing-visualising", "data-stories"], "a new module comes after its day's others");

    // The same short name again, or a bad one: a message by the field.
    let again = post_fields(&admin, "/admin/curriculum/new", &fields).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    again.assert_contains(&Locale::En.t("curriculum-error-slug-taken"));
    let bad =
        post_fields(&admin, "/admin/curriculum/new", &with(&fields, &[("slug", "Data Stories!")])).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains(&Locale::En.t("curriculum-error-slug"));

    // An admin's edit of a shipped module survives loading the content again; a shipped
    // module that went missing comes back.
    let form = admin.get("/curriculum/welcome/edit").await;
    let edited = with(&edit_fields(&form), &[("en_title", "Welcome, edited by the programme")]);
    post_fields(&admin, "/curriculum/welcome/edit", &edited).await;
    let mut db =
        <sqlx::AnyConnection as sqlx::Connection>::connect(&app.state.config.database_url).await.unwrap();
    // (A connection of the test's own, without SQLite's foreign-key pragma: texts first.)
    sqlx::query(
        "DELETE FROM module_texts WHERE module_id = (SELECT id FROM modules WHERE slug = 'piloting')",
    )
    .execute(&mut db)
    .await
    .unwrap();
    sqlx::query("DELETE FROM modules WHERE slug = 'piloting'").execute(&mut db).await.unwrap();
    let report = web::curriculum::load_shipped(&app.state.store).await.unwrap();
    assert_eq!(report.inserted, ["piloting"]);
    assert_eq!(report.kept.len(), 11);
    let welcome = app.state.store.localised_module("welcome", "en").await.unwrap();
    assert_eq!(welcome.text.title, "Welcome, edited by the programme");
    assert!(app.state.store.module_by_slug("data-stories").await.is_ok());
}

on_both_backends!(
    all_shipped_modules_load_in_every_language,
    pages_render_in_every_language_with_the_transcript,
    an_uploaded_video_streams_with_range_requests,
    an_admin_edit_with_a_bad_field_is_refused_field_by_field,
    only_admins_edit_the_curriculum,
    admins_add_modules_and_loading_again_keeps_their_edits,
);
