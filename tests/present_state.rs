//! A presentation's state in one instance (issue 22): the position lives only in the route, the
//! black screen, overview, typed number and settings in the state's stage; commands and other
//! windows' beats go through `State::apply`. Slides are found by their kind, never by number.
#![cfg(not(target_arch = "wasm32"))]

use omkering::present::session::Session;
use omkering::config::Config;
use omkering::content::SlideKind;
use omkering::embedded::CONTENT;
use omkering::present::deck::{Deck, Position};
use omkering::present::keys::{Command, Settings};
use omkering::present::sync::Beat;
use omkering::route::View;
use omkering::state::{Action, Change, State};

fn state(view: View) -> State {
    State::new(Config::from_attributes(&[], &CONTENT).0, &CONTENT, None).apply(Action::Navigate(view))
}

fn slide_of(kind: SlideKind) -> usize {
    Deck::new(&CONTENT, Session::DEFAULT).slides.iter().position(|s| s.kind == kind).unwrap_or_else(|| panic!("the tour has a {kind:?} slide"))
}

fn at(s: &State) -> Position {
    Position::of(s.route.view).expect("in the presentation")
}

#[test]
fn a_command_moves_the_route_and_nothing_else_holds_the_position() {
    let deck = Deck::new(&CONTENT, Session::DEFAULT);
    let mut s = state(deck.first().present(Session::DEFAULT));
    let mut seen = vec![at(&s)];
    while at(&s) != deck.last() {
        s = s.apply(Change::command(Command::Next));
        seen.push(at(&s));
        assert!(seen.len() <= deck.order().len(), "Next never reached the last position");
    }
    assert_eq!(seen, deck.order(), "Next visits every step in order, in the route");
    s = s.apply(Change::command(Command::First));
    assert_eq!(at(&s), deck.first());
    // The presenter view moves the same way and stays the presenter view.
    let p = state(deck.first().presenter(Session::DEFAULT)).apply(Change::command(Command::Next));
    assert_eq!(p.route.view, deck.next(deck.first()).presenter(Session::DEFAULT));
}

#[test]
fn escape_closes_the_overview_and_the_typed_number_first_then_leaves_the_slides_only() {
    let deck = Deck::new(&CONTENT, Session::DEFAULT);
    let assessment = Position { slide: slide_of(SlideKind::Assessment), step: 0 };
    let mut s = state(assessment.present(Session::DEFAULT)).apply(Change::command(Command::Overview));
    assert!(s.show.overview);
    s = s.apply(Change::command(Command::Escape));
    assert!(!s.show.overview && at(&s) == assessment, "Escape closed the overview and stayed");
    s = s.apply(Change::command(Command::Digit(1))).apply(Change::command(Command::Escape));
    assert!(s.show.typed.is_none() && at(&s) == assessment, "Escape dropped the typed number and stayed");
    s = s.apply(Change::command(Command::Escape));
    assert_eq!(s.route.view, View::Assessment, "Escape left for the explainer's view of the slide");
    assert_eq!(s.route.view, deck.view_at(assessment));
    // The presenter view is never left by Escape (its window belongs to the presentation).
    let p = state(assessment.presenter(Session::DEFAULT)).apply(Change::command(Command::Escape));
    assert_eq!(p.route.view, assessment.presenter(Session::DEFAULT));
}

/// The Stoppen button leaves at once, from an open overview, a typed number or a black screen,
/// for the view Escape leaves to; the presenter view has no such button and stays.
#[test]
fn the_stop_button_leaves_from_anywhere_in_the_show_for_the_slides_view() {
    let deck = Deck::new(&CONTENT, Session::DEFAULT);
    let assessment = Position { slide: slide_of(SlideKind::Assessment), step: 0 };
    for setup in [Command::Overview, Command::Digit(1), Command::Black, Command::Next] {
        let s = state(assessment.present(Session::DEFAULT)).apply(Change::command(setup));
        let from = at(&s);
        let left = s.apply(Change::command(Command::Leave));
        assert_eq!(left.route.view, deck.view_at(from), "after {setup:?}");
        assert!(!left.show.overview && left.show.typed.is_none() && !left.show.black, "after {setup:?}: the stage is cleared");
    }
    let p = state(assessment.presenter(Session::DEFAULT)).apply(Change::command(Command::Leave));
    assert_eq!(p.route.view, assessment.presenter(Session::DEFAULT));
}

#[test]
fn typed_numbers_black_screen_and_full_screen_are_in_the_stage() {
    let qr = slide_of(SlideKind::Qr);
    let mut s = state(Deck::new(&CONTENT, Session::DEFAULT).first().present(Session::DEFAULT));
    for d in (qr + 1).to_string().bytes() {
        s = s.apply(Change::command(Command::Digit(d - b'0')));
    }
    assert_eq!(s.show.typed, Some(qr + 1));
    s = s.apply(Change::command(Command::Enter));
    assert_eq!(at(&s), Position { slide: qr, step: 0 });
    s = s.apply(Change::command(Command::Black));
    assert!(s.show.black);
    // On a black screen any key only brings the slide back.
    let back = s.apply(Change::command(Command::Next));
    assert!(!back.show.black && at(&back) == at(&s));
    let full = back.apply(Change::command(Command::Fullscreen));
    assert_eq!(full.show.fullscreen, back.show.fullscreen + 1, "full screen is asked for once");
    assert_eq!(full.route, back.route);
}

#[test]
fn a_beat_from_another_window_is_clamped_into_the_route_and_the_black_screen() {
    let deck = Deck::new(&CONTENT, Session::DEFAULT);
    let s = state(deck.first().present(Session::DEFAULT)).apply(Change::follow(Beat { session: Session::DEFAULT, slide: usize::MAX, step: 3, black: true }));
    assert_eq!(at(&s).slide, deck.len() - 1, "the nearest slide is the last");
    assert!(s.show.black);
    // Outside the presentation a beat changes nothing.
    let start = state(View::Start);
    assert_eq!(start.apply(Change::follow(Beat { session: Session::DEFAULT, slide: 1, step: 0, black: true })), start);
}

#[test]
fn leaving_keeps_only_the_settings_and_each_instance_has_its_own() {
    let deck = Deck::new(&CONTENT, Session::DEFAULT);
    let settings = Settings { contrast: true, letters: false };
    let one = state(deck.first().present(Session::DEFAULT)).apply(Action::ShowSettings(settings)).apply(Change::command(Command::Overview));
    let other = state(deck.first().present(Session::DEFAULT));
    assert_eq!(one.show.settings, settings);
    assert_eq!(other.show.settings, Settings::default(), "another instance keeps its own settings");
    let left = one.apply(Change::command(Command::Escape)).apply(Change::command(Command::Escape));
    assert!(Position::of(left.route.view).is_none(), "left the presentation");
    assert!(!left.show.overview && !left.show.black && left.show.typed.is_none());
    assert_eq!(left.show.settings, settings, "the settings stay for the next presentation");
    let again = left.apply(Action::Navigate(deck.first().present(Session::DEFAULT)));
    assert_eq!(again.show.settings, settings);
}
