//! The keys of the presentation and the presenter view: which key events they take (never one
//! typed into a text field, never one with Ctrl, Alt or Meta, and Enter or Space on a button
//! stays the button's), and the running show they drive (`present::show`, host-tested).

use crate::present::deck::Position;
use crate::present::keys::{command, Command};
use crate::present::show::Show;
use crate::present::sync::Beat;
use crate::ui::app::AppState;
use crate::web::keys::{belongs_to_target, origin};
use crate::state::Change;
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The command of a key event for the show, or `None` when the event is not the show's. With
/// `any` (a black screen, or the key help showing) any key is taken: one that is no command
/// counts as Escape, which only brings the slide back or closes the help (`Show::apply`).
/// `letters`: whether single-letter keys are on (the instance's settings).
pub fn command_of(e: &KeyboardEvent, any: bool, letters: bool) -> Option<Command> {
    if e.ctrl_key() || e.meta_key() || e.alt_key() || e.default_prevented() {
        return None;
    }
    let key = e.key();
    if belongs_to_target(origin(e), &key) {
        return None;
    }
    let any = any && !matches!(key.as_str(), "Shift" | "Control" | "Alt" | "Meta" | "CapsLock" | "Tab");
    command(&key, letters).or(any.then_some(Command::Escape))
}

/// The running show of this instance: its position from the route, the rest from the state's
/// stage (`state::presentation` applies the commands), in step with the other windows of the
/// presentation on the standalone page. `run` applies a command; full screen, which only the
/// browser can do, follows the stage's count of requests for it.
#[hook]
pub fn use_show(state: &AppState, root: NodeRef) -> (Show, Callback<Command>) {
    let at = Position::of(state.route.view).unwrap_or_default();
    let show = state.show.at(at);
    {
        let follow = {
            let state = state.clone();
            Callback::from(move |b: Beat| state.dispatch(Change::follow(b)))
        };
        crate::web::present::use_channel(state.config.standalone, Beat { session: crate::route::session_of(state.route.view), slide: at.slide, step: at.step, black: show.black }, follow);
    }
    {
        // Full screen when asked for since this view opened (not for a count from before).
        let asked = state.show.fullscreen;
        let seen = use_mut_ref(|| asked);
        use_effect_with(asked, move |asked| {
            if std::mem::replace(&mut *seen.borrow_mut(), *asked) != *asked {
                if let Some(el) = root.cast::<web_sys::Element>() {
                    crate::web::present::toggle_fullscreen(&el);
                }
            }
        });
    }
    use_effect_with((), |_| {
        // Leaving the presentation, by any way, leaves full screen too.
        || {
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                if doc.fullscreen_element().is_some() {
                    doc.exit_fullscreen();
                }
            }
        }
    });
    let run = {
        let state = state.clone();
        Callback::from(move |cmd: Command| state.dispatch(Change::command(cmd)))
    };
    (show, run)
}


/// The root's key handler, and on the standalone page (the page is the explainer's own) the same
/// for keys pressed while nothing in the explainer has focus, as after a reload. `any`: every
/// key is the show's (`command_of`).
#[hook]
pub fn use_keys(state: &AppState, run: Callback<Command>, root: NodeRef, any: bool) -> Callback<KeyboardEvent> {
    let standalone = state.config.standalone;
    let letters = state.show.settings.letters;
    {
        let (run, root) = (run.clone(), root.clone());
        use_effect_with((standalone, any, letters), move |(standalone, any, letters)| {
            let (any, letters) = (*any, *letters);
            let listener = standalone.then(|| web_sys::window()).flatten().map(|w| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&w, "keydown", options, move |e| {
                    let inside = root.cast::<web_sys::Node>().zip(origin(e).and_then(|t| t.dyn_into::<web_sys::Node>().ok()));
                    if inside.is_some_and(|(r, t)| r.contains(Some(&t))) {
                        return;
                    }
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else { return };
                    if let Some(cmd) = command_of(e, any, letters) {
                        e.prevent_default();
                        run.emit(cmd);
                    }
                })
            });
            move || drop(listener)
        });
    }
    Callback::from(move |e: KeyboardEvent| {
        if let Some(cmd) = command_of(&e, any, letters) {
            e.prevent_default();
            run.emit(cmd);
        }
    })
}
