//! Sessions in links: any session of the tour's slides round-trips through its link, and any
//! link (unknown slides, too many, broken lists) opens a real session of real slides, with a
//! notice when something was dropped, never a panic.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::property;
use omkering::content::{Lang, MAX_SESSION_SLIDES};
use omkering::embedded::CONTENT;
use omkering::present::deck::{Deck, Position};
use omkering::present::session::Session;
use omkering::route::{session_of, Problem, Route, View};
use proptest::prelude::*;

fn library() -> usize {
    CONTENT.tour.slides.len()
}

#[test]
fn any_session_of_the_tours_slides_round_trips_through_its_link() {
    let case = (prop::collection::vec(0..library(), 1..=MAX_SESSION_SLIDES), any::<u8>(), any::<u8>(), any::<bool>(), any::<bool>());
    property(3000, case, |(slides, slide, step, presenter, english)| {
        let (session, dropped) = Session::checked(slides.iter().copied(), &CONTENT);
        prop_assert!(!dropped);
        prop_assert_eq!(session.slides(&CONTENT).collect::<Vec<_>>(), slides.clone());
        let at = Deck::new(&CONTENT, session).clamp(Position { slide: slide.into(), step: step.into() });
        let view = if presenter { at.presenter(session) } else { at.present(session) };
        let lang = if english { Lang::En } else { Lang::Nl };
        let text = Route::new(view, lang).format(Lang::Nl, &CONTENT);
        let back = Route::parse(&text, Lang::Nl, &CONTENT);
        prop_assert_eq!(back.problem, None, "{}", text);
        prop_assert_eq!(back.route, Route::new(view, lang), "{}", text);
        // The content's sessions are written by their id, the first as nothing.
        match session.preset_index(&CONTENT) {
            Some(0) => prop_assert!(!text.contains("sessie=") && !text.contains("dias="), "{}", text),
            Some(i) => prop_assert!(text.contains(&format!("sessie={}", CONTENT.tour.sessions[i].id)), "{}", text),
            None => prop_assert!(text.contains("dias="), "{}", text),
        }
        Ok(())
    });
}

/// A slide id of the tour, or a word that is none.
fn word() -> impl Strategy<Value = String> {
    let ids: Vec<String> = CONTENT.tour.slides.iter().map(|s| s.id.to_string()).collect();
    prop_oneof![3 => prop::sample::select(ids), 1 => "[a-z-]{0,12}", 1 => Just(String::new()), 1 => "[0-9]{1,4}"]
}

#[test]
fn any_session_link_opens_the_known_slides_in_order_and_says_when_some_were_dropped() {
    let case = (prop::collection::vec(word(), 0..60), 0u16..400, any::<bool>());
    property(3000, case, |(words, slide, presenter)| {
        let name = if presenter { "presenter" } else { "present" };
        let text = format!("/{name}/{slide}?dias={}", words.join(","));
        let parsed = Route::parse(&text, Lang::Nl, &CONTENT);
        if text.len() > omkering::route::MAX_LEN {
            prop_assert_eq!((parsed.route.view, parsed.problem), (View::Start, Some(Problem::Malformed)));
            return Ok(());
        }
        let known: Vec<usize> = words.iter().filter_map(|w| CONTENT.tour.slides.iter().position(|s| s.id == w.as_str())).collect();
        let kept: Vec<usize> = known.iter().copied().take(MAX_SESSION_SLIDES).collect();
        let session = session_of(parsed.route.view);
        let want = if kept.is_empty() { Session::DEFAULT.slides(&CONTENT).collect() } else { kept.clone() };
        prop_assert_eq!(session.slides(&CONTENT).collect::<Vec<_>>(), want, "{}", text);
        let dropped = known.len() != words.len() || known.len() > MAX_SESSION_SLIDES;
        if dropped {
            prop_assert!(parsed.problem.is_some(), "{} dropped slides without a notice", text);
        }
        // The position is one the session has.
        let at = Position::of(parsed.route.view).expect("a presentation view");
        let deck = Deck::new(&CONTENT, session);
        prop_assert_eq!(deck.clamp(at), at);
        let presenting = matches!(parsed.route.view, View::Present { .. } | View::Presenter { .. });
        prop_assert!(presenting, "{}", text);
        Ok(())
    });
}

#[test]
fn a_named_session_opens_by_its_id_and_an_unknown_one_opens_the_first_with_a_notice() {
    let kort = Route::parse("/present/2?sessie=kort", Lang::Nl, &CONTENT);
    assert_eq!(kort.problem, None);
    assert_eq!(session_of(kort.route.view), Session::preset(1, &CONTENT));
    assert_eq!(Session::preset(1, &CONTENT).len(&CONTENT), CONTENT.tour.sessions[1].slides.len());
    let unknown = Route::parse("/present/2?sessie=nergens", Lang::Nl, &CONTENT);
    assert_eq!((session_of(unknown.route.view), unknown.problem), (Session::DEFAULT, Some(Problem::UnknownItem)));
    // Slides by hand that make a named session are written as that session.
    let ids: Vec<&str> = CONTENT.tour.sessions[2].slides.iter().map(|i| CONTENT.tour.slides[usize::from(*i)].id.as_str()).collect();
    let by_hand = Route::parse(&format!("/presenter/1?dias={}", ids.join(",")), Lang::Nl, &CONTENT);
    assert_eq!(by_hand.route.format(Lang::Nl, &CONTENT), "/presenter/1?sessie=lang");
    // A position beyond a short session is clamped to its slides.
    let beyond = Route::parse("/present/12?sessie=kort", Lang::Nl, &CONTENT);
    assert_eq!(beyond.problem, Some(Problem::UnknownItem));
}

#[test]
fn the_longest_session_link_the_content_allows_is_read() {
    let longest = "x".repeat(omkering::content::MAX_SLIDE_ID);
    let text = format!("/presenter/32/255?dias={}&lang=en", vec![longest; MAX_SESSION_SLIDES].join(","));
    assert!(text.len() <= omkering::route::MAX_LEN, "{}", text.len());
}

#[test]
fn a_session_from_another_window_is_checked_before_use() {
    use omkering::present::sync::Beat;
    // Indices the tour does not have are dropped; a list of none left is the first session.
    let beat = Beat::read(&format!("omkering:at 0 0 0 {},1,200", library())).expect("well-formed");
    let (session, dropped) = Session::checked(beat.session.slides(&CONTENT), &CONTENT);
    assert!(dropped);
    assert_eq!(session.slides(&CONTENT).collect::<Vec<_>>(), [1]);
    let none = Beat::read("omkering:at 0 0 0 250").expect("well-formed");
    assert_eq!(Session::checked(none.session.slides(&CONTENT), &CONTENT), (Session::DEFAULT, true));
}

#[test]
fn the_choosers_edits_move_remove_and_add_and_stop_at_the_ends() {
    use omkering::present::session::Edit;
    let c = &CONTENT;
    let slides = |s: Session| s.slides(c).collect::<Vec<_>>();
    let kort = Session::preset(1, c);
    let k = slides(kort);
    assert_eq!(slides(kort.edit(Edit::Down(0), c)), [vec![k[1], k[0]], k[2..].to_vec()].concat());
    assert_eq!(slides(kort.edit(Edit::Up(1), c)), [vec![k[1], k[0]], k[2..].to_vec()].concat());
    assert_eq!(slides(kort.edit(Edit::Remove(0), c)), k[1..].to_vec());
    assert_eq!(slides(kort.edit(Edit::Add(library() - 1), c)), [k.clone(), vec![library() - 1]].concat());
    // Past the ends, removing the last slide, a slide the tour lacks: nothing changes.
    for edit in [Edit::Up(0), Edit::Down(k.len() - 1), Edit::Up(99), Edit::Remove(99), Edit::Add(library())] {
        assert_eq!(kort.edit(edit, c), kort, "{edit:?}");
    }
    let one = Session::checked([3], c).0;
    assert_eq!(one.edit(Edit::Remove(0), c), one);
    // A full session takes no more.
    let full = Session::checked(std::iter::repeat_n(2, MAX_SESSION_SLIDES), c).0;
    assert_eq!(full.edit(Edit::Add(1), c), full);
    // Editing the standard session back into its own order gives the default again.
    let moved = Session::DEFAULT.edit(Edit::Down(0), c);
    assert_ne!(moved, Session::DEFAULT);
    assert_eq!(moved.edit(Edit::Up(1), c), Session::DEFAULT);
}

#[test]
fn the_guides_plan_starts_each_slide_where_the_one_before_ends() {
    use omkering::present::deck::{listed_title, plan, title};
    use omkering::present::timing::{starts, total};
    assert_eq!(starts(&[2, 8, 2, 5]), [0, 2, 10, 12]);
    assert_eq!(total(&[2, 8, 2, 5]), 17);
    assert_eq!(starts(&[]), Vec::<u32>::new());
    let plan = plan(&CONTENT, &Deck::new(&CONTENT, Session::preset(1, &CONTENT)));
    assert_eq!(total(&plan), 20);
    // The title slide is listed as such; every other slide by its title.
    for (index, slide) in CONTENT.tour.slides.iter().enumerate() {
        for lang in [Lang::Nl, Lang::En] {
            let listed = listed_title(&CONTENT, index, lang);
            if slide.kind == omkering::content::SlideKind::Title {
                assert_eq!(listed, format!("{}: {}", CONTENT.views.session_view.title_slide.get(lang), title(&CONTENT, index, lang)));
            } else {
                assert_eq!(listed, title(&CONTENT, index, lang));
            }
        }
    }
}
