//! Tells the state which marked glossary terms the view shows, in document order, whenever the
//! view's DOM changes (a `MutationObserver` on the view's element): the state then knows which
//! occurrence of each term comes first and opens its explanation (`state::TermMarks`).

use crate::state::Action;
use crate::ui::app::AppState;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The attributes of every marked occurrence: its mark's key (`state::mark_key`) and its term's
/// slug.
pub const MARK_ATTR: &str = "data-omk-mark";
pub const TERM_ATTR: &str = "data-omk-term";

/// The marks under `root`, in document order: `(term slug, mark key)`.
fn marks(root: &web_sys::Element) -> Vec<(String, u32)> {
    let Ok(found) = root.query_selector_all(&format!("[{MARK_ATTR}]")) else { return Vec::new() };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|el| Some((el.get_attribute(TERM_ATTR)?, el.get_attribute(MARK_ATTR)?.parse().ok()?)))
        .collect()
}

/// Watches the view in `root` while `on` (the view has the frame; the presentation's slides
/// carry no marks).
#[hook]
pub fn use_term_marks(state: &AppState, root: NodeRef, on: bool) {
    let state = state.clone();
    use_effect_with(on, move |&on| {
        let observer = root.cast::<web_sys::Element>().filter(|_| on).and_then(|el| {
            let report = {
                let (state, el) = (state.clone(), el.clone());
                move || state.dispatch(Action::TermsSeen(marks(&el)))
            };
            report();
            let callback = Closure::<dyn Fn()>::new(report);
            let observer = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).ok()?;
            let options = web_sys::MutationObserverInit::new();
            options.set_child_list(true);
            options.set_subtree(true);
            options.set_attribute_filter(&js_sys::Array::of1(&MARK_ATTR.into()));
            observer.observe_with_options(&el, &options).ok()?;
            Some((observer, callback))
        });
        move || {
            if let Some((observer, _callback)) = observer {
                observer.disconnect();
            }
        }
    });
}
