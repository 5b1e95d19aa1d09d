//! Configuration, layered: command-line flags, then `DATASHIFT_*` environment variables
//! (both through clap), then the config file, then defaults.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::Args;
use serde::Deserialize;
use web::{Config, ConnectionThresholds};

#[derive(Debug, Args, Default, Clone)]
pub struct Settings {
    /// Address and port to listen on [default: 127.0.0.1:8080].
    #[arg(long, env = "DATASHIFT_BIND", global = true)]
    pub bind: Option<SocketAddr>,
    /// Directory for the SQLite database and uploaded files [default: ./data].
    #[arg(long, env = "DATASHIFT_DATA_DIR", global = true)]
    pub data_dir: Option<PathBuf>,
    /// Database URL: sqlite://FILE or postgres://USER:PASSWORD@HOST/DB [default: SQLite in the data directory].
    #[arg(long, env = "DATASHIFT_DATABASE_URL", global = true, hide_env_values = true)]
    pub database_url: Option<String>,
    /// Public address of the site, used in emailed links and QR codes [default: http://BIND].
    #[arg(long, env = "DATASHIFT_BASE_URL", global = true)]
    pub base_url: Option<String>,
    /// SMTP server for outgoing email, e.g. smtps://user:pass@mail.example.org; without it emails stay in the admins' outbox.
    #[arg(long, env = "DATASHIFT_SMTP_URL", global = true, hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// Sender address of outgoing email [default: DataShift <noreply@localhost>].
    #[arg(long, env = "DATASHIFT_SMTP_FROM", global = true)]
    pub smtp_from: Option<String>,
    /// Largest request body accepted, in bytes [default: 10485760].
    #[arg(long, env = "DATASHIFT_BODY_LIMIT", global = true)]
    pub body_limit: Option<usize>,
    /// Connection check: highest acceptable round trip in milliseconds [default: 400].
    #[arg(long, env = "DATASHIFT_MAX_LATENCY_MS", global = true)]
    pub max_latency_ms: Option<i64>,
    /// Connection check: lowest acceptable download speed in kbit/s [default: 1500].
    #[arg(long, env = "DATASHIFT_MIN_DOWNLOAD_KBPS", global = true)]
    pub min_download_kbps: Option<i64>,
    /// Connection check: lowest acceptable upload speed in kbit/s [default: 500].
    #[arg(long, env = "DATASHIFT_MIN_UPLOAD_KBPS", global = true)]
    pub min_upload_kbps: Option<i64>,
    /// Exports of more submissions than this run in the background, with a progress bar [default: 100000].
    #[arg(long, env = "DATASHIFT_EXPORT_BACKGROUND_THRESHOLD", global = true)]
    pub export_background_threshold: Option<u64>,
    /// Let webhooks send to private, loopback and link-local addresses (a receiver on this server's own network) [default: public addresses only].
    #[arg(long, env = "DATASHIFT_WEBHOOKS_TO_PRIVATE_ADDRESSES", global = true)]
    pub webhooks_to_private_addresses: Option<bool>,
    /// A TOML file with any of the settings above (keys as the flags, with underscores) [default: ./datashift.toml if present].
    #[arg(long, env = "DATASHIFT_CONFIG", global = true)]
    pub config: Option<PathBuf>,
}

/// The same settings as read from the config file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    bind: Option<SocketAddr>,
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    base_url: Option<String>,
    smtp_url: Option<String>,
    smtp_from: Option<String>,
    body_limit: Option<usize>,
    max_latency_ms: Option<i64>,
    min_download_kbps: Option<i64>,
    min_upload_kbps: Option<i64>,
    export_background_threshold: Option<u64>,
    webhooks_to_private_addresses: Option<bool>,
}

fn read_file(path: &Path) -> anyhow::Result<FileSettings> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading the config file {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("reading the config file {}", path.display()))
}

impl Settings {
    /// Resolves every setting; the config file only fills what flags and environment left open.
    pub fn resolve(&self) -> anyhow::Result<Config> {
        let file = match &self.config {
            Some(path) => read_file(path)?,
            None if Path::new("datashift.toml").exists() => read_file(Path::new("datashift.toml"))?,
            None => FileSettings::default(),
        };
        let bind = self.bind.or(file.bind).unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080)));
        let data_dir = self.data_dir.clone().or(file.data_dir).unwrap_or_else(|| PathBuf::from("data"));
        let database_url = self
            .database_url
            .clone()
            .or(file.database_url)
            .unwrap_or_else(|| store::Store::sqlite_url_in(&data_dir));
        let base_url = self
            .base_url
            .clone()
            .or(file.base_url)
            .unwrap_or_else(|| format!("http://{bind}"))
            .trim_end_matches('/')
            .to_owned();
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            bail!("the base URL must start with http:// or https://, not {base_url:?}");
        }
        let defaults = ConnectionThresholds::default();
        Ok(Config {
            bind,
            data_dir,
            database_url,
            base_url,
            smtp_url: self.smtp_url.clone().or(file.smtp_url).filter(|s| !s.is_empty()),
            smtp_from: self
                .smtp_from
                .clone()
                .or(file.smtp_from)
                .unwrap_or_else(|| "DataShift <noreply@localhost>".to_owned()),
            body_limit: self.body_limit.or(file.body_limit).unwrap_or(10 * 1024 * 1024),
            connection: ConnectionThresholds {
                max_latency_ms: self
                    .max_latency_ms
                    .or(file.max_latency_ms)
                    .unwrap_or(defaults.max_latency_ms),
                min_download_kbps: self
                    .min_download_kbps
                    .or(file.min_download_kbps)
                    .unwrap_or(defaults.min_download_kbps),
                min_upload_kbps: self
                    .min_upload_kbps
                    .or(file.min_upload_kbps)
                    .unwrap_or(defaults.min_upload_kbps),
            },
            clock: web::Clock::system(),
            export_background_threshold: self
                .export_background_threshold
                .or(file.export_background_threshold)
                .unwrap_or(web::DEFAULT_EXPORT_BACKGROUND_THRESHOLD),
            summary_settle: web::DEFAULT_SUMMARY_SETTLE,
            webhooks_to_private_addresses: self
                .webhooks_to_private_addresses
                .or(file.webhooks_to_private_addresses)
                .unwrap_or(false),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_win_over_the_file_and_the_file_over_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("datashift.toml");
        std::fs::write(&file, "bind = \"127.0.0.1:9000\"\nbase_url = \"https://datashift.example.org/\"\nmax_latency_ms = 250\n").unwrap();
        let settings = Settings { config: Some(file.clone()), ..Settings::default() };
        let config = settings.resolve().unwrap();
        assert_eq!(config.bind.port(), 9000);
        assert_eq!(config.base_url, "https://datashift.example.org");
        assert_eq!(config.connection.max_latency_ms, 250);
        assert_eq!(config.connection.min_upload_kbps, ConnectionThresholds::default().min_upload_kbps);
        assert!(config.database_url.starts_with("sqlite://"));

        let settings = Settings {
            config: Some(file),
            bind: Some("127.0.0.1:7000".parse().unwrap()),
            ..Settings::default()
        };
        assert_eq!(settings.resolve().unwrap().bind.port(), 7000);
    }

    #[test]
    fn unknown_keys_and_bad_urls_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("c.toml");
        std::fs::write(&file, "bnid = \"127.0.0.1:9000\"\n").unwrap();
        let err = Settings { config: Some(file), ..Settings::default() }.resolve().unwrap_err();
        assert!(format!("{err:#}").contains("bnid"), "{err:#}");
        let err =
            Settings { base_url: Some("datashift.org".into()), ..Settings::default() }.resolve().unwrap_err();
        assert!(err.to_string().contains("http"));
    }
}
