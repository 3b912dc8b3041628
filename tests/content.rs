//! The real content: it loads, passes every validation rule, is complete against the source
//! texts and reads at taalniveau B1.
#![cfg(not(target_arch = "wasm32"))]

use omkering::content::{completeness, load, readability, validate};
use std::path::{Path, PathBuf};

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

/// The source texts: `../shared/seeds` beside the checkout, or `OMKERING_SEEDS`.
fn seeds_dir() -> PathBuf {
    std::env::var_os("OMKERING_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"))
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
    let seeds = seeds_dir();
    assert!(seeds.is_dir(), "the source texts are not at {} (set OMKERING_SEEDS)", seeds.display());
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
