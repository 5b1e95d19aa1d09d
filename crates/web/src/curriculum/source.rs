//! A module as written: `module.toml`, `<lang>.md` (TOML front matter between `+++` lines,
//! then the reading in Markdown) and `<lang>.vtt` per language, or the same fields typed
//! into the admins' form. Both are checked by the same rules into a [`ModuleSource`], which
//! cannot hold an invalid module. Pure: the caller hands over the files' text.

use std::fmt;

use serde::Deserialize;
use store::curriculum::{ModuleSettings, ModuleText, NewModule, parse_deliverable};
use webvtt_parser::Vtt;

use crate::kernel::i18n::Locale;

/// Days of the two weeks.
pub const DAYS: std::ops::RangeInclusive<i64> = 1..=10;
/// Expected minutes of a module: at least one, at most a working day.
pub const MINUTES: std::ops::RangeInclusive<i64> = 1..=480;
/// How many learning goals and discussion questions a module may have.
pub const GOALS: std::ops::RangeInclusive<usize> = 1..=8;
pub const QUESTIONS: std::ops::RangeInclusive<usize> = 1..=8;
const TITLE_MAX: usize = 160;
const SUMMARY_MAX: usize = 600;
const SLUG_MAX: usize = 60;

/// A module's identifier in URLs and file names: lowercase ASCII letters and digits in
/// groups joined by single hyphens, such as `smart-objectives`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slug(String);

impl Slug {
    pub fn parse(raw: &str) -> Result<Self, Rule> {
        let slug = raw.trim();
        let ok = !slug.is_empty()
            && slug.len() <= SLUG_MAX
            && slug.split('-').all(|part| {
                !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        if ok { Ok(Self(slug.to_owned())) } else { Err(Rule::Slug) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An external video: an absolute `https://` address with a host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VideoUrl(String);

impl VideoUrl {
    pub fn parse(raw: &str) -> Result<Self, Rule> {
        let raw = raw.trim();
        let url = reqwest::Url::parse(raw).map_err(|_| Rule::VideoUrl)?;
        if url.scheme() != "https" || url.host_str().is_none_or(str::is_empty) || raw.len() > 2000 {
            return Err(Rule::VideoUrl);
        }
        Ok(Self(url.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One caption cue: its times in milliseconds and its text without markup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub start_ms: u64,
    pub end_ms: u64,
    pub text: String,
}

/// WebVTT captions that parse, with their cues. `source` is what is served to `<track>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Captions {
    source: String,
    cues: Vec<Cue>,
}

impl Captions {
    /// Parses WebVTT (with the maintained `webvtt-parser` crate). Line endings are made
    /// `\n` (a browser's textarea sends `\r\n`) and a byte-order mark is dropped. Files
    /// without any cue are refused: they would caption nothing.
    pub fn parse(raw: &str) -> Result<Self, Rule> {
        let source = raw.trim_start_matches('\u{feff}').replace("\r\n", "\n").replace('\r', "\n");
        let source = format!("{}\n", source.trim());
        let vtt = Vtt::parse(&source).map_err(|e| Rule::Captions { line: e.line })?;
        if vtt.cues.is_empty() {
            return Err(Rule::Captions { line: 1 });
        }
        let cues = vtt
            .cues
            .iter()
            .map(|cue| Cue {
                start_ms: cue.start.as_milliseconds(),
                end_ms: cue.end.as_milliseconds(),
                text: plain_cue_text(cue.text),
            })
            .collect();
        Ok(Self { source, cues })
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    pub fn cues(&self) -> &[Cue] {
        &self.cues
    }

    fn timings(&self) -> Vec<(u64, u64)> {
        self.cues.iter().map(|c| (c.start_ms, c.end_ms)).collect()
    }

    /// The transcript for slow connections: each cue's text with the time it starts at.
    pub fn transcript(&self) -> Vec<TranscriptLine> {
        self.cues
            .iter()
            .filter(|c| !c.text.is_empty())
            .map(|c| TranscriptLine { at: clock_time(c.start_ms), text: c.text.clone() })
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranscriptLine {
    /// `m:ss` (or `h:mm:ss`).
    pub at: String,
    pub text: String,
}

fn clock_time(ms: u64) -> String {
    let seconds = ms / 1000;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m}:{s:02}") }
}

/// A cue's text as plain words: its lines joined, markup (`<v Name>`, `<i>`, timestamps)
/// removed and the character references WebVTT allows decoded. Escaping again is the
/// template's job.
fn plain_cue_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for ch in text.chars() {
        match ch {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if in_tag => {}
            '\n' => out.push(' '),
            _ => out.push(ch),
        }
    }
    let decoded = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", "\u{a0}")
        .replace("&lrm;", "\u{200e}")
        .replace("&rlm;", "\u{200f}")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A module's text in one language, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalText {
    pub title: String,
    pub summary: String,
    pub goals: Vec<String>,
    pub questions: Vec<String>,
    pub exercise: String,
    /// Markdown; rendered with raw HTML escaped (see `markdown.rs`).
    pub reading: String,
    pub captions: Option<Captions>,
}

/// A whole module, checked: valid slug, day and minutes, a known deliverable, an https
/// video address if any, English plus any other languages complete, the same number of
/// goals and questions in every language, captions that parse with the same cue times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleSource {
    pub slug: Slug,
    /// Order in the two weeks (the `NN` of the content folder), if known.
    pub position: Option<i64>,
    pub settings: ModuleSettings,
    pub video_url: Option<VideoUrl>,
    /// English first.
    pub texts: Vec<(Locale, LocalText)>,
}

impl ModuleSource {
    pub fn into_new_module(self) -> NewModule {
        NewModule {
            slug: self.slug.0,
            settings: self.settings,
            position: self.position,
            video_url: self.video_url.map(|u| u.0),
            texts: store_texts(self.texts),
        }
    }
}

/// Checked texts in the store's terms.
pub fn store_texts(texts: Vec<(Locale, LocalText)>) -> Vec<ModuleText> {
    texts
        .into_iter()
        .map(|(locale, t)| ModuleText {
            locale: locale.code().to_owned(),
            title: t.title,
            summary: t.summary,
            goals: t.goals,
            questions: t.questions,
            exercise: t.exercise,
            reading: t.reading,
            captions: t.captions.map(|c| c.source),
        })
        .collect()
}

/// What a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Folder,
    File,
    Slug,
    Day,
    Minutes,
    Deliverable,
    VideoUrl,
    Title,
    Summary,
    Goals,
    Questions,
    Exercise,
    Reading,
    Captions,
}

/// Which rule was broken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Rule {
    #[error("the folder must be named NN-slug, with the slug of module.toml")]
    Folder,
    #[error("the file is missing")]
    Missing,
    #[error("the text must start with front matter between two +++ lines")]
    FrontMatter,
    #[error("the file does not parse: {0}")]
    Syntax(String),
    #[error("a slug is 1 to 60 lowercase letters, digits and single hyphens")]
    Slug,
    #[error("the day must be a whole number from 1 to 10")]
    Day,
    #[error("the minutes must be a whole number from 1 to 480")]
    Minutes,
    #[error(
        "the deliverable must be one of none, campaign_plan, smart_objective, survey, pilot_report, challenges_log"
    )]
    Deliverable,
    #[error("an external video must be an https:// address")]
    VideoUrl,
    #[error("this text is required")]
    Empty,
    #[error("this text is too long")]
    TooLong,
    #[error("there must be 1 to 8 of them, none empty")]
    Count,
    #[error("the number differs from the English text")]
    CountDiffers,
    #[error("the captions are not valid WebVTT (line {line})")]
    Captions { line: u32 },
    #[error("the cue times differ from the English captions")]
    CaptionTimings,
}

/// A broken rule, where: the language (if the field has one) and the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub locale: Option<Locale>,
    pub field: Field,
    pub rule: Rule,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(locale) = self.locale {
            write!(f, "{}: ", locale.code())?;
        }
        write!(f, "{:?}: {}", self.field, self.rule)
    }
}

fn problem(locale: Option<Locale>, field: Field, rule: Rule) -> Problem {
    Problem { locale, field, rule }
}

/// A language's text as typed or read, before checking. An admin's form leaves a language
/// out by leaving every field of it empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawText {
    pub title: String,
    pub summary: String,
    pub goals: Vec<String>,
    pub questions: Vec<String>,
    pub exercise: String,
    pub reading: String,
    pub captions: String,
}

impl RawText {
    pub fn is_blank(&self) -> bool {
        [&self.title, &self.summary, &self.exercise, &self.reading, &self.captions]
            .iter()
            .all(|s| s.trim().is_empty())
            && self.goals.iter().all(|g| g.trim().is_empty())
            && self.questions.iter().all(|q| q.trim().is_empty())
    }
}

/// Settings as typed or read, before checking (`None`: not a whole number).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawSettings {
    pub day: Option<i64>,
    pub minutes: Option<i64>,
    pub deliverable: String,
}

pub fn check_settings(raw: &RawSettings, problems: &mut Vec<Problem>) -> Option<ModuleSettings> {
    let day = raw.day.filter(|d| DAYS.contains(d));
    if day.is_none() {
        problems.push(problem(None, Field::Day, Rule::Day));
    }
    let minutes = raw.minutes.filter(|m| MINUTES.contains(m));
    if minutes.is_none() {
        problems.push(problem(None, Field::Minutes, Rule::Minutes));
    }
    let deliverable = parse_deliverable(&raw.deliverable);
    if deliverable.is_none() {
        problems.push(problem(None, Field::Deliverable, Rule::Deliverable));
    }
    Some(ModuleSettings { day: day?, minutes: minutes?, deliverable: deliverable? })
}

fn required(
    locale: Locale,
    field: Field,
    text: &str,
    max: Option<usize>,
    problems: &mut Vec<Problem>,
) -> String {
    let text = text.trim().replace("\r\n", "\n");
    if text.is_empty() {
        problems.push(problem(Some(locale), field, Rule::Empty));
    } else if max.is_some_and(|max| text.chars().count() > max) {
        problems.push(problem(Some(locale), field, Rule::TooLong));
    }
    text
}

fn list(
    locale: Locale,
    field: Field,
    items: &[String],
    bounds: &std::ops::RangeInclusive<usize>,
    problems: &mut Vec<Problem>,
) -> Vec<String> {
    let items: Vec<String> = items.iter().map(|i| i.trim().to_owned()).collect();
    if !bounds.contains(&items.len()) || items.iter().any(String::is_empty) {
        problems.push(problem(Some(locale), field, Rule::Count));
    }
    items
}

fn check_text(locale: Locale, raw: &RawText, problems: &mut Vec<Problem>) -> LocalText {
    let captions = if raw.captions.trim().is_empty() {
        None
    } else {
        Captions::parse(&raw.captions)
            .map_err(|rule| problems.push(problem(Some(locale), Field::Captions, rule)))
            .ok()
    };
    LocalText {
        title: required(locale, Field::Title, &raw.title, Some(TITLE_MAX), problems),
        summary: required(locale, Field::Summary, &raw.summary, Some(SUMMARY_MAX), problems),
        goals: list(locale, Field::Goals, &raw.goals, &GOALS, problems),
        questions: list(locale, Field::Questions, &raw.questions, &QUESTIONS, problems),
        exercise: required(locale, Field::Exercise, &raw.exercise, None, problems),
        reading: required(locale, Field::Reading, &raw.reading, None, problems),
        captions,
    }
}

/// Checks the texts of a module. English is required; with `all_languages` every language
/// is (content files), otherwise a blank language is left out (it falls back to English).
/// Every present language has as many goals and questions as English, and captions with the
/// same cue times as English's.
pub fn check_texts(
    raw: &[(Locale, RawText)],
    all_languages: bool,
    problems: &mut Vec<Problem>,
) -> Vec<(Locale, LocalText)> {
    let mut texts = Vec::new();
    for locale in Locale::ALL {
        let text = raw.iter().find(|(l, _)| *l == locale).map(|(_, t)| t);
        match text {
            Some(text) if locale == Locale::En || all_languages || !text.is_blank() => {
                texts.push((locale, check_text(locale, text, problems)));
            }
            Some(_) => {}
            None if locale == Locale::En || all_languages => {
                problems.push(problem(Some(locale), Field::File, Rule::Missing));
            }
            None => {}
        }
    }
    if let Some((Locale::En, english)) = texts.first() {
        for (locale, text) in texts.iter().skip(1) {
            if text.goals.len() != english.goals.len() {
                problems.push(problem(Some(*locale), Field::Goals, Rule::CountDiffers));
            }
            if text.questions.len() != english.questions.len() {
                problems.push(problem(Some(*locale), Field::Questions, Rule::CountDiffers));
            }
            if let (Some(theirs), Some(ours)) = (&text.captions, &english.captions)
                && theirs.timings() != ours.timings()
            {
                problems.push(problem(Some(*locale), Field::Captions, Rule::CaptionTimings));
            }
        }
    }
    texts
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleToml {
    slug: String,
    day: i64,
    minutes: i64,
    deliverable: String,
    video_url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    summary: String,
    goals: Vec<String>,
    questions: Vec<String>,
    exercise: String,
}

/// Splits `+++\n<toml>\n+++\n<markdown>`.
fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_start_matches('\u{feff}');
    let rest = text.strip_prefix("+++\n").or_else(|| text.strip_prefix("+++\r\n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Some((&rest[..offset], &rest[offset + line.len()..]));
        }
        offset += line.len();
    }
    None
}

fn toml_message(err: &toml::de::Error) -> String {
    err.message().to_owned()
}

/// Reads one content folder, `NN-slug`, whose files `file(name)` returns (`None`: absent).
/// Every language must be there, each with its `.md`; `.vtt` files are optional but must
/// parse when present.
pub fn parse_folder<'a>(
    folder: &str,
    file: impl Fn(&str) -> Option<&'a str>,
) -> Result<ModuleSource, Vec<Problem>> {
    let mut problems = Vec::new();
    let Some(toml_text) = file("module.toml") else {
        return Err(vec![problem(None, Field::File, Rule::Missing)]);
    };
    let manifest = match toml::from_str::<ModuleToml>(toml_text) {
        Ok(manifest) => manifest,
        Err(err) => return Err(vec![problem(None, Field::File, Rule::Syntax(toml_message(&err)))]),
    };
    let slug =
        Slug::parse(&manifest.slug).map_err(|rule| problems.push(problem(None, Field::Slug, rule))).ok();
    let position = folder
        .split_once('-')
        .filter(|(nn, rest)| nn.len() == 2 && Some(*rest) == slug.as_ref().map(Slug::as_str))
        .and_then(|(nn, _)| nn.parse::<i64>().ok());
    if position.is_none() && slug.is_some() {
        problems.push(problem(None, Field::Folder, Rule::Folder));
    }
    let settings = check_settings(
        &RawSettings {
            day: Some(manifest.day),
            minutes: Some(manifest.minutes),
            deliverable: manifest.deliverable,
        },
        &mut problems,
    );
    let video_url = manifest
        .video_url
        .as_deref()
        .map(VideoUrl::parse)
        .transpose()
        .map_err(|rule| problems.push(problem(None, Field::VideoUrl, rule)))
        .ok()
        .flatten();

    let mut raw = Vec::new();
    let mut unreadable = Vec::new();
    for locale in Locale::ALL {
        let Some(md) = file(&format!("{}.md", locale.code())) else {
            continue;
        };
        let Some((front, reading)) = split_front_matter(md) else {
            problems.push(problem(Some(locale), Field::File, Rule::FrontMatter));
            unreadable.push(locale);
            continue;
        };
        let front = match toml::from_str::<FrontMatter>(front) {
            Ok(front) => front,
            Err(err) => {
                problems.push(problem(Some(locale), Field::File, Rule::Syntax(toml_message(&err))));
                unreadable.push(locale);
                continue;
            }
        };
        let captions = file(&format!("{}.vtt", locale.code())).unwrap_or_default().to_owned();
        raw.push((
            locale,
            RawText {
                title: front.title,
                summary: front.summary,
                goals: front.goals,
                questions: front.questions,
                exercise: front.exercise,
                reading: reading.to_owned(),
                captions,
            },
        ));
    }
    let mut text_problems = Vec::new();
    let texts = check_texts(&raw, true, &mut text_problems);
    // An unreadable file was reported as such, not also as missing.
    text_problems.retain(|p| !(p.rule == Rule::Missing && p.locale.is_some_and(|l| unreadable.contains(&l))));
    problems.extend(text_problems);
    // Captions are in every language or in none (captions that do not parse were reported).
    let has_captions = |text: &RawText| !text.captions.trim().is_empty();
    let with_captions = raw.iter().filter(|(_, text)| has_captions(text)).count();
    if with_captions > 0 && with_captions < raw.len() {
        for (locale, text) in &raw {
            if !has_captions(text) {
                problems.push(problem(Some(*locale), Field::Captions, Rule::Missing));
            }
        }
    }
    match (slug, settings) {
        (Some(slug), Some(settings)) if problems.is_empty() => {
            Ok(ModuleSource { slug, position, settings, video_url, texts })
        }
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    const MODULE_TOML: &str = "slug = \"welcome\"\nday = 1\nminutes = 40\ndeliverable = \"none\"\n";
    const VTT: &str = "WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v Ana>Hello &amp; welcome</v>\nto DataShift.\n\n00:04.000 --> 00:09.500\nSecond cue.\n";

    fn md(title: &str, goals: usize, questions: usize) -> String {
        let list =
            |n: usize, what: &str| (1..=n).map(|i| format!("\"{what} {i}\"")).collect::<Vec<_>>().join(", ");
        format!(
            "+++\ntitle = \"{title}\"\nsummary = \"What it is for.\"\ngoals = [{}]\nquestions = [{}]\nexercise = \"Do it.\"\n+++\n\nThe reading.\n",
            list(goals, "goal"),
            list(questions, "question")
        )
    }

    /// A valid module's files; tests then break one rule each.
    fn files() -> BTreeMap<String, String> {
        let mut files = BTreeMap::new();
        files.insert("module.toml".to_owned(), MODULE_TOML.to_owned());
        for locale in Locale::ALL {
            files.insert(format!("{}.md", locale.code()), md(&format!("Title {}", locale.code()), 3, 2));
            files.insert(format!("{}.vtt", locale.code()), VTT.to_owned());
        }
        files
    }

    fn parse(files: &BTreeMap<String, String>) -> Result<ModuleSource, Vec<Problem>> {
        parse_folder("01-welcome", |name| files.get(name).map(String::as_str))
    }

    fn rules(files: &BTreeMap<String, String>) -> Vec<(Option<Locale>, Field, Rule)> {
        parse(files)
            .expect_err("the module is refused")
            .into_iter()
            .map(|p| (p.locale, p.field, p.rule))
            .collect()
    }

    #[test]
    fn a_complete_module_parses_with_its_position_and_every_language() {
        let module = parse(&files()).unwrap();
        assert_eq!(module.slug.as_str(), "welcome");
        assert_eq!(module.position, Some(1));
        assert_eq!(module.settings.day, 1);
        assert_eq!(module.settings.deliverable, None);
        assert_eq!(module.texts.iter().map(|(l, _)| *l).collect::<Vec<_>>(), Locale::ALL);
        let (_, es) = &module.texts[1];
        assert_eq!(es.title, "Title es");
        assert_eq!(es.goals.len(), 3);
        assert_eq!(es.reading, "The reading.");
        let new = module.into_new_module();
        assert_eq!(new.texts.len(), 4);
        assert!(new.texts[0].captions.as_deref().unwrap().starts_with("WEBVTT\n"));
    }

    #[test]
    fn slugs_are_lowercase_words_joined_by_single_hyphens() {
        assert!(Slug::parse("smart-objectives").is_ok());
        assert!(Slug::parse("day-10").is_ok());
        for bad in ["", "Smart", "two--hyphens", "-lead", "trail-", "with space", "ñandú", &"a".repeat(61)]
        {
            assert_eq!(Slug::parse(bad), Err(Rule::Slug), "{bad:?}");
        }
        let mut f = files();
        f.insert("module.toml".into(), MODULE_TOML.replace("\"welcome\"", "\"Welcome!\""));
        assert_eq!(rules(&f), vec![(None, Field::Slug, Rule::Slug)]);
    }

    #[test]
    fn the_folder_name_carries_the_order_and_the_same_slug() {
        let f = files();
        let err = parse_folder("welcome", |n| f.get(n).map(String::as_str)).unwrap_err();
        assert_eq!(err[0].rule, Rule::Folder);
        let err = parse_folder("01-other", |n| f.get(n).map(String::as_str)).unwrap_err();
        assert_eq!(err[0].rule, Rule::Folder);
    }

    #[test]
    fn the_day_is_one_of_the_ten_working_days() {
        for bad in ["0", "11", "-1"] {
            let mut f = files();
            f.insert("module.toml".into(), MODULE_TOML.replace("day = 1", &format!("day = {bad}")));
            assert_eq!(rules(&f), vec![(None, Field::Day, Rule::Day)], "day {bad}");
        }
        let mut f = files();
        f.insert("module.toml".into(), MODULE_TOML.replace("day = 1", "day = \"one\""));
        assert!(matches!(rules(&f)[0].2, Rule::Syntax(_)));
    }

    #[test]
    fn minutes_are_positive_and_at_most_a_working_day() {
        let mut f = files();
        f.insert("module.toml".into(), MODULE_TOML.replace("minutes = 40", "minutes = 0"));
        assert_eq!(rules(&f), vec![(None, Field::Minutes, Rule::Minutes)]);
    }

    #[test]
    fn the_deliverable_is_a_known_kind() {
        let mut f = files();
        f.insert("module.toml".into(), MODULE_TOML.replace("\"none\"", "\"essay\""));
        assert_eq!(rules(&f), vec![(None, Field::Deliverable, Rule::Deliverable)]);
        for kind in store::curriculum::deliverable_choices() {
            let mut f = files();
            f.insert(
                "module.toml".into(),
                MODULE_TOML
                    .replace("\"none\"", &format!("\"{}\"", store::curriculum::deliverable_name(kind))),
            );
            assert_eq!(parse(&f).unwrap().settings.deliverable, kind);
        }
    }

    #[test]
    fn an_external_video_is_an_https_address() {
        assert!(VideoUrl::parse("https://video.example.org/watch?v=1").is_ok());
        for bad in
            ["http://video.example.org/1", "javascript:alert(1)", "https://", "not a url", "ftp://x.org/v"]
        {
            assert_eq!(VideoUrl::parse(bad), Err(Rule::VideoUrl), "{bad:?}");
        }
        let mut f = files();
        f.insert("module.toml".into(), format!("{MODULE_TOML}video_url = \"http://example.org/v.mp4\"\n"));
        assert_eq!(rules(&f), vec![(None, Field::VideoUrl, Rule::VideoUrl)]);
    }

    #[test]
    fn unknown_keys_in_module_toml_are_refused() {
        let mut f = files();
        f.insert("module.toml".into(), format!("{MODULE_TOML}colour = \"blue\"\n"));
        assert!(matches!(rules(&f)[0].2, Rule::Syntax(_)));
    }

    #[test]
    fn every_language_is_present() {
        let mut f = files();
        f.remove("sw.md");
        assert_eq!(rules(&f), vec![(Some(Locale::Sw), Field::File, Rule::Missing)]);
        let mut f = files();
        f.remove("module.toml");
        assert_eq!(rules(&f), vec![(None, Field::File, Rule::Missing)]);
    }

    #[test]
    fn front_matter_stands_between_two_plus_lines() {
        let mut f = files();
        f.insert("ne.md".into(), "title = \"x\"\n\nThe reading.".into());
        assert_eq!(rules(&f), vec![(Some(Locale::Ne), Field::File, Rule::FrontMatter)]);
        let mut f = files();
        f.insert("ne.md".into(), md("x", 3, 2).replace("title", "titel"));
        assert!(matches!(rules(&f)[0], (Some(Locale::Ne), Field::File, Rule::Syntax(_))));
    }

    #[test]
    fn titles_and_texts_are_required() {
        let mut f = files();
        f.insert("es.md".into(), md("  ", 3, 2));
        assert_eq!(rules(&f), vec![(Some(Locale::Es), Field::Title, Rule::Empty)]);
        let mut f = files();
        f.insert("es.md".into(), md(&"x".repeat(200), 3, 2));
        assert_eq!(rules(&f), vec![(Some(Locale::Es), Field::Title, Rule::TooLong)]);
    }

    #[test]
    fn goals_and_questions_have_the_same_number_in_every_language() {
        let mut f = files();
        f.insert("sw.md".into(), md("Kichwa", 4, 2));
        assert_eq!(rules(&f), vec![(Some(Locale::Sw), Field::Goals, Rule::CountDiffers)]);
        let mut f = files();
        f.insert("ne.md".into(), md("शीर्षक", 3, 3));
        assert_eq!(rules(&f), vec![(Some(Locale::Ne), Field::Questions, Rule::CountDiffers)]);
    }

    #[test]
    fn goals_and_questions_are_bounded_and_none_is_empty() {
        let mut f = files();
        f.insert("en.md".into(), md("Title", 3, 2).replace("\"goal 2\"", "\" \""));
        assert_eq!(rules(&f), vec![(Some(Locale::En), Field::Goals, Rule::Count)]);
        let mut f = files();
        for locale in Locale::ALL {
            f.insert(format!("{}.md", locale.code()), md("Title", 3, 0));
        }
        assert!(rules(&f).iter().all(|(_, field, rule)| *field == Field::Questions && *rule == Rule::Count));
    }

    #[test]
    fn captions_must_parse_as_webvtt() {
        let mut f = files();
        f.insert("es.vtt".into(), "WEBVTT\n\n00:00.000 -> 00:04.000\nBroken arrow\n".into());
        assert!(matches!(rules(&f)[..], [(Some(Locale::Es), Field::Captions, Rule::Captions { .. })]));
        assert!(Captions::parse("Hello\n").is_err());
        assert!(Captions::parse("WEBVTT\n").is_err(), "no cue");
        assert!(Captions::parse("WEBVTT\n\n00:05.000 --> 00:01.000\nBackwards\n").is_err());
        // A textarea's line endings are fine.
        assert_eq!(Captions::parse(&VTT.replace('\n', "\r\n")).unwrap().cues().len(), 2);
    }

    #[test]
    fn captions_have_the_same_cue_times_in_every_language() {
        let mut f = files();
        f.insert("ne.vtt".into(), VTT.replace("00:04.000 --> 00:09.500", "00:04.000 --> 00:10.000"));
        assert_eq!(rules(&f), vec![(Some(Locale::Ne), Field::Captions, Rule::CaptionTimings)]);
    }

    #[test]
    fn captions_are_in_every_language_or_none() {
        let mut f = files();
        f.remove("es.vtt");
        assert_eq!(rules(&f), vec![(Some(Locale::Es), Field::Captions, Rule::Missing)]);
        let mut f = files();
        for locale in Locale::ALL {
            f.remove(&format!("{}.vtt", locale.code()));
        }
        assert!(parse(&f).unwrap().texts.iter().all(|(_, t)| t.captions.is_none()));
    }

    #[test]
    fn the_transcript_is_the_cues_text_without_markup() {
        let captions = Captions::parse(VTT).unwrap();
        let transcript = captions.transcript();
        assert_eq!(
            transcript,
            vec![
                TranscriptLine { at: "0:00".into(), text: "Hello & welcome to DataShift.".into() },
                TranscriptLine { at: "0:04".into(), text: "Second cue.".into() },
            ]
        );
        assert_eq!(clock_time(3_725_000), "1:02:05");
    }

    #[test]
    fn an_admin_may_leave_a_language_out_but_not_english() {
        let complete = RawText {
            title: "T".into(),
            summary: "S".into(),
            goals: vec!["g".into()],
            questions: vec!["q".into()],
            exercise: "E".into(),
            reading: "R".into(),
            captions: String::new(),
        };
        let mut problems = vec![];
        let texts = check_texts(
            &[(Locale::En, complete.clone()), (Locale::Es, RawText::default())],
            false,
            &mut problems,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(texts.len(), 1);
        let mut problems = vec![];
        check_texts(&[(Locale::En, RawText::default()), (Locale::Es, complete)], false, &mut problems);
        assert!(problems.iter().any(|p| p.locale == Some(Locale::En) && p.field == Field::Title));
    }
}
