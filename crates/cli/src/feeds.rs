//! `greenlight feeds add|list|remove` and `greenlight poll [--every DURATION]`.

use super::{summary, today, Db};
use anyhow::{bail, Context, Result};
use greenlight_extract::Extractor;
use greenlight_feeds::{FeedDb, Fetcher, FetcherConfig};
use greenlight_store::Store;
use std::time::Duration;

#[derive(clap::Subcommand)]
pub enum FeedsCmd {
    /// Subscribe to an RSS or Atom feed.
    Add { url: String },
    /// The subscribed feeds and what their last poll found.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Unsubscribe from a feed.
    Remove { url: String },
}

/// Reads `90`, `30s`, `15m`, `2h`, `1h30m`.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let bad = || format!("bad duration {s:?}: expected e.g. 30s, 15m, 2h, 1h30m");
    let t = s.trim();
    if let Ok(secs) = t.parse::<u64>() {
        return Ok(Duration::from_secs(secs));
    }
    let (mut total, mut num) = (0u64, String::new());
    for c in t.chars() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        let n: u64 = num.parse().map_err(|_| bad())?;
        num.clear();
        total += n * match c {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86400,
            _ => return Err(bad()),
        };
    }
    if !num.is_empty() || total == 0 {
        return Err(bad());
    }
    Ok(Duration::from_secs(total))
}

/// Feed subscriptions live in the SQLite file beside the articles.
fn feeds_path(db: &Db) -> Result<&std::path::Path> {
    match db.spec.sqlite_path() {
        Some(p) => Ok(p),
        None => bail!("feeds and poll keep their subscriptions in a SQLite file: use --db PATH (PostgreSQL stores articles only)"),
    }
}

fn open_feeds(db: &Db) -> Result<FeedDb> {
    let path = feeds_path(db)?;
    // The article store creates the file (and its directory) and its own tables first.
    drop(db.open_for_write()?);
    FeedDb::open(path).with_context(|| format!("failed to open feeds in {}", path.display()))
}

pub fn feeds(db: &Db, cmd: FeedsCmd) -> Result<i32> {
    match cmd {
        FeedsCmd::Add { url } => {
            let fdb = open_feeds(db)?;
            if fdb.add(&url)? {
                eprintln!("subscribed to {url}");
            } else {
                eprintln!("already subscribed to {url}");
            }
        }
        FeedsCmd::Remove { url } => {
            let fdb = open_feeds(db)?;
            if !fdb.remove(&url)? {
                bail!("not subscribed to {url}");
            }
            eprintln!("unsubscribed from {url}");
        }
        FeedsCmd::List { json } => {
            let rows = if feeds_path(db)?.exists() {
                open_feeds(db)?.list()?
            } else {
                Vec::new()
            };
            if json {
                println!("{}", serde_json::to_string(&rows)?);
            } else {
                for r in rows {
                    let last = match (&r.last_polled, &r.last_status) {
                        (Some(when), Some(st)) => format!("{st} at {when}"),
                        _ => "never polled".into(),
                    };
                    println!("{}  ({} item(s) delivered; {last})", r.url, r.items_seen);
                    if let Some(e) = r.last_error {
                        println!("    last error: {e}");
                    }
                }
            }
        }
    }
    Ok(0)
}

#[derive(serde::Serialize)]
struct PollSummary {
    #[serde(flatten)]
    poll: greenlight_feeds::PollReport,
    #[serde(flatten)]
    run: summary::Summary,
}

pub fn poll(db: &Db, every: Option<Duration>, json: bool) -> Result<i32> {
    let fdb = open_feeds(db)?;
    let mut store = db.open_for_write()?;
    if fdb.list()?.is_empty() {
        bail!("no feeds to poll: add one with `greenlight feeds add URL`");
    }
    let mut ex = Extractor::new();
    ex.learn_titles(store.shows()?.into_iter().map(|s| s.title));
    let mut fetcher = Fetcher::new(FetcherConfig::default());
    loop {
        let mut run = summary::Run::new(today());
        let report = greenlight_feeds::poll(&fdb, &mut fetcher, |a| -> Result<String> {
            run.summary.read += 1;
            let x = ex.extract(&a);
            Ok(run.store(&mut store, &x)?.to_string())
        })?;
        for e in &report.errors {
            eprintln!("greenlight: skipped {e}");
        }
        let failed = !report.errors.is_empty();
        let out = PollSummary {
            run: run.finish(&store)?,
            poll: report,
        };
        if json {
            println!("{}", serde_json::to_string(&out)?);
        } else {
            eprintln!(
                "polled {} feed(s) ({} not modified, {} failed): {} new item(s), {} error(s)",
                out.poll.feeds,
                out.poll.not_modified,
                out.poll.failed_feeds,
                out.poll.new_items,
                out.poll.errors.len()
            );
            eprintln!("{}", summary::render(&out.run, "stored from"));
        }
        match every {
            Some(d) => std::thread::sleep(d),
            None => return Ok(if failed { 1 } else { 0 }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_duration;
    use std::io::{BufRead, BufReader, Write};
    use std::time::Duration;

    /// Serves one feed and its page on loopback; the feed answers 304 to its ETag.
    fn serve() -> String {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let page = "<html><head><title>Harbor Lights renewed</title>\
            <meta property=\"article:published_time\" content=\"2024-04-02T08:00:00Z\"></head><body><nav>Home</nav><article>\
            <p>Netflix has renewed Harbor Lights for a second season, the streamer said on Tuesday.</p>\
            <p>The first season spent three weeks in the top ten, and production starts in the summer.</p></article></body></html>";
        let feed = format!(
            "<rss version=\"2.0\"><channel><title>Fixture & news</title><item><title>Renewed</title>\
             <link>{base}/p/1</link><pubDate>April 2nd, 2024</pubDate></item></channel></rss>"
        );
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten().take(20) {
                let mut r = BufReader::new(stream.try_clone().unwrap());
                let (mut first, mut etag_match) = (String::new(), false);
                r.read_line(&mut first).unwrap();
                loop {
                    let mut h = String::new();
                    if r.read_line(&mut h).unwrap() == 0 || h.trim().is_empty() {
                        break;
                    }
                    etag_match |= h.to_ascii_lowercase().starts_with("if-none-match: \"f1\"");
                }
                let resp = if first.contains("/feed.xml") && etag_match {
                    "HTTP/1.1 304 Not Modified\r\nConnection: close\r\n\r\n".to_string()
                } else if first.contains("/feed.xml") {
                    format!("HTTP/1.1 200 OK\r\nETag: \"f1\"\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{feed}", feed.len())
                } else {
                    format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{page}", page.len())
                };
                stream.write_all(resp.as_bytes()).unwrap();
            }
        });
        base
    }

    #[test]
    fn poll_ingests_new_pages_into_the_store_once() {
        use greenlight_store::Store;
        let base = serve();
        let dir = tempfile::tempdir().unwrap();
        let db = crate::Db::new(dir.path().join("g.db"));
        super::feeds(
            &db,
            super::FeedsCmd::Add {
                url: format!("{base}/feed.xml"),
            },
        )
        .unwrap();
        assert_eq!(super::poll(&db, None, true).unwrap(), 0);
        assert_eq!(super::poll(&db, None, true).unwrap(), 0);
        let store = db.open_for_read().unwrap();
        let shows = store.shows().unwrap();
        assert!(
            shows.iter().any(|s| s.title == "Harbor Lights"),
            "{:?}",
            shows.iter().map(|s| &s.title).collect::<Vec<_>>()
        );
        let rows = super::FeedDb::open(db.spec.sqlite_path().unwrap())
            .unwrap()
            .list()
            .unwrap();
        assert_eq!(
            (rows[0].items_seen, rows[0].last_status.as_deref()),
            (1, Some("not-modified"))
        );
    }

    #[test]
    fn durations_read_units_and_bare_seconds() {
        assert_eq!(parse_duration("90"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("30s"), Ok(Duration::from_secs(30)));
        assert_eq!(parse_duration("15m"), Ok(Duration::from_secs(900)));
        assert_eq!(parse_duration("1h30m"), Ok(Duration::from_secs(5400)));
        for bad in ["", "m", "10x", "5m3", "0s"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }
}
