//! A line over time: answers per day, week or month.

use crate::bar::PAD;
use crate::histogram::{BOTTOM, Column, LEFT, MAX_COLUMN, axes, ends};
use crate::palette::MAIN;
use crate::svg::{Svg, empty};
use crate::{Alt, WIDTH};

/// A line through the points (periods in order, evenly spaced), each marked with a dot, the
/// axis from 0 to the largest value. Nothing above zero: the chart says [`Alt::empty`].
pub fn line(alt: &Alt, points: &[Column]) -> String {
    let max = points.iter().map(|c| c.value).fold(0.0_f64, f64::max);
    if points.is_empty() || max <= 0.0 || !max.is_finite() {
        return empty(alt);
    }
    let mut svg = Svg::new();
    axes(&mut svg, max);
    let right = WIDTH - PAD - 4.0;
    let left = LEFT + 4.0;
    let step = if points.len() > 1 { (right - left) / (points.len() - 1) as f64 } else { 0.0 };
    let xy: Vec<(f64, f64)> = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let x = if points.len() > 1 { left + i as f64 * step } else { (left + right) / 2.0 };
            (x, BOTTOM - p.value.max(0.0) / max * MAX_COLUMN)
        })
        .collect();
    if xy.len() > 1 {
        svg.polyline(&xy, MAIN);
    }
    let radius = if xy.len() > 40 { 2.0 } else { 3.5 };
    for (x, y) in &xy {
        svg.circle(*x, *y, radius, MAIN);
    }
    ends(
        &mut svg,
        points.first().map(|c| c.label.as_str()),
        points.last().map(|c| c.label.as_str()),
        points.len(),
    );
    svg.finish(alt, BOTTOM + 26.0)
}
