//! The Atom feed of status changes: for each show, its claims are walked in timeline
//! order, the status is resolved as of each distinct claim date, and every change of the
//! resolved status (including the first one) is an entry.

use crate::escape::html as esc;
use crate::lookup;
use crate::params::Params;
use crate::{ApiError, AppState};
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use greenlight_core::resolve::{status_as_of, timeline_order, Cited};
use greenlight_core::title::{slug, title_key};
use greenlight_core::{PartialDate, SourcedClaim, Status};
use greenlight_store::Store;
use jiff::civil::Date;
use std::fmt::Write;

/// The most entries in one feed (newest kept).
pub const MAX_ENTRIES: usize = 500;

/// A change of a show's resolved status.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub title: String,
    pub slug: String,
    pub date: PartialDate,
    pub status: Status,
    pub season: Option<u16>,
    pub network: Option<String>,
    /// The claim the new status stands on.
    pub evidence: Option<Cited>,
}

/// Every change of the resolved status of one show, oldest first. Undated claims count
/// only for `today`; a change they cause is dated by its evidence (its date, else its
/// publication date) and left out when neither is known.
pub fn changes(title: &str, mut claims: Vec<SourcedClaim>, today: Date) -> Vec<Change> {
    timeline_order(&mut claims);
    let mut dates: Vec<PartialDate> = claims.iter().filter_map(|c| c.claim.date).collect();
    dates.dedup();
    let mut out: Vec<Change> = Vec::new();
    let mut last: Option<Status> = None;
    let mut record = |date: Option<PartialDate>, as_of: Date, out: &mut Vec<Change>| {
        let Some(r) = status_as_of(&claims, as_of, today) else {
            return;
        };
        if last == Some(r.status) {
            return;
        }
        last = Some(r.status);
        let evidence = r.evidence.into_iter().next();
        let date = date.or_else(|| evidence.as_ref().and_then(|e| e.date.or(e.published)));
        let Some(date) = date else { return };
        out.push(Change {
            title: title.to_string(),
            slug: slug(title),
            date,
            status: r.status,
            season: r.season,
            network: r.network,
            evidence,
        });
    };
    for d in dates {
        record(Some(d), d.start(), &mut out);
    }
    if claims.iter().any(|c| c.claim.date.is_none()) {
        record(None, today.max(dates_end(&claims)), &mut out);
    }
    out
}

/// The last day any dated claim reaches (so "today" covers them all).
fn dates_end(claims: &[SourcedClaim]) -> Date {
    claims
        .iter()
        .filter_map(|c| c.claim.date)
        .map(|d| d.start())
        .max()
        .unwrap_or(Date::MIN)
}

/// Which changes a feed carries.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub network: Option<String>,
    pub show: Option<String>,
}

/// Every change in the store that passes `filter`, newest first, at most [`MAX_ENTRIES`].
pub fn all_changes(store: &dyn Store, filter: &Filter, today: Date) -> Result<Vec<Change>, ApiError> {
    let shows = match &filter.show {
        Some(s) => vec![lookup::show_by_slug(store, s)?.ok_or_else(|| ApiError::UnknownShow(s.clone()))?],
        None => store.shows()?,
    };
    let mut out = Vec::new();
    for show in shows {
        let claims = store.claims(&show.key)?;
        out.extend(changes(&show.title, claims, today));
    }
    if let Some(n) = &filter.network {
        let want = title_key(n);
        out.retain(|c| c.network.as_deref().is_some_and(|x| title_key(x) == want));
    }
    out.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.title.cmp(&b.title)));
    out.truncate(MAX_ENTRIES);
    Ok(out)
}

fn timestamp(d: PartialDate) -> String {
    format!("{}T00:00:00Z", d.start())
}

/// Renders changes as an Atom document. Links are relative to the server's root.
pub fn render(changes: &[Change], filter: &Filter, today: Date) -> String {
    let mut title = String::from("greenlight: TV status changes");
    let mut id = String::from("urn:greenlight:feed");
    let mut self_href = String::from("/feed.atom");
    if let Some(s) = &filter.show {
        let name = changes.first().map(|c| c.title.clone()).unwrap_or_else(|| s.clone());
        write!(title, " for {name}").unwrap();
        write!(id, ":show:{}", slug(s)).unwrap();
        write!(self_href, "?show={}", crate::escape::query_value(&slug(s))).unwrap();
    } else if let Some(n) = &filter.network {
        write!(title, " on {n}").unwrap();
        write!(id, ":network:{}", slug(n)).unwrap();
        write!(self_href, "?network={}", crate::escape::query_value(n)).unwrap();
    }
    let updated = changes
        .iter()
        .map(|c| c.date)
        .max()
        .map(timestamp)
        .unwrap_or_else(|| format!("{today}T00:00:00Z"));
    let mut x = String::with_capacity(512 + changes.len() * 512);
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    writeln!(x, "  <id>{}</id>", esc(&id)).unwrap();
    writeln!(x, "  <title>{}</title>", esc(&title)).unwrap();
    writeln!(x, "  <updated>{updated}</updated>").unwrap();
    x.push_str("  <author><name>greenlight</name></author>\n");
    x.push_str("  <generator>greenlight</generator>\n");
    writeln!(
        x,
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
        esc(&self_href)
    )
    .unwrap();
    x.push_str("  <link rel=\"alternate\" type=\"text/html\" href=\"/\"/>\n");
    for c in changes {
        let head = format!("{}: {}", c.title, c.status);
        x.push_str("  <entry>\n");
        writeln!(
            x,
            "    <id>{}</id>",
            esc(&format!("urn:greenlight:change:{}:{}:{}", c.slug, c.date, c.status))
        )
        .unwrap();
        writeln!(x, "    <title>{}</title>", esc(&head)).unwrap();
        writeln!(x, "    <updated>{}</updated>", timestamp(c.date)).unwrap();
        writeln!(
            x,
            "    <link rel=\"alternate\" type=\"text/html\" href=\"/shows/{}\"/>",
            esc(&c.slug)
        )
        .unwrap();
        if let Some(u) = c
            .evidence
            .as_ref()
            .and_then(|e| e.url.as_deref())
            .and_then(crate::escape::safe_href)
        {
            writeln!(x, "    <link rel=\"via\" href=\"{}\"/>", esc(u)).unwrap();
        }
        writeln!(x, "    <category term=\"{}\"/>", c.status).unwrap();
        if let Some(e) = &c.evidence {
            if let Some(who) = e.said_by.as_deref() {
                writeln!(x, "    <author><name>{}</name></author>", esc(who)).unwrap();
            }
            writeln!(x, "    <summary type=\"text\">{}</summary>", esc(e.text.trim())).unwrap();
        }
        let mut facts = vec![c.status.to_string()];
        if let Some(s) = c.season {
            facts.push(format!("season {s}"));
        }
        if let Some(n) = &c.network {
            facts.push(n.clone());
        }
        facts.push(format!("since {}", c.date));
        writeln!(x, "    <content type=\"text\">{}</content>", esc(&facts.join(" · "))).unwrap();
        x.push_str("  </entry>\n");
    }
    x.push_str("</feed>\n");
    x
}

/// `GET /feed.atom?network=N` or `?show=slug`.
pub async fn atom(State(st): State<AppState>, uri: Uri) -> Result<Response, ApiError> {
    let p = Params::from_uri(&uri)?;
    let filter = Filter {
        network: p.get("network").map(str::to_string),
        show: p.get("show").map(str::to_string),
    };
    let today = st.today();
    let f = filter.clone();
    let list = st.read(move |s| all_changes(s, &f, today)).await?;
    let mut res = (StatusCode::OK, render(&list, &filter, today)).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/atom+xml; charset=utf-8"),
    );
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;
    use greenlight_core::{Certainty, DateBasis, Evidence, StatusClaim};

    fn claim(status: Status, cert: Certainty, date: Option<&str>, key: &str) -> SourcedClaim {
        SourcedClaim {
            claim: StatusClaim {
                kind: "status".into(),
                show: "Glass Harbor".into(),
                status,
                season: Some(2),
                network: Some("HBO".into()),
                said_by: Some("Variety".into()),
                certainty: cert,
                date: date.map(|d| d.parse().unwrap()),
                date_basis: DateBasis::Text,
                date_text: None,
                rule: "test".into(),
                evidence: Evidence {
                    start: 0,
                    end: 1,
                    text: format!("{key} says {status}"),
                },
                trigger: None,
                background: false,
            },
            url: Some(format!("https://example.com/{key}")),
            published: Some("2023-12-01".parse().unwrap()),
            source: "t".into(),
            article_key: key.into(),
        }
    }
    const TODAY: Date = jiff::civil::date(2024, 6, 1);

    #[test]
    fn one_entry_per_change_of_resolved_status() {
        let cs = vec![
            claim(Status::Undecided, Certainty::Expected, Some("2022-01-10"), "a"),
            claim(Status::Undecided, Certainty::Hoped, Some("2022-02-10"), "b"),
            claim(Status::Renewed, Certainty::Confirmed, Some("2022-03"), "c"),
            // A hope after a decision does not change the resolved status.
            claim(Status::Undecided, Certainty::Hoped, Some("2022-04-01"), "d"),
            claim(Status::Cancelled, Certainty::Reported, Some("2023-05-02"), "e"),
        ];
        let ch = changes("Glass Harbor", cs, TODAY);
        let got: Vec<(String, Status)> = ch.iter().map(|c| (c.date.to_string(), c.status)).collect();
        assert_eq!(
            got,
            vec![
                ("2022-01-10".into(), Status::Undecided),
                ("2022-03".into(), Status::Renewed),
                ("2023-05-02".into(), Status::Cancelled)
            ]
        );
        assert_eq!(ch[2].evidence.as_ref().unwrap().text, "e says cancelled");
    }

    #[test]
    fn undated_change_is_dated_by_its_publication() {
        let cs = vec![
            claim(Status::Undecided, Certainty::Expected, Some("2022-03-01"), "a"),
            claim(Status::Cancelled, Certainty::Confirmed, None, "b"),
        ];
        let ch = changes("Glass Harbor", cs, TODAY);
        assert_eq!(ch.len(), 2);
        assert_eq!(
            (ch[1].status, ch[1].date.to_string()),
            (Status::Cancelled, "2023-12-01".into())
        );
    }

    #[test]
    fn rendered_text_is_escaped() {
        let mut c = claim(Status::Renewed, Certainty::Confirmed, Some("2022-03-01"), "a");
        c.claim.evidence.text = "<script>alert(1)</script> & more".into();
        let ch = changes("A <b> Show", vec![c], TODAY);
        let x = render(&ch, &Filter::default(), TODAY);
        assert!(!x.contains("<script>") && !x.contains("<b>"), "{x}");
        assert!(x.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
        assert!(x.contains("<updated>2022-03-01T00:00:00Z</updated>"));
    }
}
