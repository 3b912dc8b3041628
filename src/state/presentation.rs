//! The presentation's part of the state: a key's command, and another window's beat, applied to
//! the route (which holds the position) and the stage (which holds the rest). Both go through
//! the one clamping function (`Deck::clamp`, inside `Show::apply` and `Show::follow`), so a
//! position from outside never reaches an index unchecked.
//!
//! A [`Change`] carries the function that applies it: only the presentation's views make one, so
//! this code goes into the presentation's wasm chunk, not into every visitor's start module
//! (about 1.4 KB brotli, measured when it was a plain match arm of `State::apply`).

use super::{Action, State};
use crate::present::deck::{Deck, Position};
use crate::present::keys::Command;
use crate::present::show::Effect;
use crate::present::sync::Beat;
use crate::route::{session_of, View};

/// A presentation's change of the state, with the function that applies it.
#[derive(Clone, Copy, Debug)]
pub struct Change {
    apply: fn(State, Input) -> State,
    input: Input,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Input {
    Command(Command),
    Beat(Beat),
}

/// Two changes are equal when they carry the same input (the function follows from it).
impl PartialEq for Change {
    fn eq(&self, other: &Change) -> bool {
        self.input == other.input
    }
}

impl Change {
    /// A key's or a button's command.
    pub fn command(command: Command) -> Action {
        Action::Present(Change { apply: State::apply_input, input: Input::Command(command) })
    }

    /// Where another window of the presentation is (its channel message).
    pub fn follow(beat: Beat) -> Action {
        Action::Present(Change { apply: State::apply_input, input: Input::Beat(beat) })
    }

    pub(super) fn run(self, state: State) -> State {
        (self.apply)(state, self.input)
    }
}

impl State {
    fn apply_input(self, input: Input) -> State {
        match input {
            Input::Command(c) => self.command(c),
            Input::Beat(b) => self.follow(b),
        }
    }

    /// A command in the presentation or the presenter view; anywhere else it changes nothing.
    /// Escape leaves the presentation (not the presenter view) for the explainer's view of the
    /// slide; full screen is counted in the stage for the view to carry out.
    fn command(mut self, command: Command) -> State {
        let Some(at) = Position::of(self.route.view) else { return self };
        let session = session_of(self.route.view);
        let deck = Deck::new(self.content, session);
        let mut show = self.show.at(at);
        let effect = show.apply(command, &deck);
        self.show.keep(show);
        let slides = matches!(self.route.view, View::Present { .. });
        self.moved(if slides { show.at.present(session) } else { show.at.presenter(session) });
        match effect {
            Some(Effect::ToggleFullscreen) => self.show.fullscreen = self.show.fullscreen.wrapping_add(1),
            Some(Effect::Leave) if slides => self.moved(deck.view_at(show.at)),
            _ => {}
        }
        self
    }

    /// Takes on where another window of the presentation is: its session (checked), position
    /// and black screen.
    fn follow(mut self, beat: Beat) -> State {
        let Some(at) = Position::of(self.route.view) else { return self };
        let (session, _) = beat.session.rechecked(self.content);
        let mut show = self.show.at(at);
        show.follow(beat, &Deck::new(self.content, session));
        self.show.keep(show);
        let slides = matches!(self.route.view, View::Present { .. });
        self.moved(if slides { show.at.present(session) } else { show.at.presenter(session) });
        self
    }

    /// Another view: as a navigation, which also ends a notice.
    fn moved(&mut self, view: View) {
        if view != self.route.view {
            self.route.view = view;
            self.notice = None;
        }
    }
}
