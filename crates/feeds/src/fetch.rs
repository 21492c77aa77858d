//! HTTP GET with timeouts, retries with backoff, per-host politeness and conditional requests.

use crate::FeedError;
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// How the fetcher behaves. The defaults suit real sites; tests shorten them.
#[derive(Debug, Clone)]
pub struct FetcherConfig {
    /// Time allowed for one whole request, body included.
    pub timeout: Duration,
    /// Time allowed to connect.
    pub connect_timeout: Duration,
    /// Attempts per request (1 = no retry).
    pub attempts: u32,
    /// The first backoff; each retry doubles it.
    pub backoff: Duration,
    /// The longest wait honoured from a `Retry-After` header or the backoff.
    pub max_backoff: Duration,
    /// The least time between two requests to one host.
    pub per_host_delay: Duration,
    /// The largest body read.
    pub max_body: u64,
    pub user_agent: String,
}

impl Default for FetcherConfig {
    fn default() -> Self {
        FetcherConfig {
            timeout: Duration::from_secs(20),
            connect_timeout: Duration::from_secs(5),
            attempts: 3,
            backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(30),
            per_host_delay: Duration::from_secs(1),
            max_body: greenlight_ingest::MAX_ARTICLE_BYTES as u64,
            user_agent: concat!("greenlight/", env!("CARGO_PKG_VERSION"), " (+feed reader)").into(),
        }
    }
}

/// What a GET returned.
#[derive(Debug)]
pub enum Fetched {
    /// 304: the validators still match.
    NotModified,
    Body {
        bytes: Vec<u8>,
        /// The charset of the `Content-Type` header, if any.
        charset: Option<String>,
        content_type: Option<String>,
        etag: Option<String>,
        last_modified: Option<String>,
    },
}

pub struct Fetcher {
    agent: ureq::Agent,
    cfg: FetcherConfig,
    last_hit: HashMap<String, Instant>,
}

/// The host (and port) of an http(s) URL.
pub(crate) fn host_of(url: &str) -> Option<String> {
    let uri: ureq::http::Uri = url.parse().ok()?;
    match uri.scheme_str() {
        Some("http") | Some("https") => {}
        _ => return None,
    }
    uri.authority().map(|a| a.as_str().to_ascii_lowercase())
}

impl Fetcher {
    pub fn new(cfg: FetcherConfig) -> Self {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(cfg.timeout))
            .timeout_connect(Some(cfg.connect_timeout))
            .http_status_as_error(false)
            .user_agent(cfg.user_agent.as_str())
            .max_redirects(5)
            .build()
            .into();
        Fetcher {
            agent,
            cfg,
            last_hit: HashMap::new(),
        }
    }

    pub fn config(&self) -> &FetcherConfig {
        &self.cfg
    }

    /// GETs a URL, conditionally when validators are given, retrying transient failures.
    pub fn get(
        &mut self,
        url: &str,
        etag: Option<&str>,
        last_modified: Option<&str>,
    ) -> Result<Fetched, FeedError> {
        let host = host_of(url).ok_or_else(|| FeedError::BadUrl { url: url.into() })?;
        let mut wait = self.cfg.backoff;
        let mut attempt = 0;
        loop {
            attempt += 1;
            self.be_polite(&host);
            let (res, retry_after) = self.get_once(url, etag, last_modified);
            match res {
                Err(e) if e.is_transient() && attempt < self.cfg.attempts => {
                    let pause = retry_after.unwrap_or(wait).min(self.cfg.max_backoff);
                    tracing::debug!("{e}; retrying in {pause:?}");
                    std::thread::sleep(pause);
                    wait = (wait * 2).min(self.cfg.max_backoff);
                }
                other => return other,
            }
        }
    }

    /// Waits until this host may be asked again, and notes the request.
    fn be_polite(&mut self, host: &str) {
        if let Some(last) = self.last_hit.get(host) {
            let since = last.elapsed();
            if since < self.cfg.per_host_delay {
                std::thread::sleep(self.cfg.per_host_delay - since);
            }
        }
        self.last_hit.insert(host.to_string(), Instant::now());
    }

    fn get_once(
        &self,
        url: &str,
        etag: Option<&str>,
        last_modified: Option<&str>,
    ) -> (Result<Fetched, FeedError>, Option<Duration>) {
        let http_err = |e: ureq::Error| FeedError::Http {
            url: url.into(),
            err: e.to_string(),
        };
        let mut req = self.agent.get(url).header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5");
        if let Some(e) = etag {
            req = req.header("If-None-Match", e);
        }
        if let Some(m) = last_modified {
            req = req.header("If-Modified-Since", m);
        }
        let mut resp = match req.call() {
            Ok(r) => r,
            Err(e) => return (Err(http_err(e)), None),
        };
        let status = resp.status().as_u16();
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        if status == 304 {
            return (Ok(Fetched::NotModified), None);
        }
        if !(200..300).contains(&status) {
            let retry_after = header("retry-after")
                .and_then(|v| v.trim().parse().ok())
                .map(Duration::from_secs);
            return (
                Err(FeedError::Status {
                    url: url.into(),
                    status,
                }),
                retry_after,
            );
        }
        let content_type = header("content-type");
        let charset = content_type.as_deref().and_then(|ct| {
            ct.split(';')
                .filter_map(|p| p.trim().strip_prefix("charset="))
                .map(|c| c.trim_matches('"').to_string())
                .next()
        });
        let (etag, last_modified) = (header("etag"), header("last-modified"));
        match resp
            .body_mut()
            .with_config()
            .limit(self.cfg.max_body)
            .read_to_vec()
        {
            Ok(bytes) => (
                Ok(Fetched::Body {
                    bytes,
                    charset,
                    content_type,
                    etag,
                    last_modified,
                }),
                None,
            ),
            Err(ureq::Error::BodyExceedsLimit(limit)) => (
                Err(FeedError::TooLarge {
                    url: url.into(),
                    limit,
                }),
                None,
            ),
            Err(e) => (Err(http_err(e)), None),
        }
    }
}
