//! Article → Document: paragraphs and sentences as spans into the text.

use crate::sentences::{paragraphs, sentences_in};
use greenlight_core::{Evidence, PartialDate};
use std::ops::Range;

/// One sentence: a byte span into the document text, and the paragraph it sits in.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    pub span: Range<usize>,
    pub para: usize,
    /// Whether this sentence is the article's headline (its first non-empty line).
    pub headline: bool,
    /// Whether this sentence sits in site chrome (teasers, "You May Also Like" blocks).
    pub chrome: bool,
}

/// The text of an article cut into paragraphs and sentences.
#[derive(Debug)]
pub struct Document<'a> {
    pub text: &'a str,
    pub published: Option<PartialDate>,
    pub paragraphs: Vec<Range<usize>>,
    pub sentences: Vec<Sentence>,
}

/// Lines that open a block of site chrome; everything after them is chrome.
const CHROME_MARKERS: &[&str] = &[
    "you may also like",
    "you might also like",
    "related stories",
    "related articles",
    "related posts",
    "related",
    "recommended",
    "recommended for you",
    "trending",
    "trending now",
    "more stories",
    "more from",
    "read next",
    "read more",
    "most popular",
    "popular",
    "latest news",
    "more news",
    "don't miss",
    "what to read next",
    "sign up for",
    "subscribe to",
    "newsletter",
    "advertisement",
    "around the web",
    "from our partners",
    "up next",
    "keep reading",
    "more like this",
    "also on",
    "comic book",
    "movies",
    "tv",
    "trending stories",
];

fn is_chrome_marker(line: &str) -> bool {
    let l = line.trim().trim_end_matches([':', '.']).to_lowercase();
    l.len() < 40
        && CHROME_MARKERS
            .iter()
            .any(|m| l == *m || (m.len() > 8 && l.starts_with(m)))
}

/// A line that opens a page's reader comments: "7 thoughts on “In the news: ...”",
/// "12 Comments", "Leave a Reply". Readers' guesses and pleas are no reporting.
fn is_comments_marker(line: &str) -> bool {
    let t = line.trim();
    // The cheap test first, read off the two lists: the line opens with a count or with
    // one of the headings.
    let opens = |p: &&str| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    if t.len() > 160
        || !(t.starts_with(|c: char| c.is_ascii_digit()) || COMMENT_HEADINGS.iter().chain(COMMENT_COUNTS).any(opens))
    {
        return false;
    }
    let l = t.trim_end_matches([':', '.']).to_lowercase();
    if COMMENT_HEADINGS.contains(&l.as_str()) {
        return true;
    }
    // "Comments 13", "Comments (13)": the heading with its count after it.
    if let Some(n) = l.strip_prefix("comments ") {
        let n = n.trim_matches(['(', ')', ' ']);
        if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) {
            return true;
        }
    }
    let mut words = l.split_whitespace();
    let (Some(n), Some(kind)) = (words.next(), words.next()) else {
        return false;
    };
    let next = words.next();
    (n.chars().all(|c| c.is_ascii_digit()) || COMMENT_COUNTS.contains(&n))
        && (matches!(kind, "thoughts" | "thought" | "responses" | "response" | "replies" | "reply") && matches!(next, Some("on" | "to"))
            || matches!(kind, "comments" | "comment") && next.is_none_or(|w| matches!(w, "on" | "to")))
}

/// Headings that open reader comments on a line of their own.
const COMMENT_HEADINGS: &[&str] = &["leave a reply", "leave a comment", "comments", "reader comments", "join the conversation"];
/// Count words before "thoughts on", "comments": "Three thoughts on ...".
const COMMENT_COUNTS: &[&str] = &["one", "two", "three"];

/// A marker that only ever opens a block of links ("Related", "You may also like"), not
/// a section name a list article might use ("TV", "Popular", "Trending").
fn links_marker(line: &str) -> bool {
    let l = line.trim().trim_end_matches([':', '.']).to_lowercase();
    LINK_MARKERS.iter().any(|m| l.starts_with(m))
}

/// The [`CHROME_MARKERS`] that open only a block of links, as [`links_marker`] reads them
/// (each a prefix of the line).
const LINK_MARKERS: &[&str] = &[
    "related",
    "you may also like",
    "you might also like",
    "read more",
    "read next",
    "more from",
    "more stories",
    "recommended for you",
    "more like this",
    "keep reading",
    "what to read next",
    "around the web",
    "from our partners",
    "don't miss",
    "up next",
];

/// A single line that links elsewhere: "RELATED: ...", "Read More: ...", "WATCH: ...".
fn is_teaser_line(line: &str) -> bool {
    let l = line.trim_start();
    let head: String = l.chars().take(24).collect::<String>().to_lowercase();
    [
        "related:",
        "related |",
        "read more:",
        "read more |",
        "also read:",
        "read also:",
        "see also:",
        "watch:",
        "more:",
        "recommended:",
        "trending:",
        "next:",
        "don't miss:",
        "must read:",
        "you might also like:",
        "you may also like:",
        "related news:",
        "related story:",
        "related article:",
        "recommended reading:",
        "further reading:",
        "read next:",
        "up next:",
        "trending now:",
    ]
    .iter()
    .any(|p| head.starts_with(p))
        && !l.contains('\n')
}

impl<'a> Document<'a> {
    /// Cuts `text` into paragraphs and sentences and marks the headline and chrome.
    pub fn new(text: &'a str, published: Option<PartialDate>) -> Self {
        let paragraphs = paragraphs(text);
        let mut sentences = Vec::new();
        let mut chrome = false;
        // Chrome starts at a marker line in the last 40% of the paragraphs, or at one
        // anywhere past the lead when only headline-like lines follow it (a short
        // article's "Related" block: link titles, no prose).
        let tail_from = paragraphs.len() * 3 / 5;
        // links_from[k]: every paragraph from k on is a short line without a full stop.
        let mut links_from = vec![true; paragraphs.len() + 1];
        for k in (0..paragraphs.len()).rev() {
            let t = text[paragraphs[k].clone()].trim();
            links_from[k] = links_from[k + 1] && t.split_whitespace().nth(16).is_none() && !t.ends_with('.');
        }
        for (pi, p) in paragraphs.iter().enumerate() {
            // The cheap place tests first: the marker test lower-cases the line.
            let line = &text[p.clone()];
            if (pi >= tail_from.max(1) || pi >= 2 && links_from[pi + 1] && links_marker(line))
                && is_chrome_marker(line)
                || pi >= 2 && is_comments_marker(line)
            {
                chrome = true;
            }
            // "RELATED: Netflix renews ...", "READ MORE: ...": a teaser line on its own.
            let teaser = is_teaser_line(&text[p.clone()]);
            for s in sentences_in(text, p.clone()) {
                sentences.push(Sentence {
                    span: s,
                    para: pi,
                    headline: pi == 0,
                    chrome: chrome || teaser,
                });
            }
        }
        Document {
            text,
            published,
            paragraphs,
            sentences,
        }
    }

    pub fn sentence_text(&self, i: usize) -> &'a str {
        &self.text[self.sentences[i].span.clone()]
    }

    /// Evidence for a sentence, with character offsets.
    pub fn evidence(&self, i: usize, offsets: &CharOffsets<'_>) -> Evidence {
        let span = self.sentences[i].span.clone();
        Evidence {
            start: offsets.char_at(span.start),
            end: offsets.char_at(span.end),
            text: self.text[span].to_string(),
        }
    }
}

/// Converts byte offsets into character offsets.
pub struct CharOffsets<'a> {
    text: &'a str,
    /// Byte offset of every 64th character, for a quick start point.
    checkpoints: Vec<usize>,
}

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        CharOffsets {
            text,
            checkpoints: text.char_indices().step_by(64).map(|(b, _)| b).collect(),
        }
    }

    /// The character offset of byte offset `b` (which must be a char boundary).
    pub fn char_at(&self, b: usize) -> usize {
        let b = b.min(self.text.len());
        let k = self
            .checkpoints
            .partition_point(|&c| c <= b)
            .saturating_sub(1);
        let base = self.checkpoints.get(k).copied().unwrap_or(0);
        k * 64 + self.text[base..b].chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reader_comments_are_chrome() {
        for l in ["7 thoughts on “In the news: cancellations”", "12 Comments", "Leave a Reply", "3 responses to \"Harbor Lane axed\""] {
            assert!(is_comments_marker(l), "{l}");
        }
        for l in ["7 shows on the bubble", "Comments from the showrunner suggest a third season", "2 comments made by the CEO"] {
            assert!(!is_comments_marker(l), "{l}");
        }
        let text = "Headline here\n\nNBC cancelled Harbor Lane on Friday.\n\nIt ran two seasons.\n\n4 Comments\n\nThey should renew Harbor Lane!";
        let d = Document::new(text, None);
        let last = d.sentences.last().unwrap();
        assert!(last.chrome);
        assert!(!d.sentences[1].chrome);
    }

    #[test]
    fn char_offsets_count_characters_not_bytes() {
        let t = "“é” ".repeat(100) + "end";
        let o = CharOffsets::new(&t);
        let b = t.find("end").unwrap();
        assert_eq!(o.char_at(b), t[..b].chars().count());
        assert_eq!(o.char_at(0), 0);
    }

    #[test]
    fn marks_headline_and_trailing_chrome() {
        let t =
            "Head line here\n\nBody one. Body two.\n\nMore body.\n\nYou May Also Like\n\nA teaser.";
        let d = Document::new(t, None);
        assert!(d.sentences[0].headline);
        assert!(!d.sentences[1].chrome);
        assert!(d.sentences.last().unwrap().chrome);
    }

    #[test]
    fn a_labelled_teaser_line_is_chrome_wherever_it_sits() {
        let t = "Head line here\n\nBody one.\n\nYou might also like: Copper Bay season 2 confirmed\n\nBody two.";
        let d = Document::new(t, None);
        let chrome: Vec<bool> = d.sentences.iter().map(|s| s.chrome).collect();
        assert_eq!(chrome, vec![false, false, true, false]);
    }
}
