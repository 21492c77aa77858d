//! One pass over every subscribed feed.

use crate::{parse_feed_at, FeedDb, FeedError, Fetched, Fetcher};
use greenlight_core::Article;
use greenlight_ingest::{read_html, ReadOptions};

/// What one poll did.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct PollReport {
    /// Feeds asked.
    pub feeds: usize,
    /// Feeds that answered 304 Not Modified.
    pub not_modified: usize,
    /// Feeds that could not be fetched or parsed (each has a line in `errors`).
    pub failed_feeds: usize,
    /// Items not delivered before.
    pub new_items: usize,
    /// New items whose page became an article and reached the sink.
    pub articles: usize,
    /// One line per problem, each naming its feed or page URL.
    pub errors: Vec<String>,
}

/// Polls every subscribed feed once: a conditional GET of the feed, then a GET of each
/// new item's page, which becomes an [`Article`] (source: the item's link; date: the
/// page's own, else the feed's) handed to `sink`. `sink` answers with the outcome to
/// record for the item (e.g. `stored`, `duplicate`); its error stops the poll.
///
/// A feed that fails (timeout after retries, error status, malformed XML) is reported
/// and skipped. An item whose page fails for good (4xx, no article text) is recorded
/// and not fetched again; one that fails transiently is tried again next poll.
pub fn poll<E: From<FeedError>>(
    db: &FeedDb,
    fetcher: &mut Fetcher,
    mut sink: impl FnMut(Article) -> Result<String, E>,
) -> Result<PollReport, E> {
    let mut report = PollReport::default();
    for feed in db.list()? {
        report.feeds += 1;
        let url = feed.url.as_str();
        let fetched = fetcher.get(url, feed.etag.as_deref(), feed.last_modified.as_deref());
        let (bytes, etag, last_modified) = match fetched {
            Ok(Fetched::NotModified) => {
                report.not_modified += 1;
                db.record_poll(url, "not-modified", None, None, None)?;
                continue;
            }
            Ok(Fetched::Body {
                bytes,
                etag,
                last_modified,
                ..
            }) => (bytes, etag, last_modified),
            Err(e) => {
                report.failed_feeds += 1;
                let msg = format!("feed {e}");
                db.record_poll(url, "error", Some(&msg), None, None)?;
                report.errors.push(msg);
                continue;
            }
        };
        let parsed = match parse_feed_at(&bytes, Some(url)) {
            Ok(p) => p,
            Err(e) => {
                report.failed_feeds += 1;
                let msg = format!("feed {url}: {e}");
                // Validators are not kept, so a fixed feed is read in full next time.
                db.record_poll(url, "error", Some(&msg), None, None)?;
                report.errors.push(msg);
                continue;
            }
        };
        if parsed.repaired {
            tracing::info!("feed {url}: repaired bare '&' or HTML entities before parsing");
        }
        for item in parsed.items {
            let Some(link) = item.link.as_deref() else {
                continue;
            };
            if db.seen(link)? {
                continue;
            }
            report.new_items += 1;
            let page = match fetcher.get(link, None, None) {
                Ok(Fetched::Body { bytes, charset, .. }) => {
                    bytes_to_article(&bytes, charset.as_deref(), link, &item)
                }
                Ok(Fetched::NotModified) => Err(format!("{link}: unexpected 304 Not Modified")),
                Err(e) if e.is_transient() => {
                    report.errors.push(format!("page {e} (will retry)"));
                    continue;
                }
                Err(e) => Err(e.to_string()),
            };
            match page {
                Ok(article) => {
                    let outcome = sink(article)?;
                    report.articles += 1;
                    db.mark(url, link, &outcome)?;
                }
                Err(msg) => {
                    db.mark(url, link, &format!("error: {msg}"))?;
                    report.errors.push(format!("page {msg}"));
                }
            }
        }
        db.record_poll(url, "ok", None, etag.as_deref(), last_modified.as_deref())?;
    }
    Ok(report)
}

fn bytes_to_article(
    bytes: &[u8],
    charset: Option<&str>,
    link: &str,
    item: &crate::Item,
) -> Result<Article, String> {
    let mut a =
        read_html(bytes, charset, link, &ReadOptions::default()).map_err(|e| e.to_string())?;
    a.url = a.url.or_else(|| Some(link.to_string()));
    a.published = a.published.or(item.published);
    if a.title.is_none() {
        a.title = item.title.clone();
    }
    Ok(a)
}
