//! The standalone page's offline copy, removed when a facilitator wipes the device: the caches of
//! the explainer's service worker (named `omkering <folder> <release>`, assets/omkering-sw.js) and
//! its registration. The next visit with a connection installs it again. Only on the standalone
//! page: an embed never touches what belongs to the host page.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The prefix of the caches the service worker of the page at `folder` (its path) keeps.
fn prefix(folder: &str) -> String {
    format!("omkering {folder} ")
}

/// Deletes the offline copy of this page's folder; errors are ignored (a browser without caches
/// has none to delete).
pub async fn offline_copy() {
    let Some(window) = web_sys::window() else { return };
    let path = window.location().pathname().unwrap_or_default();
    let folder = path[..path.rfind('/').map_or(0, |i| i + 1)].to_string();
    if let Ok(caches) = window.caches() {
        if let Ok(keys) = JsFuture::from(caches.keys()).await {
            let prefix = prefix(&folder);
            for key in js_sys::Array::from(&keys).iter().filter_map(|k| k.as_string()).filter(|k| k.starts_with(&prefix)) {
                let _ = JsFuture::from(caches.delete(&key)).await;
            }
        }
    }
    let workers = window.navigator().service_worker();
    if let Ok(registrations) = JsFuture::from(workers.get_registrations()).await {
        for registration in js_sys::Array::from(&registrations).iter().filter_map(|r| r.dyn_into::<web_sys::ServiceWorkerRegistration>().ok()) {
            let ours = registration.scope().ends_with(&folder);
            if ours {
                if let Ok(done) = registration.unregister() {
                    let _ = JsFuture::from(done).await;
                }
            }
        }
    }
}
