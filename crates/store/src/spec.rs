//! Naming a store: a SQLite file path, or a `postgres://` URL.
//!
//! ```
//! use greenlight_store::StoreSpec;
//! assert!(matches!(StoreSpec::parse("news.db"), StoreSpec::Sqlite(_)));
//! let pg = StoreSpec::parse("postgres://gl:pw@db.local/news");
//! assert_eq!(pg.to_string(), "postgres://gl:***@db.local/news");
//! ```

use crate::{SqliteStore, Store, StoreError};
use std::path::{Path, PathBuf};

/// A store behind the trait, as commands and servers hold it.
pub type BoxStore = Box<dyn Store + Send>;

/// Where a store lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreSpec {
    Sqlite(PathBuf),
    /// A `postgres://` or `postgresql://` URL.
    Postgres(String),
}

impl StoreSpec {
    /// A URL with a PostgreSQL scheme is PostgreSQL; anything else is a SQLite file path.
    pub fn parse(s: &str) -> Self {
        Self::from_path(PathBuf::from(s))
    }

    /// As [`parse`](Self::parse), for a path given as a command-line argument.
    pub fn from_path(p: PathBuf) -> Self {
        match p.to_str() {
            Some(s) if s.starts_with("postgres://") || s.starts_with("postgresql://") => {
                StoreSpec::Postgres(s.to_string())
            }
            _ => StoreSpec::Sqlite(p),
        }
    }

    /// The SQLite file, for what only SQLite keeps (feed subscriptions).
    pub fn sqlite_path(&self) -> Option<&Path> {
        match self {
            StoreSpec::Sqlite(p) => Some(p),
            StoreSpec::Postgres(_) => None,
        }
    }

    /// Whether there is nothing stored there yet, so a reader may read an empty store
    /// without creating one. Only a missing SQLite file counts; a server always exists.
    pub fn is_missing(&self) -> bool {
        matches!(self, StoreSpec::Sqlite(p) if !p.exists())
    }
}

impl std::fmt::Display for StoreSpec {
    /// The path, or the URL without its password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreSpec::Sqlite(p) => write!(f, "{}", p.display()),
            StoreSpec::Postgres(url) => f.write_str(&redact(url)),
        }
    }
}

#[cfg(feature = "postgres")]
fn redact(url: &str) -> String {
    crate::postgres::redact(url)
}
#[cfg(not(feature = "postgres"))]
fn redact(url: &str) -> String {
    url.split_once("://")
        .map_or(url.to_string(), |(s, _)| format!("{s}://..."))
}

/// Opens (creating and migrating when needed) the store `spec` names.
pub fn open(spec: &StoreSpec) -> Result<BoxStore, StoreError> {
    match spec {
        StoreSpec::Sqlite(p) => Ok(Box::new(SqliteStore::open(p)?)),
        #[cfg(feature = "postgres")]
        StoreSpec::Postgres(url) => Ok(Box::new(crate::PgStore::open(url)?)),
        #[cfg(not(feature = "postgres"))]
        StoreSpec::Postgres(_) => Err(StoreError::Unsupported(format!(
            "{spec}: this greenlight was built without the `postgres` feature"
        ))),
    }
}

/// Opens the store for reading: a SQLite file that does not exist yet reads as an empty
/// store (and is not created).
pub fn open_for_read(spec: &StoreSpec) -> Result<BoxStore, StoreError> {
    if spec.is_missing() {
        return Ok(Box::new(SqliteStore::in_memory()?));
    }
    open(spec)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_with_a_postgres_scheme_name_postgres_and_everything_else_a_file() {
        assert_eq!(
            StoreSpec::parse("postgresql://h/db"),
            StoreSpec::Postgres("postgresql://h/db".into())
        );
        assert_eq!(
            StoreSpec::parse("postgres://h/db"),
            StoreSpec::Postgres("postgres://h/db".into())
        );
        assert_eq!(StoreSpec::parse("pg.db"), StoreSpec::Sqlite("pg.db".into()));
        assert_eq!(
            StoreSpec::parse("./postgres:/x.db"),
            StoreSpec::Sqlite("./postgres:/x.db".into())
        );
    }

    #[test]
    fn a_missing_file_reads_as_an_empty_store_and_is_not_created() {
        let dir = tempfile::tempdir().unwrap();
        let spec = StoreSpec::Sqlite(dir.path().join("none.db"));
        assert_eq!(open_for_read(&spec).unwrap().counts().unwrap().articles, 0);
        assert!(!dir.path().join("none.db").exists());
    }
}
