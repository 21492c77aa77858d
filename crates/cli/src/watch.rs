//! `greenlight watch`: the watchlist. A watch POSTs a JSON event to its webhook when the
//! show's resolved status changes; `greenlight serve` and `greenlight watch run` deliver.

use crate::Db;
use anyhow::{bail, Result};
use clap::Subcommand;
use greenlight_core::title::title_key;
use greenlight_server::watch as gw;
use greenlight_store::query;
use greenlight_store::{BoxStore, Delivery, DeliveryState, Store, Watch};
use std::time::Duration;

#[derive(Subcommand)]
pub enum WatchCmd {
    /// Watch a show: POST a JSON event to the webhook whenever its status changes.
    Add {
        title: String,
        /// An http:// URL that accepts POSTed JSON.
        #[arg(long)]
        webhook: String,
        #[arg(long)]
        json: bool,
    },
    /// Every watch, with the status its webhook last heard of.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Stop watching: a watch id (from `watch list`), or a title (every watch on it).
    Remove {
        id_or_title: String,
        /// With a title: only the watch with this webhook.
        #[arg(long)]
        webhook: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// The delivery log: every event enqueued and every attempt to post it.
    Log {
        /// Only this watch.
        id: Option<i64>,
        #[arg(long)]
        json: bool,
    },
    /// Check for status changes and post due events; until interrupted, or --once.
    Run {
        /// One round, then exit (for cron, after `greenlight ingest`).
        #[arg(long)]
        once: bool,
        /// Seconds between checks.
        #[arg(long, default_value_t = 60.0)]
        interval: f64,
        /// The server's public address, for page links in events.
        #[arg(long)]
        site: Option<String>,
    },
}

fn open(db: &Db) -> Result<BoxStore> {
    db.open_for_write()
}

/// Reading a database that does not exist yet reads an empty store.
fn open_read(db: &Db) -> Result<BoxStore> {
    db.open_for_read()
}

fn time(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

fn baseline(w: &Watch) -> String {
    match &w.baseline {
        Some(b) => match b.since {
            Some(s) => format!("{} since {s}", b.status),
            None => b.status.to_string(),
        },
        None => "no status yet".into(),
    }
}

pub fn run(db: &Db, cmd: WatchCmd) -> Result<i32> {
    match cmd {
        WatchCmd::Add {
            title,
            webhook,
            json,
        } => {
            let mut store = open(db)?;
            let today = jiff::Zoned::now().date();
            let (w, added) = gw::add_watch(&mut store, &title, &webhook, today, gw::now_ms())
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            if json {
                println!("{}", serde_json::json!({"added": added, "watch": w}));
            } else {
                let verb = if added {
                    "watching"
                } else {
                    "already watching"
                };
                println!(
                    "{verb} {} (watch {}): {}; events go to {}",
                    w.title,
                    w.id,
                    baseline(&w),
                    w.webhook
                );
            }
            Ok(0)
        }
        WatchCmd::List { json } => {
            let store = open_read(db)?;
            let ws = store.watches()?;
            if json {
                println!("{}", serde_json::to_string(&ws)?);
            } else if ws.is_empty() {
                println!("no watches; add one with `greenlight watch add TITLE --webhook URL`");
            } else {
                let ds = store.deliveries(None)?;
                println!(
                    "{:>4}  {:<30} {:<26} {:<10} webhook",
                    "id", "show", "last heard", "delivered"
                );
                for w in &ws {
                    let (done, all) = counts(&ds, w.id);
                    println!(
                        "{:>4}  {:<30} {:<26} {:<10} {}",
                        w.id,
                        w.title,
                        baseline(w),
                        format!("{done}/{all}"),
                        w.webhook
                    );
                }
            }
            Ok(0)
        }
        WatchCmd::Remove {
            id_or_title,
            webhook,
            json,
        } => {
            let mut store = open(db)?;
            let ws = store.watches()?;
            let chosen: Vec<&Watch> = match id_or_title.trim().parse::<i64>() {
                Ok(id) if ws.iter().any(|w| w.id == id) => {
                    ws.iter().filter(|w| w.id == id).collect()
                }
                _ => {
                    let key = match query::lookup(&store, &id_or_title) {
                        Ok(show) => show.key,
                        Err(_) => title_key(&id_or_title),
                    };
                    ws.iter()
                        .filter(|w| {
                            w.show_key == key && webhook.as_ref().is_none_or(|h| &w.webhook == h)
                        })
                        .collect()
                }
            };
            if chosen.is_empty() {
                bail!("no watch matches {id_or_title:?}; `greenlight watch list` shows them");
            }
            let mut removed = Vec::new();
            for w in chosen {
                if store.remove_watch(w.id)? {
                    removed.push(w.id);
                    if !json {
                        println!("removed watch {} on {} ({})", w.id, w.title, w.webhook);
                    }
                }
            }
            if json {
                println!("{}", serde_json::json!({"removed": removed}));
            }
            Ok(0)
        }
        WatchCmd::Log { id, json } => {
            let store = open_read(db)?;
            let ds = store.deliveries(id)?;
            if json {
                println!("{}", serde_json::to_string(&ds)?);
                return Ok(0);
            }
            if ds.is_empty() {
                println!("no deliveries yet");
            }
            for d in ds {
                print_delivery(&d);
            }
            Ok(0)
        }
        WatchCmd::Run {
            once,
            interval,
            site,
        } => {
            if !(interval.is_finite() && interval > 0.0) {
                bail!("bad --interval {interval}: expected a positive number of seconds");
            }
            let every = (!once).then(|| Duration::from_secs_f64(interval));
            if !once {
                eprintln!(
                    "greenlight: watching {} every {interval} s (Ctrl-C stops)",
                    db.spec
                );
            }
            let (checked, delivered) = gw::run_blocking(&db.spec, every, site)?;
            if once {
                eprintln!(
                    "checked {} watch(es): {} change(s), {} event(s) enqueued; {} delivered, {} to retry, {} failed",
                    checked.watches, checked.changed, checked.enqueued, delivered.delivered, delivered.retrying, delivered.failed
                );
            }
            Ok(0)
        }
    }
}

fn counts(ds: &[Delivery], watch: i64) -> (usize, usize) {
    let mine = ds.iter().filter(|d| d.watch_id == watch);
    let all = mine.clone().count();
    (
        mine.filter(|d| d.state == DeliveryState::Delivered).count(),
        all,
    )
}

fn print_delivery(d: &Delivery) {
    let when = match d.state {
        DeliveryState::Delivered => format!("at {}", d.delivered_ms.map(time).unwrap_or_default()),
        DeliveryState::Pending => format!(
            "next attempt {}",
            d.next_attempt_ms.map(time).unwrap_or_default()
        ),
        DeliveryState::Failed => "gave up".into(),
    };
    println!(
        "delivery {} (watch {}) {}: {} {when}",
        d.id,
        d.watch_id,
        d.idempotency_key,
        d.state.as_str()
    );
    for a in &d.attempts {
        let code = a
            .http_status
            .map(|c| format!("HTTP {c}"))
            .unwrap_or_else(|| "no answer".into());
        let err = a
            .error
            .as_deref()
            .map(|e| format!(" ({e})"))
            .unwrap_or_default();
        println!("    {} {code}{err}", time(a.at_ms));
    }
}
