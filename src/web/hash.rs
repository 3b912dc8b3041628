//! Keeps an instance's route in `location.hash` when its `url-sync` is `hash`: deep links, the
//! back button and share links. With `url-sync="none"` the host page's URL is never touched.

use crate::config::UrlSync;
use crate::route::{HashWrite, Route};
use crate::state::Action;
use crate::ui::app::AppState;
use crate::web::defer::{after_frame, AfterFrame};
use gloo_events::EventListener;
use yew::prelude::*;

#[hook]
pub fn use_hash_sync(state: &AppState) {
    let sync = state.config.url_sync == UrlSync::Hash;
    {
        let state = state.clone();
        use_effect_with(sync, move |&sync| {
            let listener = sync.then(|| {
                let window = web_sys::window().expect("a browser window");
                let target = window.clone();
                EventListener::new(&target, "hashchange", move |_| {
                    let hash = window.location().hash().unwrap_or_default();
                    state.dispatch(Action::HashChanged(hash));
                })
            });
            // Dropping the listener removes it when the instance unmounts.
            move || drop(listener)
        });
    }
    let url = state.url();
    let (route, lang, content) = (state.route, state.config.lang, state.content);
    let pending = use_mut_ref(|| None::<AfterFrame>);
    let first = use_mut_ref(|| true);
    use_effect_with(url, move |url| {
        // A page opened at an anchor of its own (`#contact`) keeps it until the visitor moves
        // in the explainer.
        let host_anchor = std::mem::replace(&mut *first.borrow_mut(), false) && !crate::route::is_route_hash(&current_hash());
        if sync && !host_anchor {
            // After the frame that shows the change: updating the URL costs the browser a few
            // milliseconds (measured, see ARCHITECTURE.md) that a visitor should not wait for.
            // If the hash changes meanwhile (a link, the back button), that navigation wins:
            // its `hashchange` brings a newer route, and this write would undo it.
            let url = url.clone();
            let seen = current_hash();
            *pending.borrow_mut() = Some(after_frame(move || {
                if current_hash() == seen {
                    write_hash(&url, route, lang, content);
                }
            }));
        }
        // A newer route (or the end of the instance) cancels a write not yet done.
        move || drop(pending.borrow_mut().take())
    });
}

fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Puts `url` into the hash as `route::hash_write` says: a new history entry for a navigation,
/// a replacement when the hash only said the same thing another way.
fn write_hash(url: &str, route: Route, lang: crate::content::Lang, content: &'static crate::content::Content) {
    let Some(window) = web_sys::window() else { return };
    let current = window.location().hash().unwrap_or_default();
    let write = crate::route::hash_write(&current, url, route, lang, content);
    let wanted = format!("#{url}");
    let Ok(history) = window.history() else { return };
    // Through the History API, not `location.hash`, which fires a `hashchange` this instance
    // does not need and makes the browser look for an element with that id. Back and forward
    // between these entries still fire `hashchange`.
    let _ = match write {
        HashWrite::Nothing => return,
        HashWrite::Replace => history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&wanted)),
        HashWrite::Push => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&wanted)),
    };
}
