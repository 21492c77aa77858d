//! Integration tests for the readers, compiled as one binary.

mod warc;
