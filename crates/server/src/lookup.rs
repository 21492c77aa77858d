//! Finding shows by slug or by a search, and listing contradicted ones. Pure functions
//! over a [`Store`]; status itself is always resolved by `greenlight_core::resolve`.

use greenlight_core::resolve::{status_as_of, Contradiction};
use greenlight_core::title::{slug, suggest, title_key};
use greenlight_core::{PartialDate, Status};
use greenlight_store::{ShowRow, Store, StoreError};
use jiff::civil::Date;
use serde::Serialize;

/// The show whose title's slug is `wanted` (itself normalised, so `The-Glass-Harbor`
/// finds `glass-harbor`).
pub fn show_by_slug(store: &dyn Store, wanted: &str) -> Result<Option<ShowRow>, StoreError> {
    let wanted = slug(wanted);
    if wanted.is_empty() {
        return Ok(None);
    }
    Ok(store
        .shows()?
        .into_iter()
        .find(|s| slug(&s.title) == wanted || s.key.replace(' ', "-") == wanted))
}

/// One search result.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct SearchHit {
    pub title: String,
    pub slug: String,
    pub claims: usize,
    /// `title` when the title contains the query, `suggestion` for a close title.
    pub matched: &'static str,
}

/// The most suggestions added after the title matches.
const SUGGESTIONS: usize = 5;

/// Shows whose title key contains the query's key (exact, then prefix, then the rest,
/// each alphabetically), then the closest other titles.
pub fn search(store: &dyn Store, q: &str) -> Result<Vec<SearchHit>, StoreError> {
    let key = title_key(q);
    if key.is_empty() {
        return Ok(Vec::new());
    }
    let shows = store.shows()?;
    let mut hits: Vec<&ShowRow> = shows.iter().filter(|s| s.key.contains(&key)).collect();
    hits.sort_by_key(|s| (s.key != key, !s.key.starts_with(&key), s.key.clone()));
    let hit = |s: &ShowRow, matched| SearchHit {
        title: s.title.clone(),
        slug: slug(&s.title),
        claims: s.claims,
        matched,
    };
    let mut out: Vec<SearchHit> = hits.iter().map(|s| hit(s, "title")).collect();
    for t in suggest(q, shows.iter().map(|s| s.title.as_str()), SUGGESTIONS) {
        if let Some(s) = shows.iter().find(|s| s.title == t) {
            if !out.iter().any(|h| h.title == s.title) {
                out.push(hit(s, "suggestion"));
            }
        }
    }
    Ok(out)
}

/// A show whose standing status some claims disagree with.
#[derive(Clone, Debug, Serialize)]
pub struct Contradicted {
    pub title: String,
    pub slug: String,
    pub status: Status,
    pub since: Option<PartialDate>,
    pub contradictions: Vec<Contradiction>,
}

/// Every show with a status as of `as_of` that has contradictions, by title.
pub fn contradictions(store: &dyn Store, as_of: Date, today: Date) -> Result<Vec<Contradicted>, StoreError> {
    let mut out = Vec::new();
    for show in store.shows()? {
        let claims = store.claims(&show.key)?;
        let Some(r) = status_as_of(&claims, as_of, today) else {
            continue;
        };
        if r.contradictions.is_empty() {
            continue;
        }
        out.push(Contradicted {
            slug: slug(&show.title),
            title: show.title,
            status: r.status,
            since: r.since,
            contradictions: r.contradictions,
        });
    }
    out.sort_by_key(|a| title_key(&a.title));
    Ok(out)
}
