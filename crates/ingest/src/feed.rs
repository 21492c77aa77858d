//! RSS, Atom and JSON Feed parsing through `feed-rs`, with its quirks repaired: a bare
//! `&` or an HTML-only entity no longer fails the whole feed, odd date formats are read
//! by a lenient parser, and an Atom entry with only `<updated>` is dated by it.
//!
//! `greenlight_feeds` polls feeds over HTTP with this parser; [`read_feed`] reads a feed
//! file on disk, each item's content (else summary) becoming an article.

use crate::{html, Article, ReadError, ReadOptions};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use greenlight_core::PartialDate;
use regex::Regex;
use std::sync::LazyLock;

/// Why a feed could not be parsed.
#[derive(Debug, thiserror::Error)]
#[error("malformed feed: {0}")]
pub struct MalformedFeed(pub String);

/// A parsed feed.
#[derive(Debug, Clone, Default)]
pub struct Feed {
    pub title: Option<String>,
    pub items: Vec<Item>,
    /// Whether the XML had to be repaired (bare `&`, HTML entities) before it parsed.
    pub repaired: bool,
}

/// One feed item: what is needed to fetch its page and date it.
#[derive(Debug, Clone)]
pub struct Item {
    /// A stable identity: the link, else the entry id.
    pub key: String,
    pub link: Option<String>,
    pub title: Option<String>,
    /// `published`, else `updated` (Atom entries often carry only that), read leniently.
    pub published: Option<PartialDate>,
    /// The item's own text: its content (`content:encoded`, Atom `<content>`), else its
    /// summary (`<description>`, `<summary>`), as given (usually HTML).
    pub content: Option<String>,
}

/// Parses RSS, Atom or JSON Feed bytes. When `feed-rs` refuses the XML, bare `&` and
/// HTML-only entities are escaped and the feed is parsed once more.
pub fn parse_feed(bytes: &[u8]) -> Result<Feed, MalformedFeed> {
    parse_feed_at(bytes, None)
}

/// [`parse_feed`] for a feed fetched from `base`, against which relative item links resolve.
pub fn parse_feed_at(bytes: &[u8], base: Option<&str>) -> Result<Feed, MalformedFeed> {
    let parser = feed_rs::parser::Builder::new()
        .timestamp_parser(lenient_timestamp)
        .base_uri(base)
        .build();
    let (feed, repaired) = match parser.parse(bytes) {
        Ok(f) => (f, false),
        Err(first) => {
            let fixed = repair_entities(bytes);
            if fixed.as_slice() == bytes {
                return Err(MalformedFeed(first.to_string()));
            }
            match parser.parse(fixed.as_slice()) {
                Ok(f) => (f, true),
                Err(_) => return Err(MalformedFeed(first.to_string())),
            }
        }
    };
    let items = feed
        .entries
        .into_iter()
        .filter_map(|e| {
            let link = e
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .or(e.links.first())
                .map(|l| l.href.trim().to_string())
                .filter(|l| !l.is_empty());
            let key = link
                .clone()
                .or_else(|| Some(e.id.clone()).filter(|i| !i.is_empty()))?;
            let published = e
                .published
                .or(e.updated)
                .and_then(|d| d.date_naive().to_string().parse().ok());
            let title = e
                .title
                .map(|t| html::unescape(t.content.trim()))
                .filter(|t| !t.is_empty());
            let content = e
                .content
                .and_then(|c| c.body)
                .or(e.summary.map(|s| s.content))
                .filter(|c| !c.trim().is_empty());
            Some(Item {
                key,
                link,
                title,
                published,
                content,
            })
        })
        .collect();
    Ok(Feed {
        title: feed.title.map(|t| html::unescape(t.content.trim())),
        items,
        repaired,
    })
}

/// The largest feed file read, in bytes.
pub const MAX_FEED_BYTES: usize = 4 * crate::MAX_ARTICLE_BYTES;

/// Reads a feed file: each item with content or a summary becomes an article (source
/// `name:N` for the Nth item; its link, title and date as metadata; its text the title,
/// then the content as paragraphs). An item with neither is reported and skipped; a
/// feed that does not parse is one error.
pub fn read_feed(
    bytes: &[u8],
    name: &str,
    opts: &ReadOptions,
    sink: &mut impl FnMut(Result<Article, ReadError>),
) {
    if bytes.len() > MAX_FEED_BYTES {
        return sink(Err(ReadError::TooLarge {
            source_name: name.into(),
            size: bytes.len(),
        }));
    }
    let feed = match parse_feed_at(bytes, opts.url.as_deref()) {
        Ok(f) => f,
        Err(e) => {
            return sink(Err(ReadError::Malformed {
                source_name: name.into(),
                why: e.to_string(),
            }))
        }
    };
    for (i, item) in feed.items.into_iter().enumerate() {
        let src = format!("{name}:{}", i + 1);
        sink(item_article(item, src));
    }
}

fn item_article(item: Item, source: String) -> Result<Article, ReadError> {
    let Some(content) = item.content else {
        return Err(ReadError::NoItemText(source));
    };
    let body = if content.contains('<') {
        html::fragment_text(&content)
    } else {
        html::unescape(content.trim())
    };
    if body.len() > crate::MAX_ARTICLE_BYTES {
        return Err(ReadError::TooLarge {
            source_name: source,
            size: body.len(),
        });
    }
    if body.trim().is_empty() {
        return Err(ReadError::Empty(source));
    }
    let text = match &item.title {
        Some(t) if !body.starts_with(t.as_str()) => format!("{t}\n\n{body}"),
        _ => body,
    };
    Ok(Article {
        url: item.link,
        title: item.title,
        published: item.published,
        text,
        source,
    })
}

static ENTITY: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new(
        r"^&(?:([A-Za-z][A-Za-z0-9]{0,31})|#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8});",
    )
    .unwrap()
});

/// Escapes `&` that does not start an XML entity, and turns HTML named entities
/// (`&nbsp;`, `&rsquo;`, ...) into character references. CDATA sections are left alone.
fn repair_entities(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + 64);
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"<![CDATA[") {
            let end = find(&bytes[i..], b"]]>")
                .map(|e| i + e + 3)
                .unwrap_or(bytes.len());
            out.extend_from_slice(&bytes[i..end]);
            i = end;
            continue;
        }
        if bytes[i] != b'&' {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        match ENTITY.captures(&bytes[i..]) {
            Some(c) => {
                let whole = c.get(0).unwrap().as_bytes();
                match c.get(1).map(|n| n.as_bytes()) {
                    Some(name) if !matches!(name, b"amp" | b"lt" | b"gt" | b"quot" | b"apos") => {
                        let text = String::from_utf8_lossy(whole);
                        let decoded = html::unescape(&text);
                        match decoded
                            .chars()
                            .next()
                            .filter(|_| decoded != text && decoded.chars().count() == 1)
                        {
                            Some(ch) => {
                                out.extend_from_slice(format!("&#{};", ch as u32).as_bytes())
                            }
                            None => {
                                out.extend_from_slice(b"&amp;");
                                out.extend_from_slice(&whole[1..]);
                            }
                        }
                    }
                    _ => out.extend_from_slice(whole),
                }
                i += whole.len();
            }
            None => {
                out.extend_from_slice(b"&amp;");
                i += 1;
            }
        }
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b").unwrap()
});
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b").unwrap()
});
static ISO_ANYWHERE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})[-/](\d{2})[-/](\d{2})\b").unwrap());

fn month_number(m: &str) -> Option<u32> {
    let m = m.to_ascii_lowercase();
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|x| m.starts_with(x))
    .map(|i| i as u32 + 1)
}

/// Reads the timestamps feeds actually carry: RFC 3339, RFC 2822 (with the usual
/// mistakes), bare dates, "March 5th 2024", "5 Mar 2024", "2024/03/05".
pub(crate) fn lenient_timestamp(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(d.with_timezone(&Utc));
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(s) {
        return Some(d.with_timezone(&Utc));
    }
    for f in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S%.f",
    ] {
        if let Ok(d) = NaiveDateTime::parse_from_str(s, f) {
            return Some(d.and_utc());
        }
    }
    let day =
        |y: &str, m: u32, d: &str| NaiveDate::from_ymd_opt(y.parse().ok()?, m, d.parse().ok()?);
    let date = if let Some(c) = MONTH_DAY_YEAR.captures(s) {
        day(&c[3], month_number(&c[1])?, &c[2])
    } else if let Some(c) = DAY_MONTH_YEAR.captures(s) {
        day(&c[3], month_number(&c[2])?, &c[1])
    } else if let Some(c) = ISO_ANYWHERE.captures(s) {
        day(&c[1], c[2].parse().ok()?, &c[3])
    } else {
        let p = html::parse_date(s)?;
        NaiveDate::from_ymd_opt(p.year as i32, p.month? as u32, p.day? as u32)
    }?;
    Some(date.and_hms_opt(0, 0, 0)?.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_ampersands_and_html_entities_are_repaired() {
        let xml = b"<rss version=\"2.0\"><channel><title>Film & TV</title><item><title>Cast &amp; crew&nbsp;return</title>\
            <link>https://x.test/a?b=1&c=2</link><description><![CDATA[A & B &amp; C]]></description></item></channel></rss>";
        let f = parse_feed(xml).unwrap();
        assert!(f.repaired);
        assert_eq!(f.title.as_deref(), Some("Film & TV"));
        assert_eq!(f.items[0].link.as_deref(), Some("https://x.test/a?b=1&c=2"));
        assert_eq!(f.items[0].title.as_deref(), Some("Cast & crew return"));
        let fixed = String::from_utf8(repair_entities(xml)).unwrap();
        assert!(fixed.contains("<![CDATA[A & B &amp; C]]>"), "{fixed}");
    }

    #[test]
    fn odd_dates_are_read() {
        for (s, want) in [
            ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"),
            ("2024-03-05T10:00:00+02:00", "2024-03-05"),
            ("2024-03-05 10:00:00", "2024-03-05"),
            ("March 5th, 2024", "2024-03-05"),
            ("Tuesday, 5 March 2024 - 10:00", "2024-03-05"),
            ("2024/03/05", "2024-03-05"),
            ("Tue, 5 Mar 2024 10:00:00 EDT", "2024-03-05"),
        ] {
            assert_eq!(
                lenient_timestamp(s)
                    .map(|d| d.date_naive().to_string())
                    .as_deref(),
                Some(want),
                "{s}"
            );
        }
        assert!(lenient_timestamp("someday").is_none());
    }

    #[test]
    fn atom_entries_with_only_updated_take_that_date() {
        let xml = br#"<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id><updated>2024-03-06T00:00:00Z</updated>
            <entry><title>Renewed</title><id>urn:1</id><link href="https://x.test/1"/><updated>2024-03-06T09:00:00Z</updated></entry>
            <entry><title>No link</title><id>urn:2</id><updated>2024-03-07T09:00:00Z</updated></entry></feed>"#;
        let f = parse_feed(xml).unwrap();
        assert_eq!(f.items[0].published.unwrap().to_string(), "2024-03-06");
        assert_eq!(f.items[1].link, None);
        assert_eq!(f.items[1].key, "urn:2");
    }

    #[test]
    fn relative_links_resolve_against_the_feed_url() {
        let xml = b"<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><link>/tv/a.html</link></item></channel></rss>";
        let f = parse_feed_at(xml, Some("https://news.test/feeds/tv.xml")).unwrap();
        assert_eq!(
            f.items[0].link.as_deref(),
            Some("https://news.test/tv/a.html")
        );
    }

    #[test]
    fn garbage_is_malformed() {
        assert!(parse_feed(b"<html><body>not a feed").is_err());
        assert!(parse_feed(b"\x00\x01\x02").is_err());
    }
}
