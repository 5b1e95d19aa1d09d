//! Collectors remembered by token for a few seconds, so that a device sending a burst of
//! submissions is looked up once, not once per request.
//!
//! Revoking through this server forgets the collector at once; another server sharing the
//! database notices within [`REMEMBER_FOR`].

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use store::Store;
use store::collection::Collector;
use store::types::Secret;

/// How long a looked-up collector is trusted without asking the database again.
pub const REMEMBER_FOR: Duration = Duration::from_secs(5);
/// Past this many, the remembered collectors are all forgotten (the cache never grows
/// without bound, whatever tokens are tried).
const MAX_REMEMBERED: usize = 10_000;

#[derive(Default)]
pub struct KnownCollectors {
    by_token_hash: Mutex<HashMap<String, (Collector, Instant)>>,
}

impl KnownCollectors {
    /// The active collector whose token is `token`; `NotFound` when none is (or it is revoked).
    pub async fn by_token(&self, store: &Store, token: &Secret) -> store::Result<Collector> {
        let hash = token.hash();
        if let Some((collector, at)) = self.lock().get(&hash)
            && at.elapsed() < REMEMBER_FOR
        {
            return Ok(collector.clone());
        }
        let collector = store.collector_by_token(token).await?;
        let mut known = self.lock();
        if known.len() >= MAX_REMEMBERED {
            known.clear();
        }
        known.insert(hash, (collector.clone(), Instant::now()));
        Ok(collector)
    }

    /// Forgets a collector (it was just revoked).
    pub fn forget(&self, collector_id: &str) {
        self.lock().retain(|_, (c, _)| c.id != collector_id);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Collector, Instant)>> {
        self.by_token_hash.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
