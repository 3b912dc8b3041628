//! Work that waits for the frame after this one: a callback that runs once the next frame has
//! painted, and a value that follows another one frame later, for the parts of a view that a
//! visitor does not need in the very frame that answers a key or a click (what React calls a
//! deferred value). The answer paints first; the rest follows.

use gloo_render::{request_animation_frame, AnimationFrame};
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// A callback waiting for the next frame, then for the task after it (a frame callback runs
/// before that frame paints; a task it starts runs after). Dropping it cancels the callback.
pub struct AfterFrame {
    _frame: AnimationFrame,
    _timer: Rc<RefCell<Option<Timeout>>>,
}

pub fn after_frame(callback: impl FnOnce() + 'static) -> AfterFrame {
    let timer: Rc<RefCell<Option<Timeout>>> = Rc::default();
    // Weak: the handle owns the timer, so dropping the handle frees it.
    let slot = Rc::downgrade(&timer);
    let frame = request_animation_frame(move |_| {
        if let Some(slot) = slot.upgrade() {
            *slot.borrow_mut() = Some(Timeout::new(0, callback));
        }
    });
    AfterFrame { _frame: frame, _timer: timer }
}

/// `value`, or until the frame after it changed, its previous value.
#[hook]
pub fn use_deferred<T: Clone + PartialEq + 'static>(value: T) -> T {
    let shown = use_state_eq(|| value.clone());
    let pending: Rc<RefCell<Option<AfterFrame>>> = use_mut_ref(|| None);
    {
        let shown = shown.clone();
        use_effect_with(value, move |value| {
            if *shown != *value {
                let value = value.clone();
                *pending.borrow_mut() = Some(after_frame(move || shown.set(value)));
            }
            // A newer value (or the end of the component) cancels an update not yet done.
            move || drop(pending.borrow_mut().take())
        });
    }
    (*shown).clone()
}
