//! `POST /api/articles`: read-only by default, bearer token required, body checked.

use crate::util::*;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use greenlight_server::AppState;

const TOKEN: &str = "s3cret-token";

fn writable() -> AppState {
    state().with_token(TOKEN)
}

fn post(body: &str, auth: Option<&str>) -> Request<Body> {
    let mut b = Request::post("/api/articles").header("content-type", "application/json");
    if let Some(a) = auth {
        b = b.header("authorization", a);
    }
    b.body(Body::from(body.to_string())).unwrap()
}

const ARTICLE: &str = r#"{"url": "https://example.com/tm", "title": "Tidewater", "published": "2023-09-01",
  "text": "Apple TV+ has renewed Tidewater for a second season."}"#;

#[tokio::test]
async fn read_only_server_refuses_writes() {
    let r = send(state(), post(ARTICLE, Some(&format!("Bearer {TOKEN}")))).await;
    r.error(StatusCode::FORBIDDEN, "read_only");
}

#[tokio::test]
async fn missing_or_wrong_token_is_401() {
    let r = send(writable(), post(ARTICLE, None)).await;
    r.error(StatusCode::UNAUTHORIZED, "unauthorized");
    assert_eq!(r.headers["www-authenticate"], "Bearer");
    for bad in ["Bearer wrong", "Bearer s3cret-toke", "Basic s3cret-token", TOKEN] {
        send(writable(), post(ARTICLE, Some(bad)))
            .await
            .error(StatusCode::UNAUTHORIZED, "unauthorized");
    }
}

#[tokio::test]
async fn right_token_stores_once_and_answers_change() {
    let st = writable();
    let auth = format!("Bearer {TOKEN}");
    let r = send(st.clone(), post(ARTICLE, Some(&auth))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let v = r.json();
    assert_eq!(v["stored"], true);
    assert_eq!(v["shows"][0]["title"], "Tidewater");
    assert_eq!(v["shows"][0]["status"], "renewed");
    assert_eq!(v["shows"][0]["slug"], "tidewater");

    let s = get(st.clone(), "/api/status?title=tidewater").await;
    assert_eq!(s.json()["status"], "renewed", "{}", s.body);

    let again = send(st.clone(), post(ARTICLE, Some(&auth))).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.json()["stored"], false);
    let t = get(st, "/api/shows/tidewater/timeline").await;
    assert_eq!(
        t.json().as_array().unwrap().len(),
        1,
        "a duplicate does not lengthen the timeline"
    );
}

#[tokio::test]
async fn html_articles_are_read_too() {
    let body = serde_json::json!({
        "url": "https://example.com/html1",
        "published": "2023-10-02",
        "html": "<html><head><title>News</title></head><body><article><p>Hulu has cancelled Night Ferry after one season.</p></article></body></html>"
    });
    let r = send(writable(), post(&body.to_string(), Some(&format!("Bearer {TOKEN}")))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.json()["shows"][0]["status"], "cancelled", "{}", r.body);
}

#[tokio::test]
async fn malformed_articles_are_400() {
    let auth = format!("Bearer {TOKEN}");
    for body in [
        "not json",
        "{}",
        r#"{"text": ""}"#,
        r#"{"text": "x", "published": "someday"}"#,
        r#"{"text": 5}"#,
    ] {
        let r = send(writable(), post(body, Some(&auth))).await;
        r.error(StatusCode::BAD_REQUEST, "bad_article");
    }
    let r = send(
        writable(),
        post(
            r#"{"text": "<script>alert(1)</script>", "published": "<b>"}"#,
            Some(&auth),
        ),
    )
    .await;
    r.error(StatusCode::BAD_REQUEST, "bad_article");
    assert!(!r.body.contains('<'), "{}", r.body);
}

#[tokio::test]
async fn oversized_bodies_are_413() {
    let big = format!(
        r#"{{"text": "{}"}}"#,
        "a".repeat(greenlight_server::MAX_BODY_BYTES + 10)
    );
    let r = send(writable(), post(&big, Some(&format!("Bearer {TOKEN}")))).await;
    r.error(StatusCode::PAYLOAD_TOO_LARGE, "too_large");
}
