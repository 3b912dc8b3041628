//! A value that follows another one frame later, for the parts of a view that a visitor does not
//! need in the very frame that answers a key or a click (what React calls a deferred value). The
//! answer paints first; the rest follows in the next frame.

use gloo_render::{request_animation_frame, AnimationFrame};
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// `value`, or until the frame after it changed, its previous value.
#[hook]
pub fn use_deferred<T: Clone + PartialEq + 'static>(value: T) -> T {
    let shown = use_state_eq(|| value.clone());
    let pending: Rc<RefCell<(Option<AnimationFrame>, Option<Timeout>)>> = use_mut_ref(Default::default);
    {
        let shown = shown.clone();
        use_effect_with(value, move |value| {
            if *shown != *value {
                // A frame callback runs before that frame paints; the task after it runs after.
                let value = value.clone();
                let slot = pending.clone();
                pending.borrow_mut().0 = Some(request_animation_frame(move |_| {
                    slot.borrow_mut().1 = Some(Timeout::new(0, move || shown.set(value)));
                }));
            }
            // A newer value (or the end of the component) cancels an update not yet done.
            move || *pending.borrow_mut() = Default::default()
        });
    }
    (*shown).clone()
}
