//! Scores greenlight's HTML body extraction on the Zyte article-extraction benchmark.
//!
//! ```sh
//! cargo build --release -p greenlight-ingest --example html_bench
//! taskset -c 0 target/release/examples/html_bench [DATA_DIR] [--raw | --trafilatura] [--min-f1 0.95] [--dump DIR]
//! ```
//!
//! `--trafilatura` scores the `trafilatura` crate; it needs
//! `--features greenlight-ingest/bench-trafilatura` at build time.
//!
//! DATA_DIR defaults to `$GREENLIGHT_BENCH_DATA`, else `../shared/data/article-extraction-benchmark`
//! beside the repository. When it is absent the run says so and exits 0. `--raw` scores
//! plain `dom_smoothie` (formatted text, default config) instead of greenlight's extractor,
//! for comparison on the same machine. `--dump DIR` writes each page's prediction and
//! truth for reading.
//!
//! The metric follows the benchmark's SOURCE.md: tokens are `\w+` runs (case kept),
//! shingles are 4-grams as multisets, per-page tp/fp/fn are normalised, P and R are macro
//! averages (an empty prediction is left out of P), F1 = 2PR/(P+R). Pages/s counts only
//! decoding and extraction of pages already in memory, on one thread.

use regex::Regex;
use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Tokens of a text: maximal runs of Unicode word characters.
fn tokens(text: &str) -> Vec<&str> {
    static WORD: std::sync::LazyLock<Regex> =
        std::sync::LazyLock::new(|| Regex::new(r"\w+").unwrap());
    WORD.find_iter(text).map(|m| m.as_str()).collect()
}

/// The multiset of 4-gram shingles; 1 to 3 tokens give one shorter shingle.
fn shingles<'a>(toks: &[&'a str]) -> HashMap<Vec<&'a str>, usize> {
    let mut m = HashMap::new();
    if toks.is_empty() {
        return m;
    }
    if toks.len() < 4 {
        m.insert(toks.to_vec(), 1);
        return m;
    }
    for w in toks.windows(4) {
        *m.entry(w.to_vec()).or_insert(0) += 1;
    }
    m
}

/// Per-page (tp, fp, fn), each divided by tp+fp+fn.
fn page_counts(truth: &str, pred: &str) -> (f64, f64, f64) {
    let (tt, pt) = (tokens(truth), tokens(pred));
    let (ts, ps) = (shingles(&tt), shingles(&pt));
    let mut tp = 0usize;
    let mut fp = 0usize;
    for (k, &pc) in &ps {
        let tc = ts.get(k).copied().unwrap_or(0);
        tp += pc.min(tc);
        fp += pc.saturating_sub(tc);
    }
    let fn_: usize = ts
        .iter()
        .map(|(k, &tc)| tc.saturating_sub(ps.get(k).copied().unwrap_or(0)))
        .sum();
    let all = (tp + fp + fn_) as f64;
    if all == 0.0 {
        return (0.0, 0.0, 0.0);
    }
    (tp as f64 / all, fp as f64 / all, fn_ as f64 / all)
}

#[derive(Default)]
struct Score {
    p_sum: f64,
    p_n: usize,
    r_sum: f64,
    r_n: usize,
    exact: usize,
    pages: usize,
}

impl Score {
    fn add(&mut self, truth: &str, pred: &str) -> (f64, f64) {
        let (tp, fp, fn_) = page_counts(truth, pred);
        self.pages += 1;
        if tokens(truth) == tokens(pred) {
            self.exact += 1;
        }
        let (mut p, mut r) = (f64::NAN, f64::NAN);
        if tp + fp > 0.0 {
            p = if fp == 0.0 { 1.0 } else { tp / (tp + fp) };
            self.p_sum += p;
            self.p_n += 1;
        }
        if tp + fn_ > 0.0 {
            r = if fn_ == 0.0 { 1.0 } else { tp / (tp + fn_) };
            self.r_sum += r;
            self.r_n += 1;
        }
        (p, r)
    }
    fn precision(&self) -> f64 {
        self.p_sum / self.p_n.max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.r_sum / self.r_n.max(1) as f64
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn raw_dom_smoothie(bytes: &[u8]) -> String {
    let (html, _, _) = greenlight_ingest::html::decode(bytes, None);
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    dom_smoothie::Readability::new(html.as_ref(), None, Some(cfg))
        .ok()
        .and_then(|mut r| r.parse().ok())
        .map(|a| a.text_content.to_string())
        .unwrap_or_default()
}

#[cfg(feature = "bench-trafilatura")]
fn trafilatura_rs(bytes: &[u8]) -> String {
    let (html, _, _) = greenlight_ingest::html::decode(bytes, None);
    trafilatura::extract(html.as_ref(), &trafilatura::Options::default())
        .map(|r| r.content_text)
        .unwrap_or_default()
}

#[cfg(not(feature = "bench-trafilatura"))]
fn trafilatura_rs(_: &[u8]) -> String {
    eprintln!("html_bench: build with --features bench-trafilatura to score the trafilatura crate");
    std::process::exit(2);
}

#[derive(Clone, Copy, PartialEq)]
enum Which {
    Greenlight,
    DomSmoothie,
    Trafilatura,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let (mut which, mut min_f1, mut dump) = (Which::Greenlight, None::<f64>, None::<PathBuf>);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--raw" => which = Which::DomSmoothie,
            "--trafilatura" => which = Which::Trafilatura,
            "--min-f1" => min_f1 = args.next().and_then(|v| v.parse().ok()),
            "--dump" => dump = args.next().map(PathBuf::from),
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let dir = dir
        .or_else(|| std::env::var_os("GREENLIGHT_BENCH_DATA").map(PathBuf::from))
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../../../shared/data/article-extraction-benchmark")
        });
    let gt_path = dir.join("ground-truth.json");
    let Ok(gt) = std::fs::read_to_string(&gt_path) else {
        println!(
            "html_bench: no benchmark data at {} (skipped)",
            dir.display()
        );
        return;
    };
    let gt: HashMap<String, serde_json::Value> =
        serde_json::from_str(&gt).expect("ground-truth.json is one JSON object");
    let mut ids: Vec<&String> = gt.keys().collect();
    ids.sort();
    // Load every page first so timing covers extraction only.
    let pages: Vec<(String, Vec<u8>, String)> = ids
        .iter()
        .map(|id| {
            let gz =
                std::fs::read(dir.join("html").join(format!("{id}.html.gz"))).expect("page file");
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(&gz[..])
                .read_to_end(&mut bytes)
                .expect("gzip page");
            let truth = gt[*id]["articleBody"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            (id.to_string(), bytes, truth)
        })
        .collect();
    let mut score = Score::default();
    let mut spent = Duration::ZERO;
    let mut worst: Vec<(f64, f64, String)> = Vec::new();
    if let Some(d) = &dump {
        std::fs::create_dir_all(d).expect("dump dir");
    }
    for (id, bytes, truth) in &pages {
        let t = Instant::now();
        let pred = match which {
            Which::Greenlight => greenlight_ingest::html::extract_bytes(bytes, None).body,
            Which::DomSmoothie => raw_dom_smoothie(bytes),
            Which::Trafilatura => trafilatura_rs(bytes),
        };
        spent += t.elapsed();
        let (p, r) = score.add(truth, &pred);
        worst.push((p, r, id.clone()));
        if let Some(d) = &dump {
            std::fs::write(d.join(format!("{id}.pred.txt")), &pred).unwrap();
            std::fs::write(d.join(format!("{id}.true.txt")), truth).unwrap();
        }
    }
    let n = pages.len();
    let mb: usize = pages.iter().map(|p| p.1.len()).sum();
    let label = match which {
        Which::Greenlight => "greenlight html::extract",
        Which::DomSmoothie => "dom_smoothie (plain)",
        Which::Trafilatura => "trafilatura crate (default options)",
    };
    println!("extractor   {label}");
    println!("pages       {n} ({:.1} MB of HTML)", mb as f64 / 1e6);
    println!("precision   {:.3}", score.precision());
    println!("recall      {:.3}", score.recall());
    println!("F1          {:.3}", score.f1());
    println!("accuracy    {:.3}", score.exact as f64 / n.max(1) as f64);
    println!(
        "pages/s     {:.0} ({:.2} s extracting)",
        n as f64 / spent.as_secs_f64(),
        spent.as_secs_f64()
    );
    if std::env::var_os("HTML_BENCH_WORST").is_some() {
        worst.sort_by(|a, b| {
            (a.0.min(a.1))
                .partial_cmp(&b.0.min(b.1))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        for (p, r, id) in worst.iter().take(25) {
            println!("  P {p:.2} R {r:.2} {id}");
        }
    }
    if let Some(min) = min_f1 {
        if score.f1() < min {
            eprintln!("html_bench: F1 {:.3} is below the floor {min}", score.f1());
            std::process::exit(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_score_one() {
        let mut s = Score::default();
        s.add("one two three four five", "one two three four five");
        assert_eq!((s.precision(), s.recall(), s.exact), (1.0, 1.0, 1));
    }

    #[test]
    fn extra_text_costs_precision_and_missing_text_costs_recall() {
        // truth has 2 shingles; prediction has those 2 plus 2 more.
        let (tp, fp, fn_) = page_counts("a b c d e", "a b c d e f g");
        assert_eq!((tp, fp, fn_), (0.5, 0.5, 0.0));
        let (tp, fp, fn_) = page_counts("a b c d e f g", "a b c d e");
        assert_eq!((tp, fp, fn_), (0.5, 0.0, 0.5));
    }

    #[test]
    fn empty_predictions_are_left_out_of_precision() {
        let mut s = Score::default();
        s.add("a b c d", "a b c d");
        s.add("e f g h", "");
        assert_eq!(s.precision(), 1.0);
        assert_eq!(s.recall(), 0.5);
    }

    #[test]
    fn short_texts_make_one_shingle() {
        assert_eq!(shingles(&["a", "b"]).len(), 1);
        assert!(shingles(&[]).is_empty());
    }
}
