//! The state of one explainer instance and the actions that change it. Pure: the yew app keeps
//! a `State` in a reducer and only renders it.

mod presentation;
mod terms;

pub use presentation::Change;
pub use terms::{key as mark_key, TermMarks};

use crate::config::Config;
use crate::content::{Content, Lang};
use crate::present::keys::Settings;
use crate::present::show::Stage;
use crate::route::{Problem, Route, SearchText, View};

#[derive(Clone, Copy, Debug)]
pub struct State {
    pub content: &'static Content,
    pub config: Config,
    pub route: Route,
    /// Why the current view is not the one that was asked for, until the visitor dismisses it.
    pub notice: Option<Problem>,
    /// A running presentation's black screen, overview, typed number and settings (its position
    /// is in the route, and only there).
    pub show: Stage,
    /// The marked glossary terms of the view that open an explanation, and the open one.
    pub terms: TermMarks,
}

/// The content is one static: comparing it by address is exact and costs no code (a derived
/// comparison would walk every text).
impl PartialEq for State {
    fn eq(&self, other: &State) -> bool {
        std::ptr::eq(self.content, other.content)
            && self.config == other.config
            && self.route == other.route
            && self.notice == other.notice
            && self.show == other.show
            && self.terms == other.terms
    }
}

#[derive(Clone, PartialEq, Debug)]
pub enum Action {
    /// Open a view in the current language.
    Navigate(View),
    /// Open the search with these words.
    Search(SearchText),
    SetLang(Lang),
    /// The URL hash changed (back button, a pasted link).
    HashChanged(String),
    DismissNotice,
    /// A key's or a button's command in the presentation or the presenter view, or where another
    /// window of the presentation is: made by [`Change::command`] and [`Change::follow`].
    Present(Change),
    /// The presentation's settings (contrast, single-letter keys).
    ShowSettings(Settings),
    /// The view's marked glossary terms, in the order it shows them: `(term slug, mark key)`
    /// (`terms::key`).
    TermsSeen(Vec<(String, u32)>),
    /// A marked term's button (by its mark key): its explanation opens, or closes.
    ToggleTerm(u32),
}

impl State {
    /// The state an instance starts in. With hash sync, a route in the hash wins over the `view`
    /// attribute, so a shared link opens what the sender saw; a host page's anchor does not.
    pub fn new(config: Config, content: &'static Content, hash: Option<&str>) -> State {
        let start = State { content, config, route: config.start, notice: config.start_problem, show: Stage::default(), terms: TermMarks::default() };
        match hash {
            Some(h) if !matches!(h.trim_start_matches('#'), "" | "/") => start.apply(Action::HashChanged(h.to_string())),
            _ => start,
        }
    }

    pub fn apply(&self, action: Action) -> State {
        let mut next = *self;
        match action {
            Action::Navigate(view) => {
                next.route.view = view.canonical(self.content);
                next.notice = None;
            }
            Action::Search(words) => {
                next.route.view = View::Search;
                next.route.search = words;
                next.notice = None;
            }
            Action::SetLang(lang) => next.route.lang = lang,
            Action::HashChanged(hash) => {
                // The hash this state wrote itself: nothing changes, and a notice stays. A hash
                // that is no route (`#contact`: a host page's own anchor) is the page's, not this
                // explainer's: no navigation, no notice.
                if hash.trim_start_matches('#') == self.url() || !crate::route::is_route_hash(&hash) {
                    return next;
                }
                let parsed = Route::parse(&hash, self.config.lang, self.content);
                next.route = parsed.route;
                next.notice = parsed.problem;
            }
            Action::DismissNotice => next.notice = None,
            Action::Present(change) => next = change.run(next),
            Action::ShowSettings(settings) => next.show.settings = settings,
            Action::TermsSeen(marks) => next.terms = self.terms.seen(&marks),
            Action::ToggleTerm(id) => next.terms = self.terms.toggle(id),
        }
        if next.route.view.page() != self.route.view.page() {
            next.terms.open = None;
        }
        if !matches!(next.route.view, View::Present { .. } | View::Presenter { .. }) {
            next.show = next.show.left();
        }
        next
    }

    pub fn lang(&self) -> Lang {
        self.route.lang
    }

    /// The route as it goes into the hash.
    pub fn url(&self) -> String {
        self.route.format(self.config.lang, self.content)
    }

    /// Whether the view is not the one the element was set up with (a link to an item, a search
    /// result, a step through the views): then the item it names comes into view.
    pub fn away_from_start(&self) -> bool {
        self.route.view != self.config.start.view
    }

    /// The address that opens exactly this view, to share: where the instance keeps its route in
    /// the page's hash (`url-sync="hash"`, the standalone page), `page` (the page's address
    /// without its hash) with that hash; otherwise `standalone` (the standalone page's address)
    /// with the route as that page reads it (its language is Dutch unless the route says
    /// otherwise).
    pub fn share_address(&self, page: &str, standalone: &str) -> String {
        match self.config.url_sync {
            crate::config::UrlSync::Hash => format!("{page}#{}", self.url()),
            crate::config::UrlSync::None => format!("{standalone}#{}", self.route.format(Lang::Nl, self.content)),
        }
    }

    /// The heading level for a heading `depth` levels below the explainer's top heading.
    pub fn heading_level(&self, depth: u8) -> u8 {
        (self.config.heading_level + depth).min(6)
    }
}
