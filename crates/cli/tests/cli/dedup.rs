//! Near-duplicates end to end: syndicated and AMP copies count once, with the copies
//! linked; different outlets' own reports stay separate sources; run summaries say so.

use super::{json, run, run_stdin, stderr, Command};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/dedup")
        .join(name)
        .display()
        .to_string()
}

const ORIGINAL_URL: &str = "https://meridianwire.test/entertainment/copper-sound-renewed-season-3";

fn ingest(db: &Path, files: &[&str]) -> Value {
    let paths: Vec<String> = files.iter().map(|f| fixture(f)).collect();
    let mut args = vec!["ingest", "--json"];
    args.extend(paths.iter().map(String::as_str));
    let o = run(db, &args);
    assert!(o.status.success(), "{}", stderr(&o));
    json(&o)
}

fn timeline(db: &Path) -> Vec<Value> {
    json(&run(db, &["timeline", "Copper Sound", "--json"]))
        .as_array()
        .unwrap()
        .clone()
}

fn sources(tl: &[Value]) -> Vec<String> {
    let mut urls: Vec<String> = tl
        .iter()
        .map(|e| e["url"].as_str().unwrap_or("").to_string())
        .collect();
    urls.dedup();
    urls
}

#[test]
fn a_wire_copy_in_other_chrome_is_a_linked_copy_in_a_later_run() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("g.db");
    let first = ingest(&db, &["wire_original.html"]);
    assert_eq!(
        (first["stored"].as_u64(), first["near_duplicates"].as_u64()),
        (Some(1), Some(0))
    );
    let changes = first["status_changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(
        (
            changes[0]["title"].as_str(),
            &changes[0]["from"],
            changes[0]["to"].as_str()
        ),
        (Some("Copper Sound"), &Value::Null, Some("renewed"))
    );
    let before = timeline(&db);
    let status_before = json(&run(&db, &["status", "Copper Sound", "--json"]));

    let second = ingest(&db, &["local_paper_copy.html"]);
    assert_eq!(
        (
            second["read"].as_u64(),
            second["stored"].as_u64(),
            second["near_duplicates"].as_u64(),
            second["exact_duplicates"].as_u64()
        ),
        (Some(1), Some(0), Some(1), Some(0))
    );
    assert_eq!(
        (second["claims"].as_u64(), second["facts"].as_u64()),
        (Some(0), Some(0))
    );
    let copy = &second["copies"][0];
    assert_eq!(
        copy["of"].as_str(),
        Some(format!("url:{ORIGINAL_URL}").as_str())
    );
    assert_eq!(
        copy["url"],
        "https://astoriacourier.test/news/2024/05/15/copper-sound-hulu-season-3"
    );
    assert!(copy["similarity"].as_f64().unwrap() >= 0.5, "{copy}");
    assert!(
        second["status_changes"].as_array().unwrap().is_empty(),
        "a copy changes no status"
    );

    let after = timeline(&db);
    assert_eq!(
        after.len(),
        before.len(),
        "the timeline does not lengthen for a syndicated copy"
    );
    assert_eq!(sources(&after), [ORIGINAL_URL]);
    let linked: Vec<&str> = after[0]["copies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["url"].as_str().unwrap())
        .collect();
    assert_eq!(
        linked,
        ["https://astoriacourier.test/news/2024/05/15/copper-sound-hulu-season-3"]
    );
    let status_after = json(&run(&db, &["status", "Copper Sound", "--json"]));
    assert_eq!(
        status_after["evidence"], status_before["evidence"],
        "resolution sees one source"
    );
}

#[test]
fn amp_versions_are_exact_by_canonical_link_or_near_without_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("g.db");
    ingest(&db, &["wire_original.html"]);
    let amp = ingest(&db, &["wire_original.amp.html"]);
    assert_eq!(
        (
            amp["exact_duplicates"].as_u64(),
            amp["near_duplicates"].as_u64()
        ),
        (Some(1), Some(0)),
        "{amp}"
    );
    let cached = ingest(&db, &["amp_cache_copy.html"]);
    assert_eq!(
        (
            cached["exact_duplicates"].as_u64(),
            cached["near_duplicates"].as_u64()
        ),
        (Some(0), Some(1)),
        "{cached}"
    );
    assert_eq!(cached["copies"][0]["url"], Value::Null);
    assert_eq!(sources(&timeline(&db)), [ORIGINAL_URL]);
}

#[test]
fn one_batch_stores_the_story_once_and_other_outlets_and_stories_apart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("g.db");
    let s = ingest(
        &db,
        &[
            "wire_original.html",
            "local_paper_copy.html",
            "amp_cache_copy.html",
            "other_outlet_writeup.html",
            "wire_other_story.html",
        ],
    );
    assert_eq!(
        (
            s["read"].as_u64(),
            s["stored"].as_u64(),
            s["duplicates"].as_u64(),
            s["near_duplicates"].as_u64()
        ),
        (Some(5), Some(3), Some(2), Some(2)),
        "{s}"
    );
    let of: Vec<&str> = s["copies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["of"].as_str().unwrap())
        .collect();
    assert_eq!(
        of,
        [format!("url:{ORIGINAL_URL}"), format!("url:{ORIGINAL_URL}")]
    );
    let tl = timeline(&db);
    let mut urls = sources(&tl);
    urls.sort();
    assert_eq!(
        urls,
        [
            "https://meridianwire.test/entertainment/copper-sound-renewed-season-3",
            "https://screenledger.test/tv/copper-sound-season-3-hulu"
        ],
        "two outlets in their own words are two sources"
    );
    let titles: Vec<&str> = s["status_changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Copper Sound", "Glass Orchard"]);
}

#[test]
fn extract_then_load_links_copies_like_ingest() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("g.db");
    let files = [
        fixture("wire_original.html"),
        fixture("local_paper_copy.html"),
        fixture("other_outlet_writeup.html"),
    ];
    let ex = Command::new(super::bin())
        .arg("extract")
        .arg("--json")
        .args(&files)
        .output()
        .unwrap();
    assert!(ex.status.success());
    let o = run_stdin(&db, &["load", "--json", "-"], &ex.stdout);
    assert!(o.status.success(), "{}", stderr(&o));
    let s = json(&o);
    assert_eq!(
        (s["stored"].as_u64(), s["near_duplicates"].as_u64()),
        (Some(2), Some(1)),
        "{s}"
    );
    let ingested = dir.path().join("i.db");
    ingest(
        &ingested,
        &[
            "wire_original.html",
            "local_paper_copy.html",
            "other_outlet_writeup.html",
        ],
    );
    assert_eq!(timeline(&db), timeline(&ingested));
}

#[test]
fn the_readable_summary_names_copies_and_status_changes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("g.db");
    let o = run(
        &db,
        &[
            "ingest",
            &fixture("wire_original.html"),
            &fixture("local_paper_copy.html"),
        ],
    );
    assert!(o.status.success());
    let err = stderr(&o);
    assert!(
        err.starts_with(
            "ingested 2 article(s): 1 stored, 1 duplicate(s) (0 exact, 1 near), 0 skipped; "
        ),
        "{err}"
    );
    assert!(
        err.contains("\n  copy: ")
            && err.contains(
                "local_paper_copy.html is a near-duplicate of url:https://meridianwire.test/"
            ),
        "{err}"
    );
    assert!(
        err.contains("\n  status: Copper Sound: none -> renewed since 2024-05-14"),
        "{err}"
    );
    assert!(o.stdout.is_empty(), "the readable summary goes to stderr");
}

fn feed_file(dir: &Path) -> PathBuf {
    let p = dir.join("desk.xml");
    std::fs::write(
        &p,
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>TV Desk & More</title>\
         <item><title>Fox cancels Lantern Street</title><link>https://desk.test/lantern-street</link><pubDate>Mon, 20 May 2024 09:00:00 GMT</pubDate>\
         <description><![CDATA[<p>Fox has cancelled Lantern Street after two seasons, Deadline reported on Friday.</p>]]></description></item>\
         <item><title>Peacock revives Lantern Street</title><link>https://desk.test/lantern-street-revived</link><pubDate>August 2nd, 2024</pubDate>\
         <description>Lantern Street has been revived by Peacock for a third season, three months after Fox cancelled the procedural.</description></item>\
         <item><title>No text</title><link>https://desk.test/none</link></item>\
         </channel></rss>",
    )
    .unwrap();
    p
}

#[test]
fn a_feed_file_is_ingested_item_by_item() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("g.db");
    let feed = feed_file(dir.path());
    let o = run(&db, &["ingest", "--json", feed.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "the item without text is reported"
    );
    let s = json(&o);
    assert_eq!(
        (
            s["read"].as_u64(),
            s["stored"].as_u64(),
            s["skipped"].as_u64()
        ),
        (Some(3), Some(2), Some(1)),
        "{s}"
    );
    assert_eq!(s["skipped_by_kind"]["feed item without text"], 1);
    assert!(
        stderr(&o).contains("desk.xml:3: feed item has neither content nor a summary"),
        "{}",
        stderr(&o)
    );
    let st = json(&run(&db, &["status", "Lantern Street", "--json"]));
    assert_eq!(
        (st["status"].as_str(), st["network"].as_str()),
        (Some("revived"), Some("Peacock"))
    );
    let st = json(&run(
        &db,
        &[
            "status",
            "Lantern Street",
            "--as-of",
            "2024-06-01",
            "--json",
        ],
    ));
    assert_eq!(st["status"], "cancelled");
    assert_eq!(st["evidence"][0]["url"], "https://desk.test/lantern-street");
    // Forced, from standing input, the same.
    let other = dir.path().join("h.db");
    let o = run_stdin(
        &other,
        &["ingest", "--format", "feed", "-"],
        &std::fs::read(&feed).unwrap(),
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        json(&run(&other, &["status", "Lantern Street", "--json"]))["status"],
        "revived"
    );
}
