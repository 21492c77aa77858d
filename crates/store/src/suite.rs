//! The shared store test suite: every backend must pass `run`.

use crate::watch::{AfterAttempt, Attempt, Baseline, DeliveryState};
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
        evidence: Evidence {
            start: 0,
            end: 10,
            text: format!("{show} renewed"),
        },
        trigger: None,
        background: false,
    };
    let fact = ProfileFact {
        kind: "creator".into(),
        value: serde_json::json!({"name": "Jo Park"}),
        rule: "creator.created-by".into(),
        evidence: Evidence {
            start: 0,
            end: 5,
            text: "by Jo Park".into(),
        },
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

/// A wire story about Harbor Lights (written for these tests), long enough to be sketched.
pub const WIRE_STORY: &str = "Netflix has renewed Harbor Lights for a second season, the streamer said on Tuesday.\n\n\
    The drama follows a lighthouse keeper on a remote island who finds a ledger of ships that never existed, \
    and it spent three weeks in the streamer's top ten after its debut in March.\n\n\
    \u{201c}We could not be prouder of this cast and crew, and we cannot wait to show fans where the story goes next,\u{201d} \
    said Jonah Reyes, the streamer's head of drama.\n\n\
    Production on the new episodes begins this summer in Vancouver, and the main cast is expected to return. \
    Creator Mina Okafor will again serve as showrunner alongside executive producer Dana Whitcombe.";

/// The same story as another site prints it: its own headline, byline, a related link
/// and a copyright line.
pub fn wire_copy() -> String {
    let paras: Vec<&str> = WIRE_STORY.split("\n\n").collect();
    format!(
        "Harbor Lights is coming back\n\nBy Wire Staff | Updated 3 hours ago\n\n{}\n\nRELATED: The best new dramas of the spring\n\n{}\n\n\
         Copyright 2024 Wire Service. All rights reserved.",
        paras[..2].join("\n\n"),
        paras[2..].join("\n\n")
    )
}

/// Another outlet's own report of the same renewal, quoting the same statement.
pub const OWN_WRITEUP: &str = "Harbor Lights will be back. Netflix on Tuesday ordered a second season of the island mystery, \
    which climbed into its top ten list within days of arriving in March.\n\n\
    \u{201c}We could not be prouder of this cast and crew, and we cannot wait to show fans where the story goes next,\u{201d} \
    said Jonah Reyes, the streamer's head of drama.\n\n\
    Okafor, who created the show, returns as showrunner. Cameras roll again in the summer, \
    with the Vancouver shoot expected to last about five months and most of the ensemble signed on.";

/// An article with this text and one claim about `show`.
pub fn story(key: &str, show: &str, status: Status, text: &str) -> ExtractedArticle {
    let mut a = article(key, show);
    a.text = text.into();
    a.shows[0].status = Some(status);
    a.shows[0].claims[0].status = status;
    a
}

/// Runs every store test against fresh stores from `fresh`.
pub fn run<S: Store>(fresh: &mut dyn FnMut() -> S) {
    a_near_duplicate_is_stored_as_a_copy_without_claims(&mut fresh());
    two_outlets_own_write_ups_stay_two_sources(&mut fresh());
    a_near_duplicate_that_claims_more_is_a_source_of_its_own(&mut fresh());
    short_texts_are_never_near_duplicates(&mut fresh());
    template_alike_originals_do_not_hide_a_copy(&mut fresh(), crate::dedup::HOT_BAND / 2);
    template_alike_originals_do_not_hide_a_copy(&mut fresh(), 5 * crate::dedup::HOT_BAND);
    stores_and_reads_back(&mut fresh());
    second_put_of_the_same_key_is_a_duplicate(&mut fresh());
    titles_share_one_show_by_key(&mut fresh());
    unknown_show_has_no_claims(&mut fresh());
    watches_are_unique_per_show_and_webhook(&mut fresh());
    a_change_is_enqueued_once_per_idempotency_key(&mut fresh());
    deliveries_are_leased_retried_and_logged(&mut fresh());
    removing_a_watch_removes_its_deliveries(&mut fresh());
    the_data_version_moves_on_writes(&mut fresh());
}

fn the_data_version_moves_on_writes<S: Store>(s: &mut S) {
    let v0 = s.data_version().unwrap();
    assert_eq!(s.data_version().unwrap(), v0, "reading does not move it");
    s.put(&article("a1", "Glass Harbor")).unwrap();
    let v1 = s.data_version().unwrap();
    assert_ne!(v1, v0);
    s.add_watch(
        "glass harbor",
        "Glass Harbor",
        "http://127.0.0.1:9/hook",
        None,
        0,
    )
    .unwrap();
    assert_ne!(s.data_version().unwrap(), v1);
}

fn stores_and_reads_back<S: Store>(s: &mut S) {
    assert_eq!(
        s.put(&article("a1", "Glass Harbor")).unwrap(),
        PutOutcome::Stored {
            claims: 1,
            facts: 1
        }
    );
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
    assert_eq!(
        s.put(&article("a1", "Glass Harbor")).unwrap(),
        PutOutcome::Duplicate
    );
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

fn renewed_since(d: &str) -> Baseline {
    Baseline {
        status: Status::Renewed,
        since: Some(d.parse().unwrap()),
    }
}

fn watches_are_unique_per_show_and_webhook<S: Store>(s: &mut S) {
    let b = Some(renewed_since("2023-04"));
    let (w, added) = s
        .add_watch(
            "glass harbor",
            "Glass Harbor",
            "http://127.0.0.1:9/hook",
            b,
            1000,
        )
        .unwrap();
    assert!(added);
    assert_eq!(w.baseline, b);
    let (again, added) = s
        .add_watch(
            "glass harbor",
            "The Glass Harbor",
            "http://127.0.0.1:9/hook",
            None,
            2000,
        )
        .unwrap();
    assert!(!added);
    assert_eq!(again, w, "the existing watch is returned unchanged");
    s.add_watch(
        "glass harbor",
        "Glass Harbor",
        "http://127.0.0.1:9/other",
        None,
        3000,
    )
    .unwrap();
    let ws = s.watches().unwrap();
    assert_eq!(ws.len(), 2);
    assert_eq!(ws[1].baseline, None);
}

fn a_change_is_enqueued_once_per_idempotency_key<S: Store>(s: &mut S) {
    let (w, _) = s
        .add_watch(
            "glass harbor",
            "Glass Harbor",
            "http://127.0.0.1:9/hook",
            None,
            1000,
        )
        .unwrap();
    let cancelled = Baseline {
        status: Status::Cancelled,
        since: Some("2024-01-02".parse().unwrap()),
    };
    assert!(s
        .record_change(
            w.id,
            cancelled,
            "glass harbor|cancelled|2024-01-02",
            "{}",
            2000
        )
        .unwrap());
    assert_eq!(s.watches().unwrap()[0].baseline, Some(cancelled));
    assert!(!s
        .record_change(
            w.id,
            cancelled,
            "glass harbor|cancelled|2024-01-02",
            "{}",
            3000
        )
        .unwrap());
    assert!(
        !s.record_change(w.id + 100, cancelled, "k", "{}", 3000)
            .unwrap(),
        "unknown watch"
    );
    let ds = s.deliveries(Some(w.id)).unwrap();
    assert_eq!(ds.len(), 1);
    assert_eq!(
        (ds[0].state, ds[0].next_attempt_ms, ds[0].created_ms),
        (DeliveryState::Pending, Some(2000), 2000)
    );
}

fn deliveries_are_leased_retried_and_logged<S: Store>(s: &mut S) {
    let (w, _) = s
        .add_watch(
            "glass harbor",
            "Glass Harbor",
            "http://127.0.0.1:9/hook",
            None,
            0,
        )
        .unwrap();
    s.record_change(w.id, renewed_since("2023-04"), "k1", "{\"n\":1}", 1000)
        .unwrap();
    assert!(s.due_deliveries(999).unwrap().is_empty(), "not due yet");
    let due = s.due_deliveries(1000).unwrap();
    assert_eq!(due.len(), 1);
    let id = due[0].id;
    assert!(s.claim_delivery(id, 1000, 5000).unwrap());
    assert!(
        !s.claim_delivery(id, 1000, 5000).unwrap(),
        "leased to the first sender"
    );
    assert!(s.due_deliveries(4999).unwrap().is_empty());
    let failed = Attempt {
        at_ms: 1100,
        http_status: Some(503),
        error: Some("HTTP 503".into()),
    };
    s.finish_attempt(id, &failed, AfterAttempt::RetryAt(2000))
        .unwrap();
    assert_eq!(s.due_deliveries(2000).unwrap().len(), 1);
    assert!(s.claim_delivery(id, 2000, 9000).unwrap());
    let ok = Attempt {
        at_ms: 2100,
        http_status: Some(204),
        error: None,
    };
    s.finish_attempt(id, &ok, AfterAttempt::Delivered).unwrap();
    assert!(s.due_deliveries(i64::MAX).unwrap().is_empty());
    assert!(
        !s.claim_delivery(id, i64::MAX - 1, i64::MAX).unwrap(),
        "delivered is never sent again"
    );
    let d = &s.deliveries(None).unwrap()[0];
    assert_eq!(
        (d.state, d.delivered_ms, d.payload.as_str()),
        (DeliveryState::Delivered, Some(2100), "{\"n\":1}")
    );
    assert_eq!(d.attempts, vec![failed, ok]);

    s.record_change(w.id, renewed_since("2024-04"), "k2", "{}", 3000)
        .unwrap();
    let id2 = s.due_deliveries(3000).unwrap()[0].id;
    s.claim_delivery(id2, 3000, 4000).unwrap();
    s.finish_attempt(
        id2,
        &Attempt {
            at_ms: 3000,
            http_status: None,
            error: Some("refused".into()),
        },
        AfterAttempt::GiveUp,
    )
    .unwrap();
    assert_eq!(
        s.deliveries(Some(w.id)).unwrap()[1].state,
        DeliveryState::Failed
    );
    assert!(s.due_deliveries(i64::MAX).unwrap().is_empty());
}

fn removing_a_watch_removes_its_deliveries<S: Store>(s: &mut S) {
    let (w, _) = s
        .add_watch(
            "glass harbor",
            "Glass Harbor",
            "http://127.0.0.1:9/hook",
            None,
            0,
        )
        .unwrap();
    let (keep, _) = s
        .add_watch(
            "pine hollow",
            "Pine Hollow",
            "http://127.0.0.1:9/hook",
            None,
            0,
        )
        .unwrap();
    s.record_change(w.id, renewed_since("2023-04"), "k1", "{}", 0)
        .unwrap();
    s.record_change(keep.id, renewed_since("2023-04"), "k1", "{}", 0)
        .unwrap();
    let id = s.deliveries(Some(w.id)).unwrap()[0].id;
    s.finish_attempt(
        id,
        &Attempt {
            at_ms: 1,
            http_status: Some(500),
            error: None,
        },
        AfterAttempt::RetryAt(5),
    )
    .unwrap();
    assert!(s.remove_watch(w.id).unwrap());
    assert!(!s.remove_watch(w.id).unwrap());
    assert_eq!(
        s.watches()
            .unwrap()
            .iter()
            .map(|w| w.id)
            .collect::<Vec<_>>(),
        vec![keep.id]
    );
    assert_eq!(s.deliveries(None).unwrap().len(), 1);
    s.finish_attempt(
        id,
        &Attempt {
            at_ms: 2,
            http_status: Some(200),
            error: None,
        },
        AfterAttempt::Delivered,
    )
    .unwrap();
}

fn a_near_duplicate_is_stored_as_a_copy_without_claims<S: Store>(s: &mut S) {
    s.put(&story("wire", "Harbor Lights", Status::Renewed, WIRE_STORY))
        .unwrap();
    let copy = story("copy", "Harbor Lights", Status::Renewed, &wire_copy());
    match s.put(&copy).unwrap() {
        PutOutcome::Copy { of, similarity } => {
            assert_eq!(of, "wire");
            assert!(similarity > 0.5 && similarity <= 1.0, "{similarity}");
        }
        other => panic!("expected a copy, got {other:?}"),
    }
    assert_eq!(
        s.put(&copy).unwrap(),
        PutOutcome::Duplicate,
        "the copy's own key is an exact duplicate"
    );
    let c = s.counts().unwrap();
    assert_eq!((c.articles, c.copies, c.claims, c.facts), (2, 1, 1, 1));
    assert_eq!(
        s.claims("harbor lights").unwrap().len(),
        1,
        "the story counts once"
    );
    let copies = s.copies("wire").unwrap();
    assert_eq!(copies.len(), 1);
    assert_eq!(
        (copies[0].key.as_str(), copies[0].url.as_deref()),
        ("copy", Some("https://example.com/copy"))
    );
    assert_eq!(copies[0].source, "copy.txt");
    assert!(s.copies("copy").unwrap().is_empty(), "a copy has no copies");
    // A third copy links to the original too.
    let third = story(
        "third",
        "Harbor Lights",
        Status::Renewed,
        &format!("{WIRE_STORY}\n\nAdvertisement"),
    );
    assert!(matches!(s.put(&third).unwrap(), PutOutcome::Copy { of, .. } if of == "wire"));
    assert_eq!(s.copies("wire").unwrap().len(), 2);
}

fn two_outlets_own_write_ups_stay_two_sources<S: Store>(s: &mut S) {
    s.put(&story("wire", "Harbor Lights", Status::Renewed, WIRE_STORY))
        .unwrap();
    let own = s
        .put(&story("own", "Harbor Lights", Status::Renewed, OWN_WRITEUP))
        .unwrap();
    assert!(matches!(own, PutOutcome::Stored { .. }), "{own:?}");
    assert_eq!(s.claims("harbor lights").unwrap().len(), 2);
    assert_eq!(s.counts().unwrap().copies, 0);
}

fn a_near_duplicate_that_claims_more_is_a_source_of_its_own<S: Store>(s: &mut S) {
    s.put(&story("wire", "Harbor Lights", Status::Renewed, WIRE_STORY))
        .unwrap();
    let updated = format!(
        "{WIRE_STORY}\n\nUPDATE: Netflix has since reversed course and cancelled the drama."
    );
    let mut a = story("updated", "Harbor Lights", Status::Cancelled, &updated);
    let mut renewed = a.shows[0].claims[0].clone();
    renewed.status = Status::Renewed;
    a.shows[0].claims.insert(0, renewed);
    assert!(matches!(
        s.put(&a).unwrap(),
        PutOutcome::Stored { claims: 2, .. }
    ));
    // Another season in the same words is another story too.
    let mut next = story("next", "Harbor Lights", Status::Renewed, &wire_copy());
    next.shows[0].claims[0].season = Some(3);
    assert!(matches!(s.put(&next).unwrap(), PutOutcome::Stored { .. }));
    assert_eq!(s.counts().unwrap().copies, 0);
}

fn short_texts_are_never_near_duplicates<S: Store>(s: &mut S) {
    let text = "Netflix has renewed Harbor Lights for a second season.";
    s.put(&story("a", "Harbor Lights", Status::Renewed, text))
        .unwrap();
    assert!(matches!(
        s.put(&story("b", "Harbor Lights", Status::Renewed, text))
            .unwrap(),
        PutOutcome::Stored { .. }
    ));
    assert_eq!(s.claims("harbor lights").unwrap().len(), 2);
}

/// A template filled in for one show: articles like it share most band keys.
fn template(show: &str) -> String {
    format!(
        "{show} has been renewed for another season.\n\nThe series follows a family that runs a struggling hotel on the \
         coast, and its latest run drew the largest audience yet. Production on the new episodes is expected to begin in \
         the spring, with most of the main cast returning. Critics praised the performances, though ratings dipped in the \
         final weeks of the season. The network did not give a premiere date, but executives pointed to a release late \
         next year."
    )
}

/// `n` template-alike originals about different shows, then a copy of the first: the
/// copy is found below and above [`crate::dedup::HOT_BAND`] (where the band keys all the
/// clones share are skipped as template text, and the keys that tell the first apart
/// still find it).
fn template_alike_originals_do_not_hide_a_copy<S: Store>(s: &mut S, n: usize) {
    for i in 0..n {
        let show = format!("Show Number {}", (b'A' + (i % 26) as u8) as char).repeat(1 + i / 26);
        let got = s
            .put(&story(
                &format!("t{i}"),
                &show,
                Status::Renewed,
                &template(&show),
            ))
            .unwrap();
        assert!(
            matches!(got, PutOutcome::Stored { .. }),
            "another show is another story: {got:?}"
        );
    }
    let copy = story(
        "copy",
        "Show Number A",
        Status::Renewed,
        &format!("{}\n\nAdvertisement", template("Show Number A")),
    );
    let got = s.put(&copy).unwrap();
    assert!(
        matches!(&got, PutOutcome::Copy { of, .. } if of == "t0"),
        "{n} originals: {got:?}"
    );
}

/// Two handles on one store (two processes): each sees the other's sketches. Backends
/// call this with two connections to the same data.
pub fn run_two_handles<S: Store>(first: &mut S, second: &mut S) {
    first
        .put(&story("wire", "Harbor Lights", Status::Renewed, WIRE_STORY))
        .unwrap();
    let got = second
        .put(&story(
            "copy",
            "Harbor Lights",
            Status::Renewed,
            &wire_copy(),
        ))
        .unwrap();
    assert!(
        matches!(&got, PutOutcome::Copy { of, .. } if of == "wire"),
        "{got:?}"
    );
    assert_eq!(first.copies("wire").unwrap().len(), 1);
    assert_eq!(first.claims("harbor lights").unwrap().len(), 1);
}
