//! The QR code ODK Collect (and KoboCollect) scans to configure a project: the settings as
//! JSON, zlib-compressed, base64-encoded, drawn as an SVG QR code.

use std::io::Write;

use base64::Engine;
use flate2::Compression;
use flate2::write::ZlibEncoder;
use qrcode::QrCode;
use qrcode::render::svg;

/// The settings payload for a server URL that carries its own token (no username/password).
pub fn payload(server_url: &str, project_name: &str) -> String {
    let settings = serde_json::json!({
        "general": { "server_url": server_url, "username": "", "password": "" },
        "admin": {},
        "project": { "name": project_name, "icon": "D", "color": "#1d6b57" },
    });
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(settings.to_string().as_bytes()).expect("writing to memory");
    let compressed = encoder.finish().expect("writing to memory");
    base64::engine::general_purpose::STANDARD.encode(compressed)
}

/// The payload as an SVG QR code (no script, no external reference).
pub fn svg(payload: &str) -> Option<String> {
    let code = QrCode::new(payload.as_bytes()).ok()?;
    Some(code.render::<svg::Color>().min_dimensions(240, 240).quiet_zone(true).build())
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    #[test]
    fn the_payload_unpacks_to_collect_settings() {
        let packed = payload("https://example.org/key/abc", "Water points");
        let compressed = base64::engine::general_purpose::STANDARD.decode(packed.as_bytes()).unwrap();
        let mut json = String::new();
        flate2::read::ZlibDecoder::new(&compressed[..]).read_to_string(&mut json).unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["general"]["server_url"], "https://example.org/key/abc");
        assert_eq!(value["project"]["name"], "Water points");
        let drawing = svg(&packed).unwrap();
        assert!(drawing.starts_with("<?xml") && drawing.contains("<svg"));
    }
}
