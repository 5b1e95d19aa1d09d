//! Stacked bars: one bar per row (a cross-tabulation's row, a group of a split summary), cut
//! into its shares of each series, with a legend above.

use crate::bar::{LABEL_CHARS, PAD};
use crate::palette::{INK, MUTED, series};
use crate::svg::{Anchor, FONT_SIZE, Svg, empty, n, shorten};
use crate::{Alt, WIDTH};

/// One row: its label and its count in each series (in the order of the series).
#[derive(Debug, Clone, PartialEq)]
pub struct Stack {
    pub label: String,
    pub parts: Vec<f64>,
}

const LEGEND_ROW: f64 = 18.0;
const ROW: f64 = 38.0;
const BAR: f64 = 16.0;
/// The full length of every bar: each is 100 % of its row.
pub const FULL_BAR: f64 = WIDTH - 2.0 * PAD;
/// Shares narrower than this are left without their percentage written inside.
const MIN_LABELLED: f64 = 30.0;

/// A 100 % stacked bar chart: each row's bar is split by its parts' shares of the row's
/// total; `series` names the parts (the legend). Rows with nothing are drawn as an empty
/// outline; with nothing at all, the chart says [`Alt::empty`].
pub fn stacked(alt: &Alt, series_names: &[String], rows: &[Stack]) -> String {
    let totals: Vec<f64> = rows.iter().map(|r| r.parts.iter().filter(|p| **p > 0.0).sum()).collect();
    if rows.is_empty() || !totals.iter().any(|t| *t > 0.0) {
        return empty(alt);
    }
    let mut svg = Svg::new();
    for (i, name) in series_names.iter().enumerate() {
        let y = PAD + i as f64 * LEGEND_ROW;
        svg.rect(PAD, y + 2.0, 12.0, 12.0, series(i));
        svg.text(PAD + 18.0, y + 12.0, Anchor::Start, INK, FONT_SIZE, &shorten(name, LABEL_CHARS));
    }
    let top = PAD + series_names.len() as f64 * LEGEND_ROW + 8.0;
    for (r, (row, total)) in rows.iter().zip(&totals).enumerate() {
        let y = top + r as f64 * ROW;
        svg.text(PAD, y + FONT_SIZE, Anchor::Start, INK, FONT_SIZE, &shorten(&row.label, LABEL_CHARS));
        if *total <= 0.0 {
            svg.frame(PAD + 0.5, y + 17.5, FULL_BAR - 1.0, BAR - 1.0, MUTED);
            continue;
        }
        let mut x = PAD;
        for (i, part) in row.parts.iter().enumerate() {
            if *part <= 0.0 {
                continue;
            }
            let length = part / total * FULL_BAR;
            svg.rect(x, y + 17.0, length, BAR, series(i));
            if length >= MIN_LABELLED {
                let share = format!("{}%", n((part / total * 100.0).round()));
                svg.text(x + length / 2.0, y + 29.0, Anchor::Middle, "#ffffff", 11.0, &share);
            }
            x += length;
        }
    }
    svg.finish(alt, top + rows.len() as f64 * ROW + PAD)
}
