//! greenlight's extractor: `Article → Document → Mentions → Claims`, all pure.
//!
//! Rules are data (`rules/status.toml`); every claim names the rule that fired and
//! the sentence it was read from, with character offsets into the article text.
//!
//! ```
//! use greenlight_core::{Article, Status};
//! use greenlight_extract::Extractor;
//! let mut ex = Extractor::new();
//! let a = Article {
//!     text: "Netflix has renewed Partner Track for a second season.".into(),
//!     published: Some("2023-01-05".parse().unwrap()),
//!     ..Default::default()
//! };
//! let out = ex.extract(&a);
//! assert_eq!(out.shows[0].title, "Partner Track");
//! assert_eq!(out.shows[0].status, Some(Status::Renewed));
//! assert_eq!(out.shows[0].season, Some(2));
//! ```

pub mod claims;
pub mod coordination;
pub mod dates;
pub mod document;
pub mod lexicon;
pub mod mentions;
pub mod profile;
pub mod rules;
pub mod selector;
pub mod sentences;
pub mod verdict;

use claims::*;
use document::{CharOffsets, Document};
use greenlight_core::resolve::{most_common, status_as_of};
use greenlight_core::title::title_key;
use greenlight_core::{Article, ExtractedArticle, ShowReport, SourcedClaim, StatusClaim};
use mentions::{cue_titles, find_mentions, quoted_titles, Cue, Mention};
use rules::RuleSet;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::LazyLock;

/// Reads articles into claims. Remembers titles it has seen, so a title quoted in one
/// article is known when it appears unquoted in the next.
pub struct Extractor {
    rules: RuleSet,
    known: BTreeSet<String>,
    /// An automaton over most known titles; titles learned since it was built wait in
    /// `pending` and are searched one by one until there are enough to rebuild.
    automaton: Option<(aho_corasick::AhoCorasick, Vec<String>)>,
    pending: Vec<String>,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

const FAR: jiff::civil::Date = jiff::civil::date(2100, 12, 31);

impl Extractor {
    pub fn new() -> Self {
        Extractor {
            rules: RuleSet::builtin(),
            known: BTreeSet::new(),
            automaton: None,
            pending: Vec::new(),
        }
    }

    /// Adds titles known from elsewhere (earlier in the batch, or the store).
    pub fn learn_titles<I: IntoIterator<Item = String>>(&mut self, titles: I) {
        for t in titles {
            if mentions::plausible_title(&t) && self.known.insert(t.clone()) {
                self.pending.push(t);
            }
        }
    }

    pub fn known_titles(&self) -> impl Iterator<Item = &str> {
        self.known.iter().map(String::as_str)
    }

    fn known_in(&mut self, text: &str) -> Vec<String> {
        if self.known.is_empty() {
            return Vec::new();
        }
        let built = self.automaton.as_ref().map_or(0, |(_, l)| l.len());
        if self.automaton.is_none() || self.pending.len() > 32.max(built / 4) {
            let list: Vec<String> = self.known.iter().cloned().collect();
            let ac = aho_corasick::AhoCorasick::new(&list).expect("titles build an automaton");
            self.automaton = Some((ac, list));
            self.pending.clear();
        }
        let (ac, list) = self.automaton.as_ref().expect("just built");
        let mut found: BTreeSet<String> = BTreeSet::new();
        for m in ac.find_overlapping_iter(text) {
            found.insert(list[m.pattern().as_usize()].clone());
        }
        found.extend(
            self.pending
                .iter()
                .filter(|t| text.contains(t.as_str()))
                .cloned(),
        );
        found.into_iter().collect()
    }

    /// Extracts one article and remembers the titles it gave a status to.
    pub fn extract(&mut self, article: &Article) -> ExtractedArticle {
        let known = self.known_in(&article.text);
        let out = extract_with(&self.rules, article, &known);
        let learned: Vec<String> = out
            .shows
            .iter()
            .filter(|s| s.status.is_some())
            .map(|s| s.title.clone())
            .collect();
        self.learn_titles(learned);
        out
    }
}

/// Television vocabulary: words and phrases that, unlike "season", "series" or "show"
/// alone, rarely mean anything else in news ("episode", "renewed", "the third season").
static TV_WORDS: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)episode|showrunner|sitcom|spin-?off|streamer|(?-u:\b)tv\s+(?:show|series|drama|comedy)|television\s+(?:series|show|drama|comedy)|(?:drama|comedy|limited|anthology)\s+series|mini-?series|docu-?series|(?:series|season)\s+(?:finale|premiere)|renew|cancell?ation|(?-u:\b)the\s+(?:show|series|drama|comedy)(?-u:\b)|(?-u:\b)(?:season|series)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)(?-u:\b)|(?-u:\b)(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|new|next|upcoming|latest|first)\s+(?:season|series)(?-u:\b)|(?-u:\b)seasons(?-u:\b)|(?-u:\b)fall\s+(?:\d{4}\s+)?(?:schedule|line-?up)|(?-u:\b)mid-?season(?-u:\b)|(?-u:\b)upfronts?(?-u:\b)|(?-u:\b)(?:new|hour[-\s]long|half-hour|scripted|network|cable|broadcast)\s+(?:\w+\s+)?series(?-u:\b)|(?-u:\b)(?:Staffel|Serie|saison|temporada|série)\s+(?:\d|zwei|drei|deux|trois|dos|tres|duas)|(?-u:\b)(?:zweite|dritte|vierte|fünfte|letzte|finale|neue)n?\s+Staffel|(?-u:\b)(?:deuxième|seconde|troisième|dernière|nouvelle|ultime)\s+saison|(?-u:\b)(?:segunda|tercera|terceira|cuarta|quarta|última|nueva|nova)\s+temporada").unwrap()
});

static NUMBERED_LINE: LazyLock<regex::Regex> =
    LazyLock::new(|| crate::rules::rx(r"^\d{1,2}[.)]\s+\S").unwrap());

static BOTH_SUBJECT: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)^\s*(?:\w+,\s+)?(?:both\s+(?:of\s+(?:those|these|the)\s+)?(?:shows|series|dramas|comedies|sitcoms)|both|the\s+two\s+(?:shows|series|dramas|comedies|sitcoms))\s+(?:[\w’'-]+\s+){0,4}$").unwrap()
});

// "All four shows have been renewed", "The three series will return": a count of shows
// the sentence before has just listed.
static COUNT_SUBJECT: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)^\s*(?:\w+,\s+)?(?:all\s+|the\s+|those\s+|these\s+|all\s+(?:the|those|these)\s+)(?P<n>three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+(?:those|these|the|them)\s+)?(?:[\w-]+\s+){0,2}?(?:shows|series|dramas|comedies|sitcoms|programs|programmes|titles|originals)\s+(?:[\w’'-]+\s+){0,4}$").unwrap()
});

// "On the list are ...:", "The no-brainers included", "They are": a sentence that gives
// the list its predecessor's decision was about.
pub(crate) static LIST_POINTER: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\W*(?:(?:On|In)\s+(?:the|that|this)\s+list\s+(?:are|is|were|was)|The\s+list\s+(?:includes?|included|is|was)|(?:They|These|Those)\s+(?:are|include|included|were)|Among\s+(?:them|those|these)\s+(?:are|were)|Among\s+(?:them|those|these)\s[^.:;]{0,80}:|The\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:included|include|includes|were|are)|(?:(?:On|By|Later)\s+\w+,\s+)?there\s+(?:were|are)\s+(?:more|others|a\s+few\s+more)|(?:More|Others)\s+(?:included|include|were|are))(?:[^.:;]{0,80}:)?\s+").unwrap()
});

/// A count of shows: "nine", "12", "several", "a dozen".
const COUNT: &str = r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+dozen";

static COUNTED_GROUP: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(r"(?i)(?-u:\b)(?:{COUNT})\s+(?:[\w-]+\s+)?(?:shows|series|dramas|comedies|sitcoms|programs|programmes|originals)(?-u:\b)")).unwrap()
});

/// "The show is", "The comedy in question was": a sentence that names the show the one
/// before it described.
static SHOW_IS: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\W*(?:The|That|This)\s+(?:[a-z][\w-]*\s+){0,2}?(?:show|series|comedy|drama|sitcom|newcomer|program|programme)\s+(?:in\s+question\s+)?(?:is|was)\s+['‘“\x22]?").unwrap()
});
/// "a freshman show", "an animated sitcom": one show, described and not named.
static ONE_SHOW: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:show|series|comedy|drama|sitcom|newcomer|program|programme)(?-u:\b)").unwrap()
});
static SHOW_GROUP: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:shows|series|dramas|comedies|sitcoms|programs|programmes|originals|renewals|cancell?ations|pickups)(?-u:\b)").unwrap()
});

static SAME_FATE: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:received|got|suffered|met|shared|faced|were\s+given|was\s+given|are\s+getting|got\s+hit\s+with)\s+(?:the\s+same|a\s+similar|an\s+identical)\s+(?:news|fate|treatment|verdict|outcome|call)(?-u:\b)").unwrap()
});

/// ", as is Superman & Lois", "and so is X", ", but Lone Star will not": an elliptical
/// clause that opens on the next title.
static ELLIPTIC_TAIL: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r#"(?i)(?:,\s*|\s+)(?:as\s+(?:is|are|was|were|will|does|did|has|have)|and\s+so\s+(?:is|are|was|were|will|does|did|has|have)|(?P<but>but|while|whereas))\s+['‘"“]?"#).unwrap()
});

/// What closes the elliptical clause of a shared decision: the sentence's or clause's end.
static ELLIPTIC_END: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r#"^['’"”]?\s*(?:[.;!?]|,|\s+[—–-]\s|$)"#).unwrap()
});

/// "... but Lone Star will not.": the title, a bare negated auxiliary, and the end.
static ELLIPTIC_NOT_END: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r#"(?i)^['’"”]?\s+(?:will\s+not|won['’]t|is\s+not|isn['’]t|was\s+not|wasn['’]t|did\s+not|didn['’]t|has\s+not|hasn['’]t|does\s+not|doesn['’]t)\s*(?:[.;!?]|$|,)"#).unwrap()
});

static COUNT_WORD: LazyLock<regex::Regex> =
    LazyLock::new(|| crate::rules::rx(&format!(r"(?i)(?-u:\b)(?:{COUNT})(?-u:\b)")).unwrap());

static BRING_BACK: LazyLock<regex::Regex> =
    LazyLock::new(|| crate::rules::rx(r"(?i)^(?:brought|bring(?:s|ing)?)\s+back$").unwrap());

/// Words that tell of a show having ended, which a revival needs.
static REVIVAL_CONTEXT: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)cancel|(?-u:\b)(?:ax(?:e|ed|ing)?|scrapped|ended|revival|revived?|reboot|off\s+the\s+air|years?\s+(?:after|later|since)|went\s+off|finale|final\s+season|new\s+home|hiatus|resurrect|dead)(?-u:\b)").unwrap()
});

/// Words of sport and of video games ("players", "league", "PlayStation", "DLC"), of
/// comic books ("issue #16", "solicitations"), the stage ("Broadway", "musical") and
/// podcasts.
static OTHER_FIELD: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:issues?\s+#?\d+|#\d+|comics?|comic\s+books?|solicitations?|publisher|trade\s+paperbacks?|graphic\s+novels?|broadway|off-broadway|west\s+end|musicals?|theat(?:er|re)s?|theatergoers|playwright|tony\s+awards?|podcasts?|listeners|gameplay|playstation|xbox|nintendo|steam|dlc|consoles?|video\s*games?|gamers?|players?|league|quarterbacks?|playoffs?|touchdowns?|stadiums?|roster|coach(?:es)?|tournaments?|championships?|referees?|goalkeepers?|patch\s+notes|battle\s+pass|xfl|nfl|nba|mlb|nhl)(?-u:\b)").unwrap()
});

/// Words that speak of television itself, to weigh against `OTHER_FIELD`.
static TV_FIELD: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:episodes?|showrunners?|tv|television|streaming|streamer|sitcoms?|dramas?|comed(?:y|ies)|series|cast|viewers|ratings|network)(?-u:\b)").unwrap()
});

/// Networks whose names mean little else. "Amazon", "Max", "Fox", "NBC", "Sky" or "BBC"
/// are as often a retailer, a name or a newsroom.
static TV_NETWORKS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    const AMBIGUOUS: &[&str] = &[
        "Amazon",
        "Amazon Prime Video",
        "Amazon Prime",
        "Prime Video",
        "Max",
        "Global",
        "Sky",
        "Fox",
        "FOX",
        "Apple TV",
        "Roku",
        "BET",
        "OWN",
        "History",
        "Bravo",
        "Lifetime",
        "Hallmark",
        "Tubi",
        "ABC",
        "CBS",
        "NBC",
        "BBC",
        "Epix",
        "MGM+",
        "Crunchyroll",
        "Shudder",
        // Also newsrooms.
        "JTBC",
        "KBS",
        "MBC",
        "SBS",
        "NHK",
        "Fuji TV",
    ];
    let names: Vec<&str> = lexicon::NETWORKS
        .iter()
        .copied()
        .filter(|n| !AMBIGUOUS.contains(n))
        .collect();
    aho_corasick::AhoCorasick::new(names).expect("networks build an automaton")
});

static TV_CONTEXT: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:shows?|series|seasons?|drama|dramas|comedy|comedies|sitcom|network|streaming|viewers|ratings|cast|premiere[sd]?|finale|episodes?|renewal|showrunner|spin-?off|reboot|revival|tv|television)(?-u:\b)|#(?i:renew|save|bringback)").unwrap()
});

/// Whether a passage speaks of television: its words, or a network by name. Names that
/// are as often a retailer or a newsroom ("Amazon", "NBC") count only when `any_network`
/// (in the claim's own sentence: "NBC cancels ...").
fn tv_context(passage: &str, any_network: bool) -> bool {
    TV_CONTEXT.is_match(passage)
        || TV_NETWORKS.find_iter(passage).any(|m| word_at(passage, &m))
        || any_network
            && ALL_NETWORKS
                .find_overlapping_iter(passage)
                .any(|m| word_at(passage, &m))
}

/// Whether a match stands as whole words: no letter or digit touches either end.
fn word_at(text: &str, m: &aho_corasick::Match) -> bool {
    whole_word(text, m.start(), m.end())
}

/// Whether `text[start..end]` stands as whole words: no letter or digit touches it.
fn whole_word(text: &str, start: usize, end: usize) -> bool {
    !text[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
        && !text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// Every network name but "Max", which is as often a person.
static ALL_NETWORKS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    let names: Vec<&str> = lexicon::NETWORKS
        .iter()
        .copied()
        .filter(|n| *n != "Max")
        .collect();
    aho_corasick::AhoCorasick::new(names).expect("networks build an automaton")
});

/// Words that decide a series' fate, for the article gate: a network's name or one of
/// these beside a television word ("the show", "cast", "series") makes a passage about
/// television.
static FATE_WORDS: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(r"(?i){SEASON_FATE}|cancel|(?-u:\b)ax(?:e|ed|es|ing)(?-u:\b)|(?-u:\b)(?:decide[sd]?|decisions?|schedul(?:e|ed|es)|slate|upfronts?)(?-u:\b)")).unwrap()
});

/// The words of fate that a sports season does not share.
const SEASON_FATE: &str = r"pick(?:s|ed)?\s+up|pickup|(?-u:\b)revived?(?-u:\b)|series\s+order|ordered\s+(?:to\s+series|a\s+season)|green[\s-]?l(?:ight|it)|(?-u:\b)fates?(?-u:\b)|up\s+in\s+the\s+air|(?:scheduled|set|slated|due|going)\s+to\s+(?:end|wrap)";

static SEASON_FATE_WORDS: LazyLock<regex::Regex> =
    LazyLock::new(|| crate::rules::rx(&format!("(?i){SEASON_FATE}")).unwrap());

/// Whether an article could be about a series: it uses television vocabulary or names a
/// network. Text about something else entirely skips the pipeline. A firehose of general
/// news is mostly such text, and in it the status verbs mean other things: a goalie's
/// "saves", a "(Renewed)" phone, a meeting "canceled", noise-"canceling" drivers.
pub fn about_television(text: &str) -> bool {
    // A game's "Season 2" or a league's "inaugural season cancelled": the vocabulary of
    // another field, far more than television's, vetoes the article.
    let other = OTHER_FIELD.find_iter(text).take(64).count();
    if other >= 4 {
        let tv = TV_FIELD.find_iter(text).take(64).count()
            + ALL_NETWORKS
                .find_overlapping_iter(text)
                .filter(|m| word_at(text, m))
                .take(64)
                .count();
        if other > 2 * tv {
            return false;
        }
    }
    if TV_WORDS.is_match(text)
        || TV_NETWORKS
            .find_overlapping_iter(text)
            .any(|m| word_at(text, &m))
    {
        return true;
    }
    // Otherwise a television word ("show", "cast", "network") counts only beside a
    // network's name or a word of fate: a sports "show", a store's "series" of sales or a
    // newsroom's "network" alone make no article about a series.
    const NEAR: usize = 240;
    let window = |r: std::ops::Range<usize>| {
        &text[text.floor_char_boundary(r.start.saturating_sub(NEAR))
            ..text.ceil_char_boundary(r.end + NEAR)]
    };
    let network_in = |w: &str| {
        ALL_NETWORKS
            .find_overlapping_iter(w)
            .any(|n| word_at(w, &n))
    };
    // A sports season is "cancelled", "decided" or "scheduled" too.
    TV_CONTEXT.find_iter(text).any(|m| {
        let w = window(m.range());
        network_in(w)
            || if m.as_str().to_lowercase().starts_with("season") {
                SEASON_FATE_WORDS.is_match(w)
            } else {
                FATE_WORDS.is_match(w)
            }
    }) || ALL_NETWORKS
        .find_overlapping_iter(text)
        .any(|n| word_at(text, &n) && FATE_WORDS.is_match(window(n.range())))
}

/// Extracts one article, given the known titles that occur in it. Pure.
pub fn extract_with(rules: &RuleSet, article: &Article, known: &[String]) -> ExtractedArticle {
    // Hard-wrapped lines read as the running text they are; spaces replace the wraps
    // byte for byte, so spans stay spans into the article text.
    let unwrapped = sentences::unwrap_lines(&article.text);
    let text: &str = &unwrapped;
    if known.is_empty() && !about_television(text) {
        return ExtractedArticle {
            url: article.url.clone(),
            title: article.title.clone(),
            published: article.published,
            source: article.source.clone(),
            key: article.key(),
            shows: Vec::new(),
            text: article.text.clone(),
        };
    }
    let doc = Document::new(text, article.published);
    let offsets = CharOffsets::new(text);
    let live: Vec<usize> = (0..doc.sentences.len())
        .filter(|&i| !doc.sentences[i].chrome)
        .collect();

    // Title candidates: quotes, possessive and season cues, known titles, trigger cues.
    let mut cands: HashMap<String, Cue> = HashMap::new();
    let add = |t: &str, c: Cue, cands: &mut HashMap<String, Cue>| {
        let question = text.find(t).is_some_and(|p| {
            let end = text[p..]
                .find(['\n', '?', '.', '!'])
                .map_or(text.len(), |e| p + e);
            text[end..].starts_with('?')
        });
        let cleaned = mentions::clean_title(t, question);
        // Quoted and known titles keep their own shape; cue-found ones are cleaned.
        let t = if matches!(c, Cue::Quoted | Cue::Known) || cleaned == t {
            t
        } else {
            cleaned
        };
        if t.is_empty()
            || mentions::never_title(t)
            // A hashtag's body ("#RenewSense8") names a campaign, not a title.
            || !t.contains(' ')
                && ["Renew", "Save", "BringBack", "Bring"].iter().any(|p| t.starts_with(p))
                && text.contains(&format!("#{t}"))
            || cleaned != t && !mentions::plausible_title(t)
            || mentions::is_year_range(t)
            // "True Blood,' 'Entourage' and 'Hung": a run across several quoted titles.
            || !matches!(c, Cue::Quoted | Cue::Known)
                && [",'", ",’", "' '", "’ ‘", "' and '", "’ and ‘"].iter().any(|q| t.contains(q))
            || !matches!(c, Cue::Quoted | Cue::Known) && surname_of_named(text, t)
        {
            return;
        }
        let e = cands.entry(t.to_string()).or_insert(c);
        if c > *e {
            *e = c;
        }
    };
    let live_spans: Vec<std::ops::Range<usize>> = live
        .iter()
        .map(|&i| doc.sentences[i].span.clone())
        .collect();
    let in_live = |p: usize| live_spans.iter().any(|s| s.contains(&p));
    for (r, t) in quoted_titles(text) {
        if in_live(r.start) {
            add(&t, Cue::Quoted, &mut cands);
        }
    }
    // "the producers of PUSHING DAISIES, DIRTY SEXY MONEY and ELI STONE": some sites set
    // titles in capitals inside mixed-case prose, as others set them in quotes.
    for &i in &live {
        for t in caps_titles(doc.sentence_text(i)) {
            add(&t, Cue::Quoted, &mut cands);
        }
    }
    for t in known {
        add(t, Cue::Known, &mut cands);
    }
    // A headline's shape names its show ("Bridgerton Cast: Everything to Know") when the
    // body names it again.
    if let Some(h) = doc.sentences.first().filter(|s| s.headline) {
        let body = &text[h.span.end..];
        for r in mentions::headline_titles(text, h.span.clone()) {
            let t = text[r.clone()].trim();
            if mentions::plausible_title(t) && body.contains(t) {
                add(t, Cue::Season, &mut cands);
                continue;
            }
            // "Will This Season of Ted Lasso Be Its Last?": headline case runs the title
            // into the words after it; the longest head of the run the body names as
            // a whole is the title.
            let ends: Vec<usize> = t.match_indices(' ').map(|(k, _)| k).collect();
            // One word alone, or a name shaped like a person's ("Is Jason Sudeikis
            // Leaving?"), must be named as a show: quoted, or before "season", "cast",
            // "co-creator" and the like.
            if let Some(head) = ends.iter().rev().map(|&k| &t[..k]).find(|h| {
                let strong = !h.contains(' ') || mentions::looks_like_named_person(h);
                mentions::plausible_title(h)
                    && body.match_indices(*h).any(|(at, _)| {
                        let after = &body[at + h.len()..];
                        let next = after
                            .trim_start_matches(['"', '”', '’', '\''])
                            .split_whitespace()
                            .next()
                            .unwrap_or("")
                            .trim_end_matches([',', '.', ';', ':'])
                            .to_ascii_lowercase();
                        !after.starts_with(|c: char| c.is_alphanumeric())
                            && !body[..at].ends_with(|c: char| c.is_alphanumeric())
                            && (!strong
                                || body[..at].ends_with(['"', '“', '‘', '\''])
                                || matches!(
                                    next.as_str(),
                                    "season" | "seasons" | "cast" | "team" | "co-creator" | "creator" | "showrunner"
                                        | "finale" | "fans" | "episode" | "episodes" | "writers"
                                ))
                    })
            }) {
                add(head, Cue::Season, &mut cands);
            }
        }
    }
    // List articles: "Title — renewed for season 2" opens a paragraph with its show.
    let mut dash_titles: std::collections::BTreeMap<usize, String> = std::collections::BTreeMap::new();
    // The show each list paragraph is about: its own "Title:" lead, or a title line above it.
    let mut topics: HashMap<usize, String> = HashMap::new();
    // "1. Sex/Life", "2. Baby-Sitters Club": a numbered run of short lines is a ranked
    // list of shows.
    let numbered = |p: &std::ops::Range<usize>| {
        let line = &text[p.clone()];
        NUMBERED_LINE.is_match(line) && line.split_whitespace().count() <= 8
    };
    let ranked = doc.paragraphs.iter().filter(|p| numbered(p)).count() >= 3;
    // Each paragraph read once as a title line ("Marrow Lane (AMC)"), for the bullets,
    // the gallery and the title lines below.
    let title_lines: Vec<Option<(String, Option<String>)>> = doc
        .paragraphs
        .iter()
        .map(|p| mentions::standalone_title(&text[p.clone()]))
        .collect();
    // "  • Vikings (History)": a run of bulleted title lines is a list of shows too.
    let bullets: BTreeSet<usize> = doc
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(pi, p)| {
            let line = text[(*p).clone()].trim_start();
            line.starts_with(['•', '*', '-', '·', '▪'])
                && line.split_whitespace().count() <= 10
                && title_lines[*pi].is_some()
        })
        .map(|(pi, _)| pi)
        .collect();
    let bulleted = bullets.len() >= 3;
    // "Copper Hollow" over a paragraph about it, then "Harbor Lane (2014–2022)" over the
    // next: a gallery of title lines, each heading its own prose paragraph. Three or more
    // such lines make each of them a title line, named once or not.
    let prose = |k: usize| {
        doc.paragraphs.get(k).is_some_and(|n| {
            let n = text[n.clone()].trim();
            n.split_whitespace().count() >= 6 && n.ends_with(['.', '!', '?', '”', '"'])
        })
    };
    // "(Image credit: Hulu)", "Photo: Netflix": a picture's credit between the two.
    let caption = |k: usize| {
        doc.paragraphs.get(k).is_some_and(|n| {
            let n = text[n.clone()].trim();
            n.starts_with('(')
                || ["Photo", "Image", "Credit", "Courtesy", "Getty", "Picture"].iter().any(|w| n.starts_with(w))
        })
    };
    let gallery_lines: BTreeSet<usize> = doc
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(pi, p)| {
            *pi > 0
                && text[(*p).clone()].split_whitespace().count() <= 8
                && (prose(pi + 1) || caption(pi + 1) && prose(pi + 2))
                && title_lines[*pi].is_some()
        })
        .map(|(pi, _)| pi)
        .collect();
    let gallery = gallery_lines.len() >= 3;
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        if let Some((t, net)) = title_lines[pi].clone() {
            // A subheading ("A Promising Beginning") is not a show: a title line needs its
            // network beside it, or the show named again elsewhere in the article, or a
            // place in a ranked list.
            if in_live(p.start)
                && pi > 0
                && (net.is_some()
                    // "Dermot O'Leary" over a photo: a caption's name is no show.
                    || count_words(text, &t) >= 2
                        && !mentions::looks_like_named_person(&t)
                        && !mentions::named_by_role(text, &t)
                    || ranked && numbered(p)
                    || bulleted && bullets.contains(&pi)
                    || gallery && gallery_lines.contains(&pi))
            {
                add(&t, Cue::Line, &mut cands);
                // The title line heads the lines under it, up to the next title line.
                for next in pi + 1..(pi + 5).min(doc.paragraphs.len()) {
                    let body = &text[doc.paragraphs[next].clone()];
                    if mentions::standalone_title(body).is_some()
                        || mentions::heading_title(body).is_some_and(|h| {
                            h.split_whitespace().count() > 2
                                || !h.chars().all(|c| c.is_alphabetic() || c == ' ')
                        })
                    {
                        break;
                    }
                    topics.insert(next, t.clone());
                }
            }
        } else if let Some(t) = mentions::heading_title(&text[p.clone()]) {
            // "The Situation: ..." opening two paragraphs or more is a field's label.
            let label = format!("{t}:");
            let field = doc
                .paragraphs
                .iter()
                .filter(|q| text[(*q).clone()].trim_start().starts_with(&label))
                .count()
                >= 2;
            if in_live(p.start) && !field {
                add(&t, Cue::Line, &mut cands);
                topics.insert(pi, t.clone());
                dash_titles.insert(pi, t);
            }
        }
    }
    // Titles the article repeats, when no other cue named them.
    let live_text: Vec<std::ops::Range<usize>> = live
        .iter()
        .map(|&i| doc.sentences[i].span.clone())
        .collect();
    for t in mentions::repeated_titles(text, &live_text, |t| {
        names_a_person(text, t)
            || mentions::looks_like_named_person(t)
            || surname_alone(text, t)
            || mentions::named_by_role(text, t)
    }) {
        if !cands
            .keys()
            .any(|c| contains_words(c, &t) || contains_words(&t, c))
        {
            add(&t, Cue::Repeated, &mut cands);
        }
    }
    let (sections, headings, section_heads) = section_statuses(&doc);
    let mut firings = Vec::new();
    for &i in &live {
        for (r, c) in cue_titles(text, doc.sentences[i].span.clone()) {
            if matches!(c, Cue::Quoted | Cue::Known) {
                add(&text[r], c, &mut cands);
            } else {
                for t in split_title_pair(&text[r]) {
                    add(&t, c, &mut cands);
                }
            }
        }
        firings.extend(fire(rules, &doc, i));
    }
    // "officially canceled Midnight, Texas, Blindspot and I Feel Bad": a sentence with a
    // trigger and a list of names lists titles.
    {
        let mut seen = BTreeSet::new();
        for f in &firings {
            if seen.insert(f.sentence) {
                for r in mentions::comma_list_items(text, doc.sentences[f.sentence].span.clone()) {
                    let t = &text[r];
                    // "hosted by the real-life couple Nick Lachey and Vanessa Lachey": people.
                    if !cands.contains_key(t) && !mentions::looks_like_named_person(t) {
                        add(t, Cue::Trigger, &mut cands);
                    }
                }
            }
        }
    }
    // A show's fans name it, unless they are the fans of a longer title's first words
    // ("the Peaky fans" beside "Peaky Blinders"). A name shaped like a person's
    // ("Veronica Mars fans") must be a candidate already, which its fans then confirm.
    let fans: Vec<(std::ops::Range<usize>, bool)> = live
        .iter()
        .flat_map(|&i| mentions::fan_titles(text, doc.sentences[i].span.clone()))
        .collect();
    for (r, person) in &fans {
        let t = &text[r.clone()];
        let prefix = format!("{t} ");
        if !person && !cands.keys().any(|c| c.starts_with(&prefix)) {
            add(t, Cue::Season, &mut cands);
        }
    }
    for &i in &live {
        if let Some(t) = mentions::defined_title(doc.sentence_text(i)) {
            add(t, Cue::Season, &mut cands);
        }
    }
    extend_leftward(text, &mut cands);
    extend_subtitles(text, &mut cands);
    let sentence_of = |p: usize| doc.sentences.partition_point(|s| s.span.end <= p);
    // Trigger cues: only where no known candidate sits in the sentence.
    let pre = find_mentions(text, &cands, sentence_of);
    for f in &firings {
        let here: Vec<&Mention> = pre.iter().filter(|m| m.sentence == f.sentence).collect();
        let (next, prev) = (next_trigger(text, &firings, f), prev_trigger(text, &firings, f));
        if let (shows, Some(_)) = shows_for(&doc, f, &here, next, prev) {
            // "The show, which is hosted by Nick Lachey and Vanessa Lachey, has been
            // renewed": names inside a relative clause before the verb are not its subject.
            let head = &text[doc.sentences[f.sentence].span.start..f.span.start];
            let mut bare = head.trim_end();
            while let Some((rest, w)) = bare.rsplit_once(' ') {
                if !matches!(w, "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would" | "been" | "be" | "being" | "also" | "now" | "officially" | "already" | "just") {
                    break;
                }
                bare = rest.trim_end();
            }
            let relative = bare.ends_with(',')
                .then(|| [", which ", ", who ", ", whose "].iter().filter_map(|w| head.find(w)).min())
                .flatten();
            for s in shows.iter().flat_map(|s| split_title_pair(s)) {
                if relative.is_some_and(|k| head.rfind(s.as_str()).is_some_and(|at| at > k)) {
                    continue;
                }
                add(&s, Cue::Trigger, &mut cands);
            }
        } else if !here.is_empty()
            // Not in a headline's capitals, and not where a known title follows the
            // trigger as its object ("History has cancelled its drama Sixes").
            && !doc.sentences[f.sentence].headline
            && !doc.sentence_text(f.sentence).contains('\n')
            && !mentions::is_headline_case(doc.sentence_text(f.sentence))
            && !here.iter().any(|m| {
                m.span.start >= f.span.end && {
                    let gap = &text[f.span.end..m.span.start];
                    !gap.contains([',', ';']) && gap.split_whitespace().count() <= 6
                }
            })
            // English prose: German nouns are capitalised too.
            && [" the ", " has ", " have ", " is ", " was ", " will ", " are "]
                .iter()
                .any(|w| doc.sentence_text(f.sentence).contains(w))
        {
            // "The finale of A ... A has been renewed, while the comedy B has been
            // cancelled": a known title elsewhere in the sentence does not stop the
            // capitals beside another trigger from naming a show of their own.
            if let (shows, Some(_)) = shows_for(&doc, f, &[], next, prev) {
                // Only the subject right before the trigger, past its auxiliaries, and
                // never a person's name.
                let head = &text[doc.sentences[f.sentence].span.start..f.span.start];
                for s in shows.iter().flat_map(|s| split_title_pair(s)) {
                    let overlaps = here.iter().any(|m| m.title.contains(s.as_str()) || s.contains(m.title.as_str()));
                    let adjacent = head.rfind(s.as_str()).is_some_and(|k| {
                        let gap = &head[k + s.len()..];
                        gap.split_whitespace().count() <= 4
                            && gap.split_whitespace().all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '\''))
                    });
                    if !overlaps && adjacent && !mentions::looks_like_named_person(&s) {
                        add(&s, Cue::Trigger, &mut cands);
                    }
                }
            }
        }
    }
    for (r, person) in &fans {
        let t = &text[r.clone()];
        if *person && cands.contains_key(t) {
            add(t, Cue::Season, &mut cands);
        }
    }
    // "Primeval" over a fan's post about it: a headline that is a title and nothing else,
    // over a body about television that names no other show, names the show the body's
    // pronouns speak of ("the bastards at ITV have since cancelled it!").
    if cands.is_empty() {
        if let Some(h) = doc.sentences.first().filter(|s| s.headline) {
            let t = text[h.span.clone()].trim();
            let generic = t.split_whitespace().any(|w| {
                matches!(
                    w.to_lowercase().trim_matches(|c: char| !c.is_alphanumeric()),
                    "news" | "roundup" | "round-up" | "recap" | "review" | "reviews" | "preview" | "update" | "updates"
                        | "guide" | "report" | "week" | "weekly" | "today" | "tonight" | "podcast" | "trailer"
                        | "interview" | "episode" | "ratings" | "tv" | "television" | "shows" | "series" | "season"
                        | "blog" | "home" | "archive" | "archives" | "posts"
                )
            });
            let body = &text[h.span.end..];
            if t.split_whitespace().count() <= 4
                && !generic
                && !t.starts_with("By ")
                && mentions::plausible_title(t)
                && !mentions::looks_like_named_person(t)
                && TV_CONTEXT.is_match(body)
            {
                add(t, Cue::Season, &mut cands);
            }
        }
    }
    let all_mentions = find_mentions(text, &cands, sentence_of);
    if tracing::enabled!(tracing::Level::DEBUG) {
        let mut listed: Vec<(&String, &Cue)> = cands.iter().collect();
        listed.sort();
        tracing::debug!(source = ?article.source, candidates = ?listed, "title candidates");
    }
    let mut mentions: Vec<Mention> = all_mentions
        .into_iter()
        .filter(|m| !doc.sentences[m.sentence].chrome)
        .collect();
    let teasers = teaser_lines(&doc, &mentions);
    if !teasers.is_empty() {
        mentions.retain(|m| !teasers.contains(&m.sentence));
    }

    // The article's main show: most series mentions, headline and strong cues weigh more.
    let mut weight: BTreeMap<String, usize> = BTreeMap::new();
    for m in mentions.iter().filter(|m| !m.non_series) {
        let w = if doc.sentences[m.sentence].headline {
            3
        } else {
            1
        } + usize::from(matches!(
            cands.get(&m.title),
            Some(Cue::Quoted | Cue::Possessive | Cue::Season | Cue::Line)
        ));
        *weight.entry(m.title.clone()).or_default() += w;
    }
    let main_show = weight
        .iter()
        .max_by_key(|(t, w)| (**w, std::cmp::Reverse((*t).clone())))
        .map(|(t, _)| t.clone());
    // The one show a headline names, when it is also the article's main show.
    let headline_show = main_show.clone().filter(|m| {
        let in_head: BTreeSet<&str> = mentions
            .iter()
            .filter(|x| !x.non_series && doc.sentences[x.sentence].headline)
            .map(|x| x.title.as_str())
            .collect();
        in_head.len() == 1 && in_head.contains(m.as_str())
    });

    // Speakers: resolve surnames and pronouns to the full names written elsewhere.
    let person_names = person_names(text);
    let mut last_person: Option<String> = None;
    let mut claims: Vec<StatusClaim> = Vec::new();
    let mut para_speaker: HashMap<usize, Option<String>> = HashMap::new();
    let mut para_date: HashMap<usize, Option<(greenlight_core::PartialDate, String)>> =
        HashMap::new();
    let mut sentence_dates: Option<(usize, Vec<dates::FoundDate>)> = None;
    let mut last_show: Option<(usize, String)> = None;
    // Firings that named no show, for a list the next sentence may give them.
    let mut unnamed: Vec<(usize, usize)> = Vec::new();
    let mut fi = 0;
    let ended_before = std::cell::OnceCell::new();
    for &i in &live {
        if teasers.contains(&i) {
            continue;
        }
        let sent = doc.sentence_text(i);
        let sbase = doc.sentences[i].span.start;
        let para = doc.sentences[i].para;
        let here: Vec<&Mention> = mentions.iter().filter(|m| m.sentence == i).collect();
        let claims_before = claims.len();
        let speaker =
            speaker_in(sent).map(|s| resolve_person(&s, &person_names, last_person.as_deref()));
        while fi < firings.len() && firings[fi].sentence < i {
            fi += 1;
        }
        while fi < firings.len() && firings[fi].sentence == i {
            let f = &firings[fi];
            fi += 1;
            let t = f.span.start - sbase..f.span.end - sbase;
            if headings.contains(&para) {
                continue;
            }
            // "Dickinson, The Morning Show, See, and For All Mankind were the launch titles.
            // All four shows have been renewed": the count names the list just given.
            let count_list = (i > 0 && doc.sentences[i - 1].para == para)
                .then(|| COUNT_SUBJECT.captures(&sent[..t.start]))
                .flatten()
                .and_then(|c| {
                    let m = c.name("n")?;
                    let n = usize::from(lexicon::number_word(m.as_str())?);
                    let list = claims::caps_list_of(text, doc.sentences[i - 1].span.clone(), n)?;
                    Some((m.range(), list))
                });
            let counted_masked;
            let sent_for_read = match &count_list {
                // The count is no unnamed group's: hide it from the reading's count test.
                Some((r, _)) => {
                    let mut c = sent.to_string();
                    c.replace_range(r.clone(), &"X".repeat(r.len()));
                    counted_masked = c;
                    counted_masked.as_str()
                }
                None => sent,
            };
            // The titles the sentence names are read as names, not words: "I Am Not Okay
            // With This was canned" is not a negated cancellation.
            let masked_words;
            let read_in = if here.iter().any(|m| !m.non_series) {
                let mut b = sent.as_bytes().to_vec();
                for m in here.iter() {
                    let (a, z) = (m.span.start - sbase, (m.span.end - sbase).min(b.len()));
                    if a < t.end && t.start < z {
                        continue;
                    }
                    for c in &mut b[a..z] {
                        if c.is_ascii_alphabetic() {
                            *c = b'X';
                        }
                    }
                }
                masked_words = String::from_utf8(b).unwrap_or_else(|_| sent.to_string());
                masked_words.as_str()
            } else {
                sent_for_read
            };
            let Some(mut reading) = read(rules, read_in, &t, f.rule, doc.sentences[i].headline)
            else {
                tracing::trace!(rule = f.rule.name, trigger = &sent[t.clone()], "firing read as nothing");
                unnamed.push((i, fi - 1));
                continue;
            };
            // "CBS is bringing back 2 Broke Girls and Mom": bringing back a show that
            // nothing says had ended is a renewal, not a revival.
            if reading.status == greenlight_core::Status::Revived
                && BRING_BACK.is_match(&sent[t.clone()])
                && !*ended_before.get_or_init(|| REVIVAL_CONTEXT.is_match(text))
            {
                reading.status = greenlight_core::Status::Renewed;
                reading.rule.push_str("+no-ending-told");
            }
            // "BBC One is bringing back The Dovecote for a new series, ten years after it
            // last aired": a renewal's words, a revival's story.
            if reading.status == greenlight_core::Status::Renewed
                && f.rule.name == "renewed.bring-back-for"
                && REVIVAL_CONTEXT.is_match(sent)
            {
                reading.status = greenlight_core::Status::Revived;
                reading.rule.push_str("+ended-before");
            }
            // "will determine which shows are good to return": an open set, no show.
            if claims::open_set_subject(&sent[..t.start]) {
                continue;
            }
            // Where the next trigger in the sentence ends this one's reach.
            let bound = next_trigger(text, &firings, f);
            let (mut shows, _) = shows_for(&doc, f, &here, bound, prev_trigger(text, &firings, f));
            // "Amit Shah is also joining for series three": a rule whose subject is a
            // person names no show before its trigger that looks like a name.
            // Nor a cast list after it: "Joining Renner for the fourth season are Edie
            // Falco, Lennie James and Tobi Bamtefa".
            if f.rule.person_subject {
                let head = &sent[..t.start];
                let people = shows.iter().filter(|s| mentions::looks_like_person(s)).count();
                shows.retain(|s| {
                    !(mentions::looks_like_person(s) && (people >= 2 || head.contains(s.as_str())))
                });
            }
            // "Liu, who will lead Marvel’s upcoming “Shang-Chi ...,” tweeted that his
            // character’s journey was “cut short”": a title inside a relative clause
            // about a person, closed before the trigger, is not what the verb is about.
            if sent[..t.start].contains(", who ") {
                let head = &sent[..t.start];
                let clauses: Vec<(usize, usize)> = head
                    .match_indices(", who ")
                    .filter_map(|(k, _)| head[k + 6..].find(',').map(|e| (k, k + 6 + e)))
                    .collect();
                shows.retain(|s| {
                    let mut at = head.match_indices(s.as_str()).map(|(k, _)| k).peekable();
                    at.peek().is_none() || !at.all(|k| clauses.iter().any(|&(a, b)| a < k && k < b))
                });
            }
            tracing::trace!(rule = f.rule.name, trigger = &sent[t.clone()], status = ?reading.status, shows = ?shows, "firing");
            // "..., while others were axed": the clause's own subject is an unnamed group,
            // and no show of the sentence or the paragraph stands in for it.
            if shows.is_empty() && claims::other_subject(&sent[..t.start]) {
                continue;
            }
            // "Jessica Jones (which bowed in 2015 and has been renewed for a second
            // season), Luke Cage (...)": a trigger inside a parenthesis is about the title
            // the parenthesis follows.
            // "Fox has canceled Alcatraz (and renewed Touch)": a bracketed clause joined by
            // a conjunction has its own object.
            if let Some(open) = text[sbase..f.span.start].rfind('(').map(|k| sbase + k) {
                let joined = ["and ", "but ", "plus ", "while "].iter().any(|c| text[open + 1..].starts_with(c));
                if !text[open..f.span.start].contains(')') && !joined {
                    if let Some(m) = here.iter().find(|m| {
                        !m.non_series
                            && m.span.end <= open
                            && text[m.span.end..open]
                                .trim_matches(|c: char| c.is_whitespace() || matches!(c, '\'' | '’' | '"' | '”'))
                                .is_empty()
                    }) {
                        shows = vec![m.title.clone()];
                    }
                }
            }
            let question = sent.trim_end().ends_with('?');
            let mut shows: Vec<String> = shows
                .iter()
                .map(|t| mentions::clean_title(t, question).to_string())
                .filter(|t| !t.is_empty())
                .collect();
            // "Girls and Veep were renewed": a plural verb splits coordinated titles.
            // In a list of several, the plural is the list's ("Also returning are The
            // Office, Parks and Recreation, Up All Night and Whitney").
            if PLURAL.is_match(sent) && shows.len() == 1 {
                shows = shows
                    .into_iter()
                    .flat_map(|t| match t.split_once(" and ") {
                        // "Beauty and the Geek": an "and" before a lower-case word is
                        // the title's own.
                        Some((a, b))
                            if b.trim_start().starts_with(|c: char| !c.is_lowercase())
                                && (mentions::plausible_title(a)
                                    && mentions::plausible_title(b)
                                    && !cands.contains_key(&t)
                                    || matches!(cands.get(&t), Some(Cue::Trigger))) =>
                        {
                            let (a, b) = t.split_once(" and ").unwrap();
                            vec![a.trim().to_string(), b.trim().to_string()]
                        }
                        _ => vec![t],
                    })
                    .collect();
            }
            // "#RenewSense8": the campaign's hashtag names its show, and its body
            // ("RenewSense8") is no title of its own.
            if f.rule.name.contains("fan-campaign") {
                if let Some(h) = hashtag_show(&text[f.span.clone()], &cands) {
                    shows = vec![h];
                } else {
                    shows.retain(|t| !text.contains(&format!("#{t}")));
                }
            }
            if shows.is_empty() && here.iter().all(|m| topics.get(&para) == Some(&m.title)) {
                shows.extend(topics.get(&para).cloned());
            }
            // "including Lucifer, which Netflix picked up in 2018 and which is now heading
            // into its final season": a relative clause's trigger is about the title the
            // clause hangs on.
            if shows.is_empty() {
                let relative = |gap: &str| {
                    let gap = gap.trim_start_matches(['’', '\'', '”', '"']);
                    (gap.starts_with(", which ") || gap.starts_with(", who "))
                        && gap.len() <= 160
                        && !gap.contains([';', '(', ')'])
                        && gap[1..].matches(',').count() <= 1
                };
                let known = here
                    .iter()
                    .filter(|m| !m.non_series && m.span.end <= f.span.start)
                    .max_by_key(|m| m.span.end);
                if let Some(m) = known {
                    if relative(&text[m.span.end..f.span.start]) {
                        shows.push(m.title.clone());
                    }
                } else if let Some(k) = text[sbase..f.span.start].find(", which ") {
                    // Not yet known: the capitalised run before the clause.
                    let comma = sbase + k;
                    if let Some(r) = mentions::backward_span(text, sbase, comma) {
                        let t = &text[r.clone()];
                        if relative(&text[r.end..f.span.start])
                            && mentions::plausible_title(t)
                            && !mentions::non_series_context(text, &r)
                            && !mentions::is_network(t)
                            && !mentions::looks_like_named_person(t)
                        {
                            shows.push(t.to_string());
                        }
                    }
                }
            }
            // "X returns this month, and the third season brings back ...": the one series the
            // sentence names, when the trigger's own clause names none.
            // "announcing its renewals for next season": a plural decision is no one show's.
            let plural_decision = {
                let tr = sent[t.clone()].to_ascii_lowercase();
                ["renewals", "cancellations", "cancelations", "pickups", "pick-ups"]
                    .iter()
                    .any(|w| tr.contains(w))
                    // "it had picked up nine shows": a counted group is no one show.
                    || COUNTED_GROUP.is_match(&tr)
            };
            // "following the cancellation of its sister show": another show's decision.
            let other_show = claims::of_unnamed_show(&sent[t.end..]);
            if shows.is_empty() && !plural_decision && !other_show && refers_back(sent) {
                // An antecedent stands before the trigger: "The show’s axe comes as she
                // waves goodbye to hit comedy Brassic" is not about Brassic.
                let named: BTreeSet<&str> = here
                    .iter()
                    .filter(|m| !m.non_series && m.span.start < f.span.start)
                    .map(|m| m.title.as_str())
                    .collect();
                if named.len() == 1 && main_show.as_deref().is_some_and(|m| named.contains(m)) {
                    shows.extend(named.iter().map(|t| t.to_string()));
                }
            }
            // "CBS found success with Ghosts, while ABC's Abbott Elementary grew its
            // audience. Both of those shows were picked up": the two shows just named.
            if shows.is_empty() && here.is_empty() && BOTH_SUBJECT.is_match(&sent[..t.start]) {
                let mut prev: Vec<String> = Vec::new();
                for m in mentions.iter().filter(|m| !m.non_series && m.sentence + 1 == i) {
                    if !prev.contains(&m.title) {
                        prev.push(m.title.clone());
                    }
                }
                if prev.len() == 2 {
                    shows = prev;
                }
            }
            if shows.is_empty() && here.is_empty() {
                if let Some((_, list)) = &count_list {
                    shows.clone_from(list);
                }
            }
            // "Hunters (ending after season 2)": a line's own title and its cell refer to
            // no show before it.
            let own_cell = PAREN_CELL.is_match(sent.trim());
            if shows.is_empty() && here.is_empty() && !plural_decision && !other_show && !own_cell && refers_back(sent) {
                // A show named once, after the pronoun, is no antecedent.
                // Nor is one the article names only further on.
                let named_before = |t: &String| mentions.iter().any(|m| &m.title == t && m.sentence < i);
                // "Cobalt Bay" over a paragraph, or "3. Cobalt Bay: ...": a paragraph that
                // opens on a title is about it.
                let heads = |p: usize, s: &str| {
                    text[doc.paragraphs[p].clone()].find(s).is_some_and(|at| at <= 8)
                };
                // "its period drama 'Victoria', which stars Jenna Coleman, won over the
                // nation. The show did so well ...": a title the paragraph before
                // presents as a show, by its kind, is the one "the show" goes on about.
                let presented = |p: usize, s: &str| {
                    let para = &text[doc.paragraphs[p].clone()];
                    para.rfind(s).is_some_and(|at| {
                        let before = para[..at].trim_end_matches(['"', '“', '‘', '\'', ' ']);
                        ["drama", "series", "show", "comedy", "sitcom", "thriller", "spinoff", "spin-off"]
                            .iter()
                            .any(|n| before.ends_with(n))
                    })
                };
                // A new paragraph that opens on "the show" is back on the article's show
                // (the one its headline names, or one named far more often), not on one
                // the paragraph before mentioned in passing.
                let prev = last_show
                    .as_ref()
                    .filter(|(p, _)| *p + 1 >= para)
                    .map(|(p, s)| match &main_show {
                        Some(h)
                            if *p < para
                                && !h.contains(s.as_str())
                                && !s.contains(h.as_str())
                                && !heads(*p, s)
                                && !presented(*p, s)
                                // A show with a claim of its own is a topic, not a passing name.
                                && !claims.iter().any(|c| &c.show == s)
                                && named_before(h)
                                && (headline_show.is_some()
                                    || weight.get(h).copied().unwrap_or(0)
                                        >= 2 * weight.get(s).copied().unwrap_or(0)) =>
                        {
                            h.clone()
                        }
                        _ => s.clone(),
                    });
                shows.extend(prev.or_else(|| main_show.clone().filter(named_before)));
            }
            if shows.is_empty() {
                unnamed.push((i, fi - 1));
            }
            // "Naked Attraction, Scared of the Dark and Four Weddings have all been
            // scrapped": the titles listed with a show the rule found share its decision.
            let mut siblings: Vec<String> = Vec::new();
            // Not a limited series ("the miniseries A, crime drama B and C": the noun is
            // A's alone) nor a fan campaign (each show has its own).
            if !doc.sentences[i].headline
                && !shows.is_empty()
                && reading.status != greenlight_core::Status::Limited
                && !f.rule.name.contains("fan-campaign")
                && sent[..f.span.start - sbase].matches('(').count()
                    <= sent[..f.span.start - sbase].matches(')').count()
            {
                let reach_end = bound
                    .filter(|b| *b > f.span.end && *b < sbase + sent.len())
                    .unwrap_or(sbase + sent.len());
                shows = join_and_pairs(sent, shows);
                let mut more: Vec<String> = Vec::new();
                for show in &shows {
                    let Some(k) = sent.find(show.as_str()) else {
                        continue;
                    };
                    let anchor = sbase + k..sbase + k + show.len();
                    // "(Conclave, The Good Mothers)": a list in parentheses is a gloss.
                    let open = sent[..k].matches('(').count() > sent[..k].matches(')').count();
                    if anchor.end > reach_end || open {
                        continue;
                    }
                    for t in coordination::coordinated(text, sbase..reach_end, anchor, &here, &f.span) {
                        // "A.P. Bio" found, "Bio" its tail after the initials: no sibling.
                        let tail_of_found = shows
                            .iter()
                            .any(|s| s.strip_suffix(t.as_str()).is_some_and(|p| p.ends_with(' ')));
                        if !shows.contains(&t) && !more.contains(&t) && !tail_of_found {
                            more.push(t);
                        }
                    }
                }
                // "Kath and Kim" joined as one item: its halves are no titles of their own.
                shows.retain(|s| {
                    !more.iter().any(|t| {
                        t.strip_prefix(s.as_str()).is_some_and(|r| r.starts_with(" and ") || r.starts_with(" & "))
                            || t.strip_suffix(s.as_str()).is_some_and(|r| r.ends_with(" and ") || r.ends_with(" & "))
                    })
                });
                siblings = more.clone();
                shows.extend(more);
            }
            let said_by = speaker
                .clone()
                .or_else(|| network_subject(sent, &t))
                .or_else(|| {
                    para_speaker
                        .entry(para)
                        .or_insert_with(|| paragraph_speaker(&doc, para))
                        .as_ref()
                        .map(|s| resolve_person(s, &person_names, last_person.as_deref()))
                });
            if sentence_dates.as_ref().is_none_or(|(k, _)| *k != i) {
                sentence_dates =
                    Some((i, dates::dates_in(sent, doc.published, dates::Tense::Past)));
            }
            let found = &sentence_dates.as_ref().expect("just set").1;
            let others: Vec<std::ops::Range<usize>> = firings
                .iter()
                .filter(|g| g.sentence == i)
                .map(|g| g.span.start - sbase..g.span.end - sbase)
                .collect();
            // A sentence whose own dates went to its other triggers does not borrow the
            // paragraph's: that date is one of them.
            let own_dates = !found.is_empty();
            let date = pick_event_date(sent, found, &t, doc.published, &others).or_else(|| {
                if own_dates {
                    return None;
                }
                para_date
                    .entry(para)
                    .or_insert_with(|| paragraph_date(&doc, para))
                    .clone()
            });
            let season = season_for(sent, &t, reading.status);
            // The shows the trigger names are masked too, when they were found only now
            // ("— Abbott Elementary, Big Sky, ..." is no claim for Sky).
            let mut masked = mask_titles(sent, sbase, &here);
            for show in &shows {
                for (k, _) in sent.match_indices(show.as_str()) {
                    masked.replace_range(k..k + show.len(), &" ".repeat(show.len()));
                }
            }
            let network = network_for(&masked, &t);
            // Weakly cued names that the article uses as a person's are people, not shows
            // ("Dallas is returning" about Josh Dallas; "Damian Lewis ... will return").
            // A title listed beside a show is cued by its list ("red-hot newcomer Abbott
            // Elementary" after "stalwart The Rookie").
            shows.retain(|t| {
                siblings.contains(t)
                    || !(matches!(cands.get(t), None | Some(Cue::Trigger | Cue::Repeated))
                    && (names_a_person(text, t) && !called_a_show(text, t)
                        || characters_story(sent, t)
                        || actor_gloss(text, t)
                        // "She'll join fellow Season 2 newbie Steve Buscemi": casting news
                        // names actors.
                        || f.rule.name.starts_with("renewed.implied") && mentions::looks_like_named_person(t)))
                    && (matches!(cands.get(t), Some(Cue::Quoted | Cue::Known)) || !maker_in_place(text, t))
            });
            for show in shows {
                if claims.iter().any(|c| {
                    c.show == show && c.evidence.text == sent && c.status == reading.status
                }) {
                    continue;
                }
                let sibling_reading;
                let reading = if siblings.contains(&show) {
                    sibling_reading = Reading {
                        rule: format!("{}+coordinated", reading.rule),
                        ..reading.clone()
                    };
                    &sibling_reading
                } else {
                    &reading
                };
                // "The CW’s Riverdale, PBS’ Endeavour and NBC’s New Amsterdam are ...": a
                // listed show's own network possessive names its network. A revival's
                // network is the new one, so the old owner's possessive gives way.
                // So does its network in parentheses after it ("Glee (FOX), The Mentalist
                // (CBS)"), and its season there ("Transplant (Season 4)").
                let mut own_network = None;
                let mut own_season = None;
                for (k, _) in sent.match_indices(show.as_str()) {
                    let after = &sent[k + show.len()..];
                    if reading.status != greenlight_core::Status::Revived && own_network.is_none() {
                        own_network = possessive_network(&sent[..k]).or_else(|| paren_network(after));
                    }
                    if own_season.is_none() {
                        own_season = paren_season(after);
                    }
                }
                claims.push(build_claim(
                    &doc,
                    &offsets,
                    f,
                    reading,
                    &show,
                    own_season.or(season),
                    own_network.or_else(|| network.clone()),
                    said_by.clone(),
                    date.clone(),
                ));
            }
        }
        // "Brooklyn Nine-Nine, like AP Bio, was canceled": the one show the sentence's
        // claims are about is the one "the show" refers to next, not the last title named.
        let claimed: BTreeSet<&str> = claims[claims_before..].iter().map(|c| c.show.as_str()).collect();
        if claimed.len() == 1 {
            last_show = claimed.first().map(|s| (para, s.to_string()));
        } else if let Some(m) = here.iter().rev().find(|m| !m.non_series) {
            // "he still has projects in play, including Lioness, Tulsa King and
            // others": examples in a sentence with no claim are no antecedent for the
            // next "the final season".
            let example = claimed.is_empty() && {
                // A list of three or more: one example alone may be the next topic.
                let head = text[sbase..m.span.start].to_ascii_lowercase();
                ["including ", "such as "].iter().any(|w| {
                    head.rfind(w).is_some_and(|k| {
                        text[sbase + k..doc.sentences[i].span.end].matches(", ").count() >= 2
                    })
                })
            };
            if !example {
                last_show = Some((para, m.title.clone()));
            }
        }
        for s in speakers_in(sent) {
            if !speaker_is_outlet(&s)
                && !mentions::is_network(&s)
                && !matches!(s.as_str(), "she" | "She" | "he" | "He" | "they" | "They")
            {
                last_person = Some(resolve_person(&s, &person_names, None));
            }
        }
    }

    // A show's own reading in a sentence outranks the one its list lent it: "no plans
    // for further episodes, both A and B have been given the green light".
    let own: BTreeSet<(String, String)> = claims
        .iter()
        .filter(|c| !c.rule.ends_with("+coordinated"))
        .map(|c| (c.show.clone(), c.evidence.text.clone()))
        .collect();
    claims.retain(|c| {
        !c.rule.ends_with("+coordinated") || !own.contains(&(c.show.clone(), c.evidence.text.clone()))
    });
    // Under a scorecard heading ("CANCELLED"), a listed show with no claim of its own
    // takes the heading's status.
    // A round-up's headline heads its "Title: ..." paragraphs when no heading does
    // ("Dozens of TV Shows Canceled Across Networks").
    let roundup = roundup_status(&doc);
    // Title lines ("Passenger (ITV)") under a round-up's announcement take its status
    // when nothing in their section says otherwise.
    let mut roundup_lines: Vec<(usize, String)> = Vec::new();
    if roundup.is_some() {
        let bullet = |k: usize| {
            doc.paragraphs
                .get(k)
                .is_some_and(|p| LIST_BULLET.is_match(doc.text[p.clone()].trim()))
        };
        for (pi, p) in doc.paragraphs.iter().enumerate() {
            if pi == 0 || !in_live(p.start) || dash_titles.contains_key(&pi) {
                continue;
            }
            let line = text[p.clone()].trim();
            if let Some((t, net)) = mentions::standalone_title(line) {
                if net.is_some() {
                    roundup_lines.push((pi, t));
                    continue;
                }
            }
            // "Copper Bay, Netflix", "Maple Court – Netflix": a title line with its channel
            // after a comma or a dash.
            if let Some(t) = title_network_line(line) {
                roundup_lines.push((pi, t));
                continue;
            }
            // "3. Luke Cage" over its paragraph: a ranked list's entry.
            if ranked && NUMBERED_LINE.is_match(line) && !sections.contains_key(&pi) {
                if let Some(t) = list_item_title(line) {
                    roundup_lines.push((pi, t));
                    continue;
                }
            }
            // "* Eleventh Hour", "* The Ex List (7 unaired episodes)": a bulleted run of
            // titles with no heading of its own takes the round-up's status too.
            let run = (pi.saturating_sub(2)..=pi).any(|s| (s..s + 3).all(bullet));
            // A run under a heading of its own that names no fate ("Blog Archive",
            // "Popular Posts") is another section's list.
            let mut first = pi;
            while first > 0 && bullet(first - 1) {
                first -= 1;
            }
            let other_heading = first > 0 && {
                let h = doc.text[doc.paragraphs[first - 1].clone()].trim();
                h.split_whitespace().count() <= 6
                    && !h.ends_with(['.', '!', '?'])
                    && heading_status(h).is_none()
            };
            if run && !other_heading && !sections.contains_key(&pi) {
                if let Some(t) = list_item_title(line)
                    .or_else(|| bullet_run_title(&doc, pi, |k| !sections.contains_key(&k)))
                {
                    roundup_lines.push((pi, t));
                }
            }
        }
    }
    // "ABC had picked up nine shows for early renewal. The no-brainers included Lost,
    // Ugly Betty and Grey's Anatomy": a decision about a group of shows it does not name,
    // and the next sentence's list that names them.
    // The sentence after an unnamed firing's, in its paragraph or the next.
    let next_sentence = |i: usize| {
        let j = i + 1;
        (j < doc.sentences.len()
            && doc.sentences[j].para <= doc.sentences[i].para + 1
            && !doc.sentences[j].headline)
            .then_some(j)
    };
    for &(i, k) in &unnamed {
        let f = &firings[k];
        let Some(j) = next_sentence(i).filter(|&j| !claims.iter().any(|c| c.evidence.text == doc.sentence_text(j)))
        else {
            continue;
        };
        let next = doc.sentence_text(j);
        let Some(m) = LIST_POINTER.find(next) else {
            continue;
        };
        let sent = doc.sentence_text(i);
        // The decision must be about shows: "renewed its carriage deals" lists no titles.
        if !SHOW_GROUP.is_match(sent) {
            continue;
        }
        let sbase = doc.sentences[i].span.start;
        let t = f.span.start - sbase..f.span.end - sbase;
        // The count ("nine shows") is the group the list names, not a reason to drop it.
        let masked = COUNT_WORD.replace_all(sent, |c: &regex::Captures<'_>| "X".repeat(c[0].len()));
        let Some(reading) = read(rules, &masked, &t, f.rule, false) else {
            continue;
        };
        let jspan = doc.sentences[j].span.clone();
        let at = jspan.start + m.end();
        let Some(first) = mentions::forward_span_list(text, at, jspan.end).filter(|r| r.start == at)
        else {
            continue;
        };
        let mut list = claims::cue_list_after(text, first, jspan.end);
        list.retain(|t| claims::listable(t));
        if list.len() < 2 {
            continue;
        }
        tracing::trace!(rule = f.rule.name, shows = ?list, "group firing named by the next sentence's list");
        let network = network_for(sent, &t);
        let season = season_for(sent, &t, reading.status);
        let date = event_date(sent, &t, doc.published);
        let fj = Firing {
            rule: f.rule,
            sentence: j,
            span: jspan.clone(),
        };
        let r = Reading {
            rule: format!("{}+listed-next", reading.rule),
            ..reading
        };
        for show in list {
            claims.push(build_claim(&doc, &offsets, &fj, &r, &show, season, network.clone(), None, date.clone()));
        }
    }
    // "Fox is giving a freshman show a second season. The show is “Bob’s Burgers,” which
    // ...": a decision about one show it does not name, and the next sentence that names it.
    for &(i, k) in &unnamed {
        let f = &firings[k];
        let Some(j) = next_sentence(i).filter(|&j| !doc.sentences[j].chrome) else {
            continue;
        };
        let sent = doc.sentence_text(i);
        let next = doc.sentence_text(j);
        let (Some(m), true) = (SHOW_IS.find(next), ONE_SHOW.is_match(sent)) else {
            continue;
        };
        let jspan = doc.sentences[j].span.clone();
        let at = jspan.start + m.end();
        let Some(r) = mentions::forward_span(text, at, jspan.end).filter(|r| r.start == at) else {
            continue;
        };
        let show = mentions::clean_title(&text[r], false).to_string();
        if !mentions::plausible_title(&show) || mentions::is_network(&show) {
            continue;
        }
        let sbase = doc.sentences[i].span.start;
        let t = f.span.start - sbase..f.span.end - sbase;
        let Some(reading) = read(rules, sent, &t, f.rule, false) else {
            continue;
        };
        tracing::trace!(rule = f.rule.name, show = %show, "unnamed show named by the next sentence");
        let network = network_for(sent, &t);
        let season = season_for(sent, &t, reading.status);
        let date = event_date(sent, &t, doc.published);
        let reading = Reading {
            rule: format!("{}+named-next", reading.rule),
            ..reading
        };
        claims.push(build_claim(&doc, &offsets, f, &reading, &show, season, network, None, date));
    }
    // "NBC is not ordering more episodes of Pushing Daisies. The cast and crew of Eli Stone
    // and Dirty Sexy Money received the same news": the shows share the decision just told.
    for &i in &live {
        let sent = doc.sentence_text(i);
        let Some(m) = SAME_FATE.find(sent) else {
            continue;
        };
        let sbase = doc.sentences[i].span.start;
        let at = sbase + m.start();
        let Some(last) = mentions::backward_span(text, sbase, at).filter(|r| r.end + 1 >= at) else {
            continue;
        };
        let mut titles = claims::cue_list_before(text, sbase, last, true);
        titles.retain(|t| claims::listable(t));
        let prior = (i.saturating_sub(3)..i).rev().find_map(|j| {
            let ev = doc.sentence_text(j);
            claims.iter().rev().find(|c| c.evidence.text == ev && c.status != greenlight_core::Status::Undecided)
        });
        let Some(prior) = prior.cloned() else {
            continue;
        };
        if titles.is_empty() || claims.iter().any(|c| c.evidence.text == sent) {
            continue;
        }
        tracing::trace!(shows = ?titles, status = ?prior.status, "same fate as the decision before");
        let f = Firing {
            rule: &rules.rules[0],
            sentence: i,
            span: sbase + m.start()..sbase + m.end(),
        };
        let r = Reading {
            status: prior.status,
            certainty: prior.certainty,
            rule: format!("{}+same-fate", prior.rule),
        };
        for t in titles {
            claims.push(build_claim(&doc, &offsets, &f, &r, &t, prior.season, prior.network.clone(), None, prior.date.clone().map(|d| (d, prior.date_text.clone().unwrap_or_default()))));
        }
    }
    // "The Flash is ending with its ninth season, as is Superman & Lois", "Fox renewed
    // 9-1-1, but Lone Star will not.": an elliptical clause after a decision names one
    // more show, which shares the decision (or, after "but ... not", a renewal's opposite).
    // Only a sentence that already holds a claim can lend one.
    let claimed: std::collections::HashSet<String> = claims.iter().map(|c| c.evidence.text.clone()).collect();
    for &i in &live {
        let sent = doc.sentence_text(i);
        if !claimed.contains(sent) {
            continue;
        }
        for c in ELLIPTIC_TAIL.captures_iter(sent) {
            let sbase = doc.sentences[i].span.start;
            let m = c.get(0).expect("whole match");
            let at = sbase + m.end();
            let tail_char = offsets.char_at(sbase + m.start());
            let prior = claims
                .iter()
                .rev()
                .find(|p| {
                    p.evidence.text == sent
                        && p.status != greenlight_core::Status::Undecided
                        && p.trigger.as_ref().is_some_and(|t| t.end <= tail_char)
                })
                .cloned();
            let Some(prior) = prior else {
                continue;
            };
            let Some(r) = mentions::forward_span(text, at, doc.sentences[i].span.end).filter(|r| r.start == at) else {
                continue;
            };
            let title = text[r.clone()].to_string();
            let rest = &text[r.end..doc.sentences[i].span.end];
            let negative = c.name("but").is_some();
            let status = if negative {
                if !ELLIPTIC_NOT_END.is_match(rest) || prior.status != greenlight_core::Status::Renewed {
                    continue;
                }
                greenlight_core::Status::Cancelled
            } else {
                if !ELLIPTIC_END.is_match(rest) {
                    continue;
                }
                prior.status
            };
            if !claims::listable(&title) || claims.iter().any(|p| p.evidence.text == sent && p.show == title) {
                continue;
            }
            tracing::trace!(show = %title, ?status, "elliptical clause after a decision");
            let f = Firing {
                rule: &rules.rules[0],
                sentence: i,
                span: sbase + m.start()..r.end,
            };
            let rd = Reading {
                status,
                certainty: prior.certainty,
                rule: format!("{}+{}", prior.rule, if negative { "but-not" } else { "as-is" }),
            };
            // The other show's season is its own: "ending with its ninth season, as is X".
            let season = None;
            let date = prior.date.map(|d| (d, prior.date_text.clone().unwrap_or_default()));
            claims.push(build_claim(&doc, &offsets, &f, &rd, &title, season, None, None, date));
        }
    }
    // A claim read from a line's layout (a heading, a list line, a table cell) rather
    // than from a rule's trigger: the line's span stands as the firing.
    let row_claim = |sentence: usize,
                     span: std::ops::Range<usize>,
                     (status, certainty, rule): (greenlight_core::Status, greenlight_core::Certainty, &str),
                     show: &str,
                     season: Option<u16>,
                     network: Option<String>,
                     date: Option<(greenlight_core::PartialDate, String)>| {
        let f = Firing {
            rule: &rules.rules[0],
            sentence,
            span,
        };
        let reading = Reading {
            status,
            certainty,
            rule: rule.into(),
        };
        build_claim(&doc, &offsets, &f, &reading, show, season, network, None, date)
    };
    for (pi, title) in dash_titles.iter().chain(roundup_lines.iter().map(|(p, t)| (p, t))) {
        let Some(status) = sections.get(pi).or(roundup.as_ref()) else {
            continue;
        };
        if para_holds_claim(&doc, &claims, *pi, title) {
            continue;
        }
        // Under a round-up's headline alone, the paragraph below the title line says
        // what happened to it ("Cancelled by HBO Max in December, then picked up by
        // Netflix"), and that outranks the headline's one fate.
        let prose_below = doc.paragraphs.get(pi + 1).is_some_and(|p| {
            let t = text[p.clone()].trim();
            t.split_whitespace().count() >= 6 && !LIST_BULLET.is_match(t) && !is_list_item(t)
        });
        if !sections.contains_key(pi)
            && prose_below
            && topics.get(&(pi + 1)) == Some(title)
            && para_holds_claim(&doc, &claims, pi + 1, title)
        {
            continue;
        }
        let Some(i) = doc.sentences.iter().position(|s| s.para == *pi) else {
            continue;
        };
        let span = doc.sentences[i].span.clone();
        let sent = doc.sentence_text(i);
        let season = season_for(sent, &(0..sent.len()), *status);
        let date = event_date(sent, &(0..sent.len()), doc.published);
        claims.push(row_claim(
            i,
            span.start..span.start + title.len().min(span.len()),
            (*status, greenlight_core::Certainty::Confirmed, "section.heading"),
            title,
            season,
            network_for(sent, &(0..0)),
            date,
        ));
    }

    // Under a heading or a list intro, a list line names a show that takes its status.
    // In paragraph order (`sections` is ordered), so the output does not depend on a
    // hash map's order.
    for (pi, status) in &sections {
        if dash_titles.contains_key(pi) {
            continue;
        }
        let Some(i) = doc
            .sentences
            .iter()
            .position(|s| s.para == *pi && !s.chrome)
        else {
            continue;
        };
        let line = doc.text[doc.paragraphs[*pi].clone()].trim();
        // "Packed to the Rafters,": a list typed one title a line.
        let line = line.strip_suffix(',').map_or(line, str::trim_end);
        // "Bluff City Law (Canceled 6/15)": the line's own cell outranks its heading's
        // forecast ("Certain Cancellation:").
        // A cell that names no fate of its own ("ended after season 4") keeps the
        // heading's.
        let cell = PAREN_CELL.captures(line).and_then(|c| {
            let st = heading_status(c.name("cell")?.as_str()).unwrap_or(*status);
            Some((c.name("title")?.as_str().trim().to_string(), st))
        });
        let (line, status) = match &cell {
            Some((t, st)) => (t.as_str(), st),
            None => (line, status),
        };
        // "The CW: Frequency, No Tomorrow, The Vampire Diaries": a network, then its shows.
        let net_line = line.split_once(": ").filter(|(n, _)| mentions::is_network(n.trim()));
        let titles: Vec<String> = if let Some((_, rest)) = net_line {
            comma_list_titles(rest)
        } else {
            let title = if let Some(t) = shouted_item_title(line) {
                Some(t)
            } else if is_list_item(line) {
                list_item_title(line)
                    .or_else(|| bullet_run_title(&doc, *pi, |k| sections.get(&k) == Some(status)))
            } else if bare_title_line(line) || run_title_line(&doc, *pi) {
                Some(strip_line_mark(strip_gloss(strip_line_note(line))).to_string())
            } else {
                None
            };
            title.into_iter().collect()
        };
        if titles.is_empty() {
            continue;
        }
        // A claim read from the line's closing note ("Dirty Sexy Money (Final 4 episodes
        // air July 18)") is about its airing, and does not outrank the heading.
        let note = line
            .trim_end()
            .strip_suffix(')')
            .and_then(|l| l.rsplit_once(" ("))
            .map(|(_, n)| n);
        if claims.iter().any(|c| {
            doc.sentences
                .iter()
                .any(|s| s.para == *pi && doc.text[s.span.clone()] == c.evidence.text)
                && !note.is_some_and(|n| {
                    airing_note(n) && c.trigger.as_ref().is_some_and(|t| n.contains(t.text.as_str()))
                })
        }) {
            continue;
        }
        // Those note claims give way to the heading's.
        if let Some(n) = note.filter(|n| airing_note(n)) {
            let sent_texts: Vec<&str> = doc
                .sentences
                .iter()
                .filter(|s| s.para == *pi)
                .map(|s| &doc.text[s.span.clone()])
                .collect();
            claims.retain(|c| {
                !(sent_texts.contains(&c.evidence.text.as_str())
                    && c.trigger.as_ref().is_some_and(|t| n.contains(t.text.as_str())))
            });
        }
        let span = doc.sentences[i].span.clone();
        let certainty = list_certainty(*status);
        let sent = doc.sentence_text(i);
        let season = season_for(sent, &(0..sent.len()), *status);
        let network = match net_line {
            Some((n, _)) => Some(claims::canonical_network(n.trim())),
            // "• Vikings (History)": a channel not yet known, named where a list line
            // names its network.
            // "• The Michael J. Fox Show, a family comedy": not the title's own words.
            None => {
                let mut masked = sent.to_string();
                for t in &titles {
                    if let Some(k) = masked.find(t.as_str()) {
                        masked.replace_range(k..k + t.len(), &" ".repeat(t.len()));
                    }
                }
                network_for(&masked, &(0..0)).or_else(|| note_network(line))
            }
        };
        for title in &titles {
            claims.push(row_claim(
                i,
                span.clone(),
                (*status, certainty, "list.under-heading"),
                title,
                season,
                network.clone(),
                None,
            ));
        }
    }

    // Outside any heading, a line that is a title and its status cell: "Bluff City Law
    // (Canceled 6/15)".
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        if sections.contains_key(&pi) {
            continue;
        }
        let Some(i) = doc.sentences.iter().position(|s| s.para == pi && !s.chrome && !s.headline)
        else {
            continue;
        };
        let Some(c) = PAREN_CELL.captures(doc.text[p.clone()].trim()) else {
            continue;
        };
        let (Some(t), Some(cell)) = (c.name("title"), c.name("cell")) else {
            continue;
        };
        let title = t.as_str().trim();
        let Some(status) = heading_status(cell.as_str()) else {
            continue;
        };
        if !mentions::plausible_title(title) || title.split_whitespace().count() > 8 {
            continue;
        }
        let span = doc.sentences[i].span.clone();
        claims.retain(|c| !(c.evidence.text == doc.text[span.clone()] && title_key(&c.show) != title_key(title)));
        // "(ending after season 5)": the cell's own season.
        let cell = cell.as_str();
        claims.push(row_claim(
            i,
            span,
            (status, greenlight_core::Certainty::Confirmed, "list.cell"),
            title,
            season_for(cell, &(0..0), status),
            None,
            None,
        ));
    }

    // "Retained: One On One, All Of Us, Girlfriends": a line whose label is a fate lends it
    // to every title of its list that has no claim of its own there.
    // Among two or more such lines, one may name a single title unquoted ("Ending: The
    // Long Meadow").
    // The label is a fate's words alone ("Renewed", "On the Bubble"), not a sentence that
    // has a colon in it ("CBS renewed CSI: NY while ...").
    let labelled: Vec<(usize, regex::Captures<'_>)> = doc
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.chrome && !s.headline)
        .filter_map(|(i, s)| Some((i, LABEL_LINE.captures(&text[s.span.clone()])?)))
        .filter(|(_, c)| c.name("label").is_some_and(|l| lexicon::is_fate_label(l.as_str())))
        .collect();
    let labelled_lines = labelled.len();
    for (i, c) in &labelled {
        let (i, sent_) = (*i, &doc.sentences[*i]);
        let line = &text[sent_.span.clone()];
        let (label, list) = (c.name("label").unwrap(), c.name("list").unwrap());
        let Some(status) = heading_status(label.as_str()) else {
            continue;
        };
        // "CANCELLED: 'The Night Shift'", "Cancelled: Harbor Lights (Global):": one title,
        // quoted or with its channel's note, is a line of its own too.
        let single = if list.as_str().contains(", ") {
            None
        } else {
            let item = list.as_str().trim_end_matches(':').trim();
            // "Renewed: Harbor Lane Seasons: 11": the title before the sheet's next field.
            let item = mentions::clean_title(item, false);
            let quoted = quoted_titles(item)
                .into_iter()
                .find(|(r, t)| r.start <= 1 && item.len() - r.end <= 1 && mentions::plausible_title(t))
                .map(|(_, t)| t);
            quoted
                .or_else(|| {
                    let (head, note) = item.strip_suffix(')')?.rsplit_once(" (")?;
                    (paren_note(note) && mentions::list_title_ok(head.trim())).then(|| head.trim().to_string())
                })
                .or_else(|| {
                    (labelled_lines >= 2
                        && item.split_whitespace().count() <= 8
                        && mentions::list_title_ok(item)
                        && !mentions::is_network(item))
                        .then(|| item.to_string())
                })
        };
        let titles = match single {
            Some(t) => vec![t],
            None => {
                let titles = comma_list_titles(list.as_str());
                // Every item a title: "Cancelled: the network said the show had run its
                // course" is a sentence, not a list. A long list may hold one item read
                // as no title ("..., According to Jim, ..."), when it is capitalised too.
                let items = comma_list_split(list.as_str());
                let odd = items.len() - titles.len().min(items.len());
                let capitalised = items
                    .iter()
                    .all(|x| x.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
                if titles.len() < 2 || odd > usize::from(capitalised && items.len() >= 8) {
                    continue;
                }
                titles
            }
        };
        for title in titles {
            if claims
                .iter()
                .any(|c| title_key(&c.show) == title_key(&title) && c.evidence.text == line)
            {
                continue;
            }
            claims.push(row_claim(
                i,
                sent_.span.clone(),
                (status, greenlight_core::Certainty::Confirmed, "list.labelled-line"),
                &title,
                None,
                network_for(line, &(0..0)),
                None,
            ));
        }
    }

    // "1. Harbor Lights (Netflix)" then "Status: Renewed for season 3": a fact sheet's
    // status line names the fate of the title line just above it.
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        let line = text[p.clone()].trim();
        let Some(c) = STATUS_LINE.captures(line) else {
            continue;
        };
        let value = c.name("value").map_or("", |m| m.as_str());
        // "Renewal odds: 80%", "Prediction: Renewed": a forecast's line is a forecast
        // whatever its value says.
        let forecast = c.name("forecast").is_some() && value.contains(char::is_alphanumeric);
        let Some(status) = heading_status(value)
            .map(|s| if forecast { greenlight_core::Status::Undecided } else { s })
            .or(forecast.then_some(greenlight_core::Status::Undecided))
        else {
            continue;
        };
        let Some(i) = doc.sentences.iter().position(|s| s.para == pi && !s.chrome) else {
            continue;
        };
        // The nearest title line above, past other labelled lines ("Network: NBC").
        let mut title = None;
        let mut network = None;
        for back in 1..=3 {
            let Some(q) = pi.checked_sub(back).and_then(|k| doc.paragraphs.get(k)) else {
                break;
            };
            let prev = text[q.clone()].trim();
            if let Some(n) = FACT_LINE.captures(prev) {
                if n.name("key").is_some_and(|k| k.as_str().eq_ignore_ascii_case("network")) {
                    network = n.name("value").map(|v| claims::canonical_network(v.as_str().trim()));
                }
                continue;
            }
            // "The Situation: Ratings collapsed after the move.": a labelled note.
            // "The drama lost a third of its audience." over "THE VERDICT: CANCELLED": the
            // case argued before the verdict.
            if prev.split_once(": ").is_some_and(|(k, v)| {
                k.split_whitespace().count() <= 3 && v.split_whitespace().count() >= 4 && v.ends_with(['.', '!', '?'])
            }) || prev.split_whitespace().count() >= 5 && prev.ends_with(['.', '!', '?'])
            {
                continue;
            }
            title = list_item_title(prev).filter(|t| !mentions::never_title(t));
            if network.is_none() {
                network = paren_network(&prev[prev.find(" (").unwrap_or(prev.len())..]).or_else(|| note_network(prev));
            }
            break;
        }
        let Some(title) = title else {
            continue;
        };
        let certainty = list_certainty(status);
        let season = season_for(line, &(0..line.len()), status);
        // The title's own status line outranks a heading above the list, and the prose
        // just under it ("Season 2 premiered in March ..."), which is background.
        let under: Vec<&str> = doc
            .sentences
            .iter()
            .filter(|s| s.para > pi && s.para <= pi + 2)
            .map(|s| &text[s.span.clone()])
            .collect();
        claims.retain(|c| {
            !((c.rule == "list.under-heading" || under.contains(&c.evidence.text.as_str()))
                && title_key(&c.show) == title_key(&title))
        });
        // "THE VERDICT: CANCELLED": the line's own trigger read its label as a title.
        let own_line = &text[doc.sentences[i].span.clone()];
        claims.retain(|c| c.evidence.text != own_line);
        claims.push(row_claim(
            i,
            doc.sentences[i].span.clone(),
            (status, certainty, "list.status-line"),
            &title,
            season,
            network,
            None,
        ));
    }

    // "Criminal Minds: A sure thing." / "Hank: Already canceled." / "CSI: Miami: A safe
    // bet.": a scorecard of lines, each a title and its verdict after the last colon.
    let verdict_lines: Vec<(usize, String, greenlight_core::Status)> = doc
        .paragraphs
        .iter()
        .enumerate()
        .filter_map(|(pi, p)| {
            let (title, status) = verdict_line(text[p.clone()].trim())?;
            Some((pi, title, status))
        })
        .collect();
    let channelled = verdict_lines
        .iter()
        .filter(|(pi, _, _)| channelled_line(text[doc.paragraphs[*pi].clone()].trim()))
        .count();
    if verdict_lines.len() >= 3 || channelled >= 2 {
        for (pi, title, status) in verdict_lines {
            let Some(i) = doc.sentences.iter().position(|s| s.para == pi && !s.chrome && !s.headline) else {
                continue;
            };
            let span = doc.sentences[i].span.clone();
            // The line's own verdict outranks a heading's fate above it ("Our spring
            // renewal tracker" over "Rook & Rowan (ABC) = Pending").
            claims.retain(|c| {
                !(c.rule == "section.heading"
                    && title_key(&c.show) == title_key(&title)
                    && doc.paragraphs[pi].contains(&c.evidence.start))
            });
            // The line's own sentences outrank its verdict ("Kingsbridge: Saved at the
            // last minute. ... NBC renewed the legal drama").
            if para_holds_claim(&doc, &claims, pi, &title) {
                continue;
            }
            claims.retain(|c| !(c.evidence.text == text[span.clone()] || c.rule == "list.under-heading" && title_key(&c.show) == title_key(&title)));
            // "Night Desk — Renewed (Season 4)": the line's own season.
            let line = &text[doc.paragraphs[pi].clone()];
            let season = season_for(line, &(0..line.len()), status);
            claims.push(row_claim(i, span, (status, list_certainty(status), "list.verdict-line"), &title, season, None, None));
        }
    }

    // A scorecard table scraped without its cell separators: "The Big Bang TheoryRenewed
    // on March 12th", "StalkerCertain Cancellation", "The MentalistFinal Season". The
    // status word is glued to the title, so no trigger fires on it; the row is read whole.
    let mut glued: Vec<&str> = Vec::new();
    for (i, sent_) in doc.sentences.iter().enumerate() {
        if sent_.chrome || sent_.headline {
            continue;
        }
        let line = &text[sent_.span.clone()];
        let para = text[doc.paragraphs[sent_.para].clone()].trim();
        if para.len() != line.trim().len() || line.split_whitespace().count() > 14 {
            continue;
        }
        let Some(c) = GLUED_ROW.captures(line) else {
            continue;
        };
        let (t, cell) = (c.name("title").unwrap(), c.name("cell").unwrap());
        let title = t.as_str().trim();
        if !mentions::plausible_title(title) || mentions::is_network(title) {
            continue;
        }
        let cell_text = cell.as_str().to_ascii_lowercase();
        use greenlight_core::{Certainty, Status};
        let (status, certainty) = if cell_text.starts_with("certain")
            || cell_text.starts_with("likely")
            || cell_text.starts_with("probable")
            || cell_text.starts_with("possible")
            || cell_text.starts_with("on the bubble")
            || cell_text.starts_with("undecided")
            || cell_text.starts_with("pending")
        {
            (Status::Undecided, Certainty::Expected)
        } else if cell_text.starts_with("renew") {
            (Status::Renewed, Certainty::Confirmed)
        } else if cell_text.contains("cancel") {
            (Status::Cancelled, Certainty::Confirmed)
        } else if cell_text.starts_with("final") || cell_text.starts_with("ending") {
            (Status::Ending, Certainty::Confirmed)
        } else if cell_text.starts_with("revived") {
            (Status::Revived, Certainty::Confirmed)
        } else {
            continue;
        };
        glued.push(line);
        let rel = cell.start()..cell.end();
        let season = season_for(line, &rel, status);
        let date = event_date(line, &rel, doc.published);
        claims.push(row_claim(
            i,
            sent_.span.start + cell.start()..sent_.span.start + cell.end(),
            (status, certainty, "table.glued-row"),
            title,
            season,
            network_for(line, &(0..0)),
            date,
        ));
    }
    // A scorecard table's rows with their cells marked ("Harbor Lights | NBC | Renewed",
    // as HTML tables are read): the title, network and status cells by the header's
    // names when the table has one, else by what each cell looks like.
    let mut header: Option<TableHeader> = None;
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        let line = text[p.clone()].trim();
        let Some(cells) = table_cells(line) else {
            header = None;
            continue;
        };
        if let Some(h) = TableHeader::read(&cells) {
            header = Some(h);
            continue;
        }
        let Some(i) = doc.sentences.iter().position(|s| s.para == pi && !s.chrome && !s.headline) else {
            continue;
        };
        let Some(row) = table_row(&cells, header.as_ref()) else {
            continue;
        };
        let span = doc.sentences[i].span.clone();
        glued.push(&text[span.clone()]);
        claims.push(row_claim(
            i,
            span,
            (row.status, list_certainty(row.status), "table.row"),
            &row.title,
            row.season,
            row.network,
            None,
        ));
    }
    // Triggers that fired inside such a row ("...Certain Cancellation") read it wrongly.
    claims.retain(|c| c.rule.starts_with("table.") || !glued.contains(&c.evidence.text.as_str()));

    // A status needs television around it: in its sentence, its paragraph or the
    // headline, or an article that keeps using television's words, unless the title is one the article or the store already ties to
    // television. Elsewhere the status verbs mean other things ("Active noise
    // cancellation", "the meeting was canceled", "it will end very soon so hurry").
    let starts: Vec<usize> = doc
        .sentences
        .iter()
        .map(|s| offsets.char_at(s.span.start))
        .collect();
    // Status words are not evidence of television, nor "Apple Watch Series 5".
    let status_word = |m: &regex::Match| {
        let w = m.as_str().to_ascii_lowercase();
        w.starts_with("renew") || w.starts_with("cancel") || m.as_str().starts_with("Series")
    };
    let headline_tv = TV_WORDS
        .find_iter(text)
        .filter(|m| !status_word(m))
        .take(3)
        .count()
        >= 3
        || doc
            .sentences
            .iter()
            .filter(|s| s.headline)
            .any(|s| tv_context(&text[s.span.clone()], true))
        // "Newsletter subscribe" / "Local, Television" above the real headline: a
        // headline-shaped line among the first few counts as the headline.
        || doc.paragraphs.iter().take(4).skip(1).any(|p| {
            let t = text[p.clone()].trim();
            (4..=25).contains(&t.split_whitespace().count())
                && !t.ends_with('.')
                && mentions::is_headline_case(t)
                && tv_context(t, true)
        });
    // "Has Murderbot been renewed for Season 2?" over "Yes, it was, on Thursday, July 10":
    // an explainer's question answered "Yes" is the decision it asked about.
    let answered: Vec<StatusClaim> = claims
        .iter()
        .filter(|c| c.rule == "undecided.question" || c.rule.ends_with("+question"))
        .filter_map(|c| {
            let q = doc.sentences.iter().position(|s| doc.text[s.span.clone()] == c.evidence.text)?;
            let a = q + 1;
            let answer = doc.sentences.get(a).filter(|s| !s.chrome).map(|s| &doc.text[s.span.clone()])?;
            let yes = answer.strip_prefix("Yes").is_some_and(|r| r.starts_with([',', '.', '!', ';', '—', '–']));
            let asked = c.evidence.text.to_lowercase();
            let status = if !yes || !asked.ends_with('?') {
                return None;
            } else if ["cancel", "axed", "scrapped"].iter().any(|w| asked.contains(w)) {
                greenlight_core::Status::Cancelled
            } else if ["final season", "last season", "ending", "come to an end"].iter().any(|w| asked.contains(w)) {
                greenlight_core::Status::Ending
            } else if ["renew", "return", "season", "come back", "coming back"].iter().any(|w| asked.contains(w)) {
                greenlight_core::Status::Renewed
            } else {
                return None;
            };
            let date = event_date(answer, &(0..answer.len()), doc.published);
            Some(row_claim(
                a,
                doc.sentences[a].span.clone(),
                (status, greenlight_core::Certainty::Confirmed, "answer.yes"),
                &c.show,
                c.season,
                c.network.clone(),
                date,
            ))
        })
        .collect();
    claims.extend(answered);
    let mut para_tv: HashMap<usize, bool> = HashMap::new();
    let claims: Vec<StatusClaim> = claims
        .into_iter()
        .filter(|c| {
            if headline_tv
                || matches!(
                    cands.get(&c.show),
                    Some(Cue::Known | Cue::Season | Cue::Possessive)
                )
                || tv_context(&c.evidence.text, true)
            {
                return true;
            }
            let i = starts
                .partition_point(|&st| st <= c.evidence.start)
                .saturating_sub(1);
            let para = doc.sentences[i].para;
            // "here are the shows that wrapped in 2016" over bare title lines: a list's
            // heading or intro speaks for the lines under it.
            let head = section_heads.get(&para).filter(|_| c.rule.starts_with("list.") || c.rule.starts_with("section."));
            if let Some(&h) = head {
                if *para_tv
                    .entry(h)
                    .or_insert_with(|| tv_context(&text[doc.paragraphs[h].clone()], false))
                {
                    return true;
                }
            }
            *para_tv
                .entry(para)
                .or_insert_with(|| tv_context(&text[doc.paragraphs[para].clone()], false))
        })
        .collect();

    // One name per show within the article: acronyms, typos, person possessives and
    // coordinated titles resolve to the titles the article otherwise uses.
    let claims = season_suffixed(text, claims);
    let claims = canonical_titles(text, claims, cands.keys().map(String::as_str));

    // Per-show network from the sentences that mention the show.
    let mut shows: BTreeMap<String, Vec<StatusClaim>> = BTreeMap::new();
    let mut display: HashMap<String, String> = HashMap::new();
    for c in claims {
        let k = title_key(&c.show);
        display.entry(k.clone()).or_insert_with(|| c.show.clone());
        shows.entry(k).or_default().push(c);
    }
    // A network that dominates the article is the fallback for shows it lists.
    let all_nets: Vec<String> = live
        .iter()
        .flat_map(|&i| {
            networks_in(doc.sentence_text(i))
                .into_iter()
                .map(|(_, n)| n)
        })
        .collect();
    let article_net = most_common(all_nets.iter().map(String::as_str)).filter(|n| {
        all_nets.len() >= 2 && all_nets.iter().filter(|x| *x == n).count() * 5 >= all_nets.len() * 3
    });
    // A network's name alone on a line heads the part of a round-up below it ("Fox",
    // then the Fox shows cancelled): the network of the shows that part reports on.
    let mut heading_net: HashMap<usize, String> = HashMap::new();
    {
        let mut cur: Option<String> = None;
        for (pi, p) in doc.paragraphs.iter().enumerate() {
            let t = doc.text[p.clone()].trim().trim_end_matches(':');
            if t.split_whitespace().count() <= 3 && mentions::is_network(t) {
                cur = Some(claims::canonical_network(t));
            } else if let Some(n) = &cur {
                heading_net.insert(pi, n.clone());
            }
        }
    }
    let mut reports = Vec::new();
    let lead = verdict::lead_sentences(&doc);
    let sentence_starts: Vec<usize> = doc
        .sentences
        .iter()
        .map(|s| offsets.char_at(s.span.start))
        .collect();
    for (k, mut cs) in shows {
        let title = display[&k].clone();
        cs.sort_by_key(|c| (c.evidence.start, c.trigger.as_ref().map(|t| t.start)));
        let at: Vec<usize> = cs
            .iter()
            .map(|c| {
                sentence_starts
                    .partition_point(|&st| st <= c.evidence.start)
                    .saturating_sub(1)
            })
            .collect();
        verdict::settle(&doc, &lead, &mut cs, &at);
        let nets: Vec<String> = mentions
            .iter()
            .filter(|m| title_key(&m.title) == k)
            .flat_map(|m| {
                let s = doc.sentence_text(m.sentence);
                let base = doc.sentences[m.sentence].span.start;
                let rel = m.span.start - base..m.span.end - base;
                let here: Vec<&Mention> =
                    mentions.iter().filter(|o| o.sentence == m.sentence).collect();
                network_for(&mask_titles(s, base, &here), &rel)
            })
            .chain(cs.iter().filter_map(|c| c.network.clone()))
            .collect();
        // Under a network's heading, the claims' own network is the heading's, unless
        // their sentences name one.
        let under: Vec<&String> = at
            .iter()
            .zip(cs.iter())
            .filter(|(_, c)| c.network.is_none())
            .filter_map(|(&i, _)| heading_net.get(&doc.sentences[i].para))
            .collect();
        let show_net = if !under.is_empty() && cs.iter().all(|c| c.network.is_none()) {
            most_common(under.into_iter().map(String::as_str))
        } else {
            most_common(nets.iter().map(String::as_str))
        }
        .or_else(|| article_net.clone());
        for c in cs.iter_mut() {
            c.show = title.clone();
            if c.network.is_none() {
                c.network = show_net.clone();
            }
        }
        // The article's verdict: undated claims speak as of its writing.
        let writing = greenlight_core::PartialDate::from_civil(FAR);
        let sourced: Vec<SourcedClaim> = cs
            .iter()
            .map(|c| SourcedClaim {
                claim: StatusClaim {
                    date: c.date.or(Some(writing)),
                    ..c.clone()
                },
                url: None,
                published: article.published,
                source: String::new(),
                article_key: String::new(),
            })
            .collect();
        let verdict = status_as_of(&sourced, FAR, FAR);
        reports.push(ShowReport {
            title,
            network: verdict
                .as_ref()
                .and_then(|v| v.network.clone())
                .or(show_net),
            status: verdict.as_ref().map(|v| v.status),
            season: verdict.as_ref().and_then(|v| v.season),
            claims: cs,
            facts: Vec::new(),
        });
    }
    let main_key = main_show.as_deref().map(title_key);
    let strong: Vec<String> = cands
        .iter()
        .filter(|(_, c)| matches!(c, Cue::Possessive | Cue::Season | Cue::Known))
        .map(|(t, _)| t.clone())
        .collect();
    // Titles found only as a line of their own may be a cast heading ("Grant Feld"), so
    // they do not stop a name from being an actor's.
    let lines: Vec<String> = cands
        .iter()
        .filter(|(_, c)| matches!(c, Cue::Line))
        .map(|(t, _)| t.clone())
        .collect();
    profile::attach_facts(
        &doc,
        &offsets,
        &mentions,
        main_key.as_deref(),
        main_show.as_deref(),
        &strong,
        &lines,
        &mut reports,
    );
    reports.sort_by_key(|r| (Some(title_key(&r.title)) != main_key, r.title.clone()));
    ExtractedArticle {
        url: article.url.clone(),
        title: article.title.clone().or_else(|| {
            doc.sentences
                .first()
                .map(|s| text[s.span.clone()].trim().to_string())
        }),
        published: article.published,
        source: article.source.clone(),
        key: article.key(),
        shows: reports,
        text: article.text.clone(),
    }
}

/// Where the next trigger of the same sentence starts, if one follows `f`.
/// Only a coordinated verb counts ("renewed A and canceled B", "renewed A while pulling
/// the plug on B"), not a trigger inside this one's object ("in talks about returning for
/// a second season of B").
fn next_trigger(text: &str, firings: &[claims::Firing<'_>], f: &claims::Firing<'_>) -> Option<usize> {
    firings
        .iter()
        .filter(|g| g.sentence == f.sentence && g.span.start >= f.span.end)
        .map(|g| g.span.start)
        .min()
        .filter(|&at| {
            let head = text[f.span.end..at].trim_end();
            let head = head
                .strip_suffix(" also")
                .or_else(|| head.strip_suffix(" then"))
                .unwrap_or(head);
            [" and", " but", " while", ","].iter().any(|c| head.ends_with(c))
        })
}

/// Where an earlier trigger in the sentence ends this one's reach back: "A and B Renewed,
/// C Cancelled at Netflix" cancels C alone. Only when a comma or "and" follows the
/// earlier trigger and a capitalised run stands between the two ("X, renewed last year,
/// was cancelled" keeps X).
fn prev_trigger(text: &str, firings: &[claims::Firing<'_>], f: &claims::Firing<'_>) -> Option<usize> {
    firings
        .iter()
        .filter(|g| g.sentence == f.sentence && g.span.end <= f.span.start)
        .map(|g| g.span.end)
        .max()
        .and_then(|at| {
            // "Renewed for Season 2, Copper Bay Axed": the earlier trigger's season before
            // the comma.
            let gap = &text[at..f.span.start];
            let sep = [", ", " and ", "; "].iter().filter_map(|s| gap.rfind(s).map(|k| k + s.len())).max()?;
            // A title between, not the next clause's network ("After canceling X last
            // year, CBS is bringing back the cop drama").
            (mentions::forward_span(text, at + sep, f.span.start).is_some_and(|r| !mentions::is_network(&text[r]))
                && gap[..sep].split_whitespace().count() <= 4)
                .then_some(at + sep)
        })
}

/// "the final chapter of Ava and Nathan's story": given names in a possessive are
/// characters, not a title.
fn characters_story(sent: &str, t: &str) -> bool {
    if !mentions::is_first_name(t) {
        return false;
    }
    sent.match_indices(t).any(|(at, _)| {
        let after = &sent[at + t.len()..];
        let and_name = after
            .strip_prefix(" and ")
            .and_then(|r| r.split([' ', '’', '\'']).next())
            .is_some_and(mentions::is_first_name);
        after.starts_with("’s ")
            || after.starts_with("'s ")
            || and_name
            || sent[..at].ends_with(" and ") && after.starts_with(['’', '\''])
    })
}

/// "Jane (Brooke Elliott)": a first name glossed with the actor who plays it is a
/// character, anywhere in the article.
fn actor_gloss(text: &str, t: &str) -> bool {
    mentions::is_first_name(t)
        && text.match_indices(t).any(|(at, _)| {
            text[at + t.len()..]
                .strip_prefix(" (")
                .and_then(|r| r.split_once(')'))
                .is_some_and(|(inner, _)| inner.len() <= 40 && mentions::looks_like_named_person(inner))
        })
}

/// What follows a maker's name where it stands for the show's people, whatever cued it:
/// "the Tina Fey–produced sitcom", "the Melissa McCarthy-Billy Gardell comedy",
/// "its Melissa McCarthy and Billy Gardell starrer", "Mike O’Brien, the show’s creator,".
static MAKER_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::rx(r"^(?:[-–—](?:produced|co-produced|executive-produced|created|co-created|fronted|helmed|penned|written|directed|starring|headlined|hosted|narrated|backed)\s+(?:[a-z][\w-]*\s+){0,3}?(?:series|show|comedy|drama|sitcom|thriller|miniseries|docuseries|procedural|dramedy|adaptation|reboot|revival|spinoff|spin-off)(?-u:\b)|[-–—][A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}\s+(?:comedy|drama|sitcom|series|show|starrer|vehicle)(?-u:\b)|\s+and\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}\s+(?:starrer|vehicle)(?-u:\b)|,\s+(?:the\s+)?(?:show|series|drama|comedy|sitcom|programme|program)[’']s\s+(?:co-?creator|creator|showrunner|star|lead|producer|executive\s+producer|writer|director|host)(?-u:\b))").unwrap()
});

/// Whether a name stands somewhere in the article for a person who makes the show, not
/// for the show: see `MAKER_AFTER`. A given name's possessive before a described series
/// is its maker's too: "cancelled Misha Green’s popular horror series".
fn maker_in_place(text: &str, t: &str) -> bool {
    text.match_indices(t).any(|(at, _)| {
        let after = &text[at + t.len()..];
        MAKER_AFTER.is_match(after)
            || mentions::looks_like_named_person(t) && MAKERS_SERIES.is_match(after)
    })
}

/// "’s popular horror series" with no title after it: the series is unnamed.
static MAKERS_SERIES: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::rx(r"^[’']s?\s+(?:[a-z][\w-]*\s+){0,3}?(?:series|show|drama|comedy|sitcom|thriller|miniseries|docuseries)(?-u:\b)(?:\s*[,.;:!?)]|\s+[a-z]|$)").unwrap()
});

static PERSON_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::rx(r"^(?:,?\s+(?:is|was)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:actor|actress|star|comedian|writer|director|producer|host|singer|rapper|model|performer)(?-u:\b)|[^.;!?]{0,60}?,\s+(?:the|her|his)\s+(?:[\w-]+\s+)?(?:actor|actress|star|comedian|singer|rapper|host|co-?star)\s+(?:said|says|confirmed|announced|revealed|wrote|told|added)(?-u:\b)|,?\s+(?:is\s+|was\s+)?(?:best\s+|perhaps\s+best\s+|also\s+)?known\s+(?:for|as)(?-u:\b)|\s+has\s+(?:also\s+)?(?:starred|appeared|been\s+seen)(?-u:\b)|\s+as\s+(?:the\s+)?[A-Z]|\s+\((?:who\s+)?(?:plays|played|as)\s|,?\s+(?:reprising|reprises|who\s+plays|who\s+played|stars|starred|starring\s+(?:in|as|alongside|opposite)|alongside)(?-u:\b)|[’']s\s+(?:character|role|portrayal|performance)|,\s+who\s+(?:created|co-created|crafted|wrote|developed|produced|directed|conceived|adapted|runs|ran)(?-u:\b)|,?\s+(?:who\s+)?(?:plays|play|played|portrays|said|says|told|tells|stars\s+as|starred|added|explained|revealed|announced|confirmed|tweeted|wrote|posted)(?-u:\b))").unwrap()
});

/// The sentence with the titles it names blanked out, byte for byte, so that a network
/// inside a title ("Night Sky", "The Fox Hunt") is not taken for the show's network.
fn mask_titles(sent: &str, base: usize, here: &[&Mention]) -> String {
    let mut out = sent.to_string();
    for m in here {
        let (Some(a), Some(b)) = (m.span.start.checked_sub(base), m.span.end.checked_sub(base))
        else {
            continue;
        };
        if b <= sent.len() && sent.is_char_boundary(a) && sent.is_char_boundary(b) {
            out.replace_range(a..b, &" ".repeat(b - a));
        }
    }
    out
}

/// Whether the article writes `t` as a person: a surname after a first name elsewhere
/// ("Lena Dunham" for "Dunham"), or a full name followed by what people do ("said",
/// "plays", "'s character").
fn names_a_person(text: &str, t: &str) -> bool {
    if !t.contains(' ') {
        let needle = format!(" {t}");
        return text.match_indices(&needle).any(|(i, _)| {
            let before = text[..i].trim_end();
            let first = before
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("");
            first.chars().next().is_some_and(char::is_uppercase)
                && first.chars().all(|c| c.is_alphabetic() || c == '-')
                && first.chars().skip(1).any(char::is_lowercase)
                && !lexicon::TITLE_STOPS.contains(&first)
                && !lexicon::SENTENCE_OPENERS.contains(&first)
                && !mentions::is_network(first)
                && first.len() >= 2
                // "1. Cancelling Intelligence is absolute nonsense!": a verb opening the
                // sentence, not a given name.
                && !(first.len() > 5
                    && (first.ends_with("ing") || first.ends_with("ed"))
                    && before[..before.len() - first.len()]
                        .trim_end()
                        .chars()
                        .next_back()
                        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '\n' | '•' | '-' | '*' | '“' | '"')))
                && text[i + needle.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        });
    }
    if mentions::looks_like_person(t)
        && text.match_indices(t).any(|(i, _)| {
            PERSON_AFTER.is_match(&text[i + t.len()..])
                // "from Night Desk to The Golden Hour": a range's end, not a credit.
                || PERSON_BEFORE.is_match(&text[..i])
                    && !(text[..i].trim_end().ends_with("from")
                        && text[i + t.len()..].trim_start_matches(['"', '”', '’']).starts_with(" to "))
                || CAST_LIST_BEFORE.is_match(&text[..i])
        })
    {
        return true;
    }
    // "Sarah Paulson ... Paulson said": a given name whose surname the article also uses alone.
    if mentions::looks_like_named_person(t) {
        let surname = t.rsplit(' ').next().unwrap_or(t);
        let first = t.split(' ').next().unwrap_or(t);
        let alone = text.match_indices(surname).any(|(i, _)| {
            let before = text[..i].trim_end();
            !before.ends_with(first)
                && text[i + surname.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
                && text[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        });
        // "Sarah Paulson and Evan Peters are back": coordinated with another person's name.
        let coordinated = text.match_indices(t).any(|(i, _)| {
            let before = text[..i].trim_end();
            let before = before
                .strip_suffix(" and")
                .or_else(|| before.strip_suffix(','))
                .or_else(|| before.strip_suffix(" &"));
            before.is_some_and(|b| {
                let ws: Vec<&str> = b.split_whitespace().rev().take(2).collect();
                ws.len() == 2 && mentions::looks_like_named_person(&format!("{} {}", ws[1], ws[0]))
            }) || text[i + t.len()..].starts_with(" and ") && {
                let ws: Vec<&str> = text[i + t.len() + 5..].split_whitespace().take(2).collect();
                ws.len() == 2
                    && mentions::looks_like_named_person(
                        &ws.join(" ").trim_end_matches([',', '.']).to_string(),
                    )
            }
        });
        return alone || coordinated;
    }
    false
}

static SEASON_NUMBER_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::rx(r"^['’]?\s+(?:[Ss]eason|[Ss]eries)\s+(?:[1-9]|1\d|one|two|three|four|five|six|seven|eight|nine|ten)(?-u:\b)").unwrap()
});

static PERSON_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:from|by|star|stars|starring|actor|actress|actors|regulars?|creators?|showrunners?|producers?|writers?|directors?|hosts?|alums?|alumnae?|co-?stars?|comedian|newcomer|veteran|executive)\s+(?:(?:and|&|the|of|including|like|named|turned|fellow|former|producer|producers|director|writer|creator|star|actor|actress|co-creator|showrunner|host|comedian)\s+)?$").unwrap()
});

/// "actors Mariska Hargitay and Christopher Meloni": a later name in a cast's list.
static CAST_LIST_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::rx(r"(?-u:\b)(?i:stars?|starring|actors?|actress(?:es)?|co-?stars?|cast\s+members?|regulars?)\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:(?:,\s*|,?\s*and\s+|\s*&\s+)(?:[A-Z][\w'’.-]*\s+){1,3})*?(?:,\s*|,?\s*and\s+|\s*&\s+)$").unwrap()
});

/// Whole-word occurrences of `t` in `text`.
fn count_words(text: &str, t: &str) -> usize {
    text.match_indices(t)
        .filter(|(i, _)| whole_word(text, *i, i + t.len()))
        .count()
}

/// Whether `outer` contains `inner` as whole words ("Star Trek: Discovery" holds "Star Trek").
fn contains_words(outer: &str, inner: &str) -> bool {
    count_words(outer, inner) > 0
}

/// "police drama Ridley", "thriller Bancroft": the text calls the name a show, so it is
/// one even where a character shares it ("Alex Ridley", "Elizabeth Bancroft").
fn called_a_show(text: &str, t: &str) -> bool {
    text.match_indices(t).any(|(i, _)| {
        // "Poldark series 2 begins filming": a numbered season of it.
        if SEASON_NUMBER_AFTER.is_match(&text[i + t.len()..]) {
            return true;
        }
        // "BBC One's period drama, Poldark": the appositive's comma.
        let prev = text[..i]
            .trim_end()
            .trim_end_matches([',', ':'])
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        matches!(
            prev.as_str(),
            "drama"
                | "series"
                | "show"
                | "comedy"
                | "thriller"
                | "sitcom"
                | "procedural"
                | "miniseries"
                | "docuseries"
                | "dramedy"
        )
    })
}

/// Whether a one-word name is the surname of a person the article names in full
/// ("Ben-Adir, a new addition to the series" after "Kingsley Ben-Adir as Karim").
fn surname_of_named(text: &str, t: &str) -> bool {
    if t.contains(' ') || t.len() < 3 {
        return false;
    }
    if called_a_show(text, t) {
        return false;
    }
    text.match_indices(t).any(|(i, _)| {
        let after_ok = text[i + t.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        let before = &text[..i];
        let Some(prev) = before.strip_suffix(' ') else {
            return false;
        };
        let first = prev
            .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
            .next()
            .unwrap_or("");
        let full = format!("{first} {t}");
        after_ok
            && !first.is_empty()
            && (mentions::is_first_name(first) || text.contains(&format!("{full} as ")))
            && mentions::looks_like_person(&full)
    })
}

/// Whether the article writes the last word of a two-word name on its own, as it
/// does a person's surname ("Quinta Brunson ... Brunson said").
fn surname_alone(text: &str, t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() != 2 || !mentions::looks_like_person(t) {
        return false;
    }
    let last = words[1];
    text.match_indices(last).any(|(i, _)| {
        let before_ok = text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = text[i + last.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() || c == '’' || c == '\'');
        before_ok && after_ok && !text[..i].trim_end().ends_with(words[0])
    })
}

/// Resolves each claim's title to the name the article uses for that show:
/// - "HIMYM" is the initials of "How I Met Your Mother" named elsewhere;
/// - "The Goof Place" (once) is "The Good Place" (more often), by close spelling;
/// - "Maggie Q’s Bosch" is "Bosch";
/// - "Seed and Backpackers" is two shows when the article names each on its own.
/// "Stranger Things 4": a title with a season's number after it, when the article also
/// names the show without one, is that show's season.
fn season_suffixed(text: &str, mut claims: Vec<StatusClaim>) -> Vec<StatusClaim> {
    for c in &mut claims {
        let Some((base, n)) = c.show.rsplit_once(' ') else {
            continue;
        };
        let Ok(n) = n.parse::<u16>() else {
            continue;
        };
        if !(2..=20).contains(&n) || base.split_whitespace().count() < 2 {
            continue;
        }
        let bare = count_words(text, base) > count_words(text, &c.show);
        if bare {
            c.show = base.to_string();
            c.season.get_or_insert(n);
        }
    }
    claims
}

fn canonical_titles<'a>(
    text: &str,
    claims: Vec<StatusClaim>,
    cands: impl Iterator<Item = &'a str>,
) -> Vec<StatusClaim> {
    let mut names: Vec<String> = cands
        .map(str::to_string)
        .chain(claims.iter().map(|c| c.show.clone()))
        .collect();
    names.sort();
    names.dedup();
    // Whole-word occurrences: "Abbott Elementar" (a cut-off copy) is not inside "Abbott Elementary".
    let count = |t: &str| count_words(text, t);
    let lower = std::cell::OnceCell::new();
    let initials = |t: &str| -> String {
        t.split_whitespace()
            .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
            .flat_map(char::to_uppercase)
            .collect()
    };
    let canonical = |t: &str| -> Vec<String> {
        let words: Vec<&str> = t.split_whitespace().collect();
        // "#TheOrville has been picked up": a hashtag is the title run together.
        if words.len() == 1 && t.chars().any(char::is_uppercase) {
            if let Some(full) = names.iter().find(|n| {
                n.contains(' ')
                    && n.chars().filter(|c| !c.is_whitespace()).eq(t.chars())
            }) {
                return vec![full.clone()];
            }
        }
        // Acronyms.
        if words.len() == 1
            && (2..=6).contains(&t.len())
            && t.chars().all(|c| c.is_ascii_uppercase())
        {
            if let Some(full) = names
                .iter()
                .find(|n| n.split_whitespace().count() == t.len() && initials(n) == t)
            {
                return vec![full.clone()];
            }
        }
        // A person's possessive in front of a title.
        if let Some(p) = words
            .iter()
            .position(|w| w.ends_with("’s") || w.ends_with("'s"))
        {
            if p >= 1 && p + 1 < words.len() {
                let owner = words[..=p].join(" ");
                let owner = owner.trim_end_matches("’s").trim_end_matches("'s");
                let rest = words[p + 1..].join(" ");
                // Tim Allen's "Last Man Standing: the title keeps no stray quote mark.
                let rest = rest
                    .trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’'))
                    .to_string();
                if mentions::looks_like_person(owner) && mentions::plausible_title(&rest) {
                    return vec![rest];
                }
            }
        }
        // "ITV Axes Detective Drama Thornbury": a headline's descriptor before a title
        // the article also names on its own.
        if let Some(p) = words.iter().take(3.min(words.len().saturating_sub(1))).rposition(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "drama" | "comedy" | "thriller" | "sitcom" | "series" | "show" | "procedural"
                    | "docuseries" | "miniseries" | "anthology" | "soap" | "dramedy" | "mystery"
                    | "western" | "spinoff" | "spin-off" | "reboot" | "prequel"
                    // "Hulu Cancels Fan-Favorite Reboot": a headline's praise.
                    | "fan-favorite" | "fan-favourite" | "beloved" | "acclaimed" | "hit"
                    | "critically-acclaimed" | "award-winning" | "emmy-winning" | "bafta-winning"
                    | "long-running" | "cult" | "freshman" | "sophomore"
            )
        }) {
            if p + 1 < words.len() {
                let rest = words[p + 1..].join(" ");
                if mentions::plausible_title(&rest) && count(&rest) > count(t) {
                    return vec![rest];
                }
            }
        }
        // "recommissioned for a second series, Bancroft II": the show is the title the
        // numbered one continues.
        if let Some((base, n)) = t.rsplit_once(' ') {
            if matches!(n, "II" | "III" | "IV" | "2" | "3" | "4")
                && names.iter().any(|x| x == base)
                && count(base) > count(t)
            {
                return vec![base.to_string()];
            }
        }
        // Coordinated titles the article also names one by one.
        if let Some((a, b)) = t.split_once(" and ") {
            let (a, b) = (a.trim(), b.trim());
            // In any case: "Flesh And Blood" in a byline is the same title.
            let lower = lower.get_or_init(|| text.to_lowercase());
            let count = |t: &str| count_words(lower, &t.to_lowercase());
            // "Shadow & Bone Season 3 Cast" beside "Shadow and Bone": the whole, written
            // with an ampersand, is no mention of its halves.
            let n = count(t) + count(&t.replacen(" and ", " & ", 1));
            // "Brooklyn Nine-Nine and Lucifer both found new homes": two shows.
            let both = || {
                [" both ", " were both ", " are both ", " have both ", " had both "]
                    .iter()
                    .any(|w| text.contains(&format!("{t}{w}")))
            };
            // "Brooklyn Nine-Nine and The Expanse found homes": in prose a capitalised
            // article after "and" opens a second title, unless the whole is quoted.
            let fresh_the = || {
                b.starts_with("The ")
                    && !t.contains(" And ")
                    && !["“", "\"", "‘", "'"].iter().any(|q| text.contains(&format!("{q}{t}")))
            };
            if a != b
                && mentions::plausible_title(a)
                && mentions::plausible_title(b)
                && (both() || fresh_the() || count(a) > n && count(b) > n)
            {
                return vec![a.to_string(), b.to_string()];
            }
        }
        // "Grey's has already been renewed": the possessive short form of a title the
        // article names in full ("Grey's Anatomy").
        if !t.contains(' ') {
            let fulls: Vec<&String> = names
                .iter()
                .filter(|n| {
                    [format!("{t}'s "), format!("{t}’s ")]
                        .iter()
                        .any(|p| n.starts_with(p.as_str()))
                })
                .collect();
            let short_used = ["'s ", "’s "].iter().any(|q| {
                text.match_indices(&format!("{t}{q}")).any(|(at, m)| {
                    whole_word(text, at, at + t.len())
                        && text[at + m.len()..].starts_with(|c: char| c.is_lowercase())
                })
            });
            if fulls.len() == 1 && short_used {
                return vec![fulls[0].clone()];
            }
        }
        // "Shield Hero Renewed for 2 More Seasons" under "The Rising of the Shield Hero
        // Seasons 2 & 3 Announced": a clipped form, the tail of the one longer title the
        // article names.
        // "back to Kingstown" beside "Mayor of Kingstown": one word may clip a title whose
        // "of" it follows.
        let of_tail = words.len() == 1 && t.len() >= 5 && t.starts_with(char::is_uppercase);
        if words.len() >= 2 || of_tail {
            let tail = format!(" {t}");
            let longer: Vec<&String> = names
                .iter()
                .filter(|n| {
                    n.ends_with(&tail)
                        && n.split_whitespace().count() >= words.len() + 2
                        // "Larkspur and Cinder Bay": a pair, not a longer title.
                        && !n[..n.len() - tail.len()].contains([',', '&', ';'])
                        && !n[..n.len() - tail.len()].split_whitespace().any(|w| w == "and")
                        && (!of_tail || n.ends_with(&format!(" of {t}")))
                })
                .collect();
            if longer.len() == 1 && count(longer[0]) >= 1 {
                return vec![longer[0].clone()];
            }
        }
        // "the Sarah Connor cancellation" beside "Terminator: The Sarah Connor
        // Chronicles": a clipped form from inside the one longer title's subtitle.
        if words.len() >= 2 {
            let inner: Vec<&String> = names
                .iter()
                .filter(|n| {
                    n.len() > t.len()
                        && n.split_once(": ").is_some_and(|(_, sub)| {
                            sub.match_indices(t).any(|(at, _)| whole_word(sub, at, at + t.len()))
                        })
                })
                .collect();
            if inner.len() == 1 && count(inner[0]) >= 1 {
                return vec![inner[0].clone()];
            }
        }
        // Misspellings: a title named once, close to one named more often.
        if t.len() >= 6 && count(t) <= 1 {
            let k = title_key(t);
            if let Some(best) = names
                .iter()
                .filter(|n| n.as_str() != t && count(n) > count(t).max(1))
                .filter(|n| {
                    let nk = title_key(n);
                    nk != k
                        && strsim::osa_distance(&nk, &k) <= if k.len() >= 10 { 2 } else { 1 }
                        && nk.split(' ').count() == k.split(' ').count()
                })
                .max_by_key(|n| count(n))
            {
                return vec![best.clone()];
            }
        }
        vec![t.to_string()]
    };
    let mut out: Vec<StatusClaim> = Vec::new();
    for c in claims {
        for t in canonical(&c.show) {
            let mut c2 = c.clone();
            c2.show = t;
            if !out.iter().any(|o| {
                o.show == c2.show && o.evidence.text == c2.evidence.text && o.status == c2.status
            }) {
                out.push(c2);
            }
        }
    }
    out
}

/// A candidate cut short: "About Love" (from a headline's question) where every time the
/// article names it, the same capitalised words stand before it ("Everything I Know About
/// Love"). The longer run is the title.
fn extend_leftward(text: &str, cands: &mut HashMap<String, Cue>) {
    let mut renames: Vec<(String, String)> = Vec::new();
    for (t, cue) in cands.iter() {
        if matches!(cue, Cue::Quoted | Cue::Known) {
            continue;
        }
        // The capitalised words before each naming, nearest first; their common run.
        let mut common: Option<Vec<&str>> = None;
        let mut n = 0;
        for (at, _) in text.match_indices(t.as_str()) {
            if !whole_word(text, at, at + t.len()) {
                continue;
            }
            n += 1;
            let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
            let mut words: Vec<&str> = Vec::new();
            for w in text[line_start..at].split(' ').rev().skip(1) {
                let clean = w.trim_matches(|c: char| !c.is_alphanumeric());
                if w.is_empty()
                    || w != clean
                    || words.len() >= 4
                    || !(mentions::is_cap_word(w) || matches!(w, "of" | "the" | "and" | "a"))
                    || mentions::is_network(w)
                {
                    break;
                }
                words.push(w);
            }
            common = Some(match common {
                None => words,
                Some(c) => c
                    .iter()
                    .zip(&words)
                    .take_while(|(a, b)| a == b)
                    .map(|(a, _)| *a)
                    .collect(),
            });
        }
        let Some(mut words) = common.filter(|_| n >= 2) else {
            continue;
        };
        while words.last().is_some_and(|w| !mentions::is_cap_word(w)) {
            words.pop();
        }
        if !words.is_empty() {
            words.reverse();
            let long = format!("{} {t}", words.join(" "));
            if mentions::plausible_title(&long) {
                renames.push((t.clone(), long));
            }
        }
    }
    for (short, long) in renames {
        if let Some(c) = cands.remove(&short) {
            let e = cands.entry(long).or_insert(c);
            if c > *e {
                *e = c;
            }
        }
    }
}

/// Runs of two or more capitalised words set wholly in capitals inside a sentence that is
/// otherwise in mixed case ("... of PUSHING DAISIES, DIRTY SEXY MONEY and ELI STONE have
/// been ..."). Networks, acronyms and shouted sentences are not titles.
fn caps_titles(sent: &str) -> Vec<String> {
    // Most sentences hold no word in capitals at all.
    let b = sent.as_bytes();
    if !b
        .windows(3)
        .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase() && w[2] == b' ')
    {
        return Vec::new();
    }
    let words: Vec<&str> = sent.split_whitespace().collect();
    let is_caps = |w: &str| {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        core.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !core.chars().any(char::is_lowercase)
            && core.chars().any(char::is_uppercase)
    };
    let caps = words.iter().filter(|w| is_caps(w)).count();
    // A shouted line or a headline in capitals says nothing about titles.
    if caps * 3 > words.len() || words.len() < 6 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        if !is_caps(words[k]) {
            k += 1;
            continue;
        }
        let start = k;
        let mut end = k;
        while end < words.len() && is_caps(words[end]) {
            // Punctuation after a word ends the run ("DAISIES, DIRTY").
            let w = words[end];
            end += 1;
            if w.ends_with([',', ';', '.', ':', '!', '?', ')']) {
                break;
            }
        }
        k = end;
        if end - start < 2 {
            continue;
        }
        // "LOS ANGELES (AP) —": a dateline.
        if start == 0
            && words
                .get(end)
                .is_some_and(|w| w.starts_with('(') || matches!(*w, "—" | "–" | "-"))
        {
            continue;
        }
        const NOISE: &[&str] = &[
            "SPOILER",
            "SPOILERS",
            "ALERT",
            "UPDATE",
            "EXCLUSIVE",
            "BREAKING",
            "NEWS",
            "WATCH",
            "READ",
            "MORE",
            "ADVERTISEMENT",
            "RELATED",
            "AP",
            "TV",
            "PHOTOS",
            "VIDEO",
        ];
        if words[start..end]
            .iter()
            .any(|w| NOISE.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
        {
            continue;
        }
        let t = words[start..end]
            .join(" ")
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '!' && c != '?')
            .to_string();
        if !mentions::is_network(&t)
            && !mentions::is_outlet(&t)
            && t.split(' ')
                .all(|w| !mentions::is_network(w.trim_matches(|c: char| !c.is_alphanumeric())))
        {
            out.push(t);
        }
    }
    out
}

/// "The L Word" beside "The L Word: Generation Q" twice: the subtitled title is a
/// candidate of its own, so the longer name wins where the article writes it.
fn extend_subtitles(text: &str, cands: &mut HashMap<String, Cue>) {
    let mut found: Vec<(String, Cue)> = Vec::new();
    for (t, cue) in cands.iter() {
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (at, _) in text.match_indices(t.as_str()) {
            let rest = &text[at + t.len()..];
            let Some(rest) = rest.strip_prefix(": ") else {
                continue;
            };
            let words: Vec<&str> = rest
                .split(' ')
                .take(4)
                .take_while(|w| mentions::is_cap_word(w) || matches!(*w, "of" | "the"))
                .collect();
            let mut n = words.len();
            // A subtitle ends at its last capitalised word, before any punctuation.
            if let Some(p) = words
                .iter()
                .position(|w| w.ends_with([',', '.', ';', '!', '?', ')', '”', '"']))
            {
                n = n.min(p + 1);
            }
            while n > 0 && !mentions::is_cap_word(words[n - 1]) {
                n -= 1;
            }
            if n == 0 {
                continue;
            }
            let sub = words[..n]
                .join(" ")
                .trim_end_matches([',', '.', ';', '!', '?', ')', '”', '"'])
                .to_string();
            *seen.entry(sub).or_default() += 1;
        }
        // The most frequent subtitle; a tie goes to the first in order, not to the hash.
        if let Some((sub, _)) = seen
            .into_iter()
            .filter(|(_, k)| *k >= 2)
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        {
            let long = format!("{t}: {sub}");
            if mentions::plausible_title(&long) {
                found.push((long, *cue));
            }
        }
    }
    for (long, cue) in found {
        cands.entry(long).or_insert(cue);
    }
}

/// The titles of a line's comma list: "Frequency, No Tomorrow and The Vampire Diaries".
fn comma_list_split(rest: &str) -> Vec<&str> {
    let items: Vec<&str> = rest.trim().trim_end_matches('.').split(", ").collect();
    let n = items.len();
    items
        .into_iter()
        .enumerate()
        .flat_map(|(k, x)| match x.strip_prefix("and ") {
            Some(y) => vec![y],
            // Only the last item holds the list's "and" ("A, B and C"); "Beauty
            // and the Geek" and "Salt and Pepper Diner" earlier on are one title.
            None => match x.split_once(" and ") {
                Some((a, b)) if k + 1 == n && b.starts_with(char::is_uppercase) => {
                    vec![a, b]
                }
                _ => vec![x],
            },
        })
        .map(str::trim)
        .collect()
}

/// A run read as one title that is two: "Harbor Lights and Iron Valley". Each half has
/// two or more capitalised words and reads as a title; "Kath and Kim", "Law & Order" and
/// "Sex and the City" stay whole.
fn split_title_pair(t: &str) -> Vec<String> {
    if let Some((a, b)) = t.split_once(" and ") {
        let multi = |x: &str| {
            let ws: Vec<&str> = x.split_whitespace().collect();
            ws.len() >= 2 && ws.iter().all(|w| mentions::is_cap_word(w) || lexicon::TITLE_CONNECTORS.contains(w))
                && ws.first().is_some_and(|w| mentions::is_cap_word(w))
        };
        if multi(a) && multi(b) && mentions::plausible_title(a) && mentions::plausible_title(b) && !b.contains(" and ") {
            return vec![a.to_string(), b.to_string()];
        }
    }
    vec![t.to_string()]
}

/// "Trial by Kyle and Hughesy, We Have a Problem, Gogglebox and Ambulance Australia": two
/// titles read apart, joined by a bare "and" right before a comma, while the list's own
/// "and" is still to come, are one title ("Kath and Kim").
fn join_and_pairs(sent: &str, shows: Vec<String>) -> Vec<String> {
    // The pair "a and b" (or "a & b") as the sentence writes it, when it is one title.
    let joined = |a: &str, b: &str| -> Option<String> {
        [" and ", " & "].iter().find_map(|conj| {
            let pair = format!("{a}{conj}{b}");
            let at = sent.find(&format!("{pair}, "))?;
            // The next item follows the comma, and another comma comes before the list's
            // "and": "Kath and Kim, Knight Rider, Kings and Life". Not "A and B, along
            // with C" nor "A and B, and C and D" (two pairs).
            let after = &sent[at + pair.len() + 2..];
            let after = &after[..after.find(['.', ';', '\n']).unwrap_or(after.len())];
            let conj = [" and ", " or "].iter().filter_map(|c| after.find(c)).min();
            (after.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && conj.is_some_and(|j| after[..j].contains(", "))
                && mentions::plausible_title(&pair)
                && pair.split_whitespace().count() <= 7)
                .then_some(pair)
        })
    };
    // "Are You There, Chelsea?": a title asking a question of a name, cut at its comma.
    let asked = |a: &str, b: &str| -> Option<String> {
        let mut w = a.split_whitespace();
        let question = matches!(w.next(), Some("Are" | "Is" | "Do" | "Does" | "Did" | "Can" | "Will" | "Have" | "Has" | "Where" | "Who" | "What"))
            && w.next().is_some_and(|p| matches!(p, "You" | "We" | "They" | "It" | "There" | "He" | "She" | "I" | "Art" | "Thou"));
        let whole = format!("{a}, {b}?");
        (question && !b.contains(' ') && sent.contains(&whole)).then_some(whole)
    };
    let mut out: Vec<String> = Vec::with_capacity(shows.len());
    let mut k = 0;
    while k < shows.len() {
        if let Some(pair) = shows.get(k + 1).and_then(|b| joined(&shows[k], b).or_else(|| asked(&shows[k], b))) {
            out.push(pair);
            k += 2;
        } else {
            out.push(shows[k].clone());
            k += 1;
        }
    }
    out
}

/// The titles of a comma list ("A, B and C"), dropping items that are not titles.
fn comma_list_titles(rest: &str) -> Vec<String> {
    comma_list_split(rest)
        .into_iter()
        // "Axed: Harbor Vane (CBS), Copper Bay (NBC)": each item's network note is no
        // part of its title.
        .map(|x| {
            x.strip_suffix(')')
                .and_then(|b| b.rsplit_once(" ("))
                .filter(|(_, n)| mentions::is_network(n.trim()))
                .map_or(x, |(h, _)| h.trim_end())
                .to_string()
        })
        .filter(|x| mentions::plausible_title(x) && !mentions::is_network(x))
        // "FOX: Will you really miss "The Swan"? Meanwhile, ...": a sentence after the
        // network's colon, not its list. A title capitalises its longer words.
        .filter(|x| {
            x.split_whitespace()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
                .all(|w| mentions::is_cap_word(w) || lexicon::TITLE_CONNECTORS.contains(&w))
        })
        .collect()
}

/// "Retained: One On One, All Of Us, Girlfriends": a scorecard line that labels its own
/// comma list with a fate.
static LABEL_LINE: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\s*(?:[-*•·▪]\s*|[^\w\s]{1,4}\s*)?(?P<label>[A-Z][A-Za-z'’ /&-]{2,30}?)(?::|\s+(?:—|–|--?))\s+(?P<list>[^\n]+?)\s*$").unwrap()
});

/// The title of a line that is a title and its channel: "Copper Bay, Netflix", "Maple
/// Court – Netflix".
fn title_network_line(line: &str) -> Option<String> {
    if line.split_whitespace().count() > 10 || line.ends_with(['.', '!', '?', ':']) {
        return None;
    }
    let (head, net) = [", ", " – ", " — ", " - ", " | "]
        .iter()
        .filter_map(|sep| line.rsplit_once(sep))
        .find(|(_, n)| mentions::is_network(n.trim()))?;
    let head = head.trim().trim_matches(['"', '“', '”', '*']);
    (mentions::list_title_ok(head) && !mentions::is_network(head) && !net.trim().is_empty()).then(|| head.to_string())
}

/// The cells of a table row whose cells are marked with "|": "Harbor Lights | NBC |
/// Renewed", "| Show | Network | Status |". None for a line that is no such row.
fn table_cells(line: &str) -> Option<Vec<&str>> {
    if line.len() > 300 {
        return None;
    }
    // "Harbor Lights\tNBC\tRenewed": a table copied with its tabs.
    if line.contains('\t') {
        let cells: Vec<&str> = line.split('\t').map(str::trim).filter(|c| !c.is_empty()).collect();
        return (2..=8).contains(&cells.len()).then_some(cells);
    }
    if !line.contains(" | ") {
        return None;
    }
    let inner = line.trim_matches(|c: char| c == '|' || c.is_whitespace());
    let cells: Vec<&str> = inner.split(" | ").map(str::trim).collect();
    (2..=8).contains(&cells.len()).then_some(cells)
}

/// The columns a table's header names: "Show | Network | Status".
struct TableHeader {
    title: Option<usize>,
    status: Option<usize>,
    network: Option<usize>,
    season: Option<usize>,
}

impl TableHeader {
    fn read(cells: &[&str]) -> Option<TableHeader> {
        let find = |names: &[&str]| {
            cells
                .iter()
                .position(|c| names.iter().any(|n| c.eq_ignore_ascii_case(n)))
        };
        let h = TableHeader {
            title: find(&["show", "series", "title", "program", "programme", "tv show", "tv series", "name"]),
            status: find(&["status", "fate", "verdict", "renewal status", "decision", "outcome", "renewed?", "prediction"]),
            network: find(&["network", "channel", "streamer", "platform", "broadcaster", "service"]),
            season: find(&["season", "seasons", "series number"]),
        };
        (h.title.is_some() && h.status.is_some()).then_some(h)
    }
}

struct TableRow {
    title: String,
    status: greenlight_core::Status,
    network: Option<String>,
    season: Option<u16>,
}

/// A scorecard row's title, status, network and season: by the header's columns when it
/// has one; else the status is a short cell that names a fate, the title the first cell
/// shaped like one.
fn table_row(cells: &[&str], header: Option<&TableHeader>) -> Option<TableRow> {
    let cell_status = |c: &str| {
        (c.split_whitespace().count() <= 8 && c.starts_with(|ch: char| ch.is_uppercase()))
            .then(|| heading_status(c))
            .flatten()
    };
    let status_at = match header.and_then(|h| h.status) {
        Some(k) => k,
        None => cells.iter().rposition(|c| cell_status(c).is_some())?,
    };
    let status = cell_status(cells.get(status_at)?)?;
    let title_ok = |c: &str| {
        (mentions::plausible_title(c) || mentions::list_title_ok(c))
            && !mentions::is_network(c)
            && heading_status(c).is_none()
    };
    let title_at = match header.and_then(|h| h.title) {
        Some(k) => k,
        None => cells.iter().position(|c| title_ok(c))?,
    };
    if title_at == status_at {
        return None;
    }
    let title = strip_gloss(cells.get(title_at)?.trim_matches(['"', '“', '”', '*']));
    if !title_ok(title) {
        return None;
    }
    let network = match header.and_then(|h| h.network) {
        Some(k) => cells.get(k).filter(|c| mentions::is_network(c)).copied(),
        None => cells
            .iter()
            .enumerate()
            .find(|(k, c)| *k != title_at && mentions::is_network(c))
            .map(|(_, c)| *c),
    }
    .map(claims::canonical_network);
    let season = header
        .and_then(|h| h.season)
        .and_then(|k| cells.get(k))
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|n| (1..=60).contains(n))
        .or_else(|| {
            let st = cells[status_at];
            season_for(st, &(0..st.len()), status)
        });
    Some(TableRow { title: title.to_string(), status, network, season })
}

/// A table row whose status cell is glued to the title cell (see its use).
static GLUED_ROW: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^\s*(?P<title>[^\n]{1,70}?[a-z0-9!?)'’])(?P<cell>(?:Renewed|Renewal|Cancell?ed|Cancellation|(?:Certain|Likely|Probable|Possible)\s+(?:Renewal|Cancellation)|Effectively\s+Cancell?ed|Final\s+Season|Ending|Undecided|Pending|On\s+the\s+Bubble|Revived)(?-u:\b)[^\n]{0,60})$").unwrap()
});

static PLURAL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:were|have\s+been|are|both|each|all\s+been|respective(?:ly)?|seasons)(?-u:\b)|(?-u:\b)(?:dramas|comedies|shows|sitcoms|half-hours|procedurals)\s*[,:]").unwrap()
});

/// How a writer's note between a list's intro and its lines opens.
const NOTE_OPENERS: &[&str] = &["NB:", "N.B.", "Note:", "Editor's note", "Editor’s note"];

/// A writer's note between a list's intro and its lines: "NB: ...", or a legend for the
/// marks on the lines ("* denotes final episode yet to air", "† = cancelled").
fn list_note(t: &str) -> bool {
    NOTE_OPENERS.iter().any(|p| t.starts_with(p))
        || t.strip_prefix(['*', '†', '‡', '^', '#']).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.starts_with('=')
                || rest.starts_with(|c: char| c.is_lowercase())
                || ["Denotes", "Indicates", "Means", "Marks"].iter().any(|w| rest.starts_with(w))
        })
}

/// Scorecard section headings ("RENEWED", "Still waiting:") and the paragraphs under them.
/// Also, for each paragraph under one, the paragraph of its heading or intro.
fn section_statuses(
    doc: &Document<'_>,
) -> (BTreeMap<usize, greenlight_core::Status>, BTreeSet<usize>, BTreeMap<usize, usize>) {
    let mut out = BTreeMap::new();
    let mut headings = BTreeSet::new();
    let mut heads = BTreeMap::new();
    let mut head_para = 0;
    let mut current = None;
    let mut intro_only = false;
    let mut paused = None;
    let mut weak = false;
    let mut line_list = false;
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        let t = doc.text[p.clone()].trim();
        let words = t.split_whitespace().count();
        let head = t.split('(').next().unwrap_or(t);
        let letters = head.chars().filter(|c| c.is_alphabetic()).count();
        // "Canceled Shows", "Renewed for a Final Season": a title-case subheading that
        // names a fate and what it is about.
        let title_case = pi > 0
            && words <= 7
            && !t.ends_with(['.', '!', '?', ','])
            && t.chars().next().is_some_and(char::is_uppercase)
            && t
                .split_whitespace()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
                .all(mentions::is_cap_word)
            && TITLE_CASE_HEADING.is_match(t);
        // "Shows likely to be cancelled" over a run of bare title lines: a sentence-case
        // subheading of a list.
        let short_line = |k: usize| {
            doc.paragraphs.get(k).is_some_and(|n| {
                let n = doc.text[n.clone()].trim();
                n.split_whitespace().count() <= 6 && !n.ends_with(['.', '!', '?', ':'])
            })
        };
        let line_run = short_line(pi + 1) && short_line(pi + 2);
        let sentence_heading = pi > 0
            && words <= 7
            && line_run
            && !t.ends_with(['.', '!', '?', ','])
            && t.chars().next().is_some_and(char::is_uppercase)
            && TITLE_CASE_HEADING.is_match(t);
        // "Harbor Lights: Renewed for Season 3" is a title's own line, not a heading over
        // the lines below it.
        let titled_fate = [": ", " - ", " – ", " — ", " = "].iter().any(|sep| {
            t.split_once(sep).is_some_and(|(head, fate)| {
                mentions::list_title_ok(head.trim())
                    && !mentions::never_title(head.trim())
                    && !lexicon::is_fate_label(head.trim())
                    && !mentions::is_network(head.trim())
                    && heading_status(fate).is_some()
            })
        });
        // "Harbor Lights (season 3)": a list item with its season, not a heading.
        let season_item = t
            .strip_suffix(')')
            .and_then(|b| b.rsplit_once(" ("))
            .is_some_and(|(head, note)| {
                // "Harbor Lane (NBC, Season 7; final season)": a network opening the note.
                let net_first = note
                    .split([',', ';'])
                    .next()
                    .is_some_and(|n| mentions::is_network(n.trim()));
                (season_note(note) || net_first) && mentions::list_title_ok(head.trim())
            })
            // "The Diplomat Season 3", "“Forever” season 2".
            || SEASON_TAG.find(t).is_some_and(|m| {
                m.start() > 0 && {
                    let head = strip_line_mark(t);
                    head.len() < m.start() + 1 && mentions::list_title_ok(head)
                }
            });
        // Under a list's intro, a line that names a title and no fate is the list's next
        // item, however it is cased or noted: "TRACKER – #1 series", "Matlock – Thursday
        // night's #1 entertainment program".
        // Under a fate heading too, "Night Desk (NBC, season 5)" is an item.
        let intro_item = current.is_some()
            && heading_status(t).is_none()
            && (intro_only && mentions::heading_title(t).is_some()
                || shouted_item_title(t).is_some() && (intro_only || LIST_BULLET.is_match(t))
                || t.ends_with(')') && t.contains(" (") && list_item_title(t).is_some());
        // "2023 renewals in detail": a short sentence-case line that names a fate is a
        // subheading, not a bare title in the list above it.
        // "2023 TV shows that will not be getting new seasons": a longer one names its
        // class of shows.
        let fate_line = current.is_some()
            && !titled_fate
            && (words <= 6
                || words <= 12
                    && t.split_whitespace().any(|w| matches!(w, "shows" | "series" | "dramas" | "comedies")))
            && !t.ends_with(['.', '!', '?', ',', ':'])
            && !t.contains(['(', ':', '–', '—'])
            && !LIST_BULLET.is_match(t)
            && t.split_whitespace().any(|w| {
                w.starts_with(char::is_lowercase) && !lexicon::TITLE_CONNECTORS.contains(&w)
            })
            && heading_status(t).is_some();
        // "Status: Cancelled after two seasons" is a show's own fact line, not a heading.
        let heading = fate_line
            || words <= 8
            && !titled_fate
            && !season_item
            && !intro_item
            && !STATUS_LINE.is_match(t)
            && !LIST_BULLET.is_match(t)
            && (letters >= 3
                && head
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(|c| c.is_uppercase())
                || t.ends_with(':')
                || title_case
                || sentence_heading
                // "Cancelled / ending", "Undecided": fate words alone on a line (the label
                // test splits on "/" and "&" itself).
                || pi > 0 && lexicon::is_fate_label(&t.replace(',', " ")) && heading_status(t).is_some());
        // "They join these other TV shows on the 2023 cancellation list:" heads the list
        // lines under it, and only those. So does "these TV series are still awaiting
        // word ..." when bare title lines follow it.
        // "NB: A handful will still air in 2014." between an intro and its list is a note.
        let note_next = doc.paragraphs.get(pi + 1).is_some_and(|n| list_note(doc.text[n.clone()].trim_start()));
        let next_short = doc.paragraphs.get(pi + 1 + usize::from(note_next)).is_some_and(|n| {
            let n = doc.text[n.clone()].trim();
            n.split_whitespace().count() <= 6 && !n.ends_with(['.', '!', '?'])
        });
        // A long paragraph that ends in "Here they are:" heads a list with its last
        // sentences ("In total, 16 series have been given the boot this year.").
        let tail = intro_tail(t);
        // "Netflix has renewed plenty of shows this year, in alphabetical order." over a
        // run of three or more bare title lines: the paragraph introduces the run.
        let bare_run = || {
            (pi + 1..pi + 4).all(|k| {
                doc.paragraphs
                    .get(k)
                    .is_some_and(|n| bare_title_line(doc.text[n.clone()].trim()))
            })
        };
        let last_sentence = t.rsplit(". ").next().unwrap_or(t);
        // "While many shows were canceled, here are the series that will be renewed": a
        // concessive clause names the fate the list does not have.
        let last_sentence = CONCESSIVE_LEAD.find(last_sentence).map_or(last_sentence, |m| &last_sentence[m.end()..]);
        let by_run = !heading
            && !intro_item
            && words <= 70
            && t.ends_with('.')
            && LIST_ANNOUNCE.is_match(last_sentence)
            && one_fate(last_sentence)
            && heading_status(last_sentence).is_some()
            && !THESE_SHOWS.is_match(t)
            && bare_run();
        let intro = !heading
            && !intro_item
            && (words <= 40 && t.ends_with(':')
                || by_run
                || words <= 70
                    && next_short
                    && THESE_SHOWS.is_match(t)
                    // "the following shows were picked up: A, B and C" lists its own.
                    && !t.trim_end_matches(':').contains(": ")
                || words > 40 && t.ends_with(':') && next_short && heading_status(tail).is_some());
        // A network's name over part of the list ("CBS", "NBC") keeps the list's status.
        if heading && current.is_some() && mentions::is_network(t) {
            continue;
        }
        if heading || intro {
            paused = None;
            // An intro's fate is the one its "these shows" clause names: "So whether by
            // their own hand or not, here are the shows that called it quits".
            let own = if heading {
                t
            } else {
                THESE_SHOWS.find(t).map_or(t, |m| &t[m.start()..])
            };
            head_para = pi;
            current = heading_status(if by_run {
                last_sentence
            } else if words > 40 {
                tail
            } else {
                own
            });
            intro_only = intro;
            // Under a title-case subheading only bullets and "NETWORK: A, B" lines are its
            // list; a bare title-case line is as likely the next subheading.
            // A run of bare lines under it is its list.
            // So is the next line under a later heading of the same run of lines.
            line_list |= line_run;
            weak = title_case
                && !line_list
                && !t.ends_with(':')
                && !t.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
            // A heading or a lead-in ending in a colon says nothing of its own; a
            // paragraph read as an intro only for "these shows" keeps its sentences'
            // own readings ("... cancelling I Feel Bad, the fates of ... most of these
            // shows won't come back.").
            // A long lead-in is prose too: its other clauses keep their own readings
            // ("In addition to a Season 5 renewal for Justified, the network announced a
            // trio of comedy pickups:").
            if current.is_some() && (heading || t.ends_with(':') && words <= 14) {
                headings.insert(pi);
            }
            continue;
        }
        // A note between an intro and its list says nothing of the list.
        if current.is_some() && intro_only && list_note(t) {
            continue;
        }
        let bare = bare_title_line(t) || run_title_line(doc, pi);
        if !bare && !is_list_item(t) && !intro_item {
            line_list = false;
        }
        let net_line = t.split_once(": ").is_some_and(|(n, _)| mentions::is_network(n.trim()));
        // "Here's the damage:" over "NBC: A, B, C" lines with remarks between them: the
        // remarks pause the list, and the next network's line resumes it.
        if current.is_none() && net_line && t.matches(", ").count() >= 2 {
            current = paused.take();
        }
        // A short fragment inside the list ("(4:30pm Perth),") neither pauses nor joins it.
        if intro_only
            && current.is_some()
            && words <= 4
            && !t.ends_with(['.', '!', '?'])
            && !is_list_item(t)
            && !bare
            && !intro_item
        {
            continue;
        }
        if intro_only && !is_list_item(t) && !bare && !net_line && !intro_item {
            paused = current.take();
        }
        if weak && !LIST_BULLET.is_match(t) && !net_line {
            continue;
        }
        if let Some(s) = current {
            out.insert(pi, s);
            heads.insert(pi, head_para);
        }
    }
    (out, headings, heads)
}

/// The one status a round-up's headline gives its plural shows: "Dozens of TV Shows
/// Canceled Across Networks", "Every Netflix Original Series Cancelled So Far In 2021".
/// A headline that asks, or names two fates, gives none.
fn roundup_status(doc: &Document<'_>) -> Option<greenlight_core::Status> {
    static ROUNDUP: LazyLock<regex::Regex> = LazyLock::new(|| {
        crate::rules::rx(r"(?i)(?-u:\b)(?:shows|series|dramas|comedies|sitcoms|programmes|programs)\s+(?:\w+\s+){0,2}?(?:cancell?ed|axed|renewed|ending|revived|saved|(?:returning|coming\s+back)\s+for\s+(?:a|another|season|their|its))(?-u:\b)|(?-u:\b)every\s+(?:[\w+'’-]+\s+){0,3}?(?:show|series|original|drama|comedy)\s+(?:\w+\s+){0,2}?(?:cancell?ed|axed|renewed)(?-u:\b)|(?-u:\b)(?:cancell?ed|axed|renewed)\s+(?:[\w-]+\s+){0,3}?(?:shows|series|dramas|comedies|sitcoms|programmes|programs)(?-u:\b)").unwrap()
    });
    static FATES: LazyLock<regex::Regex> = LazyLock::new(|| {
        crate::rules::rx(r"(?i)renew|cancel|axed|ending|reviv|saved|bubble|return").unwrap()
    });
    // "here are the British TV series that won't be back for another round": the intro's
    // own announcement of what the list below is.
    static HERE_ARE: LazyLock<regex::Regex> = LazyLock::new(|| {
        crate::rules::rx(r"(?i)(?-u:\b)here\s+(?:are|is)\s+(?:a\s+list\s+of\s+|a\s+rundown\s+of\s+)?(?:all\s+)?the\s+(?:[\w'’-]+\s+){0,4}?(?:series|shows|dramas|comedies|programmes)\s+(?:that|which)\s+(?P<rest>[^.!?]{3,80})").unwrap()
    });
    for p in doc.paragraphs.iter().take(6) {
        let para = &doc.text[p.clone()];
        if let Some(c) = HERE_ARE.captures(para) {
            let rest = c.name("rest").map_or("", |m| m.as_str()).to_lowercase();
            let st = if rest.contains("won't be back")
                || rest.contains("won’t be back")
                || rest.contains("won't return")
                || rest.contains("won’t return")
                || rest.contains("will not return")
                || rest.contains("have been cancel")
                || rest.contains("were cancel")
                || rest.contains("got the axe")
                || rest.contains("have been axed")
                || rest.contains("were axed")
            {
                Some(greenlight_core::Status::Cancelled)
            } else if rest.contains("have been renewed") || rest.contains("were renewed") || rest.contains("will be back") || rest.contains("are coming back") {
                Some(greenlight_core::Status::Renewed)
            } else {
                None
            };
            if st.is_some() {
                return st;
            }
        }
    }
    // The headline: the first short line that reads as one, past any chrome above it.
    let t = doc
        .paragraphs
        .iter()
        .take(5)
        .map(|p| doc.text[p.clone()].trim())
        .find(|t| {
            let n = t.split_whitespace().count();
            (4..=16).contains(&n) && !t.ends_with('.') && (ROUNDUP.is_match(t) || BUBBLE_WATCH.is_match(t))
        })?;
    // "The 6 Kinds of Bubble Shows: What's Getting Renewed, and What's Getting the Ax":
    // the shows a bubble watch lists are undecided, whatever fates it weighs for them.
    static BUBBLE_WATCH: LazyLock<regex::Regex> = LazyLock::new(|| {
        crate::rules::rx(r"(?i)(?-u:\b)(?:bubble|on-the-bubble)\s+(?:shows|series|dramas|comedies|sitcoms|watch)(?-u:\b)").unwrap()
    });
    if BUBBLE_WATCH.is_match(t) {
        return Some(greenlight_core::Status::Undecided);
    }
    if t.contains('?') || distinct_fates(&FATES, t) != 1 || !ROUNDUP.is_match(t) {
        return None;
    }
    heading_status(t).filter(|s| *s != greenlight_core::Status::Undecided)
}

/// The last two sentences of a paragraph that introduces a list.
fn intro_tail(t: &str) -> &str {
    let body = t.trim_end_matches(':');
    let cut = body.rmatch_indices(". ").nth(1).map_or(0, |(i, _)| i + 2);
    &t[cut..]
}

/// The status a list heading or intro names: "RENEWED", "Still waiting:", "shows
/// cancelled this year:". A hedged intro ("could be cancelled") is undecided.
static THESE_SHOWS: LazyLock<regex::Regex> = LazyLock::new(|| {
    // "here are the shows that called it quits in 2013": the list below is the shows.
    crate::rules::rx(r"(?i)(?-u:\b)(?:these|the\s+following|here\s+(?:are|is)\s+(?:a\s+list\s+of\s+)?(?:all\s+)?the)\s+(?:[\w'’-]+\s+){0,3}?(?:series|shows|dramas|comedies|programmes|programs)(?-u:\b)").unwrap()
});

/// Whether a line names one fate only: "renewed" but not "renewed and cancelled".
fn one_fate(t: &str) -> bool {
    static FATE_WORDS: LazyLock<regex::Regex> = LazyLock::new(|| {
        crate::rules::rx(r"(?i)renew|return|cancel|axed|ending|ended|reviv|saved|bubble|pending|undecided").unwrap()
    });
    distinct_fates(&FATE_WORDS, t) == 1
}

/// How many different fates the words `fate_words` finds in `t` name. "Show Renewals: 4
/// Hit Dramas Returning for Season 2" names one fate twice, as "ended" and "ending" do.
fn distinct_fates(fate_words: &regex::Regex, t: &str) -> usize {
    fate_words
        .find_iter(t)
        .map(|m| m.as_str().to_lowercase().replace("return", "renew").replace("ended", "ending"))
        .collect::<BTreeSet<String>>()
        .len()
}

/// A sentence that announces a list of shows and their one fate: "Here is every show
/// renewed so far", "We lost these cancelled series".
static NOT_GETTING: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?:not|n't|n’t)\s+(?:be\s+)?(?:getting|get|renewed|receiving|coming\s+back\s+for)\s+(?:a\s+|any\s+)?(?:new|another|more|further|second|third|fourth|fifth)?\s*(?:seasons?|series|renewal)|(?:not|n't|n’t)\s+(?:be(?:en)?\s+)?renewed").unwrap()
});

/// A return denied: "will not be returning", "aren't coming back", "never came back".
static NOT_BACK: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?:(?-u:\b)not|n't|n’t|(?-u:\b)never)\s+(?:be\s+|been\s+)?(?:returning|coming\s+back|came\s+back|back(?-u:\b)|return(?-u:\b))").unwrap()
});

static CONCESSIVE_LEAD: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?:While|Whilst|Although|Though|Even\s+though|Whereas)\s+[^,.;]{3,80},\s+").unwrap()
});

static LIST_ANNOUNCE: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:shows?|series|dramas?|comedies|sitcoms?|programmes?)\s+(?:\w+\s+){0,3}?(?:renewed|cancell?ed|axed|ending|revived|saved|picked\s+up)(?-u:\b)|(?-u:\b)(?:renewed|cancell?ed|axed|revived)\s+(?:[\w-]+\s+){0,3}?(?:shows|series|dramas|comedies|sitcoms|programmes)(?-u:\b)").unwrap()
});

static PAREN_CELL: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?P<title>[^()\n]{2,80}?)\s*\((?P<cell>(?:(?i:renewed|canceled|cancelled|axed|ending|ended|revived)|(?i:final\s+season|(?:season|series)\s+\d{1,2},?\s+(?:final|last)(?:\s+season)?))(?-u:\b)[^()\n]{0,30})\)\s*$").unwrap()
});

static TITLE_CASE_HEADING: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:shows|series|seasons?|cancell?ations|renewals?|bubble)(?-u:\b)|^(?:renewed|cancell?ed|returning|ending|axed)(?-u:\b)").unwrap()
});

static SEASON_N_FINAL: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?-u:\b)(?:season|series)\s+\d{1,2},?\s+(?:final|last)(?-u:\b)").unwrap()
});

/// A bubble watch's tier, a forecast named without a fate word: "SAFE", "Toss-up:",
/// "In danger", "On the fence", "Safe for now", "50/50".
static TIER: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?:(?:probably|likely|pretty|mostly|fairly|very|relatively|almost\s+certainly|definitely)\s+)?(?:safe(?:\s+bets?)?|(?:a\s+)?sure\s+things?|toss-?\s?ups?|on\s+the\s+fence|in\s+(?:danger|trouble|jeopardy)|at\s+risk|endangered|doomed|could\s+go\s+either\s+way|50[/-]50|coin\s+flips?)(?:\s+(?:for\s+now|\(for\s+now\)))?\s*[:.!]?$").unwrap()
});

fn heading_status(t: &str) -> Option<greenlight_core::Status> {
    use greenlight_core::Status::*;
    let l = t.to_lowercase();
    // "Cancelled (or ending)", "Cancelled/Ended": a label's first fate is its own.
    let cancel_first = lexicon::is_fate_label(t)
        && matches!((l.find("cancel"), l.find("end")), (Some(c), Some(e)) if c < e);
    let status = if l.contains("one-season wonder") || l.contains("one season wonder") || l.contains("one-and-done") {
        Cancelled
    } else if l.contains("awaiting")
        || l.contains("still waiting")
        || l.contains("yet to hear")
        || l.starts_with("no decision")
        || l.starts_with("no word")
    {
        Undecided
    } else if l.contains("limited") {
        Limited
    } else if l.contains("reviv") || l.contains("saved") || l.contains("rescued") {
        Revived
    } else if !cancel_first && l.split(|c: char| !c.is_alphanumeric()).any(|w| w == "ending")
        || l.contains("final season")
        // "(season 5, final)".
        || SEASON_N_FINAL.is_match(&l)
        || l.contains("last seasons")
        || l.contains("their last season")
        || l.contains("its last season")
        || l.contains("called it quits")
        || l.contains("called time")
        || l.contains("called it a day")
        || l.contains("wrapping")
        || l.contains("concluding")
    {
        Ending
    } else if l.contains("cancel")
        || l.contains("axed")
        || l.contains("the boot")
        || l.contains("the chop")
        || l.contains("the axe")
        || l.contains("casualties")
        || l.contains("the damage")
        || l.contains("dead pool")
        || l.contains("the ax ")
        // "2023 TV shows that will not be getting new seasons".
        || NOT_GETTING.is_match(&l)
        // "Not returning", "won't return", "the shows that will not be returning next
        // season", "aren't coming back".
        || NOT_BACK.is_match(&l)
        || ["didn't", "didn’t", "did not", "won't", "won’t", "will not"]
            .iter()
            .any(|n| l.contains(&format!("{n} make it")) || l.contains(&format!("{n} quite make it")))
    {
        Cancelled
    } else if l.contains("renew")
        || l.contains("retained")
        || l.contains("coming back")
        || l.contains("returning")
        || l.contains("picked up")
        // "The CW Announces Early Pickups for ...", "these shows will be back".
        || l.contains("pickup")
        || l.contains("pick-up")
        || l.contains("be back")
    {
        Renewed
    } else if TIER.is_match(l.trim()) {
        Undecided
    } else if l.contains("waiting")
        || l.contains("undecided")
        || l.contains("bubble")
        || l.contains("pending")
        || l.contains("limbo")
        || l.contains("tbd")
    {
        Undecided
    } else {
        return None;
    };
    static HEDGED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        crate::rules::rx(r"(?i)(?-u:\b)(?:could|might|(?-i:may)|likely|unlikely|probable|leans?|leaning|toss-?ups?|certain|sure|surely|safe|doubtful|danger|dangerous|risk|risky|jeopardy|predict\w*|expect\w*|odds|chances?|should|hope\w*|want|wants|wanted|deserves?|deserving|if|whether)(?-u:\b)|\?").unwrap()
    });
    Some(if HEDGED.is_match(&l) || t.contains('?') {
        Undecided
    } else {
        status
    })
}

static LIST_BULLET: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| crate::rules::rx(r"^(?:[-*•·▪►]|\d{1,2}[.)])\s+").unwrap());

/// Whether a paragraph is one line of a list: a bullet, or a title on its own line.
/// A line that is only a title, under a list's heading or intro ("Elementary",
/// "Criminal Minds: Beyond Borders").
fn bare_title_line(t: &str) -> bool {
    // "What Would Ryan Lochtie Do?,": a line closed by a list's comma may end on its
    // title's own "?" or "!".
    let comma = t.trim_end().ends_with(',');
    let t = strip_gloss(t.trim_end().strip_suffix(',').unwrap_or(t));
    // "Royal Pains*": a mark that a legend explains ("* denotes final episode yet to air").
    let t = strip_line_mark(t);
    let end_ok = if comma {
        !t.ends_with(['.', ':'])
    } else {
        !t.ends_with(['.', '!', '?', ':'])
    };
    let head = without_edition(t);
    // "Sex & Drugs & Rock & Roll": an ampersand is no word.
    t.split_whitespace().filter(|w| *w != "&").count() <= 6
        && end_ok
        && (mentions::plausible_title(head) || comma && mentions::list_title_ok(head.trim_end_matches(['?', '!'])))
        && !mentions::is_network(head)
}

/// A list line's closing season: "“Forever” season 2", "Bridgerton seasons 5 and 6".
static SEASON_TAG: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"\s+(?:[Ss]easons?|SEASONS?|[Ss]eries)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s*(?:and|&|,|-|–|to)\s*\d{1,2})*$").unwrap()
});

/// A list line without the mark a legend explains: "Royal Pains*", "Black Sails†".
/// Nor its season tag or quote marks: "“Forever” season 2", "Bridgerton seasons 5 and 6".
fn strip_line_mark(t: &str) -> &str {
    let t = t.trim_end().trim_end_matches(['*', '†', '‡']).trim_end();
    let t = match SEASON_TAG.find(t) {
        Some(m) if m.start() > 0 => &t[..m.start()],
        _ => t,
    };
    // A title in quote marks, and only that.
    for (open, close) in [('“', '”'), ('"', '"'), ('‘', '’')] {
        if let Some(inner) = t.strip_prefix(open).and_then(|x| x.strip_suffix(close)) {
            if !inner.is_empty() && !inner.contains([open, close]) {
                return inner.trim();
            }
        }
    }
    t
}

/// A title line in a run of them, under a list's heading or intro: shaped like a title
/// ("The Verdict", "Australia’s Got Talent") with a bare title line beside it.
fn run_title_line(doc: &Document<'_>, pi: usize) -> bool {
    let line = |k: usize| doc.paragraphs.get(k).map(|p| doc.text[p.clone()].trim());
    let Some(t) = line(pi) else {
        return false;
    };
    let t = strip_line_mark(strip_gloss(t));
    t.split_whitespace().filter(|w| *w != "&").count() <= 6
        && !t.ends_with(['.', '!', '?', ':', ','])
        && mentions::list_title_ok(without_edition(t))
        && !mentions::is_network(t)
        && heading_status(t).is_none()
        && [pi.checked_sub(1), Some(pi + 1)]
            .into_iter()
            .flatten()
            .filter_map(line)
            .any(bare_title_line)
}

/// A title without its edition: "The Killing (US)", "Gossip Girl (2021)". The edition
/// is the title's own, and the title before it is what must look like one.
fn without_edition(t: &str) -> &str {
    t.strip_suffix(')')
        .and_then(|b| b.rsplit_once(" ("))
        .filter(|(_, e)| {
            matches!(*e, "UK" | "US" | "U.S." | "USA" | "AU" | "NZ" | "CA" | "IE")
                || e.len() == 4 && e.chars().all(|c| c.is_ascii_digit())
        })
        .map_or(t, |(h, _)| h.trim_end())
}

/// A list line's title without a writer's gloss in parentheses: "Harbor Nights (oof)".
/// A year or a country stays ("Gossip Girl (2021)", "The Office (UK)").
fn strip_gloss(t: &str) -> &str {
    let t = t.trim();
    match t.strip_suffix(')').and_then(|b| b.rsplit_once(" (")) {
        Some((head, inner))
            if inner.len() <= 30
                && inner.starts_with(char::is_lowercase)
                && !inner.contains(|c: char| c.is_ascii_digit() || c == '(') =>
        {
            head.trim_end()
        }
        _ => t,
    }
}

/// The title of a list line typed in capitals, recased: "GEORGIE & MANDY’S FIRST
/// MARRIAGE – #1 comedy" is "Georgie & Mandy’s First Marriage"; "NCIS: ORIGINS" keeps
/// its acronym. A line of one category word ("DRAMAS", "NEW SERIES") is a subheading.
fn shouted_item_title(line: &str) -> Option<String> {
    let body = LIST_BULLET.find(line).map_or(line, |m| &line[m.end()..]);
    let head = body.split(['–', '—', '(']).next().unwrap_or(body);
    let head = head.split(" - ").next().unwrap_or(head).trim();
    let letters = head.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || !head.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
        return None;
    }
    let recased = recase_shouted(head);
    if recased
        .split_whitespace()
        .all(|w| CATEGORY_WORDS.contains(&w.to_lowercase().as_str()))
        || mentions::is_network(&recased)
        || mentions::is_network(head)
    {
        return None;
    }
    list_item_title_with(&recased, mentions::list_title_shape_ok)
}

/// Words that head a section of a list, not a show: "DRAMAS", "NEW SERIES".
const CATEGORY_WORDS: &[&str] = &[
    "drama", "dramas", "comedy", "comedies", "reality", "unscripted", "animation", "animated",
    "documentary", "documentaries", "docuseries", "series", "shows", "new", "returning",
    "fall", "midseason", "spring", "summer", "winter", "scripted", "limited", "kids",
    "family", "news", "sports", "specials", "streaming", "cable", "broadcast", "and", "&",
];

/// The two-consonant openings of English words ("BL" of "BLUE", "ST" of "STREET").
const ONSETS: &[&str] = &[
    "BL", "BR", "CH", "CL", "CR", "DR", "DW", "FL", "FR", "GH", "GL", "GN", "GR", "KN", "PH",
    "PL", "PR", "PS", "RH", "SC", "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TH", "TR",
    "TW", "WH", "WR", "SCH", "SQ",
];

/// Capitals recased word by word: connectors in lower case, a short word no English word
/// could be ("NCIS", "FBI", "SVU") kept as an acronym, the rest capitalised.
fn recase_shouted(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for (i, w) in t.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        let lower = w.to_lowercase();
        let vowel = |c: &char| "AEIOUY".contains(*c);
        // "NCIS", "FBI", "SVU", "PCI": no English word opens on these two consonants.
        let onset: String = letters.iter().take(2).collect();
        let acronym = letters.len() <= 5
            && (!letters.iter().any(vowel)
                || letters.len() >= 2
                    && !vowel(&letters[0])
                    && !vowel(&letters[1])
                    && !ONSETS.contains(&onset.as_str())
                || letters.len() == 2
                    && !matches!(
                        lower.as_str(),
                        "my" | "me" | "we" | "it" | "is" | "be" | "do" | "go" | "no" | "so" | "up" | "he" | "oh" | "ok" | "us"
                    ));
        if i > 0
            && matches!(
                lower.as_str(),
                "of" | "the" | "and" | "in" | "on" | "a" | "an" | "at" | "for" | "to" | "with" | "from" | "or" | "by" | "vs" | "vs."
            )
        {
            out.push_str(&lower);
        } else if acronym {
            out.push_str(w);
        } else {
            let mut seen = false;
            for c in w.chars() {
                if c.is_alphabetic() && seen {
                    out.extend(c.to_lowercase());
                } else {
                    seen |= c.is_alphabetic();
                    out.push(c);
                }
            }
        }
    }
    out
}

/// The title of a list line that quotes it, before the line's note: "“America’s Got
/// Talent” (returns May 28)", "'Blindspot' – final season".
fn quoted_line_title(t: &str) -> Option<&str> {
    let body = LIST_BULLET.find(t).map_or(t, |m| &t[m.end()..]).trim();
    let (open, close) = match body.chars().next()? {
        '“' => ('“', '”'),
        '"' => ('"', '"'),
        '‘' => ('‘', '’'),
        _ => return None,
    };
    let inner = &body[open.len_utf8()..];
    let end = inner.find(close)?;
    let title = inner[..end].trim().trim_end_matches(',');
    let rest = inner[end + close.len_utf8()..].trim();
    let note_ok = rest.is_empty()
        || rest.starts_with('(') && rest.ends_with(')')
        || rest.starts_with(['–', '—', ',', ':'])
        || rest.starts_with("- ");
    (note_ok && mentions::list_title_ok(title)).then_some(title)
}

fn is_list_item(t: &str) -> bool {
    quoted_line_title(t).is_some()
        || LIST_BULLET.is_match(t)
        || mentions::standalone_title(t).is_some()
        || mentions::heading_title(t).is_some()
}

/// The title a list line names: "- Gossip Girl (2021)", "• Titans (HBO Max)",
/// "3. The Mosquito Coast – Apple TV+".
fn list_item_title(t: &str) -> Option<String> {
    list_item_title_with(t, mentions::list_title_ok)
}

/// The title of bulleted line `pi` read as a show even where it looks like a person's
/// name: "* Eli Stone" among other bulleted titles (two or more within three lines that
/// `same` accepts) under "Canceled Shows" is a show named after its lead.
fn bullet_run_title(doc: &Document<'_>, pi: usize, same: impl Fn(usize) -> bool) -> Option<String> {
    let line = doc.text[doc.paragraphs.get(pi)?.clone()].trim();
    if !LIST_BULLET.is_match(line) {
        return None;
    }
    let titled = (pi.saturating_sub(3)..=pi + 3)
        .filter(|&k| k != pi && same(k))
        .filter_map(|k| doc.paragraphs.get(k))
        .map(|p| doc.text[p.clone()].trim())
        .filter(|l| LIST_BULLET.is_match(l) && list_item_title(l).is_some())
        .count();
    (titled >= 2)
        .then(|| list_item_title_with(line, mentions::list_title_shape_ok))
        .flatten()
}

fn list_item_title_with(t: &str, title_ok: fn(&str) -> bool) -> Option<String> {
    if let Some(q) = quoted_line_title(t) {
        return Some(q.to_string());
    }
    // "Packed to the Rafters,": a list typed one title a line, each closed by a comma.
    let t = t.trim_end().strip_suffix(',').unwrap_or(t);
    let body = LIST_BULLET.find(t).map_or(t, |m| &t[m.end()..]).trim();
    // "• The Michael J. Fox Show, a family comedy starring ...": a bullet's description
    // after its title.
    let body = match body.split_once(", ") {
        Some((head, tail)) if LIST_BULLET.is_match(t) && ITEM_DESCRIPTION.is_match(tail) => head,
        _ => body,
    };
    // "- Netflix Presents: The Characters (2 seasons) – April 2016": what follows a dash
    // is a note on the line, cut before the subtitle test.
    let body = body.split(['–', '—']).next().unwrap_or(body);
    let body = body.split(" - ").next().unwrap_or(body).trim();
    // "NCIS: Los Angeles" keeps its subtitle; "The Tin Crown: renewed" does not.
    let body = match body.split_once(':') {
        Some((head, tail)) if !mentions::is_subtitle(strip_line_note(tail.trim())) => head,
        _ => body,
    };
    let body = strip_gloss(strip_line_note(body))
        .trim_matches(['"', '“', '”', '‘', '’', '\'', '*'])
        .trim();
    let words = body.split_whitespace().count();
    // A bulleted line may end in its title's own "!" ("Dad Stop Embarrassing Me!").
    let bullet = LIST_BULLET.is_match(t);
    let end_ok = !body.ends_with('.') && (bullet && words <= 5 || !body.ends_with(['!', '?']));
    // "• The reboot of the 1960s cop series Ironside", "• The short-lived Welcome to the
    // Family": a bullet that describes its show in lower-case words before the title.
    let described: Vec<&str> = body.split_whitespace().collect();
    let descriptor = bullet
        && matches!(described.first(), Some(&("The" | "A" | "An")))
        && described.get(1).is_some_and(|w| {
            w.starts_with(|c: char| c.is_lowercase()) && !lexicon::TITLE_CONNECTORS.contains(w)
        });
    if !descriptor {
        return ((1..=8).contains(&words) && end_ok && title_ok(without_edition(body))).then(|| body.to_string());
    }
    (2..described.len().min(8)).find_map(|k| {
        let skipped_lower = described[1..k]
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()));
        let rest = described[k..].join(" ");
        (skipped_lower
            && described[k].starts_with(char::is_uppercase)
            && !mentions::is_network(described[k])
            && described.len() - k <= 6
            && !rest.ends_with(['.', '!', '?'])
            && title_ok(&rest))
        .then_some(rest)
    })
}

/// What describes a bulleted title after its comma: "a family comedy ...", "starring ...".
static ITEM_DESCRIPTION: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?:(?:a|an|the)\s+[a-z0-9]|(?:starring|about|set\s+in|based\s+on|featuring|which|who|from|created\s+by|hosted\s+by)\s)").unwrap()
});

/// The certainty of a status a list's layout gives (a heading, a status line, a verdict):
/// a forecast is expected, a decision confirmed.
fn list_certainty(status: greenlight_core::Status) -> greenlight_core::Certainty {
    if status == greenlight_core::Status::Undecided {
        greenlight_core::Certainty::Expected
    } else {
        greenlight_core::Certainty::Confirmed
    }
}

/// Whether a sentence of paragraph `pi` already holds a claim about `title`.
fn para_holds_claim(doc: &Document<'_>, claims: &[StatusClaim], pi: usize, title: &str) -> bool {
    claims.iter().any(|c| {
        title_key(&c.show) == title_key(title)
            && doc
                .sentences
                .iter()
                .any(|s| s.para == pi && doc.text[s.span.clone()] == c.evidence.text)
    })
}

/// A scorecard's forecast words: "A sure thing.", "A long shot.", "Could go either way."
static FORECAST_VERDICT: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:sure\s+thing|safe\s+bet|good\s+bet|long[-\s]shot|either\s+way|toss[-\s]?up|on\s+the\s+bubble|bubble|a\s+lock|likely|unlikely|doubtful|probably|leaning|50/50|coin\s+flip|certain\s+(?:renewal|cancell?ation))(?-u:\b)").unwrap()
});

/// A verdict line that names its channel between title and verdict ("9-1-1 - FOX -
/// Certain Renewal"): a scorecard's own shape, so two of them make a list.
fn channelled_line(line: &str) -> bool {
    let parts: Vec<&str> = line.split(" - ").collect();
    parts.len() == 3 && mentions::is_network(parts[1].trim())
}

/// A scorecard line's title and the status its verdict gives: "Criminal Minds: A sure
/// thing." (undecided), "Hank: Already canceled." (cancelled). The verdict is short; a
/// title keeps its own colons ("CSI: Miami: A sure thing.").
fn verdict_line(line: &str) -> Option<(String, greenlight_core::Status)> {
    if line.split_whitespace().count() > 40 || LIST_BULLET.is_match(line) {
        return None;
    }
    // "Castle: A sure thing. (B: One of the lower rated shows ...)": a note in
    // parentheses after the verdict holds colons of its own.
    // "The Long Meadow (Netflix) – Pending": a channel's note between the title and its
    // verdict stays out of both.
    let unnoted;
    let core = match line.split_once(" (").and_then(|(h, r)| Some((h, r.split_once(')')?))) {
        Some((h, (note, rest)))
            if mentions::is_network(note.trim())
                && [" —", " –", " --", " -", ":", " ="].iter().any(|d| rest.starts_with(d)) =>
        {
            unnoted = format!("{h}{rest}");
            unnoted.as_str()
        }
        _ => line.split(" (").next().unwrap_or(line),
    };
    // "Castle — Sure thing.": a dash (or an equals sign) sets the verdict off as well as
    // a colon does.
    // The verdict follows the last separator ("CSI: Miami: A sure thing.", "CSI: Crime
    // Scene Investigation — Officially renewed.").
    let (at, sep) = [": ", " — ", " – ", " -- ", " - ", " = "]
        .iter()
        .filter_map(|d| core.rfind(d).map(|k| (k, *d)))
        .max_by_key(|(k, _)| *k)?;
    let (head, verdict) = (&core[..at], &core[at + sep.len()..]);
    let head = head.trim();
    // "9-1-1: Lone Star - FOX - Certain Renewal": the channel between title and verdict.
    let head = [" - ", " – ", " — "]
        .iter()
        .find_map(|d| head.rsplit_once(d).filter(|(_, n)| mentions::is_network(n.trim())))
        .map_or(head, |(h, _)| h.trim());
    // "Night Desk — ✅ Renewed": a tracker's status mark before the word.
    let verdict = verdict.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '(');
    let first = verdict
        .split(['(', '.', ';', '!'])
        .next()
        .unwrap_or(verdict)
        .trim();
    if first.is_empty() || first.split_whitespace().count() > 6 {
        return None;
    }
    if head.split_whitespace().count() > 8
        || !mentions::list_title_ok(head)
        || mentions::never_title(head)
        || lexicon::is_fate_label(head)
        || mentions::is_network(head)
        || STATUS_LINE.is_match(line)
        || FACT_LINE.is_match(line)
    {
        return None;
    }
    // After a dash, a forecast's few words alone ("Castle — Sure thing."): a dash also
    // sets off a note or a credit ("Ozark – probably the best show of the year").
    // A fate's words alone ("– Pending", "– Final season") are a verdict after a dash too.
    // "– Cancelled after two seasons", "– Renewed for season 4": a fate word and how.
    let fate_then_how = first.split_once(' ').is_some_and(|(lead, how)| {
        lexicon::is_fate_label(lead)
            && ["after ", "for ", "following ", "through ", "until "].iter().any(|p| how.starts_with(p))
    });
    if sep != ": "
        && !(first.split_whitespace().count() <= 3 && FORECAST_VERDICT.is_match(first))
        && !(lexicon::is_fate_label(first) && first.trim_end_matches(['.', '!']) == verdict.trim().trim_end_matches(['.', '!']))
        && !fate_then_how
    {
        return None;
    }
    let status = if FORECAST_VERDICT.is_match(first) {
        greenlight_core::Status::Undecided
    } else {
        heading_status(first)?
    };
    Some((head.to_string(), status))
}

/// "Status: Renewed for season 3", "Renewal status: Cancelled": a fact sheet's status line.
static STATUS_LINE: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?:(?i:(?:the\s+|our\s+)?(?:status|renewal\s+status|current\s+status|show\s+status|fate|verdict))|(?P<forecast>(?i:(?:our\s+|the\s+)?(?:renewal\s+)?(?:odds|chances?|prediction|likelihood|outlook|forecast)(?:\s+(?:of|for)\s+(?:a\s+)?(?:renewal|season\s+\d{1,2}|return(?:ing)?))?)))\s*:\s*(?P<value>.{2,80})$").unwrap()
});

/// "Network: NBC", "Premiere: May 2": another line of the same fact sheet.
static FACT_LINE: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?P<key>Network|Channel|Streamer|Platform|Premiere|Premiered|Genre|Seasons|Episodes|Creator|Stars|Starring|Release\s+date)\s*:\s*(?P<value>.{1,80})$").unwrap()
});

/// A list line's closing note in parentheses goes: a network, a capitalised note (a
/// channel not yet known or a network's order: "Vikings (History)", "19-2 (Bravo for
/// fourth and final season)") or a ratings figure ("Emergence (0.5)"). A year or a
/// country stays ("Gossip Girl (2021)").
fn strip_line_note(body: &str) -> &str {
    match body.rfind(" (") {
        Some(p) if mentions::is_network(body[p + 2..].trim_end_matches(')')) => body[..p].trim(),
        Some(p) if body[p + 2..].strip_suffix(')').is_some_and(|n| paren_note(n) || rating_note(n) || airing_note(n) || season_note(n) || run_note(n)) => {
            body[..p].trim()
        }
        _ => body,
    }
}

/// A capitalised note in a list line's closing parentheses, "History" or "Bravo for
/// final season"; not a year or a country that is part of the title ("2021", "UK").
/// "(USA)" in a list line is the network, as "Burn Notice (USA)" beside "Bones (Fox)".
fn paren_note(inner: &str) -> bool {
    let first = inner.split_whitespace().next().unwrap_or("");
    (2..=40).contains(&inner.len())
        && first.starts_with(char::is_uppercase)
        && !inner.contains(['(', ')'])
        && !matches!(
            first,
            "UK" | "US" | "U.S." | "AU" | "NZ" | "CA" | "IE" | "FR" | "DE" | "Season"
                | "Series" | "Part" | "Vol." | "Volume" | "Canceled" | "Cancelled" | "Renewed"
                | "Ending" | "Ended" | "Revived"
        )
}

/// "(season 3)", "(Series 2)": the season a list line's item is about.
fn season_note(inner: &str) -> bool {
    let mut w = inner.split_whitespace();
    matches!(w.next().map(str::to_lowercase).as_deref(), Some("season" | "series"))
        && w.next().is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty())
        && w.next().is_none()
}

/// How long a list line's show ran: "(2 seasons)", "(one season)", "(3 series)".
fn run_note(inner: &str) -> bool {
    let mut w = inner.split_whitespace();
    w.next().is_some_and(|n| {
        n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() || lexicon::number_word(n).is_some()
    }) && matches!(w.next(), Some("season" | "seasons" | "series"))
        && w.next().is_none()
}

/// An airing note in a list line's closing parentheses: "1 unaired episode", "Final 4
/// episodes air July 18", "Last episode airs June 2".
fn airing_note(inner: &str) -> bool {
    static AIRING: LazyLock<regex::Regex> = LazyLock::new(|| {
        crate::rules::rx(r"(?i)(?-u:\b)(?:episodes?|airs?|aired|airing|unaired|finale|premieres?)(?-u:\b)").unwrap()
    });
    inner.len() <= 60 && inner.contains(' ') && AIRING.is_match(inner)
}

/// A ratings figure in a list line's closing parentheses: "0.7", "1.1 / 5", ".45 demo".
fn rating_note(inner: &str) -> bool {
    static RATING: LazyLock<regex::Regex> =
        LazyLock::new(|| crate::rules::rx(r"^\d{0,2}\.\d{1,3}(?:\s*[/,]\s*\d{0,2}\.?\d{1,3})*(?:\s+[a-z][\w-]*){0,2}$").unwrap());
    RATING.is_match(inner)
}

/// The channel a list line's closing note names: "(History)", "(Super Channel)".
fn note_network(line: &str) -> Option<String> {
    let (_, inner) = line.trim_end().strip_suffix(')')?.rsplit_once(" (")?;
    let words: Vec<&str> = inner.split_whitespace().collect();
    ((1..=3).contains(&words.len())
        && paren_note(inner)
        && words.iter().all(|w| mentions::is_cap_word(w)))
    .then(|| inner.to_string())
}

/// A known network in parentheses right after a listed title: " (FOX)", " (The CW)".
fn paren_network(after: &str) -> Option<String> {
    let inner = after.trim_start_matches(['\'', '’', '"', '”']).strip_prefix(" (")?;
    let inner = &inner[..inner.find(')')?];
    mentions::is_network(inner).then(|| claims::canonical_network(inner))
}

/// The season in parentheses right after a listed title: " (Season 4)", " (season 2)".
fn paren_season(after: &str) -> Option<u16> {
    static PAREN_SEASON: LazyLock<regex::Regex> = LazyLock::new(|| {
        crate::rules::rx(r#"^['’"”]?\s*\((?i:season|series)\s+(\d{1,2})\)"#).unwrap()
    });
    PAREN_SEASON.captures(after)?.get(1)?.as_str().parse().ok()
}

/// The network whose possessive ends `head` ("... NBC’s ", "PBS’ "), canonicalised.
fn possessive_network(head: &str) -> Option<String> {
    // "AMC’s “The Night Manager”": the title's opening quote.
    let head = head.strip_suffix(['“', '"', '‘']).unwrap_or(head);
    let h = head
        .strip_suffix("'s ")
        .or_else(|| head.strip_suffix("’s "))
        .or_else(|| {
            let h = head.strip_suffix("’ ").or_else(|| head.strip_suffix("' "))?;
            h.ends_with(['s', 'S']).then_some(h)
        })?;
    let ws: Vec<&str> = h.split_whitespace().collect();
    (1..=3.min(ws.len())).rev().find_map(|k| {
        let n = ws[ws.len() - k..].join(" ");
        let n = n.trim_start_matches(|c: char| !c.is_alphanumeric());
        mentions::is_network(n).then(|| claims::canonical_network(n))
    })
}

/// A network that is the subject of the trigger ("HBO has renewed ...") made the decision.
fn network_subject(sent: &str, t: &std::ops::Range<usize>) -> Option<String> {
    let before = &sent[..t.start];
    networks_in(before)
        .into_iter()
        .last()
        .filter(|(r, _)| {
            let gap = before[r.end..].trim();
            gap.split_whitespace().count() <= 2
                && !gap.contains(',')
                && !before[..r.start].trim_end().ends_with(" by")
        })
        .map(|(_, n)| n)
}

/// The show a campaign hashtag names: "#RenewPartnerTrack" → "Partner Track".
fn hashtag_show(tag: &str, cands: &HashMap<String, Cue>) -> Option<String> {
    let squash = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase()
    };
    let t = squash(tag);
    let t = ["hashtag", ""]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(&t)
        .to_string();
    let t = ["renew", "save", "bringback"]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(&t)
        .to_string();
    cands
        .keys()
        .filter(|c| !t.is_empty() && t.starts_with(&squash(c)) && squash(c).len() * 2 >= t.len())
        .max_by_key(|c| c.len())
        .cloned()
}

/// Full person names written in the text: two to four capitalised words.
fn person_names(text: &str) -> Vec<String> {
    static NAME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        crate::rules::rx(
            r"(?-u:\b)[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z'’-]+){1,2}(?-u:\b)",
        )
        .unwrap()
    });
    NAME.find_iter(text)
        .filter_map(|m| {
            let words: Vec<&str> = m.as_str().split_whitespace().collect();
            let skip = words
                .iter()
                .take_while(|w| {
                    lexicon::SENTENCE_OPENERS.contains(w) || lexicon::TITLE_STOPS.contains(w)
                })
                .count();
            (words.len() - skip >= 2).then(|| words[skip..].join(" "))
        })
        .collect()
}

fn resolve_person(s: &str, names: &[String], last: Option<&str>) -> String {
    if matches!(s, "she" | "She" | "he" | "He" | "they" | "They") {
        return last.map(str::to_string).unwrap_or_else(|| s.to_string());
    }
    if !s.contains(' ') && !speaker_is_outlet(s) && !mentions::is_network(s) {
        if let Some(full) = names.iter().find(|n| n.ends_with(&format!(" {s}"))) {
            return full.clone();
        }
    }
    s.to_string()
}

/// "NBC Renews Grimm for Season 2" between two paragraphs about Smash: a link to another
/// story, set as a body line of its own in headline case, naming only shows the article
/// names nowhere else, not even in its headline, which names others. The sentences of
/// such lines.
fn teaser_lines(doc: &Document<'_>, mentions: &[Mention]) -> BTreeSet<usize> {
    let mut out = BTreeSet::new();
    let head: BTreeSet<&str> = mentions
        .iter()
        .filter(|m| !m.non_series && doc.sentences[m.sentence].headline)
        .map(|m| m.title.as_str())
        .collect();
    if head.is_empty() {
        return out;
    }
    let text = doc.text;
    for (i, s) in doc.sentences.iter().enumerate() {
        if s.headline || s.chrome || s.para == 0 {
            continue;
        }
        let para = doc.paragraphs[s.para].clone();
        let line = text[para.clone()].trim();
        if s.span.start > para.start + 3
            || s.span.end + 3 < para.end
            || line.ends_with(['.', '!', ',', ';', ':'])
            || line.split_whitespace().nth(16).is_some()
            || !mentions::is_headline_case(line)
        {
            continue;
        }
        let named: BTreeSet<&str> = mentions
            .iter()
            .filter(|m| m.sentence == i && !m.non_series)
            .map(|m| m.title.as_str())
            .collect();
        if named.is_empty() || named.iter().any(|t| head.contains(t)) {
            continue;
        }
        let elsewhere = mentions.iter().any(|m| m.sentence != i && named.contains(m.title.as_str()));
        // "Grimm Renewed for Season 2" over "The fantasy drama will return ...": a
        // heading the next paragraph refers back to.
        let next_refers = doc
            .paragraphs
            .get(s.para + 1)
            .is_some_and(|p| REFERS_OPENING.is_match(&text[p.clone()]));
        if !elsewhere && !next_refers {
            out.insert(i);
        }
    }
    out
}
static REFERS_OPENING: LazyLock<regex::Regex> = LazyLock::new(|| {
    rules::rx(r"^\s*(?:the|this|its)\s+(?:[\w'’-]+\s+){0,3}?(?:show|series|drama|comedy|sitcom|thriller|procedural|dramedy|reality\s+series|docuseries)\b").unwrap()
});

#[cfg(test)]
mod tests {
    use super::comma_list_titles;

    #[test]
    fn a_network_lines_list_is_titles_not_a_sentence() {
        assert_eq!(
            comma_list_titles("Tin Signal, Notes from the Underbelly and Dust Orbit."),
            ["Tin Signal", "Notes from the Underbelly", "Dust Orbit"]
        );
        // "FOX: Will you really miss ...?": a sentence after the colon lists nothing.
        assert!(comma_list_titles("Will you really miss \"Copper Bay\"? Meanwhile, \"Salt Route\" looks good.")
            .is_empty());
    }
}
