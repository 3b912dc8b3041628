//! The real content: it loads, passes every validation rule, is complete against the source
//! texts and reads at taalniveau B1.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use omkering::content::{completeness, load, readability, validate};
use std::path::{Path, PathBuf};

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

fn loaded() -> load::Loaded {
    load::load_dir(&content_dir()).unwrap_or_else(|e| panic!("{e}"))
}

fn report(errors: &[omkering::content::error::ContentError]) -> String {
    errors.iter().map(|e| format!("  {e}\n")).collect()
}

#[test]
fn real_content_passes_validation() {
    let errors = validate::validate(&loaded());
    assert!(errors.is_empty(), "{errors}");
}

#[test]
fn real_content_is_complete_against_the_source_texts() {
    let Some(seeds) = common::seeds("real_content_is_complete_against_the_source_texts") else { return };
    let errors = completeness::check(&loaded(), &seeds);
    assert!(errors.is_empty(), "{} completeness problem(s):\n{}", errors.len(), report(&errors));
}

#[test]
fn every_dutch_text_reads_at_b1() {
    let errors = readability::check(&loaded());
    assert!(errors.is_empty(), "{} readability problem(s):\n{}", errors.len(), report(&errors));
}

#[test]
fn every_event_links_to_a_view_that_exists() {
    use omkering::embedded::CONTENT;
    use omkering::route::{Route, View};
    for e in CONTENT.events.iter() {
        let parsed = Route::parse(e.view.as_str(), omkering::content::Lang::Nl, &CONTENT);
        assert_eq!(parsed.problem, None, "event {} links to {}, which does not open", e.id, e.view);
        assert!(e.view == "/" || parsed.route.view != View::Start, "event {} links to {}", e.id, e.view);
    }
}

/// The lists that the texts write out in sentences (the completeness check finds bulleted and
/// numbered lists by itself): the G32 asks, the omkering conditions, the G40 agenda, the three
/// tracks and the items of each track.
#[test]
fn the_lists_written_in_sentences_are_in_sources_toml() {
    let loaded = loaded();
    let list = |doc: &str, name: &str| {
        let source = loaded.sources.source.iter().find(|s| s.doc == doc).expect(doc);
        source.list.iter().find(|l| l.name.starts_with(name)).map(|l| l.items.len()).unwrap_or(0)
    };
    assert!(list("speerpunten-kabinet", "Wat de grote steden van de G32 vragen") >= 3);
    assert!(list("verenigingsstrategie", "Wat de omkering nodig heeft") >= 3);
    let g40 = &loaded.sources.source.iter().find(|s| s.doc == "g40-steden").unwrap().list;
    assert!(g40.len() >= 10 && g40.iter().all(|l| !l.items.is_empty()), "the G40 agenda, list by list");
    assert_eq!(list("voorbereiding-kabinetsperiode", "Drie sporen"), 3);
    assert_eq!(list("voorbereiding-kabinetsperiode", "Hoe de drie sporen samenkomen"), 3, "one item per track");
    assert!(list("voorbereiding-kabinetsperiode", "Brandende opgaven (spoor 1)") >= 5);
    assert!(list("voorbereiding-kabinetsperiode", "Een goede balans (spoor 3)") >= 3);
}
