//! Sentence splitting with the abbreviations the entertainment press uses.
//!
//! Paragraph breaks always end a sentence. Inside a paragraph a sentence ends at
//! `.`, `!` or `?` (with any closing quotes or brackets) followed by space and a
//! capital, digit or opening quote, unless the word before is a known abbreviation
//! ("Oct.", "Dr.", "P.I.", "U.S.") or a single initial ("J. J. Abrams").

use std::ops::Range;

const ABBREVIATIONS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sen",
    "rep",
    "gov",
    "gen",
    "col",
    "capt",
    "lt",
    "sgt",
    "st",
    "jr",
    "sr",
    "inc",
    "co",
    "corp",
    "ltd",
    "vs",
    "no",
    "vol",
    "ep",
    "eps",
    "approx",
    "est",
    "dept",
    "mt",
    "ft",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "p.i",
    "u.s",
    "u.k",
    "u.n",
    "d.c",
    "l.a",
    "n.y",
    "a.m",
    "p.m",
    "e.g",
    "i.e",
    "etc",
    "fig",
    "rev",
    "hon",
    "pres",
    "supt",
    "messrs",
    "mme",
    "mlle",
    "s.h.i.e.l.d",
    "n.c.i.s",
    "o.c",
    "s.w.a.t",
    "u.s.a",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let w = w.trim_end_matches('.');
    if w.is_empty() {
        return false;
    }
    // Single initials ("J." in "J. J. Abrams") and dotted initials ("J.J.").
    if w.chars().count() == 1 && w.chars().all(char::is_alphabetic) {
        return true;
    }
    if w.split('.').all(|p| p.chars().count() == 1) && w.contains('.') {
        return true;
    }
    ABBREVIATIONS.contains(&w)
}

/// Byte ranges of the paragraphs in `text` (split on blank lines or single newlines).
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        push_line(text, start..i, &mut out);
        start = i + 1;
    }
    push_line(text, start..text.len(), &mut out);
    out
}

/// A line as a paragraph, or two when a short heading runs into its paragraph with
/// neither stop nor space: "The MiddleA sure thing, the comedy returns ...".
fn push_line(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let line = &text[r.clone()];
    let b = line.as_bytes();
    let head = (1..b.len().min(80)).find(|&i| {
        b[i].is_ascii_uppercase()
            && b[i - 1].is_ascii_lowercase()
            && glued_heading(&line[..i], &line[i..])
    });
    match head {
        Some(i) if !line[..i].contains(['.', '!', '?', ',', ':']) && line[..i].split_whitespace().count() <= 8 => {
            push_trimmed(text, r.start..r.start + i, out);
            push_trimmed(text, r.start + i..r.end, out);
        }
        _ => push_trimmed(text, r, out),
    }
}

/// `text` with its hard wraps (see [`soft_wrap`]) turned into spaces, byte for byte, so
/// spans into the result are spans into `text`.
pub fn unwrap_lines(text: &str) -> std::borrow::Cow<'_, str> {
    let mut wraps: Vec<usize> = Vec::new();
    // The breaks of the current block of non-blank lines: (offset, soft, line, next).
    let mut block: Vec<(usize, bool, &str, &str)> = Vec::new();
    let mut line_start = 0;
    for (i, _) in text.match_indices('\n') {
        let next_end = text[i + 1..].find('\n').map_or(text.len(), |k| i + 1 + k);
        let (line, next) = (&text[line_start..i], &text[i + 1..next_end]);
        if line.trim().is_empty() || next.trim().is_empty() {
            wrapped_block(&block, &mut wraps);
            block.clear();
        } else {
            block.push((i, soft_wrap(line, next), line, next));
        }
        line_start = i + 1;
    }
    wrapped_block(&block, &mut wraps);
    wraps.sort_unstable();
    if wraps.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut b = text.as_bytes().to_vec();
    for i in wraps {
        b[i] = b' ';
    }
    std::borrow::Cow::Owned(String::from_utf8(b).expect("a newline replaced by a space"))
}

/// The soft wraps of one block of lines. Where at least half its breaks inside a sentence
/// are soft wraps
/// by their words, the block was wrapped by width, and a line that ends on a capital
/// ("veterans Cold\nCase,") runs on too, unless it closes a sentence or reads as a
/// heading (no longer word in lower case: "Renewed: Ashgrove", "CBS Renews Six Dramas").
fn wrapped_block(block: &[(usize, bool, &str, &str)], wraps: &mut Vec<usize>) {
    // A column of short lines each closed by a comma ("Packed to the Rafters,\nBefore the
    // Game,\nThe Game Plan,") is a list typed one item a line, not wrapped prose.
    let short = block.iter().filter(|b| b.2.trim().len() < 30).count();
    let comma = block.iter().filter(|b| b.2.trim_end().ends_with(',')).count();
    if block.len() >= 2 && short * 4 >= block.len() * 3 && comma * 4 >= block.len() * 3 {
        return;
    }
    let soft = block.iter().filter(|b| b.1).count();
    // Breaks after a finished sentence say nothing either way.
    let open = block
        .iter()
        .filter(|b| !b.2.trim_end().ends_with(['.', '!', '?', '"', '”']))
        .count();
    let by_width = open >= 4 && soft * 2 >= open;
    for &(i, is_soft, line, next) in block {
        let a = line.trim_end();
        let runs_on = by_width
            && !a.ends_with(['.', '!', '?', ':', ';', '"', '”', ')', ']', '|', '*'])
            // A line inside a comma list ("NCIS: LA, Person of Interest, ... and Blue").
            && (a.ends_with(',') || a.matches(", ").count() >= 2 || a.split_whitespace().any(|w| {
                w.chars().next().is_some_and(char::is_lowercase)
                    && w.chars().filter(|c| c.is_alphabetic()).count() >= 4
            }))
            && !next.trim_start().starts_with(['•', '-', '*', '–', '—', '·'])
            && !next.trim_start().starts_with(|c: char| c.is_ascii_digit());
        if is_soft || runs_on {
            wraps.push(i);
        }
    }
}

/// Words a sentence does not end on.
const OPEN_WORDS: &[&str] = &[
    "and", "the", "of", "a", "an", "to", "for", "with", "in", "on", "its", "their", "as",
    "from", "by", "that", "which", "or", "at", "is", "are", "was", "were", "has", "have",
    "will",
];

/// Whether a line break inside running text is a hard wrap, not a paragraph's end:
/// "CBS on Wednesday renewed a majority of its primetime slate,\npicking up seven
/// dramas". The line must run on: no closing mark, and a comma or an open word at its
/// end, or a lower-case word opening the next line. Headings, title lines and list
/// items end on a capitalised word or a mark, and open with a capital.
fn soft_wrap(line: &str, next: &str) -> bool {
    let a = line.trim_end();
    let b = next.trim_start();
    let Some(last) = a.split_whitespace().next_back() else {
        return false;
    };
    !b.is_empty()
        && !a.ends_with(['.', '!', '?', ':', ';', '"', '”', ')', ']', '|'])
        && a.split_whitespace().nth(3).is_some()
        && (b.starts_with(|c: char| c.is_lowercase())
            || a.ends_with(',')
            || OPEN_WORDS.contains(&last))
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

/// Byte ranges of the sentences within `text[para]`.
pub fn sentences_in(text: &str, para: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[para.clone()];
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // "... The MiddleA sure thing, the comedy ...": a heading a page ran into its
        // paragraph with no stop and no space.
        if b.is_ascii_uppercase()
            && i > start
            && bytes[i - 1].is_ascii_lowercase()
            && glued_heading(&s[start..i], &s[i..])
        {
            out.push(para.start + start..para.start + i);
            start = i;
            i += 1;
            continue;
        }
        if b == b'.' || b == b'!' || b == b'?' {
            // Extend over repeated terminators and closing quotes/brackets.
            let mut j = i + 1;
            loop {
                let rest = &s[j..];
                let c = rest.chars().next();
                match c {
                    Some(c @ ('.' | '!' | '?' | '"' | '\'' | ')' | ']' | '”' | '’')) => {
                        j += c.len_utf8()
                    }
                    _ => break,
                }
            }
            let rest = &s[j..];
            let after_space = rest.trim_start_matches([' ', '\t']);
            let has_space = after_space.len() < rest.len();
            let next = after_space.chars().next();
            let opens = matches!(next, Some(c) if c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '['));
            // "... by Chris Roberson and Mike Allred.Fox has renewed ...": two paragraphs a
            // page ran together. A word of three or more lower-case letters, a stop, then
            // a capitalised word.
            let glued = !has_space && b == b'.' && j == i + 1 && glued_stop(&s[start..i], rest);
            if glued {
                out.push(para.start + start..para.start + j);
                start = j;
                i = start;
                continue;
            }
            if has_space
                && opens
                && !(b == b'.'
                    && j == i + 1
                    && is_abbreviation(last_word(&s[start..i + 1]))
                    && !initial_before_clause(last_word(&s[start..i + 1]), after_space))
            {
                out.push(para.start + start..para.start + j);
                start = j + (rest.len() - after_space.len());
                i = start;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if start < s.len() {
        let tail = s[start..].trim_end();
        if !tail.is_empty() {
            out.push(para.start + start..para.start + start + tail.len());
        }
    }
    out
}

/// Whether a stop with no space after it ends a sentence: "Allred.Fox has" but not
/// "Amazon.com", "e.g.The", "Mr.Robot" or "S.W.A.T.".
fn glued_stop(before: &str, after: &str) -> bool {
    let word = before.rsplit(|c: char| !c.is_alphanumeric() && c != '.' && c != '/' && c != '@').next().unwrap_or("");
    let next: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    let mut tail = word.chars().rev().take_while(|c| c.is_ascii_lowercase());
    tail.by_ref().take(3).count() == 3
        && !word.contains(['.', '/', '@'])
        && word.chars().next().is_some_and(char::is_alphabetic)
        && next.chars().count() >= 2
        && next.chars().next().is_some_and(char::is_uppercase)
        && next.chars().nth(1).is_some_and(char::is_lowercase)
}

/// Whether a capitalised clause opener glued to the end of a word opens a new sentence:
/// "The MiddleA sure thing", "HeroesIt was" but not "WandaVision", "MacGyver" or
/// "iCarly". The word before must end in three lower-case letters and open with a
/// capital; the opener must be followed by a space.
fn glued_heading(before: &str, after: &str) -> bool {
    let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let lower = word.chars().rev().take_while(|c| c.is_ascii_lowercase()).count();
    let opener = after.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    lower >= 3
        && lower < word.chars().count()
        && word.chars().next().is_some_and(char::is_uppercase)
        && after[opener.len()..].starts_with(' ')
        && matches!(
            opener,
            "A" | "An" | "The" | "It" | "This" | "That" | "These" | "They" | "He" | "She" | "We"
                | "In" | "But" | "However" | "While" | "When" | "After" | "What" | "How" | "Why"
                | "Meanwhile" | "Its" | "Their" | "His" | "Her" | "There" | "Fans"
        )
}

/// "... FLCL and Housing Complex C. While Adult Swim ...": a single capital letter before
/// a word that opens clauses, not names, ends its sentence.
fn initial_before_clause(word: &str, after: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric()).trim_end_matches('.');
    let next = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    w.chars().count() == 1
        && matches!(
            next,
            "While" | "The" | "But" | "However" | "It" | "This" | "That" | "These" | "Those"
                | "They" | "He" | "She" | "We" | "Meanwhile" | "Still" | "So" | "Yet" | "If"
                | "When" | "After" | "Before" | "Although" | "Though" | "Since" | "Now" | "There"
                | "Its" | "Their" | "His" | "Her" | "Our" | "In" | "On" | "At" | "As" | "And"
        )
}

fn last_word(s: &str) -> &str {
    s.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        paragraphs(t)
            .into_iter()
            .flat_map(|p| sentences_in(t, p))
            .map(|r| &t[r])
            .collect()
    }

    #[test]
    fn hard_wraps_become_spaces_and_line_ends_stay() {
        let text = "CBS Renews Six Dramas for 2014-15\nCBS on Thursday renewed most of its slate,\npicking up six dramas for the\ncoming season.\nRenewed: Ashgrove\nCancelled: Marlow Bay\nThe network kept Pine Hollow and\nGreywater.";
        let out = unwrap_lines(text);
        assert_eq!(out.len(), text.len());
        assert_eq!(
            out,
            "CBS Renews Six Dramas for 2014-15\nCBS on Thursday renewed most of its slate, picking up six dramas for the coming season.\nRenewed: Ashgrove\nCancelled: Marlow Bay\nThe network kept Pine Hollow and Greywater."
        );
        // Nothing to unwrap: the text itself, borrowed.
        assert!(matches!(unwrap_lines("One line.\nTwo lines."), std::borrow::Cow::Borrowed(_)));
        // Wrapped by width: a line may break after a capital.
        let text = "A day before the upfront presentation of\nits schedule, the network has come down with\ndecisions on the fate of nine shows, sources\nconfirmed. Four dramas got the ax, while Harbor\nRow and the comedy\nMill Lane have been renewed. Getting cut on the drama side: veterans Cold\nLedger,\nGhost Listener and Quarry and a midseason entry from this\nyear, Bay Medical.\n\nArrow (CW)\nThe Flash (CW)";
        assert_eq!(
            unwrap_lines(text),
            "A day before the upfront presentation of its schedule, the network has come down with decisions on the fate of nine shows, sources confirmed. Four dramas got the ax, while Harbor Row and the comedy Mill Lane have been renewed. Getting cut on the drama side: veterans Cold Ledger, Ghost Listener and Quarry and a midseason entry from this year, Bay Medical.\n\nArrow (CW)\nThe Flash (CW)"
        );
        // A line inside a comma list runs on, even without a long lower-case word.
        let text = "The network on Monday renewed most of its lineup,\npicking up six dramas for the\ncoming season, sources said.\nThe renewed dramas are Ashgrove, Pine Hollow,\nNight Court: LA, Greywater, Harbor Row and Blue\nRidge, along with two comedies.\n\nArrow (CW)\nThe Flash (CW)";
        assert_eq!(
            unwrap_lines(text),
            "The network on Monday renewed most of its lineup, picking up six dramas for the coming season, sources said.\nThe renewed dramas are Ashgrove, Pine Hollow, Night Court: LA, Greywater, Harbor Row and Blue Ridge, along with two comedies.\n\nArrow (CW)\nThe Flash (CW)"
        );
    }

    #[test]
    fn splits_on_terminators_and_paragraphs() {
        assert_eq!(
            split("One is here. Two is there!\n\nThree? Yes."),
            vec!["One is here.", "Two is there!", "Three?", "Yes."]
        );
        // Two paragraphs a page ran together split; a domain, an initialism and a
        // short abbreviation do not.
        assert_eq!(
            split("It is based on the comic by Mike Allred.Fox has renewed Gotham."),
            vec!["It is based on the comic by Mike Allred.", "Fox has renewed Gotham."]
        );
        assert_eq!(
            split("Stream it on Amazon.com or watch Mr.Robot and S.W.A.T.Then more."),
            vec!["Stream it on Amazon.com or watch Mr.Robot and S.W.A.T.Then more."]
        );
        // A heading run into its paragraph with neither stop nor space splits before a
        // clause opener; a title with an inner capital does not.
        assert_eq!(
            split("The MiddleA sure thing, the comedy returns."),
            vec!["The Middle", "A sure thing, the comedy returns."]
        );
        assert_eq!(
            split("WandaVision and MacGyver It was a year of TaleSpin."),
            vec!["WandaVision and MacGyver It was a year of TaleSpin."]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials_inside() {
        assert_eq!(
            split("New series are in the works with FLCL and Housing Complex C. While the block has action, it has comedy too."),
            vec!["New series are in the works with FLCL and Housing Complex C.", "While the block has action, it has comedy too."]
        );
        assert_eq!(
            split("During a Tuesday, Oct. 18, interview with Dr. Lee, Magnum P.I. was renewed. J. J. Abrams said so."),
            vec!["During a Tuesday, Oct. 18, interview with Dr. Lee, Magnum P.I. was renewed.", "J. J. Abrams said so."]
        );
        assert_eq!(
            split("Sen. Smith and Acme Inc. agreed. Next."),
            vec!["Sen. Smith and Acme Inc. agreed.", "Next."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("“I wish I could tell you,” she said. “We're waiting.” Then she left."),
            vec![
                "“I wish I could tell you,” she said.",
                "“We're waiting.”",
                "Then she left."
            ]
        );
    }

    #[test]
    fn lowercase_after_period_does_not_split() {
        assert_eq!(
            split("It aired on the U.S. network. in fact no."),
            vec!["It aired on the U.S. network. in fact no."]
        );
    }
}
