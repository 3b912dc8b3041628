//! The view state as a route: which view, which item, which step, which language.
//!
//! One syntax serves the URL hash of the standalone page, the `view` attribute of the element and
//! share links: `/`, `/omkering[/<mode>][/stap/<n>][/actor/<id>|/thema/<id>]` (the mode is left
//! out for the default mode), `/themes`, `/themes/<theme>`, `/map[/<document>/<theme>|/<document>/outside]`
//! with the filters `?doc=<id>&actor=<id>&theme=<id>`, `/search?q=<text>`, `/development`,
//! `/development/<point>`, `/assessment`, `/context`, `/layers[/<layer actor>]`, `/finance[/<ask>…]`, `/tracks[/<track>]`,
//! `/timeline`, `/present/<slide>[/<step>]` and `/presenter/<slide>[/<step>]` (with the session:
//! `?sessie=<id>` or `?dias=<slide id>,…`), each
//! optionally followed by `lang=en` in the query. Steps
//! count from 1. Parsing never fails: a broken route opens the nearest valid view and says what
//! was wrong.

mod history;
mod map;
mod omkering;
mod present;
mod text;
mod title;
mod views;

pub use history::{hash_write, HashWrite};
pub use map::{Filter, MapCell};
pub use text::{Inline, SearchText};
pub use present::session_of;
pub use views::{Entry, Select, View, ENTRIES, SECTIONS};

use crate::content::{Content, Lang};
use text::decode;

/// The longest route text that is read at all; longer input is not a link this app made (the
/// longest it makes: a session of 32 slides with ids of 24 characters, about 850).
pub const MAX_LEN: usize = 1024;

impl View {
    /// The same view in its one canonical form: the default mode is written as no mode, and a
    /// presentation's position is one the tour has (`Deck::clamp`).
    pub fn canonical(self, content: &'static Content) -> View {
        use crate::present::deck::{Deck, Position};
        match self {
            View::Session { session } => View::Session { session: session.rechecked(content).0 },
            View::Guide { session } => View::Guide { session: session.rechecked(content).0 },
            View::Present { session, .. } | View::Presenter { session, .. } => {
                let (session, _) = session.rechecked(content);
                let at = Deck::new(content, session).clamp(Position::of(self).unwrap_or_default());
                if matches!(self, View::Present { .. }) { at.present(session) } else { at.presenter(session) }
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
    /// is `default_lang`. Looks the asks' ids up in `content`, as `parse` does.
    pub fn format(&self, default_lang: Lang, content: &'static Content) -> String {
        let mut out = String::from("/");
        let mut params: views::Params = Vec::new();
        let entry = self.view.entry();
        out.push_str(entry.segment);
        (entry.format)(self, content, &mut out, &mut params);
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

/// The view named by the path segments and query parameters, and the problem if they do not
/// all fit.
fn view_of(segments: &[String], params: &[(&str, String)], content: &'static Content) -> (View, Option<Problem>) {
    let first = segments.first().map_or("", String::as_str);
    let rest = segments.get(1..).unwrap_or_default();
    let Some(entry) = views::by_segment(first) else { return (View::Start, Some(Problem::UnknownView)) };
    // The parameters each view reads; any other is a problem.
    let stray = params.iter().any(|(k, _)| !entry.params.contains(k));
    let (view, used, problem) = entry.read(rest, params, content);
    let extra = rest.len() > used && problem.is_none();
    (view, problem.or(extra.then_some(Problem::Malformed)).or(stray.then_some(Problem::Malformed)))
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

