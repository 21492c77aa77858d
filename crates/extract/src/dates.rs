//! Dates inside running text, read by `duckling` and resolved against the publication date.
//!
//! Duckling prefers future readings ("Aug. 23" read on 2022-10-19 gives 2023-08-23 first).
//! News reports past events, so for past-tense text we take the latest alternative on or
//! before the publication date, and for future-tense text the earliest on or after it.
//! Without a publication date, only expressions that name their year are trusted.

#[cfg(test)]
use chrono::{Datelike, FixedOffset, TimeZone};
#[cfg(test)]
use duckling::{DimensionKind, DimensionValue, Grain, Lang, Locale, Options, TimePoint, TimeValue};
use greenlight_core::PartialDate;
use regex::Regex;
use std::sync::LazyLock;

/// Which way a date expression points relative to the article's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

/// A date read from text.
#[derive(Clone, Debug, PartialEq)]
pub struct FoundDate {
    /// Byte span within the text that was searched.
    pub start: usize,
    pub end: usize,
    pub date: PartialDate,
    pub text: String,
}

#[cfg(test)]
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::rx(r"(?-u:\b)(?:19|20)\d\d(?-u:\b)").unwrap());
/// Expressions that name a calendar position (not "today", "now", "tomorrow", times of day).
static CALENDAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|(?-i:May)|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?-u:\b)|(?-u:\b)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?-u:\b)|(?-u:\b)(?:19|20)\d\d(?-u:\b)|(?-u:\b)(?:last|earlier|this|past|previous)\s+(?:week|month|year|spring|summer|fall|autumn|winter)(?-u:\b)|(?-u:\b)yesterday(?-u:\b)|(?-u:\b)(?:day|week|month|year)s?\s+ago(?-u:\b)").unwrap()
});

#[cfg(test)]
fn point_date(p: &TimePoint) -> Option<(chrono::NaiveDate, Grain)> {
    match p {
        TimePoint::Naive { value, grain } => Some((value.date(), *grain)),
        TimePoint::Instant { value, grain } => Some((value.date_naive(), *grain)),
    }
}

#[cfg(test)]
fn to_partial(d: chrono::NaiveDate, grain: Grain) -> Option<PartialDate> {
    let (y, m, day) = (d.year() as i16, d.month() as i8, d.day() as i8);
    match grain {
        Grain::Year => PartialDate::year(y).ok(),
        Grain::Quarter | Grain::Month => PartialDate::month(y, m).ok(),
        _ => PartialDate::day(y, m, day).ok(),
    }
}

static EXPLICIT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?-u:\b)(?P<pre>(?:in|on|since|by|from|until|through|early|late|mid-?|this|last|next|of)\s+)?(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?-u:\b)\.?(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?-u:\b))?(?:,?\s+(?P<year>(?:19|20)\d\d)(?-u:\b))?").unwrap()
});
/// Calendar words that only duckling reads: weekdays and relative expressions.
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow)(?-u:\b)|(?-u:\b)(?:last|earlier|this|past|previous|next)\s+(?:week|month|year|spring|summer|fall|autumn|winter)(?-u:\b)").unwrap()
});

/// Expressions anchored to a time the story sets, not to publication ("the following
/// Monday", "the previous year", "a week from").
static ANCHORED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:the\s+(?:following|previous|next)\s+(?:day|week|month|year|spring|summer|fall|autumn|winter|season|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|a\s+(?:week|month|year)\s+from)(?-u:\b)").unwrap()
});

/// Weekdays and relative expressions, resolved against the publication date the way
/// duckling reads them (a test holds the two to the same answers), but without its
/// cost: "Tuesday" is the latest Tuesday on or before it for past events, "last week"
/// the Monday that began the week before, "this month" its month.
fn relative_dates(
    text: &str,
    published: Option<PartialDate>,
    tense: Tense,
    out: &mut Vec<FoundDate>,
) {
    let Some(p) = published else { return };
    let refd = p.start();
    for m in RELATIVE.find_iter(text) {
        // A weekday inside an explicit date ("Tuesday, Oct. 18") is read with that date.
        if out
            .iter()
            .any(|f| f.start <= m.end() + 2 && m.start() <= f.end)
        {
            continue;
        }
        // "an interview with TODAY", "The Tonight Show": names, not days.
        let raw = m.as_str();
        let named = raw.len() > 1 && raw.chars().all(|c| !c.is_lowercase())
            || raw.starts_with(['T', 'Y'])
                && !text[..m.start()].trim_end().is_empty()
                && !text[..m.start()]
                    .trim_end()
                    .ends_with(['.', '!', '?', '"', '“']);
        if named
            && matches!(
                raw.to_ascii_lowercase().as_str(),
                "today" | "tonight" | "tomorrow" | "yesterday"
            )
        {
            continue;
        }
        let w = m.as_str().to_ascii_lowercase();
        let words: Vec<&str> = w.split_whitespace().collect();
        let date = match words.as_slice() {
            [day] => match *day {
                "yesterday" => refd.yesterday().ok().map(PartialDate::from_civil),
                "today" | "tonight" => Some(PartialDate::from_civil(refd)),
                "tomorrow" => refd.tomorrow().ok().map(PartialDate::from_civil),
                wd => weekday_number(wd).and_then(|n| {
                    let have = refd.weekday().to_monday_zero_offset() as i64;
                    let back = (have - n as i64).rem_euclid(7);
                    let d = match tense_at(text, m.start(), tense) {
                        Tense::Past => refd.checked_sub(jiff::Span::new().days(back)).ok()?,
                        Tense::Future => refd
                            .checked_add(jiff::Span::new().days((7 - back) % 7))
                            .ok()?,
                    };
                    Some(PartialDate::from_civil(d))
                }),
            },
            [which, unit] => {
                let shift: i64 = match *which {
                    "last" | "past" | "previous" => -1,
                    "next" => 1,
                    _ => 0,
                };
                match *unit {
                    "week" => {
                        let monday = refd
                            .checked_sub(
                                jiff::Span::new()
                                    .days(refd.weekday().to_monday_zero_offset() as i64),
                            )
                            .ok();
                        monday
                            .and_then(|m| m.checked_add(jiff::Span::new().weeks(shift)).ok())
                            .map(PartialDate::from_civil)
                    }
                    "month" => refd
                        .first_of_month()
                        .checked_add(jiff::Span::new().months(shift))
                        .ok()
                        .and_then(|d| PartialDate::month(d.year(), d.month()).ok()),
                    "year" => PartialDate::year(refd.year() + shift as i16).ok(),
                    season => {
                        let month: i8 = match season {
                            "spring" => 3,
                            "summer" => 6,
                            "fall" | "autumn" => 9,
                            _ => 12,
                        };
                        // "last summer": the latest summer that has begun before the date.
                        let mut year = refd.year();
                        if shift < 0 && refd.month() < month + 3 {
                            year -= 1;
                        } else if shift > 0 && refd.month() >= month {
                            year += 1;
                        }
                        PartialDate::month(year, month).ok()
                    }
                }
            }
            _ => None,
        };
        if let Some(date) = date {
            out.push(FoundDate {
                start: m.start(),
                end: m.end(),
                date,
                text: m.as_str().to_string(),
            });
        }
    }
    out.sort_by_key(|f| f.start);
}

static AGO: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>day|week|month|year)s?\s+ago(?-u:\b)").unwrap()
});

/// "two weeks ago", "a month ago": counted back from the publication date, at the grain
/// of the unit (a month ago is a month, not a day).
fn ago_dates(text: &str, published: Option<PartialDate>, out: &mut Vec<FoundDate>) {
    let Some(p) = published else { return };
    let refd = p.start();
    for c in AGO.captures_iter(text) {
        let n = c["n"].to_ascii_lowercase();
        let n: i64 = match n.as_str() {
            "a" | "an" => 1,
            w => match crate::lexicon::number_word(w) {
                Some(k) => k as i64,
                None => continue,
            },
        };
        let unit = c["unit"].to_ascii_lowercase();
        let date = match unit.as_str() {
            "day" => refd
                .checked_sub(jiff::Span::new().days(n))
                .ok()
                .map(PartialDate::from_civil),
            "week" => refd
                .checked_sub(jiff::Span::new().weeks(n))
                .ok()
                .map(PartialDate::from_civil),
            "month" => refd
                .checked_sub(jiff::Span::new().months(n))
                .ok()
                .and_then(|d| PartialDate::month(d.year(), d.month()).ok()),
            _ => PartialDate::year(refd.year() - n as i16).ok(),
        };
        if let Some(date) = date {
            let m = c.get(0).expect("whole match");
            out.push(FoundDate {
                start: m.start(),
                end: m.end(),
                date,
                text: m.as_str().to_string(),
            });
        }
    }
}

fn weekday_number(w: &str) -> Option<i8> {
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .iter()
    .position(|d| *d == w)
    .map(|i| i as i8)
}

/// Explicit dates ("November 2022", "Aug. 23", "March 5, 2021") read without duckling,
/// with weekdays and relative expressions.
fn explicit_dates(text: &str, published: Option<PartialDate>, tense: Tense) -> Vec<FoundDate> {
    let mut out = Vec::new();
    for c in EXPLICIT.captures_iter(text) {
        let (day, year) = (c.name("day"), c.name("year"));
        if day.is_none() && year.is_none() && c.name("pre").is_none() {
            continue;
        }
        let Some(mon) = month_number(&c["mon"]) else {
            continue;
        };
        let whole = c.get(0).unwrap();
        let start = c.name("pre").map_or(whole.start(), |p| p.end());
        let day: Option<i8> = day.and_then(|d| d.as_str().parse().ok());
        let date = match year.and_then(|y| y.as_str().parse::<i16>().ok()) {
            Some(y) => match day {
                Some(d) => PartialDate::day(y, mon, d).ok(),
                None => PartialDate::month(y, mon).ok(),
            },
            None => {
                let Some(p) = published else { continue };
                let refd = p.start();
                let candidates: Vec<PartialDate> = (refd.year() - 1..=refd.year() + 1)
                    .filter_map(|y| match day {
                        Some(d) => PartialDate::day(y, mon, d).ok(),
                        None => PartialDate::month(y, mon).ok(),
                    })
                    .collect();
                match tense_at(text, start, tense) {
                    Tense::Past => candidates
                        .iter()
                        .filter(|d| d.start() <= refd)
                        .max()
                        .copied(),
                    Tense::Future => candidates.iter().filter(|d| d.end() >= refd).min().copied(),
                }
            }
        };
        if let Some(date) = date {
            out.push(FoundDate {
                start,
                end: whole.end(),
                date,
                text: text[start..whole.end()].to_string(),
            });
        }
    }
    if RELATIVE.is_match(text) {
        relative_dates(text, published, tense, &mut out);
        // "the previous week", "the following Monday" count from the story's own time,
        // which the text does not date: no reading beats a wrong one.
        let anchored: Vec<(usize, usize)> = ANCHORED
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect();
        out.retain(|f| !anchored.iter().any(|&(a, b)| f.start < b && a < f.end));
    }
    if text.contains(" ago") {
        ago_dates(text, published, &mut out);
        out.sort_by_key(|f| f.start);
    }
    out
}

static FUTURE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?i)(?-u:\b)(?:will|['’]ll|set\s+to|slated\s+to|scheduled\s+to|expected\s+to|due\s+to|going\s+to|plans?\s+to|aims?\s+to|hopes?\s+to|is\s+to|are\s+to|begins?|starts?|kicks?\s+off)(?-u:\b)").unwrap()
});

/// The tense a date is written in: a date in a clause about what will happen ("filming
/// will begin in May") is the next such date, whatever the sentence's main verb says.
fn tense_at(text: &str, at: usize, default: Tense) -> Tense {
    let from = text[..at]
        .rfind([',', ';', '(', '.', '—'])
        .map_or(0, |i| i + 1);
    let from = from.max(at.saturating_sub(60));
    let from = (from..=at)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(at);
    if FUTURE_CUE.is_match(&text[from..at]) {
        Tense::Future
    } else {
        default
    }
}

/// The month a name or abbreviation stands for ("Sept." → 9).
pub(crate) fn month_number(m: &str) -> Option<i8> {
    let l = m.to_ascii_lowercase();
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|p| l.starts_with(p))
    .map(|i| i as i8 + 1)
}

/// Finds calendar dates in `text`, resolved against `published`.
pub fn dates_in(text: &str, published: Option<PartialDate>, tense: Tense) -> Vec<FoundDate> {
    if !CALENDAR.is_match(text) {
        return Vec::new();
    }
    let mut found = explicit_dates(text, published, tense);
    add_bare_years(text, &mut found);
    found
}

/// Dates as duckling reads them: the oracle the fast path is tested against (see
/// `relative_dates_match_what_duckling_reads`).
#[cfg(test)]
fn duckling_dates(text: &str, published: Option<PartialDate>, tense: Tense) -> Vec<FoundDate> {
    let reference = published
        .map(|p| p.start())
        .unwrap_or(jiff::civil::date(2100, 1, 1));
    let Some(now) = FixedOffset::east_opt(0).and_then(|tz| {
        tz.with_ymd_and_hms(
            reference.year() as i32,
            reference.month() as u32,
            reference.day() as u32,
            12,
            0,
            0,
        )
        .single()
    }) else {
        return Vec::new();
    };
    let locale = Locale::new(Lang::EN, None);
    let ctx = duckling::Context::new(now, locale);
    let found = duckling::parse(
        text,
        &locale,
        &[DimensionKind::Time],
        &ctx,
        &Options::default(),
    );
    let today = now.date_naive();
    let mut out = Vec::new();
    for e in found {
        let body = e.body.as_str();
        // Outlet names in capitals ("TODAY") and clock-only readings are not dates.
        if !CALENDAR.is_match(body)
            || body.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) && !YEAR.is_match(body)
        {
            continue;
        }
        if published.is_none() && !YEAR.is_match(body) {
            continue;
        }
        let candidates: Vec<(chrono::NaiveDate, Grain)> = match &e.value {
            DimensionValue::Time(TimeValue::Single { value, values, .. }) => {
                let mut v: Vec<_> = values.iter().filter_map(point_date).collect();
                v.extend(point_date(value));
                v
            }
            DimensionValue::Time(TimeValue::Interval { from, .. }) => {
                from.iter().filter_map(point_date).collect()
            }
            _ => continue,
        };
        let explicit_year = YEAR.is_match(body);
        let pick = if explicit_year {
            candidates.first().copied()
        } else {
            match tense {
                Tense::Past => candidates
                    .iter()
                    .filter(|(d, _)| *d <= today)
                    .max_by_key(|(d, _)| *d)
                    .copied(),
                Tense::Future => candidates
                    .iter()
                    .filter(|(d, _)| *d >= today)
                    .min_by_key(|(d, _)| *d)
                    .copied(),
            }
            .or_else(|| candidates.first().copied())
        };
        let Some((d, grain)) = pick else { continue };
        let Some(date) = to_partial(d, grain) else {
            continue;
        };
        let start = text.find(body).unwrap_or(0);
        out.push(FoundDate {
            start,
            end: start + body.len(),
            date,
            text: body.to_string(),
        });
    }
    add_bare_years(text, &mut out);
    out
}

/// Duckling leaves a bare year as a latent reading; "in a 2022 interview" still names one.
fn add_bare_years(text: &str, out: &mut Vec<FoundDate>) {
    for c in BARE_YEAR.captures_iter(text) {
        let m = c.get(1).unwrap();
        if out.iter().any(|f| f.start <= m.start() && m.end() <= f.end) {
            continue;
        }
        if let Ok(year) = m.as_str().parse::<i16>() {
            if let Ok(date) = PartialDate::year(year) {
                let whole = c.get(0).unwrap();
                out.push(FoundDate {
                    start: whole.start(),
                    end: whole.end(),
                    date,
                    text: whole.as_str().to_string(),
                });
            }
        }
    }
}

static BARE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::rx(r"(?-u:\b)(?:in|during|since|by|of|from)\s+(?:a\s+|an\s+|the\s+|early\s+|late\s+|mid-?)?((?:19|20)\d\d)(?-u:\b)(?:\s+(?:interview|statement|report|announcement|post|chat|conversation|panel))?").unwrap()
});

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, published: &str, tense: Tense) -> String {
        let p: PartialDate = published.parse().unwrap();
        dates_in(text, Some(p), tense)
            .first()
            .map(|f| f.date.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn past_tense_picks_the_reading_before_publication() {
        assert_eq!(
            one(
                "she told Deadline in an interview published on Aug. 23.",
                "2022-10-19",
                Tense::Past
            ),
            "2022-08-23"
        );
        assert_eq!(
            one(
                "During a Tuesday, Oct. 18, interview with TODAY, Cho talked",
                "2022-10-19",
                Tense::Past
            ),
            "2022-10-18"
        );
        assert_eq!(
            one(
                "Variety confirmed the cancellation in November 2022.",
                "2023-06-01",
                Tense::Past
            ),
            "2022-11"
        );
    }

    #[test]
    fn explicit_dates_match_what_duckling_reads() {
        for (text, published) in [
            (
                "Variety confirmed the cancellation in November 2022.",
                "2023-06-01",
            ),
            (
                "she told Deadline in an interview published on Aug. 23.",
                "2022-10-19",
            ),
            (
                "Netflix renewed it on March 5, 2021, after weeks of talks.",
                "2021-04-01",
            ),
            ("The show was axed in December.", "2023-02-10"),
        ] {
            let p: PartialDate = published.parse().unwrap();
            let fast = explicit_dates(text, Some(p), Tense::Past);
            assert_eq!(fast.len(), 1, "{text}");
            let locale = Locale::new(Lang::EN, None);
            let now = FixedOffset::east_opt(0)
                .unwrap()
                .with_ymd_and_hms(
                    p.year as i32,
                    p.month.unwrap() as u32,
                    p.day.unwrap() as u32,
                    12,
                    0,
                    0,
                )
                .unwrap();
            let slow = duckling::parse(
                text,
                &locale,
                &[DimensionKind::Time],
                &duckling::Context::new(now, locale),
                &Options::default(),
            );
            assert!(!slow.is_empty(), "{text}");
            assert!(
                slow[0].body.contains(&fast[0].text) || fast[0].text.contains(&slow[0].body),
                "{text}: {} vs {}",
                fast[0].text,
                slow[0].body
            );
        }
        assert_eq!(
            one("The show was axed in December.", "2023-02-10", Tense::Past),
            "2022-12"
        );
        assert!(
            explicit_dates("It may be renewed.", "2023-02-10".parse().ok(), Tense::Past).is_empty()
        );
    }

    /// The fast path reads weekdays and relative expressions as duckling does, except
    /// where duckling offers only a future reading for a past event ("cancelled on
    /// Tuesday" read on a Wednesday is the day before, not next week) or none ("today").
    #[test]
    fn relative_dates_match_what_duckling_reads() {
        for (text, published, want, duckling_agrees) in [
            (
                "The show was cancelled on Tuesday.",
                "2022-10-19",
                "2022-10-18",
                false,
            ),
            (
                "The show was cancelled on Wednesday.",
                "2022-10-19",
                "2022-10-19",
                true,
            ),
            (
                "Netflix renewed it on Friday, the streamer said.",
                "2023-03-06",
                "2023-03-03",
                false,
            ),
            (
                "The news broke yesterday.",
                "2021-01-01",
                "2020-12-31",
                true,
            ),
            ("It was renewed today.", "2021-06-30", "2021-06-30", false),
            (
                "The show was cancelled last week.",
                "2022-10-19",
                "2022-10-10",
                true,
            ),
            (
                "It was renewed earlier this month.",
                "2022-10-19",
                "2022-10",
                true,
            ),
            (
                "The series was axed last month.",
                "2023-01-15",
                "2022-12",
                true,
            ),
            ("It was renewed last year.", "2023-01-15", "2022", true),
            ("It ended this year.", "2023-08-15", "2023", true),
            (
                "The show was cancelled two weeks ago.",
                "2022-10-19",
                "2022-10-05",
                true,
            ),
            (
                "Netflix renewed it a month ago.",
                "2022-10-19",
                "2022-09",
                false,
            ),
        ] {
            let p: PartialDate = published.parse().unwrap();
            let fast: Vec<String> = explicit_dates(text, Some(p), Tense::Past)
                .iter()
                .map(|f| f.date.to_string())
                .collect();
            assert_eq!(fast, vec![want.to_string()], "{text} ({published})");
            let slow: Vec<String> = duckling_dates(text, Some(p), Tense::Past)
                .iter()
                .map(|f| f.date.to_string())
                .collect();
            assert_eq!(
                fast == slow,
                duckling_agrees,
                "{text} ({published}): duckling read {slow:?}"
            );
        }
    }

    #[test]
    fn named_days_are_not_dates() {
        let all: Vec<String> = dates_in(
            "During a Tuesday, Oct. 18, interview with TODAY, she talked.",
            "2022-10-19".parse().ok(),
            Tense::Past,
        )
        .iter()
        .map(|f| f.date.to_string())
        .collect();
        assert_eq!(all, vec!["2022-10-18"]);
        assert_eq!(
            one(
                "She told The Tonight Show about it.",
                "2022-10-19",
                Tense::Past
            ),
            ""
        );
        let opening: Vec<String> = explicit_dates(
            "Today, Netflix renewed it.",
            "2022-10-19".parse().ok(),
            Tense::Past,
        )
        .iter()
        .map(|f| f.date.to_string())
        .collect();
        assert_eq!(opening, vec!["2022-10-19"]);
    }

    #[test]
    fn dates_in_future_clauses_read_forward() {
        let all: Vec<String> = dates_in(
            "Amazon confirmed on Wednesday that filming will begin in May.",
            "2014-02-26".parse().ok(),
            Tense::Past,
        )
        .iter()
        .map(|f| f.date.to_string())
        .collect();
        assert_eq!(all, vec!["2014-02-26", "2014-05"]);
        assert_eq!(
            one("The show was cancelled in May.", "2014-02-26", Tense::Past),
            "2013-05"
        );
        assert_eq!(
            one(
                "The new season is set to premiere on Friday.",
                "2023-03-06",
                Tense::Past
            ),
            "2023-03-10"
        );
    }

    #[test]
    fn relative_expressions_resolve_against_publication() {
        assert_eq!(
            one(
                "The show was cancelled last week.",
                "2022-10-19",
                Tense::Past
            ),
            "2022-10-10"
        );
        assert_eq!(
            one(
                "It was renewed earlier this month.",
                "2022-10-19",
                Tense::Past
            ),
            "2022-10"
        );
    }

    #[test]
    fn outlet_names_and_yearless_dates_without_publication_are_ignored() {
        assert!(dates_in(
            "in an interview with TODAY",
            "2022-10-19".parse().ok(),
            Tense::Past
        )
        .is_empty());
        assert!(dates_in("published on Aug. 23.", None, Tense::Past).is_empty());
        assert_eq!(
            dates_in("in November 2022", None, Tense::Past)[0]
                .date
                .to_string(),
            "2022-11"
        );
        assert_eq!(
            dates_in(
                "expressed hope in a 2022 interview with Deadline",
                None,
                Tense::Past
            )[0]
            .date
            .to_string(),
            "2022"
        );
    }
}
