//! Mentions → Claims: rules fire on sentences; each firing is tied to a show, a season,
//! a network, a speaker, a certainty and a date.

use crate::dates::{dates_in, Tense};
use crate::document::{CharOffsets, Document};
use crate::lexicon::{number_word, NETWORKS, OUTLETS};
use crate::mentions::{
    backward_span, forward_span, is_network, looks_like_named_person, is_outlet, plausible_title, Mention,
};
use crate::rules::{OnNegation, RuleSet, Side, StatusRule};
use greenlight_core::{Certainty, DateBasis, Evidence, PartialDate, Status, StatusClaim};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A rule firing inside a sentence, before it is tied to a show.
#[derive(Clone, Debug)]
pub struct Firing<'r> {
    pub rule: &'r StatusRule,
    pub sentence: usize,
    /// Byte span of the trigger in the document text.
    pub span: Range<usize>,
}

/// A count of shows right after a trigger: " six series", " 12 of its shows".
static COUNTED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)^\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\s+(?:of\s+(?:its|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:shows|series|programs|programmes|dramas|comedies|sitcoms|originals)(?-u:\b)").unwrap()
});

/// Every non-overlapping rule firing in a sentence, longest trigger first.
pub fn fire<'r>(rules: &'r RuleSet, doc: &Document<'_>, i: usize) -> Vec<Firing<'r>> {
    let sent = doc.sentence_text(i);
    let base = doc.sentences[i].span.start;
    let mut all: Vec<Firing<'r>> = Vec::new();
    if rules.prefilter.as_ref().is_some_and(|p| !p.is_match(sent)) {
        return all;
    }
    // "“Kevin (Probably) Saves The World”": a trigger word inside a quoted title is the
    // title's, not the sentence's.
    let quoted_titles: Vec<Range<usize>> = if sent.contains(['“', '"', '\'', '‘']) {
        QUOTED_RUN
            .find_iter(sent)
            .filter(|m| {
                let inner = m
                    .as_str()
                    .trim_matches(|c: char| matches!(c, '“' | '”' | '"' | '\'' | '‘' | '’' | ',' | '.' | ';' | ':' | '!' | '?' | '(' | ')') || c.is_whitespace());
                // Mostly capitalised words, counting "(Probably)" as one.
                let ws: Vec<&str> = inner.split_whitespace().collect();
                let caps = ws
                    .iter()
                    .filter(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase))
                    .count();
                ws.len() <= 8 && inner.starts_with(char::is_uppercase) && caps * 4 >= ws.len() * 3
            })
            .map(|m| m.range())
            .collect()
    } else {
        Vec::new()
    };
    // Running prose, where trigger words are written in lower case.
    let prose = std::cell::OnceCell::new();
    let prose = || {
        // A bulleted line is prose however many names it capitalises ("• Sean Saves the
        // World, starring ...").
        *prose.get_or_init(|| {
            !doc.sentences[i].headline
                && (!crate::mentions::is_headline_case(sent)
                    || sent.trim_start().starts_with(['•', '▪', '►', '·']))
        })
    };
    for k in rules.selector.candidates(sent) {
        let rule = &rules.rules[k];
        if rule.requires.as_ref().is_some_and(|r| !r.is_match(sent)) {
            continue;
        }
        for m in rule.pattern.find_iter(sent) {
            // The second half of a compound is not the verb: "auto-renewed",
            // "noise-canceling", "self-cancelling".
            if let Some(head) = sent[..m.start()].strip_suffix('-') {
                let word = head
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                // "second-season order", "two-season renewal" are not compounds of the verb.
                let counted = word.chars().all(|c| c.is_ascii_digit())
                    || crate::lexicon::number_word(&word.to_ascii_lowercase()).is_some();
                if !word.is_empty() && !counted {
                    continue;
                }
            }
            // "the most recent Saved by the Bell reboot": a capitalised trigger word in the
            // middle of running prose is a title's word.
            let lead = sent[..m.start()].trim_end();
            // "Officially Cancelled", "Now Renewed": a scorecard's capitalised cell.
            let cell_adverb = !lead.contains(' ')
                && (lead.ends_with("ly") || matches!(lead, "Now" | "Already" | "Just" | "Not"));
            if m.as_str().starts_with(char::is_uppercase)
                && !lead.is_empty()
                && !cell_adverb
                && !lead.ends_with([':', ';', '.', '!', '?', '"', '“', '—', '–', '-', '|', '(', '‘', '\'', '='])
                && prose()
            {
                continue;
            }
            if quoted_titles
                .iter()
                .any(|q| {
                    q.start < m.start()
                        && m.end() < q.end
                        && sent[q.start..m.start()].contains(char::is_alphanumeric)
                })
            {
                continue;
            }
            if rule
                .excludes
                .as_ref()
                .is_some_and(|x| x.is_match(m.as_str()))
            {
                continue;
            }
            // "cancelling six series in all. Among those ...: A, B and C": a counted group
            // the next sentence names stays a firing for the list pass to read.
            let named_next = || {
                COUNTED_AFTER.is_match(&sent[m.end()..])
                    && doc.sentences.get(i + 1).is_some_and(|n| {
                        n.para <= doc.sentences[i].para + 1
                            && crate::LIST_POINTER.is_match(doc.sentence_text(i + 1))
                    })
            };
            if rule
                .not_followed_by
                .as_ref()
                .is_some_and(|nf| nf.is_match(&sent[m.end()..]) && !named_next())
                || rule
                    .not_preceded_by
                    .as_ref()
                    .is_some_and(|np| np.is_match(&sent[..m.start()]))
            {
                continue;
            }
            all.push(Firing {
                rule,
                sentence: i,
                span: base + m.start()..base + m.end(),
            });
        }
    }
    // A trigger that spells its own negation ("won't be returning for") outranks a longer
    // one it overlaps ("returning for a second season"), which that negation would only
    // drop.
    all.sort_by_cached_key(|f| {
        (
            std::cmp::Reverse(NEGATION_WORD.is_match(&doc.text[f.span.clone()])),
            std::cmp::Reverse(f.span.len()),
            f.span.start,
        )
    });
    let mut kept: Vec<Firing<'r>> = Vec::new();
    for f in all {
        if !kept
            .iter()
            .any(|k| k.span.start < f.span.end && f.span.start < k.span.end)
        {
            kept.push(f);
        }
    }
    kept.sort_by_key(|f| f.span.start);
    kept
}

static NEGATION_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:not|never|no)(?-u:\b)|n['’]t(?-u:\b)").unwrap()
});

static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i);|\s[—–]\s|—|, but |, and | but |, while |, although |, though |, which |, whereas |, as | after which |,? (?:since|because) (?:it|it's|it’s|they|we|the network|the streamer) ").unwrap()
});

/// The clause of `sent` around the trigger `t` (byte offsets within the sentence).
fn clause(sent: &str, t: &Range<usize>) -> Range<usize> {
    let mut start = 0;
    let mut end = sent.len();
    for m in CLAUSE_BREAK.find_iter(sent) {
        if m.end() <= t.start {
            start = m.end();
        } else if m.start() >= t.end {
            end = m.start();
            break;
        }
    }
    // "Trophy Wife was cancelled when it definitely deserved another chance": a
    // subordinate clause after the trigger is not its hedge. (Before it, "it's unclear
    // when X will be renewed" keeps its hedge.)
    if let Some(m) = SUBORDINATE_AFTER.find(&sent[t.end..end]) {
        end = t.end + m.start();
    }
    start..end
}

static SUBORDINATE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)\s(?:when|even\s+though|despite|because)\s").unwrap()
});

// "Moore also confirmed BBC dramas A, B and C would be returning": the "that" may be left
// out before a return; "revealed ... would be renewed" without it is as often a guess.
static REPORTED_WOULD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:(?:confirmed|announced|revealed|stated|decided|said|(?:told|informed|assured)\s+(?:\w+\s+){0,6}?)\s*(?:on\s+[^.;]{0,30}?\s+)?that\s+[^.;]{0,40}?(?-u:\b)would|(?:confirmed|announced|revealed)\s+[^.;]{0,60}?(?-u:\b)would\s+(?:also\s+|all\s+|both\s+)?(?:be\s+)?(?:returning|return|back)(?-u:\b))").unwrap()
});
static WOULD: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::rx(r"(?i)(?-u:\b)would(?-u:\b)").unwrap());
static TAIL_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(
        // "... so we can probably expect two volumes": a result clause is the writer's
        // own guess about what follows the decision.
        r"(?i)\s(?:that|which|who|after|before|following|because|since|implying|meaning|so\s+(?:we|you|fans|viewers|I))\s",
    )
    .unwrap()
});
static BY_MEANS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)by\s+(?:\[[^\]]{0,30}\]\s*|\([^)]{0,30}\)\s*)?$").unwrap()
});
static LABEL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^:\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,4}[-/.]\d)").unwrap()
});

static IMPERATIVE: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::rx(r"^(?i:cancel|renew|axe|save|revive|uncancel)$").unwrap());
static PRESUPPOSED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:decision|move|choice)\s+to\s+$|(?-u:\b)(?:after|since|following|despite)\s+(?:the\s+)?$").unwrap()
});
static HISTORY: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:previously|formerly|originally|initially|once)\s+$").unwrap()
});
static CONDITIONAL: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::rx(r"(?i)^\s*(?:if|whether|unless)(?-u:\b)").unwrap());
static QUESTION_HEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)^\s*(?:will|is|could|does|has|when\s+will)(?-u:\b)").unwrap()
});

static COUNT_AS_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:renew(?:ed|s)|cancell?(?:ed|s)|ax(?:ed|es)|order(?:ed|s)|picked\s+up|picks\s+up|scrapp?(?:ed|s)|greenlit|green-lit)\s+(?:(?:only|just|another|all|its|their)\s+)?$").unwrap()
});

static PLURAL_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|several|many|multiple|numerous)\s+(?:[a-z-]+\s+)?(?:shows|series|dramas|comedies|sitcoms|programs|programmes|originals)\s+(?:(?:that|which)\s+)?(?:(?:were|are|have\s+been|got|get|being|ending|or|and|now|officially|already|recently)\s+){0,4}$").unwrap()
});

/// Words after "not" that show it negates something other than the trigger.
const NOT_NEGATING: &[&str] = &[
    "surpris",
    "only",
    "just",
    "exactly",
    "quite",
    "least",
    "unlike",
    "long",
    "much",
    "sure",
    "every",
    "all ",
    "shock",
    "unexpected",
    "wholly",
    "entirely",
];

static NONE_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:none|neither)\s+of\s+[^.;!?]{0,300}?(?-u:\b)(?:have|has|had|were|was|is|are|will|would)\s+(?:yet\s+|so\s+far\s+|officially\s+)?(?:been\s+|be\s+|gotten\s+|got\s+|received\s+)?$").unwrap()
});

/// How a firing reads once hedges, negations and counterfactuals are applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub status: Status,
    pub certainty: Certainty,
    pub rule: String,
}

/// Applies modifiers to a firing; `None` when it must produce no claim.
pub fn read(
    rules: &RuleSet,
    sent: &str,
    t: &Range<usize>,
    rule: &StatusRule,
    headline: bool,
) -> Option<Reading> {
    let cl = clause(sent, t);
    let mut name = rule.name.clone();
    if rules
        .counterfactuals
        .iter()
        .any(|c| c.pattern.is_match(&sent[cl.clone()]))
    {
        return None;
    }
    // "Cancel Prison Break!" / "Renew it already": a demand, not a report.
    if t.start
        == sent.len()
            - sent
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len()
        && IMPERATIVE.is_match(&sent[t.clone()])
    {
        return None;
    }
    // "Canceled: April 12, 2023 After being ordered as a spinoff of X, ...": a fact
    // box's label and its date; the show is the box's, not a title the text runs on to.
    if sent[..t.start].trim().is_empty() && LABEL_DATE.is_match(&sent[t.end..]) {
        return None;
    }
    // "avoiding the word cancellation": the word, not the decision.
    let just = sent[cl.start..t.start].trim_end().to_ascii_lowercase();
    if just.ends_with("the word") || just.ends_with("the term") || just.ends_with("the words") {
        return None;
    }
    // "CBS has six shows ending or canceled in 2024": a count of shows is no one show's
    // decision, unless the sentence goes on to list them ("Three series were cancelled:
    // A, B and C").
    let rest = &sent[t.end..];
    // "ABC renewed 10 scripted shows and canceled GCB": the count is the first verb's
    // object, not this one's subject.
    let counted = PLURAL_SUBJECT.find(&sent[cl.start..t.start]).filter(|m| {
        !COUNT_AS_OBJECT.is_match(&sent[cl.start..cl.start + m.start()])
    });
    if counted.is_some()
        && !rest.contains(':')
        && !rest.contains("including")
        && !rest.contains("such as")
        && !rest.contains(" were ")
        && !rest.contains(" are ")
        && !rest.contains(" include")
    {
        return None;
    }
    let mut status = rule.status;
    let mut certainty = rule.certainty;
    // Negation: within a few words in front of the trigger, inside its clause.
    let neg_from = floor_char(sent, t.start.saturating_sub(28)).max(cl.start);
    let before = &sent[neg_from..t.start];
    // "It is not surprising given ...", "not only": a negation of another word.
    let negates = |n: &&crate::rules::Modifier| {
        n.pattern.find_iter(before).any(|m| {
            // "was not so lucky and got the axe": the negation is the first conjunct's.
            // "that BBC One never gave time to bed in, axed after a single run": so is
            // one before a participle that follows a comma.
            if before[m.end()..].contains(" and ") || before[m.end()..].trim_end().ends_with(',') {
                return false;
            }
            let next = before[m.end()..]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_lowercase();
            !NOT_NEGATING.iter().any(|w| next.starts_with(w))
        })
    };
    // "no known plans for Vincenzo to return": a denial of plans reaches across the
    // title it names.
    let wide = &sent[floor_char(sent, t.start.saturating_sub(80)).max(cl.start)..t.start];
    let negation = rules
        .negations
        .iter()
        .find(negates)
        .map(|n| n.name.as_str())
        .or_else(|| NO_PLANS_FOR.is_match(wide).then_some("negation.no-plans"))
        .or_else(|| NO_WORD_ABOUT.is_match(wide).then_some("negation.no-word"))
        // "none of the network's freshman series, A, B and C, have been renewed": the
        // subject denies the verb however long its list.
        .or_else(|| NONE_OF.is_match(&sent[..t.start]).then_some("negation.none-of"));
    // "a season 4 renewal has technically not been confirmed as of yet": the decision
    // named, then denied, after the trigger.
    let negation = negation.or_else(|| {
        let after = &sent[t.end..cl.end];
        DENIED_AFTER
            .find(after)
            .filter(|m| {
                let gap = &after[..m.start()];
                !gap.contains([',', ';', ':', '(', '—'])
                    && !DENIED_GAP_BLOCK.is_match(gap)
            })
            .map(|_| "negation.not-confirmed")
    });
    if let Some(n) = negation {
        match rule.negated {
            OnNegation::Drop => return None,
            OnNegation::Become(s) => {
                if s == status {
                    return None;
                }
                status = s;
                name = format!("{name}+{n}");
            }
        }
    }
    // "previously renewed shows", "the originally cancelled series": history, not news,
    // unless the sentence lists the shows it says it of ("Previously renewed CBC shows
    // include A, B and C").
    let just_before = &sent[floor_char(sent, t.start.saturating_sub(16)).max(cl.start)..t.start];
    let listed = sent[t.end..].contains(" include") || sent[t.end..].contains(':');
    // A revival tells of the earlier cancellation itself ("originally cancelled X, then
    // changed their mind").
    // "the previously renewed series A, B and C": a renewal told earlier still stands;
    // "previously cancelled" is the first act of a revival story.
    let standing = status == Status::Renewed
        && just_before.trim_end().to_ascii_lowercase().ends_with("previously");
    // "The network previously cancelled X": an adverb before a finite verb tells the
    // decision itself; after a determiner ("the previously cancelled series") it is an
    // adjective's history.
    let adjectival = HISTORY.find(just_before).is_some_and(|m| {
        let head = sent[..t.start - just_before.len() + m.start()].trim_end();
        let prev = head.rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
        head.is_empty()
            || matches!(
                prev.as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that" | "these"
                    | "those" | "our" | "your" | "of" | "and" | "or" | "with" | "was" | "were" | "is"
                    | "are" | "been" | "be"
            )
    });
    if HISTORY.is_match(just_before) && adjectival && !listed && !standing && status != Status::Revived {
        return None;
    }
    // "A and B, which it had previously renewed, won't be getting new seasons": a past
    // perfect in a relative clause is background to the sentence's news.
    if PLUPERFECT_RELATIVE.is_match(&sent[..t.start]) {
        return None;
    }
    // "here is a look at everything that has been canceled and renewed": said of every
    // show at once, so of none in particular.
    if QUANTIFIED_SUBJECT.is_match(&sent[..t.start]) {
        return None;
    }
    // "the decision to cancel or renew Eyewitness", "renewed or canceled": a choice
    // between two fates is no decision.
    if ALTERNATIVE_BEFORE.is_match(&sent[cl.start..t.start])
        || ALTERNATIVE_AFTER.is_match(&sent[t.end..])
    {
        status = Status::Undecided;
        name = format!("{name}+alternative");
    }
    // Hedges anywhere in the clause (outside the trigger) make the claim undecided.
    let lead = &sent[cl.start..t.start];
    let hedge_from = match lead.rfind(',') {
        Some(i) if !CONDITIONAL.is_match(lead) => cl.start + i + 1,
        _ => cl.start,
    };
    // "It seems this isekai made an impression, as it was just renewed": a causal clause
    // holding the trigger is asserted, whatever hedges the clause before it.
    let hedge_from = CAUSAL_CLAUSE
        .find_iter(lead)
        .last()
        .map_or(hedge_from, |m| hedge_from.max(cl.start + m.start()));
    let tail = &sent[t.end..cl.end];
    // The trigger's clause ends at a comma, or where a relative or adverbial clause opens
    // ("canceled the series after a season that ended on a cliffhanger implying ... would").
    let hedge_to = t.end
        + tail
            .find(',')
            .into_iter()
            .chain(TAIL_CLAUSE.find(tail).map(|m| m.start()))
            .min()
            .unwrap_or(tail.len());
    let outside = format!("{} {}", &sent[hedge_from..t.start], &sent[t.end..hedge_to]);
    // "the decision to axe X", "the cancellation of X" presuppose the decision: a hedge in
    // front of them is about something else ("there may be more to the decision to axe").
    let presupposed =
        PRESUPPOSED.is_match(&sent[floor_char(sent, t.start.saturating_sub(24))..t.start]);
    // "answered the question of whether ... by cancelling The Recruit": a gerund of
    // means is asserted whatever the embedded question before it says.
    let means = sent[t.clone()].to_ascii_lowercase().ends_with("ing")
        && BY_MEANS.is_match(&sent[floor_char(sent, t.start.saturating_sub(40))..t.start]);
    let outside = if presupposed || means {
        sent[t.end..hedge_to].to_string()
    } else {
        outside
    };
    // "The network confirmed that it would be renewing the drama": reported speech moves
    // "will" back to "would"; that "would" is the report, not a guess.
    let outside = if REPORTED_WOULD.is_match(&sent[cl.start..t.start]) {
        WOULD.replace_all(&outside, "").into_owned()
    } else {
        outside
    };
    // "Probably the biggest blow was ABC's cancelation of X": the adverb grades the blow,
    // not the decision.
    let outside = SUPERLATIVE_ADVERB.replace_all(&outside, "").into_owned();
    let hope = rules
        .hedges
        .iter()
        .find(|h| h.certainty == Some(Certainty::Hoped) && h.pattern.is_match(&outside));
    let pred = rules
        .hedges
        .iter()
        .find(|h| h.certainty != Some(Certainty::Hoped) && h.pattern.is_match(&outside));
    // A question mark ends the trigger's own clause, not a later one ("X was renewed, and
    // the streamer renewed Y? Not quite").
    // "Will it be cancelled or renewed?": a short coordinated tail shares the question.
    let rest = sent[cl.end..].trim();
    let question = (sent[cl.clone()].trim_end().ends_with('?')
        || rest.is_empty() && sent.trim_end().ends_with('?')
        || rest.ends_with('?')
            && !rest.contains([',', ';', ':', '.', '!'])
            && rest.split_whitespace().count() <= 6
            && rest[..rest.len() - 1].find('?').is_none())
        || (headline && QUESTION_HEADLINE.is_match(sent));
    // "Why did Netflix cancel X after one season?", "How is it that A and B are renewed,
    // yet C is in limbo?": a question that asks the reason presupposes the decision.
    let question = question && !PRESUPPOSING_QUESTION.is_match(sent);
    if rule.drop_when_hedged && (hope.is_some() || pred.is_some() || question) {
        return None;
    }
    if let Some(h) = hope.or(pred) {
        if status != Status::Undecided
            || certainty.rank() > h.certainty.unwrap_or(Certainty::Expected).rank()
        {
            status = Status::Undecided;
            certainty = h.certainty.unwrap_or(Certainty::Expected);
            name = format!("{name}+{}", h.name);
        }
    } else if question && status != Status::Undecided {
        status = Status::Undecided;
        certainty = Certainty::Expected;
        name = format!("{name}+question");
    }
    Some(Reading {
        status,
        certainty,
        rule: name,
    })
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

static SEASON_NUM: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)beyond\s+(?:its|the|a)\s+(?:current\s+)?(?P<beyond>\w+)\s+season(?-u:\b)|(?-u:\b)(?P<fresh>freshman|sophomore)\s+(?:series|season|drama|comedy|show|run)(?-u:\b)|(?-u:\b)(?:after|following|finish(?:ed|ing)|wrapp(?:ed|ing)|conclud(?:ed|ing)|complet(?:ed|ing)|at\s+the\s+end\s+of|surviv(?:e|ed|ing)|last(?:ed|ing)|ran\s+for)\s+(?:just\s+|only\s+)?(?:(?:its|their|the|a|an)\s+)?(?P<after>\w+)[\s-]+(?:seasons?|series)(?-u:\b)|(?-u:\b)(?:after|following)\s+season\s+(?P<aftern>\d{1,2})(?-u:\b)|(?-u:\b)(?P<andfinal>\w+)\s+and\s+(?:final|last)\s+season(?-u:\b)|(?-u:\b)(?:seasons?|series)\s+(?P<num>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?-u:\b)|(?-u:\b)(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s+(?:and\s+\w+\s+)?(?:seasons?|series|instal?lment|outing|run)(?-u:\b)|(?-u:\b)S(?P<s>\d{1,2})(?-u:\b)|(?-u:\b)for\s+(?:a|an|its)\s+(?P<ell>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))(?-u:\b)(?:\s*[.,;]|\s+(?:time|go-?round|outing|round|run|year|installment)(?-u:\b)|$)").unwrap()
});

/// The season a decision concerns, read from the text nearest the trigger.
pub fn season_for(sent: &str, t: &Range<usize>, status: Status) -> Option<u16> {
    let mut best: Option<(usize, u16)> = None;
    for c in SEASON_NUM.captures_iter(sent) {
        let m = c.get(0).unwrap();
        // "cancelling series One Mississippi": in running text, a capitalised number
        // word that runs on into a capitalised word opens a title.
        let matched = m.as_str();
        if (matched.starts_with("series ") || matched.starts_with("season "))
            && matched.split_whitespace().nth(1).is_some_and(|w| w.starts_with(char::is_uppercase) && number_word(w).is_some())
            && sent[m.end()..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase))
        {
            continue;
        }
        // "renewed X for a third": an elliptical season after the trigger is its object.
        let dist = if c.name("ell").is_some() && m.start() >= t.end {
            0
        } else if m.start() >= t.end {
            m.start() - t.end
        } else {
            t.start.saturating_sub(m.end())
        };
        let n = if let Some(b) = c.name("beyond") {
            number_word(b.as_str()).map(|n| n + 1)
        } else if let Some(f) = c.name("fresh") {
            let first = f.as_str().eq_ignore_ascii_case("freshman");
            match (first, matches!(status, Status::Cancelled | Status::Ending)) {
                (true, true) => Some(2),
                (false, true) => Some(3),
                (true, false) => Some(2),
                (false, false) => Some(3),
            }
        } else if let Some(a) = c.name("after").or_else(|| c.name("aftern")) {
            number_word(a.as_str()).map(|n| {
                if matches!(
                    status,
                    Status::Cancelled | Status::Revived | Status::Renewed
                ) {
                    n + 1
                } else {
                    n
                }
            })
        } else if let Some(a) = c.name("andfinal") {
            number_word(a.as_str())
        } else {
            ["num", "ord", "s", "ell"]
                .iter()
                .find_map(|k| c.name(k))
                .and_then(|x| number_word(x.as_str()))
        };
        // A renewal or revival concerns a later season than the first: "will they live up
        // to series one?", "ahead of its Season 1 finale".
        let n = n.map(|n| {
            if n == 1 && matches!(status, Status::Renewed | Status::Revived) {
                2
            } else {
                n
            }
        });
        if let Some(n) = n {
            // An open question is about the season to come, the latest the sentence
            // names ("if we do get a third season, ... as long to debut as season 2").
            let better = if status == Status::Undecided {
                best.is_none_or(|(_, b)| n > b)
            } else {
                best.is_none_or(|(d, _)| dist < d)
            };
            if better {
                best = Some((dist, n));
            }
        }
    }
    // A limited series is a statement about the season that will not come: the second.
    best.map(|(_, n)| n)
        .or((status == Status::Limited).then_some(2))
}

/// What opens a list after a trigger's plural noun.
static LIST_OPENER: LazyLock<Regex> =
    // "renewed a great many of its shows, most recently Two and a Half Men".
    LazyLock::new(|| crate::rules::rx(r":|,?\s+(?:including|such\s+as|like|include|includes|most\s+recently|notably|namely)\s").unwrap());

/// A sentence opening on its trigger, maybe after "Also": "Also cancelled are ...".
static ABOUT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\s+(?:about|regarding|concerning|on\s+whether|as\s+to)\s+(?:the\s+(?:fate|future)\s+of\s+)?['‘“\x22]?[A-Z0-9]").unwrap()
});
static NOUN_RELATIVE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    // "Adding to the shows that aren't coming back are A, B and C": the auxiliary may be
    // the trigger's own.
    crate::rules::rx(r"(?i)^\s*(?:(?:adding\s+to|joining|rounding\s+out|also\s+among|among)\s+)?(?:the|one|another)\s+(?:(?:only|first|last|latest|other|lone|sole)\s+)?(?:[\w-]+\s+){0,3}?(?:shows?|series|comedy|comedies|drama|dramas|sitcoms?|newcomers?|freshmen|freshman|procedurals?|originals?)\s+(?:(?:(?:that|which)\s+)?(?:[\w&+'’]+\s+){0,2}?(?:has|have|had|was|were)(?:\s+(?:officially|also|now|just))?|(?:that|which))\s*$").unwrap()
});
static RELATIVE_COPULA: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?:\s+(?:so\s+far|yet|this\s+(?:year|season)|already|to\s+date))?\s+(?:is|was|are|were)\s+").unwrap()
});
static INVERTED_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    // "Also getting the axe after one season is X": the trigger's own verb may open it.
    crate::rules::rx(r"^[\s\-–—•*·]*(?:(?:Also|And|But|Meanwhile|Similarly|Likewise|Finally|Plus|Then)\b,?\s*)?(?:(?i:already|officially|previously|recently|so\s+far|now|definitely|also)\s+)?(?:(?i:getting|receiving|facing|given|handed|coming)\s+)?$").unwrap()
});
/// The copula of an inverted clause, a few lower-case words after the trigger: "in the
/// fall are ".
static INVERTED_COPULA: LazyLock<Regex> = LazyLock::new(|| {
    // "Also canceled by NBC, who went into house cleaning mode, were A, B and C": the
    // decider and a clause about it may come between.
    crate::rules::rx(r"^(?:\s+(?:in|this|the|for|next|fall|season|year|spring|at|on|as|well|after|one|two|its|their|first|single|just|only|a)){0,5}(?:\s+by\s+(?:the\s+)?[\w&+!]+(?:\s+[\w&+!]+)?)?(?:,\s+(?:who|which)\s+[^,.;]{1,60},)?\s+(?:are|were|is|was)\s+").unwrap()
});

static PLURAL_THEN_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    // "canceled three of its own critically well-received series, A, B and C": after a
    // count, "series" is plural too.
    crate::rules::rx(r"(?i)^\s+(?:[\w-]+\s+){0,4}?(?:dramas|comedies|shows|sitcoms|procedurals|originals|newcomers|freshmen|veterans|half-hours),\s+|^\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+handful\s+of)\s+(?:of\s+(?:its|their|the)\s+)?(?:[\w-]+\s+){0,3}?series,\s+").unwrap()
});

/// A sentence whose subject is shows, up to the trigger in its relative clause: "The
/// shows that ABC has not renewed", "Shows still awaiting word".
static SHOWS_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)^\s*(?:the\s+|other\s+)?(?:[\w-]+\s+){0,2}?(?:shows|series|dramas|comedies|sitcoms|programs|programmes|titles|originals)\s+(?:(?:that|which)\s+)?(?:[\w’'-]+\s+){0,5}?$").unwrap()
});

/// Plural nouns that announce a list of shows after a colon.
const LIST_NOUNS: &[&str] = &[
    "shows",
    "series",
    "dramas",
    "comedies",
    "sitcoms",
    "titles",
    "programs",
    "programmes",
    "originals",
    "docuseries",
    "procedurals",
    "following",
    "these",
    "them",
];

static NETWORK_RE: LazyLock<Regex> = LazyLock::new(|| {
    let mut names: Vec<&str> = NETWORKS.to_vec();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let alt: Vec<String> = names.iter().map(|n| regex::escape(n)).collect();
    crate::rules::rx(&format!(r"(?:^|[^\w])({})(?:[^\w+]|$)", alt.join("|"))).unwrap()
});

/// Canonical spelling of a network name.
pub fn canonical_network(n: &str) -> String {
    match n {
        "FOX" => "Fox",
        "CW" => "The CW",
        "WB" => "The WB",
        "Apple TV Plus" | "Apple TV" => "Apple TV+",
        "Paramount Plus" => "Paramount+",
        "Disney Plus" => "Disney+",
        "Amazon" | "Amazon Prime Video" | "Amazon Prime" => "Prime Video",
        "SyFy" => "Syfy",
        "Max" => "HBO Max",
        "BBC1" => "BBC One",
        "BBC2" => "BBC Two",
        "BBC3" => "BBC Three",
        "BBC4" => "BBC Four",
        "ITV1" => "ITV",
        other => other,
    }
    .to_string()
}

static STUDIO_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\s*(?:21(?-u:\b)|Studios?(?-u:\b)|Signature(?-u:\b)|Television\s+Studios(?-u:\b)|Entertainment(?-u:\b)|Productions?(?-u:\b)|Corp(?-u:\b))").unwrap()
});

/// Networks named in `s`, with byte spans.
pub fn networks_in(s: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(c) = NETWORK_RE.captures_at(s, at) {
        let m = c.get(1).unwrap();
        // "Max" alone is a common name; require a streaming context for it.
        let name = m.as_str();
        let ok = name != "Max"
            || s[m.end()..].starts_with("'s")
            || s[..m.start()].ends_with("on ")
            || s[..m.start()].ends_with("at ");
        // Studios named after networks ("Fox 21", "ABC Signature", "CBS Studios") are not networks.
        let studio = STUDIO_AFTER.is_match(&s[m.end()..]);
        // "the BBC-backed, Australian-set drama", "an HBO-style epic": a likeness or a
        // backer, not the show's channel.
        let compound = ["-backed", "-style", "-esque", "-like", "-sized", "-type", "-era", "-funded"]
            .iter()
            .any(|w| s[m.end()..].starts_with(w));
        let ok = ok && !studio && !compound;
        if ok {
            out.push((m.start()..m.end(), canonical_network(name)));
        }
        at = m.end();
    }
    out
}

/// The network nearest the trigger in the sentence. A network that the sentence says
/// cancelled the show ("after Fox cancelled it", "from Fox") is passed over.
pub fn network_for(sent: &str, t: &Range<usize>) -> Option<String> {
    let all = networks_in(sent);
    // "NBC has canceled it": for a cancellation, the network that cancels is its own.
    let trig = sent.get(t.clone()).unwrap_or("").to_ascii_lowercase();
    let cancelling = ["cancel", "axe", "axing", "scrap", "nix"]
        .iter()
        .any(|w| trig.contains(w));
    let kept: Vec<(Range<usize>, String)> = all
        .iter()
        .filter(|(r, _)| {
            let after: String = sent[r.end..]
                .chars()
                .take(24)
                .collect::<String>()
                .to_lowercase();
            let before: String = sent[..r.start]
                .chars()
                .rev()
                .take(8)
                .collect::<String>()
                .chars()
                .rev()
                .collect::<String>()
                .to_lowercase();
            !(!cancelling
                && (after.contains("cancel")
                    || after.contains("axed")
                    || after.contains("dropped"))
                || before.ends_with("from ")
                || before.ends_with("once-"))
        })
        .cloned()
        .collect();
    let pool = if kept.is_empty() || kept.len() == all.len() {
        all
    } else {
        kept
    };
    pool.into_iter()
        .min_by_key(|(r, _)| {
            if r.start >= t.end {
                r.start - t.end
            } else {
                t.start.saturating_sub(r.end)
            }
        })
        .map(|(_, n)| n)
}

const NAME: &str =
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.!-]*|TODAY|E! News|[Ss]he|[Hh]e|[Tt]hey)";
static SAID_BY: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    vec![
        crate::rules::rx(&format!(r"(?:according\s+to|[Pp]er|told|tells|telling|confirmed\s+to|said\s+to|interview\s+with|speaking\s+(?:to|with)|spoke\s+(?:to|with)|reported\s+by|announced\s+by|first\s+reported\s+by|revealed\s+to)\s+(?:the\s+)?{NAME}")).unwrap(),
        crate::rules::rx(&format!(r"{NAME}\s+(?:has\s+|had\s+|officially\s+|also\s+|first\s+|exclusively\s+|later\s+)?(?:reported|reports|confirmed|confirms|announced|announces|revealed|reveals|said|says|told|tells|explained|noted|added|shared|wrote|tweeted|posted|learned|broke\s+the\s+news|hinted|teased|talked|admitted)(?-u:\b)")).unwrap(),
        crate::rules::rx(&format!(r"(?-u:\b)(?:said|says|explained|added|noted)\s+{NAME}")).unwrap(),
    ]
});

const NOT_SPEAKERS: &[&str] = &[
    "The",
    "This",
    "It",
    "That",
    "There",
    "Season",
    "Netflix's",
    "In",
    "As",
    "But",
    "And",
    "So",
    "If",
];

/// Who a sentence attributes its claim to, as written ("Variety", "Cho", "she").
pub fn speaker_in(sent: &str) -> Option<String> {
    speakers_in(sent).into_iter().next()
}

static SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:said|says|told|tells|telling|according|per|interview|report|reports|reported|confirm\w*|announc\w*|reveal\w*|explain\w*|noted|added|shared|wrote|tweeted|posted|learned|broke|hint\w*|teas\w*|talked|admitted|spoke|speaking)(?-u:\b)").unwrap()
});

/// Every speaker a sentence names, strongest pattern first.
pub fn speakers_in(sent: &str) -> Vec<String> {
    let mut out = Vec::new();
    if !SPEECH.is_match(sent) {
        return out;
    }
    for re in SAID_BY.iter() {
        for c in re.captures_iter(sent) {
            let n = c.get(1).unwrap().as_str().trim();
            let first = n.split_whitespace().next().unwrap_or("");
            if NOT_SPEAKERS.contains(&first) && !is_outlet(n) {
                continue;
            }
            let n = n.trim_end_matches(['.', ',']).to_string();
            if !out.contains(&n) {
                out.push(n);
            }
        }
    }
    out
}

/// Whether a speaker is a news outlet (its claims are reports).
pub fn speaker_is_outlet(s: &str) -> bool {
    OUTLETS.contains(&s) || s.eq_ignore_ascii_case("today")
}

static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:reportedly|according\s+to|reports?|reported|sources?|insiders?|has\s+learned|rumou?red|per\s+[A-Z])(?-u:\b)").unwrap()
});

/// Whether a sentence attributes its content to a report.
pub fn is_reported(sent: &str) -> bool {
    REPORTED.is_match(sent)
}

static PREMIERE_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:premiere[sd]?|premiering|debut(?:s|ed)?|return(?:s|ing)?|arriv(?:e|es|ing)|launch(?:es|ed)?|air(?:s|ed|ing)?|expect(?:ed)?|slated|release[sd]?|coming|production|filming|filmed|shoot(?:ing)?|wrapped|streaming|born|published|novel|book|founded|since)(?-u:\b)[^.;]{0,25}$").unwrap()
});

/// The date of the event the trigger describes, from its sentence.
pub fn event_date(
    sent: &str,
    t: &Range<usize>,
    published: Option<PartialDate>,
) -> Option<(PartialDate, String)> {
    pick_event_date(
        sent,
        &dates_in(sent, published, Tense::Past),
        t,
        published,
        &[],
    )
}

/// The comma-delimited clause around a position of a sentence.
fn clause_of(sent: &str, at: usize) -> Range<usize> {
    let marks = [',', ';', '—', '(', ')'];
    let start = sent[..at].rfind(marks).map_or(0, |i| i + 1);
    let end = sent[at..].find(marks).map_or(sent.len(), |i| at + i);
    start..end
}

/// Chooses, among dates already read from a sentence, the one the trigger's event happened on.
pub fn pick_event_date(
    sent: &str,
    found: &[crate::dates::FoundDate],
    t: &Range<usize>,
    published: Option<PartialDate>,
    others: &[Range<usize>],
) -> Option<(PartialDate, String)> {
    // "which is now heading into its final season": the present, not a date before it.
    let head = &sent[floor_char(sent, t.start.saturating_sub(16))..t.start];
    if NOW_BEFORE.is_match(head) {
        return None;
    }
    let gap = |f: &crate::dates::FoundDate, t: &Range<usize>| {
        if f.start >= t.end {
            f.start - t.end
        } else {
            t.start.saturating_sub(f.end)
        }
    };
    found
        .iter()
        .cloned()
        .filter(|f| !PREMIERE_CONTEXT.is_match(&sent[..f.start.min(sent.len())]))
        .filter(|f| published.is_none_or(|p| f.date.start() <= p.end()))
        // "canceled in May by CBS, has been picked up by NBC": a date goes with the
        // trigger of its own clause, else the nearest trigger of the sentence.
        .filter(|f| {
            let clause = clause_of(sent, f.start);
            let mine = clause.contains(&t.start);
            !others.iter().any(|o| {
                o.start != t.start && {
                    let theirs = clause.contains(&o.start);
                    theirs && !mine || theirs == mine && gap(f, o) < gap(f, t)
                }
            })
        })
        .min_by_key(|f| gap(f, t))
        .map(|f| (f.date, f.text))
}

static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:said|says|told|tells|interview|reported|confirmed|announced|revealed|spoke|speaking|talked)(?-u:\b)").unwrap()
});

/// The sentences of a paragraph that attribute something ("she told Deadline ...").
fn attribution_sentences<'a>(doc: &'a Document<'_>, para: usize) -> impl Iterator<Item = &'a str> {
    doc.sentences
        .iter()
        .enumerate()
        .filter(move |(_, s)| s.para == para)
        .map(|(i, _)| doc.sentence_text(i))
        .filter(|t| ATTRIBUTION.is_match(t))
}

/// The speaker a whole paragraph's quotes hang on ("she told Deadline ...").
pub fn paragraph_speaker(doc: &Document<'_>, para: usize) -> Option<String> {
    attribution_sentences(doc, para).find_map(speaker_in)
}

/// The date a whole paragraph's quotes hang on ("in an interview published on Aug. 23").
pub fn paragraph_date(doc: &Document<'_>, para: usize) -> Option<(PartialDate, String)> {
    attribution_sentences(doc, para).find_map(|text| {
        dates_in(text, doc.published, Tense::Past)
            .into_iter()
            .find(|f| {
                !PREMIERE_CONTEXT.is_match(&text[..f.start])
                    && doc.published.is_none_or(|p| f.date.start() <= p.end())
            })
            .map(|f| (f.date, f.text))
    })
}

/// The shows a firing is about: mentions in the sentence on the rule's side, a list of
/// titles, or a title found by the capitalisation cue next to the trigger.
pub fn shows_for(
    doc: &Document<'_>,
    f: &Firing<'_>,
    mentions: &[&Mention],
    bound: Option<usize>,
    floor: Option<usize>,
) -> (Vec<String>, Option<Range<usize>>) {
    // "Fox renewed Touch and canceled Alcatraz and The Finder": a later trigger in the
    // sentence ends this one's reach forward.
    let full = doc.sentences[f.sentence].span.clone();
    // "Harbor Vane was renewed, while others were axed": a clause with a subject of its
    // own ("others", "the rest") opens just before the trigger, and the titles before it
    // are another clause's.
    let full = OTHER_SUBJECT
        .find(&doc.text[full.start..f.span.start])
        .map_or(full.clone(), |m| full.start + m.end()..full.end);
    // "Salt Road has been renewed, while the comedy Tin Crown has been cancelled": a
    // contrasting clause with a capitalised subject of its own right before the trigger
    // starts where that subject does.
    let full = CONTRAST_SUBJECT
        .captures(&doc.text[full.start..f.span.start])
        .and_then(|c| c.get(1))
        .map_or(full.clone(), |m| full.start + m.start()..full.end);
    let full = floor.filter(|&at| at > full.start && at <= f.span.start).map_or(full.clone(), |at| at..full.end);
    let sspan = full.start..bound.filter(|b| *b > f.span.end && *b < full.end).unwrap_or(full.end);
    // "Starz Cancels 'Velvet Frontier' Spinoff 'The Gilded Hand'": the parent show names
    // which spinoff; the decision is the spinoff's.
    let series: Vec<&&Mention> = mentions
        .iter()
        .filter(|m| !m.non_series && m.span.start >= sspan.start && m.span.end <= sspan.end)
        .filter(|m| {
            let tail = &doc.text[m.span.end..doc.text.ceil_char_boundary(m.span.end + 40)];
            !(SPINOFF_OF.is_match(tail)
                && mentions.iter().any(|o| o.span.start > m.span.end && o.span.start < m.span.end + 40))
        })
        .collect();
    let before: Vec<&&&Mention> = series
        .iter()
        .filter(|m| m.span.end <= f.span.start)
        .collect();
    let after: Vec<&&&Mention> = series
        .iter()
        .filter(|m| m.span.start >= f.span.end)
        .collect();
    let inside: Vec<&&&Mention> = series
        .iter()
        .filter(|m| m.span.start < f.span.end && m.span.end > f.span.start)
        .collect();
    let list_after = |start: usize| -> Vec<String> {
        // "planned for the zombie drama A, which stars ...; the fantasy B helmed by ...;
        // and C": a list set off by semicolons names one show per item, first.
        let tail = &doc.text[start..sspan.end];
        if tail.matches(';').count() >= 2 {
            let mut out: Vec<String> = Vec::new();
            let mut seg = start;
            while seg < sspan.end {
                let end = doc.text[seg..sspan.end]
                    .find(';')
                    .map_or(sspan.end, |k| seg + k);
                if let Some(m) = after.iter().find(|m| m.span.start >= seg && m.span.end <= end) {
                    out.push(m.title.clone());
                }
                seg = end + 1;
            }
            if out.len() >= 2 {
                return out;
            }
        }
        if FROM_RANGE.is_match(tail) {
            let ranged = range_titles(tail);
            if ranged.len() >= 2 {
                return ranged;
            }
        }
        // Titles after the trigger, joined by commas or "and".
        let mut out = Vec::new();
        let mut at = start;
        let mut last: Option<Range<usize>> = None;
        // "from NCIS to The Handmaid's Tale, from Grey's Anatomy to The Flash": a range
        // names its two ends.
        let mut ranged = false;
        for m in &after {
            let gap = list_gap(&doc.text[at..m.span.start]);
            let gap = gap.as_str();
            if out.is_empty() {
                ranged = gap == "from" || gap.ends_with(" from") || gap.ends_with(", from");
            }
            // "Neither A nor B will return"; a range's other end.
            if !out.is_empty()
                && (matches!(gap, "nor" | ", nor")
                    || ranged && matches!(gap, "to" | ", from" | "from" | "and from" | ", and from"))
            {
                out.push(m.title.clone());
                at = m.span.end;
                last = Some(m.span.clone());
                continue;
            }
            // "... to return for another season… and which will join Lucky 7": a new
            // relative clause has its own verb.
            // "commissioned by ITV's Head of Drama, Polly Hill": the agent, not the show.
            let gap_ok = out.is_empty()
                && gap.split_whitespace().count() <= 6
                && !gap.contains(['.', ';'])
                // "was just renewed for two more seasons, while his “The Office” offshoot":
                // a contrasting clause's title is not the object.
                && !gap.split_whitespace().any(|w| {
                    matches!(w, "by" | "which" | "who" | "whose" | "while" | "whereas" | "although" | "though" | "but" | "unlike")
                })
                    || !out.is_empty()
                        && (matches!(
                            gap,
                            "," | "and" | ", and" | "&" | "or" | ", or" | "as well as" | ", along with"
                                | "along with"
                        ) || SKIPPED_ITEM.is_match(&gap)
                            || described_item(gap));
            if !gap_ok {
                break;
            }
            // "Netflix Renews The OA and Travelers, Sense8 May Not be so Lucky": after a
            // bare comma, a title with its own verb opens a new clause.
            if gap == "," && CLAUSE_VERB_AFTER.is_match(&doc.text[m.span.end..sspan.end]) {
                break;
            }
            out.push(m.title.clone());
            at = m.span.end;
            last = Some(m.span.clone());
        }
        // Titles not yet known before the known ones: "renewals for Arrow, The Flash,
        // Jane the Virgin and Crazy Ex-Girlfriend" with only the last two known.
        if let Some(first) = after
            .first()
            .filter(|_| !out.is_empty() && !doc.sentences[f.sentence].headline)
        {
            if let Some(r) = forward_span(doc.text, start, sspan.end)
                .filter(|r| r.end <= first.span.start && doc.text[start..r.start].split_whitespace().count() <= 3)
            {
                let mut more = cue_list_after(doc.text, r, sspan.end);
                more.retain(|t| listable(t));
                if more.len() > out.len().max(2) && out.iter().all(|t| more.contains(t)) {
                    return more;
                }
            }
        }
        // One known title opening a list of ones not yet known: "including Glimmer (a
        // thriller), Penwright (a period drama) and Home Before Noon".
        // So does the last of several: "renewed comedies A, B and C (next season will be
        // its last) and dramas D, E and F" with only A to C known.
        if let Some(span) = last {
            let mut more = cue_list_after(doc.text, span.clone(), sspan.end);
            more.retain(|t| listable(t));
            // "Check It Out" known, "Check It Out! with Dr. Steve Brule" its whole title.
            if more.len() > 1
                && out.last().is_some_and(|l| more[0] != *l && more[0].starts_with(l.as_str()))
            {
                if let Some(l) = out.last_mut() {
                    l.clone_from(&more[0]);
                }
            }
            if more.len() > 1 && out.last() == Some(&more[0]) {
                let mut from = span.end;
                for t in more.into_iter().skip(1) {
                    // "Netflix Renews The OA and Travelers, Sense8 May Not be so Lucky":
                    // a title with its own verb opens a new clause.
                    let Some(k) = doc.text[from..sspan.end].find(t.as_str()) else {
                        break;
                    };
                    from += k + t.len();
                    if CLAUSE_VERB_AFTER.is_match(&doc.text[from..sspan.end]) {
                        break;
                    }
                    if !out.contains(&t) {
                        out.push(t);
                    }
                }
            }
        }
        out
    };
    let dash_aside = DASH_ASIDE_TAIL
        .find(&doc.text[sspan.start..f.span.start])
        .map(|m| sspan.start + m.start())
        .filter(|&at| backward_span(doc.text, sspan.start, at).is_some_and(|r| r.end == at));
    // "Succession, the Emmy Award-winning HBO series, will be coming to an end": the title
    // sits before an appositive.
    let stars_clause = STARS_CLAUSE
        .find(&doc.text[sspan.start..f.span.start])
        .map(|m| sspan.start + m.start())
        // "Squid Game—Netflix's most popular series, ahead of Stranger Things—will be
        // returning": the subject stands before an aside set off by dashes or brackets.
        .or(dash_aside)
        // "The Mike Schur comedy starring Kristen Bell, Ted Danson and Manny Jacinto will
        // conclude": a subject that refers back, then its cast; no title stands before.
        .or_else(|| REFERRING_STARS.is_match(&doc.text[sspan.start..f.span.start]).then_some(sspan.start));
    let list_before = || -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        // "The Morning Show, which stars A, B, and C, had been renewed": the cast listed
        // in a relative clause is not the subject. Nor in an appositive: "Almost Family,
        // the drama starring A, B and C, will not be returning".
        // "Salt Road, one of the fall's newcomers, has been renewed": a title right before
        // an appositive is the subject, not a title named after it.
        let appositive = || {
            let m = APPOSITIVE_TAIL.find(&doc.text[sspan.start..f.span.start])?;
            // "A, B and C, among many others, have been": the list's own tail.
            let lead = m.as_str()[1..].trim_start().to_ascii_lowercase();
            if ["among", "along", "plus", "and "].iter().any(|p| lead.starts_with(p)) {
                return None;
            }
            let at = sspan.start + m.start();
            // "The show, which is hosted by Nick Lachey and Vanessa Lachey, has been
            // renewed": a subject that refers back stands before the clause, too.
            (before
                .iter()
                .any(|b| {
                    // "“Hatufim” (aka “Prisoners of War”), the Israeli show on which
                    // “Homeland” is based, only lasted": a bracketed alias may sit between.
                    b.span.end <= at && {
                        let gap = doc.text[b.span.end..at].trim_matches(['"', '”', '’', '\'']).trim();
                        gap.is_empty() || gap.starts_with('(') && gap.ends_with(')') && gap.len() < 60 && gap.matches('(').count() == 1
                    }
                })
                || REFERRING_SUBJECT.is_match(doc.text[sspan.start..at].trim()))
                .then_some(at)
        };
        let mut at = stars_clause
            .or_else(appositive)
            .unwrap_or(f.span.start);
        let floor_at = at;
        for m in before.iter().rev().filter(|m| m.span.end <= floor_at) {
            let gap = list_gap(&doc.text[m.span.end..at]);
            let gap = gap.as_str();
            // "Brooklyn Nine-Nine, like AP Bio, was canceled": the comparison set off by
            // commas is an aside; the subject stands before it.
            if out.is_empty() && ASIDE_CLOSE.is_match(&doc.text[m.span.end..at]) {
                let pre = doc.text[sspan.start..m.span.start].trim_end_matches(['"', '“', '‘', '\'']);
                if let Some(k) = [", like ", ", unlike ", ", just like ", ", much like "]
                    .iter()
                    .find_map(|p| pre.strip_suffix(p).map(str::len))
                {
                    at = sspan.start + k;
                    continue;
                }
            }
            // "from “A” to “B” and “C” airing their final episodes": a range's first end.
            if !out.is_empty()
                && gap == "to"
                && doc.text[sspan.start..m.span.start]
                    .trim_end_matches(['"', '“', '‘', '\''])
                    .trim_end()
                    .to_ascii_lowercase()
                    .ends_with(" from")
            {
                out.push(m.title.clone());
                break;
            }
            // "from “A” to “B” to “C,” are endangered": a range's middle, when a "from"
            // opens the chain of "to"s before it.
            if !out.is_empty() && matches!(gap, "to" | ". to") && range_chain(doc.text, sspan.start, &before, m) {
                out.push(m.title.clone());
                at = m.span.start;
                continue;
            }
            // "A, B and C are just a few of the series that got a fourth and final
            // season": the titles are the relative clause's antecedents.
            let gap_ok = out.is_empty()
                && (gap.split_whitespace().count() <= 5 || MEMBERSHIP_GAP.is_match(gap))
                && !gap.contains([';'])
                || !out.is_empty()
                    && (matches!(gap, "," | "and" | ", and" | "&" | "or" | ", or")
                        || described_item(gap));
            if !gap_ok {
                break;
            }
            out.push(m.title.clone());
            at = m.span.start;
        }
        out.reverse();
        out
    };
    // "Season 10 Will Be Its Last": a verb's own word, known as a title elsewhere ("Be
    // Sure To Check out ..."), is the trigger's, not a show inside it.
    let inside: Vec<&&&Mention> = inside
        .into_iter()
        .filter(|m| {
            m.title.contains(' ')
                || !crate::lexicon::TITLE_STOPS.contains(&m.title.as_str())
                    && !crate::lexicon::TRIGGER_WORDS.contains(&m.title.as_str())
        })
        .collect();
    if !inside.is_empty() {
        return (inside.iter().map(|m| m.title.clone()).collect(), None);
    }
    // "cut Harbor Lights loose", "bringing Harbor Lights to a close": a rule whose match
    // spans its object names a title not yet known inside it.
    let trig = &doc.text[f.span.clone()];
    // A capitalised trigger ("Not Moving Forward at") is a headline's words, not a gap.
    // "bring back Harbor Lights for a second season": the object may follow a
    // two-word verb.
    let opening_words = trig
        .match_indices(' ')
        .take(2)
        .map(|(k, _)| k)
        .filter(|k| {
            trig[..*k].chars().all(|c| c.is_lowercase() || c == ' ' || c == '-')
                && trig[..*k].split(' ').nth(1).is_none_or(|p| matches!(p, "back" | "up" | "out" | "off" | "down"))
        });
    for k in opening_words.filter(|_| !doc.sentences[f.sentence].headline && trig.starts_with(char::is_lowercase)) {
        let from = f.span.start + k;
        if let Some(r) = forward_span(doc.text, from, f.span.end) {
            let t = &doc.text[r.clone()];
            if r.end < f.span.end
                && plausible_title(t)
                && !is_network(t)
                && !is_outlet(t)
                && !looks_like_named_person(t)
            {
                return (vec![t.to_string()], Some(r));
            }
        }
    }
    // "renewed four series that were question marks going into yesterday, A, B, C, and
    // D": a counted object, then a comma list of exactly that many titles.
    if let Some(n) = COUNTED_OBJECT
        .captures(&doc.text[f.span.end..sspan.end])
        .and_then(|c| crate::lexicon::number_word(c.name("n")?.as_str()))
        .filter(|n| *n >= 2)
    {
        // The list closes the sentence ("..., their two new series, A and No B, C, which
        // ..." names no two).
        let rest = doc.text[f.span.end..sspan.end]
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?' | '"' | '”' | '\'' | '’'));
        if let Some(list) = caps_list_of(doc.text, f.span.end..sspan.end, usize::from(n))
            .filter(|l| l.last().is_some_and(|t| rest.ends_with(t.as_str())))
        {
            return (list, None);
        }
    }
    // "The show’s axe comes as its star waves goodbye to hit comedy Brassic": the
    // decision is the possessive's show, not a title after it.
    // "The cancellation, however, offers good news for Riverdale": a definite decision
    // noun opening the sentence is one already told, not the title after it.
    let definite_noun = DEFINITE_OPENING.is_match(&doc.text[sspan.start..f.span.start])
        && DECISION_NOUN.is_match(&doc.text[f.span.clone()])
        && !doc.text[f.span.end..].starts_with(" of ");
    if OWNED_TRIGGER.is_match(&doc.text[sspan.start..f.span.start]) || definite_noun {
        return (Vec::new(), None);
    }
    // "CBS Renews Tin Lantern, Cancels Harbor Lights": an active verb's show is its object.
    let trig = &doc.text[f.span.clone()];
    let head = doc.text[sspan.start..f.span.start].trim_end();
    // "Fox renewed Touch and canceled Alcatraz": the network's second verb.
    // "Fox has canceled Alcatraz (and renewed Touch)": the second verb in brackets.
    let compound = [" and", " but", " then", " and also", " but also", " while also", "(and", "(but", "(and also"]
        .iter()
        .any(|c| head.ends_with(c))
        && (crate::claims::networks_in(head)
            .first()
            .is_some_and(|(r, _)| head[..r.start].split_whitespace().count() <= 1)
            // "Dawn Ostroff dredged up an 11th season of 7th Heaven and renewed the teen
            // soap One Tree Hill": a second past-tense verb shares the first one's subject,
            // and its show is its object.
            || head.ends_with(" and")
                && trig.ends_with("ed")
                && PAST_VERB_BEFORE.is_match(head));
    let active = ACTIVE_TRIGGER.is_match(trig)
        || compound
        || head.ends_with(',')
        || crate::claims::networks_in(head)
            .last()
            .is_some_and(|(r, _)| head[r.end..].split_whitespace().count() <= 2);
    // "Fox renewed Touch and canceled Alcatraz": a title right after an active verb (a
    // word at most between them) is its object.
    let object_at = |r: &Range<usize>| {
        active
            && !doc.sentences[f.sentence].headline
            && r.start >= f.span.end
            && doc.text[f.span.end..r.start].split_whitespace().count() <= 1
    };
    // Something object-shaped after the verb: a few lower-case words, then a capital.
    let object_like = OBJECT_AFTER.is_match(&doc.text[f.span.end..sspan.end]);
    // "the fifth and final season of 'Lower Decks'": a trigger noun's "of" names its show.
    let of_after = doc.text[f.span.end..sspan.end]
        .trim_start()
        .starts_with("of ")
        && !ACTIVE_TRIGGER.is_match(trig);
    // "The shows getting the ax: A (a drama), B and C": a colon opens the trigger's list.
    // So does one after a plural noun ("renewed all of its existing shows: A, B and C"),
    // and "including" or "such as" after one ("cancelled shows including A, B and C").
    // A rule whose match ends on the list's own verb ("Other originals cancelled this
    // year include ") has its list right after it; a colon further on is a title's
    // ("Star Trek: Prodigy").
    let ends_on_list_verb = doc.text[f.span.clone()]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| matches!(w, "include" | "includes" | "included" | "are" | "were"));
    let list_opener: Option<usize> = if ends_on_list_verb {
        None
    } else {
        let after = &doc.text[f.span.end..sspan.end];
        // "will be back, along with freshmen series including A and B": the opener is
        // the added titles', not the trigger's object.
        let opener = LIST_OPENER.find(after).filter(|m| !ALONG_WITH_LATE.is_match(&after[..m.start()]));
        opener.and_then(|m| {
            let words: Vec<&str> = after[..m.start()].split_whitespace().collect();
            let lower_or_date = |w: &&str| {
                w.chars()
                    .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-' || c == ',')
                    || crate::mentions::MONTHS.contains(&w.trim_end_matches(','))
                    // "renewed CBC shows include A, B and C".
                    || crate::mentions::is_network(w)
            };
            // "cancelled on Friday: A, B and C", "renewed this week: ...".
            let when = words
                .first()
                .is_some_and(|w| matches!(*w, "on" | "in" | "this" | "last" | "earlier" | "today"));
            let colon = m.as_str().trim() == ":";
            let plain = words.len() <= 7
                && words.iter().all(lower_or_date)
                && (colon && when || words.last().is_some_and(|w| LIST_NOUNS.contains(w)));
            let bare_colon = words.is_empty() && colon;
            // "as well as miniseries like Pistol and Pam & Tommy": the trigger is the
            // plural noun itself.
            let noun_trigger = words.is_empty()
                && !colon
                && doc.text[f.span.clone()]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| LIST_NOUNS.contains(&w.to_lowercase().as_str()) || w.eq_ignore_ascii_case("miniseries"));
            // "The shows that ABC has not renewed or canceled yet include A, B and C":
            // the sentence's subject is the shows, and "include" lists them.
            let subject_list = matches!(m.as_str().trim(), "include" | "includes")
                && words.len() <= 7
                && words.iter().all(lower_or_date)
                && SHOWS_SUBJECT.is_match(&doc.text[sspan.start..f.span.start]);
            (plain || bare_colon || subject_list || noun_trigger).then_some(f.span.end + m.end())
        })
        .or_else(|| {
            // "some that are entering their final seasons (Riverdale, New Amsterdam,
            // Stranger Things, to name a few)": a plural subject's titles in brackets
            // right after the trigger.
            // "final seasons for numerous shows (Dexter, Breaking Bad, ...)": a plural noun
            // of shows may stand between.
            let after = PLURAL_SHOWS_LEAD.find(after).map_or(after, |m| &after[m.end()..]);
            let inner = after.strip_prefix(" (")?;
            let close = inner.find(')')?;
            let list = &inner[..close];
            (list.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && list.matches(", ").count() + list.matches(" and ").count() >= 1
                && !list.contains(['(', ':']))
                .then_some(sspan.end - inner.len())
        })
        .or_else(|| {
            // "the shows that could be entering their final seasons, from A to B, from C
            // to D": a plural subject's range of titles.
            FROM_RANGE.find(after).map(|m| f.span.end + m.start())
        })
        .or_else(|| {
            // "Also not coming back in the fall are A and B", "Also cancelled are A and B":
            // a trigger opening an inverted clause has its subject after the copula.
            let head = &doc.text[sspan.start..f.span.start];
            let m = INVERTED_COPULA.find(after).filter(|_| INVERTED_HEAD.is_match(head))?;
            Some(f.span.end + m.end())
        })
        .or_else(|| {
            // "The only freshman comedy ABC has renewed so far is The Goldbergs": the
            // shows named after the copula are the relative clause's.
            let head = &doc.text[sspan.start..f.span.start];
            let m = RELATIVE_COPULA.find(after).filter(|_| NOUN_RELATIVE_HEAD.is_match(head))?;
            Some(f.span.end + m.end())
        })
        .or_else(|| {
            // "pulled the plug on low-rated Sunday night dramas, Believe and Crisis": an
            // object's plural noun, then its list after a comma.
            let m = PLURAL_THEN_COMMA.find(after)?;
            let words: Vec<&str> = after[..m.end()].split_whitespace().collect();
            // "The decision to axe these shows, The Mail reports": a demonstrative
            // refers back; "series" may be one show ("cancel the series, starring ...").
            let refers = words
                .first()
                .is_some_and(|w| matches!(w.to_lowercase().as_str(), "these" | "those" | "the" | "this" | "that"));
            let described = !refers && words[..words.len() - 1].iter().all(|w| {
                w.chars().all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-')
                    || crate::lexicon::WEEKDAYS.contains(w)
                    || crate::mentions::is_network(w)
            });
            described.then_some(f.span.end + m.end())
        })
    };
    let colon_after = list_opener.is_some();
    // "while no decision has been made about Super Fun Night": a preposition names the
    // show after the trigger.
    let about_after = ABOUT_AFTER.is_match(&doc.text[f.span.end..sspan.end]);
    // "last month’s renewal of freshman series Chrisley Knows Best": a decision noun's
    // "of" names its show.
    // A revival "of" a show is as often a story's plot ("pitches the revival of her
    // favorite sitcom").
    let decision_word = |w: &str| DECISION_NOUN.is_match(w) && !w.starts_with("reviv");
    let noun_of = of_after && doc.text[f.span.clone()].split_whitespace().next_back().is_some_and(decision_word);
    // "following the cancellation of its sister show": the decision's own object is
    // no title, and the title elsewhere in the sentence is not its show.
    let trig_text = &doc.text[f.span.clone()];
    let of_decision = noun_of
        || trig_text.ends_with(" of")
            && trig_text
                .split_whitespace()
                .rev()
                .nth(1)
                .is_some_and(decision_word);
    if of_decision && OF_UNNAMED.is_match(&doc.text[f.span.end..sspan.end]) {
        return (Vec::new(), None);
    }
    // "Hulu Jumps On The Streaming Cancellation Train": a capitalised word right after a
    // decision noun is the head of a compound, not the decision's show.
    let compound_head = !noun_of
        && trig_text.split_whitespace().next_back().is_some_and(decision_word)
        && doc.text[f.span.end..sspan.end]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
    let side = if colon_after || about_after && f.rule.show == Side::Either || noun_of {
        Side::After
    } else {
        f.rule.show
    };
    // "decided not to move forward on additional seasons of legal drama Partner Track":
    // the seasons' "of" names the show.
    // "series are abruptly canceled, as was the case with NCIS: New Orleans": the case
    // named after the trigger.
    let object_lead = SEASONS_OF
        .find(&doc.text[f.span.end..sspan.end])
        .or_else(|| CASE_WITH.find(&doc.text[f.span.end..sspan.end]))
        // "greenlit another drama, The Morning Desk, for two seasons": a new show's
        // genre, then its title set off by commas.
        .or_else(|| NEW_SHOW_APPOSITIVE.find(&doc.text[f.span.end..sspan.end]))
        .map(|m| f.span.end + m.end());
    let obj_start = object_lead.unwrap_or(f.span.end);
    let (first, second): (Vec<String>, Vec<String>) = match side {
        Side::Before => (list_before(), list_after(obj_start)),
        Side::After => (list_after(obj_start), list_before()),
        Side::Either if active || of_after => {
            let a = list_after(obj_start);
            // A title not yet known as the object goes before any known title in front.
            // "while pulling the plug on veteran CSI: Miami": one describing word may
            // stand before the object.
            let object_next = forward_span(doc.text, f.span.end, sspan.end)
                .or_else(|| crate::mentions::forward_span_np(doc.text, f.span.end, sspan.end))
                .is_some_and(|r| {
                object_at(&r)
                    && !is_network(&doc.text[r.clone()])
                    && !is_outlet(&doc.text[r.clone()])
            });
            if a.is_empty() && (object_next || active && object_like) {
                (a, Vec::new())
            } else if a.is_empty() {
                (list_before(), a)
            } else {
                (a, list_before())
            }
        }
        Side::Either => {
            let b = list_before();
            // "Night Desk is likely to be cancelled, along with fellow freshman Blue
            // Water": the added title is not the subject; the one before it may be.
            if b.is_empty() && ALONG_WITH_TAIL.is_match(&doc.text[f.span.end..sspan.end]) {
                (b, list_after(obj_start))
            } else if b.is_empty() && !compound_head {
                (list_after(obj_start), b)
            } else {
                (b, list_after(obj_start))
            }
        }
    };
    // "Fernwood is definitely on the bubble, along with A, B and C": a subject before
    // the trigger shares its status with the titles added after it.
    // (After the trigger, only the comparative: "The future of X is unclear, as is
    // that of Y".)
    let along_with = |mut subjects: Vec<String>| -> Vec<String> {
        let tail = &doc.text[f.span.end..sspan.end];
        // The titles an "along with" further on adds, each maybe described.
        let add_described = |subjects: &mut Vec<String>| {
            if let Some(m) = ALONG_WITH_LATE.find(tail) {
                subjects.extend(
                    described_titles(doc.text, &after, f.span.end + m.end(), sspan.end)
                        .into_iter()
                        .filter(|t| listable(t) && !looks_like_named_person(t)),
                );
                subjects.dedup();
            }
        };
        // "X is set to end after its fourth season, as is Y": a comparative ellipsis
        // gives Y the same fate.
        let m = if matches!(side, Side::After) {
            AS_IS_TAIL.find(tail)
        } else {
            ALONG_WITH_TAIL.find(tail).or_else(|| AS_IS_TAIL.find(tail))
        };
        let Some(m) = m else {
            // "A and B will be back for new seasons, along with freshmen series including
            // remakes of C and D": an "along with" further on in the clause adds the
            // titles named after it, each maybe described.
            if !matches!(side, Side::After) {
                add_described(&mut subjects);
            }
            return subjects;
        };
        let at = f.span.end + m.end();
        // "as has DeAndre Whitfield Jr. as Coach Barnes": an actor in a role.
        // "along with the Emmy winner": a capital that modifies a noun names no show.
        let modifier = |r: &Range<usize>| {
            doc.text[r.end..]
                .strip_prefix(' ')
                .and_then(|x| x.split(|c: char| !c.is_alphanumeric()).next())
                .is_some_and(|w| {
                    let single = !doc.text[r.clone()].contains(' ');
                    w.starts_with(char::is_lowercase)
                        && (single
                            || matches!(
                                w,
                                "winner" | "winners" | "nominee" | "nominees" | "award" | "darling" | "star"
                                    | "stars" | "alum" | "favorite" | "favourite" | "veteran" | "hit" | "hits"
                            ))
                        && !matches!(
                            w,
                            "is" | "are" | "was" | "were" | "have" | "has" | "had" | "and" | "or" | "as"
                                | "which" | "who" | "that" | "in" | "on" | "for" | "to" | "at" | "after"
                                | "before" | "both" | "all" | "each" | "will" | "would" | "from" | "with"
                                | "by" | "this" | "next" | "last" | "also"
                        )
                })
        };
        if let Some(r) = crate::mentions::forward_span_list(doc.text, at, sspan.end).filter(|r| {
            r.start == at && !doc.text[r.end..].trim_start_matches('.').starts_with(" as ") && !modifier(r)
        }) {
            let mut list = cue_list_after(doc.text, r, sspan.end);
            // "..., as has DeAndre Whitfield Jr. as Coach Barnes": a person shares no fate.
            list.retain(|t| listable(t) && !subjects.contains(t) && !looks_like_named_person(t));
            subjects.extend(list);
        } else {
            add_described(&mut subjects);
        }
        subjects
    };
    if !first.is_empty() {
        let first = along_with(first);
        return (first, None);
    }
    let mut named: Vec<&str> = series.iter().map(|m| m.title.as_str()).collect();
    named.dedup();
    // The capitalisation cue, on the rule's side.
    // "Harbor Lights ran for three seasons before being cancelled": a non-finite clause's
    // subject is the sentence's, its opening title.
    let sentence_subject = || {
        if !NONFINITE_TAIL.is_match(&doc.text[sspan.start..f.span.start]) {
            return None;
        }
        // "Finally, Grimm is ..., getting renewed": past a sentence adverb.
        let from = LEAD_ADVERB
            .find(&doc.text[sspan.start..f.span.start])
            .map_or(sspan.start, |m| sspan.start + m.end());
        let r = forward_span(doc.text, from, f.span.start)?;
        // "Teenage Bounty Hunters\nThis teen comedy ..., but was cancelled": a heading
        // line's title ends at its line.
        let r = match doc.text[r.clone()].find('\n') {
            Some(k) => r.start..r.start + doc.text[r.start..r.start + k].trim_end().len(),
            None => r,
        };
        // "Teenage Bounty Hunters This teen comedy ...": a heading run into its paragraph
        // ends before the determiner that opens the sentence.
        let r = match doc.text[r.clone()].rsplit_once(' ') {
            Some((head, "This" | "These" | "The" | "That" | "Its"))
                if doc.text[r.end..].starts_with(' ')
                    && doc.text[r.end + 1..].starts_with(char::is_lowercase) =>
            {
                r.start..r.start + head.len()
            }
            _ => r,
        };
        (doc.text[from..r.start].split_whitespace().count() <= 1
            && plausible_title(&doc.text[r.clone()])
            && !looks_like_named_person(&doc.text[r.clone()]))
        .then_some(r)
    };
    // "Harbor Lights was always intended as a limited series": the sentence's
    // subject, a title of two or more words opening it before its verb, with no
    // other capitalised run before the trigger.
    let opening_subject = || {
        // "BBC detective drama, Annika, ...": the title follows its describing words.
        let from = GENRE_OPENING
            .find(&doc.text[sspan.start..f.span.start])
            .map_or(sspan.start, |m| sspan.start + m.end());
        let r = forward_span(doc.text, from, f.span.start).filter(|r| from == sspan.start || r.start == from)?;
        let t = &doc.text[r.clone()];
        let first = t.split_whitespace().next().unwrap_or("");
        let between = &doc.text[r.end..f.span.start];
        ((matches!(f.rule.status, Status::Limited | Status::Ending) && SUBJECT_VERB.is_match(between)
            // "Harbor Lane aired its series finale": the possessive after the
            // subject's own verb is the subject's.
            || SUBJECT_ITS.is_match(between)
            // "Red Meadow struggled in the ratings and was cancelled": the
            // second of two predicates shares the first one's subject.
            || COORDINATED_PREDICATE.is_match(between))
            && SUBJECT_PREFACE.is_match(&doc.text[sspan.start..r.start])
            // "BBC detective drama, Annika, ran ...": after its genre noun a
            // one-word title is the subject too.
            && (t.contains(' ') || GENRE_PREFACE.is_match(&doc.text[sspan.start..r.start]))
            && !crate::lexicon::SENTENCE_OPENERS.contains(&first)
            && !t.split_whitespace().any(is_network)
            && !looks_like_named_person(t)
            && forward_span(doc.text, r.end, f.span.start).is_none())
        .then_some(r)
    };
    let cue_before = || {
        // "The show, which is hosted by A and B, has been renewed": the subject refers
        // back, and the names in its clause are not it.
        let head = &doc.text[sspan.start..f.span.start];
        if APPOSITIVE_TAIL
            .find(head)
            .is_some_and(|m| REFERRING_SUBJECT.is_match(head[..m.start()].trim()))
        {
            return None;
        }
        stars_clause
            .map_or_else(|| backward_span(doc.text, sspan.start, f.span.start), |at| backward_span(doc.text, sspan.start, at))
            .or_else(sentence_subject)
            // "Year of the Rabbit starring Matt Berry won't be returning": the run before
            // the verb is the star; the title stands before "starring".
            .or_else(|| {
                let head = &doc.text[sspan.start..f.span.start];
                let m = CREDIT_TAIL.find_iter(head).last()?;
                let star = head[m.end()..].trim_end();
                // The star's capitalised words, before "has also been".
                let star = star
                    .split_whitespace()
                    .take(3)
                    .take_while(|w| w.starts_with(char::is_uppercase))
                    .collect::<Vec<_>>()
                    .join(" ");
                (looks_like_named_person(&star) && head[m.end()..].split_whitespace().count() <= 5)
                    .then(|| backward_span(doc.text, sspan.start, sspan.start + m.start()))
                    .flatten()
            })
            // "The Wilds, Outer Range, and other titles are awaiting judgment": a list
            // closed by a class of others.
            .or_else(|| {
                let head = &doc.text[sspan.start..f.span.start];
                let m = OTHERS_TAIL.find(head)?;
                backward_span(doc.text, sspan.start, sspan.start + m.start())
            })
            .or_else(|| {
                let head = &doc.text[sspan.start..f.span.start];
                let c = APPOSITIVE_TAIL.captures(head).or_else(|| MEMBERSHIP_TAIL.captures(head))?;
                let at = sspan.start + c.get(0)?.start();
                backward_span(doc.text, sspan.start, at)
            })
            .or_else(opening_subject)
    };
    // A rule that ends on its list's opener ("cancelled four shows: ") may have a few
    // words describing the first item ("midseason sitcom Broke").
    let opens_list = {
        let t = doc.text[f.span.clone()].trim_end();
        t.ends_with([':', '—', '–'])
            || t.ends_with("including")
            // "Not returning are A or B": an inverted clause opens its list too.
            || [" are", " include", " includes", " will be"].iter().any(|w| t.ends_with(w))
    };
    // "the second series of BBC1's period drama Poldark": after "of", adjectives and a
    // network may stand before the title.
    let of_np = doc.text[f.span.clone()].trim_end().ends_with(" of");
    // "renewed the survival thriller series Yellowstone Pass": a determiner and a few
    // words describing the show end on its genre noun. "a reboot of reality TV show X":
    // a remake's "of" is part of the description; any other small word ends it.
    let genre = GENRE_OBJECT.find(&doc.text[f.span.end..sspan.end]).filter(|m| {
        let desc = m.as_str().trim_start();
        let desc = REMAKE_OF.find(desc).map_or(desc, |r| &desc[r.end()..]);
        !desc.split_whitespace().any(|w| {
            matches!(w, "for" | "to" | "of" | "in" | "on" | "as" | "by" | "with" | "after" | "from" | "and" | "or")
        })
    });
    let cue_after = || {
        let r = if of_np {
            crate::mentions::forward_span_np(doc.text, f.span.end, sspan.end)
        } else if let Some(at) = object_lead {
            crate::mentions::forward_span_np(doc.text, at, sspan.end)
        } else if doc.text[f.span.end..sspan.end].starts_with(" of ") {
            // "commissioned a second series of the hit thriller After the Flood".
            crate::mentions::forward_span_np(doc.text, f.span.end + 4, sspan.end)
        } else if opens_list {
            crate::mentions::forward_span_list_np(doc.text, genre.as_ref().map_or(f.span.end, |m| f.span.end + m.end()), sspan.end)
        } else {
            // "decisions on its originals Lantern Row, ...": the owner's class of shows
            // stands before the titles.
            // The title must follow the genre noun at once ("axing best show on British
            // Radio" names none).
            match OWNED_CLASS.find(&doc.text[f.span.end..sspan.end]) {
                Some(m) => forward_span(doc.text, f.span.end + m.end(), sspan.end),
                None => match genre {
                    Some(m) => {
                        let from = f.span.end + m.end();
                        forward_span(doc.text, from, sspan.end).filter(|r| r.start == from)
                    }
                    None => forward_span(doc.text, f.span.end, sspan.end),
                },
            }
        };
        // "has canceled Renaissance Faire drama series American Princess": a capitalised
        // setting before a genre noun describes the title that follows the noun.
        r.map(|r| {
            crate::mentions::GENRE_TAIL
                .find(&doc.text[r.end..sspan.end])
                .and_then(|m| {
                    let at = r.end + m.end();
                    forward_span(doc.text, at, sspan.end).filter(|t| t.start <= at + 3)
                })
                .unwrap_or(r)
        })
    };
    // "We saw A on Netflix and B on ABC cancelled": titles each followed by "on NETWORK".
    let on_networks_before = || -> Vec<String> {
        let mut out = Vec::new();
        let mut end = f.span.start;
        loop {
            let head = doc.text[sspan.start..end].trim_end();
            let Some(net) = longest_network(|n| head.ends_with(n)) else {
                break;
            };
            let Some(on) = head[..head.len() - net.len()].strip_suffix(" on ") else {
                break;
            };
            let on_at = sspan.start + on.len();
            let Some(r) = backward_span(doc.text, sspan.start, on_at) else {
                break;
            };
            // The run may have swallowed earlier items: "A on Netflix and B".
            let parts: Vec<String> = split_at_networks(&doc.text[r.clone()]);
            if parts.iter().any(|t| !plausible_title(t) || is_network(t)) {
                break;
            }
            out.extend(parts.into_iter().rev());
            let before = doc.text[sspan.start..r.start].trim_end();
            let Some(b) = before
                .strip_suffix(", and")
                .or_else(|| before.strip_suffix(" and"))
                .or_else(|| before.strip_suffix(','))
            else {
                break;
            };
            end = sspan.start + b.len();
        }
        out.reverse();
        out
    };
    let cue_colon = || {
        let at = list_opener?;
        crate::mentions::forward_span_list_np(doc.text, at, sspan.end).filter(|r| {
            // "TV shows canceled in 2019: Sad goodbyes, and good riddance": one capitalised
            // word running on into lower-case words opens a phrase, not a list.
            let phrase = !doc.text[r.clone()].contains(' ')
                && doc.text[r.end..sspan.end]
                    .strip_prefix(' ')
                    .and_then(|t| t.split_whitespace().next())
                    .is_some_and(|w| {
                        w.starts_with(|c: char| c.is_lowercase())
                            && !matches!(w, "and" | "or" | "&")
                    });
            doc.text[at..r.start].split_whitespace().count() <= 3 && !phrase
        })
    };
    if matches!(side, Side::Before | Side::Either) {
        let listed = on_networks_before();
        if !listed.is_empty() && (listed.len() > 1 || cue_before().is_none()) {
            return (listed, None);
        }
    }
    // "its two new dramas, Winners & Losers and Wild Boys, Seven has given the green
    // light to second seasons for both": "both" is the pair the plural noun named.
    if BOTH_AFTER.is_match(&doc.text[f.span.end..sspan.end]) {
        let head = &doc.text[sspan.start..f.span.start];
        if let Some(m) = PLURAL_NOUN_COMMA.find_iter(head).last() {
            let at = sspan.start + m.end();
            if let Some(r) = crate::mentions::forward_span_list(doc.text, at, f.span.start).filter(|r| r.start == at) {
                let mut list = cue_list_after(doc.text, r, f.span.start);
                list.retain(|t| listable(t) && !is_network(t));
                if list.len() >= 2 {
                    return (list, None);
                }
            }
        }
    }
    let cue = match side {
        Side::Before => cue_before(),
        Side::After if colon_after => cue_colon().or_else(cue_after),
        // "BBC detective drama, Annika, ran for two series but there are no plans for a
        // third": a rule read forward may have its show as the sentence's opening subject.
        Side::After => cue_after().or_else(opening_subject),
        Side::Either if active => cue_after()
            // "CBS renewed CSI: NY while pulling the plug on veteran CSI: Miami": an active
            // verb with an object of its own is not about the title before it.
            .or_else(|| if object_like { None } else { cue_before() }),
        Side::Either if compound_head => cue_before(),
        Side::Either => cue_before().or_else(cue_after),
    };

    // "The network's freshman dramas - including Skyline, Night Ward and Boundless - are
    // still awaiting their fates": shows enumerated after "including" in the subject.
    if cue.is_none() && named.is_empty() {
        let sent = &doc.text[sspan.clone()];
        if let Some(m) = INCLUDING.find(sent) {
            let at = sspan.start + m.end();
            if let Some(r) = crate::mentions::forward_span_list(doc.text, at, sspan.end) {
                if r.start == at {
                    let mut list = cue_list_after(doc.text, r, sspan.end);
                    list.retain(|t| listable(t));
                    if list.len() >= 2 {
                        return (along_with(list), None);
                    }
                }
            }
        }
    }
    // A single headline-case word ("Originally Supposed to Be ...") is a title only when
    // the body names it too.
    let cue = cue.filter(|r| {
        let t = &doc.text[r.clone()];
        t.contains(' ')
            || r.start >= f.span.end && active
            || !crate::mentions::is_headline_case(&doc.text[sspan.clone()])
            || doc.text[full.end..].contains(t)
            // "The renewed dramas are Elementary, The Good Wife and Blue Bloods": a list's
            // first item, when the list runs on.
            || r.start >= f.span.end && cue_list_after(doc.text, r.clone(), sspan.end).len() >= 3
    });
    if let Some(r) = cue {
        let t = doc.text[r.clone()].to_string();
        // "the last for Claire Danes' crying face": a person's possessive before a noun.
        let persons_possessive = looks_like_named_person(&t)
            && doc.text[r.end..]
                .strip_prefix(['\'', '’'])
                .map(|x| x.strip_prefix('s').unwrap_or(x))
                .is_some_and(|x| x.starts_with(' ') && x[1..].starts_with(char::is_lowercase));
        if (plausible_title(&t) || crate::mentions::genre_named_adverb(doc.text, sspan.start, &r))
            && !is_network(&t)
            && !is_outlet(&t)
            && !persons_possessive
            && !crate::mentions::non_series_context(doc.text, &r)
        {
            // "renewed Outlander, Blindspotting and Step Up" / "Arrow and Supernatural are
            // also scheduled to end": the capitalised titles listed with it.
            let mut list = if r.start >= f.span.end {
                along_with(cue_list_after(doc.text, r.clone(), sspan.end))
            } else {
                along_with(cue_list_before(
                    doc.text,
                    sspan.start,
                    r.clone(),
                    PLURAL_VERB.is_match(&doc.text[r.end..f.span.end.max(r.end)]),
                ))
            };
            if list.len() > 1 {
                list.retain(|t| listable(t));
                return (list, Some(r));
            }
            let object_next = object_at(&r) && series.iter().all(|m| m.span.end <= f.span.start);
            // "Drop Dead Diva's cancelation comes after a rough spell for Berman, whose
            // freshman drama The Mob Doctor was canceled at Fox": a title right before a
            // passive verb is its subject; a known title in an earlier clause is not.
            let subject_next = r.end <= f.span.start
                && AUX_GAP.is_match(&doc.text[r.end..f.span.start])
                && series.iter().all(|m| {
                    m.span.end <= r.start && doc.text[m.span.end..r.start].contains([',', ';', '—', '('])
                        || m.span.start >= f.span.end
                });
            // "Brooklyn Nine-Nine, like AP Bio, was canceled": the known title is an
            // aside's, and the subject stands before it.
            let aside_next = r.end <= f.span.start && ASIDE_GAP.is_match(&doc.text[r.end..f.span.start]);
            // "Maple Court, which the network let go": a relative clause's trigger is
            // about the title it opens on.
            let relative_next = r.end <= f.span.start
                && matches!(doc.text[r.end..f.span.start].trim(), "" | ",")
                && ["which ", "that "].iter().any(|w| doc.text[f.span.clone()].starts_with(w));
            // "yet another X-Files revival", "Modern Family's renewal": a title right
            // before the trigger noun, or its possessive, modifies it.
            let modifier_next = r.end <= f.span.start
                && match doc.text[r.end..f.span.start].trim() {
                    "'s" | "’s" | "'" | "’" => true,
                    "" => doc.text[f.span.clone()].starts_with(['\'', '’'])
                        || doc.text[f.span.clone()]
                        .split(|c: char| !c.is_alphabetic() && c != '-')
                        .next()
                        .is_some_and(|w| {
                            matches!(
                                w.to_ascii_lowercase().as_str(),
                                "revival" | "renewal" | "cancellation" | "cancelation" | "pickup" | "pick-up" | "axing" | "comeback"
                            )
                        }),
                    _ => false,
                };
            if named.len() != 1
                || named[0] == t
                || object_next
                || subject_next
                || aside_next
                || relative_next
                || modifier_next
            {
                return (vec![t], Some(r));
            }
        }
    }
    // One series named in the sentence, wherever it sits, is the one the trigger is about.
    // "How Not To Live Your Life, Lunch Monkeys and Coming of Age have all been given the
    // chop": with the titles listed after it, not yet known.
    if let ([t], [m]) = (named.as_slice(), before.as_slice()) {
        let tail = doc.text[m.span.end..f.span.start].trim_start();
        if tail.starts_with([',', '&']) || tail.starts_with("and ") {
            let mut more = cue_list_after(doc.text, m.span.clone(), f.span.start);
            more.retain(|t| listable(t));
            if more.len() > 1 && more[0] == *t {
                return (more, None);
            }
        }
    }
    // "The ITV period drama was tipped to replace 'Downton Abbey' ... bosses decided not
    // to commission it": a sentence whose subject refers back is about that show, not
    // the one title it names further on.
    if named.len() == 1
        && ANAPHORIC_SUBJECT.is_match(&doc.text[sspan.clone()])
        && series.iter().all(|m| m.span.start > sspan.start + 3)
    {
        return (Vec::new(), None);
    }
    // ... unless an active verb has an object of its own after it, and the one title
    // stands before it as another verb's ("CBS renewed CSI: NY while pulling the plug on
    // veteran CSI: Miami").
    let own_object = active && object_like && after.is_empty() && inside.is_empty();
    if named.len() == 1 && !own_object {
        return (vec![named[0].to_string()], None);
    }
    (second, None)
}

/// Whether the words after a decision noun name its show only as another one: "(the
/// cancellation) of its sister show".
pub(crate) fn of_unnamed_show(after: &str) -> bool {
    OF_UNNAMED.is_match(after)
}

static OF_UNNAMED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\s*(?:of\s+)?(?:its|their|his|her|a|an|another|one\s+of\s+(?:its|their|the))\s+(?:[a-z-]+\s+){0,2}?(?:show|shows|series|drama|dramas|comedy|comedies|sitcom|sitcoms|spinoff|spin-off|sister\s+show|predecessor|parent\s+show)(?-u:\b)").unwrap()
});

static ASIDE_CLOSE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r#"^['’"”]?,\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|also)\s+)*$"#).unwrap()
});

static ASIDE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^,\s+(?:just\s+|much\s+)?(?:like|unlike)\s+[^,;.]{1,60},\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|also)\s+)*$").unwrap()
});

static CONTRAST_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?-i),\s+(?:while|whilst|but|whereas)\s+((?:(?:the|its|their|[A-Z][\w&+!]*['’]s?)\s+)?(?:[a-z][\w-]*\s+){0,3}?['‘“\x22]?[A-Z0-9][\w'’:&!.-]*(?:\s+(?:[A-Z0-9][\w'’:&!.-]*|of|the|and|in|on|a|to|for|at|with))*['’”\x22]?\s+(?:(?:has|have|had|is|are|was|were|will|would|been|be|also|now|not|just|officially|[a-z]+ly)\s+){1,4})$").unwrap()
});
static OTHER_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?:,|;|(?-u:\b)(?:while|whilst|but|and|whereas|as))\s+(?:(?:the|several|many|a\s+few|some|two|three|four)\s+)?(?:others|the\s+rest|rest|other\s+(?:shows|series|dramas|comedies)|many\s+more|more)(?:\s+of\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:(?:have|had|has)\s+been\s+|were\s+|was\s+|are\s+|is\s+|got\s+|have\s+|had\s+)?$").unwrap()
});

static ANAPHORIC_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\s*(?:The|This|That)\s+(?:[\w'’-]+\s+){0,3}?(?:show|series|drama|comedy|sitcom|thriller|programme|program|dramedy)\s+[a-z]").unwrap()
});

/// The longest network name `fits` accepts ("Amazon Prime Video" before "Prime Video").
fn longest_network(fits: impl Fn(&str) -> bool) -> Option<&'static str> {
    NETWORKS
        .iter()
        .copied()
        .filter(|n| fits(n))
        .max_by_key(|n| n.len())
}

/// "A on Netflix and B" → ["A", "B"]: a run of titles, each but the last followed by its
/// network.
fn split_at_networks(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = t;
    'outer: while let Some(p) = rest.find(" on ") {
        let after = &rest[p + 4..];
        if let Some(net) = longest_network(|n| after.starts_with(n)) {
            let tail = &after[net.len()..];
            for sep in [", and ", " and ", ", "] {
                if let Some(next) = tail.strip_prefix(sep) {
                    out.push(rest[..p].trim().to_string());
                    rest = next;
                    continue 'outer;
                }
            }
        }
        break;
    }
    out.push(rest.trim().to_string());
    out
}

/// The known titles listed from `at`, where each item may be described by a few
/// lower-case words: "freshmen series including remakes of “C,” “D” and new series like
/// “E”", "“F” and two medical dramas, “G” and “H”".
fn described_titles(text: &str, after: &[&&&Mention], at: usize, end: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut from = at;
    for m in after.iter().filter(|m| m.span.start >= at && m.span.end <= end) {
        let gap = list_gap(&text[from..m.span.start]);
        // "“Magnum, P.I.” and new series like": an abbreviation's stop is the title's.
        let gap = match gap.strip_prefix(". ") {
            Some(g) if !out.is_empty() && g.starts_with(char::is_lowercase) => g.to_string(),
            _ => gap,
        };
        let rest = [", and ", ", ", "and ", "or "]
            .iter()
            .find_map(|p| gap.strip_prefix(p))
            .or((out.is_empty() || matches!(gap.as_str(), "," | "and" | ", and" | "or")).then_some(gap.as_str()))
            .unwrap_or("");
        let rest = rest.trim_end_matches(',');
        let described = rest.split_whitespace().count() <= if out.is_empty() { 6 } else { 4 }
            && rest.split_whitespace().all(|w| {
                w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !matches!(
                        w,
                        "which" | "who" | "that" | "is" | "was" | "are" | "were" | "has" | "have" | "had"
                            | "will" | "but" | "while" | "to" | "by" | "than" | "not"
                    )
            });
        let separated = out.is_empty() || gap.starts_with(',') || gap.starts_with("and") || gap.starts_with("or");
        if !(described && separated) || m.non_series {
            break;
        }
        out.push(m.title.clone());
        from = m.span.end;
    }
    out
}

/// Whether `m` stands in a chain "from A to B to ..." that a "from" opens.
fn range_chain(text: &str, start: usize, before: &[&&&Mention], m: &Mention) -> bool {
    let mut cur = m.span.clone();
    for _ in 0..8 {
        let pre = text[start..cur.start]
            .trim_end_matches(['"', '“', '‘', '\''])
            .trim_end();
        if pre == "from" || pre.ends_with(" from") {
            return true;
        }
        let Some(p) = pre.strip_suffix(" to") else {
            return false;
        };
        let p = p.trim_end_matches(['"', '”', '’', '\'', ',', '.']).trim_end();
        match before.iter().find(|o| o.span.end <= start + p.len() + 1 && start + p.len() <= o.span.end + 1) {
            Some(o) => cur = o.span.clone(),
            None => return false,
        }
    }
    false
}

/// "..., stalwart The Rookie as well as red-hot newcomer Abbott Elementary": a list's
/// separator, then a few lower-case words describing the next item.
fn described_item(gap: &str) -> bool {
    let Some(rest) = [", and ", ", or ", ", along with ", "along with ", ", ", "and ", "as well as ", "& "]
        .iter()
        .find_map(|p| gap.strip_prefix(p))
    else {
        return false;
    };
    let words: Vec<&str> = rest.split(' ').collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !w.ends_with("ed")
                && !matches!(
                    *w,
                    "which" | "who" | "that" | "is" | "was" | "are" | "were" | "has" | "have"
                        | "will" | "but" | "while" | "with" | "by" | "to" | "for" | "on" | "in"
                        | "as" | "its" | "their" | "the"
                )
        })
}

/// The words between two listed titles without their quote marks: `,” “` and `’, ‘` are
/// both ",", wherever the comma sits against the quotes.
fn list_gap(gap: &str) -> String {
    let g = gap
        .replace(['\'', '’', '‘', '"', '“', '”'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" ,", ",");
    // "Samantha Who? and Dirty Sexy Money": a title's own question mark, inside a list.
    let g = match g.strip_prefix(['?', '!']) {
        Some(r) if r.starts_with([' ', ',']) => r.trim_start().to_string(),
        _ => g,
    };
    // "'Jack & Bobby' (WB) and 'Kevin Hill' (UPN)": an item's own network in parentheses
    // is no part of the gap.
    let g = match g.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((inner, after)) if is_network(inner.trim()) => after.trim().to_string(),
        _ => g,
    };
    // "The CW’s Riverdale, PBS’ Endeavour and NBC’s New Amsterdam": each item's own
    // network possessive is no part of the gap between items.
    let possessive = gap.trim_end().ends_with(['\'', '’']) || g.ends_with(" s");
    if possessive {
        let body = g.strip_suffix(" s").unwrap_or(&g);
        let ws: Vec<&str> = body.split(' ').collect();
        for k in (1..=3.min(ws.len())).rev() {
            if is_network(&ws[ws.len() - k..].join(" ")) {
                return ws[..ws.len() - k].join(" ");
            }
        }
    }
    g
}

static INCLUDING: LazyLock<Regex> = LazyLock::new(|| {
    // "All three of its Thursday dramas - A, B and C - have been renewed": a dash
    // opens the enumeration too.
    crate::rules::rx(r"(?i)(?-u:\b)(?:shows|series|dramas|comedies|sitcoms|originals|titles|programs|programmes)(?-u:\b)(?:[^.;]{0,40}?(?-u:\b)(?:including|like|such\s+as)\s+|\s+[-–—]\s+)").unwrap()
});

static CREDIT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)\s+(?:starring|led\s+by|fronted\s+by|headlined\s+by|created\s+by|hosted\s+by|from\s+(?:creator|showrunner|writer|director)s?)\s+").unwrap()
});

static NONFINITE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:(?:before|after|until|only\s+to\s+be|since)\s+|,\s+)(?:being|getting)\s+(?:(?:abruptly|unceremoniously|quietly|officially|finally|ultimately)\s+)?$|,\s+but\s+(?:(?:was|were|has\s+been|had\s+been|got|ultimately|eventually|quickly|still)\s+){0,2}$").unwrap()
});

static PLURAL_SHOWS_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\s+(?:(?:announced|confirmed|ordered|handed\s+out|given)\s+)?(?:for|of|to|on)\s+(?:[a-z-]+\s+){0,3}?(?:shows|series|dramas|comedies|sitcoms|titles|originals|programmes|programs)(?-u:\b)").unwrap()
});

static CASE_WITH: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?:\s+(?:[a-z]+ly|early|too\s+soon|prematurely))?,?\s+(?:as|which)\s+(?:was|is|has\s+been)\s+the\s+case\s+(?:with|for)\s+").unwrap()
});

static QUANTIFIED_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:everything|anything|nothing|every\s+(?:[\w-]+\s+){0,2}?(?:show|series|program|programme)|all\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:shows|series|programs|programmes))\s+(?:that|which)\s+(?:(?:has|have|had|was|were|is|are|will|would|been|be|just|already|officially)\s+){0,3}(?:[a-z]+\s+(?:and|or)\s+)?$").unwrap()
});
static PLUPERFECT_RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r",\s+which\s+(?:[\w&+!]+\s+){0,3}?had\s+(?:(?:previously|originally|initially|already|first|once|earlier|just)\s+)?(?:been\s+)?$").unwrap()
});
static NEW_SHOW_APPOSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\s+(?:another|an?(?:\s+new)?|(?:its|their)\s+(?:new|latest))\s+(?:[\w-]+\s+){0,2}?(?:drama|comedy|series|show|sitcom|thriller|procedural|dramedy|anthology|docuseries|miniseries),\s+").unwrap()
});
static PRESUPPOSING_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)^\W*(?:why\s+(?:did|was|were|is|are|has|have|had|does|do)(?-u:\b)|how\s+(?:is\s+it\s+that|come)(?-u:\b))").unwrap()
});
static SEASONS_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\s+(?:on|with|for)\s+(?:any\s+)?(?:additional|more|further|new|future|another)\s+(?:seasons?|series|episodes|instal+ments?)\s+of\s+|^\s+(?:any\s+)?(?:additional|more|further|new|future|another|second|third|fourth|fifth)\s+(?:seasons?|series|instal+ments?)\s+(?:of|for)\s+(?:both\s+|either\s+)?").unwrap()
});

/// "its originals ", "their freshman dramas ": the owner's class of shows before titles.
static OWNED_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\s*(?:its|their)\s+(?:[a-z][\w-]*\s+)?(?:originals|shows|series|dramas|comedies|sitcoms)\s+").unwrap()
});

/// A first predicate in lower case, then "and" before the trigger's own: " struggled in
/// the ratings and was ", " was not so lucky and ".
static COORDINATED_PREDICATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r#"^['’"”]?,?\s+(?:is|was|are|were|has|had|have|struggled|failed|lasted|ran|aired|debuted|premiered|drew|never|only|just|quickly|also)\s+(?:[a-z0-9][\w'’-]*,?\s+){0,8}?(?:and|but)\s+(?:there\s+(?:are|is|were|will\s+be)\s+)?(?:(?:was|were|has\s+been|had\s+been|have\s+been|is|are|got|then|eventually|ultimately|quickly|subsequently|finally|now|has|have|had|will|be|still|managed\s+to|went\s+on\s+to|was\s+able\s+to)\s+){0,3}$"#).unwrap()
});

/// What may open a sentence before its subject title: nothing, or a possessive or
/// article with a few describing words ("Its freshman drama ").
static GENRE_PREFACE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?:drama|comedy|sitcom|series|thriller|procedural|dramedy),?\s+$").unwrap()
});

/// A sentence's opening words that describe its subject title, up to a genre noun:
/// "BBC detective drama, ", "The hit comedy ".
static GENRE_OPENING: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::rx(&format!(r"^\s*{GENRE_DESCRIBED}")).unwrap());

/// Describing words up to a genre noun: "BBC detective drama, ", "Channel 5 crime drama ".
const GENRE_DESCRIBED: &str = r"(?:(?:Its|Their|The)\s+)?(?:[A-Z][A-Za-z+]*\s+(?:\d\s+)?)?(?:[a-z][\w-]*\s+){0,2}(?:drama|comedy|sitcom|series|thriller|show|procedural|dramedy),?\s+";

static SUBJECT_PREFACE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(r"^\s*(?:{GENRE_DESCRIBED}|(?:Its|Their|The)\s+(?:[a-z][\w-]*\s+){{1,3}})?$")).unwrap()
});

/// A subject's own verb, then its possessive: " aired its ", " has wrapped its ".
static SUBJECT_ITS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r#"^['’"”]?\s+(?:(?:will|has|have|had|is|was|are|were|finally|officially|just|recently|also|quietly)\s+){0,2}[a-z]+\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}$"#).unwrap()
});

/// A finite verb right after a sentence's opening subject: " was ", " has ", " won't ".
static SUBJECT_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r#"^['’"”]?\s+(?:is|was|are|were|has|have|had|will|would|won['’]t|isn['’]t|wasn['’]t|hasn['’]t)(?-u:\b)"#).unwrap()
});

/// Only auxiliaries between a subject and its verb: " was ", " has been ", " were all ".
static AS_IS_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^[^.;:?!]{0,80}?,\s+as\s+(?:is|are|was|were|does|do|did|has|have|will)\s+(?:(?:that|those)\s+of\s+)?(?:(?:the|fellow)\s+)?(?-i:[a-z-]+\s+){0,2}").unwrap()
});

/// "for both", "for all three": the trigger's shows are a group named before it.
static BOTH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\s+(?:for|to|of)\s+(?:both|all\s+(?:two|three|four|five)|each)(?-u:\b)").unwrap()
});
/// A plural noun of shows, then its titles after a comma: "its two new dramas, ".
static PLURAL_NOUN_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?-u:\b)(?:dramas|comedies|shows|series|sitcoms|titles|originals|hits),\s+").unwrap()
});

/// An "along with" after a few lower-case words of the clause: " for new seasons,
/// along with ", " their runs, along with ".
static ALONG_WITH_LATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?:\s+[a-z][\w'’-]*){0,6},\s+(?:along|together)\s+with\s+").unwrap()
});
/// ", along with A, B and C" right after a trigger.
static ALONG_WITH_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^,?\s+(?:along|together)\s+with\s+(?:(?:fellow|other|the)\s+)?(?-i:[a-z-]+\s+){0,2}").unwrap()
});
static AUX_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r#"^['’"”]?\s+(?:(?:was|were|is|are|has|have|had|been|being|be|will|would|also|both|all|now|officially|just|finally|quickly|since|reportedly|likely|unlikely|expected|poised|set|to)\s+){1,5}$"#).unwrap()
});

/// A sentence adverb and its comma at a sentence's start: "Finally, ", "Meanwhile, ".
static LEAD_ADVERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\s*(?:[A-Z][a-z]+ly|However|Meanwhile|Also|Still|Now|Plus|Then|Next|Elsewhere|Overall|Indeed|Instead|Sadly|Thankfully|Luckily)\s*,\s+").unwrap()
});

static STARS_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i),['’\x22”]?\s+(?:(?:which|that)\s+(?:also\s+)?(?:stars|starred|co-stars|features|featured|is\s+led\s+by)|(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:drama|comedy|series|show|sitcom|thriller|procedural|dramedy)\s+(?:starring|led\s+by|featuring|headlined\s+by)|starring|led\s+by|fronted\s+by|headlined\s+by|with)\s+[^;()]{2,140},\s+(?:(?:has|have|had|is|was|will|would|been|be|officially|now|also|just|reportedly|already|definitely|certainly|currently|still|likely|probably)\s+){0,4}$").unwrap()
});

static REFERRING_STARS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)^(?:the|this|that|its)\s+(?:[\w'’-]+\s+){0,4}?(?:show|series|drama|comedy|sitcom|thriller|procedural|dramedy)\s+(?:starring|led\s+by|fronted\s+by|headlined\s+by|featuring)\s+[^;()]{2,160}?\s+(?:(?:has|have|had|is|was|will|would|been|be|officially|now|also|just|reportedly|already|(?-i:[a-z]+ly))\s+){0,4}$").unwrap()
});
static DASH_ASIDE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?:\s*[—–]\s*|\s+-\s+|\s+\()[^—–()]{2,200}?(?:\s*[—–]\s*|\s+-\s+|\)\s*)(?:(?:has|have|had|is|are|was|were|will|would|been|be|officially|now|also|just|reportedly|(?-i:[a-z]+ly))\s+){0,4}$").unwrap()
});
static REFERRING_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)^(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:show|series|drama|comedy|sitcom|thriller|program|programme|procedural|dramedy|docuseries|competition|franchise)$").unwrap()
});
static APPOSITIVE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    // "Lucifer, one of the most popular shows on the service, was renewed", "X, based on
    // the comics, has been axed", "X, now in its fifth season, has been cancelled".
    crate::rules::rx(r"(?i),\s+(?:the|a|an|which|who|whose|its|their|starring|led\s+by|fronted\s+by|created\s+by|hosted\s+by|from|among|amongst|along\s+with|plus|and\s+(?:many\s+|several\s+|a\s+few\s+)?others|one\s+of|based\s+on|adapted\s+from|inspired\s+by|produced\s+by|written\s+by|developed\s+by|now|currently|once|still)(?-u:\b)[^,;()]{2,90},\s+(?:(?:has|have|had|is|was|will|would|been|be|officially|now|also|just|reportedly|(?-i:[a-z]+ly))\s+){0,4}$").unwrap()
});

static OBJECT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\s+(?:(?:the|its|their|a|an|veteran|freshman|sophomore|rookie|first-season|long-running|struggling|beloved|acclaimed|midseason|hit|new|reality|animated|comedy|drama|sitcom|comedies|dramas|sitcoms|programs|programmes|shows|series|newcomers)\s+){0,3}['‘“\x22]?[A-Z0-9]").unwrap()
});

/// A lower-case past-tense verb (any "-ed" word, or gave, got, took, made, kept, sent,
/// brought) before the trigger's "and": the clause has a verb of its own.
static PAST_VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?-u:\b)(?-i:[a-z]+ed|gave|got|took|made|kept|sent|brought)\s+(?:up\s+)?(?:\S+\s+){0,8}?\S+\s+and$").unwrap()
});

static ACTIVE_TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)^(?:renews|cancels|axes|scraps|nixes|orders|picks\s+up|revives|greenlights|green-lights|rescues|saves|un-?cancels|brings\s+back|pull(?:s|ed|ing)?\s+the\s+plug\s+on|renewing|cancell?ing|axing|scrapping|nixing|reviving|ordering|picking\s+up|bringing\s+back)(?-u:\b)").unwrap()
});

static PLURAL_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:are|were|have|both|all|each|they)(?-u:\b)").unwrap()
});

const LIST_SEPS: &[&str] = &[
    ", along with ",
    ", as well as ",
    ", and ",
    " and ",
    ", ",
    " & ",
    ", or ",
    " or ",
    " as well as ",
    " along with ",
    // "The Real Housewives of Atlanta,The Real Housewives of Orange County": a comma
    // typed without its space (last, so every spaced separator is tried first).
    ",",
];

static FROM_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r#"^,?\s+(?:everything\s+|anything\s+)?from\s+(?-i:[A-Z0-9“"‘])[^,.;]{0,60}?\s+to\s+(?-i:[A-Z0-9“"‘])"#).unwrap()
});

/// The titles a run of ranges names: ", from NCIS to The Handmaid's Tale, from Grey's
/// Anatomy to The Flash and more" is four shows. Each end is read by its shape, and the
/// run stops at the first piece that is no title.
fn range_titles(tail: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = tail.trim_start_matches([',', ' ']);
    rest = rest
        .strip_prefix("everything ")
        .or_else(|| rest.strip_prefix("anything "))
        .unwrap_or(rest);
    while let Some(r) = rest.strip_prefix("from ") {
        let Some((a, after)) = r.split_once(" to ") else {
            break;
        };
        let end = after.find([',', ';', '.', '!', '?']).unwrap_or(after.len());
        let b = after[..end].trim();
        let b = b
            .strip_suffix(" and more")
            .or_else(|| b.strip_suffix(" and beyond"))
            .unwrap_or(b);
        let trim = |t: &str| t.trim().trim_matches(['"', '“', '”', '‘', '’']).trim().to_string();
        let (a, b) = (trim(a), trim(b));
        // "from A to B and C": the last end may be a pair.
        let mut ends = vec![a];
        match b.split_once(" and ") {
            Some((x, y)) if listable(&trim(x)) && listable(&trim(y)) => {
                ends.push(trim(x));
                ends.push(trim(y));
            }
            _ => ends.push(b),
        }
        if !ends.iter().all(|t| listable(t) && t.split_whitespace().count() <= 8) {
            break;
        }
        out.extend(ends);
        rest = after[end..].trim_start_matches([',', ' ']);
        rest = rest.strip_prefix("and ").unwrap_or(rest);
    }
    out
}

static CAUSAL_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"\b(?:as|because|since)\s+(?:it|they|the\s+(?:show|series|drama|comedy|network|streamer))\s+(?:was|were|has|have|had)\s+(?:just\s+|recently\s+|already\s+|now\s+|officially\s+)?(?:been\s+)?\S*$").unwrap()
});
/// "a reboot of reality TV show X": a remake's head before its description.
const REMAKE_OF_SRC: &str = r"an?\s+(?:reboot|revival|remake|version)\s+of\s+";
static REMAKE_OF: LazyLock<Regex> = LazyLock::new(|| crate::rules::rx(&format!("^{REMAKE_OF_SRC}")).unwrap());
static GENRE_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(&(format!(r"^\s*(?:{REMAKE_OF_SRC})?") + r"(?:(?:the|its|their|a|an)\s+)?(?-i:(?:[a-z-]+(?:/[a-z-]+)?|TV)\s+){1,3}(?:series|drama|dramas|comedy|comedies|sitcom|thriller|procedural|dramedy|anthology|docuseries|miniseries|program|programme|reboot|spinoff|spin-off|adaptation|show|serial|soap|saga|western)\s+")).unwrap()
});
static OTHERS_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r",?\s+(?:and|&)\s+(?:many\s+|several\s+|a\s+few\s+|a\s+handful\s+of\s+|some\s+)?(?:other|more)\s+(?:[\w-]+\s+)?(?:titles|shows|series|dramas|comedies|originals|programs|programmes)(?:\s+(?:are|were|is|was|have|has|had|been|being|currently|still|now|all|also|both))*\s+$").unwrap()
});
static RELATIVE_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    // "Lore, a podcast-inspired horror show that ran for two seasons, and Patriot": an
    // appositive describing one item, in lower case.
    crate::rules::rx(r"^,\s+(?:which|who|(?-i:an?|the)\s+(?-i:[a-z]))[^,;.()—:]{1,80}(?:,\s+(?:and|or)\s+|;\s+)").unwrap()
});
static DESCRIBED_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    // "and its two midseason replacements Southland and Parks and Recreation": an
    // owner's count of shows.
    crate::rules::rx(r"^(?-i:[A-Z][\w.-]*\s+){0,2}(?-i:[A-Z][\w.-]*)(?:'s|’s)\s+(?:[a-z-]+\s+){0,5}?(?:series|drama|comedy|sitcom|show|thriller|procedural|reboot|revival|spinoff|spin-off|miniseries|anthology),\s+|^(?:its|it['’]s|their)\s+(?:two|three|four|five|six|\d)\s+(?-i:[a-z-]+\s+){0,2}(?:replacements|dramas|comedies|shows|series|sitcoms|newcomers|freshmen|veterans|hits)\s+").unwrap()
});

/// The titles listed after the first one at `first`: "Outlander, Blindspotting and Step Up".
pub(crate) fn cue_list_after(text: &str, first: Range<usize>, limit: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = first;
    for _ in 0..15 {
        let t = text[cur.clone()].to_string();
        // "Glimmer (a post-apocalyptic thriller), Penwright (...) and ...": a gloss in
        // parentheses after a listed title is skipped.
        let mut end = cur.end;
        let more = glossed_then_comma(&text[end..limit]);
        if text[end..limit].starts_with(" (") {
            match text[end..limit].find(')') {
                Some(close) if close < 160 => end += close + 1,
                _ => break,
            }
        }
        // A title run that swallowed " and " splits when both halves are titles; not
        // one the list goes on after ("Parks and Rec (NBC), Glee (FOX)": the list's own
        // "and" comes last).
        match t.split_once(" and ") {
            Some((a, b))
                if !more
                    && plausible_title(a.trim())
                    && plausible_title(b.trim())
                    && b.trim().chars().next().is_some_and(char::is_uppercase)
                    && !crate::lexicon::binomial(a, b) =>
            {
                out.push(a.trim().to_string());
                out.push(b.trim().to_string());
            }
            _ => out.push(t),
        }
        let mut rest = &text[end..limit];
        // "Check It Out! with Dr. Steve Brule, The Eric Andre Show": a title cut at its own
        // "!" or "?" runs on to the list's next comma through a few capitalised words.
        if !LIST_SEPS.iter().any(|p| rest.starts_with(*p)) {
            if let Some(m) = TITLE_RUN_ON.captures(rest).and_then(|c| c.get(1)) {
                end += m.end();
                rest = &text[end..limit];
                if let Some(last) = out.last_mut() {
                    *last = text[cur.start..end].to_string();
                }
            }
        }
        // "both Copper Bay, which it says it wants to return, and Silver Shore": a
        // relative clause on one item, then the list's last.
        // (The aside opens on ", ", so a separator is always found first.)
        let aside = RELATIVE_ASIDE.find(rest).map(|m| m.end());
        let Some(sep) = LIST_SEPS.iter().find(|p| rest.starts_with(**p)) else {
            break;
        };
        let mut at = aside.map_or(end + sep.len(), |k| end + k);
        // "and Kevin Moore's short-lived time travel series, Copper Bay": an item described
        // by its maker's possessive and a genre noun is named after the comma.
        if let Some(m) = DESCRIBED_ITEM.find(&text[at..limit]) {
            at += m.end();
        }
        // Inside a list of two or more, an item the capitalised-run reader refuses
        // ("Everything Now", "Girls5Ever") is still an item when it is shaped like one.
        let next = crate::mentions::forward_span_list(text, at, limit)
            .filter(|n| text[at..n.start].split_whitespace().count() <= 3)
            .or_else(|| list_segment_after(text, at, limit));
        match next {
            // The next title must follow the separator closely (an article or a genre word).
            Some(n) => {
                // "Parks and Rec (NBC), Glee (FOX)": an "and" the comma list goes on
                // after is inside the title; the list's own "and" comes last.
                // "Beauty and the Geek": an "and" before a lower-case article joins one
                // title's words.
                // "Winning Time: The Rise and Fall of the Lakers": a fixed pair of words
                // joins one title's halves.
                let joins = *sep == " and "
                    && (matches!(text[at..n.start].trim(), "the" | "a" | "an")
                        || at == n.start && crate::lexicon::binomial(&text[cur.clone()], &text[n.clone()]));
                if joins || *sep == " and " && glossed_then_comma(&text[n.end..limit]) && at == n.start {
                    let whole = cur.start..n.end;
                    if out.last().is_some_and(|l| *l == text[cur.clone()]) {
                        out.pop();
                    }
                    cur = whole;
                } else {
                    cur = n;
                }
            }
            _ => break,
        }
    }
    out
}

/// Lower-case words a title may hold between its capitalised ones.
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "in", "on", "at", "to", "for", "with", "by", "from", "or",
    "is", "are", "it", "my", "your", "our", "vs", "vs.", "de", "la", "le", "du", "von",
];

/// Whether a list's raw segment is shaped like a title: one to seven words, the first
/// capitalised (or a number), the rest capitalised or title-case small words.
fn list_item_shape(seg: &str) -> bool {
    let words: Vec<&str> = seg.split_whitespace().collect();
    if words.is_empty() || words.len() > 7 || seg.len() > 60 {
        return false;
    }
    let starts_cap = |w: &str| {
        w.trim_start_matches(['‘', '\'', '“', '"', '('])
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    starts_cap(words[0])
        && words[1..]
            .iter()
            .all(|w| starts_cap(w) || TITLE_SMALL_WORDS.contains(&w.to_lowercase().as_str()))
        && !seg.contains(['.', ';', ':', '!', '?', '(', ')', '"', '“', '”'])
        && crate::mentions::list_title_ok(seg)
}

/// The raw list segment starting at `at`, up to the list's next separator or the end of
/// the clause, when it is shaped like a title.
fn list_segment_after(text: &str, at: usize, limit: usize) -> Option<Range<usize>> {
    let rest = &text[at..limit];
    let end = [", ", " and ", " & ", " or ", ";", ".", ":", " (", ")", "\n"]
        .iter()
        .filter_map(|p| rest.find(p))
        .min()
        .unwrap_or(rest.len());
    let seg = rest[..end].trim_end();
    (!seg.is_empty() && !seg.starts_with(char::is_whitespace) && list_item_shape(seg))
        .then(|| at..at + seg.len())
}

/// The raw list segment ending at `at`, back to the list's previous separator.
fn list_segment_before(text: &str, floor: usize, at: usize) -> Option<Range<usize>> {
    let head = &text[floor..at];
    let start = [", ", " and ", " & ", " or ", ";", ": ", ". ", "\n", "(", " are ", " include ", " including ", " were "]
        .iter()
        .filter_map(|p| head.rfind(p).map(|k| k + p.len()))
        .max()
        .unwrap_or(0);
    let seg = head[start..].trim();
    let from = floor + start + (head[start..].len() - head[start..].trim_start().len());
    (!seg.is_empty() && list_item_shape(seg)).then(|| from..from + seg.len())
}

/// A count of shows right after a trigger: "renewed four series that ...", "cancelled
/// its three freshman dramas".
static COUNTED_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\s+(?:(?:its|their|the|all)\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:[\w-]+\s+){0,3}?(?:series|shows|dramas|comedies|sitcoms|titles|programs|programmes|freshmen|newcomers|originals|half-hours)\b").unwrap()
});

/// Whether a listed title's gloss in parentheses, then the list's next comma, follow:
/// " (NBC), Glee (FOX)".
fn glossed_then_comma(tail: &str) -> bool {
    tail.starts_with(" (") && tail.find(')').is_some_and(|k| tail[k + 1..].starts_with(", "))
}

static TITLE_RUN_ON: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^([!?](?:\s+(?:with|of|the|and|in|on|at|for|a|an|[A-Z][\w.'’&-]*)){1,6}),\s").unwrap()
});

/// Whether a title a list gave may stand as a show: a plausible title, not a network's or
/// an outlet's name.
pub(crate) fn listable(t: &str) -> bool {
    (plausible_title(t) || crate::mentions::list_title_ok(t)) && !is_network(t) && !is_outlet(t)
}

/// A comma list of exactly `n` capitalised titles inside `span`: "Dickinson, The Morning
/// Show, See, and For All Mankind were the launch titles", for "All four shows".
pub fn caps_list_of(text: &str, span: Range<usize>, n: usize) -> Option<Vec<String>> {
    let s = &text[span.clone()];
    let mut from = 0;
    while let Some(k) = s[from..].find(|c: char| c.is_uppercase()) {
        let at = span.start + from + k;
        from += k + s[from + k..].chars().next().map_or(1, char::len_utf8);
        // Only a word's start, after a space or the sentence's start.
        if at > span.start && !text[..at].ends_with(' ') {
            continue;
        }
        let Some(r) = crate::mentions::forward_span_list(text, at, span.end) else {
            continue;
        };
        if r.start != at {
            continue;
        }
        let mut list = cue_list_after(text, r, span.end);
        list.retain(|t| listable(t));
        if list.len() == n {
            return Some(list);
        }
    }
    None
}

/// The titles listed before the last one at `last`: "Supernatural, The Vampire Diaries and Arrow".
pub(crate) fn cue_list_before(text: &str, floor: usize, last: Range<usize>, plural: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = last;
    // Round-ups list dozens: "A, B, C, ... and Z have been picked up for another season".
    for _ in 0..40 {
        let t = text[cur.clone()].to_string();
        // "Shore Patrol, Kitchen Clash and Night Market also won't": the last item of a
        // comma list holds the list's "and", whatever the verb's number.
        let serial = text[floor..cur.start].trim_end().ends_with(',')
            // "The Ellen DeGeneres Show and Maury": a title closed by its own "Show".
            || t.split_once(" and ").is_some_and(|(a, _)| {
                a.ends_with(" Show") || a.ends_with(" Hour") || a.ends_with(" Report")
            });
        match t.split_once(" and ") {
            Some((a, b))
                if (plural || serial) && plausible_title(a.trim()) && plausible_title(b.trim()) =>
            {
                out.push(b.trim().to_string());
                out.push(a.trim().to_string());
            }
            _ => out.push(t),
        }
        let head = &text[floor..cur.start];
        let Some(sep) = LIST_SEPS.iter().find(|p| head.ends_with(**p)) else {
            break;
        };
        let at = cur.start - sep.len();
        match backward_span(text, floor, at)
            .filter(|p| p.end == at || text[p.end..at].trim().is_empty())
            .or_else(|| list_segment_before(text, floor, at))
        {
            Some(p) => cur = p,
            None => break,
        }
    }
    out.reverse();
    out
}

static ANAPHOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:(?:this|that)\s+(?:was|is|has\s+been|had\s+been|will\s+be)(?-u:\b)|(?:the|this|that|[A-Z][\w+&]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:spinoff|spin-off|prequel|sequel|adaptation|reboot|show|series|drama|comedy|sitcom|thriller|dramedy|program|programme|procedural|cancellation|renewal|revival|news|decision|order|pickup)|it|its|(?:her|his|their)\s+(?:\w+\s+)?(?:show|series|drama|comedy)|season\s+\w+|(?:a|another|new|second|third|fourth|fifth)\s+season|instal?lment)(?-u:\b)").unwrap()
});

/// Whether a sentence refers back to a show it does not name.
pub fn refers_back(sent: &str) -> bool {
    // "some of the streaming series that will be renewed" speaks of many shows, not this one.
    // "which shows are good to return for another season": an open set, not this show.
    // "the Renewal Scorecard": a column's name.
    // "some have seen their chances for another season burst, while others are bouncing
    // back": a sentence about shows in general.
    if GENERAL_SHOWS.is_match(sent) {
        return false;
    }
    ANAPHOR.find_iter(sent).any(|m| {
        !QUANTIFIED.is_match(&sent[..m.start()])
            && !WHICH_SHOWS.is_match(&sent[..m.start()])
            && !COLUMN_AFTER.is_match(&sent[m.end()..])
            && !PLURAL_AFTER.is_match(&sent[m.end()..])
            && !PLURAL_OF.is_match(&sent[m.end()..])
    })
}

static GENERAL_SHOWS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:(?:some|others|many|several|most|few)\s+(?:have|are|were|will|get|got|may|might|could|would)|(?:shows|series)\s+(?:that|which)\s+(?:\w+\s+)?(?:may|might|could|can)|which\s+(?:\w+\s+)?(?:shows|series)\s+(?:earn|earns|deserve|deserves|land|lands|get|gets|make|survive))(?-u:\b)").unwrap()
});
static WHICH_SHOWS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:which|what)\s+(?:\w+\s+)?(?:shows|series|programs|programmes|dramas|comedies|ones)\s+(?:are|will|get|should|would|could|might|may|make|stay|return|survive)(?-u:\b)").unwrap()
});
/// "are just a few of the series that got": a list's membership of a class of shows.
// "are among a half-dozen veteran series officially entering their final seasons": the
// participle may follow the noun directly.
const MEMBERSHIP: &str = r"(?:are|is|were|was)\s+(?:just\s+|only\s+|also\s+)?(?:(?:a\s+few|some|several|many|one|two|three|four|among)\s+(?:of\s+)?)?(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:series|shows|dramas|comedies|titles|ones|originals)(?:\s+(?:that|which|to)(?:\s+[\w'’-]+){0,3}?|\s+(?:officially|now|also|currently|quietly|all))?";
static MEMBERSHIP_TAIL: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::rx(&format!(r"\s+{MEMBERSHIP}\s*$")).unwrap());
static MEMBERSHIP_GAP: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::rx(&format!(r"^{MEMBERSHIP}$")).unwrap());
static SUPERLATIVE_ADVERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:probably|possibly|perhaps|arguably)\s+(?:the|one\s+of\s+the)\s+(?:biggest|most|best|worst|saddest|largest|greatest|strangest|toughest|hardest)(?-u:\b)").unwrap()
});
static WHICH_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:which|what)\s+(?:\w+\s+)?(?:shows|series|programs|programmes|dramas|comedies|sitcoms|ones)\s+(?:are|will|get|gets|should|would|could|might|may|make|stay|survive)\s+(?:[\w'’-]+\s+){0,4}$|(?-u:\b)not\s+(?:all|every)\s+(?:\w+\s+)?(?:shows?|series|programs?|programmes?|dramas?|comed(?:y|ies)|sitcoms?)\s+(?:can|could|will|would|gets?|is|are)\s+(?:be\s+)?$").unwrap()
});

/// "determine which shows are good to return ...": the trigger's subject is an open set.
/// Whether the words before a trigger end on a clause whose subject is an unnamed group
/// of other shows: "..., while others were", "but the rest of the lineup has been".
pub fn other_subject(before: &str) -> bool {
    OTHER_SUBJECT.is_match(before)
}

pub fn open_set_subject(before: &str) -> bool {
    WHICH_SUBJECT.is_match(before)
}

static COLUMN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)^\s+(?:scorecard|watch|tracker|list|grid|guide|round-?up|index|cheat\s+sheet|predictions?)(?-u:\b)").unwrap()
});
static QUANTIFIED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:some|many|most|all|several|few|any|none|one|two|three|four|five|six|seven|eight|nine|ten|\d+|dozens|lots|plenty|handful|number|list|rest|other|others)\s+(?:of\s+)?(?:(?:the|these|those|its|their|our|your)\s+)?(?:[\w'’-]+\s+){0,2}$").unwrap()
});
static ALTERNATIVE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:renew(?:s|ed|al)?|cancel(?:s|l?ed|lation)?|end(?:s|ed)?|revive[sd]?)\s+(?:or|nor)\s+(?:be\s+)?$").unwrap()
});
static ALTERNATIVE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)^\s+(?:or|nor)\s+(?:be\s+)?(?:renew(?:s|ed|al)?|cancel(?:s|l?ed|lation)?|end(?:s|ed)?|revive[sd]?)(?-u:\b)").unwrap()
});

/// "the renewal or cancellation of their favorite TV shows": of many shows.
static PLURAL_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)^\s+(?:or\s+\w+\s+)?of\s+(?:[\w'’-]+\s+){0,3}?(?:shows|series|dramas|comedies|sitcoms|programmes|programs)(?-u:\b)").unwrap()
});
static PLURAL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\s*(?:that|which|who)\s+(?:have|are|were|will\s+all)(?-u:\b)").unwrap()
});

/// "... has (technically) not been confirmed", "... hasn't been made official yet".
static DENIED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:has|have|is|was|had)(?:\s+(?:technically|officially|still|actually|really))?(?:n['’]t|\s+not|\s+yet\s+to)\s+(?:(?:yet|technically|officially|actually|really|formally|been)\s+){0,3}(?:confirmed|announced|official|made\s+official|greenlit|green-lit|given|decided|happened)(?-u:\b)").unwrap()
});
/// What between the trigger and a denial makes the denial about something else:
/// "renewed X, whose premiere date has not been announced".
static DENIED_GAP_BLOCK: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:whose|which|that|who|but|though|although|while|date|premiere|release|cast|title|episode|episodes|details|plot|when|where|what|and)(?-u:\b)").unwrap()
});

static CLAUSE_VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)^['’\x22”]?\s+(?:may|might|could|will|won['’]t|would|is|isn['’]t|are|was|has|hasn['’]t|have|gets|faces|looks|remains|stays|still|not)(?-u:\b)").unwrap()
});

static QUOTED_RUN: LazyLock<Regex> =
    // "NBC CANCELS 'SEAN SAVES THE WORLD'": a headline's single quotes, opening after a
    // space and closing before a space or a stop (not an apostrophe's "NBC'S").
    LazyLock::new(|| crate::rules::rx(r#"“[^”“\n]{1,80}”|"[^"\n]{1,80}"|(?:^|[\s(])['‘][A-Z0-9][^'‘’\n]{0,78}['’](?:$|[\s,.;:!?)])"#).unwrap());

static NOW_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:is|are|'s|’s)\s+(?:now|currently)\s+$").unwrap()
});

/// "no official word from Fox about their cancellation": the decision is not announced.
static NO_WORD_ABOUT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)no\s+(?:official\s+|formal\s+|firm\s+)?(?:news|word|decision|announcement|confirmation)(?-u:\b)[^.;]{0,30}?(?-u:\b)(?:of|on|about|regarding)\s+(?:their|its|the|a|any)?\s*$").unwrap()
});

static SPINOFF_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r#"^['’"”]?\s+(?:[Ss]pin-?[Oo]ff|[Pp]requel|[Ss]equel)\s+(?:[Ss]eries\s+)?['‘"“]?[A-Z]"#).unwrap()
});

static DEFINITE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\s*(?:(?:Despite|After|Following|Since|Amid|Before|With)\s+(?:the|this|that|its|their)|The|This|That|Its|Their)\s+(?:(?:surprise|shock|shocking|abrupt|sudden|early|official|recent|latest)\s+)?$").unwrap()
});
static DECISION_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)^(?:cancell?ation|renewal|axing|axe|revival|pickup|pick-up)(?-u:\b)").unwrap()
});
static OWNED_TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:the|this|that)\s+(?:show|series|drama|comedy|sitcom|programme|program)(?:['’]s?)\s+$").unwrap()
});

/// A list item between two titles that reads as no title of its own (", 22 Minutes,").
static SKIPPED_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^, [A-Z0-9][\w'’.&-]*(?: [\w'’.&-]+){0,3},(?: and| &)?$").unwrap()
});

static NO_PLANS_FOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)no\s+(?:known\s+|official\s+|current\s+|immediate\s+|announced\s+)?plans?\s+for\s+[^,;:.]{1,60}?\s(?:to\s+)?$").unwrap()
});

/// Builds a claim from its parts.
#[allow(clippy::too_many_arguments)]
pub fn build_claim(
    doc: &Document<'_>,
    offsets: &CharOffsets<'_>,
    f: &Firing<'_>,
    reading: &Reading,
    show: &str,
    season: Option<u16>,
    network: Option<String>,
    said_by: Option<String>,
    date: Option<(PartialDate, String)>,
) -> StatusClaim {
    let (date, date_basis, date_text) = match date {
        Some((d, t)) => (Some(d), DateBasis::Text, Some(t)),
        None => match doc.published {
            Some(p) => (Some(p), DateBasis::Published, None),
            None => (None, DateBasis::Unknown, None),
        },
    };
    let mut certainty = reading.certainty;
    if certainty == Certainty::Confirmed && reading.status != Status::Undecided {
        let sent = doc.sentence_text(f.sentence);
        if said_by.as_deref().is_some_and(speaker_is_outlet) || is_reported(sent) {
            certainty = Certainty::Reported;
        }
    }
    StatusClaim {
        kind: "status".into(),
        show: show.to_string(),
        status: reading.status,
        season,
        network,
        said_by,
        certainty,
        date,
        date_basis,
        date_text,
        rule: reading.rule.clone(),
        evidence: doc.evidence(f.sentence, offsets),
        trigger: Some(Evidence {
            start: offsets.char_at(f.span.start),
            end: offsets.char_at(f.span.end),
            text: doc.text[f.span.clone()].to_string(),
        }),
        background: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn season_numbers_follow_the_decision() {
        let s = "Netflix cancelled the show after one season.";
        let t = s.find("cancelled").unwrap()..s.find("cancelled").unwrap() + 9;
        assert_eq!(season_for(s, &t, Status::Cancelled), Some(2));
        let s = "It will end with its fifth and final season.";
        let t = s.find("final season").unwrap()..s.len();
        assert_eq!(season_for(s, &t, Status::Ending), Some(5));
        let s = "HBO renewed it for Season 3.";
        assert_eq!(season_for(s, &(4..11), Status::Renewed), Some(3));
        let s = "HBO renewed it for a second season.";
        assert_eq!(season_for(s, &(4..11), Status::Renewed), Some(2));
        // A renewal never concerns the first season: the one named is the one behind it.
        let s = "They are back this year, but will they live up to series one?";
        let t = s.find("back").unwrap()..s.find("back").unwrap() + 4;
        assert_eq!(season_for(s, &t, Status::Renewed), Some(2));
        assert_eq!(season_for(s, &t, Status::Ending), Some(1));
    }

    #[test]
    fn speakers_are_outlets_or_people() {
        assert_eq!(
            speaker_in("Variety confirmed the cancellation in November 2022.").as_deref(),
            Some("Variety")
        );
        assert_eq!(
            speaker_in("she told Deadline in an interview.").as_deref(),
            Some("Deadline")
        );
        assert_eq!(speaker_in("“It's over,” Cho said.").as_deref(), Some("Cho"));
        assert_eq!(
            speaker_in("according to The Hollywood Reporter, it is done").as_deref(),
            Some("The Hollywood Reporter")
        );
    }

    #[test]
    fn networks_are_found_and_canonicalised() {
        let n: Vec<String> = networks_in("Netflix's show moved to Apple TV Plus after CW passed.")
            .into_iter()
            .map(|x| x.1)
            .collect();
        assert_eq!(n, vec!["Netflix", "Apple TV+", "The CW"]);
        assert!(networks_in("Max Greenfield stars").is_empty());
    }
}
