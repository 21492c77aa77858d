//! Merging profile facts across articles into one identity per show and per person.
//!
//! Names are clustered: two spellings are one name when their keys match, when one
//! is the other's surname or first name, or when they are close by Jaro-Winkler. The
//! spelling most sources agree on wins; the others are kept as `variants` so every
//! merge can be explained.

use crate::query::*;
use crate::{Store, StoreError};
use greenlight_core::title::title_key;
use greenlight_core::{PartialDate, SourcedFact};
use std::collections::BTreeMap;

fn src(f: &SourcedFact) -> FactSource {
    FactSource {
        url: f.url.clone(),
        published: f.published,
        source: f.source.clone(),
        text: f.fact.evidence.text.clone(),
        rule: f.fact.rule.clone(),
    }
}

fn str_of<'a>(f: &'a SourcedFact, k: &str) -> Option<&'a str> {
    f.fact
        .value
        .get(k)
        .and_then(|v| v.as_str())
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Whether two person or character names are the same name written differently.
pub fn same_name(a: &str, b: &str) -> bool {
    let (ka, kb) = (title_key(a), title_key(b));
    if ka == kb {
        return true;
    }
    let (wa, wb): (Vec<&str>, Vec<&str>) = (ka.split(' ').collect(), kb.split(' ').collect());
    // "Rachel" vs "Rachel Friedman", "Cho" vs "Arden Cho".
    if wa.len() == 1 && (wb.first() == Some(&wa[0]) || wb.last() == Some(&wa[0]))
        || wb.len() == 1 && (wa.first() == Some(&wb[0]) || wa.last() == Some(&wb[0]))
    {
        return true;
    }
    wa.len() == wb.len()
        && strsim::jaro_winkler(&ka, &kb) >= 0.88
        && strsim::levenshtein(&ka, &kb) <= 3
}

/// Clusters names; returns (canonical spelling, [(spelling, count)], member indices).
fn cluster(names: &[String]) -> Vec<(String, Vec<(String, usize)>, Vec<usize>)> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, n) in names.iter().enumerate() {
        match groups
            .iter_mut()
            .find(|g| g.iter().any(|&j| same_name(&names[j], n)))
        {
            Some(g) => g.push(i),
            None => groups.push(vec![i]),
        }
    }
    groups
        .into_iter()
        .map(|g| {
            let mut counts: BTreeMap<String, usize> = BTreeMap::new();
            for &i in &g {
                *counts.entry(names[i].clone()).or_default() += 1;
            }
            let mut variants: Vec<(String, usize)> = counts.into_iter().collect();
            // Most sources first; then fuller names (more words, longer).
            variants.sort_by(|a, b| {
                b.1.cmp(&a.1)
                    .then(
                        b.0.split_whitespace()
                            .count()
                            .cmp(&a.0.split_whitespace().count()),
                    )
                    .then(b.0.len().cmp(&a.0.len()))
                    .then(a.0.cmp(&b.0))
            });
            // A single-word spelling never beats a full name of the same cluster.
            let canon = variants
                .iter()
                .find(|(v, _)| v.contains(' '))
                .filter(|(_, n)| variants[0].0.contains(' ') || *n * 2 >= variants[0].1)
                .unwrap_or(&variants[0])
                .0
                .clone();
            (canon, variants, g)
        })
        .collect()
}

fn majority<T: Ord + Clone>(items: impl Iterator<Item = T>) -> Option<T> {
    let mut counts: BTreeMap<T, usize> = BTreeMap::new();
    let mut order: Vec<T> = Vec::new();
    for it in items {
        if !counts.contains_key(&it) {
            order.push(it.clone());
        }
        *counts.entry(it).or_default() += 1;
    }
    let best = counts.values().copied().max()?;
    order.into_iter().find(|t| counts[t] == best)
}

/// Merges one show's facts into a profile (status fields are filled by the caller).
pub fn merge(title: &str, facts: &[SourcedFact]) -> Profile {
    fn kind<'f>(
        facts: &'f [SourcedFact],
        k: &'static str,
    ) -> impl Iterator<Item = &'f SourcedFact> {
        facts.iter().filter(move |f| f.fact.kind == k)
    }
    let of = |k: &'static str| kind(facts, k);

    // Cast: cluster actors, then each actor's characters.
    let cast_facts: Vec<&SourcedFact> = of("cast")
        .filter(|f| str_of(f, "actor").is_some())
        .collect();
    let actors: Vec<String> = cast_facts
        .iter()
        .map(|f| str_of(f, "actor").unwrap().to_string())
        .collect();
    let mut cast = Vec::new();
    for (actor, _, members) in cluster(&actors) {
        let chars: Vec<String> = members
            .iter()
            .filter_map(|&i| str_of(cast_facts[i], "character").map(str::to_string))
            .collect();
        let clusters = cluster(&chars);
        let best = clusters
            .into_iter()
            .max_by_key(|(_, v, m)| (m.len(), v[0].0.len()));
        let (character, variants) = match best {
            Some((c, v, _)) => (Some(c), v),
            None => (None, Vec::new()),
        };
        cast.push(CastEntry {
            actor,
            character,
            variants,
            sources: members.iter().map(|&i| src(cast_facts[i])).collect(),
        });
    }
    cast.sort_by(|a, b| {
        b.sources
            .len()
            .cmp(&a.sources.len())
            .then(a.actor.cmp(&b.actor))
    });

    let names_of = |k: &'static str, field: &str| -> Vec<(String, Vec<FactSource>)> {
        let fs: Vec<&SourcedFact> = of(k).filter(|f| str_of(f, field).is_some()).collect();
        let names: Vec<String> = fs
            .iter()
            .map(|f| str_of(f, field).unwrap().to_string())
            .collect();
        let mut out: Vec<(String, Vec<FactSource>)> = cluster(&names)
            .into_iter()
            .map(|(c, _, m)| (c, m.iter().map(|&i| src(fs[i])).collect()))
            .collect();
        out.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
        out
    };
    let creators: Vec<String> = names_of("creator", "name")
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    let people: Vec<Person> = {
        let fs: Vec<&SourcedFact> = of("person")
            .filter(|f| str_of(f, "name").is_some())
            .collect();
        let names: Vec<String> = fs
            .iter()
            .map(|f| str_of(f, "name").unwrap().to_string())
            .collect();
        cluster(&names)
            .into_iter()
            .map(|(name, _, m)| Person {
                name,
                role: majority(
                    m.iter()
                        .filter_map(|&i| str_of(fs[i], "role").map(str::to_string)),
                )
                .unwrap_or_default(),
                sources: m.iter().map(|&i| src(fs[i])).collect(),
            })
            .collect()
    };
    let based: Vec<&SourcedFact> = of("based_on").collect();
    let based_on = (!based.is_empty()).then(|| BasedOn {
        title: majority(
            based
                .iter()
                .filter_map(|f| str_of(f, "title").map(str::to_string)),
        ),
        author: majority(
            based
                .iter()
                .filter_map(|f| str_of(f, "author").map(str::to_string)),
        ),
        year: majority(based.iter().filter_map(|f| {
            f.fact
                .value
                .get("year")
                .and_then(|y| y.as_i64())
                .map(|y| y as i32)
        })),
        kind: majority(
            based
                .iter()
                .filter_map(|f| str_of(f, "kind").map(str::to_string)),
        ),
        sources: based.iter().map(|f| src(f)).collect(),
    });
    let genres: Vec<String> = {
        let mut g: Vec<(String, usize)> = Vec::new();
        for f in of("genre") {
            if let Some(x) = str_of(f, "genre") {
                match g.iter_mut().find(|(n, _)| n == x) {
                    Some((_, c)) => *c += 1,
                    None => g.push((x.to_string(), 1)),
                }
            }
        }
        g.sort_by(|a, b| b.1.cmp(&a.1));
        g.into_iter().map(|(n, _)| n).collect()
    };
    let date_of =
        |f: &SourcedFact, k: &str| str_of(f, k).and_then(|d| d.parse::<PartialDate>().ok());
    let season_of = |f: &SourcedFact| {
        f.fact
            .value
            .get("season")
            .and_then(|s| s.as_u64())
            .map(|s| s as u16)
    };
    let mut seasons: BTreeMap<u16, SeasonInfo> = BTreeMap::new();
    for f in of("filming").chain(of("premiere")) {
        let Some(n) = season_of(f) else { continue };
        seasons
            .entry(n)
            .or_insert_with(|| SeasonInfo {
                number: n,
                ..Default::default()
            })
            .sources
            .push(src(f));
    }
    for (n, s) in seasons.iter_mut() {
        let mine = |k: &'static str| {
            facts
                .iter()
                .filter(move |f| f.fact.kind == k && season_of(f) == Some(*n))
        };
        s.filming_start = majority(mine("filming").filter_map(|f| date_of(f, "start")));
        s.filming_end = majority(mine("filming").filter_map(|f| date_of(f, "end")));
        s.premiere = majority(mine("premiere").filter_map(|f| date_of(f, "date")));
    }
    let mut signals: Vec<Signal> = Vec::new();
    for f in of("signal") {
        let kind = str_of(f, "signal").unwrap_or("other").to_string();
        let hashtag = str_of(f, "hashtag").map(str::to_string);
        let detail = str_of(f, "detail")
            .or(str_of(f, "reach"))
            .unwrap_or("")
            .to_string();
        let same = |s: &Signal| {
            s.kind == kind
                && s.hashtag.as_deref().map(str::to_lowercase)
                    == hashtag.as_deref().map(str::to_lowercase)
        };
        match signals.iter_mut().find(|s| same(s)) {
            Some(s) => {
                s.sources.push(src(f));
                if s.detail.is_empty() {
                    s.detail = detail;
                }
            }
            None => signals.push(Signal {
                kind,
                hashtag,
                detail,
                sources: vec![src(f)],
            }),
        }
    }
    let mut comparisons: Vec<String> = Vec::new();
    for f in of("comparison") {
        if let Some(t) = str_of(f, "title") {
            if !comparisons.iter().any(|c| title_key(c) == title_key(t)) {
                comparisons.push(t.to_string());
            }
        }
    }
    Profile {
        title: title.to_string(),
        slug: greenlight_core::title::slug(title),
        network: None,
        status: None,
        season: None,
        since: None,
        as_of: jiff::civil::date(2100, 1, 1),
        based_on,
        creators,
        cast,
        people,
        genres,
        seasons: seasons.into_values().collect(),
        projected_premiere: None,
        signals,
        comparisons,
        evidence: Vec::new(),
        contradictions: Vec::new(),
    }
}

fn months_between(a: PartialDate, b: PartialDate) -> i32 {
    (b.year as i32 - a.year as i32) * 12
        + (b.month.unwrap_or(6) as i32 - a.month.unwrap_or(6) as i32)
}

fn add_months(d: PartialDate, m: i32) -> Option<PartialDate> {
    let total = d.year as i32 * 12 + (d.month.unwrap_or(6) as i32 - 1) + m;
    PartialDate::month((total / 12) as i16, (total % 12 + 1) as i8).ok()
}

/// The median months from end of filming to premiere across shows on a network.
pub fn network_lag_months(
    store: &dyn Store,
    network: Option<&str>,
) -> Result<Option<i32>, StoreError> {
    let Some(net) = network else { return Ok(None) };
    let mut lags = Vec::new();
    for c in crate::query::scorecard(
        store,
        jiff::civil::date(2100, 1, 1),
        jiff::civil::date(2100, 1, 1),
        None,
        Some(net),
    )
    .map_err(|e| match e {
        QueryError::Store(s) => s,
        other => StoreError::Corrupt(other.to_string()),
    })? {
        let p = merge(&c.title, &store.facts(&title_key(&c.title))?);
        for s in p.seasons {
            if let (Some(e), Some(pr)) = (s.filming_end, s.premiere) {
                let m = months_between(e, pr);
                if (0..=36).contains(&m) {
                    lags.push(m);
                }
            }
        }
    }
    lags.sort();
    Ok(lags.get(lags.len() / 2).copied())
}

/// Projects the next season's premiere while one is possible.
pub fn project(p: &Profile, facts: &[SourcedFact], network_lag: Option<i32>) -> Option<Projection> {
    let latest = p.seasons.iter().map(|s| s.number).max();
    let next = match (p.season, latest) {
        (Some(s), Some(l)) => s.max(
            l + u16::from(
                p.seasons
                    .iter()
                    .any(|x| x.number == l && x.premiere.is_some()),
            ),
        ),
        (Some(s), None) => s,
        (None, Some(l)) => l + 1,
        (None, None) => return None,
    };
    // A projection an article states outright.
    if let Some(f) = facts.iter().rev().find(|f| {
        f.fact.kind == "projection"
            && f.fact
                .value
                .get("season")
                .and_then(|s| s.as_u64())
                .is_none_or(|s| s as u16 == next)
    }) {
        if let Some(d) = f
            .fact
            .value
            .get("date")
            .and_then(|d| d.as_str())
            .and_then(|d| d.parse().ok())
        {
            let who = f.url.clone().unwrap_or_else(|| f.source.clone());
            return Some(Projection {
                season: next,
                date: d,
                basis: format!("stated in {who}: {}", f.fact.evidence.text.trim()),
            });
        }
    }
    // The show's own lag from end of filming to premiere.
    let own_lag = p
        .seasons
        .iter()
        .find_map(|s| match (s.filming_end, s.premiere) {
            (Some(e), Some(pr)) => Some((s.number, months_between(e, pr))),
            _ => None,
        });
    let this = p.seasons.iter().find(|s| s.number == next);
    let prev = p
        .seasons
        .iter()
        .filter(|s| s.number < next)
        .max_by_key(|s| s.number);
    if let Some(end) = this.and_then(|s| s.filming_end) {
        let (lag, why) = match (own_lag, network_lag) {
            (Some((n, l)), _) => (
                l,
                format!("season {n} premiered {l} months after filming wrapped"),
            ),
            (None, Some(l)) => (
                l,
                format!("the network's median lag from wrap to premiere is {l} months"),
            ),
            (None, None) => (6, "a typical 6-month lag from wrap to premiere".to_string()),
        };
        return add_months(end, lag).map(|d| Projection {
            season: next,
            date: d,
            basis: format!("season {next} wrapped filming {end}; {why}"),
        });
    }
    if let Some(prev) = prev {
        if let (Some(start), Some(end)) = (prev.filming_start, prev.filming_end) {
            // Same schedule a year on: production window plus the lag.
            let lag = own_lag.map(|x| x.1).or(network_lag).unwrap_or(6);
            let d = add_months(end, 12 + lag)?;
            return Some(Projection {
                season: next,
                date: d,
                basis: format!("season {} filmed {start} to {end}; assuming the same schedule a year later and a {lag}-month lag to premiere", prev.number),
            });
        }
        if let Some(pr) = prev.premiere {
            let d = add_months(pr, 12)?;
            return Some(Projection {
                season: next,
                date: d,
                basis: format!(
                    "season {} premiered {pr}; assuming a yearly cadence",
                    prev.number
                ),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_across_spellings_and_surnames() {
        assert!(same_name("Indrid Yung", "Ingrid Yun"));
        assert!(same_name("Rachel", "Rachel Friedman"));
        assert!(same_name("Cho", "Arden Cho"));
        assert!(!same_name("Jeff Murphy", "Dan Fallon"));
        assert!(!same_name("Tyler Robinson", "Tyler Perry Robinson Jr"));
    }

    #[test]
    fn majority_spelling_wins_and_full_names_beat_first_names() {
        let names: Vec<String> = [
            "Ingrid Yun",
            "Indrid Yung",
            "Ingrid Yun",
            "Rachel",
            "Rachel Friedman",
        ]
        .map(String::from)
        .to_vec();
        let c = cluster(&names);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].0, "Ingrid Yun");
        assert_eq!(c[1].0, "Rachel Friedman");
    }
}
