//! The view state as a route: which view, which item, which step, which language.
//!
//! One syntax serves the URL hash of the standalone page, the `view` attribute of the element and
//! share links: `/`, `/omkering[/<mode>][/stap/<n>][/actor/<id>|/thema/<id>]` (the mode is left
//! out for the default mode), `/themes`, `/themes/<theme>`, `/map[/<document>/<theme>|/<document>/outside]`
//! with the filters `?doc=<id>&actor=<id>&theme=<id>`, `/search?q=<text>`, `/development`,
//! `/development/<point>`, `/assessment`, `/context`, `/layers[/<layer actor>]`, `/finance[/<ask>…]`, `/tracks[/<track>]`,
//! `/timeline`, `/present/<slide>[/<step>]` and `/presenter/<slide>[/<step>]`, each
//! optionally followed by `lang=en` in the query. Steps
//! count from 1. Parsing never fails: a broken route opens the nearest valid view and says what
//! was wrong.

mod map;
mod omkering;
mod present;
mod text;

pub use map::{Filter, MapCell};
pub use text::{Inline, SearchText};

use crate::content::{Content, Lang};
use text::decode;

/// The longest route text that is read at all; longer input is not a link this app made.
pub const MAX_LEN: usize = 512;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum View {
    Start,
    /// The omkering view; `mode` is a mode id other than the default mode (none: the default
    /// mode), `step` is 0-based (none: the overview), `select` what the detail panel shows.
    Omkering { mode: Option<&'static str>, step: Option<usize>, select: Option<Select> },
    Themes { theme: Option<&'static str> },
    /// The map across the documents: the filters, and the matrix cell whose topics are listed.
    Map { filter: Filter, cell: Option<MapCell> },
    /// The search; its words are in [`Route::search`], so a view stays small (it is copied into
    /// every link).
    Search,
    Development { point: Option<&'static str> },
    /// The workshop self-assessment of the development points (its data is in the browser's
    /// storage, not in the route).
    Assessment,
    Context,
    /// The layers of government, part of the context; `layer` is a layer's actor id.
    Layers { layer: Option<&'static str> },
    /// The three tracks of the joint preparation, part of the context; `track` is a track's id.
    Tracks { track: Option<&'static str> },
    /// The documents and the dated events in time, part of the context.
    Timeline,
    /// The financial asks on the balance, part of the context: bit `i` set when the `i`-th ask
    /// (in content order) is switched on.
    Finance { on: u8 },
    /// The presentation: a slide of the tour and a step of it, both from 0 (the route counts
    /// from 1).
    Present { slide: u8, step: u8 },
    /// The presenter view for the laptop screen, following the same slide as the presentation.
    Presenter { slide: u8, step: u8 },
}

impl View {
    /// The top-level views, in navigation order, with their path segment.
    pub const SECTIONS: [(View, &'static str); 7] = [
        (View::Start, ""),
        (View::Omkering { mode: None, step: None, select: None }, "omkering"),
        (View::Themes { theme: None }, "themes"),
        (View::Map { filter: Filter::NONE, cell: None }, "map"),
        (View::Development { point: None }, "development"),
        (View::Context, "context"),
        (View::Search, "search"),
    ];

    /// The top-level view this view belongs to (the one the navigation marks as current).
    pub fn section(self) -> View {
        match self {
            View::Start | View::Present { .. } | View::Presenter { .. } => View::Start,
            View::Omkering { .. } => View::Omkering { mode: None, step: None, select: None },
            View::Themes { .. } => View::Themes { theme: None },
            View::Map { .. } => View::Map { filter: Filter::NONE, cell: None },
            View::Search => View::Search,
            View::Development { .. } | View::Assessment => View::Development { point: None },
            View::Context | View::Layers { .. } | View::Finance { .. } | View::Tracks { .. } | View::Timeline => View::Context,
        }
    }
}

impl View {
    /// The page this view is on: views that differ only in what they show inside one page (a
    /// step, a selected actor, theme, point, layer, track or cell, filters, asks switched on,
    /// search words, a slide) are one page. Opening another page moves the focus to it.
    pub fn page(self) -> View {
        match self {
            View::Omkering { .. } => View::Omkering { mode: None, step: None, select: None },
            View::Themes { .. } => View::Themes { theme: None },
            View::Map { .. } => View::Map { filter: Filter::NONE, cell: None },
            View::Development { .. } => View::Development { point: None },
            View::Layers { .. } => View::Layers { layer: None },
            View::Tracks { .. } => View::Tracks { track: None },
            View::Finance { .. } => View::Finance { on: 0 },
            View::Present { .. } => View::Present { slide: 0, step: 0 },
            View::Presenter { .. } => View::Presenter { slide: 0, step: 0 },
            View::Start | View::Search | View::Assessment | View::Context | View::Timeline => self,
        }
    }
}

impl View {
    /// The heading and introduction of a view: its own for the context views, else its section's.
    pub fn texts(self, ui: &crate::content::Ui) -> &crate::content::ui_text::ViewText {
        match self {
            View::Layers { .. } => &ui.layers,
            View::Finance { .. } => &ui.finance,
            View::Tracks { .. } => &ui.tracks,
            View::Timeline => &ui.timeline,
            View::Start => &ui.start,
            View::Present { .. } => &ui.present,
            View::Presenter { .. } => &ui.presenter,
            View::Omkering { .. } => &ui.omkering,
            View::Themes { .. } => &ui.themes,
            View::Map { .. } => &ui.map,
            View::Search => &ui.search,
            View::Development { .. } => &ui.development,
            View::Assessment => &ui.assessment,
            View::Context => &ui.context,
        }
    }
}

/// What the omkering view's detail panel shows: an actor or one of the theme chips.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Select {
    Actor(&'static str),
    Theme(&'static str),
}

impl View {
    /// The same view in its one canonical form: the default mode is written as no mode, and a
    /// presentation's position is one the tour has (`Deck::clamp`).
    pub fn canonical(self, content: &'static Content) -> View {
        use crate::present::deck::{Deck, Position};
        match self {
            View::Present { .. } | View::Presenter { .. } => {
                let at = Deck::new(content).clamp(Position::of(self).unwrap_or_default());
                if matches!(self, View::Present { .. }) { at.present() } else { at.presenter() }
            }
            View::Omkering { mode: Some(m), step, select } if m == content.default_mode.as_str() => {
                View::Omkering { mode: None, step, select }
            }
            v => v,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Route {
    pub view: View,
    pub lang: Lang,
    /// The words of the search view (kept when another view opens, so the search comes back
    /// as it was).
    pub search: SearchText,
}

/// What was wrong with a route that could not be opened as it was.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Problem {
    Malformed,
    UnknownView,
    UnknownItem,
    StepOutOfRange,
    UnknownLanguage,
}

/// The outcome of parsing: always a route, and the first problem met, if any.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Parsed {
    pub route: Route,
    pub problem: Option<Problem>,
}

impl Route {
    pub fn new(view: View, lang: Lang) -> Self {
        Route { view, lang, search: SearchText::EMPTY }
    }

    /// Reads a route from a hash or an attribute. `lang` is the language when the route names
    /// none. Looks ids up in `content`, so the route holds only ids that exist.
    pub fn parse(input: &str, lang: Lang, content: &'static Content) -> Parsed {
        let start = Parsed { route: Route::new(View::Start, lang), problem: None };
        if input.len() > MAX_LEN {
            return Parsed { problem: Some(Problem::Malformed), ..start };
        }
        let input = input.trim().trim_start_matches('#');
        let (path, query) = input.split_once('?').unwrap_or((input, ""));
        let mut parsed = start;
        let note = |p: Problem, parsed: &mut Parsed| {
            parsed.problem.get_or_insert(p);
        };
        // The language is read here; the other parameters belong to the view.
        let mut params = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("lang", code)) => match decode(code).as_deref().and_then(Lang::from_code) {
                    Some(l) => parsed.route.lang = l,
                    None => note(Problem::UnknownLanguage, &mut parsed),
                },
                Some((key, value)) => match decode(value) {
                    Some(v) => params.push((key, v)),
                    None => note(Problem::Malformed, &mut parsed),
                },
                None => note(Problem::Malformed, &mut parsed),
            }
        }
        let mut segments = Vec::new();
        for raw in path.split('/').filter(|s| !s.is_empty()) {
            match decode(raw) {
                Some(s) => segments.push(s),
                None => {
                    note(Problem::Malformed, &mut parsed);
                    break;
                }
            }
        }
        let (view, problem) = view_of(&segments, &params, content);
        parsed.route.view = view;
        if view == View::Search {
            parsed.route.search = params.iter().find(|(k, _)| *k == "q").map_or(SearchText::EMPTY, |(_, v)| SearchText::new(v));
        }
        if let Some(p) = problem {
            note(p, &mut parsed);
        }
        parsed
    }

    /// The route as text, for the hash and for share links. The language is left out when it
    /// is `default_lang`.
    pub fn format(&self, default_lang: Lang) -> String {
        let mut out = String::from("/");
        let mut params: Vec<(&'static str, String)> = Vec::new();
        match self.view {
            View::Start => {}
            View::Omkering { mode, step, select } => {
                out.push_str("omkering");
                if let Some(m) = mode {
                    out.push('/');
                    out.push_str(m);
                }
                if let Some(s) = step {
                    out.push_str(&format!("/stap/{}", s + 1));
                }
                match select {
                    Some(Select::Actor(a)) => push_item(&mut out, "/actor", Some(a)),
                    Some(Select::Theme(t)) => push_item(&mut out, "/thema", Some(t)),
                    None => {}
                }
            }
            View::Themes { theme } => push_item(&mut out, "themes", theme),
            View::Map { filter, cell } => map::format(&mut out, filter, cell, &mut params),
            View::Search => {
                out.push_str("search");
                if !self.search.is_empty() {
                    params.push(("q", text::encode(self.search.as_str())));
                }
            }
            View::Development { point } => push_item(&mut out, "development", point),
            View::Assessment => out.push_str("assessment"),
            View::Context => out.push_str("context"),
            View::Layers { layer } => push_item(&mut out, "layers", layer),
            View::Tracks { track } => push_item(&mut out, "tracks", track),
            View::Timeline => out.push_str("timeline"),
            View::Present { .. } | View::Presenter { .. } => present::format(&mut out, self.view),
            View::Finance { on } => {
                out.push_str("finance");
                // The asks' ids are the same in every build of the content; the route holds
                // only their positions, to stay a small value.
                for (i, topic) in crate::embedded::content().ask_topics.iter().enumerate().take(8) {
                    if on & (1 << i) != 0 {
                        out.push('/');
                        out.push_str(topic);
                    }
                }
            }
        }
        if self.lang != default_lang {
            params.push(("lang", self.lang.code().to_string()));
        }
        for (i, (key, value)) in params.iter().enumerate() {
            out.push(if i == 0 { '?' } else { '&' });
            out.push_str(key);
            out.push('=');
            out.push_str(value);
        }
        out
    }
}

fn push_item(out: &mut String, section: &str, item: Option<&str>) {
    out.push_str(section);
    if let Some(id) = item {
        out.push('/');
        out.push_str(id);
    }
}

/// The view named by the path segments and query parameters, and the problem if they do not
/// all fit.
fn view_of(segments: &[String], params: &[(&str, String)], content: &'static Content) -> (View, Option<Problem>) {
    let first = segments.first().map_or("", String::as_str);
    let rest = segments.get(1..).unwrap_or_default();
    // The parameters each view reads; any other is a problem.
    let known: &[&str] = match first {
        "map" => &map::PARAMS,
        "search" => &["q"],
        _ => &[],
    };
    let stray = params.iter().any(|(k, _)| !known.contains(k));
    let (view, problem) = view_at(first, rest, params, content);
    (view, problem.or(stray.then_some(Problem::Malformed)))
}

fn view_at(first: &str, rest: &[String], params: &[(&str, String)], content: &'static Content) -> (View, Option<Problem>) {
    if first.is_empty() {
        return (View::Start, None);
    }
    let (view, used, problem) = match first {
        "omkering" => omkering::omkering_view(rest, content),
        "map" => map::parse(rest, params, content),
        "search" => (View::Search, 0, None),
        "themes" => match rest.first() {
            None => (View::Themes { theme: None }, 0, None),
            Some(id) => match lookup(content.themes.iter().map(|t| t.id.as_str()), id) {
                Some(t) => (View::Themes { theme: Some(t) }, 1, None),
                None => (View::Themes { theme: None }, 1, Some(Problem::UnknownItem)),
            },
        },
        "development" => match rest.first() {
            None => (View::Development { point: None }, 0, None),
            Some(id) => match lookup(content.development_points.iter().map(|p| p.id.as_str()), id) {
                Some(p) => (View::Development { point: Some(p) }, 1, None),
                None => (View::Development { point: None }, 1, Some(Problem::UnknownItem)),
            },
        },
        "assessment" => (View::Assessment, 0, None),
        "present" => {
            let ((slide, step), used, problem) = present::parse(rest, content);
            (View::Present { slide, step }, used, problem)
        }
        "presenter" => {
            let ((slide, step), used, problem) = present::parse(rest, content);
            (View::Presenter { slide, step }, used, problem)
        }
        "context" => (View::Context, 0, None),
        "timeline" => (View::Timeline, 0, None),
        "tracks" => match rest.first() {
            None => (View::Tracks { track: None }, 0, None),
            Some(id) => match lookup(content.track_ids.iter().map(|a| a.as_str()), id) {
                Some(t) => (View::Tracks { track: Some(t) }, 1, None),
                None => (View::Tracks { track: None }, 1, Some(Problem::UnknownItem)),
            },
        },
        "finance" => {
            let mut on = 0u8;
            let mut problem = None;
            for segment in rest {
                match content.ask_topics.iter().position(|t| t.as_str() == segment).filter(|i| *i < crate::content::MAX_ASKS) {
                    Some(i) => on |= 1 << i,
                    None => {
                        problem.get_or_insert(Problem::UnknownItem);
                    }
                }
            }
            (View::Finance { on }, rest.len(), problem)
        }
        "layers" => match rest.first() {
            None => (View::Layers { layer: None }, 0, None),
            Some(id) => match lookup(content.layer_actors.iter().map(|a| a.as_str()), id) {
                Some(a) => (View::Layers { layer: Some(a) }, 1, None),
                None => (View::Layers { layer: None }, 1, Some(Problem::UnknownItem)),
            },
        },
        _ => return (View::Start, Some(Problem::UnknownView)),
    };
    let extra = rest.len() > used && problem.is_none();
    (view, problem.or(extra.then_some(Problem::Malformed)))
}

/// Whether a URL hash is the explainer's: empty (the page's first history entry: the start view)
/// or beginning with `/` after its `#`. Any other hash (`#contact`, `#main`) is an anchor of the
/// host page, which an instance with `url-sync="hash"` leaves alone.
pub fn is_route_hash(hash: &str) -> bool {
    let bare = hash.strip_prefix('#').unwrap_or(hash);
    bare.is_empty() || bare.starts_with('/')
}

/// The id in `ids` equal to `want`, as the content's own `'static` string.
pub(crate) fn lookup(mut ids: impl Iterator<Item = &'static str>, want: &str) -> Option<&'static str> {
    ids.find(|id| *id == want)
}

