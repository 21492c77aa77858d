//! The `greenlight` binary: parses flags, calls the libraries, prints, exits.

mod feeds;
mod profile_view;
mod summary;
mod titles;
mod watch;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use greenlight_core::{ExtractedArticle, PartialDate, Status};
use greenlight_ingest::{read_inputs, Format, ReadOptions};
use greenlight_store::query::{self, QueryError};
use greenlight_store::{BoxStore, Store, StoreSpec};
use std::io::{BufRead, Write};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "greenlight",
    version,
    about = "What is this show's status, who said so, and what's next?"
)]
struct Cli {
    /// The database: a SQLite file, or a postgres://user@host/db URL (default: $GREENLIGHT_DB,
    /// else greenlight.db in the user's data directory).
    #[arg(long, global = true, env = "GREENLIGHT_DB")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(clap::Args, Clone)]
struct InputArgs {
    /// Files, directories (recursive) or - for standard input.
    #[arg(required = true)]
    inputs: Vec<String>,
    /// Force the input format instead of detecting it.
    #[arg(long, value_parser = parse_format)]
    format: Option<Format>,
    /// Publication date for a single-article input.
    #[arg(long, value_parser = parse_date)]
    published: Option<PartialDate>,
    /// URL for a single-article input.
    #[arg(long)]
    url: Option<String>,
    /// Know exactly these titles (one per line) and learn none while reading, so each
    /// article's output is the same however the input is split across processes.
    #[arg(long, value_name = "FILE")]
    titles: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Read articles and print what they say, one JSON object per article; stores nothing.
    Extract {
        #[command(flatten)]
        input: InputArgs,
        /// Print one JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// Extract and store articles with their claims (idempotent).
    Ingest {
        #[command(flatten)]
        input: InputArgs,
        /// Print the summary as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Store the output of `extract --json` as if the articles had been ingested.
    Load {
        /// JSONL files from `extract --json`, or - for standard input.
        #[arg(required = true)]
        inputs: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// A show's resolved status as of a date.
    Status {
        title: String,
        #[arg(long, value_parser = parse_day)]
        as_of: Option<jiff::civil::Date>,
        #[arg(long)]
        json: bool,
    },
    /// Every status claim about a show, oldest first.
    Timeline {
        title: String,
        #[arg(long)]
        json: bool,
    },
    /// Everything known about a show: status, cast, creators, source, seasons, signals.
    Show {
        title: String,
        #[arg(long, value_parser = parse_day)]
        as_of: Option<jiff::civil::Date>,
        #[arg(long)]
        json: bool,
    },
    /// The scorecard: every tracked show's status.
    Shows {
        #[arg(long, value_parser = parse_status)]
        status: Option<Status>,
        #[arg(long)]
        network: Option<String>,
        #[arg(long, value_parser = parse_day)]
        as_of: Option<jiff::civil::Date>,
        #[arg(long)]
        json: bool,
    },
    /// The watchlist: webhooks told when a show's status changes.
    Watch {
        #[command(subcommand)]
        cmd: watch::WatchCmd,
    },
    /// The RSS/Atom feeds that `poll` reads: add, list, remove.
    Feeds {
        #[command(subcommand)]
        cmd: feeds::FeedsCmd,
    },
    /// Fetch every subscribed feed and ingest each new item's page; with --every, keep polling.
    Poll {
        /// Poll again after this long (e.g. 30s, 15m, 1h) until interrupted.
        #[arg(long, value_parser = feeds::parse_duration)]
        every: Option<std::time::Duration>,
        /// Print each poll's summary as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Serve the store over HTTP until interrupted.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
    },
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
}
fn parse_date(s: &str) -> Result<PartialDate, String> {
    s.parse()
        .map_err(|e: greenlight_core::DateError| e.to_string())
}
fn parse_day(s: &str) -> Result<jiff::civil::Date, String> {
    let d: PartialDate = parse_date(s)?;
    if d.day.is_none() {
        return Err(format!("bad date {s:?}: expected YYYY-MM-DD"));
    }
    Ok(d.start())
}
fn parse_status(s: &str) -> Result<Status, String> {
    s.parse()
}

fn default_db() -> PathBuf {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("greenlight").join("greenlight.db")
}

fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_env("GREENLIGHT_LOG"))
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            let msg = format!("{e:#}").replace('\n', " ");
            eprintln!("greenlight: {msg}");
            std::process::exit(1);
        }
    }
}

/// The store every command names with `--db`.
pub(crate) struct Db {
    spec: StoreSpec,
}

impl Db {
    fn new(path: PathBuf) -> Self {
        Db {
            spec: StoreSpec::from_path(path),
        }
    }
    fn open_for_write(&self) -> Result<BoxStore> {
        greenlight_store::open(&self.spec)
            .with_context(|| format!("failed to open database {}", self.spec))
    }
    /// Reading a SQLite file that does not exist yet reads an empty store.
    fn open_for_read(&self) -> Result<BoxStore> {
        greenlight_store::open_for_read(&self.spec)
            .with_context(|| format!("failed to open database {}", self.spec))
    }
}

fn run(cli: Cli) -> Result<i32> {
    let db = Db::new(cli.db.unwrap_or_else(default_db));
    match cli.cmd {
        Cmd::Extract { input, json } => extract(&input, json),
        Cmd::Ingest { input, json } => ingest(&db, &input, json),
        Cmd::Load { inputs, json } => load(&db, &inputs, json),
        Cmd::Status { title, as_of, json } => {
            let store = db.open_for_read()?;
            let ans = query::status(&store, &title, as_of.unwrap_or_else(today), today())
                .map_err(edge)?;
            if json {
                println!("{}", serde_json::to_string(&ans)?);
            } else {
                let season = ans
                    .season
                    .map(|s| format!(" (season {s})"))
                    .unwrap_or_default();
                let net = ans
                    .network
                    .as_deref()
                    .map(|n| format!(" on {n}"))
                    .unwrap_or_default();
                let since = ans.since.map(|s| format!(" since {s}")).unwrap_or_default();
                println!(
                    "{}{}: {}{}{}, as of {}",
                    ans.title, net, ans.status, season, since, ans.as_of
                );
                for e in &ans.evidence {
                    let who = e.said_by.as_deref().unwrap_or("unattributed");
                    let when = e
                        .date
                        .map(|d| d.to_string())
                        .unwrap_or_else(|| "undated".into());
                    println!("  [{when}] {who} ({}): {}", e.certainty, e.text.trim());
                    println!("      {}", e.url.as_deref().unwrap_or(&e.source));
                }
                for c in &ans.contradictions {
                    println!(
                        "  contradicted by [{}] {}: {}",
                        c.claim
                            .date
                            .map(|d| d.to_string())
                            .unwrap_or_else(|| "undated".into()),
                        c.claim.status,
                        c.claim.text.trim()
                    );
                    println!("      why it does not stand: {}", c.reason);
                }
            }
            Ok(0)
        }
        Cmd::Timeline { title, json } => {
            let store = db.open_for_read()?;
            let (show, rows) = query::timeline(&store, &title).map_err(edge)?;
            if json {
                println!("{}", serde_json::to_string(&rows)?);
            } else {
                println!("{} — {} claims", show.title, rows.len());
                for r in rows {
                    let when = r
                        .date
                        .map(|d| d.to_string())
                        .unwrap_or_else(|| "undated".into());
                    let who = r.said_by.as_deref().unwrap_or("unattributed");
                    println!(
                        "{when:<10}  {:<9}  {:<9}  {who}: {}",
                        r.status.as_str(),
                        r.certainty.as_str(),
                        r.text.trim()
                    );
                    println!("{:<10}  {}", "", r.url.as_deref().unwrap_or(&r.source));
                }
            }
            Ok(0)
        }
        Cmd::Show { title, as_of, json } => {
            let store = db.open_for_read()?;
            profile_view::show(&store, &title, as_of.unwrap_or_else(today), today(), json)
        }
        Cmd::Shows {
            status,
            network,
            as_of,
            json,
        } => {
            let store = db.open_for_read()?;
            let rows = query::scorecard(
                &store,
                as_of.unwrap_or_else(today),
                today(),
                status,
                network.as_deref(),
            )?;
            if json {
                println!("{}", serde_json::to_string(&rows)?);
            } else {
                println!(
                    "{:<36} {:<10} {:>6} {:<14} {:<10} source",
                    "show", "status", "season", "network", "since"
                );
                for r in rows {
                    println!(
                        "{:<36} {:<10} {:>6} {:<14} {:<10} {}",
                        r.title,
                        r.status.as_str(),
                        r.season.map(|s| s.to_string()).unwrap_or_default(),
                        r.network.unwrap_or_default(),
                        r.since.map(|s| s.to_string()).unwrap_or_default(),
                        r.said_by.unwrap_or_default()
                    );
                }
            }
            Ok(0)
        }
        Cmd::Watch { cmd } => watch::run(&db, cmd),
        Cmd::Feeds { cmd } => feeds::feeds(&db, cmd),
        Cmd::Poll { every, json } => feeds::poll(&db, every, json),
        Cmd::Serve { addr } => {
            greenlight_server::serve(db.spec.clone(), addr)?;
            Ok(0)
        }
    }
}

/// Turns query errors into one-line messages.
fn edge(e: QueryError) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

fn read_opts(i: &InputArgs) -> ReadOptions {
    ReadOptions {
        format: i.format,
        published: i.published,
        url: i.url.clone(),
    }
}

fn extract(input: &InputArgs, json: bool) -> Result<i32> {
    let mut ex = titles::Reader::new(input.titles.as_deref())?;
    let mut errors = 0;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut io_err: Option<std::io::Error> = None;
    read_inputs(&input.inputs, &read_opts(input), |r| {
        if io_err.is_some() {
            return;
        }
        match r {
            Ok(a) => {
                let x = ex.extract(&a);
                let res = if json {
                    serde_json::to_writer(&mut out, &x)
                        .map_err(std::io::Error::from)
                        .and_then(|_| writeln!(out))
                } else {
                    print_article(&mut out, &x)
                };
                if let Err(e) = res.and_then(|_| out.flush()) {
                    io_err = Some(e);
                }
            }
            Err(e) => {
                errors += 1;
                eprintln!("greenlight: skipped {e}");
            }
        }
    });
    if let Some(e) = io_err {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            bail!("failed to write output: {e}");
        }
    }
    Ok(if errors > 0 { 1 } else { 0 })
}

fn print_article(out: &mut impl Write, x: &ExtractedArticle) -> std::io::Result<()> {
    writeln!(
        out,
        "{} ({})",
        x.title.as_deref().unwrap_or("untitled"),
        x.source
    )?;
    for s in &x.shows {
        let st = s
            .status
            .map(|s| s.to_string())
            .unwrap_or_else(|| "no status".into());
        let season = s.season.map(|n| format!(" season {n}")).unwrap_or_default();
        writeln!(
            out,
            "  {} [{}]: {}{}",
            s.title,
            s.network.as_deref().unwrap_or("?"),
            st,
            season
        )?;
        for c in &s.claims {
            let who = c.said_by.as_deref().unwrap_or("-");
            let when = c
                .date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "undated".into());
            writeln!(
                out,
                "    {:<9} {:<9} {when:<10} {who:<20} {} | {}",
                c.status.as_str(),
                c.certainty.as_str(),
                c.rule,
                c.evidence.text.trim()
            )?;
        }
    }
    Ok(())
}

fn progress(n_inputs: usize) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new_spinner();
    let style = indicatif::ProgressStyle::with_template(
        "{spinner} {pos} articles, {rate}, {elapsed} {msg}",
    )
    .unwrap()
    .with_key(
        "rate",
        |st: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
            let _ = write!(w, "{:.0}/s", st.per_sec());
        },
    );
    pb.set_style(style);
    pb.enable_steady_tick(std::time::Duration::from_millis(250));
    pb.set_message(format!("from {n_inputs} input(s)"));
    pb
}

fn finish(s: &summary::Summary, json: bool, verb: &str) -> Result<i32> {
    if json {
        println!("{}", serde_json::to_string(s)?);
    } else {
        eprintln!("{}", summary::render(s, verb));
    }
    Ok(if s.skipped > 0 { 1 } else { 0 })
}

fn ingest(db: &Db, input: &InputArgs, json: bool) -> Result<i32> {
    let mut store = db.open_for_write()?;
    let mut ex = titles::Reader::new(input.titles.as_deref())?;
    if matches!(ex, titles::Reader::Learning(_)) {
        ex.learn_titles(store.shows()?.into_iter().map(|s| s.title));
    }
    let mut run = summary::Run::new(today());
    let pb = progress(input.inputs.len());
    let mut fatal: Option<anyhow::Error> = None;
    read_inputs(&input.inputs, &read_opts(input), |r| {
        if fatal.is_some() {
            return;
        }
        pb.inc(1);
        run.summary.read += 1;
        match r {
            Ok(a) => {
                let x = ex.extract(&a);
                if let Err(e) = run.store(&mut store, &x) {
                    fatal = Some(e);
                }
            }
            Err(e) => {
                pb.suspend(|| eprintln!("greenlight: skipped {e}"));
                run.skip(e.kind(), e.to_string());
            }
        }
    });
    pb.finish_and_clear();
    if let Some(e) = fatal {
        return Err(e);
    }
    let s = run.finish(&store)?;
    finish(&s, json, "ingested")
}

fn load(db: &Db, inputs: &[String], json: bool) -> Result<i32> {
    let mut store = db.open_for_write()?;
    let mut run = summary::Run::new(today());
    let pb = progress(inputs.len());
    for input in inputs {
        let reader: Box<dyn BufRead> = if input == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            Box::new(std::io::BufReader::new(
                std::fs::File::open(input).with_context(|| format!("failed to open {input}"))?,
            ))
        };
        for (n, line) in reader.lines().enumerate() {
            let src = format!("{input}:{}", n + 1);
            let line = match line {
                Ok(l) => l,
                Err(e) => {
                    run.summary.read += 1;
                    let msg = format!("{src}: cannot read: {e}");
                    pb.suspend(|| eprintln!("greenlight: skipped {msg}"));
                    let bad_line = e.kind() == std::io::ErrorKind::InvalidData;
                    run.skip(if bad_line { "not UTF-8" } else { "unreadable" }, msg);
                    // A line that is not UTF-8 is consumed; any other error would repeat.
                    if bad_line {
                        continue;
                    }
                    break;
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            pb.inc(1);
            run.summary.read += 1;
            match serde_json::from_str::<ExtractedArticle>(&line) {
                Ok(x) => {
                    run.store(&mut store, &x)?;
                }
                Err(e) => {
                    let msg = format!("{src}: malformed extract line: {e}");
                    pb.suspend(|| eprintln!("greenlight: skipped {msg}"));
                    run.skip("malformed extract line", msg);
                }
            }
        }
    }
    pb.finish_and_clear();
    let s = run.finish(&store)?;
    finish(&s, json, "loaded")
}
