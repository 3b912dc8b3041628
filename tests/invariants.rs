//! The architecture's invariants, checked on the source: the pure core never imports yew or a
//! browser API, and nothing in the app or the page uses inline script or style.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::rust_files;
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn the_pure_core_never_imports_yew_or_browser_apis() {
    let src = Path::new(ROOT).join("src");
    let mut files = Vec::new();
    rust_files(&src.join("content"), &mut files);
    rust_files(&src.join("diagram"), &mut files);
    rust_files(&src.join("route"), &mut files);
    rust_files(&src.join("explore"), &mut files);
    rust_files(&src.join("assessment"), &mut files);
    rust_files(&src.join("present"), &mut files);
    rust_files(&src.join("state"), &mut files);
    for f in ["search.rs", "search_results.rs", "glossary.rs", "config.rs", "embedded.rs"] {
        files.push(src.join(f));
    }
    files.push(Path::new(ROOT).join("build.rs"));
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // Code only: comments may name what the module stays away from.
        let code: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        for word in ["yew", "web_sys", "js_sys", "wasm_bindgen", "gloo"] {
            assert!(!code.contains(word), "{} uses `{word}`; the pure core must not", file.display());
        }
    }
}

/// The presentation's deck knows no routes and no app state: `route` and `state` build on it, never
/// the other way round (issue 22 broke a circle between `route` and `present::deck`).
#[test]
fn the_presentation_core_imports_neither_routes_nor_state() {
    let mut files = Vec::new();
    rust_files(&Path::new(ROOT).join("src/present"), &mut files);
    assert!(files.len() >= 5, "the presentation core's files were not found");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let code: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        for word in ["crate::route", "crate::state", "super::super"] {
            assert!(!code.contains(word), "{} uses `{word}`", file.display());
        }
    }
}

#[test]
fn views_set_no_inline_style() {
    let mut files = Vec::new();
    rust_files(&Path::new(ROOT).join("src/ui"), &mut files);
    rust_files(&Path::new(ROOT).join("src/web"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(!text.contains("style="), "{}: a style attribute is blocked by the CSP", file.display());
        assert!(!text.contains("set_inner_html"), "{}: never insert HTML", file.display());
    }
}

/// The start module refers only to the start content; if it named the whole content, the texts
/// that only chunk views show would come back into the start page's download.
#[test]
fn the_start_module_never_refers_to_the_whole_content() {
    for file in common::start_module_files() {
        let text = std::fs::read_to_string(&file).unwrap();
        let code: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        assert!(!code.contains("full()") && !code.contains("CONTENT"), "{} names the whole content", file.display());
    }
}

/// The whole content holds the start content by reference, so the start texts are in the wasm
/// once, and one set of chunk texts per development point and per slide. (That the start module
/// cannot read a chunk-only text is the compiler's check: the start content's type has no field
/// for one.)
#[test]
fn the_whole_content_points_at_the_start_content() {
    use omkering::embedded::{CONTENT, START};
    assert!(std::ptr::eq(CONTENT.start, &START));
    assert_eq!(CONTENT.point_texts.len(), START.development_points.len());
    assert_eq!(CONTENT.slide_texts.len(), START.tour.slides.len());
    assert!(CONTENT.points().all(|(_, t)| !t.reading.text.nl.as_str().is_empty()));
}

#[test]
fn the_iframe_test_page_runs_the_readmes_listener() {
    // The listener a host page copies from the README ("In an iframe") is the one the iframe
    // tests run, line for line but for the explainer's origin.
    let readme = std::fs::read_to_string(Path::new(ROOT).join("README.md")).unwrap();
    let start = readme.find("window.addEventListener('message'").expect("the README shows the listener");
    let listener = &readme[start..start + readme[start..].find("```").unwrap()];
    let page = std::fs::read_to_string(Path::new(ROOT).join("tests/e2e/pages/iframe-host.js")).unwrap();
    let page = page.replace("http://127.0.0.1:4174", "https://example.org");
    assert!(page.contains(listener.trim_end()), "tests/e2e/pages/iframe-host.js differs from the README's listener:\n{listener}");
    assert!(listener.contains("Math.min(20000"), "the height has a ceiling");
}
