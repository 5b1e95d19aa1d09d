//! A module's reading, Markdown to HTML with pulldown-cmark. Admins edit this text in the
//! browser, so it is treated as untrusted: raw HTML is shown as text (never passed through),
//! links keep only http(s), mailto and same-site addresses, and images become links (pages
//! stay light on slow connections, and no third-party file loads by itself).

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd, html};

/// Whether a link's destination is safe to follow: no `javascript:`, `data:` or other scheme.
fn safe_destination(dest: &str) -> bool {
    let dest = dest.trim();
    // The scheme, if any, is what comes before the first ':' that precedes any '/', '?' or '#'.
    match dest.find([':', '/', '?', '#']) {
        Some(i) if dest.as_bytes()[i] == b':' => {
            let scheme = dest[..i].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto")
        }
        _ => !dest.starts_with("//"),
    }
}

/// One level down, so the reading's `##` sits under the page's own section heading.
fn lower(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        HeadingLevel::H5 | HeadingLevel::H6 => HeadingLevel::H6,
    }
}

/// The reading as HTML, safe to insert into a page.
pub fn to_html(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    // For each open link or image: whether its tags are kept.
    let mut kept_links: Vec<bool> = Vec::new();
    let events = Parser::new_ext(markdown, options).filter_map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(Tag::Heading { level, id, classes, attrs }) => {
            Some(Event::Start(Tag::Heading { level: lower(level), id, classes, attrs }))
        }
        Event::End(TagEnd::Heading(level)) => Some(Event::End(TagEnd::Heading(lower(level)))),
        Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
            let keep = safe_destination(&dest_url);
            kept_links.push(keep);
            keep.then_some(Event::Start(Tag::Link { link_type, dest_url, title, id }))
        }
        Event::Start(Tag::Image { dest_url, title, .. }) => {
            let keep = safe_destination(&dest_url);
            kept_links.push(keep);
            keep.then_some(Event::Start(Tag::Link {
                link_type: LinkType::Inline,
                dest_url,
                title,
                id: CowStr::Borrowed(""),
            }))
        }
        Event::End(TagEnd::Link | TagEnd::Image) => {
            kept_links.pop().unwrap_or(false).then_some(Event::End(TagEnd::Link))
        }
        other => Some(other),
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_lists_emphasis_and_links_render() {
        let html = to_html("## Why\n\n- **one**\n- *two*\n\nSee [the guide](https://example.org/guide).");
        assert!(html.contains("<h3>Why</h3>"), "{html}");
        assert!(html.contains("<li><strong>one</strong></li>"), "{html}");
        assert!(html.contains("<em>two</em>"), "{html}");
        assert!(html.contains("<a href=\"https://example.org/guide\">the guide</a>"), "{html}");
    }

    #[test]
    fn raw_html_is_escaped_not_passed_through() {
        let html = to_html("<script>alert(1)</script>\n\nText with <b onclick=\"x()\">bold</b>.");
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<b "), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("&lt;b onclick="), "{html}");
    }

    #[test]
    fn only_safe_links_are_kept() {
        let html = to_html(
            "[bad](javascript:alert(1)) [data](DATA:text/html,x) [ok](/curriculum) [mail](mailto:a@b.org)",
        );
        assert!(!html.to_lowercase().contains("javascript:"), "{html}");
        assert!(!html.to_lowercase().contains("data:"), "{html}");
        assert!(html.contains(">bad<") || html.contains("bad "), "the text stays: {html}");
        assert!(html.contains("href=\"/curriculum\""), "{html}");
        assert!(html.contains("href=\"mailto:a@b.org\""), "{html}");
        assert!(!safe_destination("//evil.example/x"));
        assert!(safe_destination("#goals"));
    }

    #[test]
    fn images_become_links() {
        let html = to_html("![A chart](https://example.org/chart.png)");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("<a href=\"https://example.org/chart.png\">A chart</a>"), "{html}");
    }
}
