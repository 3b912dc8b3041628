//! The glossary's order (`/begrippen`): alphabetical by the term in the visitor's language, with
//! case and accents aside, as the search compares words.

use crate::content::{Full, Lang, Term};

/// Every term, A to Z in `lang`.
pub fn in_order(c: &'static Full, lang: Lang) -> Vec<&'static Term> {
    let mut terms: Vec<&'static Term> = c.glossary.iter().collect();
    terms.sort_by_cached_key(|t| crate::search::fold(t.term.get(lang)).0);
    terms
}

/// The marks that open an explanation in a view: of the marked terms in the order the view shows
/// them (`(term, key)`, `key` naming one marked occurrence), the first of each term.
pub fn firsts<T: PartialEq>(marks: &[(T, String)]) -> Vec<String> {
    let mut seen: Vec<&T> = Vec::new();
    let mut keys = Vec::new();
    for (term, key) in marks {
        if !seen.contains(&term) {
            seen.push(term);
            keys.push(key.clone());
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::firsts;

    #[test]
    fn the_first_mark_of_each_term_opens_its_explanation() {
        let marks: Vec<(u16, String)> = [(3, "a"), (1, "b"), (3, "c"), (1, "d"), (7, "e")].iter().map(|(t, k)| (*t, k.to_string())).collect();
        assert_eq!(firsts(&marks), ["a", "b", "e"]);
        assert!(firsts::<u16>(&[]).is_empty());
    }
}
