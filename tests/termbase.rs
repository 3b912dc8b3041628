//! One English vocabulary (issue 25): `content/termbase.toml` chooses one English term for each
//! recurring Dutch term and lists the alternatives no English text may use. Every English text
//! of the content (the glossary's included) is checked against it.
#![cfg(not(target_arch = "wasm32"))]

use omkering::content::text::{Text, Visit, VisitPath};
use omkering::embedded::CONTENT;
use std::path::Path;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    nl: String,
    en: String,
    avoid: Vec<String>,
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(serde::Deserialize)]
struct Termbase {
    term: Vec<Entry>,
}

/// Whether `text` uses `word` (a word or phrase) as whole words, whatever its case.
fn uses(text: &str, word: &str) -> bool {
    let (text, word) = (text.to_lowercase(), word.to_lowercase());
    let part = |c: char| c.is_alphanumeric() || c == '-';
    text.match_indices(&word).any(|(i, _)| !text[..i].ends_with(part) && !text[i + word.len()..].starts_with(part))
}

#[test]
fn english_texts_use_the_termbases_choice_not_its_alternatives() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/termbase.toml");
    let base: Termbase = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    for required in ["medebewind", "maatschappelijke opgaven", "randvoorwaarden", "signaleren", "inwoners"] {
        assert!(base.term.iter().any(|t| t.nl == required), "the termbase chooses an English term for {required}");
    }
    let mut english = Vec::new();
    CONTENT.visit(&mut VisitPath::default(), &mut |path, value| {
        if let Some(t) = value.downcast_ref::<Text>() {
            english.push((format!("{} {}", path.fields.join("."), path.item()), t.en.as_str()));
        }
    });
    let mut found = Vec::new();
    for t in &base.term {
        assert!(!t.en.trim().is_empty() && !t.avoid.contains(&t.en), "{}: its choice is no alternative", t.nl);
        for word in &t.avoid {
            for (at, text) in english.iter().filter(|(_, text)| uses(text, word)) {
                found.push(format!("{at}: `{word}` (the termbase says `{}` for {}): {text}", t.en, t.nl));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The check finds what it looks for: a text with an avoided word would fail it.
#[test]
fn the_check_sees_a_whole_word_whatever_its_case() {
    assert!(uses("Under Co-Administration, the Rijk", "co-administration"));
    assert!(!uses("co-administrations", "co-administration"));
    assert!(uses("the societal tasks.", "societal tasks"));
}
