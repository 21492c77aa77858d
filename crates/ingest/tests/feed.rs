//! Feed files on disk: each item's content (else summary) is an article.

use greenlight_ingest::feed::MAX_FEED_BYTES;
use greenlight_ingest::{read_inputs, Format, ReadError, ReadOptions};

fn read_all(
    path: &std::path::Path,
    opts: &ReadOptions,
) -> Vec<Result<greenlight_core::Article, ReadError>> {
    let mut out = Vec::new();
    read_inputs(&[path.to_str().unwrap().to_string()], opts, |r| out.push(r));
    out
}

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>TV Desk & More</title><link>https://news.test/tv</link>
<item><title>Netflix renews Harbor Lights</title><link>https://news.test/tv/harbor-lights</link>
<pubDate>Tuesday, March 5th 2024</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>Netflix has renewed Harbor Lights for a second season, the streamer said on Tuesday.</p>
<p>The drama spent three weeks in the top ten.</p><div class="share">Share</div>]]></content:encoded></item>
<item><title>Pine Hollow cancelled</title><link>https://news.test/tv/pine-hollow</link>
<pubDate>Fri, 08 Mar 2024 10:00:00 GMT</pubDate>
<description>HBO has cancelled Pine Hollow after three seasons &amp; the cast said goodbye.</description></item>
<item><title>Link only</title><link>https://news.test/tv/link-only</link></item>
</channel></rss>"#;

#[test]
fn rss_items_with_content_or_summary_become_articles_and_the_rest_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("tv.rss");
    std::fs::write(&p, RSS).unwrap();
    let got = read_all(&p, &ReadOptions::default());
    assert_eq!(got.len(), 3);
    let a = got[0].as_ref().unwrap();
    assert_eq!(a.url.as_deref(), Some("https://news.test/tv/harbor-lights"));
    assert_eq!(a.published.unwrap().to_string(), "2024-03-05");
    assert_eq!(a.title.as_deref(), Some("Netflix renews Harbor Lights"));
    assert!(a.source.ends_with("tv.rss:1"), "{}", a.source);
    assert!(
        a.text.starts_with(
            "Netflix renews Harbor Lights\n\nNetflix has renewed Harbor Lights for a second season"
        ),
        "content, not the teaser, with the title first: {:?}",
        a.text
    );
    assert!(
        a.text
            .contains("\n\nThe drama spent three weeks in the top ten."),
        "{:?}",
        a.text
    );
    let b = got[1].as_ref().unwrap();
    assert_eq!(b.published.unwrap().to_string(), "2024-03-08");
    assert!(
        b.text.ends_with(
            "HBO has cancelled Pine Hollow after three seasons & the cast said goodbye."
        ),
        "{:?}",
        b.text
    );
    let e = got[2].as_ref().unwrap_err();
    assert!(matches!(e, ReadError::NoItemText(_)));
    assert!(
        e.to_string()
            .contains("tv.rss:3: feed item has neither content nor a summary"),
        "{e}"
    );
}

#[test]
fn an_atom_file_is_found_by_its_content_and_repaired() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("download"); // no telling extension
    std::fs::write(
        &p,
        r#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Film & TV</title><id>urn:f</id>
        <updated>2024-04-02T00:00:00Z</updated>
        <entry><title>Revived</title><id>urn:1</id><link href="https://news.test/a"/><updated>2024-04-02T09:00:00Z</updated>
        <content type="html">&lt;p&gt;Lantern Street has been revived by Peacock for a third season.&lt;/p&gt;</content></entry></feed>"#,
    )
    .unwrap();
    let got = read_all(&p, &ReadOptions::default());
    assert_eq!(got.len(), 1, "{got:?}");
    let a = got[0].as_ref().unwrap();
    assert_eq!(
        a.published.unwrap().to_string(),
        "2024-04-02",
        "dated by <updated>"
    );
    assert_eq!(
        a.text,
        "Revived\n\nLantern Street has been revived by Peacock for a third season."
    );
}

#[test]
fn a_file_forced_as_a_feed_that_is_none_is_one_error() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("page.html");
    std::fs::write(&p, "<html><body><p>Not a feed at all.</p></body></html>").unwrap();
    let got = read_all(
        &p,
        &ReadOptions {
            format: Some(Format::Feed),
            ..Default::default()
        },
    );
    assert_eq!(got.len(), 1);
    let e = got[0].as_ref().unwrap_err().to_string();
    assert!(
        e.contains("page.html: malformed record: malformed feed"),
        "{e}"
    );
    assert_eq!(e.lines().count(), 1);
}

#[test]
fn an_oversize_feed_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.rss");
    let mut body = String::from("<rss version=\"2.0\"><channel><title>Big</title>");
    body.push_str(
        &"<item><title>x</title><description>y</description></item>".repeat(MAX_FEED_BYTES / 50),
    );
    body.push_str("</channel></rss>");
    std::fs::write(&p, body).unwrap();
    let got = read_all(&p, &ReadOptions::default());
    assert_eq!(got.len(), 1);
    assert!(
        matches!(got[0], Err(ReadError::TooLarge { .. })),
        "{:?}",
        got[0].as_ref().err()
    );
}
