//! The view state as a route: which view, which item, which step, which language.
//!
//! One syntax serves the URL hash of the standalone page, the `view` attribute of the element and
//! share links: `/`, `/omkering[/<mode>][/stap/<n>][/actor/<id>|/thema/<id>]` (the mode is left
//! out for the default mode), `/themes`, `/themes/<theme>`, `/development`,
//! `/development/<point>`, `/context`, each optionally followed by `?lang=en`. Steps count from
//! 1. Parsing never fails: a broken route opens the nearest valid view and says what was wrong.

use crate::content::{Content, Lang};

/// The longest route text that is read at all; longer input is not a link this app made.
pub const MAX_LEN: usize = 512;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum View {
    Start,
    /// The omkering view; `mode` is a mode id other than the default mode (none: the default
    /// mode), `step` is 0-based (none: the overview), `select` what the detail panel shows.
    Omkering { mode: Option<&'static str>, step: Option<usize>, select: Option<Select> },
    Themes { theme: Option<&'static str> },
    Development { point: Option<&'static str> },
    Context,
}

impl View {
    /// The top-level views, in navigation order, with their path segment.
    pub const SECTIONS: [(View, &'static str); 5] = [
        (View::Start, ""),
        (View::Omkering { mode: None, step: None, select: None }, "omkering"),
        (View::Themes { theme: None }, "themes"),
        (View::Development { point: None }, "development"),
        (View::Context, "context"),
    ];

    /// The top-level view this view belongs to (the one the navigation marks as current).
    pub fn section(self) -> View {
        match self {
            View::Start => View::Start,
            View::Omkering { .. } => View::Omkering { mode: None, step: None, select: None },
            View::Themes { .. } => View::Themes { theme: None },
            View::Development { .. } => View::Development { point: None },
            View::Context => View::Context,
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
    /// The same view in its one canonical form: the default mode is written as no mode.
    pub fn canonical(self, content: &Content) -> View {
        match self {
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
        Route { view, lang }
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
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("lang", code)) => match decode(code).as_deref().and_then(Lang::from_code) {
                    Some(l) => parsed.route.lang = l,
                    None => note(Problem::UnknownLanguage, &mut parsed),
                },
                _ => note(Problem::Malformed, &mut parsed),
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
        let (view, problem) = view_of(&segments, content);
        parsed.route.view = view;
        if let Some(p) = problem {
            note(p, &mut parsed);
        }
        parsed
    }

    /// The route as text, for the hash and for share links. The language is left out when it
    /// is `default_lang`.
    pub fn format(&self, default_lang: Lang) -> String {
        let mut out = String::from("/");
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
            View::Development { point } => push_item(&mut out, "development", point),
            View::Context => out.push_str("context"),
        }
        if self.lang != default_lang {
            out.push_str("?lang=");
            out.push_str(self.lang.code());
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

/// The view named by the path segments, and the problem if they do not all fit.
fn view_of(segments: &[String], content: &'static Content) -> (View, Option<Problem>) {
    let Some(first) = segments.first() else { return (View::Start, None) };
    let rest = &segments[1..];
    let (view, used, problem) = match first.as_str() {
        "omkering" => omkering_view(rest, content),
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
        "context" => (View::Context, 0, None),
        _ => return (View::Start, Some(Problem::UnknownView)),
    };
    let extra = rest.len() > used && problem.is_none();
    (view, problem.or(extra.then_some(Problem::Malformed)))
}

/// The id in `ids` equal to `want`, as the content's own `'static` string.
fn lookup(mut ids: impl Iterator<Item = &'static str>, want: &str) -> Option<&'static str> {
    ids.find(|id| *id == want)
}

fn omkering_view(rest: &[String], content: &'static Content) -> (View, usize, Option<Problem>) {
    let mut used = 0;
    let mut mode: Option<&'static crate::content::Mode> = None;
    if let Some(first) = rest.first() {
        if !["stap", "actor", "thema"].contains(&first.as_str()) {
            match content.modes.iter().find(|m| m.id.as_str() == first) {
                Some(m) => mode = Some(m),
                None => return (View::Omkering { mode: None, step: None, select: None }, 1, Some(Problem::UnknownItem)),
            }
            used = 1;
        }
    }
    let mode_id = mode.map(|m| m.id.as_str()).filter(|m| *m != content.default_mode.as_str());
    let steps = content.mode(mode_id).steps.len();
    let mut view = View::Omkering { mode: mode_id, step: None, select: None };
    let mut problem = None;
    if rest.get(used).map(String::as_str) == Some("stap") {
        // Only plain digits: `parse` would also take "+1".
        let number = rest.get(used + 1).filter(|s| s.bytes().all(|b| b.is_ascii_digit())).and_then(|s| s.parse::<usize>().ok());
        match number {
            Some(n) if (1..=steps).contains(&n) => view = View::Omkering { mode: mode_id, step: Some(n - 1), select: None },
            _ => problem = Some(Problem::StepOutOfRange),
        }
        used += 2;
    }
    if problem.is_none() {
        if let Some(kind @ ("actor" | "thema")) = rest.get(used).map(String::as_str) {
            let id = rest.get(used + 1).map(String::as_str).unwrap_or("");
            let found = if kind == "actor" {
                lookup(content.mode(mode_id).placement.slots().iter().map(|(_, a)| a.as_str()), id).map(Select::Actor)
            } else {
                lookup(content.themes.iter().map(|t| t.id.as_str()), id).map(Select::Theme)
            };
            match found {
                Some(sel) => {
                    if let View::Omkering { select, .. } = &mut view {
                        *select = Some(sel);
                    }
                }
                None => problem = Some(Problem::UnknownItem),
            }
            used += 2;
        }
    }
    (view, used, problem)
}

/// Percent-decodes one segment; `None` for broken encoding or text that is not UTF-8.
fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}
