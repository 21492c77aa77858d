//! Timeline resolution: a show's status as of any date, computed from appended claims.
//!
//! The rules, in order:
//! 1. A claim counts from the date the event happened (text), else its publication date.
//!    Undated claims count only for "now".
//! 2. A decision (a non-undecided status, confirmed or reported) outranks a hope or prediction.
//! 3. Between decisions, the later one stands; on the same date the firmer one stands.
//! 4. A prediction never overrides a decision, unless it concerns a later season than an
//!    open (renewed/revived) decision: "renewed for season 2", then "no word on season 3".
//! 5. Every claim that disagrees with the standing status and is not mere history
//!    (dated before the standing status began) is listed as a contradiction, with the reason.

use crate::date::PartialDate;
use crate::model::{Certainty, SourcedClaim, Status};
use jiff::civil::Date;
use serde::Serialize;

/// Whether a claim decides the status or only hopes or predicts it.
pub fn is_decision(c: &SourcedClaim) -> bool {
    c.claim.status != Status::Undecided
        && matches!(
            c.claim.certainty,
            Certainty::Confirmed | Certainty::Reported
        )
}

/// One cited claim in an answer.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Cited {
    pub url: Option<String>,
    pub published: Option<PartialDate>,
    pub source: String,
    pub date: Option<PartialDate>,
    pub status: Status,
    pub certainty: Certainty,
    pub said_by: Option<String>,
    pub text: String,
    pub rule: String,
}

impl Cited {
    pub fn of(c: &SourcedClaim) -> Self {
        Cited {
            url: c.url.clone(),
            published: c.published,
            source: c.source.clone(),
            date: c.claim.date,
            status: c.claim.status,
            certainty: c.claim.certainty,
            said_by: c.claim.said_by.clone(),
            text: c.claim.evidence.text.clone(),
            rule: c.claim.rule.clone(),
        }
    }
}

/// A claim that disagrees with the standing status, and why it does not stand.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Contradiction {
    pub claim: Cited,
    pub reason: String,
}

/// A show's resolved status as of a date.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Resolved {
    pub status: Status,
    pub season: Option<u16>,
    pub network: Option<String>,
    /// When the standing status began (the earliest claim of its current run).
    pub since: Option<PartialDate>,
    pub certainty: Certainty,
    pub evidence: Vec<Cited>,
    pub contradictions: Vec<Contradiction>,
}

/// Timeline order: by date; on one date, what an article recounts as background before
/// its news, then the firmer claim last.
fn sort_key(c: &SourcedClaim) -> (Option<PartialDate>, bool, u8, Option<PartialDate>) {
    (
        c.claim.date,
        !c.claim.background,
        c.claim.certainty.rank(),
        c.published,
    )
}

/// Claims in timeline order: dated claims oldest first; undated claims first of all,
/// since they can be placed nowhere later with confidence.
pub fn timeline_order(claims: &mut [SourcedClaim]) {
    claims.sort_by(|a, b| {
        sort_key(a)
            .cmp(&sort_key(b))
            .then_with(|| a.article_key.cmp(&b.article_key))
            .then_with(|| a.claim.evidence.start.cmp(&b.claim.evidence.start))
            .then_with(|| {
                let t = |c: &SourcedClaim| c.claim.trigger.as_ref().map(|t| t.start);
                t(a).cmp(&t(b))
            })
    });
}

/// Whether a claim is visible as of `as_of`. Undated claims are visible only when
/// `as_of` is on or after `today`.
pub fn visible(c: &SourcedClaim, as_of: Date, today: Date) -> bool {
    match c.claim.date {
        Some(d) => d.begun_by(as_of),
        None => as_of >= today,
    }
}

fn overrides(next: &SourcedClaim, standing: &SourcedClaim) -> bool {
    let (nd, sd) = (is_decision(next), is_decision(standing));
    // A revival presupposes the cancellation: the same article recounting the
    // cancellation without dating it after the revival does not undo it.
    if standing.claim.status == Status::Revived
        && !standing.claim.background
        && next.claim.status == Status::Cancelled
        && next.article_key == standing.article_key
        && next.claim.date_basis != crate::model::DateBasis::Text
    {
        return false;
    }
    // What an article recounts as background never displaces its own news, whatever
    // date the news carries ("NBC cancelled it late Monday night" dates the news a day
    // before the article that recounts the renewal of season 3).
    if next.claim.background
        && !standing.claim.background
        && next.article_key == standing.article_key
    {
        return false;
    }
    match (nd, sd) {
        (true, false) => true,
        (true, true) => {
            // A decision about an earlier season is history: "renewed for season 3" does
            // not undo "cancelled after three seasons" (season 4).
            if matches!((next.claim.season, standing.claim.season), (Some(n), Some(s)) if n < s) {
                return false;
            }
            // Later dates win; an undated decision never displaces a dated one.
            match (next.claim.date, standing.claim.date) {
                (None, Some(_)) => false,
                (Some(a), Some(b)) if a == b => {
                    standing.claim.background && !next.claim.background
                        || next.claim.background == standing.claim.background
                            && next.claim.certainty.rank() >= standing.claim.certainty.rank()
                }
                _ => true,
            }
        }
        (false, false) => true,
        (false, true) => {
            !standing.claim.status.is_terminal()
                && matches!((next.claim.season, standing.claim.season), (Some(n), Some(s)) if n > s)
        }
    }
}

fn reason_against(c: &SourcedClaim, standing: &SourcedClaim) -> String {
    let who = standing.claim.said_by.as_deref().unwrap_or("the article");
    let when = standing
        .claim
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "undated".into());
    let st = standing.claim.status;
    if !is_decision(c) && is_decision(standing) {
        format!(
            "a {} claim does not override the {} decision ({}, {})",
            c.claim.certainty, st, who, when
        )
    } else if c.claim.date.is_none() {
        format!("undated; the dated {} claim ({}, {}) stands", st, who, when)
    } else if c.claim.date == standing.claim.date {
        format!(
            "same date; the {} claim ({}, {}) is as firm or firmer",
            standing.claim.certainty, who, when
        )
    } else if c.claim.date > standing.claim.date {
        format!(
            "dated after the {} claim ({}, {}) but outranked by it",
            st, who, when
        )
    } else {
        format!("superseded by the later {} claim ({}, {})", st, who, when)
    }
}

/// Resolves the status as of `as_of` from claims about one show. `today` decides
/// whether undated claims are visible. Returns `None` when no claim is visible.
pub fn status_as_of(claims: &[SourcedClaim], as_of: Date, today: Date) -> Option<Resolved> {
    let mut seen: Vec<SourcedClaim> = claims
        .iter()
        .filter(|c| visible(c, as_of, today))
        .cloned()
        .collect();
    timeline_order(&mut seen);
    let mut standing: Option<usize> = None;
    let mut run_start: usize = 0;
    for (i, c) in seen.iter().enumerate() {
        match standing {
            None => {
                standing = Some(i);
                run_start = i;
            }
            Some(s) => {
                let same = seen[s].claim.status == c.claim.status;
                if same && (is_decision(c) || !is_decision(&seen[s])) {
                    // Same status continues the run; the later claim becomes the standing one.
                    standing = Some(i);
                } else if overrides(c, &seen[s]) {
                    standing = Some(i);
                    if !same {
                        run_start = i;
                    }
                }
            }
        }
    }
    let s = standing?;
    let top = &seen[s];
    // A renewal that follows a cancellation is a revival.
    // So is a renewal the same article gives right after the revival it reports ("saved
    // from cancellation by Yahoo, which renewed it for season 6").
    let revival = top.claim.status == Status::Renewed
        && seen[..run_start]
            .iter()
            .rev()
            .find(|c| is_decision(c))
            .is_some_and(|c| {
                c.claim.status == Status::Cancelled
                    || c.claim.status == Status::Revived && c.article_key == top.article_key
            });
    // Evidence: the standing claim, then the rest of its run, newest first.
    let mut run: Vec<&SourcedClaim> = seen[run_start..]
        .iter()
        .filter(|c| c.claim.status == top.claim.status && (is_decision(c) == is_decision(top)))
        .collect();
    run.reverse();
    let since = run.iter().filter_map(|c| c.claim.date).min();
    let season = if top.claim.season.is_some() {
        top.claim.season
    } else {
        run.iter().filter_map(|c| c.claim.season).max()
    };
    let network = top
        .claim
        .network
        .clone()
        .or_else(|| run.iter().find_map(|c| c.claim.network.clone()))
        .or_else(|| most_common(seen.iter().filter_map(|c| c.claim.network.as_deref())));
    let mut evidence: Vec<Cited> = vec![Cited::of(top)];
    for c in run.iter().filter(|c| !std::ptr::eq(**c, top)) {
        if evidence.len() >= 6 {
            break;
        }
        let cited = Cited::of(c);
        if !evidence.iter().any(|e| e.text == cited.text) {
            evidence.push(cited);
        }
    }
    let begun = top.claim.date.or(since);
    let contradictions = seen
        .iter()
        .filter(|c| c.claim.status != top.claim.status)
        .filter(|c| match (c.claim.date, begun) {
            (Some(d), Some(b)) => d >= b,
            _ => true,
        })
        .map(|c| Contradiction {
            claim: Cited::of(c),
            reason: reason_against(c, top),
        })
        .collect();
    Some(Resolved {
        status: if revival {
            Status::Revived
        } else {
            top.claim.status
        },
        season,
        network,
        since,
        certainty: top.claim.certainty,
        evidence,
        contradictions,
    })
}

/// The most frequent string, ties to the first seen.
pub fn most_common<'a>(items: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for it in items {
        match counts.iter_mut().find(|(s, _)| *s == it) {
            Some((_, n)) => *n += 1,
            None => counts.push((it, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts
        .into_iter()
        .find(|(_, n)| *n == best)
        .map(|(s, _)| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DateBasis, Evidence, StatusClaim};

    fn claim(
        status: Status,
        cert: Certainty,
        date: Option<&str>,
        season: Option<u16>,
        who: &str,
    ) -> SourcedClaim {
        SourcedClaim {
            claim: StatusClaim {
                kind: "status".into(),
                show: "Glass Harbor".into(),
                status,
                season,
                network: Some("HBO".into()),
                said_by: Some(who.into()),
                certainty: cert,
                date: date.map(|d| d.parse().unwrap()),
                date_basis: DateBasis::Text,
                date_text: None,
                rule: "test".into(),
                evidence: Evidence {
                    start: 0,
                    end: 1,
                    text: format!("{who} {status}"),
                },
                trigger: None,
                background: false,
            },
            url: None,
            published: None,
            source: "t".into(),
            article_key: format!("{who}{date:?}"),
        }
    }
    const TODAY: Date = jiff::civil::date(2026, 1, 1);

    /// "NBC canceled it late Monday night" (dated the day before publication) is the
    /// article's news; the renewal of season 3 it recounts is background, dated only by
    /// publication, and must not displace it. Another article's later claim still does.
    #[test]
    fn background_never_displaces_its_own_articles_news() {
        let mut news = claim(
            Status::Cancelled,
            Certainty::Reported,
            Some("2021-06-14"),
            None,
            "A",
        );
        let mut recounted = claim(
            Status::Renewed,
            Certainty::Confirmed,
            Some("2021-06-15"),
            Some(3),
            "A",
        );
        recounted.claim.background = true;
        news.article_key = "a".into();
        recounted.article_key = "a".into();
        let r = status_as_of(&[news.clone(), recounted.clone()], TODAY, TODAY).unwrap();
        assert_eq!(r.status, Status::Cancelled);
        let mut other = recounted.clone();
        other.article_key = "b".into();
        other.claim.background = false;
        other.claim.status = Status::Revived;
        let r = status_as_of(&[news, recounted, other], TODAY, TODAY).unwrap();
        assert_eq!(r.status, Status::Revived);
    }

    /// "NBC has canceled the reboot, a year after resurrecting it": the revival is
    /// background in the article that reports the cancellation, so the cancellation in
    /// the same sentence stands, though it comes first in the text.
    #[test]
    fn a_background_revival_does_not_shield_its_articles_cancellation() {
        let mut revived = claim(Status::Revived, Certainty::Confirmed, Some("2023-06-24"), None, "NBC");
        let mut cancelled = claim(Status::Cancelled, Certainty::Confirmed, Some("2023-06-24"), None, "NBC");
        revived.article_key = "a".into();
        cancelled.article_key = "a".into();
        revived.claim.trigger = Some(Evidence { start: 40, end: 50, text: "resurrecting".into() });
        cancelled.claim.trigger = Some(Evidence { start: 4, end: 12, text: "canceled".into() });
        revived.claim.background = true;
        let r = status_as_of(&[cancelled.clone(), revived.clone()], TODAY, TODAY).unwrap();
        assert_eq!(r.status, Status::Cancelled);
        // The same revival as the article's news still presupposes the cancellation.
        revived.claim.background = false;
        let r = status_as_of(&[cancelled, revived], TODAY, TODAY).unwrap();
        assert_eq!(r.status, Status::Revived);
    }

    #[test]
    fn later_decision_outranks_earlier_one() {
        let cs = vec![
            claim(
                Status::Renewed,
                Certainty::Confirmed,
                Some("2022-01"),
                Some(2),
                "A",
            ),
            claim(
                Status::Cancelled,
                Certainty::Reported,
                Some("2022-11"),
                Some(2),
                "Variety",
            ),
        ];
        let r = status_as_of(&cs, TODAY, TODAY).unwrap();
        assert_eq!(r.status, Status::Cancelled);
        assert_eq!(r.since.unwrap().to_string(), "2022-11");
        assert!(
            r.contradictions.is_empty(),
            "history is not a contradiction"
        );
        let r = status_as_of(&cs, jiff::civil::date(2022, 6, 1), TODAY).unwrap();
        assert_eq!(r.status, Status::Renewed);
    }

    #[test]
    fn prediction_never_overrides_decision() {
        let cs = vec![
            claim(
                Status::Cancelled,
                Certainty::Confirmed,
                Some("2022-11"),
                Some(2),
                "Variety",
            ),
            claim(
                Status::Undecided,
                Certainty::Expected,
                Some("2023-03"),
                Some(2),
                "Blog",
            ),
        ];
        let r = status_as_of(&cs, TODAY, TODAY).unwrap();
        assert_eq!(r.status, Status::Cancelled);
        assert_eq!(r.contradictions.len(), 1);
        assert!(
            r.contradictions[0].reason.contains("does not override"),
            "{}",
            r.contradictions[0].reason
        );
    }

    #[test]
    fn question_about_a_later_season_reopens_a_renewal() {
        let cs = vec![
            claim(
                Status::Renewed,
                Certainty::Confirmed,
                Some("2021-05"),
                Some(2),
                "A",
            ),
            claim(
                Status::Undecided,
                Certainty::Expected,
                Some("2023-03"),
                Some(3),
                "B",
            ),
        ];
        assert_eq!(
            status_as_of(&cs, TODAY, TODAY).unwrap().status,
            Status::Undecided
        );
    }

    #[test]
    fn nothing_visible_before_the_first_claim() {
        let cs = vec![claim(
            Status::Renewed,
            Certainty::Confirmed,
            Some("2022-05-02"),
            Some(2),
            "A",
        )];
        assert!(status_as_of(&cs, jiff::civil::date(2022, 5, 1), TODAY).is_none());
    }

    #[test]
    fn undated_claims_count_only_for_now() {
        let cs = vec![
            claim(
                Status::Undecided,
                Certainty::Expected,
                Some("2022-08-23"),
                Some(2),
                "A",
            ),
            claim(Status::Cancelled, Certainty::Confirmed, None, Some(2), "B"),
        ];
        assert_eq!(
            status_as_of(&cs, TODAY, TODAY).unwrap().status,
            Status::Cancelled
        );
        assert_eq!(
            status_as_of(&cs, jiff::civil::date(2023, 1, 1), TODAY)
                .unwrap()
                .status,
            Status::Undecided
        );
    }

    #[test]
    fn an_article_recounting_the_cancellation_keeps_its_revival() {
        let mut revived = claim(
            Status::Revived,
            Certainty::Confirmed,
            Some("2019-06-01"),
            Some(4),
            "A",
        );
        let mut cancelled = claim(
            Status::Cancelled,
            Certainty::Confirmed,
            Some("2019-06-01"),
            Some(4),
            "A",
        );
        revived.article_key = "same".into();
        cancelled.article_key = "same".into();
        revived.claim.date_basis = DateBasis::Published;
        cancelled.claim.date_basis = DateBasis::Published;
        revived.claim.trigger = Some(Evidence {
            start: 0,
            end: 1,
            text: "x".into(),
        });
        cancelled.claim.trigger = Some(Evidence {
            start: 50,
            end: 51,
            text: "y".into(),
        });
        let r = status_as_of(&[revived, cancelled], TODAY, TODAY).unwrap();
        assert_eq!(r.status, Status::Revived);
    }

    #[test]
    fn renewal_after_cancellation_is_a_revival() {
        let cs = vec![
            claim(
                Status::Cancelled,
                Certainty::Confirmed,
                Some("2023-05-01"),
                Some(3),
                "A",
            ),
            claim(
                Status::Renewed,
                Certainty::Confirmed,
                Some("2023-05-04"),
                Some(3),
                "B",
            ),
        ];
        assert_eq!(
            status_as_of(&cs, TODAY, TODAY).unwrap().status,
            Status::Revived
        );
    }

    #[test]
    fn revival_after_cancellation_stands() {
        let cs = vec![
            claim(
                Status::Cancelled,
                Certainty::Confirmed,
                Some("2019-05"),
                Some(4),
                "A",
            ),
            claim(
                Status::Revived,
                Certainty::Confirmed,
                Some("2019-06"),
                Some(4),
                "B",
            ),
        ];
        let r = status_as_of(&cs, TODAY, TODAY).unwrap();
        assert_eq!(
            (r.status, r.since.unwrap().to_string()),
            (Status::Revived, "2019-06".into())
        );
    }
}
