//! The keys of the presentation and the presenter view: which key events they take (never one
//! typed into a text field, never one with Ctrl, Alt or Meta, and Enter or Space on a button
//! stays the button's), and the running show they drive (`present::show`, host-tested).

use crate::present::deck::{Deck, Position};
use crate::present::keys::{command, Command};
use crate::present::show::{Effect, Show};
use crate::present::sync::Beat;
use crate::ui::app::AppState;
use crate::web::keys::{belongs_to_target, origin};
use crate::state::Action;
use gloo_events::{EventListener, EventListenerOptions};
use std::cell::Cell;
use wasm_bindgen::JsCast;
use yew::prelude::*;

thread_local! {
    /// The presentation's settings for the visit: high contrast, and single-letter keys (on by
    /// default; WCAG 2.1.4 asks that they can be switched off).
    pub static SETTINGS: Cell<Settings> = const { Cell::new(Settings { contrast: false, letters: true }) };
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Settings {
    pub contrast: bool,
    pub letters: bool,
}

/// The command of a key event for the show, or `None` when the event is not the show's. On a
/// black screen any key is taken (it only brings the slide back: `Show::apply`).
pub fn command_of(e: &KeyboardEvent, black: bool) -> Option<Command> {
    if e.ctrl_key() || e.meta_key() || e.alt_key() || e.default_prevented() {
        return None;
    }
    let key = e.key();
    if belongs_to_target(origin(e), &key) {
        return None;
    }
    let any = black && !matches!(key.as_str(), "Shift" | "Control" | "Alt" | "Meta" | "CapsLock" | "Tab");
    command(&key, SETTINGS.with(Cell::get).letters).or(any.then_some(Command::Escape))
}

/// What a window of the presentation is: the slides, or the presenter view.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Role {
    Slides,
    Presenter,
}

/// A running show at the route's position: the black screen, overview and typed number kept
/// here, the position in the route (so a reload keeps it), in step with the other windows of
/// the presentation. `run` applies a command.
#[hook]
pub fn use_show(state: &AppState, at: Position, role: Role, root: NodeRef) -> (Show, Callback<Command>) {
    let deck = use_memo((), |_| Deck::new(crate::embedded::full()));
    let local = use_state_eq(Show::default);
    let show = Show { at, ..*local };
    {
        // On the standalone page the windows of the presentation follow each other.
        let standalone = state.config.standalone;
        let (state, local, deck) = (state.clone(), local.clone(), deck.clone());
        let follow = Callback::from(move |b: Beat| {
            let mut next = *local;
            next.follow(b, &deck);
            local.set(next);
            state.dispatch(Action::Navigate(if role == Role::Slides { next.at.present() } else { next.at.presenter() }));
        });
        crate::web::present::use_channel(standalone, Beat { slide: show.at.slide, step: show.at.step, black: show.black }, follow);
    }
    let run = {
        let (state, local, deck) = (state.clone(), local.clone(), deck.clone());
        Callback::from(move |cmd: Command| {
            let mut next = Show { at, ..*local };
            let effect = next.apply(cmd, &deck);
            local.set(next);
            if next.at != at {
                state.dispatch(Action::Navigate(match role {
                    Role::Slides => next.at.present(),
                    Role::Presenter => next.at.presenter(),
                }));
            }
            match effect {
                Some(Effect::ToggleFullscreen) => {
                    if let Some(el) = root.cast::<web_sys::Element>() {
                        crate::web::present::toggle_fullscreen(&el);
                    }
                }
                Some(Effect::Leave) if role == Role::Slides => leave(&state, deck.view_at(next.at)),
                _ => {}
            }
        })
    };
    (show, run)
}

/// Leaves the presentation for `view` (and full screen, if the page is in it).
pub fn leave(state: &AppState, view: crate::route::View) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if doc.fullscreen_element().is_some() {
            doc.exit_fullscreen();
        }
    }
    state.dispatch(Action::Navigate(view));
}

/// The root's key handler, and on the standalone page (the page is the explainer's own) the same
/// for keys pressed while nothing in the explainer has focus, as after a reload.
#[hook]
pub fn use_keys(state: &AppState, run: Callback<Command>, root: NodeRef, black: bool) -> Callback<KeyboardEvent> {
    let standalone = state.config.standalone;
    {
        let (run, root) = (run.clone(), root.clone());
        use_effect_with((standalone, black), move |(standalone, black)| {
            let black = *black;
            let listener = standalone.then(|| web_sys::window()).flatten().map(|w| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&w, "keydown", options, move |e| {
                    let inside = root.cast::<web_sys::Node>().zip(origin(e).and_then(|t| t.dyn_into::<web_sys::Node>().ok()));
                    if inside.is_some_and(|(r, t)| r.contains(Some(&t))) {
                        return;
                    }
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else { return };
                    if let Some(cmd) = command_of(e, black) {
                        e.prevent_default();
                        run.emit(cmd);
                    }
                })
            });
            move || drop(listener)
        });
    }
    Callback::from(move |e: KeyboardEvent| {
        if let Some(cmd) = command_of(&e, black) {
            e.prevent_default();
            run.emit(cmd);
        }
    })
}
