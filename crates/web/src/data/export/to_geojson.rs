//! GeoJSON (RFC 7946): a FeatureCollection with a feature per place answered (geopoint as a
//! Point, geotrace as a LineString, geoshape as a Polygon; coordinates longitude, latitude and
//! altitude when given), its properties the other cells of its row. Written a feature at a
//! time. Places the person may not see were removed before and make no feature.

use std::io::Write;

use serde_json::{Map, Value, json};

use super::layout::{Column, Geometry, Kind, Layout};
use super::rows::{Cell, Row};

pub struct GeoJson<W: Write> {
    out: W,
    first: bool,
}

/// `lat lon [alt [accuracy]]` as `[lon, lat(, alt)]`.
fn position(point: &str) -> Option<Value> {
    let numbers: Vec<f64> = point.split_whitespace().map(str::parse).collect::<Result<_, _>>().ok()?;
    if numbers.len() < 2 || numbers.iter().any(|n| !n.is_finite()) {
        return None;
    }
    let mut position = vec![json!(numbers[1]), json!(numbers[0])];
    if let Some(altitude) = numbers.get(2) {
        position.push(json!(altitude));
    }
    Some(Value::Array(position))
}

/// The geometry of an ODK place, when it reads as one.
pub fn geometry(kind: Geometry, value: &str) -> Option<Value> {
    let points: Vec<Value> =
        value.split(';').filter(|p| !p.trim().is_empty()).map(position).collect::<Option<_>>()?;
    match kind {
        Geometry::Point if points.len() == 1 => Some(json!({ "type": "Point", "coordinates": points[0] })),
        Geometry::Line if points.len() >= 2 => Some(json!({ "type": "LineString", "coordinates": points })),
        Geometry::Polygon if points.len() >= 3 => {
            let mut ring = points;
            if ring.first() != ring.last() {
                ring.push(ring[0].clone());
            }
            Some(json!({ "type": "Polygon", "coordinates": [ring] }))
        }
        _ => None,
    }
}

impl<W: Write> GeoJson<W> {
    pub fn start(mut out: W) -> std::io::Result<Self> {
        out.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")?;
        Ok(Self { out, first: true })
    }

    /// A feature per place in the row.
    pub fn row(&mut self, layout: &Layout, row: &Row) -> std::io::Result<()> {
        let table = &layout.tables[row.table];
        let places =
            table.columns.iter().zip(&row.cells).enumerate().filter_map(
                |(at, (column, cell))| match column {
                    Column::Answer { kind: Kind::Geo(kind), .. } => Some((at, *kind, cell.text())),
                    _ => None,
                },
            );
        for (at, kind, value) in places {
            let Some(geometry) = geometry(kind, value) else { continue };
            let mut properties = Map::new();
            properties.insert("_question".to_owned(), Value::String(table.headers[at].clone()));
            properties.insert("_table".to_owned(), Value::String(table.name.clone()));
            for ((column, cell), header) in table.columns.iter().zip(&row.cells).zip(&table.headers) {
                let value = match (column, cell) {
                    (Column::Answer { kind: Kind::Geo(_), .. }, _) | (_, Cell::Empty) => continue,
                    (_, Cell::Number(_, n)) => json!(n),
                    (_, Cell::Text(t)) => Value::String(t.clone()),
                };
                properties.insert(header.clone(), value);
            }
            let feature = json!({ "type": "Feature", "geometry": geometry, "properties": properties });
            if !self.first {
                self.out.write_all(b",\n")?;
            }
            self.first = false;
            serde_json::to_writer(&mut self.out, &feature)?;
        }
        Ok(())
    }

    pub fn finish(mut self) -> std::io::Result<W> {
        self.out.write_all(b"\n]}\n")?;
        self.out.flush()?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_become_geometries_longitude_first() {
        assert_eq!(
            geometry(Geometry::Point, "-1.28 36.82 1650 5"),
            Some(json!({ "type": "Point", "coordinates": [36.82, -1.28, 1650.0] }))
        );
        assert_eq!(
            geometry(Geometry::Line, "0 1 0 0;2 3 0 0"),
            Some(json!({ "type": "LineString", "coordinates": [[1.0, 0.0, 0.0], [3.0, 2.0, 0.0]] }))
        );
        let shape = geometry(Geometry::Polygon, "0 0;0 1;1 1").unwrap();
        assert_eq!(shape["coordinates"][0].as_array().unwrap().len(), 4, "the ring is closed");
        assert_eq!(geometry(Geometry::Point, "somewhere"), None);
        assert_eq!(geometry(Geometry::Line, "0 0"), None);
    }
}
