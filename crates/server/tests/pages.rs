//! The HTML pages: content, filters, escaping, errors.

use crate::util::*;
use axum::http::StatusCode;

fn html(r: &Reply) -> &str {
    assert!(r.content_type().starts_with("text/html"), "{}", r.content_type());
    assert!(
        !r.body.to_ascii_lowercase().contains("<script"),
        "pages carry no script: {}",
        r.body
    );
    &r.body
}

#[tokio::test]
async fn scorecard_lists_every_show_with_links_and_sources() {
    let r = get(state(), "/").await;
    assert_eq!(r.status, StatusCode::OK);
    let b = html(&r);
    assert!(b.starts_with("<!doctype html>"));
    for (slug, title) in [
        ("glass-harbor", "The Glass Harbor"),
        ("pine-hollow", "Pine Hollow"),
        ("harbor-lights", "Harbor Lights"),
    ] {
        assert!(
            b.contains(&format!("<a href=\"/shows/{slug}\">{title}</a>")),
            "{slug}: {b}"
        );
    }
    assert!(b.contains("class=\"badge st-cancelled\""));
    assert!(
        b.contains("href=\"https://example.com/gh2\""),
        "source links to the decision"
    );
    assert!(b.contains("Netflix has cancelled The Glass Harbor after two seasons."));
    assert!(b.contains("action=\"/search\""), "search box");
    assert!(b.contains("<select name=\"status\">") && b.contains("<select name=\"sort\">"));
    assert!(
        b.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "evidence is escaped"
    );
}

#[tokio::test]
async fn scorecard_filters_and_sorts() {
    let r = get(state(), "/?status=cancelled").await;
    let b = html(&r);
    assert!(b.contains("The Glass Harbor") && b.contains("Harbor Lights"));
    assert!(!b.contains(">Pine Hollow</a>"));
    assert!(b.contains("<option value=\"cancelled\" selected>"));

    let r = get(state(), "/?network=HBO").await;
    let b = html(&r);
    assert!(b.contains(">Pine Hollow</a>") && !b.contains(">Harbor Lights</a>"));

    let r = get(state(), "/?sort=title").await;
    let b = html(&r);
    let pos = |t: &str| b.find(&format!(">{t}</a>")).unwrap();
    // Title order ignores a leading "The".
    assert!(pos("The Glass Harbor") < pos("Harbor Lights") && pos("Harbor Lights") < pos("Pine Hollow"));

    let r = get(state(), "/?sort=status").await;
    let b = html(&r);
    let pos = |t: &str| b.find(&format!(">{t}</a>")).unwrap();
    assert!(pos("Pine Hollow") < pos("Harbor Lights"), "renewed before cancelled");

    let r = get(state(), "/?as_of=2022-12-31").await;
    let b = html(&r);
    assert!(b.contains("1 of 1 tracked shows, as of 2022-12-31"), "{b}");
    assert!(b.contains("href=\"/shows/glass-harbor?as_of=2022-12-31\""));
}

#[tokio::test]
async fn bad_page_parameters_are_400_pages() {
    for uri in [
        "/?sort=%3Cb%3E",
        "/?status=paused",
        "/?as_of=soon",
        "/shows/glass-harbor?as_of=2023",
    ] {
        let r = get(state(), uri).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{uri}");
        let b = html(&r);
        assert!(!b.contains("<b>"), "{b}");
    }
}

#[tokio::test]
async fn search_page_lists_matches() {
    let r = get(state(), "/search?q=harbor").await;
    assert_eq!(r.status, StatusCode::OK);
    let b = html(&r);
    assert!(b.contains("<a href=\"/shows/glass-harbor\">The Glass Harbor</a>"));
    assert!(b.contains("<a href=\"/shows/harbor-lights\">Harbor Lights</a>"));
    let r = get(state(), "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").await;
    let b = html(&r);
    assert!(b.contains("No show matches"));
    let r = get(state(), "/search").await;
    assert_eq!(r.status, StatusCode::OK);
}

#[tokio::test]
async fn show_page_has_status_chart_evidence_and_form() {
    let r = get(state(), "/shows/glass-harbor").await;
    assert_eq!(r.status, StatusCode::OK);
    let b = html(&r);
    assert!(
        b.contains("<h1>The Glass Harbor <span class=\"badge st-cancelled\">cancelled</span></h1>"),
        "{b}"
    );
    assert!(b.contains("<svg") && b.contains("</svg>"));
    assert_eq!(
        b.matches("<circle cx").count() - 6,
        2,
        "one dot per claim besides the six legend dots"
    );
    assert!(b.contains("<blockquote>Netflix has cancelled The Glass Harbor after two seasons.</blockquote>"));
    assert!(b.contains("href=\"https://example.com/gh2\""));
    assert!(b.contains("name=\"as_of\""));
    assert!(!b.contains("id=\"contradictions\""));

    let r = get(state(), "/shows/glass-harbor?as_of=2023-01-01").await;
    let b = html(&r);
    assert!(b.contains("badge st-renewed\">renewed</span></h1>"), "{b}");
    assert!(b.contains("value=\"2023-01-01\""));
}

#[tokio::test]
async fn show_page_escapes_article_text() {
    let r = get(state(), "/shows/pine-hollow").await;
    assert_eq!(r.status, StatusCode::OK);
    let b = html(&r);
    assert!(!b.contains(HOSTILE));
    assert!(b.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{b}");
}

#[tokio::test]
async fn show_page_explains_contradictions() {
    let r = get(state(), "/shows/harbor-lights").await;
    let b = html(&r);
    assert!(b.contains("id=\"contradictions\""));
    assert!(b.contains("Fans hope Harbor Lights will return."));
    assert!(
        b.contains("Why it does not stand: a hoped claim does not override the cancelled decision"),
        "{b}"
    );
}

#[tokio::test]
async fn unknown_show_and_path_are_404_pages() {
    for uri in ["/shows/no-such-show", "/shows/%3Cscript%3E", "/nowhere"] {
        let r = get(state(), uri).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}");
        let b = html(&r);
        assert!(b.contains("Not found"));
    }
}
