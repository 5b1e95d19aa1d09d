use std::sync::Arc;

use store::Store;
use store::blobs::BlobStore;
use store::collection::SubmissionWriter;

use super::config::Config;
use super::metrics::Metrics;
use crate::collectors::KnownCollectors;
use crate::forms::PreparedForms;
use crate::privacy::consent::ConsentRules;

/// Shared by every handler. Holds no per-user state: that lives in the database, so any
/// number of servers can run side by side.
///
/// One pointer: axum clones the state for every extractor and middleware of every request,
/// and one reference count is cheaper to bump (and to share between cores) than one per part.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

/// What [`AppState`] shares.
pub struct Shared {
    pub store: Store,
    pub config: Arc<Config>,
    pub metrics: Arc<Metrics>,
    /// Files: XLSForms, form media, submission attachments.
    pub blobs: BlobStore,
    /// The one writer of submissions (group commit).
    pub writer: SubmissionWriter,
    /// Published versions made ready to read submissions.
    pub prepared: Arc<PreparedForms>,
    /// Collectors recently looked up by token.
    pub collectors: Arc<KnownCollectors>,
    /// Forms' consent rules recently read.
    pub consent: Arc<ConsentRules>,
}

impl AppState {
    pub fn new(shared: Shared) -> Self {
        Self(Arc::new(shared))
    }
}

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}
