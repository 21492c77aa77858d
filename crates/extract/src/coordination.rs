//! Coordinated titles: a decision read for one title of a list holds for the whole list.
//!
//! "Naked Attraction, Scared of the Dark, medical documentary Rescue: Extreme Medics and
//! Four Weddings have all been scrapped": the rule's own reading finds the title beside
//! the verb; the others are its coordinated siblings. Each sibling is a title-shaped run
//! (a known mention, or a capitalised run) with at most a few lower-case words describing
//! it, separated from its neighbour by a list separator, and ending where a list item
//! ends. Anything else (a verb, a relative clause, a person's name, a network) ends the
//! list.

use crate::mentions::{
    backward_span, forward_span_list, is_network, is_outlet, looks_like_named_person, never_title,
    plausible_title, Mention,
};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

static OWNER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?:(?:[B-Z]|A[\w.&+-])[\w.&+-]*\s+){0,2}[A-Z][\w.&+-]*(?:['’]s|s['’])\s+")
        .unwrap()
});

/// Whether a run stands in double quotes: "NBC Renews "Chuck," Holds Off Airing Until
/// Midseason" sets its anchor off so, and its siblings are set off so too; an unquoted
/// run is the sentence going on.
fn dquoted(text: &str, r: &Range<usize>) -> bool {
    text[..r.start].ends_with(['"', '“']) || text[r.end..].starts_with(['"', '”'])
}

const QUOTES: &[char] = &['\'', '’', '‘', '"', '“', '”'];

/// A separator after a list item, with an optional gloss in parentheses before it:
/// ", ", ", and ", " and ", " & ", ", as well as ", " (CBS), ", or a space between two
/// quoted titles ("‘For All Mankind’ ‘See’"). A title's own "?" or "!" may stand before
/// it ("Are You There, Chelsea?, Awake, Bent"), and so may the stop of a title's initials
/// ("Agents of S.H.I.E.L.D., Nashville").
static SEP_RIGHT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r#"^(?:[’"”]\s+[‘"“]|[?!.]?['’"”]?(?:\s\([^()\n]{1,60}\))?['’"”]?(?:,['’"”]?\s+(?:and\s+|or\s+|as\s+well\s+as\s+|along\s+with\s+|plus\s+)?|\s+(?:and|or|&|as\s+well\s+as|along\s+with|plus)\s+)['‘"“]?)"#).unwrap()
});

/// The same separator, ending where the next item starts.
static SEP_LEFT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r#"(?:[’"”]\s+[‘"“]|[?!.]?['’"”]?(?:\s\([^()\n]{1,60}\))?['’"”]?(?:,['’"”]?\s+(?:and\s+|or\s+|as\s+well\s+as\s+|along\s+with\s+|plus\s+)?|\s+(?:and|or|&|as\s+well\s+as|along\s+with|plus)\s+)['‘"“]?)$"#).unwrap()
});

/// Where a list item may end: punctuation, the end of the text, or a word that carries
/// the sentence on ("A, B and C have all been scrapped", "A and B for new seasons").
static ITEM_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r#"^['’"”]?(?:\s\([^()\n]{1,60}\))?['’"”]?(?:\s*$|[.;:!?)]|,|\s+[—–-]\s|\s+(?:and|or|&|plus|as\s+well\s+as|along\s+with|have|has|are|were|will|would|all|both|each|also|for|in|on|at|after|from|to|as|this|next|due|with)(?-u:\b))"#).unwrap()
});

/// Lower-case words that are no description of a title: verbs, clauses, prepositions.
const NOT_DESCRIPTIVE: &[&str] = &[
    "which",
    "who",
    "whose",
    "that",
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "but",
    "while",
    "with",
    "by",
    "to",
    "for",
    "on",
    "in",
    "as",
    "at",
    "of",
    "from",
    "be",
    "been",
    "being",
    "not",
    "also",
    "then",
    "so",
    "if",
    "when",
    "after",
    "before",
    "since",
    "because",
    "although",
    "though",
    "it",
    "they",
    "he",
    "she",
    "we",
    "you",
    "i",
    "its",
    "their",
    "his",
    "her",
    "this",
    "these",
    "those",
    "what",
    "where",
    "how",
    "said",
    "says",
    "got",
    "gets",
    "get",
    "did",
    "does",
    "do",
    "can",
    "now",
    "just",
    "still",
    "even",
    "only",
    "more",
    "most",
    "other",
    "others",
    "all",
    "both",
    "each",
    "some",
    "many",
    "several",
    "few",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "renew",
    "renews",
    "renewing",
    "cancel",
    "cancels",
    "cancelling",
    "canceling",
    "ending",
    "returning",
    "return",
    "returns",
    "end",
    "ends",
    "axe",
    "axes",
    "axing",
    "order",
    "orders",
    "ordering",
    "picking",
    "bringing",
    "reviving",
    "saving",
    "starring",
    "including",
    "like",
    "such",
    "plus",
    "than",
    "into",
    "over",
    "about",
    "up",
    "out",
    "off",
    "down",
    "back",
    "there",
    "here",
    "them",
    "him",
    "our",
    "your",
    "my",
    "no",
    "nor",
    "yet",
    "and",
    "or",
    "&",
    "a",
    "an",
    "the",
    // "Scrubs, creator Bill Lawrence": a role names a person, not a show.
    "creator",
    "co-creator",
    "showrunner",
    "star",
    "co-star",
    "actor",
    "actress",
    "producer",
    "director",
    "writer",
    "host",
    "boss",
    "chief",
    "president",
    "executive",
    "author",
    "novelist",
    "comedian",
    "narrator",
];

/// Adjectives ending in "-ed" that describe a show ("acclaimed hospital sitcom").
const ED_ADJECTIVES: &[&str] = &[
    "acclaimed",
    "beloved",
    "animated",
    "celebrated",
    "storied",
    "underrated",
    "overlooked",
    "troubled",
    "embattled",
    "fabled",
    "scripted",
    "heralded",
    "buzzed",
    "talked",
    "rated",
    "animated",
    "unscripted",
    "extended",
    "limited",
    "revered",
    "esteemed",
    "supersized",
];

fn descriptive(w: &str) -> bool {
    let w = w.trim_end_matches(',');
    !w.is_empty()
        && w.chars()
            .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-')
        && w.chars().next().is_some_and(char::is_lowercase)
        && !NOT_DESCRIPTIVE.contains(&w)
        && (!w.ends_with("ed") || w.contains('-') || ED_ADJECTIVES.contains(&w))
}

/// The length of the words describing an item at the start of `rest`: an article or a
/// possessive name ("Shondaland’s", "the"), then at most three descriptive words. `None`
/// when a word there cannot describe a title.
fn descriptor_len(rest: &str) -> Option<usize> {
    let mut at = 0;
    let mut words = 0;
    let mut owner = false;
    loop {
        let tail = &rest[at..];
        let w_end = tail.find(' ').unwrap_or(tail.len());
        let w = &tail[..w_end];
        if w_end == tail.len() {
            // The item itself must follow.
            return Some(at);
        }
        let lower = w.to_lowercase();
        let article = words == 0
            && matches!(lower.as_str(), "the" | "a" | "an")
            && w.chars().next().is_some_and(char::is_lowercase);
        // "Lil Parker’s Dune Street", "NBC’s Night Court", "Shondaland’s Grey Harbor": an
        // owner's name (a person of two or three words, a network, or one name before a
        // description). One name against a capital is the title's own ("Grey’s Anatomy").
        if !owner && words == 0 {
            if let Some(m) = OWNER.find(tail).filter(|_| !tail.starts_with("The ")) {
                let name = m.as_str().trim_end();
                let bare = name
                    .trim_end_matches(['s', '’', '\''])
                    .trim_end_matches(['’', '\'']);
                let next_lower = tail[m.end()..].starts_with(|c: char| c.is_lowercase());
                if name.contains(' ') || is_network(bare) || next_lower {
                    owner = true;
                    at += m.end();
                    continue;
                }
            }
        }
        if article && !owner {
            at += w_end + 1;
            continue;
        }
        if w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || QUOTES.contains(&c))
        {
            return Some(at);
        }
        if !descriptive(w) || words == 3 {
            return None;
        }
        words += 1;
        at += w_end + 1;
    }
}

/// Whether a run may be a sibling title; `opens` when it opens the sentence, where a
/// capitalised sentence opener ("According", "Meanwhile") is no title word.
/// `listed` when the list already has a sibling on this side: a name shaped like a
/// person's is then a title ("Trying, Ted Lasso, and Physical").
fn sibling_ok(t: &str, opens: bool, listed: bool) -> bool {
    // "Copper Veil on Netflix": a network at the end is where the show airs.
    let words: Vec<&str> = t.split_whitespace().collect();
    let network_tail = (1..=2.min(words.len().saturating_sub(1)))
        .any(|k| is_network(&words[words.len() - k..].join(" ")));
    t.chars().any(char::is_alphabetic)
        && !network_tail
        && plausible_title(t)
        && !is_network(t)
        && !is_outlet(t)
        && !never_title(t)
        && (listed || !looks_like_named_person(t))
        && !t.split_whitespace().next().is_some_and(|w| {
            opens
                && crate::lexicon::SENTENCE_OPENERS.contains(&w)
                && !matches!(w, "The" | "A" | "An")
                || crate::mentions::MONTHS.contains(&w)
        })
}

/// Where the last item read so far starts: the last of `right`, else the anchor.
fn start_of(right: &[Range<usize>], anchor: &Range<usize>) -> usize {
    right.last().map_or(anchor.start, |r| r.start)
}

/// The titles coordinated with the one at `anchor`, within `reach`, in text order and
/// without the anchor. `trigger` is never part of an item.
pub fn coordinated(
    text: &str,
    reach: Range<usize>,
    anchor: Range<usize>,
    here: &[&Mention],
    trigger: &Range<usize>,
) -> Vec<String> {
    let known_at = |start: usize| {
        here.iter()
            .filter(|m| !m.non_series && m.span.start >= start && m.span.start <= start + 1)
            .filter(|m| {
                text[start..m.span.start]
                    .chars()
                    .all(|c| QUOTES.contains(&c))
            })
            .max_by_key(|m| m.span.len())
            .map(|m| m.span.clone())
    };
    let known_ending = |end: usize| {
        here.iter()
            .filter(|m| !m.non_series && m.span.end <= end && m.span.end + 3 >= end)
            .filter(|m| text[m.span.end..end].chars().all(|c| QUOTES.contains(&c)))
            .max_by_key(|m| m.span.len())
            .map(|m| m.span.clone())
    };
    let crosses = |r: &Range<usize>| r.start < trigger.end && r.end > trigger.start;
    // "renewals for A, the final season of B, C and D": a trigger inside a list item
    // ("the final season of") is that item's alone.
    if trigger.end <= anchor.start
        && trigger.start >= reach.start
        && text[trigger.end..anchor.start].split_whitespace().count() <= 3
    {
        let before = text[reach.start..trigger.start].trim_end();
        let before = before
            .strip_suffix(" the")
            .or_else(|| before.strip_suffix(" a"))
            .unwrap_or(before);
        if SEP_LEFT.is_match(&format!("{before} ")) && !before.trim_end().ends_with(':') {
            return Vec::new();
        }
    }
    let mut right = Vec::new();
    let mut end = anchor.end;
    for _ in 0..15 {
        let Some(sep) = SEP_RIGHT.find(&text[end..reach.end]) else {
            break;
        };
        let at = end + sep.end();
        if at > trigger.start && end < trigger.end {
            break;
        }
        let known = known_at(at);
        let Some(d) = descriptor_len(&text[at..reach.end]).or(known.as_ref().map(|_| 0)) else {
            break;
        };
        let start = at + d;
        let Some(r) = known.or_else(|| known_at(start)).or_else(|| {
            // The run may leave out a leading article: "stalwart The Rookie".
            // "The Rookie as well as ...": the run is looked for before the next separator.
            let lim = [" as well as ", " along with "]
                .iter()
                .filter_map(|p| text[start..reach.end].find(p))
                .min()
                .map_or(reach.end, |k| start + k);
            forward_span_list(&text[..lim], start, lim).filter(|r| {
                matches!(
                    text[start..r.start].trim_matches(|c: char| QUOTES.contains(&c)),
                    "" | "The " | "A " | "An "
                )
            })
        }) else {
            break;
        };
        let t = &text[r.clone()];
        // "Winning Time: The Rise and Fall of the Lakers": a fixed pair of words joins
        // one title's halves, which the run reader cannot put together; neither is a
        // sibling.
        if text[end..r.start].trim() == "and" && crate::lexicon::binomial(&text[start_of(&right, &anchor)..end], t) {
            right.pop();
            break;
        }
        // "NBC Renews "Chuck," Holds Off Airing Until Midseason": where the anchor is
        // set off in double quotes, so are its siblings; an unquoted run is the
        // sentence going on.
        if crosses(&r)
            || !sibling_ok(t, false, !right.is_empty())
            || !ITEM_END.is_match(&text[r.end..reach.end])
            || dquoted(text, &anchor) && !dquoted(text, &r)
        {
            break;
        }
        right.push(r.clone());
        end = r.end;
    }
    let mut left = Vec::new();
    let mut start = anchor.start;
    for _ in 0..15 {
        // The words describing the current item go with it: "medical documentary Rescue".
        let head = &text[reach.start..start];
        let mut cut = head.len();
        for _ in 0..4 {
            let h = head[..cut].trim_end_matches(' ');
            let Some(k) = h.rfind(' ') else { break };
            let w = &h[k + 1..];
            if descriptive(w) || matches!(w, "the" | "a" | "an") {
                cut = k + 1;
            } else {
                break;
            }
        }
        let Some(sep) = SEP_LEFT.find(&head[..cut]) else {
            break;
        };
        let at = reach.start + sep.start();
        let Some(r) = known_ending(at)
            .or_else(|| backward_span(text, reach.start, at).filter(|r| r.end == at))
        else {
            break;
        };
        let t = &text[r.clone()];
        let opens = text[reach.start..r.start].trim().is_empty();
        // "“Who Said That Anyway?” and “Maple Court”": a quoted anchor's sibling is a
        // whole quoted title, not the tail of one.
        if crosses(&r) || !sibling_ok(t, opens, !left.is_empty()) || dquoted(text, &anchor) && !text[..r.start].ends_with(['"', '“']) {
            break;
        }
        left.push(r.clone());
        start = r.start;
    }
    // "the final book in the trilogy, The Mirror and The Light, and ... Black Mirror": a
    // run that opens on a book's or a film's name is that work's, not a list of shows.
    let work_named = |r: &Range<usize>| {
        let before = text[..r.start].trim_end_matches(|c: char| c == ' ' || QUOTES.contains(&c)).to_lowercase();
        ["trilogy", "novel", "book", "film", "movie", "memoir", "play"]
            .iter()
            .any(|w| before.ends_with(w) || before.strip_suffix(',').is_some_and(|b| b.ends_with(w)))
    };
    if left.last().is_some_and(work_named) {
        left.clear();
        start = anchor.start;
    }
    // "starring Kristen Bell, Ted Danson and ...": a cast list, whatever the trigger
    // found in it. The list's clause runs back to a dash, a colon, a parenthesis or the
    // trigger.
    let head = &text[reach.start..start];
    let mut from = head.rfind(['—', '–', ';', '(', ':']).map_or(0, |k| {
        k + head[k..].chars().next().map_or(1, char::len_utf8)
    });
    if trigger.end <= start && trigger.end >= reach.start {
        from = from.max(trigger.end - reach.start);
    }
    let clause = format!(" {} ", head[from.min(head.len())..].to_lowercase());
    // A quoted anchor is a title, whatever its words ("'Kevin Hill' (UPN)").
    let quoted = text[..anchor.start].ends_with(['"', '“', '‘']);
    if looks_like_named_person(&text[anchor.clone()]) && !quoted
        || [" starring ", " stars ", " featuring ", " cast ", " actors "]
            .iter()
            .any(|w| clause.contains(w))
    {
        return Vec::new();
    }
    left.reverse();
    let anchor_at = left.len();
    left.push(anchor);
    left.extend(right);
    join_inner_pairs(text, &left, anchor_at)
}

/// "Crusoe, Kath and Kim, Knight Rider, and Kings": in a list whose last item comes after
/// a comma and its "and" (the serial comma), a bare "and" between two items earlier on
/// joins one title's words ("Kath and Kim"), not two titles. `items` are in text order,
/// `anchor_at` the anchor's index; the result leaves the anchor out unless it is half of a
/// joined title (the caller then drops the half).
fn join_inner_pairs(text: &str, items: &[Range<usize>], anchor_at: usize) -> Vec<String> {
    let seps: Vec<&str> = items
        .windows(2)
        .map(|w| text[w[0].end..w[1].start].trim_matches(|c: char| QUOTES.contains(&c)))
        .collect();
    // The list may run on past the items read ("..., Samantha Who?, The Game, and
    // Everyone Hates Chris"): its serial "and" is then further on.
    let after = items.last().map_or("", |r| &text[r.end..]);
    let after = &after[..after.find(['.', ';', '\n']).unwrap_or(after.len())];
    let runs_on = after.starts_with(", ") || after.starts_with("?, ");
    let serial = seps
        .last()
        .is_some_and(|s| matches!(s.trim(), ", and" | ", or" | ",and"))
        || runs_on && (after.contains(", and ") || after.contains(", or "));
    // Past the items read: the list goes on to its "and".
    let conj_after = runs_on && (after.contains(" and ") || after.contains(" or "));
    let mut out = Vec::new();
    let mut k = 0;
    while k < items.len() {
        let bare_and = seps.get(k).is_some_and(|s| *s == " and " || *s == " & ");
        let inner = k + 1 < seps.len();
        // "Trial by Kyle and Hughesy, We Have a Problem, Gogglebox and Ambulance": a bare
        // "and" before a comma, with the list's own "and" still to come, is inside a title.
        let comma_next = seps.get(k + 1).is_some_and(|s| *s == ", ");
        // Another comma item, then the list's "and": "A and B, C, D and E", not "A and
        // B, C and D" (two pairs, or three items and a pair).
        let tail = &seps[(k + 2).min(seps.len())..];
        let and_later = match tail.iter().position(|s| matches!(s.trim(), "and" | ", and" | "or" | ", or")) {
            Some(j) => j > 0 && tail[..j].iter().all(|s| *s == ", "),
            None => tail.iter().all(|s| *s == ", ") && conj_after,
        };
        if (serial || comma_next && and_later) && bare_and && inner {
            let joined = &text[items[k].start..items[k + 1].end];
            if plausible_title(joined) && joined.split_whitespace().count() <= 6 {
                out.push(joined.to_string());
                k += 2;
                continue;
            }
        }
        if k != anchor_at {
            out.push(text[items[k].clone()].to_string());
        }
        k += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sib(s: &str, anchor: &str, trigger: &str) -> Vec<String> {
        let a = s.find(anchor).unwrap();
        let t = s.find(trigger).unwrap();
        coordinated(
            s,
            0..s.len(),
            a..a + anchor.len(),
            &[],
            &(t..t + trigger.len()),
        )
    }

    #[test]
    fn siblings_before_the_verb() {
        let s = "According to The Courier, Night Ledger, Scared of Rain, medical documentary Rescue Crew: Night Medics and Five Brides have all been scrapped.";
        assert_eq!(
            sib(s, "Five Brides", "scrapped"),
            [
                "Night Ledger",
                "Scared of Rain",
                "Rescue Crew: Night Medics"
            ]
        );
    }

    #[test]
    fn siblings_after_the_verb_with_descriptors() {
        let s = "ABC also cancelled the fantastic Hollow Pines, the delightful Drift Apart Together and Marsh Road.";
        assert_eq!(
            sib(s, "Hollow Pines", "cancelled"),
            ["Drift Apart Together", "Marsh Road"]
        );
        let s = "ABC renewed its dramas Grey Harbor and Station 12, stalwart The Rookery as well as newcomer Abbott Hill.";
        assert_eq!(
            sib(s, "Station 12", "renewed"),
            ["Grey Harbor", "The Rookery", "Abbott Hill"]
        );
        let s = "The network renewed Grey Harbor and Lil Parker’s Dune Street for second seasons.";
        assert_eq!(sib(s, "Grey Harbor", "renewed"), ["Dune Street"]);
    }

    #[test]
    fn a_new_clause_or_a_person_ends_the_list() {
        let s = "Hulu renewed Quiet Orchard, and Maria Lopez said the cast was thrilled.";
        assert!(sib(s, "Quiet Orchard", "renewed").is_empty());
        let s = "Fox renewed Tinder Box and canceled Lanterns.";
        assert!(sib(s, "Tinder Box", "renewed").is_empty());
        let s = "The comedy, starring Kristen Bale, Ted Dane and Jameela Jamil, was renewed.";
        assert!(sib(s, "Jameela Jamil", "renewed").is_empty());
        let s = "The quirky comedy — starring Kristen Bale, Ted Dane, Jameela Jamil, and D’Arcy Garden — was renewed.";
        assert!(sib(s, "D’Arcy Garden", "renewed").is_empty());
        let s = "Hulu renewed Quiet Orchard, starring Maria Lopez and Dan Reyes.";
        assert!(sib(s, "Quiet Orchard", "renewed").is_empty());
        let s = "Netflix cancelled Lumen, which ran for two seasons, and Patchwork.";
        assert!(sib(s, "Lumen", "cancelled").is_empty());
    }

    #[test]
    fn a_bare_and_inside_a_serial_comma_list_joins_one_title() {
        let s = "The network cancelled Harbor Row, Pim and Pat, Knight Lane, and Quarry Hill.";
        assert_eq!(
            sib(s, "Harbor Row", "cancelled"),
            ["Pim and Pat", "Knight Lane", "Quarry Hill"]
        );
        // Without the serial comma the last "and" is the list's own.
        let s = "The network cancelled Harbor Row, Knight Lane and Quarry Hill.";
        assert_eq!(sib(s, "Harbor Row", "cancelled"), ["Knight Lane", "Quarry Hill"]);
        // A pair before two more comma items and the list's "and" is one title.
        let s = "The slate includes new seasons of Trial by Kit and Kaz, Dry Gulch, Pony Club and Lantern Row.";
        assert_eq!(
            sib(s, "Dry Gulch", "includes"),
            ["Trial by Kit and Kaz", "Pony Club", "Lantern Row"]
        );
        // Two pairs are two pairs of titles.
        let s = "The network cancelled Harbor Row and Quarry Hill, Dry Gulch and Pony Club.";
        assert_eq!(
            sib(s, "Harbor Row", "cancelled"),
            ["Quarry Hill", "Dry Gulch", "Pony Club"]
        );
    }

    #[test]
    fn a_network_is_no_sibling() {
        let s = "We saw Copper Vale on Netflix and Harbor Row on ABC cancelled.";
        assert!(sib(s, "Harbor Row", "cancelled").is_empty());
        let s = "Apple renewed both Tideway and The Mapmaker's Wife for second seasons.";
        assert!(
            sib(s, "Tideway", "renewed").is_empty()
                || sib(s, "Tideway", "renewed") == ["The Mapmaker's Wife"]
        );
        let s = "Those join renewals for Big Bend, the final season of How I Met Your Aunt, NCIX and CSX.";
        assert!(sib(s, "How I Met Your Aunt", "final season of").is_empty());
        let s = "The drama Red Acre, along with NBC and Peacock, was cancelled.";
        assert!(sib(s, "Red Acre", "cancelled").is_empty());
    }
}
