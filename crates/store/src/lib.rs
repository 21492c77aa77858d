//! Storage behind one trait. Claims are appended with their article; nothing is edited.
//! Status is always computed from the stored claims (see `greenlight_core::resolve`).
//!
//! ```
//! use greenlight_store::{SqliteStore, Store};
//! let mut s = SqliteStore::in_memory().unwrap();
//! assert_eq!(s.counts().unwrap().articles, 0);
//! ```

mod profile;
pub mod query;
mod sqlite;
pub mod suite;

pub use sqlite::SqliteStore;

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
    #[error("database schema version {found} is newer than this greenlight supports ({supported})")]
    TooNew { found: i64, supported: i64 },
    #[error("cannot open database {path}: {reason}")]
    Open { path: String, reason: String },
}

/// What storing an article did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum PutOutcome {
    Stored { claims: usize, facts: usize },
    Duplicate,
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
    pub articles: usize,
    pub claims: usize,
    pub facts: usize,
    pub shows: usize,
}

/// The storage interface every backend implements; `suite::run` tests it.
pub trait Store {
    /// Stores an article with its claims and facts, atomically, once per article key.
    fn put(&mut self, article: &ExtractedArticle) -> Result<PutOutcome, StoreError>;
    /// Every claim about the show with this title key, in insertion order.
    fn claims(&self, show_key: &str) -> Result<Vec<SourcedClaim>, StoreError>;
    /// Every profile fact about the show with this title key.
    fn facts(&self, show_key: &str) -> Result<Vec<SourcedFact>, StoreError>;
    /// Every show with at least one claim or fact.
    fn shows(&self) -> Result<Vec<ShowRow>, StoreError>;
    /// Every claim in the store (for feeds and scorecards).
    fn all_claims(&self) -> Result<Vec<SourcedClaim>, StoreError>;
    fn counts(&self) -> Result<Counts, StoreError>;
}
