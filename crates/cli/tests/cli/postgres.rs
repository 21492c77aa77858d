//! `--db postgres://...`: errors without a server, and, when `GREENLIGHT_TEST_PG` names a
//! database, `ingest` and `extract | load` into PostgreSQL answer exactly as SQLite does.

use super::{bin, json, repo, run, run_stdin, stderr};
use std::path::Path;
use std::process::Command;

#[test]
fn an_unreachable_postgres_url_is_a_one_line_error_without_the_password() {
    let url = "postgres://gl:s3cret@127.0.0.1:1/news?connect_timeout=2";
    let o = run(Path::new(url), &["status", "Glass Harbor"]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("postgres://gl:***@127.0.0.1:1/news"), "{err}");
    assert!(!err.contains("s3cret"), "{err}");
}

#[test]
fn feeds_say_they_need_a_sqlite_file() {
    let o = run(Path::new("postgres://127.0.0.1:1/news"), &["feeds", "list"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("SQLite file"), "{}", stderr(&o));
}

/// A URL for a fresh schema in the test database, or `None` (after saying so).
fn fresh_schema(tag: &str) -> Option<String> {
    let Ok(url) = std::env::var("GREENLIGHT_TEST_PG") else {
        eprintln!("skipped: set GREENLIGHT_TEST_PG=postgres://... to run the PostgreSQL CLI tests");
        return None;
    };
    let schema = format!("greenlight_cli_{tag}_{}", std::process::id());
    let mut c = url
        .parse::<postgres::Config>()
        .unwrap()
        .connect(postgres::NoTls)
        .unwrap();
    c.batch_execute(&format!(
        "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"
    ))
    .unwrap();
    let sep = if url.contains('?') { '&' } else { '?' };
    Some(format!("{url}{sep}options=-csearch_path%3D{schema}"))
}

fn drop_schema(url: &str) {
    let base = std::env::var("GREENLIGHT_TEST_PG").unwrap();
    let schema = url.rsplit("%3D").next().unwrap();
    let mut c = base
        .parse::<postgres::Config>()
        .unwrap()
        .connect(postgres::NoTls)
        .unwrap();
    c.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
        .unwrap();
}

#[test]
fn ingest_and_filter_plus_load_into_postgres_answer_as_sqlite_ingest_does() {
    let (Some(ingested), Some(loaded)) = (fresh_schema("ingest"), fresh_schema("load")) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let sqlite = dir.path().join("ref.db");
    let examples = repo().join("examples/articles");
    let examples = examples.to_str().unwrap();
    for db in [sqlite.to_str().unwrap(), ingested.as_str()] {
        let o = run(Path::new(db), &["ingest", examples]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let filtered = Command::new(bin())
        .args(["extract", "--json", examples])
        .output()
        .unwrap();
    assert!(filtered.status.success());
    for _ in 0..2 {
        let o = run_stdin(Path::new(&loaded), &["load", "-"], &filtered.stdout);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let shows = json(&run(&sqlite, &["shows", "--json"]));
    assert!(shows.as_array().unwrap().len() >= 3, "{shows}");
    for db in [&ingested, &loaded] {
        assert_eq!(
            json(&run(Path::new(db), &["shows", "--json"])),
            shows,
            "{db}"
        );
    }
    for row in shows.as_array().unwrap() {
        let title = row["title"].as_str().unwrap();
        for args in [
            &["status", title, "--as-of", "2026-11-01", "--json"][..],
            &["timeline", title, "--json"][..],
        ] {
            let want = json(&run(&sqlite, args));
            for db in [&ingested, &loaded] {
                assert_eq!(json(&run(Path::new(db), args)), want, "{db} {args:?}");
            }
        }
    }
    drop_schema(&ingested);
    drop_schema(&loaded);
}
