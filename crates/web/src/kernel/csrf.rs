//! Cross-site request forgery protection by the double-submit pattern: a random token lives
//! in an HttpOnly, SameSite=Lax cookie and must come back with every state-changing
//! request, as the `csrf` form field, the `csrf` query parameter or the `X-CSRF-Token`
//! header. It needs no server-side state, so anonymous pages stay free of database writes.

use axum::http::{HeaderMap, Method};
use axum_extra::extract::cookie::{Cookie, SameSite};
use subtle::ConstantTimeEq;

pub const COOKIE: &str = "ds_csrf";
pub const FIELD: &str = "csrf";
pub const HEADER: &str = "x-csrf-token";

/// Paths whose POSTs come from machines with their own credentials, not from browsers.
const EXEMPT_PREFIXES: [&str; 0] = [];

pub fn needs_check(method: &Method, path: &str) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE)
        && !EXEMPT_PREFIXES.iter().any(|p| path.starts_with(p))
}

pub fn new_token() -> String {
    store::types::Secret::generate().expose().to_owned()
}

pub fn cookie(token: String, secure: bool) -> Cookie<'static> {
    Cookie::build((COOKIE, token))
        .path("/")
        .http_only(true)
        .secure(secure)
        // Lax, not Strict: a page opened from an emailed link must not rotate the token
        // under the person's other open tabs. Another site can neither read nor set it.
        .same_site(SameSite::Lax)
        .build()
}

pub fn tokens_match(expected: &str, presented: &str) -> bool {
    !expected.is_empty() && expected.as_bytes().ct_eq(presented.as_bytes()).into()
}

/// The token a request presents outside its body: header, then query string.
pub fn presented_outside_body(headers: &HeaderMap, query: Option<&str>) -> Option<String> {
    if let Some(value) = headers.get(HEADER).and_then(|v| v.to_str().ok()) {
        return Some(value.to_owned());
    }
    query.and_then(|q| field_in_form(q.as_bytes()))
}

/// The `csrf` field of an `application/x-www-form-urlencoded` body.
pub fn field_in_form(body: &[u8]) -> Option<String> {
    form_urlencoded_pairs(body).find(|(k, _)| k == FIELD).map(|(_, v)| v)
}

fn form_urlencoded_pairs(body: &[u8]) -> impl Iterator<Item = (String, String)> + '_ {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body).unwrap_or_default().into_iter()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_unsafe_methods_are_checked() {
        assert!(!needs_check(&Method::GET, "/login"));
        assert!(needs_check(&Method::POST, "/login"));
        assert!(needs_check(&Method::DELETE, "/x"));
    }

    #[test]
    fn the_token_is_found_in_a_form_body() {
        assert_eq!(field_in_form(b"email=a%40b.org&csrf=abc123").as_deref(), Some("abc123"));
        assert_eq!(field_in_form(b"email=a"), None);
        assert!(tokens_match("abc", "abc"));
        assert!(!tokens_match("abc", "abd"));
        assert!(!tokens_match("", ""));
    }
}
