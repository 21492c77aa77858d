//! WARC archives (`.warc`, `.warc.gz`, the CC-NEWS layout): HTML responses become articles.
//!
//! Records stream one at a time, so memory stays flat however large the archive: a record
//! block is held only when it is an HTML response no larger than [`MAX_ARTICLE_BYTES`];
//! everything else is skipped without being kept. Gzip (one member per record, or one
//! for the whole file) is read with `flate2`'s `MultiGzDecoder`.
//!
//! A malformed record (a bad header, a `Content-Length` that does not land on the record
//! boundary) is reported with its source `path:N` (N counts every record from 1) and
//! reading resumes at the next `WARC/` line. A truncated or corrupt gzip stream ends
//! the file with an error after every record before it has been read.
//!
//! ```
//! use greenlight_ingest::{warc::read_warc, ReadOptions};
//! let page = "<html><head><title>Renewed</title></head><body><article><p>HBO has renewed The Glass Harbor.</p></article></body></html>";
//! let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{page}");
//! let warc = format!(
//!     "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/a\r\n\
//!      Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
//!     http.len()
//! );
//! let mut got = Vec::new();
//! read_warc(warc.as_bytes(), "crawl.warc", &ReadOptions::default(), &mut |r| got.push(r.unwrap()));
//! assert_eq!(got[0].source, "crawl.warc:1");
//! assert_eq!(got[0].url.as_deref(), Some("https://example.com/a"));
//! ```

use crate::{html, ReadError, ReadOptions, MAX_ARTICLE_BYTES};
use greenlight_core::Article;
use std::io::{BufRead, BufReader, Cursor, Read};

/// The longest WARC or HTTP header block accepted.
const MAX_HEADER_BYTES: usize = 64 * 1024;

/// Reads a WARC stream (plain or gzip, detected from its first bytes), handing each HTML
/// response's article, or the error that kept a record from being read, to `sink`.
pub fn read_warc(
    r: impl Read,
    name: &str,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Result<Article, ReadError>),
) {
    let mut r = BufReader::with_capacity(1 << 16, r);
    let gz = match r.fill_buf() {
        Ok(h) => h.starts_with(&[0x1f, 0x8b]),
        Err(err) => {
            return sink(Err(ReadError::Io {
                source_name: name.into(),
                err,
            }))
        }
    };
    if gz {
        let d = BufReader::with_capacity(1 << 16, flate2::bufread::MultiGzDecoder::new(r));
        Records::new(Box::new(d), name).run(opts, sink)
    } else {
        Records::new(Box::new(r), name).run(opts, sink)
    }
}

struct Records<'a> {
    r: Box<dyn BufRead + 'a>,
    name: &'a str,
    /// Records seen so far (the N of `path:N`).
    n: usize,
}

/// One record's header fields that matter here.
#[derive(Default, Debug)]
struct Header {
    kind: String,
    uri: Option<String>,
    date: Option<String>,
    content_type: String,
    length: Option<u64>,
}

enum Next {
    Record(Header),
    Eof,
    /// A malformed header; reading resumes at the next `WARC/` line.
    Malformed(String),
}

impl<'a> Records<'a> {
    fn new(r: Box<dyn BufRead + 'a>, name: &'a str) -> Self {
        Records { r, name, n: 0 }
    }

    fn src(&self) -> String {
        format!("{}:{}", self.name, self.n)
    }

    fn malformed(&self, why: impl Into<String>) -> ReadError {
        ReadError::Malformed {
            source_name: self.src(),
            why: why.into(),
        }
    }

    fn io(&self, err: std::io::Error) -> ReadError {
        let why = if err.kind() == std::io::ErrorKind::UnexpectedEof
            || err.kind() == std::io::ErrorKind::InvalidInput
        {
            format!("truncated or corrupt archive: {err}")
        } else {
            err.to_string()
        };
        ReadError::Malformed {
            source_name: self.src(),
            why,
        }
    }

    fn run(mut self, opts: &ReadOptions, sink: &mut dyn FnMut(Result<Article, ReadError>)) {
        loop {
            let h = match self.next_header() {
                Ok(Next::Eof) => return,
                Ok(Next::Record(h)) => h,
                Ok(Next::Malformed(why)) => {
                    sink(Err(self.malformed(why)));
                    if let Err(e) = self.resync() {
                        return sink(Err(self.io(e)));
                    }
                    continue;
                }
                Err(e) => return sink(Err(self.io(e))),
            };
            let Some(len) = h.length else {
                sink(Err(self.malformed("record has no Content-Length")));
                if let Err(e) = self.resync() {
                    return sink(Err(self.io(e)));
                }
                continue;
            };
            let wanted = is_html_response(&h);
            // Hold a block only up to the article cap (so a wrong length can be repaired
            // from it); stream past larger ones.
            let keep = len <= (MAX_ARTICLE_BYTES + MAX_HEADER_BYTES) as u64;
            let mut block = Vec::new();
            let got = if keep {
                block.reserve(len as usize);
                (&mut self.r)
                    .take(len)
                    .read_to_end(&mut block)
                    .map(|n| n as u64)
            } else {
                std::io::copy(&mut (&mut self.r).take(len), &mut std::io::sink())
            };
            let got = match got {
                Ok(g) => g,
                Err(e) => return sink(Err(self.io(e))),
            };
            let complete = got == len;
            if !complete && find(&block, b"\r\nWARC/1.").is_none() {
                return sink(Err(self.malformed(format!(
                    "archive ends inside the record ({got} of {len} content bytes)"
                ))));
            }
            match self.trailer().map(|ok| ok && complete) {
                Ok(true) => {}
                Ok(false) => {
                    // The length does not land on the record boundary. If the next record
                    // starts inside what was read, hand those bytes back to the reader.
                    sink(Err(self.malformed(format!(
                        "wrong Content-Length {len}: the record does not end where it says"
                    ))));
                    if let Some(at) = find(&block, b"\r\nWARC/1.") {
                        let rest = block.split_off(at + 2);
                        let old = std::mem::replace(&mut self.r, Box::new(Cursor::new(Vec::new())));
                        self.r = Box::new(Cursor::new(rest).chain(old));
                    } else if let Err(e) = self.resync() {
                        return sink(Err(self.io(e)));
                    }
                    continue;
                }
                Err(e) => return sink(Err(self.io(e))),
            }
            if wanted && !keep {
                sink(Err(ReadError::TooLarge {
                    source_name: self.src(),
                    size: len as usize,
                }));
                continue;
            }
            if wanted {
                match self.article(&h, &block, opts) {
                    Ok(Some(a)) => sink(Ok(a)),
                    Ok(None) => {}
                    Err(e) => sink(Err(e)),
                }
            }
        }
    }

    /// Reads the next record's header block; blank lines before it are skipped.
    fn next_header(&mut self) -> std::io::Result<Next> {
        let mut line = Vec::new();
        loop {
            line.clear();
            if read_line(&mut self.r, &mut line, MAX_HEADER_BYTES)? == 0 {
                return Ok(Next::Eof);
            }
            if !trim(&line).is_empty() {
                break;
            }
        }
        self.n += 1;
        if !trim(&line).starts_with(b"WARC/") {
            return Ok(Next::Malformed("expected a WARC/ version line".into()));
        }
        let mut h = Header::default();
        let mut total = 0usize;
        loop {
            line.clear();
            let n = read_line(&mut self.r, &mut line, MAX_HEADER_BYTES)?;
            if n == 0 {
                return Ok(Next::Malformed(
                    "archive ends inside a record header".into(),
                ));
            }
            total += n;
            if total > MAX_HEADER_BYTES {
                return Ok(Next::Malformed("record header too long".into()));
            }
            let l = trim(&line);
            if l.is_empty() {
                return Ok(Next::Record(h));
            }
            let Some(colon) = l.iter().position(|&b| b == b':') else {
                continue;
            };
            let key = String::from_utf8_lossy(&l[..colon])
                .trim()
                .to_ascii_lowercase();
            let value = String::from_utf8_lossy(&l[colon + 1..]).trim().to_string();
            match key.as_str() {
                "warc-type" => h.kind = value.to_ascii_lowercase(),
                "warc-target-uri" => h.uri = Some(value.trim_matches(['<', '>']).to_string()),
                "warc-date" => h.date = Some(value),
                "content-type" => h.content_type = value.to_ascii_lowercase(),
                "content-length" => match value.parse() {
                    Ok(n) => h.length = Some(n),
                    Err(_) => return Ok(Next::Malformed(format!("bad Content-Length {value:?}"))),
                },
                _ => {}
            }
        }
    }

    /// Consumes the CRLF CRLF (or LF LF) that ends a record; false when something else
    /// is there. A missing trailer at the very end of the archive is tolerated.
    fn trailer(&mut self) -> std::io::Result<bool> {
        let mut seen = Vec::with_capacity(4);
        while seen.len() < 4 {
            let buf = self.r.fill_buf()?;
            let Some(&b) = buf.first() else {
                return Ok(seen.iter().all(|&c| c == b'\r' || c == b'\n'));
            };
            if b != b'\r' && b != b'\n' {
                break;
            }
            seen.push(b);
            self.r.consume(1);
            if seen == b"\n\n" {
                return Ok(true);
            }
        }
        Ok(seen == b"\r\n\r\n")
    }

    /// Skips to the next line that starts a record, leaving it unread.
    fn resync(&mut self) -> std::io::Result<()> {
        loop {
            let buf = self.r.fill_buf()?;
            if buf.is_empty() {
                return Ok(());
            }
            if buf.starts_with(b"WARC/1.") {
                return Ok(());
            }
            match find(buf, b"\nWARC/1.") {
                Some(i) => {
                    self.r.consume(i + 1);
                    return Ok(());
                }
                None => {
                    // Keep a short tail in case the marker straddles two buffers.
                    let keep = buf.len().min(8);
                    let n = buf.len() - keep;
                    if n == 0 {
                        let l = buf.len();
                        self.r.consume(l);
                    } else {
                        self.r.consume(n);
                    }
                }
            }
        }
    }

    /// The article in an HTML response; `None` for a response that is not a page
    /// (a redirect, an error status, another content type).
    fn article(
        &self,
        h: &Header,
        block: &[u8],
        opts: &ReadOptions,
    ) -> Result<Option<Article>, ReadError> {
        let src = self.src();
        let (body, charset) = if h.content_type.starts_with("application/http") {
            match http_body(block).map_err(|why| ReadError::Malformed {
                source_name: src.clone(),
                why,
            })? {
                Some(b) => b,
                None => return Ok(None),
            }
        } else {
            (
                std::borrow::Cow::Borrowed(block),
                charset_of(&h.content_type),
            )
        };
        if body.len() > MAX_ARTICLE_BYTES {
            return Err(ReadError::TooLarge {
                source_name: src,
                size: body.len(),
            });
        }
        let page = html::extract_bytes(&body, charset.as_deref());
        if page.body.trim().is_empty() {
            return Err(ReadError::Empty(src));
        }
        // The crawl date stands in for a missing publication date: news crawls fetch
        // stories within hours of publication.
        let crawl_date = h.date.as_deref().and_then(html::parse_date);
        Ok(Some(Article {
            url: page.url.or_else(|| h.uri.clone()),
            title: page.title,
            published: opts.published.or(page.published).or(crawl_date),
            text: page.text,
            source: src,
        }))
    }
}

fn is_html_response(h: &Header) -> bool {
    match h.kind.as_str() {
        "response" => {
            h.content_type.starts_with("application/http") || is_html_type(&h.content_type)
        }
        "resource" | "conversion" => is_html_type(&h.content_type),
        _ => false,
    }
}

fn is_html_type(ct: &str) -> bool {
    ct.starts_with("text/html") || ct.starts_with("application/xhtml")
}

fn charset_of(content_type: &str) -> Option<String> {
    content_type
        .split(';')
        .filter_map(|p| p.trim().strip_prefix("charset="))
        .map(|c| c.trim_matches(['"', '\'', ' ']).to_string())
        .next()
}

type Body<'b> = (std::borrow::Cow<'b, [u8]>, Option<String>);

/// Splits an HTTP response into its decoded body and declared charset; `None` for a
/// non-2xx or non-HTML response. Chunked and gzip/deflate bodies are decoded.
fn http_body(block: &[u8]) -> Result<Option<Body<'_>>, String> {
    let end = find(block, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| find(block, b"\n\n").map(|i| (i, i + 2)))
        .ok_or("HTTP response has no end of headers")?;
    let head = String::from_utf8_lossy(&block[..end.0]);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or_default();
    let code: u16 = status
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or("bad HTTP status line")?;
    if !(200..300).contains(&code) {
        return Ok(None);
    }
    let (mut ctype, mut chunked, mut encoding) = (String::new(), false, String::new());
    for l in lines {
        let Some((k, v)) = l.split_once(':') else {
            continue;
        };
        let v = v.trim().to_ascii_lowercase();
        match k.trim().to_ascii_lowercase().as_str() {
            "content-type" => ctype = v,
            "transfer-encoding" => chunked = v.contains("chunked"),
            "content-encoding" => encoding = v,
            _ => {}
        }
    }
    if !ctype.is_empty() && !is_html_type(&ctype) {
        return Ok(None);
    }
    let mut body = std::borrow::Cow::Borrowed(&block[end.1..]);
    if chunked {
        body = std::borrow::Cow::Owned(dechunk(&body).ok_or("bad chunked encoding")?);
    }
    if encoding.contains("gzip") || encoding.contains("deflate") {
        let mut out = Vec::new();
        let res = if encoding.contains("gzip") {
            flate2::read::MultiGzDecoder::new(&body[..])
                .take(MAX_ARTICLE_BYTES as u64 + 1)
                .read_to_end(&mut out)
        } else {
            flate2::read::ZlibDecoder::new(&body[..])
                .take(MAX_ARTICLE_BYTES as u64 + 1)
                .read_to_end(&mut out)
        };
        res.map_err(|e| format!("cannot decompress the page: {e}"))?;
        body = std::borrow::Cow::Owned(out);
    }
    Ok(Some((body, charset_of(&ctype))))
}

fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let nl = find(b, b"\n")?;
        let size_str = std::str::from_utf8(&b[..nl]).ok()?.trim();
        let size = usize::from_str_radix(size_str.split(';').next()?.trim(), 16).ok()?;
        b = &b[nl + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(..size)?);
        b = &b[size..];
        b = b
            .strip_prefix(b"\r\n")
            .or_else(|| b.strip_prefix(b"\n"))
            .unwrap_or(b);
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn trim(l: &[u8]) -> &[u8] {
    let mut l = l;
    while let [rest @ .., b'\r' | b'\n'] = l {
        l = rest;
    }
    l
}

/// Reads one line (with its newline) into `buf`, keeping at most `cap` bytes of it;
/// returns the bytes consumed.
fn read_line(r: &mut dyn BufRead, buf: &mut Vec<u8>, cap: usize) -> std::io::Result<usize> {
    let mut total = 0;
    loop {
        let avail = r.fill_buf()?;
        if avail.is_empty() {
            return Ok(total);
        }
        let (chunk, done) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => (&avail[..=i], true),
            None => (avail, false),
        };
        let room = cap.saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let n = chunk.len();
        r.consume(n);
        total += n;
        if done {
            return Ok(total);
        }
    }
}
