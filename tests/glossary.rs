//! The glossary (issue 24) against the difficult words (`content/difficult-words.toml`, made by
//! `xtask/scripts/difficult_words.py` from word frequencies and reviewed by hand, independently
//! of the glossary): every difficult word a visible text uses is a form of a glossary term, and
//! every term is used by some visible text.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use omkering::content::text::{Text, Visit, VisitPath};
use omkering::embedded::CONTENT;
use std::path::Path;

/// Every visible Dutch text (everything but the glossary itself).
fn visible_texts() -> Vec<&'static str> {
    let mut texts = Vec::new();
    let mut path = VisitPath::default();
    CONTENT.visit(&mut path, &mut |path, value| {
        if path.top() != "glossary" {
            if let Some(t) = value.downcast_ref::<Text>() {
                texts.push(t.nl.as_str());
            }
        }
    });
    texts
}

/// Whether `word` (a word or phrase) is written in `text` as whole words: an abbreviation (any
/// capital in it) exactly, anything else whatever its case.
fn uses(text: &str, word: &str) -> bool {
    let (text, word) = if word.chars().any(char::is_uppercase) { (text.to_string(), word.to_string()) } else { (text.to_lowercase(), word.to_lowercase()) };
    let part = |c: char| c.is_alphanumeric() || c == '-';
    text.match_indices(&word).any(|(i, _)| !text[..i].ends_with(part) && !text[i + word.len()..].starts_with(part))
}

fn difficult_words() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/difficult-words.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let table: toml::Table = toml::from_str(&text).unwrap();
    let words: Vec<String> = table["words"].as_array().unwrap().iter().map(|w| w.as_str().unwrap().to_string()).collect();
    assert!(words.len() >= 30, "the list has only {} words", words.len());
    words
}

#[test]
fn every_difficult_word_in_a_visible_text_is_a_glossary_term() {
    let texts = visible_texts();
    let forms: Vec<&str> = CONTENT.glossary.iter().flat_map(|t| t.forms.iter().map(|f| f.as_str())).collect();
    let unexplained: Vec<String> = difficult_words()
        .into_iter()
        .filter(|w| texts.iter().any(|t| uses(t, w)))
        .filter(|w| !forms.iter().any(|f| uses(f, w)))
        .collect();
    assert!(unexplained.is_empty(), "difficult words in visible texts that no glossary term covers: {unexplained:?}");
}

#[test]
fn every_glossary_term_is_used_in_a_visible_text() {
    let texts = visible_texts();
    assert!(CONTENT.glossary.len() >= 30, "the glossary has only {} terms", CONTENT.glossary.len());
    let unused: Vec<&str> =
        CONTENT.glossary.iter().filter(|t| !t.forms.iter().any(|f| texts.iter().any(|x| uses(x, f)))).map(|t| t.id.as_str()).collect();
    assert!(unused.is_empty(), "glossary terms no visible text uses: {unused:?}");
}

/// General knowledge enters only inside glossary entries: the "algemene uitleg" mark is drawn by
/// the glossary view alone, and no other text of the content uses the words of the mark, except
/// the glossary's own introduction, which says what the mark means.
#[test]
fn the_general_explanation_mark_is_the_glossarys_alone() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files = Vec::new();
    common::rust_files(&ui, &mut files);
    let drawing: Vec<_> = files.iter().filter(|f| std::fs::read_to_string(f).unwrap().contains("general_badge")).collect();
    assert_eq!(drawing, [&ui.join("views/glossary.rs")], "the mark is drawn outside the glossary view");
    let mark = CONTENT.views.glossary_view.general_badge;
    let mut path = VisitPath::default();
    let mut elsewhere = Vec::new();
    CONTENT.visit(&mut path, &mut |path, value| {
        if let Some(t) = value.downcast_ref::<Text>() {
            let own = std::ptr::eq(t, &CONTENT.views.glossary_view.general_badge) || std::ptr::eq(t, &CONTENT.ui.glossary.intro);
            if !own && path.top() != "glossary" && (uses(&t.nl, &mark.nl) || uses(&t.en, &mark.en)) {
                elsewhere.push(path.item());
            }
        }
    });
    assert!(elsewhere.is_empty(), "texts outside the glossary that use the mark's words: {elsewhere:?}");
}
