//! The watchlist: `/api/watches`, and webhook delivery against a loopback receiver that
//! fails before it accepts, across restarts of the server's store.

use crate::util::*;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Request, StatusCode};
use greenlight_core::{Certainty, ExtractedArticle, Status};
use greenlight_server::watch::{RetryPolicy, Watcher};
use greenlight_server::AppState;
use greenlight_store::suite::article;
use greenlight_store::{DeliveryState, SqliteStore, Store};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const TOKEN: &str = "w4tch-token";

fn auth() -> String {
    format!("Bearer {TOKEN}")
}

fn json_req(method: &str, uri: &str, body: &str, auth: Option<&str>) -> Request<Body> {
    let mut b = Request::builder()
        .method(method)
        .uri(uri)
        .header("content-type", "application/json");
    if let Some(a) = auth {
        b = b.header("authorization", a);
    }
    b.body(Body::from(body.to_string())).unwrap()
}

// ---------------------------------------------------------------------------------------
// The API.

#[tokio::test]
async fn watches_need_the_token_to_change() {
    let body = r#"{"title": "Glass Harbor", "webhook": "http://127.0.0.1:9/hook"}"#;
    send(state(), json_req("POST", "/api/watches", body, Some(&auth())))
        .await
        .error(StatusCode::FORBIDDEN, "read_only");
    let st = state().with_token(TOKEN);
    for bad in [None, Some("Bearer nope")] {
        send(st.clone(), json_req("POST", "/api/watches", body, bad))
            .await
            .error(StatusCode::UNAUTHORIZED, "unauthorized");
        send(st.clone(), json_req("DELETE", "/api/watches/1", "", bad))
            .await
            .error(StatusCode::UNAUTHORIZED, "unauthorized");
    }
    assert_eq!(get(st, "/api/watches").await.json(), serde_json::json!([]));
}

#[tokio::test]
async fn adding_listing_and_removing_a_watch() {
    let st = state().with_token(TOKEN);
    let body = r#"{"title": "the glass harbor", "webhook": "http://127.0.0.1:9/hooks/s3cret"}"#;
    let r = send(st.clone(), json_req("POST", "/api/watches", body, Some(&auth()))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let w = r.json();
    assert_eq!(w["title"], "The Glass Harbor");
    assert_eq!(w["slug"], "glass-harbor");
    assert_eq!(w["webhook"], "http://127.0.0.1:9/hooks/s3cret");
    // The baseline is the status standing now: the first event is the next change.
    assert_eq!(w["baseline"]["status"], "cancelled", "{w}");
    let id = w["id"].as_i64().unwrap();

    let again = send(st.clone(), json_req("POST", "/api/watches", body, Some(&auth()))).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.json()["id"], id);

    // Anonymous readers see the webhook's origin only; the token holder sees all of it.
    let anon = get(st.clone(), "/api/watches").await.json();
    assert_eq!(anon.as_array().unwrap().len(), 1);
    assert_eq!(anon[0]["webhook"], "http://127.0.0.1:9/…");
    assert!(!get(st.clone(), &format!("/api/watches/{id}"))
        .await
        .body
        .contains("s3cret"));
    let mut req = Request::get("/api/watches").body(Body::empty()).unwrap();
    req.headers_mut().insert("authorization", auth().parse().unwrap());
    assert_eq!(
        send(st.clone(), req).await.json()[0]["webhook"],
        "http://127.0.0.1:9/hooks/s3cret"
    );

    let one = get(st.clone(), &format!("/api/watches/{id}")).await;
    assert_eq!(one.status, StatusCode::OK);
    assert_eq!(one.json()["log"], serde_json::json!([]));
    assert_eq!(one.json()["deliveries"]["pending"], 0);

    let del = send(
        st.clone(),
        json_req("DELETE", &format!("/api/watches/{id}"), "", Some(&auth())),
    )
    .await;
    assert_eq!(del.status, StatusCode::NO_CONTENT);
    send(
        st.clone(),
        json_req("DELETE", &format!("/api/watches/{id}"), "", Some(&auth())),
    )
    .await
    .error(StatusCode::NOT_FOUND, "unknown_watch");
    get(st.clone(), &format!("/api/watches/{id}"))
        .await
        .error(StatusCode::NOT_FOUND, "unknown_watch");
    get(st, "/api/watches/%3Cb%3E")
        .await
        .error(StatusCode::NOT_FOUND, "unknown_watch");
}

#[tokio::test]
async fn bad_watches_are_refused_with_reasons() {
    let st = state().with_token(TOKEN);
    for (body, status, code) in [
        ("not json", StatusCode::BAD_REQUEST, "bad_watch"),
        (r#"{"title": "Glass Harbor"}"#, StatusCode::BAD_REQUEST, "bad_watch"),
        (
            r#"{"title": "Glass Harbor", "webhook": "https://x.example/h"}"#,
            StatusCode::BAD_REQUEST,
            "bad_watch",
        ),
        (
            r#"{"title": "Glass Harbor", "webhook": "ftp://x"}"#,
            StatusCode::BAD_REQUEST,
            "bad_watch",
        ),
        (
            r#"{"title": "Glass Harbor", "webhook": "http://h/", "extra": 1}"#,
            StatusCode::BAD_REQUEST,
            "bad_watch",
        ),
        (
            r#"{"title": "Glass Harber", "webhook": "http://h/"}"#,
            StatusCode::NOT_FOUND,
            "unknown_title",
        ),
    ] {
        let r = send(st.clone(), json_req("POST", "/api/watches", body, Some(&auth()))).await;
        let e = r.error(status, code);
        if code == "unknown_title" {
            assert_eq!(e["suggestions"][0], "The Glass Harbor", "{e}");
        }
    }
}

// ---------------------------------------------------------------------------------------
// Delivery.

/// What the loopback receiver saw: each request's idempotency key, attempt header and body.
#[derive(Clone, Default)]
struct Seen(Arc<Mutex<Vec<(String, String, serde_json::Value)>>>);

impl Seen {
    fn all(&self) -> Vec<(String, String, serde_json::Value)> {
        self.0.lock().unwrap().clone()
    }
}

/// A webhook receiver on loopback that answers 503 to its first `failures` requests, then 204.
async fn receiver(failures: usize) -> (String, Seen) {
    let seen = Seen::default();
    let s = seen.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap, body: Bytes| {
            let s = s.clone();
            async move {
                let h = |n: &str| headers.get(n).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
                let event = serde_json::from_slice(&body).unwrap_or(serde_json::Value::Null);
                let mut all = s.0.lock().unwrap();
                all.push((h("idempotency-key"), h("x-greenlight-attempt"), event));
                if all.len() <= failures {
                    StatusCode::SERVICE_UNAVAILABLE
                } else {
                    StatusCode::NO_CONTENT
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}/hook"), seen)
}

fn quick() -> RetryPolicy {
    RetryPolicy {
        first_delay: Duration::from_millis(40),
        max_delay: Duration::from_millis(200),
        max_attempts: 5,
        timeout: Duration::from_secs(5),
    }
}

/// An article with one claim about Tin Crown (AMC).
fn tin_crown(key: &str, status: Status, date: &str, sentence: &str) -> ExtractedArticle {
    let mut a = article(key, "Tin Crown");
    a.published = Some(date.parse().unwrap());
    a.text = sentence.into();
    let show = &mut a.shows[0];
    show.network = Some("AMC".into());
    show.status = Some(status);
    show.facts.clear();
    let c = &mut show.claims[0];
    c.status = status;
    c.certainty = Certainty::Confirmed;
    c.network = Some("AMC".into());
    c.said_by = Some("AMC".into());
    c.date = Some(date.parse().unwrap());
    c.evidence.text = sentence.into();
    c.evidence.end = sentence.chars().count();
    a
}

/// A server state over the database file at `db`, as a fresh start of `greenlight serve` has.
fn start(db: &Path) -> AppState {
    AppState::new(SqliteStore::open(db).unwrap())
        .with_today(TODAY)
        .with_token(TOKEN)
}

/// Runs rounds until nothing is pending (or a deadline), like the serving loop does.
async fn settle(w: &Watcher, db: &Path) {
    for _ in 0..100 {
        w.round().await.unwrap();
        let pending = deliveries(db)
            .iter()
            .filter(|d| d.state == DeliveryState::Pending)
            .count();
        if pending == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("deliveries still pending");
}

/// A directory removed when dropped.
struct TempDir(std::path::PathBuf);

impl TempDir {
    fn new() -> Self {
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let p = std::env::temp_dir().join(format!("greenlight-watch-test-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Stores an article through a connection of its own, as `greenlight ingest` would.
fn ingest(db: &Path, a: &ExtractedArticle) {
    SqliteStore::open(db).unwrap().put(a).unwrap();
}

fn deliveries(db: &Path) -> Vec<greenlight_store::Delivery> {
    SqliteStore::open(db).unwrap().deliveries(None).unwrap()
}

#[tokio::test]
async fn a_change_is_posted_through_two_failures_once_and_not_again_after_restarts() {
    let dir = TempDir::new();
    let db = dir.0.join("g.db");
    let (hook, seen) = receiver(2).await;
    {
        let mut s = SqliteStore::open(&db).unwrap();
        s.put(&tin_crown(
            "t1",
            Status::Renewed,
            "2023-04-05",
            "AMC has renewed Tin Crown.",
        ))
        .unwrap();
    }

    // Watch it over the API, then a cancellation arrives.
    let st = start(&db);
    let body = serde_json::json!({"title": "tin crown", "webhook": hook}).to_string();
    let r = send(st.clone(), json_req("POST", "/api/watches", &body, Some(&auth()))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let id = r.json()["id"].as_i64().unwrap();
    let watcher = st.watcher().with_policy(quick());
    watcher.round().await.unwrap();
    assert!(seen.all().is_empty(), "no change yet, nothing posted");

    ingest(
        &db,
        &tin_crown("t2", Status::Cancelled, "2023-09-01", "AMC has cancelled Tin Crown."),
    );
    // One round: the change is enqueued and the first attempt fails.
    watcher.round().await.unwrap();
    assert_eq!(seen.all().len(), 1);
    drop((st, watcher));

    // Restart between the failures and the success: the delivery carries on.
    let st = start(&db);
    let watcher = st.watcher().with_policy(quick());
    settle(&watcher, &db).await;
    let got = seen.all();
    assert_eq!(got.len(), 3, "two failures, then accepted");
    assert!(
        got.iter().all(|(k, _, _)| k == "tin crown|cancelled|2023-09-01"),
        "{got:?}"
    );
    assert_eq!(
        got.iter().map(|(_, n, _)| n.as_str()).collect::<Vec<_>>(),
        ["1", "2", "3"]
    );
    let event = &got[2].2;
    assert_eq!(event["event"], "status_changed");
    assert_eq!(event["show"]["title"], "Tin Crown");
    assert_eq!(event["status"], "cancelled");
    assert_eq!(event["since"], "2023-09-01");
    assert_eq!(event["previous"]["status"], "renewed");
    assert_eq!(event["evidence"][0]["text"], "AMC has cancelled Tin Crown.");
    assert_eq!(event, &got[0].2, "retries post the same body");

    // The log shows every attempt.
    let log = get(st.clone(), &format!("/api/watches/{id}")).await.json();
    assert_eq!(
        log["deliveries"],
        serde_json::json!({"pending": 0, "delivered": 1, "failed": 0})
    );
    let attempts = log["log"][0]["attempts"].as_array().unwrap();
    let codes: Vec<_> = attempts.iter().map(|a| a["http_status"].as_u64().unwrap()).collect();
    assert_eq!(codes, [503, 503, 204]);
    assert_eq!(log["log"][0]["state"], "delivered");
    drop((st, watcher));

    // Restart again: nothing new is posted, and a re-ingested duplicate changes nothing.
    let st = start(&db);
    ingest(
        &db,
        &tin_crown("t2", Status::Cancelled, "2023-09-01", "AMC has cancelled Tin Crown."),
    );
    let watcher = st.watcher().with_policy(quick());
    for _ in 0..3 {
        watcher.round().await.unwrap();
    }
    assert_eq!(seen.all().len(), 3, "no duplicate delivery after restart");
    assert_eq!(deliveries(&db).len(), 1);
}

#[tokio::test]
async fn a_revival_after_the_cancellation_is_a_second_event() {
    let dir = TempDir::new();
    let db = dir.0.join("g.db");
    let (hook, seen) = receiver(0).await;
    let st = start(&db);
    ingest(
        &db,
        &tin_crown("t1", Status::Renewed, "2023-04-05", "AMC has renewed Tin Crown."),
    );
    let body = serde_json::json!({"title": "Tin Crown", "webhook": hook}).to_string();
    send(st.clone(), json_req("POST", "/api/watches", &body, Some(&auth()))).await;
    let watcher = st.watcher().with_policy(quick());
    ingest(
        &db,
        &tin_crown("t2", Status::Cancelled, "2023-09-01", "AMC has cancelled Tin Crown."),
    );
    settle(&watcher, &db).await;
    ingest(
        &db,
        &tin_crown("t3", Status::Renewed, "2023-11-01", "Netflix has picked up Tin Crown."),
    );
    settle(&watcher, &db).await;
    let got = seen.all();
    let keys: Vec<_> = got.iter().map(|(k, _, _)| k.as_str()).collect();
    assert_eq!(keys, ["tin crown|cancelled|2023-09-01", "tin crown|revived|2023-11-01"]);
    assert_eq!(got[1].2["previous"]["status"], "cancelled");
}

#[tokio::test]
async fn a_receiver_that_never_accepts_is_given_up_on() {
    let dir = TempDir::new();
    let db = dir.0.join("g.db");
    let (hook, seen) = receiver(usize::MAX).await;
    let st = start(&db);
    ingest(
        &db,
        &tin_crown("t1", Status::Renewed, "2023-04-05", "AMC has renewed Tin Crown."),
    );
    let body = serde_json::json!({"title": "Tin Crown", "webhook": hook}).to_string();
    send(st.clone(), json_req("POST", "/api/watches", &body, Some(&auth()))).await;
    ingest(
        &db,
        &tin_crown("t2", Status::Cancelled, "2023-09-01", "AMC has cancelled Tin Crown."),
    );
    let policy = RetryPolicy {
        max_attempts: 3,
        ..quick()
    };
    settle(&st.watcher().with_policy(policy), &db).await;
    assert_eq!(seen.all().len(), 3);
    let ds = deliveries(&db);
    assert_eq!(ds[0].state, DeliveryState::Failed);
}

#[tokio::test]
async fn the_serving_loop_posts_soon_after_an_article_arrives() {
    let dir = TempDir::new();
    let db = dir.0.join("g.db");
    let (hook, seen) = receiver(0).await;
    let st = start(&db);
    let seed = r#"{"url": "https://example.com/nf1", "published": "2023-03-01",
        "text": "Hulu has renewed Night Ferry for a second season."}"#;
    let r = send(st.clone(), json_req("POST", "/api/articles", seed, Some(&auth()))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let body = serde_json::json!({"title": "Night Ferry", "webhook": hook}).to_string();
    send(st.clone(), json_req("POST", "/api/watches", &body, Some(&auth()))).await;

    // A long interval: only the nudge from the new article can wake the loop in time.
    let watcher = st
        .watcher()
        .with_policy(quick())
        .with_interval(Duration::from_secs(3600));
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(watcher.run(async move {
        let _ = stop_rx.await;
    }));
    tokio::time::sleep(Duration::from_millis(100)).await;
    let news = r#"{"url": "https://example.com/nf2", "published": "2023-06-01",
        "text": "Hulu has cancelled Night Ferry after two seasons."}"#;
    let r = send(st.clone(), json_req("POST", "/api/articles", news, Some(&auth()))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    for _ in 0..100 {
        if !seen.all().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let _ = stop_tx.send(());
    tokio::time::timeout(Duration::from_secs(5), running)
        .await
        .unwrap()
        .unwrap();
    let got = seen.all();
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2["status"], "cancelled");
    assert_eq!(got[0].2["show"]["title"], "Night Ferry");
}
