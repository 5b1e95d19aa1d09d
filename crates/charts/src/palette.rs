//! Colours: dark enough to keep 4.5:1 contrast on white (and white text on them), and
//! distinct for the commonest colour-vision deficiencies in the first few (blue, orange,
//! green are told apart by lightness as well as hue).

/// Text and axes.
pub const INK: &str = "#1a1a1a";
/// Grid lines, outlines and notes: 4.5:1 on white.
pub const MUTED: &str = "#6b6b6b";
/// The colour of a single series.
pub const MAIN: &str = "#0b5cad";

/// Series colours, in order; the ninth series takes the first colour again.
pub const PALETTE: [&str; 8] =
    ["#0b5cad", "#a34400", "#1a7443", "#7d3c8c", "#a61b29", "#006670", "#6e5600", "#454545"];

/// The colour of series `index`.
pub fn series(index: usize) -> &'static str {
    PALETTE[index % PALETTE.len()]
}
/// Land on a map, and the borders between countries: quiet, under the points.
pub const LAND: &str = "#ececec";
pub const BORDER: &str = "#a8a8a8";
