//! Watchlist records: who wants to hear about which show, the status they last heard
//! of, and an outbox of webhook deliveries with a log of every attempt.
//!
//! The store only keeps these records; deciding that a status changed and posting the
//! event is `greenlight_server::watch`'s job. Two rules make delivery exactly-once per
//! event as far as the store can see:
//!
//! - [`Store::record_change`](crate::Store::record_change) moves a watch's baseline and
//!   enqueues the delivery in one transaction, and a delivery's idempotency key (show,
//!   status, since) is unique per watch, so re-checking after a restart enqueues nothing.
//! - [`Store::claim_delivery`](crate::Store::claim_delivery) leases a due delivery to one
//!   sender at a time, so two processes over one database never post the same event
//!   concurrently.

use greenlight_core::{PartialDate, Status};
use serde::Serialize;

/// A show's resolved status as a watch last saw it; a change of either field is news.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Baseline {
    pub status: Status,
    pub since: Option<PartialDate>,
}

/// One watch: post to `webhook` when the show with `show_key` changes status.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Watch {
    pub id: i64,
    pub show_key: String,
    pub title: String,
    pub webhook: String,
    /// Unix milliseconds.
    pub created_ms: i64,
    /// The status last enqueued for delivery (or seen when the watch was added).
    pub baseline: Option<Baseline>,
}

/// Where a delivery stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DeliveryState {
    /// Not yet accepted by the receiver; retried at `next_attempt_ms`.
    Pending,
    /// The receiver answered 2xx.
    Delivered,
    /// Retries ran out.
    Failed,
}

impl DeliveryState {
    pub fn as_str(&self) -> &'static str {
        match self {
            DeliveryState::Pending => "pending",
            DeliveryState::Delivered => "delivered",
            DeliveryState::Failed => "failed",
        }
    }
    pub(crate) fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "pending" => DeliveryState::Pending,
            "delivered" => DeliveryState::Delivered,
            "failed" => DeliveryState::Failed,
            _ => return None,
        })
    }
}

/// One attempt to post an event, as logged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Attempt {
    pub at_ms: i64,
    /// The receiver's HTTP status, when it answered.
    pub http_status: Option<u16>,
    /// Why the attempt failed (connection refused, timeout, non-2xx), if it did.
    pub error: Option<String>,
}

/// One event for one watch, with its attempts oldest first.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Delivery {
    pub id: i64,
    pub watch_id: i64,
    /// `show key|status|since`: the same event is never enqueued twice for a watch.
    pub idempotency_key: String,
    /// The JSON body posted to the webhook.
    pub payload: String,
    pub state: DeliveryState,
    pub created_ms: i64,
    /// When the next attempt is due (pending), or until when a sender holds it.
    pub next_attempt_ms: Option<i64>,
    pub delivered_ms: Option<i64>,
    pub attempts: Vec<Attempt>,
}

/// What to do after an attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AfterAttempt {
    Delivered,
    RetryAt(i64),
    GiveUp,
}
