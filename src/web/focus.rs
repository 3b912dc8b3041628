//! Where the keyboard focus goes when what is on screen changes (WCAG 2.4.3): to the view when
//! another view opens, back to the control that opened a panel when the panel closes.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The element that has the focus in the tree of `anchor` (the shadow root of this instance, or
/// the document).
pub fn active(anchor: &NodeRef) -> Option<web_sys::Element> {
    let node = anchor.cast::<web_sys::Node>()?;
    let root = node.get_root_node();
    match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => web_sys::window()?.document()?.active_element(),
    }
}

/// Focuses an HTML or SVG element (an actor of the diagram is an SVG group).
pub fn focus(el: &web_sys::Element) {
    if let Ok(f) = js_sys::Reflect::get(el, &"focus".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) {
        let _ = f.call0(el);
    }
}

/// Moves the focus to `target` (a view: `tabindex="-1"`) whenever `key` changes; never on the
/// first render, which would take the focus from the host page.
#[hook]
pub fn use_focus_on_change<K: PartialEq + Clone + 'static>(key: K, target: NodeRef) {
    let first = use_mut_ref(|| true);
    use_effect_with(key, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        if let Some(el) = target.cast::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    });
}

/// While a panel shows something (`open` is `Some`), remembers the control that had the focus
/// when it opened or last changed (the actor, chip, cell or file field that opened it); when it
/// closes, gives that control the focus back, if it is still on the page. `anchor` is any element
/// of this instance (its tree holds the focus).
#[hook]
pub fn use_return_focus<K: PartialEq + Clone + 'static>(open: Option<K>, anchor: NodeRef) {
    let opener = use_mut_ref(|| None::<web_sys::Element>);
    use_effect_with(open, move |open| {
        if open.is_some() {
            *opener.borrow_mut() = active(&anchor);
        } else if let Some(el) = opener.borrow_mut().take() {
            if el.is_connected() {
                focus(&el);
            }
        }
    });
}
