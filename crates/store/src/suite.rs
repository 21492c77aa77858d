//! The shared store test suite: every backend must pass `run`.

use crate::{PutOutcome, Store};
use greenlight_core::*;

/// A small article about one show, with one claim and one fact.
pub fn article(key: &str, show: &str) -> ExtractedArticle {
    let claim = StatusClaim {
        kind: "status".into(),
        show: show.into(),
        status: Status::Renewed,
        season: Some(2),
        network: Some("HBO".into()),
        said_by: Some("Variety".into()),
        certainty: Certainty::Reported,
        date: Some("2023-04-05".parse().unwrap()),
        date_basis: DateBasis::Text,
        date_text: None,
        rule: "renewed.verb".into(),
        evidence: Evidence { start: 0, end: 10, text: format!("{show} renewed") },
        trigger: None,
    };
    let fact = ProfileFact {
        kind: "creator".into(),
        value: serde_json::json!({"name": "Jo Park"}),
        rule: "creator.created-by".into(),
        evidence: Evidence { start: 0, end: 5, text: "by Jo Park".into() },
    };
    ExtractedArticle {
        url: Some(format!("https://example.com/{key}")),
        title: Some(format!("{show} renewed")),
        published: Some("2023-04-06".parse().unwrap()),
        source: format!("{key}.txt"),
        key: key.into(),
        shows: vec![ShowReport {
            title: show.into(),
            network: Some("HBO".into()),
            status: Some(Status::Renewed),
            season: Some(2),
            claims: vec![claim],
            facts: vec![fact],
        }],
        text: format!("{show} renewed by Jo Park"),
    }
}

/// Runs every store test against fresh stores from `fresh`.
pub fn run<S: Store>(fresh: &mut dyn FnMut() -> S) {
    stores_and_reads_back(&mut fresh());
    second_put_of_the_same_key_is_a_duplicate(&mut fresh());
    titles_share_one_show_by_key(&mut fresh());
    unknown_show_has_no_claims(&mut fresh());
}

fn stores_and_reads_back<S: Store>(s: &mut S) {
    assert_eq!(s.put(&article("a1", "Glass Harbor")).unwrap(), PutOutcome::Stored { claims: 1, facts: 1 });
    let cs = s.claims("glass harbor").unwrap();
    assert_eq!(cs.len(), 1);
    assert_eq!(cs[0].claim.status, Status::Renewed);
    assert_eq!(cs[0].url.as_deref(), Some("https://example.com/a1"));
    assert_eq!(cs[0].published.unwrap().to_string(), "2023-04-06");
    let fs = s.facts("glass harbor").unwrap();
    assert_eq!(fs[0].fact.value["name"], "Jo Park");
    assert_eq!(fs[0].show, "Glass Harbor");
    assert_eq!(s.all_claims().unwrap().len(), 1);
}

fn second_put_of_the_same_key_is_a_duplicate<S: Store>(s: &mut S) {
    s.put(&article("a1", "Glass Harbor")).unwrap();
    assert_eq!(s.put(&article("a1", "Glass Harbor")).unwrap(), PutOutcome::Duplicate);
    let c = s.counts().unwrap();
    assert_eq!((c.articles, c.claims, c.facts, c.shows), (1, 1, 1, 1));
}

fn titles_share_one_show_by_key<S: Store>(s: &mut S) {
    s.put(&article("a1", "The Glass Harbor")).unwrap();
    s.put(&article("a2", "Glass Harbor")).unwrap();
    s.put(&article("a3", "Glass Harbor Rising")).unwrap();
    let shows = s.shows().unwrap();
    assert_eq!(shows.len(), 2, "{shows:?}");
    assert_eq!(s.claims("glass harbor").unwrap().len(), 2);
}

fn unknown_show_has_no_claims<S: Store>(s: &mut S) {
    assert!(s.claims("nothing here").unwrap().is_empty());
    assert!(s.shows().unwrap().is_empty());
}
