//! "Link kopiëren": the system's share sheet on touch screens where the browser has one (the
//! Web Share API), otherwise the clipboard. Feature-detected: a browser without either reports
//! a failure, and the view then shows the address to copy by hand.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What became of a share.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shared {
    /// The share sheet took it.
    Shared,
    /// It is on the clipboard.
    Copied,
    /// The visitor closed the share sheet: nothing to say.
    Cancelled,
    /// Neither worked: show the address.
    Failed,
}

/// Shares or copies `url` (its `title` for the share sheet). Must start in the handler of the
/// visitor's click (both APIs need that activation; the first call happens before any await).
pub async fn share(url: String, title: String) -> Shared {
    let Some(window) = web_sys::window() else { return Shared::Failed };
    let navigator = Reflect::get(&window, &"navigator".into()).unwrap_or_default();
    let touch = window.match_media("(pointer: coarse)").ok().flatten().is_some_and(|q| q.matches());
    if touch {
        let data = Object::new();
        let _ = Reflect::set(&data, &"url".into(), &url.as_str().into());
        let _ = Reflect::set(&data, &"title".into(), &title.into());
        if let Some(promise) = call(&navigator, "share", &data) {
            match JsFuture::from(promise).await {
                Ok(_) => return Shared::Shared,
                Err(e) if Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()).as_deref() == Some("AbortError") => {
                    return Shared::Cancelled;
                }
                // Not allowed here (an iframe without the permission): the clipboard may be.
                Err(_) => {}
            }
        }
    }
    let clipboard = Reflect::get(&navigator, &"clipboard".into()).ok().filter(JsValue::is_object);
    let Some(promise) = clipboard.and_then(|c| call(&c, "writeText", &url.as_str().into())) else { return Shared::Failed };
    if JsFuture::from(promise).await.is_ok() { Shared::Copied } else { Shared::Failed }
}

/// `target.name(arg)` when `target` has such a method and it returns a promise.
fn call(target: &JsValue, name: &str, arg: &JsValue) -> Option<Promise> {
    let f = Reflect::get(target, &name.into()).ok()?.dyn_into::<Function>().ok()?;
    f.call1(target, arg).ok()?.dyn_into::<Promise>().ok()
}
