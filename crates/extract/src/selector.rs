//! Which rules can fire in a sentence, read off the rules' own patterns.
//!
//! Every match of a pattern contains one of a few literal strings ("renew", "cancel",
//! "will not"): its *required factors*, found by walking the pattern's syntax tree. One
//! case-insensitive Aho-Corasick automaton over all rules' factors names, in one pass
//! over a sentence, the rules whose pattern could match there; only those are run.
//! A rule whose pattern has no required literal is always run. The selection is sound
//! by construction (a candidate set is a superset of the matching rules), so it changes
//! which regexes run, never what they find.
//!
//! Each group of a rule must be met: "will not return" needs "will" or "won't", and
//! "return". This replaced one `RegexSet` over all patterns, whose lazy DFA kept growing
//! its cache across a batch: over 1,000 generated articles the selector takes 5% fewer
//! instructions and 17 MB less peak memory, with byte-identical output (BENCHMARKS.md).

use regex_syntax::hir::{Hir, HirKind};

/// What every match of a pattern contains: groups of lowercased literal strings, each
/// group holding one string every match contains at least one of. Empty when the
/// pattern can match without any fixed string.
pub fn required_factors(pattern: &str) -> Vec<Vec<String>> {
    // Rules are compiled case-insensitively with a leading "(?i)"; parsed without it the
    // literals stay literals, and the automaton folds ASCII case itself.
    let p = pattern.strip_prefix("(?i)").unwrap_or(pattern);
    let Ok(hir) = regex_syntax::ParserBuilder::new().build().parse(p) else {
        return Vec::new();
    };
    let mut groups = all_of(&hir);
    for g in &mut groups {
        g.sort();
        g.dedup();
    }
    groups.sort();
    groups.dedup();
    groups
}

/// The longest piece of a literal the automaton can match soundly: a non-ASCII letter
/// with other cases ("ä", matched as "Ä" under `(?i)`) is not folded by an ASCII
/// case-insensitive automaton, so a piece stops before it.
fn foldable_piece(bytes: &[u8]) -> Option<String> {
    let s = std::str::from_utf8(bytes).ok()?;
    let best = s
        .split(|c: char| !c.is_ascii() && (c.to_lowercase().ne(c.to_uppercase()) || c.is_alphabetic()))
        .max_by_key(|piece| piece.len())?;
    (!best.is_empty()).then(|| best.to_ascii_lowercase())
}

/// The text one node matches when it is a fixed string: a literal, or a class holding
/// one ASCII letter in both cases (how `(?i:after)` parses, letter by letter).
fn fixed_text(h: &Hir) -> Option<String> {
    match h.kind() {
        HirKind::Literal(lit) => std::str::from_utf8(&lit.0).ok().map(str::to_string),
        HirKind::Class(regex_syntax::hir::Class::Unicode(c)) => {
            let chars: Vec<char> = c
                .ranges()
                .iter()
                .flat_map(|r| (r.start()..=r.end()).take(3))
                .collect();
            match chars.as_slice() {
                [a, b] if a.is_ascii_alphabetic() && a.to_ascii_lowercase() == b.to_ascii_lowercase() => {
                    Some(a.to_ascii_lowercase().to_string())
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// A sequence's parts, with runs of fixed text joined into one string each.
fn parts(subs: &[Hir]) -> Vec<Result<String, &Hir>> {
    let mut out: Vec<Result<String, &Hir>> = Vec::new();
    let mut run = String::new();
    for h in subs {
        match fixed_text(h) {
            Some(t) => run.push_str(&t),
            None => {
                if !run.is_empty() {
                    out.push(Ok(std::mem::take(&mut run)));
                }
                out.push(Err(h));
            }
        }
    }
    if !run.is_empty() {
        out.push(Ok(run));
    }
    out
}

/// Every group a match must satisfy (a conjunction).
fn all_of(h: &Hir) -> Vec<Vec<String>> {
    match h.kind() {
        HirKind::Capture(c) => all_of(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => all_of(&r.sub),
        HirKind::Concat(subs) => parts(subs)
            .into_iter()
            .flat_map(|p| match p {
                Ok(run) => foldable_piece(run.as_bytes()).map(|s| vec![s]).into_iter().collect(),
                Err(h) => all_of(h),
            })
            .collect(),
        _ => one_of(h).into_iter().collect(),
    }
}

/// One group of strings a match contains at least one of, the most selective found.
fn one_of(h: &Hir) -> Option<Vec<String>> {
    match h.kind() {
        HirKind::Literal(lit) => foldable_piece(&lit.0).map(|s| vec![s]),
        HirKind::Class(_) => fixed_text(h).map(|s| vec![s]),
        HirKind::Capture(c) => one_of(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => one_of(&r.sub),
        HirKind::Concat(subs) => parts(subs)
            .into_iter()
            .filter_map(|p| match p {
                Ok(run) => foldable_piece(run.as_bytes()).map(|s| vec![s]),
                Err(h) => one_of(h),
            })
            .max_by_key(|set| score(set)),
        HirKind::Alternation(subs) => {
            let mut all = Vec::new();
            for s in subs {
                all.extend(one_of(s)?);
            }
            Some(all)
        }
        _ => None,
    }
}

/// How selective a group is: its shortest string first, then fewer strings.
fn score<S: AsRef<str>>(set: &[S]) -> (usize, std::cmp::Reverse<usize>) {
    (
        set.iter().map(|w| w.as_ref().len()).min().unwrap_or(0),
        std::cmp::Reverse(set.len()),
    )
}

/// One automaton over every rule's required factors.
#[derive(Debug)]
pub struct Selector {
    automaton: aho_corasick::AhoCorasick,
    /// The automaton's strings.
    words: Vec<String>,
    /// The groups each automaton pattern satisfies.
    satisfies: Vec<Vec<usize>>,
    /// Each rule's groups, as indices into the group table.
    rule_groups: Vec<Vec<usize>>,
    groups: usize,
}

impl Selector {
    pub fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Result<Selector, aho_corasick::BuildError> {
        let mut words: Vec<String> = Vec::new();
        let mut satisfies: Vec<Vec<usize>> = Vec::new();
        let mut rule_groups = Vec::new();
        let mut groups = 0;
        for p in patterns {
            let mut mine = Vec::new();
            for g in required_factors(p) {
                for w in g {
                    let at = match words.iter().position(|x| *x == w) {
                        Some(at) => at,
                        None => {
                            words.push(w);
                            satisfies.push(Vec::new());
                            words.len() - 1
                        }
                    };
                    satisfies[at].push(groups);
                }
                mine.push(groups);
                groups += 1;
            }
            rule_groups.push(mine);
        }
        let automaton = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&words)?;
        Ok(Selector {
            automaton,
            words,
            satisfies,
            rule_groups,
            groups,
        })
    }

    /// The rules that could fire in `text`, in rule order.
    pub fn candidates(&self, text: &str) -> Vec<usize> {
        let mut met = vec![false; self.groups];
        for m in self.automaton.find_overlapping_iter(text) {
            for &g in &self.satisfies[m.pattern().as_usize()] {
                met[g] = true;
            }
        }
        self.rule_groups
            .iter()
            .enumerate()
            .filter(|(_, gs)| gs.iter().all(|&g| met[g]))
            .map(|(k, _)| k)
            .collect()
    }

    /// A cheaper first gate: one automaton over each rule's most selective group. A
    /// sentence none of whose words it finds can fire no rule. `None` when some rule
    /// requires no literal at all.
    pub fn gate(&self) -> Option<aho_corasick::AhoCorasick> {
        if self.rule_groups.iter().any(Vec::is_empty) {
            return None;
        }
        // Each group's words, read once from the word-to-groups table.
        let mut group_words: Vec<Vec<&str>> = vec![Vec::new(); self.groups];
        for (w, owners) in self.satisfies.iter().enumerate() {
            for &g in owners {
                // A word listed twice for one group counts once, as a filter would read it.
                if group_words[g].last() != Some(&self.words[w].as_str()) {
                    group_words[g].push(self.words[w].as_str());
                }
            }
        }
        let mut words: Vec<&str> = Vec::new();
        for gs in &self.rule_groups {
            let best = gs.iter().map(|&g| &group_words[g]).max_by_key(|ws| score(ws))?;
            words.extend(best);
        }
        words.sort_unstable();
        words.dedup();
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&words)
            .ok()
    }

    /// The rules that run on every sentence (no required literal), for diagnostics.
    pub fn unselective(&self) -> Vec<usize> {
        (0..self.rule_groups.len())
            .filter(|&k| self.rule_groups[k].is_empty())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn factors_are_read_from_the_pattern() {
        let g = |v: &[&[&str]]| -> Vec<Vec<String>> {
            v.iter().map(|g| g.iter().map(|s| s.to_string()).collect()).collect()
        };
        assert_eq!(required_factors(r"(?i)\brenew(?:s|ed)?\b"), g(&[&["renew"]]));
        // Every part of a sequence is required: "will" or "won't", and "return".
        assert_eq!(
            required_factors(r"(?i)\b(?:will\s+not|won't)\s+return\b"),
            g(&[&["return"], &["will", "won't"]])
        );
        assert_eq!(
            required_factors(r"(?i)\b(?:axed|cancell?ed)\b"),
            g(&[&["axed", "cancel"]])
        );
        // An optional part names nothing; a class names nothing.
        assert_eq!(required_factors(r"(?i)(?:foo)?[a-z]+"), g(&[]));
        // A case-insensitive group inside a case-sensitive pattern, letter by letter.
        assert_eq!(required_factors(r"(?-i)X|(?i:after\s+one)"), g(&[&["after", "x"]]));
        // "verlängert": the longest piece without the folded letter.
        assert_eq!(required_factors(r"(?i)verlängert"), g(&[&["ngert"]]));
    }

    #[test]
    fn candidates_cover_every_matching_pattern() {
        let pats = [r"(?i)\brenew(?:s|ed)?\b", r"(?i)\bno\s+longer\b", r"(?i)(?:x)?\d+"];
        let sel = Selector::new(pats).unwrap();
        assert_eq!(sel.candidates("NBC RENEWED it"), vec![0, 2]);
        assert_eq!(sel.candidates("It is no longer"), vec![1, 2]);
        assert_eq!(sel.unselective(), vec![2]);
    }
}
