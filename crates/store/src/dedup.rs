//! Near-duplicate detection: syndicated wire copies and AMP versions of one story are
//! one source.
//!
//! An article's [`Sketch`] is a MinHash signature of its word shingles (runs of
//! [`SHINGLE_WORDS`] words inside one paragraph, with long quotations left out, so
//! two outlets quoting the same press release in their own write-ups stay apart). The
//! signature is cut into [`BANDS`] bands; articles that share a band key are candidates,
//! and a candidate is a copy when [`Similarity::is_copy`] says so and the new article
//! claims nothing the stored one does not (see [`find_copy`]).
//!
//! Backends persist the signature ([`Sketch::to_bytes`]) and the band keys
//! ([`Sketch::band_keys`]) of every stored original, look candidates up by band key,
//! and leave the decision to [`find_copy`], so every backend decides alike.
//!
//! ```
//! use greenlight_store::dedup::Sketch;
//! let story = "Netflix has renewed Harbor Lights for a second season, the streamer said on Tuesday. \
//!     The drama spent three weeks in the streamer's top ten and production on the new episodes \
//!     begins this summer in Vancouver, with the whole main cast returning. The first season \
//!     followed a lighthouse keeper who finds a ledger of ships that never existed.";
//! let copy = format!("Harbor Lights gets a second season\n\n{story}\n\nCopyright 2024. All rights reserved.");
//! let a = Sketch::of(story).unwrap();
//! let b = Sketch::of(&copy).unwrap();
//! assert!(a.similarity(&b).is_copy());
//! ```

use greenlight_core::Status;
use std::collections::BTreeSet;

/// Bumped whenever the sketch changes; band keys of different versions never meet.
pub const SKETCH_VERSION: u64 = 1;
/// Words per shingle.
pub const SHINGLE_WORDS: usize = 5;
/// Bands the signature is cut into for candidate lookup.
pub const BANDS: usize = 42;
/// Signature slots per band.
pub const ROWS: usize = 3;
/// MinHash slots in a signature.
pub const SLOTS: usize = BANDS * ROWS;
/// Texts with fewer distinct shingles than this get no sketch: too little text to tell
/// a copy from two briefs that report one fact in the same few words.
pub const MIN_SHINGLES: usize = 25;
/// A double-quoted span of at least this many words is a quotation and is left out.
pub const QUOTE_MIN_WORDS: usize = 6;
/// Estimated Jaccard similarity at or above which two sketches are copies.
pub const COPY_JACCARD: f64 = 0.5;
/// A shorter text this much contained in a longer one is a (trimmed) copy of it ...
pub const COPY_CONTAINMENT: f64 = 0.8;
/// ... provided the Jaccard similarity is at least this (LSH finds such pairs reliably).
pub const CONTAINMENT_MIN_JACCARD: f64 = 0.35;

/// A MinHash signature over an article's distinct word shingles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sketch {
    /// How many distinct shingles the text has.
    pub shingles: u32,
    /// The minimum of each of [`SLOTS`] hash functions over the shingles.
    pub slots: Vec<u32>,
}

/// How alike two sketches are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Similarity {
    /// Estimated Jaccard similarity of the two shingle sets.
    pub jaccard: f64,
    /// Estimated share of the smaller set found in the larger.
    pub containment: f64,
}

impl Similarity {
    /// Whether two texts this alike are copies of one story: nearly the same text (site
    /// chrome, headline and a boilerplate line or two apart), or a trimmed copy of it.
    pub fn is_copy(&self) -> bool {
        self.jaccard >= COPY_JACCARD
            || (self.containment >= COPY_CONTAINMENT && self.jaccard >= CONTAINMENT_MIN_JACCARD)
    }
}

const fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e3779b97f4a7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
    z ^ (z >> 31)
}

/// Multipliers (odd, 32-bit) of the multiply-add-shift hash family, fixed for ever for
/// [`SKETCH_VERSION`] 1 (stored signatures depend on them).
const MULS: [u32; SLOTS] = {
    let mut p = [0u32; SLOTS];
    let mut i = 0;
    while i < SLOTS {
        p[i] = (splitmix(0x6772_6565_6e00 + 2 * i as u64) as u32) | 1;
        i += 1;
    }
    p
};
/// Offsets of the same family.
const ADDS: [u64; SLOTS] = {
    let mut p = [0u64; SLOTS];
    let mut i = 0;
    while i < SLOTS {
        p[i] = splitmix(0x6c69_6768_7400 + 2 * i as u64 + 1);
        i += 1;
    }
    p
};

/// Calls `shingle` with the hash of every run of [`SHINGLE_WORDS`] words inside one
/// paragraph (line) of `text`. Words are lowercase alphanumeric runs; a double-quoted
/// span of [`QUOTE_MIN_WORDS`] words or more is left out and ends the run, so no shingle
/// straddles a quotation.
fn each_shingle(text: &str, mut shingle: impl FnMut(u64)) {
    let mut window = [0u64; SHINGLE_WORDS];
    for line in text.lines() {
        let mut n = 0usize; // words in the current run
        let mut word: u64 = FNV_OFFSET;
        let mut in_word = false;
        let mut push = |word: &mut u64, n: &mut usize| {
            window[*n % SHINGLE_WORDS] = *word;
            *n += 1;
            *word = FNV_OFFSET;
            if *n >= SHINGLE_WORDS {
                // Oldest word first, so the hash depends on word order.
                let mut h = 0u64;
                for k in 0..SHINGLE_WORDS {
                    h = h.rotate_left(19) ^ window[(*n + k) % SHINGLE_WORDS];
                }
                shingle(splitmix(h));
            }
        };
        let mut rest = line;
        while let Some(c) = rest.chars().next() {
            let len = c.len_utf8();
            if c == '"' || c == '\u{201c}' {
                let close = if c == '"' { '"' } else { '\u{201d}' };
                if let Some(q) = rest[len..].find(close) {
                    if count_words(&rest[len..len + q]) >= QUOTE_MIN_WORDS {
                        if in_word {
                            push(&mut word, &mut n);
                            in_word = false;
                        }
                        n = 0;
                        rest = &rest[len + q + close.len_utf8()..];
                        continue;
                    }
                }
            }
            if c.is_ascii_alphanumeric() {
                word = fnv_byte(word, c.to_ascii_lowercase() as u8);
                in_word = true;
            } else if !c.is_ascii() && c.is_alphanumeric() {
                for l in c.to_lowercase() {
                    let mut buf = [0u8; 4];
                    for b in l.encode_utf8(&mut buf).bytes() {
                        word = fnv_byte(word, b);
                    }
                }
                in_word = true;
            } else if in_word {
                push(&mut word, &mut n);
                in_word = false;
            }
            rest = &rest[len..];
        }
        if in_word {
            push(&mut word, &mut n);
        }
    }
}

const FNV_OFFSET: u64 = 0xcbf29ce484222325;

#[inline]
fn fnv_byte(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(0x100000001b3)
}

fn count_words(s: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in s.chars() {
        let w = c.is_alphanumeric();
        if w && !in_word {
            n += 1;
        }
        in_word = w;
    }
    n
}

/// The distinct shingle hashes of a text, sorted.
pub fn shingles(text: &str) -> Vec<u64> {
    let mut out = Vec::with_capacity(text.len() / 5);
    each_shingle(text, |h| out.push(h));
    out.sort_unstable();
    out.dedup();
    out
}

impl Sketch {
    /// The sketch of an article's text, or `None` when it has fewer than
    /// [`MIN_SHINGLES`] distinct shingles.
    pub fn of(text: &str) -> Option<Sketch> {
        let sh = shingles(text);
        if sh.len() < MIN_SHINGLES {
            return None;
        }
        let mut slots = [u32::MAX; SLOTS];
        for &x in &sh {
            // The shingle hash is already well mixed; its top half keys the family,
            // whose high bits are what the minimum looks at.
            let x = (x >> 32) as u32;
            for i in 0..SLOTS {
                let h = MULS[i].wrapping_mul(x).wrapping_add(ADDS[i] as u32);
                slots[i] = slots[i].min(h);
            }
        }
        Some(Sketch {
            shingles: sh.len() as u32,
            slots: slots.to_vec(),
        })
    }

    /// How alike two sketches are.
    pub fn similarity(&self, other: &Sketch) -> Similarity {
        let same = self
            .slots
            .iter()
            .zip(&other.slots)
            .filter(|(a, b)| a == b)
            .count();
        let jaccard = same as f64 / SLOTS as f64;
        let (a, b) = (self.shingles as f64, other.shingles as f64);
        // |A ∩ B| = J (|A| + |B|) / (1 + J)
        let inter = jaccard * (a + b) / (1.0 + jaccard);
        let containment = (inter / a.min(b).max(1.0)).min(1.0);
        Similarity {
            jaccard,
            containment,
        }
    }

    /// One key per band, 31 bits (stored compactly as integers); the band's position
    /// and [`SKETCH_VERSION`] are part of the key.
    pub fn band_keys(&self) -> [i64; BANDS] {
        let mut keys = [0i64; BANDS];
        for (i, band) in self.slots.chunks(ROWS).enumerate() {
            let mut h = splitmix(SKETCH_VERSION << 32 | i as u64);
            for &s in band {
                h = splitmix(h ^ s as u64);
            }
            keys[i] = (h >> 33) as i64;
        }
        keys
    }

    /// The signature as bytes (little-endian `u32`s), for storage.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.slots.iter().flat_map(|s| s.to_le_bytes()).collect()
    }

    /// A stored sketch back from [`Sketch::to_bytes`]; `None` when the bytes are not a
    /// signature of this version's length.
    pub fn from_bytes(shingles: u32, bytes: &[u8]) -> Option<Sketch> {
        if bytes.len() != SLOTS * 4 {
            return None;
        }
        let slots = bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        Some(Sketch { shingles, slots })
    }
}

/// What an article claims, as (show key, status, season): a copy may claim nothing its
/// original does not, so an updated story ("UPDATE: it has since been cancelled") or the
/// same template about another season is a source of its own however alike the texts are.
pub type ClaimPairs = BTreeSet<(String, Status, Option<u16>)>;

/// The claims of an extracted article, as [`ClaimPairs`].
pub fn claim_pairs(a: &greenlight_core::ExtractedArticle) -> ClaimPairs {
    a.shows
        .iter()
        .flat_map(|s| {
            s.claims.iter().map(move |c| {
                (
                    greenlight_core::title::title_key(&s.title),
                    c.status,
                    c.season,
                )
            })
        })
        .filter(|(k, _, _)| !k.is_empty())
        .collect()
}

/// A band key shared by more than this many stored originals is template text common to
/// many different articles, not evidence of a copy: lookups skip it. Backends fetch at
/// most `HOT_BAND + 1` articles per band key, so a lookup's cost stays bounded however
/// alike the stored articles are.
pub const HOT_BAND: usize = 8;
/// At most this many candidates, those sharing the most band keys, are compared.
pub const MAX_CANDIDATES: usize = 16;

/// The candidates worth comparing, from the articles found under each band key (at most
/// `HOT_BAND + 1` per key): keys with more than [`HOT_BAND`] articles are skipped, and
/// the [`MAX_CANDIDATES`] articles sharing the most keys are kept (ties: lowest id first,
/// i.e. the oldest original).
pub fn rank_candidates<Id: Ord + Copy>(per_band: impl IntoIterator<Item = Vec<Id>>) -> Vec<Id> {
    let mut shared: std::collections::BTreeMap<Id, usize> = Default::default();
    for ids in per_band {
        if ids.len() > HOT_BAND {
            continue;
        }
        for id in ids {
            *shared.entry(id).or_default() += 1;
        }
    }
    let mut ranked: Vec<(Id, usize)> = shared.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
        .into_iter()
        .take(MAX_CANDIDATES)
        .map(|(id, _)| id)
        .collect()
}

/// A stored original found by band lookup.
#[derive(Clone, Debug)]
pub struct Candidate<Id> {
    /// The backend's handle on the stored article.
    pub id: Id,
    pub sketch: Sketch,
    pub claims: ClaimPairs,
}

/// The stored original that a new article is a copy of, if any: the most similar
/// candidate that [`Similarity::is_copy`] accepts and whose claims include every claim
/// of the new article.
pub fn find_copy<Id>(
    sketch: &Sketch,
    claims: &ClaimPairs,
    candidates: impl IntoIterator<Item = Candidate<Id>>,
) -> Option<(Id, Similarity)> {
    let mut best: Option<(Id, Similarity)> = None;
    for c in candidates {
        let sim = sketch.similarity(&c.sketch);
        if !sim.is_copy() || !claims.is_subset(&c.claims) {
            continue;
        }
        if best.as_ref().is_none_or(|(_, b)| sim.jaccard > b.jaccard) {
            best = Some((c.id, sim));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Netflix has renewed Harbor Lights for a second season, the streamer said on Tuesday.\n\n\
        The drama, which follows a lighthouse keeper on a remote island who finds a ledger of ships that never existed, \
        spent three weeks in the streamer's top ten after its debut in March.\n\n\
        Production on the new episodes begins this summer in Vancouver, and the main cast is expected to return.\n\n\
        Creator Mina Okafor will again serve as showrunner alongside executive producer Dana Whitcombe.";

    #[test]
    fn the_same_text_is_identical_and_short_texts_get_no_sketch() {
        let a = Sketch::of(STORY).unwrap();
        assert_eq!(a.similarity(&a).jaccard, 1.0);
        assert_eq!(a.similarity(&a).containment, 1.0);
        assert_eq!(
            Sketch::of("Netflix has renewed Harbor Lights for a second season."),
            None
        );
    }

    #[test]
    fn case_punctuation_and_line_breaks_inside_paragraphs_do_not_matter() {
        let shouty = STORY.to_uppercase().replace(',', " ;");
        let a = Sketch::of(STORY).unwrap();
        assert_eq!(a.similarity(&Sketch::of(&shouty).unwrap()).jaccard, 1.0);
    }

    #[test]
    fn a_copy_with_chrome_is_a_copy_and_an_unrelated_story_is_not() {
        let copy = format!("HARBOR LIGHTS RETURNS\n\nBy Staff | Updated 2 hours ago\n\n{STORY}\n\nRead more: the best shows of the year so far.\n\nCopyright 2024 Wire Service. All rights reserved.");
        let other = "HBO has cancelled Pine Hollow after three seasons, the network confirmed on Friday.\n\n\
            The western, which starred Callum Reyes as a sheriff in a dying mining town, drew strong reviews \
            but its audience fell by half in the final season.\n\nThe network thanked the cast and crew and \
            said it would look for other projects with the producers, who are already at work on a new drama.";
        let a = Sketch::of(STORY).unwrap();
        let s = a.similarity(&Sketch::of(&copy).unwrap());
        assert!(s.is_copy(), "{s:?}");
        let s = a.similarity(&Sketch::of(other).unwrap());
        assert!(!s.is_copy() && s.jaccard < 0.1, "{s:?}");
    }

    #[test]
    fn a_trimmed_copy_is_contained_in_its_original() {
        let paras: Vec<&str> = STORY.split("\n\n").collect();
        let trimmed = paras[..3].join("\n\n");
        let s = Sketch::of(STORY)
            .unwrap()
            .similarity(&Sketch::of(&trimmed).unwrap());
        assert!(s.containment > 0.9 && s.is_copy(), "{s:?}");
    }

    #[test]
    fn long_quotations_are_left_out_and_short_quoted_titles_kept() {
        let q = "\u{201c}We could not be prouder of this cast and crew, and we cannot wait to show fans what comes next,\u{201d} said Okafor.";
        assert_eq!(shingles(q), shingles("said Okafor."));
        let straight = "Okafor said \"We could not be prouder of this cast and crew\" on Tuesday night in Los Angeles.";
        // The quotation ends the run: no shingle straddles it.
        assert_eq!(
            shingles(straight),
            shingles("Okafor said\non Tuesday night in Los Angeles.")
        );
        let title = "Netflix has renewed \"Harbor Lights\" for a second season today.";
        assert_eq!(
            shingles(title),
            shingles("Netflix has renewed Harbor Lights for a second season today.")
        );
    }

    #[test]
    fn shingles_do_not_cross_paragraphs() {
        assert!(shingles("one two three four\nfive six seven eight").is_empty());
        assert_eq!(shingles("one two three four five").len(), 1);
    }

    #[test]
    fn bytes_round_trip_and_bad_lengths_are_refused() {
        let a = Sketch::of(STORY).unwrap();
        assert_eq!(
            Sketch::from_bytes(a.shingles, &a.to_bytes()),
            Some(a.clone())
        );
        assert_eq!(Sketch::from_bytes(a.shingles, &a.to_bytes()[1..]), None);
    }

    #[test]
    fn band_keys_are_shared_by_equal_bands_only() {
        let a = Sketch::of(STORY).unwrap();
        let mut b = a.clone();
        b.slots[0] ^= 1;
        let (ka, kb) = (a.band_keys(), b.band_keys());
        assert_ne!(ka[0], kb[0]);
        assert_eq!(ka[1..], kb[1..]);
        assert!(ka.iter().all(|k| (0..1 << 31).contains(k)));
        // The band's position is part of its key.
        let mut c = a.clone();
        c.slots.rotate_left(ROWS);
        assert_ne!(c.band_keys()[0], a.band_keys()[1]);
    }

    #[test]
    fn signatures_are_stable_across_builds() {
        // Stored signatures must keep meaning the same; this pins version 1.
        let a = Sketch::of(STORY).unwrap();
        assert_eq!(a.shingles, 63);
        assert_eq!(&a.slots[..3], &[39446716, 92943102, 103436919]);
        assert_eq!(&a.band_keys()[..2], &[154456679, 1820904641]);
    }

    #[test]
    fn candidates_sharing_more_bands_come_first_and_hot_bands_are_skipped() {
        let hot: Vec<u32> = (100..100 + HOT_BAND as u32 + 1).collect();
        let got = rank_candidates(vec![
            vec![3, 5],
            vec![5],
            vec![9, 5, 3],
            hot.clone(),
            vec![7],
        ]);
        assert_eq!(got, [5, 3, 7, 9]);
        let mut just_hot = hot.clone();
        just_hot.pop();
        assert_eq!(
            rank_candidates(vec![just_hot]).len(),
            HOT_BAND.min(MAX_CANDIDATES),
            "a band at the limit still counts"
        );
    }

    #[test]
    fn a_copy_must_not_claim_more_than_its_original() {
        let a = Sketch::of(STORY).unwrap();
        let renewed: ClaimPairs = [("harbor lights".to_string(), Status::Renewed, Some(2))].into();
        let mut both = renewed.clone();
        both.insert(("harbor lights".into(), Status::Cancelled, None));
        let cand = |claims: &ClaimPairs| {
            vec![Candidate {
                id: 7,
                sketch: a.clone(),
                claims: claims.clone(),
            }]
        };
        assert_eq!(
            find_copy(&a, &renewed, cand(&both)).map(|(id, _)| id),
            Some(7)
        );
        assert_eq!(find_copy(&a, &both, cand(&renewed)).map(|(id, _)| id), None);
        assert_eq!(
            find_copy(&a, &ClaimPairs::new(), cand(&renewed)).map(|(id, _)| id),
            Some(7)
        );
        let season3: ClaimPairs = [("harbor lights".to_string(), Status::Renewed, Some(3))].into();
        assert_eq!(
            find_copy(&a, &season3, cand(&renewed)).map(|(id, _)| id),
            None,
            "another season is another story"
        );
    }
}
