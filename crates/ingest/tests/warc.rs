//! WARC reading over archives written by a tiny writer here.

use flate2::{write::GzEncoder, Compression};
use greenlight_core::Article;
use greenlight_ingest::{read_inputs, warc::read_warc, ReadError, ReadOptions};
use std::io::Write;

/// A story page long enough for the body extractor to take it as an article.
fn page(title: &str, show: &str) -> String {
    format!(
        "<html><head><title>{title}</title><meta property=\"article:published_time\" content=\"2024-03-0{n}T10:00:00Z\"></head>\
         <body><nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>\
         <p>The network has renewed {show} for a second season, executives said on Monday, after the first run drew strong reviews.</p>\
         <p>Filming on the new episodes is set to begin this summer, and the main cast is expected to return for the new season.</p>\
         </article><footer>Copyright</footer></body></html>",
        n = title.len() % 9 + 1
    )
}

fn http(status: &str, ctype: &str, body: &[u8], extra: &str) -> Vec<u8> {
    let mut v = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{extra}Content-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    v.extend_from_slice(body);
    v
}

/// One WARC record; `length` overrides the true Content-Length.
fn record(kind: &str, uri: &str, ctype: &str, block: &[u8], length: Option<usize>) -> Vec<u8> {
    let mut v = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Date: 2024-03-05T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:{uri}>\r\n\
         WARC-Target-URI: {uri}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\r\n",
        length.unwrap_or(block.len())
    )
    .into_bytes();
    v.extend_from_slice(block);
    v.extend_from_slice(b"\r\n\r\n");
    v
}

fn response(uri: &str, html: &str) -> Vec<u8> {
    record(
        "response",
        uri,
        "application/http; msgtype=response",
        &http("200 OK", "text/html; charset=utf-8", html.as_bytes(), ""),
        None,
    )
}

/// Gzip each record as its own member, as CC-NEWS does.
fn gz_members(records: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    for r in records {
        let mut e = GzEncoder::new(Vec::new(), Compression::fast());
        e.write_all(r).unwrap();
        out.extend(e.finish().unwrap());
    }
    out
}

fn read(bytes: &[u8], name: &str) -> (Vec<Article>, Vec<String>) {
    let (mut ok, mut errs) = (Vec::new(), Vec::new());
    read_warc(bytes, name, &ReadOptions::default(), &mut |r: Result<
        Article,
        ReadError,
    >| match r {
        Ok(a) => ok.push(a),
        Err(e) => errs.push(e.to_string()),
    });
    (ok, errs)
}

fn crawl() -> Vec<Vec<u8>> {
    vec![
        record(
            "warcinfo",
            "",
            "application/warc-fields",
            b"software: test\r\n",
            None,
        ),
        record(
            "request",
            "https://a.test/1",
            "application/http; msgtype=request",
            b"GET /1 HTTP/1.1\r\nHost: a.test\r\n\r\n",
            None,
        ),
        response(
            "https://a.test/1",
            &page("Glass Harbor renewed", "The Glass Harbor"),
        ),
        record(
            "response",
            "https://a.test/logo.png",
            "application/http; msgtype=response",
            &http("200 OK", "image/png", b"\x89PNG\0\0", ""),
            None,
        ),
        record(
            "response",
            "https://a.test/old",
            "application/http; msgtype=response",
            &http(
                "301 Moved Permanently",
                "text/html",
                b"",
                "Location: /new\r\n",
            ),
            None,
        ),
        record(
            "metadata",
            "https://a.test/1",
            "application/warc-fields",
            b"fetchTimeMs: 12\r\n",
            None,
        ),
        response(
            "https://b.test/2",
            &page("Marrow Lane returns", "Marrow Lane"),
        ),
    ]
}

#[test]
fn html_responses_become_articles_numbered_by_record() {
    let warc: Vec<u8> = crawl().concat();
    let (ok, errs) = read(&warc, "c.warc");
    assert!(errs.is_empty(), "{errs:?}");
    let got: Vec<(&str, Option<&str>)> = ok
        .iter()
        .map(|a| (a.source.as_str(), a.url.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("c.warc:3", Some("https://a.test/1")),
            ("c.warc:7", Some("https://b.test/2"))
        ]
    );
    assert!(
        ok[0]
            .text
            .contains("renewed The Glass Harbor for a second season"),
        "{}",
        ok[0].text
    );
    assert_eq!(ok[0].title.as_deref(), Some("Glass Harbor renewed"));
    assert!(ok[0].published.is_some());
}

#[test]
fn gzip_members_read_like_the_plain_archive_through_read_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("CC-NEWS-20240305.warc.gz");
    std::fs::write(&path, gz_members(&crawl())).unwrap();
    let mut ok = Vec::new();
    read_inputs(
        &[path.display().to_string()],
        &ReadOptions::default(),
        |r| ok.push(r.unwrap()),
    );
    assert_eq!(ok.len(), 2);
    assert!(
        ok[1].source.ends_with("CC-NEWS-20240305.warc.gz:7"),
        "{}",
        ok[1].source
    );
    // Detected from content too, whatever the file is called.
    let other = dir.path().join("crawl.bin");
    std::fs::copy(&path, &other).unwrap();
    let mut n = 0;
    read_inputs(
        &[other.display().to_string()],
        &ReadOptions::default(),
        |r| n += r.map(|_| 1).unwrap(),
    );
    assert_eq!(n, 2);
}

#[test]
fn a_short_content_length_is_reported_and_the_rest_continue() {
    let mut recs = crawl();
    let block = http(
        "200 OK",
        "text/html",
        page("Cut short", "Cut Short").as_bytes(),
        "",
    );
    recs.insert(
        3,
        record(
            "response",
            "https://a.test/short",
            "application/http; msgtype=response",
            &block,
            Some(block.len() - 100),
        ),
    );
    let (ok, errs) = read(&recs.concat(), "s.warc");
    assert_eq!(ok.len(), 2, "{errs:?}");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].starts_with("s.warc:4: malformed record: wrong Content-Length"),
        "{errs:?}"
    );
    assert_eq!(ok[1].source, "s.warc:8");
}

#[test]
fn a_long_content_length_is_reported_and_the_swallowed_record_recovered() {
    let mut recs = crawl();
    let block = http(
        "200 OK",
        "text/html",
        page("Runs long", "Runs Long").as_bytes(),
        "",
    );
    recs.insert(
        3,
        record(
            "response",
            "https://a.test/long",
            "application/http; msgtype=response",
            &block,
            Some(block.len() + 300),
        ),
    );
    let (ok, errs) = read(&recs.concat(), "l.warc");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("wrong Content-Length"), "{errs:?}");
    // Both good responses survive, including the one the bad length ran into.
    assert_eq!(ok.len(), 2, "{errs:?}");
    // A long length on the last record runs off the end: reported, earlier records kept.
    let mut recs = crawl();
    let last = recs.len() - 1;
    let block = http(
        "200 OK",
        "text/html",
        page("Last", "Last One").as_bytes(),
        "",
    );
    recs[last] = record(
        "response",
        "https://b.test/2",
        "application/http; msgtype=response",
        &block,
        Some(block.len() + 300),
    );
    let (ok, errs) = read(&recs.concat(), "e.warc");
    assert_eq!(ok.len(), 1);
    assert!(
        errs[0].starts_with("e.warc:7: malformed record: archive ends inside the record"),
        "{errs:?}"
    );
}

#[test]
fn garbage_between_records_is_skipped() {
    let mut recs = crawl();
    recs.insert(2, b"this is not a record\r\nnor is this\r\n\r\n".to_vec());
    let (ok, errs) = read(&recs.concat(), "g.warc");
    assert_eq!(ok.len(), 2);
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0].contains("expected a WARC/ version line"),
        "{errs:?}"
    );
}

#[test]
fn truncated_gzip_keeps_earlier_records_and_reports_the_break() {
    let gz = gz_members(&crawl());
    let cut = &gz[..gz.len() - 40];
    let (ok, errs) = read(cut, "t.warc.gz");
    assert_eq!(ok.len(), 1, "{errs:?}");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains("t.warc.gz:7: malformed record"),
        "{errs:?}"
    );
    // Garbage after a gzip member.
    let mut bad = gz_members(&crawl()[..3]);
    bad.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, 1, 2, 3, 4]);
    let (ok, errs) = read(&bad, "x.warc.gz");
    assert_eq!(ok.len(), 1);
    assert_eq!(errs.len(), 1, "{errs:?}");
}

#[test]
fn chunked_gzip_bodies_and_declared_charsets_are_decoded() {
    let html = page("Caf\u{e9} Society renewed", "Caf\u{e9} Society");
    let latin1 = encoding_rs::WINDOWS_1252.encode(&html).0.into_owned();
    let mut e = GzEncoder::new(Vec::new(), Compression::fast());
    e.write_all(&latin1).unwrap();
    let z = e.finish().unwrap();
    let mut chunked = Vec::new();
    for c in z.chunks(100) {
        chunked.extend(format!("{:x}\r\n", c.len()).into_bytes());
        chunked.extend_from_slice(c);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let mut block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
    block.extend(chunked);
    let warc = record(
        "response",
        "https://c.test/",
        "application/http; msgtype=response",
        &block,
        None,
    );
    let (ok, errs) = read(&warc, "z.warc");
    assert!(errs.is_empty(), "{errs:?}");
    assert!(
        ok[0].text.contains("renewed Caf\u{e9} Society"),
        "{}",
        ok[0].text
    );
}

#[test]
fn oversize_records_are_refused_without_being_held() {
    let big = vec![b'a'; greenlight_ingest::MAX_ARTICLE_BYTES + 100 * 1024];
    let mut recs = crawl();
    recs.insert(
        3,
        record(
            "response",
            "https://a.test/big",
            "application/http; msgtype=response",
            &http("200 OK", "text/html", &big, ""),
            None,
        ),
    );
    let (ok, errs) = read(&recs.concat(), "b.warc");
    assert_eq!(ok.len(), 2);
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0].starts_with("b.warc:4: article too large"),
        "{errs:?}"
    );
}
