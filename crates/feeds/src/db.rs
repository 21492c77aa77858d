//! Subscriptions and delivered items, in greenlight's database file.

use crate::FeedError;
use rusqlite::{params, Connection, OptionalExtension};
use std::path::Path;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY,
    added_at TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    last_polled TEXT,
    last_status TEXT,
    last_error TEXT,
    items_seen INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS feed_items (
    link TEXT PRIMARY KEY,
    feed_url TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    outcome TEXT NOT NULL
);
";

/// One subscription and what the last poll found.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FeedRow {
    pub url: String,
    pub added_at: String,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub last_polled: Option<String>,
    /// `ok`, `not-modified` or `error`.
    pub last_status: Option<String>,
    pub last_error: Option<String>,
    pub items_seen: i64,
}

/// The feed tables. They live beside the article store's tables in the same file and
/// are created on first use.
pub struct FeedDb {
    conn: Connection,
}

fn now() -> String {
    jiff::Timestamp::now().to_string()
}

impl FeedDb {
    pub fn open(path: &Path) -> Result<Self, FeedError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.execute_batch(SCHEMA)?;
        Ok(FeedDb { conn })
    }

    pub fn in_memory() -> Result<Self, FeedError> {
        let conn = Connection::open_in_memory()?;
        conn.execute_batch(SCHEMA)?;
        Ok(FeedDb { conn })
    }

    /// Subscribes to a feed; false when it was already there.
    pub fn add(&self, url: &str) -> Result<bool, FeedError> {
        crate::fetch::host_of(url).ok_or_else(|| FeedError::BadUrl { url: url.into() })?;
        let n = self.conn.execute(
            "INSERT OR IGNORE INTO feeds (url, added_at) VALUES (?1, ?2)",
            params![url, now()],
        )?;
        Ok(n == 1)
    }

    /// Unsubscribes; false when the feed was not there. Delivered items stay delivered.
    pub fn remove(&self, url: &str) -> Result<bool, FeedError> {
        Ok(self
            .conn
            .execute("DELETE FROM feeds WHERE url = ?1", params![url])?
            == 1)
    }

    pub fn list(&self) -> Result<Vec<FeedRow>, FeedError> {
        let mut st = self.conn.prepare(
            "SELECT url, added_at, etag, last_modified, last_polled, last_status, last_error, items_seen
             FROM feeds ORDER BY url",
        )?;
        let rows = st.query_map([], |r| {
            Ok(FeedRow {
                url: r.get(0)?,
                added_at: r.get(1)?,
                etag: r.get(2)?,
                last_modified: r.get(3)?,
                last_polled: r.get(4)?,
                last_status: r.get(5)?,
                last_error: r.get(6)?,
                items_seen: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records a poll of a feed. Validators are replaced only when given.
    pub fn record_poll(
        &self,
        url: &str,
        status: &str,
        error: Option<&str>,
        etag: Option<&str>,
        last_modified: Option<&str>,
    ) -> Result<(), FeedError> {
        self.conn.execute(
            "UPDATE feeds SET last_polled = ?2, last_status = ?3, last_error = ?4,
                 etag = COALESCE(?5, etag), last_modified = COALESCE(?6, last_modified)
             WHERE url = ?1",
            params![url, now(), status, error, etag, last_modified],
        )?;
        Ok(())
    }

    /// Whether an item's page has been delivered (or failed for good) already.
    pub fn seen(&self, link: &str) -> Result<bool, FeedError> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM feed_items WHERE link = ?1",
                params![link],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Marks an item done, with its outcome (`stored`, `duplicate`, or an error message).
    pub fn mark(&self, feed_url: &str, link: &str, outcome: &str) -> Result<(), FeedError> {
        let n = self.conn.execute(
            "INSERT OR IGNORE INTO feed_items (link, feed_url, fetched_at, outcome) VALUES (?1, ?2, ?3, ?4)",
            params![link, feed_url, now(), outcome],
        )?;
        if n == 1 {
            self.conn.execute(
                "UPDATE feeds SET items_seen = items_seen + 1 WHERE url = ?1",
                params![feed_url],
            )?;
        }
        Ok(())
    }
}
