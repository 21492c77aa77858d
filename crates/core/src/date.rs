//! Dates as the press writes them: a year, a month, or a day.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// Earliest and latest years greenlight accepts. Anything outside is an absurd date.
pub const MIN_YEAR: i16 = 1900;
/// See [`MIN_YEAR`].
pub const MAX_YEAR: i16 = 2100;

/// A calendar date known to a year, a month or a day.
///
/// Ordering compares the start of the period, then the finer precision last, so
/// `2022-11` sorts before `2022-11-05`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: i16,
    pub month: Option<i8>,
    pub day: Option<i8>,
}

/// Why a date string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    #[error("bad date {0:?}: expected YYYY, YYYY-MM or YYYY-MM-DD")]
    Syntax(String),
    #[error("bad date {0:?}: year outside {MIN_YEAR}..={MAX_YEAR}")]
    OutOfRange(String),
    #[error("bad date {0:?}: no such day")]
    NoSuchDay(String),
}

impl PartialDate {
    pub fn day(year: i16, month: i8, day: i8) -> Result<Self, DateError> {
        Self::build(year, Some(month), Some(day))
    }
    pub fn month(year: i16, month: i8) -> Result<Self, DateError> {
        Self::build(year, Some(month), None)
    }
    pub fn year(year: i16) -> Result<Self, DateError> {
        Self::build(year, None, None)
    }

    fn build(year: i16, month: Option<i8>, day: Option<i8>) -> Result<Self, DateError> {
        let d = PartialDate { year, month, day };
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(DateError::OutOfRange(d.to_string()));
        }
        let m = month.unwrap_or(1);
        if !(1..=12).contains(&m) {
            return Err(DateError::NoSuchDay(d.to_string()));
        }
        if jiff::civil::Date::new(year, m, day.unwrap_or(1)).is_err() {
            return Err(DateError::NoSuchDay(d.to_string()));
        }
        Ok(d)
    }

    pub fn from_civil(d: jiff::civil::Date) -> Self {
        PartialDate {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }

    /// The first day of the period.
    pub fn start(&self) -> jiff::civil::Date {
        jiff::civil::Date::new(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .expect("validated on construction")
    }

    /// The last day of the period.
    pub fn end(&self) -> jiff::civil::Date {
        match (self.month, self.day) {
            (Some(m), Some(d)) => jiff::civil::Date::new(self.year, m, d).expect("validated"),
            (Some(m), None) => jiff::civil::Date::new(self.year, m, 1)
                .expect("validated")
                .last_of_month(),
            _ => jiff::civil::Date::new(self.year, 12, 31).expect("validated"),
        }
    }

    /// Drops the day, keeping year and month.
    pub fn to_month(&self) -> Self {
        PartialDate {
            year: self.year,
            month: self.month,
            day: None,
        }
    }

    /// Whether the period has begun by `date` (its first day is on or before it).
    pub fn begun_by(&self, date: jiff::civil::Date) -> bool {
        self.start() <= date
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, DateError> {
        let t = s.trim();
        // Accept a full timestamp by keeping its date part.
        let t = t
            .get(..10)
            .filter(|p| t.len() > 10 && p.as_bytes()[4] == b'-')
            .unwrap_or(t);
        let parts: Vec<&str> = t.split('-').collect();
        let num = |p: &str, len: usize| -> Result<i32, DateError> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DateError::Syntax(s.to_string()));
            }
            p.parse().map_err(|_| DateError::Syntax(s.to_string()))
        };
        let year = num(parts[0], 4)?;
        if !(MIN_YEAR as i32..=MAX_YEAR as i32).contains(&year) {
            return Err(DateError::OutOfRange(s.to_string()));
        }
        let year = year as i16;
        match parts.len() {
            1 => PartialDate::year(year),
            2 => PartialDate::month(year, num(parts[1], 2)? as i8),
            3 => PartialDate::day(year, num(parts[1], 2)? as i8, num(parts[2], 2)? as i8),
            _ => Err(DateError::Syntax(s.to_string())),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_each_precision() {
        for s in ["2022", "2022-11", "2022-11-05"] {
            assert_eq!(s.parse::<PartialDate>().unwrap().to_string(), s);
        }
        assert_eq!(
            "2022-11-05T10:00:00Z"
                .parse::<PartialDate>()
                .unwrap()
                .to_string(),
            "2022-11-05"
        );
    }

    #[test]
    fn refuses_absurd_dates() {
        assert!(matches!(
            "99999-01-01".parse::<PartialDate>(),
            Err(DateError::Syntax(_))
        ));
        assert!(matches!(
            "3022-01-01".parse::<PartialDate>(),
            Err(DateError::OutOfRange(_))
        ));
        assert!(matches!(
            "2022-02-30".parse::<PartialDate>(),
            Err(DateError::NoSuchDay(_))
        ));
        assert!(matches!(
            "2022-13".parse::<PartialDate>(),
            Err(DateError::NoSuchDay(_))
        ));
        assert!("yesterday".parse::<PartialDate>().is_err());
    }

    #[test]
    fn month_begins_before_its_days() {
        let m: PartialDate = "2022-11".parse().unwrap();
        let d: PartialDate = "2022-11-05".parse().unwrap();
        assert!(m < d);
        assert!(m.begun_by(jiff::civil::date(2022, 11, 1)));
        assert!(!m.begun_by(jiff::civil::date(2022, 10, 31)));
        assert_eq!(m.end(), jiff::civil::date(2022, 11, 30));
    }
}
