//! Claims → the article's own verdict per show: which of its claims is its latest word.
//!
//! News is written top-down: the headline and the lead carry the news, later paragraphs
//! recount history ("the show was renewed for season 3 the same day ...") and speculate.
//! Explainers and retrospectives are written in order of events instead. So:
//!
//! 1. A decision in the headline or lead stands, unless a later sentence dates another
//!    decision after it ("Update: on June 5, Netflix picked it up").
//! 2. Without one, the last decision in the text stands; sentences that mark themselves
//!    as history ("originally", "back in 2016", "before being cancelled") stand only
//!    when nothing else does.
//! 3. Some statuses subsume others within one article: a cancelled show's "final season"
//!    is the cancellation's, not an ending by choice (unless the article also reports a
//!    pickup: "renewed for a fifth season, which will be its last"); a limited series
//!    that "won't return" is limited.
//!
//! Decisions of another status than the verdict, not dated by the text, are marked
//! `background`, so that resolution over time ([`greenlight_core::resolve`]) reads the
//! article the same way.

use crate::document::Document;
use greenlight_core::{Certainty, DateBasis, PartialDate, Status, StatusClaim};
use regex::Regex;
use std::sync::LazyLock;

static HISTORY: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:originally|previously|initially|formerly|back\s+in\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)|at\s+the\s+time|had\s+(?:already\s+)?(?:been\s+)?(?:renewed|cancell?ed|picked\s+up|ordered|revived|ended)|before\s+(?:being|it\s+was|getting)|(?P<the>the\s+)?first\s+(?:aired|premiered|debuted)|once\s+(?:again\s+)?(?:renewed|cancell?ed))(?-u:\b)").unwrap()
});

static AFTER_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:after|following|despite)\s+(?:\S+\s+){0,3}$").unwrap()
});
static SUBORDINATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?:,\s*(?:which|who)(?-u:\b)[^,;]{0,40}|,\s*(?:(?:first|originally|already|previously)\s+)?|^\s*(?:after|since|following|despite|before|when|once)\s+(?:being\s+|having\s+)?)$").unwrap()
});

/// Whether a claim's trigger sits in a relative clause, an appositive or an opening
/// adverbial clause that recounts background to the sentence's news ("The drama, which
/// ABC canceled last month, is moving to CMT"; "Magnum P.I., canceled in May by CBS, has
/// been picked up by NBC"; "After canceling it last year, CBS is bringing it back").
fn subordinate(c: &StatusClaim) -> bool {
    let Some(t) = &c.trigger else { return false };
    let ev = &c.evidence.text;
    let Some(at) = t
        .start
        .checked_sub(c.evidence.start)
        .and_then(|k| ev.char_indices().nth(k))
        .map(|(b, _)| b)
    else {
        return false;
    };
    // The clause closes with a comma before the sentence ends; a prepositional phrase
    // ("Cancels 'Moon Unit' Months After Season 3 Renewal") needs none.
    SUBORDINATE.is_match(&ev[..at]) && ev[at..].trim_end_matches(['.', '!', '?']).contains(',')
        || AFTER_PHRASE.is_match(&ev[..at])
}

fn is_decision(c: &StatusClaim) -> bool {
    c.status != Status::Undecided
        && matches!(c.certainty, Certainty::Confirmed | Certainty::Reported)
}

/// The sentences that make up the lead: the headline, and the first two sentences of the
/// first paragraph written as prose (a dozen words or more).
pub fn lead_sentences(doc: &Document<'_>) -> Vec<usize> {
    let mut lead: Vec<usize> = (0..doc.sentences.len())
        .filter(|&i| doc.sentences[i].headline && !doc.sentences[i].chrome)
        .collect();
    let prose = doc.sentences.iter().enumerate().find(|(_, s)| {
        !s.headline
            && !s.chrome
            && doc.text[doc.paragraphs[s.para].clone()]
                .split_whitespace()
                .count()
                >= 12
    });
    if let Some((first, s)) = prose {
        let para = s.para;
        lead.extend(
            (first..doc.sentences.len())
                .filter(|&i| doc.sentences[i].para == para)
                .take(2),
        );
    }
    lead
}

/// Chooses the verdict among one show's claims (given in text order, each with its
/// sentence index), applies the within-article readings of rule 3, and marks the
/// background. Returns the index of the verdict claim, if any claim is a decision.
pub fn settle(
    doc: &Document<'_>,
    lead: &[usize],
    claims: &mut [StatusClaim],
    sentence: &[usize],
) -> Option<usize> {
    // A cancelled show's "final season" or series finale is the cancellation's.
    let cancelled = claims
        .iter()
        .any(|c| c.status == Status::Cancelled && is_decision(c) && !c.rule.contains('+'));
    // A pickup recounted in a subordinate clause ("a year after resurrecting the show")
    // is history, not a second decision.
    let picked_up = claims.iter().any(|c| {
        matches!(c.status, Status::Renewed | Status::Revived) && is_decision(c) && !subordinate(c)
    });
    if cancelled && !picked_up {
        // "ABC has opted to end the series ... just cancelled the show": the network's
        // ending is the cancellation.
        for c in claims.iter_mut().filter(|c| {
            c.status == Status::Ending
                && (c.rule.starts_with("ending.final-season")
                    || c.rule.starts_with("ending.will-end")
                    || c.rule.starts_with("ending.end-of-road")
                    // "CANCELLED ... its series finale will air Monday".
                    || c.rule.starts_with("ending.series-finale"))
                && !c.rule.contains('+')
        }) {
            c.status = Status::Cancelled;
            c.rule.push_str("+cancelled-show");
        }
    }
    let limited = claims
        .iter()
        .any(|c| c.status == Status::Limited && is_decision(c));
    // "before the first debuted" speaks of a season, not of the show's history.
    let history = |i: usize| {
        HISTORY
            .captures_iter(doc.sentence_text(sentence[i]))
            .any(|c| c.name("the").is_none())
    };
    // "Amazon has not officially renewed it ... Season 2 is in production": a renewal the
    // article only infers does not stand against its plain word that none was made.
    let open: Vec<Option<u16>> = claims
        .iter()
        .filter(|c| {
            c.status == Status::Undecided
                // "Netflix has not yet announced if X will be getting another season":
                // a hedge in the question asked is no doubt about its being open.
                && (c.certainty == Certainty::Confirmed
                    || c.certainty != Certainty::Hoped
                        && (c.rule.starts_with("undecided.not-said-whether")
                            || c.rule.starts_with("undecided.yet-to+hedge")))
                && (c.rule.starts_with("undecided.yet-to")
                    || c.rule.starts_with("undecided.no-decision")
                    || c.rule.starts_with("undecided.not-said-whether")
                    || c.rule.starts_with("renewed.") && c.rule.contains("+negation"))
        })
        .map(|c| c.season)
        .collect();
    let unsaid = |c: &StatusClaim| {
        c.rule.starts_with("renewed.implied")
            && open
                .iter()
                .any(|s| s.is_none() || c.season.is_none() || *s == c.season)
    };
    // "not made a decision about Season 3 ... the last announcement was when it was
    // renewed for Season 2": a pickup of an earlier season than the one the article
    // plainly calls undecided is history.
    // "Netflix has not yet announced if X will be getting another season": an open
    // question without its number is about the latest season the article asks after.
    let open_season = open.iter().flatten().max().copied().or_else(|| {
        (!open.is_empty())
            .then(|| claims.iter().filter(|c| c.status == Status::Undecided).filter_map(|c| c.season).max())
            .flatten()
    });
    let superseded = |c: &StatusClaim| {
        matches!(c.status, Status::Renewed | Status::Revived)
            && matches!((c.season, open_season), (Some(s), Some(o)) if s < o)
    };
    let decisions: Vec<usize> = (0..claims.len())
        .filter(|&i| is_decision(&claims[i]) && !unsaid(&claims[i]) && !superseded(&claims[i]))
        .collect();
    // Such a renewal is read as the article's expectation, not its word.
    for c in claims.iter_mut().filter(|c| unsaid(c)) {
        c.status = Status::Undecided;
        c.certainty = Certainty::Expected;
        c.rule.push_str("+not-announced");
    }
    for c in claims.iter_mut().filter(|c| superseded(c)) {
        c.background = true;
    }
    if decisions.is_empty() {
        return None;
    }
    let current: Vec<usize> = decisions.iter().copied().filter(|&i| !history(i)).collect();
    let pool = if current.is_empty() {
        &decisions
    } else {
        &current
    };
    let mut in_lead: Vec<usize> = pool
        .iter()
        .copied()
        .filter(|&i| lead.contains(&sentence[i]))
        .collect();
    if in_lead.iter().any(|&i| !subordinate(&claims[i])) {
        in_lead.retain(|&i| !subordinate(&claims[i]));
    }
    // In the lead, the latest word: a decision the text dates before another is history
    // ("reversed its decision to renew ... The network ordered a second season on Nov. 1").
    let latest_in_lead = in_lead.iter().copied().max_by_key(|&i| {
        (
            claims[i].date.map_or(jiff::civil::Date::MAX, |d| d.start()),
            i,
        )
    });
    let mut v = latest_in_lead.unwrap_or_else(|| *pool.last().expect("pool is not empty"));
    // A later sentence that dates another decision after the verdict's event.
    let when = |c: &StatusClaim| -> Option<PartialDate> { c.date };
    let after: Vec<usize> = pool.iter().copied().filter(|&i| i > v).collect();
    for i in after {
        let later = claims[i].date_basis == DateBasis::Text
            && match (when(&claims[i]), when(&claims[v])) {
                (Some(a), Some(b)) => a.start() > b.end(),
                _ => false,
            };
        if later {
            v = i;
        }
    }
    // A verdict the text dates before the article's own time is recounted history when
    // the article also reports a decision as news ("cancelled ... in January", then
    // "most recently, Lifetime decided to revive it").
    // In the lead, a date within a fortnight of publication is the news itself.
    let stale = |c: &StatusClaim, p: Option<PartialDate>| match (c.date, p) {
        (Some(d), Some(p)) => d.end() < p.start().saturating_sub(jiff::Span::new().days(14)),
        _ => false,
    };
    let published = doc.published;
    if claims[v].date_basis == DateBasis::Text
        && (!lead.contains(&sentence[v]) || stale(&claims[v], published))
    {
        if let Some(&n) = pool.iter().rev().find(|&&i| {
            claims[i].date_basis == DateBasis::Published && matches!((claims[i].date, claims[v].date), (Some(a), Some(b)) if a.start() > b.end())
        }) {
            v = n;
        }
    }
    // "rescued X from cancellation": a revival in the verdict's own sentence presupposes
    // the cancellation beside it, unless it is recounted ("a year after resurrecting it").
    if claims[v].status == Status::Cancelled {
        if let Some(&r) = pool.iter().find(|&&i| {
            claims[i].status == Status::Revived
                && sentence[i] == sentence[v]
                && !subordinate(&claims[i])
        }) {
            v = r;
        }
    }
    // A limited series that "won't return", or whose finale ends it, is limited.
    if limited && matches!(claims[v].status, Status::Cancelled | Status::Ending) {
        if let Some(&l) = pool
            .iter()
            .rev()
            .find(|&&i| claims[i].status == Status::Limited)
        {
            v = l;
        }
    }
    // "renewed for a third season ... this third and final series": a renewal whose season
    // the article also calls the last is an ending.
    if claims[v].status == Status::Renewed {
        let season = claims[v].season.or_else(|| {
            pool.iter()
                .filter(|&&i| claims[i].status == Status::Renewed)
                .filter_map(|&i| claims[i].season)
                .max()
        });
        if let Some(&e) = pool.iter().find(|&&i| {
            claims[i].status == Status::Ending
                && (claims[i].rule.starts_with("ending.final-season")
                    || claims[i].rule.starts_with("ending.final-order"))
                && !claims[i].rule.contains('+')
                && season.is_some()
                && (claims[i].season == season
                    || claims[i].season.is_none() && claims[v].rule.starts_with("renewed.implied"))
        }) {
            if claims[e].season.is_none() {
                claims[e].season = season;
            }
            v = e;
        }
    }
    let status = claims[v].status;
    // A renewal implied by a season that has aired or is in production is history once
    // the article asks about a later season.
    let asked: Option<u16> = claims
        .iter()
        .filter(|c| c.status == Status::Undecided)
        .filter_map(|c| c.season)
        .max();
    for c in claims
        .iter_mut()
        .filter(|c| c.rule.starts_with("renewed.implied"))
    {
        if matches!((c.season, asked), (Some(s), Some(a)) if a > s) {
            c.background = true;
        }
    }
    for c in claims.iter_mut() {
        if is_decision(c) && c.status != status && c.date_basis != DateBasis::Text {
            c.background = true;
        }
    }
    // The renewal of the final season and its being the last are one event, however the
    // text dates the renewal ("Sept. 9 (UPI) -- X will return for a sixth and final season").
    if status == Status::Ending {
        let season = claims[v].season;
        for c in claims
            .iter_mut()
            .filter(|c| c.status == Status::Renewed && (c.season.is_none() || c.season == season))
        {
            c.background = true;
        }
    }
    Some(v)
}
