//! Integration tests for the readers, compiled as one binary.

mod feed;
mod html;
mod same_claims;
mod warc;
