//! The watchlist: post a JSON event to a webhook when a watched show's resolved status
//! changes.
//!
//! Each watch keeps a *baseline*, the status (and the date it began) that its webhook last
//! heard of, or that stood when the watch was added. [`check`] resolves every watched
//! show as of today with the same [`status_as_of`] that answers `greenlight status`, and
//! where the answer differs from the baseline it moves the baseline and enqueues one
//! delivery, atomically. A delivery's idempotency key is `show key|status|since`, unique
//! per watch, so re-checking after a crash or restart never enqueues an event twice.
//!
//! [`deliver_due`] posts due deliveries. Each is leased to one sender first (so two
//! processes over one database never post the same event at once), posted with an
//! `Idempotency-Key` header, and its attempt is logged; a failure (no connection,
//! timeout, non-2xx) is retried after a delay that doubles from
//! [`RetryPolicy::first_delay`] up to [`RetryPolicy::max_delay`], until
//! [`RetryPolicy::max_attempts`]. A receiver that accepted an event but crashed before
//! answering may see it again with the same key; it never sees a second key for one event.
//!
//! [`Watcher`] runs both in a loop: in `greenlight serve`, or `greenlight watch run`.

use crate::SharedStore;
use greenlight_core::resolve::{status_as_of, Cited};
use greenlight_core::title::slug;
use greenlight_core::{Certainty, PartialDate, Status};
use greenlight_store::query::{self, QueryError};
use greenlight_store::{AfterAttempt, Attempt, Baseline, Delivery, Store, StoreError, Watch};
use jiff::civil::Date;
use serde::Serialize;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::Notify;

/// Why a watch could not be added or run.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WatchError {
    #[error("bad webhook {url:?}: {reason}")]
    BadWebhook { url: String, reason: &'static str },
    #[error(transparent)]
    Query(#[from] QueryError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A webhook address: `http://host[:port]/path`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Webhook {
    host: String,
    port: u16,
    /// The request target, starting with `/`.
    path: String,
}

impl Webhook {
    /// Checks a webhook URL. Only `http://` is supported: put a relay in front of an
    /// HTTPS receiver.
    pub fn parse(url: &str) -> Result<Webhook, WatchError> {
        let bad = |reason| WatchError::BadWebhook {
            url: url.chars().take(200).collect(),
            reason,
        };
        if url.len() > 2000 {
            return Err(bad("longer than 2000 bytes"));
        }
        if url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || !c.is_ascii())
        {
            return Err(bad("spaces, control or non-ASCII characters (percent-encode them)"));
        }
        let rest = if let Some(r) = strip_prefix_ci(url, "http://") {
            r
        } else if strip_prefix_ci(url, "https://").is_some() {
            return Err(bad(
                "https is not supported yet; use an http:// endpoint or a local relay",
            ));
        } else {
            return Err(bad("expected an http:// URL"));
        };
        let (authority, path) = match rest.find(['/', '?']) {
            Some(i) if rest.as_bytes()[i] == b'/' => (&rest[..i], rest[i..].to_string()),
            Some(i) => (&rest[..i], format!("/{}", &rest[i..])),
            None => (rest, "/".to_string()),
        };
        let path = path.split('#').next().unwrap_or("/").to_string();
        if authority.contains('@') {
            return Err(bad("credentials in the URL are not supported"));
        }
        let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
            let (h, after) = v6.split_once(']').ok_or_else(|| bad("unclosed IPv6 bracket"))?;
            (h.to_string(), after.strip_prefix(':'))
        } else {
            match authority.rsplit_once(':') {
                Some((h, p)) => (h.to_string(), Some(p)),
                None => (authority.to_string(), None),
            }
        };
        if host.is_empty() {
            return Err(bad("no host"));
        }
        let port = match port {
            None => 80,
            Some(p) => p
                .parse::<u16>()
                .ok()
                .filter(|p| *p != 0)
                .ok_or_else(|| bad("bad port"))?,
        };
        Ok(Webhook { host, port, path })
    }

    fn host_header(&self) -> String {
        let h = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        if self.port == 80 {
            h
        } else {
            format!("{h}:{}", self.port)
        }
    }

    /// `http://host:port/…`: the address without its path, which may hold a secret.
    pub fn redacted(url: &str) -> String {
        match Webhook::parse(url) {
            Ok(w) if w.path == "/" => format!("http://{}/", w.host_header()),
            Ok(w) => format!("http://{}/…", w.host_header()),
            Err(_) => "…".into(),
        }
    }
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    (s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix)).then(|| &s[prefix.len()..])
}

/// How deliveries are retried.
#[derive(Clone, Copy, Debug)]
pub struct RetryPolicy {
    /// The delay after the first failure; each further failure doubles it.
    pub first_delay: Duration,
    pub max_delay: Duration,
    /// Attempts before a delivery is marked failed.
    pub max_attempts: u32,
    /// How long one attempt may take (connect, send, read the status line).
    pub timeout: Duration,
}

impl Default for RetryPolicy {
    /// 2 s, 4 s, 8 s, ... up to an hour, 12 attempts (about 4.5 hours in all).
    fn default() -> Self {
        RetryPolicy {
            first_delay: Duration::from_secs(2),
            max_delay: Duration::from_secs(3600),
            max_attempts: 12,
            timeout: Duration::from_secs(10),
        }
    }
}

impl RetryPolicy {
    /// The delay before the attempt after `failures` failed ones (`failures` ≥ 1).
    pub fn delay_after(&self, failures: u32) -> Duration {
        let factor = 1u32.checked_shl(failures.saturating_sub(1)).unwrap_or(u32::MAX);
        self.first_delay.saturating_mul(factor).min(self.max_delay)
    }
}

/// Unix milliseconds now.
pub fn now_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

fn ms_to_rfc3339(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

/// The show's resolved status as of `today` (what `greenlight status` answers).
fn current(
    store: &dyn Store,
    show_key: &str,
    today: Date,
) -> Result<Option<greenlight_core::resolve::Resolved>, StoreError> {
    let claims = store.claims(show_key)?;
    Ok(status_as_of(&claims, today, today))
}

/// Adds a watch on the show called `title` (matched forgivingly; an unknown title is an
/// error with suggestions). The standing status becomes the baseline, so the first event
/// is the next change. Adding the same show and webhook again returns the existing watch.
pub fn add_watch(
    store: &mut dyn Store,
    title: &str,
    webhook: &str,
    today: Date,
    now_ms: i64,
) -> Result<(Watch, bool), WatchError> {
    Webhook::parse(webhook)?;
    let show = query::lookup(store, title)?;
    let baseline = current(store, &show.key, today)?.map(|r| Baseline {
        status: r.status,
        since: r.since,
    });
    Ok(store.add_watch(&show.key, &show.title, webhook, baseline, now_ms)?)
}

/// The JSON body posted to a webhook.
#[derive(Clone, Debug, Serialize)]
pub struct Event {
    /// Always `status_changed`.
    pub event: &'static str,
    pub idempotency_key: String,
    pub watch_id: i64,
    pub show: EventShow,
    pub status: Status,
    pub season: Option<u16>,
    pub network: Option<String>,
    pub since: Option<PartialDate>,
    pub certainty: Certainty,
    /// What the webhook last heard (or what stood when the watch was added).
    pub previous: Option<Baseline>,
    /// The claims the new status stands on, strongest first (at most three).
    pub evidence: Vec<Cited>,
    pub as_of: Date,
    pub detected_at: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct EventShow {
    pub title: String,
    pub slug: String,
    /// The show's page, when the server's public address is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}

/// `show key|status|since` (since `undated` when unknown).
pub fn idempotency_key(show_key: &str, b: &Baseline) -> String {
    let since = b.since.map(|d| d.to_string()).unwrap_or_else(|| "undated".into());
    format!("{show_key}|{}|{since}", b.status)
}

/// What one [`check`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CheckReport {
    pub watches: usize,
    /// Watches whose show changed status since its baseline.
    pub changed: usize,
    /// Deliveries newly enqueued (a change already enqueued once is not enqueued again).
    pub enqueued: usize,
}

/// Compares every watch's baseline with its show's status as of `today` and enqueues an
/// event for each change. `site` (like `http://127.0.0.1:8080`) adds page links.
pub fn check(store: &mut dyn Store, today: Date, now_ms: i64, site: Option<&str>) -> Result<CheckReport, StoreError> {
    let mut report = CheckReport::default();
    let mut by_show: std::collections::HashMap<String, Option<greenlight_core::resolve::Resolved>> = Default::default();
    for w in store.watches()? {
        report.watches += 1;
        if !by_show.contains_key(&w.show_key) {
            let r = current(store, &w.show_key, today)?;
            by_show.insert(w.show_key.clone(), r);
        }
        let Some(r) = &by_show[&w.show_key] else { continue };
        let now = Baseline {
            status: r.status,
            since: r.since,
        };
        if w.baseline == Some(now) {
            continue;
        }
        report.changed += 1;
        let key = idempotency_key(&w.show_key, &now);
        let slug = slug(&w.title);
        let event = Event {
            event: "status_changed",
            idempotency_key: key.clone(),
            watch_id: w.id,
            show: EventShow {
                page: site.map(|s| format!("{}/shows/{slug}", s.trim_end_matches('/'))),
                title: w.title.clone(),
                slug,
            },
            status: r.status,
            season: r.season,
            network: r.network.clone(),
            since: r.since,
            certainty: r.certainty,
            previous: w.baseline,
            evidence: r.evidence.iter().take(3).cloned().collect(),
            as_of: today,
            detected_at: ms_to_rfc3339(now_ms),
        };
        let payload = serde_json::to_string(&event).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        if store.record_change(w.id, now, &key, &payload, now_ms)? {
            report.enqueued += 1;
        }
    }
    Ok(report)
}

/// Posts `body` as JSON to `hook` and returns the receiver's HTTP status. A minimal
/// HTTP/1.1 client: one request per connection, only the status line is read.
pub async fn post_json(
    hook: &Webhook,
    headers: &[(&str, String)],
    body: &[u8],
    timeout: Duration,
) -> Result<u16, String> {
    let exchange = async {
        let mut stream = tokio::net::TcpStream::connect((hook.host.as_str(), hook.port))
            .await
            .map_err(|e| format!("cannot connect to {}: {e}", hook.host_header()))?;
        let mut head = format!(
            "POST {} HTTP/1.1\r\nHost: {}\r\nUser-Agent: greenlight/{}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
            hook.path,
            hook.host_header(),
            env!("CARGO_PKG_VERSION"),
            body.len()
        );
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        stream
            .write_all(head.as_bytes())
            .await
            .map_err(|e| format!("send failed: {e}"))?;
        stream.write_all(body).await.map_err(|e| format!("send failed: {e}"))?;
        let mut buf = Vec::with_capacity(256);
        let mut chunk = [0u8; 256];
        while !buf.windows(2).any(|w| w == b"\r\n") {
            let n = stream.read(&mut chunk).await.map_err(|e| format!("no answer: {e}"))?;
            if n == 0 || buf.len() > 8192 {
                return Err("no HTTP status line in the answer".to_string());
            }
            buf.extend_from_slice(&chunk[..n]);
        }
        let line = String::from_utf8_lossy(&buf);
        let mut parts = line.split_whitespace();
        match (parts.next(), parts.next().and_then(|c| c.parse::<u16>().ok())) {
            (Some(v), Some(code)) if v.starts_with("HTTP/1.") => Ok(code),
            _ => Err("malformed HTTP status line".to_string()),
        }
    };
    tokio::time::timeout(timeout, exchange)
        .await
        .unwrap_or_else(|_| Err(format!("no answer within {timeout:?}")))
}

/// Header-safe form of a key: printable ASCII kept, the rest percent-encoded.
fn header_safe(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if (0x20..0x7f).contains(&b) && b != b'%' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// What one [`deliver_due`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DeliverReport {
    pub delivered: usize,
    pub retrying: usize,
    pub failed: usize,
}

async fn blocking<T: Send + 'static>(
    store: &SharedStore,
    f: impl FnOnce(&mut dyn Store) -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    let store = store.clone();
    tokio::task::spawn_blocking(move || f(&mut *crate::lock(&store)))
        .await
        .map_err(|e| StoreError::Corrupt(format!("store task failed: {e}")))?
}

/// Posts every delivery due now, one at a time, and logs each attempt.
pub async fn deliver_due(store: &SharedStore, policy: &RetryPolicy) -> Result<DeliverReport, StoreError> {
    let mut report = DeliverReport::default();
    let due = blocking(store, |s| s.due_deliveries(now_ms())).await?;
    if due.is_empty() {
        return Ok(report);
    }
    let watches: std::collections::HashMap<i64, Watch> = blocking(store, |s| s.watches())
        .await?
        .into_iter()
        .map(|w| (w.id, w))
        .collect();
    for d in due {
        let Some(w) = watches.get(&d.watch_id) else { continue };
        let lease = policy.timeout + Duration::from_secs(30);
        let (id, start) = (d.id, now_ms());
        let claimed = blocking(store, move |s| {
            s.claim_delivery(id, start, start + lease.as_millis() as i64)
        })
        .await?;
        if !claimed {
            continue;
        }
        let (after, attempt) = attempt_one(w, &d, policy).await;
        match after {
            AfterAttempt::Delivered => report.delivered += 1,
            AfterAttempt::RetryAt(_) => report.retrying += 1,
            AfterAttempt::GiveUp => report.failed += 1,
        }
        blocking(store, move |s| s.finish_attempt(id, &attempt, after)).await?;
    }
    Ok(report)
}

async fn attempt_one(w: &Watch, d: &Delivery, policy: &RetryPolicy) -> (AfterAttempt, Attempt) {
    let number = d.attempts.len() as u32 + 1;
    let result = match Webhook::parse(&w.webhook) {
        Ok(hook) => {
            let headers = [
                ("Idempotency-Key", header_safe(&d.idempotency_key)),
                ("X-Greenlight-Event", "status_changed".to_string()),
                ("X-Greenlight-Delivery", d.id.to_string()),
                ("X-Greenlight-Attempt", number.to_string()),
            ];
            post_json(&hook, &headers, d.payload.as_bytes(), policy.timeout).await
        }
        Err(e) => Err(e.to_string()),
    };
    let at = now_ms();
    let (http_status, error) = match result {
        Ok(code) if (200..300).contains(&code) => (Some(code), None),
        Ok(code) => (Some(code), Some(format!("the receiver answered HTTP {code}"))),
        Err(e) => (None, Some(e)),
    };
    let after = if error.is_none() {
        AfterAttempt::Delivered
    } else if number >= policy.max_attempts {
        AfterAttempt::GiveUp
    } else {
        AfterAttempt::RetryAt(at + policy.delay_after(number).as_millis() as i64)
    };
    if let Some(e) = &error {
        tracing::warn!(delivery = d.id, attempt = number, error = %e, "webhook delivery failed");
    }
    (
        after,
        Attempt {
            at_ms: at,
            http_status,
            error,
        },
    )
}

/// Runs [`check`] and [`deliver_due`] in a loop: on every `interval`, whenever
/// [`Watcher::nudge`] is called (after an article is stored), and when a retry falls due.
#[derive(Clone)]
pub struct Watcher {
    store: SharedStore,
    policy: RetryPolicy,
    interval: Duration,
    today: Option<Date>,
    site: Option<String>,
    nudge: Arc<Notify>,
}

impl Watcher {
    pub fn new(store: SharedStore) -> Self {
        Watcher {
            store,
            policy: RetryPolicy::default(),
            interval: Duration::from_secs(60),
            today: None,
            site: None,
            nudge: Arc::new(Notify::new()),
        }
    }
    pub fn with_policy(mut self, p: RetryPolicy) -> Self {
        self.policy = p;
        self
    }
    pub fn with_interval(mut self, d: Duration) -> Self {
        self.interval = d;
        self
    }
    /// Pins "today" instead of reading the clock.
    pub fn with_today(mut self, d: Option<Date>) -> Self {
        self.today = d;
        self
    }
    /// The server's public address, for page links in events.
    pub fn with_site(mut self, site: Option<String>) -> Self {
        self.site = site;
        self
    }

    pub(crate) fn with_nudge(mut self, n: Arc<Notify>) -> Self {
        self.nudge = n;
        self
    }

    /// Wakes the loop now (after a write).
    pub fn nudge(&self) {
        self.nudge.notify_one();
    }

    /// One round: check for changes, then post what is due.
    pub async fn round(&self) -> Result<(CheckReport, DeliverReport), StoreError> {
        let today = self.today.unwrap_or_else(|| jiff::Zoned::now().date());
        let site = self.site.clone();
        let checked = blocking(&self.store, move |s| check(s, today, now_ms(), site.as_deref())).await?;
        let delivered = deliver_due(&self.store, &self.policy).await?;
        Ok((checked, delivered))
    }

    /// How long until the next pending delivery is due, if sooner than the interval.
    async fn next_wake(&self) -> Duration {
        let next = blocking(&self.store, |s| {
            Ok(s.deliveries(None)?
                .into_iter()
                .filter(|d| d.state == greenlight_store::DeliveryState::Pending)
                .filter_map(|d| d.next_attempt_ms)
                .min())
        })
        .await
        .ok()
        .flatten();
        match next {
            Some(at) => Duration::from_millis((at - now_ms()).max(0) as u64).min(self.interval),
            None => self.interval,
        }
    }

    /// Runs rounds until `stop` resolves.
    pub async fn run(self, stop: impl std::future::Future<Output = ()>) {
        tokio::pin!(stop);
        loop {
            if let Err(e) = self.round().await {
                tracing::error!(error = %e, "watchlist round failed");
            }
            let wait = self.next_wake().await;
            tokio::select! {
                _ = &mut stop => break,
                _ = tokio::time::sleep(wait) => {},
                _ = self.nudge.notified() => {},
            }
        }
    }
}

/// `greenlight watch run`: checks the watchlist of the database at `db` and posts what is
/// due, once (`interval` = `None`) or every `interval` until SIGINT or SIGTERM.
pub fn run_blocking(
    db: &greenlight_store::StoreSpec,
    interval: Option<Duration>,
    site: Option<String>,
) -> anyhow::Result<(CheckReport, DeliverReport)> {
    use anyhow::Context;
    let store = greenlight_store::open(db).with_context(|| format!("failed to open database {db}"))?;
    let watcher = Watcher::new(Arc::new(std::sync::Mutex::new(store))).with_site(site);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("failed to start the async runtime")?;
    rt.block_on(async move {
        match interval {
            None => Ok(watcher.round().await.context("watchlist round failed")?),
            Some(every) => {
                watcher.with_interval(every).run(crate::shutdown_signal()).await;
                Ok(Default::default())
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn webhooks_parse_and_refuse_what_cannot_be_posted() {
        let w = Webhook::parse("http://127.0.0.1:9000/hooks/x?k=1").unwrap();
        assert_eq!(
            (w.host.as_str(), w.port, w.path.as_str()),
            ("127.0.0.1", 9000, "/hooks/x?k=1")
        );
        let w = Webhook::parse("HTTP://example.com").unwrap();
        assert_eq!(
            (w.port, w.path.as_str(), w.host_header()),
            (80, "/", "example.com".to_string())
        );
        let w = Webhook::parse("http://[::1]:8081/h#frag").unwrap();
        assert_eq!(
            (w.host.as_str(), w.path.as_str(), w.host_header()),
            ("::1", "/h", "[::1]:8081".to_string())
        );
        for bad in [
            "https://example.com/h",
            "ftp://x",
            "http://",
            "http://:80/",
            "http://h:0/",
            "http://h:99999/",
            "http://u:p@h/",
            "http://h/a b",
            "example.com/hook",
        ] {
            assert!(Webhook::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn redaction_keeps_only_the_origin() {
        assert_eq!(
            Webhook::redacted("http://hooks.example.com/T000/secret"),
            "http://hooks.example.com/…"
        );
        assert_eq!(Webhook::redacted("http://127.0.0.1:9/"), "http://127.0.0.1:9/");
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let p = RetryPolicy {
            first_delay: Duration::from_secs(2),
            max_delay: Duration::from_secs(10),
            ..Default::default()
        };
        let d: Vec<u64> = (1..=5).map(|n| p.delay_after(n).as_secs()).collect();
        assert_eq!(d, [2, 4, 8, 10, 10]);
        assert_eq!(p.delay_after(200), Duration::from_secs(10));
    }

    #[test]
    fn header_values_stay_printable_ascii() {
        assert_eq!(header_safe("señor|renewed|2024-01"), "se%C3%B1or|renewed|2024-01");
        assert_eq!(header_safe("a\r\nb%"), "a%0D%0Ab%25");
    }
}
