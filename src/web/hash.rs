//! Keeps an instance's route in `location.hash` when its `url-sync` is `hash`: deep links, the
//! back button and share links. With `url-sync="none"` the host page's URL is never touched.

use crate::config::UrlSync;
use crate::route::Route;
use crate::state::Action;
use crate::ui::app::AppState;
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
    use_effect_with(url, move |url| {
        if sync {
            write_hash(url, route, lang, content);
        }
    });
}

/// Puts `url` into the hash: a new history entry for a navigation, a replacement when the hash
/// only said the same thing another way (or said something broken that opened this route).
fn write_hash(url: &str, route: Route, lang: crate::content::Lang, content: &'static crate::content::Content) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let current = location.hash().unwrap_or_default();
    let bare = current.trim_start_matches('#');
    if bare == url || (bare.is_empty() && url == "/") {
        return;
    }
    let same_view = Route::parse(&current, lang, content).route == route;
    let wanted = format!("#{url}");
    if same_view || current.is_empty() {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&wanted));
        }
    } else {
        let _ = location.set_hash(&wanted);
    }
}
