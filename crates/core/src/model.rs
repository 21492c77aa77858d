//! The records greenlight reads, extracts and stores.

use crate::date::PartialDate;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A series' renewal status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Renewed,
    Cancelled,
    /// A final season was announced, or the series concluded by choice.
    Ending,
    /// No decision yet: talks, hopes, predictions.
    Undecided,
    /// Designed as a single season.
    Limited,
    /// Picked up again after a cancellation.
    Revived,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Renewed,
        Status::Cancelled,
        Status::Ending,
        Status::Undecided,
        Status::Limited,
        Status::Revived,
    ];
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::Renewed => "renewed",
            Status::Cancelled => "cancelled",
            Status::Ending => "ending",
            Status::Undecided => "undecided",
            Status::Limited => "limited",
            Status::Revived => "revived",
        }
    }
    /// Whether this status closes the series (only a revival reopens it).
    pub fn is_terminal(&self) -> bool {
        matches!(self, Status::Cancelled | Status::Ending | Status::Limited)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let l = s.trim().to_ascii_lowercase();
        let l = if l == "canceled" {
            "cancelled".to_string()
        } else {
            l
        };
        Status::ALL
            .into_iter()
            .find(|st| st.as_str() == l)
            .ok_or_else(|| {
                format!("unknown status {s:?} (renewed|cancelled|ending|undecided|limited|revived)")
            })
    }
}

/// How firmly a claim is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    /// Stated as fact, or by the network or a person with authority.
    Confirmed,
    /// Attributed to a report ("according to Variety", "sources say").
    Reported,
    /// A prediction or talks ("likely", "in early conversations").
    Expected,
    /// A wish or a campaign ("hopes", "#RenewX").
    Hoped,
}

impl Certainty {
    pub fn as_str(&self) -> &'static str {
        match self {
            Certainty::Confirmed => "confirmed",
            Certainty::Reported => "reported",
            Certainty::Expected => "expected",
            Certainty::Hoped => "hoped",
        }
    }
    /// Higher is firmer.
    pub fn rank(&self) -> u8 {
        match self {
            Certainty::Confirmed => 3,
            Certainty::Reported => 2,
            Certainty::Expected => 1,
            Certainty::Hoped => 0,
        }
    }
}

impl fmt::Display for Certainty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a claim was read: character offsets into the article text, and the sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Character (Unicode scalar) offset of the sentence start in the article text.
    pub start: usize,
    /// Character offset one past the sentence end.
    pub end: usize,
    /// The sentence itself.
    pub text: String,
}

/// How the date of a claim was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateBasis {
    /// The text says when it happened.
    Text,
    /// Fallback: the article's publication date.
    Published,
    /// Neither is known.
    Unknown,
}

/// One statement about a show's renewal status, read from one sentence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatusClaim {
    /// Always "status".
    pub kind: String,
    pub show: String,
    pub status: Status,
    pub season: Option<u16>,
    pub network: Option<String>,
    pub said_by: Option<String>,
    pub certainty: Certainty,
    /// When the event happened, per the text, else the publication date.
    pub date: Option<PartialDate>,
    pub date_basis: DateBasis,
    /// The words in the text the date was read from, when the text says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_text: Option<String>,
    /// The rule that produced this claim.
    pub rule: String,
    pub evidence: Evidence,
    /// The words that fired the rule, as a span into the article text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<Evidence>,
    /// The article recounts this as background: its own latest word on the show is
    /// another claim ("Hulu canceled The Path ... It was renewed for season 3 in 2017").
    /// Among one article's claims of the same date, background claims come first.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub background: bool,
}

/// A profile fact about a show (cast, creator, source material, ...), read from one sentence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProfileFact {
    /// "cast", "creator", "person", "based_on", "genre", "network", "filming",
    /// "premiere", "projection", "signal", "comparison".
    pub kind: String,
    /// The fact's fields, shaped by its kind.
    pub value: serde_json::Value,
    pub rule: String,
    pub evidence: Evidence,
}

/// What one article says about one show.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShowReport {
    pub title: String,
    pub network: Option<String>,
    /// The status this article reports as current at its writing.
    pub status: Option<Status>,
    pub season: Option<u16>,
    pub claims: Vec<StatusClaim>,
    #[serde(default)]
    pub facts: Vec<ProfileFact>,
}

/// One article after extraction: the line `extract --json` prints and `load` reads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExtractedArticle {
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<PartialDate>,
    /// Where the article came from: a path, `path:N` for a JSONL line or WARC record.
    pub source: String,
    /// The identity used for deduplication: the URL, or a hash of the text.
    pub key: String,
    pub shows: Vec<ShowReport>,
    /// The text that was read; evidence offsets point into it.
    pub text: String,
}

/// A claim as stored, with the article it came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourcedClaim {
    #[serde(flatten)]
    pub claim: StatusClaim,
    pub url: Option<String>,
    pub published: Option<PartialDate>,
    pub source: String,
    pub article_key: String,
}

/// A profile fact as stored, with the article it came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourcedFact {
    pub show: String,
    #[serde(flatten)]
    pub fact: ProfileFact,
    pub url: Option<String>,
    pub published: Option<PartialDate>,
    pub source: String,
    pub article_key: String,
}

/// An article as read, before extraction.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<PartialDate>,
    pub text: String,
    /// Where it came from: a path, `path:N` for the Nth JSONL line or WARC record.
    pub source: String,
}

impl Article {
    /// The identity used for deduplication: the URL when there is one, else a hash of the text.
    pub fn key(&self) -> String {
        match self.url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
            Some(u) => format!("url:{u}"),
            None => format!("text:{:016x}", fnv1a(self.text.trim().as_bytes())),
        }
    }
}

/// A stable 64-bit FNV-1a hash (the same on every platform and run).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}
