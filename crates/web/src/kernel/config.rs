use std::net::SocketAddr;
use std::path::PathBuf;

use super::clock::Clock;

/// Thresholds of the virtual-training-capacity connection check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConnectionThresholds {
    pub max_latency_ms: i64,
    pub min_download_kbps: i64,
    pub min_upload_kbps: i64,
}

impl Default for ConnectionThresholds {
    /// Enough for a video call with a shared screen: 1.5 Mbit/s down, 0.5 Mbit/s up, 400 ms.
    fn default() -> Self {
        Self { max_latency_ms: 400, min_download_kbps: 1500, min_upload_kbps: 500 }
    }
}

/// Everything the web application needs to run, already resolved from flags, environment
/// and config file by the binary.
#[derive(Clone)]
pub struct Config {
    pub bind: SocketAddr,
    pub data_dir: PathBuf,
    pub database_url: String,
    /// Public address used in emailed links, without a trailing slash.
    pub base_url: String,
    pub smtp_url: Option<String>,
    pub smtp_from: String,
    /// Largest request body accepted, in bytes.
    pub body_limit: usize,
    pub connection: ConnectionThresholds,
    /// The programme's clock (the system clock but in tests).
    pub clock: Clock,
    /// Exports of more submissions than this run in the background instead of streaming.
    pub export_background_threshold: u64,
    /// Submissions younger than this are read on every view of a form's data and kept in no
    /// running summary (a transaction committing late cannot be missed).
    pub summary_settle: std::time::Duration,
    /// Webhooks may send to private, loopback and link-local addresses (a receiver on the
    /// server's own network). Off by default: a typed URL could otherwise reach internal services.
    pub webhooks_to_private_addresses: bool,
}

/// Exports of more submissions run in the background unless configured otherwise.
pub const DEFAULT_EXPORT_BACKGROUND_THRESHOLD: u64 = 100_000;

/// How long a new submission settles before a running summary keeps it.
pub const DEFAULT_SUMMARY_SETTLE: std::time::Duration = std::time::Duration::from_secs(10);

impl Config {
    /// Cookies get the `Secure` flag when the public address is HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    pub fn link(&self, path: &str) -> String {
        format!("{}{}", self.base_url.trim_end_matches('/'), path)
    }
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("bind", &self.bind)
            .field("data_dir", &self.data_dir)
            .field("database_url", &redact_url(&self.database_url))
            .field("base_url", &self.base_url)
            .field("smtp_url", &self.smtp_url.as_deref().map(redact_url))
            .field("body_limit", &self.body_limit)
            .field("connection", &self.connection)
            .field("export_background_threshold", &self.export_background_threshold)
            .field("summary_settle", &self.summary_settle)
            .field("webhooks_to_private_addresses", &self.webhooks_to_private_addresses)
            .finish()
    }
}

/// Hides a password in a URL such as `postgres://user:secret@host/db`.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{}:****{}", &url[..scheme + 3], user, &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_in_urls_are_hidden() {
        assert_eq!(super::redact_url("postgres://ana:s3cret@db:5432/x"), "postgres://ana:****@db:5432/x");
        assert_eq!(super::redact_url("sqlite:///data/x.sqlite3"), "sqlite:///data/x.sqlite3");
        assert_eq!(super::redact_url("smtp://mail.example.org"), "smtp://mail.example.org");
    }
}
