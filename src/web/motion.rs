//! Motion: whether the visitor asked for less of it, and a transition clock that runs on
//! animation frames (and not at all with `prefers-reduced-motion: reduce`).

use gloo_render::{request_animation_frame, AnimationFrame};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Whether the visitor's system asks for reduced motion, at this moment.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|q| q.matches())
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// A transition from one value to another: where it comes from, where it goes, and how far it
/// is (0 to 1, linear in time).
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Transition<T> {
    pub from: T,
    pub to: T,
    pub t: f32,
}

impl<T: PartialEq> Transition<T> {
    pub fn running(&self) -> bool {
        self.t < 1.0 && self.from != self.to
    }
}

/// Follows `target`: when it changes, runs a transition of `duration_ms` on animation frames.
/// With reduced motion the transition ends at once.
#[hook]
pub fn use_transition<T: Copy + PartialEq + 'static>(target: T, duration_ms: f64) -> Transition<T> {
    let state = use_state_eq(|| Transition { from: target, to: target, t: 1.0 });
    let frame: Rc<RefCell<Option<AnimationFrame>>> = use_mut_ref(|| None);
    {
        let state = state.clone();
        let frame = frame.clone();
        use_effect_with(target, move |&target| {
            let current = *state;
            if current.to != target {
                if prefers_reduced_motion() {
                    state.set(Transition { from: target, to: target, t: 1.0 });
                    *frame.borrow_mut() = None;
                } else {
                    // From what is on screen now: the old target (a switch in flight restarts).
                    state.set(Transition { from: current.to, to: target, t: 0.0 });
                    tick(state.clone(), frame.clone(), current.to, target, now(), duration_ms);
                }
            }
            let frame = frame.clone();
            move || {
                frame.borrow_mut().take();
            }
        });
    }
    *state
}

fn tick<T: Copy + PartialEq + 'static>(
    state: UseStateHandle<Transition<T>>,
    frame: Rc<RefCell<Option<AnimationFrame>>>,
    from: T,
    to: T,
    start: f64,
    duration_ms: f64,
) {
    let slot = frame.clone();
    let handle = request_animation_frame(move |time| {
        let t = ((time - start) / duration_ms).clamp(0.0, 1.0) as f32;
        state.set(Transition { from, to, t });
        if t < 1.0 {
            tick(state, frame, from, to, start, duration_ms);
        } else {
            frame.borrow_mut().take();
        }
    });
    *slot.borrow_mut() = Some(handle);
}
