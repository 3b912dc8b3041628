//! The names of what the self-assessment hands out (issue 22: logic out of the views): file names
//! in the visitor's language from the content, the handout's title.
#![cfg(not(target_arch = "wasm32"))]

use omkering::assessment::names::{file_name, handout_title, iso_day, long_date};
use omkering::content::Lang;
use omkering::embedded::CONTENT;

#[test]
fn a_file_is_named_by_the_content_in_the_visitors_language_with_the_sessions_day() {
    let t = &CONTENT.views.assessment_view;
    assert_eq!(file_name(t.file_stem.get(Lang::Nl), "2026-11-24", "csv"), "zelfevaluatie-2026-11-24.csv");
    assert_eq!(file_name(t.file_stem.get(Lang::En), "2026-11-24", "json"), "self-assessment-2026-11-24.json");
    // No day, or a typed date with other characters: never a path or a strange name.
    assert_eq!(file_name("zelfevaluatie", "", "svg"), "zelfevaluatie.svg");
    assert_eq!(file_name("zelfevaluatie", "../../24 nov/2026", "png"), "zelfevaluatie-242026.png");
    assert_eq!(file_name("x", "2026-11-24T10:00:00", "csv"), "x-2026-11-24.csv");
    for lang in [Lang::Nl, Lang::En] {
        for stem in [t.file_stem.get(lang), t.storage_file_stem.get(lang)] {
            assert!(!stem.is_empty() && stem.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{stem:?} is no plain file name");
        }
    }
}

#[test]
fn the_handout_is_titled_by_the_session_or_by_the_view() {
    let t = &CONTENT.views.assessment_view;
    let untitled = CONTENT.ui.assessment.title.get(Lang::Nl);
    assert_eq!(handout_title("  ", t.handout_title.get(Lang::Nl), untitled), untitled);
    let titled = handout_title("Raadsavond", t.handout_title.get(Lang::Nl), untitled);
    assert!(titled.contains("Raadsavond") && titled != untitled, "{titled}");
    assert!(!titled.contains("{name}"));
}

#[test]
fn the_sessions_day_is_stored_as_iso_and_said_in_words() {
    assert_eq!(iso_day(2026, 3, 7), "2026-03-07");
    assert_eq!(long_date("2026-11-24", Lang::Nl, &CONTENT.ui.months), "24 november 2026");
    assert_eq!(long_date("2026-11-24", Lang::En, &CONTENT.ui.months), "24 November 2026");
    // What is no day stays as it was typed.
    assert_eq!(long_date("volgende week", Lang::Nl, &CONTENT.ui.months), "volgende week");
    assert_eq!(long_date("2026-13-01", Lang::Nl, &CONTENT.ui.months), "2026-13-01");
}
