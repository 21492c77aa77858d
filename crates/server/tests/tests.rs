//! In-process tests of the whole service: every request goes through `app(state)` with
//! `tower::ServiceExt::oneshot`, over an in-memory store built by `util::fixture`.

mod api;
mod auth;
mod cache;
mod feed;
mod pages;
mod util;
mod watch;
