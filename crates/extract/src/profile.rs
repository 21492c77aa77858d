//! Mentions → profile facts: cast (actor → character), creators, people with roles,
//! source material, genres, filming windows, premieres, stated projections, fan
//! signals and comparisons. Each fact names its rule and carries its sentence.
//!
//! Facts attach to the article's main show; a pair that names another show right
//! after it ("as Maggie in Chicago Med") is a filmography credit and is skipped.

use crate::document::{CharOffsets, Document};
use crate::lexicon::{number_word, SENTENCE_OPENERS, TITLE_STOPS};
use crate::mentions::{is_network, is_outlet, Mention};
use greenlight_core::title::title_key;
use greenlight_core::{PartialDate, ProfileFact, ShowReport};
use regex::Regex;
use serde_json::json;
use std::sync::LazyLock;

/// A capitalised name word. Latin letters with the accents of Western and Central
/// European names ("Zoë", "Belén", "Łukasz"): a narrower class than `\p{L}`, so the
/// regex engine's DFA stays small and fast.
const N: &str = r"(?:[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.-]*[A-Za-zÀ-ÖØ-öø-ÿĀ-ž.]|[ÓÁÉÍÚ])";
/// A capital letter, as in an initial ("Adrienne C. Moore").
const CAP: &str = r"[A-ZÀ-ÖØ-Þ]";
/// Lower-case particles inside names: "Anouk de Vries", "Ludwig van Dijk".
const PARTICLE: &str = r"(?:(?:de|van|von|der|den|da|di|del|la|le|du|dos|das|bin|al|ten|ter)\s+)?";
static ACTOR: LazyLock<String> =
    LazyLock::new(|| format!(r"({N}(?:\s+(?:{CAP}\.\s+)?{PARTICLE}{N}){{1,3}})"));
static CHAR: LazyLock<String> = LazyLock::new(|| format!(r"({N}(?:\s+{N}){{0,3}})"));
static SURNAME: LazyLock<String> = LazyLock::new(|| format!(r"({N})"));

/// Cast rules: (name, regex, actor group, character group).
static CAST_RULES: LazyLock<Vec<(&'static str, Regex, usize, usize)>> = LazyLock::new(|| {
    let (a, c) = (ACTOR.as_str(), CHAR.as_str());
    let s = SURNAME.as_str();
    // "private detective Karim", "an innocent-looking yet dangerous woman named Frankie".
    let descr = r"(?:(?:the\s+|a\s+|an\s+)?(?:[a-z][a-z'-]*\s+){0,6}?(?:named|called)\s+|(?:the\s+|a\s+|an\s+)?(?:[a-z][a-z'-]*\s+){0,3}?)";
    let age = r"(?:,\s+\d{1,2},)?";
    // An apposition or a credit between the actor and the verb: ", best known for X," / " (Greywater)".
    let appos = r"(?:,\s+\d{1,2},|,\s+[^,.;()]{3,50}?,|\s+\([^)]{2,60}\))?";
    vec![
        ("cast.joining-the-cast", crate::rules::rx(&format!(r"(?:Joining|Rounding\s+out|Also\s+joining|New\s+to)\s+(?:the\s+(?:cast|series|show|ensemble)\s+)?as\s+{descr}{c}\s+(?:is|are|will\s+be)\s+{a}")).unwrap(), 2, 1),
        ("cast.reprise", crate::rules::rx(&format!(r"{a}{age},?\s+(?:will\s+|is\s+set\s+to\s+|is\s+)?(?:reprise|reprises|reprising|return(?:s|ing)?|is\s+back|resum(?:e|es|ing))\s+(?:her|his|their|the)\s+role\s+(?:as|of)\s+{c}")).unwrap(), 1, 2),
        ("cast.joins-as", crate::rules::rx(&format!(r"{a}{appos},?\s+(?:who\s+)?(?:also\s+|now\s+|still\s+|officially\s+|reportedly\s+)?(?:has\s+|have\s+)?(?:also\s+)?(?:will\s+be\s+back|(?:is|are)\s+(?:set|slated|expected|due)\s+to\s+(?:return|appear|star|reprise\s+(?:her|his|their)\s+role)|(?:is\s+|are\s+)?(?:also\s+)?reappear(?:s|ing)?|joined|joins|joining|will\s+join|will\s+be\s+joining|is\s+joining|has\s+been\s+promoted\s+to\s+(?:a\s+)?series\s+regular|been\s+cast|was\s+cast|is\s+cast|stars|starring|star|will\s+star|will\s+play|returns|returning|will\s+return|is\s+returning|is\s+back|are\s+back|comes\s+back|signed\s+on|has\s+signed\s+on|boards|appears|will\s+appear|leads\s+the\s+cast|headlines|is\s+cast\s+here|has\s+an?\s+(?:\w+\s+)?role|makes\s+(?:her|his|their)\s+(?:\w+\s+)?debut)\s+(?:the\s+(?:cast|series|show)\s+)?as\s+{descr}{c}")).unwrap(), 1, 2),
        ("cast.as-possessive", crate::rules::rx(&format!(r"{a}{age}(?:\s+\([^)]{{2,60}}\),?)?\s+as\s+{N}['’]s\s+(?:(?:[a-z][a-z-]*|[A-Z][a-z]+)\s+){{1,3}}?{c}")).unwrap(), 1, 2),
        ("cast.name-as-char", crate::rules::rx(&format!(r"{a}{age}(?:\s+\([^)]{{2,60}}\),?)?\s+as\s+{descr}{c}")).unwrap(), 1, 2),
        ("cast.credit-is", crate::rules::rx(&format!(r"{a}\s+\([^)]{{2,60}}\)\s+is\s+{descr}{c}")).unwrap(), 1, 2),
        ("cast.plays", crate::rules::rx(&format!(r"{a}{appos},?\s+(?:who\s+)?(?:now\s+)?(?:plays|lands\s+the\s+role\s+of|returns\s+to\s+play|will\s+return\s+to\s+play|(?:will\s+)?takes?\s+on\s+the\s+(?:character|role|part)(?:\s+named|\s+of)?|brings\s+to\s+life|will\s+bring\s+to\s+life|fills\s+the\s+shoes\s+of|plays\s+the\s+part\s+of|is\s+set\s+to\s+play|played|portrays|portrayed|is\s+playing|will\s+play|will\s+portray|voices|(?:was|has\s+been|is|are)\s+(?:tapped|cast|set|slated|expected|due)\s+to\s+(?:play|portray|voice|take\s+on\s+the\s+role\s+of)|steps\s+into\s+the\s+(?:\w+\s+){{0,2}}role\s+of|takes\s+over\s+the\s+role\s+of|plays\s+the\s+role\s+of)\s+{descr}{c}")).unwrap(), 1, 2),
        ("cast.surname-plays", crate::rules::rx(&format!(r"(?:^|[.,;]\s+){s},\s+who\s+(?:plays|portrays)\s+{descr}{c}")).unwrap(), 1, 2),
        // "Bower plays Peter Ballard", "Ben-Adir ... will play private detective Karim Washington":
        // a surname that the article writes in full elsewhere (resolved below, else dropped).
        ("cast.surname-verb", crate::rules::rx(&format!(r"(?:^|[.,;:]\s+|\s(?:and|while|as)\s+){s}(?:,\s+[^,.;]{{3,50}},)?\s+(?:also\s+|now\s+)?(?:plays|will\s+play|portrays|will\s+portray|is\s+playing|voices|(?:is|was)\s+(?:set|tapped|cast)\s+to\s+(?:play|portray|take\s+on\s+the\s+role\s+of)|(?:will\s+)?takes?\s+on\s+the\s+role\s+of|(?:will\s+be\s+|is\s+)?(?:introduced|returning|back)\s+(?:in\s+[^.;]{{3,30}}?\s+)?as)\s+{descr}{c}")).unwrap(), 1, 2),
        // "Adam Scott will be returning to Severance Season 2 to reprise his role as Mark Scout".
        ("cast.returning-to-as", crate::rules::rx(&format!(r"{a}\s+(?:will\s+be\s+returning|is\s+returning|returns|will\s+return|is\s+set\s+to\s+return|is\s+coming\s+back)\s+to\s+(?:[^.;]{{3,60}}?\s+)?(?:to\s+reprise\s+(?:her|his|their)\s+role\s+)?as\s+{descr}{c}")).unwrap(), 1, 2),
        ("cast.played-by", crate::rules::rx(&format!(r"{c}(?:\s+\([^)]{{1,30}}\))?,?\s+(?:\()?(?:the\s+(?:character|role|part)\s+)?(?:who\s+is\s+|who\s+will\s+be\s+|who\s+was\s+|is\s+|was\s+|will\s+be\s+|has\s+been\s+|is\s+being\s+)?(?:played|portrayed|voiced|brought\s+to\s+life)\s+by\s+(?:[a-z][a-z'-]*\s+){{0,3}}?{a}")).unwrap(), 2, 1),
        ("cast.dash-line", crate::rules::rx(&format!(r"^(?:[-*•]\s+)?{a}\s+[-–—]\s+{c}\s*$")).unwrap(), 1, 2),
        ("cast.paren", PAREN.clone(), 0, 0),
    ]
});

/// "Name (Name)": an actor and a character, in an order the article decides.
static PAREN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(
        r"{}\s+\(({N}(?:\s+(?:{N}|{CAP}(?-u:\b))){{0,3}})\)",
        CHAR.as_str()
    ))
    .unwrap()
});

/// Which way round the article writes "Name (Name)": `Some(true)` when its unambiguous
/// pairs put the character outside ("Allie (Kathryn Newton)"), `Some(false)` when they put
/// the actor outside ("Kathryn Newton (Allie)"); `None` when it does not show.
fn line_orientation(doc: &Document<'_>) -> Option<bool> {
    let (mut left, mut right) = (0usize, 0usize);
    for (i, s) in doc.sentences.iter().enumerate() {
        if s.chrome {
            continue;
        }
        let Some(c) = LINE_PAIR.captures(doc.sentence_text(i).trim()) else {
            continue;
        };
        if c.name("verb").is_some() {
            continue;
        }
        let (l, r) = (c["l"].trim(), c["r"].trim());
        let (lw, rw) = (l.split_whitespace().count(), r.split_whitespace().count());
        if has_role_prefix(l) && !has_role_prefix(r) || lw == 1 && rw >= 2 {
            right += 1;
        } else if has_role_prefix(r) && !has_role_prefix(l) || lw >= 2 && rw == 1 {
            left += 1;
        }
    }
    match left.cmp(&right) {
        std::cmp::Ordering::Greater => Some(true),
        std::cmp::Ordering::Less => Some(false),
        std::cmp::Ordering::Equal => None,
    }
}

fn paren_orientation(doc: &Document<'_>, titles: &[String]) -> Option<bool> {
    let (mut char_out, mut actor_out) = (0usize, 0usize);
    for (i, s) in doc.sentences.iter().enumerate() {
        if s.chrome {
            continue;
        }
        let sent = doc.sentence_text(i);
        if !sent.contains('(') {
            continue;
        }
        for c in PAREN.captures_iter(sent) {
            let (outside, inside) = (c[1].trim(), c[2].trim());
            if is_network(inside)
                || titles.iter().any(|t| {
                    title_key(t) == title_key(inside) || title_key(t) == title_key(outside)
                })
            {
                continue;
            }
            let (o, n) = (
                outside.split_whitespace().count(),
                inside.split_whitespace().count(),
            );
            if o == 1 && n >= 2 {
                char_out += 1;
            } else if o >= 2 && n == 1 {
                actor_out += 1;
            }
        }
    }
    match char_out.cmp(&actor_out) {
        std::cmp::Ordering::Greater => Some(true),
        std::cmp::Ordering::Less => Some(false),
        std::cmp::Ordering::Equal => None,
    }
}

static CREDIT_THEN_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^,?\s*(?:as|is)\s+(?:[a-z]+\s+){0,6}?[A-ZÀ-ÖØ-Þ]").unwrap()
});

/// Verb phrases of the cast rules whose small words would otherwise read as stops.
const VERB_PHRASES: &[&str] = &[
    " set to take on the role of ",
    " to take on the role of ",
    " take on the role of ",
    " takes on the role of ",
    " play a ",
    " play an ",
    " plays a ",
    " plays an ",
    " portray a ",
    " portray an ",
    " portrays a ",
    " portrays an ",
    " named ",
    " called ",
    " set to return ",
    " set to appear ",
    " set to star ",
    " slated to return ",
    " expected to return ",
    " due to return ",
    " returning to ",
    " return to ",
    " returns to ",
    " to reprise her role ",
    " to reprise his role ",
    " to reprise their role ",
    " return to play ",
    " returns to play ",
    " set to play ",
    " tapped to play ",
    " cast to play ",
    " set to portray ",
    " tapped to portray ",
    " cast to portray ",
    " the role of ",
    " the part of ",
    " the character of ",
    " the shoes of ",
    " brought to life ",
    " brings to life ",
    " bring to life ",
    " role of ",
    " reprise her role as ",
    " reprise his role as ",
];

const NOT_A_ROLE: &[&str] = &[
    "well",
    "soon",
    "part",
    "long",
    "much",
    "far",
    "of",
    "in",
    "for",
    "if",
    "though",
    "with",
    "to",
    "by",
    "reported",
    "known",
    "executive",
    "producer",
    "director",
    "herself",
    "himself",
    "themselves",
    "a",
    "an",
    "writer",
    "showrunner",
    "creator",
    "such",
    "many",
    "good",
    "follows",
    "opposed",
    "usual",
    "expected",
    "mentioned",
    "noted",
];

static OTHER_SHOW_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r#"^\s*(?:,\s*)?(?:in|on|from)\s+(?:the\s+)?(?:(?:film|movie|series|show|hit|sitcom|drama|\w+'s)\s+)*["“‘']?([A-Z0-9][\w'’&:.-]*(?:\s+(?:[A-Z0-9&][\w'’&:.-]*|of|the|and|in|on|a))*)"#).unwrap()
});
static LIST_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:cast|stars|starring|including|includes|include|alongside|joined\s+by|returning|return|features|featuring|ensemble|led\s+by|regulars?)(?-u:\b)").unwrap()
});
static CASTING_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)^(?:\s*(?:,|and)\s*(?:[A-Z][\w'’-]*\s*){1,4}\([^)]*\))*\s*(?:,\s*)?(?:have|has|will|are|is|both|all)?\s*(?:both\s+|all\s+)?(?:signed\s+on|return|returning|are\s+back|is\s+back|joined|joins|star|stars|reprise|lead|head|round\s+out|rounds\s+out|complete|completes|fill\s+out)(?-u:\b)").unwrap()
});
static FILMOGRAPHY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?:known\s+for|best\s+known|starred\s+(?:in|on|opposite)|previously|also\s+(?:starred|played|appeared)|role\s+as|run\s+as|turn\s+as|stint\s+as|who\s+played|formerly|former)\s*[^.]{0,40}$").unwrap()
});

fn clean_name(s: &str) -> String {
    s.trim()
        .trim_end_matches(['.', ',', '’', '\''])
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .to_string()
}

fn is_name_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && !is_network(s)
        && !is_outlet(s)
        && !words.iter().any(|w| {
            TITLE_STOPS.contains(w) || matches!(*w, "Season" | "Netflix" | "Series" | "Episode")
        })
        && !SENTENCE_OPENERS.contains(&words[0])
        && !(MONTHS.iter().any(|m| words[0].starts_with(m))
            && words
                .get(1)
                .is_none_or(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit())))
}

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
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
    "Oct.",
    "Nov.",
    "Dec.",
];

struct Ctx<'d, 'a> {
    doc: &'d Document<'a>,
    offsets: &'d CharOffsets<'a>,
    main_key: Option<&'d str>,
    titles: Vec<String>,
    /// How this article orders "Name (Name)" pairs (see [`paren_orientation`]).
    paren_char_outside: Option<bool>,
    /// How this article orders "Name – Name" list lines: `Some(true)` when its
    /// unambiguous lines put the actor first.
    line_actor_left: Option<bool>,
    /// The last words of the full names of people the article writes.
    surnames: Vec<String>,
}

impl Ctx<'_, '_> {
    fn fact(&self, i: usize, kind: &str, rule: &str, value: serde_json::Value) -> ProfileFact {
        ProfileFact {
            kind: kind.into(),
            value,
            rule: rule.into(),
            evidence: self.doc.evidence(i, self.offsets),
        }
    }
    fn is_title(&self, s: &str) -> bool {
        let k = title_key(s);
        self.titles.iter().any(|t| title_key(t) == k)
    }
    fn other_show_after(&self, after: &str) -> bool {
        OTHER_SHOW_AFTER.captures(after).is_some_and(|c| {
            let t = c.get(1).unwrap().as_str();
            let k = title_key(t);
            !k.starts_with("season")
                && Some(k.as_str()) != self.main_key
                && !t.chars().all(|c| c.is_ascii_digit())
        })
    }
}

/// Cast pairs in one sentence, as (actor, character, rule, actor-is-surname-only).
fn cast_pairs(ctx: &Ctx<'_, '_>, sent: &str) -> Vec<(String, String, &'static str)> {
    let mut out: Vec<(String, String, &'static str)> = Vec::new();
    let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
    for (name, re, ag, cg) in CAST_RULES.iter() {
        let mut at = 0;
        while let Some(c) = re.captures_at(sent, at) {
            let m = c.get(0).unwrap();
            at = m.start() + sent[m.start()..].chars().next().map_or(1, char::len_utf8);
            if taken.iter().any(|t| t.start < m.end() && m.start() < t.end) {
                continue;
            }
            let (mut actor, mut character) = if *name == "cast.paren" {
                let (outside, inside) = (c.get(1).unwrap().as_str(), c.get(2).unwrap().as_str());
                if ctx.is_title(inside)
                    || is_network(inside)
                    || inside.chars().any(|ch| ch.is_ascii_digit())
                {
                    continue;
                }
                // "Angela Lansbury (Murder She Wrote), as Aunt March": the parenthesis is a credit.
                if CREDIT_THEN_ROLE.is_match(&sent[m.end()..])
                    && !sent[m.end()..]
                        .trim_start_matches(',')
                        .trim_start()
                        .starts_with("as well as")
                {
                    continue;
                }
                let before = &sent[..m.start()];
                let after = &sent[m.end()..];
                let listy = LIST_CONTEXT.is_match(before)
                    || before.trim_end().ends_with(',')
                    || CASTING_AFTER.is_match(after);
                let outside_words = outside.split_whitespace().count();
                let inside_words = inside.split_whitespace().count();
                // "Marta (Oduya)": the one that is the surname of a full name the article writes.
                let surname_of = |w: &str| ctx.surnames.iter().any(|s| s == w);
                let actor_outside = if outside_words == 1
                    && inside_words == 1
                    && surname_of(inside) != surname_of(outside)
                {
                    surname_of(outside)
                } else if outside_words >= 2 && inside_words == 1 {
                    true
                } else if outside_words == 1 && inside_words >= 2 {
                    false
                } else {
                    ctx.paren_char_outside
                        .map(|c| !c)
                        .unwrap_or(listy && outside_words >= 2)
                };
                if actor_outside {
                    (outside.to_string(), inside.to_string())
                } else {
                    (inside.to_string(), outside.to_string())
                }
            } else {
                let (ga, gc) = (c.get(*ag).unwrap(), c.get(*cg).unwrap());
                let between = if ga.end() <= gc.start() {
                    &sent[ga.end()..gc.start()]
                } else {
                    &sent[gc.end()..ga.start()]
                };
                // An appositive after the actor ("Ben-Adir, a new addition to the series,
                // will play ...") describes the actor; its words are not the role's.
                let between = match between
                    .strip_prefix(", ")
                    .and_then(|r| r.find(',').map(|p| &r[p + 1..]))
                {
                    Some(rest) if ga.end() <= gc.start() => rest,
                    _ => between,
                };
                // The rule's own verb phrase ("returns to play", "the role of") is not a stop.
                let mut between_l = format!(" {} ", between.to_lowercase());
                for v in VERB_PHRASES {
                    between_l = between_l.replace(v, " ");
                }
                let mut words = between_l
                    .split(|ch: char| !ch.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_string);
                if words.any(|w| {
                    (NOT_A_ROLE.contains(&w.as_str()) && !(w == "by" && *name == "cast.played-by"))
                        || w == "as" && between.matches(" as ").count() > 1
                }) {
                    continue;
                }
                (ga.as_str().to_string(), gc.as_str().to_string())
            };
            // Character groups can swallow a following clause; keep the name only.
            actor = clean_name(&actor);
            // "Endeavour’s Robert Hands": a credit's possessive is not part of the name.
            if let Some(p) = actor
                .rfind(['’', '\''])
                .filter(|&p| actor[p..].starts_with("’s ") || actor[p..].starts_with("'s "))
            {
                actor = actor[p + actor[p..].find(' ').unwrap_or(0)..]
                    .trim()
                    .to_string();
            }
            character = clean_name(&character);
            let first_char_word = character
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_lowercase();
            if NOT_A_ROLE.contains(&first_char_word.as_str())
                || !is_name_like(&character)
                || !is_name_like(&actor)
            {
                continue;
            }
            if ctx.is_title(&character) || ctx.is_title(&actor) {
                continue;
            }
            // "as X in Other Show" or "known for her role as X" is a filmography credit.
            let after = &sent[m.end()..];
            if ctx.other_show_after(after)
                || FILMOGRAPHY_BEFORE.is_match(&sent[..m.start()]) && *name != "cast.paren"
            {
                continue;
            }
            // Descriptive words inside the match ("as office administrator Rose") are fine;
            // a lower-case word inside the actor name is not.
            if actor
                .split_whitespace()
                .any(|w| w.chars().next().is_some_and(char::is_lowercase))
            {
                continue;
            }
            taken.push(m.start()..m.end());
            if !out.iter().any(|(a, _, _)| *a == actor) {
                out.push((actor, character, name));
            }
        }
    }
    respectively(sent, &mut out);
    out
}

/// "Orlando Bloom’s Rycroft Philostrate": an actor's possessive on a character's name.
static POSSESSIVE_PAIR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(r"(?:^|[^A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.])({N}(?:\s+(?:{CAP}\.\s+)?{PARTICLE}{N}){{1,3}}?)(?:['’]s|s['’]|['’])\s+((?:(?:Dr|Mr|Mrs|Ms|Det|Sgt|Lt|Capt)\.\s+)?{N}(?:\s+{N}){{0,3}})(?P<after>\s*[+&:]|\s+[a-z]+)?")).unwrap()
});
static POSSESSIVE_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:cast|characters?|roles?|plays?|played|return(?:s|ing)?|exits?|departures?|back|repris\w*|heroes|villains?|co-?stars?|ensemble|series\s+regulars?|recurring|faces|newcomers?|additions?|such\s+as|including|stars?)(?-u:\b)").unwrap()
});
/// Words after a possessive that show it names a work or a thing, not a character.
const NOT_AFTER_POSSESSIVE: &[&str] = &[
    "novel",
    "novels",
    "book",
    "books",
    "series",
    "show",
    "film",
    "movie",
    "podcast",
    "comic",
    "comics",
    "memoir",
    "play",
    "company",
    "production",
    "productions",
    "studio",
    "network",
    "album",
    "song",
    "franchise",
    "saga",
    "universe",
    "adaptation",
    "reboot",
    "remake",
    "spinoff",
    "spin",
    "prequel",
    "sequel",
    "character",
    "role",
    "story",
    "version",
    "creation",
    "drama",
    "comedy",
    "thriller",
    "sitcom",
    "anthology",
    "docuseries",
    "miniseries",
    "limited",
    "hit",
];
/// "Tom Ellis and Lauren German will reprise their roles as Lucifer Morningstar and
/// Detective Chloe Decker": coordinated actors and characters, in order.
static COORD_AS: LazyLock<Regex> = LazyLock::new(|| {
    let a = format!(r"{N}(?:\s+(?:{CAP}\.\s+)?{PARTICLE}{N}){{1,3}}");
    let c = format!(r"(?:(?:Dr|Mr|Mrs|Ms|Det|Sgt|Lt|Capt)\.\s+)?{N}(?:\s+{N}){{0,3}}");
    let cr = r#"(?:\s*\([^)]{1,40}\))?"#;
    crate::rules::rx(&format!(r"(?P<names>{a}{cr}(?:,\s+{a}{cr})*,?\s+and\s+{a}{cr})\s+(?P<mid>[^.,;()]{{0,70}}?)(?-u:\b)as\s+(?:the\s+(?:[a-z]+\s+){{0,2}})?(?P<chars>{c}(?:,\s+{c})*,?\s+and\s+{c})")).unwrap()
});
static COORD_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:reprise|reprising|return|returning|back|play|playing|star|starring|portray|appear|join|joining|promoted|regulars?|cast|voice|roles?)(?-u:\b)").unwrap()
});
/// "Sylvie and Hugh (Sian Clifford and James McArdle)".
static COORD_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    let a = format!(r"{N}(?:\s+(?:{CAP}\.\s+)?{PARTICLE}{N}){{1,3}}");
    let c = format!(r"{N}(?:\s+{N}){{0,3}}");
    crate::rules::rx(&format!(
        r"(?P<chars>{c}(?:,\s+{c})*,?\s+and\s+{c})\s+\((?P<names>{a}(?:,\s+{a})*,?\s+and\s+{a})\)"
    ))
    .unwrap()
});
/// List lines: "Okarun - AJ Beckles (Gremmy in Bleach)", "Ingrid Yun: Arden Cho",
/// "Yasha Jackson: This actress is playing Suzanne Martin".
static LINE_PAIR: LazyLock<Regex> = LazyLock::new(|| {
    let side = format!(
        r"(?:(?:Dr|Mr|Mrs|Ms|Det|Sgt|Lt|Capt)\.\s+)?{N}(?:\s+(?:{N}|{CAP}(?-u:\b)|(?:de|van|von|der|da|di|del|la|le|du)(?-u:\b))){{0,3}}"
    );
    crate::rules::rx(&format!(r"^(?:[-*•]\s+|\d{{1,2}}[.)]\s+)?(?P<l>{side})\s*(?:\s[-–—]|[–—]|:)\s+(?:(?:This|The)\s+(?:actor|actress|star|comedian|performer)\s+(?P<verb>is\s+playing|plays|will\s+play|portrays|will\s+portray|stars\s+as|returns\s+as|is)\s+(?:(?:the\s+|a\s+|an\s+)?(?:[a-z][a-z'-]*\s+){{0,3}}?)?)?(?P<r>{side})(?P<cred>\s*\([^)]*\))?\s*(?P<end>[.,:;]|$)")).unwrap()
});
/// "Bradley Walsh (who plays Graham)".
static WHO_PLAYS_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(
        r"{}\s+\((?:who\s+)?(?:plays|played|portrays|voices|as)\s+({N}(?:\s+{N}){{0,3}})\)",
        ACTOR.as_str()
    ))
    .unwrap()
});
/// Labels that open "Label: value" lines and are not characters.
const LINE_LABELS: &[&str] = &[
    "Cast",
    "Starring",
    "Stars",
    "Showrunner",
    "Showrunners",
    "Creator",
    "Creators",
    "Director",
    "Directors",
    "Writer",
    "Writers",
    "Producer",
    "Producers",
    "Network",
    "Genre",
    "Release",
    "Premiere",
    "Episodes",
    "Runtime",
    "Status",
    "Platform",
    "Where",
    "When",
    "Watch",
    "Rating",
    "Source",
    "Photo",
    "Image",
    "Credit",
    "Getty",
    "Related",
    "Read",
    "Also",
    "Plot",
    "Trailer",
];

fn push_pair(
    ctx: &Ctx<'_, '_>,
    out: &mut Vec<(String, String, &'static str)>,
    actor: &str,
    character: &str,
    rule: &'static str,
) {
    let actor = clean_name(actor);
    let character = clean_name(character);
    if actor.is_empty()
        || character.is_empty()
        || !is_name_like(&actor)
        || !is_name_like(&character)
    {
        return;
    }
    if ctx.is_title(&actor) || ctx.is_title(&character) || actor == character {
        return;
    }
    if out.iter().any(|(a, _, _)| *a == actor) {
        return;
    }
    out.push((actor, character, rule));
}

/// Full names of people the article writes: two or three capitalised name words
/// ("Sutton Foster", "Adrienne C. Moore"), not titles or places it knows of.
fn full_person_names(doc: &Document<'_>) -> Vec<String> {
    static NAME: LazyLock<Regex> = LazyLock::new(|| {
        crate::rules::rx(&format!(
            r"(?-u:\b){N}(?:\s+{CAP}\.)?(?:\s+{PARTICLE}{N}){{1,2}}(?-u:\b)"
        ))
        .unwrap()
    });
    let mut out: Vec<String> = Vec::new();
    for m in NAME.find_iter(doc.text) {
        let n = m.as_str().trim_end_matches(['.', '’', '\'']);
        // A sentence's last word is not the first of a name ("... Oren Ashby. Marta").
        let words: Vec<&str> = n.split_whitespace().collect();
        if words[..words.len() - 1]
            .iter()
            .any(|w| w.ends_with('.') && w.chars().count() > 2)
        {
            continue;
        }
        if crate::mentions::looks_like_person(n) && !out.iter().any(|o| o == n) {
            out.push(n.to_string());
        }
    }
    out
}

/// Ranks, titles and forms of address that open a character's name, not an actor's
/// ("DI Alec Hardy", "Father Fogden", "Madame Jeanne").
fn has_role_prefix(name: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "DI",
        "DS",
        "DCI",
        "DC",
        "DSI",
        "DSU",
        "PC",
        "Det.",
        "Detective",
        "Sgt.",
        "Sergeant",
        "Father",
        "Madame",
        "Mme",
        "Lady",
        "Lord",
        "Queen",
        "King",
        "Prince",
        "Princess",
        "Dr.",
        "Dr",
        "Doctor",
        "Agent",
        "Captain",
        "Capt.",
        "Lieutenant",
        "Lt.",
        "Officer",
        "Chief",
        "President",
        "Principal",
        "Professor",
        "Prof.",
        "Judge",
        "Dean",
        "Uncle",
        "Aunt",
        "Sister",
        "Brother",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Miss",
        "Mayor",
        "General",
        "Colonel",
        "Commander",
        "Emperor",
        "Empress",
        "Reverend",
        "Pastor",
        "Nurse",
        "Inspector",
        "Sheriff",
        "Deputy",
        "Senator",
        "Governor",
        "Count",
        "Countess",
        "Duke",
        "Duchess",
        "Baron",
        "Ser",
    ];
    name.split_whitespace()
        .next()
        .is_some_and(|w| PREFIXES.contains(&w))
        && name.split_whitespace().count() >= 2
}

/// How much the article writes about a name as an actor: "X is an actor", "actress X",
/// "X is best known for", "X has starred in", "X plays", "X (credits, 2019)".
static CHARACTER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(
        r"(?i)(?-u:\b)(?:character|role|characters|roles)(?:\s+(?:of|is|was))?[,:]?\s+$",
    )
    .unwrap()
});

fn actor_evidence(text: &str, name: &str) -> usize {
    if name.len() < 4 {
        return 0;
    }
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::rules::rx(r"^(?:-(?:starring|led|fronted)(?-u:\b)|(?:,)?\s+(?:(?:is|was)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:actor|actress|star|comedian|performer)(?-u:\b)|(?:is\s+|was\s+)?(?:best\s+|perhaps\s+best\s+|also\s+)?known\s+(?:for|as)(?-u:\b)|has\s+(?:also\s+)?(?:starred|appeared|been\s+seen)(?-u:\b)|(?:who\s+)?(?:plays|played|will\s+play|portrays|stars\s+as|returns\s+as|reprises)(?-u:\b)|['’]s\s+(?:character|role|career|credits)(?-u:\b)|\([^)]*(?:,|(?-u:\b)(?:19|20)\d\d(?-u:\b))[^)]*\)))").unwrap()
    });
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        crate::rules::rx(
            r"(?i)(?-u:\b)(?:actor|actress|star|co-star|newcomer|veteran|comedian)\s+$",
        )
        .unwrap()
    });
    // "Elias Pound, played by Albie Marber": the name before "played by" is the role.
    static PLAYED_BY: LazyLock<Regex> = LazyLock::new(|| {
        crate::rules::rx(
            r"^,?\s+(?:who\s+(?:is|was|will\s+be)\s+)?(?:played|portrayed|voiced)\s+by(?-u:\b)",
        )
        .unwrap()
    });
    text.match_indices(name)
        .filter(|(i, _)| {
            let after = &text[i + name.len()..];
            AFTER.is_match(after) && !PLAYED_BY.is_match(after) || BEFORE.is_match(&text[..*i])
        })
        .count()
}

fn split_list(s: &str) -> Vec<String> {
    // Credits in parentheses ("Hamish Linklater (“Midnight Mass”)") are not part of a name.
    let mut plain = String::with_capacity(s.len());
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = (depth - 1).max(0),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
        .split(',')
        .flat_map(|p| p.split(" and "))
        .map(|p| p.trim().trim_start_matches("and ").trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

fn extra_pairs(ctx: &Ctx<'_, '_>, sent: &str, out: &mut Vec<(String, String, &'static str)>) {
    if sent.contains('\'') || sent.contains('’') {
        for c in POSSESSIVE_PAIR.captures_iter(sent) {
            let (actor, character) = (c[1].trim(), c[2].trim());
            let after = c.name("after").map(|m| m.as_str().trim()).unwrap_or("");
            if after.starts_with(['+', '&', ':']) || NOT_AFTER_POSSESSIVE.contains(&after) {
                continue;
            }
            if !crate::mentions::looks_like_person(actor)
                || ctx.is_title(character)
                || is_network(character)
                || is_outlet(actor)
            {
                continue;
            }
            // "Shonda Rhimes' Bridgerton": a one-word name after a possessive is a work unless
            // the sentence lists several such pairs.
            let before = &sent[..c.get(1).unwrap().start()];
            if FILMOGRAPHY_BEFORE.is_match(before)
                || before.matches('(').count() > before.matches(')').count()
            {
                continue;
            }
            if !character.contains(' ') && !POSSESSIVE_CONTEXT.is_match(sent) {
                continue;
            }
            push_pair(ctx, out, actor, character, "cast.possessive");
        }
    }
    if sent.contains(" and ") {
        for c in COORD_AS.captures_iter(sent) {
            if !COORD_VERB.is_match(&c["mid"])
                || NOT_A_ROLE.iter().any(|w| {
                    c["mid"]
                        .split_whitespace()
                        .any(|m| m == *w && !matches!(*w, "to" | "in" | "for"))
                })
            {
                continue;
            }
            let (names, chars) = (split_list(&c["names"]), split_list(&c["chars"]));
            if names.len() == chars.len()
                && names.iter().all(|n| crate::mentions::looks_like_person(n))
            {
                for (n, ch) in names.iter().zip(&chars) {
                    // "A and B are back as X and Y": the pairing in order beats "B ... as X".
                    out.retain(|(a, _, _)| a != n);
                    push_pair(ctx, out, n, ch, "cast.coordinated");
                }
            }
        }
        for c in COORD_PAREN.captures_iter(sent) {
            let (names, chars) = (split_list(&c["names"]), split_list(&c["chars"]));
            if names.len() == chars.len()
                && names.iter().all(|n| crate::mentions::looks_like_person(n))
            {
                for (n, ch) in names.iter().zip(&chars) {
                    push_pair(ctx, out, n, ch, "cast.coordinated-paren");
                }
            }
        }
    }
    if let Some(c) = LINE_PAIR.captures(sent.trim()) {
        let (l, r) = (c["l"].trim(), c["r"].trim());
        let label = l.split_whitespace().next().unwrap_or("");
        let ends_line = c.name("end").is_some_and(|e| e.as_str().is_empty())
            || c.name("verb").is_some()
            || c.name("cred").is_some();
        if ends_line && !LINE_LABELS.contains(&label) && !is_network(r) && !is_network(l) {
            let (lw, rw) = (l.split_whitespace().count(), r.split_whitespace().count());
            let person = crate::mentions::looks_like_person;
            // Credits in parentheses follow the actor; a verb names the actor on the left.
            let actor_left = if c.name("verb").is_some() {
                true
            } else if c
                .name("cred")
                .is_some_and(|p| p.as_str().contains(" in ") || p.as_str().contains(','))
            {
                false
            } else if lw == 1 && rw >= 2 {
                false
            } else if lw >= 2 && rw == 1 {
                true
            } else {
                ctx.line_actor_left
                    .unwrap_or(!ctx.paren_char_outside.unwrap_or(false))
            };
            let (actor, character) = if actor_left { (l, r) } else { (r, l) };
            if person(actor) {
                push_pair(ctx, out, actor, character, "cast.list-line");
            }
        }
    }
    if sent.contains("(who ") || sent.contains("(plays ") || sent.contains("(as ") {
        for c in WHO_PLAYS_PAREN.captures_iter(sent) {
            push_pair(ctx, out, &c[1], &c[2], "cast.who-plays-paren");
        }
    }
}

static RESPECTIVELY: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?P<names>.+?)\s+(?:star|play|appear|portray|return)s?\s+as\s+(?P<chars>.+?),?\s+respectively(?-u:\b)").unwrap()
});

/// "A and B star as X and Y, respectively."
fn respectively(sent: &str, out: &mut Vec<(String, String, &'static str)>) {
    let Some(c) = RESPECTIVELY.captures(sent) else {
        return;
    };
    let split = |s: &str| -> Vec<String> {
        s.split(',')
            .flat_map(|p| p.split(" and "))
            .map(|p| p.trim().trim_start_matches("and ").trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    };
    let names = split(&c["names"]);
    let chars = split(&c["chars"]);
    if names.len() != chars.len() || names.len() < 2 {
        return;
    }
    for (n, ch) in names.into_iter().zip(chars) {
        if is_name_like(&n) && is_name_like(&ch) && !out.iter().any(|(a, _, _)| *a == n) {
            out.push((n, ch, "cast.respectively"));
        }
    }
}

static RESPECTIVELY_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?i:respectively),\s+they\s+(?:play|portray|star\s+as|appear\s+as|will\s+play)\s+(?P<chars>[^.;]+)").unwrap()
});
static LEADING_NAMES: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"^(?P<names>[A-Z](?:[^.;:]|(?-u:\b)[A-Z]\.)+?)\s+(?:have|has|are|were|will|all|both|join|joined|return|returned)(?-u:\b)").unwrap()
});

/// "Dascha Polanco, Selenis Leyva and Nick Sandow have been upped to series regulars.
/// Respectively, they play pregnant inmate Daya Diaz, head of the kitchen staff Gloria
/// Mendoza and prison administrator Joe Caputo": names in one sentence, characters in the
/// next, each character the capitalised run that ends its item.
fn respectively_across(prev: &str, sent: &str, out: &mut Vec<(String, String, &'static str)>) {
    let (Some(c), Some(n)) = (
        RESPECTIVELY_NEXT.captures(sent),
        LEADING_NAMES.captures(prev),
    ) else {
        return;
    };
    let split = |s: &str| -> Vec<String> {
        s.split(',')
            .flat_map(|p| p.split(" and "))
            .map(|p| p.trim().trim_start_matches("and ").trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    };
    let names = split(&n["names"]);
    let chars: Vec<String> = split(&c["chars"])
        .into_iter()
        .map(|item| {
            let words: Vec<&str> = item.split_whitespace().collect();
            // The name ends the item: after the last lower-case word, possessive
            // ("Taystee's") or acronym ("BFF").
            let k = words
                .iter()
                .rposition(|w| {
                    !crate::mentions::is_cap_word(w)
                        || w.ends_with("'s")
                        || w.ends_with("’s")
                        || w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase())
                })
                .map_or(0, |k| k + 1);
            words[k..].join(" ")
        })
        .collect();
    if names.len() != chars.len() || names.len() < 2 || !names.iter().all(|n| is_name_like(n)) {
        return;
    }
    for (n, ch) in names.into_iter().zip(chars) {
        if !ch.is_empty() && is_name_like(&ch) && !out.iter().any(|(a, _, _)| *a == n) {
            out.push((n, ch, "cast.respectively"));
        }
    }
}

static CREATOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(r"(?i:created\s+by|from\s+creator|series\s+creator|co-creator|creator|created\s+and\s+written\s+by|developed\s+by|(?:and|,)\s+showrunner|showrunner|written\s+and\s+created\s+by)\s+{}(?:\s+and\s+{})?", ACTOR.as_str(), ACTOR.as_str())).unwrap()
});
static CREATED_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(
        r"{},?\s+who\s+(?:created|co-created|developed)(?-u:\b)",
        ACTOR.as_str()
    ))
    .unwrap()
});
static EXEC: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(r"(?P<net>[A-Z][\w+&!]*(?:\s+[A-Z][\w+&!]*)?)['’]s\s+(?P<role>(?:(?:head|chief|president|vice\s+president|VP|executive|boss|chair(?:man|woman)?|director|co-head|head\s+of|senior|global|original|series|scripted|drama|comedy|content|programming|unscripted|entertainment|television|TV|of|and|the)\s+){{1,6}}?(?:head|chief|president|VP|executive|boss|chair(?:man|woman)?|director|officer|co-head|programming|content|series|drama|comedy|scripted))\s+{}", ACTOR.as_str())).unwrap()
});
const ROLE: &str = r"(?P<role>(?i:co-showrunners?|showrunners?|co-executive\s+producer|executive\s+producer|head\s+writer|series\s+director|lead\s+director|director|writer|producer|drama\s+controller|controller\s+of\s+drama|commissioner|commissioning\s+editor))";
static ROLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(
        r"(?:^|[\s(;,])(?:(?P<net>[A-Z][\w+&!]*)\s+)?{ROLE}\s+{}",
        ACTOR.as_str()
    ))
    .unwrap()
});
static ROLE_AS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(r"{}[^.;]{{0,60}}?(?-u:\b)(?:as|is\s+the|was\s+the|,\s+the)\s+(?:new\s+|sole\s+|series\s+)?{ROLE}(?-u:\b)", ACTOR.as_str())).unwrap()
});
static ROLE_AS_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(
        r"(?-u:\b)(?:as|is\s+the|was\s+the|,\s+the)\s+(?:new\s+|sole\s+|series\s+)?{ROLE}(?-u:\b)"
    ))
    .unwrap()
});
static ROLE_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(
        r"(?-u:\b)(?P<verb>directed|written|produced|penned|helmed)\s+by\s+{}(?:\s+and\s+{})?",
        ACTOR.as_str(),
        ACTOR.as_str()
    ))
    .unwrap()
});
static EXEC_APPOS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(r"(?P<net>[A-Z][\w+&!]*(?:\s+[A-Z][\w+&!]*)?)['’]s\s+(?P<role>(?:head|president|chief|vice\s+president|VP|executive\s+vice\s+president|EVP|SVP|director|co-head|boss)\s+of\s+[a-z][\w\s-]{{2,40}}?),\s+{}", ACTOR.as_str())).unwrap()
});
static EXEC_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(r"{},\s+(?P<net>[A-Z][\w+&!]*(?:\s+[A-Z][\w+&!]*)?)['’]s\s+(?P<role>(?:head|president|chief|vice\s+president|VP|director|co-head|boss)(?:\s+of\s+[a-z][\w\s-]{{2,40}}?)?)[,.]", ACTOR.as_str())).unwrap()
});

static BASED_ON: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(&format!(r#"(?i:based\s+on|adapted\s+from|adaptation\s+of|inspired\s+by|adapts|remake\s+of|reimagining\s+of)\s+(?i:the\s+|a\s+|an\s+)?(?:(?P<author1>{N}(?:\s+{N}){{0,2}})['’]s?\s+)?(?:(?P<year>(?:19|20)\d\d)\s+)?(?:(?i:best-?selling|hit|acclaimed|popular|award-winning|debut|beloved|cult|classic|same-name|eponymous|namesake)\s+)*(?:[a-z-]+\s+){{0,2}}?(?P<kind>(?i:graphic\s+novel|novels?|books?|comics?|comic\s+book|memoir|podcast|manga|webtoon|short\s+story|film|movie|play|web\s*comic|video\s+game|true\s+story|article|series))(?:\s+(?:series\s+)?(?i:by|from)\s+(?P<author2>{N}(?:\s+{N}){{0,2}}))?(?:,?\s+(?:(?i:titled|called)\s+)?["“‘'](?P<title>[A-Z][^"”’']{{1,60}})["”’'])?(?:[^.]{{0,30}}?(?-u:\b)(?P<year2>(?:19|20)\d\d)(?-u:\b))?"#)).unwrap()
});
static GENRES: &[&str] = &[
    "legal drama",
    "medical drama",
    "police procedural",
    "procedural",
    "crime drama",
    "period drama",
    "teen drama",
    "romantic comedy",
    "rom-com",
    "romcom",
    "sitcom",
    "comedy",
    "dramedy",
    "thriller",
    "psychological thriller",
    "spy thriller",
    "horror",
    "fantasy",
    "science fiction",
    "sci-fi",
    "docuseries",
    "reality series",
    "anthology",
    "mystery",
    "murder mystery",
    "superhero",
    "animated series",
    "anime",
    "workplace comedy",
    "family drama",
    "political drama",
    "western",
    "musical",
    "historical drama",
    "action",
    "romance",
    "k-drama",
    "true crime",
];
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:(?P<day1>\d{1,2})\s+)?(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?)?\s+(?P<year>(?:19|20)\d\d)(?-u:\b)|(?-u:\b)(?P<season>spring|summer|fall|autumn|winter|early|late|mid-?)\s+(?P<syear>(?:19|20)\d\d)(?-u:\b)|(?-u:\b)(?:in|by)\s+(?P<yonly>(?:19|20)\d\d)(?-u:\b)").unwrap()
});
static SEASON_REF: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)season\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?-u:\b)|(?-u:\b)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|debut|new|next|upcoming|sophomore)\s+(?:season|series|instal?lment)(?-u:\b)|(?-u:\b)S(\d{1,2})(?-u:\b)").unwrap()
});
static FILMING: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:filming|filmed|shooting|shot|production|cameras|principal\s+photography|wrapped|wraps|wrap|began\s+filming|started\s+filming|started\s+shooting)(?-u:\b)").unwrap()
});
static FILM_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:wrap(?:ped|s)?|ended|finished|completed|concluded|until|through|to|and)(?-u:\b)[^.]{0,25}$").unwrap()
});
static FILM_START: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:began|begin|begins|started|start|starts|kicked\s+off|commenced|got\s+underway|rolled|roll|between|from|since)(?-u:\b)[^.]{0,30}$").unwrap()
});
static PREMIERE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:premiered|debuted|launched|arrived|dropped|was\s+released|first\s+aired|bowed|hit\s+netflix|hit\s+screens|premieres|debuts|arrives|will\s+premiere|will\s+debut|will\s+arrive|set\s+to\s+premiere|is\s+set\s+to\s+debut)(?-u:\b)").unwrap()
});
static PROJECTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:can\s+expect|could\s+(?:premiere|arrive|debut|return|drop|land)|expect(?:ed)?\s+(?:it|the\s+\w+\s+season|season\s+\w+|a\s+premiere)?|predict|likely\s+(?:premiere|arrive|return|debut|land)|should\s+(?:premiere|arrive|return|debut|land)|projected|estimate|our\s+best\s+guess|no\s+earlier\s+than|at\s+the\s+earliest)(?-u:\b)").unwrap()
});
static HASHTAG: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r#"#(?:Renew|Save|BringBack|Saved|Keep|Uncancel)[A-Za-z0-9]+|(?i:hashtag)\s+["“‘']?(?P<spaced>(?:Renew|Save|Bring\s+Back|Keep)(?:\s+[A-Z0-9][\w'’&-]*){1,6})["”’']?"#).unwrap()
});
static REACH: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(\d[\d.,]*\s*(?:million|thousand|k|m)?)\s+(?:followers|signatures|signers|fans|supporters|posts|tweets|mentions)").unwrap()
});
static TOP10: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)top\s+(?:10|ten)(?-u:\b)|(?-u:\b)no\.\s*1\s+(?:on|in|spot)|(?-u:\b)number\s+one\s+(?:on|in|spot)|(?-u:\b)most[- ]watched(?-u:\b)|(?-u:\b)most[- ]streamed(?-u:\b)").unwrap()
});
static CLIFFHANGER: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::rx(r"(?i)(?-u:\b)cliff-?hanger(?-u:\b)").unwrap());
static PETITION: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::rx(r"(?i)(?-u:\b)petition(?-u:\b)").unwrap());
static COMPARISON: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r#"(?i:comparisons?\s+(?:to|with)|compared\s+(?:to|with)|in\s+the\s+vein\s+of|fans\s+of|the\s+next|reminiscent\s+of|likened\s+to|meets)\s+(?:shows\s+like\s+|series\s+like\s+|popular\s+shows\s+like\s+)?["“‘']?(?P<list>[A-Z][^.;:!?]{0,120})"#).unwrap()
});
static EXEC_SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:said|says|told|tells|hinted|teased|explained|added|noted|revealed|expressed|confirmed)(?-u:\b)").unwrap()
});

/// The leading run of capitalised words (with connectors) in `s`: "Emily in Paris is" → "Emily in Paris".
fn leading_title(s: &str) -> &str {
    let mut end = 0;
    let words: Vec<(usize, &str)> = s
        .split(' ')
        .scan(0, |pos, w| {
            let start = *pos;
            *pos += w.len() + 1;
            Some((start, w))
        })
        .collect();
    for (k, (start, w)) in words.iter().enumerate() {
        let cap = w
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let connector = matches!(*w, "in" | "of" | "the" | "and" | "&" | "on" | "a" | "at")
            && words
                .get(k + 1)
                .is_some_and(|(_, n)| n.chars().next().is_some_and(char::is_uppercase));
        if !(cap || connector && k > 0) {
            break;
        }
        end = start + w.len();
    }
    s[..end].trim_end_matches(|c: char| !c.is_alphanumeric())
}

const G_CAST: u32 = 1;
const G_GENRE: u32 = 2;
const G_DATES: u32 = 4;
const G_SIGNAL: u32 = 8;
const G_OTHER: u32 = 16;
/// Possessive pairs, coordinated lists and list lines (`extra_pairs`).
const G_CAST_EXTRA: u32 = 32;

/// Keywords per fact family; a sentence with none of a family's words skips its rules.
const PREFILTER_WORDS: &[(&str, u32)] = &[
    (" as ", G_CAST),
    ("(", G_CAST),
    ("play", G_CAST),
    ("portray", G_CAST),
    ("voice", G_CAST),
    ("respectively", G_CAST),
    ("brought to life", G_CAST),
    ("'s", G_CAST_EXTRA),
    ("’s", G_CAST_EXTRA),
    ("s'", G_CAST_EXTRA),
    ("s’", G_CAST_EXTRA),
    (" and ", G_CAST_EXTRA),
    ("role", G_CAST),
    ("character", G_CAST),
    ("part of", G_CAST),
    ("shoes", G_CAST),
    ("to life", G_CAST),
    (" - ", G_CAST_EXTRA),
    ("–", G_CAST_EXTRA),
    ("—", G_CAST_EXTRA),
    (":", G_CAST_EXTRA),
    ("(who ", G_CAST_EXTRA),
    ("(as ", G_CAST_EXTRA),
    ("(plays ", G_CAST_EXTRA),
    ("creat", G_OTHER),
    ("showrunner", G_OTHER),
    ("develop", G_OTHER),
    ("'s", G_OTHER),
    ("’s", G_OTHER),
    ("based", G_OTHER),
    ("adapt", G_OTHER),
    ("inspired", G_OTHER),
    ("remake", G_OTHER),
    ("reimagin", G_OTHER),
    ("directed", G_OTHER),
    ("written", G_OTHER),
    ("produc", G_OTHER),
    ("director", G_OTHER),
    ("writer", G_OTHER),
    ("controller", G_OTHER),
    ("president", G_OTHER),
    ("head of", G_OTHER),
    ("chief", G_OTHER),
    ("commissioner", G_OTHER),
    ("helmed", G_OTHER),
    ("penned", G_OTHER),
    ("compar", G_OTHER),
    ("vein", G_OTHER),
    ("fans of", G_OTHER),
    ("the next", G_OTHER),
    ("reminiscent", G_OTHER),
    ("likened", G_OTHER),
    ("meets", G_OTHER),
    ("drama", G_GENRE),
    ("comedy", G_GENRE),
    ("com", G_GENRE),
    ("procedural", G_GENRE),
    ("thriller", G_GENRE),
    ("horror", G_GENRE),
    ("fantasy", G_GENRE),
    ("fi", G_GENRE),
    ("docuseries", G_GENRE),
    ("reality", G_GENRE),
    ("anthology", G_GENRE),
    ("mystery", G_GENRE),
    ("superhero", G_GENRE),
    ("anim", G_GENRE),
    ("western", G_GENRE),
    ("musical", G_GENRE),
    ("action", G_GENRE),
    ("romance", G_GENRE),
    ("crime", G_GENRE),
    ("sitcom", G_GENRE),
    ("19", G_DATES),
    ("20", G_DATES),
    ("jan", G_DATES),
    ("feb", G_DATES),
    ("mar", G_DATES),
    ("apr", G_DATES),
    ("may", G_DATES),
    ("jun", G_DATES),
    ("jul", G_DATES),
    ("aug", G_DATES),
    ("sep", G_DATES),
    ("oct", G_DATES),
    ("nov", G_DATES),
    ("dec", G_DATES),
    ("spring", G_DATES),
    ("summer", G_DATES),
    ("fall", G_DATES),
    ("autumn", G_DATES),
    ("winter", G_DATES),
    ("#", G_SIGNAL),
    ("hashtag", G_SIGNAL),
    ("top", G_SIGNAL),
    ("no.", G_SIGNAL),
    ("number one", G_SIGNAL),
    ("most", G_SIGNAL),
    ("cliff", G_SIGNAL),
    ("petition", G_SIGNAL),
];
static PREFILTER: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(PREFILTER_WORDS.iter().map(|(w, _)| *w))
        .expect("prefilter builds")
});
static GROUP_OF: LazyLock<Vec<u32>> =
    LazyLock::new(|| PREFILTER_WORDS.iter().map(|(_, g)| *g).collect());

/// Calendar dates named in a sentence, with byte offsets.
fn dates(sent: &str) -> Vec<(usize, PartialDate)> {
    let mut out = Vec::new();
    for c in MONTH_YEAR.captures_iter(sent) {
        let start = c.get(0).unwrap().start();
        let d = if let (Some(m), Some(y)) = (c.name("mon"), c.name("year")) {
            let (Some(mon), Ok(year)) = (
                crate::dates::month_number(m.as_str()),
                y.as_str().parse::<i16>(),
            ) else {
                continue;
            };
            match c
                .name("day")
                .or(c.name("day1"))
                .and_then(|d| d.as_str().parse::<i8>().ok())
            {
                Some(day) => {
                    PartialDate::day(year, mon, day).or_else(|_| PartialDate::month(year, mon))
                }
                None => PartialDate::month(year, mon),
            }
        } else if let (Some(s), Some(y)) = (c.name("season"), c.name("syear")) {
            let Ok(year) = y.as_str().parse::<i16>() else {
                continue;
            };
            let mon = match s.as_str().to_ascii_lowercase().as_str() {
                "spring" => 4,
                "summer" => 7,
                "fall" | "autumn" => 10,
                "winter" => 1,
                "early" => 2,
                "late" => 11,
                _ => 6,
            };
            PartialDate::month(year, mon)
        } else if let Some(y) = c.name("yonly") {
            let Ok(year) = y.as_str().parse::<i16>() else {
                continue;
            };
            PartialDate::year(year)
        } else {
            continue;
        };
        if let Ok(d) = d {
            out.push((start, d));
        }
    }
    out
}

fn season_in(sent: &str, main_season: Option<u16>) -> Option<u16> {
    let c = SEASON_REF.captures(sent)?;
    if let Some(n) = c.get(1).or(c.get(3)) {
        return number_word(n.as_str());
    }
    let w = c.get(2)?.as_str().to_ascii_lowercase();
    match w.as_str() {
        "debut" => Some(1),
        "sophomore" => Some(2),
        "new" | "next" | "upcoming" => main_season.map(|s| s + 1),
        _ => number_word(&w),
    }
}

fn squash_hashtag(s: &str) -> String {
    let words: String = s.split_whitespace().collect();
    let w = words.trim_start_matches('#');
    format!("#{w}")
}

/// Attaches profile facts found in the document to the main show's report.
/// The (actor, character) pairs of the cast facts.
fn cast_pairs_in(facts: &[ProfileFact]) -> Vec<(String, String)> {
    facts
        .iter()
        .filter(|f| f.kind == "cast")
        .filter_map(|f| {
            Some((
                f.value["actor"].as_str()?.to_string(),
                f.value["character"].as_str()?.to_string(),
            ))
        })
        .collect()
}

/// Drops the cast facts whose (actor, character) `drop` picks; other facts stay.
fn drop_cast(facts: &mut Vec<ProfileFact>, drop: impl Fn(&str, &str) -> bool) {
    facts.retain(|f| {
        if f.kind != "cast" {
            return true;
        }
        match (f.value["actor"].as_str(), f.value["character"].as_str()) {
            (Some(a), Some(c)) => !drop(a, c),
            _ => true,
        }
    });
}

pub fn attach_facts(
    doc: &Document<'_>,
    offsets: &CharOffsets<'_>,
    mentions: &[Mention],
    main_key: Option<&str>,
    main_title: Option<&str>,
    strong: &[String],
    lines: &[String],
    reports: &mut Vec<ShowReport>,
) {
    let Some(main_title) = main_title else { return };
    let mut titles: Vec<String> = mentions
        .iter()
        .map(|m| m.title.clone())
        .filter(|t| !lines.contains(t))
        .collect();
    titles.sort();
    titles.dedup();
    let paren_char_outside = paren_orientation(doc, &titles);
    let line_actor_left = line_orientation(doc);
    let text_names = full_person_names(doc);
    let surnames: Vec<String> = text_names
        .iter()
        .filter_map(|n| n.rsplit(' ').next().map(str::to_string))
        .collect();
    let ctx = Ctx {
        doc,
        offsets,
        main_key,
        titles,
        paren_char_outside,
        line_actor_left,
        surnames,
    };
    let known_season = reports
        .iter()
        .find(|r| Some(title_key(&r.title).as_str()) == main_key)
        .and_then(|r| r.season);
    let mut facts: Vec<ProfileFact> = Vec::new();
    // Which show each sentence's facts belong to: the main show, unless the sentence
    // names exactly one other series and not the main one ("Not to be confused with
    // Apple TV+'s Hollow Creek Rising, starring ...").
    // Only a show the article gives a status, or names as a show (a network's possessive,
    // a season), is another show here; a quoted nickname or a character's name in a
    // sentence does not take its cast away from the main show.
    let with_status: Vec<String> = reports
        .iter()
        .filter(|r| r.status.is_some())
        .map(|r| title_key(&r.title))
        .chain(strong.iter().map(|t| title_key(t)))
        .collect();
    let target_of = |i: usize| -> Option<String> {
        let mut named: Vec<&str> = mentions
            .iter()
            .filter(|m| {
                m.sentence == i && !m.non_series && with_status.contains(&title_key(&m.title))
            })
            .map(|m| m.title.as_str())
            .collect();
        named.sort();
        named.dedup();
        let main_named = named
            .iter()
            .any(|t| Some(title_key(t).as_str()) == main_key);
        (!main_named && named.len() == 1).then(|| named[0].to_string())
    };
    let mut others: Vec<(String, ProfileFact)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut push = |f: ProfileFact, facts: &mut Vec<ProfileFact>| {
        if seen.insert((f.kind.clone(), f.value.to_string())) {
            facts.push(f);
        }
    };
    for (i, s) in doc.sentences.iter().enumerate() {
        if s.chrome {
            continue;
        }
        let sent = doc.sentence_text(i);
        // One pass finds which fact families can match this sentence at all.
        let groups = PREFILTER
            .find_overlapping_iter(sent)
            .fold(0u32, |acc, m| acc | GROUP_OF[m.pattern().as_usize()]);
        if groups == 0 {
            continue;
        }
        let lower = sent.to_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
        // Cast.
        let mut cast_here = if groups & G_CAST != 0 {
            cast_pairs(&ctx, sent)
        } else {
            Vec::new()
        };
        if groups & (G_CAST | G_CAST_EXTRA) != 0 {
            extra_pairs(&ctx, sent, &mut cast_here);
        }
        // "A, B and C have been upped to series regulars. Respectively, they play ...".
        if i > 0 && doc.sentences[i - 1].para == s.para {
            respectively_across(doc.sentence_text(i - 1), sent, &mut cast_here);
        }
        for (actor, character, rule) in cast_here {
            push(
                ctx.fact(
                    i,
                    "cast",
                    rule,
                    json!({"actor": actor, "character": character}),
                ),
                &mut facts,
            );
        }
        // Creators.
        let creatorish = has(&["creat", "showrunner", "develop"]);
        for c in CREATOR.captures_iter(if creatorish { sent } else { "" }) {
            let rule = if c
                .get(0)
                .unwrap()
                .as_str()
                .to_lowercase()
                .contains("showrunner")
            {
                "person"
            } else {
                "creator"
            };
            for g in [1, 2] {
                if let Some(n) = c
                    .get(g)
                    .map(|m| clean_name(m.as_str()))
                    .filter(|n| is_name_like(n))
                {
                    if rule == "person" {
                        push(
                            ctx.fact(
                                i,
                                "person",
                                "person.showrunner",
                                json!({"name": n, "role": "showrunner"}),
                            ),
                            &mut facts,
                        );
                    } else {
                        push(
                            ctx.fact(i, "creator", "creator.created-by", json!({"name": n})),
                            &mut facts,
                        );
                    }
                }
            }
        }
        for c in CREATED_VERB.captures_iter(if creatorish { sent } else { "" }) {
            let n = clean_name(&c[1]);
            if is_name_like(&n) {
                push(
                    ctx.fact(i, "creator", "creator.who-created", json!({"name": n})),
                    &mut facts,
                );
            }
        }
        // Executives.
        for c in EXEC.captures_iter(if sent.contains("'s") || sent.contains("’s") {
            sent
        } else {
            ""
        }) {
            let net = c.name("net").unwrap().as_str();
            if !is_network(net) {
                continue;
            }
            let role = format!(
                "{} {}",
                crate::claims::canonical_network(net),
                c.name("role").unwrap().as_str()
            );
            let name = clean_name(c.get(3).unwrap().as_str());
            if is_name_like(&name) {
                push(
                    ctx.fact(
                        i,
                        "person",
                        "person.network-role",
                        json!({"name": name, "role": role}),
                    ),
                    &mut facts,
                );
                if EXEC_SPEECH.is_match(sent) || facts.iter().any(|f| f.kind == "person") {
                    push(ctx.fact(i, "signal", "signal.executive-comment", json!({"signal": "executive_comment", "detail": format!("{name} ({role})")})), &mut facts);
                }
            }
        }
        // People with roles.
        if groups & G_OTHER != 0 {
            let person = |name: &str, role: String, rule: &str| -> Option<ProfileFact> {
                let name = clean_name(name);
                (is_name_like(&name) && !ctx.is_title(&name))
                    .then(|| ctx.fact(i, "person", rule, json!({"name": name, "role": role})))
            };
            let role_of = |r: &str, net: Option<&str>| {
                let r = r
                    .to_lowercase()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                let r = if r.ends_with("showrunners") {
                    r.trim_end_matches('s').to_string()
                } else {
                    r
                };
                match net.filter(|n| is_network(n)) {
                    Some(n) => format!("{} {r}", crate::claims::canonical_network(n)),
                    None => r,
                }
            };
            let mut found: Vec<ProfileFact> = Vec::new();
            for c in ROLE_BEFORE.captures_iter(sent) {
                let name = c.get(c.len() - 1).map(|m| m.as_str()).unwrap_or("");
                found.extend(person(
                    name,
                    role_of(&c["role"], c.name("net").map(|m| m.as_str())),
                    "person.role-before",
                ));
            }
            // ROLE_AS scans up to 60 characters between a name and the role, which is
            // slow on every sentence; its tail alone is cheap and must match first.
            let role_tail = ROLE_AS_TAIL.is_match(sent);
            for c in ROLE_AS.captures_iter(if role_tail { sent } else { "" }) {
                found.extend(person(&c[1], role_of(&c["role"], None), "person.role-as"));
            }
            for c in ROLE_BY.captures_iter(sent) {
                let role = match &c["verb"] {
                    "directed" | "helmed" => "director",
                    "produced" => "producer",
                    _ => "writer",
                };
                for g in [2, 3] {
                    if let Some(n) = c.get(g) {
                        found.extend(person(n.as_str(), role.to_string(), "person.made-by"));
                    }
                }
            }
            for c in EXEC_APPOS
                .captures_iter(sent)
                .chain(EXEC_AFTER.captures_iter(sent))
            {
                let net = c.name("net").unwrap().as_str();
                if !is_network(net) {
                    continue;
                }
                let role_text = c["role"].trim().to_string();
                let name = c
                    .iter()
                    .skip(1)
                    .flatten()
                    .map(|m| m.as_str())
                    .find(|m| *m != net && m.trim() != role_text)
                    .unwrap_or("");
                found.extend(person(
                    name,
                    format!("{} {role_text}", crate::claims::canonical_network(net)),
                    "person.network-role",
                ));
            }
            if lower.contains("serve as co-showrunners") || lower.contains("serve as showrunners") {
                for c in CREATOR.captures_iter(sent) {
                    for g in [1, 2] {
                        if let Some(n) = c.get(g) {
                            found.extend(person(
                                n.as_str(),
                                "co-showrunner".into(),
                                "person.creators-run",
                            ));
                        }
                    }
                }
            }
            for f in found {
                push(f, &mut facts);
            }
        }
        // Source material.
        if let Some(c) = has(&["based", "adapt", "inspired", "remake", "reimagining"])
            .then(|| BASED_ON.captures(sent))
            .flatten()
        {
            let author = c
                .name("author1")
                .or(c.name("author2"))
                .map(|m| clean_name(m.as_str()))
                .filter(|a| is_name_like(a) && !ctx.is_title(a));
            let year = c
                .name("year")
                .or(c.name("year2"))
                .and_then(|y| y.as_str().parse::<i32>().ok());
            let kind = c.name("kind").map(|k| {
                k.as_str()
                    .to_lowercase()
                    .trim_end_matches('s')
                    .replace("comic book", "comic")
                    .replace("movie", "film")
            });
            let title = c
                .name("title")
                .map(|t| t.as_str().trim().to_string())
                .filter(|t| {
                    !t.to_lowercase().starts_with("by ") && t.split_whitespace().count() <= 8
                });
            push(
                ctx.fact(
                    i,
                    "based_on",
                    "based_on.based-on",
                    json!({"author": author, "year": year, "kind": kind, "title": title}),
                ),
                &mut facts,
            );
        }
        // Genres (only where the sentence is about the show, not its source).
        if groups & G_GENRE != 0 && !lower.contains("novel") && !lower.contains("book") {
            for g in GENRES {
                if let Some(p) = lower.find(g) {
                    let ok_before = p == 0 || !lower.as_bytes()[p - 1].is_ascii_alphanumeric();
                    let ok_after = lower[p + g.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric());
                    if ok_before && ok_after {
                        push(
                            ctx.fact(i, "genre", "genre.named", json!({"genre": g})),
                            &mut facts,
                        );
                    }
                }
            }
        }
        // Filming windows.
        if groups & G_DATES != 0 && FILMING.is_match(sent) && !PROJECTION.is_match(sent) {
            let ds = dates(sent);
            if !ds.is_empty() {
                let season = season_in(sent, known_season)
                    .or(known_season.map(|s| s.saturating_sub(0)))
                    .or(Some(1));
                let (mut start, mut end) = (None, None);
                for (k, (pos, d)) in ds.iter().enumerate() {
                    let before = &sent[..*pos];
                    if ds.len() >= 2 && k == 0
                        || FILM_START.is_match(before) && !FILM_END.is_match(before)
                    {
                        start = start.or(Some(*d));
                    } else if FILM_END.is_match(before) || k > 0 {
                        end = Some(*d);
                    } else {
                        start = start.or(Some(*d));
                    }
                }
                let sm = |d: Option<PartialDate>| d.map(|d| d.to_month().to_string());
                push(
                    ctx.fact(
                        i,
                        "filming",
                        "filming.window",
                        json!({"season": season, "start": sm(start), "end": sm(end)}),
                    ),
                    &mut facts,
                );
            }
        }
        // Premieres and stated projections.
        if groups & G_DATES != 0 && (PREMIERE.is_match(sent) || PROJECTION.is_match(sent)) {
            let ds = dates(sent);
            if let Some((_, d)) = ds.first() {
                let season = season_in(sent, known_season);
                if PROJECTION.is_match(sent) {
                    push(
                        ctx.fact(
                            i,
                            "projection",
                            "projection.stated",
                            json!({"season": season, "date": d.to_month().to_string()}),
                        ),
                        &mut facts,
                    );
                } else if !FILMING.is_match(sent) {
                    push(
                        ctx.fact(
                            i,
                            "premiere",
                            "premiere.dated",
                            json!({"season": season.or(Some(1)), "date": d.to_string()}),
                        ),
                        &mut facts,
                    );
                }
            }
        }
        // Signals.
        for c in HASHTAG.captures_iter(if groups & G_SIGNAL != 0 { sent } else { "" }) {
            let tag = c
                .name("spaced")
                .map(|m| squash_hashtag(m.as_str()))
                .unwrap_or_else(|| c[0].to_string());
            let reach = REACH.captures(sent).map(|r| r[1].to_string());
            push(
                ctx.fact(
                    i,
                    "signal",
                    "signal.fan-campaign",
                    json!({"signal": "fan_campaign", "hashtag": tag, "reach": reach}),
                ),
                &mut facts,
            );
        }
        if groups & G_SIGNAL != 0 && TOP10.is_match(sent) {
            push(
                ctx.fact(
                    i,
                    "signal",
                    "signal.top10",
                    json!({"signal": "top10", "detail": TOP10.find(sent).unwrap().as_str()}),
                ),
                &mut facts,
            );
        }
        if groups & G_SIGNAL != 0 && CLIFFHANGER.is_match(sent) && !lower.contains("release date") {
            push(
                ctx.fact(
                    i,
                    "signal",
                    "signal.cliffhanger",
                    json!({"signal": "cliffhanger"}),
                ),
                &mut facts,
            );
        }
        if groups & G_SIGNAL != 0 && PETITION.is_match(sent) {
            push(
                ctx.fact(
                    i,
                    "signal",
                    "signal.petition",
                    json!({"signal": "petition"}),
                ),
                &mut facts,
            );
        }
        // Comparisons.
        if let Some(c) = has(&[
            "compar",
            "vein",
            "fans of",
            "the next",
            "reminiscent",
            "likened",
            "meets",
        ])
        .then(|| COMPARISON.captures(sent))
        .flatten()
        {
            let list = c.name("list").unwrap().as_str();
            for part in list
                .split([','])
                .flat_map(|p| p.split(" and "))
                .flat_map(|p| p.split(" or "))
                .map(|p| p.trim_start_matches("and "))
            {
                let t = part
                    .trim()
                    .trim_matches(['"', '“', '”', '‘', '’', '\''])
                    .trim();
                let t = leading_title(t);
                if !t.is_empty()
                    && t.chars().next().is_some_and(char::is_uppercase)
                    && t.split_whitespace().count() <= 5
                    && Some(title_key(t).as_str()) != main_key
                {
                    push(
                        ctx.fact(i, "comparison", "comparison.named", json!({"title": t})),
                        &mut facts,
                    );
                }
            }
        }
    }
    // Facts read in sentences about another show go to that show.
    let starts: Vec<usize> = doc
        .sentences
        .iter()
        .map(|s| offsets.char_at(s.span.start))
        .collect();
    facts.retain(|f| {
        let i = starts
            .partition_point(|&st| st <= f.evidence.start)
            .saturating_sub(1);
        match target_of(i) {
            Some(t) => {
                others.push((t, f.clone()));
                false
            }
            None => true,
        }
    });
    // Surname-only actors take the full name written elsewhere in the article.
    let full_names: Vec<String> = facts
        .iter()
        .filter(|f| f.kind == "cast")
        .filter_map(|f| f.value["actor"].as_str().map(str::to_string))
        .filter(|a| a.contains(' '))
        .collect();
    // Failing that, the full name the article writes anywhere ("The series stars Sutton
    // Foster, ..." for "Liza (Foster)").
    for f in facts.iter_mut().filter(|f| f.kind == "cast") {
        let a = f.value["actor"].as_str().unwrap_or("").to_string();
        if !a.contains(' ') {
            let suffix = format!(" {a}");
            if let Some(full) = full_names
                .iter()
                .find(|n| n.ends_with(&suffix))
                .or_else(|| {
                    let mut hits = text_names.iter().filter(|n| n.ends_with(&suffix));
                    let first = hits.next()?;
                    // Only when the article writes one full name with that surname.
                    hits.all(|n| n == first).then_some(first)
                })
            {
                f.value["actor"] = json!(full);
            }
        }
    }
    // Which side of a pair is the actor: "DI Alec Hardy – David Tennant" and "Father
    // Fogden: Nick Fletcher" name the character first; the article's own words about a
    // name ("David Tennant is an actor who needs no introduction") settle the rest.
    for f in facts.iter_mut().filter(|f| f.kind == "cast") {
        let (Some(a), Some(c)) = (
            f.value["actor"].as_str().map(str::to_string),
            f.value["character"].as_str().map(str::to_string),
        ) else {
            continue;
        };
        let (ea, ec) = (actor_evidence(doc.text, &a), actor_evidence(doc.text, &c));
        // On no other evidence, a common given name marks the person ("Selyse Baratheon –
        // Tara Fitzgerald"); list lines are where articles put either side first.
        let given = |n: &str| {
            n.split_whitespace()
                .next()
                .is_some_and(crate::mentions::is_first_name)
        };
        let verb = ["play", " is ", "portray", " as "]
            .iter()
            .any(|v| f.evidence.text.contains(v));
        let by_name = f.rule.starts_with("cast.list-line")
            && !verb
            && line_actor_left.is_none()
            && ea == ec
            && given(&c)
            && !given(&a)
            && crate::mentions::looks_like_person(&c);
        // "the first season's lead character, Heidi Bergman (Julia Roberts)": the article
        // calls the first name a character.
        let called_character = f.rule.starts_with("cast.paren")
            && f.evidence
                .text
                .find(a.as_str())
                .is_some_and(|p| CHARACTER_BEFORE.is_match(&f.evidence.text[..p]));
        let swap = (has_role_prefix(&a) && !has_role_prefix(&c))
            || (!has_role_prefix(&c) && c.contains(' ') && ec > ea)
            || by_name
            || called_character && c.contains(' ');
        if swap {
            f.value["actor"] = json!(c);
            f.value["character"] = json!(a);
            f.rule.push_str("+swapped");
        }
    }
    // "make John Dutton (Costner) ...": a surname in parentheses after a character the
    // article already gives to that actor in full is the same pair, reversed.
    let pairs = cast_pairs_in(&facts);
    drop_cast(&mut facts, |a, c| {
        !c.contains(' ')
            && pairs
                .iter()
                .any(|(pa, pc)| pc == a && pa.ends_with(&format!(" {c}")))
    });
    // A surname the article never writes in full is not an actor's name to report.
    facts
        .retain(|f| f.kind != "cast" || f.value["actor"].as_str().is_some_and(|a| a.contains(' ')));
    // One character per actor: when rules disagree, "as" and "plays" beat a parenthesis
    // ("Angela Griffin (Lewis)" is a credit where "Angela Griffin as Jenna" is the role).
    let strong: Vec<String> = facts
        .iter()
        .filter(|f| f.kind == "cast" && f.rule != "cast.paren")
        .filter_map(|f| f.value["actor"].as_str().map(str::to_string))
        .collect();
    facts.retain(|f| {
        !(f.kind == "cast"
            && f.rule == "cast.paren"
            && f.value["actor"]
                .as_str()
                .is_some_and(|a| strong.iter().any(|s| s == a)))
    });
    // One character per actor within an article: "Marla" in a recap is the "Marla Quinn"
    // of the cast list.
    let fuller = cast_pairs_in(&facts);
    drop_cast(&mut facts, |a, c| {
        fuller.iter().any(|(a2, c2)| {
            a2 == a
                && c2.len() > c.len()
                && (c2.starts_with(&format!("{c} ")) || c2.ends_with(&format!(" {c}")))
        })
    });
    for f in facts.iter_mut().filter(|f| f.kind == "cast") {
        if let Some(a) = f.value["actor"].as_str() {
            let words: Vec<&str> = a.split_whitespace().collect();
            if words.len() > 2
                && matches!(
                    words[0],
                    "Newcomer"
                        | "Actor"
                        | "Actress"
                        | "Star"
                        | "Veteran"
                        | "Comedian"
                        | "Singer"
                        | "Rapper"
                        | "Model"
                )
            {
                f.value["actor"] = json!(words[1..].join(" "));
            }
        }
        // "Paul Kennedy Lord as Jasper Wylde": a rank written before "as" is the
        // character's title, not the actor's name.
        if let Some(a) = f.value["actor"].as_str() {
            let words: Vec<&str> = a.split_whitespace().collect();
            let rank = words.last().is_some_and(|w| {
                matches!(
                    *w,
                    "Lord"
                        | "Lady"
                        | "Prince"
                        | "Princess"
                        | "Queen"
                        | "King"
                        | "Ser"
                        | "Sir"
                        | "Dame"
                        | "Duke"
                        | "Duchess"
                        | "Earl"
                        | "Count"
                        | "Countess"
                        | "Maester"
                        | "Septa"
                        | "Emperor"
                        | "Empress"
                )
            });
            if words.len() >= 3 && rank {
                f.value["actor"] = json!(words[..words.len() - 1].join(" "));
            }
        }
    }
    for (t, f) in others {
        match reports
            .iter_mut()
            .find(|r| title_key(&r.title) == title_key(&t))
        {
            Some(r) => r.facts.push(f),
            None => reports.push(ShowReport {
                title: t,
                network: None,
                status: None,
                season: None,
                claims: Vec::new(),
                facts: vec![f],
            }),
        }
    }
    if facts.is_empty() {
        return;
    }
    let key = main_key
        .map(str::to_string)
        .unwrap_or_else(|| title_key(main_title));
    match reports.iter_mut().find(|r| title_key(&r.title) == key) {
        Some(r) => r.facts.extend(facts),
        None => reports.push(ShowReport {
            title: main_title.to_string(),
            network: None,
            status: None,
            season: None,
            claims: Vec::new(),
            facts,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<(String, String)> {
        let ctx_doc = Document::new(text, None);
        let offsets = CharOffsets::new(text);
        let ctx = Ctx {
            doc: &ctx_doc,
            offsets: &offsets,
            main_key: Some("glass harbor"),
            titles: vec!["Chicago Med".into()],
            paren_char_outside: None,
            line_actor_left: None,
            surnames: Vec::new(),
        };
        cast_pairs(&ctx, text)
            .into_iter()
            .map(|(a, c, _)| (a, c))
            .collect()
    }

    #[test]
    fn reads_cast_in_common_forms() {
        assert_eq!(
            pairs("Arden Cho as Ingrid Yun in season 1."),
            vec![("Arden Cho".into(), "Ingrid Yun".into())]
        );
        assert_eq!(
            pairs("The main cast includes Arden Cho (Indrid Yung), Bradley Gibson (Tyler Robinson), and Roby Attal (Justin)."),
            vec![("Arden Cho".into(), "Indrid Yung".into()), ("Bradley Gibson".into(), "Tyler Robinson".into()), ("Roby Attal".into(), "Justin".into())]
        );
        assert_eq!(
            pairs("Ingrid, played by Arden Cho, wins."),
            vec![("Arden Cho".into(), "Ingrid".into())]
        );
        assert_eq!(
            pairs("Marla Quinn (Delphine Okafor-Reyes) stares at a subpoena."),
            vec![("Delphine Okafor-Reyes".into(), "Marla Quinn".into())]
        );
    }

    #[test]
    fn filmography_and_look_alikes_are_not_cast() {
        assert!(pairs("Cho starred as Maggie in Chicago Med years ago.").is_empty());
        assert!(pairs("Jane Doe as well as John Roe attended.").is_empty());
        assert!(pairs("Jane Doe as executive producer.").is_empty());
        assert!(pairs("Jane Doe as Maggie in Chicago Med.").is_empty());
    }
}
#[cfg(test)]
mod respectively_tests {
    /// Names in one sentence, characters with descriptors in the next.
    #[test]
    fn respectively_pairs_across_two_sentences() {
        let prev = "Mara Quill, Theo Brandt, Lila J. Osei and Hugo Varga have all been promoted to series regulars for season 2.";
        let sent = "Respectively, they play nurse Wren Castellano, Ada's BFF Jonah Reyes, the ever-cheerful Nell Brody and night manager Tess Moreau.";
        let mut out = Vec::new();
        super::respectively_across(prev, sent, &mut out);
        let got: Vec<(String, String)> = out.into_iter().map(|(a, c, _)| (a, c)).collect();
        let want = [
            ("Mara Quill", "Wren Castellano"),
            ("Theo Brandt", "Jonah Reyes"),
            ("Lila J. Osei", "Nell Brody"),
            ("Hugo Varga", "Tess Moreau"),
        ];
        assert_eq!(
            got,
            want.iter()
                .map(|(a, c)| (a.to_string(), c.to_string()))
                .collect::<Vec<_>>()
        );
        let mut none = Vec::new();
        super::respectively_across("The show returns in May.", sent, &mut none);
        assert!(none.is_empty());
    }
}
