//! Web forms: a published form as accessible HTML plus the script that runs it offline. No I/O.
//!
//! [`render`] turns an [`xform::Survey`] into a `<form>` fragment and a JSON definition (the
//! instance to fill, binds with their expressions compiled by [`compile`], choice lists and
//! the translated interface strings). [`ENGINE_JS`] runs that definition in the browser:
//! relevance, constraints, calculations, repeats, languages, drafts kept as the person types,
//! and a queue of finished submissions in IndexedDB sent as OpenRosa multipart posts.
//! [`SERVICE_WORKER_JS`] caches the page and its assets so the form opens offline.

#![forbid(unsafe_code)]

pub mod compile;
pub mod html;
mod render;
pub mod ui;

/// What the page around the form provides.
pub struct Options<'a> {
    /// Where the finished submission is POSTed: multipart/form-data with the XML in a part
    /// named `xml_submission_file` (filename `submission.xml`, type text/xml) and each
    /// attachment as a part named after its file name, as ODK Collect sends it (OpenRosa).
    pub submission_url: &'a str,
    /// URL of the service worker script (the server serves [`SERVICE_WORKER_JS`] there; its
    /// scope covers the form page and the submission URL).
    pub service_worker_url: &'a str,
    /// Prefix for the form's media files (`{media_url}/{file name}`): images in labels and the
    /// CSV/XML/GeoJSON files of select_one_from_file / select_multiple_from_file.
    pub media_url: &'a str,
    /// The form language to show first (one of the form's languages), else the form's default.
    pub language: Option<&'a str>,
    /// When editing: the stored submission XML to load into the form. On submit the engine
    /// writes a new `meta/instanceID` (uuid:…) and puts the old one in `meta/deprecatedID`.
    pub edit: Option<&'a str>,
    /// A preview before publishing: answers are checked as they would be, but nothing is
    /// queued, kept as a draft or sent, and no service worker is registered.
    pub preview: bool,
    /// Translates the platform's own UI strings by Fluent key (keys in
    /// `locales/*/webform.ftl`, listed in [`ui::KEYS`]).
    pub ui: &'a dyn Fn(&str) -> String,
}

/// A rendered form.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// A `<form>` fragment followed by a `<script type="application/json">` definition; no
    /// `<html>` or `<head>`. The page adds `<script src>` for [`ENGINE_JS`] and the stylesheet.
    pub html: String,
    /// The form title.
    pub title: String,
    /// The form's languages, in the order the form gives them (empty for a form without
    /// translations).
    pub languages: Vec<String>,
    /// Expressions the browser cannot run, one sentence each (their binds are permissive in
    /// the browser; the server's check of each submission still applies them).
    pub warnings: Vec<String>,
}

/// Why a form could not be rendered.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RenderError {
    /// A `${name}` reference names no element, or several.
    #[error("{0}")]
    Reference(#[from] xform::refs::RefError),
}

/// The languages of a form's translated texts (`English (en)`, …), in the order first seen.
pub fn languages(survey: &xform::Survey) -> Vec<String> {
    render::text::languages(survey)
}

/// The form language that matches a person's language code (`sw` matches `Swahili (sw)` or
/// `sw`), if the form has one.
pub fn language_for(survey: &xform::Survey, code: &str) -> Option<String> {
    let tagged = format!("({code})");
    languages(survey).into_iter().find(|l| l == code || l.trim_end().ends_with(&tagged))
}

/// Renders `survey` as an HTML form with its engine definition.
pub fn render(survey: &xform::Survey, options: &Options) -> Result<Rendered, RenderError> {
    render::render(survey, options)
}

/// The browser engine: the expression runtime and the form controller (plain ES2019, no
/// build step). Serve it as a separate script so a strict Content Security Policy holds.
pub const ENGINE_JS: &str = concat!(include_str!("../assets/xpath.js"), include_str!("../assets/engine.js"));

/// The service worker: caches the form page and its assets (network first for pages, cache
/// first for assets) and sends the queued submissions when the browser regains a connection.
pub const SERVICE_WORKER_JS: &str = include_str!("../assets/sw.js");

/// The form's stylesheet: small and mobile first, without external fonts.
pub const STYLE_CSS: &str = include_str!("../assets/style.css");
