//! The search index over the real content: word beginnings, case and accents, both languages,
//! marks that point at the matched letters, and every text of the content findable.

use omkering::content::Lang;
use omkering::embedded::full as content;
use omkering::route::View;
use omkering::search::{fold, Hit, Index};

fn marked(text: &str, marks: &[(usize, usize)]) -> Vec<String> {
    marks.iter().map(|&(a, b)| text[a..b].to_string()).collect()
}

fn all_marked(h: &Hit) -> Vec<String> {
    let mut out = marked(h.title, &h.title_marks);
    out.extend(marked(h.body, &h.body_marks));
    out
}

#[test]
fn folding_ignores_case_and_accents_and_maps_back() {
    let (folded, origin) = fold("Financiën en Coördinatie");
    assert_eq!(folded, "financien en coordinatie");
    assert_eq!(origin.len(), folded.len());
    // "e" of "ën" comes from the two bytes of "ë", at byte 7 of the original.
    assert_eq!(origin[7], 7);
    assert_eq!(origin[8], 9);
    assert_eq!(fold("ÆSTHETISCH").0, "aesthetisch");
}

#[test]
fn a_word_beginning_finds_the_longer_word() {
    let index = Index::build(content());
    let hits = index.search("schuld", Lang::Nl, 50);
    assert!(!hits.is_empty(), "schuld finds nothing");
    for h in &hits {
        let words = all_marked(h);
        assert!(!words.is_empty());
        assert!(words.iter().all(|w| fold(w).0 == "schuld"), "marks {words:?} in {}", h.title);
    }
    let body = |h: &Hit| format!("{} {}", h.title, h.body).to_lowercase();
    assert!(hits.iter().any(|h| body(h).contains("schuldhulpverlening") || body(h).contains("schulden")));
}

#[test]
fn a_word_inside_another_word_is_not_found() {
    let index = Index::build(content());
    // "mkering" is in "omkering" but begins no word.
    assert!(index.search("mkering", Lang::Nl, 50).is_empty());
}

#[test]
fn case_and_accents_do_not_matter() {
    let index = Index::build(content());
    let plain = index.search("financien", Lang::Nl, 100);
    assert!(!plain.is_empty());
    assert_eq!(index.search("FINANCIËN", Lang::Nl, 100), plain);
    for h in &plain {
        assert!(all_marked(h).iter().any(|w| w.to_lowercase().starts_with("financi")), "{:?}", all_marked(h));
    }
}

#[test]
fn every_word_of_the_query_must_match() {
    let index = Index::build(content());
    let both = index.search("omkering rijk", Lang::Nl, 500);
    let one = index.search("omkering", Lang::Nl, 500);
    assert!(!both.is_empty() && both.len() < one.len());
    for h in &both {
        let words: Vec<String> = all_marked(h).iter().map(|w| fold(w).0).collect();
        assert!(words.iter().any(|w| w.starts_with("omkering")) && words.iter().any(|w| w.starts_with("rijk")));
    }
    assert!(index.search("omkering zzzqqq", Lang::Nl, 50).is_empty());
    assert!(index.search("  ,. ", Lang::Nl, 50).is_empty());
}

#[test]
fn both_languages_are_searched_the_current_one_first() {
    let index = Index::build(content());
    let hits = index.search("municipalities", Lang::Nl, 500);
    assert!(!hits.is_empty() && hits.iter().all(|h| h.lang == Lang::En));
    let mixed = index.search("g40", Lang::En, 500);
    let first_nl = mixed.iter().position(|h| h.lang == Lang::Nl).unwrap_or(mixed.len());
    assert!(mixed[first_nl..].iter().all(|h| h.lang == Lang::Nl), "English results come first");
}

#[test]
fn each_result_opens_the_view_that_shows_it() {
    let c = content();
    let index = Index::build(c);
    for t in c.themes.iter() {
        let hits = index.search(t.name.get(Lang::Nl), Lang::Nl, 500);
        assert!(hits.iter().any(|h| h.title == t.name.get(Lang::Nl) && h.view == View::Themes { theme: Some(t.id.as_str()) }));
    }
    for p in c.development_points.iter() {
        let hits = index.search(p.name.get(Lang::En), Lang::En, 500);
        assert!(hits.iter().any(|h| h.view == View::Development { point: Some(p.id.as_str()) }));
    }
    for m in c.modes.iter() {
        for (i, s) in m.steps.iter().enumerate() {
            let hits = index.search(s.title.get(Lang::Nl), Lang::Nl, 500);
            let mode = (m.id != c.default_mode).then_some(m.id.as_str());
            let view = View::Omkering { mode, step: Some(i), select: None };
            assert!(hits.iter().any(|h| h.view == view), "step {}", s.id);
        }
    }
}

#[test]
fn every_topic_and_event_can_be_found_by_its_name() {
    let c = content();
    let index = Index::build(c);
    for l in c.topic_lists.iter() {
        for t in l.topics.iter() {
            for lang in [Lang::Nl, Lang::En] {
                let name = t.name.plain(lang);
                assert!(index.search(name, lang, 1000).iter().any(|h| h.title == name), "topic {}", t.id);
            }
        }
    }
    for e in c.events.iter() {
        let label = e.label.get(Lang::Nl);
        assert!(index.search(label, Lang::Nl, 1000).iter().any(|h| h.title == label), "event {}", e.id);
    }
}

#[test]
fn the_limit_holds_and_results_repeat_no_text() {
    let index = Index::build(content());
    assert!(index.len() > 400);
    let hits = index.search("de", Lang::Nl, 20);
    assert_eq!(hits.len(), 20);
    for (i, a) in hits.iter().enumerate() {
        assert!(hits[i + 1..].iter().all(|b| (a.title, a.body) != (b.title, b.body)));
    }
}

#[test]
fn a_result_shows_the_part_around_its_first_mark() {
    use omkering::search::{pieces, window};
    let text = "Een lange zin over gemeenten en het Rijk die samen beleid maken voor hun inwoners overal";
    let at = text.find("beleid").unwrap();
    let marks = [(at, at + 6)];
    let (s, e, cut_start, cut_end) = window(text, &marks, 40);
    assert!(cut_start && cut_end);
    assert!(s <= at && at + 6 <= e && e - s <= 40, "{s}..{e}");
    assert!(text[..s].ends_with(' ') && text[e..].starts_with(' '));
    let p = pieces(text, &marks, s, e);
    assert_eq!(p.iter().filter(|x| x.1).map(|x| x.0).collect::<Vec<_>>(), vec!["beleid"]);
    assert_eq!(p.iter().map(|x| x.0).collect::<String>(), &text[s..e]);
    // Short texts are shown whole; marks outside the window are left out.
    assert_eq!(window("kort", &[], 40), (0, 4, false, false));
    assert_eq!(pieces("abc def", &[(0, 3), (4, 7)], 4, 7), vec![("def", true)]);
}
