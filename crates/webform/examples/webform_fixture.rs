//! Writes a standalone web form page for the engine's browser test:
//!
//!     cargo run -p webform --example webform_fixture -- OUT_DIR
//!
//! OUT_DIR gets `index.html` (the household form of e2e/webform-fixture in a minimal page),
//! `engine.js`, `sw.js`, `style.css` and `media/cities.csv`. A second argument names another
//! table form (markdown) to render instead; `WEBFORM_EDIT` names a submission XML to edit.

use std::path::PathBuf;

const FORM: &str = include_str!("../../../e2e/webform-fixture/household.md");
const CITIES: &str = include_str!("../../../e2e/webform-fixture/cities.csv");
const ENGLISH: &str = include_str!("../../../locales/en/webform.ftl");

fn main() {
    let out = PathBuf::from(std::env::args().nth(1).expect("usage: webform_fixture OUT_DIR"));
    std::fs::create_dir_all(out.join("media")).expect("create the output directory");
    let table = match std::env::args().nth(2) {
        Some(path) => std::fs::read_to_string(path).expect("read the form table"),
        None => FORM.to_string(),
    };
    let edit =
        std::env::var("WEBFORM_EDIT").ok().map(|p| std::fs::read_to_string(p).expect("read the XML to edit"));
    let survey = match xlsform::convert(
        &xlsform::testing::csv_from_table(&table),
        xlsform::Format::Csv,
        &xlsform::Options::default(),
    ) {
        Ok(c) => c.survey,
        Err(e) => panic!("the fixture form does not convert: {e:?}"),
    };
    let ui = |key: &str| {
        ENGLISH
            .lines()
            .find_map(|l| l.strip_prefix(key).and_then(|rest| rest.strip_prefix(" = ")))
            .unwrap_or(key)
            .to_string()
    };
    let options = webform::Options {
        submission_url: "/submission",
        service_worker_url: "/sw.js",
        media_url: "/media",
        language: None,
        edit: edit.as_deref(),
        preview: false,
        ui: &ui,
    };
    let rendered = webform::render(&survey, &options).expect("the fixture form renders");
    let page = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><link rel=\"stylesheet\" href=\"/style.css\"></head>\n<body>\n{}\n\
         <script src=\"/engine.js\"></script>\n</body></html>\n",
        escaped(&rendered.title),
        rendered.html
    );
    let files = [
        ("index.html", page.as_str()),
        ("engine.js", webform::ENGINE_JS),
        ("sw.js", webform::SERVICE_WORKER_JS),
        ("style.css", webform::STYLE_CSS),
        ("media/cities.csv", CITIES),
    ];
    for (name, body) in files {
        std::fs::write(out.join(name), body).expect("write a fixture file");
    }
    for w in &rendered.warnings {
        eprintln!("warning: {w}");
    }
    println!("{}", out.display());
}

fn escaped(text: &str) -> String {
    let mut out = String::new();
    webform::html::escape(text, &mut out);
    out
}
