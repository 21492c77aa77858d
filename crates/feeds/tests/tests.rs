//! Feed polling against a real HTTP server on loopback, compiled as one binary.

mod poll;
mod server;
