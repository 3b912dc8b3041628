//! Links to views: a real `href` (open in a new tab, copy, share) that navigates inside the
//! widget on a plain click. A link holds no listener: the app's root handles the clicks
//! (and the pointer and focus that start loading a chunk view early) of every link through one
//! delegated listener each (`follow` and `intent`, below). Dozens of links per view would
//! otherwise each register listeners at every render.

use crate::route::{Route, View};
use crate::state::Action;
use crate::state::State;
use crate::ui::app::AppState;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The attribute that marks a link as a route link, holding its route.
const ROUTE_ATTR: &str = "data-omk-route";

/// A link to `to` in the current language. A plain function, not a component: a component
/// per link would subscribe to the app's state and render again at every change.
pub fn link(state: &State, to: View, class: Classes, current: Option<&'static str>, children: Html) -> Html {
    let (href, route) = target(state, to);
    html! {
        <a {href} {class} aria-current={current} data-omk-route={route}>{ children }</a>
    }
}

/// The address of `to` on the standalone page beside the loader, in the current language: where
/// an embed sends what only the own page does (the presentation over the window, printing,
/// sharing a session). The standalone page's language is Dutch unless its route says otherwise.
pub fn standalone_href(state: &State, to: View) -> String {
    let hash = Route::new(to, state.lang()).format(crate::content::Lang::Nl, state.content);
    format!("{}index.html#{hash}", crate::web::mount::base())
}

/// The `href` and the `data-omk-route` value of a link to `to`, for links drawn in SVG (the root
/// handles their clicks like those of [`link`]).
pub fn target(state: &State, to: View) -> (String, String) {
    let route = Route::new(to, state.lang()).format(state.config.lang, state.content);
    (format!("#{route}"), route)
}

/// The view of the route link an event happened in, if any.
fn link_view(state: &AppState, e: &Event) -> Option<View> {
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest(&format!("[{ROUTE_ATTR}]")).ok()??;
    let route = link.get_attribute(ROUTE_ATTR)?;
    Some(Route::parse(&route, state.lang(), state.content).route.view)
}

/// The mark key of the marked term's button an event happened in, if any.
fn term_mark(e: &Event) -> Option<u32> {
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let button = target.closest("button.omk-term").ok()??;
    button.get_attribute(crate::web::term_marks::MARK_ATTR)?.parse().ok()
}

/// The root's click handler: a plain click on a route link navigates inside the widget;
/// modified clicks keep the browser's own behaviour (new tab, new window). A click on a marked
/// term's button (or Enter or Space on it) opens or closes its explanation.
pub fn follow(state: &AppState) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |e: MouseEvent| {
        if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
            return;
        }
        if let Some(view) = link_view(&state, &e) {
            e.prevent_default();
            state.dispatch(Action::Navigate(view));
        } else if let Some(id) = term_mark(&e) {
            state.dispatch(Action::ToggleTerm(id));
        }
    })
}

/// The root's pointer-over and focus-in handler: a link to a view whose code loads on demand,
/// or a marked term's button, starts loading the chunk on intent.
#[cfg(omkering_split)]
pub fn intent(state: &AppState, sheet: &crate::web::lazy_sheet::LazySheet) -> Callback<Event> {
    let state = state.clone();
    let sheet = sheet.clone();
    Callback::from(move |e: Event| {
        // A marked term's button shows an explanation from the chunk too.
        let term = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|t| t.closest(".omk-term").ok().flatten());
        if term.is_some() || link_view(&state, &e).is_some_and(crate::ui::lazy::in_chunk) {
            crate::ui::lazy::prefetch(&sheet);
        }
    })
}
