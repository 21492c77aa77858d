//! Feeds: subscribe to RSS and Atom feeds, poll them politely, and turn each new item's
//! page into an [`Article`](greenlight_core::Article) for the same path `ingest` uses.
//!
//! - [`FeedDb`] keeps the subscriptions and what each feed has already delivered, in
//!   tables of their own inside greenlight's database file.
//! - [`Fetcher`] does HTTP GETs with a timeout, retries with exponential backoff on
//!   timeouts, connection failures, 429 and 5xx, a pause between requests to one host,
//!   and conditional requests (ETag / Last-Modified).
//! - [`parse_feed`] (from `greenlight_ingest::feed`) reads RSS 0.9x/1.0/2.0, Atom and JSON Feed through `feed-rs`, and
//!   recovers from its quirks: a bare `&` is escaped and the feed parsed again, odd date
//!   formats are read by a lenient parser, and an Atom entry with only `<updated>` takes
//!   that as its date.
//! - [`poll`] ties them together.
//!
//! ```
//! let xml = br#"<rss version="2.0"><channel><title>TV & Film</title>
//!   <item><title>Renewed</title><link>https://example.com/a</link>
//!   <pubDate>Tuesday, March 5th 2024</pubDate></item></channel></rss>"#;
//! let feed = greenlight_feeds::parse_feed(xml).unwrap();
//! assert_eq!(feed.items[0].link.as_deref(), Some("https://example.com/a"));
//! assert_eq!(feed.items[0].published.unwrap().to_string(), "2024-03-05");
//! ```

mod db;
mod fetch;
mod poll;

pub use db::{FeedDb, FeedRow};
pub use fetch::{Fetched, Fetcher, FetcherConfig};
pub use greenlight_ingest::feed::{Feed, Item};

/// Parses RSS, Atom or JSON Feed bytes (see [`greenlight_ingest::feed`]).
pub fn parse_feed(bytes: &[u8]) -> Result<Feed, FeedError> {
    parse_feed_at(bytes, None)
}

/// [`parse_feed`] for a feed fetched from `base`, against which relative item links resolve.
pub fn parse_feed_at(bytes: &[u8], base: Option<&str>) -> Result<Feed, FeedError> {
    greenlight_ingest::feed::parse_feed_at(bytes, base).map_err(|e| FeedError::Malformed(e.0))
}
pub use poll::{poll, PollReport};

/// What can go wrong with a feed or a page. Each names the URL it concerns.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FeedError {
    #[error("{url}: not an http(s) URL")]
    BadUrl { url: String },
    #[error("{url}: {err}")]
    Http { url: String, err: String },
    #[error("{url}: HTTP status {status}")]
    Status { url: String, status: u16 },
    #[error("{url}: response larger than the {limit}-byte limit")]
    TooLarge { url: String, limit: u64 },
    #[error("malformed feed: {0}")]
    Malformed(String),
    #[error("feed database: {0}")]
    Db(#[from] rusqlite::Error),
}

impl FeedError {
    /// Whether trying again later could succeed (timeouts, connection failures, 429, 5xx).
    pub fn is_transient(&self) -> bool {
        match self {
            FeedError::Http { .. } => true,
            FeedError::Status { status, .. } => *status == 429 || *status >= 500,
            _ => false,
        }
    }
}
