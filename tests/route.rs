//! Routes: every view of the real content survives format then parse, and broken input always
//! opens a valid view with the right problem.
#![cfg(not(target_arch = "wasm32"))]

use omkering::content::Lang;
use omkering::embedded::CONTENT;
use omkering::route::{Filter, MapCell, Problem, Route, SearchText, Select, View, MAX_LEN};

/// The mode id as a route holds it: none for the default mode.
fn route_mode(id: &'static str) -> Option<&'static str> {
    (id != CONTENT.default_mode.as_str()).then_some(id)
}

fn other_mode() -> &'static str {
    CONTENT.modes.iter().find(|m| m.id != CONTENT.default_mode).expect("two modes").id.as_str()
}

fn all_views() -> Vec<View> {
    let c = &CONTENT;
    let mut views = vec![View::Start, View::Context, View::Assessment];
    views.push(View::Themes { theme: None });
    views.push(View::Development { point: None });
    views.push(View::Map { filter: Filter::NONE, cell: None });
    views.push(View::Search);
    views.push(View::Layers { layer: None });
    views.push(View::Timeline);
    views.push(View::Tracks { track: None });
    views.extend(c.track_ids.iter().map(|t| View::Tracks { track: Some(t.as_str()) }));
    views.extend((0..(1u8 << c.ask_topics.len().min(8))).map(|on| View::Finance { on }));
    views.extend(c.layer_actors.iter().map(|a| View::Layers { layer: Some(a.as_str()) }));
    for m in c.modes.iter() {
        let mode = route_mode(m.id.as_str());
        let mut selects = vec![None];
        selects.extend(m.placement.slots().iter().map(|(_, a)| Some(Select::Actor(a.as_str()))));
        selects.extend(c.themes.iter().map(|t| Some(Select::Theme(t.id.as_str()))));
        for select in selects {
            views.push(View::Omkering { mode, step: None, select });
            for i in 0..m.steps.len() {
                views.push(View::Omkering { mode, step: Some(i), select });
            }
        }
    }
    views.extend(c.themes.iter().map(|t| View::Themes { theme: Some(t.id.as_str()) }));
    views.extend(c.development_points.iter().map(|p| View::Development { point: Some(p.id.as_str()) }));
    views
}

#[test]
fn every_view_round_trips_in_both_languages() {
    for view in all_views() {
        for lang in Lang::ALL {
            for default in Lang::ALL {
                let route = Route::new(view, lang);
                let text = route.format(default, &CONTENT);
                let parsed = Route::parse(&text, default, &CONTENT);
                assert_eq!(parsed.route, route, "{text}");
                assert_eq!(parsed.problem, None, "{text}");
                let hashed = Route::parse(&format!("#{text}"), default, &CONTENT);
                assert_eq!(hashed.route, route, "#{text}");
            }
        }
    }
}

#[test]
fn formats_are_short_and_readable() {
    let mode = other_mode();
    let omk = |mode, step, select| Route::new(View::Omkering { mode, step, select }, Lang::Nl).format(Lang::Nl, &CONTENT);
    assert_eq!(Route::new(View::Start, Lang::Nl).format(Lang::Nl, &CONTENT), "/");
    assert_eq!(Route::new(View::Context, Lang::En).format(Lang::Nl, &CONTENT), "/context?lang=en");
    assert_eq!(omk(None, Some(2), None), "/omkering/stap/3");
    assert_eq!(omk(Some(mode), Some(0), None), format!("/omkering/{mode}/stap/1"));
    assert_eq!(omk(None, None, Some(Select::Actor("rijk"))), "/omkering/actor/rijk");
    let theme = CONTENT.themes[0].id.as_str();
    assert_eq!(omk(None, Some(0), Some(Select::Theme(theme))), format!("/omkering/stap/1/thema/{theme}"));
}

#[test]
fn the_default_mode_has_one_form() {
    let default = CONTENT.default_mode.as_str();
    assert_eq!(parse(&format!("/omkering/{default}/stap/2")), (View::Omkering { mode: None, step: Some(1), select: None }, None));
    let explicit = View::Omkering { mode: Some(default), step: None, select: None };
    assert_eq!(explicit.canonical(&CONTENT), View::Omkering { mode: None, step: None, select: None });
}

fn parse(s: &str) -> (View, Option<Problem>) {
    let p = Route::parse(s, Lang::Nl, &CONTENT);
    (p.route.view, p.problem)
}

#[test]
fn broken_routes_open_the_nearest_view_and_name_the_problem() {
    let mode = other_mode();
    let omk = |mode, step| View::Omkering { mode, step, select: None };
    assert_eq!(parse("/nergens"), (View::Start, Some(Problem::UnknownView)));
    assert_eq!(parse("/themes/onbekend"), (View::Themes { theme: None }, Some(Problem::UnknownItem)));
    assert_eq!(parse("/development/onbekend"), (View::Development { point: None }, Some(Problem::UnknownItem)));
    assert_eq!(parse("/omkering/onbekend/stap/2"), (omk(None, None), Some(Problem::UnknownItem)));
    for step in ["0", "99", "-1", "twee", "1.5", "+1", ""] {
        assert_eq!(parse(&format!("/omkering/{mode}/stap/{step}")), (omk(Some(mode), None), Some(Problem::StepOutOfRange)), "{step}");
        assert_eq!(parse(&format!("/omkering/stap/{step}")), (omk(None, None), Some(Problem::StepOutOfRange)), "{step}");
    }
    assert_eq!(parse("/omkering/stap/1/actor/niemand"), (omk(None, Some(0)), Some(Problem::UnknownItem)));
    assert_eq!(parse("/omkering/thema/geen"), (omk(None, None), Some(Problem::UnknownItem)));
    assert_eq!(parse("/omkering/actor/vng/extra"), (View::Omkering { mode: None, step: None, select: None }, Some(Problem::UnknownItem)));
    assert_eq!(parse("/omkering/stap/1/meer"), (omk(None, Some(0)), Some(Problem::Malformed)));
    assert_eq!(parse("/context/extra"), (View::Context, Some(Problem::Malformed)));
    assert_eq!(parse("/themes?lang=fr").1, Some(Problem::UnknownLanguage));
    assert_eq!(parse("/themes?x=1").1, Some(Problem::Malformed));
    assert_eq!(parse("/%zz"), (View::Start, Some(Problem::Malformed)));
    assert_eq!(parse("/%+1"), (View::Start, Some(Problem::Malformed)));
    assert_eq!(parse("/%ff%fe"), (View::Start, Some(Problem::Malformed)));
    assert_eq!(parse(&"/themes".repeat(MAX_LEN)), (View::Start, Some(Problem::Malformed)));
    assert_eq!(parse("<script>alert(1)</script>"), (View::Start, Some(Problem::UnknownView)));
}

#[test]
fn harmless_variations_are_accepted() {
    let theme = CONTENT.themes[0].id.as_str();
    for s in ["", "#", "/", "#/", "  /  "] {
        assert_eq!(parse(s), (View::Start, None), "{s:?}");
    }
    assert_eq!(parse(&format!("themes/{theme}/")), (View::Themes { theme: Some(theme) }, None));
    assert_eq!(parse(&format!("/themes/{}", theme.replace('-', "%2D"))), (View::Themes { theme: Some(theme) }, None));
    let en = Route::parse("/context?lang=EN", Lang::Nl, &CONTENT);
    assert_eq!((en.route.lang, en.problem), (Lang::En, None));
}

#[test]
fn parsing_any_byte_string_never_panics() {
    // A small deterministic sweep; issue 10 adds property tests with many more cases.
    let mut seed: u32 = 0x9e37_79b9;
    for _ in 0..5000 {
        let len = (seed % 40) as usize;
        let s: String = (0..len)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                b"/%?=&#abcdefhlmnoprstuvz0123456789-"[(seed % 35) as usize] as char
            })
            .collect();
        let parsed = Route::parse(&s, Lang::Nl, &CONTENT);
        let again = Route::parse(&parsed.route.format(Lang::Nl, &CONTENT), Lang::Nl, &CONTENT);
        assert_eq!(again.route, parsed.route, "{s}");
        assert_eq!(again.problem, None, "{s}");
    }
}

#[test]
fn the_map_keeps_its_filters_and_cell_in_the_route() {
    let parse = |s: &str| {
        let p = Route::parse(s, Lang::Nl, &CONTENT);
        (p.route.view, p.problem)
    };
    let doc = CONTENT.documents[3].id.as_str();
    let theme = CONTENT.themes[1].id.as_str();
    let filter = Filter { doc: Some(doc), actor: Some("g40"), theme: None };
    let view = View::Map { filter, cell: Some(MapCell { doc, theme: Some(theme) }) };
    let text = Route::new(view, Lang::En).format(Lang::Nl, &CONTENT);
    assert_eq!(text, format!("/map/{doc}/{theme}?doc={doc}&actor=g40&lang=en"));
    assert_eq!(Route::parse(&text, Lang::Nl, &CONTENT).route, Route::new(view, Lang::En));
    let outside = View::Map { filter: Filter::NONE, cell: Some(MapCell { doc, theme: None }) };
    assert_eq!(parse(&format!("/map/{doc}/outside")), (outside, None));
    // Unknown ids are dropped with a notice; a half cell and a stray parameter are malformed.
    assert_eq!(parse("/map?actor=nobody"), (View::Map { filter: Filter::NONE, cell: None }, Some(Problem::UnknownItem)));
    assert_eq!(parse(&format!("/map/{doc}/nothing")), (View::Map { filter: Filter::NONE, cell: None }, Some(Problem::UnknownItem)));
    assert_eq!(parse(&format!("/map/{doc}")), (View::Map { filter: Filter::NONE, cell: None }, Some(Problem::Malformed)));
    assert_eq!(parse("/map?colour=red").1, Some(Problem::Malformed));
    assert_eq!(parse("/themes?doc=g40-steden"), (View::Themes { theme: None }, Some(Problem::Malformed)));
}

#[test]
fn the_search_text_survives_the_route_encoded() {
    let query = SearchText::new("  schuld & <b>zorg</b> é ");
    assert_eq!(query.as_str(), "schuld & <b>zorg</b> é");
    let route = Route { search: query, ..Route::new(View::Search, Lang::Nl) };
    let text = route.format(Lang::Nl, &CONTENT);
    assert_eq!(text, "/search?q=schuld%20%26%20%3Cb%3Ezorg%3C%2Fb%3E%20%C3%A9");
    assert_eq!(Route::parse(&text, Lang::Nl, &CONTENT).route, route);
    assert_eq!(Route::parse("/search", Lang::Nl, &CONTENT).route.search, SearchText::EMPTY);
    // The words stay out of the links of other views.
    assert_eq!(Route { search: query, ..Route::new(View::Context, Lang::Nl) }.format(Lang::Nl, &CONTENT), "/context");
    // Long text is cut at a character boundary, never inside a letter.
    let long = "é".repeat(100);
    assert_eq!(SearchText::new(&long).as_str(), "é".repeat(SearchText::CAPACITY / 2));
    assert_eq!(Route::parse("/search?q=%E9", Lang::Nl, &CONTENT).problem, Some(Problem::Malformed));
}

/// Issue 28: the standalone page's title names the chosen item ("Bestaanszekerheid · De
/// omkering"), else the view, else the explainer alone.
#[test]
fn the_page_title_names_the_chosen_item_or_the_view() {
    let c = &CONTENT;
    for lang in [Lang::Nl, Lang::En] {
        let app = c.ui.app_title.get(lang);
        let titled = |name: &str| format!("{name} · {app}");
        assert_eq!(View::Start.page_title(c, lang), titled(c.ui.start.title.get(lang)));
        assert_eq!(View::Context.page_title(c, lang), titled(c.ui.context.title.get(lang)));
        for t in c.themes.iter() {
            assert_eq!(View::Themes { theme: Some(t.id.as_str()) }.page_title(c, lang), titled(t.name.get(lang)));
            let chip = View::Omkering { mode: None, step: None, select: Some(Select::Theme(t.id.as_str())) };
            assert_eq!(chip.page_title(c, lang), titled(t.name.get(lang)));
        }
        for p in c.development_points.iter() {
            assert_eq!(View::Development { point: Some(p.id.as_str()) }.page_title(c, lang), titled(p.name.get(lang)));
        }
        for a in c.layer_actors.iter() {
            let name = c.actors.iter().find(|x| x.id == *a).expect("a layer's actor").name.get(lang);
            assert_eq!(View::Layers { layer: Some(a.as_str()) }.page_title(c, lang), titled(name));
        }
        for m in c.modes.iter() {
            let mode = route_mode(m.id.as_str());
            for (i, s) in m.steps.iter().enumerate() {
                assert_eq!(View::Omkering { mode, step: Some(i), select: None }.page_title(c, lang), titled(s.title.get(lang)));
            }
        }
        let doc = &c.documents[0];
        let cell = View::Map { filter: Filter::NONE, cell: Some(MapCell { doc: doc.id.as_str(), theme: None }) };
        assert_eq!(cell.page_title(c, lang), titled(doc.title.get(lang)));
        let actor = &c.actors[0];
        let chosen = View::Omkering { mode: None, step: Some(0), select: Some(Select::Actor(actor.id.as_str())) };
        assert_eq!(chosen.page_title(c, lang), titled(actor.name.get(lang)));
    }
}
