//! Disposable test worlds: each test gets a fresh database (a temporary SQLite file, or a new
//! database on the PostgreSQL server in `DATASHIFT_TEST_POSTGRES_URL`) and a real server on
//! port 0, driven over HTTP like a browser.

#![allow(dead_code)]

pub mod collection;
pub mod training;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use store::accounts::NewUser;
use store::testing::{TestBackend, fresh_database_url};
use store::types::{Email, Name, Role};
use web::{AppState, Application, Config, ConnectionThresholds, Password, hash_password};

pub const PASSWORD: &str = "a long test password";

#[derive(Debug, Clone, Copy)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct TestApp {
    pub base: String,
    pub state: AppState,
    _dir: tempfile::TempDir,
    server: tokio::task::JoinHandle<()>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.server.abort();
    }
}

pub fn config(dir: &std::path::Path, database_url: String) -> Config {
    Config {
        bind: "127.0.0.1:0".parse().unwrap(),
        data_dir: dir.to_path_buf(),
        database_url,
        base_url: "http://datashift.test".to_owned(),
        smtp_url: None,
        smtp_from: "DataShift <noreply@datashift.test>".to_owned(),
        body_limit: 256 * 1024,
        connection: ConnectionThresholds::default(),
        clock: web::Clock::system(),
        export_background_threshold: web::DEFAULT_EXPORT_BACKGROUND_THRESHOLD,
        // Every data page keeps its running summary at once (tests/data.rs checks the
        // settling time itself).
        summary_settle: std::time::Duration::ZERO,
        webhooks_to_private_addresses: false,
    }
}

/// A fresh server on a fresh database, or `None` when the backend is not available here.
pub async fn spawn_app(backend: Backend) -> Option<TestApp> {
    spawn_app_with(backend, |_| {}).await
}

/// As `spawn_app`, with the configuration adjusted first.
pub async fn spawn_app_with(backend: Backend, adjust: impl FnOnce(&mut Config)) -> Option<TestApp> {
    // Quiet by default; TEST_LOG=debug (any tracing filter) shows the server's logs.
    if let Ok(filter) = std::env::var("TEST_LOG") {
        let _ = tracing_subscriber::fmt().with_env_filter(filter).with_test_writer().try_init();
    }
    let dir = tempfile::tempdir().unwrap();
    let backend = match backend {
        Backend::Sqlite => TestBackend::Sqlite,
        Backend::Postgres => TestBackend::Postgres,
    };
    let database_url = fresh_database_url(backend, dir.path()).await?;
    let mut config = config(dir.path(), database_url);
    adjust(&mut config);
    let app = Application::build(config).await.expect("the application builds");
    let base = format!("http://{}", app.local_addr());
    let state = app.state().clone();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        app.run_until(async {
            let _ = stopped.await;
        })
        .await
        .expect("the server runs");
    });
    Some(TestApp { base, state, _dir: dir, server, stop: Some(stop) })
}

impl TestApp {
    /// A new browser: its own cookie jar, no automatic redirects.
    pub fn browser(&self) -> Browser {
        Browser {
            base: self.base.clone(),
            client: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            language: None,
        }
    }

    /// Creates an account directly in the store (for admins and builders).
    pub async fn create_user(
        &self,
        email: &str,
        name: &str,
        role: Role,
        organisation_id: Option<String>,
    ) -> store::accounts::User {
        let hash = hash_password(&Password::parse(PASSWORD).unwrap()).await.unwrap();
        self.state
            .store
            .create_user(NewUser {
                email: Email::parse(email).unwrap(),
                name: Name::parse(name).unwrap(),
                password_hash: hash,
                role,
                organisation_id,
                locale: None,
            })
            .await
            .unwrap()
    }

    /// A CSO signs up through the form; returns its lead's browser, logged in.
    pub async fn sign_up(&self, organisation: &str, country: &str, email: &str) -> Browser {
        let browser = self.browser();
        let page = browser
            .post(
                "/signup",
                &[
                    ("organisation", organisation),
                    ("country", country),
                    ("name", "Wanjiru Kamau"),
                    ("email", email),
                    ("password", PASSWORD),
                    ("password_again", PASSWORD),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
        assert_eq!(page.location(), "/applications");
        browser
    }

    /// A programme admin, logged in.
    pub async fn admin(&self) -> Browser {
        self.create_user("admin@example.org", "Amina", Role::Admin, None).await;
        self.browser().logged_in("admin@example.org").await
    }

    /// Every email written so far, oldest first.
    pub async fn emails(&self) -> Vec<store::outbox::OutboxEmail> {
        let mut emails = self.state.store.outbox(1000, 0).await.unwrap();
        emails.reverse();
        emails
    }

    /// The last email to `recipient`.
    pub async fn last_email_to(&self, recipient: &str) -> store::outbox::OutboxEmail {
        self.emails()
            .await
            .into_iter()
            .rev()
            .find(|e| e.recipient == recipient)
            .unwrap_or_else(|| panic!("no email to {recipient}"))
    }
}

/// The first link in an email body that starts with `http://datashift.test`, as a path.
pub fn link_in(body: &str) -> String {
    let start = body.find("http://datashift.test").expect("the email has a link");
    let rest = &body[start + "http://datashift.test".len()..];
    rest.split_whitespace().next().unwrap().to_owned()
}

pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Page {
    pub fn location(&self) -> String {
        self.headers.get("location").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
    }

    pub fn assert_contains(&self, text: &str) -> &Self {
        assert!(self.body.contains(text), "expected {text:?} in a {} page:\n{}", self.status, self.body);
        self
    }

    pub fn assert_lacks(&self, text: &str) -> &Self {
        assert!(!self.body.contains(text), "did not expect {text:?} in:\n{}", self.body);
        self
    }

    pub fn csrf(&self) -> String {
        let re = regex::Regex::new(r#"name="csrf" value="([0-9a-f]{64})""#).unwrap();
        re.captures(&self.body).map(|c| c[1].to_owned()).expect("the page has a CSRF token")
    }

    /// The id in the last path segment of a redirect, e.g. `/applications/ID`.
    pub fn location_id(&self) -> String {
        let location = self.location();
        location.trim_end_matches('/').rsplit('/').next().unwrap().split('#').next().unwrap().to_owned()
    }
}

pub struct Browser {
    pub base: String,
    pub client: reqwest::Client,
    pub language: Option<&'static str>,
}

impl Browser {
    async fn page(response: reqwest::Response) -> Page {
        Page {
            status: response.status(),
            headers: response.headers().clone(),
            body: response.text().await.unwrap(),
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        let mut request = self.client.get(format!("{}{path}", self.base));
        if let Some(lang) = self.language {
            request = request.header("accept-language", lang);
        }
        Self::page(request.send().await.unwrap()).await
    }

    /// The CSRF token this browser holds (read from a page, as a form would carry it).
    pub async fn csrf(&self) -> String {
        self.get("/intake").await.csrf()
    }

    /// Posts a form with this browser's CSRF token, as a page's form would.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Posts a form that must succeed, which answers with a redirect (post/redirect/get).
    pub async fn post_redirected(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let page = self.post(path, fields).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "POST {path} was refused:\n{}", page.body);
        page
    }

    /// Posts exactly these fields, with no token added.
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let mut request = self.client.post(format!("{}{path}", self.base)).form(fields);
        if let Some(lang) = self.language {
            request = request.header("accept-language", lang);
        }
        Self::page(request.send().await.unwrap()).await
    }

    pub async fn login(&self, email: &str, password: &str) -> Page {
        self.post("/login", &[("email", email), ("password", password), ("next", "/")]).await
    }

    pub async fn logged_in(self, email: &str) -> Self {
        let page = self.login(email, PASSWORD).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "login of {email} failed:\n{}", page.body);
        self
    }
}

/// Runs each named test once on SQLite and once on PostgreSQL. Three forms:
/// - `on_both_backends!(a, b)`: each test takes the spawned [`TestApp`];
/// - `on_both_backends!(spawn = path::to::spawn; a, b)`: the same, spawned by the file's own
///   `async fn spawn(Backend) -> Option<TestApp>` (a fixed clock, another setting);
/// - `on_both_backends!(backend; a, b)`: each test takes the [`Backend`] and builds its world.
#[macro_export]
macro_rules! on_both_backends {
    (backend; $($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::common::Backend::Sqlite).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::common::Backend::Postgres).await;
                }
            )*
        }
    };
    (spawn = $spawn:path; $($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if let Some(app) = $spawn($crate::common::Backend::Sqlite).await {
                        super::$name(app).await;
                    }
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if let Some(app) = $spawn($crate::common::Backend::Postgres).await {
                        super::$name(app).await;
                    }
                }
            )*
        }
    };
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if let Some(app) = $crate::common::spawn_app($crate::common::Backend::Sqlite).await {
                        super::$name(app).await;
                    }
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if let Some(app) = $crate::common::spawn_app($crate::common::Backend::Postgres).await {
                        super::$name(app).await;
                    }
                }
            )*
        }
    };
}
