//! Horizontal bars: one per choice, its label above it and its value after it, so that long
//! labels fit on a phone.

use crate::palette::{INK, MAIN};
use crate::svg::{Anchor, FONT_SIZE, Svg, empty, shorten};
use crate::{Alt, WIDTH};

/// One bar: what it is, its length, and the text written after it ("12 · 40%").
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub note: String,
}

pub(crate) const PAD: f64 = 8.0;
/// Room after the longest bar for its note.
pub(crate) const NOTE_ROOM: f64 = 72.0;
const ROW: f64 = 36.0;
const BAR: f64 = 14.0;
/// Characters of a label that fit in the width.
pub(crate) const LABEL_CHARS: usize = 46;

/// The longest a bar can be.
pub const MAX_BAR_LENGTH: f64 = WIDTH - 2.0 * PAD - NOTE_ROOM;

/// A bar chart; bars are proportional to their values (the longest is [`MAX_BAR_LENGTH`]). With no
/// bars, or only zeros and negatives, the chart says [`Alt::empty`].
pub fn bar(alt: &Alt, bars: &[Bar]) -> String {
    let max = bars.iter().map(|b| b.value).fold(0.0_f64, f64::max);
    if bars.is_empty() || max <= 0.0 || !max.is_finite() {
        return empty(alt);
    }
    let mut svg = Svg::new();
    for (i, b) in bars.iter().enumerate() {
        let top = PAD + i as f64 * ROW;
        svg.text(PAD, top + FONT_SIZE, Anchor::Start, INK, FONT_SIZE, &shorten(&b.label, LABEL_CHARS));
        let length = if b.value > 0.0 { b.value / max * MAX_BAR_LENGTH } else { 0.0 };
        svg.rect(PAD, top + 17.0, length, BAR, MAIN);
        svg.text(PAD + length + 4.0, top + 28.0, Anchor::Start, INK, FONT_SIZE, &b.note);
    }
    svg.finish(alt, 2.0 * PAD + bars.len() as f64 * ROW)
}
