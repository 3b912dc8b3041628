//! Browser glue of the presentation: full screen on the widget's own element, the screen kept
//! awake (Screen Wake Lock where the browser has it), the channel that keeps the presentation and
//! the presenter window in step, a clock that ticks every second, and the presenter window.

use crate::present::sync::{Beat, HELLO};
use gloo_events::EventListener;
use gloo_timers::callback::Interval;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The `BroadcastChannel` of the standalone page's windows (same origin only; no server).
pub const CHANNEL: &str = "omkering-present";

/// Asks for full screen on `el`, or leaves full screen when the page is in it.
pub fn toggle_fullscreen(el: &web_sys::Element) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else {
        // Refused (no user gesture, or an iframe without permission): the slides stay in place.
        let _ = el.request_fullscreen();
    }
}

/// Keeps the screen awake while the component is on the page, where the browser has
/// `navigator.wakeLock`; asks again when the page comes back into view (the browser releases the
/// lock when it is hidden).
#[hook]
pub fn use_wake_lock() {
    use_effect_with((), |_| {
        let sentinel: Rc<RefCell<Option<JsValue>>> = Rc::default();
        let request = {
            let sentinel = sentinel.clone();
            move || {
                let Some(window) = web_sys::window() else { return };
                let lock = js_sys::Reflect::get(&window, &"navigator".into()).and_then(|n| js_sys::Reflect::get(&n, &"wakeLock".into())).unwrap_or(JsValue::UNDEFINED);
                if lock.is_undefined() || window.document().is_some_and(|d| d.hidden()) {
                    return;
                }
                let Ok(request) = js_sys::Reflect::get(&lock, &"request".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) else { return };
                let Ok(promise) = request.call1(&lock, &"screen".into()).and_then(|p| p.dyn_into::<js_sys::Promise>()) else { return };
                let sentinel = sentinel.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    // Refused (battery saver, a policy): the presentation runs on without it.
                    if let Ok(s) = wasm_bindgen_futures::JsFuture::from(promise).await {
                        if let Some(old) = sentinel.borrow_mut().replace(s) {
                            release(&old);
                        }
                    }
                });
            }
        };
        request();
        let doc = web_sys::window().and_then(|w| w.document());
        let listener = doc.map(|d| EventListener::new(&d, "visibilitychange", move |_| request()));
        move || {
            drop(listener);
            if let Some(s) = sentinel.borrow_mut().take() {
                release(&s);
            }
        }
    });
}

fn release(sentinel: &JsValue) {
    if let Ok(f) = js_sys::Reflect::get(sentinel, &"release".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) {
        let _ = f.call0(sentinel);
    }
}

/// Keeps this window in step with the other windows of the presentation: posts `beat` when it
/// changes here, and calls `follow` with what another window posts. What came from another window
/// is not posted back (two windows would otherwise bounce a fast series of clicks). A window that
/// opens (or reloads) only says hello and takes on where the others are, so a reloaded
/// presentation keeps the presenter's black screen and a new presenter view the presentation's
/// slide. Off when `on` is false (an embedded instance: the channel is the standalone page's).
#[hook]
pub fn use_channel(on: bool, beat: Beat, follow: Callback<Beat>) {
    let channel: Rc<RefCell<Option<web_sys::BroadcastChannel>>> = use_mut_ref(|| None);
    let received: Rc<RefCell<Option<Beat>>> = use_mut_ref(|| None);
    let current = use_mut_ref(|| beat);
    *current.borrow_mut() = beat;
    {
        let (channel, received, current) = (channel.clone(), received.clone(), current.clone());
        use_effect_with(on, move |on| {
            let listener = on.then(|| web_sys::BroadcastChannel::new(CHANNEL).ok()).flatten().map(|c| {
                let answer = c.clone();
                let listener = EventListener::new(&c, "message", move |e| {
                    let Some(text) = e.dyn_ref::<web_sys::MessageEvent>().and_then(|m| m.data().as_string()) else { return };
                    if text == HELLO {
                        let _ = answer.post_message(&current.borrow().message().into());
                    } else if let Some(b) = Beat::read(&text) {
                        *received.borrow_mut() = Some(b);
                        follow.emit(b);
                    }
                });
                let _ = c.post_message(&HELLO.into());
                *channel.borrow_mut() = Some(c);
                listener
            });
            let channel = channel.clone();
            move || {
                drop(listener);
                if let Some(c) = channel.borrow_mut().take() {
                    c.close();
                }
            }
        });
    }
    let first = use_mut_ref(|| true);
    use_effect_with(beat, move |beat| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) && *received.borrow() != Some(*beat) {
            if let Some(c) = channel.borrow().as_ref() {
                let _ = c.post_message(&beat.message().into());
            }
        }
    });
}

/// The time now (ms since 1970), renewed every second while the component is on the page.
#[hook]
pub fn use_clock() -> f64 {
    let now = use_state_eq(js_sys::Date::now);
    {
        let now = now.clone();
        use_effect_with((), move |_| {
            let tick = Interval::new(1_000, move || now.set(js_sys::Date::now()));
            move || drop(tick)
        });
    }
    *now
}

/// Opens the presenter view (`hash` is its route) in a window of its own; false when the
/// browser refused (a pop-up blocker).
pub fn open_presenter(hash: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let location = window.location();
    let page = format!("{}{}#{hash}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    matches!(window.open_with_url_and_target_and_features(&page, "omkering-presenter", "popup,width=1100,height=750"), Ok(Some(_)))
}

/// The time of day as "14:05".
pub fn clock_text(ms: f64) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(ms));
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}
