//! A running presentation: where it is, whether the screen is black, whether the overview, the
//! "Meer" menu or the key help is open, and the slide number being typed. `apply` takes a key's
//! command and says what the browser must do besides showing the new state (full screen,
//! leave). Escape closes the innermost open thing first (the key help, the menu, a typed number,
//! the overview) and only then leaves. An instance keeps the
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
    /// The "Meer" menu of the control bar is open.
    pub menu: bool,
    /// The digits typed so far, as a number (a slide number counts from 1).
    pub typed: Option<usize>,
    /// The key help was seen: it shows on the first slide until the first key or command, once
    /// per page (leaving the presentation keeps this).
    pub help_seen: bool,
    pub settings: Settings,
    /// How many times full screen was asked for; the view toggles full screen when it changes
    /// (the browser's part of [`Effect::ToggleFullscreen`]).
    pub fullscreen: u32,
}

impl Stage {
    /// The show at `at` with this stage.
    pub fn at(self, at: Position) -> Show {
        let help = !self.help_seen && at == Position::default();
        Show { at, black: self.black, overview: self.overview, menu: self.menu, typed: self.typed, help }
    }

    /// Takes the black screen, overview, menu and typed number of `show`, after a command or
    /// another window's move: from then on the key help is seen.
    pub fn keep(&mut self, show: Show) {
        (self.black, self.overview, self.menu, self.typed) = (show.black, show.overview, show.menu, show.typed);
        self.help_seen = true;
    }

    /// The stage after the presentation is left: only the settings, and that the key help was
    /// seen, stay.
    pub fn left(self) -> Stage {
        Stage { settings: self.settings, fullscreen: self.fullscreen, help_seen: self.help_seen, ..Stage::default() }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Show {
    pub at: Position,
    pub black: bool,
    pub overview: bool,
    pub menu: bool,
    /// The digits typed so far, as a number (a slide number counts from 1).
    pub typed: Option<usize>,
    /// The key help shows (the first slide, before the first key).
    pub help: bool,
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
            (self.black, self.overview, self.menu, self.typed, self.help) = (false, false, false, None, false);
            return Some(Effect::Leave);
        }
        // A black screen comes back with any key, and that key does nothing else.
        if self.black {
            self.black = false;
            return None;
        }
        // The key help goes with any key; Escape (also any key that is not a command) does only
        // that, the others also act.
        if std::mem::take(&mut self.help) && command == Command::Escape {
            return None;
        }
        if let Command::Menu(open) = command {
            self.menu = open;
            return None;
        }
        // Any other command closes the menu; Escape does only that.
        if std::mem::take(&mut self.menu) && command == Command::Escape {
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
            Command::Digit(_) | Command::Leave | Command::Menu(_) => {}
        }
        None
    }
}
