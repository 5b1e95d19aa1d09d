//! A small SVG writer: elements appended to a body, the root element with its size and text
//! alternative written once the height is known. Every text and attribute value is escaped.

use std::fmt::Write;

use crate::palette::{INK, MUTED};
use crate::{Alt, WIDTH};

/// Where a text is anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// The font of every chart: the bundled Noto Sans when the PNG is rendered, the reader's
/// own sans-serif in a browser.
pub const FONT_FAMILY: &str = "'Noto Sans', 'Noto Sans Devanagari', sans-serif";
/// The size of ordinary chart text.
pub const FONT_SIZE: f64 = 12.0;

/// An SVG document being written.
pub struct Svg {
    body: String,
}

impl Svg {
    pub fn new() -> Self {
        Self { body: String::new() }
    }

    pub fn rect(&mut self, x: f64, y: f64, width: f64, height: f64, fill: &str) {
        let _ = writeln!(
            self.body,
            r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{fill}"/>"#,
            n(x),
            n(y),
            n(width.max(0.0)),
            n(height.max(0.0))
        );
    }

    /// A rectangle drawn as an outline.
    pub fn frame(&mut self, x: f64, y: f64, width: f64, height: f64, stroke: &str) {
        let _ = writeln!(
            self.body,
            r#"<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="{stroke}" stroke-width="1"/>"#,
            n(x),
            n(y),
            n(width),
            n(height)
        );
    }

    pub fn line(&mut self, (x1, y1): (f64, f64), (x2, y2): (f64, f64), stroke: &str, dashed: bool) {
        let dash = if dashed { r#" stroke-dasharray="3 3""# } else { "" };
        let _ = writeln!(
            self.body,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{stroke}" stroke-width="1"{dash}/>"#,
            n(x1),
            n(y1),
            n(x2),
            n(y2)
        );
    }

    pub fn polyline(&mut self, points: &[(f64, f64)], stroke: &str) {
        let points: Vec<String> = points.iter().map(|(x, y)| format!("{},{}", n(*x), n(*y))).collect();
        let _ = writeln!(
            self.body,
            r#"<polyline points="{}" fill="none" stroke="{stroke}" stroke-width="2" stroke-linejoin="round"/>"#,
            points.join(" ")
        );
    }

    /// Closed shapes drawn as one path (each ring a subpath), filled and outlined.
    pub fn shapes(&mut self, rings: &[Vec<(f64, f64)>], fill: &str, stroke: &str) {
        let mut d = String::new();
        for ring in rings.iter().filter(|ring| ring.len() >= 3) {
            for (i, (x, y)) in ring.iter().enumerate() {
                let _ = write!(d, "{}{},{}", if i == 0 { "M" } else { "L" }, n(*x), n(*y));
            }
            d.push('Z');
        }
        if !d.is_empty() {
            let _ = writeln!(
                self.body,
                r#"<path d="{d}" fill="{fill}" stroke="{stroke}" stroke-width="0.5" stroke-linejoin="round"/>"#
            );
        }
    }

    pub fn circle(&mut self, x: f64, y: f64, radius: f64, fill: &str) {
        let _ = writeln!(
            self.body,
            r##"<circle cx="{}" cy="{}" r="{}" fill="{fill}" stroke="#ffffff" stroke-width="1"/>"##,
            n(x),
            n(y),
            n(radius)
        );
    }

    /// Text with its baseline at `y`.
    pub fn text(&mut self, x: f64, y: f64, anchor: Anchor, fill: &str, size: f64, text: &str) {
        let size = if size == FONT_SIZE { String::new() } else { format!(r#" font-size="{}""#, n(size)) };
        let anchor = if anchor == Anchor::Start {
            String::new()
        } else {
            format!(r#" text-anchor="{}""#, anchor.as_str())
        };
        let _ = writeln!(
            self.body,
            r#"<text x="{}" y="{}"{anchor}{size} fill="{fill}">{}</text>"#,
            n(x),
            n(y),
            escape(text)
        );
    }

    /// The document: root element, text alternative, then what was drawn.
    pub fn finish(self, alt: &Alt, height: f64) -> String {
        let id = id(&alt.id);
        let mut out = String::with_capacity(self.body.len() + 512);
        let _ = writeln!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="100%" role="img" aria-labelledby="{id}-title {id}-desc" font-family="{}" font-size="{}" class="chart">"#,
            n(WIDTH),
            n(height),
            escape(FONT_FAMILY),
            n(FONT_SIZE)
        );
        let _ = writeln!(out, r#"<title id="{id}-title">{}</title>"#, escape(&alt.title));
        let _ = writeln!(out, r#"<desc id="{id}-desc">{}</desc>"#, escape(&alt.desc));
        let _ = writeln!(out, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
        out.push_str(&self.body);
        out.push_str("</svg>\n");
        out
    }
}

/// The chart shown when there is nothing to draw: the `empty` message in a frame.
pub fn empty(alt: &Alt) -> String {
    let mut svg = Svg::new();
    let height = 64.0;
    svg.frame(0.5, 0.5, WIDTH - 1.0, height - 1.0, MUTED);
    svg.text(WIDTH / 2.0, height / 2.0 + 4.0, Anchor::Middle, INK, FONT_SIZE, &alt.empty);
    let mut alt = alt.clone();
    if alt.desc.trim().is_empty() {
        alt.desc = alt.empty.clone();
    }
    svg.finish(&alt, height)
}

/// A coordinate with at most two decimals, as short as it can be.
pub fn n(value: f64) -> String {
    let value = if value.is_finite() { (value * 100.0).round() / 100.0 } else { 0.0 };
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" { "0".to_owned() } else { text.to_owned() }
}

/// Text and attribute values made safe for XML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// An element id: letters, digits and `-`, starting with a letter.
fn id(raw: &str) -> String {
    let cleaned: String =
        raw.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '-' }).collect();
    if cleaned.starts_with(|c: char| c.is_ascii_alphabetic()) { cleaned } else { format!("chart-{cleaned}") }
}

/// At most `max` characters, with an ellipsis when cut (the full text is in the alternative
/// and the table beside the chart).
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short() {
        assert_eq!(n(12.0), "12");
        assert_eq!(n(12.345), "12.35");
        assert_eq!(n(-0.001), "0");
        assert_eq!(n(f64::NAN), "0");
    }

    #[test]
    fn text_is_escaped_and_ids_are_clean() {
        assert_eq!(escape(r#"<a & "b">'"#), "&lt;a &amp; &quot;b&quot;&gt;&apos;");
        assert_eq!(escape("a\u{0}b"), "ab");
        assert_eq!(id("q-/d/age"), "q--d-age");
        assert_eq!(id("1"), "chart-1");
        assert_eq!(shorten("abcdef", 4), "abc…");
        assert_eq!(shorten("abc", 4), "abc");
    }
}
