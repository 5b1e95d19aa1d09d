//! `distance()` and `area()` on the Earth as a sphere of ODK's equatorial radius.
//!
//! Geo values are text: a geopoint is `lat lon [altitude accuracy]`; a geotrace or geoshape is
//! geopoints separated by `;`. The formulas match ODK Collect's results: the spherical law of
//! cosines for distances, and for areas the polygon projected onto a plane around its first point.

use super::{Call, Res};
use crate::document::Document;
use crate::environment::Environment;
use crate::error::EvalError;
use crate::value::Value;

/// The equatorial radius ODK uses, in metres.
const EARTH_RADIUS: f64 = 6_378_100.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GeoFn {
    Distance,
    Area,
}

pub(super) fn call<D: Document, E: Environment>(f: GeoFn, c: &Call<'_, '_, D, E>) -> Res<D::Node> {
    let points = points(c)?;
    Ok(Value::Number(match f {
        GeoFn::Distance => points.windows(2).map(|w| distance(w[0], w[1])).sum(),
        GeoFn::Area => area(&points),
    }))
}

/// The points of the arguments: one geotrace or geoshape, a node-set of geopoints, or
/// several geopoint arguments. Empty values are skipped.
fn points<D: Document, E: Environment>(c: &Call<'_, '_, D, E>) -> Result<Vec<(f64, f64)>, EvalError> {
    let mut texts = vec![];
    for v in c.values()? {
        match &v {
            Value::NodeSet(nodes) if nodes.len() > 1 => texts.extend(c.strings_of(&v)),
            other => texts.extend(c.ev.string(other).split(';').map(str::to_string)),
        }
    }
    texts.iter().map(|t| t.trim()).filter(|t| !t.is_empty()).map(|t| parse_point(c, t)).collect()
}

fn parse_point<D: Document, E: Environment>(
    c: &Call<'_, '_, D, E>,
    text: &str,
) -> Result<(f64, f64), EvalError> {
    let mut numbers = text.split_whitespace().map(|p| p.parse::<f64>().ok().filter(|n| n.is_finite()));
    let lat = numbers.next().flatten();
    let lon = numbers.next().flatten();
    match (lat, lon) {
        (Some(lat), Some(lon)) if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => {
            Ok((lat, lon))
        }
        _ => Err(c.invalid(format!("'{text}' is not a geopoint (latitude longitude [altitude accuracy])"))),
    }
}

/// Great-circle distance in metres, by the spherical law of cosines.
fn distance((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dl = (lon1 - lon2).to_radians();
    let cos_angle = p1.sin() * p2.sin() + p1.cos() * p2.cos() * dl.cos();
    cos_angle.clamp(-1.0, 1.0).acos() * EARTH_RADIUS
}

/// Area in square metres of the polygon through `points`, each point projected to metres
/// east and north of the first one (east scaled by the cosine of the point's latitude).
fn area(points: &[(f64, f64)]) -> f64 {
    let Some(&(lat0, lon0)) = points.first() else { return 0.0 };
    if points.len() < 3 {
        return 0.0;
    }
    let metres_per_degree = 2.0 * std::f64::consts::PI * EARTH_RADIUS / 360.0;
    let projected: Vec<(f64, f64)> = points[1..]
        .iter()
        .map(|&(lat, lon)| {
            let north = (lat - lat0) * metres_per_degree;
            let east = (lon - lon0) * metres_per_degree * lat.to_radians().cos();
            (east, north)
        })
        .collect();
    let twice: f64 = projected.windows(2).map(|w| w[0].1 * w[1].0 - w[0].0 * w[1].1).sum();
    (twice / 2.0).abs()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{env, err, eval_in, tree};

    fn number(xml: &str, expr: &str) -> f64 {
        eval_in(&tree(xml, &[]), &env(), "/data", expr).unwrap().parse().unwrap()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-6 * b.abs().max(1.0)
    }

    const DEGREE: f64 = 2.0 * std::f64::consts::PI * EARTH_RADIUS / 360.0;

    #[test]
    fn distance_along_the_equator_is_one_degree_per_degree() {
        let d = number("<data><t>0 0 0 0;0 1 0 0</t></data>", "distance(t)");
        assert!(close(d, DEGREE), "{d}");
        let d = number("<data><p>0 0</p><p>0 1</p><p>0 3</p></data>", "distance(p)");
        assert!(close(d, 3.0 * DEGREE), "{d}");
        let d = number("<data/>", "distance('0 0', '1 0')");
        assert!(close(d, DEGREE), "{d}");
        assert_eq!(number("<data><t/></data>", "distance(t)"), 0.0);
    }

    #[test]
    fn area_of_a_one_degree_square_at_the_equator() {
        let a = number("<data><s>0 0 0 0; 0 1 0 0; 1 1 0 0; 1 0 0 0; 0 0 0 0</s></data>", "area(s)");
        let expected = DEGREE * DEGREE * (1.0 + 1f64.to_radians().cos()) / 2.0;
        assert!(close(a, expected), "{a} vs {expected}");
        assert_eq!(number("<data><s>0 0;0 1</s></data>", "area(s)"), 0.0);
        assert!(err("<data><s>0 0;x y</s></data>", "/data", "area(s)").contains("'x y' is not a geopoint"));
        assert!(err("<data/>", "/data", "distance('95 0;0 0')").contains("not a geopoint"));
    }
}
