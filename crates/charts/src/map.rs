//! Points on a map: an equirectangular projection of the points' bounding box (longitudes
//! scaled by the cosine of the middle latitude, so that shapes are not stretched), over the
//! countries' outlines ([`crate::land`]), with a labelled graticule.

use crate::bar::PAD;
use crate::land::{clip, outlines};
use crate::palette::{BORDER, INK, LAND, MAIN, MUTED};
use crate::svg::{Anchor, Svg, empty};
use crate::{Alt, WIDTH};

/// A place, in decimal degrees (WGS 84, as ODK records geopoints).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub latitude: f64,
    pub longitude: f64,
}

impl Point {
    /// A point on Earth; `None` outside latitudes ±90 and longitudes ±180 or not finite.
    pub fn new(latitude: f64, longitude: f64) -> Option<Point> {
        ((-90.0..=90.0).contains(&latitude) && (-180.0..=180.0).contains(&longitude))
            .then_some(Point { latitude, longitude })
    }
}

/// Graticule steps in degrees, the smallest that leaves at most a handful of lines is used.
const STEPS: [f64; 16] =
    [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0];
const MAX_LINES: f64 = 5.0;
/// Room for the latitude labels on the left and the longitude labels below.
const LEFT: f64 = 52.0;
const BELOW: f64 = 22.0;
const MIN_HEIGHT: f64 = 140.0;
const MAX_HEIGHT: f64 = 360.0;

/// The bounding box shown, in degrees: south, north, west, east.
#[derive(Debug, Clone, Copy)]
struct Extent {
    south: f64,
    north: f64,
    west: f64,
    east: f64,
}

/// A map of the points; no point: the chart says [`Alt::empty`].
pub fn map(alt: &Alt, points: &[Point]) -> String {
    let Some(extent) = extent(points) else { return empty(alt) };
    let plot_width = WIDTH - LEFT - PAD;
    let middle = ((extent.south + extent.north) / 2.0).to_radians().cos().max(0.1);
    let (lon_span, lat_span) = (extent.east - extent.west, extent.north - extent.south);
    // Height for an undistorted box, within bounds; the box widens to keep the shape.
    let natural = plot_width * lat_span / (lon_span * middle);
    let plot_height = natural.clamp(MIN_HEIGHT, MAX_HEIGHT);
    let extent = fit(extent, plot_width / plot_height, middle);
    let x = |lon: f64| LEFT + (lon - extent.west) / (extent.east - extent.west) * plot_width;
    let y = |lat: f64| PAD + (extent.north - lat) / (extent.north - extent.south) * plot_height;

    let mut svg = Svg::new();
    let (lat_step, lon_step) = (step(extent.north - extent.south), step(extent.east - extent.west));
    let (bottom, right) = (PAD + plot_height, LEFT + plot_width);
    svg.shapes(&land(extent, &x, &y), LAND, BORDER);
    for lat in lines(extent.south, extent.north, lat_step) {
        svg.line((LEFT, y(lat)), (right, y(lat)), MUTED, true);
        svg.text(LEFT - 4.0, y(lat) + 4.0, Anchor::End, INK, 11.0, &degrees(lat, lat_step, 'N', 'S'));
    }
    for lon in lines(extent.west, extent.east, lon_step) {
        svg.line((x(lon), PAD), (x(lon), bottom), MUTED, true);
        svg.text(x(lon), bottom + 15.0, Anchor::Middle, INK, 11.0, &degrees(lon, lon_step, 'E', 'W'));
    }
    svg.frame(LEFT, PAD, plot_width, plot_height, INK);
    let radius = if points.len() > 200 { 2.5 } else { 4.0 };
    for point in points {
        svg.circle(x(point.longitude), y(point.latitude), radius, MAIN);
    }
    svg.finish(alt, PAD + plot_height + BELOW)
}

/// The countries' outlines inside the map's window, in pixels: cut to the window, and with
/// points closer than half a pixel to the one before left out.
fn land(extent: Extent, x: &impl Fn(f64) -> f64, y: &impl Fn(f64) -> f64) -> Vec<Vec<(f64, f64)>> {
    let visible = |o: &&crate::land::Outline| {
        f64::from(o.east) >= extent.west
            && f64::from(o.west) <= extent.east
            && f64::from(o.north) >= extent.south
            && f64::from(o.south) <= extent.north
    };
    outlines()
        .iter()
        .filter(visible)
        .map(|outline| {
            let ring: Vec<(f64, f64)> =
                outline.ring.iter().map(|&(lon, lat)| (f64::from(lon), f64::from(lat))).collect();
            let mut pixels: Vec<(f64, f64)> = vec![];
            for (lon, lat) in clip(&ring, extent.west, extent.east, extent.south, extent.north) {
                let point = (x(lon), y(lat));
                if pixels
                    .last()
                    .is_none_or(|&(px, py)| (px - point.0).abs() >= 0.5 || (py - point.1).abs() >= 0.5)
                {
                    pixels.push(point);
                }
            }
            pixels
        })
        .filter(|pixels| pixels.len() >= 3)
        .collect()
}

/// The points' bounding box with a margin; a single place gets a small box around it.
fn extent(points: &[Point]) -> Option<Extent> {
    let first = points.first()?;
    let mut e =
        Extent { south: first.latitude, north: first.latitude, west: first.longitude, east: first.longitude };
    for p in points {
        e.south = e.south.min(p.latitude);
        e.north = e.north.max(p.latitude);
        e.west = e.west.min(p.longitude);
        e.east = e.east.max(p.longitude);
    }
    let margin_lat = ((e.north - e.south) * 0.1).max(0.005);
    let margin_lon = ((e.east - e.west) * 0.1).max(0.005);
    Some(Extent {
        south: (e.south - margin_lat).max(-90.0),
        north: (e.north + margin_lat).min(90.0),
        west: (e.west - margin_lon).max(-180.0),
        east: (e.east + margin_lon).min(180.0),
    })
}

/// Widens the box (around its centre) so that its projected shape is `ratio` wide per high.
fn fit(e: Extent, ratio: f64, middle: f64) -> Extent {
    let lon_span = e.east - e.west;
    let lat_span = e.north - e.south;
    let projected = lon_span * middle / lat_span;
    if projected < ratio {
        let wanted = lat_span * ratio / middle;
        let centre = (e.west + e.east) / 2.0;
        Extent { west: centre - wanted / 2.0, east: centre + wanted / 2.0, ..e }
    } else {
        let wanted = lon_span * middle / ratio;
        let centre = (e.south + e.north) / 2.0;
        Extent { south: centre - wanted / 2.0, north: centre + wanted / 2.0, ..e }
    }
}

fn step(span: f64) -> f64 {
    STEPS.iter().copied().find(|s| span / s <= MAX_LINES).unwrap_or(90.0)
}

/// The graticule's lines inside `from..=to`, at multiples of `step`.
fn lines(from: f64, to: f64, step: f64) -> Vec<f64> {
    let first = (from / step).ceil() as i64;
    let last = (to / step).floor() as i64;
    (first..=last).map(|k| k as f64 * step).collect()
}

/// `1.25°S`, with as many decimals as the step needs.
fn degrees(value: f64, step: f64, positive: char, negative: char) -> String {
    let decimals = if step >= 1.0 { 0 } else { (-step.log10()).ceil() as usize };
    let hemisphere = if value > 0.0 {
        positive.to_string()
    } else if value < 0.0 {
        negative.to_string()
    } else {
        String::new()
    };
    let text = format!("{:.*}", decimals, value.abs());
    format!("{text}°{hemisphere}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graticule_steps_leave_a_few_lines() {
        assert_eq!(step(0.3), 0.1);
        assert_eq!(step(40.0), 10.0);
        assert_eq!(lines(-1.27, -0.93, 0.1).len(), 3);
        assert_eq!(degrees(-1.3, 0.1, 'N', 'S'), "1.3°S");
        assert_eq!(degrees(36.0, 10.0, 'E', 'W'), "36°E");
        assert_eq!(degrees(0.0, 10.0, 'E', 'W'), "0°");
    }

    #[test]
    fn points_outside_the_earth_are_refused() {
        assert!(Point::new(91.0, 0.0).is_none());
        assert!(Point::new(0.0, f64::NAN).is_none());
        assert!(Point::new(-1.29, 36.82).is_some());
    }
}
