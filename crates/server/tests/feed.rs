//! The Atom feed parses as XML and has one entry per status change.

use crate::util::*;
use axum::http::StatusCode;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Feed {
    id: String,
    title: String,
    updated: String,
    #[serde(default)]
    entry: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
struct Entry {
    id: String,
    title: String,
    updated: String,
    link: Vec<Link>,
    summary: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Link {
    #[serde(rename = "@href")]
    href: String,
    #[serde(rename = "@rel")]
    rel: Option<String>,
}

/// Checks well-formedness event by event, then reads the feed.
fn parse(body: &str) -> Feed {
    let mut reader = quick_xml::Reader::from_str(body);
    let mut root = None;
    loop {
        match reader
            .read_event()
            .unwrap_or_else(|e| panic!("not well-formed XML: {e}\n{body}"))
        {
            quick_xml::events::Event::Start(e) if root.is_none() => {
                root = Some(String::from_utf8(e.local_name().as_ref().to_vec()).unwrap());
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(root.as_deref(), Some("feed"));
    assert!(body.contains("xmlns=\"http://www.w3.org/2005/Atom\""));
    quick_xml::de::from_str(body).unwrap_or_else(|e| panic!("not an Atom feed: {e}\n{body}"))
}

#[tokio::test]
async fn feed_has_one_entry_per_status_change() {
    let r = get(state(), "/feed.atom").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.content_type().starts_with("application/atom+xml"));
    let f = parse(&r.body);
    assert!(!f.id.is_empty() && !f.title.is_empty());
    assert_eq!(f.updated, "2023-05-01T00:00:00Z");
    let got: Vec<(&str, &str)> = f.entry.iter().map(|e| (e.title.as_str(), e.updated.as_str())).collect();
    assert_eq!(
        got,
        [
            ("The Glass Harbor: cancelled", "2023-05-01T00:00:00Z"),
            ("Harbor Lights: cancelled", "2023-03-01T00:00:00Z"),
            ("Pine Hollow: renewed", "2023-02-01T00:00:00Z"),
            ("The Glass Harbor: renewed", "2022-06-01T00:00:00Z"),
        ],
        "the hope about Harbor Lights changes nothing"
    );
    let first = &f.entry[0];
    assert_eq!(
        first.summary.as_deref(),
        Some("Netflix has cancelled The Glass Harbor after two seasons.")
    );
    assert!(first
        .link
        .iter()
        .any(|l| l.href == "/shows/glass-harbor" && l.rel.as_deref() == Some("alternate")));
    let mut ids: Vec<&str> = f.entry.iter().map(|e| e.id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), f.entry.len(), "entry ids are unique");
}

#[tokio::test]
async fn feed_escapes_article_text() {
    let r = get(state(), "/feed.atom").await;
    assert!(!r.body.contains(HOSTILE));
    let f = parse(&r.body);
    let pine = f.entry.iter().find(|e| e.title.starts_with("Pine Hollow")).unwrap();
    assert!(
        pine.summary.as_deref().unwrap().contains(HOSTILE),
        "escaped text reads back as written"
    );
}

#[tokio::test]
async fn feed_filters_by_show_and_network() {
    let f = parse(&get(state(), "/feed.atom?show=glass-harbor").await.body);
    assert_eq!(f.entry.len(), 2);
    assert!(f.entry.iter().all(|e| e.title.starts_with("The Glass Harbor")));
    assert!(f.title.contains("The Glass Harbor"));

    let f = parse(&get(state(), "/feed.atom?network=hbo").await.body);
    let titles: Vec<&str> = f.entry.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["Pine Hollow: renewed"]);

    let f = parse(&get(state(), "/feed.atom?network=Nobody").await.body);
    assert!(f.entry.is_empty());

    get(state(), "/feed.atom?show=nothing-here")
        .await
        .error(StatusCode::NOT_FOUND, "unknown_show");
}
