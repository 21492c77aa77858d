//! The PostgreSQL backend: one database shared by many `ingest` workers and servers.
//!
//! - Every write is one transaction, and idempotency is the database's job: an article's
//!   key is unique and inserted with `ON CONFLICT DO NOTHING`, never checked first, so two
//!   workers racing on the same article store it once (the loser waits for the winner's
//!   commit, then inserts nothing).
//! - An article, its shows, claims, facts and sketch are one transaction. Near-duplicates
//!   (see [`crate::dedup`]) are looked up inside it, under transaction-scoped advisory
//!   locks on the article's band keys (taken in key order): two workers storing copies of
//!   one story at once are serialised, so the second sees the first's sketch and stores a
//!   copy, as one SQLite writer would.
//! - `data_version` is the sum of a few counter rows; each write transaction bumps the row
//!   of its connection's stripe, so writers do not queue on one hot row, and the sum moves
//!   exactly when a commit becomes visible.
//! - Serialization failures and deadlocks (SQLSTATE 40001, 40P01) are retried with a
//!   growing delay; the whole transaction is re-run.
//! - Migrations run under an advisory lock, so workers starting together migrate once.
//!
//! Connections come from an `r2d2` pool; each keeps its prepared statements.

use crate::dedup::{self, ClaimPairs, Sketch};
use crate::watch::{AfterAttempt, Attempt, Baseline, Delivery, DeliveryState, Watch};
use crate::{ArticleCopy, Counts, PutOutcome, ShowRow, Store, StoreError};
use greenlight_core::title::title_key;
use greenlight_core::{ExtractedArticle, PartialDate, SourcedClaim, SourcedFact, StatusClaim};
use postgres::error::SqlState;
use postgres::types::ToSql;
use postgres::{Client, NoTls, Row, Statement};
use std::collections::HashMap;
use std::time::Duration;

/// Schema migrations, applied in order; the index + 1 is the schema version. The same
/// tables as the SQLite backend's, in PostgreSQL's types.
const MIGRATIONS: &[&str] = &[
    "CREATE TABLE articles (
        id BIGSERIAL PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        url TEXT,
        title TEXT,
        published TEXT,
        source TEXT NOT NULL,
        text TEXT NOT NULL,
        stored_at TIMESTAMPTZ NOT NULL DEFAULT now()
     );
     CREATE TABLE shows (key TEXT PRIMARY KEY, title TEXT NOT NULL);
     CREATE TABLE claims (
        id BIGSERIAL PRIMARY KEY,
        article_id BIGINT NOT NULL REFERENCES articles(id),
        show_key TEXT NOT NULL REFERENCES shows(key),
        status TEXT NOT NULL,
        date TEXT,
        body JSON NOT NULL
     );
     CREATE INDEX claims_by_show ON claims(show_key);
     CREATE INDEX claims_by_article ON claims(article_id);
     CREATE TABLE facts (
        id BIGSERIAL PRIMARY KEY,
        article_id BIGINT NOT NULL REFERENCES articles(id),
        show_key TEXT NOT NULL REFERENCES shows(key),
        kind TEXT NOT NULL,
        body JSON NOT NULL
     );
     CREATE INDEX facts_by_show ON facts(show_key);
     CREATE INDEX facts_by_article ON facts(article_id);
     CREATE TABLE data_version (slot INTEGER PRIMARY KEY, n BIGINT NOT NULL);",
    // 2: the watchlist and its webhook outbox (see `crate::watch`).
    "CREATE TABLE watches (
        id BIGSERIAL PRIMARY KEY,
        show_key TEXT NOT NULL,
        title TEXT NOT NULL,
        webhook TEXT NOT NULL,
        created_ms BIGINT NOT NULL,
        baseline_status TEXT,
        baseline_since TEXT,
        UNIQUE (show_key, webhook)
     );
     CREATE TABLE deliveries (
        id BIGSERIAL PRIMARY KEY,
        watch_id BIGINT NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
        idempotency_key TEXT NOT NULL,
        payload TEXT NOT NULL,
        state TEXT NOT NULL,
        created_ms BIGINT NOT NULL,
        next_attempt_ms BIGINT,
        delivered_ms BIGINT,
        UNIQUE (watch_id, idempotency_key)
     );
     CREATE INDEX deliveries_due ON deliveries(state, next_attempt_ms);
     CREATE TABLE delivery_attempts (
        id BIGSERIAL PRIMARY KEY,
        delivery_id BIGINT NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
        at_ms BIGINT NOT NULL,
        http_status INTEGER,
        error TEXT
     );
     CREATE INDEX attempts_by_delivery ON delivery_attempts(delivery_id);",
    // 3: near-duplicates (see `crate::dedup`): copies link to their original; originals
    // keep a MinHash signature and its band keys. Existing originals are sketched in the
    // same transaction (`backfill_sketches`).
    "ALTER TABLE articles ADD COLUMN copy_of BIGINT REFERENCES articles(id);
     ALTER TABLE articles ADD COLUMN similarity REAL;
     CREATE INDEX articles_by_original ON articles(copy_of) WHERE copy_of IS NOT NULL;
     CREATE TABLE sketches (
        article_id BIGINT PRIMARY KEY REFERENCES articles(id),
        shingles INTEGER NOT NULL,
        signature BYTEA NOT NULL
     );
     CREATE TABLE sketch_bands (
        band BIGINT NOT NULL,
        article_id BIGINT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (band, article_id)
     );",
];

/// The schema version whose migration adds sketches.
const SKETCHES_VERSION: usize = 3;

/// The advisory lock held while migrating ("glmigr").
const MIGRATION_LOCK: i64 = 0x676c_6d69_6772;
/// How many times a transaction is re-run after a serialization failure or deadlock.
const MAX_RETRIES: u32 = 8;
/// Bumps this connection's stripe (of 16) of the data version; the last statement of
/// every write.
const BUMP: &str = "INSERT INTO data_version (slot, n) VALUES (pg_backend_pid() % 16, 1)
     ON CONFLICT (slot) DO UPDATE SET n = data_version.n + 1";

/// The article row; nothing when its key is already stored (the caller stops there).
const INSERT_ARTICLE: &str = "INSERT INTO articles (key, url, title, published, source, text)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key) DO NOTHING RETURNING id";

/// Waits for every other transaction storing an article that shares a band key.
/// The subquery sorts the keys, so locks are always taken in one order.
const LOCK_BANDS: &str = "SELECT pg_advisory_xact_lock(1735160683, u.k::integer)
     FROM (SELECT k FROM unnest($1::bigint[]) AS k ORDER BY k) AS u";

/// Stored originals under each band key, at most `HOT_BAND + 1` per key, so a lookup
/// stays bounded however alike the stored articles are (see `dedup::rank_candidates`).
static BAND_HITS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "SELECT b.k, x.article_id FROM unnest($1::bigint[]) AS b(k)
         CROSS JOIN LATERAL (SELECT article_id FROM sketch_bands WHERE band = b.k LIMIT {}) AS x",
        dedup::HOT_BAND + 1
    )
});

/// The sketches of the ranked candidates.
const CANDIDATES: &str =
    "SELECT article_id, shingles, signature FROM sketches WHERE article_id = ANY($1)";

/// What each candidate claims, as (show, status, season).
const CANDIDATE_CLAIMS: &str =
    "SELECT DISTINCT article_id, show_key, status, (body->>'season')::bigint
     FROM claims WHERE article_id = ANY($1)";

/// Links the new article ($1) to its original ($2) and names the original.
const MARK_COPY: &str = "UPDATE articles c SET copy_of = o.id, similarity = $3 FROM articles o
     WHERE c.id = $1 AND o.id = $2 RETURNING o.key";

/// An original's shows, claims, facts, sketch and the version bump, in one statement.
const PUT_REST: &str = "WITH s AS (
        INSERT INTO shows (key, title)
        SELECT u.k, u.t FROM unnest($2::text[], $3::text[]) AS u(k, t)
        ORDER BY u.k ON CONFLICT (key) DO NOTHING
     ), c AS (
        INSERT INTO claims (article_id, show_key, status, date, body)
        SELECT $1, u.k, u.st, u.d, u.b::json
        FROM unnest($4::text[], $5::text[], $6::text[], $7::text[]) WITH ORDINALITY AS u(k, st, d, b, ord)
        ORDER BY u.ord
     ), f AS (
        INSERT INTO facts (article_id, show_key, kind, body)
        SELECT $1, u.k, u.kind, u.b::json
        FROM unnest($8::text[], $9::text[], $10::text[]) WITH ORDINALITY AS u(k, kind, b, ord)
        ORDER BY u.ord
     ), sk AS (
        INSERT INTO sketches (article_id, shingles, signature)
        SELECT $1, $11::integer, $12::bytea WHERE $12::bytea IS NOT NULL
     ), sb AS (
        INSERT INTO sketch_bands (band, article_id)
        SELECT b, $1 FROM unnest($13::bigint[]) AS b ON CONFLICT DO NOTHING
     )
     INSERT INTO data_version (slot, n) VALUES (pg_backend_pid() % 16, 1)
     ON CONFLICT (slot) DO UPDATE SET n = data_version.n + 1";

/// Pool size when the caller does not choose one.
pub const DEFAULT_POOL_SIZE: u32 = 4;

/// A store in one PostgreSQL database (or one schema of it, by the URL's `options`).
pub struct PgStore {
    pool: r2d2::Pool<Manager>,
}

impl PgStore {
    /// Connects to `url` (`postgres://user:password@host:port/db`, with the usual
    /// parameters such as `?options=-csearch_path%3Dgreenlight`) and migrates.
    pub fn open(url: &str) -> Result<Self, StoreError> {
        let config: postgres::Config =
            url.parse().map_err(|e: postgres::Error| StoreError::Open {
                path: redact(url),
                reason: format!("bad PostgreSQL URL: {e}"),
            })?;
        Self::open_config(config, &redact(url), DEFAULT_POOL_SIZE)
    }

    /// Connects with `config`, keeping up to `pool_size` connections, and migrates.
    /// `shown` names the database in errors (without its password).
    pub fn open_config(
        config: postgres::Config,
        shown: &str,
        pool_size: u32,
    ) -> Result<Self, StoreError> {
        let manager = Manager { config };
        // One connection first, so a wrong URL or an absent server fails at once with the
        // server's own reason rather than after the pool's timeout.
        let open_err = |reason: String| StoreError::Open {
            path: shown.to_string(),
            reason,
        };
        drop(r2d2::ManageConnection::connect(&manager).map_err(|e| open_err(e.to_string()))?);
        let pool = r2d2::Pool::builder()
            .max_size(pool_size.max(1))
            .min_idle(Some(1))
            .connection_timeout(Duration::from_secs(15))
            .error_handler(Box::new(r2d2::NopErrorHandler))
            .build(manager)
            .map_err(|e| open_err(e.to_string()))?;
        let s = PgStore { pool };
        s.migrate()?;
        Ok(s)
    }

    fn conn(&self) -> Result<r2d2::PooledConnection<Manager>, StoreError> {
        self.pool
            .get()
            .map_err(|e| StoreError::Unavailable(e.to_string()))
    }

    /// Runs `f` on a pooled connection, re-running it after serialization failures and
    /// deadlocks. `f` must be a whole transaction (or one statement).
    fn retry<T>(
        &self,
        mut f: impl FnMut(&mut Conn) -> Result<T, PgOrStore>,
    ) -> Result<T, StoreError> {
        let mut conn = self.conn()?;
        let mut attempt = 0;
        loop {
            match f(&mut conn) {
                Ok(t) => return Ok(t),
                Err(PgOrStore::Pg(e)) if attempt < MAX_RETRIES && retryable(&e) => {
                    attempt += 1;
                    std::thread::sleep(backoff(attempt));
                }
                Err(e) => return Err(e.into()),
            }
        }
    }

    fn migrate(&self) -> Result<(), StoreError> {
        self.retry(|c| {
            let mut tx = c.client.transaction()?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
            tx.batch_execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY,
                    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                 )",
            )?;
            let found: i32 = tx
                .query_one(
                    "SELECT coalesce(max(version), 0) FROM schema_migrations",
                    &[],
                )?
                .get(0);
            let supported = MIGRATIONS.len() as i32;
            if found > supported {
                return Err(StoreError::TooNew {
                    found: found.into(),
                    supported: supported.into(),
                }
                .into());
            }
            for (i, m) in MIGRATIONS.iter().enumerate().skip(found as usize) {
                tx.batch_execute(m)?;
                if i + 1 == SKETCHES_VERSION {
                    backfill_sketches(&mut tx)?;
                }
                tx.execute(
                    "INSERT INTO schema_migrations (version) VALUES ($1)",
                    &[&(i as i32 + 1)],
                )?;
            }
            tx.commit()?;
            Ok(())
        })
    }

    /// The schema version of the database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.retry(|c| {
            let v: i32 = c
                .client
                .query_one(
                    "SELECT coalesce(max(version), 0) FROM schema_migrations",
                    &[],
                )?
                .get(0);
            Ok(v.into())
        })
    }
}

/// Sketches every stored original that has none (articles stored before sketches).
fn backfill_sketches(tx: &mut postgres::Transaction<'_>) -> Result<(), postgres::Error> {
    let rows = tx.query(
        "SELECT id, text FROM articles WHERE copy_of IS NULL AND id NOT IN (SELECT article_id FROM sketches) ORDER BY id",
        &[],
    )?;
    for r in rows {
        let (id, text): (i64, String) = (r.get(0), r.get(1));
        if let Some(sk) = Sketch::of(&text) {
            let bands = band_keys(&sk);
            tx.execute(
                "INSERT INTO sketches (article_id, shingles, signature) VALUES ($1, $2, $3)",
                &[&id, &(sk.shingles as i32), &sk.to_bytes()],
            )?;
            tx.execute(
                "INSERT INTO sketch_bands (band, article_id) SELECT b, $2 FROM unnest($1::bigint[]) AS b ON CONFLICT DO NOTHING",
                &[&bands, &id],
            )?;
        }
    }
    Ok(())
}

/// A sketch's band keys, sorted and distinct.
fn band_keys(sk: &Sketch) -> Vec<i64> {
    let mut keys = sk.band_keys().to_vec();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The stored original that `sk` (with `claims`) is a copy of, among the candidates
/// [`dedup::rank_candidates`] picks from those sharing band keys.
fn find_copy(
    tx: &mut postgres::Transaction<'_>,
    statements: (&Statement, &Statement, &Statement),
    sk: &Sketch,
    bands: &[i64],
    claims: &ClaimPairs,
) -> Result<Option<(i64, f32)>, PgOrStore> {
    let mut per_band: HashMap<i64, Vec<i64>> = HashMap::new();
    for r in tx.query(statements.0, &[&bands])? {
        per_band.entry(r.get(0)).or_default().push(r.get(1));
    }
    let ids = dedup::rank_candidates(per_band.into_values());
    if ids.is_empty() {
        return Ok(None);
    }
    let mut alike: Vec<(i64, Sketch)> = Vec::with_capacity(ids.len());
    for r in tx.query(statements.1, &[&ids])? {
        let (id, shingles, bytes): (i64, i32, Vec<u8>) = (r.get(0), r.get(1), r.get(2));
        let sketch = Sketch::from_bytes(shingles as u32, &bytes).ok_or_else(|| {
            StoreError::Corrupt(format!("sketch of article {id} has {} bytes", bytes.len()))
        })?;
        // Claims are read only for candidates alike enough to be copies.
        if sk.similarity(&sketch).is_copy() {
            alike.push((id, sketch));
        }
    }
    if alike.is_empty() {
        return Ok(None);
    }
    let alike_ids: Vec<i64> = alike.iter().map(|(id, _)| *id).collect();
    let mut have: HashMap<i64, ClaimPairs> = HashMap::new();
    for r in tx.query(statements.2, &[&alike_ids])? {
        let status: String = r.get(2);
        let status = status.parse().map_err(StoreError::Corrupt)?;
        let season: Option<i64> = r.get(3);
        have.entry(r.get(0)).or_default().insert((
            r.get(1),
            status,
            season.and_then(|s| u16::try_from(s).ok()),
        ));
    }
    let candidates = alike.into_iter().map(|(id, sketch)| dedup::Candidate {
        id,
        sketch,
        claims: have.remove(&id).unwrap_or_default(),
    });
    Ok(dedup::find_copy(sk, claims, candidates).map(|(id, sim)| (id, sim.jaccard as f32)))
}

/// A pooled connection with its prepared statements.
pub struct Conn {
    client: Client,
    statements: HashMap<&'static str, Statement>,
}

impl Conn {
    /// The prepared statement for `sql`, prepared on first use on this connection.
    fn prepared(&mut self, sql: &'static str) -> Result<Statement, postgres::Error> {
        if let Some(s) = self.statements.get(sql) {
            return Ok(s.clone());
        }
        let s = self.client.prepare(sql)?;
        self.statements.insert(sql, s.clone());
        Ok(s)
    }

    fn query(
        &mut self,
        sql: &'static str,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Vec<Row>, postgres::Error> {
        let st = self.prepared(sql)?;
        self.client.query(&st, params)
    }
}

/// Opens connections for the pool.
pub struct Manager {
    config: postgres::Config,
}

impl r2d2::ManageConnection for Manager {
    type Connection = Conn;
    type Error = postgres::Error;

    fn connect(&self) -> Result<Conn, postgres::Error> {
        Ok(Conn {
            client: self.config.connect(NoTls)?,
            statements: HashMap::new(),
        })
    }
    fn is_valid(&self, conn: &mut Conn) -> Result<(), postgres::Error> {
        conn.client.simple_query("").map(|_| ())
    }
    fn has_broken(&self, conn: &mut Conn) -> bool {
        conn.client.is_closed()
    }
}

/// Inside a retried closure: a database error (maybe retryable) or a store error (never).
enum PgOrStore {
    Pg(postgres::Error),
    Store(StoreError),
}

impl From<postgres::Error> for PgOrStore {
    fn from(e: postgres::Error) -> Self {
        PgOrStore::Pg(e)
    }
}
impl From<StoreError> for PgOrStore {
    fn from(e: StoreError) -> Self {
        PgOrStore::Store(e)
    }
}
impl From<PgOrStore> for StoreError {
    fn from(e: PgOrStore) -> Self {
        match e {
            PgOrStore::Pg(e) => StoreError::Postgres(e),
            PgOrStore::Store(e) => e,
        }
    }
}

fn retryable(e: &postgres::Error) -> bool {
    matches!(e.code(), Some(c) if *c == SqlState::T_R_SERIALIZATION_FAILURE || *c == SqlState::T_R_DEADLOCK_DETECTED)
}

/// 5 ms, 10 ms, 20 ms, ... up to about a second, spread by the process id so that two
/// workers that collided do not collide again in step.
fn backoff(attempt: u32) -> Duration {
    let base = 5u64 << attempt.min(8);
    let spread = (u64::from(std::process::id()) * 7919 + u64::from(attempt) * 104_729) % (base + 1);
    Duration::from_millis(base / 2 + spread / 2)
}

/// `url` with its password replaced by `***`, for messages.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (auth, host) = match rest.rsplit_once('@') {
        Some((auth, host)) => (auth, host),
        None => return url.to_string(),
    };
    match auth.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_string(),
    }
}

/// PostgreSQL text cannot hold NUL; it becomes U+FFFD (one character for one, so
/// evidence offsets into the text still point at the same characters).
fn pg_text(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains('\0') {
        s.replace('\0', "\u{FFFD}").into()
    } else {
        s.into()
    }
}

fn parse_date(s: Option<String>) -> Option<PartialDate> {
    s.and_then(|d| d.parse().ok())
}

fn corrupt(e: serde_json::Error) -> StoreError {
    StoreError::Corrupt(e.to_string())
}

fn sourced_claim(r: &Row) -> Result<SourcedClaim, StoreError> {
    let body: String = r.get(0);
    let claim: StatusClaim = serde_json::from_str(&body).map_err(corrupt)?;
    Ok(SourcedClaim {
        claim,
        url: r.get(1),
        published: parse_date(r.get(2)),
        source: r.get(3),
        article_key: r.get(4),
    })
}

/// The columns an original's rows are bound from, in `PUT_REST`'s parameter order.
#[derive(Default)]
struct PutRows {
    show_keys: Vec<String>,
    show_titles: Vec<String>,
    claim_keys: Vec<String>,
    claim_status: Vec<String>,
    claim_dates: Vec<Option<String>>,
    claim_bodies: Vec<String>,
    fact_keys: Vec<String>,
    fact_kinds: Vec<String>,
    fact_bodies: Vec<String>,
}

impl PutRows {
    fn of(a: &ExtractedArticle) -> Result<Self, StoreError> {
        let mut r = PutRows::default();
        let mut shows: Vec<(String, String)> = Vec::new();
        for show in &a.shows {
            let key = title_key(&show.title);
            if key.is_empty() {
                continue;
            }
            if !shows.iter().any(|(k, _)| *k == key) {
                shows.push((
                    pg_text(&key).into_owned(),
                    pg_text(&show.title).into_owned(),
                ));
            }
            for c in &show.claims {
                r.claim_keys.push(pg_text(&key).into_owned());
                r.claim_status.push(c.status.as_str().to_string());
                r.claim_dates.push(c.date.map(|d| d.to_string()));
                r.claim_bodies
                    .push(serde_json::to_string(c).map_err(corrupt)?);
            }
            for f in &show.facts {
                r.fact_keys.push(pg_text(&key).into_owned());
                r.fact_kinds.push(pg_text(&f.kind).into_owned());
                r.fact_bodies
                    .push(serde_json::to_string(f).map_err(corrupt)?);
            }
        }
        // One order for every writer, so two transactions never wait on each other's
        // new shows in a cycle.
        shows.sort();
        (r.show_keys, r.show_titles) = shows.into_iter().unzip();
        Ok(r)
    }
}

impl Store for PgStore {
    fn put(&mut self, a: &ExtractedArticle) -> Result<PutOutcome, StoreError> {
        let rows = PutRows::of(a)?;
        let sketch = Sketch::of(&a.text);
        let bands = sketch.as_ref().map(band_keys).unwrap_or_default();
        let (shingles, signature) = match &sketch {
            Some(sk) => (Some(sk.shingles as i32), Some(sk.to_bytes())),
            None => (None, None),
        };
        let pairs = dedup::claim_pairs(a);
        let published = a.published.map(|d| d.to_string());
        let (key, url, title) = (
            pg_text(&a.key),
            a.url.as_deref().map(pg_text),
            a.title.as_deref().map(pg_text),
        );
        let (source, text) = (pg_text(&a.source), pg_text(&a.text));
        self.retry(|c| {
            let insert = c.prepared(INSERT_ARTICLE)?;
            let (lock, hits, candidates, candidate_claims) = (
                c.prepared(LOCK_BANDS)?,
                c.prepared(BAND_HITS.as_str())?,
                c.prepared(CANDIDATES)?,
                c.prepared(CANDIDATE_CLAIMS)?,
            );
            let (mark, rest, bump) = (
                c.prepared(MARK_COPY)?,
                c.prepared(PUT_REST)?,
                c.prepared(BUMP)?,
            );
            let mut tx = c.client.transaction()?;
            let params: [&(dyn ToSql + Sync); 6] = [
                &key.as_ref(),
                &url.as_deref(),
                &title.as_deref(),
                &published,
                &source.as_ref(),
                &text.as_ref(),
            ];
            let Some(row) = tx.query_opt(&insert, &params)? else {
                return Ok(PutOutcome::Duplicate);
            };
            let id: i64 = row.get(0);
            if let Some(sk) = &sketch {
                tx.query(&lock, &[&bands])?;
                if let Some((original, similarity)) = find_copy(
                    &mut tx,
                    (&hits, &candidates, &candidate_claims),
                    sk,
                    &bands,
                    &pairs,
                )? {
                    let of: String = tx.query_one(&mark, &[&id, &original, &similarity])?.get(0);
                    tx.execute(&bump, &[])?;
                    tx.commit()?;
                    return Ok(PutOutcome::Copy { of, similarity });
                }
            }
            tx.execute(
                &rest,
                &[
                    &id,
                    &rows.show_keys,
                    &rows.show_titles,
                    &rows.claim_keys,
                    &rows.claim_status,
                    &rows.claim_dates,
                    &rows.claim_bodies,
                    &rows.fact_keys,
                    &rows.fact_kinds,
                    &rows.fact_bodies,
                    &shingles,
                    &signature,
                    &bands,
                ],
            )?;
            tx.commit()?;
            Ok(PutOutcome::Stored {
                claims: rows.claim_bodies.len(),
                facts: rows.fact_bodies.len(),
            })
        })
    }

    fn copies(&self, article_key: &str) -> Result<Vec<ArticleCopy>, StoreError> {
        let rows = self.retry(|c| {
            Ok(c.query(
                "SELECT c.key, c.url, c.published, c.source, c.similarity FROM articles c JOIN articles o ON o.id = c.copy_of
                 WHERE o.key = $1 ORDER BY c.id",
                &[&article_key],
            )?)
        })?;
        Ok(rows
            .iter()
            .map(|r| ArticleCopy {
                key: r.get(0),
                url: r.get(1),
                published: parse_date(r.get(2)),
                source: r.get(3),
                similarity: r.get::<_, Option<f32>>(4).unwrap_or(0.0),
            })
            .collect())
    }

    fn claims(&self, show_key: &str) -> Result<Vec<SourcedClaim>, StoreError> {
        let rows = self.retry(|c| {
            Ok(c.query(
                "SELECT c.body::text, a.url, a.published, a.source, a.key FROM claims c JOIN articles a ON a.id = c.article_id
                 WHERE c.show_key = $1 ORDER BY c.id",
                &[&show_key],
            )?)
        })?;
        rows.iter().map(sourced_claim).collect()
    }

    fn all_claims(&self) -> Result<Vec<SourcedClaim>, StoreError> {
        let rows = self.retry(|c| {
            Ok(c.query(
                "SELECT c.body::text, a.url, a.published, a.source, a.key FROM claims c JOIN articles a ON a.id = c.article_id
                 ORDER BY c.id",
                &[],
            )?)
        })?;
        rows.iter().map(sourced_claim).collect()
    }

    fn facts(&self, show_key: &str) -> Result<Vec<SourcedFact>, StoreError> {
        let rows = self.retry(|c| {
            Ok(c.query(
                "SELECT f.body::text, a.url, a.published, a.source, a.key, s.title FROM facts f
                 JOIN articles a ON a.id = f.article_id JOIN shows s ON s.key = f.show_key
                 WHERE f.show_key = $1 ORDER BY f.id",
                &[&show_key],
            )?)
        })?;
        rows.iter()
            .map(|r| {
                let body: String = r.get(0);
                Ok(SourcedFact {
                    fact: serde_json::from_str(&body).map_err(corrupt)?,
                    url: r.get(1),
                    published: parse_date(r.get(2)),
                    source: r.get(3),
                    article_key: r.get(4),
                    show: r.get(5),
                })
            })
            .collect()
    }

    fn shows(&self) -> Result<Vec<ShowRow>, StoreError> {
        // Byte order, as SQLite sorts, whatever the database's collation.
        let rows = self.retry(|c| {
            Ok(c.query(
                "SELECT s.key, s.title, (SELECT count(*) FROM claims c WHERE c.show_key = s.key)
                 FROM shows s ORDER BY s.key COLLATE \"C\"",
                &[],
            )?)
        })?;
        Ok(rows
            .iter()
            .map(|r| ShowRow {
                key: r.get(0),
                title: r.get(1),
                claims: r.get::<_, i64>(2) as usize,
            })
            .collect())
    }

    fn counts(&self) -> Result<Counts, StoreError> {
        let r = self.retry(|c| {
            Ok(c.query(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE copy_of IS NOT NULL),
                        (SELECT count(*) FROM claims), (SELECT count(*) FROM facts), (SELECT count(*) FROM shows)",
                &[],
            )?)
        })?;
        let n = |i: usize| r[0].get::<_, i64>(i) as usize;
        Ok(Counts {
            articles: n(0),
            copies: n(1),
            claims: n(2),
            facts: n(3),
            shows: n(4),
        })
    }

    fn data_version(&self) -> Result<u64, StoreError> {
        let r = self
            .retry(|c| Ok(c.query("SELECT coalesce(sum(n), 0)::bigint FROM data_version", &[])?))?;
        Ok(r[0].get::<_, i64>(0) as u64)
    }

    fn data_version_now(&self) -> Option<Result<u64, StoreError>> {
        // A network round trip: async callers must ask on a blocking thread.
        None
    }

    fn add_watch(
        &mut self,
        show_key: &str,
        title: &str,
        webhook: &str,
        baseline: Option<Baseline>,
        now_ms: i64,
    ) -> Result<(Watch, bool), StoreError> {
        let (status, since) = baseline_columns(baseline);
        self.retry(|c| {
            let bump = c.prepared(BUMP)?;
            let (insert, select) = (
                c.prepared(
                    "INSERT INTO watches (show_key, title, webhook, created_ms, baseline_status, baseline_since)
                     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (show_key, webhook) DO NOTHING",
                )?,
                c.prepared(WATCH_BY_KEY)?,
            );
            let mut tx = c.client.transaction()?;
            let added = tx.execute(&insert, &[&show_key, &title, &webhook, &now_ms, &status, &since])? == 1;
            let w = watch_row(&tx.query_one(&select, &[&show_key, &webhook])?);
            if added {
                tx.execute(&bump, &[])?;
            }
            tx.commit()?;
            Ok((w, added))
        })
    }

    fn watches(&self) -> Result<Vec<Watch>, StoreError> {
        let rows = self.retry(|c| Ok(c.query(WATCH_LIST, &[])?))?;
        Ok(rows.iter().map(watch_row).collect())
    }

    fn remove_watch(&mut self, id: i64) -> Result<bool, StoreError> {
        self.retry(|c| {
            let (delete, bump) = (
                c.prepared("DELETE FROM watches WHERE id = $1")?,
                c.prepared(BUMP)?,
            );
            let mut tx = c.client.transaction()?;
            // Deliveries and their attempts go by ON DELETE CASCADE.
            let removed = tx.execute(&delete, &[&id])? == 1;
            if removed {
                tx.execute(&bump, &[])?;
            }
            tx.commit()?;
            Ok(removed)
        })
    }

    fn record_change(
        &mut self,
        watch_id: i64,
        baseline: Baseline,
        key: &str,
        payload: &str,
        now_ms: i64,
    ) -> Result<bool, StoreError> {
        let (status, since) = baseline_columns(Some(baseline));
        self.retry(|c| {
            let (update, enqueue, bump) = (
                c.prepared("UPDATE watches SET baseline_status = $2, baseline_since = $3 WHERE id = $1")?,
                c.prepared(
                    "INSERT INTO deliveries (watch_id, idempotency_key, payload, state, created_ms, next_attempt_ms)
                     VALUES ($1, $2, $3, 'pending', $4, $4) ON CONFLICT (watch_id, idempotency_key) DO NOTHING",
                )?,
                c.prepared(BUMP)?,
            );
            let mut tx = c.client.transaction()?;
            if tx.execute(&update, &[&watch_id, &status, &since])? == 0 {
                return Ok(false);
            }
            let enqueued = tx.execute(&enqueue, &[&watch_id, &key, &payload, &now_ms])? == 1;
            tx.execute(&bump, &[])?;
            tx.commit()?;
            Ok(enqueued)
        })
    }

    fn deliveries(&self, watch_id: Option<i64>) -> Result<Vec<Delivery>, StoreError> {
        self.retry(|c| {
            let rows = c.query(DELIVERIES_OF, &[&watch_id])?;
            Ok(with_attempts(c, rows.iter().map(delivery_row).collect())?)
        })
    }

    fn due_deliveries(&self, now_ms: i64) -> Result<Vec<Delivery>, StoreError> {
        self.retry(|c| {
            let rows = c.query(DELIVERIES_DUE, &[&now_ms])?;
            Ok(with_attempts(c, rows.iter().map(delivery_row).collect())?)
        })
    }

    fn claim_delivery(
        &mut self,
        id: i64,
        now_ms: i64,
        lease_until_ms: i64,
    ) -> Result<bool, StoreError> {
        self.retry(|c| {
            let (lease, bump) = (
                c.prepared(
                    "UPDATE deliveries SET next_attempt_ms = $3
                     WHERE id = $1 AND state = 'pending' AND next_attempt_ms <= $2",
                )?,
                c.prepared(BUMP)?,
            );
            let mut tx = c.client.transaction()?;
            let leased = tx.execute(&lease, &[&id, &now_ms, &lease_until_ms])? == 1;
            if leased {
                tx.execute(&bump, &[])?;
            }
            tx.commit()?;
            Ok(leased)
        })
    }

    fn finish_attempt(
        &mut self,
        id: i64,
        a: &Attempt,
        then: AfterAttempt,
    ) -> Result<(), StoreError> {
        let http_status = a.http_status.map(i32::from);
        self.retry(|c| {
            // Nothing is logged when the watch (and so the delivery) was removed while
            // the attempt ran.
            let log = c.prepared(
                "INSERT INTO delivery_attempts (delivery_id, at_ms, http_status, error)
                 SELECT id, $2, $3, $4 FROM deliveries WHERE id = $1",
            )?;
            let delivered = c.prepared(
                "UPDATE deliveries SET state = 'delivered', delivered_ms = $2, next_attempt_ms = NULL WHERE id = $1",
            )?;
            let retry = c.prepared("UPDATE deliveries SET state = 'pending', next_attempt_ms = $2 WHERE id = $1")?;
            let give_up = c.prepared("UPDATE deliveries SET state = 'failed', next_attempt_ms = NULL WHERE id = $1")?;
            let bump = c.prepared(BUMP)?;
            let mut tx = c.client.transaction()?;
            if tx.execute(&log, &[&id, &a.at_ms, &http_status, &a.error])? == 0 {
                return Ok(());
            }
            match then {
                AfterAttempt::Delivered => tx.execute(&delivered, &[&id, &a.at_ms])?,
                AfterAttempt::RetryAt(at) => tx.execute(&retry, &[&id, &at])?,
                AfterAttempt::GiveUp => tx.execute(&give_up, &[&id])?,
            };
            tx.execute(&bump, &[])?;
            tx.commit()?;
            Ok(())
        })
    }
}

const WATCH_BY_KEY: &str =
    "SELECT id, show_key, title, webhook, created_ms, baseline_status, baseline_since
     FROM watches WHERE show_key = $1 AND webhook = $2";
const WATCH_LIST: &str =
    "SELECT id, show_key, title, webhook, created_ms, baseline_status, baseline_since FROM watches ORDER BY id";
const DELIVERIES_OF: &str = "SELECT id, watch_id, idempotency_key, payload, state, created_ms, next_attempt_ms, delivered_ms
     FROM deliveries WHERE $1::bigint IS NULL OR watch_id = $1 ORDER BY id";
const DELIVERIES_DUE: &str = "SELECT id, watch_id, idempotency_key, payload, state, created_ms, next_attempt_ms, delivered_ms
     FROM deliveries WHERE state = 'pending' AND next_attempt_ms <= $1 ORDER BY id";

fn baseline_columns(b: Option<Baseline>) -> (Option<&'static str>, Option<String>) {
    match b {
        Some(b) => (Some(b.status.as_str()), b.since.map(|d| d.to_string())),
        None => (None, None),
    }
}

fn watch_row(r: &Row) -> Watch {
    let status: Option<String> = r.get(5);
    let since: Option<String> = r.get(6);
    Watch {
        id: r.get(0),
        show_key: r.get(1),
        title: r.get(2),
        webhook: r.get(3),
        created_ms: r.get(4),
        baseline: status.and_then(|s| s.parse().ok()).map(|status| Baseline {
            status,
            since: since.and_then(|d| d.parse().ok()),
        }),
    }
}

fn delivery_row(r: &Row) -> Delivery {
    let state: String = r.get(4);
    Delivery {
        id: r.get(0),
        watch_id: r.get(1),
        idempotency_key: r.get(2),
        payload: r.get(3),
        state: DeliveryState::parse(&state).unwrap_or(DeliveryState::Failed),
        created_ms: r.get(5),
        next_attempt_ms: r.get(6),
        delivered_ms: r.get(7),
        attempts: Vec::new(),
    }
}

fn with_attempts(c: &mut Conn, mut ds: Vec<Delivery>) -> Result<Vec<Delivery>, postgres::Error> {
    if ds.is_empty() {
        return Ok(ds);
    }
    let ids: Vec<i64> = ds.iter().map(|d| d.id).collect();
    let rows = c.query(
        "SELECT delivery_id, at_ms, http_status, error FROM delivery_attempts
         WHERE delivery_id = ANY($1) ORDER BY id",
        &[&ids],
    )?;
    let at: HashMap<i64, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    for r in rows {
        let d: i64 = r.get(0);
        ds[at[&d]].attempts.push(Attempt {
            at_ms: r.get(1),
            http_status: r.get::<_, Option<i32>>(2).map(|s| s as u16),
            error: r.get(3),
        });
    }
    Ok(ds)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suite::article;

    /// Fresh schemas in the database named by `GREENLIGHT_TEST_PG`, dropped afterwards.
    struct Schemas {
        url: String,
        made: Vec<String>,
    }

    impl Schemas {
        /// `None` (after saying so) when no test database is configured.
        fn new() -> Option<Self> {
            match std::env::var("GREENLIGHT_TEST_PG") {
                Ok(url) if !url.is_empty() => Some(Schemas {
                    url,
                    made: Vec::new(),
                }),
                _ => {
                    eprintln!("skipped: set GREENLIGHT_TEST_PG=postgres://... to run the PostgreSQL store tests");
                    None
                }
            }
        }

        fn admin(&self) -> Client {
            self.url
                .parse::<postgres::Config>()
                .unwrap()
                .connect(NoTls)
                .expect("GREENLIGHT_TEST_PG connects")
        }

        /// A new empty schema, by name.
        fn schema(&mut self) -> String {
            use std::sync::atomic::{AtomicUsize, Ordering};
            static N: AtomicUsize = AtomicUsize::new(0);
            let name = format!(
                "greenlight_test_{}_{}",
                std::process::id(),
                N.fetch_add(1, Ordering::Relaxed)
            );
            self.admin()
                .batch_execute(&format!(
                    "DROP SCHEMA IF EXISTS {name} CASCADE; CREATE SCHEMA {name}"
                ))
                .unwrap();
            self.made.push(name.clone());
            name
        }

        /// A store in schema `name`.
        fn open(&self, name: &str) -> Result<PgStore, StoreError> {
            let mut config: postgres::Config = self.url.parse().unwrap();
            config.options(&format!("-c search_path={name}"));
            PgStore::open_config(config, name, 2)
        }

        fn fresh(&mut self) -> PgStore {
            let name = self.schema();
            self.open(&name).unwrap()
        }
    }

    impl Drop for Schemas {
        fn drop(&mut self) {
            if let Ok(mut c) = self.url.parse::<postgres::Config>().unwrap().connect(NoTls) {
                for name in &self.made {
                    let _ = c.batch_execute(&format!("DROP SCHEMA IF EXISTS {name} CASCADE"));
                }
            }
        }
    }

    #[test]
    fn postgres_passes_the_store_suite() {
        let Some(mut db) = Schemas::new() else { return };
        crate::suite::run(&mut || db.fresh());
    }

    #[test]
    fn two_handles_on_one_database_share_sketches() {
        let Some(mut db) = Schemas::new() else { return };
        let name = db.schema();
        crate::suite::run_two_handles(&mut db.open(&name).unwrap(), &mut db.open(&name).unwrap());
    }

    #[test]
    fn racing_copies_of_one_story_are_stored_once_as_original_and_then_as_copies() {
        use crate::suite::{story, wire_copy, WIRE_STORY};
        use greenlight_core::Status;
        let Some(mut db) = Schemas::new() else { return };
        let name = db.schema();
        let db = &db;
        let texts = [
            WIRE_STORY.to_string(),
            wire_copy(),
            format!("{WIRE_STORY}\n\nAdvertisement"),
            format!("Advertisement\n\n{WIRE_STORY}"),
        ];
        let outcomes: Vec<PutOutcome> = std::thread::scope(|s| {
            let hs: Vec<_> = texts
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let name = &name;
                    s.spawn(move || {
                        db.open(name)
                            .unwrap()
                            .put(&story(
                                &format!("k{i}"),
                                "Harbor Lights",
                                Status::Renewed,
                                t,
                            ))
                            .unwrap()
                    })
                })
                .collect();
            hs.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let stored = outcomes
            .iter()
            .filter(|o| matches!(o, PutOutcome::Stored { .. }))
            .count();
        assert_eq!(stored, 1, "{outcomes:?}");
        let c = db.open(&name).unwrap().counts().unwrap();
        assert_eq!((c.articles, c.copies, c.claims), (4, 3, 1));
    }

    #[test]
    fn workers_starting_together_migrate_once() {
        let Some(mut db) = Schemas::new() else { return };
        let name = db.schema();
        let db = &db;
        let versions: Vec<i64> = std::thread::scope(|s| {
            let hs: Vec<_> = (0..4)
                .map(|_| s.spawn(|| db.open(&name).unwrap().schema_version().unwrap()))
                .collect();
            hs.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert_eq!(versions, vec![MIGRATIONS.len() as i64; 4]);
        let n: i64 = db
            .admin()
            .query_one(
                &format!("SELECT count(*) FROM {name}.schema_migrations"),
                &[],
            )
            .unwrap()
            .get(0);
        assert_eq!(n, MIGRATIONS.len() as i64);
    }

    #[test]
    fn racing_workers_store_each_article_once_with_all_its_claims() {
        let Some(mut db) = Schemas::new() else { return };
        let name = db.schema();
        let db = &db;
        // Every worker puts every article, in a different order; the articles share shows.
        let shows = ["Glass Harbor", "Pine Hollow", "Salt Ledger", "Iron Keep"];
        let articles: Vec<ExtractedArticle> = (0..40)
            .map(|i| {
                let mut a = article(&format!("k{i}"), shows[i % 4]);
                a.shows.push(
                    article(&format!("k{i}"), shows[(i + 1) % 4])
                        .shows
                        .remove(0),
                );
                a
            })
            .collect();
        let stored: usize = std::thread::scope(|s| {
            let hs: Vec<_> = (0..4)
                .map(|w| {
                    let (name, articles) = (&name, &articles);
                    s.spawn(move || {
                        let mut st = db.open(name).unwrap();
                        let mut n = 0;
                        for i in 0..articles.len() {
                            let a = &articles[(i * (w + 1) + w * 7) % articles.len()];
                            if matches!(st.put(a).unwrap(), PutOutcome::Stored { .. }) {
                                n += 1;
                            }
                        }
                        n
                    })
                })
                .collect();
            hs.into_iter().map(|h| h.join().unwrap()).sum()
        });
        let st = db.open(&name).unwrap();
        let c = st.counts().unwrap();
        assert_eq!(stored, 40, "exactly one worker stored each article");
        assert_eq!((c.articles, c.claims, c.facts, c.shows), (40, 80, 80, 4));
        assert_eq!(st.claims("glass harbor").unwrap().len(), 20);
    }

    #[test]
    fn another_handles_commit_moves_the_data_version() {
        let Some(mut db) = Schemas::new() else { return };
        let name = db.schema();
        let reader = db.open(&name).unwrap();
        let v0 = reader.data_version().unwrap();
        db.open(&name)
            .unwrap()
            .put(&article("k1", "Glass Harbor"))
            .unwrap();
        let v1 = reader.data_version().unwrap();
        assert_ne!(v1, v0);
        db.open(&name)
            .unwrap()
            .put(&article("k1", "Glass Harbor"))
            .unwrap();
        assert_eq!(
            reader.data_version().unwrap(),
            v1,
            "a duplicate writes nothing"
        );
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let Some(mut db) = Schemas::new() else { return };
        let name = db.schema();
        db.open(&name).unwrap();
        db.admin()
            .execute(
                &format!("INSERT INTO {name}.schema_migrations (version) VALUES (99)"),
                &[],
            )
            .unwrap();
        assert!(matches!(
            db.open(&name),
            Err(StoreError::TooNew { found: 99, .. })
        ));
    }

    #[test]
    fn text_with_nul_is_stored_with_replacement_characters() {
        let Some(mut db) = Schemas::new() else { return };
        let mut st = db.fresh();
        let mut a = article("k\01", "Glass Harbor");
        a.text = "Glass\0Harbor renewed".into();
        assert!(matches!(st.put(&a).unwrap(), PutOutcome::Stored { .. }));
        assert_eq!(st.put(&a).unwrap(), PutOutcome::Duplicate);
        assert_eq!(
            st.claims("glass harbor").unwrap()[0].article_key,
            "k\u{FFFD}1"
        );
    }

    #[test]
    fn a_bad_url_or_an_absent_server_is_a_one_line_open_error() {
        let e = PgStore::open("postgres://gl:pw@127.0.0.1:1/none?connect_timeout=2")
            .err()
            .unwrap();
        let msg = e.to_string();
        assert!(
            msg.starts_with("cannot open database postgres://gl:***@127.0.0.1:1/none"),
            "{msg}"
        );
        assert!(!msg.contains('\n') && !msg.contains("pw"), "{msg}");
        assert!(matches!(
            PgStore::open("postgres://h/db?sslmode=bogus"),
            Err(StoreError::Open { .. })
        ));
    }

    #[test]
    fn passwords_are_kept_out_of_messages() {
        assert_eq!(
            redact("postgres://gl:s3cret@db.local:5432/news"),
            "postgres://gl:***@db.local:5432/news"
        );
        assert_eq!(
            redact("postgres://gl@db.local/news"),
            "postgres://gl@db.local/news"
        );
        assert_eq!(
            redact("postgresql://db.local/news"),
            "postgresql://db.local/news"
        );
    }

    #[test]
    fn retry_delays_grow_and_stay_bounded() {
        for a in 1..=MAX_RETRIES {
            let base = 5u64 << a.min(8);
            let ms = backoff(a).as_millis() as u64;
            assert!((base / 2..=base).contains(&ms), "attempt {a}: {ms} ms");
        }
    }

    #[test]
    fn nul_becomes_one_replacement_character() {
        assert_eq!(pg_text("a\0b"), "a\u{FFFD}b");
        assert_eq!(pg_text("a\0b").chars().count(), 3);
        assert!(matches!(pg_text("plain"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn an_article_binds_its_shows_once_in_key_order() {
        let mut a = crate::suite::article("k1", "Zebra Crossing");
        let mut b = crate::suite::article("k1", "Alpine Road").shows.remove(0);
        b.claims.push(b.claims[0].clone());
        a.shows.push(b);
        let again = a.shows[0].clone();
        a.shows.push(again);
        let r = PutRows::of(&a).unwrap();
        assert_eq!(r.show_keys, vec!["alpine road", "zebra crossing"]);
        assert_eq!(
            r.claim_keys,
            vec![
                "zebra crossing",
                "alpine road",
                "alpine road",
                "zebra crossing"
            ]
        );
        assert_eq!(r.fact_bodies.len(), 3);
    }
}
