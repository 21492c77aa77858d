//! Show profile facts (cast, creators, source material, ...). Filled in by the profile stage.

use crate::document::{CharOffsets, Document};
use crate::mentions::Mention;
use greenlight_core::ShowReport;

/// Attaches profile facts found in the document to the show reports.
pub fn attach_facts(
    _doc: &Document<'_>,
    _offsets: &CharOffsets<'_>,
    _mentions: &[Mention],
    _main_key: Option<&str>,
    _main_title: Option<&str>,
    _reports: &mut Vec<ShowReport>,
) {
}
