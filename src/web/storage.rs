//! The one `localStorage` key of the explainer ([`crate::assessment::store::KEY`]). Storage can be
//! missing or throw (a third-party frame, private mode, a full disk): every call says so instead
//! of failing. Other writers of the key are heard of: another tab through the browser's
//! `storage` event, another explainer on this page through [`write`] (the event does not reach
//! the document that wrote).

use crate::assessment::store::KEY;
use crate::assessment::workshop::Opened;
use gloo_events::EventListener;
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;
use yew::prelude::*;

thread_local! {
    /// The explainers on this page that keep the saved workshop, each with what it does when
    /// another one writes.
    static WRITERS: RefCell<Vec<(usize, Callback<Opened>)>> = const { RefCell::new(Vec::new()) };
    static NEXT: Cell<usize> = const { Cell::new(0) };
}

fn storage() -> Option<web_sys::Storage> {
    // `localStorage` itself throws where the browser blocks it.
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn read() -> Opened {
    match storage() {
        None => Opened::Unavailable,
        Some(s) => match s.get_item(KEY) {
            Ok(Some(text)) => Opened::Text(text),
            Ok(None) => Opened::Nothing,
            Err(_) => Opened::Unavailable,
        },
    }
}

/// Writes the text for the writer `from` (see [`use_other_writers`]) and tells the other
/// explainers on this page; false when the storage is missing or full.
pub fn write(text: &str, from: usize) -> bool {
    let written = storage().is_some_and(|s| s.set_item(KEY, text).is_ok());
    if written {
        tell_others(from, Opened::Text(text.to_string()));
    }
    written
}

/// Removes the key for the writer `from` and tells the other explainers on this page; false when
/// the storage is missing.
pub fn remove(from: usize) -> bool {
    // Through `Reflect`: a `remove_item` binding would add glue to the start page's script.
    let remove = |s: web_sys::Storage| {
        let f = js_sys::Reflect::get(&s, &"removeItem".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
        f.call1(&s, &KEY.into()).ok()
    };
    let removed = storage().and_then(remove).is_some();
    if removed {
        tell_others(from, Opened::Nothing);
    }
    removed
}

/// Tells the other explainers on this page (not `from`) what the key holds now.
fn tell_others(from: usize, now: Opened) {
    let others: Vec<Callback<Opened>> = WRITERS.with(|w| w.borrow().iter().filter(|(id, _)| *id != from).map(|(_, c)| c.clone()).collect());
    for other in others {
        other.emit(now.clone());
    }
}

/// Makes this component a writer of the key while it is on the page: `changed` hears what
/// another writer saved (another explainer on this page, or another tab). Returns the writer's
/// number for [`write`].
#[hook]
pub fn use_other_writers(changed: Callback<Opened>) -> usize {
    let id = *use_state(|| NEXT.with(|n| n.replace(n.get() + 1)));
    use_effect_with(id, move |&id| {
        WRITERS.with(|w| w.borrow_mut().push((id, changed.clone())));
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |e| {
                let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else { return };
                let ours = e.storage_area().zip(storage()).is_some_and(|(a, b)| a == b);
                match e.key() {
                    Some(key) if ours && key == KEY => changed.emit(e.new_value().map_or(Opened::Nothing, Opened::Text)),
                    // `clear()` in another tab.
                    None if ours => changed.emit(Opened::Nothing),
                    _ => {}
                }
            })
        });
        move || {
            drop(listener);
            WRITERS.with(|w| w.borrow_mut().retain(|(x, _)| *x != id));
        }
    });
    id
}
