//! The fixture store and request helpers.

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use greenlight_core::{Article, Certainty, ExtractedArticle, Status};
use greenlight_extract::Extractor;
use greenlight_server::{app, AppState};
use greenlight_store::suite::article;
use greenlight_store::{SqliteStore, Store};
use http_body_util::BodyExt;
use jiff::civil::Date;
use tower::ServiceExt;

pub const TODAY: Date = jiff::civil::date(2024, 1, 1);
pub const HOSTILE: &str = "<script>alert(1)</script>";

fn text_article(url: &str, published: &str, text: &str) -> Article {
    Article {
        url: Some(url.into()),
        title: Some(text.split('.').next().unwrap_or(text).into()),
        published: Some(published.parse().unwrap()),
        text: text.into(),
        source: format!("{url}.txt"),
    }
}

/// A hand-built claim about "Harbor Lights" (CBS), for exact control of certainty.
fn harbor_lights(key: &str, status: Status, certainty: Certainty, date: &str, sentence: &str) -> ExtractedArticle {
    let mut a = article(key, "Harbor Lights");
    a.published = Some(date.parse().unwrap());
    a.text = sentence.into();
    let show = &mut a.shows[0];
    show.network = Some("CBS".into());
    show.status = Some(status);
    show.facts.clear();
    let c = &mut show.claims[0];
    c.status = status;
    c.certainty = certainty;
    c.network = Some("CBS".into());
    c.said_by = Some(
        if certainty == Certainty::Confirmed {
            "CBS"
        } else {
            "Fans"
        }
        .into(),
    );
    c.date = Some(date.parse().unwrap());
    c.evidence.text = sentence.into();
    c.evidence.end = sentence.chars().count();
    a
}

/// Three shows:
/// - The Glass Harbor (Netflix): renewed 2022-06-01, cancelled 2023-05-01 (extracted).
/// - Pine Hollow (HBO): renewed 2023-02-01, in a sentence holding a `<script>` tag (extracted).
/// - Harbor Lights (CBS): cancelled 2023-03-01, then a hope 2023-06-01 that contradicts it.
pub fn fixture() -> SqliteStore {
    let mut store = SqliteStore::in_memory().unwrap();
    let mut ex = Extractor::new();
    for (url, published, text) in [
        (
            "https://example.com/gh1",
            "2022-06-01",
            "Netflix has renewed The Glass Harbor for a second season.",
        ),
        (
            "https://example.com/gh2",
            "2023-05-01",
            "Netflix has cancelled The Glass Harbor after two seasons.",
        ),
        (
            "https://example.com/ph",
            "2023-02-01",
            "HBO has renewed Pine Hollow for a third season <script>alert(1)</script>, the network said.",
        ),
    ] {
        let x = ex.extract(&text_article(url, published, text));
        assert!(!x.shows.is_empty(), "fixture text yields no show: {text}");
        store.put(&x).unwrap();
    }
    store
        .put(&harbor_lights(
            "hl1",
            Status::Cancelled,
            Certainty::Confirmed,
            "2023-03-01",
            "CBS has cancelled Harbor Lights.",
        ))
        .unwrap();
    store
        .put(&harbor_lights(
            "hl2",
            Status::Undecided,
            Certainty::Hoped,
            "2023-06-01",
            "Fans hope Harbor Lights will return.",
        ))
        .unwrap();
    store
}

pub fn state() -> AppState {
    AppState::new(fixture()).with_today(TODAY)
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
    pub fn content_type(&self) -> &str {
        self.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
    /// Asserts a JSON error with `status` and `code`, and returns the error object.
    pub fn error(&self, status: StatusCode, code: &str) -> serde_json::Value {
        assert_eq!(self.status, status, "{}", self.body);
        assert!(
            self.content_type().starts_with("application/json"),
            "{}",
            self.content_type()
        );
        let v = self.json();
        assert_eq!(v["error"]["code"], code, "{}", self.body);
        assert!(v["error"]["message"].is_string(), "{}", self.body);
        v["error"].clone()
    }
}

pub async fn send(state: AppState, req: Request<Body>) -> Reply {
    let res = app(state).oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    Reply {
        status,
        headers,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

pub async fn get(state: AppState, uri: &str) -> Reply {
    send(state, Request::get(uri).body(Body::empty()).unwrap()).await
}

/// A store built the same way, for comparing answers with the queries themselves.
pub fn reference() -> impl Store {
    fixture()
}
