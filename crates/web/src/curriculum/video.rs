//! Module videos and captions: an uploaded file is streamed from the blob store with HTTP
//! range requests (tower-http's `ServeFile`: `Range`, `If-Range`, 206 and 416), so a phone
//! can seek and resume on a slow connection; captions are served as `text/vtt` for `<track>`.

use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, X_CONTENT_TYPE_OPTIONS};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use store::curriculum::Video;
use tower::ServiceExt;
use tower_http::services::ServeFile;

use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult, KeepBody};
use crate::kernel::i18n::Locale;
use crate::kernel::state::AppState;

pub const MP4: &str = "video/mp4";
pub const WEBM: &str = "video/webm";

/// Major brands of ISO base media files that are MP4 video (QuickTime's `qt  `, HEIF images
/// and audio-only `M4A ` are not).
const MP4_BRANDS: [&[u8; 4]; 14] = [
    b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"dash", b"M4V ", b"mmp4",
    b"MSNV", b"cmfc", b"iso8",
];

/// The type of a video from its first bytes: MP4 (an `ftyp` box with a video brand) or WebM
/// (an EBML header whose DocType is `webm`). Anything else, whatever its name or declared
/// type, is refused. Two formats, a few bytes each: a small check here rather than a
/// general file-type crate.
pub fn sniff_video(bytes: &[u8]) -> Option<&'static str> {
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" && MP4_BRANDS.iter().any(|b| &bytes[8..12] == *b) {
        return Some(MP4);
    }
    if bytes.starts_with(&[0x1a, 0x45, 0xdf, 0xa3]) {
        // DocType element (0x4282), a one-byte size of 4, then "webm", inside the header.
        let header = &bytes[..bytes.len().min(64)];
        if header.windows(7).any(|w| w == [0x42, 0x82, 0x84, b'w', b'e', b'b', b'm']) {
            return Some(WEBM);
        }
    }
    None
}

/// `GET /curriculum/{slug}/video`: the uploaded video, with range requests.
pub async fn stream(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(slug): Path<String>,
    request: Request,
) -> AppResult<Response> {
    ctx.require_user()?;
    let module = state.store.module_by_slug(&slug).await?;
    let Some(Video::Uploaded { key, content_type, .. }) = module.video else {
        return Err(AppError::NotFound);
    };
    let response = ServeFile::new(state.blobs.path(&key))
        .oneshot(request)
        .await
        .unwrap_or_else(|never| match never {})
        .map(Body::new);
    let status = response.status();
    if status == StatusCode::NOT_FOUND {
        tracing::error!(module = module.slug, blob = key.as_str(), "a module's video file is missing");
        return Err(AppError::NotFound);
    }
    let mut response = response;
    if status == StatusCode::RANGE_NOT_SATISFIABLE {
        // Its Content-Range (the file's length) is for the player, not an error page.
        response.extensions_mut().insert(KeepBody);
    }
    if status.is_success() || status == StatusCode::NOT_MODIFIED {
        let headers = response.headers_mut();
        // The blob has no extension, so ServeFile cannot tell; the upload's sniffed type can.
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_str(&content_type)
                .unwrap_or(HeaderValue::from_static("application/octet-stream")),
        );
        headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
        // Content-addressed: a replaced video gets another blob, and the page names it anew.
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("private, max-age=86400"));
    }
    Ok(response)
}

/// `GET /curriculum/{slug}/captions/{lang}`: the captions in one language as WebVTT.
pub async fn captions(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((slug, lang)): Path<(String, String)>,
) -> AppResult<Response> {
    ctx.require_user()?;
    let locale = Locale::ALL.into_iter().find(|l| l.code() == lang).ok_or(AppError::NotFound)?;
    let module = state.store.module_by_slug(&slug).await?;
    let texts = state.store.module_texts(&module.id).await?;
    let captions = texts
        .into_iter()
        .find(|t| t.locale == locale.code())
        .and_then(|t| t.captions)
        .ok_or(AppError::NotFound)?;
    Ok((
        [
            (CONTENT_TYPE, HeaderValue::from_static("text/vtt; charset=utf-8")),
            (CACHE_CONTROL, HeaderValue::from_static("private, no-cache")),
        ],
        captions,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mp4_and_webm_are_recognised_by_their_first_bytes() {
        let mut mp4 = vec![0, 0, 0, 0x20];
        mp4.extend_from_slice(b"ftypisom\0\0\x02\0isomiso2avc1mp41");
        assert_eq!(sniff_video(&mp4), Some(MP4));
        let webm = include_bytes!("../../../datashift/demo/welcome-sample.webm");
        assert_eq!(sniff_video(webm), Some(WEBM));
    }

    #[test]
    fn other_files_are_refused_whatever_their_name() {
        let mut mov = vec![0, 0, 0, 0x14];
        mov.extend_from_slice(b"ftypqt  \0\0\x02\0qt  ");
        let mut heic = vec![0, 0, 0, 0x18];
        heic.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
        let mkv =
            [0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88, b'm', b'a', b't', b'r', b'o', b's', b'k', b'a'];
        for bytes in [&mov[..], &heic[..], &mkv[..], b"\x89PNG\r\n\x1a\n", b"<html>", b"", b"ftyp"] {
            assert_eq!(sniff_video(bytes), None, "{bytes:?}");
        }
    }
}
