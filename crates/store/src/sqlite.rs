//! The SQLite backend: one file, WAL journal, one transaction per article.

use crate::watch::{AfterAttempt, Attempt, Baseline, Delivery, Watch};
use crate::{Counts, PutOutcome, ShowRow, Store, StoreError};
use greenlight_core::title::title_key;
use greenlight_core::{ExtractedArticle, PartialDate, SourcedClaim, SourcedFact, StatusClaim};
use rusqlite::{params, Connection};
use std::path::Path;

mod watch_sql;

/// Schema migrations, applied in order; the index + 1 is the schema version.
const MIGRATIONS: &[&str] = &[
    "CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        url TEXT,
        title TEXT,
        published TEXT,
        source TEXT NOT NULL,
        text TEXT NOT NULL,
        stored_at TEXT NOT NULL
     );
     CREATE TABLE shows (key TEXT PRIMARY KEY, title TEXT NOT NULL);
     CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        show_key TEXT NOT NULL REFERENCES shows(key),
        status TEXT NOT NULL,
        date TEXT,
        body TEXT NOT NULL
     );
     CREATE INDEX claims_by_show ON claims(show_key);
     CREATE TABLE facts (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        show_key TEXT NOT NULL REFERENCES shows(key),
        kind TEXT NOT NULL,
        body TEXT NOT NULL
     );
     CREATE INDEX facts_by_show ON facts(show_key);",
    // 2: the watchlist and its webhook outbox (see `crate::watch`).
    "CREATE TABLE watches (
        id INTEGER PRIMARY KEY,
        show_key TEXT NOT NULL,
        title TEXT NOT NULL,
        webhook TEXT NOT NULL,
        created_ms INTEGER NOT NULL,
        baseline_status TEXT,
        baseline_since TEXT,
        UNIQUE (show_key, webhook)
     );
     CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY,
        watch_id INTEGER NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
        idempotency_key TEXT NOT NULL,
        payload TEXT NOT NULL,
        state TEXT NOT NULL,
        created_ms INTEGER NOT NULL,
        next_attempt_ms INTEGER,
        delivered_ms INTEGER,
        UNIQUE (watch_id, idempotency_key)
     );
     CREATE INDEX deliveries_due ON deliveries(state, next_attempt_ms);
     CREATE TABLE delivery_attempts (
        id INTEGER PRIMARY KEY,
        delivery_id INTEGER NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
        at_ms INTEGER NOT NULL,
        http_status INTEGER,
        error TEXT
     );
     CREATE INDEX attempts_by_delivery ON delivery_attempts(delivery_id);",
];

/// A store in one SQLite file.
pub struct SqliteStore {
    conn: Connection,
}

impl SqliteStore {
    /// Opens (creating if missing) the database at `path` and migrates it.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::Open { path: path.display().to_string(), reason: e.to_string() })?;
        }
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        Self::migrate(conn)
    }

    /// A private store in memory (tests, dry runs).
    pub fn in_memory() -> Result<Self, StoreError> {
        Self::migrate(Connection::open_in_memory()?)
    }

    fn migrate(mut conn: Connection) -> Result<Self, StoreError> {
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let supported = MIGRATIONS.len() as i64;
        if version > supported {
            return Err(StoreError::TooNew { found: version, supported });
        }
        for (i, m) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let tx = conn.transaction()?;
            tx.execute_batch(m)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
        }
        Ok(SqliteStore { conn })
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }
}

fn parse_date(s: Option<String>) -> Option<PartialDate> {
    s.and_then(|d| d.parse().ok())
}

impl Store for SqliteStore {
    fn put(&mut self, a: &ExtractedArticle) -> Result<PutOutcome, StoreError> {
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let now = jiff::Timestamp::now().to_string();
        let inserted = tx.execute(
            "INSERT INTO articles (key, url, title, published, source, text, stored_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(key) DO NOTHING",
            params![a.key, a.url, a.title, a.published.map(|d| d.to_string()), a.source, a.text, now],
        )?;
        if inserted == 0 {
            return Ok(PutOutcome::Duplicate);
        }
        let article_id = tx.last_insert_rowid();
        let (mut nc, mut nf) = (0, 0);
        for show in &a.shows {
            let key = title_key(&show.title);
            if key.is_empty() {
                continue;
            }
            tx.execute("INSERT INTO shows (key, title) VALUES (?1, ?2) ON CONFLICT(key) DO NOTHING", params![key, show.title])?;
            for c in &show.claims {
                let body = serde_json::to_string(c).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                tx.execute(
                    "INSERT INTO claims (article_id, show_key, status, date, body) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![article_id, key, c.status.as_str(), c.date.map(|d| d.to_string()), body],
                )?;
                nc += 1;
            }
            for f in &show.facts {
                let body = serde_json::to_string(f).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                tx.execute(
                    "INSERT INTO facts (article_id, show_key, kind, body) VALUES (?1, ?2, ?3, ?4)",
                    params![article_id, key, f.kind, body],
                )?;
                nf += 1;
            }
        }
        tx.commit()?;
        Ok(PutOutcome::Stored { claims: nc, facts: nf })
    }

    fn claims(&self, show_key: &str) -> Result<Vec<SourcedClaim>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT c.body, a.url, a.published, a.source, a.key FROM claims c JOIN articles a ON a.id = c.article_id
             WHERE c.show_key = ?1 ORDER BY c.id",
        )?;
        let rows = st.query_map(params![show_key], sourced_claim)?;
        rows.map(|r| r.map_err(StoreError::from).and_then(|x| x)).collect()
    }

    fn all_claims(&self) -> Result<Vec<SourcedClaim>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT c.body, a.url, a.published, a.source, a.key FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY c.id",
        )?;
        let rows = st.query_map([], sourced_claim)?;
        rows.map(|r| r.map_err(StoreError::from).and_then(|x| x)).collect()
    }

    fn facts(&self, show_key: &str) -> Result<Vec<SourcedFact>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT f.body, a.url, a.published, a.source, a.key, s.title FROM facts f JOIN articles a ON a.id = f.article_id
             JOIN shows s ON s.key = f.show_key WHERE f.show_key = ?1 ORDER BY f.id",
        )?;
        let rows = st.query_map(params![show_key], |r| {
            let body: String = r.get(0)?;
            Ok(serde_json::from_str(&body).map_err(|e| StoreError::Corrupt(e.to_string())).map(|fact| SourcedFact {
                fact,
                url: r.get(1).ok(),
                published: parse_date(r.get(2).ok()),
                source: r.get(3).unwrap_or_default(),
                article_key: r.get(4).unwrap_or_default(),
                show: r.get(5).unwrap_or_default(),
            }))
        })?;
        rows.map(|r| r.map_err(StoreError::from).and_then(|x| x)).collect()
    }

    fn shows(&self) -> Result<Vec<ShowRow>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT s.key, s.title, (SELECT COUNT(*) FROM claims c WHERE c.show_key = s.key) FROM shows s ORDER BY s.key",
        )?;
        let rows = st.query_map([], |r| {
            Ok(ShowRow { key: r.get(0)?, title: r.get(1)?, claims: r.get::<_, i64>(2)? as usize })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn counts(&self) -> Result<Counts, StoreError> {
        let n = |sql: &str| -> Result<usize, StoreError> {
            Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as usize)
        };
        Ok(Counts {
            articles: n("SELECT COUNT(*) FROM articles")?,
            claims: n("SELECT COUNT(*) FROM claims")?,
            facts: n("SELECT COUNT(*) FROM facts")?,
            shows: n("SELECT COUNT(*) FROM shows")?,
        })
    }

    fn data_version(&self) -> Result<u64, StoreError> {
        // `data_version` moves when another connection commits; `total_changes` when
        // this one writes.
        let theirs: i64 = self.conn.pragma_query_value(None, "data_version", |r| r.get(0))?;
        Ok(((theirs as u64) << 32) ^ self.conn.total_changes())
    }

    fn add_watch(
        &mut self,
        show_key: &str,
        title: &str,
        webhook: &str,
        baseline: Option<Baseline>,
        now_ms: i64,
    ) -> Result<(Watch, bool), StoreError> {
        watch_sql::add(&mut self.conn, show_key, title, webhook, baseline, now_ms)
    }
    fn watches(&self) -> Result<Vec<Watch>, StoreError> {
        watch_sql::list(&self.conn)
    }
    fn remove_watch(&mut self, id: i64) -> Result<bool, StoreError> {
        watch_sql::remove(&mut self.conn, id)
    }
    fn record_change(
        &mut self,
        watch_id: i64,
        baseline: Baseline,
        key: &str,
        payload: &str,
        now_ms: i64,
    ) -> Result<bool, StoreError> {
        watch_sql::record_change(&mut self.conn, watch_id, baseline, key, payload, now_ms)
    }
    fn deliveries(&self, watch_id: Option<i64>) -> Result<Vec<Delivery>, StoreError> {
        watch_sql::deliveries(&self.conn, watch_id)
    }
    fn due_deliveries(&self, now_ms: i64) -> Result<Vec<Delivery>, StoreError> {
        watch_sql::due(&self.conn, now_ms)
    }
    fn claim_delivery(&mut self, id: i64, now_ms: i64, lease_until_ms: i64) -> Result<bool, StoreError> {
        watch_sql::claim(&self.conn, id, now_ms, lease_until_ms)
    }
    fn finish_attempt(&mut self, id: i64, attempt: &Attempt, then: AfterAttempt) -> Result<(), StoreError> {
        watch_sql::finish(&mut self.conn, id, attempt, then)
    }
}

fn sourced_claim(r: &rusqlite::Row<'_>) -> rusqlite::Result<Result<SourcedClaim, StoreError>> {
    let body: String = r.get(0)?;
    let claim: Result<StatusClaim, _> = serde_json::from_str(&body);
    Ok(claim.map_err(|e| StoreError::Corrupt(e.to_string())).map(|claim| SourcedClaim {
        claim,
        url: r.get(1).ok().flatten(),
        published: parse_date(r.get(2).ok().flatten()),
        source: r.get(3).unwrap_or_default(),
        article_key: r.get(4).unwrap_or_default(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_passes_the_store_suite() {
        crate::suite::run(&mut || SqliteStore::in_memory().unwrap());
    }

    #[test]
    fn a_file_store_survives_reopening_and_migrates_once() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub/g.db");
        {
            let mut s = SqliteStore::open(&p).unwrap();
            s.put(&crate::suite::article("k1", "Glass Harbor")).unwrap();
        }
        let s = SqliteStore::open(&p).unwrap();
        assert_eq!(s.schema_version().unwrap(), MIGRATIONS.len() as i64);
        assert_eq!(s.counts().unwrap().articles, 1);
    }

    #[test]
    fn another_connections_commit_moves_the_data_version() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.db");
        let reader = SqliteStore::open(&p).unwrap();
        let v0 = reader.data_version().unwrap();
        SqliteStore::open(&p).unwrap().put(&crate::suite::article("k1", "Glass Harbor")).unwrap();
        assert_ne!(reader.data_version().unwrap(), v0);
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.db");
        let c = Connection::open(&p).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
        drop(c);
        assert!(matches!(SqliteStore::open(&p), Err(StoreError::TooNew { found: 99, .. })));
    }
}
