//! Storage behind one trait. Claims are appended with their article; nothing is edited.
//! Status is always computed from the stored claims (see `greenlight_core::resolve`).
//!
//! ```
//! use greenlight_store::{SqliteStore, Store};
//! let mut s = SqliteStore::in_memory().unwrap();
//! assert_eq!(s.counts().unwrap().articles, 0);
//! ```

pub mod dedup;
#[cfg(feature = "postgres")]
pub mod postgres;
mod profile;
pub mod query;
mod spec;
mod sqlite;
pub mod suite;
pub mod watch;

#[cfg(feature = "postgres")]
pub use postgres::PgStore;
pub use spec::{open, open_for_read, BoxStore, StoreSpec};
pub use sqlite::SqliteStore;
pub use watch::{AfterAttempt, Attempt, Baseline, Delivery, DeliveryState, Watch};

use greenlight_core::{ExtractedArticle, SourcedClaim, SourcedFact};
use serde::Serialize;

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored record is corrupt: {0}")]
    Corrupt(String),
    #[error(
        "database schema version {found} is newer than this greenlight supports ({supported})"
    )]
    TooNew { found: i64, supported: i64 },
    #[error("cannot open database {path}: {reason}")]
    Open { path: String, reason: String },
    #[cfg(feature = "postgres")]
    #[error("database error: {0}")]
    Postgres(#[from] ::postgres::Error),
    /// No connection could be had from the pool in time.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// The store was named in a way this build cannot open.
    #[error("unsupported database {0}")]
    Unsupported(String),
}

/// What storing an article did.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum PutOutcome {
    /// A new source: the article with its claims and facts.
    Stored { claims: usize, facts: usize },
    /// An exact duplicate: an article with the same key is already stored; nothing changed.
    Duplicate,
    /// A near-duplicate (a syndicated or AMP copy, see [`dedup`]) of the stored article
    /// with key `of`: the article is kept as a copy linked to it, without claims or facts
    /// of its own, so the story still counts once.
    Copy { of: String, similarity: f32 },
}

/// A stored copy of an article (see [`PutOutcome::Copy`]).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArticleCopy {
    pub key: String,
    pub url: Option<String>,
    pub published: Option<greenlight_core::PartialDate>,
    pub source: String,
    /// Estimated Jaccard similarity to the original's text.
    pub similarity: f32,
}

/// One tracked show, for the scorecard.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ShowRow {
    pub key: String,
    pub title: String,
    pub claims: usize,
}

/// Totals in a store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Every stored article, copies included.
    pub articles: usize,
    /// Articles stored as copies of another (see [`PutOutcome::Copy`]).
    pub copies: usize,
    pub claims: usize,
    pub facts: usize,
    pub shows: usize,
}

/// The storage interface every backend implements; `suite::run` tests it.
pub trait Store {
    /// Stores an article with its claims and facts, atomically, once per article key.
    ///
    /// Near-duplicates are found here, inside the same transaction, so copies within one
    /// batch, across runs and across processes are all caught: the article's
    /// [`dedup::Sketch`] is compared with the stored originals that share a band key, and
    /// when [`dedup::find_copy`] picks one the article is stored as its copy
    /// ([`PutOutcome::Copy`]). Otherwise the article is stored with its claims and facts,
    /// and its sketch (if its text is long enough to have one) is kept for later puts.
    /// Copies get no sketch of their own.
    fn put(&mut self, article: &ExtractedArticle) -> Result<PutOutcome, StoreError>;
    /// The copies stored of the article with this key, oldest first.
    fn copies(&self, article_key: &str) -> Result<Vec<ArticleCopy>, StoreError>;
    /// Every claim about the show with this title key, in insertion order.
    fn claims(&self, show_key: &str) -> Result<Vec<SourcedClaim>, StoreError>;
    /// Every profile fact about the show with this title key.
    fn facts(&self, show_key: &str) -> Result<Vec<SourcedFact>, StoreError>;
    /// Every show with at least one claim or fact.
    fn shows(&self) -> Result<Vec<ShowRow>, StoreError>;
    /// Every claim in the store (for feeds and scorecards).
    fn all_claims(&self) -> Result<Vec<SourcedClaim>, StoreError>;
    fn counts(&self) -> Result<Counts, StoreError>;
    /// A number that differs from the last one returned whenever the stored data may
    /// have changed since, through this store or another handle on the same data (another
    /// process). Readers key their caches on it.
    fn data_version(&self) -> Result<u64, StoreError>;
    /// `data_version`, when it can be read without waiting on I/O (SQLite reads a counter
    /// in shared memory), so an async worker may call it; `None` when it takes a round
    /// trip to a server (ask `data_version` on a blocking thread instead).
    fn data_version_now(&self) -> Option<Result<u64, StoreError>> {
        Some(self.data_version())
    }

    // The watchlist (see [`watch`]). Times are Unix milliseconds, given by the caller.

    /// Adds a watch with its starting baseline, or returns the existing watch for the
    /// same show key and webhook; `true` when it was added.
    fn add_watch(
        &mut self,
        show_key: &str,
        title: &str,
        webhook: &str,
        baseline: Option<Baseline>,
        now_ms: i64,
    ) -> Result<(Watch, bool), StoreError>;
    /// Every watch, oldest first.
    fn watches(&self) -> Result<Vec<Watch>, StoreError>;
    /// Removes a watch with its deliveries; `false` when there was none.
    fn remove_watch(&mut self, id: i64) -> Result<bool, StoreError>;
    /// Moves the watch's baseline and, unless this watch already has a delivery with
    /// `idempotency_key`, enqueues `payload` due now; atomically. `true` when enqueued.
    fn record_change(
        &mut self,
        watch_id: i64,
        baseline: Baseline,
        idempotency_key: &str,
        payload: &str,
        now_ms: i64,
    ) -> Result<bool, StoreError>;
    /// Deliveries of one watch (or all), oldest first, each with its attempts.
    fn deliveries(&self, watch_id: Option<i64>) -> Result<Vec<Delivery>, StoreError>;
    /// Pending deliveries due by `now_ms`, oldest first.
    fn due_deliveries(&self, now_ms: i64) -> Result<Vec<Delivery>, StoreError>;
    /// Leases a due pending delivery to the caller until `lease_until_ms`; `false` when it
    /// is no longer due (another sender took it, or it was delivered).
    fn claim_delivery(
        &mut self,
        id: i64,
        now_ms: i64,
        lease_until_ms: i64,
    ) -> Result<bool, StoreError>;
    /// Logs an attempt and moves the delivery on (delivered, retry at, or failed).
    fn finish_attempt(
        &mut self,
        id: i64,
        attempt: &Attempt,
        then: AfterAttempt,
    ) -> Result<(), StoreError>;
}

/// A boxed store is a store (what [`open`] returns).
impl<S: Store + ?Sized> Store for Box<S> {
    fn put(&mut self, article: &ExtractedArticle) -> Result<PutOutcome, StoreError> {
        (**self).put(article)
    }
    fn copies(&self, article_key: &str) -> Result<Vec<ArticleCopy>, StoreError> {
        (**self).copies(article_key)
    }
    fn claims(&self, show_key: &str) -> Result<Vec<SourcedClaim>, StoreError> {
        (**self).claims(show_key)
    }
    fn facts(&self, show_key: &str) -> Result<Vec<SourcedFact>, StoreError> {
        (**self).facts(show_key)
    }
    fn shows(&self) -> Result<Vec<ShowRow>, StoreError> {
        (**self).shows()
    }
    fn all_claims(&self) -> Result<Vec<SourcedClaim>, StoreError> {
        (**self).all_claims()
    }
    fn counts(&self) -> Result<Counts, StoreError> {
        (**self).counts()
    }
    fn data_version(&self) -> Result<u64, StoreError> {
        (**self).data_version()
    }
    fn data_version_now(&self) -> Option<Result<u64, StoreError>> {
        (**self).data_version_now()
    }
    fn add_watch(
        &mut self,
        show_key: &str,
        title: &str,
        webhook: &str,
        baseline: Option<Baseline>,
        now_ms: i64,
    ) -> Result<(Watch, bool), StoreError> {
        (**self).add_watch(show_key, title, webhook, baseline, now_ms)
    }
    fn watches(&self) -> Result<Vec<Watch>, StoreError> {
        (**self).watches()
    }
    fn remove_watch(&mut self, id: i64) -> Result<bool, StoreError> {
        (**self).remove_watch(id)
    }
    fn record_change(
        &mut self,
        watch_id: i64,
        baseline: Baseline,
        idempotency_key: &str,
        payload: &str,
        now_ms: i64,
    ) -> Result<bool, StoreError> {
        (**self).record_change(watch_id, baseline, idempotency_key, payload, now_ms)
    }
    fn deliveries(&self, watch_id: Option<i64>) -> Result<Vec<Delivery>, StoreError> {
        (**self).deliveries(watch_id)
    }
    fn due_deliveries(&self, now_ms: i64) -> Result<Vec<Delivery>, StoreError> {
        (**self).due_deliveries(now_ms)
    }
    fn claim_delivery(
        &mut self,
        id: i64,
        now_ms: i64,
        lease_until_ms: i64,
    ) -> Result<bool, StoreError> {
        (**self).claim_delivery(id, now_ms, lease_until_ms)
    }
    fn finish_attempt(
        &mut self,
        id: i64,
        attempt: &Attempt,
        then: AfterAttempt,
    ) -> Result<(), StoreError> {
        (**self).finish_attempt(id, attempt, then)
    }
}
