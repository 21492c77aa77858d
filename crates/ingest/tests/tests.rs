//! Integration tests for the readers, compiled as one binary.

mod html;
mod same_claims;
mod warc;
