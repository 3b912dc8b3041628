//! Issue 10, "Bad routes": property tests of the route parser, the `view` attribute and the URL
//! hash with hostile input: arbitrary bytes, very long text, broken percent-encoding, unknown
//! views, steps and slides out of range, and script-like text in every position. Every input
//! opens a valid route (it formats and parses back to itself, every id in it is the content's),
//! and an input without a problem is the route's canonical text up to the harmless variations
//! listed at [`relaxed`].
#![cfg(not(target_arch = "wasm32"))]

use omkering::present::session::Session;
use omkering::config::{Config, ATTRIBUTES};
use omkering::content::Lang;
use omkering::embedded::CONTENT;
use omkering::present::deck::steps_of;
use omkering::route::{Parsed, Problem, Route, SearchText, Select, View, MAX_LEN};
use omkering::state::State;
mod common;

use common::property;
use proptest::prelude::*;

const PAYLOADS: &[&str] = &[
    "<img src=x onerror=alert(1)>", "\"><script>alert(1)</script>", "javascript:alert(1)", "</title><svg onload=alert(1)>",
    "'-alert(1)-'", "${alert(1)}", "{{constructor.constructor('alert(1)')()}}", "<a href=\"javascript:alert(1)\">x</a>",
    "data:text/html;base64,PHNjcmlwdD4=", "&lt;script&gt;", "\u{202e}evil\u{0}", "onerror=alert(1)//",
];
const VIEWS: &[&str] = &[
    "omkering", "themes", "map", "search", "development", "assessment", "context", "layers", "tracks", "timeline", "begrippen", "finance", "present", "presenter",
];

fn themes() -> impl Iterator<Item = &'static str> { CONTENT.themes.iter().map(|t| t.id.as_str()) }
fn docs() -> impl Iterator<Item = &'static str> { CONTENT.documents.iter().map(|d| d.id.as_str()) }

/// Whether `id` is none or one of `ids`.
fn known(mut ids: impl Iterator<Item = &'static str>, id: Option<&str>) -> bool {
    id.is_none_or(|id| ids.any(|x| x == id))
}

/// Percent-encodes every byte but letters, digits and `-._~`.
fn escape(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() || b"-._~".contains(&b) { char::from(b).to_string() } else { format!("%{b:02X}") }).collect()
}

/// Percent-decodes strictly: two hex digits after every `%`, and UTF-8.
fn unescape(s: &str) -> Option<String> {
    let (mut out, mut bytes) = (Vec::new(), s.bytes());
    while let Some(b) = bytes.next() {
        let hex = if b == b'%' { Some([bytes.next()?, bytes.next()?]) } else { None };
        out.push(match hex {
            Some(h) => u8::from_str_radix(std::str::from_utf8(&h).ok().filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))?, 16).ok()?,
            None => b,
        });
    }
    String::from_utf8(out).ok()
}

/// The search words as a route keeps them: without spaces around, cut at 80 bytes.
fn bounded(s: &str) -> String {
    let s = s.trim();
    let mut end = s.len().min(SearchText::CAPACITY);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].trim_end().to_string()
}

/// A route text up to the variations the parser takes without a problem (by design: "parsing
/// never fails", and tests/route.rs `harmless_variations_are_accepted`): spaces around it and
/// leading `#`s; empty path segments; any character percent-encoded; leading zeros of numbers;
/// the default mode written out; no slide (slide 1) or step 1 of a slide written out; asks in
/// another order or twice; empty query pairs; parameters in another order, a map filter twice
/// (the last counts), `q` twice (the first counts), the language in capitals or the default
/// language written out; search words with spaces around them, or longer than 80 bytes (cut).
fn relaxed(text: &str, default: Lang) -> Option<(Vec<String>, Vec<(String, String)>)> {
    let text = text.trim().trim_start_matches('#');
    let (path, query) = text.split_once('?').unwrap_or((text, ""));
    let mut segs = path.split('/').filter(|s| !s.is_empty()).map(unescape).collect::<Option<Vec<_>>>()?;
    for s in segs.iter_mut().filter(|s| s.bytes().all(|b| b.is_ascii_digit())) {
        *s = format!("{}", s.parse::<u128>().ok()?);
    }
    match segs.first().map(String::as_str) {
        Some("omkering") if segs.get(1).is_some_and(|m| *m == CONTENT.default_mode.as_str()) => _ = segs.remove(1),
        Some("present" | "presenter") if segs.len() == 1 => segs.push("1".into()),
        Some("present" | "presenter") if segs.len() == 3 && segs[2] == "1" => _ = segs.pop(),
        Some("finance") => (segs[1..].sort(), segs.dedup()).1,
        _ => {}
    }
    let mut params: Vec<(String, String)> = Vec::new();
    for (k, v) in query.split('&').filter(|p| !p.is_empty()).map(|p| p.split_once('=')).collect::<Option<Vec<_>>>()? {
        let v = unescape(v)?;
        let v = if k == "lang" { v.to_ascii_lowercase() } else if k == "q" { bounded(&v) } else { v };
        match params.iter().position(|(x, _)| x == k) {
            Some(_) if k == "q" => {}
            Some(i) => params[i].1 = v,
            None => params.push((k.to_string(), v)),
        }
    }
    params.retain(|(k, v)| !(k == "lang" && v == default.code()) && !(k == "q" && v.is_empty()));
    // A session's slides by hand (`dias`) win over a named one; slides that make one of the
    // content's sessions are that session, and the first session is written as none.
    if let Some(i) = params.iter().position(|(k, _)| k == "dias") {
        params.retain(|(k, _)| k != "sessie");
        let i = params.iter().position(|(k, _)| k == "dias").unwrap_or(i);
        let ids: Vec<&str> = params[i].1.split(',').collect();
        let preset = CONTENT.tour.sessions.iter().find(|p| p.slides.iter().map(|s| CONTENT.tour.slides[usize::from(*s)].id.as_str()).eq(ids.iter().copied()));
        if let Some(p) = preset {
            params[i] = ("sessie".into(), p.id.to_string());
        }
    }
    params.retain(|(k, v)| !(k == "sessie" && *v == CONTENT.tour.sessions[0].id.as_str()));
    params.sort();
    Some((segs, params))
}

/// Checks that `route` is valid: every id in it is the content's and every number in range, and
/// it formats to a text that parses back to it without a problem.
fn valid(route: Route, default: Lang) -> Result<(), TestCaseError> {
    let c = &CONTENT;
    let ok = match route.view {
        View::Omkering { mode, step, select } => {
            let m = c.mode(mode);
            let (actor, theme) = match select { Some(Select::Actor(a)) => (Some(a), None), Some(Select::Theme(t)) => (None, Some(t)), None => (None, None) };
            mode.is_none_or(|id| id == m.id.as_str() && id != c.default_mode.as_str())
                && step.is_none_or(|s| s < m.steps.len())
                && known(m.placement.slots().iter().map(|(_, x)| x.as_str()), actor)
                && known(themes(), theme)
        }
        View::Themes { theme } => known(themes(), theme),
        View::Map { filter: f, cell } => {
            known(docs(), f.doc) && known(c.actors.iter().map(|a| a.id.as_str()), f.actor) && known(themes(), f.theme)
                && cell.is_none_or(|cell| known(docs(), Some(cell.doc)) && known(themes(), cell.theme))
        }
        View::Development { point } => known(c.development_points.iter().map(|p| p.id.as_str()), point),
        View::Layers { layer } => known(c.layer_actors.iter().map(|a| a.as_str()), layer),
        View::Tracks { track } => known(c.track_ids.iter().map(|a| a.as_str()), track),
        View::Glossary { term } => known(c.term_slugs.iter().map(|s| s.as_str()), term),
        View::Finance { on } => u32::from(on) < 1 << c.ask_topics.len().min(8),
        View::Present { slide, step, session } | View::Presenter { slide, step, session } => {
            let slides: Vec<usize> = session.slides(c).collect();
            Session::checked(slides.iter().copied(), c) == (session, false)
                && slides.get(usize::from(slide)).is_some_and(|i| usize::from(step) < steps_of(c, *i))
        }
        View::Session { session } | View::Guide { session } => Session::checked(session.slides(c), c) == (session, false),
        View::Start | View::Handout | View::Search | View::Assessment | View::Context | View::Timeline => true,
    };
    prop_assert!(ok, "{:?} holds an id or number the content does not have", route);
    let words = route.search.as_str();
    prop_assert!(words.len() <= SearchText::CAPACITY && words == words.trim(), "{:?}", words);
    let text = route.format(default, &CONTENT);
    prop_assert_eq!(Route::parse(&text, default, &CONTENT), Parsed { route, problem: None }, "{}", text);
    Ok(())
}

/// Checks that `text` opened `parsed` with a problem, or is its canonical text up to [`relaxed`].
fn noticed(text: &str, default: Lang, parsed: Parsed) -> Result<(), TestCaseError> {
    if parsed.problem.is_none() {
        let canonical = parsed.route.format(default, &CONTENT);
        let variant = relaxed(text, default);
        prop_assert!(variant.is_some() && variant == relaxed(&canonical, default), "{:?} opens {} without a notice", text, canonical);
    }
    Ok(())
}

/// Parses `text` and checks both rules, and that text beyond [`MAX_LEN`] opens the start with a
/// notice; the outcome, for checks of its own.
fn check(text: &str, default: Lang) -> Result<Parsed, TestCaseError> {
    let parsed = Route::parse(text, default, &CONTENT);
    if text.len() > MAX_LEN {
        prop_assert_eq!(parsed, Parsed { route: Route::new(View::Start, default), problem: Some(Problem::Malformed) });
    }
    valid(parsed.route, default)?;
    noticed(text, default, parsed)?;
    Ok(parsed)
}

fn lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::Nl), Just(Lang::En)]
}

/// Text made of the route's own words, ids, numbers and parameters, right and wrong: any words
/// in any order, or a view followed by the words of that view (some percent-encoded).
fn route_text() -> impl Strategy<Value = String> {
    let c = &CONTENT;
    let strs = |l: &'static [omkering::content::Str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let nums: Vec<String> = ["", "0", "1", "2", "3", "4", "01", "007", "12", "99"].map(String::from).into();
    let mut omk: Vec<String> = ["stap", "actor", "thema"].map(String::from).into();
    omk.extend(c.modes.iter().map(|m| m.id.to_string()).chain(themes().take(3).map(String::from)).chain(nums.clone()));
    omk.extend(c.modes.iter().flat_map(|m| m.placement.slots().map(|(_, a)| a.to_string())).take(6));
    let (default, other) = (c.default_mode.as_str(), c.modes.iter().map(|m| m.id.as_str()).find(|m| *m != c.default_mode.as_str()).unwrap_or_default());
    let actors = omk[omk.len() - 6..].to_vec();
    let shapes = vec![
        ("omkering".to_string(), omk),
        ("omkering/stap".into(), nums.clone()),
        (format!("omkering/{default}/stap"), nums.clone()),
        (format!("omkering/{other}/stap/2/actor"), actors.clone()),
        (format!("omkering/{default}/actor"), actors),
        ("omkering/stap/1/thema".into(), themes().map(String::from).collect()),
        ("present".into(), nums.clone()),
        ("presenter".into(), nums.clone()),
        ("session".into(), nums.clone()),
        ("guide".into(), nums.clone()),
        ("finance".into(), strs(c.ask_topics.0)),
        ("map".into(), docs().take(4).chain(themes()).chain(["outside"]).map(String::from).collect()),
        ("themes".into(), themes().map(String::from).collect()),
        ("development".into(), c.development_points.iter().map(|p| p.id.to_string()).collect()),
        ("layers".into(), strs(c.layer_actors.0)),
        ("tracks".into(), strs(c.track_ids.0)),
        ("begrippen".into(), strs(c.term_slugs.0)),
    ];
    let mut words: Vec<String> = VIEWS.iter().chain(&["outside", "%6Fmkering", "%zz"]).map(|s| s.to_string()).collect();
    words.extend(shapes.iter().flat_map(|(_, w)| w.iter().cloned()));
    let any_words = prop::collection::vec(prop::sample::select(words), 0..6);
    let shaped = prop::sample::select(shapes).prop_flat_map(|(view, vocab)| {
        let rest = prop::collection::vec((prop::sample::select(vocab), prop::bool::weighted(0.15)), 0..5);
        rest.prop_map(move |r| std::iter::once(view.clone()).chain(r.into_iter().map(|(w, all)| if all { w.bytes().map(|b| format!("%{b:02X}")).collect() } else { w })).collect())
    });
    let mut pairs: Vec<String> = ["lang=en", "lang=EN", "lang=nl", "lang=%65n", "lang=fr", "", "x=1", "q=%20zorg%20", "q=", "q=a&q=b"].map(String::from).into();
    pairs.extend(docs().take(2).map(|d| format!("doc={d}")).chain(themes().take(2).map(|t| format!("theme={t}"))).chain(["actor=g40".into(), "doc=nergens".into()]));
    pairs.extend(["sessie=kort", "sessie=lang", "sessie=standaard", "sessie=nergens", "dias=dia-titel,dia-g40", "dias=dia-slot,dia-x,dia-omkering", "dias=", "dias=,,", "dias=dia-omkering%2Cdia-slot"].map(String::from));
    let prefix = prop::sample::select(vec!["", "/", "#", "#/", "//", "  /", "##/"]);
    (prefix, prop_oneof![any_words, shaped], prop::collection::vec(prop::sample::select(pairs), 0..3))
        .prop_map(|(pre, segs, q)| format!("{pre}{}{}{}", segs.join("/"), if q.is_empty() { "" } else { "?" }, q.join("&")))
}

/// Any text: raw bytes, route-like text, long runs, script in every position.
fn hostile_text() -> impl Strategy<Value = String> {
    let bytes = prop::collection::vec(prop_oneof![any::<u8>(), prop::sample::select(&b"/%?&=#0123456789abcdef"[..])], 0..300);
    let runs = prop::sample::select(vec!["/", "%", "%%", "%2F", "/%C0%AF", "a", "é", "/themes", "&lang=en", "?lang=en&", "\u{0}"]);
    let long = (route_text(), runs, 1..4000usize).prop_map(|(base, run, n)| format!("{base}{}", run.repeat(n)));
    prop_oneof![bytes.prop_map(|b| String::from_utf8_lossy(&b).into_owned()), long, route_text(), script_in_place()]
}

/// A payload, raw or percent-encoded, in each place of a route but the search words.
fn script_in_place() -> impl Strategy<Value = String> {
    let places = vec![
        "/{}", "/{}?lang=en", "/themes/{}", "/development/{}", "/omkering/{}", "/omkering/stap/{}", "/omkering/actor/{}", "/omkering/thema/{}",
        "/map/{}/outside", "/map?doc={}", "/map?actor={}", "/map?theme={}", "/layers/{}", "/tracks/{}", "/begrippen/{}", "/finance/{}", "/present/{}",
        "/presenter/1/{}", "/context?{}=1", "/context?lang={}", "/search?{}=1", "/context#{}",
    ];
    (prop::sample::select(places), prop::sample::select(PAYLOADS), any::<bool>())
        .prop_map(|(place, p, raw)| place.replace("{}", &if raw { p.to_string() } else { escape(p) }))
}

#[test]
fn any_text_even_long_opens_a_valid_route_and_a_notice_unless_canonical() {
    property(5000, (hostile_text(), lang()), |(text, default)| check(&text, default).map(drop));
}

#[test]
fn route_like_text_opens_a_valid_route_and_a_notice_unless_canonical() {
    property(5000, (route_text(), lang()), |(text, default)| check(&text, default).map(drop));
}

#[test]
fn broken_percent_encoding_is_malformed_wherever_it_is() {
    let broken = prop::sample::select(vec!["%", "%4", "%zz", "%g0", "%FF%FE", "%C0%AF", "%E2%82", "%ED%A0%80", "%F8%88%80%80%80", "%%41"]);
    property(4000, (route_text(), broken, any::<prop::sample::Index>(), lang()), |(base, bad, at, default)| {
        // A valid route's canonical text, with the broken escape at the end of one part of it.
        let text = Route::parse(&base, default, &CONTENT).route.format(default, &CONTENT);
        let (path, query) = text.split_once('?').unwrap_or((&text, ""));
        let mut segs: Vec<String> = path.split('/').filter(|s| !s.is_empty()).map(String::from).chain([String::new()]).collect();
        let mut pairs: Vec<String> = query.split('&').filter(|s| !s.is_empty()).map(String::from).collect();
        let i = at.index(segs.len() + pairs.len());
        let part = if i < segs.len() { &mut segs[i] } else { &mut pairs[i - segs.len()] };
        part.push_str(bad);
        let want = if part.starts_with("lang=") { Problem::UnknownLanguage } else { Problem::Malformed };
        let text = format!("/{}{}{}", segs.join("/"), if pairs.is_empty() { "" } else { "?" }, pairs.join("&"));
        prop_assert_eq!(check(&text, default)?.problem, Some(want), "{}", text);
        Ok(())
    });
}

#[test]
fn an_unknown_view_opens_the_start_with_a_notice() {
    let word = prop_oneof![
        ("[A-Za-z0-9._~-]{1,24}", any::<bool>())
            .prop_filter("not a view", |(w, _)| !VIEWS.contains(&w.as_str()))
            .prop_map(|(w, all)| if all { w.bytes().map(|b| format!("%{b:02x}")).collect() } else { w }),
        prop::sample::select(VIEWS).prop_map(|v| v.to_uppercase()),
        prop::sample::select(VIEWS).prop_map(|v| format!("{v}\u{301}")),
    ];
    property(3000, (word, route_text(), prop::sample::select(vec!["", "?lang=en", "?lang=nl", "?x=1"]), lang()), |(w, tail, q, default)| {
        // The tail without its query and without the broken escape, which would be noted first.
        let text = format!("/{w}/{}{q}", tail.split(['?', '#']).next().unwrap_or("").replace("%zz", ""));
        let parsed = check(&text, default)?;
        prop_assert_eq!((parsed.route.view, parsed.problem), (View::Start, Some(Problem::UnknownView)), "{}", text);
        Ok(())
    });
}

/// A number outside `1..=max`, or text that is no number.
fn outside(max: usize) -> impl Strategy<Value = String> {
    let max = max as u64;
    prop_oneof![
        prop_oneof![Just(0), max + 1..max + 40, max + 40..u64::MAX].prop_map(|n| n.to_string()),
        prop::sample::select(vec!["-1", "+1", "1.0", "1e1", "x", "\u{663}", "1%20", "0x1", "%31%2E", "99999999999999999999999"]).prop_map(String::from),
    ]
}

#[test]
fn a_step_out_of_range_opens_the_overview_with_a_notice() {
    let c = &CONTENT;
    let case = (0..c.modes.len(), any::<bool>()).prop_flat_map(|(m, spelled)| (Just(m), Just(spelled), outside(c.modes[m].steps.len())));
    property(3000, (case, lang()), |((m, spelled, n), default)| {
        let id = c.modes[m].id.as_str();
        let mode = (id != c.default_mode.as_str()).then_some(id);
        let text = if mode.is_some() || spelled { format!("/omkering/{id}/stap/{n}") } else { format!("/omkering/stap/{n}") };
        let parsed = check(&text, default)?;
        prop_assert_eq!((parsed.route.view, parsed.problem), (View::Omkering { mode, step: None, select: None }, Some(Problem::StepOutOfRange)), "{}", text);
        Ok(())
    });
}

#[test]
fn a_slide_or_slide_step_out_of_range_opens_the_first_with_a_notice() {
    let c = &CONTENT;
    let session: Vec<usize> = Session::DEFAULT.slides(c).collect();
    let slides = session.len();
    let case = (0..slides, any::<bool>()).prop_flat_map(move |(s, bad_slide)| (Just(s), outside(if bad_slide { slides } else { steps_of(c, session[s]) }), Just(bad_slide)));
    property(3000, (case, any::<bool>(), lang()), |((s, n, bad_slide), presenter, default)| {
        let name = if presenter { "presenter" } else { "present" };
        let (text, slide, want) = if bad_slide { (format!("/{name}/{n}"), 0, Problem::UnknownItem) } else { (format!("/{name}/{}/{n}", s + 1), s as u8, Problem::StepOutOfRange) };
        let view = if presenter { View::Presenter { slide, step: 0, session: Session::DEFAULT } } else { View::Present { slide, step: 0, session: Session::DEFAULT } };
        prop_assert_eq!(check(&text, default)?, Parsed { route: Route::new(view, default), problem: Some(want) }, "{}", text);
        Ok(())
    });
}

#[test]
fn script_like_text_anywhere_but_the_search_words_gives_a_notice() {
    property(3000, (script_in_place(), lang()), |(text, default)| {
        prop_assert!(check(&text, default)?.problem.is_some(), "{}", text);
        Ok(())
    });
}

#[test]
fn script_like_search_words_are_kept_as_text_and_keep_the_search_view() {
    let words = (prop::sample::select(PAYLOADS), "\\PC{0,40}", "\\PC{0,120}", any::<bool>()).prop_map(|(p, a, b, raw)| (format!("{a}{p}{b}"), raw && !p.contains('&')));
    property(4000, (words, lang(), lang()), |((words, raw), lang, default)| {
        let q = if raw && !words.contains(['&', '%']) { words.clone() } else { escape(&words) };
        let text = format!("/search?q={q}{}", if lang == default { String::new() } else { format!("&lang={}", lang.code()) });
        let parsed = check(&text, default)?;
        if text.len() > MAX_LEN {
            return Ok(());
        }
        let kept = parsed.route.search.as_str();
        prop_assert_eq!((parsed.route.view, parsed.route.lang, parsed.problem), (View::Search, lang, None));
        prop_assert!(words.trim().starts_with(kept) && kept.len() <= SearchText::CAPACITY, "{:?} from {:?}", kept, words);
        prop_assert_eq!(kept, bounded(&words));
        Ok(())
    });
}

#[test]
fn a_bad_view_attribute_or_hash_opens_a_valid_view_with_a_warning_or_notice() {
    let allowed = ATTRIBUTES.iter().find(|(n, _)| *n == "view").map(|(_, a)| *a).unwrap_or_default();
    let lang_attr = prop::sample::select(vec![None, Some("en"), Some("nl")]);
    property(4000, (hostile_text(), lang_attr), |(text, lang)| {
        let mut attrs = vec![("view".to_string(), text.clone())];
        attrs.extend(lang.map(|l| ("lang".to_string(), l.to_string())));
        let (config, warnings) = Config::from_attributes(&attrs, &CONTENT);
        valid(config.start, config.lang)?;
        noticed(text.trim(), config.lang, Parsed { route: config.start, problem: config.start_problem })?;
        let view_warnings: Vec<String> = warnings.iter().filter(|w| w.attribute == "view").map(ToString::to_string).collect();
        prop_assert_eq!(view_warnings.len(), usize::from(config.start_problem.is_some()), "{:?}", warnings);
        prop_assert!(view_warnings.iter().all(|w| w.contains("view=\"") && w.contains(allowed) && w.chars().count() < allowed.len() + 200), "{:?}", view_warnings);
        let state = State::new(config, &CONTENT, None);
        prop_assert_eq!((state.route, state.notice), (config.start, config.start_problem));
        // Through the URL hash of an element with url-sync="hash" (a pasted link).
        let (config, _) = Config::from_attributes(&[("url-sync".into(), "hash".into())], &CONTENT);
        let hash = format!("#{text}");
        let state = State::new(config, &CONTENT, Some(&hash));
        valid(state.route, config.lang)?;
        if !omkering::route::is_route_hash(&hash) {
            // Not a route: the host page's own anchor (issue 19), which opens nothing and says nothing.
            prop_assert_eq!((state.route, state.notice), (config.start, None));
            return Ok(());
        }
        noticed(&text, config.lang, Parsed { route: state.route, problem: state.notice })
    });
}
