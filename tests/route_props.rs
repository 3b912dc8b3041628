//! Property tests of the route parser: any text parses to a valid route (with at most a named
//! problem), and every route survives format then parse.
#![cfg(not(target_arch = "wasm32"))]

use omkering::content::Lang;
use omkering::embedded::CONTENT;
use omkering::route::{Filter, MapCell, Route, SearchText, Select, View};
use proptest::prelude::*;

fn lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::Nl), Just(Lang::En)]
}

/// Any route of the real content, built from its ids.
fn route() -> impl Strategy<Value = Route> {
    let c = &CONTENT;
    let modes = c.modes.len();
    let themes = c.themes.len();
    let points = c.development_points.len();
    let view = prop_oneof![
        Just(View::Start),
        Just(View::Context),
        Just(View::Search),
        (0u8..(1 << c.ask_topics.len().min(8))).prop_map(|on| View::Finance { on }),
        Just(View::Timeline),
        Just(View::Assessment),
        proptest::option::of(0..c.track_ids.len()).prop_map(move |t| View::Tracks { track: t.map(|i| c.track_ids[i].as_str()) }),
        proptest::option::of(0..c.layer_actors.len()).prop_map(move |l| View::Layers { layer: l.map(|i| c.layer_actors[i].as_str()) }),
        proptest::option::of(0..themes).prop_map(move |t| View::Themes { theme: t.map(|i| c.themes[i].id.as_str()) }),
        proptest::option::of(0..points)
            .prop_map(move |p| View::Development { point: p.map(|i| c.development_points[i].id.as_str()) }),
        (
            proptest::option::of(0..c.documents.len()),
            proptest::option::of(0..c.actors.len()),
            proptest::option::of(0..themes),
            proptest::option::of((0..c.documents.len(), proptest::option::of(0..themes))),
        )
            .prop_map(move |(d, a, t, cell)| View::Map {
                filter: Filter {
                    doc: d.map(|i| c.documents[i].id.as_str()),
                    actor: a.map(|i| c.actors[i].id.as_str()),
                    theme: t.map(|i| c.themes[i].id.as_str()),
                },
                cell: cell.map(|(d, t)| MapCell { doc: c.documents[d].id.as_str(), theme: t.map(|i| c.themes[i].id.as_str()) }),
            }),
        (0..modes, any::<Option<prop::sample::Index>>(), 0..3u8, any::<prop::sample::Index>()).prop_map(
            move |(m, step, kind, item)| {
                let mode = &c.modes[m];
                let step = step.map(|i| i.index(mode.steps.len()));
                let select = match kind {
                    0 => None,
                    1 => Some(Select::Actor(item.get(&mode.placement.slots()).1.as_str())),
                    _ => Some(Select::Theme(c.themes[item.index(themes)].id.as_str())),
                };
                View::Omkering { mode: Some(mode.id.as_str()), step, select }.canonical(c)
            }
        ),
    ];
    // The search words go with the search view only (other views leave them out of the link).
    (view, lang(), "\\PC{0,100}").prop_map(|(v, l, q)| {
        let mut r = Route::new(v, l);
        if v == View::Search {
            r.search = SearchText::new(&q);
        }
        r
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn format_then_parse_gives_the_same_route(r in route(), default in lang()) {
        let text = r.format(default, &CONTENT);
        let parsed = Route::parse(&text, default, &CONTENT);
        prop_assert_eq!(parsed.route, r, "{}", text);
        prop_assert_eq!(parsed.problem, None, "{}", text);
    }

    #[test]
    fn any_text_parses_to_a_route_that_round_trips(s in ".{0,80}", default in lang()) {
        let parsed = Route::parse(&s, default, &CONTENT);
        let again = Route::parse(&parsed.route.format(default, &CONTENT), default, &CONTENT);
        prop_assert_eq!(again.route, parsed.route);
        prop_assert_eq!(again.problem, None);
    }

    #[test]
    fn route_like_text_parses_to_a_route_that_round_trips(
        parts in prop::collection::vec(
            prop_oneof![
                Just("omkering".to_string()), Just("stap".to_string()), Just("actor".to_string()),
                Just("thema".to_string()), Just("themes".to_string()), Just("medebewind".to_string()),
                Just("rijk".to_string()), Just("%41".to_string()), Just("?lang=en".to_string()),
                Just("map".to_string()), Just("outside".to_string()), Just("search".to_string()),
                Just("g40-steden".to_string()), Just("?q=schuld%20".to_string()), Just("?doc=g40-steden&actor=g32".to_string()),
                Just("?theme=bestaanszekerheid&lang=en".to_string()), Just("?q=%FF".to_string()),
                "[0-9]{1,3}", "[a-z%-]{0,12}",
            ],
            0..8,
        ),
        default in lang(),
    ) {
        let s = format!("/{}", parts.join("/"));
        let parsed = Route::parse(&s, default, &CONTENT);
        let again = Route::parse(&parsed.route.format(default, &CONTENT), default, &CONTENT);
        prop_assert_eq!(again.route, parsed.route, "{}", s);
        prop_assert_eq!(again.problem, None, "{}", s);
    }
}
