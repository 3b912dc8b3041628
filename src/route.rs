//! The view state as a route: which view, which item, which step, which language.
//!
//! One syntax serves the URL hash of the standalone page, the `view` attribute of the element and
//! share links: `/`, `/omkering`, `/omkering/<mode>`, `/omkering/<mode>/<step>`, `/themes`,
//! `/themes/<theme>`, `/development`, `/development/<point>`, `/context`, each optionally
//! followed by `?lang=en`. Steps count from 1. Parsing never fails: a broken route opens the
//! nearest valid view and says what was wrong.

use crate::content::{Content, Lang};

/// The longest route text that is read at all; longer input is not a link this app made.
pub const MAX_LEN: usize = 512;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum View {
    Start,
    /// The omkering view; `mode` is a mode id (none: the first mode), `step` is 0-based.
    Omkering { mode: Option<&'static str>, step: Option<usize> },
    Themes { theme: Option<&'static str> },
    Development { point: Option<&'static str> },
    Context,
}

impl View {
    /// The top-level views, in navigation order, with their path segment.
    pub const SECTIONS: [(View, &'static str); 5] = [
        (View::Start, ""),
        (View::Omkering { mode: None, step: None }, "omkering"),
        (View::Themes { theme: None }, "themes"),
        (View::Development { point: None }, "development"),
        (View::Context, "context"),
    ];

    /// The top-level view this view belongs to (the one the navigation marks as current).
    pub fn section(self) -> View {
        match self {
            View::Start => View::Start,
            View::Omkering { .. } => View::Omkering { mode: None, step: None },
            View::Themes { .. } => View::Themes { theme: None },
            View::Development { .. } => View::Development { point: None },
            View::Context => View::Context,
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
            View::Omkering { mode, step } => {
                out.push_str("omkering");
                if let Some(m) = mode {
                    out.push('/');
                    out.push_str(m);
                    if let Some(s) = step {
                        out.push_str(&format!("/{}", s + 1));
                    }
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
    let whole = View::Omkering { mode: None, step: None };
    let Some(mode_id) = rest.first() else { return (whole, 0, None) };
    let Some(mode) = content.modes.iter().find(|m| m.id.as_str() == mode_id) else {
        return (whole, 1, Some(Problem::UnknownItem));
    };
    let in_mode = View::Omkering { mode: Some(mode.id.as_str()), step: None };
    let Some(step) = rest.get(1) else { return (in_mode, 1, None) };
    // Only plain digits: `parse` would also take "+1".
    let number = step.bytes().all(|b| b.is_ascii_digit()).then(|| step.parse::<usize>().ok()).flatten();
    match number {
        Some(n) if (1..=mode.steps.len()).contains(&n) => {
            (View::Omkering { mode: Some(mode.id.as_str()), step: Some(n - 1) }, 2, None)
        }
        _ => (in_mode, 2, Some(Problem::StepOutOfRange)),
    }
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
