//! # charts — small accessible SVG charts
//!
//! The data pages draw their charts on the server: this crate turns numbers already computed
//! (by `analysis`) into small SVG documents, and SVG into PNG for campaign materials. It is a
//! pure engine: strings and numbers in, bytes out; no I/O, no fonts read from the system.
//!
//! | Chart                  | For                                                  |
//! |------------------------|------------------------------------------------------|
//! | [`bar`]                | a select question's choices (horizontal bars)        |
//! | [`stacked`]            | a cross-tabulation, or a summary split by a question |
//! | [`histogram`]          | numbers in bins                                      |
//! | [`line`]               | answers over time                                    |
//! | [`map`]                | geopoints over country outlines, with a graticule    |
//!
//! ## Every chart
//!
//! * is 320 units wide (`viewBox`), so that its 12-unit text reads at 12 px on a phone, and
//!   grows in height with what it shows;
//! * carries its text alternative: `role="img"`, a `<title>` and a `<desc>` given by the
//!   caller (translated there), referenced by `aria-labelledby`; pages also show the numbers
//!   as a table or a list beside it;
//! * uses colours with at least 4.5:1 contrast on white, no external font, no script;
//! * with nothing to show, says so ([`Alt::empty`]) instead of drawing empty axes.
//!
//! Text is escaped here: labels may come from anyone who wrote a form or answered one.
//!
//! The map draws the countries' outlines (Natural Earth, public domain, bundled by the
//! `world-data` crate) cut to the points' bounding box and simplified to half a pixel, so a
//! map of one district weighs a few kilobytes, not the world's outlines.

mod bar;
mod histogram;
mod land;
mod line;
mod map;
mod palette;
mod png;
mod stacked;
mod svg;

pub use bar::{Bar, MAX_BAR_LENGTH, bar};
pub use histogram::{Column, MAX_COLUMN, histogram};
pub use line::line;
pub use map::{Point, map};
pub use palette::{INK, PALETTE};
pub use png::{PngError, png};
pub use stacked::{FULL_BAR, Stack, stacked};

/// What a chart says in words: its text alternative and what it shows when there is no data.
#[derive(Debug, Clone, Default)]
pub struct Alt {
    /// Unique on the page (several charts share one page): prefixes the ids of `<title>`
    /// and `<desc>`. Letters, digits and `-` only; anything else is replaced by `-`.
    pub id: String,
    /// A short name for the chart (the question, say).
    pub title: String,
    /// The data in a sentence or two, for those who cannot see the chart.
    pub desc: String,
    /// Shown instead of the chart when there is nothing to draw ("No answers yet").
    pub empty: String,
}

/// The width of every chart, in `viewBox` units.
pub const WIDTH: f64 = 320.0;
