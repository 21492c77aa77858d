//! Measures the near-duplicate sketch (`greenlight_store::dedup`): how alike copies and
//! genuinely different articles come out, how often LSH finds each as a candidate, and
//! what a sketch costs.
//!
//! ```sh
//! cargo build --release -p greenlight-store --example dedup_bench
//! taskset -c 0 target/release/examples/dedup_bench [--pages DIR] [--seeds DIR] [--corpus FILE.jsonl]
//! ```
//!
//! `--pages` (default `../shared/data/article-extraction-benchmark/html`) are real news
//! pages: each page's extracted text is compared with copies made from it the way
//! syndication makes them (new headline and byline, chrome lines, a "Related" line, a
//! copyright footer; a trimmed copy; paragraphs re-split; local word edits), and every
//! pair of different pages is compared as a negative. `--seeds` (default
//! `../shared/seeds`) are different outlets on one show. `--corpus` is a
//! `bench/gen_corpus.py` file (template-made articles, harsher than real news).
//! Missing inputs are skipped with a note. Nothing read here is written anywhere.

use greenlight_store::dedup::{Similarity, Sketch, BANDS};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn arg(args: &[String], name: &str, default: &str) -> PathBuf {
    args.windows(2)
        .find(|w| w[0] == name)
        .map(|w| PathBuf::from(&w[1]))
        .unwrap_or_else(|| PathBuf::from(default))
}

fn read_pages(dir: &Path) -> Vec<String> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut out = Vec::new();
    for p in paths {
        let Ok(raw) = std::fs::read(&p) else { continue };
        let bytes = if p.extension().is_some_and(|e| e == "gz") {
            let mut v = Vec::new();
            if flate2::read::GzDecoder::new(&raw[..])
                .read_to_end(&mut v)
                .is_err()
            {
                continue;
            }
            v
        } else {
            raw
        };
        let page = greenlight_ingest::html::extract_bytes(&bytes, None);
        if !page.body.trim().is_empty() {
            out.push(page.text);
        }
    }
    out
}

fn paragraphs(t: &str) -> Vec<&str> {
    t.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

fn chrome(body: &str, i: usize) -> String {
    let ps = paragraphs(body);
    let mid = ps.len() / 2;
    let mut out = vec![
        format!("Local desk: story number {i} you need to read today"),
        "By Wire Staff | Updated 3 hours ago".into(),
    ];
    for (k, p) in ps.iter().enumerate().skip(1) {
        if k == mid {
            out.push("RELATED: Five things to watch this weekend on streaming".into());
            out.push("Advertisement".into());
        }
        out.push(p.to_string());
    }
    out.push("Copyright 2024 Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.".into());
    out.join("\n\n")
}

/// The copies syndication makes of one text.
fn variants(t: &str, i: usize) -> Vec<(&'static str, String)> {
    let ps = paragraphs(t);
    let keep = (ps.len() * 6).div_ceil(10).max(1);
    let trimmed = ps[..keep].join("\n\n");
    let keep80 = (ps.len() * 8).div_ceil(10).max(1);
    let trimmed80 = ps[..keep80].join("\n\n");
    // The headline stays its own paragraph; body paragraphs are joined in pairs.
    let mut resplit: Vec<String> = vec![ps[0].to_string()];
    resplit.extend(ps[1..].chunks(2).map(|c| c.join(" ")));
    let edited: String = t
        .split(' ')
        .enumerate()
        .map(|(k, w)| if k % 40 == 39 { "edited" } else { w })
        .collect::<Vec<_>>()
        .join(" ");
    vec![
        ("identical text elsewhere", t.to_string()),
        ("chrome + new headline", chrome(t, i)),
        ("trimmed to 80% + chrome", chrome(&trimmed80, i)),
        ("trimmed to 60% + chrome", chrome(&trimmed, i)),
        (
            "paragraphs re-split + chrome",
            chrome(&resplit.join("\n\n"), i),
        ),
        ("every 40th word edited + chrome", chrome(&edited, i)),
    ]
}

/// Whether LSH makes the pair a candidate (they share a band key).
fn candidate(a: &Sketch, b: &Sketch) -> bool {
    let (ka, kb) = (a.band_keys(), b.band_keys());
    (0..BANDS).any(|i| ka[i] == kb[i])
}

fn pct(v: &mut [f64], p: f64) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[((v.len() - 1) as f64 * p).round() as usize]
}

fn exact_jaccard(a: &str, b: &str) -> f64 {
    let (x, y) = (
        greenlight_store::dedup::shingles(a),
        greenlight_store::dedup::shingles(b),
    );
    let (sx, sy): (
        std::collections::HashSet<u64>,
        std::collections::HashSet<u64>,
    ) = (x.into_iter().collect(), y.into_iter().collect());
    let inter = sx.intersection(&sy).count() as f64;
    inter / (sx.len() + sy.len()) as f64 * 1.0 / (1.0 - inter / (sx.len() + sy.len()) as f64)
}

struct Tally {
    name: String,
    j: Vec<f64>,
    c: Vec<f64>,
    copies: usize,
    found: usize,
}

impl Tally {
    fn new(name: &str) -> Self {
        Tally {
            name: name.into(),
            j: Vec::new(),
            c: Vec::new(),
            copies: 0,
            found: 0,
        }
    }
    fn add(&mut self, s: Similarity, cand: bool) {
        self.j.push(s.jaccard);
        self.c.push(s.containment);
        self.copies += s.is_copy() as usize;
        self.found += (s.is_copy() && cand) as usize;
    }
    fn print(&mut self) {
        let n = self.j.len();
        println!(
            "| {} | {} | {:.2} / {:.2} / {:.2} / {:.2} | {:.2} / {:.2} | {} ({:.1}%) | {} ({:.1}%) |",
            self.name,
            n,
            pct(&mut self.j, 0.0),
            pct(&mut self.j, 0.05),
            pct(&mut self.j, 0.5),
            pct(&mut self.j, 1.0),
            pct(&mut self.c, 0.5),
            pct(&mut self.c, 1.0),
            self.copies,
            100.0 * self.copies as f64 / n.max(1) as f64,
            self.found,
            100.0 * self.found as f64 / n.max(1) as f64,
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let pages_dir = arg(
        &args,
        "--pages",
        "../shared/data/article-extraction-benchmark/html",
    );
    let seeds_dir = arg(&args, "--seeds", "../shared/seeds");
    let corpus = args
        .windows(2)
        .find(|w| w[0] == "--corpus")
        .map(|w| PathBuf::from(&w[1]));

    let pages = read_pages(&pages_dir);
    println!("{} real pages from {}", pages.len(), pages_dir.display());
    println!();
    println!("| pairs | n | Jaccard min / p5 / median / max | containment median / max | judged copies | copies found by LSH |");
    println!("|---|---|---|---|---|---|");

    let sketches: Vec<Option<Sketch>> = pages.iter().map(|t| Sketch::of(t)).collect();
    let unsketched = sketches.iter().filter(|s| s.is_none()).count();
    let mut tallies: Vec<Tally> = Vec::new();
    let (mut err, mut errs) = (0.0f64, 0usize);
    for (i, (t, s)) in pages.iter().zip(&sketches).enumerate() {
        let Some(s) = s else { continue };
        for (k, (name, v)) in variants(t, i).into_iter().enumerate() {
            if tallies.len() <= k {
                tallies.push(Tally::new(&format!("page vs its copy: {name}")));
            }
            let Some(vs) = Sketch::of(&v) else { continue };
            let sim = s.similarity(&vs);
            err += (sim.jaccard - exact_jaccard(t, &v)).abs();
            errs += 1;
            tallies[k].add(sim, candidate(s, &vs));
        }
    }
    for t in &mut tallies {
        t.print();
    }
    let mut neg = Tally::new("two different real pages");
    let mut neg_cands = 0usize;
    let live: Vec<&Sketch> = sketches.iter().flatten().collect();
    for i in 0..live.len() {
        for j in i + 1..live.len() {
            let cand = candidate(live[i], live[j]);
            neg_cands += cand as usize;
            neg.add(live[i].similarity(live[j]), cand);
        }
    }
    if !neg.j.is_empty() {
        let n = neg.j.len();
        neg.print();
        println!("(LSH candidates among different real pages: {neg_cands} of {n})");
    }

    let seeds = read_pages_text(&seeds_dir);
    if seeds.len() >= 2 {
        let mut t = Tally::new("different outlets on one show (seeds)");
        let sk: Vec<Sketch> = seeds.iter().filter_map(|s| Sketch::of(s)).collect();
        for i in 0..sk.len() {
            for j in i + 1..sk.len() {
                t.add(sk[i].similarity(&sk[j]), candidate(&sk[i], &sk[j]));
            }
        }
        t.print();
    } else {
        println!("(no seeds in {})", seeds_dir.display());
    }

    if let Some(c) = corpus {
        let text = std::fs::read_to_string(&c).unwrap_or_default();
        let arts: Vec<(String, String)> = text
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .map(|v| {
                (
                    v["title"].as_str().unwrap_or("").to_string(),
                    v["text"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        let sk: Vec<Option<Sketch>> = arts.iter().map(|(_, t)| Sketch::of(t)).collect();
        let mut t = Tally::new(&format!(
            "two different generated articles ({} from {})",
            arts.len(),
            c.display()
        ));
        let n = arts.len().min(2000);
        for i in 0..n {
            for j in i + 1..n {
                if let (Some(a), Some(b)) = (&sk[i], &sk[j]) {
                    t.add(a.similarity(b), candidate(a, b));
                }
            }
        }
        t.print();
    }

    let fixtures = arg(&args, "--fixtures", "crates/cli/tests/fixtures/dedup");
    let mut named: Vec<(String, Sketch)> = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&fixtures) {
        let mut paths: Vec<PathBuf> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "html"))
            .collect();
        paths.sort();
        for p in paths {
            let page = greenlight_ingest::html::extract_bytes(&std::fs::read(&p).unwrap(), None);
            if let Some(sk) = Sketch::of(&page.text) {
                named.push((p.file_name().unwrap().to_string_lossy().into_owned(), sk));
            }
        }
    }
    if !named.is_empty() {
        println!();
        println!(
            "fixtures in {}: estimated Jaccard / containment",
            fixtures.display()
        );
        for i in 0..named.len() {
            for j in i + 1..named.len() {
                let s = named[i].1.similarity(&named[j].1);
                println!(
                    "  {:<28} {:<28} {:.2} / {:.2}{}",
                    named[i].0,
                    named[j].0,
                    s.jaccard,
                    s.containment,
                    if s.is_copy() { "  copy" } else { "" }
                );
            }
        }
    }

    println!();
    println!(
        "mean |estimated - exact| Jaccard over the copy pairs: {:.3}",
        err / errs.max(1) as f64
    );
    println!(
        "{unsketched} of {} real pages too short for a sketch",
        pages.len()
    );
    if !pages.is_empty() {
        let bytes: usize = pages.iter().map(|p| p.len()).sum();
        let rounds = 20;
        let start = Instant::now();
        let mut keep = 0u64;
        for _ in 0..rounds {
            for p in &pages {
                if let Some(s) = Sketch::of(p) {
                    keep = keep.wrapping_add(s.slots[0] as u64 + s.band_keys()[0] as u64);
                }
            }
        }
        let secs = start.elapsed().as_secs_f64();
        let n = (pages.len() * rounds) as f64;
        let start = Instant::now();
        for _ in 0..rounds {
            for p in &pages {
                keep = keep.wrapping_add(greenlight_store::dedup::shingles(p).len() as u64);
            }
        }
        println!(
            "of which shingling: {:.1} µs per page",
            start.elapsed().as_secs_f64() / n * 1e6
        );
        println!(
            "sketch cost: {:.1} µs per page ({:.1} KB of text on average), {:.0} pages/s, {:.1} MB/s on one thread [{keep}]",
            secs / n * 1e6,
            bytes as f64 / pages.len() as f64 / 1024.0,
            n / secs,
            bytes as f64 * rounds as f64 / secs / 1e6
        );
    }
}

fn read_pages_text(dir: &Path) -> Vec<String> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}
