//! Forms written as small XLSForm tables, and the English interface strings.

#![allow(dead_code)]

use xlsform::{Format, Options, convert};

/// The form model of a table form that must convert.
pub fn survey(md: &str) -> xform::Survey {
    match convert(&xlsform::testing::csv_from_table(md), Format::Csv, &Options::default()) {
        Ok(c) => c.survey,
        Err(e) => panic!("conversion failed: {e:?}"),
    }
}

/// The single-line messages of `locales/en/webform.ftl`.
pub fn english() -> Vec<(String, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales/en/webform.ftl");
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter_map(|l| l.split_once(" = "))
        .filter(|(k, _)| k.starts_with("webform-"))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Renders with English interface strings and the given language and edit XML.
pub fn render_with(survey: &xform::Survey, language: Option<&str>, edit: Option<&str>) -> webform::Rendered {
    let messages = english();
    let ui = move |key: &str| {
        messages
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| format!("MISSING {key}"))
    };
    let options = webform::Options {
        submission_url: "/submission",
        service_worker_url: "/sw.js",
        media_url: "/media/",
        language,
        edit,
        preview: false,
        ui: &ui,
    };
    webform::render(survey, &options).unwrap()
}

/// Renders with English interface strings.
pub fn render(md: &str) -> webform::Rendered {
    render_with(&survey(md), None, None)
}

/// The JSON definition of a rendered form.
pub fn definition(r: &webform::Rendered) -> serde_json::Value {
    let start = r.html.find("<script type=\"application/json\" id=\"webform-definition\">").unwrap();
    let body = &r.html[start..];
    let body = &body[body.find('>').unwrap() + 1..body.rfind("</script>").unwrap()];
    serde_json::from_str(body).unwrap()
}
