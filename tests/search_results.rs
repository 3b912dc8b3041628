//! The search results as listed (issue 22: logic out of the views): grouped by section in the
//! order of the navigation, and the listbox cursor of the arrow keys.
#![cfg(not(target_arch = "wasm32"))]

use omkering::content::Lang;
use omkering::embedded::CONTENT;
use omkering::route::SECTIONS;
use omkering::search::Index;
use omkering::search_results::{cursor, groups, in_order};

#[test]
fn hits_are_listed_by_section_in_navigation_order_and_keep_their_order_within_one() {
    let index = Index::build(&CONTENT);
    for word in ["gemeente", "omkering", "thema", "geld"] {
        let hits = index.search(word, Lang::Nl, 50);
        assert!(!hits.is_empty(), "{word} found nothing");
        let listed = in_order(&hits);
        assert_eq!(listed.len(), hits.len(), "{word}: every hit is listed once");
        let rank = |h: &omkering::search::Hit| SECTIONS.iter().position(|s| *s == h.view.section()).expect("a section of the navigation");
        assert!(listed.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])), "{word}: not in navigation order");
        // Within a section, the order found.
        for section in SECTIONS {
            let found: Vec<_> = hits.iter().filter(|h| h.view.section() == section).collect();
            let shown: Vec<_> = listed.iter().filter(|h| h.view.section() == section).collect();
            assert_eq!(found, shown, "{word}");
        }
        let groups = groups(&listed);
        let all: Vec<usize> = groups.iter().flat_map(|(_, items)| items.iter().copied()).collect();
        assert_eq!(all, (0..listed.len()).collect::<Vec<_>>(), "{word}: the groups cover the list in order");
        let sections: Vec<_> = groups.iter().map(|(s, _)| *s).collect();
        let mut unique = sections.clone();
        unique.dedup();
        assert_eq!(sections, unique, "{word}: one group per section");
    }
}

#[test]
fn the_cursor_enters_at_an_end_and_goes_round() {
    assert_eq!(cursor(None, 0, true), None);
    assert_eq!(cursor(None, 3, true), Some(0));
    assert_eq!(cursor(None, 3, false), Some(2));
    assert_eq!(cursor(Some(2), 3, true), Some(0));
    assert_eq!(cursor(Some(0), 3, false), Some(2));
    assert_eq!(cursor(Some(1), 3, true), Some(2));
    // A cursor left past the end by a shorter list starts again from an end.
    assert_eq!(cursor(Some(7), 3, true), Some(0));
}
