//! Every chart is well-formed SVG (read back with roxmltree, an independent parser), carries
//! its text alternative, draws its marks in proportion to the numbers, and says so when
//! there is nothing to draw; PNG pictures decode to the size asked for.

use charts::{Alt, Bar, Column, PALETTE, Point, Stack, WIDTH, bar, histogram, line, map, png, stacked};
use resvg::tiny_skia::Pixmap;
use roxmltree::Document;

fn alt(title: &str) -> Alt {
    Alt {
        id: "q-1".into(),
        title: title.into(),
        desc: format!("{title}: the numbers in words"),
        empty: "No answers yet".into(),
    }
}

/// Parses the chart and checks what every chart has: the viewBox 320 wide, `role="img"`,
/// a title and a description referenced by `aria-labelledby`, and no script.
fn checked<'a>(svg: &'a str, alt: &Alt) -> Document<'a> {
    let doc = Document::parse(svg).unwrap_or_else(|e| panic!("{e}:\n{svg}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    let view_box: Vec<f64> =
        root.attribute("viewBox").unwrap().split(' ').map(|v| v.parse().unwrap()).collect();
    assert_eq!(&view_box[..3], &[0.0, 0.0, WIDTH]);
    assert!(view_box[3] > 0.0);
    assert_eq!(root.attribute("role"), Some("img"));
    let title = root.children().find(|n| n.has_tag_name("title")).expect("a title");
    let desc = root.children().find(|n| n.has_tag_name("desc")).expect("a desc");
    assert_eq!(title.text(), Some(alt.title.as_str()));
    assert!(!desc.text().unwrap_or_default().is_empty());
    let labelled = root.attribute("aria-labelledby").unwrap();
    assert_eq!(labelled, format!("{} {}", title.attribute("id").unwrap(), desc.attribute("id").unwrap()));
    assert!(doc.descendants().all(|n| !n.has_tag_name("script") && !n.has_tag_name("style")));
    assert!(!svg.contains("href"), "nothing external");
    doc
}

/// The rectangles filled with `colour`, as (x, y, width, height).
fn rects(doc: &Document, colour: &str) -> Vec<(f64, f64, f64, f64)> {
    doc.descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("fill") == Some(colour))
        .map(|n| {
            let a = |name| n.attribute(name).unwrap().parse::<f64>().unwrap();
            (a("x"), a("y"), a("width"), a("height"))
        })
        .collect()
}

fn texts<'a>(doc: &'a Document) -> Vec<&'a str> {
    doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.02
}

#[test]
fn bars_are_proportional_to_their_values() {
    let alt = alt("District");
    let bars = [("Nyeri", 6.0), ("Kisumu", 3.0), ("Mombasa", 0.0), ("Nakuru", 1.5)]
        .map(|(label, value)| Bar { label: label.into(), value, note: format!("{value}") });
    let svg = bar(&alt, &bars);
    let doc = checked(&svg, &alt);
    let widths: Vec<f64> = rects(&doc, PALETTE[0]).iter().map(|r| r.2).collect();
    assert_eq!(widths.len(), 4);
    assert!(close(widths[0], charts::MAX_BAR_LENGTH), "the largest fills the width: {widths:?}");
    assert!(close(widths[1], widths[0] / 2.0) && close(widths[3], widths[0] / 4.0), "{widths:?}");
    assert_eq!(widths[2], 0.0);
    let words = texts(&doc);
    for label in ["Nyeri", "Kisumu", "Mombasa", "Nakuru", "6", "1.5"] {
        assert!(words.contains(&label), "{label} in {words:?}");
    }
}

#[test]
fn labels_are_escaped() {
    let alt = Alt { title: "<b>Tom & \"Jerry\"</b>".into(), ..alt("x") };
    let bars = [Bar { label: "<script>alert(1)</script> & co".into(), value: 1.0, note: "1".into() }];
    let svg = bar(&alt, &bars);
    let doc = checked(&svg, &alt);
    assert!(texts(&doc).contains(&"<script>alert(1)</script> & co"));
    assert!(!svg.contains("<script>"));
}

#[test]
fn with_nothing_to_draw_a_chart_says_so() {
    let alt = Alt { desc: String::new(), ..alt("Age") };
    let charts = [
        bar(&alt, &[]),
        bar(&alt, &[Bar { label: "a".into(), value: 0.0, note: "0".into() }]),
        stacked(&alt, &["yes".into()], &[Stack { label: "a".into(), parts: vec![0.0] }]),
        histogram(&alt, &[]),
        line(&alt, &[]),
        map(&alt, &[]),
    ];
    for svg in &charts {
        let doc = checked(svg, &alt);
        assert_eq!(texts(&doc), ["No answers yet"]);
        let desc = doc.descendants().find(|n| n.has_tag_name("desc")).unwrap();
        assert_eq!(desc.text(), Some("No answers yet"), "the message is the text alternative too");
    }
}

#[test]
fn stacked_bars_split_each_row_by_its_shares() {
    let alt = alt("Tap working by district");
    let series = vec!["Yes".to_owned(), "No".to_owned()];
    let rows = [
        Stack { label: "Nyeri".into(), parts: vec![3.0, 1.0] },
        Stack { label: "Kisumu".into(), parts: vec![0.0, 0.0] },
        Stack { label: "Mombasa".into(), parts: vec![1.0, 1.0] },
    ];
    let svg = stacked(&alt, &series, &rows);
    let doc = checked(&svg, &alt);
    let yes = rects(&doc, PALETTE[0]);
    let no = rects(&doc, PALETTE[1]);
    // The legend's swatches are 12 wide; the bars come after them.
    let (yes_bars, no_bars): (Vec<_>, Vec<_>) =
        (yes.iter().filter(|r| r.3 > 12.0).collect(), no.iter().filter(|r| r.3 > 12.0).collect());
    assert_eq!((yes_bars.len(), no_bars.len()), (2, 2), "an empty row has no segments");
    let full = charts::FULL_BAR;
    assert!(close(yes_bars[0].2, full * 0.75) && close(no_bars[0].2, full * 0.25));
    assert!(close(yes_bars[1].2, full / 2.0) && close(no_bars[1].2, full / 2.0));
    assert!(close(no_bars[0].0, yes_bars[0].0 + yes_bars[0].2), "the parts follow each other");
    let words = texts(&doc);
    for word in ["Yes", "No", "Nyeri", "Kisumu", "75%", "25%", "50%"] {
        assert!(words.contains(&word), "{word} in {words:?}");
    }
}

#[test]
fn histogram_columns_and_line_points_follow_the_values() {
    let alt = alt("Queue");
    let columns: Vec<Column> = [("0 – 5", 2.0), ("5 – 10", 4.0), ("10 – 15", 1.0)]
        .map(|(label, value)| Column { label: label.into(), value })
        .into();
    let svg = histogram(&alt, &columns);
    let doc = checked(&svg, &alt);
    let heights: Vec<f64> = rects(&doc, PALETTE[0]).iter().map(|r| r.3).collect();
    assert!(close(heights[1], charts::MAX_COLUMN) && close(heights[0], heights[1] / 2.0));
    assert!(close(heights[2], heights[1] / 4.0));
    let words = texts(&doc);
    assert!(words.contains(&"0 – 5") && words.contains(&"10 – 15") && words.contains(&"4"), "{words:?}");

    let svg = line(&alt, &columns);
    let doc = checked(&svg, &alt);
    let ys: Vec<f64> = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle"))
        .map(|n| n.attribute("cy").unwrap().parse().unwrap())
        .collect();
    assert_eq!(ys.len(), 3);
    let bottom = ys[1] + charts::MAX_COLUMN;
    assert!(close(bottom - ys[0], (bottom - ys[1]) / 2.0), "{ys:?}");
    assert!(doc.descendants().any(|n| n.has_tag_name("polyline")));
}

#[test]
fn a_map_shows_every_point_inside_a_labelled_graticule() {
    let alt = alt("Where");
    let points: Vec<Point> = [(-1.29, 36.82), (-1.30, 36.85), (-0.42, 36.95)]
        .iter()
        .map(|(a, b)| Point::new(*a, *b).unwrap())
        .collect();
    let svg = map(&alt, &points);
    let doc = checked(&svg, &alt);
    let circles: Vec<(f64, f64)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle"))
        .map(|n| (n.attribute("cx").unwrap().parse().unwrap(), n.attribute("cy").unwrap().parse().unwrap()))
        .collect();
    assert_eq!(circles.len(), 3);
    // North is up and east is right.
    assert!(circles[2].1 < circles[0].1, "the northern point is higher");
    assert!(circles[1].0 > circles[0].0, "the eastern point is further right");
    let words = texts(&doc);
    assert!(words.iter().any(|w| w.ends_with("°S")), "{words:?}");
    assert!(words.iter().any(|w| w.ends_with("°E")), "{words:?}");
    assert!(doc.descendants().filter(|n| n.has_tag_name("line")).count() >= 4, "a graticule:\n{svg}");
    // One place alone still gets a map.
    checked(&map(&alt, &points[..1]), &alt);
}

#[test]
fn a_map_draws_the_countries_under_its_points() {
    let alt = alt("Where");
    // Nairobi, Mombasa and Dar es Salaam: two countries, their border, the coast and the sea.
    let points: Vec<Point> = [(-1.29, 36.82), (-4.05, 39.67), (-6.82, 39.28)]
        .iter()
        .map(|(a, b)| Point::new(*a, *b).unwrap())
        .collect();
    let svg = map(&alt, &points);
    let doc = checked(&svg, &alt);
    let land: Vec<&str> =
        doc.descendants().filter(|n| n.has_tag_name("path")).filter_map(|n| n.attribute("d")).collect();
    assert_eq!(land.len(), 1, "{svg}");
    assert!(land[0].matches('M').count() >= 2, "Kenya and Tanzania at least: {}", land[0]);
    let numbers: Vec<f64> = land[0]
        .split(['M', 'L', 'Z', ','])
        .filter(|part| !part.is_empty())
        .map(|part| part.parse().unwrap())
        .collect();
    let height: f64 =
        doc.root_element().attribute("viewBox").unwrap().split(' ').nth(3).unwrap().parse().unwrap();
    for pair in numbers.chunks(2) {
        assert!(
            (0.0..=WIDTH).contains(&pair[0]) && (0.0..=height).contains(&pair[1]),
            "cut to the map: {pair:?}"
        );
    }
    assert!(svg.len() < 40_000, "cut and simplified: {} bytes", svg.len());
    // Far out at sea there is no land to draw.
    let ocean = map(&alt, &[Point::new(-30.0, -120.0).unwrap()]);
    assert!(!ocean.contains("<path"), "{ocean}");
}

/// WCAG 2 contrast of a `#rrggbb` colour on white.
fn contrast_on_white(colour: &str) -> f64 {
    let channel = |i: usize| {
        let c = u8::from_str_radix(&colour[i..i + 2], 16).unwrap() as f64 / 255.0;
        if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    let luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    1.05 / (luminance + 0.05)
}

#[test]
fn every_colour_has_enough_contrast_on_white() {
    for colour in PALETTE.iter().chain([charts::INK].iter()) {
        assert!(contrast_on_white(colour) >= 4.5, "{colour}: {}", contrast_on_white(colour));
    }
}

/// Pixels that are not white in a decoded picture.
fn inked(pixmap: &Pixmap) -> usize {
    pixmap.pixels().iter().filter(|p| p.red() < 200 || p.green() < 200 || p.blue() < 200).count()
}

#[test]
fn png_pictures_have_the_size_asked_for_and_text_in_nepali() {
    let alt = alt("जिल्ला");
    let bars = [Bar { label: "काठमाडौं".into(), value: 2.0, note: "२".into() }];
    let svg = bar(&alt, &bars);
    let bytes = png(&svg, 640).unwrap();
    assert!(bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a]));
    let picture = Pixmap::decode_png(&bytes).unwrap();
    assert_eq!(picture.width(), 640);
    let doc = Document::parse(&svg).unwrap();
    let view_height: f64 =
        doc.root_element().attribute("viewBox").unwrap().rsplit(' ').next().unwrap().parse().unwrap();
    assert_eq!(picture.height(), (view_height * 2.0).ceil() as u32);

    // The Devanagari label is drawn with the bundled font: a chart of only that text has ink.
    let only_text = Alt { empty: "कुनै उत्तर छैन".into(), ..alt.clone() };
    let picture = Pixmap::decode_png(&png(&bar(&only_text, &[]), 320).unwrap()).unwrap();
    let frame_only = Alt { empty: String::new(), ..alt };
    let blank = Pixmap::decode_png(&png(&bar(&frame_only, &[]), 320).unwrap()).unwrap();
    assert!(inked(&picture) > inked(&blank) + 50, "{} vs {}", inked(&picture), inked(&blank));
    assert!(png(&svg, 0).is_err() && png("not svg", 100).is_err());
}
