//! Building and running the application: `Application::build` binds the listener (port 0
//! works, for tests), `run_until_stopped` serves until SIGINT/SIGTERM and then drains.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use axum::Extension;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::StatusCode;
use axum::middleware;
use axum::response::IntoResponse;
use axum::routing::get;
use store::Store;
use store::blobs::BlobStore;
use store::collection::SubmissionWriter;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::predicate::{NotForContentType, Predicate};
use tower_http::compression::{CompressionLayer, DefaultPredicate};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::collectors::KnownCollectors;
use crate::forms::PreparedForms;
use crate::kernel::config::Config;
use crate::kernel::error::{AppError, KeepBody};
use crate::kernel::metrics::Metrics;
use crate::kernel::state::{AppState, Shared};
use crate::kernel::{assets, context, mail, metrics};
use crate::{
    accounts, api, calls, collectors, commitment, data, deliverables, discussion, engagements, forms, home,
    intake, openrosa, privacy, submissions, webforms,
};

/// Connects to the database, applies pending migrations and makes the data directory.
pub async fn build_state(config: Config) -> anyhow::Result<AppState> {
    std::fs::create_dir_all(config.data_dir.join("files"))
        .with_context(|| format!("creating the data directory {}", config.data_dir.display()))?;
    let store = Store::connect(&config.database_url).await.context("connecting to the database")?;
    store.migrate().await.context("applying database migrations")?;
    crate::curriculum::load_shipped(&store).await?;
    let blobs = BlobStore::open(config.data_dir.join("blobs"))
        .with_context(|| format!("opening the blob store in {}", config.data_dir.display()))?;
    let writer = SubmissionWriter::start(store.clone(), blobs.clone());
    Ok(AppState::new(Shared {
        store,
        config: Arc::new(config),
        metrics: Arc::new(Metrics::default()),
        blobs,
        writer,
        prepared: Arc::new(PreparedForms::default()),
        collectors: Arc::new(KnownCollectors::default()),
        consent: Arc::new(crate::privacy::consent::ConsentRules::default()),
    }))
}

pub fn router(state: AppState) -> Router {
    let body_limit = state.config.body_limit;
    // Pages for people: sessions, CSRF, translated error pages.
    let pages = Router::new()
        .merge(home::router())
        .merge(accounts::router())
        .merge(intake::router())
        .merge(forms::router())
        .merge(collectors::router())
        .merge(submissions::router())
        .merge(data::router())
        .merge(privacy::router())
        .merge(api::router())
        .merge(crate::curriculum::router())
        .merge(engagements::router())
        .merge(deliverables::router())
        .merge(calls::router())
        .merge(commitment::router())
        .merge(discussion::router())
        .merge(webforms::staff_routes())
        .merge(assets::router())
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics::endpoint))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(middleware::from_fn_with_state(state.clone(), context::request_context));
    // OpenRosa for ODK Collect, KoboCollect and web forms: token or Basic auth, no cookies,
    // answers in OpenRosa XML.
    Router::new()
        .merge(openrosa::router())
        .merge(pages)
        .layer(CatchPanicLayer::new())
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(60)))
        .layer(middleware::from_fn_with_state(state.clone(), metrics::track))
        // Not videos: they are already compressed, and a compressed range would not be the
        // range asked for.
        .layer(
            CompressionLayer::new().compress_when(
                DefaultPredicate::new()
                    .and(NotForContentType::const_new("video/"))
                    .and(NotForContentType::const_new("audio/"))
                    // Exports already zipped (XLSX is a ZIP).
                    .and(NotForContentType::const_new("application/zip"))
                    .and(NotForContentType::const_new("application/vnd.openxmlformats")),
            ),
        )
        .layer(TraceLayer::new_for_http().make_span_with(|req: &Request| {
            let route = req
                .extensions()
                .get::<axum::extract::MatchedPath>()
                .map(|p| p.as_str().to_owned())
                .unwrap_or_default();
            let id = req.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
            tracing::info_span!("request", method = %req.method(), route, request_id = id)
        }))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .with_state(state)
}

async fn not_found() -> AppError {
    AppError::NotFound
}

async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    let answer = match state.store.ping().await {
        Ok(()) => (StatusCode::OK, "ok"),
        Err(err) => {
            tracing::error!(error = %err, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    };
    (Extension(KeepBody), answer)
}

pub struct Application {
    listener: TcpListener,
    state: AppState,
}

impl Application {
    pub async fn build(mut config: Config) -> anyhow::Result<Self> {
        let bind = config.bind;
        let listener = TcpListener::bind(bind).await.with_context(|| format!("binding {bind}"))?;
        // A base URL derived from a bind to port 0 must name the port actually chosen, or
        // emailed links would point nowhere.
        if bind.port() == 0 && config.base_url == format!("http://{bind}") {
            config.base_url = format!("http://{}", listener.local_addr()?);
        }
        let state = build_state(config).await?;
        Ok(Self { listener, state })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().expect("a bound listener has an address")
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until `shutdown` completes, then lets requests in flight finish.
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send + 'static) -> anyhow::Result<()> {
        let state = self.state.clone();
        let mut background = Vec::new();
        if let Some(smtp) = state.config.smtp_url.clone() {
            background.push(tokio::spawn(mail::run_sender(
                state.store.clone(),
                smtp,
                state.config.smtp_from.clone(),
            )));
        }
        background.push(tokio::spawn(purge_expired(state.store.clone())));
        background.push(tokio::spawn(submissions::deliver::run_deliverer(
            state.store.clone(),
            state.config.webhooks_to_private_addresses,
        )));
        background.push(tokio::spawn(calls::reminders::run(state.clone())));
        background.push(tokio::spawn(discussion::run_digests(state.clone())));
        background.push(tokio::spawn(privacy::retention::run(state.clone())));
        background.push(tokio::spawn(data::export::jobs::run(state.clone())));
        let app = router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
        let served = axum::serve(self.listener, app).with_graceful_shutdown(shutdown).await;
        for task in background {
            task.abort();
        }
        state.store.close().await;
        served.context("serving HTTP")
    }

    /// Serves until SIGINT or SIGTERM.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        self.run_until(shutdown_signal()).await
    }
}

async fn purge_expired(store: Store) {
    loop {
        if let Err(err) = store.purge_expired().await {
            tracing::warn!(error = %err, "purging expired sessions");
        }
        tokio::time::sleep(Duration::from_secs(3600)).await;
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
