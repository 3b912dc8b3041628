//! The width of an element, kept up to date with a `ResizeObserver`, so a diagram can lay itself
//! out for the width its container really has (the page, a CMS column, a projector).

use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// The content width (CSS px) of the element behind `node`, or `fallback` until it is measured.
#[hook]
pub fn use_width(node: NodeRef, fallback: f32) -> f32 {
    let width = use_state_eq(|| fallback);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let element = node.cast::<web_sys::Element>();
            let observer = element.and_then(|el| {
                // Measure at once, so the first paint already has the right layout.
                width.set(el.client_width() as f32);
                let set = width.clone();
                let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() {
                        set.set(entry.content_rect().width() as f32);
                    }
                });
                let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
                observer.observe(&el);
                Some((observer, callback))
            });
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    *width
}
