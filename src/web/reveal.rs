//! Bringing what a choice changed into view: once the change is drawn, the least scroll that
//! shows it (`crate::reveal` decides), smooth unless the visitor asked for reduced motion. The
//! focus stays on the control the visitor used.

use super::defer::{after_frame, AfterFrame};
use super::motion::prefers_reduced_motion;
use crate::reveal::{scroll_for, Scroll};
use crate::route::View;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Scrolls the page (or the host page of an embed, and any box between) so that `el` shows.
pub fn reveal(el: &web_sys::Element) {
    let Some(height) = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()) else { return };
    let rect = el.get_bounding_client_rect();
    let block = match scroll_for(rect.top(), rect.bottom(), height) {
        Scroll::Stay => return,
        Scroll::Nearest => "nearest",
        Scroll::Start => "start",
    };
    // A plain object rather than web-sys's dictionary and enums: the same call, less code in
    // the start module.
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"block".into(), &block.into());
    let _ = js_sys::Reflect::set(&options, &"behavior".into(), &(if prefers_reduced_motion() { "instant" } else { "smooth" }).into());
    el.scroll_into_view_with_scroll_into_view_options(options.unchecked_ref());
}

/// Reveals `target` after the frame in which `key` changed to something shown (`shown`): after
/// every effect of that render, the focus a new view takes included. On the first render only
/// when `deep` (the route is not the one the element was set up with: a link to an item, a
/// search result), so that an embed never scrolls its host page when it loads. `key` is the part
/// of the view the target shows (a view with only that part set: one hook for every caller,
/// which keeps the download small).
#[hook]
pub fn use_reveal(key: View, shown: bool, deep: bool, target: NodeRef) {
    let first = use_mut_ref(|| true);
    let pending: Rc<RefCell<Option<AfterFrame>>> = use_mut_ref(|| None);
    use_effect_with(key, move |_| {
        let first = std::mem::replace(&mut *first.borrow_mut(), false);
        if shown && (!first || deep) {
            *pending.borrow_mut() = Some(after_frame(move || {
                if let Some(el) = target.cast::<web_sys::Element>() {
                    reveal(&el);
                }
            }));
        }
    });
}

