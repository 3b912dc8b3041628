//! The standalone page's offline copy, removed when a facilitator wipes the device: the page asks
//! its service worker (assets/omkering-sw.js, message `omkering:wipe`) to delete its caches and
//! unregister itself; the next visit with a connection installs it again. Only on the standalone
//! page: an embed never touches what belongs to the host page. Called through `Reflect`, not
//! web-sys bindings: each binding adds glue to the start page's script (measured: 222 B brotli
//! for the cache and service worker bindings).

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The message the service worker takes as "wipe".
pub const MESSAGE: &str = "omkering:wipe";

fn get(on: &JsValue, name: &str) -> Option<JsValue> {
    // A missing registration is undefined; a missing worker (null) fails at its `postMessage`.
    Reflect::get(on, &name.into()).ok().filter(|v| !v.is_undefined())
}

/// Asks the page's service worker to delete the offline copy; nothing where there is none.
pub async fn offline_copy() {
    let Some(workers) = web_sys::window().and_then(|w| get(&w, "navigator")).and_then(|n| get(&n, "serviceWorker")) else { return };
    let Some(ask) = get(&workers, "getRegistration").and_then(|f| f.dyn_into::<Function>().ok()) else { return };
    let Ok(promise) = ask.call0(&workers) else { return };
    let Ok(registration) = JsFuture::from(js_sys::Promise::resolve(&promise)).await else { return };
    let Some(active) = get(&registration, "active") else { return };
    if let Some(post) = get(&active, "postMessage").and_then(|f| f.dyn_into::<Function>().ok()) {
        let _ = post.call1(&active, &MESSAGE.into());
    }
}
