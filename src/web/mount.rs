//! The entry point the loader script calls: mount one explainer into an element inside the
//! custom element's shadow root, and unmount it again.

use crate::config::{Config, UrlSync};
use crate::embedded::content;
use crate::ui::app::{App, AppProps};
use crate::web::lazy_sheet::LazySheet;
use crate::web::panic;
use wasm_bindgen::prelude::*;
use std::cell::RefCell;
use yew::AppHandle;

thread_local! {
    /// The folder the loader was loaded from (the standalone page is `index.html` there).
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The folder of the loader, with a trailing slash ("" before the first mount).
pub fn base() -> String {
    BASE.with(|b| b.borrow().clone())
}

/// A mounted explainer. The loader keeps it and calls `unmount` when the element leaves the page.
#[wasm_bindgen]
pub struct Mounted {
    handle: Option<AppHandle<App>>,
    root: web_sys::Element,
}

#[wasm_bindgen]
impl Mounted {
    /// Removes the app and everything it holds (listeners, state).
    pub fn unmount(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        panic::forget(&self.root);
    }
}

/// Mounts the explainer that `host` (the `<omkering-explainer>` element) describes into `root`
/// (an element inside the host's shadow root); `base` is the loader's folder, `lazy_css` the
/// address of the stylesheet of the views that load on demand (`web::lazy_sheet`).
#[wasm_bindgen]
pub fn mount(host: &web_sys::Element, root: web_sys::Element, base: String, lazy_css: Option<String>) -> Mounted {
    panic::install();
    BASE.with(|b| *b.borrow_mut() = base);
    let attrs = attributes(host);
    let (config, warnings) = Config::from_attributes(&attrs, content());
    for w in &warnings {
        web_sys::console::warn_1(&JsValue::from_str(&w.to_string()));
    }
    panic::remember(&root, config.lang);
    let hash = match config.url_sync {
        UrlSync::Hash => web_sys::window().and_then(|w| w.location().hash().ok()).map(Into::into),
        UrlSync::None => None,
    };
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { config, hash, sheet: LazySheet::new(root.clone(), lazy_css) }).render();
    Mounted { handle: Some(handle), root }
}

/// What the element would say of one attribute: `None` when it takes `value`, else the values it
/// allows. The snippet configurator checks its fields with this, so it and the element have one
/// rule set (`Config::from_attributes`).
#[wasm_bindgen]
pub fn check_attribute(name: &str, value: &str) -> Option<String> {
    let (_, warnings) = Config::from_attributes(&[(name.to_string(), value.to_string())], content());
    warnings.into_iter().find(|w| w.attribute == name).map(|w| w.allowed.to_string())
}

fn attributes(el: &web_sys::Element) -> Vec<(String, String)> {
    let list = el.attributes();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|a| (a.name(), a.value()))
        .collect()
}
