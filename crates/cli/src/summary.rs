//! The summary every `ingest`, `load` and `poll` run ends with: what was read, what was
//! skipped and why, exact and near duplicates, new claims, and the shows whose status
//! (as of today) the run changed.

use anyhow::{Context, Result};
use greenlight_core::ExtractedArticle;
use greenlight_store::query::{StatusChange, StatusChanges};
use greenlight_store::{PutOutcome, Store};
use std::collections::BTreeMap;

/// A near-duplicate stored as a copy during the run.
#[derive(Clone, Debug, serde::Serialize)]
pub struct CopyNote {
    pub source: String,
    pub url: Option<String>,
    /// The key of the stored article it is a copy of.
    pub of: String,
    pub similarity: f32,
}

/// What one run did. `--json` prints it as one object.
#[derive(Default, Debug, serde::Serialize)]
pub struct Summary {
    /// Articles read (each reached the store, or was a bad record).
    pub read: usize,
    /// New sources stored with their claims.
    pub stored: usize,
    /// Exact and near duplicates together.
    pub duplicates: usize,
    /// Articles already stored under the same key (URL, else text hash).
    pub exact_duplicates: usize,
    /// Near-duplicates stored as copies linked to their original (see `copies`).
    pub near_duplicates: usize,
    pub skipped: usize,
    /// Claims and facts added.
    pub claims: usize,
    pub facts: usize,
    /// One line per skipped record, naming its source.
    pub skipped_reasons: Vec<String>,
    /// How many records were skipped for each kind of problem.
    pub skipped_by_kind: BTreeMap<String, usize>,
    pub copies: Vec<CopyNote>,
    /// Shows whose resolved status as of today this run changed.
    pub status_changes: Vec<StatusChange>,
}

/// A run in progress.
pub struct Run {
    pub summary: Summary,
    changes: StatusChanges,
}

impl Run {
    pub fn new(today: jiff::civil::Date) -> Self {
        Run {
            summary: Summary::default(),
            changes: StatusChanges::new(today, today),
        }
    }

    /// Stores one article and counts what happened; returns "stored", "duplicate" or
    /// "copy".
    pub fn store(&mut self, store: &mut dyn Store, x: &ExtractedArticle) -> Result<&'static str> {
        self.changes
            .before_put(store, x)
            .with_context(|| format!("failed to read the store before {}", x.source))?;
        let s = &mut self.summary;
        Ok(
            match store
                .put(x)
                .with_context(|| format!("failed to store {}", x.source))?
            {
                PutOutcome::Stored { claims, facts } => {
                    s.stored += 1;
                    s.claims += claims;
                    s.facts += facts;
                    "stored"
                }
                PutOutcome::Duplicate => {
                    s.duplicates += 1;
                    s.exact_duplicates += 1;
                    "duplicate"
                }
                PutOutcome::Copy { of, similarity } => {
                    s.duplicates += 1;
                    s.near_duplicates += 1;
                    s.copies.push(CopyNote {
                        source: x.source.clone(),
                        url: x.url.clone(),
                        of,
                        similarity,
                    });
                    "copy"
                }
            },
        )
    }

    /// Counts a skipped record of this kind, with its one-line message.
    pub fn skip(&mut self, kind: &str, message: String) {
        self.summary.skipped += 1;
        *self
            .summary
            .skipped_by_kind
            .entry(kind.to_string())
            .or_default() += 1;
        self.summary.skipped_reasons.push(message);
    }

    /// Ends the run: works out the status changes.
    pub fn finish(mut self, store: &dyn Store) -> Result<Summary> {
        self.summary.status_changes = self
            .changes
            .finish(store)
            .context("failed to read status changes")?;
        Ok(self.summary)
    }
}

/// At most this many copy and status-change lines in the readable summary.
const MAX_LINES: usize = 20;

/// The readable summary, e.g. "ingested 3 article(s): 1 stored, 2 duplicate(s) (1 exact,
/// 1 near), 0 skipped; ..." and one line per copy and status change.
pub fn render(s: &Summary, verb: &str) -> String {
    let mut out = format!(
        "{verb} {} article(s): {} stored, {} duplicate(s)",
        s.read, s.stored, s.duplicates
    );
    if s.duplicates > 0 {
        out += &format!(
            " ({} exact, {} near)",
            s.exact_duplicates, s.near_duplicates
        );
    }
    out += &format!(", {} skipped", s.skipped);
    if !s.skipped_by_kind.is_empty() {
        let kinds: Vec<String> = s
            .skipped_by_kind
            .iter()
            .map(|(k, n)| format!("{k}: {n}"))
            .collect();
        out += &format!(" ({})", kinds.join(", "));
    }
    out += &format!("; {} claim(s), {} fact(s) added", s.claims, s.facts);
    let none = || "none".to_string();
    out += &format!("; {} status change(s)", s.status_changes.len());
    for c in s.copies.iter().take(MAX_LINES) {
        out += &format!(
            "\n  copy: {} is a near-duplicate of {} (similarity {:.2})",
            c.source, c.of, c.similarity
        );
    }
    if s.copies.len() > MAX_LINES {
        out += &format!(
            "\n  ... and {} more copies (--json lists all)",
            s.copies.len() - MAX_LINES
        );
    }
    for c in s.status_changes.iter().take(MAX_LINES) {
        let since = c.since.map(|d| format!(" since {d}")).unwrap_or_default();
        out += &format!(
            "\n  status: {}: {} -> {}{since}",
            c.title,
            c.from.map(|x| x.to_string()).unwrap_or_else(none),
            c.to.map(|x| x.to_string()).unwrap_or_else(none)
        );
    }
    if s.status_changes.len() > MAX_LINES {
        out += &format!(
            "\n  ... and {} more status changes (--json lists all)",
            s.status_changes.len() - MAX_LINES
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use greenlight_core::Status;
    use greenlight_store::suite::{article, story, wire_copy, WIRE_STORY};
    use greenlight_store::SqliteStore;

    #[test]
    fn a_run_counts_outcomes_skips_and_status_changes() {
        let mut store = SqliteStore::in_memory().unwrap();
        let mut run = Run::new(jiff::civil::date(2024, 6, 1));
        let wire = story("wire", "Harbor Lights", Status::Renewed, WIRE_STORY);
        assert_eq!(run.store(&mut store, &wire).unwrap(), "stored");
        assert_eq!(run.store(&mut store, &wire).unwrap(), "duplicate");
        assert_eq!(
            run.store(
                &mut store,
                &story("copy", "Harbor Lights", Status::Renewed, &wire_copy())
            )
            .unwrap(),
            "copy"
        );
        assert_eq!(
            run.store(&mut store, &article("gh", "Glass Harbor"))
                .unwrap(),
            "stored"
        );
        run.skip("binary data", "x.bin: binary data, not an article".into());
        run.summary.read = 5;
        let s = run.finish(&store).unwrap();
        assert_eq!(
            (
                s.stored,
                s.duplicates,
                s.exact_duplicates,
                s.near_duplicates,
                s.skipped,
                s.claims,
                s.facts
            ),
            (2, 2, 1, 1, 1, 2, 2)
        );
        assert_eq!(s.copies[0].of, "wire");
        assert_eq!(s.copies[0].source, "copy.txt");
        assert_eq!(s.skipped_by_kind["binary data"], 1);
        let titles: Vec<&str> = s.status_changes.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(titles, ["Glass Harbor", "Harbor Lights"]);
        let text = render(&s, "ingested");
        assert!(
            text.starts_with("ingested 5 article(s): 2 stored, 2 duplicate(s) (1 exact, 1 near), 1 skipped (binary data: 1); 2 claim(s), 2 fact(s) added; 2 status change(s)"),
            "{text}"
        );
        assert!(
            text.contains("\n  copy: copy.txt is a near-duplicate of wire (similarity "),
            "{text}"
        );
        assert!(
            text.contains("\n  status: Harbor Lights: none -> renewed since 2023-04-05"),
            "{text}"
        );
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["status_changes"][1]["from"], serde_json::Value::Null);
        assert_eq!(json["status_changes"][1]["to"], "renewed");
    }
}
