//! The one table of views (`route/views.rs`): each view has one entry, found from its variant
//! and from its segment, and the segment alone opens the entry's bare view, which writes back
//! under the segment.
#![cfg(not(target_arch = "wasm32"))]

use omkering::content::Lang;
use omkering::embedded::CONTENT;
use omkering::route::{Route, View, ENTRIES, SECTIONS};
use std::collections::HashSet;

#[test]
fn every_entry_is_found_from_its_view_and_its_segment_and_reads_back() {
    let mut segments = HashSet::new();
    for entry in ENTRIES {
        assert!(segments.insert(entry.segment), "the segment {:?} is in the table twice", entry.segment);
        assert!(std::ptr::eq(entry.bare.entry(), entry), "{:?} does not lead back to its entry", entry.bare);
        assert_eq!(entry.bare.page(), entry.bare, "a bare view is its own page");
        assert!(std::ptr::eq(entry.section.entry().section.entry(), entry.section.entry()), "{:?}: a section is its own section", entry.bare);
        assert!(SECTIONS.contains(&entry.section), "{:?}'s section is not in the navigation", entry.bare);
        let texts = entry.bare.texts(&CONTENT.ui);
        assert!(!texts.title.nl.as_str().is_empty() && !texts.title.en.as_str().is_empty(), "{:?} has no title", entry.bare);
        let text = format!("/{}", entry.segment);
        let parsed = Route::parse(&text, Lang::Nl, &CONTENT);
        assert_eq!(parsed.problem, None, "{text}");
        assert_eq!(parsed.route.view, entry.bare, "{text}");
        // It writes back as its segment (the presentation's routes always name their slide).
        let written = Route::new(entry.bare, Lang::Nl).format(Lang::Nl, &CONTENT);
        assert!(written == text || written.starts_with(&format!("{text}/")), "{:?} writes {written}", entry.bare);
        assert_eq!(Route::parse(&written, Lang::Nl, &CONTENT).route.view, entry.bare);
    }
    assert_eq!(segments.len(), ENTRIES.len());
}

#[test]
fn only_the_start_and_the_omkering_are_in_the_start_module() {
    let start: Vec<&str> = ENTRIES.iter().filter(|e| !e.chunk).map(|e| e.segment).collect();
    assert_eq!(start, ["", "omkering"]);
    assert!(!View::Omkering { mode: None, step: Some(2), select: None }.in_chunk());
    assert!(View::Finance { on: 3 }.in_chunk());
}

#[test]
fn a_segment_not_in_the_table_is_an_unknown_view() {
    let parsed = Route::parse("/nergens", Lang::Nl, &CONTENT);
    assert_eq!(parsed.route.view, View::Start);
    assert_eq!(parsed.problem, Some(omkering::route::Problem::UnknownView));
}
