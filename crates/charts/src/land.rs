//! Country outlines under the points of a map: Natural Earth's country polygons (public
//! domain), as bundled by the `world-data` crate. They are read once, on the first map
//! drawn (about 80 ms), with every point closer than [`KEEP_APART`] degrees to the one
//! before left out, and kept; the rest of that crate's data (flags, facts) is dropped.
//!
//! A map cuts each outline to its window ([`clip`], Sutherland–Hodgman: the window is a
//! rectangle, so convex) before drawing it.

use std::sync::OnceLock;

/// Consecutive outline points closer than this (in degrees, about 1 km) are one point.
const KEEP_APART: f64 = 0.01;

/// One outline: `(longitude, latitude)` pairs, closed (the last point joins the first).
pub type Ring = Vec<(f32, f32)>;

/// An outline with its bounding box, to skip it quickly when it is off the map.
pub struct Outline {
    pub ring: Ring,
    pub west: f32,
    pub east: f32,
    pub south: f32,
    pub north: f32,
}

/// Every country's outlines (each part of a country, islands included).
pub fn outlines() -> &'static [Outline] {
    static OUTLINES: OnceLock<Vec<Outline>> = OnceLock::new();
    OUTLINES.get_or_init(|| {
        let world = world_data::load();
        world
            .countries
            .into_values()
            .flat_map(|country| country.polygons)
            .filter_map(|polygon| outline(polygon.exterior().0.iter().map(|c| (c.x, c.y))))
            .collect()
    })
}

/// An outline from its points, the close ones merged; `None` for fewer than three points.
fn outline(points: impl Iterator<Item = (f32, f32)>) -> Option<Outline> {
    let mut ring: Ring = vec![];
    for (lon, lat) in points {
        let apart = ring.last().is_none_or(|&(x, y)| {
            (f64::from(lon) - f64::from(x)).abs() >= KEEP_APART
                || (f64::from(lat) - f64::from(y)).abs() >= KEEP_APART
        });
        if apart {
            ring.push((lon, lat));
        }
    }
    if ring.len() < 3 {
        return None;
    }
    let (mut west, mut east, mut south, mut north) = (f32::MAX, f32::MIN, f32::MAX, f32::MIN);
    for &(lon, lat) in &ring {
        west = west.min(lon);
        east = east.max(lon);
        south = south.min(lat);
        north = north.max(lat);
    }
    Some(Outline { ring, west, east, south, north })
}

/// The part of a closed ring inside the window `west..=east`, `south..=north` (x is the
/// longitude, y the latitude): a closed ring again, empty when nothing is inside.
pub fn clip(ring: &[(f64, f64)], west: f64, east: f64, south: f64, north: f64) -> Vec<(f64, f64)> {
    let mut points = ring.to_vec();
    for side in [Side::West(west), Side::East(east), Side::South(south), Side::North(north)] {
        let Some(&last) = points.last() else { break };
        let mut kept = Vec::with_capacity(points.len());
        let mut previous = last;
        for &point in &points {
            match (side.keeps(point), side.keeps(previous)) {
                (true, true) => kept.push(point),
                (true, false) => {
                    kept.push(side.crossing(previous, point));
                    kept.push(point);
                }
                (false, true) => kept.push(side.crossing(previous, point)),
                (false, false) => {}
            }
            previous = point;
        }
        points = kept;
    }
    points
}

/// One side of the window, with the meridian or parallel it lies on.
#[derive(Clone, Copy)]
enum Side {
    West(f64),
    East(f64),
    South(f64),
    North(f64),
}

impl Side {
    /// Whether `(x, y)` is on the window's side of it.
    fn keeps(self, (x, y): (f64, f64)) -> bool {
        match self {
            Side::West(west) => x >= west,
            Side::East(east) => x <= east,
            Side::South(south) => y >= south,
            Side::North(north) => y <= north,
        }
    }

    /// Where the segment `a`–`b` crosses it (it does: its ends are either side).
    fn crossing(self, a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
        match self {
            Side::West(x) | Side::East(x) => (x, a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0)),
            Side::South(y) | Side::North(y) => (a.0 + (b.0 - a.0) * (y - a.1) / (b.1 - a.1), y),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ring_is_cut_to_the_window() {
        let square = [(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0)];
        assert_eq!(clip(&square, -1.0, 5.0, -1.0, 5.0), square, "inside: as it is");
        assert!(clip(&square, 10.0, 12.0, 10.0, 12.0).is_empty(), "outside: nothing");
        let cut = clip(&square, 2.0, 10.0, -10.0, 10.0);
        assert_eq!(cut.len(), 4, "{cut:?}");
        for (x, y) in &cut {
            assert!((2.0..=4.0).contains(x) && (0.0..=4.0).contains(y), "{cut:?}");
        }
        // A window inside the ring: the window itself.
        let window = clip(&square, 1.0, 2.0, 1.0, 2.0);
        let mut corners: Vec<(f64, f64)> = window.clone();
        corners.sort_by(|a, b| a.partial_cmp(b).unwrap());
        assert_eq!(corners, [(1.0, 1.0), (1.0, 2.0), (2.0, 1.0), (2.0, 2.0)], "{window:?}");
    }

    /// Whether `(lon, lat)` is inside the ring (ray casting, written here independently).
    fn inside(ring: &Ring, lon: f32, lat: f32) -> bool {
        let mut inside = false;
        let mut previous = ring[ring.len() - 1];
        for &point in ring {
            if (point.1 > lat) != (previous.1 > lat)
                && lon < (previous.0 - point.0) * (lat - point.1) / (previous.1 - point.1) + point.0
            {
                inside = !inside;
            }
            previous = point;
        }
        inside
    }

    #[test]
    fn places_fall_on_land_or_at_sea() {
        let on_land = |lon: f32, lat: f32| outlines().iter().any(|o| inside(&o.ring, lon, lat));
        assert!(outlines().len() > 200);
        assert!(on_land(36.82, -1.29), "Nairobi");
        assert!(on_land(-64.18, -31.42), "Córdoba");
        assert!(on_land(85.32, 27.71), "Kathmandu");
        assert!(!on_land(45.0, -5.0), "the Indian Ocean");
        assert!(!on_land(-30.0, 0.0), "the Atlantic");
    }
}
