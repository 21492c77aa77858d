//! `/api/watches`: the watchlist over HTTP. Reading is open, but a webhook URL (whose
//! path often holds a secret) is shown in full only to a client with the write token;
//! adding and removing need the token.

use crate::api::authorize;
use crate::escape::json_response;
use crate::watch::{self, WatchError, Webhook};
use crate::{ApiError, AppState};
use axum::body::Bytes;
use axum::extract::{FromRequest, Path, Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use greenlight_core::title::slug;
use greenlight_store::{Baseline, Delivery, DeliveryState, Store, Watch};
use serde::{Deserialize, Serialize};

/// One watch as the API shows it.
#[derive(Serialize)]
struct WatchView {
    id: i64,
    title: String,
    slug: String,
    webhook: String,
    created: String,
    /// The status the webhook last heard of (or that stood when the watch was added).
    baseline: Option<Baseline>,
    deliveries: Counts,
}

#[derive(Serialize, Default)]
struct Counts {
    pending: usize,
    delivered: usize,
    failed: usize,
}

#[derive(Serialize)]
struct DeliveryView {
    id: i64,
    idempotency_key: String,
    state: DeliveryState,
    created: String,
    next_attempt: Option<String>,
    delivered: Option<String>,
    attempts: Vec<AttemptView>,
    /// The event posted (the exact body, parsed).
    event: serde_json::Value,
}

#[derive(Serialize)]
struct AttemptView {
    at: String,
    http_status: Option<u16>,
    error: Option<String>,
}

fn time(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

fn view(w: Watch, ds: &[Delivery], full_webhook: bool) -> WatchView {
    let mut counts = Counts::default();
    for d in ds.iter().filter(|d| d.watch_id == w.id) {
        match d.state {
            DeliveryState::Pending => counts.pending += 1,
            DeliveryState::Delivered => counts.delivered += 1,
            DeliveryState::Failed => counts.failed += 1,
        }
    }
    WatchView {
        id: w.id,
        slug: slug(&w.title),
        title: w.title,
        webhook: if full_webhook {
            w.webhook
        } else {
            Webhook::redacted(&w.webhook)
        },
        created: time(w.created_ms),
        baseline: w.baseline,
        deliveries: counts,
    }
}

fn delivery_view(d: Delivery) -> DeliveryView {
    DeliveryView {
        id: d.id,
        event: serde_json::from_str(&d.payload).unwrap_or(serde_json::Value::Null),
        idempotency_key: d.idempotency_key,
        state: d.state,
        created: time(d.created_ms),
        next_attempt: d
            .next_attempt_ms
            .filter(|_| d.state == DeliveryState::Pending)
            .map(time),
        delivered: d.delivered_ms.map(time),
        attempts: d
            .attempts
            .into_iter()
            .map(|a| AttemptView {
                at: time(a.at_ms),
                http_status: a.http_status,
                error: a.error,
            })
            .collect(),
    }
}

/// Whether the request carries the server's write token.
fn privileged(st: &AppState, headers: &HeaderMap) -> bool {
    st.token().is_some_and(|t| authorize(headers, t).is_ok())
}

/// Refuses a write unless the server has a token and the request bears it.
fn writer(st: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let token = st.token().ok_or(ApiError::ReadOnly)?;
    authorize(headers, token)
}

fn watch_id(raw: &str) -> Result<i64, ApiError> {
    raw.parse::<i64>()
        .ok()
        .filter(|i| *i > 0)
        .ok_or_else(|| ApiError::UnknownWatch(raw.to_string()))
}

/// `GET /api/watches`: every watch, oldest first.
pub async fn list(State(st): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    let full = privileged(&st, &headers);
    let views = st
        .read(move |s| {
            let ds = s.deliveries(None)?;
            Ok(s.watches()?.into_iter().map(|w| view(w, &ds, full)).collect::<Vec<_>>())
        })
        .await?;
    Ok(json_response(StatusCode::OK, &views))
}

#[derive(Serialize)]
struct OneWatch {
    #[serde(flatten)]
    watch: WatchView,
    log: Vec<DeliveryView>,
}

/// `GET /api/watches/{id}`: one watch and its delivery log, oldest first.
pub async fn one(
    State(st): State<AppState>,
    Path(raw): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let id = watch_id(&raw)?;
    let full = privileged(&st, &headers);
    let found = st
        .read(move |s| {
            let Some(w) = s.watches()?.into_iter().find(|w| w.id == id) else {
                return Err(ApiError::UnknownWatch(raw));
            };
            let ds = s.deliveries(Some(id))?;
            Ok(OneWatch {
                watch: view(w, &ds, full),
                log: ds.into_iter().map(delivery_view).collect(),
            })
        })
        .await?;
    Ok(json_response(StatusCode::OK, &found))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewWatch {
    title: String,
    webhook: String,
}

/// `POST /api/watches` with the token, body `{"title", "webhook"}`: 201 with the new
/// watch, or 200 with the existing one for the same show and webhook.
pub async fn add(State(st): State<AppState>, req: Request) -> Result<Response, ApiError> {
    writer(&st, req.headers())?;
    let body = Bytes::from_request(req, &()).await.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::TooLarge
        } else {
            ApiError::BadWatch("could not read the request body".into())
        }
    })?;
    let new: NewWatch = serde_json::from_slice(&body)
        .map_err(|e| ApiError::BadWatch(format!("expected {{\"title\": str, \"webhook\": str}}: {e}")))?;
    let today = st.today();
    let (w, added) = st
        .update(move |s| {
            let store: &mut dyn Store = s;
            watch::add_watch(store, &new.title, &new.webhook, today, watch::now_ms()).map_err(|e| match e {
                WatchError::BadWebhook { .. } => ApiError::BadWatch(e.to_string()),
                WatchError::Query(q) => q.into(),
                WatchError::Store(s) => s.into(),
            })
        })
        .await?;
    let code = if added { StatusCode::CREATED } else { StatusCode::OK };
    Ok(json_response(code, &view(w, &[], true)))
}

/// `DELETE /api/watches/{id}` with the token: 204, or 404 for an unknown watch.
pub async fn remove(
    State(st): State<AppState>,
    Path(raw): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    writer(&st, &headers)?;
    let id = watch_id(&raw)?;
    let removed = st.update(move |s| Ok(s.remove_watch(id)?)).await?;
    if removed {
        Ok(StatusCode::NO_CONTENT.into_response())
    } else {
        Err(ApiError::UnknownWatch(raw))
    }
}
