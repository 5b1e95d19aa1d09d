//! Translatable texts: a span per language (the engine shows the chosen one), `${name}`
//! references as outputs the engine fills, and media in labels.

use xform::{Survey, Text};

use super::Renderer;
use crate::html::{Node, el, text};

/// The languages of a form's translated texts, in the order they are first seen.
pub(crate) fn languages(survey: &Survey) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    let mut add = |t: &Text| {
        if let Text::Translated(v) = t {
            for (l, _) in v {
                if !out.contains(l) {
                    out.push(l.clone());
                }
            }
        }
    };
    fn walk(els: &[xform::Element], add: &mut dyn FnMut(&Text)) {
        for e in els {
            add(&e.label);
            add(&e.hint);
            add(&e.guidance_hint);
            e.media.iter().for_each(|(_, t)| add(t));
            e.bind.iter().for_each(|(_, t)| add(t));
            walk(&e.children, add);
        }
    }
    walk(&survey.children, &mut add);
    for list in &survey.choices {
        for c in &list.choices {
            add(&c.label);
            c.media.iter().for_each(|(_, t)| add(t));
        }
    }
    out
}

/// The BCP 47 code in a language name such as `English (en)`, if any.
pub(super) fn language_code(name: &str) -> Option<&str> {
    let open = name.rfind('(')?;
    let code = name[open + 1..].strip_suffix(')')?.trim();
    let ok =
        !code.is_empty() && code.len() <= 12 && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then_some(code)
}

impl Renderer<'_> {
    /// The text of `t` in `lang`, else in the default language, else the first there is.
    pub(super) fn pick<'t>(&self, t: &'t Text, lang: &str) -> Option<&'t str> {
        match t {
            Text::None => None,
            Text::Plain(s) => Some(s),
            Text::Translated(v) => v
                .iter()
                .find(|(l, _)| l == lang)
                .or_else(|| v.iter().find(|(l, _)| *l == self.survey.default_language))
                .or_else(|| v.first())
                .map(|(_, s)| s.as_str()),
        }
    }

    /// The nodes showing `t`: one span per language (all but the current one hidden) when it
    /// is translated, else the text itself. `context` is the element the text belongs to.
    pub(super) fn spans(&mut self, t: &Text, context: Option<usize>) -> Vec<Node> {
        match t {
            Text::None => vec![],
            Text::Plain(s) => self.inline(&s.clone(), context),
            Text::Translated(_) => {
                let langs = self.langs.clone();
                let mut out = vec![];
                for lang in &langs {
                    let Some(s) = self.pick(t, lang).map(str::to_string) else { continue };
                    let span = el("span")
                        .attr("class", "tr")
                        .attr("data-lang", lang.clone())
                        .attr_if(language_code(lang).is_some(), "lang", language_code(lang).unwrap_or(""))
                        .attr_if(*lang != self.lang, "hidden", "")
                        .children(self.inline(&s, context));
                    out.push(span.into());
                }
                out
            }
        }
    }

    /// Text with each `${name}` replaced by an output the engine fills.
    fn inline(&mut self, s: &str, context: Option<usize>) -> Vec<Node> {
        let refs = xform::refs::references(s);
        let mut out = vec![];
        let mut last = 0;
        for r in &refs {
            if r.start > last {
                out.push(text(&s[last..r.start]));
            }
            let id = context.unwrap_or(0);
            let compiled = self
                .index
                .replacement(s, r, context, false, false)
                .map_err(|e| e.to_string())
                .and_then(|p| crate::compile::compile_text(&p).map_err(|e| e.to_string()));
            match self.push_program(id, "an output", &s[r.start..r.end], compiled) {
                Some(x) => out.push(el("span").attr("class", "out").attr("data-x", x.to_string()).into()),
                None => out.push(text(&s[r.start..r.end])),
            }
            last = r.end;
        }
        if last < s.len() {
            out.push(text(&s[last..]));
        }
        out
    }

    /// Images, audio and video of a label, per language.
    pub(super) fn media(&mut self, media: &[(String, Text)]) -> Vec<Node> {
        let mut out = vec![];
        let base = self.options.media_url.trim_end_matches('/').to_string();
        for (kind, t) in media {
            let langs: Vec<Option<String>> = match t {
                Text::Translated(_) if self.langs.len() > 1 => self.langs.iter().cloned().map(Some).collect(),
                _ => vec![None],
            };
            for lang in langs {
                let file = match &lang {
                    Some(l) => self.pick(t, l),
                    None => self.pick(t, &self.lang),
                };
                let Some(file) = file.filter(|f| !f.is_empty() && *f != "-") else { continue };
                let src = format!("{base}/{}", file);
                let node = match kind.as_str() {
                    "image" => el("img")
                        .attr("class", "media")
                        .attr("src", src)
                        .attr("alt", "")
                        .attr("loading", "lazy"),
                    "audio" => el("audio")
                        .attr("class", "media")
                        .attr("controls", "")
                        .attr("preload", "none")
                        .attr("src", src),
                    "video" => el("video")
                        .attr("class", "media")
                        .attr("controls", "")
                        .attr("preload", "none")
                        .attr("src", src),
                    _ => continue,
                };
                let node = match &lang {
                    Some(l) => node.attr("data-lang", l.clone()).attr_if(*l != self.lang, "hidden", ""),
                    None => node,
                };
                out.push(node.into());
            }
        }
        out
    }
}
