//! The quality gate: precision, recall and F1 per status and per profile fact kind,
//! measured on the hand-written corpus in `corpus/`, against floors pinned in
//! `corpus/floors.json`. A score below its floor fails the build.
//!
//! Run `cargo test -p greenlight-extract --test corpus -- --nocapture` to see the table.

use greenlight_core::title::title_key;
use greenlight_core::{Article, ExtractedArticle};
use greenlight_extract::extract_with;
use greenlight_extract::rules::RuleSet;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus")
}

fn jsonl(p: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{}:{}: {e}", p.display(), i + 1))
        })
        .collect()
}

#[derive(Default, Debug, Clone, Copy)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Score {
    fn p(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn r(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

type Table = BTreeMap<String, Score>;

fn tally<T: Ord + Clone>(
    table: &mut Table,
    class: impl Fn(&T) -> String,
    got: &BTreeSet<T>,
    want: &BTreeSet<T>,
    misses: &mut Vec<String>,
    id: &str,
) where
    T: std::fmt::Debug,
{
    for g in got {
        let s = table.entry(class(g)).or_default();
        if want.contains(g) {
            s.tp += 1;
        } else {
            s.fp += 1;
            misses.push(format!("{id}: extra {g:?}"));
        }
    }
    for w in want.difference(got) {
        table.entry(class(w)).or_default().fn_ += 1;
        misses.push(format!("{id}: missed {w:?}"));
    }
}

fn extract(text: &str, published: Option<&str>, rules: &RuleSet) -> ExtractedArticle {
    let a = Article {
        text: text.to_string(),
        published: published.and_then(|p| p.parse().ok()),
        source: "corpus".into(),
        ..Default::default()
    };
    extract_with(rules, &a, &[])
}

fn total(t: &Table) -> Score {
    t.values().fold(Score::default(), |a, s| Score {
        tp: a.tp + s.tp,
        fp: a.fp + s.fp,
        fn_: a.fn_ + s.fn_,
    })
}

fn print(name: &str, t: &Table) {
    println!("\n{name}");
    println!(
        "  {:<22} {:>5} {:>5} {:>5}  {:>6} {:>6} {:>6}",
        "class", "tp", "fp", "fn", "P", "R", "F1"
    );
    for (k, s) in t
        .iter()
        .chain(std::iter::once((&"ALL".to_string(), &total(t))))
    {
        println!(
            "  {:<22} {:>5} {:>5} {:>5}  {:>6.3} {:>6.3} {:>6.3}",
            k,
            s.tp,
            s.fp,
            s.fn_,
            s.p(),
            s.r(),
            s.f1()
        );
    }
}

/// Checks every pinned floor for a table; returns the failures.
fn check_floors(section: &str, t: &Table, floors: &Value) -> Vec<String> {
    let mut bad = Vec::new();
    let Some(f) = floors.get(section).and_then(|v| v.as_object()) else {
        return bad;
    };
    for (class, fl) in f {
        let s = if class == "ALL" {
            total(t)
        } else {
            t.get(class).copied().unwrap_or_default()
        };
        for (metric, v) in [("precision", s.p()), ("recall", s.r()), ("f1", s.f1())] {
            if let Some(min) = fl.get(metric).and_then(|x| x.as_f64()) {
                if v + 1e-9 < min {
                    bad.push(format!(
                        "{section}/{class} {metric} {v:.3} < floor {min:.3}"
                    ));
                }
            }
        }
    }
    bad
}

fn floors() -> Value {
    serde_json::from_str(
        &std::fs::read_to_string(corpus().join("floors.json")).expect("corpus/floors.json"),
    )
    .expect("floors.json parses")
}

fn report_misses(name: &str, misses: &[String]) {
    if std::env::var_os("GREENLIGHT_CORPUS_VERBOSE").is_some() {
        println!("\n{name}: {} misses", misses.len());
        for m in misses {
            println!("  {m}");
        }
    }
}

/// Prints a table and its misses, then fails if any score is below its floor.
fn finish(title: &str, section: &str, table: &Table, misses: &[String]) {
    print(title, table);
    report_misses(title, misses);
    let bad = check_floors(section, table, &floors());
    assert!(bad.is_empty(), "below floor: {bad:#?}");
}

#[test]
fn status_sentences_meet_their_floors() {
    let path = corpus().join("status/sentences.jsonl");
    if !path.exists() {
        eprintln!("skipping: {} is absent", path.display());
        return;
    }
    let rules = RuleSet::builtin();
    let mut table = Table::new();
    let mut misses = Vec::new();
    for item in jsonl(&path) {
        let id = item["id"].as_str().unwrap_or("?");
        // A sentence is read as body text under a neutral headline, as it would stand in
        // an article; the "headline-" items are headlines themselves.
        let text = item["text"].as_str().unwrap();
        let text = if id.starts_with("headline-") {
            text.to_string()
        } else {
            format!("TV series news\n\n{text}")
        };
        let out = extract(&text, item["published"].as_str(), &rules);
        let got: BTreeSet<(String, String)> = out
            .shows
            .iter()
            .filter_map(|s| s.status.map(|st| (title_key(&s.title), st.to_string())))
            .collect();
        let want: BTreeSet<(String, String)> = item["expect"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    title_key(e["title"].as_str().unwrap()),
                    e["status"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        tally(
            &mut table,
            |(_, s): &(String, String)| s.clone(),
            &got,
            &want,
            &mut misses,
            id,
        );
    }
    finish(
        "status claims, sentence corpus",
        "status_sentences",
        &table,
        &misses,
    );
}

#[test]
fn status_articles_meet_their_floors() {
    let dir = corpus().join("status/articles");
    let path = dir.join("expected.jsonl");
    if !path.exists() {
        eprintln!("skipping: {} is absent", path.display());
        return;
    }
    let rules = RuleSet::builtin();
    let mut table = Table::new();
    let mut misses = Vec::new();
    let (mut season_ok, mut season_n, mut net_ok, mut net_n) = (0, 0, 0, 0);
    for item in jsonl(&path) {
        let file = item["file"].as_str().unwrap();
        let raw = std::fs::read_to_string(dir.join(file)).unwrap();
        let a = greenlight_ingest::read_text(&raw, file, &Default::default()).unwrap();
        let out = extract_with(&rules, &a, &[]);
        let got: BTreeSet<(String, String)> = out
            .shows
            .iter()
            .filter_map(|s| s.status.map(|st| (title_key(&s.title), st.to_string())))
            .collect();
        let mut want: BTreeSet<(String, String)> = BTreeSet::new();
        for e in item["shows"].as_array().unwrap() {
            let k = title_key(e["title"].as_str().unwrap());
            want.insert((k.clone(), e["status"].as_str().unwrap().to_string()));
            if let Some(s) = out.shows.iter().find(|s| title_key(&s.title) == k) {
                if let Some(n) = e["season"].as_u64() {
                    season_n += 1;
                    season_ok += usize::from(s.season == Some(n as u16));
                }
                if let Some(n) = e["network"].as_str() {
                    net_n += 1;
                    net_ok += usize::from(
                        s.network
                            .as_deref()
                            .is_some_and(|x| title_key(x) == title_key(n)),
                    );
                }
            }
        }
        tally(
            &mut table,
            |(_, s): &(String, String)| s.clone(),
            &got,
            &want,
            &mut misses,
            file,
        );
    }
    println!(
        "  season correct where both known: {season_ok}/{season_n}; network: {net_ok}/{net_n}"
    );
    finish(
        "article verdicts, article corpus",
        "status_articles",
        &table,
        &misses,
    );
}

fn pair_key(a: &str, c: &str) -> (String, String) {
    (title_key(a), title_key(c))
}

#[test]
fn cast_pairs_meet_their_floors() {
    let path = corpus().join("profile/cast.jsonl");
    if !path.exists() {
        eprintln!("skipping: {} is absent", path.display());
        return;
    }
    let rules = RuleSet::builtin();
    let mut table = Table::new();
    let mut misses = Vec::new();
    for item in jsonl(&path) {
        let id = item["id"].as_str().unwrap_or("?");
        let show = item["show"].as_str().unwrap_or("The Test Show");
        let text = format!(
            "'{show}' Season 2: Everything We Know\n\n{}",
            item["text"].as_str().unwrap()
        );
        let out = extract(&text, Some("2024-01-01"), &rules);
        let got: BTreeSet<(String, String)> = out
            .shows
            .iter()
            .flat_map(|s| s.facts.iter())
            .filter(|f| f.kind == "cast")
            .map(|f| {
                pair_key(
                    f.value["actor"].as_str().unwrap_or(""),
                    f.value["character"].as_str().unwrap_or(""),
                )
            })
            .collect();
        let want: BTreeSet<(String, String)> = item["expect"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                pair_key(
                    e["actor"].as_str().unwrap(),
                    e["character"].as_str().unwrap(),
                )
            })
            .collect();
        tally(
            &mut table,
            |_: &(String, String)| "cast".to_string(),
            &got,
            &want,
            &mut misses,
            id,
        );
    }
    finish(
        "cast pairs, sentence corpus",
        "cast_sentences",
        &table,
        &misses,
    );
}

/// A comparable key for a fact, by kind.
fn fact_key(kind: &str, v: &Value) -> Option<String> {
    let s = |k: &str| {
        v.get(k)
            .and_then(|x| x.as_str())
            .map(title_key)
            .unwrap_or_default()
    };
    let n = |k: &str| {
        v.get(k)
            .and_then(|x| x.as_u64())
            .map(|x| x.to_string())
            .unwrap_or_default()
    };
    let d = |k: &str| {
        v.get(k)
            .and_then(|x| x.as_str())
            .map(|x| x.get(..7).unwrap_or(x).to_string())
            .unwrap_or_default()
    };
    Some(match kind {
        "creator" => s("name"),
        "person" => s("name"),
        "based_on" => format!(
            "{}|{}",
            s("author"),
            v.get("year")
                .and_then(|y| y.as_u64())
                .map(|y| y.to_string())
                .unwrap_or_default()
        ),
        "genre" => s("genre"),
        "filming" => format!("{}|{}|{}", n("season"), d("start"), d("end")),
        "premiere" => format!("{}|{}", n("season"), d("date")),
        "projection" => d("date"),
        "signal" => {
            let sig = v.get("signal").and_then(|x| x.as_str()).unwrap_or("");
            if sig == "fan_campaign" {
                format!("{sig}|{}", s("hashtag").replace(' ', ""))
            } else {
                sig.to_string()
            }
        }
        "comparison" => s("title"),
        _ => return None,
    })
}

#[test]
fn profile_facts_meet_their_floors() {
    let path = corpus().join("profile/facts.jsonl");
    if !path.exists() {
        eprintln!("skipping: {} is absent", path.display());
        return;
    }
    let rules = RuleSet::builtin();
    let mut table = Table::new();
    let mut misses = Vec::new();
    for item in jsonl(&path) {
        let id = item["id"].as_str().unwrap_or("?");
        let text = format!(
            "'The Test Show' Season 2: Everything We Know\n\n{}",
            item["text"].as_str().unwrap()
        );
        let out = extract(&text, item["published"].as_str(), &rules);
        let got: BTreeSet<(String, String)> = out
            .shows
            .iter()
            .flat_map(|s| s.facts.iter())
            .filter(|f| f.kind != "cast")
            .filter_map(|f| fact_key(&f.kind, &f.value).map(|k| (f.kind.clone(), k)))
            .collect();
        let want: BTreeSet<(String, String)> = item["expect"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| {
                let kind = e["kind"].as_str()?;
                fact_key(kind, e).map(|k| (kind.to_string(), k))
            })
            .collect();
        tally(
            &mut table,
            |(k, _): &(String, String)| k.clone(),
            &got,
            &want,
            &mut misses,
            id,
        );
    }
    finish(
        "profile facts, sentence corpus",
        "profile_facts",
        &table,
        &misses,
    );
}

#[test]
fn profile_articles_cast_meets_its_floor() {
    let dir = corpus().join("profile/articles");
    let path = dir.join("expected.jsonl");
    if !path.exists() {
        eprintln!("skipping: {} is absent", path.display());
        return;
    }
    let rules = RuleSet::builtin();
    let mut table = Table::new();
    let mut misses = Vec::new();
    for item in jsonl(&path) {
        let file = item["file"].as_str().unwrap();
        let raw = std::fs::read_to_string(dir.join(file)).unwrap();
        let a = greenlight_ingest::read_text(&raw, file, &Default::default()).unwrap();
        let out = extract_with(&rules, &a, &[]);
        let show = title_key(item["show"].as_str().unwrap_or(""));
        let got: BTreeSet<(String, String)> = out
            .shows
            .iter()
            .filter(|s| title_key(&s.title) == show)
            .flat_map(|s| s.facts.iter())
            .filter(|f| f.kind == "cast")
            .map(|f| {
                pair_key(
                    f.value["actor"].as_str().unwrap_or(""),
                    f.value["character"].as_str().unwrap_or(""),
                )
            })
            .collect();
        // A pair counts when the actor matches and the character matches as written in
        // this article or in its corrected spelling.
        let mut want: BTreeSet<(String, String)> = BTreeSet::new();
        for e in item["cast"].as_array().into_iter().flatten() {
            let actor = e["actor"].as_str().unwrap_or("");
            let written = e
                .get("as_written")
                .and_then(|w| w.get("character"))
                .and_then(|c| c.as_str());
            let ch = e["character"].as_str().unwrap_or("");
            let k = pair_key(actor, ch);
            let alt = written.map(|w| pair_key(actor, w));
            match alt {
                Some(a) if got.contains(&a) => want.insert(a),
                _ => want.insert(k),
            };
        }
        tally(
            &mut table,
            |_: &(String, String)| "cast".to_string(),
            &got,
            &want,
            &mut misses,
            file,
        );
    }
    finish(
        "cast pairs, profile article corpus",
        "cast_articles",
        &table,
        &misses,
    );
}
