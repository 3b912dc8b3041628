//! A running presentation: where it is, whether the screen is black, whether the overview is
//! open, and the slide number being typed. `apply` takes a key's command and says what the
//! browser must do besides showing the new state (full screen, leave). An instance keeps the
//! position only in its route and the rest as a [`Stage`] (`state::State::show`): one source of
//! truth each, and a `Show` is put together from both for the moment of a command.

use super::deck::{Deck, Position};
use super::keys::{Command, Settings};
use super::sync::Beat;

/// What a running presentation keeps besides its position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Stage {
    pub black: bool,
    pub overview: bool,
    /// The digits typed so far, as a number (a slide number counts from 1).
    pub typed: Option<usize>,
    pub settings: Settings,
    /// How many times full screen was asked for; the view toggles full screen when it changes
    /// (the browser's part of [`Effect::ToggleFullscreen`]).
    pub fullscreen: u32,
}

impl Stage {
    /// The show at `at` with this stage.
    pub fn at(self, at: Position) -> Show {
        Show { at, black: self.black, overview: self.overview, typed: self.typed }
    }

    /// Takes the black screen, overview and typed number of `show`.
    pub fn keep(&mut self, show: Show) {
        (self.black, self.overview, self.typed) = (show.black, show.overview, show.typed);
    }

    /// The stage after the presentation is left: only the settings stay.
    pub fn left(self) -> Stage {
        Stage { settings: self.settings, fullscreen: self.fullscreen, ..Stage::default() }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Show {
    pub at: Position,
    pub black: bool,
    pub overview: bool,
    /// The digits typed so far, as a number (a slide number counts from 1).
    pub typed: Option<usize>,
}

/// What the browser does after a command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    ToggleFullscreen,
    Leave,
}

impl Show {
    pub fn at(deck: &Deck, at: Position) -> Show {
        Show { at: deck.clamp(at), ..Show::default() }
    }

    /// Takes on where another window of the presentation is: its black screen, and its
    /// position through the one clamping function (a window of a newer release, or any page of
    /// the same origin, may name a slide this deck does not have).
    pub fn follow(&mut self, beat: Beat, deck: &Deck) {
        self.black = beat.black;
        self.at = deck.clamp(Position { slide: beat.slide, step: beat.step });
    }

    pub fn apply(&mut self, command: Command, deck: &Deck) -> Option<Effect> {
        self.at = deck.clamp(self.at);
        if command == Command::Leave {
            (self.black, self.overview, self.typed) = (false, false, None);
            return Some(Effect::Leave);
        }
        // A black screen comes back with any key, and that key does nothing else.
        if self.black {
            self.black = false;
            return None;
        }
        match command {
            Command::Digit(d) => {
                let n = self.typed.unwrap_or(0) * 10 + usize::from(d);
                self.typed = (n <= 999).then_some(n).or(self.typed);
                return None;
            }
            Command::Enter if self.typed.is_some() => {
                let n = self.typed.take().unwrap_or(0);
                if (1..=deck.len()).contains(&n) {
                    self.at = Position { slide: n - 1, step: 0 };
                    self.overview = false;
                }
                return None;
            }
            Command::Escape if self.typed.is_some() => {
                self.typed = None;
                return None;
            }
            _ => self.typed = None,
        }
        match command {
            Command::Next if self.overview => self.at = deck.clamp(Position { slide: self.at.slide + 1, step: 0 }),
            Command::Prev if self.overview => self.at = Position { slide: self.at.slide.saturating_sub(1), step: 0 },
            Command::Next => self.at = deck.next(self.at),
            Command::Prev => self.at = deck.prev(self.at),
            Command::First => self.at = deck.first(),
            Command::Last => self.at = deck.last(),
            Command::Black => self.black = true,
            Command::Overview => self.overview = !self.overview,
            Command::Enter => self.overview = false,
            Command::Fullscreen => return Some(Effect::ToggleFullscreen),
            Command::Escape if self.overview => self.overview = false,
            Command::Escape => return Some(Effect::Leave),
            Command::Digit(_) | Command::Leave => {}
        }
        None
    }
}
