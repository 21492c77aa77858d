//! The SQLite backend: one file, WAL journal, one transaction per article.

use crate::dedup::{self, ClaimPairs, Sketch};
use crate::watch::{AfterAttempt, Attempt, Baseline, Delivery, Watch};
use crate::{ArticleCopy, Counts, PutOutcome, ShowRow, Store, StoreError};
use greenlight_core::title::title_key;
use greenlight_core::{ExtractedArticle, PartialDate, SourcedClaim, SourcedFact, StatusClaim};
use rusqlite::{params, Connection};
use std::collections::HashMap;
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
    // 3: near-duplicates (see `crate::dedup`): copies link to their original; originals
    // keep a MinHash signature and its band keys. Existing articles are sketched by
    // `backfill_sketches` in the same transaction.
    "ALTER TABLE articles ADD COLUMN copy_of INTEGER REFERENCES articles(id);
     ALTER TABLE articles ADD COLUMN similarity REAL;
     CREATE INDEX articles_by_original ON articles(copy_of) WHERE copy_of IS NOT NULL;
     CREATE TABLE sketches (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id),
        shingles INTEGER NOT NULL,
        signature BLOB NOT NULL
     );
     CREATE TABLE sketch_bands (
        band INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        PRIMARY KEY (band, article_id)
     ) WITHOUT ROWID;",
    // 4: a near-duplicate lookup reads each candidate's claims by article.
    "CREATE INDEX IF NOT EXISTS claims_by_article ON claims(article_id);",
];

/// The schema version whose migration adds sketches (existing originals are sketched then).
const SKETCHES_VERSION: usize = 3;

/// A store in one SQLite file.
pub struct SqliteStore {
    conn: Connection,
}

impl SqliteStore {
    /// Opens (creating if missing) the database at `path` and migrates it.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Open {
                path: path.display().to_string(),
                reason: e.to_string(),
            })?;
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
        // A put and its near-duplicate lookup use about 15 statements; the default cache
        // of 16 would parse some of them again on every put.
        conn.set_prepared_statement_cache_capacity(64);
        let supported = MIGRATIONS.len() as i64;
        loop {
            // The version is read inside the write transaction, so two processes opening
            // an old database at once apply each migration once.
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
            if version > supported {
                return Err(StoreError::TooNew {
                    found: version,
                    supported,
                });
            }
            if version == supported {
                tx.commit()?;
                return Ok(SqliteStore { conn });
            }
            tx.execute_batch(MIGRATIONS[version as usize])?;
            if version as usize + 1 == SKETCHES_VERSION {
                backfill_sketches(&tx)?;
            }
            tx.pragma_update(None, "user_version", version + 1)?;
            tx.commit()?;
        }
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }
}

fn parse_date(s: Option<String>) -> Option<PartialDate> {
    s.and_then(|d| d.parse().ok())
}

/// Sketches every stored original that has none (articles stored before sketches).
fn backfill_sketches(tx: &rusqlite::Transaction<'_>) -> Result<(), StoreError> {
    let mut st = tx.prepare(
        "SELECT id, text FROM articles WHERE copy_of IS NULL AND id NOT IN (SELECT article_id FROM sketches) ORDER BY id",
    )?;
    let rows: Vec<(i64, String)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (id, text) in rows {
        if let Some(sk) = Sketch::of(&text) {
            save_sketch(tx, id, &sk)?;
        }
    }
    Ok(())
}

fn save_sketch(
    tx: &rusqlite::Transaction<'_>,
    article_id: i64,
    sk: &Sketch,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO sketches (article_id, shingles, signature) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![article_id, sk.shingles, sk.to_bytes()])?;
    let mut st =
        tx.prepare_cached("INSERT OR IGNORE INTO sketch_bands (band, article_id) VALUES (?1, ?2)")?;
    for band in sk.band_keys() {
        st.execute(params![band, article_id])?;
    }
    Ok(())
}

/// The stored original that `sk` (with `claims`) is a copy of: candidates share band
/// keys (see [`dedup::rank_candidates`] for the bounds).
fn find_copy(
    tx: &rusqlite::Transaction<'_>,
    sk: &Sketch,
    claims: &ClaimPairs,
) -> Result<Option<(i64, f32)>, StoreError> {
    let keys = sk.band_keys();
    // One query finds every article under the sketch's band keys, up to a total that no
    // lookup among ordinary news reaches; past it (many template-alike articles), each
    // key is asked separately with its own bound.
    static ALL_BANDS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let marks: Vec<String> = (1..=dedup::BANDS).map(|i| format!("?{i}")).collect();
        // Limits are literals: a bound LIMIT makes SQLite prepare the statement again on
        // every run.
        format!(
            "SELECT band, article_id FROM sketch_bands WHERE band IN ({}) LIMIT {BUDGET}",
            marks.join(", ")
        )
    });
    static ONE_BAND: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "SELECT article_id FROM sketch_bands WHERE band = ?1 LIMIT {}",
            dedup::HOT_BAND + 1
        )
    });
    const BUDGET: usize = 4 * dedup::BANDS;
    let mut all = tx.prepare_cached(&ALL_BANDS)?;
    let rows: Vec<(i64, i64)> = all
        .query_map(rusqlite::params_from_iter(keys), |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect::<Result<_, _>>()?;
    let per_band: Vec<Vec<i64>> = if rows.len() < BUDGET {
        let mut by_band: HashMap<i64, Vec<i64>> = HashMap::new();
        for (band, id) in rows {
            by_band.entry(band).or_default().push(id);
        }
        by_band.into_values().collect()
    } else {
        let mut one = tx.prepare_cached(&ONE_BAND)?;
        let mut v = Vec::with_capacity(dedup::BANDS);
        for key in keys {
            v.push(
                one.query_map(params![key], |r| r.get(0))?
                    .collect::<Result<_, _>>()?,
            );
        }
        v
    };
    let mut sketch_of =
        tx.prepare_cached("SELECT shingles, signature FROM sketches WHERE article_id = ?1")?;
    let mut pairs = tx.prepare_cached(
        "SELECT DISTINCT show_key, status, json_extract(body, '$.season') FROM claims WHERE article_id = ?1",
    )?;
    let mut candidates = Vec::new();
    for id in dedup::rank_candidates(per_band) {
        let (shingles, bytes): (u32, Vec<u8>) =
            sketch_of.query_row(params![id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let sketch = Sketch::from_bytes(shingles, &bytes).ok_or_else(|| {
            StoreError::Corrupt(format!("sketch of article {id} has {} bytes", bytes.len()))
        })?;
        // Claims are read only for candidates alike enough to be copies.
        if !sk.similarity(&sketch).is_copy() {
            continue;
        }
        let mut have = ClaimPairs::new();
        for row in pairs.query_map(params![id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<i64>>(2)?,
            ))
        })? {
            let (show, status, season) = row?;
            let status = status.parse().map_err(StoreError::Corrupt)?;
            have.insert((show, status, season.and_then(|s| u16::try_from(s).ok())));
        }
        candidates.push(dedup::Candidate {
            id,
            sketch,
            claims: have,
        });
    }
    Ok(dedup::find_copy(sk, claims, candidates).map(|(id, sim)| (id, sim.jaccard as f32)))
}

impl Store for SqliteStore {
    fn put(&mut self, a: &ExtractedArticle) -> Result<PutOutcome, StoreError> {
        let sketch = Sketch::of(&a.text);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let now = jiff::Timestamp::now().to_string();
        let inserted = tx
            .prepare_cached(
                "INSERT INTO articles (key, url, title, published, source, text, stored_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(key) DO NOTHING",
            )?
            .execute(params![
                a.key,
                a.url,
                a.title,
                a.published.map(|d| d.to_string()),
                a.source,
                a.text,
                now
            ])?;
        if inserted == 0 {
            return Ok(PutOutcome::Duplicate);
        }
        let article_id = tx.last_insert_rowid();
        if let Some(sk) = &sketch {
            if let Some((original, similarity)) = find_copy(&tx, sk, &dedup::claim_pairs(a))? {
                tx.prepare_cached(
                    "UPDATE articles SET copy_of = ?1, similarity = ?2 WHERE id = ?3",
                )?
                .execute(params![original, similarity, article_id])?;
                let of: String = tx
                    .prepare_cached("SELECT key FROM articles WHERE id = ?1")?
                    .query_row(params![original], |r| r.get(0))?;
                tx.commit()?;
                return Ok(PutOutcome::Copy { of, similarity });
            }
        }
        let (mut nc, mut nf) = (0, 0);
        for show in &a.shows {
            let key = title_key(&show.title);
            if key.is_empty() {
                continue;
            }
            tx.prepare_cached(
                "INSERT INTO shows (key, title) VALUES (?1, ?2) ON CONFLICT(key) DO NOTHING",
            )?
            .execute(params![key, show.title])?;
            for c in &show.claims {
                let body =
                    serde_json::to_string(c).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                tx.prepare_cached(
                    "INSERT INTO claims (article_id, show_key, status, date, body) VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![article_id, key, c.status.as_str(), c.date.map(|d| d.to_string()), body])?;
                nc += 1;
            }
            for f in &show.facts {
                let body =
                    serde_json::to_string(f).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                tx.prepare_cached(
                    "INSERT INTO facts (article_id, show_key, kind, body) VALUES (?1, ?2, ?3, ?4)",
                )?
                .execute(params![article_id, key, f.kind, body])?;
                nf += 1;
            }
        }
        if let Some(sk) = &sketch {
            save_sketch(&tx, article_id, sk)?;
        }
        tx.commit()?;
        Ok(PutOutcome::Stored {
            claims: nc,
            facts: nf,
        })
    }

    fn copies(&self, article_key: &str) -> Result<Vec<ArticleCopy>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT c.key, c.url, c.published, c.source, c.similarity FROM articles c JOIN articles o ON o.id = c.copy_of
             WHERE o.key = ?1 ORDER BY c.id",
        )?;
        let rows = st.query_map(params![article_key], |r| {
            Ok(ArticleCopy {
                key: r.get(0)?,
                url: r.get(1)?,
                published: parse_date(r.get(2)?),
                source: r.get(3)?,
                similarity: r.get::<_, f64>(4)? as f32,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn claims(&self, show_key: &str) -> Result<Vec<SourcedClaim>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT c.body, a.url, a.published, a.source, a.key FROM claims c JOIN articles a ON a.id = c.article_id
             WHERE c.show_key = ?1 ORDER BY c.id",
        )?;
        let rows = st.query_map(params![show_key], sourced_claim)?;
        rows.map(|r| r.map_err(StoreError::from).and_then(|x| x))
            .collect()
    }

    fn all_claims(&self) -> Result<Vec<SourcedClaim>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT c.body, a.url, a.published, a.source, a.key FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY c.id",
        )?;
        let rows = st.query_map([], sourced_claim)?;
        rows.map(|r| r.map_err(StoreError::from).and_then(|x| x))
            .collect()
    }

    fn facts(&self, show_key: &str) -> Result<Vec<SourcedFact>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT f.body, a.url, a.published, a.source, a.key, s.title FROM facts f JOIN articles a ON a.id = f.article_id
             JOIN shows s ON s.key = f.show_key WHERE f.show_key = ?1 ORDER BY f.id",
        )?;
        let rows = st.query_map(params![show_key], |r| {
            let body: String = r.get(0)?;
            Ok(serde_json::from_str(&body)
                .map_err(|e| StoreError::Corrupt(e.to_string()))
                .map(|fact| SourcedFact {
                    fact,
                    url: r.get(1).ok(),
                    published: parse_date(r.get(2).ok()),
                    source: r.get(3).unwrap_or_default(),
                    article_key: r.get(4).unwrap_or_default(),
                    show: r.get(5).unwrap_or_default(),
                }))
        })?;
        rows.map(|r| r.map_err(StoreError::from).and_then(|x| x))
            .collect()
    }

    fn shows(&self) -> Result<Vec<ShowRow>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT s.key, s.title, (SELECT COUNT(*) FROM claims c WHERE c.show_key = s.key) FROM shows s ORDER BY s.key",
        )?;
        let rows = st.query_map([], |r| {
            Ok(ShowRow {
                key: r.get(0)?,
                title: r.get(1)?,
                claims: r.get::<_, i64>(2)? as usize,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn counts(&self) -> Result<Counts, StoreError> {
        let n = |sql: &str| -> Result<usize, StoreError> {
            Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as usize)
        };
        Ok(Counts {
            articles: n("SELECT COUNT(*) FROM articles")?,
            copies: n("SELECT COUNT(*) FROM articles WHERE copy_of IS NOT NULL")?,
            claims: n("SELECT COUNT(*) FROM claims")?,
            facts: n("SELECT COUNT(*) FROM facts")?,
            shows: n("SELECT COUNT(*) FROM shows")?,
        })
    }

    fn data_version(&self) -> Result<u64, StoreError> {
        // `data_version` moves when another connection commits; `total_changes` when
        // this one writes.
        let theirs: i64 = self
            .conn
            .pragma_query_value(None, "data_version", |r| r.get(0))?;
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
    fn claim_delivery(
        &mut self,
        id: i64,
        now_ms: i64,
        lease_until_ms: i64,
    ) -> Result<bool, StoreError> {
        watch_sql::claim(&self.conn, id, now_ms, lease_until_ms)
    }
    fn finish_attempt(
        &mut self,
        id: i64,
        attempt: &Attempt,
        then: AfterAttempt,
    ) -> Result<(), StoreError> {
        watch_sql::finish(&mut self.conn, id, attempt, then)
    }
}

fn sourced_claim(r: &rusqlite::Row<'_>) -> rusqlite::Result<Result<SourcedClaim, StoreError>> {
    let body: String = r.get(0)?;
    let claim: Result<StatusClaim, _> = serde_json::from_str(&body);
    Ok(claim
        .map_err(|e| StoreError::Corrupt(e.to_string()))
        .map(|claim| SourcedClaim {
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
    use greenlight_core::Status;

    #[test]
    fn sqlite_passes_the_store_suite() {
        crate::suite::run(&mut || SqliteStore::in_memory().unwrap());
    }

    #[test]
    fn two_connections_to_one_file_share_sketches() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.db");
        crate::suite::run_two_handles(
            &mut SqliteStore::open(&p).unwrap(),
            &mut SqliteStore::open(&p).unwrap(),
        );
    }

    #[test]
    fn articles_stored_before_sketches_are_sketched_by_the_migration() {
        use crate::suite::{story, wire_copy, WIRE_STORY};
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.db");
        {
            // A version-2 database holding the original.
            let mut c = Connection::open(&p).unwrap();
            let tx = c.transaction().unwrap();
            tx.execute_batch(MIGRATIONS[0]).unwrap();
            tx.execute_batch(MIGRATIONS[1]).unwrap();
            tx.pragma_update(None, "user_version", 2).unwrap();
            tx.execute(
                "INSERT INTO articles (key, source, text, stored_at) VALUES ('wire', 'wire.txt', ?1, 'then')",
                params![WIRE_STORY],
            )
            .unwrap();
            let a = story("wire", "Harbor Lights", Status::Renewed, WIRE_STORY);
            tx.execute(
                "INSERT INTO shows (key, title) VALUES ('harbor lights', 'Harbor Lights')",
                [],
            )
            .unwrap();
            tx.execute(
                "INSERT INTO claims (article_id, show_key, status, date, body) VALUES (1, 'harbor lights', 'renewed', NULL, ?1)",
                params![serde_json::to_string(&a.shows[0].claims[0]).unwrap()],
            )
            .unwrap();
            tx.commit().unwrap();
        }
        let mut s = SqliteStore::open(&p).unwrap();
        assert_eq!(s.schema_version().unwrap(), MIGRATIONS.len() as i64);
        let got = s
            .put(&story(
                "copy",
                "Harbor Lights",
                Status::Renewed,
                &wire_copy(),
            ))
            .unwrap();
        assert!(
            matches!(&got, PutOutcome::Copy { of, .. } if of == "wire"),
            "{got:?}"
        );
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
        SqliteStore::open(&p)
            .unwrap()
            .put(&crate::suite::article("k1", "Glass Harbor"))
            .unwrap();
        assert_ne!(reader.data_version().unwrap(), v0);
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.db");
        let c = Connection::open(&p).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
        drop(c);
        assert!(matches!(
            SqliteStore::open(&p),
            Err(StoreError::TooNew { found: 99, .. })
        ));
    }
}
