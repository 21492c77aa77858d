//! The JSON API. Handlers parse parameters, run one query on the store, and answer.

use crate::escape::{json_bytes, json_response, json_string};
use crate::lookup;
use crate::params::Params;
use crate::{lock, ApiError, AppState};
use axum::body::Bytes;
use axum::extract::{FromRequest, Path, Request, State};
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::Response;
use greenlight_core::resolve::status_as_of;
use greenlight_core::title::slug;
use greenlight_core::title::title_key;
use greenlight_core::Status;
use greenlight_store::query::{self, StatusAnswer};
use greenlight_store::{PutOutcome, Store};
use serde::Serialize;

/// `GET /api/status?title=T&as_of=YYYY-MM-DD`: exactly `greenlight status --json`.
pub async fn status(State(st): State<AppState>, uri: Uri) -> Result<Response, ApiError> {
    let p = Params::from_uri(&uri)?;
    let title = p.required("title")?.to_string();
    let today = st.today();
    let as_of = p.date("as_of")?.unwrap_or(today);
    let answer = move |title: String, claims: &[greenlight_core::SourcedClaim]| {
        status_as_of(claims, as_of, today).map(|r| StatusAnswer::from_resolved(title, as_of, r))
    };
    // Hot path, on the async worker: an answer already serialised, else cached claims.
    let key = title_key(&title);
    let cache = st.cache();
    let version = cache.version_now(st.store());
    if let Some(v) = version {
        if let Some(body) = cache.answer(v, &key, as_of, today) {
            return Ok(json_bytes(StatusCode::OK, body));
        }
    }
    let no_status = move |title: String| ApiError::NoStatusYet { title, as_of };
    let (v, ans) = match version.and_then(|v| cache.cached_claims(v, &key).map(|hit| (v, hit))) {
        Some((v, (show, claims))) => (
            v,
            answer(show.title.clone(), &claims).ok_or_else(|| no_status(show.title))?,
        ),
        None => {
            let key = key.clone();
            st.cached(move |store, cache| {
                let (v, shows) = cache.shows(store)?;
                let Some(show) = shows.get(&key) else {
                    // The query's own error, with its suggestions.
                    return Err(query::lookup(&*lock(store), &title)
                        .err()
                        .map_or(ApiError::UnknownShow(title), ApiError::from));
                };
                let claims = cache.claims(store, v, &show.key)?;
                let ans = answer(show.title.clone(), &claims).ok_or_else(|| no_status(show.title.clone()))?;
                Ok((v, ans))
            })
            .await?
        }
    };
    let body = Bytes::from(json_string(&ans).map_err(|e| ApiError::Internal(e.to_string()))?);
    cache.keep_answer(v, &key, as_of, today, body.clone());
    Ok(json_bytes(StatusCode::OK, body))
}

/// `GET /api/shows?status=&network=&as_of=&changed_since=`: scorecard rows.
/// `changed_since` keeps rows whose standing status began on or after the date (a
/// month-precise `since` counts if any day of it is).
pub async fn shows(State(st): State<AppState>, uri: Uri) -> Result<Response, ApiError> {
    let p = Params::from_uri(&uri)?;
    let status = p.status("status")?;
    let network = p.get("network").map(str::to_string);
    let today = st.today();
    let as_of = p.date("as_of")?.unwrap_or(today);
    let changed_since = p.date("changed_since")?;
    let mut rows = st
        .read(move |s| Ok(query::scorecard(s, as_of, today, status, network.as_deref())?))
        .await?;
    if let Some(d) = changed_since {
        rows.retain(|r| r.since.is_some_and(|s| s.end() >= d));
    }
    Ok(json_response(StatusCode::OK, &rows))
}

/// Resolves a slug to the show's title, or `UnknownShow`.
fn title_for(s: &dyn Store, wanted: &str) -> Result<String, ApiError> {
    lookup::show_by_slug(s, wanted)?
        .map(|row| row.title)
        .ok_or_else(|| ApiError::UnknownShow(wanted.to_string()))
}

/// `GET /api/shows/{slug}?as_of=`: the show's merged profile.
pub async fn profile(State(st): State<AppState>, Path(wanted): Path<String>, uri: Uri) -> Result<Response, ApiError> {
    let p = Params::from_uri(&uri)?;
    let today = st.today();
    let as_of = p.date("as_of")?.unwrap_or(today);
    let profile = st
        .read(move |s| {
            let title = title_for(s, &wanted)?;
            Ok(query::profile(s, &title, as_of, today)?)
        })
        .await?;
    Ok(json_response(StatusCode::OK, &profile))
}

/// `GET /api/shows/{slug}/timeline`: every status claim, oldest first.
pub async fn timeline(State(st): State<AppState>, Path(wanted): Path<String>) -> Result<Response, ApiError> {
    let rows = st
        .read(move |s| {
            let title = title_for(s, &wanted)?;
            Ok(query::timeline(s, &title)?.1)
        })
        .await?;
    Ok(json_response(StatusCode::OK, &rows))
}

/// `GET /api/search?q=`: shows whose title contains the query, then close titles.
pub async fn search(State(st): State<AppState>, uri: Uri) -> Result<Response, ApiError> {
    let p = Params::from_uri(&uri)?;
    let q = p.required("q")?.to_string();
    let hits = st.read(move |s| Ok(lookup::search(s, &q)?)).await?;
    Ok(json_response(StatusCode::OK, &hits))
}

/// `GET /api/contradictions?as_of=`: every show whose standing status is contradicted.
pub async fn contradictions(State(st): State<AppState>, uri: Uri) -> Result<Response, ApiError> {
    let p = Params::from_uri(&uri)?;
    let today = st.today();
    let as_of = p.date("as_of")?.unwrap_or(today);
    let list = st.read(move |s| Ok(lookup::contradictions(s, as_of, today)?)).await?;
    Ok(json_response(StatusCode::OK, &list))
}

/// What `POST /api/articles` did.
#[derive(Serialize)]
struct Posted {
    stored: bool,
    copy_of: Option<String>,
    key: String,
    claims: usize,
    shows: Vec<PostedShow>,
}

#[derive(Serialize)]
struct PostedShow {
    title: String,
    slug: String,
    network: Option<String>,
    status: Option<Status>,
    season: Option<u16>,
    claims: usize,
}

/// `POST /api/articles` with a bearer token: extract one article and store it.
/// Body: `{"url", "title", "published", "text" or "html"}`.
pub async fn post_article(State(st): State<AppState>, req: Request) -> Result<Response, ApiError> {
    let Some(token) = st.token() else {
        return Err(ApiError::ReadOnly);
    };
    authorize(req.headers(), token)?;
    let body = Bytes::from_request(req, &()).await.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::TooLarge
        } else {
            ApiError::BadArticle("could not read the request body".into())
        }
    })?;
    let text = std::str::from_utf8(&body).map_err(|_| ApiError::BadArticle("the body is not UTF-8".into()))?;
    let article = greenlight_ingest::read_json_line(text, "api").map_err(|e| ApiError::BadArticle(e.to_string()))?;
    let (extracted, outcome) = st
        .write(move |store, ex| {
            let x = ex.extract(&article);
            let outcome = store.put(&x)?;
            Ok((x, outcome))
        })
        .await?;
    let stored = matches!(outcome, PutOutcome::Stored { .. });
    let copy_of = match outcome {
        PutOutcome::Copy { of, .. } => Some(of),
        _ => None,
    };
    if stored {
        st.stored();
    }
    let posted = Posted {
        stored,
        copy_of,
        claims: extracted.shows.iter().map(|s| s.claims.len()).sum(),
        key: extracted.key,
        shows: extracted
            .shows
            .into_iter()
            .map(|s| PostedShow {
                slug: slug(&s.title),
                claims: s.claims.len(),
                title: s.title,
                network: s.network,
                status: s.status,
                season: s.season,
            })
            .collect(),
    };
    let code = if stored { StatusCode::CREATED } else { StatusCode::OK };
    Ok(json_response(code, &posted))
}

/// Checks `Authorization: Bearer <token>`, comparing in constant time.
pub(crate) fn authorize(headers: &HeaderMap, token: &str) -> Result<(), ApiError> {
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim)
        .ok_or(ApiError::Unauthorized)?;
    if constant_time_eq(given.as_bytes(), token.as_bytes()) {
        Ok(())
    } else {
        Err(ApiError::Unauthorized)
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_tokens_must_match_exactly() {
        let mut h = HeaderMap::new();
        assert!(authorize(&h, "s3cret").is_err());
        h.insert(header::AUTHORIZATION, "Bearer s3cre".parse().unwrap());
        assert!(authorize(&h, "s3cret").is_err());
        h.insert(header::AUTHORIZATION, "Basic s3cret".parse().unwrap());
        assert!(authorize(&h, "s3cret").is_err());
        h.insert(header::AUTHORIZATION, "Bearer s3cret".parse().unwrap());
        assert!(authorize(&h, "s3cret").is_ok());
    }
}
