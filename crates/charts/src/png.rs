//! PNG pictures of the charts for campaign materials: the SVG rendered by resvg with the
//! fonts shipped in `fonts/` (Noto Sans, and Noto Sans Devanagari for Nepali), compiled
//! into the binary, so a picture never depends on the fonts of the machine it runs on.

use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

const NOTO_SANS: &[u8] = include_bytes!("../fonts/NotoSans-Regular.ttf");
const NOTO_SANS_DEVANAGARI: &[u8] = include_bytes!("../fonts/NotoSansDevanagari-Regular.ttf");

/// The widest picture rendered, in pixels.
pub const MAX_WIDTH: u32 = 3200;

#[derive(Debug, thiserror::Error)]
pub enum PngError {
    #[error("the SVG could not be read: {0}")]
    Svg(String),
    #[error("the picture would be empty or too large")]
    Size,
    #[error("the PNG could not be encoded: {0}")]
    Encode(String),
}

/// The fonts, loaded once from the bytes above.
fn fonts() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            db.load_font_data(NOTO_SANS.to_vec());
            db.load_font_data(NOTO_SANS_DEVANAGARI.to_vec());
            db.set_sans_serif_family("Noto Sans");
            Arc::new(db)
        })
        .clone()
}

/// Renders `svg` as a PNG `width` pixels wide (the height keeps the chart's proportions),
/// on white.
pub fn png(svg: &str, width: u32) -> Result<Vec<u8>, PngError> {
    if width == 0 || width > MAX_WIDTH {
        return Err(PngError::Size);
    }
    let options =
        usvg::Options { fontdb: fonts(), font_family: "Noto Sans".to_owned(), ..Default::default() };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| PngError::Svg(e.to_string()))?;
    let size = tree.size();
    let scale = width as f32 / size.width();
    let height = (size.height() * scale).ceil() as u32;
    if height == 0 || height > 4 * MAX_WIDTH {
        return Err(PngError::Size);
    }
    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or(PngError::Size)?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| PngError::Encode(e.to_string()))
}
