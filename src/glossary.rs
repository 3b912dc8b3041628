//! The glossary's order (`/begrippen`): alphabetical by the term in the visitor's language, with
//! case and accents aside, as the search compares words.

use crate::content::{Full, Lang, Term};

/// Every term, A to Z in `lang`.
pub fn in_order(c: &'static Full, lang: Lang) -> Vec<&'static Term> {
    let mut terms: Vec<&'static Term> = c.glossary.iter().collect();
    terms.sort_by_cached_key(|t| crate::search::fold(t.term.get(lang)).0);
    terms
}

