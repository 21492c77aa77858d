//! End-to-end tests of the `greenlight` binary: the contract's commands, bad input,
//! idempotency, and the seed articles when `../shared/seeds` is present.

#[path = "cli/dedup.rs"]
mod dedup;
#[path = "cli/postgres.rs"]
mod postgres;
#[path = "cli/web_bad_input.rs"]
mod web_bad_input;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_greenlight")
}

fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(bin())
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("runs")
}

fn run_stdin(db: &Path, args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut c = Command::new(bin())
        .arg("--db")
        .arg(db)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    c.stdin.take().unwrap().write_all(input).unwrap();
    c.wait_with_output().unwrap()
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&o.stdout)))
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

const GOOD: &str = " date 2024-03-12 HBO Renews 'The Glass Harbor' for Season 3\n\nHBO has renewed The Glass Harbor for a third season.\n";

#[test]
fn bad_inputs_are_reported_one_line_each_and_the_rest_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("good.txt"), GOOD).unwrap();
    std::fs::write(d.join("latin1.txt"), b"caf\xe9 renewed \xff\xfe").unwrap();
    std::fs::write(d.join("binary.txt"), [0u8, 1, 2, 3, 0, 255, 0]).unwrap();
    std::fs::write(
        d.join("absurd.txt"),
        " date 9999-13-45 Something renewed\n\nBody.",
    )
    .unwrap();
    std::fs::write(
        d.join("batch.jsonl"),
        "{\"url\":\"u1\",\"published\":\"2023-01-02\",\"text\":\"Fox has cancelled Lantern Street after two seasons.\"}\n{\"url\":\"u2\",\"text\":\"trunc\n{\"url\":\"u3\",\"published\":\"20233-01-02\",\"text\":\"x\"}\n",
    )
    .unwrap();
    let big = "word ".repeat(11 * 1024 * 1024);
    std::fs::write(d.join("huge.txt"), big).unwrap();
    let db = d.join("g.db");
    let o = run(&db, &["ingest", d.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "a batch with bad records exits 1");
    let err = stderr(&o);
    for needle in [
        "not valid UTF-8",
        "binary data",
        "bad date",
        "malformed JSONL line",
        "too large",
        "batch.jsonl:2",
        "batch.jsonl:3",
    ] {
        assert!(err.contains(needle), "stderr lacks {needle:?}:\n{err}");
    }
    for line in err.lines().filter(|l| l.starts_with("greenlight: skipped")) {
        assert!(line.len() < 400, "one short line per error: {line}");
    }
    // The good records were stored.
    let s = json(&run(&db, &["status", "The Glass Harbor", "--json"]));
    assert_eq!(s["status"], "renewed");
    let s = json(&run(&db, &["status", "lantern street", "--json"]));
    assert_eq!(s["status"], "cancelled");
    // And a second bad batch loses nothing already stored.
    let o = run(&db, &["ingest", d.join("binary.txt").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        json(&run(&db, &["status", "The Glass Harbor", "--json"]))["status"],
        "renewed"
    );
}

#[test]
fn bad_flags_and_unknown_titles_exit_nonzero_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("g.db");
    let o = run(&db, &["status", "x", "--as-of", "2022-02-30"]);
    assert_ne!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("no such day"), "{}", stderr(&o));
    let o = run(&db, &["extract", "--format", "pdf", "x"]);
    assert_ne!(o.status.code(), Some(0));
    let o = run(
        &db,
        &["ingest", dir.path().join("missing.txt").to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("cannot read"), "{}", stderr(&o));
    run_stdin(&db, &["ingest", "-"], GOOD.as_bytes());
    let o = run(&db, &["status", "Glass Harber", "--json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("The Glass Harbor"),
        "suggests the closest title: {}",
        stderr(&o)
    );
    assert_eq!(stderr(&o).lines().count(), 1);
}

#[test]
fn ingest_is_idempotent_and_extract_load_matches_ingest() {
    let dir = tempfile::tempdir().unwrap();
    let examples = repo().join("examples/articles");
    let (a, b) = (dir.path().join("a.db"), dir.path().join("b.db"));
    assert!(run(&a, &["ingest", examples.to_str().unwrap()])
        .status
        .success());
    let t1 = json(&run(&a, &["timeline", "Lantern Street", "--json"]));
    assert!(run(&a, &["ingest", examples.to_str().unwrap()])
        .status
        .success());
    let t2 = json(&run(&a, &["timeline", "Lantern Street", "--json"]));
    assert_eq!(t1, t2, "ingesting twice stores once");
    let ex = Command::new(bin())
        .args(["extract", "--json", examples.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(ex.status.success());
    assert_eq!(String::from_utf8_lossy(&ex.stdout).lines().count(), 4);
    let o = run_stdin(&b, &["load", "-"], &ex.stdout);
    assert!(o.status.success(), "{}", stderr(&o));
    for title in [
        "Lantern Street",
        "The Glass Harbor",
        "Night Ferry",
        "Back Forty",
    ] {
        for as_of in ["2024-07-01", "2026-01-01"] {
            let sa = json(&run(&a, &["status", title, "--as-of", as_of, "--json"]));
            let sb = json(&run(&b, &["status", title, "--as-of", as_of, "--json"]));
            assert_eq!(sa, sb, "{title} as of {as_of}");
        }
    }
    let lt = json(&run(&b, &["status", "Lantern Street", "--json"]));
    assert_eq!(
        (lt["status"].as_str(), lt["network"].as_str()),
        (Some("revived"), Some("Peacock"))
    );
    let lt = json(&run(
        &b,
        &[
            "status",
            "Lantern Street",
            "--as-of",
            "2024-06-01",
            "--json",
        ],
    ));
    assert_eq!(lt["status"], "cancelled");
    let rows = json(&run(&b, &["shows", "--status", "renewed", "--json"]));
    assert_eq!(rows.as_array().unwrap().len(), 1);
}

#[test]
fn extract_output_carries_offsets_into_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("a.txt");
    std::fs::write(&f, " date 2023-05-01 “Glass” news\n\nIt’s official: Fox has cancelled “Lantern Street” after two seasons.").unwrap();
    let o = Command::new(bin())
        .args(["extract", "--json", f.to_str().unwrap()])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let text: Vec<char> = v["text"].as_str().unwrap().chars().collect();
    let show = &v["shows"][0];
    assert_eq!(show["title"], "Lantern Street");
    assert_eq!(show["season"], 3);
    let ev = &show["claims"][0]["evidence"];
    let (s, e) = (
        ev["start"].as_u64().unwrap() as usize,
        ev["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        text[s..e].iter().collect::<String>(),
        ev["text"].as_str().unwrap()
    );
    assert_eq!(v["source"], f.to_str().unwrap());
}

fn seeds() -> Option<Vec<PathBuf>> {
    let dir = repo().join("../shared/seeds");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    v.sort();
    (!v.is_empty()).then_some(v)
}

#[test]
fn seeds_resolve_partner_track_over_time() {
    let Some(files) = seeds() else {
        eprintln!("skipping: ../shared/seeds is absent");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("g.db");
    let mut args = vec!["ingest"];
    args.extend(files.iter().map(|p| p.to_str().unwrap()));
    assert!(run(&db, &args).status.success());
    let now = json(&run(&db, &["status", "Partner Track", "--json"]));
    assert_eq!(now["status"], "cancelled");
    assert_eq!(now["season"], 2);
    assert_eq!(now["network"], "Netflix");
    assert!(now["since"].as_str().unwrap().starts_with("2022-11"));
    let said: Vec<&str> = now["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["said_by"].as_str())
        .collect();
    assert!(
        said.contains(&"Variety"),
        "cites the Variety report: {said:?}"
    );
    let then = json(&run(
        &db,
        &["status", "partner track", "--as-of", "2022-10-20", "--json"],
    ));
    assert_eq!(then["status"], "undecided");
    let cited: Vec<&str> = then["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["date"].as_str())
        .collect();
    assert!(
        cited.contains(&"2022-10-18"),
        "cites the Oct. 18 interview: {cited:?}"
    );
    for f in &files {
        let o = Command::new(bin())
            .args(["extract", "--json", f.to_str().unwrap()])
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        for s in v["shows"].as_array().unwrap() {
            if !s["status"].is_null() {
                assert_eq!(
                    s["title"],
                    "Partner Track",
                    "only Partner Track gets a status in {}",
                    f.display()
                );
            }
        }
    }
    let p = json(&run(&db, &["show", "Partner Track", "--json"]));
    let cast: Vec<(String, String)> = p["cast"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["actor"].as_str().unwrap().to_string(),
                c["character"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(cast.len(), 8, "{cast:?}");
    assert!(cast.contains(&("Arden Cho".into(), "Ingrid Yun".into())));
    assert!(p["projected_premiere"].is_null());
}

/// Entity resolution across the profile fixtures: misspelled names merge into the
/// spelling most sources use, and near-miss titles stay separate shows.
#[test]
fn profiles_merge_misspellings_and_keep_near_miss_titles_apart() {
    let dir = repo().join("corpus/profile/articles");
    let groups: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("groups.json")).unwrap()).unwrap();
    let expected: Vec<Value> = std::fs::read_to_string(dir.join("expected.jsonl"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("g.db");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.to_str().unwrap().to_string())
        .collect();
    files.sort();
    let mut args = vec!["ingest"];
    args.extend(files.iter().map(String::as_str));
    let o = run(&db, &args);
    assert!(o.status.success(), "{}", stderr(&o));
    let norm = |s: &str| {
        s.to_lowercase()
            .replace(['-', '.', '\''], " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    for g in groups["same_show"].as_array().unwrap() {
        let title = g["show"].as_str().unwrap();
        let o = run(&db, &["show", title, "--json"]);
        assert!(o.status.success(), "{title}: {}", stderr(&o));
        let p = json(&o);
        for r in g["reconcile"].as_array().unwrap() {
            let (wrong, right) = (
                norm(r["wrong"].as_str().unwrap()),
                norm(r["right"].as_str().unwrap()),
            );
            for c in p["cast"].as_array().unwrap() {
                let ch = norm(c["character"].as_str().unwrap_or(""));
                assert_ne!(
                    ch, wrong,
                    "{title}: the misspelling {wrong:?} won over {right:?}"
                );
            }
        }
    }
    for pair in groups["must_stay_apart"].as_array().unwrap() {
        let shows: Vec<&str> = pair["shows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        let slugs: Vec<String> = shows
            .iter()
            .map(|t| {
                json(&run(&db, &["show", t, "--json"]))["slug"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_ne!(slugs[0], slugs[1], "{shows:?} merged");
        for t in &shows {
            let p = json(&run(&db, &["show", t, "--json"]));
            let actors: Vec<String> = p["cast"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| norm(c["actor"].as_str().unwrap()))
                .collect();
            let e = expected.iter().find(|e| e["show"] == *t).unwrap();
            for not in e["not_cast"].as_array().into_iter().flatten() {
                let n = norm(not.as_str().unwrap());
                assert!(!actors.contains(&n), "{t}: {n} is another show's cast");
            }
        }
    }
}
