//! The JSON API: answers, filters and errors.

use crate::util::*;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use greenlight_store::query;

#[tokio::test]
async fn status_is_exactly_the_query_answer() {
    let r = get(state(), "/api/status?title=glass%20harbor").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.content_type().starts_with("application/json"));
    let want = query::status(&reference(), "glass harbor", TODAY, TODAY).unwrap();
    assert_eq!(r.json(), serde_json::to_value(&want).unwrap());
    assert_eq!(r.json()["status"], "cancelled");
    assert_eq!(r.json()["title"], "The Glass Harbor");
    assert_eq!(r.json()["as_of"], "2024-01-01");
}

#[tokio::test]
async fn status_as_of_a_past_date() {
    let r = get(state(), "/api/status?title=The%20Glass%20Harbor&as_of=2023-01-15").await;
    assert_eq!(r.json()["status"], "renewed", "{}", r.body);
    assert_eq!(r.json()["as_of"], "2023-01-15");
    let r = get(state(), "/api/status?title=glass+harbor&as_of=2020-01-01").await;
    r.error(StatusCode::NOT_FOUND, "no_status_yet");
}

#[tokio::test]
async fn unknown_title_is_404_with_suggestions() {
    let r = get(state(), "/api/status?title=Glass%20Harbr").await;
    let e = r.error(StatusCode::NOT_FOUND, "unknown_title");
    assert_eq!(e["suggestions"][0], "The Glass Harbor", "{}", r.body);
    let r = get(state(), "/api/status?title=zzqq%20nothing").await;
    let e = r.error(StatusCode::NOT_FOUND, "unknown_title");
    assert!(e["suggestions"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn hostile_title_is_not_echoed_raw() {
    let r = get(state(), "/api/status?title=%3Cscript%3Ealert(1)%3C/script%3E").await;
    let e = r.error(StatusCode::NOT_FOUND, "unknown_title");
    assert!(!r.body.contains('<') && !r.body.contains('>'), "{}", r.body);
    assert!(r.body.contains("\\u003cscript\\u003e"), "{}", r.body);
    // The escapes decode to the same text.
    assert!(e["message"].as_str().unwrap().contains(HOSTILE));
}

#[tokio::test]
async fn bad_or_missing_parameters_are_400() {
    for (uri, code) in [
        ("/api/status?title=glass%20harbor&as_of=2023-13-01", "bad_date"),
        ("/api/status?title=glass%20harbor&as_of=2023-05", "bad_date"),
        ("/api/status?title=glass%20harbor&as_of=yesterday", "bad_date"),
        ("/api/status", "missing_parameter"),
        ("/api/status?title=%20", "missing_parameter"),
        ("/api/shows?status=paused", "bad_status"),
        ("/api/shows?changed_since=soon", "bad_date"),
        ("/api/shows?as_of=%3Cb%3E", "bad_date"),
        ("/api/search", "missing_parameter"),
        ("/api/contradictions?as_of=2023", "bad_date"),
        ("/api/shows/glass-harbor?as_of=x", "bad_date"),
    ] {
        let r = get(state(), uri).await;
        r.error(StatusCode::BAD_REQUEST, code);
        assert!(!r.body.contains('<'), "{uri}: {}", r.body);
    }
}

#[tokio::test]
async fn shows_is_the_scorecard_with_filters() {
    let r = get(state(), "/api/shows").await;
    assert_eq!(r.status, StatusCode::OK);
    let want = query::scorecard(&reference(), TODAY, TODAY, None, None).unwrap();
    assert_eq!(r.json(), serde_json::to_value(&want).unwrap());
    assert_eq!(r.json().as_array().unwrap().len(), 3);

    let titles = |r: &Reply| -> Vec<String> {
        r.json()
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["title"].as_str().unwrap().to_string())
            .collect()
    };
    let mut got = titles(&get(state(), "/api/shows?status=cancelled").await);
    got.sort();
    assert_eq!(got, ["Harbor Lights", "The Glass Harbor"]);
    assert_eq!(titles(&get(state(), "/api/shows?network=hbo").await), ["Pine Hollow"]);
    assert_eq!(
        titles(&get(state(), "/api/shows?changed_since=2023-04-01").await),
        ["The Glass Harbor"]
    );
    assert_eq!(
        titles(&get(state(), "/api/shows?as_of=2022-12-31").await),
        ["The Glass Harbor"]
    );
    let r = get(state(), "/api/shows?as_of=2022-12-31").await;
    assert_eq!(r.json()[0]["status"], "renewed");
}

#[tokio::test]
async fn profile_by_slug() {
    let r = get(state(), "/api/shows/glass-harbor").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let want = query::profile(&reference(), "The Glass Harbor", TODAY, TODAY).unwrap();
    assert_eq!(r.json(), serde_json::to_value(&want).unwrap());
    assert_eq!(r.json()["slug"], "glass-harbor");
    // Slugs are matched forgivingly too.
    let r = get(state(), "/api/shows/The-Glass-Harbor?as_of=2023-01-01").await;
    assert_eq!(r.json()["status"], "renewed", "{}", r.body);
}

#[tokio::test]
async fn unknown_slug_is_404() {
    for uri in [
        "/api/shows/no-such-show",
        "/api/shows/no-such-show/timeline",
        "/api/shows/%3Cscript%3E",
    ] {
        let r = get(state(), uri).await;
        r.error(StatusCode::NOT_FOUND, "unknown_show");
        assert!(!r.body.contains('<'), "{}", r.body);
    }
}

#[tokio::test]
async fn timeline_by_slug_oldest_first() {
    let r = get(state(), "/api/shows/glass-harbor/timeline").await;
    assert_eq!(r.status, StatusCode::OK);
    let (_, want) = query::timeline(&reference(), "The Glass Harbor").unwrap();
    assert_eq!(r.json(), serde_json::to_value(&want).unwrap());
    let rows = r.json();
    let got: Vec<(&str, &str)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["date"].as_str().unwrap(), x["status"].as_str().unwrap()))
        .collect();
    assert_eq!(got, [("2022-06-01", "renewed"), ("2023-05-01", "cancelled")]);
}

#[tokio::test]
async fn search_finds_titles_then_close_ones() {
    let r = get(state(), "/api/search?q=harbor").await;
    assert_eq!(r.status, StatusCode::OK);
    let hits = r.json();
    let got: Vec<(&str, &str)> = hits
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["title"].as_str().unwrap(), h["matched"].as_str().unwrap()))
        .collect();
    assert!(
        got.contains(&("The Glass Harbor", "title")) && got.contains(&("Harbor Lights", "title")),
        "{got:?}"
    );
    assert!(got.iter().all(|(t, _)| *t != "Pine Hollow"));

    let r = get(state(), "/api/search?q=Pine%20Holow").await;
    assert_eq!(r.json()[0]["title"], "Pine Hollow");
    assert_eq!(r.json()[0]["matched"], "suggestion");
    assert_eq!(r.json()[0]["slug"], "pine-hollow");

    let r = get(state(), "/api/search?q=zzzzqqqq").await;
    assert_eq!(r.json(), serde_json::json!([]));
}

#[tokio::test]
async fn contradictions_lists_only_contradicted_shows() {
    let r = get(state(), "/api/contradictions").await;
    assert_eq!(r.status, StatusCode::OK);
    let list = r.json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 1, "{}", r.body);
    assert_eq!(list[0]["title"], "Harbor Lights");
    assert_eq!(list[0]["status"], "cancelled");
    let c = &list[0]["contradictions"][0];
    assert_eq!(c["claim"]["status"], "undecided");
    assert!(c["reason"].as_str().unwrap().contains("does not override"), "{c}");
    // Before the hope, nothing contradicts.
    let r = get(state(), "/api/contradictions?as_of=2023-04-01").await;
    assert_eq!(r.json(), serde_json::json!([]));
}

#[tokio::test]
async fn openapi_lists_every_path() {
    let r = get(state(), "/api/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    let doc = r.json();
    assert_eq!(doc["openapi"], "3.1.0");
    for path in [
        "/api/status",
        "/api/shows",
        "/api/shows/{slug}",
        "/api/shows/{slug}/timeline",
        "/api/search",
        "/api/contradictions",
        "/api/articles",
        "/api/watches",
        "/api/watches/{id}",
        "/api/openapi.json",
        "/feed.atom",
        "/",
        "/search",
        "/shows/{slug}",
    ] {
        let item = &doc["paths"][path];
        assert!(item.is_object(), "missing {path}");
        for op in item.as_object().unwrap().values() {
            let r = &op["responses"];
            assert!(
                r["200"].is_object() || r["201"].is_object() || r["204"].is_object(),
                "{path}"
            );
        }
    }
    assert!(doc["paths"]["/api/status"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["name"] == "as_of"));
    // Every $ref points at a schema that exists.
    let text = doc.to_string();
    for part in text.split("\"#/components/schemas/").skip(1) {
        let name = &part[..part.find('"').unwrap()];
        assert!(doc["components"]["schemas"][name].is_object(), "dangling $ref {name}");
    }
}

#[tokio::test]
async fn unknown_api_route_and_wrong_method_are_json_errors() {
    get(state(), "/api/nope")
        .await
        .error(StatusCode::NOT_FOUND, "not_found");
    let r = send(state(), Request::delete("/api/status").body(Body::empty()).unwrap()).await;
    r.error(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed");
}

#[tokio::test]
async fn responses_carry_safety_headers() {
    let r = get(state(), "/api/shows").await;
    assert_eq!(r.headers["x-content-type-options"], "nosniff");
    assert!(r.headers["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("default-src 'none'"));
}
