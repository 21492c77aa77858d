//! Query-string parameters, validated on the way in.

use crate::ApiError;
use axum::extract::Query;
use axum::http::Uri;
use greenlight_core::{PartialDate, Status};
use jiff::civil::Date;
use std::collections::HashMap;

/// A request's query parameters. Blank values count as absent.
pub struct Params(HashMap<String, String>);

impl Params {
    pub fn from_uri(uri: &Uri) -> Result<Self, ApiError> {
        let Query(map) = Query::<HashMap<String, String>>::try_from_uri(uri).map_err(|_| ApiError::BadQuery)?;
        Ok(Params(map))
    }

    /// The trimmed value, if present and not blank.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(|v| v.trim()).filter(|v| !v.is_empty())
    }

    pub fn required(&self, name: &'static str) -> Result<&str, ApiError> {
        self.get(name).ok_or(ApiError::MissingParameter(name))
    }

    /// A day, `YYYY-MM-DD`.
    pub fn date(&self, name: &'static str) -> Result<Option<Date>, ApiError> {
        self.get(name).map(|v| parse_day(name, v)).transpose()
    }

    pub fn status(&self, name: &'static str) -> Result<Option<Status>, ApiError> {
        self.get(name)
            .map(|v| v.parse().map_err(|_| ApiError::BadStatus(v.to_string())))
            .transpose()
    }
}

/// Parses a full day; a year or a month alone is refused.
pub fn parse_day(param: &'static str, value: &str) -> Result<Date, ApiError> {
    let bad = || ApiError::BadDate {
        param,
        value: value.to_string(),
    };
    let d: PartialDate = value.parse().map_err(|_| bad())?;
    if d.day.is_none() || value.trim().len() != 10 {
        return Err(bad());
    }
    Ok(d.start())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_parse_and_partial_dates_do_not() {
        assert_eq!(
            parse_day("as_of", "2022-10-20").unwrap(),
            jiff::civil::date(2022, 10, 20)
        );
        for bad in [
            "2022-10",
            "2022",
            "2022-13-01",
            "2022-02-30",
            "yesterday",
            "2022-10-20T10:00:00Z",
        ] {
            assert!(
                matches!(parse_day("as_of", bad), Err(ApiError::BadDate { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn blank_values_are_absent() {
        let p = Params::from_uri(&"/x?title=%20&status=Cancelled".parse().unwrap()).unwrap();
        assert!(p.get("title").is_none());
        assert!(matches!(p.required("title"), Err(ApiError::MissingParameter("title"))));
        assert_eq!(p.status("status").unwrap(), Some(Status::Cancelled));
    }
}
