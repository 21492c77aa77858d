//! Bad web input end to end: one `ingest` batch holding a 100 MB page, a page whose
//! declared charset is wrong, a truncated `.warc.gz` and a WARC record with a wrong
//! length. Each bad part is one short line on stderr; everything readable is stored;
//! a second bad batch loses nothing.

use super::{json, run, stderr};
use flate2::{write::GzEncoder, Compression};
use std::io::Write;
use std::path::Path;

fn page(title: &str, body: &str) -> String {
    format!(
        "<html><head><meta charset=\"utf-8\"><title>{title}</title>\
         <meta property=\"article:published_time\" content=\"2024-05-14T09:00:00Z\"></head>\
         <body><nav><a href=\"/\">Home</a> <a href=\"/tv\">TV</a></nav><article><h1>{title}</h1>{body}</article>\
         <aside><h3>You May Also Like</h3><p>Ten films still on hold</p></aside><footer>Copyright</footer></body></html>"
    )
}

fn story(show: &str, verb: &str, ordinal: &str) -> String {
    format!(
        "<p>The network has {verb} {show} for a {ordinal} season, executives said on Monday, after the drama drew its best reviews yet.</p>\
         <p>Filming on the new episodes begins this summer, and the series regulars are expected to return for the new season.</p>"
    )
}

/// One WARC response record; `length` overrides the true Content-Length.
fn record(uri: &str, html: &str, length: Option<usize>) -> Vec<u8> {
    let mut block = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n",
        html.len()
    )
    .into_bytes();
    block.extend_from_slice(html.as_bytes());
    let mut v = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2024-05-14T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:{uri}>\r\n\
         WARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        length.unwrap_or(block.len())
    )
    .into_bytes();
    v.extend_from_slice(&block);
    v.extend_from_slice(b"\r\n\r\n");
    v
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn status(db: &Path, title: &str) -> String {
    json(&run(db, &["status", title, "--json"]))["status"]
        .as_str()
        .unwrap_or("")
        .to_string()
}

#[test]
fn a_batch_of_bad_web_input_reports_each_part_and_stores_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();

    // A 100 MB page: refused by its size, without being held whole.
    let mut f = std::fs::File::create(d.join("huge.html")).unwrap();
    f.write_all(b"<html><body><article><p>").unwrap();
    let chunk = "Netflix renewed Quiet Orchard. ".repeat(1 << 15).into_bytes();
    let mut written = 0;
    while written < 100 << 20 {
        f.write_all(&chunk).unwrap();
        written += chunk.len();
    }
    drop(f);

    // A page that says UTF-8 but is windows-1252: decoded, not refused or garbled.
    let lie = page(
        "Caf\u{e9} Meridian renewed",
        &story("Caf\u{e9} Meridian", "renewed", "third"),
    );
    std::fs::write(
        d.join("mislabeled.html"),
        encoding_rs::WINDOWS_1252.encode(&lie).0,
    )
    .unwrap();

    // A CC-NEWS-style archive, one gzip member per record, cut off in its second member.
    let first = gz(&record(
        "https://paper.test/tv/harbor-lights",
        &page(
            "Harbor Lights renewed",
            &story("Harbor Lights", "renewed", "second"),
        ),
        None,
    ));
    let second = gz(&record(
        "https://paper.test/tv/salt-flats",
        &page(
            "Salt Flats renewed",
            &story("Salt Flats", "renewed", "fourth"),
        ),
        None,
    ));
    let mut truncated = first.clone();
    truncated.extend_from_slice(&second[..second.len() / 2]);
    std::fs::write(d.join("cut.warc.gz"), truncated).unwrap();

    // A plain archive whose first record claims more bytes than it has; the next record
    // is recovered.
    let mut wrong = record(
        "https://paper.test/tv/iron-meadow",
        &page(
            "Iron Meadow cancelled",
            &story("Iron Meadow", "cancelled", "second"),
        ),
        Some(90_000),
    );
    wrong.extend(record(
        "https://paper.test/tv/north-lantern",
        &page(
            "North Lantern renewed",
            &story("North Lantern", "renewed", "fifth"),
        ),
        None,
    ));
    std::fs::write(d.join("wrong-length.warc"), wrong).unwrap();

    let store = tempfile::tempdir().unwrap();
    let db = store.path().join("g.db");
    let o = run(&db, &["ingest", d.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "a batch with bad parts exits 1:\n{err}");
    assert!(err.contains("huge.html") && err.contains("too large"), "{err}");
    assert!(err.contains("cut.warc.gz"), "the truncated archive is named:\n{err}");
    assert!(err.contains("wrong-length.warc"), "the bad record is named:\n{err}");
    for line in err.lines().filter(|l| l.starts_with("greenlight: skipped")) {
        assert!(line.len() < 400, "one short line per error: {line}");
    }
    assert!(!err.contains("mislabeled.html"), "a mislabeled page is read:\n{err}");

    assert_eq!(status(&db, "Caf\u{e9} Meridian"), "renewed");
    assert_eq!(status(&db, "Harbor Lights"), "renewed");
    assert_eq!(status(&db, "North Lantern"), "renewed");

    // A second batch of nothing but bad input loses nothing already stored.
    let o = run(&db, &["ingest", d.join("huge.html").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(status(&db, "Harbor Lights"), "renewed");
    assert_eq!(status(&db, "Caf\u{e9} Meridian"), "renewed");
}
