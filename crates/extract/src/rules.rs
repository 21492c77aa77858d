//! Status rules as data: loaded from `rules/status.toml`, compiled once.

use greenlight_core::{Certainty, Status};
use regex::Regex;
use serde::Deserialize;

/// Where a rule expects the show's title relative to its trigger.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Before,
    After,
    Either,
}

/// What a negation in front of a trigger does to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnNegation {
    Drop,
    Become(Status),
}

/// One trigger rule.
#[derive(Debug)]
pub struct StatusRule {
    pub name: String,
    pub status: Status,
    pub certainty: Certainty,
    pub show: Side,
    pub negated: OnNegation,
    pub pattern: Regex,
    pub not_followed_by: Option<Regex>,
    /// A regex the sentence up to the trigger must not match (anchor it with `$`).
    pub not_preceded_by: Option<Regex>,
    /// A match holding this is another rule's ("ordered a limited series" is not a
    /// renewal).
    pub excludes: Option<Regex>,
    pub requires: Option<Regex>,
    /// Whether a hedge or question drops the claim instead of making it undecided:
    /// "season 2 could premiere in March" says nothing about a renewal either way.
    pub drop_when_hedged: bool,
    /// `subject = "person"`: whoever stands before the trigger is a person, never the
    /// show ("Jane Doe is joining for series three").
    pub person_subject: bool,
}

/// A modifier rule (hedge, negation, counterfactual).
#[derive(Debug)]
pub struct Modifier {
    pub name: String,
    pub certainty: Option<Certainty>,
    pub pattern: Regex,
}

/// Every status rule and modifier.
#[derive(Debug)]
pub struct RuleSet {
    /// Words at least one of which every firing sentence contains (case-insensitive),
    /// read off the rules' patterns (`Selector::gate`).
    pub prefilter: Option<aho_corasick::AhoCorasick>,
    pub rules: Vec<StatusRule>,
    /// Which rules can fire in a sentence, in one pass (see `selector`).
    pub selector: crate::selector::Selector,
    pub hedges: Vec<Modifier>,
    pub negations: Vec<Modifier>,
    pub counterfactuals: Vec<Modifier>,
}

/// Why a rule file was refused.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RuleError {
    #[error("rule file is not valid TOML: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("rule {name}: bad pattern: {source}")]
    Pattern { name: String, source: regex::Error },
    #[error("rule {name}: {what}")]
    Field { name: String, what: String },
}

#[derive(Deserialize)]
struct RawFile {
    #[serde(default)]
    rule: Vec<RawRule>,
    #[serde(default)]
    hedge: Vec<RawMod>,
    #[serde(default)]
    negation: Vec<RawMod>,
    #[serde(default)]
    counterfactual: Vec<RawMod>,
}

#[derive(Deserialize)]
struct RawRule {
    name: String,
    status: String,
    certainty: String,
    show: Side,
    #[serde(default)]
    negated: Option<String>,
    pattern: String,
    #[serde(default)]
    not_followed_by: Option<String>,
    #[serde(default)]
    not_preceded_by: Option<String>,
    #[serde(default)]
    excludes: Option<String>,
    #[serde(default)]
    requires: Option<String>,
    /// `hedged = "drop"`: a hedge or question drops the claim.
    #[serde(default)]
    hedged: Option<String>,
    /// `subject = "person"`: the run before the trigger is a person.
    #[serde(default)]
    subject: Option<String>,
}

#[derive(Deserialize)]
struct RawMod {
    name: String,
    #[serde(default)]
    certainty: Option<String>,
    pattern: String,
}

fn certainty(name: &str, s: &str) -> Result<Certainty, RuleError> {
    match s {
        "confirmed" => Ok(Certainty::Confirmed),
        "reported" => Ok(Certainty::Reported),
        "expected" => Ok(Certainty::Expected),
        "hoped" => Ok(Certainty::Hoped),
        _ => Err(RuleError::Field {
            name: name.into(),
            what: format!("unknown certainty {s:?}"),
        }),
    }
}

/// Latin letters, digits and underscore: what `\w` means in an English rule.
const LATIN_WORD: &str = "0-9A-Za-z_À-ÖØ-öø-ÿ";

/// Rewrites `\w` as a Latin word class, inside and outside brackets. Unicode `\w` holds
/// thousands of ranges, and a bounded repetition of it ("(?:\w+\s+){0,3}") grows the
/// lazy DFA faster than its cache, so matching falls back to slower engines.
pub fn latin_word_class(p: &str) -> String {
    let mut out = String::with_capacity(p.len() + 16);
    let mut depth = 0usize;
    let mut chars = p.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('w') if depth > 0 => out.push_str(LATIN_WORD),
                Some('w') => {
                    out.push('[');
                    out.push_str(LATIN_WORD);
                    out.push(']');
                }
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            },
            '[' => {
                depth += 1;
                out.push(c);
                // A leading ']' or '^]' is a literal inside the class.
                if chars.peek() == Some(&'^') {
                    out.push(chars.next().unwrap());
                }
                if chars.peek() == Some(&']') {
                    out.push(chars.next().unwrap());
                }
            }
            ']' if depth > 0 => {
                depth -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// A regex over English text, with `\w` read as a Latin word class (see
/// [`latin_word_class`]).
pub fn rx(p: &str) -> Result<regex::Regex, regex::Error> {
    regex::Regex::new(&latin_word_class(p))
}

fn with_flags(p: &str) -> String {
    // Patterns are case-insensitive unless they open with their own flags ("(?-i)...");
    // a leading group is not a flag, whether plain ("(?:"), named ("(?P<") or scoped
    // ("(?-i:TV)\s+$|\bafter\s+the\s+$": the flags end with the group, and the other
    // alternatives stay case-insensitive).
    let own_flags = p
        .strip_prefix("(?")
        .and_then(|r| r.find([')', ':', '<']).map(|k| (r.as_bytes()[k], &r[..k])))
        .is_some_and(|(end, flags)| {
            end == b')' && !flags.is_empty() && flags.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
        });
    // Word boundaries are ASCII: the rules are English, and a Unicode `\b` makes the
    // regex engine leave its fast DFA at the first curly quote.
    let p = latin_word_class(&p.replace("\\b", "(?-u:\\b)"));
    if own_flags {
        p
    } else {
        format!("(?i){p}")
    }
}

fn compile(name: &str, p: &str) -> Result<Regex, RuleError> {
    Regex::new(&with_flags(p)).map_err(|source| RuleError::Pattern {
        name: name.into(),
        source,
    })
}

/// The rules shipped with greenlight.
pub const STATUS_RULES: &str = include_str!("../rules/status.toml");

impl RuleSet {
    /// Parses and compiles a rule file.
    pub fn parse(src: &str) -> Result<RuleSet, RuleError> {
        let raw: RawFile = toml::from_str(src)?;
        let mut rules = Vec::new();
        for r in raw.rule {
            let status: Status = r.status.parse().map_err(|what| RuleError::Field {
                name: r.name.clone(),
                what,
            })?;
            let negated = match r.negated.as_deref() {
                None | Some("undecided") => OnNegation::Become(Status::Undecided),
                Some("drop") => OnNegation::Drop,
                Some(s) => OnNegation::Become(s.parse().map_err(|what| RuleError::Field {
                    name: r.name.clone(),
                    what,
                })?),
            };
            rules.push(StatusRule {
                certainty: certainty(&r.name, &r.certainty)?,
                pattern: compile(&r.name, &r.pattern)?,
                not_followed_by: r
                    .not_followed_by
                    .as_deref()
                    .map(|p| compile(&r.name, p))
                    .transpose()?,
                not_preceded_by: r
                    .not_preceded_by
                    .as_deref()
                    .map(|p| compile(&r.name, p))
                    .transpose()?,
                excludes: r
                    .excludes
                    .as_deref()
                    .map(|p| compile(&r.name, p))
                    .transpose()?,
                requires: r
                    .requires
                    .as_deref()
                    .map(|p| compile(&r.name, p))
                    .transpose()?,
                person_subject: match r.subject.as_deref() {
                    None => false,
                    Some("person") => true,
                    Some(other) => {
                        return Err(RuleError::Field {
                            name: r.name,
                            what: format!("unknown subject {other:?}"),
                        })
                    }
                },
                drop_when_hedged: match r.hedged.as_deref() {
                    None | Some("undecided") => false,
                    Some("drop") => true,
                    Some(other) => {
                        return Err(RuleError::Field {
                            name: r.name,
                            what: format!("unknown hedged {other:?}"),
                        })
                    }
                },
                name: r.name,
                status,
                show: r.show,
                negated,
            });
        }
        let mods = |v: Vec<RawMod>| -> Result<Vec<Modifier>, RuleError> {
            v.into_iter()
                .map(|m| {
                    Ok(Modifier {
                        certainty: m
                            .certainty
                            .as_deref()
                            .map(|c| certainty(&m.name, c))
                            .transpose()?,
                        pattern: compile(&m.name, &m.pattern)?,
                        name: m.name,
                    })
                })
                .collect()
        };
        let selector = crate::selector::Selector::new(rules.iter().map(|r| r.pattern.as_str()))
            .map_err(|e| RuleError::Field {
                name: "rule set".into(),
                what: e.to_string(),
            })?;
        // The first gate is read off the rules themselves, as the selector is: no
        // keyword list to keep beside them.
        let prefilter = selector.gate();
        Ok(RuleSet {
            prefilter,
            rules,
            selector,
            hedges: mods(raw.hedge)?,
            negations: mods(raw.negation)?,
            counterfactuals: mods(raw.counterfactual)?,
        })
    }

    /// The shipped rules, compiled.
    pub fn builtin() -> RuleSet {
        RuleSet::parse(STATUS_RULES).expect("shipped rules compile (tested)")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn word_classes_become_latin_inside_and_outside_brackets() {
        assert_eq!(
            super::latin_word_class(r"(?:\w+\s+){0,2}"),
            r"(?:[0-9A-Za-z_À-ÖØ-öø-ÿ]+\s+){0,2}"
        );
        assert_eq!(
            super::latin_word_class(r"[\w'’-]+"),
            r"[0-9A-Za-z_À-ÖØ-öø-ÿ'’-]+"
        );
        assert_eq!(
            super::latin_word_class(r"[^]\w]\\w"),
            r"[^]0-9A-Za-z_À-ÖØ-öø-ÿ]\\w"
        );
        let re = super::rx(r"^\w+$").unwrap();
        assert!(re.is_match("Zoë") && !re.is_match("Ζωή"));
    }

    use super::*;
    #[test]
    fn only_a_bare_flag_group_turns_case_folding_off() {
        let folds = |p: &str, text: &str| compile("t", p).unwrap().is_match(text);
        // A scoped group keeps its flags to itself; the other alternatives still fold.
        assert!(folds(r"(?-i:Not\s+Returning)\s|\bthere\s+is\s+no\b", "There is no more"));
        assert!(!folds(r"(?-i:Not\s+Returning)\s|\bthere\s+is\s+no\b", "not returning for"));
        // A bare flag group sets the whole pattern's flags.
        assert!(!folds(r"(?-i)\bthere\s+is\s+no\b", "There is no more"));
        assert!(folds(r"\bthere\s+is\s+no\b", "There is no more"));
        assert!(folds(r"(?:\bthere)\s+is", "THERE is"));
    }

    #[test]
    fn shipped_rules_compile_and_have_unique_names() {
        let rs = RuleSet::builtin();
        assert!(rs.rules.len() >= 15);
        let mut names: Vec<&str> = rs.rules.iter().map(|r| r.name.as_str()).collect();
        names.sort();
        let n = names.len();
        names.dedup();
        assert_eq!(n, names.len());
    }

    #[test]
    fn a_rule_may_say_its_subject_is_a_person() {
        let rule = |subject: &str| {
            format!("[[rule]]\nname = \"x\"\nstatus = \"renewed\"\ncertainty = \"confirmed\"\nshow = \"either\"\npattern = 'joins'\n{subject}\n")
        };
        let rs = RuleSet::parse(&rule("subject = \"person\"")).expect("parses");
        assert!(rs.rules[0].person_subject);
        assert!(!RuleSet::parse(&rule("")).expect("parses").rules[0].person_subject);
        assert!(matches!(RuleSet::parse(&rule("subject = \"show\"")), Err(RuleError::Field { .. })));
        assert!(RuleSet::builtin().rules.iter().any(|r| r.person_subject));
    }

    /// The prefilter may skip a sentence only when no rule fires in it.
    #[test]
    fn prefilter_is_sound() {
        let rs = RuleSet::builtin();
        let pf = rs
            .prefilter
            .as_ref()
            .expect("shipped rules have a prefilter");
        let corpus = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../corpus/status/sentences.jsonl"
        );
        let Ok(text) = std::fs::read_to_string(corpus) else {
            return;
        };
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let s = v["text"].as_str().unwrap();
            for sentence in s.split(". ") {
                if rs.rules.iter().any(|r| r.pattern.is_match(sentence)) {
                    assert!(pf.is_match(sentence), "prefilter would skip {sentence:?}");
                }
            }
        }
    }

    #[test]
    fn selector_is_sound_on_the_corpus() {
        let rs = RuleSet::builtin();
        let corpus = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../corpus/status/sentences.jsonl"
        );
        let Ok(text) = std::fs::read_to_string(corpus) else {
            return;
        };
        let mut checked = 0;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let s = v["text"].as_str().unwrap();
            let upper = s.to_uppercase();
            for sentence in [s, upper.as_str()] {
                let picked = rs.selector.candidates(sentence);
                for (k, r) in rs.rules.iter().enumerate() {
                    if r.pattern.is_match(sentence) {
                        checked += 1;
                        assert!(picked.contains(&k), "selector skips {} on {sentence:?}", r.name);
                    }
                }
            }
        }
        assert!(checked > 500, "only {checked} firings checked");
        // Every rule names a literal its matches need, so the first gate exists.
        let always: Vec<&str> = rs
            .selector
            .unselective()
            .iter()
            .map(|&k| rs.rules[k].name.as_str())
            .collect();
        assert!(always.is_empty(), "rules run on every sentence: {always:?}");
    }

    #[test]
    fn bad_rule_files_are_refused_with_the_rule_name() {
        let e = RuleSet::parse("[[rule]]\nname='x'\nstatus='renewed'\ncertainty='confirmed'\nshow='before'\npattern='('\n")
            .unwrap_err();
        assert!(e.to_string().contains("rule x"), "{e}");
        let e = RuleSet::parse(
            "[[rule]]\nname='y'\nstatus='zzz'\ncertainty='confirmed'\nshow='before'\npattern='a'\n",
        )
        .unwrap_err();
        assert!(e.to_string().contains("unknown status"), "{e}");
    }
}
