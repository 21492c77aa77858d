//! Questions users ask of a store: find a show, its status as of a date, its timeline,
//! the scorecard. Shared by the CLI and the HTTP server.

use crate::{ArticleCopy, ShowRow, Store, StoreError};
use greenlight_core::resolve::{status_as_of, timeline_order, Cited, Contradiction};
use greenlight_core::title::{suggest, title_key};
use greenlight_core::{Certainty, PartialDate, SourcedClaim, SourcedFact, Status};
use jiff::civil::Date;
use serde::Serialize;

/// Why a question could not be answered.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    #[error("unknown title {title:?}{}", if suggestions.is_empty() { String::new() } else { format!("; did you mean: {}?", suggestions.join(", ")) })]
    UnknownTitle {
        title: String,
        suggestions: Vec<String>,
    },
    #[error("no status known for {title:?} as of {as_of}")]
    NoStatusYet { title: String, as_of: Date },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Finds a show by a forgiving title.
pub fn lookup(store: &dyn Store, title: &str) -> Result<ShowRow, QueryError> {
    let key = title_key(title);
    let shows = store.shows()?;
    if let Some(s) = shows.iter().find(|s| s.key == key) {
        return Ok(s.clone());
    }
    let suggestions = suggest(title, shows.iter().map(|s| s.title.as_str()), 3);
    Err(QueryError::UnknownTitle {
        title: title.to_string(),
        suggestions,
    })
}

/// The contract's `status --json` answer.
#[derive(Clone, Debug, Serialize)]
pub struct StatusAnswer {
    pub title: String,
    pub network: Option<String>,
    pub status: Status,
    pub season: Option<u16>,
    pub since: Option<PartialDate>,
    pub as_of: Date,
    pub certainty: Certainty,
    pub evidence: Vec<Cited>,
    pub contradictions: Vec<Contradiction>,
}

impl StatusAnswer {
    /// The answer for `title` from its resolved status as of `as_of`.
    pub fn from_resolved(title: String, as_of: Date, r: greenlight_core::Resolved) -> Self {
        StatusAnswer {
            title,
            network: r.network,
            status: r.status,
            season: r.season,
            since: r.since,
            as_of,
            certainty: r.certainty,
            evidence: r.evidence,
            contradictions: r.contradictions,
        }
    }
}

/// A show's status as of a date.
pub fn status(
    store: &dyn Store,
    title: &str,
    as_of: Date,
    today: Date,
) -> Result<StatusAnswer, QueryError> {
    let show = lookup(store, title)?;
    let claims = store.claims(&show.key)?;
    let r = status_as_of(&claims, as_of, today).ok_or_else(|| QueryError::NoStatusYet {
        title: show.title.clone(),
        as_of,
    })?;
    Ok(StatusAnswer::from_resolved(show.title, as_of, r))
}

/// One row of a timeline.
#[derive(Clone, Debug, Serialize)]
pub struct TimelineEntry {
    pub date: Option<PartialDate>,
    pub date_basis: greenlight_core::DateBasis,
    pub status: Status,
    pub season: Option<u16>,
    pub network: Option<String>,
    pub certainty: Certainty,
    pub said_by: Option<String>,
    pub url: Option<String>,
    pub published: Option<PartialDate>,
    pub source: String,
    pub text: String,
    pub rule: String,
    /// Near-duplicate copies of the claim's article (syndicated or AMP versions), which
    /// count as this one source.
    pub copies: Vec<ArticleCopy>,
}

/// Every claim about a show, oldest first.
pub fn timeline(
    store: &dyn Store,
    title: &str,
) -> Result<(ShowRow, Vec<TimelineEntry>), QueryError> {
    let show = lookup(store, title)?;
    let mut claims = store.claims(&show.key)?;
    timeline_order(&mut claims);
    let mut copies: std::collections::HashMap<String, Vec<ArticleCopy>> = Default::default();
    let mut rows = Vec::with_capacity(claims.len());
    for c in claims {
        let cs = match copies.get(&c.article_key) {
            Some(cs) => cs.clone(),
            None => {
                let cs = store.copies(&c.article_key)?;
                copies.insert(c.article_key.clone(), cs.clone());
                cs
            }
        };
        rows.push(entry(c, cs));
    }
    Ok((show, rows))
}

fn entry(c: SourcedClaim, copies: Vec<ArticleCopy>) -> TimelineEntry {
    TimelineEntry {
        copies,
        date: c.claim.date,
        date_basis: c.claim.date_basis,
        status: c.claim.status,
        season: c.claim.season,
        network: c.claim.network,
        certainty: c.claim.certainty,
        said_by: c.claim.said_by,
        url: c.url,
        published: c.published,
        source: c.source,
        text: c.claim.evidence.text,
        rule: c.claim.rule,
    }
}

/// One scorecard row.
#[derive(Clone, Debug, Serialize)]
pub struct ScoreRow {
    pub title: String,
    pub slug: String,
    pub status: Status,
    pub season: Option<u16>,
    pub network: Option<String>,
    pub since: Option<PartialDate>,
    pub certainty: Certainty,
    pub said_by: Option<String>,
    pub url: Option<String>,
    pub evidence: String,
    pub contradictions: usize,
}

/// Every show's status as of a date, filtered by status and network.
pub fn scorecard(
    store: &dyn Store,
    as_of: Date,
    today: Date,
    status: Option<Status>,
    network: Option<&str>,
) -> Result<Vec<ScoreRow>, QueryError> {
    let mut by_show: std::collections::BTreeMap<String, Vec<SourcedClaim>> = Default::default();
    for c in store.all_claims()? {
        by_show.entry(title_key(&c.claim.show)).or_default().push(c);
    }
    let titles: std::collections::HashMap<String, String> = store
        .shows()?
        .into_iter()
        .map(|s| (s.key, s.title))
        .collect();
    let mut out = Vec::new();
    for (key, claims) in by_show {
        let Some(r) = status_as_of(&claims, as_of, today) else {
            continue;
        };
        if status.is_some_and(|s| s != r.status) {
            continue;
        }
        if let Some(n) = network {
            if !r
                .network
                .as_deref()
                .is_some_and(|x| title_key(x) == title_key(n))
            {
                continue;
            }
        }
        let top = &r.evidence[0];
        let title = titles
            .get(&key)
            .cloned()
            .unwrap_or_else(|| claims[0].claim.show.clone());
        out.push(ScoreRow {
            slug: greenlight_core::title::slug(&title),
            title,
            status: r.status,
            season: r.season,
            network: r.network.clone(),
            since: r.since,
            certainty: r.certainty,
            said_by: top.said_by.clone(),
            url: top.url.clone(),
            evidence: top.text.clone(),
            contradictions: r.contradictions.len(),
        });
    }
    out.sort_by(|a, b| b.since.cmp(&a.since).then_with(|| a.title.cmp(&b.title)));
    Ok(out)
}

/// Where a profile fact was read.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct FactSource {
    pub url: Option<String>,
    pub published: Option<PartialDate>,
    pub source: String,
    pub text: String,
    pub rule: String,
}

/// One cast entry, reconciled across articles.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct CastEntry {
    pub actor: String,
    pub character: Option<String>,
    /// Other spellings of the character seen in sources, with how many sources used each.
    pub variants: Vec<(String, usize)>,
    pub sources: Vec<FactSource>,
}

/// A person with a role ("Netflix drama head").
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Person {
    pub name: String,
    pub role: String,
    pub sources: Vec<FactSource>,
}

/// Source material.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct BasedOn {
    pub title: Option<String>,
    pub author: Option<String>,
    pub year: Option<i32>,
    pub kind: Option<String>,
    pub sources: Vec<FactSource>,
}

/// What is known of one season.
#[derive(Clone, Debug, Serialize, PartialEq, Default)]
pub struct SeasonInfo {
    pub number: u16,
    pub filming_start: Option<PartialDate>,
    pub filming_end: Option<PartialDate>,
    pub premiere: Option<PartialDate>,
    pub sources: Vec<FactSource>,
}

/// A projected premiere for the next season.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Projection {
    pub season: u16,
    pub date: PartialDate,
    pub basis: String,
}

/// A signal about a show's prospects: fan campaign, Top 10, cliffhanger, executive comment.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Signal {
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hashtag: Option<String>,
    pub detail: String,
    pub sources: Vec<FactSource>,
}

/// Everything known about a show, merged across articles (the contract's `show --json`).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Profile {
    pub title: String,
    pub slug: String,
    pub network: Option<String>,
    pub status: Option<Status>,
    pub season: Option<u16>,
    pub since: Option<PartialDate>,
    pub as_of: Date,
    pub based_on: Option<BasedOn>,
    pub creators: Vec<String>,
    pub cast: Vec<CastEntry>,
    pub people: Vec<Person>,
    pub genres: Vec<String>,
    pub seasons: Vec<SeasonInfo>,
    pub projected_premiere: Option<Projection>,
    pub signals: Vec<Signal>,
    pub comparisons: Vec<String>,
    pub evidence: Vec<Cited>,
    pub contradictions: Vec<Contradiction>,
}

/// A show's merged profile as of a date.
pub fn profile(
    store: &dyn Store,
    title: &str,
    as_of: Date,
    today: Date,
) -> Result<Profile, QueryError> {
    let show = lookup(store, title)?;
    let claims = store.claims(&show.key)?;
    let r = status_as_of(&claims, as_of, today);
    let facts: Vec<SourcedFact> = store
        .facts(&show.key)?
        .into_iter()
        .filter(|f| f.published.is_none_or(|p| p.begun_by(as_of)))
        .collect();
    let mut p = crate::profile::merge(&show.title, &facts);
    p.as_of = as_of;
    p.status = r.as_ref().map(|r| r.status);
    p.season = r.as_ref().and_then(|r| r.season);
    p.since = r.as_ref().and_then(|r| r.since);
    p.network = r.as_ref().and_then(|r| r.network.clone()).or(p.network);
    p.evidence = r.as_ref().map(|r| r.evidence.clone()).unwrap_or_default();
    p.contradictions = r
        .as_ref()
        .map(|r| r.contradictions.clone())
        .unwrap_or_default();
    p.projected_premiere = match p.status {
        Some(Status::Renewed | Status::Undecided | Status::Revived) | None => {
            let norms = crate::profile::network_lag_months(store, p.network.as_deref())?;
            crate::profile::project(&p, &facts, norms)
        }
        _ => None,
    };
    Ok(p)
}

/// A show whose resolved status (as of one day) a run of puts changed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StatusChange {
    pub title: String,
    /// The status before the run; `None` for a show the store knew no status for.
    pub from: Option<Status>,
    /// The status after it; `None` if it no longer resolves (not expected, but possible).
    pub to: Option<Status>,
    /// When the new standing status began.
    pub since: Option<PartialDate>,
}

/// Records shows' resolved status as of `as_of` before a run of puts touches them, and
/// tells afterwards which changed. Call [`StatusChanges::before_put`] before each put;
/// shows the run never touches are never read.
///
/// ```
/// use greenlight_store::query::StatusChanges;
/// use greenlight_store::{suite, SqliteStore, Store};
/// let mut store = SqliteStore::in_memory().unwrap();
/// let day = jiff::civil::date(2024, 1, 1);
/// let mut changes = StatusChanges::new(day, day);
/// let a = suite::article("a1", "Glass Harbor");
/// changes.before_put(&store, &a).unwrap();
/// store.put(&a).unwrap();
/// let got = changes.finish(&store).unwrap();
/// assert_eq!((got[0].from, got[0].to.unwrap().as_str()), (None, "renewed"));
/// ```
pub struct StatusChanges {
    as_of: Date,
    today: Date,
    before: std::collections::BTreeMap<String, (String, Option<Status>)>,
}

impl StatusChanges {
    pub fn new(as_of: Date, today: Date) -> Self {
        StatusChanges {
            as_of,
            today,
            before: Default::default(),
        }
    }

    /// Notes the current status of every show `article` has claims about, the first time
    /// the run meets the show.
    pub fn before_put(
        &mut self,
        store: &dyn Store,
        article: &greenlight_core::ExtractedArticle,
    ) -> Result<(), StoreError> {
        for show in article.shows.iter().filter(|s| !s.claims.is_empty()) {
            let key = title_key(&show.title);
            if key.is_empty() || self.before.contains_key(&key) {
                continue;
            }
            let was = status_as_of(&store.claims(&key)?, self.as_of, self.today).map(|r| r.status);
            self.before.insert(key, (show.title.clone(), was));
        }
        Ok(())
    }

    /// The shows whose status differs now from before the run, by title.
    pub fn finish(self, store: &dyn Store) -> Result<Vec<StatusChange>, StoreError> {
        let titles: std::collections::HashMap<String, String> = store
            .shows()?
            .into_iter()
            .map(|s| (s.key, s.title))
            .collect();
        let mut out = Vec::new();
        for (key, (title, was)) in self.before {
            let now = status_as_of(&store.claims(&key)?, self.as_of, self.today);
            let to = now.as_ref().map(|r| r.status);
            if to != was {
                let title = titles.get(&key).cloned().unwrap_or(title);
                out.push(StatusChange {
                    title,
                    from: was,
                    to,
                    since: now.and_then(|r| r.since),
                });
            }
        }
        out.sort_by(|a, b| a.title.cmp(&b.title));
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suite::article;
    use crate::SqliteStore;

    const DAY: Date = jiff::civil::date(2024, 6, 1);

    fn put_all(
        store: &mut SqliteStore,
        arts: &[greenlight_core::ExtractedArticle],
    ) -> Vec<StatusChange> {
        let mut ch = StatusChanges::new(DAY, DAY);
        for a in arts {
            ch.before_put(store, a).unwrap();
            store.put(a).unwrap();
        }
        ch.finish(store).unwrap()
    }

    #[test]
    fn a_new_show_and_a_cancellation_are_changes_and_a_repeat_is_not() {
        let mut s = SqliteStore::in_memory().unwrap();
        let got = put_all(&mut s, &[article("a1", "Glass Harbor")]);
        assert_eq!(got.len(), 1);
        assert_eq!(
            (got[0].title.as_str(), got[0].from, got[0].to),
            ("Glass Harbor", None, Some(Status::Renewed))
        );
        // The same status again, from another article: no change.
        assert!(put_all(&mut s, &[article("a2", "Glass Harbor")]).is_empty());
        let mut cancel = article("a3", "Glass Harbor");
        cancel.shows[0].claims[0].status = Status::Cancelled;
        cancel.shows[0].claims[0].date = Some("2024-02-01".parse().unwrap());
        let got = put_all(&mut s, &[cancel]);
        assert_eq!(
            (got[0].from, got[0].to),
            (Some(Status::Renewed), Some(Status::Cancelled))
        );
        assert_eq!(got[0].since.unwrap().to_string(), "2024-02-01");
    }
}
