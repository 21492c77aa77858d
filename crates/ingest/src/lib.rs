//! Readers: turn files, directories and standard input into [`Article`]s.
//!
//! Every reader streams: one article at a time reaches the caller's sink, and a bad
//! record becomes an `Err` in the stream without stopping the rest.
//!
//! ```
//! use greenlight_ingest::{read_text, ReadOptions};
//! let a = read_text(" date 2022-10-19 Headline here\n\nBody.", "x.txt", &ReadOptions::default()).unwrap();
//! assert_eq!(a.published.unwrap().to_string(), "2022-10-19");
//! assert_eq!(a.title.as_deref(), Some("Headline here"));
//! ```

pub mod feed;
pub mod html;
pub mod warc;

use greenlight_core::{Article, DateError, PartialDate};
use regex::Regex;
use serde::Deserialize;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::LazyLock;

/// The largest article accepted, in bytes.
pub const MAX_ARTICLE_BYTES: usize = 16 * 1024 * 1024;

/// Input formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Jsonl,
    Warc,
    Feed,
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Ok(Format::Text),
            "html" | "htm" => Ok(Format::Html),
            "jsonl" | "ndjson" | "json" => Ok(Format::Jsonl),
            "warc" => Ok(Format::Warc),
            "feed" | "rss" | "atom" => Ok(Format::Feed),
            _ => Err(format!("unknown format {s:?} (text|html|jsonl|warc|feed)")),
        }
    }
}

/// Why a record could not be read. Each names its source.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    #[error("{source_name}: cannot read: {err}")]
    Io {
        source_name: String,
        err: std::io::Error,
    },
    #[error("{0}: not valid UTF-8 text")]
    NotUtf8(String),
    #[error("{0}: binary data, not an article")]
    Binary(String),
    #[error("{source_name}: article too large ({size} bytes; the limit is {MAX_ARTICLE_BYTES})")]
    TooLarge { source_name: String, size: usize },
    #[error("{source_name}: malformed JSONL line: {err}")]
    Json {
        source_name: String,
        err: serde_json::Error,
    },
    #[error("{source_name}: {err}")]
    Date { source_name: String, err: DateError },
    #[error("{0}: record has neither \"text\" nor \"html\"")]
    NoText(String),
    #[error("{0}: empty article")]
    Empty(String),
    #[error("{source_name}: malformed record: {why}")]
    Malformed { source_name: String, why: String },
    #[error("{0}: feed item has neither content nor a summary (to read its page, subscribe with `greenlight feeds add URL` and `greenlight poll`)")]
    NoItemText(String),
}

impl ReadError {
    /// A short, stable name for the kind of problem, for run summaries.
    pub fn kind(&self) -> &'static str {
        match self {
            ReadError::Io { .. } => "unreadable",
            ReadError::NotUtf8(_) => "not UTF-8",
            ReadError::Binary(_) => "binary data",
            ReadError::TooLarge { .. } => "too large",
            ReadError::Json { .. } => "malformed JSONL line",
            ReadError::Date { .. } => "bad date",
            ReadError::NoText(_) => "no text",
            ReadError::Empty(_) => "empty article",
            ReadError::Malformed { .. } => "malformed record",
            ReadError::NoItemText(_) => "feed item without text",
        }
    }
}

/// Metadata that applies to single-article inputs, and a forced format.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    pub format: Option<Format>,
    pub published: Option<PartialDate>,
    pub url: Option<String>,
}

static DATE_TOKEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*date\s+(\S+)\s*").unwrap());

fn check_text(bytes: &[u8], name: &str) -> Result<(), ReadError> {
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(ReadError::TooLarge {
            source_name: name.into(),
            size: bytes.len(),
        });
    }
    let probe = &bytes[..bytes.len().min(8192)];
    let utf16 = bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]);
    if probe.contains(&0) && !utf16 {
        return Err(ReadError::Binary(name.into()));
    }
    Ok(())
}

/// Reads one plain-text article. A leading ` date YYYY-MM-DD` token is its publication
/// date; the title is the first non-empty line after it.
pub fn read_text(text: &str, name: &str, opts: &ReadOptions) -> Result<Article, ReadError> {
    let mut body = text;
    let mut published = None;
    if let Some(c) = DATE_TOKEN.captures(text) {
        let tok = c.get(1).unwrap().as_str();
        if tok.len() >= 4 && tok.as_bytes()[0].is_ascii_digit() {
            published = Some(PartialDate::from_str(tok).map_err(|err| ReadError::Date {
                source_name: name.into(),
                err,
            })?);
            body = &text[c.get(0).unwrap().end()..];
        }
    }
    let body = body.trim_start_matches('\u{feff}');
    if body.trim().is_empty() {
        return Err(ReadError::Empty(name.into()));
    }
    let title = body
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(|l| l.chars().take(300).collect());
    Ok(Article {
        url: opts.url.clone(),
        title,
        published: opts.published.or(published),
        text: body.to_string(),
        source: name.to_string(),
    })
}

#[derive(Deserialize)]
struct JsonRecord {
    url: Option<String>,
    title: Option<String>,
    published: Option<String>,
    text: Option<String>,
    html: Option<String>,
}

/// Reads one JSONL record.
pub fn read_json_line(line: &str, name: &str) -> Result<Article, ReadError> {
    let rec: JsonRecord = serde_json::from_str(line).map_err(|err| ReadError::Json {
        source_name: name.into(),
        err,
    })?;
    let published = match rec
        .published
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(p) => Some(PartialDate::from_str(p).map_err(|err| ReadError::Date {
            source_name: name.into(),
            err,
        })?),
        None => None,
    };
    let (text, title_from_html) = match (rec.text, rec.html) {
        (Some(t), _) if !t.trim().is_empty() => {
            // A text record may still carry the crawl's leading date token.
            let a = read_text(&t, name, &ReadOptions::default())?;
            return Ok(Article {
                url: rec.url,
                title: rec.title.or(a.title),
                published: published.or(a.published),
                text: a.text,
                source: name.into(),
            });
        }
        (_, Some(h)) if !h.trim().is_empty() => {
            let page = html::extract(&h);
            (page.text, page.title)
        }
        (Some(_), _) | (_, Some(_)) => return Err(ReadError::Empty(name.into())),
        (None, None) => return Err(ReadError::NoText(name.into())),
    };
    if text.len() > MAX_ARTICLE_BYTES {
        return Err(ReadError::TooLarge {
            source_name: name.into(),
            size: text.len(),
        });
    }
    if text.trim().is_empty() {
        return Err(ReadError::Empty(name.into()));
    }
    Ok(Article {
        url: rec.url,
        title: rec.title.or(title_from_html),
        published,
        text,
        source: name.into(),
    })
}

/// Reads one HTML page given as bytes in any charset (`charset` is the transport's
/// declaration, e.g. from `Content-Type`, if any). The page's own metadata fills what
/// `opts` leaves unset.
pub fn read_html(
    bytes: &[u8],
    charset: Option<&str>,
    name: &str,
    opts: &ReadOptions,
) -> Result<Article, ReadError> {
    check_text(bytes, name)?;
    let page = html::extract_bytes(bytes, charset);
    if page.body.trim().is_empty() {
        return Err(ReadError::Empty(name.into()));
    }
    Ok(Article {
        url: opts.url.clone().or(page.url),
        title: page.title,
        published: opts.published.or(page.published),
        text: page.text,
        source: name.into(),
    })
}

/// Guesses the format from a file name and its first bytes.
pub fn detect(name: &str, head: &[u8]) -> Format {
    let lower = name.to_ascii_lowercase();
    for (ext, f) in [
        (".jsonl", Format::Jsonl),
        (".ndjson", Format::Jsonl),
        (".warc", Format::Warc),
        (".warc.gz", Format::Warc),
        (".html", Format::Html),
        (".htm", Format::Html),
        (".rss", Format::Feed),
        (".atom", Format::Feed),
    ] {
        if lower.ends_with(ext) {
            return f;
        }
    }
    let s = String::from_utf8_lossy(&head[..head.len().min(2048)]).to_ascii_lowercase();
    let t = s.trim_start_matches('\u{feff}').trim_start();
    let feed_root = ["<rss", "<feed", "<rdf:rdf"]
        .iter()
        .filter_map(|r| t.find(r))
        .min();
    if t.starts_with("warc/") || head.starts_with(&[0x1f, 0x8b]) {
        Format::Warc
    } else if t.starts_with('{') && t.contains("jsonfeed.org/version") {
        Format::Feed
    } else if t.starts_with('{') {
        Format::Jsonl
    } else if t.starts_with('<') && feed_root.is_some_and(|f| t.find("<html").is_none_or(|h| f < h))
    {
        Format::Feed
    } else if t.starts_with('<')
        && (t.contains("<html")
            || t.contains("<!doctype")
            || t.contains("<body")
            || t.contains("<p"))
    {
        Format::Html
    } else {
        Format::Text
    }
}

/// Expands inputs into files: directories recursively (sorted), `-` for stdin.
pub fn expand(inputs: &[String]) -> Vec<Result<PathBuf, ReadError>> {
    fn walk(p: &Path, out: &mut Vec<Result<PathBuf, ReadError>>) {
        match std::fs::read_dir(p) {
            Ok(rd) => {
                let mut entries: Vec<PathBuf> =
                    rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
                entries.sort();
                for e in entries {
                    let hidden = e
                        .file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with('.'));
                    if hidden {
                        continue;
                    }
                    if e.is_dir() {
                        walk(&e, out);
                    } else {
                        out.push(Ok(e));
                    }
                }
            }
            Err(err) => out.push(Err(ReadError::Io {
                source_name: p.display().to_string(),
                err,
            })),
        }
    }
    let mut out = Vec::new();
    for i in inputs {
        let p = PathBuf::from(i);
        if i != "-" && p.is_dir() {
            walk(&p, &mut out);
        } else {
            out.push(Ok(p));
        }
    }
    out
}

/// Reads every input, handing each article (or error) to `sink` as it is read.
pub fn read_inputs(
    inputs: &[String],
    opts: &ReadOptions,
    mut sink: impl FnMut(Result<Article, ReadError>),
) {
    for p in expand(inputs) {
        match p {
            Ok(path) => read_path(&path, opts, &mut sink),
            Err(e) => sink(Err(e)),
        }
    }
}

fn read_path(path: &Path, opts: &ReadOptions, sink: &mut impl FnMut(Result<Article, ReadError>)) {
    let name = if path.as_os_str() == "-" {
        "-".to_string()
    } else {
        path.display().to_string()
    };
    let reader: Box<dyn Read> = if name == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        match std::fs::File::open(path) {
            Ok(f) => Box::new(f),
            Err(err) => {
                return sink(Err(ReadError::Io {
                    source_name: name,
                    err,
                }))
            }
        }
    };
    let mut r = BufReader::with_capacity(1 << 16, reader);
    let head = match r.fill_buf() {
        Ok(h) => h.to_vec(),
        Err(err) => {
            return sink(Err(ReadError::Io {
                source_name: name,
                err,
            }))
        }
    };
    let format = opts.format.unwrap_or_else(|| detect(&name, &head));
    match format {
        Format::Jsonl => read_jsonl(r, &name, sink),
        Format::Text | Format::Html => {
            let mut bytes = Vec::new();
            // Read one byte past the limit so oversize input is refused, not truncated.
            if let Err(err) = r
                .by_ref()
                .take(MAX_ARTICLE_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
            {
                return sink(Err(ReadError::Io {
                    source_name: name,
                    err,
                }));
            }
            if let Err(e) = check_text(&bytes, &name) {
                return sink(Err(e));
            }
            if format == Format::Html {
                sink(read_html(&bytes, None, &name, opts))
            } else {
                let Ok(s) = String::from_utf8(bytes) else {
                    return sink(Err(ReadError::NotUtf8(name)));
                };
                sink(read_text(&s, &name, opts))
            }
        }
        Format::Warc => warc::read_warc(r, &name, opts, sink),
        Format::Feed => {
            let mut bytes = Vec::new();
            if let Err(err) = r
                .by_ref()
                .take(feed::MAX_FEED_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
            {
                return sink(Err(ReadError::Io {
                    source_name: name,
                    err,
                }));
            }
            feed::read_feed(&bytes, &name, opts, sink)
        }
    }
}

/// Reads JSONL one line at a time, in bounded memory.
pub fn read_jsonl(
    mut r: impl BufRead,
    name: &str,
    sink: &mut impl FnMut(Result<Article, ReadError>),
) {
    let mut buf = Vec::new();
    let mut n = 0usize;
    loop {
        buf.clear();
        n += 1;
        let src = format!("{name}:{n}");
        // Cap each line; the rest of an oversize line is skipped.
        let got = match read_line_capped(&mut r, &mut buf, MAX_ARTICLE_BYTES * 2) {
            Ok(g) => g,
            Err(err) => {
                return sink(Err(ReadError::Io {
                    source_name: src,
                    err,
                }))
            }
        };
        match got {
            LineRead::Eof => return,
            LineRead::TooLong(size) => {
                sink(Err(ReadError::TooLarge {
                    source_name: src,
                    size,
                }));
                continue;
            }
            LineRead::Line => {}
        }
        let line = match std::str::from_utf8(&buf) {
            Ok(s) => s.trim(),
            Err(_) => {
                sink(Err(ReadError::NotUtf8(src)));
                continue;
            }
        };
        if line.is_empty() {
            continue;
        }
        sink(read_json_line(line, &src));
    }
}

enum LineRead {
    Line,
    Eof,
    TooLong(usize),
}

fn read_line_capped(
    r: &mut impl BufRead,
    buf: &mut Vec<u8>,
    cap: usize,
) -> std::io::Result<LineRead> {
    let mut total = 0usize;
    let mut any = false;
    loop {
        let avail = r.fill_buf()?;
        if avail.is_empty() {
            return Ok(if !any {
                LineRead::Eof
            } else if total > cap {
                LineRead::TooLong(total)
            } else {
                LineRead::Line
            });
        }
        any = true;
        let (chunk, done) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => (&avail[..i], Some(i + 1)),
            None => (avail, None),
        };
        total += chunk.len();
        if total <= cap {
            buf.extend_from_slice(chunk);
        } else {
            buf.clear();
        }
        let used = done.unwrap_or(chunk.len());
        r.consume(used);
        if done.is_some() {
            return Ok(if total > cap {
                LineRead::TooLong(total)
            } else {
                LineRead::Line
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_reader_takes_date_token_and_title() {
        let a = read_text(
            " date 2022-10-19 If Arden Cho had her way.\n\nMore.",
            "f",
            &ReadOptions::default(),
        )
        .unwrap();
        assert_eq!(a.published.unwrap().to_string(), "2022-10-19");
        assert!(a.text.starts_with("If Arden Cho"));
        assert_eq!(a.title.as_deref(), Some("If Arden Cho had her way."));
    }

    #[test]
    fn absurd_date_tokens_are_errors() {
        let e = read_text(" date 9999-99-99 Hello", "f.txt", &ReadOptions::default()).unwrap_err();
        assert!(e.to_string().starts_with("f.txt: bad date"), "{e}");
    }

    #[test]
    fn jsonl_records_accept_text_html_and_month_dates() {
        let a = read_json_line(
            r#"{"url":"u","published":"2022-11","text":"Hi there."}"#,
            "x:1",
        )
        .unwrap();
        assert_eq!(a.published.unwrap().to_string(), "2022-11");
        let a = read_json_line(
            r#"{"html":"<html><body><p>Body text here.</p></body></html>"}"#,
            "x:2",
        )
        .unwrap();
        assert!(a.text.contains("Body text here."));
        assert!(matches!(
            read_json_line(r#"{"url":"u"}"#, "x:3"),
            Err(ReadError::NoText(_))
        ));
        let e = read_json_line(r#"{"text": "trunc"#, "x:4").unwrap_err();
        assert!(
            e.to_string().starts_with("x:4: malformed JSONL line"),
            "{e}"
        );
    }

    #[test]
    fn jsonl_stream_reports_bad_lines_and_keeps_going() {
        let input: &[u8] = b"{\"text\":\"one\"}\n{bad\n\n\xff\xfe\n{\"text\":\"two\"}\n";
        let mut ok = 0;
        let mut errs = Vec::new();
        read_jsonl(std::io::Cursor::new(input), "s", &mut |r| match r {
            Ok(_) => ok += 1,
            Err(e) => errs.push(e.to_string()),
        });
        assert_eq!(ok, 2);
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert!(errs[0].starts_with("s:2:"));
        assert!(errs[1].contains("UTF-8"));
    }

    #[test]
    fn detects_formats_from_content() {
        assert_eq!(detect("x", b"{\"text\":1}"), Format::Jsonl);
        assert_eq!(detect("x", b"<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(detect("x", b"WARC/1.0\r\n"), Format::Warc);
        assert_eq!(detect("x", b"<?xml version='1.0'?><rss>"), Format::Feed);
        assert_eq!(
            detect(
                "x",
                b"<!-- generated -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
            ),
            Format::Feed
        );
        assert_eq!(
            detect(
                "x",
                b"<?xml version=\"1.0\"?><rdf:RDF xmlns=\"http://purl.org/rss/1.0/\">"
            ),
            Format::Feed
        );
        assert_eq!(
            detect(
                "x",
                b"{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}"
            ),
            Format::Feed
        );
        assert_eq!(
            detect(
                "x",
                b"<html><head><link type=\"application/rss+xml\"></head><body><p>rss"
            ),
            Format::Html
        );
        assert_eq!(detect("x", b" date 2022-01-01 Hi"), Format::Text);
    }

    #[test]
    fn binary_and_oversize_inputs_are_refused() {
        assert!(matches!(
            check_text(b"ab\0cd", "b"),
            Err(ReadError::Binary(_))
        ));
        let big = vec![b'a'; MAX_ARTICLE_BYTES + 1];
        assert!(matches!(
            check_text(&big, "big"),
            Err(ReadError::TooLarge { .. })
        ));
    }
}
