//! The session's clock in the browser: its start is kept under the one storage key
//! (`assessment::store::with_clock`), so the elapsed time survives a reload of the presentation
//! or the presenter window, and both windows (same origin, same storage) count from the same
//! start; a restart in one reaches the other through the storage event. Where the storage is
//! blocked the clock lives as long as the page.

use super::storage;
use crate::assessment::store;
use crate::present::timing::running;
use yew::prelude::*;

fn points() -> Vec<&'static str> {
    crate::embedded::content().point_ids()
}

/// The session clock's start (milliseconds since 1970), whether the storage keeps it, and a
/// callback that restarts it now.
#[hook]
pub fn use_session_clock() -> (f64, bool, Callback<()>) {
    let start = use_state_eq(js_sys::Date::now);
    let kept = use_state_eq(|| false);
    let changed = {
        let start = start.clone();
        Callback::from(move |opened| {
            if let Some(c) = store::clock(&opened, &points()) {
                start.set(c as f64);
            }
        })
    };
    let writer = storage::use_other_writers(changed);
    let keep = {
        let kept = kept.clone();
        move |ms: f64| {
            let text = store::with_clock(&storage::read(), ms as u64, &points());
            kept.set(text.is_some_and(|t| storage::write(&t, writer)));
        }
    };
    {
        let (start, keep, kept) = (start.clone(), keep.clone(), kept.clone());
        use_effect_with((), move |_| {
            let saved = store::clock(&storage::read(), &points()).map(|c| c as f64);
            let (at, new) = running(saved, js_sys::Date::now());
            if new {
                keep(at);
            } else {
                kept.set(true);
            }
            start.set(at);
        });
    }
    let restart = {
        let start = start.clone();
        Callback::from(move |()| {
            let now = js_sys::Date::now();
            keep(now);
            start.set(now);
        })
    };
    (*start, *kept, restart)
}
