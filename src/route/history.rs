//! How an instance with hash sync writes its route into the page's history: nothing when the
//! hash says it already, a replacement when the hash only said the same thing another way (or
//! something broken that opened this route, or nothing yet) or when a search is being typed, and
//! a new entry for a navigation.

use super::{Route, View};
use crate::content::{Content, Lang};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum HashWrite {
    Nothing,
    Replace,
    Push,
}

/// What to do to put `url` (the route `route` as text) into a page whose hash is `current`.
pub fn hash_write(current: &str, url: &str, route: Route, lang: Lang, content: &'static Content) -> HashWrite {
    let bare = current.trim_start_matches('#');
    if bare == url || (bare.is_empty() && url == "/") {
        return HashWrite::Nothing;
    }
    let was = Route::parse(current, lang, content).route;
    // Typing a search changes the route at every letter: one history entry for the search.
    let typing = matches!((was.view, route.view), (View::Search, View::Search));
    if was == route || typing || current.is_empty() {
        HashWrite::Replace
    } else {
        HashWrite::Push
    }
}
