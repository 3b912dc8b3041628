//! The one table of views. Each view is a `View` variant and one [`Entry`]: its path segment,
//! the view the segment alone opens (also its page), its section in the navigation, whether its
//! code is in the wasm chunk, its heading and introduction, and how its route reads and writes
//! what follows the segment. Adding a view: ARCHITECTURE.md, "How to add a view".

use super::map::{self, Filter, MapCell};
use super::{lookup, omkering, present, Problem, Route};
use crate::content::ui_text::ViewText;
use crate::content::{Content, Ui};
use crate::present::session::Session;

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
    /// The glossary, part of the context; `term` is a term's slug (`Term::slug`).
    Glossary { term: Option<&'static str> },
    /// The financial asks on the balance, part of the context: bit `i` set when the `i`-th ask
    /// (in content order) is switched on.
    Finance { on: u8 },
    /// The presentation: a slide of the session and a step of it, both from 0 (the route counts
    /// from 1).
    Present { slide: u8, step: u8, session: Session },
    /// The presenter view for the laptop screen, following the same slide as the presentation.
    Presenter { slide: u8, step: u8, session: Session },
    /// Preparing a session: its slides, chosen before it starts.
    Session { session: Session },
    /// The facilitator's guide of a session, for print.
    Guide { session: Session },
    /// The participants' handout, one A4 page.
    Handout,
}

/// What the omkering view's detail panel shows: an actor or one of the theme chips.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Select {
    Actor(&'static str),
    Theme(&'static str),
}

/// A route's query parameters, as `format` writes them.
pub(super) type Params = Vec<(&'static str, String)>;

/// One view in the table.
pub struct Entry {
    /// The first path segment (`""`: the start view).
    pub segment: &'static str,
    /// The view the segment alone opens. It is also the view's page: views that differ only in
    /// what they show inside one page (an item, a step, filters) are one page.
    pub bare: View,
    /// The top-level view the navigation marks as current for it.
    pub section: View,
    /// Whether its code is in the wasm chunk (the start module has the others).
    pub chunk: bool,
    /// Its heading and introduction (`content/ui.toml`).
    pub texts: fn(&Ui) -> &ViewText,
    /// The query parameters it reads (any other is a problem).
    pub params: &'static [&'static str],
    /// Reads the segments after the first: the view, how many segments it used, the problem.
    /// `None`: nothing may follow the segment; it opens `bare`.
    pub parse: Option<fn(&[String], &[(&str, String)], &'static Content) -> (View, usize, Option<Problem>)>,
    /// Writes what follows the segment, and the query parameters.
    pub format: fn(&Route, &'static Content, &mut String, &mut Params),
}

/// The top-level views, in navigation order.
pub const SECTIONS: [View; 8] = [
    View::Start,
    View::Omkering { mode: None, step: None, select: None },
    View::Themes { theme: None },
    View::Map { filter: Filter::NONE, cell: None },
    View::Development { point: None },
    View::Assessment,
    View::Context,
    View::Search,
];

impl View {
    /// This view's entry in the table.
    pub fn entry(self) -> &'static Entry {
        match self {
            View::Start => &START,
            View::Omkering { .. } => &OMKERING,
            View::Themes { .. } => &THEMES,
            View::Map { .. } => &MAP,
            View::Search => &SEARCH,
            View::Development { .. } => &DEVELOPMENT,
            View::Assessment => &ASSESSMENT,
            View::Context => &CONTEXT,
            View::Layers { .. } => &LAYERS,
            View::Tracks { .. } => &TRACKS,
            View::Timeline => &TIMELINE,
            View::Glossary { .. } => &GLOSSARY,
            View::Finance { .. } => &FINANCE,
            View::Present { .. } => &PRESENT,
            View::Presenter { .. } => &PRESENTER,
            View::Session { .. } => &SESSION,
            View::Guide { .. } => &GUIDE,
            View::Handout => &HANDOUT,
        }
    }

    /// The top-level view this view belongs to (the one the navigation marks as current).
    pub fn section(self) -> View {
        self.entry().section
    }

    /// The page this view is on: views that differ only in what they show inside one page (a
    /// step, a selected actor, theme, point, layer, track or cell, filters, asks switched on,
    /// search words, a slide) are one page. Opening another page moves the focus to it.
    pub fn page(self) -> View {
        self.entry().bare
    }

    /// The heading and introduction of a view.
    pub fn texts(self, ui: &Ui) -> &ViewText {
        (self.entry().texts)(ui)
    }

    /// Whether the view's code is in the wasm chunk.
    pub fn in_chunk(self) -> bool {
        self.entry().chunk
    }
}

/// Every entry, for lookups by segment and for tests.
pub static ENTRIES: [&Entry; 18] = [
    &START, &OMKERING, &THEMES, &MAP, &SEARCH, &DEVELOPMENT, &ASSESSMENT, &CONTEXT, &LAYERS, &TRACKS, &TIMELINE, &GLOSSARY, &FINANCE, &PRESENT, &PRESENTER, &SESSION, &GUIDE,
    &HANDOUT,
];

static START: Entry = plain("", View::Start, View::Start, false, |ui| &ui.start);
static SEARCH: Entry = Entry {
    params: &["q"],
    format: |route, _, _, params| {
        if !route.search.is_empty() {
            params.push(("q", super::text::encode(route.search.as_str())));
        }
    },
    ..plain("search", View::Search, View::Search, true, |ui| &ui.search)
};
static ASSESSMENT: Entry = plain("assessment", View::Assessment, View::Assessment, true, |ui| &ui.assessment);
static CONTEXT: Entry = plain("context", View::Context, View::Context, true, |ui| &ui.context);
static TIMELINE: Entry = plain("timeline", View::Timeline, View::Context, true, |ui| &ui.timeline);
static OMKERING: Entry = Entry {
    segment: "omkering",
    bare: View::Omkering { mode: None, step: None, select: None },
    section: View::Omkering { mode: None, step: None, select: None },
    chunk: false,
    texts: |ui| &ui.omkering,
    params: &[],
    parse: Some(|rest, _, content| omkering::parse(rest, content)),
    format: |route, _, out, _| omkering::format(route.view, out),
};
static THEMES: Entry = Entry {
    parse: Some(|rest, _, c| item(rest, c.themes.iter().map(|t| t.id.as_str()), |theme| View::Themes { theme })),
    format: |route, _, out, _| push_item(out, if let View::Themes { theme } = route.view { theme } else { None }),
    ..plain("themes", View::Themes { theme: None }, View::Themes { theme: None }, true, |ui| &ui.themes)
};
static DEVELOPMENT: Entry = Entry {
    parse: Some(|rest, _, c| item(rest, c.development_points.iter().map(|p| p.id.as_str()), |point| View::Development { point })),
    format: |route, _, out, _| push_item(out, if let View::Development { point } = route.view { point } else { None }),
    ..plain("development", View::Development { point: None }, View::Development { point: None }, true, |ui| &ui.development)
};
static LAYERS: Entry = Entry {
    parse: Some(|rest, _, c| item(rest, c.layer_actors.iter().map(|a| a.as_str()), |layer| View::Layers { layer })),
    format: |route, _, out, _| push_item(out, if let View::Layers { layer } = route.view { layer } else { None }),
    ..plain("layers", View::Layers { layer: None }, View::Context, true, |ui| &ui.layers)
};
static TRACKS: Entry = Entry {
    parse: Some(|rest, _, c| item(rest, c.track_ids.iter().map(|a| a.as_str()), |track| View::Tracks { track })),
    format: |route, _, out, _| push_item(out, if let View::Tracks { track } = route.view { track } else { None }),
    ..plain("tracks", View::Tracks { track: None }, View::Context, true, |ui| &ui.tracks)
};
static GLOSSARY: Entry = Entry {
    parse: Some(|rest, _, c| item(rest, c.term_slugs.iter().map(|s| s.as_str()), |term| View::Glossary { term })),
    format: |route, _, out, _| push_item(out, if let View::Glossary { term } = route.view { term } else { None }),
    ..plain("begrippen", View::Glossary { term: None }, View::Context, true, |ui| &ui.glossary)
};
static MAP: Entry = Entry {
    params: &map::PARAMS,
    parse: Some(map::parse),
    format: |route, _, out, params| {
        if let View::Map { filter, cell } = route.view {
            map::format(out, filter, cell, params);
        }
    },
    ..plain("map", View::Map { filter: Filter::NONE, cell: None }, View::Map { filter: Filter::NONE, cell: None }, true, |ui| &ui.map)
};
static FINANCE: Entry = Entry {
    parse: Some(|rest, _, c| finance_parse(rest, c)),
    format: |route, c, out, _| finance_format(route.view, c, out),
    ..plain("finance", View::Finance { on: 0 }, View::Context, true, |ui| &ui.finance)
};
static PRESENT: Entry = Entry {
    params: &present::PARAMS,
    parse: Some(|rest, params, c| present::read(rest, params, c, |slide, step, session| View::Present { slide, step, session })),
    format: |route, c, out, params| present::format(out, route.view, c, params),
    ..plain("present", View::Present { slide: 0, step: 0, session: Session::DEFAULT }, View::Start, true, |ui| &ui.present)
};
static PRESENTER: Entry = Entry {
    params: &present::PARAMS,
    parse: Some(|rest, params, c| present::read(rest, params, c, |slide, step, session| View::Presenter { slide, step, session })),
    format: |route, c, out, params| present::format(out, route.view, c, params),
    ..plain("presenter", View::Presenter { slide: 0, step: 0, session: Session::DEFAULT }, View::Start, true, |ui| &ui.presenter)
};
static SESSION: Entry = Entry {
    params: &present::PARAMS,
    parse: Some(|_, params, c| present::read_session(params, c, |session| View::Session { session })),
    format: |route, c, _, params| present::write_session(present::session_of(route.view), c, params),
    ..plain("session", View::Session { session: Session::DEFAULT }, View::Development { point: None }, true, |ui| &ui.session)
};
static GUIDE: Entry = Entry {
    params: &present::PARAMS,
    parse: Some(|_, params, c| present::read_session(params, c, |session| View::Guide { session })),
    format: |route, c, _, params| present::write_session(present::session_of(route.view), c, params),
    ..plain("guide", View::Guide { session: Session::DEFAULT }, View::Development { point: None }, true, |ui| &ui.guide)
};
static HANDOUT: Entry = plain("handout", View::Handout, View::Development { point: None }, true, |ui| &ui.handout);

/// A view with nothing after its segment.
const fn plain(segment: &'static str, bare: View, section: View, chunk: bool, texts: fn(&Ui) -> &ViewText) -> Entry {
    Entry { segment, bare, section, chunk, texts, params: &[], parse: None, format: |_, _, _, _| {} }
}

impl Entry {
    /// The view named by the segments after this entry's, how many it used, and the problem.
    pub(super) fn read(&self, rest: &[String], params: &[(&str, String)], content: &'static Content) -> (View, usize, Option<Problem>) {
        match self.parse {
            Some(parse) => parse(rest, params, content),
            None => (self.bare, 0, None),
        }
    }
}

/// The entry whose segment is `segment`.
pub(super) fn by_segment(segment: &str) -> Option<&'static Entry> {
    ENTRIES.iter().copied().find(|e| e.segment == segment)
}

/// A view with one optional item after its segment, looked up among `ids`.
fn item(rest: &[String], ids: impl Iterator<Item = &'static str>, make: fn(Option<&'static str>) -> View) -> (View, usize, Option<Problem>) {
    match rest.first() {
        None => (make(None), 0, None),
        Some(id) => match lookup(ids, id) {
            Some(found) => (make(Some(found)), 1, None),
            None => (make(None), 1, Some(Problem::UnknownItem)),
        },
    }
}

fn push_item(out: &mut String, item: Option<&str>) {
    if let Some(id) = item {
        out.push('/');
        out.push_str(id);
    }
}

/// `/finance/<ask topic>…`: each ask named is switched on.
fn finance_parse(rest: &[String], content: &'static Content) -> (View, usize, Option<Problem>) {
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

/// The asks' ids are the same in every build of the content; the route holds only their
/// positions, to stay a small value.
fn finance_format(view: View, content: &'static Content, out: &mut String) {
    let View::Finance { on } = view else { return };
    for (i, topic) in content.ask_topics.iter().enumerate().take(crate::content::MAX_ASKS) {
        if on & (1 << i) != 0 {
            out.push('/');
            out.push_str(topic);
        }
    }
}
