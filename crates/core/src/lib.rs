//! Domain types for greenlight: what a renewal status is, how firmly it is claimed,
//! where it was read, and how a show's status as of any date is computed from claims.
//!
//! ```
//! use greenlight_core::{Status, PartialDate};
//! assert_eq!("canceled".parse::<Status>().unwrap(), Status::Cancelled);
//! assert_eq!("2022-11".parse::<PartialDate>().unwrap().to_string(), "2022-11");
//! ```

pub mod date;
pub mod model;
pub mod resolve;
pub mod title;

pub use date::{DateError, PartialDate};
pub use model::*;
pub use resolve::{status_as_of, Contradiction, Resolved};
