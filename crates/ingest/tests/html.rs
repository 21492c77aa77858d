//! HTML files through `read_inputs`: any charset, size caps, binary refusal.

use greenlight_ingest::{read_inputs, Format, ReadError, ReadOptions, MAX_ARTICLE_BYTES};

fn read_one(
    path: &std::path::Path,
    opts: &ReadOptions,
) -> Result<greenlight_core::Article, ReadError> {
    let mut out = Vec::new();
    read_inputs(&[path.display().to_string()], opts, |r| out.push(r));
    assert_eq!(out.len(), 1);
    out.pop().unwrap()
}

const STORY: &str = "<p>The network has renewed Caf\u{e9} Society for a third season, executives said on Tuesday, after the drama\u{2019}s strongest run.</p>\
    <p>Production resumes in the spring, and the series returns next year with its full cast.</p>";

#[test]
fn non_utf8_pages_are_decoded_not_refused() {
    let dir = tempfile::tempdir().unwrap();
    let html = format!("<html><head><title>Caf\u{e9} Society renewed</title></head><body><article>{STORY}</article></body></html>");
    let path = dir.path().join("latin.html");
    std::fs::write(&path, encoding_rs::WINDOWS_1252.encode(&html).0).unwrap();
    let a = read_one(&path, &ReadOptions::default()).unwrap();
    assert!(a.text.contains("renewed Caf\u{e9} Society"), "{}", a.text);
    assert!(a.text.contains("drama\u{2019}s"), "{}", a.text);
    assert_eq!(a.title.as_deref(), Some("Caf\u{e9} Society renewed"));
    // UTF-16 with a byte-order mark is not mistaken for binary.
    let path = dir.path().join("utf16.html");
    let mut bytes = vec![0xff, 0xfe];
    for u in html.encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    std::fs::write(&path, bytes).unwrap();
    assert!(read_one(&path, &ReadOptions::default())
        .unwrap()
        .text
        .contains("Caf\u{e9} Society"));
}

#[test]
fn oversize_and_binary_pages_are_refused_with_their_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.html");
    let mut f = std::fs::File::create(&path).unwrap();
    use std::io::Write;
    f.write_all(b"<html><body><p>").unwrap();
    let chunk = vec![b'a'; 1 << 20];
    for _ in 0..(MAX_ARTICLE_BYTES >> 20) + 1 {
        f.write_all(&chunk).unwrap();
    }
    drop(f);
    let e = read_one(&path, &ReadOptions::default()).unwrap_err();
    assert!(matches!(e, ReadError::TooLarge { .. }), "{e}");
    assert!(e.to_string().contains("huge.html"), "{e}");
    let path = dir.path().join("image.html");
    std::fs::write(&path, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let e = read_one(&path, &ReadOptions::default()).unwrap_err();
    assert!(matches!(e, ReadError::Binary(_)), "{e}");
}

#[test]
fn a_page_without_body_text_is_an_empty_article() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.html");
    std::fs::write(&path, "<html><head><title>Nothing</title><script>x()</script></head><body><nav>Home</nav></body></html>").unwrap();
    let opts = ReadOptions {
        format: Some(Format::Html),
        ..Default::default()
    };
    let r = read_one(&path, &opts);
    assert!(matches!(r, Err(ReadError::Empty(_))), "{r:?}");
}
