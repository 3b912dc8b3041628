//! Issue 19, "Hardening against outside input": positions from another window, the page's hash
//! or an attribute that the deck does not have; names that would be formulas in a spreadsheet or
//! break the chart's XML; sessions merged from two writers of the one storage key; large files;
//! host anchors in the page's hash; content beyond the limits of a route.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use omkering::present::session::Session as SlideSession;
use omkering::route::session_of;
use common::property;
use omkering::config::Config;
use omkering::embedded::CONTENT;
use omkering::present::deck::{Deck, Position};
use omkering::present::keys::Command;
use omkering::present::show::Show;
use omkering::present::sync::Beat;
use omkering::route::View;
use omkering::state::{Action, Change, State};
use proptest::prelude::*;

fn standalone_state(hash: &str) -> State {
    let attrs = [("url-sync".to_string(), "hash".to_string())];
    State::new(Config::from_attributes(&attrs, &CONTENT).0, &CONTENT, Some(hash))
}

/// Whether the tour has this slide, and the slide this step.
fn real(deck: &Deck, p: Position) -> bool {
    deck.slides.get(p.slide).is_some_and(|s| p.step < s.steps)
}

#[test]
fn a_slide_from_outside_that_the_deck_does_not_have_is_clamped_and_previous_works() {
    // Reproduced in the issue: another page posts `omkering:at 20 0 0` while slide 3 shows,
    // then PageUp. Slide 20 was beyond the end of a tour of 12: the same distance beyond the end
    // of the tour as it is now.
    let deck = Deck::new(&CONTENT, SlideSession::DEFAULT);
    let beyond = deck.len() + 8;
    let beat = Beat::read(&format!("omkering:at {beyond} 0 0 -")).expect("a well-formed beat");
    let state = standalone_state("#/present/3").apply(Action::Navigate(Position { slide: beat.slide, step: beat.step }.present(SlideSession::DEFAULT)));
    let at = Position::of(state.route.view).expect("still presenting");
    assert!(real(&deck, at), "{at:?} is not in the deck of {} slides", deck.len());
    assert_eq!(at.slide, deck.len() - 1, "the nearest slide is the last");
    // A position that did get through unchecked still moves without a panic.
    for command in [Command::Prev, Command::Next, Command::Overview, Command::Last] {
        let mut show = Show { at: Position { slide: beyond, step: 7 }, ..Show::default() };
        show.apply(command, &deck);
        assert!(real(&deck, show.at), "{command:?} from slide {} gave {:?}", beyond + 1, show.at);
    }
    for huge in [usize::MAX, 256, 255] {
        let mut show = Show::default();
        show.follow(Beat { session: SlideSession::DEFAULT, slide: huge, step: huge, black: false }, &deck);
        assert!(real(&deck, show.at));
        show.apply(Command::Prev, &deck);
        assert!(real(&deck, show.at));
    }
}

#[derive(Clone, Debug)]
enum Event {
    /// A message on the presentation's channel.
    Message(String),
    /// A beat of any size and session, as a window of another release could send.
    Beat(usize, usize, bool, Vec<usize>),
    Key(Command),
}

fn command() -> impl Strategy<Value = Command> {
    prop_oneof![
        Just(Command::Next), Just(Command::Prev), Just(Command::First), Just(Command::Last), Just(Command::Black),
        Just(Command::Overview), Just(Command::Enter), Just(Command::Escape), Just(Command::Fullscreen),
        (0u8..10).prop_map(Command::Digit),
    ]
}

fn number() -> impl Strategy<Value = usize> {
    prop_oneof![0usize..30, 200usize..300, any::<usize>()]
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        (number(), number(), any::<bool>(), prop::collection::vec(number(), 0..40)).prop_map(|(a, b, c, d)| Event::Beat(a, b, c, d)),
        prop_oneof![
            (number(), number(), 0u8..3, "-|[0-9,]{1,30}").prop_map(|(a, b, c, d)| format!("omkering:at {a} {b} {c} {d}")),
            "omkering:at [0-9 ,-]{0,20}",
            ".{0,40}",
        ]
        .prop_map(Event::Message),
        command().prop_map(Event::Key),
    ]
}

/// What a window of the presentation does with each event: a beat is `Change::follow`, a key
/// `Change::command`, both applied by the state (`state::presentation`), as the views send them.
#[test]
fn any_sequence_of_beats_and_keys_never_panics_and_ends_at_a_real_slide_and_step() {
    let deck_of = |state: &omkering::state::State| Deck::new(&CONTENT, session_of(state.route.view));
    property(3000, (1usize..=CONTENT.tour.sessions[0].slides.len(), prop::collection::vec(event(), 1..60)), |(start, events)| {
        let mut state = standalone_state(&format!("#/present/{start}"));
        for event in events {
            let beat = match &event {
                Event::Message(text) => Beat::read(text),
                Event::Beat(slide, step, black, session) => {
                    let (session, _) = SlideSession::checked(session.iter().copied(), &CONTENT);
                    Some(Beat { session, slide: *slide, step: *step, black: *black })
                }
                Event::Key(_) => None,
            };
            if let Some(beat) = beat {
                state = state.apply(Change::follow(beat));
            }
            if let Event::Key(command) = event {
                let before = Position::of(state.route.view).expect("presenting");
                let (deck, session) = (deck_of(&state), session_of(state.route.view));
                state = state.apply(Change::command(command));
                if Position::of(state.route.view).is_none() {
                    // Escape left for the explainer's view of the slide; come back to the slide.
                    let left = state.route.view;
                    prop_assert_eq!(left, deck.view_at(before), "left from {:?}", before);
                    state = state.apply(Action::Navigate(deck.start_for(left).present(session)));
                }
            }
            let now = Position::of(state.route.view).expect("presenting");
            prop_assert!(real(&deck_of(&state), now), "{now:?} after {event:?}");
            // The route the window writes reads back as the same position.
            let url = state.url();
            let back = standalone_state(&format!("#{url}"));
            prop_assert_eq!(back.route.view, state.route.view);
        }
        Ok(())
    });
}

#[test]
fn the_qr_slide_shows_the_page_without_its_query_and_hash() {
    use omkering::present::deck::public_url;
    // A CMS preview token or tracking parameters are not for the room.
    let page = "https://gemeente.example/uitleg/index.html?preview=5f1c0ffee&utm_source=mail#/present/11";
    assert_eq!(public_url(None, &CONTENT, page), Some("https://gemeente.example/uitleg/index.html"));
    assert_eq!(public_url(None, &CONTENT, "http://a/?x=1"), Some("http://a/"));
    assert_eq!(public_url(None, &CONTENT, "http://a/#/present/2?lang=en"), Some("http://a/"));
    // The attribute still sets any address, query and all.
    assert_eq!(public_url(Some("https://vng.nl/x?y=1"), &CONTENT, page), Some("https://vng.nl/x?y=1"));
}

fn points() -> Vec<&'static str> {
    CONTENT.development_points.iter().map(|p| p.id.as_str()).collect()
}

fn defaults() -> omkering::assessment::workshop::Defaults {
    omkering::assessment::workshop::Defaults { date: "2026-12-04".into(), group: "Groep 1".into(), participant: "Deelnemer 1".into(), points: points() }
}

/// A session named `session`, with group `group` whose participant `participant` scored every point.
fn one(session: &str, date: &str, group: &str, participant: &str) -> Session {
    let scores = points().iter().enumerate().map(|(i, p)| (p.to_string(), 1 + (i % 5) as u8)).collect();
    Session {
        name: session.into(),
        date: date.into(),
        groups: vec![Group { name: group.into(), participants: vec![Participant { name: participant.into(), scores }] }],
    }
}

use omkering::assessment::{self, csv, json, store, Group, Participant, Session};

/// The cells of a CSV text as a spreadsheet reads them (quotes taken off).
fn cells(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let (mut cell, mut quoted, mut chars) = (String::new(), false, text.trim_start_matches('\u{feff}').chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => _ = (chars.next(), cell.push('"')),
            (true, '"') => quoted = false,
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ';') => out.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => out.push(std::mem::take(&mut cell)),
            (_, c) => cell.push(c),
        }
    }
    out
}

#[test]
fn a_name_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text_and_read_back() {
    let formula = "=HYPERLINK(\"https://example.org/x\";\"Klik\")";
    for name in [formula, "+31 6 1234", "-3", "@SUM(A1)", "\tTab", "=1+1", "'=1+1", "''-x"] {
        let s = one(name, "=NOW()", name, name);
        let text = csv::write(&s, &points());
        for cell in cells(&text) {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?} in {text:?}");
        }
        assert_eq!(csv::read(text.as_bytes(), &points()), Ok(s), "{name:?}");
    }
    // Ordinary names are written as they are, apostrophes and all.
    let s = one("Raad", "2026-12-04", "'s-Hertogenbosch", "Anne-Marie");
    let text = csv::write(&s, &points());
    assert!(text.contains(";'s-Hertogenbosch;Anne-Marie;"), "{text}");
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "['=+\\-@\t\r]{1,3}.{0,12}",
        "'{1,3}['=+\\-@s].{0,12}",
        Just("'s-Hertogenbosch".to_string()),
        Just("-3".to_string()),
    ]
}

/// A name the explainer keeps (cleaned) that a file may carry (not blank where a name is needed).
fn kept(s: &str, needed: bool) -> String {
    let s = assessment::clean(s);
    if needed && s.trim().is_empty() { format!("x{s}") } else { s }
}

#[test]
fn any_name_survives_a_csv_round_trip_unchanged() {
    property(3000, (name(), name(), name(), name()), |(session, date, group, participant)| {
        let s = one(&kept(&session, false), &kept(&date, false), &kept(&group, true), &kept(&participant, true));
        let text = csv::write(&s, &points());
        prop_assert_eq!(csv::read(text.as_bytes(), &points()), Ok(s));
        for cell in cells(&text) {
            prop_assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{:?}", cell);
        }
        Ok(())
    });
}

/// Every control character XML cannot hold, and the two non-characters.
const CONTROLS: &str = "\u{0}\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}\u{b}\u{c}\u{d}\u{e}\u{f}\u{10}\u{11}\u{12}\u{13}\u{14}\u{15}\u{16}\u{17}\u{18}\u{19}\u{1a}\u{1b}\u{1c}\u{1d}\u{1e}\u{1f}\u{fffe}\u{ffff}";

fn dirty(s: &str) -> String {
    format!("{s}{CONTROLS}\t{s}")
}

fn has_controls(s: &Session) -> bool {
    let bad = |t: &str| t.chars().any(|c| CONTROLS.contains(c));
    bad(&s.name) || bad(&s.date) || s.groups.iter().any(|g| bad(&g.name) || g.participants.iter().any(|p| bad(&p.name)))
}

/// The chart as the SVG download makes it, with every group shown.
fn chart(s: &Session) -> String {
    use omkering::diagram::radar_chart::{export_svg, ExportTexts, Series};
    let labels: Vec<&str> = CONTENT.development_points.iter().map(|p| p.name.nl.as_str()).collect();
    let series: Vec<Series> = s.groups.iter().enumerate().map(|(index, g)| Series { name: &g.name, index, stats: g.stats(&points()) }).collect();
    let texts = ExportTexts { title: &s.name, subtitle: &s.date, labels: &labels, legend: "Groepen", key: "Lijn: gemiddelde" };
    export_svg(&texts, &series)
}

#[test]
fn control_characters_are_cleaned_on_every_way_in_and_every_export_opens() {
    use omkering::assessment::workshop::{Action, Opened, Workshop};
    let d = defaults();
    // Typed or pasted.
    let mut typed = Workshop::open(Opened::Nothing, &points(), &d);
    typed.apply(Action::Rename(dirty("Raad")), &d);
    typed.apply(Action::Date(dirty("2026")), &d);
    typed.apply(Action::AddGroup(dirty("voor")), &d);
    typed.apply(Action::AddParticipant(dirty("Anne")), &d);
    for p in points() {
        typed.apply(Action::Score { point: p.into(), score: 3 }, &d);
    }
    // Imported, as CSV and as JSON, and the saved data.
    let raw = one(&dirty("Raad"), &dirty("2026"), &dirty("voor"), &dirty("Anne"));
    let from_csv = csv::read(csv::write(&raw, &points()).as_bytes(), &points()).expect("a CSV file");
    let from_json = json::read(json::write(&raw).as_bytes(), &points()).expect("a JSON file");
    let saved = store::encode(&Workshop { session: raw.clone(), ..typed.clone() });
    let from_storage = Workshop::open(Opened::Text(saved), &points(), &d).session;
    for (way, s) in [("typed", &typed.session), ("csv", &from_csv), ("json", &from_json), ("saved", &from_storage)] {
        assert!(!has_controls(s), "{way}: {s:?}");
        assert!(s.groups.iter().any(|g| g.name == "voor\tvoor"), "{way}: the rest of the name stays: {s:?}");
        let svg = chart(s);
        roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{way}: the SVG is not XML: {e}"));
        assert!(csv::read(csv::write(s, &points()).as_bytes(), &points()).is_ok(), "{way}: the CSV export reads back");
        assert!(json::read(json::write(s).as_bytes(), &points()).is_ok(), "{way}: the JSON export reads back");
    }
}

/// A short, distinct name for participant `i`.
fn short(i: usize) -> String {
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let (mut n, mut out) = (i, Vec::new());
    loop {
        out.push(digits[n % 36]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    format!("p{}", String::from_utf8(out).unwrap())
}

const BIG: usize = 30_000;

/// A CSV file of exactly 1 MiB: 30,000 participants in 100 groups, one score each; the last
/// participant's name fills the file up.
fn big_csv() -> Vec<u8> {
    use omkering::assessment::problem::MAX_BYTES;
    let point = points()[1];
    let mut rows = String::from("session;date;group;participant;point;score\n");
    for i in 0..BIG - 1 {
        rows += &format!(";;g{};{};{point};{}\n", i % 100, short(i), 1 + i % 5);
    }
    let last = format!(";;g0;;{point};5\n");
    let fill = MAX_BYTES - rows.len() - last.len();
    rows += &format!(";;g0;{};{point};5\n", "z".repeat(fill));
    rows.into_bytes()
}

/// A JSON file of exactly 1 MiB: 30,000 participants in 100 groups, every fourth with a score
/// (a JSON session keeps participants without scores); padded with spaces at the end.
fn big_json() -> Vec<u8> {
    use omkering::assessment::problem::MAX_BYTES;
    let point = points()[1];
    let groups: Vec<String> = (0..100)
        .map(|g| {
            let people: Vec<String> = (0..BIG / 100)
                .map(|k| {
                    let i = g * (BIG / 100) + k;
                    let scores = if i % 4 == 0 { format!("\"{point}\":{}", 1 + i % 5) } else { String::new() };
                    format!("{{\"name\":\"{}\",\"scores\":{{{scores}}}}}", short(i))
                })
                .collect();
            format!("{{\"name\":\"g{g}\",\"participants\":[{}]}}", people.join(","))
        })
        .collect();
    let mut text = format!("{{\"format\":\"omkering-zelfevaluatie\",\"version\":1,\"session\":{{\"name\":\"\",\"date\":\"\",\"groups\":[{}]}}}}", groups.join(","));
    assert!(text.len() <= MAX_BYTES, "{} bytes", text.len());
    text += &" ".repeat(MAX_BYTES - text.len());
    text.into_bytes()
}

#[test]
fn a_file_of_one_mib_with_30000_participants_is_read_and_one_byte_more_is_refused() {
    use omkering::assessment::problem::MAX_BYTES;
    use omkering::assessment::{ImportError, Problem};
    for (kind, bytes) in [("csv", big_csv()), ("json", big_json())] {
        assert_eq!(bytes.len(), MAX_BYTES, "{kind}");
        let session = assessment::read(&bytes, &points()).unwrap_or_else(|e| panic!("{kind}: {e:?}"));
        assert_eq!(session.groups.len(), 100, "{kind}");
        assert_eq!(session.groups.iter().map(|g| g.participants.len()).sum::<usize>(), BIG, "{kind}");
        let mut more = bytes;
        more.push(b' ');
        assert_eq!(assessment::read(&more, &points()), Err(ImportError::at(0, Problem::TooLarge)), "{kind}");
    }
}

#[test]
fn a_hash_that_is_not_a_route_is_the_host_pages_anchor() {
    let themes = standalone_state("#/themes");
    for anchor in ["#contact", "#main-content", "#top", "contact", "#%2Fthemes", "##/themes", "# /themes", "#omkering"] {
        assert_eq!(themes.apply(Action::HashChanged(anchor.into())), themes, "{anchor}");
    }
    // A page opened at its own anchor: the explainer starts at its `view`, without a notice.
    let attrs = [("url-sync".to_string(), "hash".to_string()), ("view".to_string(), "/context".to_string())];
    let config = Config::from_attributes(&attrs, &CONTENT).0;
    let opened = State::new(config, &CONTENT, Some("#contact"));
    assert_eq!((opened.route.view, opened.notice), (View::Context, None));
    // The explainer's own hashes still navigate, and a broken one still says so.
    assert_eq!(themes.apply(Action::HashChanged("#/context".into())).route.view, View::Context);
    assert!(themes.apply(Action::HashChanged("#/nergens".into())).notice.is_some());
    assert_eq!(themes.apply(Action::HashChanged(String::new())).route.view, View::Start);
}

/// A page (a tab, or an explainer on a page) that keeps the saved workshop, driven as the view
/// drives it (`ui/views/assessment/mod.rs`, `use_save`): after every change, write what waits to
/// be written, or merge with the storage when a change of its own is not saved yet.
struct Writer {
    w: omkering::assessment::workshop::Workshop,
}

/// The storage of one origin and the writers on it; `deliver` says whether writers hear of each
/// other's writes (the `storage` event, or this page's own path); without it they only merge
/// before they write.
struct Origin {
    stored: Option<String>,
    writers: Vec<Writer>,
    deliver: bool,
}

impl Origin {
    fn new(count: usize, deliver: bool) -> Origin {
        use omkering::assessment::workshop::{Opened, Workshop};
        let writers = (0..count).map(|_| Writer { w: Workshop::open(Opened::Nothing, &points(), &defaults()) }).collect();
        Origin { stored: None, writers, deliver }
    }

    fn opened(&self) -> omkering::assessment::workshop::Opened {
        use omkering::assessment::workshop::Opened;
        self.stored.clone().map_or(Opened::Nothing, Opened::Text)
    }

    /// Writer `i` does `action`, then everything settles.
    fn act(&mut self, i: usize, action: omkering::assessment::workshop::Action) {
        use omkering::assessment::workshop::Action;
        let d = defaults();
        self.writers[i].w.apply(action, &d);
        let mut queue = vec![i];
        let mut rounds = 0;
        while let Some(i) = queue.pop() {
            rounds += 1;
            assert!(rounds < 1000, "the writers keep answering each other");
            loop {
                let w = &mut self.writers[i].w;
                if let Some(text) = w.to_write.clone() {
                    self.stored = Some(text.to_string());
                    self.writers[i].w.apply(Action::Saved, &d);
                    if self.deliver {
                        for j in (0..self.writers.len()).filter(|j| *j != i) {
                            let before = self.writers[j].w.clone();
                            self.writers[j].w.apply(Action::External(omkering::assessment::workshop::Opened::Text(text.to_string())), &d);
                            if self.writers[j].w != before {
                                queue.push(j);
                            }
                        }
                    }
                } else if w.dirty && w.saves() {
                    let stored = self.opened();
                    self.writers[i].w.apply(Action::Save(stored), &d);
                } else {
                    break;
                }
            }
        }
    }

    fn saved(&self) -> Session {
        store::decode(self.stored.as_deref().expect("something saved"), &points()).expect("readable").session
    }
}

fn scores_of(s: &Session, group: &str, person: &str) -> Option<std::collections::BTreeMap<String, u8>> {
    s.groups.iter().find(|g| g.name == group)?.participants.iter().find(|p| p.name == person).map(|p| p.scores.clone())
}

/// Writer `i` opens `person` in the current group and gives `point` (by index) `score`.
fn score(o: &mut Origin, i: usize, person: &str, point: usize, score: u8) {
    use omkering::assessment::workshop::Action;
    o.act(i, Action::AddParticipant(person.into()));
    o.act(i, Action::Score { point: points()[point].into(), score });
}

#[test]
fn two_writers_scoring_in_turn_keep_every_score_of_both() {
    for deliver in [true, false] {
        let mut o = Origin::new(2, deliver);
        for round in 0..3 {
            score(&mut o, 0, "Anne", round, 4);
            score(&mut o, 1, "Bram", round, 2);
        }
        let saved = o.saved();
        let want = |s: u8| (0..3).map(|p| (points()[p].to_string(), s)).collect();
        assert_eq!(scores_of(&saved, "Groep 1", "Anne"), Some(want(4)), "deliver {deliver}: {saved:?}");
        assert_eq!(scores_of(&saved, "Groep 1", "Bram"), Some(want(2)), "deliver {deliver}: {saved:?}");
        if deliver {
            // Each page shows the other's scores too.
            for w in &o.writers {
                assert_eq!(w.w.session, saved);
            }
        }
    }
}

#[test]
fn a_deletion_in_one_writer_stays_deleted_and_a_reset_too() {
    use omkering::assessment::workshop::Action;
    for deliver in [true, false] {
        let mut o = Origin::new(2, deliver);
        score(&mut o, 0, "Anne", 0, 4);
        score(&mut o, 0, "Bram", 0, 3);
        // B has seen both (delivered, or read when it merges before its first write).
        score(&mut o, 1, "Carla", 0, 5);
        // A removes Bram; B then changes something else.
        o.act(0, Action::AddParticipant("Bram".into()));
        o.act(0, Action::RemoveParticipant);
        o.act(0, Action::Confirm);
        score(&mut o, 1, "Carla", 1, 1);
        let saved = o.saved();
        assert_eq!(scores_of(&saved, "Groep 1", "Bram"), None, "deliver {deliver}: Bram came back: {saved:?}");
        assert!(scores_of(&saved, "Groep 1", "Anne").is_some() && scores_of(&saved, "Groep 1", "Carla").map(|s| s.len()) == Some(2));
        // "Start again" in A; B's next change does not bring the old session back.
        o.act(0, Action::Reset);
        o.act(0, Action::Confirm);
        o.act(1, Action::Rename("Na de pauze".into()));
        let saved = o.saved();
        assert!(saved.groups.iter().all(|g| g.participants.iter().all(|p| p.scores.is_empty())), "deliver {deliver}: {saved:?}");
        assert_eq!(saved.name, "Na de pauze");
    }
}

#[test]
fn where_both_change_the_same_score_the_later_one_wins_and_the_other_shows_it() {
    let mut o = Origin::new(2, true);
    score(&mut o, 0, "Anne", 0, 1);
    score(&mut o, 1, "Anne", 0, 5);
    assert_eq!(o.saved().groups[0].participants.iter().find(|p| p.name == "Anne").unwrap().scores[points()[0]], 5);
    assert_eq!(o.writers[0].w.session, o.saved(), "the first page shows the later score");
    score(&mut o, 0, "Anne", 0, 2);
    assert_eq!(o.writers[1].w.current().unwrap().scores[points()[0]], 2);
}

#[test]
fn data_another_writer_saved_that_this_one_cannot_read_is_not_written_over() {
    use omkering::assessment::workshop::{Action, Opened, Saving};
    let mut o = Origin::new(1, true);
    score(&mut o, 0, "Anne", 0, 4);
    // A newer release in another tab wrote its own version.
    let newer = r#"{"format":"omkering-opslag","version":2,"session":{}}"#.to_string();
    o.writers[0].w.apply(Action::External(Opened::Text(newer.clone())), &defaults());
    o.stored = Some(newer.clone());
    assert!(matches!(o.writers[0].w.saving, Saving::Held(_)));
    score(&mut o, 0, "Anne", 1, 3);
    assert_eq!(o.stored.as_deref(), Some(newer.as_str()), "held, not overwritten");
    assert_eq!(o.writers[0].w.current().unwrap().scores.len(), 2, "the visit's scores are kept in the page");
    // Only the visitor's yes writes over it.
    o.act(0, Action::Discard);
    assert_eq!(o.stored.as_deref(), Some(newer.as_str()));
    o.act(0, Action::Confirm);
    assert_eq!(o.saved().groups[0].participants[0].scores.len(), 2);
    assert_eq!(o.writers[0].w.saving, Saving::On);
}

#[derive(Clone, Debug)]
enum Step {
    Score { writer: usize, person: usize, point: usize, score: u8 },
    Hide { writer: usize },
}

#[test]
fn any_interleaving_of_two_writers_ends_with_the_last_score_of_every_participant() {
    let step = prop_oneof![
        8 => (0usize..2, 0usize..4, 0usize..5, 1u8..=5).prop_map(|(writer, person, point, score)| Step::Score { writer, person, point, score }),
        1 => (0usize..2).prop_map(|writer| Step::Hide { writer }),
    ];
    property(400, (any::<bool>(), prop::collection::vec(step, 1..40)), |(deliver, steps)| {
        let people = ["Anne", "Bram", "Carla", "Samen"];
        let mut o = Origin::new(2, deliver);
        let mut want: std::collections::BTreeMap<(&str, usize), u8> = Default::default();
        for s in &steps {
            match *s {
                Step::Score { writer, person, point, score: value } => {
                    score(&mut o, writer, people[person], point, value);
                    want.insert((people[person], point), value);
                }
                Step::Hide { writer } => o.act(writer, omkering::assessment::workshop::Action::ToggleGroup(0)),
            }
        }
        if want.is_empty() {
            return Ok(());
        }
        let saved = o.saved();
        for ((person, point), value) in &want {
            let got = scores_of(&saved, "Groep 1", person).and_then(|s| s.get(points()[*point]).copied());
            prop_assert_eq!(got, Some(*value), "{} {} in {:?}", person, point, saved);
        }
        if deliver {
            for w in &o.writers {
                prop_assert_eq!(&w.w.session, &saved);
            }
        }
        Ok(())
    });
}
