//! Vertical columns side by side: a histogram's bins.

use crate::bar::PAD;
use crate::palette::{INK, MAIN, MUTED};
use crate::svg::{Anchor, FONT_SIZE, Svg, empty, n, shorten};
use crate::{Alt, WIDTH};

/// One column: its label (a bin's range, a period) and its height.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub label: String,
    pub value: f64,
}

/// The plot area: left edge (after the axis labels), top, bottom.
pub(crate) const LEFT: f64 = 40.0;
pub(crate) const TOP: f64 = 12.0;
pub(crate) const BOTTOM: f64 = 152.0;
/// The height of the tallest column.
pub const MAX_COLUMN: f64 = BOTTOM - TOP;

/// A histogram: columns proportional to their values, touching, with the axis from 0 to
/// the largest value and the first and last labels under the ends. Nothing to draw: the
/// chart says [`Alt::empty`].
pub fn histogram(alt: &Alt, columns: &[Column]) -> String {
    let max = columns.iter().map(|c| c.value).fold(0.0_f64, f64::max);
    if columns.is_empty() || max <= 0.0 || !max.is_finite() {
        return empty(alt);
    }
    let mut svg = Svg::new();
    axes(&mut svg, max);
    let right = WIDTH - PAD;
    let width = (right - LEFT) / columns.len() as f64;
    for (i, column) in columns.iter().enumerate() {
        let height = column.value.max(0.0) / max * MAX_COLUMN;
        svg.rect(LEFT + i as f64 * width + 0.5, BOTTOM - height, (width - 1.0).max(0.5), height, MAIN);
    }
    ends(
        &mut svg,
        columns.first().map(|c| c.label.as_str()),
        columns.last().map(|c| c.label.as_str()),
        columns.len(),
    );
    svg.finish(alt, BOTTOM + 26.0)
}

/// The value axis from 0 to `max`, with a dashed line at the top.
pub(crate) fn axes(svg: &mut Svg, max: f64) {
    let right = WIDTH - PAD;
    svg.line((LEFT, BOTTOM), (right, BOTTOM), INK, false);
    svg.line((LEFT, TOP), (right, TOP), MUTED, true);
    svg.text(LEFT - 4.0, BOTTOM + 4.0, Anchor::End, INK, FONT_SIZE, "0");
    svg.text(LEFT - 4.0, TOP + 4.0, Anchor::End, INK, FONT_SIZE, &n(max));
}

/// The first and last labels under the horizontal axis.
pub(crate) fn ends(svg: &mut Svg, first: Option<&str>, last: Option<&str>, count: usize) {
    let right = WIDTH - PAD;
    let y = BOTTOM + 18.0;
    match (first, last) {
        (Some(only), _) if count == 1 => {
            svg.text((LEFT + right) / 2.0, y, Anchor::Middle, INK, FONT_SIZE, &shorten(only, 40));
        }
        (Some(first), Some(last)) => {
            svg.text(LEFT, y, Anchor::Start, INK, FONT_SIZE, &shorten(first, 20));
            svg.text(right, y, Anchor::End, INK, FONT_SIZE, &shorten(last, 20));
        }
        _ => {}
    }
}
