use std::sync::Arc;

use store::Store;

use super::config::Config;
use super::metrics::Metrics;

/// Shared by every handler. Holds no per-user state: that lives in the database, so any
/// number of servers can run side by side.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<Config>,
    pub metrics: Arc<Metrics>,
}
