//! The glossary (issue 24) against the difficult words (`content/difficult-words.toml`, made by
//! `xtask/scripts/difficult_words.py` from word frequencies and reviewed by hand, independently
//! of the glossary): every difficult word a visible text uses is a form of a glossary term, and
//! every term is used by some visible text.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use omkering::content::text::{Text, Visit, VisitPath};
use omkering::content::{Lang, Part, Prose};
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
    let forms: Vec<&str> = CONTENT.glossary.iter().flat_map(|t| t.forms.nl.iter().map(|f| f.as_str())).collect();
    let unexplained: Vec<String> = difficult_words()
        .into_iter()
        .filter(|w| texts.iter().any(|t| uses(t, w)))
        .filter(|w| !forms.iter().any(|f| uses(f, w)))
        .collect();
    assert!(unexplained.is_empty(), "difficult words in visible texts that no glossary term covers: {unexplained:?}");
}

/// Every paragraph text of the content (the texts that carry marks), with where it is.
fn paragraphs() -> Vec<(String, Prose)> {
    let mut found = Vec::new();
    CONTENT.visit(&mut VisitPath::default(), &mut |path, value| {
        if let Some(p) = value.downcast_ref::<Prose>() {
            found.push((format!("{}: {}", path.fields.join("."), path.item()), *p));
        }
    });
    found
}

/// A paragraph's text with its marked words blanked: a form inside another term's mark ("Unie
/// van Waterschappen", marked as UvW) is not a use of its own.
fn unmarked_text(p: &Prose, lang: Lang) -> String {
    p.parts(lang).into_iter().map(|part| match part { Part::Plain(s) => s.to_string(), Part::Term { words, .. } => " ".repeat(words.len()) }).collect()
}

/// The terms a paragraph marks in one language, by index.
fn marked(p: &Prose, lang: Lang) -> Vec<u8> {
    p.parts(lang).into_iter().filter_map(|part| if let Part::Term { term, .. } = part { Some(term) } else { None }).collect()
}

#[test]
fn every_glossary_term_is_marked_in_a_visible_text() {
    assert!(CONTENT.glossary.len() >= 30, "the glossary has only {} terms", CONTENT.glossary.len());
    let paragraphs = paragraphs();
    let unmarked: Vec<&str> = CONTENT
        .glossary
        .iter()
        .enumerate()
        .filter(|(i, _)| !paragraphs.iter().any(|(_, p)| p.terms().any(|t| t as usize == *i)))
        .map(|(_, t)| t.id.as_str())
        .collect();
    assert!(unmarked.is_empty(), "glossary terms that no paragraph marks: {unmarked:?}");
}

/// The marks are written in the content files, not found by matching at runtime; this keeps
/// them complete when a text changes: a Dutch paragraph that uses a form of a term marks that
/// term, and an English paragraph marks the terms its Dutch text marks (no others) wherever it
/// uses one of their English forms. (English forms such as "conditions" also translate other
/// Dutch words, so English is checked against the Dutch marks, not on its own.)
#[test]
fn paragraphs_mark_the_terms_they_use() {
    let mut missing = Vec::new();
    for (at, p) in paragraphs() {
        let nl = marked(&p, Lang::Nl);
        let en = marked(&p, Lang::En);
        let (nl_rest, en_rest) = (unmarked_text(&p, Lang::Nl), unmarked_text(&p, Lang::En));
        for (i, term) in CONTENT.glossary.iter().enumerate() {
            let i = i as u8;
            if !nl.contains(&i) && term.forms.nl.iter().any(|f| uses(&nl_rest, f)) {
                missing.push(format!("{at}: nl uses `{}` unmarked", term.slug()));
            }
            if en.contains(&i) && !nl.contains(&i) {
                missing.push(format!("{at}: en marks `{}`, nl does not", term.slug()));
            }
            if nl.contains(&i) && !en.contains(&i) && term.forms.en.iter().any(|f| uses(&en_rest, f)) {
                missing.push(format!("{at}: en uses `{}` unmarked", term.slug()));
            }
        }
    }
    assert!(missing.is_empty(), "{} unmarked uses:\n{}", missing.len(), missing.join("\n"));
}

/// A term's "where it is used" comes from the one list of which view shows which text
/// (`shown::items`): every paragraph that marks a term is in it, so no use is left out. The
/// speaker notes are not: only the presenter reads them, and the presenter view lists their terms
/// with the explanations itself (`present::notes::terms`, tested in tests/present_notes.rs).
#[test]
fn every_marking_paragraph_has_a_view() {
    let items = omkering::shown::items(&CONTENT);
    let lost: Vec<String> = paragraphs()
        .into_iter()
        .filter(|(at, p)| !p.marks.is_empty() && !at.starts_with("tour.slides."))
        .filter(|(_, p)| !items.iter().any(|i| (i.body == Some(&p.text) && i.marks == p.marks.0) || (i.title == &p.text && i.title_marks == p.marks.0)))
        .map(|(at, _)| at)
        .collect();
    assert!(lost.is_empty(), "paragraphs with marks that no view lists: {lost:?}");
    let uses = omkering::shown::uses(&CONTENT);
    for (term, used) in CONTENT.glossary.iter().zip(&uses) {
        assert!(!used.is_empty(), "{} is used nowhere", term.id);
    }
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
            let own = std::ptr::eq(t, &CONTENT.views.glossary_view.general_badge) || std::ptr::eq(t, &CONTENT.ui.glossary.intro.text);
            if !own && path.top() != "glossary" && (uses(&t.nl, &mark.nl) || uses(&t.en, &mark.en)) {
                elsewhere.push(path.item());
            }
        }
    });
    assert!(elsewhere.is_empty(), "texts outside the glossary that use the mark's words: {elsewhere:?}");
}

/// A place is named by its view's title, with the item's where the view shows one of many.
#[test]
fn a_place_is_named_by_its_view_and_its_item() {
    use omkering::route::View;
    let theme = &CONTENT.themes[0];
    let named = omkering::shown::place_name(&CONTENT.ui, View::Themes { theme: Some(theme.id.as_str()) }, &theme.name, Lang::Nl);
    assert_eq!(named, format!("{}: {}", CONTENT.ui.themes.title.nl, theme.name.nl));
    let page = omkering::shown::place_name(&CONTENT.ui, View::Context, &theme.name, Lang::En);
    assert_eq!(page, CONTENT.ui.context.title.en.as_str());
}
