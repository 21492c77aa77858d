//! greenlight's HTTP server: a JSON API, server-rendered HTML pages and an Atom feed of
//! status changes, all answered from one store with the queries in
//! [`greenlight_store::query`].
//!
//! [`app`] builds the service, so tests call it in process; [`serve`] runs it on a socket
//! until SIGINT or SIGTERM. The server is read-only unless it was given a write token
//! ([`AppState::with_token`], or `GREENLIGHT_TOKEN` for [`serve`]), which enables
//! `POST /api/articles` for clients that send `Authorization: Bearer <token>`.
//!
//! | route | answer |
//! | --- | --- |
//! | `GET /` | scorecard page (`?status=&network=&sort=title\|since\|status&as_of=`) |
//! | `GET /search?q=` | search page |
//! | `GET /shows/{slug}` | a show's page (`?as_of=`) |
//! | `GET /feed.atom` | Atom feed of status changes (`?network=` or `?show=slug`) |
//! | `GET /api/status?title=&as_of=` | the same JSON as `greenlight status --json` |
//! | `GET /api/shows` | scorecard rows (`?status=&network=&as_of=&changed_since=`) |
//! | `GET /api/shows/{slug}` | the show's merged profile (`?as_of=`) |
//! | `GET /api/shows/{slug}/timeline` | every status claim, oldest first |
//! | `GET /api/search?q=` | shows whose title matches, then close titles |
//! | `GET /api/contradictions` | every show whose standing status is contradicted |
//! | `POST /api/articles` | extract and store one article (token required) |
//! | `GET /api/watches` | the watchlist (webhooks shown in full only with the token) |
//! | `POST /api/watches` | watch a show: `{"title", "webhook"}` (token required) |
//! | `GET /api/watches/{id}` | one watch with its delivery log |
//! | `DELETE /api/watches/{id}` | stop watching (token required) |
//! | `GET /api/openapi.json` | the OpenAPI 3.1 document |
//!
//! [`serve`] also runs the watchlist ([`watch::Watcher`]): when a watched show's resolved
//! status changes it posts a JSON event to the watch's webhook, with retries.
//!
//! Errors from `/api/*` are JSON, `{"error": {"code": "...", "message": "..."}}`, and no
//! JSON body ever holds a raw `<`, `>` or `&`.
//!
//! ```
//! use axum::body::Body;
//! use axum::http::{Request, StatusCode};
//! use greenlight_server::{app, AppState};
//! use greenlight_store::SqliteStore;
//! use tower::ServiceExt;
//!
//! # tokio::runtime::Runtime::new().unwrap().block_on(async {
//! let state = AppState::new(SqliteStore::in_memory().unwrap()).with_today(jiff::civil::date(2024, 1, 1));
//! let req = Request::get("/api/status?title=nothing").body(Body::empty()).unwrap();
//! let res = app(state).oneshot(req).await.unwrap();
//! assert_eq!(res.status(), StatusCode::NOT_FOUND);
//! # });
//! ```

mod api;
mod cache;
mod error;
mod escape;
mod feed;
mod lookup;
mod openapi;
mod pages;
mod params;
pub mod watch;
mod watch_api;

pub use error::ApiError;

use anyhow::Context;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{header, HeaderValue, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use greenlight_extract::Extractor;
use greenlight_store::{BoxStore, Store, StoreSpec};
use jiff::civil::Date;
use std::future::IntoFuture;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

/// The largest request body accepted, in bytes.
pub const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;
/// How long one request may take before it is answered with a timeout error.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// How long in-flight requests may run on after a shutdown signal.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// The store as the server and the watchlist share it.
pub type SharedStore = Arc<Mutex<BoxStore>>;

/// What every handler shares: the store, the write token and the date that is "today".
#[derive(Clone)]
pub struct AppState {
    store: SharedStore,
    token: Option<Arc<str>>,
    today: Option<Date>,
    /// Built on the first write, since reading needs none.
    extractor: Arc<Mutex<Option<Extractor>>>,
    /// Wakes the watchlist after a write.
    nudge: Arc<tokio::sync::Notify>,
    /// Parsed shows and claims for the hot path, dropped when the data changes.
    cache: Arc<cache::ReadCache>,
}

impl AppState {
    /// A read-only state over `store` whose "today" is the clock's date.
    pub fn new(store: impl Store + Send + 'static) -> Self {
        Self::with_store(Box::new(store))
    }

    /// As [`new`](Self::new), for a store already boxed (what `greenlight_store::open` gives).
    pub fn with_store(store: BoxStore) -> Self {
        AppState {
            store: Arc::new(Mutex::new(store)),
            token: None,
            today: None,
            extractor: Arc::new(Mutex::new(None)),
            nudge: Arc::new(tokio::sync::Notify::new()),
            cache: Arc::new(cache::ReadCache::default()),
        }
    }

    /// The watchlist loop over this state's store, woken by this state's writes.
    pub fn watcher(&self) -> watch::Watcher {
        watch::Watcher::new(self.store.clone())
            .with_today(self.today)
            .with_nudge(self.nudge.clone())
    }

    /// Tells the watchlist that the store changed.
    pub(crate) fn stored(&self) {
        self.nudge.notify_one();
    }

    /// Enables `POST /api/articles` for requests bearing this token. An empty token
    /// leaves the server read-only.
    pub fn with_token(mut self, token: impl Into<String>) -> Self {
        let t: String = token.into();
        self.token = if t.is_empty() { None } else { Some(t.into()) };
        self
    }

    /// Pins "today" (for tests and reproducible answers) instead of reading the clock.
    pub fn with_today(mut self, today: Date) -> Self {
        self.today = Some(today);
        self
    }

    /// The date answers default to, and that decides whether undated claims count.
    pub fn today(&self) -> Date {
        self.today.unwrap_or_else(|| jiff::Zoned::now().date())
    }

    pub(crate) fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }

    /// Runs `f` on the store on the blocking pool.
    pub(crate) async fn read<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&dyn Store) -> Result<T, ApiError> + Send + 'static,
    {
        let store = self.store.clone();
        tokio::task::spawn_blocking(move || f(&*lock(&store)))
            .await
            .map_err(|e| ApiError::Internal(format!("store task failed: {e}")))?
    }

    pub(crate) fn cache(&self) -> &cache::ReadCache {
        &self.cache
    }

    pub(crate) fn store(&self) -> &SharedStore {
        &self.store
    }

    /// Runs `f` with the read cache on the blocking pool; `f` locks the store only
    /// through the cache, and only briefly.
    pub(crate) async fn cached<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&SharedStore, &cache::ReadCache) -> Result<T, ApiError> + Send + 'static,
    {
        let (store, cache) = (self.store.clone(), self.cache.clone());
        tokio::task::spawn_blocking(move || f(&store, &cache))
            .await
            .map_err(|e| ApiError::Internal(format!("store task failed: {e}")))?
    }

    /// Runs `f` on the store, for writes that need no extractor, on the blocking pool.
    pub(crate) async fn update<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut BoxStore) -> Result<T, ApiError> + Send + 'static,
    {
        let store = self.store.clone();
        tokio::task::spawn_blocking(move || f(&mut lock(&store)))
            .await
            .map_err(|e| ApiError::Internal(format!("store task failed: {e}")))?
    }

    /// Runs `f` on the store and the extractor (built on first use, knowing the
    /// store's titles) on the blocking pool.
    pub(crate) async fn write<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut BoxStore, &mut Extractor) -> Result<T, ApiError> + Send + 'static,
    {
        let (store, extractor) = (self.store.clone(), self.extractor.clone());
        tokio::task::spawn_blocking(move || {
            let mut ex = lock(&extractor);
            let mut store = lock(&store);
            if ex.is_none() {
                let mut fresh = Extractor::new();
                fresh.learn_titles(store.shows()?.into_iter().map(|s| s.title));
                *ex = Some(fresh);
            }
            f(&mut store, ex.as_mut().expect("just built"))
        })
        .await
        .map_err(|e| ApiError::Internal(format!("store task failed: {e}")))?
    }
}

/// A poisoned lock only means another request panicked; the store itself is
/// transactional, so carry on with it.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// The whole service: pages, API and feed over `state`.
pub fn app(state: AppState) -> Router {
    Router::new()
        .route("/", get(pages::scorecard))
        .route("/search", get(pages::search))
        .route("/shows/{slug}", get(pages::show))
        .route("/feed.atom", get(feed::atom))
        .route("/api/status", get(api::status))
        .route("/api/shows", get(api::shows))
        .route("/api/shows/{slug}", get(api::profile))
        .route("/api/shows/{slug}/timeline", get(api::timeline))
        .route("/api/search", get(api::search))
        .route("/api/contradictions", get(api::contradictions))
        .route("/api/articles", post(api::post_article))
        .route("/api/watches", get(watch_api::list).post(watch_api::add))
        .route("/api/watches/{id}", get(watch_api::one).delete(watch_api::remove))
        .route("/api/openapi.json", get(openapi::document))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn(guard))
        .with_state(state)
}

fn is_api(uri: &Uri) -> bool {
    uri.path() == "/api" || uri.path().starts_with("/api/")
}

async fn not_found(uri: Uri) -> Response {
    if is_api(&uri) {
        ApiError::NoRoute.into_response()
    } else {
        pages::not_found_page()
    }
}

async fn method_not_allowed() -> Response {
    ApiError::MethodNotAllowed.into_response()
}

/// Every request: a deadline, and headers that keep browsers from sniffing or running
/// anything (the pages use no JavaScript).
async fn guard(req: Request, next: Next) -> Response {
    let mut res = match tokio::time::timeout(REQUEST_TIMEOUT, next.run(req)).await {
        Ok(res) => res,
        Err(_) => ApiError::Timeout.into_response(),
    };
    let h = res.headers_mut();
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    );
    res
}

/// Serves the store `db` names on `addr` until SIGINT or SIGTERM, then returns `Ok(())`.
///
/// Read-only unless the environment variable `GREENLIGHT_TOKEN` is set and non-empty,
/// which enables `POST /api/articles` for that bearer token.
pub fn serve(db: StoreSpec, addr: SocketAddr) -> anyhow::Result<()> {
    let store = greenlight_store::open(&db).with_context(|| format!("failed to open database {db}"))?;
    let mut state = AppState::with_store(store);
    let writable = match std::env::var("GREENLIGHT_TOKEN") {
        Ok(t) if !t.is_empty() => {
            state = state.with_token(t);
            true
        }
        _ => false,
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("greenlight-http")
        .build()
        .context("failed to start the async runtime")?;
    let result = rt.block_on(run(state, addr, &db, writable));
    // Store work still running on the blocking pool is not waited for indefinitely.
    rt.shutdown_timeout(Duration::from_secs(2));
    result
}

async fn run(state: AppState, addr: SocketAddr, db: &StoreSpec, writable: bool) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("failed to listen on {addr}"))?;
    let local = listener.local_addr().context("failed to read the listening address")?;
    let mode = if writable {
        "writes enabled for the bearer token"
    } else {
        "read-only"
    };
    eprintln!("greenlight: serving {db} on http://{local}/ ({mode})");
    tracing::info!(%local, writable, "serving");

    let (stop_tx, mut stop_rx) = tokio::sync::watch::channel(false);
    let site = std::env::var("GREENLIGHT_PUBLIC_URL")
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| format!("http://{local}"));
    let watcher = state.watcher().with_interval(watch_interval()?).with_site(Some(site));
    let mut watch_stop = stop_rx.clone();
    let watching = tokio::spawn(watcher.run(async move {
        let _ = watch_stop.wait_for(|stopped| *stopped).await;
    }));
    let signal = async move {
        shutdown_signal().await;
        let _ = stop_tx.send(true);
    };
    let server = axum::serve(listener, app(state)).with_graceful_shutdown(signal);
    let deadline = async move {
        if stop_rx.wait_for(|stopped| *stopped).await.is_err() {
            std::future::pending::<()>().await;
        }
        tokio::time::sleep(SHUTDOWN_GRACE).await;
    };
    tokio::select! {
        r = server.into_future() => r.context("server failed")?,
        _ = deadline => tracing::warn!("requests still running {SHUTDOWN_GRACE:?} after the shutdown signal; stopping anyway"),
    }
    let _ = tokio::time::timeout(Duration::from_secs(2), watching).await;
    tracing::info!("stopped");
    Ok(())
}

/// `GREENLIGHT_WATCH_INTERVAL` (seconds, default 60): how often the watchlist is checked
/// when nothing wakes it sooner.
fn watch_interval() -> anyhow::Result<Duration> {
    match std::env::var("GREENLIGHT_WATCH_INTERVAL") {
        Ok(v) if !v.trim().is_empty() => {
            let secs: f64 = v
                .trim()
                .parse()
                .ok()
                .filter(|s: &f64| s.is_finite() && *s > 0.0)
                .with_context(|| format!("bad GREENLIGHT_WATCH_INTERVAL {v:?}: expected seconds"))?;
            Ok(Duration::from_secs_f64(secs))
        }
        _ => Ok(Duration::from_secs(60)),
    }
}

/// Resolves on SIGINT (Ctrl-C) or, on Unix, SIGTERM.
pub(crate) async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
