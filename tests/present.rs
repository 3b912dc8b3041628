//! The presentation core: the deck from the tour (omkering steps as fragments), walking it with
//! the clicker's keys, black screen, overview, typed slide numbers, leaving; and the QR code,
//! read back by a decoder.
#![cfg(not(target_arch = "wasm32"))]

use omkering::present::session::Session;
use omkering::content::SlideKind;
use omkering::embedded::CONTENT;
use omkering::present::deck::{Deck, Position};
use omkering::present::keys::{command, Command};
use omkering::present::qr;
use omkering::present::show::{Effect, Show};

fn deck() -> Deck {
    Deck::new(&CONTENT, Session::DEFAULT)
}

/// The index of the first slide of `kind` in the tour (found in the content, not by a number
/// that a change of the tour would move).
fn slide_of(d: &Deck, kind: SlideKind) -> usize {
    d.slides.iter().position(|s| s.kind == kind).unwrap_or_else(|| panic!("the tour has a {kind:?} slide"))
}

/// The keys that type a slide's number (from 1).
fn digits(n: usize) -> Vec<String> {
    n.to_string().chars().map(String::from).collect()
}

#[test]
fn the_deck_follows_the_tour_with_the_omkering_steps_as_fragments() {
    let d = deck();
    assert_eq!(d.len(), CONTENT.tour.sessions[0].slides.len());
    let first: Vec<_> = CONTENT.tour.sessions[0].slides.iter().map(|i| &CONTENT.tour.slides[usize::from(*i)]).collect();
    for (slide, s) in d.slides.iter().zip(first) {
        assert_eq!(slide.kind, s.kind);
        let want = if s.kind == SlideKind::Omkering { 1 + CONTENT.mode(s.item.map(|i| i.as_str())).steps.len() } else { 1 };
        assert_eq!(slide.steps, want);
    }
    // The tour has every kind of slide the issue asks for, and a slide per theme.
    for kind in [SlideKind::Title, SlideKind::Omkering, SlideKind::Development, SlideKind::Assessment, SlideKind::Closing, SlideKind::Qr] {
        assert!(d.slides.iter().any(|s| s.kind == kind), "{kind:?}");
    }
    for t in CONTENT.themes.iter() {
        assert!(d.slides.iter().any(|s| s.kind == SlideKind::Theme && s.item == Some(t.id.as_str())), "{}", t.id);
    }
}

#[test]
fn page_down_alone_visits_every_step_in_order_and_page_up_comes_back() {
    let d = deck();
    let mut show = Show::at(&d, d.first());
    let mut seen = vec![show.at];
    for _ in 0..d.order().len() + 3 {
        assert_eq!(show.apply(command("PageDown", true).unwrap(), &d), None);
        if seen.last() != Some(&show.at) {
            seen.push(show.at);
        }
    }
    assert_eq!(seen, d.order(), "every slide and step, in order, and the end stays the end");
    for _ in 0..seen.len() + 3 {
        show.apply(command("PageUp", true).unwrap(), &d);
    }
    assert_eq!(show.at, d.first());
    // The other keys of the same meaning.
    for key in ["ArrowRight", "ArrowDown", " "] {
        assert_eq!(command(key, false), Some(Command::Next));
    }
    for key in ["ArrowLeft", "ArrowUp"] {
        assert_eq!(command(key, false), Some(Command::Prev));
    }
    show.apply(Command::Last, &d);
    assert_eq!(show.at, d.last());
    // Back from the next slide lands on the omkering slide's last step.
    let omk = d.slides.iter().position(|s| s.kind == SlideKind::Omkering).unwrap();
    assert_eq!(d.prev(Position { slide: omk + 1, step: 0 }), Position { slide: omk, step: d.slides[omk].steps - 1 });
}

#[test]
fn black_overview_jump_and_escape_work_as_in_presentation_software() {
    let d = deck();
    let themes = slide_of(&d, SlideKind::Themes);
    let mut show = Show::at(&d, Position { slide: themes, step: 0 });
    show.apply(command("b", true).unwrap(), &d);
    assert!(show.black);
    // Any key brings the picture back and does nothing else.
    show.apply(Command::Next, &d);
    assert_eq!((show.black, show.at.slide), (false, themes));
    show.apply(command(".", true).unwrap(), &d);
    assert!(show.black);
    show.apply(Command::Escape, &d);
    assert!(!show.black);
    // A slide number and Enter jump; a number out of range does nothing.
    let assessment = slide_of(&d, SlideKind::Assessment);
    assert!(assessment + 1 < d.len(), "a slide after the assessment slide");
    for key in digits(assessment + 1).iter().map(String::as_str).chain(["Enter"]) {
        show.apply(command(key, true).unwrap(), &d);
    }
    assert_eq!(show.at, Position { slide: assessment, step: 0 });
    for key in digits(d.len() + 1).iter().map(String::as_str).chain(["Enter"]) {
        show.apply(command(key, true).unwrap(), &d);
    }
    assert_eq!((show.at.slide, show.typed), (assessment, None));
    // The overview opens, moves by slide, and Enter or Escape closes it.
    show.apply(command("o", true).unwrap(), &d);
    assert!(show.overview);
    show.apply(Command::Next, &d);
    show.apply(Command::Enter, &d);
    assert_eq!((show.overview, show.at.slide), (false, assessment + 1));
    show.apply(Command::Overview, &d);
    assert_eq!(show.apply(Command::Escape, &d), None);
    assert!(!show.overview);
    // F asks for full screen; Escape with nothing open leaves.
    assert_eq!(show.apply(command("F", true).unwrap(), &d), Some(Effect::ToggleFullscreen));
    assert_eq!(show.apply(Command::Escape, &d), Some(Effect::Leave));
    // Single-letter shortcuts can be switched off (WCAG 2.1.4); digits and named keys stay.
    for key in ["b", "B", ".", "f", "o"] {
        assert_eq!(command(key, false), None, "{key}");
    }
    assert_eq!(command("3", false), Some(Command::Digit(3)));
    assert_eq!(command("PageDown", false), Some(Command::Next));
    assert_eq!(command("x", true), None);
    assert_eq!(command("Shift", true), None);
}

#[test]
fn escape_closes_the_innermost_open_thing_first_and_only_then_leaves() {
    let d = deck();
    let themes = slide_of(&d, SlideKind::Themes);
    // The menu over an open overview with a number being typed: Escape closes the menu, then
    // the typed number, then the overview, and only the fourth Escape leaves.
    let mut show = Show::at(&d, Position { slide: themes, step: 0 });
    show.apply(Command::Overview, &d);
    show.apply(Command::Digit(2), &d);
    show.menu = true;
    assert_eq!(show.apply(Command::Escape, &d), None);
    assert_eq!((show.menu, show.typed, show.overview), (false, Some(2), true));
    assert_eq!(show.apply(Command::Escape, &d), None);
    assert_eq!((show.typed, show.overview), (None, true));
    assert_eq!(show.apply(Command::Escape, &d), None);
    assert!(!show.overview);
    assert_eq!(show.apply(Command::Escape, &d), Some(Effect::Leave));
    // The menu's button opens and closes it; any other command closes it and acts, and the
    // Stoppen button leaves from an open menu at once.
    let mut show = Show::at(&d, Position { slide: themes, step: 0 });
    show.apply(Command::Menu(true), &d);
    assert!(show.menu);
    show.apply(Command::Next, &d);
    assert_eq!((show.menu, show.at.slide), (false, themes + 1));
    show.apply(Command::Menu(true), &d);
    show.apply(Command::Menu(false), &d);
    assert!(!show.menu);
    show.apply(Command::Menu(true), &d);
    assert_eq!(show.apply(Command::Leave, &d), Some(Effect::Leave));
    assert!(!show.menu);
    // A black screen over an open menu: the first key brings the picture back, the next closes
    // the menu.
    let mut show = Show::at(&d, Position { slide: themes, step: 0 });
    show.apply(Command::Menu(true), &d);
    show.black = true;
    assert_eq!(show.apply(Command::Escape, &d), None);
    assert_eq!((show.black, show.menu), (false, true));
    assert_eq!(show.apply(Command::Escape, &d), None);
    assert!(!show.menu);
}

#[test]
fn the_key_help_shows_on_the_first_slide_until_the_first_key_once_per_page() {
    use omkering::present::show::Stage;
    let d = deck();
    let first = Position::default();
    let mut stage = Stage::default();
    assert!(stage.at(first).help, "a run that starts on the first slide shows the key help");
    assert!(!stage.at(Position { slide: 1, step: 0 }).help, "not on another slide");
    // Escape (and any key that is no command: `command_of`) closes it and does nothing else.
    let mut show = stage.at(first);
    assert_eq!(show.apply(Command::Escape, &d), None);
    assert_eq!((show.help, show.at), (false, first));
    // Another key closes it and acts.
    let mut show = stage.at(first);
    show.apply(Command::Next, &d);
    assert_eq!((show.help, show.at), (false, d.next(first)));
    stage.keep(show);
    // Back on the first slide, and after leaving and starting again: not shown again.
    assert!(!stage.at(first).help);
    let again = stage.left();
    assert!(!again.at(first).help);
    // A run that starts elsewhere: the first command marks it seen too.
    let mut stage = Stage::default();
    let mut show = stage.at(Position { slide: 2, step: 0 });
    show.apply(Command::Prev, &d);
    stage.keep(show);
    assert!(!stage.at(first).help);
}

#[test]
fn the_qr_code_reads_back_as_the_address() {
    for text in ["https://example.org/omkering/", "http://127.0.0.1:8080/#/present/1?lang=en"] {
        let code = qr::encode(text).expect("short enough");
        let grid = code.dark();
        assert_eq!(grid.len(), code.size);
        // The quiet zone is light, the finder pattern's corner dark.
        assert!(grid[0].iter().all(|d| !d) && grid[qr::QUIET][qr::QUIET]);
        // Drawn at 4 pixels a module, a decoder reads the text back.
        let scale = 4;
        let px = code.size * scale;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(px, px, |x, y| if grid[y / scale][x / scale] { 0 } else { 255 });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().expect("decodes");
        assert_eq!(content, text);
    }
    assert_eq!(qr::encode(&"x".repeat(5000)), None);
}

#[test]
fn a_presentation_route_names_a_slide_and_step_and_a_bad_one_opens_the_nearest() {
    use omkering::content::Lang;
    use omkering::route::{Problem, Route, View};
    let d = deck();
    let omk = d.slides.iter().position(|s| s.kind == SlideKind::Omkering).unwrap();
    let steps = d.slides[omk].steps;
    // Every position of the deck round-trips through the route text, in both views.
    for p in d.order() {
        for view in [p.present(Session::DEFAULT), p.presenter(Session::DEFAULT)] {
            let text = Route::new(view, Lang::Nl).format(Lang::Nl, &CONTENT);
            let parsed = Route::parse(&text, Lang::Nl, &CONTENT);
            assert_eq!((parsed.route.view, parsed.problem), (view, None), "{text}");
            assert_eq!(Position::of(parsed.route.view), Some(p));
        }
    }
    assert_eq!(Route::new(View::Present { slide: 0, step: 0, session: Session::DEFAULT }, Lang::Nl).format(Lang::Nl, &CONTENT), "/present/1");
    assert_eq!(Route::new(View::Present { slide: omk as u8, step: 2, session: Session::DEFAULT }, Lang::En).format(Lang::Nl, &CONTENT), format!("/present/{}/2?lang=en", omk + 1));
    let parse = |s: &str| {
        let p = Route::parse(s, Lang::Nl, &CONTENT);
        (p.route.view, p.problem)
    };
    assert_eq!(parse("/present"), (View::Present { slide: 0, step: 0, session: Session::DEFAULT }, None));
    let n = d.len();
    assert_eq!(parse(&format!("/present/{}", n + 1)), (View::Present { slide: 0, step: 0, session: Session::DEFAULT }, Some(Problem::UnknownItem)));
    assert_eq!(parse("/present/0"), (View::Present { slide: 0, step: 0, session: Session::DEFAULT }, Some(Problem::UnknownItem)));
    assert_eq!(parse("/present/+2"), (View::Present { slide: 0, step: 0, session: Session::DEFAULT }, Some(Problem::UnknownItem)));
    // One numbering: the step in the link is the number the slide shows ("Stap 2 van 7" is
    // `/2`); the overview has none, so `/0` and a number past the last step are out of range.
    for n in 1..steps {
        assert_eq!(parse(&format!("/present/{}/{n}", omk + 1)), (View::Present { slide: omk as u8, step: n as u8, session: Session::DEFAULT }, None));
    }
    for n in [0, steps] {
        assert_eq!(parse(&format!("/present/{}/{n}", omk + 1)), (View::Present { slide: omk as u8, step: 0, session: Session::DEFAULT }, Some(Problem::StepOutOfRange)));
    }
    // A slide of one step (any but an omkering slide) given a second step.
    let single = d.slides.iter().position(|s| s.steps == 1).unwrap();
    assert_eq!(parse(&format!("/presenter/{}/1", single + 1)), (View::Presenter { slide: single as u8, step: 0, session: Session::DEFAULT }, Some(Problem::StepOutOfRange)));
    assert_eq!(parse(&format!("/present/{}/1/x", omk + 1)), (View::Present { slide: omk as u8, step: 1, session: Session::DEFAULT }, Some(Problem::Malformed)));
}

#[test]
fn the_presentation_starts_at_the_slide_of_the_view_and_leaves_to_the_view_of_the_slide() {
    use omkering::route::View;
    let d = deck();
    let theme = CONTENT.themes[2].id.as_str();
    let at = d.start_for(View::Themes { theme: Some(theme) });
    assert_eq!((d.slides[at.slide].kind, d.slides[at.slide].item), (SlideKind::Theme, Some(theme)));
    assert_eq!(d.view_at(at), View::Themes { theme: Some(theme) });
    let at = d.start_for(View::Omkering { mode: None, step: Some(1), select: None });
    assert_eq!(d.slides[at.slide].kind, SlideKind::Omkering);
    assert_eq!(at.step, 0);
    assert!(matches!(d.view_at(omkering::present::deck::Position { step: 2, ..at }), View::Omkering { step: Some(1), .. }));
    assert_eq!(d.slides[d.start_for(View::Assessment).slide].kind, SlideKind::Assessment);
    assert_eq!(d.slides[d.start_for(View::Development { point: None }).slide].kind, SlideKind::Development);
    assert_eq!(d.start_for(View::Context), d.first());
    assert_eq!(d.view_at(d.first()), View::Start);
    assert_eq!(d.view_at(d.start_for(View::Assessment)), View::Assessment);
}

#[test]
fn the_windows_messages_round_trip_and_anything_else_is_ignored() {
    use omkering::present::sync::{elapsed, Beat, HELLO};
    let kort = Session::preset(1, &CONTENT);
    let (chosen, _) = Session::checked([3, 0, 16, 3], &CONTENT);
    for beat in [
        Beat { session: Session::DEFAULT, slide: 0, step: 0, black: false },
        Beat { session: Session::DEFAULT, slide: 11, step: 4, black: true },
        Beat { session: kort, slide: 2, step: 0, black: false },
        Beat { session: chosen, slide: 3, step: 0, black: true },
    ] {
        assert_eq!(Beat::read(&beat.message()), Some(beat));
    }
    assert_eq!(Beat::read("omkering:at 1 2 0 -").map(|b| b.session), Some(Session::DEFAULT));
    assert_eq!(Beat::read("omkering:at 1 2 0 16,0").map(|b| b.session.slides(&CONTENT).collect::<Vec<_>>()), Some(vec![16, 0]));
    let too_long = vec!["1"; 33].join(",");
    for bad in [
        HELLO, "", "omkering:at", "omkering:at 1 2", "omkering:at 1 2 3", "omkering:at 1 2 0", "omkering:at 1 2 3 -", "omkering:at -1 2 0 -", "omkering:at 1 +2 0 -",
        "omkering:at 99999 0 0 -", "other:at 1 2 0 -", "omkering:at 1 2 0 9,", "omkering:at 1 2 0 ,9", "omkering:at 1 2 0 256", "omkering:at 1 2 0 +1", "omkering:at 1 2 0 - x",
        &format!("omkering:at 1 2 0 {too_long}"),
    ] {
        assert_eq!(Beat::read(bad), None, "{bad}");
    }
    assert_eq!(elapsed(0.0), "0:00");
    assert_eq!(elapsed(65_999.0), "1:05");
    assert_eq!(elapsed(3_725_000.0), "1:02:05");
    assert_eq!(elapsed(-5.0), "0:00");
}

#[test]
fn every_slide_has_a_title_in_both_languages_and_the_qr_address_follows_its_order() {
    use omkering::content::Lang;
    use omkering::present::deck::{public_url, title};
    for i in 0..CONTENT.tour.slides.len() {
        for lang in [Lang::Nl, Lang::En] {
            assert!(!title(&CONTENT, i, lang).is_empty(), "slide {} in {lang:?}", i + 1);
        }
    }
    let theme = CONTENT.tour.slides.iter().position(|s| s.kind == SlideKind::Theme).unwrap();
    let named = CONTENT.themes.iter().find(|t| Some(t.id) == CONTENT.tour.slides[theme].item).unwrap();
    assert_eq!(title(&CONTENT, theme, Lang::En), named.name.en.as_str());
    assert_eq!(title(&CONTENT, CONTENT.tour.slides.len(), Lang::Nl), "");
    // The content's address is empty: the attribute wins, else the page without its route.
    assert!(CONTENT.tour.public_url.as_str().is_empty());
    assert_eq!(public_url(Some("https://vng.nl/x"), &CONTENT, "http://a/#/present/2"), Some("https://vng.nl/x"));
    assert_eq!(public_url(None, &CONTENT, "http://a/index.html#/present/2"), Some("http://a/index.html"));
    // From disk (the offline package) the page's address is no address for the room's phones.
    assert_eq!(public_url(None, &CONTENT, "file:///home/a/omkering-offline/index.html#/present/11"), None);
    assert_eq!(public_url(Some("https://vng.nl/x"), &CONTENT, "file:///a/index.html"), Some("https://vng.nl/x"));
    // The offline package is offered beside the page, not from inside it.
    use omkering::present::deck::offline_package;
    assert_eq!(offline_package("https://vng.nl/omkering/").as_deref(), Some("https://vng.nl/omkering/omkering-offline.zip"));
    assert_eq!(offline_package("file:///home/a/omkering-offline/"), None);
}

#[test]
fn a_slides_least_text_is_nine_tenths_of_its_body_text_and_never_under_18_px() {
    use omkering::present::least_text;
    assert_eq!(least_text(40.0), 36.0);
    assert!((least_text(24.0) - 21.6).abs() < 1e-4);
    // Small screens: the floor of the slides' stylesheet.
    assert_eq!(least_text(20.0), 18.0);
    assert_eq!(least_text(12.0), 18.0);
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/omkering-lazy.css")).unwrap();
    assert!(css.contains("max(18px, 2.25cqh, 0.8em)"), "the slides' smallest text keeps its 18 px floor in the stylesheet");
}
