//! `--titles FILE`: extraction that knows a fixed list of titles and learns none.
//!
//! By default an extractor learns each title it gives a status to, so a title quoted in
//! one article is found unquoted in a later one; an article's claims then depend on which
//! articles the same process read before it. That is right for one `ingest`, but a
//! parallel map step (a Spark partition, one of several workers) would give answers that
//! depend on how the input was split. With `--titles`, each article is read knowing
//! exactly the file's titles, so its output depends only on the article and the file,
//! however the input is sharded, ordered or retried.

use anyhow::{Context, Result};
use greenlight_core::{Article, ExtractedArticle};
use greenlight_extract::mentions::plausible_title;
use greenlight_extract::rules::RuleSet;
use greenlight_extract::{extract_with, Extractor};
use std::collections::BTreeSet;
use std::path::Path;

/// The extractor a command reads with.
pub enum Reader {
    /// Learns titles as it goes (seeded with the store's, for `ingest`).
    Learning(Extractor),
    /// Knows exactly these titles and learns none.
    Fixed(FixedTitles),
}

impl Reader {
    /// A fixed-titles reader from `titles`, else a learning one.
    pub fn new(titles: Option<&Path>) -> Result<Self> {
        Ok(match titles {
            Some(p) => Reader::Fixed(FixedTitles::load(p)?),
            None => Reader::Learning(Extractor::new()),
        })
    }

    /// Seeds a learning reader with titles known from elsewhere (the store); a fixed
    /// reader keeps to its file.
    pub fn learn_titles(&mut self, titles: impl IntoIterator<Item = String>) {
        if let Reader::Learning(ex) = self {
            ex.learn_titles(titles);
        }
    }

    pub fn extract(&mut self, a: &Article) -> ExtractedArticle {
        match self {
            Reader::Learning(ex) => ex.extract(a),
            Reader::Fixed(f) => f.extract(a),
        }
    }
}

/// Extraction over a fixed title list.
pub struct FixedTitles {
    rules: RuleSet,
    titles: Vec<String>,
    automaton: Option<aho_corasick::AhoCorasick>,
}

impl FixedTitles {
    /// Titles one per line (blank lines and lines starting with `#` are ignored).
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("failed to read titles {}", path.display()))?;
        Ok(Self::new(text.lines()))
    }

    pub fn new<'a>(lines: impl IntoIterator<Item = &'a str>) -> Self {
        let titles: BTreeSet<String> = lines
            .into_iter()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#') && plausible_title(l))
            .map(str::to_string)
            .collect();
        let titles: Vec<String> = titles.into_iter().collect();
        let automaton = (!titles.is_empty())
            .then(|| aho_corasick::AhoCorasick::new(&titles).expect("titles build an automaton"));
        FixedTitles {
            rules: RuleSet::builtin(),
            titles,
            automaton,
        }
    }

    /// The known titles that occur in `text`, sorted.
    fn known_in(&self, text: &str) -> Vec<String> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let found: BTreeSet<usize> = ac
            .find_overlapping_iter(text)
            .map(|m| m.pattern().as_usize())
            .collect();
        found.into_iter().map(|i| self.titles[i].clone()).collect()
    }

    pub fn extract(&self, a: &Article) -> ExtractedArticle {
        extract_with(&self.rules, a, &self.known_in(&a.text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article {
            text: text.into(),
            published: Some("2023-01-05".parse().unwrap()),
            ..Default::default()
        }
    }

    #[test]
    fn a_fixed_reader_answers_alike_whatever_it_read_before() {
        let quoted = article("Netflix has renewed “Salt Ledger” for a second season.");
        let unquoted = article("Netflix renewed fan favourite Salt Ledger on Tuesday.");
        // A learning extractor reads the unquoted article differently after the quoted one.
        let mut learning = Extractor::new();
        let cold = learning.extract(&unquoted);
        learning.extract(&quoted);
        let warm = learning.extract(&unquoted);
        assert_ne!(
            serde_json::to_string(&cold).unwrap(),
            serde_json::to_string(&warm).unwrap()
        );
        // A fixed reader gives the same answer first or after.
        let fixed = FixedTitles::new(["Salt Ledger"]);
        let first = fixed.extract(&unquoted);
        fixed.extract(&quoted);
        assert_eq!(
            serde_json::to_string(&first).unwrap(),
            serde_json::to_string(&fixed.extract(&unquoted)).unwrap()
        );
        assert!(
            first.shows.iter().any(|s| s.title == "Salt Ledger"),
            "{first:?}"
        );
    }

    #[test]
    fn comments_blanks_and_implausible_titles_are_left_out() {
        let f = FixedTitles::new(["# shows", "", "  Salt Ledger  ", "netflix", "Salt Ledger"]);
        assert_eq!(f.titles, vec!["Salt Ledger"]);
    }
}
