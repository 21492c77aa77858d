//! General news uses the status verbs for other things. An article with no television in
//! it gives no status, and a television article keeps its claims. (Fixtures written for
//! this test.)

use greenlight_core::Article;
use greenlight_extract::{about_television, extract_with, rules::RuleSet};

fn statuses(text: &str) -> Vec<(String, String)> {
    let a = Article {
        text: text.to_string(),
        published: "2019-11-18".parse().ok(),
        source: "test".into(),
        ..Default::default()
    };
    extract_with(&RuleSet::builtin(), &a, &[])
        .shows
        .into_iter()
        .filter_map(|s| s.status.map(|st| (s.title, st.to_string())))
        .collect()
}

#[test]
fn general_news_gives_no_status() {
    // Each of these gave a status before the television checks (sports "saves", a
    // meeting "canceled", a refurbished phone "(Renewed)").
    for text in [
        "Roundup: Kings Top Pike\n\nKings 5, Pike 1: Tomas Okafor made 31 saves and Harbor beat Lakeshore.\n\nOwls 2, Rams 1: Dan Price made 28 saves and the Owls won again.",
        "Trade Talks Stall\n\nThe two sides have been unable to reschedule a meeting between the leaders in Santiago that was canceled because of protests.",
        "Best Deals Today\n\nGrey Falcon Phone 7, Unlocked, 128GB – (Renewed)\n\nQuiet Deck Pro Headphones\n\nActive noise cancellation for immersive sound",
    ] {
        assert!(statuses(text).is_empty(), "{text}: {:?}", statuses(text));
    }
}

#[test]
fn television_news_keeps_its_claims() {
    let text = "Marrow Lane Cancelled at AMC After Two Seasons\n\nAMC has cancelled Marrow Lane after two seasons, the network confirmed on Monday.";
    assert!(about_television(text));
    assert_eq!(
        statuses(text),
        vec![("Marrow Lane".to_string(), "cancelled".to_string())]
    );
    // The sentence alone names no network the gate trusts, but says "drama".
    let text = "NBC cancels freshman drama “Bright Harbor”";
    assert_eq!(
        statuses(text),
        vec![("Bright Harbor".to_string(), "cancelled".to_string())]
    );
}
