//! The facilitator's session in the content: a standard session of 45 minutes, notes with
//! questions (critical ones among them) on every slide, sessions of other lengths (the background
//! slides in the long one only), and what the notes add
//! from the content (theme links and silences, topics outside the themes, the terms a slide
//! marks) and what a background slide shows.
#![cfg(not(target_arch = "wasm32"))]

use omkering::content::{Lang, SlideKind};
use omkering::embedded::CONTENT;
use omkering::explore::{relations_of, topics};
use omkering::present::deck::Deck;
use omkering::present::session::Session;
use omkering::present::{background, deck, notes};

#[test]
fn the_standard_tour_is_planned_for_45_minutes_with_notes_and_questions_on_every_slide() {
    let plan = deck::plan(&CONTENT, &Deck::new(&CONTENT, Session::DEFAULT));
    assert_eq!(plan.len(), CONTENT.tour.sessions[0].slides.len());
    assert_eq!(CONTENT.tour.sessions[0].id, "standaard");
    assert_eq!(plan.iter().map(|m| u32::from(*m)).sum::<u32>(), 45, "{plan:?}");
    for (slide, texts) in CONTENT.all_slides() {
        assert!(texts.minutes >= 1, "{}", slide.id);
        for lang in [Lang::Nl, Lang::En] {
            assert!(texts.say.plain(lang).split_whitespace().count() >= 8, "{}: what to say is more than a line", slide.id);
            assert!(texts.questions.iter().all(|q| q.text.plain(lang).trim_end().ends_with('?')), "{}: a question asks", slide.id);
        }
        assert!(!texts.questions.is_empty(), "{}", slide.id);
    }
    let critical = CONTENT.slide_texts.iter().flat_map(|t| t.questions.iter()).filter(|q| q.critical).count();
    assert!(critical >= 5, "the tour asks {critical} critical questions");
}

#[test]
fn the_sessions_are_short_standard_and_long_and_only_the_long_one_shows_the_five_background_slides() {
    let background = [SlideKind::Finance, SlideKind::Layers, SlideKind::Tracks, SlideKind::List];
    let minutes = |i: usize| -> u32 {
        let deck = Deck::new(&CONTENT, Session::preset(i, &CONTENT));
        deck::plan(&CONTENT, &deck).iter().map(|m| u32::from(*m)).sum()
    };
    let ids: Vec<&str> = CONTENT.tour.sessions.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["standaard", "kort", "lang"]);
    assert_eq!((minutes(0), minutes(1)), (45, 20));
    assert!(minutes(2) > 45, "the long session takes longer");
    for (i, _) in ids.iter().enumerate() {
        let deck = Deck::new(&CONTENT, Session::preset(i, &CONTENT));
        let shown: Vec<(SlideKind, Option<&str>)> = deck.slides.iter().filter(|s| background.contains(&s.kind)).map(|s| (s.kind, s.item)).collect();
        let expected: &[(SlideKind, Option<&str>)] = if i == 2 {
            &[(SlideKind::Finance, None), (SlideKind::Layers, None), (SlideKind::Tracks, None), (SlideKind::List, Some("g40-volwaardig-partnerschap")), (SlideKind::List, Some("g32-themas"))]
        } else {
            &[]
        };
        assert_eq!(shown, expected, "{}", ids[i]);
        // Every session opens with the title and closes with the closing slide.
        assert_eq!(deck.slides.first().map(|s| s.kind), Some(SlideKind::Title));
        assert_eq!(deck.slides.last().map(|s| s.kind), Some(SlideKind::Closing));
    }
    // Every slide of the file is in some session.
    for (index, slide) in CONTENT.tour.slides.iter().enumerate() {
        assert!(CONTENT.tour.sessions.iter().any(|s| s.slides.contains(&(index as u8))), "{} is in no session", slide.id);
    }
}

#[test]
fn a_background_slide_shows_the_items_of_its_view_by_name_with_a_title_and_source() {
    let c = &CONTENT;
    let lang = Lang::Nl;
    let finance = background::cards(c, SlideKind::Finance, None, lang).expect("finance");
    assert_eq!(finance.items.len(), c.asks.len());
    for (ask, name) in c.asks.iter().zip(&finance.items) {
        assert_eq!(topics(c).find(|t| t.id == ask.topic).map(|t| t.name.plain(lang)), Some(*name));
    }
    let layers = background::cards(c, SlideKind::Layers, None, lang).expect("layers");
    assert_eq!(layers.items.len(), c.layers.len());
    assert_eq!(layers.lead, &c.together.text);
    let tracks = background::cards(c, SlideKind::Tracks, None, lang).expect("tracks");
    assert_eq!(tracks.items.len(), c.track_ids.len());
    let g32 = background::cards(c, SlideKind::List, Some("g32-themas"), Lang::En).expect("g32");
    let list = c.topic_lists.iter().find(|l| l.id == "g32-themas").unwrap();
    assert_eq!(g32.title, list.name.get(Lang::En));
    assert_eq!(g32.items, list.topics.iter().map(|t| t.name.plain(Lang::En)).collect::<Vec<_>>());
    assert_eq!(g32.source, list.source);
    assert_eq!(background::cards(c, SlideKind::List, Some("geen-lijst"), lang), None);
    assert_eq!(background::cards(c, SlideKind::List, None, lang), None);
    assert_eq!(background::cards(c, SlideKind::Themes, None, lang), None);
    // Every slide of the file has a title of its own or of what it shows, all different (the
    // title slide's is the explainer's own, as is the omkering slide's: the chooser says which
    // is which by its kind).
    let titles: Vec<&str> = c.all_slides().filter(|(s, _)| s.kind != SlideKind::Title).map(|(s, t)| deck::title_of(c, s, Some(t), lang)).collect();
    assert!(titles.iter().all(|t| !t.is_empty()), "{titles:?}");
    assert_eq!(titles.iter().collect::<std::collections::HashSet<_>>().len(), titles.len(), "{titles:?}");
}

#[test]
fn a_theme_slides_background_splits_the_other_texts_into_linking_and_silent() {
    let c = &CONTENT;
    let with_topics: Vec<&str> = c.documents.iter().filter(|d| topics(c).any(|t| t.source.doc == d.id)).map(|d| d.id.as_str()).collect();
    let (mut any_linked, mut any_silent, mut any_unlinked) = (false, false, false);
    for theme in c.themes.iter() {
        let n = notes::theme(c, &theme.id).expect("a theme of the content");
        let mut docs: Vec<&str> = n.linked.iter().map(|(d, _)| d.id.as_str()).chain(n.silent.iter().map(|d| d.id.as_str())).collect();
        docs.sort_unstable();
        let mut expected = with_topics.clone();
        expected.sort_unstable();
        assert_eq!(docs, expected, "{}: every text with topics either links or is silent, once", theme.id);
        for (doc, linked) in &n.linked {
            assert!(!linked.is_empty());
            for t in linked {
                assert_eq!(t.source.doc, doc.id);
                assert!(relations_of(c, &t.id).any(|r| r.theme == theme.id), "{} links {}", theme.id, t.id);
            }
        }
        for (topic, u) in &n.unlinked {
            assert_eq!((u.theme, u.topic), (theme.id, topic.id));
        }
        any_linked |= !n.linked.is_empty();
        any_silent |= !n.silent.is_empty();
        any_unlinked |= !n.unlinked.is_empty();
    }
    assert!(any_linked && any_silent && any_unlinked, "the content has links, silences and unlinked topics to show");
    assert!(notes::theme(c, "geen-thema").is_none());
}

#[test]
fn the_themes_slide_names_the_topics_that_belong_to_no_theme_among_them_the_resolutions() {
    let c = &CONTENT;
    let outside = notes::outside_themes(c);
    assert!(!outside.is_empty());
    for (doc, list) in &outside {
        assert!(!list.is_empty());
        for t in list {
            assert_eq!(t.source.doc, doc.id);
            assert!(relations_of(c, &t.id).next().is_none(), "{} belongs to a theme", t.id);
        }
    }
    let resolution = c.topic_lists.iter().find(|l| l.id == "resolutie-onderwerpen").expect("the resolution's topics");
    let shown: Vec<&str> = outside.iter().flat_map(|(_, l)| l.iter().map(|t| t.id.as_str())).collect();
    assert!(resolution.topics.iter().any(|t| shown.contains(&t.id.as_str())), "a resolution topic that is no theme is named");
}

#[test]
fn a_slides_background_terms_are_those_its_texts_and_notes_mark_each_once_in_order() {
    let c = &CONTENT;
    for (slide, texts) in c.all_slides() {
        let terms = notes::terms(c, slide, texts);
        let ids: Vec<&str> = terms.iter().map(|t| t.id.as_str()).collect();
        let unique: std::collections::HashSet<&&str> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{}: each term once", slide.id);
        for m in texts.say.marks.iter().chain(texts.questions.iter().flat_map(|q| q.text.marks.iter())) {
            assert!(ids.contains(&c.glossary[usize::from(m.term)].id.as_str()), "{}: a term the notes mark is explained", slide.id);
        }
    }
    // A theme slide shows what the texts say about the themes: its terms come first.
    let theme = c.tour.slides.iter().position(|s| s.kind == SlideKind::Theme).unwrap();
    let terms = notes::terms(c, &c.tour.slides[theme], &c.slide_texts[theme]);
    let mut about: Vec<&str> = Vec::new();
    for m in c.themes_about.text.marks.iter() {
        let id = c.glossary[usize::from(m.term)].id.as_str();
        if !about.contains(&id) {
            about.push(id);
        }
    }
    assert!(!about.is_empty());
    assert_eq!(terms.iter().take(about.len()).map(|t| t.id.as_str()).collect::<Vec<_>>(), about);
}

#[test]
fn a_slides_background_holds_what_its_kind_adds_and_the_assessment_minutes_come_from_the_tour() {
    let c = &CONTENT;
    for (slide, texts) in c.all_slides() {
        let b = notes::background(c, slide, texts);
        assert_eq!(b.theme.is_some(), slide.kind == SlideKind::Theme, "{}", slide.id);
        assert_eq!(!b.outside.is_empty(), slide.kind == SlideKind::Themes, "{}", slide.id);
        assert_eq!(b.terms, notes::terms(c, slide, texts));
    }
    let at = c.tour.slides.iter().position(|s| s.kind == SlideKind::Assessment).expect("an assessment slide");
    assert_eq!(deck::planned_minutes(c, SlideKind::Assessment), Some(c.slide_texts[at].minutes));
    let finance = c.tour.slides.iter().position(|s| s.kind == SlideKind::Finance).expect("a finance slide");
    assert_eq!(deck::planned_minutes(c, SlideKind::Finance), Some(c.slide_texts[finance].minutes));
}
