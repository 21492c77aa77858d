//! Document → Mentions: where show titles occur, found from quotes, cues and known titles.

use crate::lexicon::*;
use regex::Regex;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// One occurrence of a title in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub title: String,
    /// Byte span in the document text.
    pub span: Range<usize>,
    pub sentence: usize,
    /// Marked as a film, book, person's credit or similar ("the 'Teen Wolf' movie").
    pub non_series: bool,
}

/// How a title candidate was found; stronger cues win when counting the main show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cue {
    /// Repeated in the article as a capitalised run, and named by nothing else.
    Repeated,
    Trigger,
    /// A line of its own ("Marrow Lane (AMC)") or a list line's lead ("The Tin Crown — ...").
    Line,
    Possessive,
    Season,
    Quoted,
    Known,
}

static QUOTED: LazyLock<Regex> = LazyLock::new(|| {
    // A closing quote typed as an opening one ("‘Arrow‘, ‘The Flash’") still closes
    // when a space or punctuation follows it; a possessive "’s" inside is no closing quote
    // ("‘DC’s Legends of Tomorrow’").
    crate::rules::rx(r#""([^"\n]{1,80})"|“([^”“\n]{1,80})(?:”|“(?:[\s,.:;)!?]|$))|(?:^|[\s(\-–—])'([^'\n]{1,60})'(?:[\s,.:;)!?\-–—]|$)|‘((?:[^’‘\n]|’s){1,60})(?:’|‘(?:[\s,.:;)!?]|$))|„([^“”„\n]{1,80})[“”]|«\s?([^»«\n]{1,80}?)\s?»"#).unwrap()
});
static GENRE_APPOSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?-u:\b)(?:the|a|an|hit|new|popular|beloved)\s+(?:[a-zA-Z-]+\s+){0,3}?(?:anime|drama|dramedy|sitcom|comedy|thriller|series|docuseries|miniseries|procedural|k-drama|K-drama),\s+").unwrap()
});
static SEASON_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:season|series)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?-u:\b)|(?-u:\b)S\d{1,2}(?-u:\b)").unwrap()
});
/// The genre noun of a list item, before its title ("mystery Avalon", "Swank-starrer
/// Alaska", "The Rookie spinoff The Rookie: Feds").
static ITEM_GENRE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?:(?-u:\b)|-)(?:drama|comedy|mystery|thriller|sitcom|series|spinoff|spin-off|prequel|sequel|reboot|adaptation|anthology|procedural|dramedy|docuseries|miniseries|mockumentary|docudrama|telenovela|fantasy|horror|anime|romance|western|starrer|show)\s+").unwrap()
});
static PEOPLE_BEFORE_LIST: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:actors?|actresses|cast|cast\s+members|stars|co-stars|performers|creators|writers|directors|producers|guests|hosts|judges|contestants)\s*,?\s*$").unwrap()
});
static FANS_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::rx(r"\s(?:fans|diehards|devotees)(?-u:\b)").unwrap());
static VERB_CUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?-u:\b)(?:renew(?:ed|s)|recomm?iss?ion(?:ed|s)|cancel(?:l?ed|s)|ax(?:ed|es)|picked\s+up|picks\s+up|sav(?:ed|es)|order(?:ed|s)|reviv(?:ed|es)|rescu(?:ed|es)|greenlit|green-?lights|scrapp(?:ed|s)|brought\s+back|brings\s+back|bringing\s+back|is\s+reviving|un-?cancell?ed|un-?cancels|(?i:fans|viewers)\s+of)\s+").unwrap()
});
static LIST_CUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?-u:\b)(?:including|such\s+as|among\s+them|shows\s+like|series\s+like|(?i:renewed|cancell?ed|axed|picked\s+up|revived|ordered|returning)\s+(?:[A-Za-z-]+\s+){0,2}?(?:shows|series|comedies|dramas|sitcoms|freshmen|titles|programs|programmes)(?:\s+(?:for|on|at)\s+(?:the\s+)?[A-Z][\w+&!]*(?:\s+[A-Z][\w+&!]*){0,2})?(?:\s+(?:include|includes|are|were))?)\s+").unwrap()
});
/// "One Day at a Time, the critically acclaimed Netflix series that ...".
static APPOSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^([A-Z][^,]{1,60}),\s+(?:the|a|an)\s+(?:[\w'’+-]+\s+){0,5}?(?:series|show|drama|comedy|sitcom|thriller|dramedy|procedural|miniseries|docuseries|anthology|prequel|sequel|spinoff|spin-off|reboot|revival|adaptation|hit|favorite|favourite|staple)(?-u:\b)").unwrap()
});
/// "... continued with Harrow Lane, an adaptation of ...", "Dry Spell, their smash hit
/// comedy": a title named by the appositive after it, anywhere in the sentence.
/// "portrayed DCI Tom Brannick in Bloodlands, which launched in 2021": a name whose
/// clause says it aired.
static AIRED_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"[A-Za-z0-9!?’'”]\s*,\s+which\s+(?:first\s+|originally\s+|initially\s+)?(?:launched|premiered|aired|debuted|began\s+airing|first\s+aired)\s+(?:in|on|back\s+in)\s").unwrap()
});
static NAME_BEFORE_GENRE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?-i)\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,3}?((?:[A-Z][\w'’:-]*\s+){0,3}[A-Z][\w'’:-]*)\s+(?:TV\s+)?(?:show|sitcom|dramedy|anime)(?-u:\b)").unwrap()
});
static GENRE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?:Drama|Comedy|Thriller|Sitcom|Procedural|Dramedy|Dramas|Comedies|Thrillers|Sitcoms|Procedurals|Freshman|Sophomore|Veteran)\s+(?:(?:drama|comedy|series|sitcom|thriller|procedural)\s+)?").unwrap()
});
static PLURAL_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?:its|their|the|two|three|four|five)\s+(?:[\w-]+\s+){0,3}?(?:dramas|comedies|shows|series|sitcoms|procedurals|newcomers|freshmen|veterans|half-hours|originals)\s*[,:]\s+(?:including\s+|namely\s+)?").unwrap()
});
static APPOSITIVE_MID: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"[A-Za-z0-9.!?’'”]\s*,\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’+-]+\s+){0,4}?(?:series|show|drama|comedy|sitcom|thriller|dramedy|procedural|miniseries|docuseries|anthology|prequel|spinoff|spin-off|reboot|adaptation)(?-u:\b)").unwrap()
});
/// "its crime drama Velvet Frontier", "the Laura Dern comedy Enlightened", "Hit comedy
/// Dry Spell is set to end", "left by period drama Harbour Lights": a descriptor that
/// introduces the title after it.
static DESCRIPTOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?:(?-u:\b)(?:[Ii]ts|[Tt]heir|[Tt]he|[Hh]er|[Hh]is|[Hh]it|[Pp]opular|[Bb]eloved|[Cc]ult|[Ll]ong-running|[Aa]cclaimed|by|from|with|like|than)|^[A-Z][a-z-]+|(?-u:\b)[A-Z][\w.-]*['’]s)\s+(?:(?:[A-Z][\w'’.+-]*|[a-z][\w'’-]*|[£$€]?\d[\w.,-]*)\s+){0,3}?(?:drama|comedy|series|sitcom|thriller|dramedy|procedural|anthology|miniseries|docuseries|adaptation|reboot|spinoff|spin-off|revival|western|romance|mystery|soap|show|cartoon|animation|docudrama|telenovela)\s+").unwrap()
});
/// "ordered a limited series, Ember Line, for 2021": a descriptor, then the title set off
/// by commas.
static DESCRIPTOR_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?-u:\b)(?:a|an|the|its|their|new)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:drama|comedy|series|sitcom|thriller|dramedy|procedural|anthology|miniseries|docuseries|adaptation|reboot|spinoff|spin-off|revival|show),\s+").unwrap()
});
static SEASON_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:(?:season|series)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|new|latest|next|another|one\s+more|further|\d{1,2}(?:st|nd|rd|th))\s+(?:season|series|run|instal+ment))\s+of\s+").unwrap()
});

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '.' | '&' | '+' | '!' | '?' | ':')
}

pub fn is_cap_word(w: &str) -> bool {
    let mut cs = w.chars();
    match cs.next() {
        Some(c) if c.is_uppercase() || c.is_ascii_digit() => true,
        // "iZombie", "iCarly", "eBay": a lower-case letter before a capital.
        Some(c) if c.is_lowercase() => {
            cs.next().is_some_and(char::is_uppercase)
                && w.chars()
                    .skip(2)
                    .all(|c| c.is_lowercase() || !c.is_alphabetic())
        }
        _ => false,
    }
}

/// Whether a word is a possessive: "Netflix's", "Brand’s", "Banks’".
fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| w.strip_suffix("‘s"))
        .unwrap_or(w)
}

pub fn is_network(w: &str) -> bool {
    let w = strip_possessive(w);
    if NETWORKS.contains(&w) {
        return true;
    }
    // "The BBC", "SYFY", "NETFLIX": an article or capitals do not make another name.
    if let Some(rest) = w.strip_prefix("The ") {
        if NETWORKS.contains(&rest) {
            return true;
        }
    }
    let shouting = w.len() > 2 && !w.chars().any(char::is_lowercase);
    shouting && NETWORKS.iter().any(|n| n.eq_ignore_ascii_case(w))
}

pub fn is_outlet(w: &str) -> bool {
    OUTLETS.contains(&strip_possessive(w))
}

/// A comma list of three or more capitalised names ending in "and"/"or": "officially
/// canceled Midnight, Texas, Blindspot and I Feel Bad", "three dramas, Da Vinci's City
/// Hall, The Tournament and This is Wonderland". The items, when every one of them can
/// be a title and none of them is a person's name, a network or a place word.
pub fn comma_list_items(text: &str, span: Range<usize>) -> Vec<Range<usize>> {
    static LIST: LazyLock<Regex> = LazyLock::new(|| {
        // "Parks and Recreation": an item may hold an "and" of its own.
        let item = r"[A-Z0-9][^\s,;()]*(?:\s+(?:(?:of|the|in|a|an|to|for|on|with|at|by|from|is|&|and)\s+)*[A-Z0-9][^\s,;()]*){0,7}";
        crate::rules::rx(&format!(r"(?-i){item}(?:,\s+{item}){{1,14}},?\s+(?:and|or)\s+{item}")).unwrap()
    });
    static ITEM_SEP: LazyLock<Regex> = LazyLock::new(|| {
        crate::rules::rx(r",\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+").unwrap()
    });
    let sent = &text[span.clone()];
    let mut out = Vec::new();
    for m in LIST.find_iter(sent) {
        // "The $100,000 Pyramid": a list starts at a word's start.
        if sent[..m.start()]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '$' | '.' | '-' | '\'' | '’'))
        {
            continue;
        }
        // "in Atlanta, Vancouver and Toronto", "with Kristen Bell, Ted Danson and ...".
        let before = sent[..m.start()].trim_end();
        let last = before.rsplit(' ').next().unwrap_or("").to_lowercase();
        if matches!(
            last.as_str(),
            "in" | "at" | "from" | "to" | "starring" | "stars" | "with" | "by" | "and" | "like" | "featuring"
                // "Beauty and the Geek, Smallville and ...": a match starting inside a title.
                | "the" | "of" | "a" | "an"
        ) && !before.ends_with(':')
        {
            continue;
        }
        let body = m.as_str();
        // Each item's span in `body`, its closing punctuation left off.
        // Commas part the items; the list's own "and" comes first in the last piece
        // ("..., Up All Night and Whitney"), and an "and" elsewhere is a title's.
        let mut bounds: Vec<(usize, usize)> = ITEM_SEP
            .find_iter(body)
            .filter(|sep| sep.as_str().starts_with(','))
            .map(|sep| (sep.start(), sep.end()))
            .collect();
        let last_from = bounds.last().map_or(0, |b| b.1);
        if let Some(sep) = ITEM_SEP.find_iter(&body[last_from..]).find(|sep| !sep.as_str().starts_with(',')) {
            bounds.push((last_from + sep.start(), last_from + sep.end()));
        }
        let mut items = Vec::new();
        let mut at = 0;
        for (end, next) in bounds.into_iter().chain(std::iter::once((body.len(), body.len()))) {
            let t = body[at..end].trim_end_matches(['.', '!', '?', ':']);
            items.push(at..at + t.len());
            at = next;
        }
        let ok = items.len() >= 3
            && items.iter().all(|r| {
                let t = &body[r.clone()];
                plausible_title(t)
                    && !looks_like_named_person(t)
                    && !MONTHS.contains(&t)
                    && !t.chars().all(|c| c.is_ascii_digit())
            });
        if ok {
            let base = span.start + m.start();
            out.extend(items.into_iter().map(|r| base + r.start..base + r.end));
        }
    }
    out
}

/// Talk shows that are also where people say things ("told The Tonight Show"): outlets
/// for a speaker, but shows in their own right when the text quotes them as titles.
const SHOW_VENUES: &[&str] = &[
    "Good Morning America",
    "The Tonight Show",
    "Jimmy Kimmel Live",
    "The Late Show",
];

/// An outlet that cannot be a show's title.
fn outlet_only(w: &str) -> bool {
    is_outlet(w) && !SHOW_VENUES.contains(&w)
}

pub(crate) const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Sep.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Studios and parent companies, which are never series titles.
const STUDIOS: &[&str] = &[
    "Apple",
    "Pop",
    "Warner Bros",
    "Warner Bros.",
    "Warner Bros. Discovery",
    "Warner Bros. Television",
    "Sony",
    "Sony Pictures Television",
    "Lionsgate",
    "Universal",
    "Universal Television",
    "Paramount",
    "Disney",
    "Comcast",
    "NBCUniversal",
    "Amazon MGM Studios",
    "MGM",
    "A24",
    "Legendary",
    "Skydance",
    "Fremantle",
    "Banijay",
    "Lionsgate Television",
    "20th Television",
    "ABC Signature",
    "CBS Studios",
    "Netflix Studios",
    "Apple Studios",
    "Amazon Studios",
    "HBO Max's",
    "Google",
    "Meta",
    "Spotify",
];

static TRAILING_SEASON: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)\s+(?:season|series|part|volume|s)\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)$|\s+S\d{1,2}$").unwrap()
});
static GLUED_SEASON: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::rx(r"[a-z]season\s*\d{1,2}$").unwrap());
// A label needs its preposition or colon: "Spoilers for X", "Breaking: X"; "Breaking
// Amish", "Watch What Happens Live" and "Trailer Park Boys" are titles whole.
static LEADING_NOISE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?:(?:Spoilers?|Warning|Update|Exclusive|Breaking|Watch|Review|Recap|Photos?|Video|Trailer|Report|Rumou?r|Fans)(?:\s+(?:for|of|on|from|about|to)\s+|\s*:\s*)|(?:While|Although|Though|Because|Unlike|Whereas|Meanwhile,?|Plus,?)\s+(?:an?\s+|the\s+)?|[KJC]-[Dd]rama\s+|(?:Dramas|Comedies|Sitcoms|Thrillers|Procedurals|Docuseries|Dramedies)\s+|(?:There\s+)?Be\s+an?\s+|(?:Chances|Odds)\s+are\s+(?:that\s+)?|(?:Why|How|When)\s+(?:Was|Were|Is|Are|Did|Does|Has|Have|Will)\s+|(?:Is|Are|Will|Does|Did|Has|Have|Can|Could|Should|Would|When\s+Will|When\s+Does|How|Why)\s+|(?:[A-Z][\w.'’]*\s+){0,2}[A-Z][\w.'’]*-(?:produced|starring|starrer|led|fronted|created|helmed|backed|hosted|penned|directed|based|set|shot|made|filmed)\s+)").unwrap()
});

/// A candidate title without what sticks to it in headlines and running text:
/// "The Society Season 2" is "The Society"; "Spoilers for Star Trek" is "Star Trek";
/// "Is High Fidelity" (a question) is "High Fidelity".
pub fn clean_title(t: &str, question: bool) -> &str {
    let mut t = t.trim();
    if let Some(m) = TRAILING_SEASON.find(t) {
        t = t[..m.start()].trim_end_matches([':', ',', '-', '–', ' ']);
    }
    // "New 'Timeless' season 2": a word before the title's opening quote.
    for q in [" '", " ‘", " “", " \""] {
        if let Some(p) = t.find(q) {
            let inner = &t[p + q.len()..];
            // "That '80s Place": an apostrophe before a digit is no quote.
            if t[..p].split_whitespace().count() <= 2
                && inner.starts_with(char::is_uppercase)
                && !inner.contains(['\'', '’', '”', '"'])
                && plausible_title(inner)
            {
                t = inner;
                break;
            }
        }
    }
    // "It's Official: Harbor Lane": a headline's opener before a colon.
    // "Did You Miss It?: X Cancelled": a column's question.
    if let Some((head, rest)) = t.split_once(": ") {
        if (NOT_TITLES.contains(&head) || head.ends_with('?')) && !rest.trim().is_empty() {
            t = rest.trim();
        }
    }
    // "Harbor Lane Seasons: 11": a fact sheet's field run into its title.
    if let Some(i) = t.rfind(" Seasons:").or_else(|| t.rfind(" Episodes:")) {
        if t[i..].split_once(':').is_some_and(|(_, n)| n.trim().chars().all(|c| c.is_ascii_digit())) {
            t = t[..i].trim_end();
        }
    }
    // "Doctor Who, Bridgerton, Slow Horses & More": a headline's list runs on.
    for more in [" & More", " and More", " + More", " & more", " and more"] {
        if let Some(x) = t.strip_suffix(more).filter(|x| x.contains(char::is_alphabetic)) {
            t = x.trim_end_matches([',', ' ']);
        }
    }
    // "Wayward Pinesseason 3": a season typed without its space.
    if let Some(m) = GLUED_SEASON.find(t) {
        t = &t[..m.start() + 1];
    }
    if let Some(x) = t
        .strip_suffix(" TV")
        .filter(|x| x.contains(' ') || x.len() > 3)
    {
        t = x;
    }
    // "Nine’s House Husbands": a network known by a short name ("Nine Network") owns
    // the title after its possessive.
    if let Some((owner, rest)) = t.split_once("’s ").or_else(|| t.split_once("'s ")) {
        if (!owner.contains(' ') && !is_network(owner) && is_network(&format!("{owner} Network"))
            // "USA Network’s Colony": a network's possessive is no part of the title.
            || owner.contains(' ') && is_network(owner))
            && plausible_title(rest)
        {
            t = rest;
        }
    }
    // "Percy Jackson to Disney+", "Brave New World on Peacock", "The L Word in December":
    // a network or a month after a preposition ends the title.
    for prep in [" on ", " to ", " at ", " from ", " for ", " in ", " via "] {
        if let Some(p) = t.rfind(prep) {
            let tail = t[p + prep.len()..].trim_end_matches(['.', ',', ';', ':']);
            // "Wentworth from FremantleMedia Australia": a studio after "from".
            let studio = prep == " from "
                && (STUDIOS.contains(&tail)
                    || tail.split_whitespace().any(|w| {
                        w.ends_with("Media")
                            || matches!(w, "Productions" | "Studios" | "Television" | "Entertainment" | "Pictures" | "Films")
                    }));
            if (is_network(tail) || MONTHS.contains(&tail) || studio) && plausible_title(&t[..p]) {
                t = &t[..p];
            }
        }
    }
    // "Dash & Lily and the Israeli (series, Hit & Run)": a nationality after "and the"
    // opens the next item, a genre's descriptor.
    if let Some(p) = t.rfind(" and the ") {
        let tail = &t[p + " and the ".len()..];
        if DEMONYMS.contains(&tail) && plausible_title(&t[..p]) {
            t = &t[..p];
        }
    }
    // "Partner Track Star Arden Cho": a title, then its star.
    for sep in [
        " Star ",
        " Stars ",
        " Actor ",
        " Actress ",
        " Creator ",
        " Showrunner ",
    ] {
        if let Some(p) = t.find(sep) {
            if looks_like_person(&t[p + sep.len()..]) && plausible_title(&t[..p]) {
                t = &t[..p];
            }
        }
    }
    if let Some(m) = LEADING_NOISE.find(t) {
        let rest = &t[m.end()..];
        let auxiliary = m.as_str().split_whitespace().next().is_some_and(|w| {
            matches!(
                w,
                "Is" | "Are"
                    | "Will"
                    | "Does"
                    | "Did"
                    | "Has"
                    | "Have"
                    | "Can"
                    | "Could"
                    | "Should"
                    | "Would"
                    | "When"
                    | "How"
                    | "Why"
            )
        });
        // "Are You Being Served?", "Are You There Chelsea?": a title that is itself a
        // question keeps its verb before its pronoun.
        let asks = auxiliary
            && rest
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "You" | "We" | "I" | "They" | "It" | "There" | "He" | "She"));
        if (!auxiliary || question) && plausible_title(rest) && !asks {
            t = rest;
        }
    }
    t
}

/// Whether a list line's text can be a title: looser than running text (a list line is
/// a title by its place), but not a sentence, a person's name or a date.
pub fn list_title_ok(t: &str) -> bool {
    list_title_shape_ok(t) && !looks_like_named_person(t)
}

/// [`list_title_ok`] without its person test: "Eli Stone", "Ray Donovan" in a list of
/// cancelled shows are titles, though they read as names.
pub fn list_title_shape_ok(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 || is_network(t) || is_outlet(t) || never_title(t) {
        return false;
    }
    if count_of_rest(&words) {
        return false;
    }
    let first = words[0].trim_start_matches(['"', '“', '‘', '\'']);
    if !(is_cap_word(first) || first.chars().next().is_some_and(|c| c.is_ascii_digit())) {
        return false;
    }
    // Mostly capitalised words: "One of Us Is Lying", "Let The Right One In".
    let content: Vec<&&str> = words
        .iter()
        .filter(|w| !TITLE_CONNECTORS.contains(&w.to_lowercase().as_str()))
        .collect();
    let caps = content
        .iter()
        // "That '90s Show": a decade's elided century counts as a number.
        .filter(|w| {
            is_cap_word(w)
                || w.trim_start_matches(['\'', '’', '‘'])
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
        })
        .count();
    if content.is_empty() || caps * 4 < content.len() * 3 {
        return false;
    }
    if words.len() == 1
        && (SENTENCE_OPENERS.contains(&first)
            || TITLE_STOPS.contains(&first)
            || MONTHS.contains(&first))
    {
        return false;
    }
    true
}

/// Whether a cue-found span can be a series title.
/// "2020-21", "2023–24": a season of the broadcast schedule, never a show.
pub fn is_year_range(t: &str) -> bool {
    // "ABC's 2019-2020 TV season": the medium after the years.
    let t = t.trim();
    let t = t.strip_suffix(" TV").unwrap_or(t);
    let parts: Vec<&str> = t.split(['-', '–', '/']).collect();
    parts.len() == 2
        && parts
            .iter()
            .all(|d| (2..=4).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
}

/// Names that are never a series' title, however they are cued (quoted, repeated or
/// beside a verb): places, events, the pandemic, a season's own label ("the “Final
/// Season”"), and a network's name misspelled ("WGN American").
/// The last words of the networks named in more than one word ("Central" of "Comedy
/// Central"), built once: `never_title` asks on every candidate.
static NETWORK_LAST_WORDS: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    crate::lexicon::NETWORKS
        .iter()
        .filter_map(|n| n.rsplit_once(' '))
        .filter(|(pre, _)| !pre.is_empty())
        .map(|(_, last)| last)
        .collect()
});

/// Countries, which name where a show is made, sold or set.
const COUNTRIES: &[&str] = &[
    "Canada", "Japan", "China", "India", "France", "Germany", "Italy", "Spain", "Mexico",
    "Brazil", "Australia", "England", "Scotland", "Ireland", "Wales", "Korea", "South Korea",
    "America", "Britain", "Great Britain", "United States", "United Kingdom", "New Zealand",
    "Sweden", "Norway", "Denmark", "Finland", "Netherlands", "Belgium", "Poland", "Russia",
    "Turkey", "Israel", "Argentina", "Colombia", "Chile", "Nigeria", "South Africa",
    "Philippines", "Thailand", "Indonesia", "Malaysia", "Singapore", "Pakistan", "Egypt",
];

pub fn never_title(t: &str) -> bool {
    // "Due to COVID-19", "Thanks to Netflix": a cause's preposition opens no title.
    // "Courtesy of FX", "Photo by Jo Marsh": a picture's credit.
    // "Here are updated ...": a sentence that announces, cut short.
    if page_label(t)
        || ["Due to ", "Thanks to ", "Courtesy of ", "Photo by ", "Photograph by ", "Image via ", "Here are ", "Here is "]
            .iter()
            .any(|p| t.starts_with(p))
    {
        return true;
    }
    // "ABC Reups Nine for '09": a count of shows for a season to come.
    static COUNT_FOR_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        crate::rules::rx(r"^(?:\d{1,2}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Twenty)\s+(?:[A-Z][a-z]+\s+)?(?:for|in)\s+(?:['’]\d\d|\d{4}(?:[-–/]\d{2,4})?)$").unwrap()
    });
    if COUNT_FOR_YEAR.is_match(t) {
        return true;
    }
    // "USA" of "USA Network’s comedy"; "Cancelled At History": a network's name, whole or
    // after a preposition, is where a show airs.
    if !t.is_empty() && (is_network(&format!("{t} Network")) && !is_network(t) || t == "USA") {
        return true;
    }
    if let Some((first, rest)) = t.split_once(' ') {
        if matches!(first, "At" | "On" | "By" | "From" | "Via" | "To") && is_network(rest) {
            return true;
        }
        // "Over at ABC", "Elsewhere on NBC": where a round-up turns next.
        if let Some((prep, net)) = rest.split_once(' ') {
            if matches!(first, "Over" | "Elsewhere" | "Meanwhile" | "Also" | "Back" | "Across")
                && matches!(prep, "at" | "on" | "over")
                && is_network(net)
            {
                return true;
            }
        }
    } else if !is_network(t) && NETWORK_LAST_WORDS.contains(t) {
        // "Central" of "Comedy Central announced": a network's last word.
        return true;
    }
    // "The CW, ABC, Fox": a list of networks.
    if t.contains(", ") && t.split(',').all(|p| is_network(p.trim())) {
        return true;
    }
    let shouted = !t.chars().any(char::is_lowercase);
    if NOT_TITLES.contains(&t)
        || shouted && NOT_TITLES.iter().any(|n| n.eq_ignore_ascii_case(t))
    {
        return true;
    }
    // "The 10 Biggest Bubble Shows of 2012": a class of shows and its year.
    let t_core = t
        .rsplit_once(' ')
        .filter(|(h, y)| {
            y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) && [" of", " in", " from", " for"].iter().any(|p| h.ends_with(p))
        })
        .map_or(t, |(h, _)| h.rsplit_once(' ').map_or(h, |(hh, _)| hh));
    let last = t_core.rsplit(' ').next().unwrap_or(t_core);
    if t_core.contains(' ')
        && matches!(
            last,
            "Awards" | "Award" | "Festival" | "Upfront" | "Upfronts" | "Summit" | "Conference"
                // "the Rugby World Cup": a sports event. ("Bowl" is not: "its Dust Bowl
                // drama, Red Acre" describes the show.)
                | "Cup" | "Olympics" | "Championship" | "Championships" | "Prix"
                // "Limbo Shows", "Alcon Entertainment Television": a class of shows or a
                // company, not a show.
                | "Shows" | "Television" | "Studios" | "Productions" | "Pictures"
                // "our 2023 Renewal Scorecard": the outlet's own chart.
                | "Scorecard" | "Scorecards"
                // "2019 Emmy", "US SVOD": an award, a market.
                | "Emmy" | "Emmys" | "Oscars" | "Globes" | "BAFTAs" | "SVOD" | "AVOD" | "VOD" | "OTT"
        )
    {
        return true;
    }
    // "shot in Japan that got axed", "the Netflix Canada licences": a country is where a
    // show is made or sold.
    if COUNTRIES.contains(&t) {
        return true;
    }
    // "3:53PM EDT": a time stamp.
    if t.split_whitespace().next().is_some_and(|w| {
        let l = w.to_ascii_lowercase();
        let l = l.trim_end_matches("am").trim_end_matches("pm");
        l.split_once(':').is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
        })
    }) {
        return true;
    }
    // "at 9 PM ET on HBO": a clock's marks and time zones ("9pm UK time" among them).
    if t.split_whitespace().all(|w| {
        matches!(
            w.trim_end_matches(['.', ',']),
            "AM" | "PM" | "A.M" | "P.M" | "ET" | "PT" | "CT" | "MT" | "EST" | "EDT" | "PST"
                | "PDT" | "CST" | "CDT" | "GMT" | "BST" | "UK" | "AEST" | "AEDT"
        )
    }) {
        return true;
    }
    // "I`m canceling my HBO": a typed contraction.
    if t.contains('`') {
        return true;
    }
    // "which is bowing out this Christmas": a holiday is a date, not a show.
    if matches!(
        t,
        "Christmas" | "Easter" | "Thanksgiving" | "Halloween" | "New Year" | "Hogmanay" | "Boxing Day"
    ) {
        return true;
    }
    // "- Published", "Share": a page's own labels on lines of their own.
    if matches!(
        t,
        "Published" | "Updated" | "Posted" | "Share" | "Comments" | "Tags" | "Menu" | "Search"
            | "Login" | "Log In" | "Sign In" | "Newsletter" | "Print" | "Email" | "Update"
            | "UPDATE" | "UPDATED" | "Exclusive" | "EXCLUSIVE" | "Breaking" | "BREAKING"
            | "THIS JUST IN" | "This Just In" | "JUST IN" | "Just In" | "BREAKING NEWS"
            | "Breaking News" | "Categories" | "Category" | "Filed Under" | "Filed under"
            | "Topics" | "Related Topics"
    ) || ["Published", "Updated", "Posted"].iter().any(|p| {
        t.strip_prefix(p)
            .is_some_and(|r| {
                let r = r.trim_start();
                let first = r.split_whitespace().next().unwrap_or("").trim_end_matches(',');
                r.starts_with(|c: char| c.is_ascii_digit())
                    || MONTHS.contains(&first)
                    || crate::lexicon::WEEKDAYS.contains(&first)
            })
    }) {
        return true;
    }
    // "Yuri!!! on Ice the Movie: Ice Adolescence": a film by its own name.
    if t.split([' ', ':']).any(|w| w == "Movie") && (t.contains("the Movie") || t.contains("The Movie")) {
        return true;
    }
    // Site chrome: "Subscribe to Men's Health", "Sign up for our newsletter".
    const CHROME: &[&str] = &[
        "subscribe ",
        "sign up",
        "follow us",
        "read more",
        "see more",
        "show more",
        "load more",
        "learn more",
        "click ",
        "watch now",
        "more from ",
        "also read",
        "advertisement",
        "see also",
        "related ",
        "credit:",
        "photo credit",
        "image credit",
        "photo:",
        "image:",
        "picture:",
        "source:",
    ];
    // "Despite Pre-Premiere Season 2 Renewal": a hyphenated modifier, not a title.
    if !t.contains(' ')
        && ["Pre-", "Post-", "Mid-", "Non-", "Early-", "Late-"]
            .iter()
            .any(|p| t.starts_with(p))
    {
        return true;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    // "Queen Elizabeth II", "King Charles III": a monarch, not a title.
    if let [rank, _, numeral] = words[..] {
        if matches!(rank, "Queen" | "King" | "Pope" | "Prince" | "Princess" | "Emperor" | "Tsar")
            && matches!(numeral, "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII")
        {
            return true;
        }
    }
    // "final season of 10 or 11 episodes": numbers, not a title.
    if t.contains(' ')
        && words.iter().all(|w| {
            w.chars().all(|c| c.is_ascii_digit() || c == '-')
                || matches!(*w, "or" | "to" | "and" | "of")
        })
    {
        return true;
    }
    // "its £10million drama": an amount, not a title.
    if !t.contains(' ') && t.starts_with(|c: char| c.is_ascii_digit()) {
        let unit = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        if matches!(unit, "million" | "billion" | "m" | "bn" | "k" | "th" | "st" | "nd" | "rd" | "s") {
            return true;
        }
    }
    // "Director Lee Eung-bok": a person by their job.
    if let Some((role, rest)) = t.split_once(' ') {
        if matches!(
            role,
            "Director" | "Producer" | "Showrunner" | "Creator" | "Writer" | "Actor" | "Actress"
                | "Executive" | "President" | "Chairman" | "CEO" | "Author" | "Star"
        ) && looks_like_person(rest)
        {
            return true;
        }
    }
    // "Detective Olivia Benson": a character by rank and a person's name ("Detective Drama
    // Thornbury" is a genre before a title).
    if let Some((rank, rest)) = t.split_once(' ') {
        if matches!(
            rank,
            "Detective" | "Officer" | "Sergeant" | "Sgt." | "Captain" | "Capt." | "Lieutenant"
                | "Lt." | "Agent" | "Sheriff" | "Judge" | "Inspector"
        ) && looks_like_named_person(rest)
        {
            return true;
        }
    }
    // "Renew/Cancel Index", "RELATEDCable/Streaming Scorecard": a column's name.
    if t.contains('/') && t.contains(' ') {
        return true;
    }
    // "A High-Profile Netflix Show": a network's unnamed show.
    if matches!(words.first(), Some(&("A" | "An" | "One" | "Another")))
        && matches!(last, "Show" | "Series" | "Drama" | "Comedy" | "Sitcom" | "Original")
        && words[1..words.len() - 1].iter().any(|w| is_network(w))
    {
        return true;
    }
    // A photo credit: "(Photo: Jane Doe/NETFLIX)".
    if t.rsplit_once('/').is_some_and(|(_, n)| {
        NETWORKS.iter().any(|k| k.eq_ignore_ascii_case(n.trim_end_matches(')')))
    }) {
        return true;
    }
    let opens = |p: &str| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    if opens("covid")
        || CHROME.iter().any(|c| opens(c))
        || words.len() <= 3
            && ["season", "seasons", "series", "chapter", "part", "episode", "arc", "run"]
                .iter()
                .any(|w| last.eq_ignore_ascii_case(w))
            && SEASON_LABEL.is_match(&t.to_lowercase())
    {
        return true;
    }
    // "Fall 2020", "The Early 2026", "Apr 19 '24", "Staffel 1": a time or a season's
    // label, not a show.
    let timeish = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        matches!(
            w,
            "The" | "Fall" | "Spring" | "Summer" | "Winter" | "Autumn" | "Early" | "Late" | "Mid"
                | "Midseason" | "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep"
                | "Sept" | "Oct" | "Nov" | "Dec"
        ) || MONTHS.contains(&w)
            || w.chars().all(|c| c.is_ascii_digit() || matches!(c, '\'' | '’'))
    };
    if words.len() >= 2
        && words.iter().any(|raw| {
            let w = raw.trim_start_matches(['\'', '’']);
            let digits = w.chars().all(|c| c.is_ascii_digit());
            // "2026", or "'24": a year cut short after its apostrophe.
            digits
                && (w.len() == 4 && (w.starts_with("19") || w.starts_with("20"))
                    || w.len() == 2 && w.len() < raw.len())
        })
        && words.iter().all(|w| timeish(w))
        && !words.iter().all(|w| w.chars().all(|c| c.is_ascii_digit()))
    {
        return true;
    }
    if let [label, n] = words[..] {
        if matches!(label, "Staffel" | "Temporada" | "Saison" | "Stagione" | "Seizoen")
            && n.chars().all(|c| c.is_ascii_digit())
        {
            return true;
        }
    }
    if let Some((a, b)) = t.split_once('-') {
        if !t.contains(' ') && DEMONYMS.contains(&a) && b.starts_with(char::is_lowercase) {
            return true;
        }
    }
    // "the most popular K-Drama on Netflix in 2021": a title does not run on into the
    // year it aired.
    if words.windows(2).any(|w| {
        w[0] == "in"
            && w[1].len() == 4
            && (w[1].starts_with("19") || w[1].starts_with("20"))
            && w[1].chars().all(|c| c.is_ascii_digit())
    }) {
        return true;
    }
    // "it remains a CERTAIN RENEWAL", "Likely Cancellation": a verdict, not a title.
    if words.len() <= 3
        && ["renewal", "cancellation", "cancelation", "renewed", "cancelled", "canceled"]
            .iter()
            .any(|w| last.eq_ignore_ascii_case(w))
        && words[..words.len() - 1].iter().all(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "certain" | "likely" | "unlikely" | "leans" | "lean" | "possible" | "probable"
                    | "sure" | "safe" | "early" | "surprise" | "official" | "already" | "a"
                    | "quick" | "likely/certain"
            )
        })
    {
        return true;
    }
    // "Network: FOX", "Channel: BBC One": a fact sheet's label.
    if ["Network:", "Channel:", "Broadcaster:", "Streamer:", "Platform:"]
        .iter()
        .any(|p| t.starts_with(p))
    {
        return true;
    }
    // "Scores Early Season 3 Renewal": a modifier of the season, not a title.
    // "Prepare to bid farewell to ...": an imperative opening a sentence.
    if matches!(
        t,
        "Early" | "Late" | "Mid" | "Final" | "Full" | "Next" | "Upcoming" | "Surprise" | "Prepare"
            | "Say" | "Meet" | "Get Ready"
    ) {
        return true;
    }
    // "the final season of the NBA": a sports league, not a show.
    if matches!(
        t,
        "NBA" | "NFL" | "MLB" | "NHL" | "WNBA" | "MLS" | "NCAA" | "UEFA" | "FIFA" | "NASCAR" | "UFC"
            | "Premier League" | "La Liga" | "Bundesliga" | "Serie A" | "Formula 1" | "Formula One"
            | "Champions League" | "Super Bowl" | "World Cup"
    ) {
        return true;
    }
    // "World War II": a war, not a show.
    if t.starts_with("World War") && words.len() <= 3 {
        return true;
    }
    // "Week 9: A Mixed Bag": a column's instalment, not a title.
    if let [w, n, ..] = words[..] {
        if matches!(w, "Week" | "Round" | "Day")
            && n.trim_end_matches([':', ',', '.']).chars().all(|c| c.is_ascii_digit())
            && !n.is_empty()
        {
            return true;
        }
    }
    // "the 'Season 1' banner": a season's label, not a title.
    if let [s, n] = words[..] {
        if matches!(s, "Season" | "Series" | "Part" | "Volume")
            && (n.chars().all(|c| c.is_ascii_digit()) || crate::lexicon::number_word(&n.to_lowercase()).is_some())
        {
            return true;
        }
    }
    // "Cancell": a status word cut off at the end of an excerpt.
    if !t.contains(' ')
        && t.len() >= 5
        && ["cancelled", "cancellation", "canceled", "renewed", "renewal"]
            .iter()
            .any(|w| w.get(..t.len()).is_some_and(|p| p.eq_ignore_ascii_case(t)))
    {
        return true;
    }
    // "6 Comments": a page's comment counter.
    if matches!(last, "Comments" | "Comment" | "Replies" | "Shares") {
        return true;
    }
    // "(Canceled 6/15)", "(Renewed 10/15/19)": a date, not a title.
    if !t.contains(' ')
        && t.contains('/')
        && t.chars().all(|c| c.is_ascii_digit() || c == '/' || c == ')' || c == ',')
    {
        return true;
    }
    // "Cancelled So Far In 2021": a headline's time phrase.
    if t.starts_with("So Far") || t.starts_with("So far") {
        return true;
    }
    // "the Northern Irish thriller": a nationality, not a title.
    if let [dir, d] = words[..] {
        if matches!(dir, "Northern" | "Southern" | "Eastern" | "Western" | "North" | "South")
            && DEMONYMS.contains(&d)
        {
            return true;
        }
    }
    // "19th Century London": a period, not a title.
    if words.len() >= 2
        && words[0].ends_with(['h', 't', 'd'])
        && words[0].starts_with(|c: char| c.is_ascii_digit())
        && matches!(words[1], "Century" | "century")
    {
        return true;
    }
    // "ITV's Head of Drama": a job.
    if let [h, "of", _] = words[..] {
        if h == "Head" {
            return true;
        }
    }
    // A hashtag is a campaign or a slogan ("The #HandmaidsTale"), not the title.
    if t.contains('#') {
        return true;
    }
    // "Nteflix", "WGN American": a network's name with one letter wrong or swapped.
    t.len() >= 6
        && NETWORKS.iter().any(|n| {
            n.len() >= 6
                && n.len().abs_diff(t.len()) <= 1
                && n.as_bytes()[0] == t.as_bytes()[0]
                && n.contains(' ') == t.contains(' ')
                && strsim::damerau_levenshtein(n, t) == 1
        })
}

/// Nationalities: no title alone ("the hit Korean drama"), nor as a genre's prefix
/// ("Irish-noir").
const DEMONYMS: &[&str] = &[
    "American",
    "British",
    "English",
    "Scottish",
    "Welsh",
    "Irish",
    "Canadian",
    "Australian",
    "Korean",
    "Japanese",
    "Chinese",
    "French",
    "German",
    "Spanish",
    "Italian",
    "Indian",
    "Mexican",
    "Brazilian",
    "Russian",
    "Turkish",
    "Swedish",
    "Danish",
    "Norwegian",
    "Dutch",
    "Polish",
    "Israeli",
    "European",
    "Asian",
    "African",
    "Hispanic",
    "Latino",
    "Nordic",
    "Scandinavian",
    "Thai",
    "Filipino",
    "Nigerian",
    "Argentine",
];

static SEASON_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?:the\s+)?(?:final|last|first|new|next|second|third|fourth|fifth)\s+(?:season|series|chapter|part|episode|arc|run)s?$").unwrap()
});

/// "A, B and 11 More": the count of the rest of a list, not a title.
fn count_of_rest(words: &[&str]) -> bool {
    words.len() <= 3
        && (words[0].chars().all(|c| c.is_ascii_digit()) || crate::lexicon::number_word(words[0]).is_some())
        && words
            .get(1)
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "more" | "others" | "other"))
}

/// Words that describe a show in a headline ("Major Netflix Show", "Apple TV+'s Biggest
/// Hit", "A Popular Cancelled Series") without naming it.
const DESCRIPTORS: &[&str] = &[
    "Major", "Popular", "Beloved", "Hit", "Big", "Huge", "Smash", "Cult", "Acclaimed", "Top",
    "Hot", "New", "Former", "Surprise", "Underrated", "Overlooked", "Breakout", "Prestige",
    "Spy", "Crime", "Sci-Fi", "Fantasy", "Horror", "Teen", "Period", "Medical", "Legal", "Cop",
    "Police", "Family", "Animated", "Reality", "Superhero", "Action", "Political", "Romantic",
    "Romance", "Workplace", "Mystery", "Detective", "Comedy", "Drama", "Thriller", "Dark",
    "Fan-Favorite", "Fan-Favourite", "Long-Running", "Award-Winning", "Emmy-Winning",
    "Critically-Acclaimed", "Most-Watched", "Streaming", "Original", "Classic", "Iconic",
    "Controversial", "Viral", "Bingeable", "Addictive", "Gritty", "Quirky", "Ambitious",
    "Expensive", "Short-Lived", "Freshman", "Sophomore", "Canceled", "Cancelled",
];
const SHOW_NOUNS: &[&str] = &[
    "Show", "Series", "Drama", "Comedy", "Sitcom", "Thriller", "Hit", "Dramedy", "Docuseries",
    "Miniseries", "Procedural", "Franchise", "Smash", "Favorite", "Favourite", "Spinoff",
    "Spin-Off", "Reboot", "Revival", "Prequel", "Sequel", "Adaptation", "Anime", "Cartoon",
];
/// A franchise or a studio's brand is no show's title ("Disney cancels Marvel series").
const FRANCHISES: &[&str] = &[
    "Marvel", "Marvel Studios", "Marvel Television", "Marvel Cinematic Universe", "MCU", "DC",
    "DC Studios", "DCEU", "Lucasfilm", "Pixar", "Star Wars", "Mouse House",
];

/// A show described but not named: a run of describing words (a network, a genre, praise,
/// a superlative) that ends on a show noun, or an article before praise alone.
fn descriptor_phrase(words: &[&str]) -> bool {
    let describing = |w: &str| {
        let w = strip_possessive(w);
        DESCRIPTORS.contains(&w)
            || is_network(w)
            || STUDIOS.contains(&w)
            || FRANCHISES.contains(&w)
            || DEMONYMS.contains(&w)
            // "Biggest", "Newest", "Best": a superlative.
            || matches!(
                w,
                "Biggest" | "Best" | "Newest" | "Latest" | "Greatest" | "Hottest" | "Funniest"
                    | "Darkest" | "Weirdest" | "Strangest" | "Boldest" | "Wildest" | "Longest"
                    | "Smartest"
            )
    };
    let n = words.len();
    if n >= 2
        && SHOW_NOUNS.contains(&strip_possessive(words[n - 1]))
        && words[..n - 1].iter().all(|w| describing(w))
    {
        return true;
    }
    // "Could A Popular Cancelled Series Return": an article before praise alone.
    n == 2 && matches!(words[0], "A" | "An") && DESCRIPTORS.contains(&words[1])
}

pub fn plausible_title(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 || t.len() < 2 || never_title(t) {
        return false;
    }
    if !is_cap_word(words[0]) || is_network(t) || outlet_only(t) || STUDIOS.contains(&t) {
        return false;
    }
    if is_year_range(t) {
        return false;
    }
    if count_of_rest(&words) {
        return false;
    }
    // "By Nathan Dalby": a byline.
    if words.len() >= 3 && words[0] == "By" && looks_like_person(&words[1..].join(" ")) {
        return false;
    }
    // "Made by Haddock Entertainment": a production company, not a show.
    if words.len() >= 2
        && matches!(words[words.len() - 1], "Entertainment" | "Productions" | "Pictures" | "Studios" | "Films")
    {
        return false;
    }
    // "Scrublands and for the BBC-backed": a compound adjective ends a description, not
    // a title.
    if words[words.len() - 1].rsplit_once('-').is_some_and(|(_, p)| {
        matches!(p, "backed" | "based" | "set" | "led" | "produced" | "fronted" | "created" | "made" | "shot" | "owned" | "funded" | "starring")
            // "CBC-acquired", "Emmy-nominated", "BAFTA-winning": any participle in lower case.
            || p.len() > 4
                && (p.ends_with("ed") || p.ends_with("ing"))
                && p.bytes().all(|b| b.is_ascii_lowercase())
    }) {
        return false;
    }
    // "Cancelled?? Whaaat??", "Infront Pickups": a decision's own word names a
    // headline or a label, not a show.
    if words.iter().any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str(),
            "cancelled" | "canceled" | "renewed" | "renewals" | "cancellations" | "pickups" | "infronts"
                | "infront" | "upfronts" | "upfront" | "newfronts"
        )
    }) {
        return false;
    }
    // "on Friday: Dunmore, ...": a date before a colon opens a list, not a subtitle.
    if let Some((head, _)) = t.split_once(':') {
        if MONTHS.contains(&head)
            || matches!(
                head,
                "Today" | "Tonight" | "Update" | "Exclusive" | "Breaking"
            )
            // "Axed: Copper Harbor, ...": a scorecard's fate label, not a subtitle.
            || is_fate_label(head)
        {
            return false;
        }
    }
    // "Inverclyde-born Compston", "London-based Hartley": a person described.
    if words
        .iter()
        .any(|w| w.ends_with("-born") || w.ends_with("-based"))
    {
        return false;
    }
    // "Getting On", "Heading Out": a headline verb and a particle.
    let verb_particle = words.len() == 2
        && PROSE_TITLE_VERBS.contains(&words[0])
        && matches!(words[1], "On" | "Out" | "Up" | "In");
    if !verb_particle
        && words
            .iter()
            .map(|w| w.trim_end_matches(['!', '?', '.', ',']))
            .all(|w| SENTENCE_OPENERS.contains(&w) || TITLE_STOPS.contains(&w) || MONTHS.contains(&w))
    {
        // "The Great", "The Good Place": an article and an adjective can be a title.
        let adjective = |w: &&str| {
            matches!(
                *w,
                "Great" | "Good" | "Bad" | "Big" | "Other" | "Last" | "Only"
            )
        };
        if !(words.len() >= 2 && words[0] == "The" && words[1..].iter().all(adjective)) {
            return false;
        }
    }
    // A stop word may sit inside a longer title ("How I Met Your Father", "A League of
    // Their Own"), but a title does not end on one, and verbs never sit inside one.
    let question_start = words.len() >= 3
        && (matches!(
            words[0],
            "How" | "What" | "Who" | "When" | "Where" | "Why" | "Will" | "Is" | "Are"
        ) || words[0] == "This" && words[1] == "Is");
    // "Before We Die", "After We Fell": a preposition opening a clause with a pronoun.
    // "After the Flood", "Under the Dome": or an article and a capitalised noun.
    let pronoun_clause = words.len() >= 3
        && matches!(words[0], "After" | "Before" | "Under" | "Over")
        && (PRONOUNS.contains(&words[1])
            || matches!(words[1], "the" | "a" | "an") && is_cap_word(words[2]));
    // "We Were Liars", "Everything I Know About Love": a pronoun opening a run of capitals.
    // "This Week in TV", "This Season": a time, not a title.
    let time_after_this = words[0] == "This"
        && words.get(1).is_some_and(|w| {
            matches!(
                w.trim_end_matches([',', '.', ':']),
                "Week" | "Year" | "Month" | "Season" | "Time" | "Weekend" | "Summer" | "Fall"
                    | "Spring" | "Winter" | "Morning" | "Evening" | "Afternoon" | "Day"
                    | "Is" | "Just"
            )
        });
    // "Saved by the Bell", "Set for Life": a headline verb opening a title, with a
    // lower-case connector after it (a headline would capitalise that too).
    // "Getting On", "Heading Out": or a particle alone after it.
    let verb_open = verb_particle
        || words.len() >= 3
            && PROSE_TITLE_VERBS.contains(&words[0])
            && matches!(words[1], "by" | "in" | "of" | "the" | "for" | "on" | "at" | "with" | "to" | "a" | "an");
    let pronoun_open = words.len() >= 2
        && !time_after_this
        && TITLE_OPENERS.contains(&words[0])
        && is_cap_word(words[1])
        && (words.len() >= 3 || !TITLE_STOPS.contains(&words[1]));
    let last = strip_possessive(words[words.len() - 1]);
    // "Killing It", "Doctor Who", "13 Reasons Why": a pronoun or question word may end a title.
    let tail_ok = |i: usize, w: &str| {
        i == words.len() - 1
            && i >= 1
            && matches!(
                w,
                "It" | "Us" | "Me" | "You" | "Her" | "Him" | "Them" | "Who" | "Why" | "What"
                    | "This" | "Everything" | "Nothing" | "Everyone" | "Anything"
            )
            && (is_cap_word(words[i - 1])
                && !TITLE_STOPS.contains(&strip_possessive(words[i - 1]))
                // "The Beginning of Everything", "All About You": after a preposition.
                || i >= 2 && matches!(words[i - 1], "of" | "for" | "about" | "with" | "to"))
    };
    // "The Colbert Report", "Rick Mercer Report", "Harbor Watch": a show's name may end
    // on "Report" or "Watch".
    let report_show = |i: usize, w: &str| {
        i == words.len() - 1
            && i >= 1
            && matches!(w, "Report" | "Watch")
            && !t.contains(':')
            && is_cap_word(words[i - 1])
            && !TITLE_STOPS.contains(&strip_possessive(words[i - 1]))
    };
    if TITLE_STOPS.contains(&last)
        && !tail_ok(words.len() - 1, last)
        && !report_show(words.len() - 1, last)
        || words.iter().enumerate().any(|(i, w)| {
            let w = strip_possessive(w);
            TITLE_STOPS.contains(&w)
                && !tail_ok(i, w)
                && !report_show(i, w)
                && (i == 0 && !question_start && !pronoun_clause && !pronoun_open && !verb_open
                    // "This Fool", "Our Flag Means Death": the pronoun opening the title.
                    || !(i == 0 && (pronoun_open || verb_open)) && (!is_soft_stop(w) || words.len() < 3))
        })
    {
        return false;
    }
    const GENERIC: &[&str] = &[
        "TV",
        "Show",
        "Shows",
        "Series",
        "Every",
        "All",
        "New",
        "Scripted",
        "Drama",
        "Comedy",
        "Streaming",
        "Broadcast",
        "Cable",
        "Midseason",
        "Multiple",
        "Several",
        "Many",
        "Other",
        "Others",
        "Dramas",
        "Comedies",
        "Sitcoms",
        "Language",
        "Original",
        "Originals",
        "Network",
        "Networks",
        "Television",
        // Site chrome that stands on a line of its own.
        "Advertisement",
        "ADVERTISEMENT",
        "Advertising",
        "Sponsored",
        "Trending",
        "Related",
        "Recommended",
    ];
    if words.iter().all(|w| GENERIC.contains(w) || DEMONYMS.contains(w)) {
        return false;
    }
    // "season 2 of The Circle": a season's number is no part of the title after it.
    if words.len() >= 3 && words[0].bytes().all(|b| b.is_ascii_digit()) && words[1] == "of" {
        return false;
    }
    // "‘Severance’: Apple TV+’s Biggest Hit": a closing quote before a colon ends a title.
    if descriptor_phrase(&words) || FRANCHISES.contains(&t) || t.contains("’:") || t.contains("':") {
        return false;
    }
    // "Apple CEO Tim Cook", "HBO President Casey Bloys": a person by their office.
    if let Some(p) = words.iter().position(|w| {
        matches!(
            *w,
            "CEO" | "Co-CEO" | "Chairman" | "Chairwoman" | "Chair" | "President" | "Showrunner"
                | "Co-Showrunner" | "Creator" | "Co-Creator" | "Officer" | "Boss" | "Head"
                | "Executive" | "Chief" | "Director" | "Producer" | "Star" | "Actor" | "Actress"
        )
    }) {
        let after = words[p + 1..].join(" ");
        if looks_like_person(&after) && (p == 0 || words[..p].iter().all(|w| is_cap_word(w))) {
            return false;
        }
    }
    // "the hit Korean drama": a nationality alone is no title.
    if words.len() == 1 && DEMONYMS.contains(&words[0]) {
        return false;
    }
    if words.iter().all(|w| {
        w.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    }) {
        return false;
    }
    // "Emmy-winning", "13-episode": descriptors, not titles.
    if matches!(
        words[0],
        "According"
            | "Per"
            | "Via"
            | "Including"
            | "Despite"
            | "Following"
            | "Amid"
            | "Unlike"
            | "Thanks"
            | "Considering"
            | "Regarding"
            | "Given"
    ) {
        return false;
    }
    if words.iter().any(|w| {
        [
            "-winning",
            "-nominated",
            "-episode",
            "-season",
            "-starring",
            "-led",
            "-era",
            "-part",
            "-hour",
            "-produced",
            "-created",
            "-set",
            "-based",
            "-themed",
            "-inspired",
        ]
        .iter()
        .any(|x| w.to_lowercase().ends_with(x))
    }) {
        return false;
    }
    // "Developed by Sera Gamble and Greg Berlanti": a credit line.
    if words.len() >= 3
        && words[1] == "by"
        && matches!(
            words[0],
            "Developed" | "Created" | "Produced" | "Written" | "Directed" | "Hosted" | "Narrated"
                | "Presented" | "Adapted"
        )
    {
        return false;
    }
    // Chart positions and campaign hashtags are not titles.
    if matches!(words[0], "Top" | "No.") && words.len() >= 2 && (number_word(words[1]).is_some()) {
        return false;
    }
    if matches!(words[0], "Renew" | "Save" | "#Renew" | "#Save") && words.len() > 1 {
        return false;
    }
    // Contractions open quotes of speech ("We're waiting ...").
    if words[0].contains(['\'', '’']) && SENTENCE_OPENERS.contains(&words[0]) && words.len() == 1
    {
        return false;
    }
    // "Two Series", "1 TV Show": a count of shows; "Internationally": an adverb.
    if (2..=3).contains(&words.len())
        && matches!(words[words.len() - 1], "Series" | "Shows" | "Show" | "TV")
        && (number_word(words[0]).is_some() || words[0].chars().all(|c| c.is_ascii_digit()))
    {
        return false;
    }
    if words.len() == 1
        && t.len() >= 7
        && t.ends_with("ly")
        && t.chars().skip(1).all(|c| c.is_lowercase())
    {
        return false;
    }
    // A count word alone ("One", "Two") or a listicle ("The 21 Best Shows") is no title.
    if words.len() == 1
        && number_word(words[0]).is_some()
        && !words[0].chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    // "Amazon cancels 3 Original TV series": a count of a kind of show.
    if words.len() == 2 && number_word(words[0]).is_some() && GENERIC.contains(&words[1]) {
        return false;
    }
    if words.len() >= 2
        && words
            .iter()
            .any(|w| w.chars().all(|c| c.is_ascii_digit()) || number_word(w).is_some())
        && matches!(
            words[words.len() - 1],
            "Shows"
                | "Series"
                | "Dramas"
                | "Comedies"
                | "Sitcoms"
                | "Titles"
                | "Predictions"
                | "Renewals"
                | "Cancellations"
                | "Things"
                | "Ways"
                | "Facts"
        )
        && words.len() <= 4
    {
        return false;
    }
    // Two people's names joined ("Jay Hernandez and Perdita Weeks") are not a title.
    if let Some((a, b)) = t.split_once(" and ").or_else(|| t.split_once(" & ")) {
        if looks_like_named_person(a.trim()) && looks_like_named_person(b.trim()) {
            return false;
        }
    }
    // Dates are not titles ("November 1", "January 6th", "April 8 2020").
    if words.len() >= 2
        && MONTHS.contains(&words[0])
        && words[1].chars().next().is_some_and(|c| c.is_ascii_digit())
    {
        return false;
    }
    // A cut-off parenthesis is no title ("Faculty and Students (aka My Fans").
    if t.matches('(').count() != t.matches(')').count() {
        return false;
    }
    // "January 6th", "May 5,"; not "October Faction" (no digits at all).
    if words.len() == 2
        && MONTHS.contains(&words[0])
        && words[1]
            .trim_end_matches(|c: char| c.is_alphabetic() || c == ',')
            .chars()
            .all(|c| c.is_ascii_digit())
        && words[1].starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    // Contractions are speech, not titles ("Shouldn’t", "They’ve", "Dont").
    let contraction = |w: &str| {
        let l = w.to_lowercase().replace('’', "'");
        ["n't", "'ve", "'re", "'ll", "'d", "'m"]
            .iter()
            .any(|x| l.ends_with(x))
            || matches!(
                l.as_str(),
                "dont" | "wont" | "cant" | "isnt" | "didnt" | "doesnt" | "thats" | "im" | "ive"
            )
    };
    let leading_ok = words.len() >= 3
        && contraction(words[0])
        && !words[1..].iter().any(|w| contraction(w))
        && (matches!(words[1], "the" | "a" | "an") || is_cap_word(words[1]));
    if words.iter().any(|w| contraction(w)) && !leading_ok {
        return false;
    }
    // A headline-case run ends on a connector ("A Bunch Of") only when it is no title.
    // "Let the Right One In", "Go On": a capitalised particle after a capital ends a title.
    let particle_end = words.len() >= 2
        && matches!(words[words.len() - 1], "In" | "On")
        && is_cap_word(words[words.len() - 2])
        && (!TITLE_STOPS.contains(&words[words.len() - 2])
            && !SENTENCE_OPENERS.contains(&words[words.len() - 2])
            || verb_particle);
    if !particle_end && matches!(
        words[words.len() - 1].to_lowercase().as_str(),
        "of" | "the"
            | "and"
            | "in"
            | "on"
            | "a"
            | "an"
            | "at"
            | "for"
            | "to"
            | "&"
            | "with"
            | "from"
            | "or"
            | "by"
    ) {
        return false;
    }
    // A network word opening a longer run is the network, not the title ("Starz The
    // Serpent Queen", "Cw Network").
    if words.len() >= 2
        && (is_network(words[0])
            || words[0].eq_ignore_ascii_case("cw")
            || words.iter().any(|w| *w == "Network" || *w == "Networks"))
    {
        return false;
    }
    // Shouted words from a comment ("THE SHOW HAS NOT BEEN") are not a title.
    if words.len() >= 3
        && words.iter().all(|w| !w.chars().any(char::is_lowercase))
        && words
            .iter()
            .any(|w| TITLE_STOPS.iter().any(|s| s.eq_ignore_ascii_case(w)))
    {
        return false;
    }
    // Generic words about TV inside a run mark a headline fragment ("Series Canceled",
    // "TV Shows 2023: CBS", "Bbc Series Peaky Blinders").
    if words.len() >= 2
        && words[..words.len() - 1].iter().any(|w| {
            matches!(
                w.trim_end_matches(':'),
                "Series" | "Shows" | "Show" | "TV" | "Bbc" | "Season"
            )
        })
        && !words[0].eq_ignore_ascii_case("the")
    {
        return false;
    }
    true
}

/// The words of `s` as (byte range, word), splitting on whitespace.
fn words(s: &str, base: usize) -> Vec<(Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut prev = ' ';
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if let Some(st) = start.take() {
                out.push((base + st..base + i, &s[st..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        } else if prev == ',' && c.is_uppercase() && s[..i - 1].ends_with(char::is_lowercase)
            || matches!(prev, '—' | '–') && c.is_alphanumeric() && i > 3
        {
            // A new word starts after a list's comma typed without its space ("Atlanta,The
            // Real Housewives") and after a dash set without spaces ("Hot Bench—created by").
            if let Some(st) = start.replace(i) {
                out.push((base + st..base + i, &s[st..i]));
            }
        }
        prev = c;
    }
    if let Some(st) = start {
        out.push((base + st..base + s.len(), &s[st..]));
    }
    out
}

fn trim_word(w: &str) -> (usize, &str) {
    let lead = w.len()
        - w.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '&')
            .len();
    let t = w[lead..].trim_end_matches(|c: char| {
        // "Supernatural- Fans love it": a dangling hyphen is punctuation.
        !is_word_char(c) || c == ':' || c == '-' || c == '.' && !w.ends_with("P.I.") && !w.ends_with(".I.")
    });
    (lead, t)
}

/// Words that may sit between a trigger and the title after it ("renewed the comedy X").
const SKIP_FORWARD: &[&str] = &[
    "the",
    "its",
    "their",
    "hit",
    "breakout",
    "freshman",
    "sophomore",
    "fellow",
    "newcomer",
    "newbie",
    "rookie",
    "toon",
    "cartoon",
    "acclaimed",
    "critically-acclaimed",
    "beloved",
    "popular",
    "comedy",
    "drama",
    "dramedy",
    "series",
    "show",
    "sitcom",
    "thriller",
    "procedural",
    "animated",
    "medical",
    "legal",
    "crime",
    "period",
    "fantasy",
    "sci-fi",
    "reality",
    "docuseries",
    "anthology",
    "workplace",
    "family",
    "teen",
    "spy",
    "horror",
    "mystery",
    "romantic",
    "action",
    "superhero",
    "cop",
    "police",
    "dating",
    "competition",
    "cooking",
    "adult",
    "limited",
    "original",
    "streaming",
    "cable",
    "broadcast",
    "network",
    "both",
    "spinoff",
    "spin-off",
    "reboot",
    "revival",
    "long-running",
    "fan-favorite",
    "fan-favourite",
    "cult",
    "young",
    "adult",
    "musical",
    "historical",
    "political",
    "british",
    "korean",
    "spanish",
    "german",
    "french",
    "japanese",
    "anime",
    "also",
    "officially",
    "formally",
    "quietly",
    "finally",
    "has",
    "have",
    "is",
    "a",
    "second",
    "third",
    "shows",
    "previously",
    "recently",
    "already",
    "renewed",
    "cancelled",
    "canceled",
    "dramas",
    "comedies",
    "sitcoms",
    "new",
    "first",
    "for",
    "to",
    "with",
    "of",
    "off",
    "up",
    "on",
    "about",
    "regarding",
];

/// Words that may sit between a title and the trigger after it ("X has officially been renewed").
const SKIP_BACKWARD: &[&str] = &[
    // "X got a fourth and final season": the article of a noun trigger.
    "a",
    "an",
    "its",
    "their",
    "has",
    "have",
    "had",
    "been",
    "was",
    "were",
    "is",
    "are",
    "be",
    "being",
    "will",
    "would",
    "officially",
    "just",
    "now",
    // "Iron Valley is currently on the bubble", "is still awaiting word".
    "currently",
    "still",
    "also",
    "already",
    "finally",
    "formally",
    "quietly",
    "reportedly",
    "got",
    "gets",
    "get",
    "getting",
    "given",
    "handed",
    "all",
    "both",
    // "with A and B each getting the cut".
    "each",
    "likely",
    "Likely",
    "Is",
    "Has",
    "Have",
    "Was",
    "Will",
    "Gets",
    "Officially",
    "Been",
    "Be",
    "set",
    "Set",
    "to",
    "To",
    "not",
    "Not",
    "never",
    "won't",
    "isn't",
    "hasn't",
    "wasn't",
    "ultimately",
    "Ultimately",
    "sadly",
    "Reportedly",
    "Finally",
    "Just",
    "Already",
    "Now",
    "Headed",
    "headed",
    "could",
    "might",
    "may",
    "should",
    "Could",
    "Might",
    "May",
    "Should",
    "still",
    "Still",
    "yet",
    "Yet",
    "that",
    "That",
    "been",
    "which",
    "who",
    "scheduled",
    "slated",
    // "X managed to score a Season 2 renewal", "was able to land a pickup".
    "managed",
    "able",
    "both",
    "each",
    "all",
    "going",
    "expected",
    "poised",
    "due",
    "Both",
    "All",
    "didn't",
    "didn’t",
    "don't",
    "don’t",
    "doesn't",
    "doesn’t",
    "did",
    "does",
    "do",
    "haven't",
    "haven’t",
    "hasn’t",
    "won’t",
    "aren't",
    "aren’t",
    "weren't",
    "weren’t",
    "isn’t",
    "wasn’t",
    "officially",
    "recently",
    "previously",
    "eventually",
    "abruptly",
    "unexpectedly",
    "swiftly",
    "since",
    // "Stranger Things will air its fifth and final season": how a season reaches viewers.
    "air",
    "airs",
    "premiere",
    "premieres",
    "debut",
    "debuts",
    "release",
    "releases",
    "stream",
    "streams",
    "launch",
    "launches",
];

/// Subject pronouns, as in "Before We Die", "After We Fell".
const PRONOUNS: &[&str] = &["We", "You", "I", "They", "It", "He", "She"];

/// Words that open a title when a capitalised function word follows them ("We Were
/// Liars", "Everything I Know About Love"); prose writes "we were" in lower case.
const TITLE_OPENERS: &[&str] = &[
    "We", "You", "They", "Everything", "It", "I", "This", "My", "Our", "Your", "How", "What", "Why",
    "When", "Where", "Who", "Just", "No", "It's", "It’s",
];

/// Function words that titles capitalise and running prose does not (see [`backward_span`]).
const PROSE_TITLE_WORDS: &[&str] = &[
    "After", "Before", "We", "It", "This", "That", "Is", "Are", "Was", "Will", "What", "When",
    "Where", "Who", "Why", "How", "You", "Your", "Our", "Their", "They", "These", "Those", "Not",
    "No", "Over", "As", "My", "Her", "His", "Have", "Has", "Had", "I", "Do", "Did", "Does", "Can",
];

/// Headline verbs that titles also use ("Saved by the Bell", "Getting On", "Set for
/// Life"): running prose writes them in lower case, so a capitalised one inside a run of
/// capitals in a prose sentence belongs to a title.
const PROSE_TITLE_VERBS: &[&str] = &[
    "Saved", "Rescued", "Getting", "Get", "Got", "Know", "Everything", "Return", "Returning",
    "Heading", "Following", "Set", "Were", "Would", "Could", "Should", "May", "Might",
];

/// Like [`forward_span`], but "and" between capitalised words separates two titles.
pub fn forward_span_list(text: &str, pos: usize, limit: usize) -> Option<Range<usize>> {
    forward_span_with(text, pos, limit, true)
}

/// The capitalised run of words starting at or after `pos` in `text[..limit]`.
pub fn forward_span(text: &str, pos: usize, limit: usize) -> Option<Range<usize>> {
    forward_span_with(text, pos, limit, false)
}

/// After a network's possessive: any adjectives may sit before the title
/// ("Netflix's acclaimed dark comedy series Dead to Me"), but not a clause.
pub fn forward_span_np(text: &str, pos: usize, limit: usize) -> Option<Range<usize>> {
    forward_span_inner(text, pos, limit, false, true)
}

/// After a list's opener ("cancelled four shows: midseason sitcom Broke, ..."): a few
/// lower-case words may describe the first item, and "and" separates titles.
pub fn forward_span_list_np(text: &str, pos: usize, limit: usize) -> Option<Range<usize>> {
    forward_span_inner(text, pos, limit, true, true)
}

/// Lower-case words that end a noun phrase: a title is not looked for past them.
const NP_BLOCK: &[&str] = &[
    "to",
    "of",
    "that",
    "which",
    "who",
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "said",
    "says",
    "and",
    "or",
    "but",
    "for",
    "on",
    "in",
    "at",
    "with",
    "by",
    "from",
    "about",
    "decision",
    "plans",
    "plan",
    "own",
    "after",
    "before",
    "since",
    "as",
    "than",
    "it",
    "its",
    "this",
    "these",
    "those",
    "can",
    "could",
    "may",
    "might",
    // Roles: "Netflix's drama head Jinny Howe" names a person.
    "head",
    "chief",
    "boss",
    "president",
    "executive",
    "exec",
    "star",
    "stars",
    "creator",
    "showrunner",
    "director",
    "producer",
    "writer",
    "host",
    "actor",
    "actress",
    "ceo",
    "chairman",
    "chairwoman",
    "officer",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "programming",
    "co-head",
    "co-chief",
    "lead",
    "leads",
    "alum",
    "veteran",
];

fn forward_span_with(
    text: &str,
    pos: usize,
    limit: usize,
    stop_at_and: bool,
) -> Option<Range<usize>> {
    forward_span_inner(text, pos, limit, stop_at_and, false)
}

fn forward_span_inner(
    text: &str,
    pos: usize,
    limit: usize,
    stop_at_and: bool,
    np: bool,
) -> Option<Range<usize>> {
    let ws = words(&text[pos..limit], pos);
    let mut i = 0;
    let mut skipped = 0;
    while i < ws.len() {
        let (_, w) = trim_word(ws[i].1);
        if is_cap_word(w) && !is_network(w) && !TITLE_STOPS.contains(&w) {
            break;
        }
        // "Renewed with a New Look": what follows "with a" describes the decision.
        if matches!(w, "with" | "With")
            && ws.get(i + 1).is_some_and(|(_, n)| matches!(*n, "a" | "an"))
        {
            return None;
        }
        // "Star Trek: Discovery": a stop word may open a title when a capital follows it.
        if matches!(w, "Star" | "Stars")
            && ws.get(i + 1).is_some_and(|(_, n)| {
                is_cap_word(trim_word(n).1) && !TITLE_STOPS.contains(&trim_word(n).1)
            })
        {
            break;
        }
        // Titles may open with a question word: "How I Met Your Father", "What We Do in the Shadows".
        let next_cap = ws
            .get(i + 1)
            .is_some_and(|(_, n)| is_cap_word(trim_word(n).1));
        // "Before We Die", "After We Fell": a preposition opening a clause with a pronoun.
        let pronoun_next = ws
            .get(i + 1)
            .is_some_and(|(_, n)| PRONOUNS.contains(&trim_word(n).1));
        // "How to Get Away with Murder", "How to be a Gentleman".
        let how_to = w == "How"
            && ws.get(i + 1).is_some_and(|(_, n)| matches!(*n, "to" | "To"))
            && ws.get(i + 2).is_some_and(|(_, n)| n.chars().all(|c| c.is_alphabetic()) || is_cap_word(trim_word(n).1));
        if matches!(
            w,
            "How" | "What" | "Who" | "When" | "Where" | "Why" | "Will" | "Is" | "Are" | "No"
        ) && next_cap
            || how_to
            || matches!(w, "After" | "Before") && pronoun_next
        {
            break;
        }
        // "renewed We Were Liars", "renewed Everything I Know About Love": running prose
        // writes these words in lower case mid-sentence, so a capitalised one followed by
        // more capitals opens a title (not after a colon, a dash or a quote mark).
        // "After the Flood", "Before the Fall": a connector may come between.
        let next_cap_via_connector = ws.get(i + 1).is_some_and(|(_, n)| {
            matches!(trim_word(n).1, "the" | "a" | "an")
                && ws.get(i + 2).is_some_and(|(_, m)| is_cap_word(trim_word(m).1))
        });
        // "cancelled Saved by the Bell": a headline verb, a preposition, then capitals.
        let next_cap_via_preposition = ws.get(i + 1).is_some_and(|(_, n)| {
            matches!(trim_word(n).1, "by" | "in" | "of" | "for" | "on" | "at" | "with" | "to")
        }) && ws[i + 2..]
            .iter()
            .take(2)
            .any(|(_, m)| is_cap_word(trim_word(m).1) && !is_network(trim_word(m).1));
        if (next_cap
            || next_cap_via_connector && matches!(w, "After" | "Before" | "Over" | "Under")
            || next_cap_via_preposition && PROSE_TITLE_VERBS.contains(&w))
            && (PROSE_TITLE_WORDS.contains(&w)
                || PROSE_TITLE_VERBS.contains(&w)
                || matches!(w, "Everything" | "Were"))
            && !text[..ws[i].0.start]
                .trim_end()
                .ends_with([':', '"', '“', '—', '–', '-', '.', '!', '?'])
            && ws[i + 1..]
                .iter()
                .take(3)
                .filter(|(_, n)| {
                    let n = trim_word(n).1;
                    is_cap_word(n) && !is_network(n) && !matches!(n, "Season" | "Series")
                })
                .count()
                >= 1
        {
            let line_start = text[..ws[i].0.start].rfind('\n').map_or(0, |p| p + 1);
            let line_end = text[ws[i].0.start..]
                .find('\n')
                .map_or(text.len(), |p| ws[i].0.start + p);
            if !is_headline_case(&text[line_start..line_end]) {
                break;
            }
        }
        let adjective = np
            && !w.is_empty()
            && w.chars().all(|c| c.is_lowercase() || c == '-')
            && !NP_BLOCK.contains(&w);
        // "pulling the plug on veteran CSI: Miami": right after the trigger, "veteran" is
        // the show's age, unless a person's given name follows ("veteran Ann Doe").
        let veteran = w == "veteran"
            && i == 0
            && ws.get(1).is_some_and(|(_, n)| !is_first_name(trim_word(n).1));
        if (SKIP_FORWARD.contains(&w.to_lowercase().as_str()) || is_network(w) || adjective || veteran)
            && skipped < 5
        {
            i += 1;
            skipped += 1;
            // "on Amazon Prime", "on HBO Max": a network's second word is no title.
            while is_network(w)
                && i < ws.len()
                && !ws[i - 1].1.ends_with([',', ';', '.'])
                && is_network(&format!("{w} {}", trim_word(ws[i].1).1))
            {
                i += 1;
            }
            // A punctuation mark after a skipped word ends the search.
            if ws[i - 1].1.ends_with([',', ';', '.']) {
                return None;
            }
            continue;
        }
        return None;
    }
    let found = collect_forward_with(text, &ws[i..], stop_at_and).map(|r| {
        // "Screentime’s The Secret Life of Four Year Olds", "CJZ’s Mr Black": a producer's
        // possessive before the title is its maker's, not the title's own.
        let k = owner_prefix_len(&text[r.clone()]);
        r.start + k..r.end
    });
    let Some(found) = found else {
        // "Jo Brand's acclaimed hospital sitcom Getting On": a person's possessive, then a
        // genre noun, then the title.
        let k = ws[i..]
            .iter()
            .take(3)
            .position(|(_, w)| is_possessive(w))?;
        let owner_end = ws[i + k].0.end;
        let owner = &text[ws[i].0.start..owner_end];
        if !looks_like_named_person(strip_possessive(owner).trim_end_matches(['\'', '’'])) {
            return None;
        }
        let m = GENRE_TAIL.find(&text[owner_end..limit])?;
        let at = owner_end + m.end();
        let next = words(&text[at..limit], at);
        return match next.first() {
            Some((_, w)) if is_cap_word(trim_word(w).1) && !is_network(trim_word(w).1) => {
                collect_forward_with(text, &next, stop_at_and)
            }
            _ => None,
        };
    };
    // "the Queen Latifah series", "Mike Schur comedy The Good Place": a name before a
    // descriptor is its star or maker; the title, if any, follows the descriptor.
    let name_like =
        looks_like_person(&text[found.clone()]) || text[found.end..limit].starts_with(['\'', '’']);
    // "its Depression Era scripted original drama, Damnation", "its Emmy-winning comedy
    // Veep": a capitalised modifier and a genre noun come before the title.
    let genre_after = GENRE_TAIL
        .find(&text[found.end..limit])
        .filter(|m| {
            let at = found.end + m.end();
            words(&text[at..limit], at)
                .first()
                .is_some_and(|(_, w)| is_cap_word(trim_word(w).1) && !is_network(trim_word(w).1))
        });
    if let Some(m) = genre_after {
        let at = found.end + m.end();
        let next = words(&text[at..limit], at);
        if let Some(r) = collect_forward_with(text, &next, stop_at_and) {
            return Some(r);
        }
    }
    if let Some(m) = DESCRIPTOR_AFTER
        .find(&text[found.end..limit])
        .filter(|_| name_like)
    {
        let at = found.end + m.end();
        let next = words(&text[at..limit], at);
        return match next.first() {
            Some((_, w)) if is_cap_word(trim_word(w).1) => {
                collect_forward_with(text, &next, stop_at_and)
            }
            _ => None,
        };
    }
    Some(found)
}

/// Words that end a production company's name ("Hoodlum Entertainment", "Working Dog
/// Productions").
const COMPANY_WORDS: &[&str] = &[
    "Entertainment", "Productions", "Production", "Pictures", "Studios", "Studio", "Media",
    "Films", "Television", "TV", "Group", "Content", "Company", "Australia", "UK",
];

static OWNER_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)(['’]s|['’])\s+").unwrap()
});

/// The length of a maker's possessive that opens `t`, or 0: "Screentime’s " before a
/// title that opens with its article, "CJZ’s " (a short capitalised company), "Hoodlum
/// Entertainment’s ", "Working Dog Productions’ ". "Grey’s Anatomy" and "Schitt’s Creek"
/// keep theirs.
pub fn owner_prefix_len(t: &str) -> usize {
    let Some(c) = OWNER_PREFIX.captures(t) else {
        return 0;
    };
    let (owner, end) = (c.get(1).map_or("", |m| m.as_str()), c.get(0).map_or(0, |m| m.end()));
    // "Working Dog Productions’ ": a bare apostrophe follows a plural's "s".
    if c.get(2).is_some_and(|m| !m.as_str().ends_with('s')) && !owner.ends_with('s') {
        return 0;
    }
    let rest = &t[end..];
    let Some(first) = rest.split_whitespace().next() else {
        return 0;
    };
    if !is_cap_word(first) && !first.starts_with(|c: char| c.is_ascii_digit()) {
        return 0;
    }
    let words: Vec<&str> = owner.split_whitespace().collect();
    let last = words.last().copied().unwrap_or("");
    let acronym = words.len() == 1
        && (2..=5).contains(&last.len())
        && last.chars().all(|c| c.is_ascii_uppercase());
    let article = matches!(first, "The" | "A" | "An") && rest.split_whitespace().nth(1).is_some_and(is_cap_word);
    let company = words.len() >= 2 && COMPANY_WORDS.contains(&last);
    // "USA Network’s Colony", "Comedy Central’s Broad City": a network's possessive.
    if acronym || company || article && words.len() <= 2 || is_network(owner) {
        end
    } else {
        0
    }
}

/// The nouns that name a kind of show ("its scripted drama X", "the Queen Latifah series").
const GENRE_NOUNS: &str = "comedy|drama|series|show|sitcom|thriller|dramedy|procedural|anthology|miniseries|docuseries|reboot|revival|spinoff|spin-off|western|soap|adaptation|story|saga|epic|mystery|satire";

pub(crate) static GENRE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(r"^(?:\s+[a-z][a-z-]*){{0,4}}?\s+(?:{GENRE_NOUNS})(?:\s+(?:series|show))?,?\s+")).unwrap()
});

static DESCRIPTOR_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(r"^(?:-starring|-led|-fronted|-created|-produced|['’]s?)?\s+(?:(?:former|latest|upcoming|beloved|[A-Z][A-Za-z+&]*|hit|new|dark|crime|legal|medical|period|fantasy|sci-fi|animated|limited|original|cop|police|teen|musical|horror|spy|family|workplace|political|flagship|cult|acclaimed|streaming|cable|broadcast)\s+){{0,2}}(?:{GENRE_NOUNS}|vehicle|adaptation|romance)(?-u:\b)(?:\s+(?:series|show|drama|comedy))?(?:\s+|$|[,;.:)!?])")).unwrap()
});

/// Abbreviations inside titles that do not end them ("Mrs. America", "Mr. Robot").
const HONORIFICS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jr.", "Sr.", "Mt.", "Lt.", "Sgt.", "Capt.",
    // Not honorifics, but stops inside a title all the same: "Lopez vs. Lopez".
    "vs.", "Vs.",
];

static INITIALS: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::rx(r"^(?:[A-Z]\.){2,}$").unwrap());

/// Capitalised verbs that end a title even in running text.
fn is_verbish(w: &str) -> bool {
    matches!(
        w,
        "Renewed"
            | "Renews"
            | "Cancelled"
            | "Canceled"
            | "Cancels"
            | "Axed"
            | "Ends"
            | "Returns"
            | "Revived"
            | "Picked"
            | "Season"
            | "Gets"
            | "Has"
            | "Had"
            | "Was"
            | "Were"
            | "Will"
            | "Is"
            | "Are"
    )
}

/// Stop words that can sit inside a title: pronouns, question words, auxiliaries.
fn is_soft_stop(w: &str) -> bool {
    matches!(
        w,
        "How"
            | "What"
            | "Who"
            | "When"
            | "Where"
            | "Why"
            | "Will"
            | "Is"
            | "Are"
            | "Were"
            | "Was"
            | "Everything"
            | "Your"
            | "After"
            | "Before"
            | "Our"
            | "Their"
            | "Its"
            | "It"
            | "You"
            | "We"
            | "They"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "Not"
            | "No"
            | "Yes"
            | "As"
            | "Have"
            | "Can"
            | "Could"
            | "Would"
            | "Should"
            | "May"
            | "Might"
            | "Know"
            | "Star"
            | "Stars"
            | "Get"
            | "My"
            | "Her"
            | "His"
    )
}

/// Whether a line is written in headline case (most longer words capitalised).
pub fn is_headline_case(s: &str) -> bool {
    let words: Vec<&str> = s
        .split_whitespace()
        .skip(1)
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    words.len() >= 3 && words.iter().filter(|w| is_cap_word(w)).count() * 10 >= words.len() * 7
}

/// "13th", "2nd", "21st".
fn is_ordinal(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
}

fn collect_forward_with(
    text: &str,
    ws: &[(Range<usize>, &str)],
    stop_at_and: bool,
) -> Option<Range<usize>> {
    let line_start = text[..ws.first().map_or(0, |w| w.0.start)]
        .rfind(['\n', '.', '!', '?'])
        .map_or(0, |i| i + 1);
    let line_end = ws.first().map_or(text.len(), |w| w.0.start)
        + text[ws.first().map_or(text.len(), |w| w.0.start)..]
            .find(['\n'])
            .unwrap_or(text.len() - ws.first().map_or(text.len(), |w| w.0.start));
    // A paragraph of running prose (long, or ending in a full stop) is no headline,
    // however many titles it lists after an abbreviation ("Mr. D, Heartland, Murdoch Mysteries, Rick Mercer Report, ...").
    let para_start = text[..ws.first().map_or(0, |w| w.0.start)]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let para = text[para_start..line_end.min(text.len())].trim_end();
    let para_words = para.split_whitespace().count();
    let prose_paragraph = para_words > 30 || para_words >= 12 && para.ends_with('.');
    let headline_case =
        !prose_paragraph && is_headline_case(&text[line_start..line_end.min(text.len())]);
    let mut start = None;
    let mut quoted_open = false;
    let mut end = 0;
    let mut k = 0;
    while k < ws.len() {
        let (r, raw) = &ws[k];
        let (lead, w) = trim_word(raw);
        if w.is_empty() {
            break;
        }
        // "Touch (with Kiefer Sutherland)": a parenthesis after the title is a gloss.
        if start.is_some() && raw.starts_with('(') && !raw.ends_with(')') {
            break;
        }
        // In running text a capital mid-title is a title word ("A League of Their Own");
        // in a headline-case line the stop words end the title.
        let next_is_title_word = ws
            .get(k + 1)
            .map(|(_, n)| trim_word(n).1)
            .is_some_and(|n| is_cap_word(n) || matches!(n, "the" | "a" | "an"));
        let inner_aux = start.is_some()
            && !headline_case
            && matches!(
                w,
                "Is" | "Are" | "Was" | "Were" | "Has" | "Had" | "Will" | "Gets"
            )
            && next_is_title_word;
        let cap = is_cap_word(w)
            && (!TITLE_STOPS.contains(&strip_possessive(w))
                || start.is_none() && k == 0
                || start.is_some() && !headline_case && !is_verbish(w)
                || inner_aux);
        let connector = TITLE_CONNECTORS.contains(&w) && start.is_some();
        if !(cap || connector) {
            break;
        }
        if connector {
            // A connector only counts when a capitalised word follows it, maybe after
            // more connectors ("One Day at a Time").
            let next_cap = ws[k + 1..]
                .iter()
                .map(|(_, n)| trim_word(n).1)
                .find(|n| !TITLE_CONNECTORS.contains(n))
                .is_some_and(|n| {
                    is_cap_word(n)
                        && (!TITLE_STOPS.contains(&n) || !headline_case && !is_verbish(n))
                        // "renewed Supernatural for a 13th season": an ordinal after a
                        // connector counts seasons, not title words.
                        && !is_ordinal(n)
                        // "given Harbor Lights a 13-episode second season": nor a count.
                        && !(n.starts_with(|c: char| c.is_ascii_digit())
                            && n.split_once('-').is_some_and(|(_, u)| u.starts_with(char::is_lowercase)))
                });
            // "Two and a Half Men": a list's "and" is followed by the next title's
            // capital, not by a lower-case article inside one.
            let list_and = stop_at_and
                && matches!(w, "and" | "or")
                && ws
                    .get(k + 1)
                    .is_none_or(|(_, n)| !matches!(trim_word(n).1, "a" | "an" | "the"));
            if !next_cap || raw.ends_with([',', ';']) || list_and
            {
                break;
            }
            // "Still Standing on June 27": a date after a preposition, not a title's words.
            let dated = ws.get(k + 1).is_some_and(|(_, n)| MONTHS.contains(&trim_word(n).1))
                && ws
                    .get(k + 2)
                    .is_some_and(|(_, n)| n.starts_with(|c: char| c.is_ascii_digit()));
            // "The Tallies in May", "Harbor Lights on Friday": a time after the title.
            // "cancelled AP Bio in 2019": so is a year.
            let timed = matches!(w, "in" | "on" | "by" | "until" | "through" | "since" | "for" | "from")
                && ws.get(k + 1).is_some_and(|(_, n)| {
                    let n = trim_word(n).1;
                    !matches!(w, "for" | "from")
                        && (MONTHS.contains(&n) || crate::lexicon::WEEKDAYS.contains(&n))
                        || n.len() == 4
                            && (n.starts_with("19") || n.starts_with("20"))
                            && n.chars().all(|c| c.is_ascii_digit())
                })
                && ws
                    .get(k + 2)
                    .is_none_or(|(_, n)| !is_cap_word(trim_word(n).1));
            if dated || timed {
                break;
            }
            // "renewed Cooper's Ridge and The Marshal's Office", "TBS's Moon Unit and
            // HBO's Vinyl": in running text a capitalised article or a network's
            // possessive after "and" opens a second title.
            let prose = !headline_case || text[r.start..line_end.min(text.len())].trim_end().ends_with('.');
            if matches!(w, "and" | "&") && prose {
                let n = ws.get(k + 1).map(|(_, n)| trim_word(n).1).unwrap_or("");
                let possessive = strip_possessive(n);
                if n == "The" || possessive != n && is_network(possessive) {
                    break;
                }
            }
        }
        if start.is_none() {
            start = Some(r.start + lead);
            quoted_open = lead > 0
                || text[..r.start]
                    .chars()
                    .next_back()
                    .is_some_and(|c| matches!(c, '‘' | '\'' | '"' | '“'));
        }
        end = r.start + lead + w.len();
        if w.ends_with("'s") || w.ends_with("’s") {
            // "Bob's Burgers" goes on; "Arden Cho's character" does not.
            let next_cap = ws
                .get(k + 1)
                .map(|(_, n)| trim_word(n).1)
                .is_some_and(|n| is_cap_word(n) && !TITLE_STOPS.contains(&n));
            if !next_cap || is_network(strip_possessive(w)) {
                end -= w.len() - strip_possessive(w).len();
                // "cancel Michael Lannan's series": a person's series, not a title.
                if start.is_some_and(|s| looks_like_named_person(&text[s..end]))
                    && !is_network(strip_possessive(w))
                {
                    return None;
                }
                break;
            }
        }
        // "Dragons’ Den", "Workin’ Moms": a plural possessive or a dropped "g" goes on
        // into the next capitalised word, unless a quote opened the title.
        let plural_possessive = (raw.ends_with("s’")
            || raw.ends_with("s'")
            || raw.ends_with("in’")
            || raw.ends_with("in'"))
            && !quoted_open
            && ws
                .get(k + 1)
                .map(|(_, n)| trim_word(n))
                .is_some_and(|(l, n)| l == 0 && is_cap_word(n) && !TITLE_STOPS.contains(&n));
        if plural_possessive {
            end = r.start + raw.len();
            k += 1;
            continue;
        }
        // Punctuation after the word ends the title, except a subtitle colon and initials.
        let after = &raw[lead + w.len()..];
        let initials =
            INITIALS.is_match(raw.trim_end_matches([',', ';'])) || HONORIFICS.contains(raw);
        if !initials
            && (!after.is_empty() && !after.starts_with(':')
                || raw.ends_with([',', ';', '.', '!', '?', ')', '"', '”', '’'])
                    && !raw.ends_with("P.I."))
        {
            break;
        }
        if initials && raw.ends_with([',', ';']) {
            end = r.start + lead + raw.trim_end_matches([',', ';']).len() - lead;
            break;
        }
        k += 1;
    }
    let s = start?;
    // A title never ends on a connector ("Mayor of Kingstown for").
    let mut end = end;
    while let Some(sp) = text[s..end].rfind(' ') {
        let last = &text[s + sp + 1..end];
        if TITLE_CONNECTORS.contains(&last) {
            end = s + sp;
        } else {
            break;
        }
    }
    // "brings back Sadie Lindqvist as Junie" names a person being cast, not a title.
    // "Harbor Vane as well as Copper Bay" lists two.
    let after_run = text[end..].trim_start_matches(['\'', '’', '"', '”']);
    if after_run.starts_with(" as ") && !after_run.starts_with(" as well as ") {
        return None;
    }
    let mut end = s + text[s..end]
        .trim_end_matches(['\'', '’', '"', '”', '?', '!', ',', '.', ':'])
        .len();
    // "the One of Us Is Lying TV series": the medium is not part of the title.
    if text[s..end].ends_with(" TV")
        && text[end..]
            .trim_start()
            .to_lowercase()
            .starts_with("series")
    {
        end -= 3;
    }
    if text[s..end].ends_with("P.I") {
        return (end > s)
            .then(|| s..end + 1)
            .filter(|r| plausible_title(&text[r.clone()]));
    }
    if end <= s {
        return None;
    }
    if plausible_title(&text[s..end]) {
        return Some(s..end);
    }
    // "The Real Housewives of Orange County and Top Chef": a run too long for one title
    // ends at its first "and". A headline's run is no list.
    if headline_case {
        return None;
    }
    let k = text[s..end].find(" and ")?;
    plausible_title(&text[s..s + k]).then(|| s..s + k)
}

/// The capitalised run of words ending at or before `pos`, not before `floor`.
pub fn backward_span(text: &str, floor: usize, pos: usize) -> Option<Range<usize>> {
    backward_span_raw(text, floor, pos).filter(|t| !gerund_opener(text, t, pos))
}

/// "Announcing a season two renewal early might help": a single word in "-ing" opening
/// the sentence (at `t.start`), with its object after it, is a verb, not a title.
fn gerund_opener(text: &str, t: &Range<usize>, end: usize) -> bool {
    let w = &text[t.clone()];
    let before = text[..t.start].trim_end_matches([' ', '\t']);
    (before.is_empty() || before.ends_with(['\n', '.', '!', '?', ':']))
        && !w.contains(' ')
        && w.len() > 5
        && w.ends_with("ing")
        && ["a ", "an ", "the ", "its ", "their ", "his ", "her "]
            .iter()
            .any(|d| text[t.end..end.max(t.end)].trim_start().starts_with(d))
}

/// A lower-case adverb in "-ly" ("thankfully", "officially"), not one of the nouns and
/// adjectives that share the ending ("family", "weekly").
fn lower_adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && !matches!(
            w,
            "family" | "daily" | "weekly" | "monthly" | "yearly" | "nightly" | "quarterly"
                | "rally" | "supply" | "reply" | "belly" | "bully" | "jelly" | "friendly"
                | "lovely" | "holy" | "ugly" | "only" | "elderly" | "lonely" | "costly"
        )
}

fn backward_span_raw(text: &str, floor: usize, pos: usize) -> Option<Range<usize>> {
    let ws = words(&text[floor..pos], floor);
    let prose = std::cell::OnceCell::new();
    let mut i = ws.len();
    let mut in_aside = false;
    // Skip auxiliaries between the title and the trigger.
    while i > 0 {
        let (_, w) = trim_word(ws[i - 1].1);
        // "Obliterated was prematurely axed": a manner adverb before the verb.
        // Adverbs in "-ly" ("prematurely", "definitely": "The Catch is definitely on the
        // bubble") are `lower_adverb`'s, below; these two do not end so.
        let adverb = matches!(w, "early" | "very");
        // "La Brea and Curb Your Enthusiasm also announced their final seasons": a verb of
        // telling before the show's own season.
        let announced = matches!(w, "announced" | "announces" | "confirmed" | "confirms" | "revealed")
            && ws.get(i).is_some_and(|(_, n)| matches!(trim_word(n).1, "its" | "their"));
        // "Dollhouse thankfully has been renewed", "Heroes too is getting a fourth season":
        // any manner or comment adverb, and a few short ones.
        let comment = lower_adverb(w) || matches!(w, "too" | "indeed" | "again" | "once" | "coming");
        // "Dollhouse, meanwhile, has been cancelled", "X has, however, been renewed": an
        // aside set off by commas; the word before it may carry the aside's first comma.
        let aside = ws[i - 1].1.ends_with(',')
            && i >= 2
            && ws[i - 2].1.ends_with(',')
            && (comment || matches!(w, "however" | "meanwhile" | "though" | "also" | "then" | "too"));
        let after_aside = in_aside && ws[i - 1].1.ends_with(',') && SKIP_BACKWARD.contains(&w);
        in_aside = aside;
        if aside
            || after_aside
            || (SKIP_BACKWARD.contains(&w) || adverb || announced || comment) && !ws[i - 1].1.ends_with(',')
        {
            i -= 1;
        } else {
            break;
        }
    }
    // "Brooklyn Nine-Nine, like AP Bio, was canceled": the comparison set off by commas is
    // an aside; the subject comes before it.
    // "like Mayans M.C., which concluded": a relative clause belongs to the aside's title.
    let relative = ws[i..]
        .iter()
        .any(|(_, w)| matches!(trim_word(w).1, "which" | "who" | "that"));
    if i >= 4 && ws[i - 1].1.ends_with(',') && !relative {
        let aside = (i.saturating_sub(8)..i - 1).rev().find(|&k| {
            k >= 1
                && matches!(trim_word(ws[k].1).1, "like" | "unlike")
                && ws[k - 1].1.ends_with(',')
                && ws[k + 1..i].iter().enumerate().all(|(n, (_, w))| {
                    let t = trim_word(w).1;
                    (is_cap_word(t) || TITLE_CONNECTORS.contains(&t))
                        && (k + 1 + n == i - 1 || !w.ends_with(','))
                })
        });
        if let Some(k) = aside {
            return backward_span(text, floor, ws[k - 1].0.end - 1);
        }
    }
    // "Outer Banks’ fifth instalment will be its last": the season named is the title's.
    if i >= 2 {
        let noun = trim_word(ws[i - 1].1).1.to_ascii_lowercase();
        if matches!(noun.as_str(), "season" | "series" | "instalment" | "installment" | "chapter" | "run") {
            let mut k = i - 1;
            let w = trim_word(ws[k - 1].1).1.to_ascii_lowercase();
            if k >= 2
                && (is_ordinal(&w)
                    || matches!(
                        w.as_str(),
                        "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh"
                            | "eighth" | "ninth" | "tenth" | "new" | "next" | "latest" | "final"
                            | "last" | "upcoming"
                    ))
            {
                k -= 1;
            }
            let owner = ws[k - 1].1;
            if is_possessive(owner) {
                return backward_span(text, floor, ws[k - 1].0.end);
            }
        }
    }
    // "The Glasshouse (UK) series 2": a country or year in parentheses is part of the title.
    if i > 0 && i == ws.len() {
        let raw = ws[i - 1].1;
        let inner = raw
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .unwrap_or("");
        if (2..=4).contains(&inner.len())
            && inner
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        {
            let paren = ws[i - 1].0.clone();
            return backward_span(text, floor, paren.start).map(|r| r.start..paren.end);
        }
    }
    // "Lone Harbor (Fox) was renewed", "Lone Harbor (2019) was cancelled": a network
    // or a year glossing the title before it.
    if i > 0 {
        let gloss = ws[i - 1].1.strip_prefix('(').and_then(|r| r.strip_suffix(')'));
        if gloss.is_some_and(|g| {
            is_network(g) || g.len() == 4 && (g.starts_with("19") || g.starts_with("20")) && g.bytes().all(|b| b.is_ascii_digit())
        }) {
            return backward_span(text, floor, ws[i - 1].0.start);
        }
    }
    // "We Were Liars has not been renewed", "At the time of writing, Everything I Know
    // About Love has not been renewed": a pronoun followed by a capitalised function word
    // (prose would write "We were") opens a title, and the whole run of capitals is it.
    let mut k0 = i;
    while k0 > 0 {
        let (_, w) = trim_word(ws[k0 - 1].1);
        let ok = (is_cap_word(w) || TITLE_CONNECTORS.contains(&w))
            && (k0 == i || !ws[k0 - 1].1.ends_with([',', ';', '.', ')', '”', '"', ':']));
        if !ok {
            break;
        }
        k0 -= 1;
    }
    // "Where the Heart Is and Bad Girls are tipped to go": a question word, an article,
    // then a capitalised function word that prose would write in lower case.
    let article_then_prose_word = i >= k0 + 4
        && matches!(trim_word(ws[k0].1).1, "Where" | "When" | "What" | "How" | "Why" | "Who")
        && matches!(trim_word(ws[k0 + 1].1).1, "the" | "a" | "an")
        && ws[k0 + 3..i]
            .iter()
            .any(|(_, w)| PROSE_TITLE_WORDS.contains(&trim_word(w).1));
    let opens_title = i >= k0 + 3
        && (k0 > 0 || floor_is_sentence_start(text, floor))
        && TITLE_OPENERS.contains(&trim_word(ws[k0].1).1)
        && {
            // "I Feel Bad was cancelled": prose writes "I feel"; any capital after "I"
            // opens a title.
            let w1 = trim_word(ws[k0 + 1].1).1;
            is_cap_word(w1)
                && (TITLE_STOPS.contains(&w1)
                    || PROSE_TITLE_WORDS.contains(&w1)
                    // "Just For Laughs Australia": prose writes "Just for".
                    || matches!(w1, "For" | "Of" | "In" | "The" | "A" | "An" | "To" | "With" | "Like")
                    // "Our Flag Means Death": prose writes "Our flag" too.
                    || matches!(trim_word(ws[k0].1).1, "I" | "My" | "Our" | "Your"))
                || article_then_prose_word
        }
        && ws[k0..i].iter().enumerate().all(|(k, (_, w))| {
            let (_, w) = trim_word(w);
            (is_cap_word(w) || TITLE_CONNECTORS.contains(&w))
                && (k == 1 || article_then_prose_word || !is_verbish(w))
        })
        && {
            // The whole sentence from the opener: the part before the trigger may be the
            // title alone. A quote closed before it is another clause.
            let rest = &text[ws[k0].0.start..];
            !is_headline_case(&rest[..rest.find(['\n', '.', '?', '!']).unwrap_or(rest.len())])
        };
    // "the comedy Are You There Chelsea? will be no more": a run closed by its own "?"
    // that opens on a question's verb is a title asked as a question.
    let asked = i >= k0 + 3
        && ws[i - 1].1.ends_with('?')
        && matches!(
            trim_word(ws[k0].1).1,
            "Are" | "Is" | "Do" | "Does" | "Did" | "Can" | "Could" | "Will" | "Would" | "Have" | "Has"
                | "Should" | "Who" | "What" | "Where" | "When" | "Why" | "How"
        )
        && ws[k0..i].iter().all(|(_, w)| {
            let (_, w) = trim_word(w);
            is_cap_word(w) || TITLE_CONNECTORS.contains(&w)
        });
    if opens_title || asked {
        let span = run_span(&ws, k0, i);
        return plausible_title(&text[span.clone()]).then_some(span);
    }
    let mut j = i;
    while j > 0 {
        let raw = ws[j - 1].1;
        let (_, w) = trim_word(raw);
        if w.is_empty() {
            break;
        }
        let last = j == i;
        // Punctuation after a word (other than the last) separates clauses; a colon
        // inside a title ("Star Trek: Discovery") does not.
        // "A.P. Bio", "M.A.S.H": initials keep their stops.
        if !last
            && raw.ends_with([',', ';', '.', ')', '”', '"'])
            && !raw.ends_with("P.I.")
            && !HONORIFICS.contains(&raw)
            && !INITIALS.is_match(raw.trim_start_matches(['“', '"', '‘', '\'', '(']))
        {
            break;
        }
        let question_tail =
            last && matches!(
                w,
                "Who" | "Why" | "What" | "It" | "Us" | "Me" | "You" | "Her" | "Him" | "Them"
                    | "This" | "Everything" | "Nothing"
            ) && j >= 2
                && (is_cap_word(trim_word(ws[j - 2].1).1)
                    && !TITLE_STOPS.contains(&trim_word(ws[j - 2].1).1)
                    // "The Beginning of Everything": after a preposition inside capitals.
                    || j >= 3
                        && matches!(trim_word(ws[j - 2].1).1, "of" | "for" | "about" | "with")
                        && is_cap_word(trim_word(ws[j - 3].1).1));
        // "Star Trek": a stop word opening the run (no capital before it) belongs to the title.
        // "It's Always Sunny in Philadelphia": "It's" opening a run of capitals too.
        let opener = (matches!(w, "Star" | "Stars" | "It's" | "It’s")
            || matches!(trim_word(raw).1, "It's" | "It’s"))
            && !last
            && (j < 2 || !is_cap_word(trim_word(ws[j - 2].1).1));
        // "Time After Time", "Before We Die": in running prose (not a headline), a
        // capitalised function word inside a run of capitals belongs to the title; it is
        // not the sentence's first word nor the word against the trigger.
        let prose_word = !last
            && j >= 2
            && (j >= 3
                || !is_cap_word(trim_word(ws[j - 2].1).1)
                || ws[j - 2].1.ends_with(','))
            && (PROSE_TITLE_WORDS.contains(&w) || PROSE_TITLE_VERBS.contains(&w))
            && *prose.get_or_init(|| sentence_is_prose(text, floor, pos));
        let cap = is_cap_word(w)
            && (!TITLE_STOPS.contains(&strip_possessive(w))
                || question_tail
                || opener
                || prose_word);
        let connector = TITLE_CONNECTORS.contains(&w) && j < i;
        if is_network(w) && (raw.ends_with("'s") || raw.ends_with("’s")) && !last {
            break;
        }
        if !(cap || connector) {
            break;
        }
        if raw.starts_with(['(', '"', '“', '‘']) {
            j -= 1;
            break;
        }
        j -= 1;
    }
    // Connectors cannot open a title; sentence openers at the very start are dropped.
    // Only where the clause begins: "series For All Mankind" keeps its "For All".
    let clause_start = |j: usize| {
        j == 0
            || ws[j - 1].1.ends_with([',', ';', ':', '.', '"', '”', '('])
            || ws[j - 1].1.chars().next().is_some_and(char::is_uppercase)
    };
    let droppable = |j: usize| {
        let w = trim_word(ws[j].1).1;
        // "Big Love", "Good Trouble", "Bad Sisters": an adjective before a capital is the
        // title's own first word.
        let adjective_of_title = matches!(w, "Good" | "Bad" | "Great" | "Big" | "My" | "Our" | "Your" | "It's" | "It’s")
            && ws.get(j + 1).is_some_and(|(_, n)| is_cap_word(trim_word(n).1))
            // "Last Man Standing was picked up": not "Last Tuesday, NBC ...".
            || w == "Last"
                && ws.get(j + 1).is_some_and(|(_, n)| {
                    let n = trim_word(n).1;
                    is_cap_word(n)
                        && !ws[j + 1].1.ends_with(',')
                        && !MONTHS.contains(&n)
                        && !crate::lexicon::WEEKDAYS.contains(&n)
                        && !matches!(n, "Week" | "Month" | "Year" | "Season" | "Night" | "Summer" | "Fall" | "Spring" | "Winter" | "Time" | "Weekend")
                });
        SENTENCE_OPENERS.contains(&w)
            && !matches!(w, "The" | "A" | "An")
            && !adjective_of_title
            && clause_start(j)
    };
    // "You're the Worst": an opener before a lower-case connector is the title's own word.
    let keeps_connector =
        |j: usize| j + 1 < i && TITLE_CONNECTORS.contains(&trim_word(ws[j + 1].1).1);
    while j < i
        && (!is_cap_word(trim_word(ws[j].1).1)
            || (droppable(j) && j + 1 < i && !keeps_connector(j)))
    {
        // "Every Streaming Original Axed": a quantifier makes the run a class of shows.
        if matches!(trim_word(ws[j].1).1, "Every" | "Each" | "All" | "Most" | "Many" | "Several") {
            return None;
        }
        j += 1;
    }
    if j >= i {
        return None;
    }
    // "This Is Us", "This Is England": the one title that opens on two stop words.
    if j >= 2 && ws[j - 2].1 == "This" && ws[j - 1].1 == "Is" {
        j -= 2;
    }
    let span = run_span(&ws, j, i);
    // "prediction for Harbor Lights: It's a long shot": a pronoun after a colon opens the
    // next clause.
    if [": It", ": He", ": She", ": They", ": We", ": This"]
        .iter()
        .any(|p| text[span.clone()].ends_with(p))
    {
        return None;
    }
    // A name right after "as", "starring" or "played by" is a character or an actor.
    let before = text[floor..span.start].trim_end().to_ascii_lowercase();
    if [
        "as",
        "starring",
        "by",
        "stars",
        "star",
        "actor",
        "actress",
        "creator",
        "showrunner",
        "featuring",
        "with",
        "host",
        "director",
        // "Allie's older sister Cassandra and Dewey": a relative in the story.
        "sister",
        "brother",
        "mother",
        "father",
        "mom",
        "dad",
        "son",
        "daughter",
        "wife",
        "husband",
        "boyfriend",
        "girlfriend",
        "cousin",
        "aunt",
        "uncle",
        "fiancé",
        "fiancée",
    ]
    .iter()
    .any(|w| before.ends_with(&format!(" {w}")) || before == *w)
        // ", as Frequency and Making History were axed": "as" after a comma is a conjunction.
        && !before.ends_with(", as")
        // "with Maple Court airing its final episodes": "with" opening an absolute clause,
        // its subject a title before the clause's "-ing" verb.
        // (A title's own "With", as in "I Am Not Okay With This", opens no clause.)
        && !(text[floor..span.start].trim_end().ends_with("with")
            && text[span.end..pos]
                .split_whitespace()
                .all(|w| matches!(w, "each" | "both" | "all" | "also" | "now" | "finally"))
            && text[pos..]
                .split_whitespace()
                .next()
                .is_some_and(|w| w.ends_with("ing") && w.chars().all(char::is_lowercase))
            && !looks_like_named_person(&text[span.clone()]))
    {
        return None;
    }
    // "Survival of the Thickest and My Life With the Walter Boys were both renewed": a run
    // too long for one title ends with the list's last one.
    if !plausible_title(&text[span.clone()]) {
        if let Some(k) = text[span.clone()].rfind(" and ") {
            let last = span.start + k + 5..span.end;
            return plausible_title(&text[last.clone()]).then_some(last);
        }
        // "ABC's comedy series Tonightly has been axed": a word read as an adverb alone
        // is a title when a genre noun names it.
        if genre_named_adverb(text, floor, &span) {
            return Some(span);
        }
    }
    plausible_title(&text[span.clone()]).then_some(span)
}

/// "ABC's comedy series Tonightly has been axed": a word that reads as an adverb alone
/// is a title when a genre noun names it.
pub fn genre_named_adverb(text: &str, floor: usize, span: &Range<usize>) -> bool {
    let t = &text[span.clone()];
    !t.contains(' ')
        && t.ends_with("ly")
        && GENRE_NOUN_BEFORE.is_match(&text[floor.min(span.start)..span.start])
        && !NOT_TITLES.contains(&t)
}

static GENRE_NOUN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?-u:\b)(?-i:[a-z]+)\s+(?:series|drama|comedy|sitcom|show|program|programme|thriller)\s+$").unwrap()
});

/// The text span of the words `ws[from..to]`, without the first word's leading
/// punctuation or the last word's possessive and closing quotes.
fn run_span(ws: &[(Range<usize>, &str)], from: usize, to: usize) -> Range<usize> {
    let (r0, w0) = &ws[from];
    let (lead, _) = trim_word(w0);
    let (r1, w1) = &ws[to - 1];
    let (l1, t1) = trim_word(w1);
    let t1 = strip_possessive(t1).trim_end_matches(['\'', '’', '"', '”']);
    r0.start + lead..r1.start + l1 + t1.len()
}

/// Whether the sentence around `floor..pos` is running prose rather than a headline. The
/// words after `pos` count too: "New dramas Girl in the Woods and One of Us Is Lying" is
/// mostly capitals before its verb, and "are awaiting word on their futures" shows it is prose.
fn sentence_is_prose(text: &str, floor: usize, pos: usize) -> bool {
    let rest = &text[pos..];
    let end = rest
        .find(|c| matches!(c, '\n' | '.' | '?' | '!'))
        .map_or(text.len(), |p| pos + p);
    !is_headline_case(&text[floor..end])
}

/// Whether `floor` opens a sentence: nothing but space, quotes or a line start before it.
fn floor_is_sentence_start(text: &str, floor: usize) -> bool {
    // "“It’s great!” How I Met Your Mother": a quote closed on its own stop ends a sentence.
    let before = text[..floor].trim_end_matches([' ', '"', '“', '\'', '‘', '”', '’']);
    before.is_empty() || before.ends_with(['\n', '.', '!', '?', ':'])
}

/// Whether the words around a mention mark it as a film, book or credit.
pub fn non_series_context(text: &str, span: &Range<usize>) -> bool {
    let after: String = text[span.end..]
        .chars()
        .take(40)
        .collect::<String>()
        .to_lowercase();
    let after = after.trim_start_matches(['"', '”', '’', '\'', ' ', ')']);
    let after_word = after
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .find(|w| !w.is_empty())
        .unwrap_or("");
    // "Grease: Rise of the Pink Ladies, Star Trek: Prodigy": after a comma comes the
    // next item of a list, not a word describing this one.
    if !after.starts_with([',', ';', '.', ':']) && NON_SERIES_AFTER.contains(&after_word) {
        return true;
    }
    // "Clark (Spencer House) are all set to return": the player named in parentheses
    // after a character.
    if text[span.end..].starts_with(')')
        && text[..span.start].strip_suffix(" (").is_some_and(|b| {
            b.rsplit(' ').next().is_some_and(|w| {
                is_cap_word(trim_word(w).1) && !is_network(trim_word(w).1) && !w.ends_with([',', '.', ';', ':'])
            })
        })
        && looks_like_person(&text[span.clone()])
    {
        return true;
    }
    // "Nina (Tyla Abercrumbie) and Dre (Miriam A. Hyman)": a name with its player's name
    // after it is a character.
    if let Some(inner) = text[span.end..]
        .strip_prefix(" (")
        .and_then(|r| r.get(..r.find(')')?))
    {
        let label = inner.split_whitespace().any(|w| {
            matches!(w, "Season" | "Series" | "Part" | "Volume" | "Vol." | "Chapter" | "Book" | "Episode" | "Edition" | "Version" | "Special" | "Limited" | "Remake" | "Reboot" | "Revival" | "Original" | "Canada" | "America")
                || crate::lexicon::TITLE_STOPS.contains(&w)
                || COUNTRIES.contains(&w)
        });
        if inner.len() < 40 && looks_like_person(inner) && !label {
            return true;
        }
    }
    let before: String = text[..span.start]
        .chars()
        .rev()
        .take(30)
        .collect::<String>()
        .chars()
        .rev()
        .collect::<String>()
        .to_lowercase();
    let before = before.trim_end_matches(['"', '“', '‘', '\'', ' ', '«', '„', '\u{a0}']);
    if NON_SERIES_BEFORE.iter().any(|b| before.ends_with(b)) {
        return true;
    }
    // "David Mitchell as the Bard": an actor's name, then the part he plays.
    let head = text[..span.start].trim_end_matches(['"', '“', '‘', '\'', ' ']);
    head.strip_suffix(" as the")
        .or_else(|| head.strip_suffix(" as"))
        .is_some_and(|h| {
            let mut ws = h.rsplit(' ');
            let (Some(last), Some(first)) = (ws.next(), ws.next()) else { return false };
            looks_like_person(&format!("{first} {last}"))
        })
}

fn plausible_quoted(t: &str) -> bool {
    if t.matches('(').count() != t.matches(')').count() {
        return false;
    }
    let first = t.split_whitespace().next().unwrap_or("");
    // "The “Axed” term is slightly contentious": a fate word in quotes is the word.
    !(matches!(first, "Renew" | "Save" | "Bring")
        || (t.starts_with("Top ") && t.split_whitespace().count() == 2)
        || !t.contains(' ') && TITLE_STOPS.contains(&t))
}

static CAST_LINE_REST: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\s*(?:(?:This|The)\s+(?:actor|actress|star|comedian|performer|singer|rapper)(?-u:\b)|(?:plays|will\s+play|stars\s+as|returns\s+as|voices|portrays)\s)").unwrap()
});
static FACT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:reason|reasons|date|dates|host|hosts|tenure|launch|content|recognition|awards?|ratings|budget|premise|status|background|context|impact|verdict|runtime|platform|release|viewership|audience|legacy|timeline|cost|costs|why|what|when|where)$").unwrap()
});

static QUOTE_DASH_QUOTE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r#"['’"”]\s*[-–—]\s*['‘"“]"#).unwrap()
});

static TIME_OPENER_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?:On|In|At|After|Before|During|Since|When|While|Last|This|Earlier|Later|Then|Now|Meanwhile|Still|Yet)\b[^,]*,\s").unwrap()
});

static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?:\d{1,2}[.)]\s+|[-*•]\s+)?([^\n—–:|~=…]{2,80}?)\s*(?:(?:—|–|--|\s-\s|:|\s\|\s|~|\s=|\.\.\.|…)\s|-\s)").unwrap()
});

/// The title that opens a list-article paragraph: "The Tin Crown — renewed for ...".
/// Whether the words after a title's colon are its subtitle ("Los Angeles", "The Rise
/// of the Pink Ladies"): a few title-case words, no sentence, no status or season.
pub fn is_subtitle(tail: &str) -> bool {
    let line = tail.split('\n').next().unwrap_or("").trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 7
        && !line.ends_with(['.', '!', '?', ':', ','])
        && words.iter().enumerate().all(|(i, w)| {
            is_cap_word(w) || i > 0 && TITLE_CONNECTORS.contains(&w.to_lowercase().as_str())
        })
        && !words.iter().any(|w| {
            let l = w.to_lowercase();
            [
                "renew", "cancel", "axed", "ending", "ends", "final", "season", "series",
                "revived", "limited", "returns", "premiere", "release", "cast",
            ]
            .iter()
            .any(|k| l.starts_with(k))
        })
}

pub fn heading_title(para: &str) -> Option<String> {
    let c = HEADING.captures(para)?;
    // "NCIS: Los Angeles" is a title line with a subtitle, not a heading and its text.
    // "Netflix Presents: The Characters (2 seasons) – April 2016": the subtitle ends
    // where the line's note begins.
    let mut whole = c.get(1)?.as_str().trim();
    let mut rest = &para[c.get(0)?.end()..];
    if c.get(0)?.as_str().trim_end().ends_with(':') {
        let cut = [" (", " –", " —", " - ", ", "]
            .iter()
            .filter_map(|sep| rest.find(sep))
            .min()
            .unwrap_or(rest.len());
        if is_subtitle(&rest[..cut]) {
            // "CSI: Crime Scene Investigation — Officially renewed.": the subtitled title
            // heads a list line of its own when a dash and its note follow.
            let dash = [" – ", " — ", " - ", " -- "]
                .iter()
                .find(|d| rest[cut..].starts_with(**d))?;
            let body = c.get(1)?.start();
            whole = para[body..c.get(0)?.end() + cut].trim();
            rest = &rest[cut + dash.len()..];
            // A list line's short note, not an episode's subtitle before a paragraph.
            let note = rest.split('\n').next().unwrap_or("");
            if note.trim().is_empty() || note.split_whitespace().count() > 8 {
                return None;
            }
        }
    }
    // "Belinda (Natasha Rothwell): ..." and "Okarun - AJ Beckles (...)" are cast lines.
    if let Some((_, inside)) = whole.split_once(" (") {
        if looks_like_person(inside.trim_end_matches(')')) {
            return None;
        }
    }
    // "Matthew Aubrey - Mike": an actor's name heads a cast line.
    if looks_like_named_person(whole.trim_matches(['"', '“', '”', '*'])) {
        return None;
    }
    if CAST_LINE_REST.is_match(rest) {
        return None;
    }
    if let Some(p) = rest
        .find(" (")
        .or_else(|| rest.find('\n'))
        .or(Some(rest.len()))
    {
        if looks_like_person(rest[..p].trim()) {
            return None;
        }
    }
    let quotes = ['"', '“', '”', '\'', '‘', '’', '*'];
    let t = whole.trim_matches(quotes);
    // "'Freeridge' (Photo: ...)": the quote closes before the note.
    let t = t.split(" (").next().unwrap_or(t).trim().trim_matches(quotes);
    // "'The Idol'-'Terra Nova': ...": two quoted titles joined by a dash are two titles,
    // which the quotes name.
    if QUOTE_DASH_QUOTE.is_match(t) {
        return None;
    }
    // "• Financial Reason: CBS states that ...", "• Final Air Date: May 21": a fact box's
    // label, not a show.
    if para.trim_start().starts_with(['•', '▪', '·', '*'])
        && FACT_LABEL.is_match(t)
        && para.contains(':')
    {
        return None;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    // "On Saturday, Latt -- one of the founding partners ...": a sentence's opening
    // phrase and its subject, before a parenthetical dash, are not a list line's title.
    if TIME_OPENER_COMMA.is_match(t) {
        return None;
    }
    // Title case: every word capitalised except connectors, and not the last ("Patricia
    // Clarkson is… ‘Parks & Recreation’s’ Tammy": a sentence's subject and its verb).
    let ok = words.iter().enumerate().all(|(i, w)| {
        is_cap_word(w) || i > 0 && TITLE_CONNECTORS.contains(&w.to_lowercase().as_str())
    }) && words.last().is_some_and(|w| is_cap_word(w) || w.chars().any(|c| c.is_ascii_digit()));
    // "UPDATE — ", "LONDON — ": a capitalised label or dateline is no title; a short
    // acronym may be ("NCIS — Officially renewed.").
    let shouting = words.iter().all(|w| {
        w.chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase())
    });
    let acronym = !c.get(0)?.as_str().trim_end().ends_with(':')
        && words.len() == 1
        && (2..=4).contains(&t.chars().filter(|c| c.is_alphabetic()).count())
        && t.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && !LINE_LABELS.contains(&t);
    (ok && plausible_title(t) && (!shouting || acronym)).then(|| t.to_string())
}

/// Short capitalised words (four letters or fewer, as an acronym title is) that label a
/// line or open a dateline, not titles.
const LINE_LABELS: &[&str] = &[
    "NOTE", "NB", "PS", "ALSO", "PLUS", "UPD", "NEW", "HOT", "LIVE", "READ", "MORE", "TV",
    "FILM", "NEWS", "EXCL", "FAQ", "TLDR", "ROME", "OSLO", "KYIV", "LIMA", "DOHA", "NYC",
    "LA", "UK", "US", "USA", "EU", "RIP", "OMG", "WTF", "LOL", "BTW", "FYI", "TBA", "TBD",
    "TBC",
];

static STANDALONE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(
        r"^(?:\d{1,2}[.)]\s+|[-*•#]+\s+)?([^()\n]{2,70}?)\s*(?:\((?P<net>[^)]{2,40})\))?\s*$",
    )
    .unwrap()
});

static FIRST_NAMES: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../data/first_names.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect()
});

/// A site's own label for its pages ("Tag Archives", "More Articles About", "Top Stories",
/// "Sponsored Links"): every word is a page word or a word that qualifies one, and one
/// at least names pages themselves.
fn page_label(t: &str) -> bool {
    const PAGES: &[&str] = &[
        "archive", "archives", "article", "articles", "stories", "posts", "links", "headlines",
        "comments", "tags", "newsletter", "newsletters", "podcasts", "galleries", "videos", "recaps",
        "reviews", "features", "summary", "sections", "categories", "topics", "picks",
    ];
    const QUALIFIERS: &[&str] = &[
        "tag", "more", "latest", "top", "related", "sponsored", "trending", "popular", "recommended",
        "recent", "most", "read", "quick", "editor's", "editor’s", "editors'", "our", "your", "you",
        "may", "also", "like", "about", "from", "other", "all", "the", "news", "daily", "weekly",
        "in", "on", "of", "and", "tv", "entertainment", "best", "new",
    ];
    // Called for every candidate title: compared in place, nothing allocated.
    let words = || t.split_whitespace().map(|w| w.trim_end_matches([':', ',', '.', '!', '?']));
    let among = |list: &[&str], w: &str| list.iter().any(|x| x.eq_ignore_ascii_case(w));
    words().any(|w| among(PAGES, w)) && words().all(|w| among(PAGES, w) || among(QUALIFIERS, w))
}

/// Whether `w` is a common given name ("Sarah", "Evan"; not "Will" or "Grace").
pub fn is_first_name(w: &str) -> bool {
    FIRST_NAMES.contains(w)
}

/// A person's name by its shape: a common given name and one or two capitalised
/// words after it ("Sarah Paulson", "Laura Dern", "Mary Louise Parker").
pub fn looks_like_named_person(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=3).contains(&words.len()) && is_first_name(words[0]) && looks_like_person(s)
}

/// Two to four capitalised name words ("Natasha Rothwell", "Lee Jung-jae", "Maggie Q"),
/// not a network or an outlet: how an actor's name looks in a cast line.
pub fn looks_like_person(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && !is_network(s)
        && !is_outlet(s)
        && !STUDIOS.contains(&s)
        // "Harlan Coben's Shelter": a name's possessive before more words is an owner's.
        && !words[..words.len() - 1].iter().any(|w| is_possessive(w))
        && words.iter().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase)
                && cs.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
        && !words.iter().any(|w| {
            TITLE_STOPS.contains(w)
                || SENTENCE_OPENERS.contains(w)
                || MONTHS.contains(w)
                || matches!(
                    *w,
                    "Season"
                        | "Series"
                        // "Victoria Derbyshire Show": a host's name on a show.
                        | "Show"
                        | "Part"
                        | "Volume"
                        | "Chapter"
                        | "Network"
                        | "Channel"
                        | "Plus"
                        | "TV"
                        | "One"
                        | "Two"
                )
        })
}

/// A short paragraph that is only a title, maybe with its network: "Marrow Lane (AMC)".
pub fn standalone_title(para: &str) -> Option<(String, Option<String>)> {
    let c = STANDALONE.captures(para.trim())?;
    let raw = c.get(1)?.as_str().trim();
    let t = raw.trim_matches(['"', '“', '”', '\'', '‘', '’', '*']).trim();
    // "'APB' (Fox)", "'Blacklist: Redemption' (NBC)": quotes and a network beside them
    // make a title of a shouted word or a colon.
    let quoted = raw.starts_with(['"', '“', '\'', '‘']) && raw.ends_with(['"', '”', '\'', '’']);
    // "Copper Bay, Netflix": the network after a comma.
    if c.name("net").is_none() {
        if let Some((head, n)) = t.rsplit_once(", ").filter(|(h, n)| is_network(n.trim()) && !h.is_empty()) {
            let head = head.trim();
            return (plausible_title(head) && head.split_whitespace().count() <= 7 && !looks_like_named_person(head))
                .then(|| (head.to_string(), Some(n.trim().to_string())));
        }
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    // "'Mindhunter' on Indefinite Hiatus" is a headline with a quoted title, not a title line.
    if t.contains(['"', '“', '”']) || t.contains("' ") || t.contains("’ ") {
        return None;
    }
    if words.is_empty()
        || words.len() > 7
        || t.ends_with(['.', '!', '?']) && !t.ends_with("P.I.")
        || t.contains(": ") && !(quoted && c.name("net").is_some())
        || t.contains('/')
    {
        return None;
    }
    let ok = words.iter().enumerate().all(|(i, w)| {
        is_cap_word(w) || i > 0 && TITLE_CONNECTORS.contains(&w.to_lowercase().as_str())
    });
    // "19-2" has no letters to shout with.
    let all_caps = t.chars().any(char::is_alphabetic)
        && words.iter().all(|w| {
            w.chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| c.is_uppercase())
        });
    // "As the World Turns (CBS)": with its network beside it, a line need only be shaped
    // like a title, whatever word opens it.
    let networked = c
        .name("net")
        .map(|n| n.as_str().split([',', ';']).next().unwrap_or("").trim())
        .is_some_and(is_network);
    // "Grant Feld" on its own line heads a cast profile, not a show.
    if !ok || all_caps && !(quoted && networked) || !(plausible_title(t) || networked && list_title_ok(t)) || looks_like_named_person(t) {
        return None;
    }
    if c.name("net")
        .is_some_and(|n| looks_like_person(n.as_str().trim()))
    {
        return None;
    }
    // "(Bravo for fourth and final season)": the network opens a longer note.
    let net = c
        .name("net")
        .map(|n| n.as_str().trim())
        // "(NBC, Season 7; final season)": the network, then a note.
        .map(|n| n.split([',', ';']).next().unwrap_or(n).trim())
        .map(|n| n.split_once(" for ").map_or(n, |(a, _)| a).to_string())
        .filter(|n| is_network(n));
    // Without a network, a heading like "Season 2 Cast" is not a show.
    if net.is_none()
        && (words.len() > 4
            || words
                .iter()
                .any(|w| matches!(*w, "Cast" | "Plot" | "Trailer" | "Date" | "Season")))
    {
        return None;
    }
    Some((t.to_string(), net))
}

/// Title candidates in quotes: short, mostly capitalised, not speech.
pub fn quoted_titles(text: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    // The search resumes after each closing quote, not after the space the match took
    // beyond it: in "'True Blood,' 'Entourage' and 'Hung'" that space opens the next.
    let mut pos = 0;
    while let Some(c) = QUOTED.captures_at(text, pos) {
        let whole = c.get(0).expect("group 0");
        // German „…“ and French or Spanish «…» quote titles too.
        let Some(m) = (1..=6).find_map(|i| c.get(i)) else {
            pos = whole.end();
            continue;
        };
        let close = text[m.end()..].chars().next().map_or(0, char::len_utf8);
        pos = (m.end() + close).max(whole.start() + 1);
        while !text.is_char_boundary(pos) {
            pos += 1;
        }
        let inner = m.as_str().trim();
        let inner = inner.trim_end_matches([',', '.']);
        // "Mistresses'" renewal: a plural possessive's apostrophe is not the title's.
        let inner = match inner.strip_suffix(['\'', '’']) {
            Some(i) if i.ends_with('s') => i,
            _ => inner,
        };
        // "‘Last Man Standing’s’ cast": the possessive is the sentence's, not the title's.
        let inner = inner
            .strip_suffix("’s")
            .or_else(|| inner.strip_suffix("'s"))
            .filter(|i| i.contains(' '))
            .unwrap_or(inner);
        let ws: Vec<&str> = inner.split_whitespace().collect();
        if ws.is_empty() || ws.len() > 8 || !is_cap_word(ws[0]) {
            continue;
        }
        let content: Vec<&&str> = ws
            .iter()
            .filter(|w| !TITLE_CONNECTORS.contains(&w.to_lowercase().as_str()))
            .collect();
        let caps = content.iter().filter(|w| is_cap_word(w)).count();
        if content.is_empty() || caps * 4 < content.len() * 3 {
            continue;
        }
        if is_network(inner)
            || outlet_only(inner)
            || inner.starts_with('#')
            || !plausible_quoted(inner)
        {
            continue;
        }
        let start = m.start() + (m.as_str().len() - m.as_str().trim_start().len());
        out.push((start..start + inner.len(), inner.to_string()));
    }
    out
}

static HEADLINE_CAST: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)\s(?:cast|characters|actors|stars|ending\s+explained|release\s+date|renewal|renewed|cancell?ed|trailer|finale|recap|review)(?-u:\b)").unwrap()
});
// "Is X Cancelled?", "When Will X Return?": the auxiliary opens the question; mid-line
// ("X Will End After Season 5") it follows the title. "Will This Season of X Be Its
// Last?": the season named first.
static HEADLINE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:meet\s+the|cast\s+of|who(?:'s|’s|\s+is|\s+are)\s+in(?:\s+the\s+cast\s+of)?|everything\s+(?:we\s+know|to\s+know)\s+about|guide\s+to|will\s+there\s+be\s+(?:a\s+|another\s+)?(?:\w+\s+)?season\s+of|(?:this|next|the\s+(?:new|next|final|last))\s+season\s+of)\s|^(?:(?:when|why|how|where|what)\s+)?(?:is|will|does)\s").unwrap()
});

/// Titles a headline names by its shape: "Bridgerton Cast: Everything to Know",
/// "Meet the Russian Doll cast", "Everything we know about The Diplomat".
pub fn headline_titles(text: &str, headline: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[headline.clone()];
    let mut out = Vec::new();
    for m in HEADLINE_CAST.find_iter(s) {
        if let Some(t) = backward_span(text, headline.start, headline.start + m.start()) {
            out.push(t);
        }
    }
    for m in HEADLINE_LEAD.find_iter(s) {
        if let Some(t) = forward_span(text, headline.start + m.end(), headline.end) {
            out.push(t);
        }
    }
    out
}

/// The length of a short list item that reads as no title ("22 Minutes, "), with the
/// comma after it, when another item follows.
pub fn skipped_item(rest: &str) -> Option<usize> {
    let k = rest.find(", ")?;
    let item = &rest[..k];
    (item.split_whitespace().count() <= 4
        && item.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !item.contains(['.', ';', ':']))
    .then_some(k + 2)
}

/// "Lost in Space is an American science fiction show that premiered in 2018": a
/// sentence that opens on a title and says what kind of show it is names that show.
pub fn defined_title(sentence: &str) -> Option<&str> {
    static DEFINED: LazyLock<Regex> = LazyLock::new(|| {
        crate::rules::rx(r"^[\s“‘\x22']*(?P<t>[A-Z0-9][\w'’:&!.-]*(?:\s+(?:[A-Z0-9][\w'’:&!.-]*|of|the|in|and|a|an|on|at|for|to|with|from|vs\.)){0,7}?)[”’\x22']?\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,5}?(?:show|series|drama|comedy|sitcom|thriller|miniseries|anime|docuseries|dramedy|procedural|soap\s+opera|k-drama|K-drama)(?:\s*[,.;]|\s+(?:that|which|from|based|created|starring|about|set|on|airing|streaming|produced|developed|written|following|in)(?-u:\b))").unwrap()
    });
    let t = DEFINED.captures(sentence)?.name("t")?.as_str();
    (plausible_title(t) && !looks_like_named_person(t) && !is_network(t)).then_some(t)
}

/// Titles named by their fans: "Good news for Sanditon fans", "Sorry Veronica Mars fans".
/// Not places' or networks' fans ("UK fans"); a name shaped like a person's ("Veronica
/// Mars fans", "Taylor Swift fans") comes with `true`.
pub fn fan_titles(text: &str, sentence: Range<usize>) -> Vec<(Range<usize>, bool)> {
    let s = &text[sentence.clone()];
    let mut out = Vec::new();
    for m in FANS_AFTER.find_iter(s) {
        let at = sentence.start + m.start();
        let Some(mut t) = backward_span(text, sentence.start, at) else {
            continue;
        };
        // "Sorry Veronica Mars fans", "Attention Sanditon fans".
        for w in ["Sorry ", "Attention ", "Calling ", "Hey ", "Dear ", "Congrats ", "Congratulations "] {
            if text[t.clone()].starts_with(w) {
                t.start += w.len();
            }
        }
        let name = &text[t.clone()];
        let acronym = name.len() <= 3 && !name.chars().any(char::is_lowercase);
        if t.end == at
            && name.split_whitespace().count() <= 5
            && !acronym
            && !DEMONYMS.contains(&name)
            && !is_network(name)
        {
            out.push((t.clone(), looks_like_named_person(name)));
        }
    }
    out
}

/// A day's name that is a title: the word right before `at` ("Wednesday season 3",
/// "Netflix's Wednesday season 2"), not a date ("on Wednesday season 3 premiered").
fn weekday_title(s: &str, at: usize) -> Option<Range<usize>> {
    let head = s[..at].trim_end();
    let start = head.rfind(|c: char| c.is_whitespace() || c == '“' || c == '"').map_or(0, |k| k + head[k..].chars().next().map_or(1, char::len_utf8));
    let word = &head[start..];
    if !crate::lexicon::WEEKDAYS.contains(&word) {
        return None;
    }
    let before = head[..start].trim_end().to_lowercase();
    // "A Wednesday season 2 renewal": an article is the title's; "on a Wednesday" is a
    // date's.
    let before = ["a", "the"]
        .iter()
        .find_map(|a| before.strip_suffix(a).filter(|b| b.is_empty() || b.ends_with(' ')))
        .map_or(before.as_str(), str::trim_end);
    let dated = before.ends_with(',')
        || before.rsplit(' ').next().is_some_and(|w| {
            matches!(
                w,
                "on" | "this" | "last" | "next" | "every" | "each" | "by" | "until" | "till" | "from" | "since"
                    | "through" | "and" | "or" | "to" | "before" | "after" | "of"
            )
        });
    (!dated).then_some(start..head.len())
}

/// Whether the text names `t` by a person's role somewhere: "hosted by X Factor presenter
/// Dermot O'Leary", "star Ann Lee".
pub fn named_by_role(text: &str, t: &str) -> bool {
    const ROLES: &[&str] = &[
        "presenter", "host", "star", "actor", "actress", "creator", "showrunner", "comedian", "singer",
        "rapper", "judge", "anchor", "co-host", "co-star", "executive", "producer", "director", "writer",
    ];
    text.match_indices(t).any(|(at, _)| {
        text[..at]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| ROLES.contains(&w.to_ascii_lowercase().as_str()))
    })
}

const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "stated", "explained", "added", "noted", "revealed", "announced",
    "confirmed", "believed", "believes", "insisted", "admitted", "claimed", "tweeted", "wrote",
];

/// Titles named by a network's possessive ("Netflix's Partner Track") or a season
/// reference ("Partner Track Season 2", "season 2 of Partner Track").
pub fn cue_titles(text: &str, sentence: Range<usize>) -> Vec<(Range<usize>, Cue)> {
    let s = &text[sentence.clone()];
    let mut out = Vec::new();
    for (r, _) in crate::claims::networks_in(s) {
        let after = &s[r.end..];
        if let Some(rest) = after
            .strip_prefix("'s ")
            .or_else(|| after.strip_prefix("’s "))
            .or_else(|| after.strip_prefix("‘s "))
            // "PBS’ Endeavour": a network ending in s takes a bare apostrophe.
            .or_else(|| {
                s[r.clone()]
                    .ends_with(['s', 'S'])
                    .then(|| after.strip_prefix("’ ").or_else(|| after.strip_prefix("' ")))
                    .flatten()
            })
        {
            let from = sentence.start + s.len() - rest.len();
            if let Some(t) = forward_span_np(text, from, sentence.end) {
                // "CBS’ Les Moonves had stated", "Netflix's Ted Sarandos said": an
                // executive who speaks is a person, not the network's show.
                let speaks = || {
                    let after = text[t.end..sentence.end].trim_start_matches([',', ' ']);
                    after
                        .split_whitespace()
                        .take(3)
                        .any(|w| SPEECH_VERBS.contains(&w.trim_end_matches([',', '.', ':'])))
                };
                if !(looks_like_named_person(&text[t.clone()]) && speaks()) {
                    out.push((t, Cue::Possessive));
                }
            }
        }
    }
    for m in SEASON_AFTER.find_iter(s) {
        if let Some(t) = backward_span(text, sentence.start, sentence.start + m.start()) {
            out.push((t, Cue::Season));
        } else if let Some(t) = weekday_title(s, m.start()) {
            // "Wednesday season 3 is officially happening": a day's name right before a
            // season number is a title, when no preposition makes it a date.
            out.push((sentence.start + t.start..sentence.start + t.end, Cue::Season));
        }
    }
    // "the Chinese Zodiac anime, Etotama.": a genre noun's appositive names the show,
    // when the name closes the clause.
    for m in GENRE_APPOSITIVE.find_iter(s) {
        let from = sentence.start + m.end();
        if let Some(t) = forward_span(text, from, sentence.end) {
            if text[t.end..sentence.end].starts_with(['.', ',', ';', '!', '?'])
                || t.end == sentence.end
            {
                out.push((t, Cue::Season));
            }
        }
    }
    // "The live-action Halo show on Paramount Plus has been renewed": a name between a
    // determiner and "show" (not "series", which books and people's vehicles share),
    // when no title follows the noun ("the Star Wars show Andor" names Andor) and the
    // name is no network, studio, franchise or person.
    // The cheap test first: the regex runs only where its noun stands.
    let genre_word = [" show", " sitcom", " dramedy", " anime"].iter().any(|w| s.contains(w));
    for c in genre_word.then(|| NAME_BEFORE_GENRE.captures_iter(s)).into_iter().flatten() {
        let (Some(name), Some(all)) = (c.get(1), c.get(0)) else {
            continue;
        };
        let t = name.as_str();
        let next_cap = s[all.end()..].trim_start().starts_with(|ch: char| ch.is_uppercase() || matches!(ch, '“' | '"' | '‘'));
        if !next_cap
            && plausible_title(t)
            && !is_network(t)
            && !is_outlet(t)
            && !STUDIOS.contains(&t)
            && !DEMONYMS.contains(&t)
            && !looks_like_named_person(t)
            // "its more popular Marvel shows": a franchise's, not a title. FRANCHISES
            // ("Marvel", "DC", "Star Wars", ...) fail `plausible_title` above; these do not.
            && !matches!(t, "Star Trek" | "Harry Potter" | "Pokémon" | "Pokemon")
        {
            out.push((sentence.start + name.start()..sentence.start + name.end(), Cue::Season));
        }
    }
    let lists: Vec<usize> = LIST_CUE.find_iter(s).map(|m| m.start()).collect();
    for m in VERB_CUE.find_iter(s) {
        if lists.iter().any(|&l| l <= m.start() && m.start() <= l + 20) {
            continue;
        }
        // "renewed P-Valley, Outlander and Step Up": every title in the list.
        let mut at = sentence.start + m.end();
        // "ITV axes 60s medical drama Breathless": the title after a descriptor.
        let ahead = &text[at..sentence.end];
        // "has so far renewed its strongest dramas, Grey's Anatomy and Station 19": a
        // plural object, then the list that names it.
        if let Some(p) = PLURAL_OBJECT.find(ahead) {
            at += p.end();
        } else if let Some(g) = ITEM_GENRE.find(&ahead[..ahead.floor_char_boundary(40)]).filter(|g| {
            !ahead[..g.start()].contains([',', ';', ':'])
                && ahead[..g.start()].split_whitespace().count() <= 3
                && ahead[g.end()..].starts_with(|c: char| c.is_uppercase())
        }) {
            at += g.end();
        }
        let mut first = true;
        for _ in 0..12 {
            let t = if first {
                forward_span(text, at, sentence.end)
            } else {
                forward_span_list(text, at, sentence.end)
            };
            let Some(t) = t else { break };
            if !first && text[at..t.start].split_whitespace().count() > 2 {
                break;
            }
            first = false;
            let rest = &text[t.end..sentence.end];
            out.push((t.clone(), Cue::Trigger));
            let sep = [
                ", and ",
                " and ",
                ", ",
                " & ",
                ", or ",
                " or ",
                " as well as ",
            ]
            .iter()
            .find(|p| rest.starts_with(**p));
            match sep {
                Some(p) => at = t.end + p.len(),
                None => break,
            }
        }
    }
    // "second seasons are planned for the zombie drama A, which stars ...; B, starring
    // ...; and the thriller C": each item of a semicolon list opens with its title, or
    // with a descriptor before it.
    if s.matches(';').count() >= 2 {
        let first = &s[..s.find(';').unwrap_or(0)];
        if first.contains(" for ") || first.contains(':') || first.contains("includ") {
            // The first item too, when a colon opens the list ("four new series: A; B").
            let mut seg = match (first.rfind(": "), first.rfind(" for ")) {
                (Some(c), _) => c + 2,
                (None, Some(f)) => f + 5,
                _ => s.find(';').map_or(s.len(), |k| k + 1),
            };
            while seg < s.len() {
                let end = s[seg..].find(';').map_or(s.len(), |k| seg + k);
                let item = &s[seg..end];
                let lead = item.len() - item.trim_start().len();
                let lead = lead
                    + ["and ", "the "]
                        .iter()
                        .filter(|w| item.trim_start().starts_with(**w))
                        .count()
                        * 4;
                let mut at = sentence.start + seg + lead;
                // "David E. Kelley and Michael Connelly mystery Avalon", "comedy Not Dead
                // Yet, starring ...": the title follows the item's genre noun.
                let body = &s[seg + lead..end];
                if let Some(g) = ITEM_GENRE.find_iter(body).find(|g| {
                    !body[..g.start()].contains(',')
                        && body[g.end()..].starts_with(|c: char| c.is_uppercase())
                }) {
                    at += g.end();
                }
                if let Some(mut t) =
                    forward_span(text, at, sentence.start + end).filter(|t| t.start == at)
                {
                    // "Taxi Driver with Lee Ji-hoon and Esom": the cast is no part of it.
                    if let Some(k) = text[t.clone()].find(" with ") {
                        let cast = &text[t.start + k + 6..t.end];
                        let first = cast.split(" and ").next().unwrap_or(cast);
                        if looks_like_person(first) {
                            t.end = t.start + k;
                        }
                    }
                    // The list's shape is the cue, as a season reference is: "Shadow
                    // Detective starring Lee Sung-min" is a show, not a person starring.
                    out.push((t, Cue::Season));
                }
                seg = end + 1;
            }
        }
    }
    for m in LIST_CUE.find_iter(s) {
        // "All of the main actors, including Madelyn Cline, Chase Stokes ...": people.
        let head = &s[s.floor_char_boundary(m.start().saturating_sub(30))..m.start()];
        if PEOPLE_BEFORE_LIST.is_match(head) {
            continue;
        }
        let mut at = sentence.start + m.end();
        // "including The Great and How I Met Your Father": every title in the list.
        for _ in 0..24 {
            let Some(t) = forward_span_list(text, at, sentence.end) else {
                // "..., Heartland, 22 Minutes, Dragons' Den, ...": an item that reads as
                // no title is skipped, and the list goes on.
                match skipped_item(&text[at..sentence.end]) {
                    Some(k) => {
                        at += k;
                        continue;
                    }
                    None => break,
                }
            };
            let rest = &text[t.end..sentence.end];
            out.push((t.clone(), Cue::Trigger));
            let sep = [", and ", " and ", ", ", " & ", ", or ", " or "]
                .iter()
                .find(|p| rest.starts_with(**p));
            match sep {
                Some(p) => at = t.end + p.len(),
                // "Rick Mercer Report, 22 Minutes": the rest of an item cut short.
                None => match skipped_item(rest.trim_start()).filter(|_| rest.starts_with(' ')) {
                    Some(k) => at = t.end + (rest.len() - rest.trim_start().len()) + k,
                    None => break,
                },
            }
        }
    }
    // "Drama A Million Little Things, now in its fourth season, ...": a genre noun
    // opening the sentence, then the title.
    if let Some(g) = GENRE_OPENING.find(s) {
        if let Some(t) = forward_span(text, sentence.start + g.end(), sentence.end) {
            if t.start == sentence.start + g.end() && !is_network(&text[t.clone()]) {
                out.push((t, Cue::Season));
            }
        }
    }
    for m in AIRED_CLAUSE.find_iter(s) {
        let comma = sentence.start + m.start() + s[m.start()..].find(',').unwrap_or(0);
        if let Some(mut t) = backward_span(text, sentence.start, comma) {
            // "portrayed DCI Tom Brannick in Bloodlands": the role goes, the show stays.
            if let Some(p) = text[t.clone()].rfind(" in ") {
                if plausible_title(&text[t.start + p + 4..t.end]) {
                    t = t.start + p + 4..t.end;
                }
            }
            let name = &text[t.clone()];
            if !looks_like_named_person(name) && !is_network(name) {
                out.push((t, Cue::Season));
            }
        }
    }
    for m in APPOSITIVE_MID.find_iter(s) {
        let comma = sentence.start + m.start() + s[m.start()..].find(',').unwrap_or(0);
        let descr = &s[m.start()..m.end()].to_lowercase();
        // "Rowan Pike, the show’s creator,": the noun's possessive names its person.
        if descr.contains(" star") || descr.contains(" of the ") || s[m.end()..].starts_with(['’', '\'']) {
            continue;
        }
        if let Some(t) = backward_span(text, sentence.start, comma) {
            if !looks_like_named_person(&text[t.clone()]) {
                out.push((t, Cue::Season));
            }
        }
    }
    if let Some(c) = APPOSITIVE.captures(s).filter(|c| !s[c.get(0).unwrap().end()..].starts_with(['’', '\''])) {
        let m = c.get(1).unwrap();
        // The title is the whole clause before the comma ("Hit comedy Brassic is set to
        // end ..., the show's co-creator said" names no show "Hit").
        if let Some(t) = forward_span(
            text,
            sentence.start + m.start(),
            sentence.start + m.end() + 1,
        )
        .filter(|t| text[t.end..sentence.start + m.end()].trim().is_empty())
        {
            out.push((t, Cue::Season));
        }
    }
    for m in DESCRIPTOR.find_iter(s) {
        let at = sentence.start + m.end();
        // "returns with series 3 for 2018": a number after the noun is its season.
        if let Some(t) = forward_span(text, at, sentence.end)
            .filter(|t| t.start == at && !text[t.clone()].starts_with(|c: char| c.is_ascii_digit()))
        {
            if !looks_like_person(&text[t.clone()])
                || text[t.end..sentence.end].starts_with([',', '.'])
            {
                out.push((t, Cue::Season));
            }
        }
    }
    for m in DESCRIPTOR_COMMA.find_iter(s) {
        // "the star and executive producer of the show, Drew Barrymore": a person named.
        if s[..m.start()].trim_end().ends_with(" of") {
            continue;
        }
        let at = sentence.start + m.end();
        if let Some(t) = forward_span(text, at, sentence.end).filter(|t| t.start == at) {
            let closed =
                text[t.end..sentence.end].starts_with([',', '.', ';']) || t.end == sentence.end;
            if closed && !looks_like_named_person(&text[t.clone()]) {
                out.push((t, Cue::Season));
            }
        }
    }
    for m in SEASON_OF.find_iter(s) {
        if let Some(t) = forward_span(text, sentence.start + m.end(), sentence.end) {
            out.push((t, Cue::Season));
        }
    }
    // "Comedy Central’s Tin Parade will end with season 5": the title after a network's
    // possessive, not a run that holds part of the network.
    let possessive: Vec<Range<usize>> = out.iter().filter(|(_, c)| *c == Cue::Possessive).map(|(r, _)| r.clone()).collect();
    for (t, c) in &mut out {
        if *c != Cue::Possessive {
            if let Some(p) = possessive.iter().find(|p| p.start > t.start && p.end == t.end) {
                *t = p.clone();
            }
        }
    }
    // "Announcing a season two renewal early might help": a verb opening the sentence.
    out.retain(|(t, _)| t.start != sentence.start || !gerund_opener(text, t, sentence.end));
    out
}

/// Places, awards, events and companies whose capitalised names recur in TV news.
const NOT_TITLES: &[&str] = &[
    // "It's Official: X Is Coming Back": a headline's opener.
    "It's Official",
    // "ITV cancelled ALL daytime telly": a quantifier in capitals for emphasis.
    "ALL",
    "EVERY",
    // "The Situation: ... Our Take: ...": a round-up's labels for each show's case.
    "Our Take",
    "My Take",
    "The Situation",
    "Bottom Line",
    "The Bottom Line",
    "It’s Official",
    "It Is Official",
    "It's Confirmed",
    "It’s Confirmed",
    // "Shows That Were Cancelled Too Soon": a headline's phrase after the trigger.
    "Too Soon",
    "Way Too Soon",
    "Too Early",
    "Before Their Time",
    "Northern Ireland",
    "South Africa",
    "Great Britain",
    "Middle East",
    "West Coast",
    "East Coast",
    "Puerto Rico",
    "Scorecard",
    "Mexico City",
    "Kansas City",
    "Salt Lake City",
    "New Mexico",
    "West Virginia",
    "Rhode Island",
    "Long Island",
    "Gold Coast",
    "New South Wales",
    "Upfront",
    "New York",
    "New York City",
    "Los Angeles",
    "San Francisco",
    "Las Vegas",
    "New Orleans",
    "San Diego",
    "New Jersey",
    "North Carolina",
    "South Carolina",
    "United States",
    "United Kingdom",
    "North America",
    "South Korea",
    "New Zealand",
    "Hong Kong",
    "Laguna Beach",
    "Hollywood",
    "Golden Globe",
    "Golden Globes",
    "Golden Globe Awards",
    "Emmy Award",
    "Emmy Awards",
    "Primetime Emmy",
    "Primetime Emmys",
    "Academy Award",
    "Academy Awards",
    "Critics Choice",
    "Critics Choice Awards",
    "Screen Actors Guild",
    "Comic-Con",
    "San Diego Comic-Con",
    "Rotten Tomatoes",
    "Top 10",
    "Live+7",
    "Live+Same Day",
    "Nielsen",
    "Marvel Studios",
    "Marvel Television",
    "Marvel Entertainment",
    "DC Comics",
    "Warner Bros",
    "Warner Bros.",
    "Warner Bros. Discovery",
    "Sony Pictures",
    "Sony Pictures Television",
    "Universal Television",
    "20th Television",
    "CBS Studios",
    "ABC Signature",
    "Lionsgate Television",
    "Amazon Studios",
    "Amazon MGM Studios",
    "Apple Studios",
    "Netflix Studios",
    "World War",
    "Super Bowl",
    "White House",
    "Prime Day",
    "Eastern Time",
    "Pacific Time",
    "Video Games",
    "Social Media",
    "Writers Guild",
    "WGA",
    "SAG-AFTRA",
    "The Associated Press",
    "Associated Press",
    "Upfronts",
    "Deadline Hollywood",
    "Twitter",
    "Instagram",
    "YouTube",
    "TikTok",
    "Getty Images",
];

/// Titles found by repetition: a capitalised run of two or more words that the article
/// writes at least twice, at least once where a capital is not just the sentence's
/// first word ("committed to The Equalizer long-term ... The success of The Equalizer").
/// People, places, awards, companies, networks and outlets are left out; `person`
/// says whether the article writes a run as someone's name.
pub fn repeated_titles(
    text: &str,
    sentences: &[Range<usize>],
    person: impl Fn(&str) -> bool,
) -> Vec<String> {
    // Count, whether once not first in its sentence, whether once after "plays".
    let mut counts: HashMap<String, (usize, bool, bool)> = HashMap::new();
    for sp in sentences {
        let ws = words(&text[sp.clone()], sp.start);
        let mut k = 0;
        while k < ws.len() {
            let (lead, w) = trim_word(ws[k].1);
            if w.is_empty() || !is_cap_word(w) {
                k += 1;
                continue;
            }
            // Collect a run: capitalised words, with connectors between them.
            let start = ws[k].0.start + lead;
            let mut end = ws[k].0.start + lead + w.len();
            let mut n = 1;
            let mut j = k + 1;
            let mut last_raw = ws[k].1;
            while j < ws.len() {
                if last_raw.ends_with([',', ';', '.', '!', '?', ')', '"', '”'])
                    && !last_raw.ends_with("P.I.")
                {
                    break;
                }
                let (l2, w2) = trim_word(ws[j].1);
                if w2.is_empty() {
                    break;
                }
                if is_cap_word(w2) && !is_verbish(w2) {
                    end = ws[j].0.start + l2 + w2.len();
                    n += 1;
                    last_raw = ws[j].1;
                    j += 1;
                    continue;
                }
                // A connector counts only before another capitalised word.
                if TITLE_CONNECTORS.contains(&w2)
                    && !matches!(
                        w2,
                        "is" | "are"
                            | "be"
                            | "it"
                            | "we"
                            | "you"
                            | "i"
                            | "me"
                            | "my"
                            | "our"
                            | "do"
                            | "not"
                    )
                {
                    // "One Day at a Time": a connector, maybe an article, then a capital.
                    let mut q = j + 1;
                    if ws.get(q).is_some_and(|(_, r)| {
                        let r2 = trim_word(r).1;
                        matches!(r2, "a" | "an" | "the") && !ws[j].1.ends_with([',', ';', '.'])
                    }) {
                        q += 1;
                    }
                    let next = ws.get(q).map(|(_, r)| trim_word(r).1).unwrap_or("");
                    if is_cap_word(next)
                        && !is_verbish(next)
                        && !ws[j..q].iter().any(|(_, r)| r.ends_with([',', ';', '.']))
                    {
                        last_raw = ws[q - 1].1;
                        j = q;
                        continue;
                    }
                }
                break;
            }
            if n >= 2 {
                let first_of_sentence = k == 0 || ws[k - 1].1.ends_with([':', '"', '“']);
                let run = text[start..end].trim_end_matches(['\'', '’', '"', '”', ':', ',', '.']);
                let run = strip_possessive(run);
                let e = counts.entry(run.to_string()).or_insert((0, false, false));
                e.0 += 1;
                e.1 |= !first_of_sentence;
                e.2 |= PLAYED_BEFORE.is_match(&text[sp.start..start]);
            }
            k = j.max(k + 1);
        }
    }
    let mut out: Vec<String> = counts
        .into_iter()
        // "Pardo and Cardenas play brothers EZ and Angel": characters, however often named.
        .filter(|(t, (n, mid, played))| *n >= 2 && *mid && !played && repeated_title_shape(t) && !person(t))
        // "Suranne Jones and Rose Leslie": a pair of people, not a title.
        .filter(|(t, _)| {
            !t.split_once(" and ").is_some_and(|(a, b)| {
                (person(a) || looks_like_named_person(a)) && (person(b) || looks_like_named_person(b))
            })
        })
        .map(|(t, _)| t)
        .collect();
    out.sort();
    out
}

static PLAYED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:play|plays|played|playing|portray|portrays|portrayed|portraying)\s+(?:(?:the\s+)?(?:brothers|sisters|siblings|twins|cousins|spouses|partners|couple|lovers|rivals|friends|best\s+friends|detectives|characters|roles\s+of)\s+)?$").unwrap()
});

fn repeated_title_shape(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() < 2
        || words.len() > 7
        || NOT_TITLES.contains(&t)
        || is_network(t)
        || is_outlet(t)
        || STUDIOS.contains(&t)
    {
        return false;
    }
    // The run must not open with a sentence word or a network ("Netflix Top", "But Netflix").
    if SENTENCE_OPENERS.contains(&words[0]) && words[0] != "The"
        || is_network(words[0])
        || is_outlet(words[0])
        || MONTHS.contains(&words[0])
    {
        return false;
    }
    if words.iter().any(|w| {
        TITLE_STOPS.contains(w) && !is_soft_stop(w)
            || MONTHS.contains(w)
            || is_network(w) && words.len() == 2
    }) {
        return false;
    }
    // Shouted runs ("THE SHOW HAS BEEN") and all-initial runs are not titles here.
    if words.iter().all(|w| !w.chars().any(char::is_lowercase)) {
        return false;
    }
    plausible_title(t)
}

/// Finds every occurrence of `titles` in `text` on word boundaries, longest title first
/// where two overlap.
pub fn find_mentions(
    text: &str,
    titles: &HashMap<String, Cue>,
    sentence_of: impl Fn(usize) -> usize,
) -> Vec<Mention> {
    let mut sorted: Vec<&String> = titles.keys().collect();
    sorted.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    let mut taken: Vec<Range<usize>> = Vec::new();
    let mut out = Vec::new();
    if sorted.is_empty() {
        return out;
    }
    let ac = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
        .build(sorted.iter().map(|s| s.as_str()))
        .expect("titles build an automaton");
    for m in ac.find_iter(text) {
        let r = m.start()..m.end();
        let before_ok = text[..r.start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = text[r.end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if !before_ok || !after_ok || taken.iter().any(|t| t.start < r.end && r.start < t.end) {
            continue;
        }
        taken.push(r.clone());
        let title = sorted[m.pattern().as_usize()].clone();
        out.push(Mention {
            non_series: non_series_context(text, &r),
            sentence: sentence_of(r.start),
            span: r,
            title,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fwd(t: &str, from: &str) -> Option<String> {
        let p = t.find(from).unwrap() + from.len();
        forward_span(t, p, t.len()).map(|r| t[r].to_string())
    }
    fn back(t: &str, to: &str) -> Option<String> {
        let p = t.find(to).unwrap();
        backward_span(t, 0, p).map(|r| t[r].to_string())
    }

    #[test]
    fn described_shows_offices_and_franchises_are_no_titles() {
        for t in ["Major Netflix Show", "Biggest Hit", "Netflix’s Biggest Hit", "Spy Drama", "A Popular", "Marvel", "Apple CEO Tim Cook", "HBO President Casey Bloys", "Severance’: Apple TV+’s Biggest Hit"] {
            assert!(!plausible_title(t), "{t}");
        }
        for t in ["The Morning Show", "The Daily Show", "Top Chef", "Family Guy", "Head of the Class", "New Girl", "Boss"] {
            assert!(plausible_title(t), "{t}");
        }
    }

    #[test]
    fn played_characters_are_no_repeated_title() {
        let t = "Pardo and Cardenas play brothers Salt and Ember in the drama. Later Salt and Ember grow apart.";
        let sents = [0..62, 63..t.len()];
        assert!(repeated_titles(t, &sents, |_| false).is_empty());
        let t = "Critics loved Salt and Ember. The comedy Salt and Ember was renewed.";
        let sents = [0..28, 29..t.len()];
        assert_eq!(repeated_titles(t, &sents, |_| false), vec!["Salt and Ember".to_string()]);
    }

    #[test]
    fn repeated_titles_keep_an_article_after_a_connector() {
        let t = "The series One Night at a Time was saved by Pop TV. Some loyal One Night at a Time viewers cheered.";
        let sents = [0..51, 52..t.len()];
        let got = repeated_titles(t, &sents, |_| false);
        assert_eq!(got, vec!["One Night at a Time".to_string()]);
    }

    #[test]
    fn forward_spans_skip_articles_genres_and_networks() {
        assert_eq!(
            fwd(
                "Netflix has renewed Partner Track for a second season.",
                "renewed"
            )
            .as_deref(),
            Some("Partner Track")
        );
        assert_eq!(
            fwd(
                "ABC renewed the comedy Abbott Elementary, Fox said.",
                "renewed"
            )
            .as_deref(),
            Some("Abbott Elementary")
        );
        assert_eq!(
            fwd("Netflix canceled Emily in Paris and more.", "canceled").as_deref(),
            Some("Emily in Paris")
        );
        assert_eq!(
            fwd(
                "NBC cancelled Law & Order: Organized Crime today.",
                "cancelled"
            )
            .as_deref(),
            Some("Law & Order: Organized Crime")
        );
        assert_eq!(fwd("They renewed it for more.", "renewed"), None);
    }

    #[test]
    fn colon_subtitles_stay_with_their_titles() {
        assert!(is_subtitle(" Los Angeles"));
        assert!(is_subtitle(" The Rise of the Pink Ladies\n"));
        assert!(!is_subtitle(" Renewed for Season 2"));
        assert!(!is_subtitle(" the streamer pulled the plug in May."));
        assert_eq!(heading_title("- Harbor Watch: Los Angeles\n"), None);
        // A subtitled title heads a list line when a dash and a short note follow.
        assert_eq!(
            heading_title("PCI: Port City Investigations — Officially renewed.\n").as_deref(),
            Some("PCI: Port City Investigations")
        );
        assert_eq!(
            heading_title("Harbor Watch: The Long Night — the episode opens on a storm at sea, and the crew is scattered across three boats as the network finally gets its cliffhanger.\n"),
            None
        );
        // A short acronym may head a list line; a dateline or a label may not.
        assert_eq!(heading_title("ACME — Officially renewed.\n").as_deref(), Some("ACME"));
        assert_eq!(heading_title("PARIS — The network said on Monday it had renewed the drama.\n"), None);
        assert_eq!(heading_title("LONDON — The network said on Monday it had renewed the drama.\n"), None);
        assert_eq!(heading_title("ACME: a sure thing\n"), None);
        assert_eq!(heading_title("Harbor Light ~ I love this half hour comedy on FX, but it is a long shot.\n").as_deref(), Some("Harbor Light"));
        // A subtitle ends where the line's note or list goes on.
        assert_eq!(heading_title("- Harbor Presents: The Regulars (2 seasons) – April 2016\n"), None);
        assert_eq!(
            heading_title("Grease Lane: Rise of the Pink Ladies, Queen of the Ring, and Star Trek: Prodigal are all leaving the service next week.\n"),
            None
        );
        assert_eq!(
            heading_title("The Tin Crown: renewed for a second season.").as_deref(),
            Some("The Tin Crown")
        );
    }

    /// A curly possessive is three bytes: cutting it off must land on a char boundary,
    /// and a person's possessive names their series, not its title.
    #[test]
    fn possessives_end_titles_on_char_boundaries() {
        assert_eq!(
            fwd("HBO renewed Bob’s Burgers.", "renewed").as_deref(),
            Some("Bob’s Burgers")
        );
        assert_eq!(
            fwd("So HBO has decided to cancel Marrow Lane’s run.", "cancel").as_deref(),
            Some("Marrow Lane")
        );
        assert_eq!(
            fwd(
                "So HBO has decided to cancel Michael Okafor’s series.",
                "cancel"
            ),
            None
        );
    }

    /// Titles with function words that prose writes in lower case: a capitalised one
    /// inside a run of capitals in a prose sentence belongs to the title. The same words
    /// in a headline still end it.
    #[test]
    fn function_word_titles_in_prose() {
        let cases = [
            ("New dramas Copper Girl and One of Us Is Waiting are awaiting word on their futures.", " are awaiting", Some("Copper Girl and One of Us Is Waiting")),
            ("Meanwhile, Saved by the Harbor is awaiting word on a third season pickup.", " is awaiting", Some("Saved by the Harbor")),
            ("Where the Tide Is and Red Lanterns are tipped to be the next victims.", " are tipped", Some("Where the Tide Is and Red Lanterns")),
            ("The streamer said Let the Quiet One In has been canceled.", " has been", Some("Let the Quiet One In")),
            ("Last year Q: The Middle of Everything was cancelled by Amazon.", " was cancelled", Some("Q: The Middle of Everything")),
            // A headline keeps its verbs out of the title.
            ("Copper Harbor Saved By Netflix After Cancellation", " After", None),
            ("Fans Know The Glass Harbor Is Renewed", " Renewed", Some("The Glass Harbor")),
        ];
        for (t, at, want) in cases {
            assert_eq!(back(t, at).as_deref(), want, "{t}");
        }
        assert!(plausible_title("Let the Quiet One In"));
        assert!(plausible_title("Go On"));
        assert!(plausible_title("Getting On"), "getting on");
        assert_eq!(fwd("The BBC has axed Getting On after three series.", "axed").as_deref(), Some("Getting On"));
        assert_eq!(
            fwd("The axe has also fallen on Jo Brand's acclaimed hospital sitcom Getting On, as well.", "fallen on").as_deref(),
            Some("Getting On")
        );
        assert_eq!(
            back("Copper Nine-Nine, like AP Lantern, was canceled, then revived.", " was canceled").as_deref(),
            Some("Copper Nine-Nine")
        );
        assert!(!plausible_title("A Bunch Of"));
        assert!(!plausible_title("Developed by Sera Gamble and Greg Berlanti"));
        assert!(!plausible_title("Saved by"));
    }

    #[test]
    fn backward_spans_skip_auxiliaries_and_stop_at_clauses() {
        assert_eq!(
            back(
                "“It’s great!” How I Met Your Mother will end in March.",
                "will end"
            )
            .as_deref(),
            Some("How I Met Your Mother")
        );
        assert_eq!(
            back(
                "Sadly, Partner Track has officially been cancelled.",
                "cancelled"
            )
            .as_deref(),
            Some("Partner Track")
        );
        assert_eq!(
            back(
                "Why Partner Track Is Likely Headed For A Season 2 Renewal",
                "Headed"
            )
            .as_deref(),
            Some("Partner Track")
        );
        assert_eq!(
            back("HBO's The Glass Harbor will end", "will").as_deref(),
            Some("The Glass Harbor")
        );
        assert_eq!(back("the show was cancelled", "cancelled"), None);
        assert_eq!(back("Netflix has cancelled", "has"), None);
    }

    #[test]
    fn site_chrome_and_column_names_are_never_titles() {
        for t in [
            "Photo Credit: NBC",
            "See more",
            "Renew/Cancel Index",
            "RELATEDCable/Streaming Scorecard",
            "A High-Profile Netflix Show",
            "Fall 2020",
            "The Early 2026",
            "Apr 19 '24",
            "Staffel 1",
            "Published 4 May 2016",
            "Share",
            "Nine for '09",
            "Five in 2024",
        ] {
            assert!(never_title(t), "{t}");
        }
        for t in ["1883", "The 88", "Class of 2009", "Class of '09", "Summer Camp", "Published Works"] {
            assert!(!never_title(t), "{t}");
        }
        for t in ["The Kelly Clarkson Show", "A Black Lady Sketch Show", "Central Park"] {
            assert!(!never_title(t), "{t}");
        }
    }

    #[test]
    fn a_days_name_before_a_season_is_a_title_unless_dated() {
        let t = |s: &str| {
            let at = s.find(" season").unwrap() + 1;
            weekday_title(s, at).map(|r| s[r].to_string())
        };
        assert_eq!(t("Wednesday season 3 is happening").as_deref(), Some("Wednesday"));
        assert_eq!(t("A Wednesday season 2 renewal feels inevitable").as_deref(), Some("Wednesday"));
        assert_eq!(t("Netflix's Wednesday season 2 arrives").as_deref(), Some("Wednesday"));
        assert_eq!(t("It said on Wednesday season 3 was set"), None);
        assert_eq!(t("It said on a Wednesday season 3 was set"), None);
        assert_eq!(t("By Friday, Monday season 2 was out"), None);
    }

    #[test]
    fn quoted_titles_exclude_speech() {
        let t = "“Partner Track” is back. “I wish I could tell you,” she said. 'The Bear' rules.";
        let got: Vec<String> = quoted_titles(t).into_iter().map(|(_, s)| s).collect();
        assert_eq!(got, vec!["Partner Track", "The Bear"]);
        let t = "Netflix setzt „Tin Crown“ ab. La serie « Copper Bay » fue cancelada.";
        let got: Vec<String> = quoted_titles(t).into_iter().map(|(_, s)| s).collect();
        assert_eq!(got, vec!["Tin Crown", "Copper Bay"]);
    }

    #[test]
    fn film_context_marks_mentions() {
        let t = "Cho turned down the \"Teen Wolf\" movie revival.";
        let r = t.find("Teen Wolf").unwrap();
        assert!(non_series_context(t, &(r..r + 9)));
        let t = "the \"Chicago Med\" star said";
        let r = t.find("Chicago Med").unwrap();
        assert!(non_series_context(t, &(r..r + 11)));
    }

    #[test]
    fn a_network_or_month_after_a_preposition_ends_a_title() {
        assert_eq!(
            clean_title("Percy Jackson to Disney+", false),
            "Percy Jackson"
        );
        assert_eq!(
            clean_title("Brave New World on Peacock", false),
            "Brave New World"
        );
        assert_eq!(clean_title("The L Word in December", false), "The L Word");
        // Not a network or a month: the title stays whole.
        assert_eq!(clean_title("Murder in Paris", false), "Murder in Paris");
        assert_eq!(
            clean_title("Star Trek: Strange New Worlds", false),
            "Star Trek: Strange New Worlds"
        );
    }

    #[test]
    fn networks_are_known_in_capitals_and_with_an_article() {
        assert!(is_network("SYFY"));
        assert!(is_network("The BBC"));
        assert!(is_network("NETFLIX"));
        assert!(
            !is_network("netflix"),
            "lower case is a word, not the network"
        );
        assert!(!is_network("The Max Files"));
    }

    #[test]
    fn a_comma_list_of_names_lists_titles() {
        let items = |t: &str| -> Vec<String> {
            comma_list_items(t, 0..t.len()).into_iter().map(|r| t[r].to_string()).collect()
        };
        assert_eq!(
            items("The network has cancelled Glass Docket, The Tin Lantern and Copper Bay."),
            ["Glass Docket", "The Tin Lantern", "Copper Bay"]
        );
        assert_eq!(
            items("It is axing three dramas, Harbor Static, North Lantern and Salt Route, after one season."),
            ["Harbor Static", "North Lantern", "Salt Route"]
        );
        // Places, a cast and a number are not titles.
        assert!(items("The show was cancelled after filming in Atlanta, Vancouver and Toronto.").is_empty());
        assert!(items("The cancelled drama starred Kristen Bell, Ted Danson and William Jackson Harper.").is_empty());
        assert!(items("The $100,000 Pyramid, Match Game and Press Your Luck return.")
            .iter()
            .all(|t| t != "000 Pyramid"));
        // Two items are a pair, not a list.
        assert!(items("It cancelled Glass Docket and Copper Bay.").is_empty());
    }

    #[test]
    fn a_fact_box_label_is_no_list_title() {
        assert_eq!(
            heading_title("• Financial Reason: CBS states that the cancellation is a financial decision."),
            None
        );
        assert_eq!(heading_title("• Final Air Date: May 21, 2026"), None);
        assert_eq!(
            heading_title("• Tin Lantern: renewed for a second season").as_deref(),
            Some("Tin Lantern")
        );
    }
}
