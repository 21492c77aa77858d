//! Errors with a status code and a stable JSON shape:
//! `{"error": {"code": "...", "message": "...", "suggestions": [...]?}}`.

use crate::escape;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use greenlight_store::query::QueryError;
use greenlight_store::StoreError;
use jiff::civil::Date;
use serde::Serialize;

/// Why a request was refused. Messages quote user input only truncated, and every
/// response body escapes `<`, `>` and `&`.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ApiError {
    #[error("missing parameter {0:?}")]
    MissingParameter(&'static str),
    #[error("bad date {value:?} for {param:?}: expected YYYY-MM-DD")]
    BadDate { param: &'static str, value: String },
    #[error("bad status {0:?}: expected renewed, cancelled, ending, undecided, limited or revived")]
    BadStatus(String),
    #[error("bad sort {0:?}: expected title, since or status")]
    BadSort(String),
    #[error("bad query string")]
    BadQuery,
    #[error("unknown title {title:?}")]
    UnknownTitle { title: String, suggestions: Vec<String> },
    #[error("unknown show {0:?}")]
    UnknownShow(String),
    #[error("no status known for {title:?} as of {as_of}")]
    NoStatusYet { title: String, as_of: Date },
    #[error("no such endpoint")]
    NoRoute,
    #[error("method not allowed for this endpoint")]
    MethodNotAllowed,
    #[error("this server is read-only; start it with GREENLIGHT_TOKEN set to accept articles")]
    ReadOnly,
    #[error("missing or wrong bearer token")]
    Unauthorized,
    #[error("bad article: {0}")]
    BadArticle(String),
    #[error("unknown watch {0:?}")]
    UnknownWatch(String),
    #[error("bad watch: {0}")]
    BadWatch(String),
    #[error("request body too large (the limit is {} bytes)", crate::MAX_BODY_BYTES)]
    TooLarge,
    #[error("the request took too long")]
    Timeout,
    /// Details are logged, never sent.
    #[error("internal error")]
    Internal(String),
}

/// The longest piece of user input quoted back in a message, in characters.
const QUOTE_CHARS: usize = 120;

fn clip(s: &str) -> String {
    if s.chars().count() <= QUOTE_CHARS {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(QUOTE_CHARS).collect();
        t.push('…');
        t
    }
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        use ApiError::*;
        match self {
            MissingParameter(_)
            | BadDate { .. }
            | BadStatus(_)
            | BadSort(_)
            | BadQuery
            | BadArticle(_)
            | BadWatch(_) => StatusCode::BAD_REQUEST,
            UnknownTitle { .. } | UnknownShow(_) | UnknownWatch(_) | NoStatusYet { .. } | NoRoute => {
                StatusCode::NOT_FOUND
            }
            MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ReadOnly => StatusCode::FORBIDDEN,
            Unauthorized => StatusCode::UNAUTHORIZED,
            TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Timeout => StatusCode::SERVICE_UNAVAILABLE,
            Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A stable machine-readable code.
    pub fn code(&self) -> &'static str {
        use ApiError::*;
        match self {
            MissingParameter(_) => "missing_parameter",
            BadDate { .. } => "bad_date",
            BadStatus(_) => "bad_status",
            BadSort(_) => "bad_sort",
            BadQuery => "bad_query",
            UnknownTitle { .. } => "unknown_title",
            UnknownShow(_) => "unknown_show",
            NoStatusYet { .. } => "no_status_yet",
            NoRoute => "not_found",
            MethodNotAllowed => "method_not_allowed",
            ReadOnly => "read_only",
            Unauthorized => "unauthorized",
            BadArticle(_) => "bad_article",
            UnknownWatch(_) => "unknown_watch",
            BadWatch(_) => "bad_watch",
            TooLarge => "too_large",
            Timeout => "timeout",
            Internal(_) => "internal",
        }
    }

    /// The message for users: user input clipped, internals left out.
    pub fn message(&self) -> String {
        use ApiError::*;
        match self {
            BadDate { param, value } => {
                format!("bad date \"{}\" for {param}: expected YYYY-MM-DD", clip(value))
            }
            BadStatus(s) => format!(
                "bad status \"{}\": expected renewed, cancelled, ending, undecided, limited or revived",
                clip(s)
            ),
            BadSort(s) => format!("bad sort \"{}\": expected title, since or status", clip(s)),
            UnknownTitle { title, suggestions } => {
                let mut m = format!("unknown title \"{}\"", clip(title));
                if !suggestions.is_empty() {
                    m.push_str(&format!("; did you mean: {}?", suggestions.join(", ")));
                }
                m
            }
            UnknownShow(s) => format!("unknown show \"{}\"", clip(s)),
            NoStatusYet { title, as_of } => format!("no status known for \"{}\" as of {as_of}", clip(title)),
            BadArticle(m) => format!("bad article: {}", clip(m)),
            UnknownWatch(s) => format!("unknown watch \"{}\"", clip(s)),
            BadWatch(m) => format!("bad watch: {}", clip(m)),
            other => other.to_string(),
        }
    }

    pub fn suggestions(&self) -> Option<&[String]> {
        match self {
            ApiError::UnknownTitle { suggestions, .. } => Some(suggestions),
            _ => None,
        }
    }
}

#[derive(Serialize)]
struct Body<'a> {
    error: Inner<'a>,
}

#[derive(Serialize)]
struct Inner<'a> {
    code: &'a str,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    suggestions: Option<&'a [String]>,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(detail) = &self {
            tracing::error!(%detail, "request failed");
        }
        let body = Body {
            error: Inner {
                code: self.code(),
                message: self.message(),
                suggestions: self.suggestions(),
            },
        };
        let mut res = escape::json_response(self.status(), &body);
        if matches!(self, ApiError::Unauthorized) {
            res.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        res
    }
}

impl From<QueryError> for ApiError {
    fn from(e: QueryError) -> Self {
        match e {
            QueryError::UnknownTitle { title, suggestions } => ApiError::UnknownTitle { title, suggestions },
            QueryError::NoStatusYet { title, as_of } => ApiError::NoStatusYet { title, as_of },
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        ApiError::Internal(e.to_string())
    }
}
