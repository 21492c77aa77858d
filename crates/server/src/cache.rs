//! A read cache for the hot path of `GET /api/status`: the show index, each show's parsed
//! claims, and answers already serialised, per (show, as_of, today). All of it is kept
//! only while the store's [`data_version`](greenlight_store::Store::data_version) stays
//! the same: any write, here or by another process, empties it.
//!
//! Lock order: the store, then the cache. Resolution runs outside both, so requests for
//! different shows proceed in parallel on the blocking pool.

use crate::{lock, SharedStore};
use axum::body::Bytes;
use greenlight_core::SourcedClaim;
use greenlight_store::{ShowRow, Store, StoreError};
use jiff::civil::Date;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Cached claims beyond this many are dropped (all at once: the next requests refill).
const MAX_CACHED_CLAIMS: usize = 500_000;
/// Cached answers beyond this many are dropped likewise.
const MAX_CACHED_ANSWERS: usize = 20_000;

/// An answer's identity: show key, as_of, today.
type AnswerKey = (String, Date, Date);

/// Every show, by title key.
pub struct ShowIndex {
    by_key: HashMap<String, ShowRow>,
}

impl ShowIndex {
    pub fn get(&self, key: &str) -> Option<&ShowRow> {
        self.by_key.get(key)
    }
}

#[derive(Default)]
struct Inner {
    version: Option<u64>,
    shows: Option<Arc<ShowIndex>>,
    claims: HashMap<String, Arc<Vec<SourcedClaim>>>,
    cached_claims: usize,
    answers: HashMap<AnswerKey, Bytes>,
}

impl Inner {
    /// Forgets everything if the data moved on.
    fn align(&mut self, version: u64) {
        if self.version != Some(version) {
            *self = Inner {
                version: Some(version),
                ..Inner::default()
            };
        }
    }
}

/// See the module documentation.
#[derive(Default)]
pub struct ReadCache {
    inner: Mutex<Inner>,
}

impl ReadCache {
    /// The show index as of now, with the data version it belongs to.
    pub fn shows(&self, store: &SharedStore) -> Result<(u64, Arc<ShowIndex>), StoreError> {
        let store = lock(store);
        let version = store.data_version()?;
        {
            let mut c = lock(&self.inner);
            c.align(version);
            if let Some(s) = &c.shows {
                return Ok((version, s.clone()));
            }
        }
        let rows = store.shows()?;
        let index = Arc::new(ShowIndex {
            by_key: rows.into_iter().map(|r| (r.key.clone(), r)).collect(),
        });
        let mut c = lock(&self.inner);
        c.align(version);
        c.shows = Some(index.clone());
        Ok((version, index))
    }

    /// The current data version, if the store is free right now (no write running) and
    /// can tell it without I/O (SQLite: microseconds), so the async worker may ask
    /// without waiting; `None` sends the request down the blocking path.
    pub fn version_now(&self, store: &SharedStore) -> Option<u64> {
        store.try_lock().ok()?.data_version_now()?.ok()
    }

    /// A serialised answer for (key, as_of, today) at data version `version`.
    pub fn answer(&self, version: u64, key: &str, as_of: Date, today: Date) -> Option<Bytes> {
        let c = self.inner.try_lock().ok()?;
        if c.version != Some(version) {
            return None;
        }
        c.answers.get(&(key.to_string(), as_of, today)).cloned()
    }

    /// Remembers a serialised answer computed at data version `version`.
    pub fn keep_answer(&self, version: u64, key: &str, as_of: Date, today: Date, body: Bytes) {
        let mut c = lock(&self.inner);
        if c.version != Some(version) {
            return;
        }
        if c.answers.len() >= MAX_CACHED_ANSWERS {
            c.answers.clear();
        }
        c.answers.insert((key.to_string(), as_of, today), body);
    }

    /// The show's row and claims when both are cached for data version `version`.
    pub fn cached_claims(&self, version: u64, key: &str) -> Option<(ShowRow, Arc<Vec<SourcedClaim>>)> {
        let c = self.inner.try_lock().ok()?;
        if c.version != Some(version) {
            return None;
        }
        let show = c.shows.as_ref()?.get(key)?.clone();
        let claims = c.claims.get(key)?.clone();
        Some((show, claims))
    }

    /// The claims about the show with `key`, as of data version `version` (or newer).
    pub fn claims(&self, store: &SharedStore, version: u64, key: &str) -> Result<Arc<Vec<SourcedClaim>>, StoreError> {
        {
            let c = lock(&self.inner);
            if c.version == Some(version) {
                if let Some(cs) = c.claims.get(key) {
                    return Ok(cs.clone());
                }
            }
        }
        let store = lock(store);
        let now = store.data_version()?;
        let claims = Arc::new(store.claims(key)?);
        let mut c = lock(&self.inner);
        c.align(now);
        if c.cached_claims + claims.len() > MAX_CACHED_CLAIMS {
            c.claims.clear();
            c.cached_claims = 0;
        }
        c.cached_claims += claims.len();
        c.claims.insert(key.to_string(), claims.clone());
        Ok(claims)
    }
}
