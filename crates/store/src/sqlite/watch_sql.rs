//! The watchlist tables in SQL (migration 2).

use crate::watch::{AfterAttempt, Attempt, Baseline, Delivery, DeliveryState, Watch};
use crate::StoreError;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

const WATCH_COLUMNS: &str =
    "id, show_key, title, webhook, created_ms, baseline_status, baseline_since";

fn watch_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Watch> {
    let status: Option<String> = r.get(5)?;
    let since: Option<String> = r.get(6)?;
    Ok(Watch {
        id: r.get(0)?,
        show_key: r.get(1)?,
        title: r.get(2)?,
        webhook: r.get(3)?,
        created_ms: r.get(4)?,
        baseline: status.and_then(|s| s.parse().ok()).map(|status| Baseline {
            status,
            since: since.and_then(|d| d.parse().ok()),
        }),
    })
}

fn baseline_columns(b: Option<Baseline>) -> (Option<&'static str>, Option<String>) {
    match b {
        Some(b) => (Some(b.status.as_str()), b.since.map(|d| d.to_string())),
        None => (None, None),
    }
}

pub fn add(
    conn: &mut Connection,
    show_key: &str,
    title: &str,
    webhook: &str,
    baseline: Option<Baseline>,
    now_ms: i64,
) -> Result<(Watch, bool), StoreError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let (status, since) = baseline_columns(baseline);
    let added = tx.execute(
        "INSERT INTO watches (show_key, title, webhook, created_ms, baseline_status, baseline_since)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(show_key, webhook) DO NOTHING",
        params![show_key, title, webhook, now_ms, status, since],
    )? == 1;
    let w = tx.query_row(
        &format!("SELECT {WATCH_COLUMNS} FROM watches WHERE show_key = ?1 AND webhook = ?2"),
        params![show_key, webhook],
        watch_row,
    )?;
    tx.commit()?;
    Ok((w, added))
}

pub fn list(conn: &Connection) -> Result<Vec<Watch>, StoreError> {
    let mut st =
        conn.prepare_cached(&format!("SELECT {WATCH_COLUMNS} FROM watches ORDER BY id"))?;
    let rows = st.query_map([], watch_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn remove(conn: &mut Connection, id: i64) -> Result<bool, StoreError> {
    // Explicit deletes: in-memory stores do not enforce foreign keys.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute(
        "DELETE FROM delivery_attempts WHERE delivery_id IN (SELECT id FROM deliveries WHERE watch_id = ?1)",
        params![id],
    )?;
    tx.execute("DELETE FROM deliveries WHERE watch_id = ?1", params![id])?;
    let n = tx.execute("DELETE FROM watches WHERE id = ?1", params![id])?;
    tx.commit()?;
    Ok(n == 1)
}

pub fn record_change(
    conn: &mut Connection,
    watch_id: i64,
    baseline: Baseline,
    key: &str,
    payload: &str,
    now_ms: i64,
) -> Result<bool, StoreError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let (status, since) = baseline_columns(Some(baseline));
    let n = tx.execute(
        "UPDATE watches SET baseline_status = ?2, baseline_since = ?3 WHERE id = ?1",
        params![watch_id, status, since],
    )?;
    if n == 0 {
        return Ok(false);
    }
    let enqueued = tx.execute(
        "INSERT INTO deliveries (watch_id, idempotency_key, payload, state, created_ms, next_attempt_ms)
         VALUES (?1, ?2, ?3, 'pending', ?4, ?4) ON CONFLICT(watch_id, idempotency_key) DO NOTHING",
        params![watch_id, key, payload, now_ms],
    )? == 1;
    tx.commit()?;
    Ok(enqueued)
}

const DELIVERY_COLUMNS: &str =
    "id, watch_id, idempotency_key, payload, state, created_ms, next_attempt_ms, delivered_ms";

fn delivery_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Delivery> {
    let state: String = r.get(4)?;
    Ok(Delivery {
        id: r.get(0)?,
        watch_id: r.get(1)?,
        idempotency_key: r.get(2)?,
        payload: r.get(3)?,
        state: DeliveryState::parse(&state).unwrap_or(DeliveryState::Failed),
        created_ms: r.get(5)?,
        next_attempt_ms: r.get(6)?,
        delivered_ms: r.get(7)?,
        attempts: Vec::new(),
    })
}

fn with_attempts(conn: &Connection, mut ds: Vec<Delivery>) -> Result<Vec<Delivery>, StoreError> {
    let mut st = conn.prepare_cached(
        "SELECT at_ms, http_status, error FROM delivery_attempts WHERE delivery_id = ?1 ORDER BY id",
    )?;
    for d in &mut ds {
        let rows = st.query_map(params![d.id], |r| {
            Ok(Attempt {
                at_ms: r.get(0)?,
                http_status: r.get::<_, Option<i64>>(1)?.map(|s| s as u16),
                error: r.get(2)?,
            })
        })?;
        d.attempts = rows.collect::<Result<_, _>>()?;
    }
    Ok(ds)
}

pub fn deliveries(conn: &Connection, watch_id: Option<i64>) -> Result<Vec<Delivery>, StoreError> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {DELIVERY_COLUMNS} FROM deliveries WHERE ?1 IS NULL OR watch_id = ?1 ORDER BY id"
    ))?;
    let ds = st
        .query_map(params![watch_id], delivery_row)?
        .collect::<Result<_, _>>()?;
    with_attempts(conn, ds)
}

pub fn due(conn: &Connection, now_ms: i64) -> Result<Vec<Delivery>, StoreError> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {DELIVERY_COLUMNS} FROM deliveries WHERE state = 'pending' AND next_attempt_ms <= ?1 ORDER BY id"
    ))?;
    let ds = st
        .query_map(params![now_ms], delivery_row)?
        .collect::<Result<_, _>>()?;
    with_attempts(conn, ds)
}

pub fn claim(
    conn: &Connection,
    id: i64,
    now_ms: i64,
    lease_until_ms: i64,
) -> Result<bool, StoreError> {
    let n = conn.execute(
        "UPDATE deliveries SET next_attempt_ms = ?3 WHERE id = ?1 AND state = 'pending' AND next_attempt_ms <= ?2",
        params![id, now_ms, lease_until_ms],
    )?;
    Ok(n == 1)
}

pub fn finish(
    conn: &mut Connection,
    id: i64,
    a: &Attempt,
    then: AfterAttempt,
) -> Result<(), StoreError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let exists: Option<i64> = tx
        .query_row(
            "SELECT id FROM deliveries WHERE id = ?1",
            params![id],
            |r| r.get(0),
        )
        .optional()?;
    if exists.is_none() {
        // The watch was removed while the attempt ran.
        return Ok(());
    }
    tx.execute(
        "INSERT INTO delivery_attempts (delivery_id, at_ms, http_status, error) VALUES (?1, ?2, ?3, ?4)",
        params![id, a.at_ms, a.http_status.map(i64::from), a.error],
    )?;
    match then {
        AfterAttempt::Delivered => tx.execute(
            "UPDATE deliveries SET state = 'delivered', delivered_ms = ?2, next_attempt_ms = NULL WHERE id = ?1",
            params![id, a.at_ms],
        )?,
        AfterAttempt::RetryAt(at) => tx.execute(
            "UPDATE deliveries SET state = 'pending', next_attempt_ms = ?2 WHERE id = ?1",
            params![id, at],
        )?,
        AfterAttempt::GiveUp => tx.execute(
            "UPDATE deliveries SET state = 'failed', next_attempt_ms = NULL WHERE id = ?1",
            params![id],
        )?,
    };
    tx.commit()?;
    Ok(())
}
