use crate::server::{Request, Response, Server};
use greenlight_core::Article;
use greenlight_feeds::{poll, FeedDb, FeedError, Fetcher, FetcherConfig, PollReport};
use std::time::{Duration, Instant};

fn story(n: &str, dated: bool) -> String {
    let date = if dated {
        r#"<meta property="article:published_time" content="2024-03-01T08:00:00Z">"#
    } else {
        ""
    };
    format!(
        "<html><head><title>Show {n} renewed</title>{date}</head><body><nav><a href=\"/\">Home</a></nav><article>\
         <p>The streamer has renewed Show {n} for a second season, the company said, after the first season drew a large audience.</p>\
         <p>Production on the new episodes begins this summer, and the cast is expected to return for the next run.</p>\
         </article><footer>Footer</footer></body></html>"
    )
}

fn rss(items: &[(&str, &str)]) -> String {
    let items: String = items
        .iter()
        .map(|(link, date)| {
            format!("<item><title>Item</title><link>{link}</link><pubDate>{date}</pubDate></item>")
        })
        .collect();
    format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fixture TV news</title>{items}</channel></rss>")
}

/// The fixture site. Feed paths name their behaviour; `/p/N` are story pages.
fn site(
    base_holder: std::sync::Arc<std::sync::OnceLock<String>>,
) -> impl Fn(&Request) -> Response + Send + Sync {
    move |r: &Request| {
        let base = base_holder.get().cloned().unwrap_or_default();
        let u = |p: &str| format!("{base}{p}");
        const XML: &str = "application/rss+xml; charset=utf-8";
        match r.path.as_str() {
            "/etag.xml" => {
                if r.headers.get("if-none-match").map(String::as_str) == Some("\"v1\"") {
                    return Response::status(304);
                }
                Response::ok(XML, rss(&[(&u("/p/1"), "Tue, 05 Mar 2024 10:00:00 GMT"), (&u("/p/2"), "Tue, 05 Mar 2024 11:00:00 GMT")]))
                    .header("ETag", "\"v1\"")
            }
            "/changing.xml" => {
                // The second poll must ask conditionally with the first answer's Last-Modified.
                if r.hit > 1 && r.headers.get("if-modified-since").map(String::as_str) != Some("Thu, 07 Mar 2024 11:00:00 GMT") {
                    return Response::status(400);
                }
                let mut items = vec![(u("/p/3"), "Wed, 06 Mar 2024 10:00:00 GMT")];
                if r.hit > 1 {
                    items.push((u("/p/4"), "Thu, 07 Mar 2024 10:00:00 GMT"));
                }
                let items: Vec<(&str, &str)> = items.iter().map(|(a, b)| (a.as_str(), *b)).collect();
                Response::ok(XML, rss(&items)).header("Last-Modified", &format!("Thu, 07 Mar 2024 1{}:00:00 GMT", r.hit))
            }
            "/slow.xml" => Response { delay: Duration::from_millis(1500), ..Response::ok(XML, rss(&[(&u("/p/9"), "")])) },
            "/flaky.xml" if r.hit == 1 => Response::status(500),
            "/flaky.xml" => Response::ok(XML, rss(&[(&u("/p/5"), "Fri, 08 Mar 2024 10:00:00 GMT")])),
            "/bad.xml" => Response::ok(XML, "<rss><channel><item><title>broken</titl"),
            // A bare '&' (which makes feed-rs refuse the whole feed) and an odd date; the
            // page itself carries no date, so the feed's must be used.
            "/quirky.xml" => Response::ok(
                XML,
                format!(
                    "<rss version=\"2.0\"><channel><title>Film & TV</title><item><title>Cast & crew return</title>\
                     <link>{}</link><pubDate>Saturday, March 9th 2024</pubDate></item></channel></rss>",
                    u("/p/6")
                ),
            ),
            "/atom.xml" => Response::ok(
                "application/atom+xml",
                format!(
                    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom fixture</title><id>urn:f</id><updated>2024-03-10T00:00:00Z</updated>\
                     <entry><title>Only updated</title><id>urn:e7</id><link href=\"{}\"/><updated>2024-03-10T09:30:00Z</updated></entry></feed>",
                    u("/p/7")
                ),
            ),
            "/gone.xml" => Response::ok(XML, rss(&[(&u("/p/404"), "Mon, 11 Mar 2024 10:00:00 GMT")])),
            "/p/404" => Response::status(404),
            p if p.starts_with("/p/") => {
                let n = &p[3..];
                Response::ok("text/html; charset=utf-8", story(n, !matches!(n, "6" | "7")))
            }
            _ => Response::status(404),
        }
    }
}

fn start() -> Server {
    let holder: std::sync::Arc<std::sync::OnceLock<String>> = Default::default();
    let s = Server::start(site(holder.clone()));
    holder.set(s.base.clone()).unwrap();
    s
}

fn fast() -> FetcherConfig {
    FetcherConfig {
        timeout: Duration::from_millis(400),
        connect_timeout: Duration::from_millis(400),
        attempts: 3,
        backoff: Duration::from_millis(20),
        max_backoff: Duration::from_millis(100),
        per_host_delay: Duration::ZERO,
        ..FetcherConfig::default()
    }
}

fn run(db: &FeedDb, fetcher: &mut Fetcher) -> (PollReport, Vec<Article>) {
    let mut got = Vec::new();
    let report = poll(db, fetcher, |a| -> Result<String, FeedError> {
        got.push(a);
        Ok("stored".into())
    })
    .unwrap();
    (report, got)
}

fn links(got: &[Article]) -> Vec<String> {
    let mut v: Vec<String> = got
        .iter()
        .map(|a| a.source.rsplit('/').next().unwrap().to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn a_second_poll_gets_304_and_fetches_no_page_again() {
    let s = start();
    let db = FeedDb::in_memory().unwrap();
    db.add(&s.url("/etag.xml")).unwrap();
    let mut f = Fetcher::new(fast());
    let (r1, got) = run(&db, &mut f);
    assert_eq!(
        (r1.feeds, r1.not_modified, r1.new_items, r1.articles),
        (1, 0, 2, 2),
        "{r1:?}"
    );
    assert_eq!(links(&got), ["1", "2"]);
    assert!(
        got[0].text.contains("renewed Show 1 for a second season"),
        "{}",
        got[0].text
    );
    assert_eq!(got[0].url.as_deref(), Some(s.url("/p/1").as_str()));
    let (r2, got) = run(&db, &mut f);
    assert_eq!((r2.not_modified, r2.new_items), (1, 0), "{r2:?}");
    assert!(got.is_empty());
    assert_eq!((s.hits("/etag.xml"), s.hits("/p/1")), (2, 1));
    let row = &db.list().unwrap()[0];
    assert_eq!(
        (
            row.etag.as_deref(),
            row.last_status.as_deref(),
            row.items_seen
        ),
        (Some("\"v1\""), Some("not-modified"), 2)
    );
}

#[test]
fn a_feed_that_changes_between_polls_yields_only_the_new_item() {
    let s = start();
    let db = FeedDb::in_memory().unwrap();
    db.add(&s.url("/changing.xml")).unwrap();
    let mut f = Fetcher::new(fast());
    let (_, got) = run(&db, &mut f);
    assert_eq!(links(&got), ["3"]);
    let (r2, got) = run(&db, &mut f);
    assert_eq!(links(&got), ["4"], "{r2:?}");
    assert_eq!(s.hits("/p/3"), 1);
    assert_eq!(
        db.list().unwrap()[0].last_modified.as_deref(),
        Some("Thu, 07 Mar 2024 12:00:00 GMT")
    );
}

#[test]
fn a_slow_server_times_out_is_reported_and_the_other_feeds_go_on() {
    let s = start();
    let db = FeedDb::in_memory().unwrap();
    db.add(&s.url("/slow.xml")).unwrap();
    db.add(&s.url("/etag.xml")).unwrap();
    let mut f = Fetcher::new(FetcherConfig {
        attempts: 2,
        ..fast()
    });
    let t = Instant::now();
    let (r, got) = run(&db, &mut f);
    assert!(t.elapsed() < Duration::from_secs(4), "{:?}", t.elapsed());
    assert_eq!(r.failed_feeds, 1, "{r:?}");
    assert!(
        r.errors[0].contains("/slow.xml") && r.errors[0].to_lowercase().contains("timeout"),
        "{:?}",
        r.errors
    );
    assert_eq!(s.hits("/slow.xml"), 2, "retried once");
    assert_eq!(links(&got), ["1", "2"]);
    let slow = db
        .list()
        .unwrap()
        .into_iter()
        .find(|f| f.url.ends_with("/slow.xml"))
        .unwrap();
    assert_eq!(slow.last_status.as_deref(), Some("error"));
}

#[test]
fn a_500_is_retried_with_backoff_and_then_succeeds() {
    let s = start();
    let db = FeedDb::in_memory().unwrap();
    db.add(&s.url("/flaky.xml")).unwrap();
    let mut f = Fetcher::new(fast());
    let (r, got) = run(&db, &mut f);
    assert!(r.errors.is_empty(), "{r:?}");
    assert_eq!(s.hits("/flaky.xml"), 2);
    assert_eq!(links(&got), ["5"]);
    assert_eq!(
        got[0].published.unwrap().to_string(),
        "2024-03-01",
        "the page's own date wins"
    );
}

#[test]
fn a_malformed_feed_is_reported_and_skipped() {
    let s = start();
    let db = FeedDb::in_memory().unwrap();
    db.add(&s.url("/bad.xml")).unwrap();
    db.add(&s.url("/changing.xml")).unwrap();
    let mut f = Fetcher::new(fast());
    let (r, got) = run(&db, &mut f);
    assert_eq!(r.failed_feeds, 1);
    assert!(
        r.errors[0].contains("/bad.xml") && r.errors[0].contains("malformed feed"),
        "{:?}",
        r.errors
    );
    assert_eq!(links(&got), ["3"]);
    assert_eq!(
        s.hits("/bad.xml"),
        1,
        "a malformed feed is not retried within a poll"
    );
}

#[test]
fn feed_rs_quirks_are_recovered() {
    let s = start();
    let db = FeedDb::in_memory().unwrap();
    db.add(&s.url("/quirky.xml")).unwrap();
    db.add(&s.url("/atom.xml")).unwrap();
    let mut f = Fetcher::new(fast());
    let (r, got) = run(&db, &mut f);
    assert!(r.errors.is_empty(), "{r:?}");
    let by = |n: &str| got.iter().find(|a| a.source.ends_with(n)).unwrap();
    assert_eq!(
        by("/p/6").published.unwrap().to_string(),
        "2024-03-09",
        "bare & repaired, odd date read"
    );
    assert_eq!(
        by("/p/7").published.unwrap().to_string(),
        "2024-03-10",
        "Atom <updated> used"
    );
}

#[test]
fn a_missing_page_is_recorded_once_and_not_fetched_again() {
    let s = start();
    let db = FeedDb::in_memory().unwrap();
    db.add(&s.url("/gone.xml")).unwrap();
    let mut f = Fetcher::new(fast());
    let (r, got) = run(&db, &mut f);
    assert!(got.is_empty());
    assert!(r.errors[0].contains("HTTP status 404"), "{r:?}");
    run(&db, &mut f);
    assert_eq!(
        s.hits("/p/404"),
        1,
        "404 is permanent: no retry, no refetch"
    );
}

#[test]
fn requests_to_one_host_are_spaced() {
    let s = start();
    let mut f = Fetcher::new(FetcherConfig {
        per_host_delay: Duration::from_millis(150),
        ..fast()
    });
    let t = Instant::now();
    for p in ["/p/1", "/p/2", "/p/3"] {
        f.get(&s.url(p), None, None).unwrap();
    }
    assert!(
        t.elapsed() >= Duration::from_millis(300),
        "{:?}",
        t.elapsed()
    );
}

#[test]
fn subscriptions_are_added_listed_and_removed() {
    let db = FeedDb::in_memory().unwrap();
    assert!(db.add("https://example.test/feed.xml").unwrap());
    assert!(!db.add("https://example.test/feed.xml").unwrap());
    assert!(matches!(
        db.add("ftp://example.test/feed"),
        Err(FeedError::BadUrl { .. })
    ));
    assert!(matches!(db.add("not a url"), Err(FeedError::BadUrl { .. })));
    assert_eq!(db.list().unwrap().len(), 1);
    assert!(db.remove("https://example.test/feed.xml").unwrap());
    assert!(!db.remove("https://example.test/feed.xml").unwrap());
    assert!(db.list().unwrap().is_empty());
}
