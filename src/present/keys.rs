//! The keys of the presentation mode, as presentation software and presenter clickers use them
//! (clickers send PageUp and PageDown, some also B or `.` for a black screen, and F5).

/// What a key asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Next,
    Prev,
    First,
    Last,
    Black,
    Fullscreen,
    Overview,
    /// A digit of a slide number to jump to.
    Digit(u8),
    /// Jump to the typed number, or open the slide chosen in the overview.
    Enter,
    Escape,
    /// The Stoppen button: leave the presentation from wherever the show is (an open overview,
    /// menu or key help, a typed number, a black screen), where Escape first closes those.
    Leave,
    /// Open (true) or close the control bar's "Meer" menu (its button; no key).
    Menu(bool),
}

/// What the visitor sets for a presentation: high contrast, and single-letter keys (on by
/// default; WCAG 2.1.4 asks that they can be switched off). Each instance keeps its own
/// (`state::State::show`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    pub contrast: bool,
    pub letters: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { contrast: false, letters: true }
    }
}

/// The command of a key (`KeyboardEvent.key`). With `letters` off (WCAG 2.1.4, character key
/// shortcuts), B, F, O and `.` do nothing; named keys and digits always work.
pub fn command(key: &str, letters: bool) -> Option<Command> {
    let named = match key {
        "ArrowRight" | "ArrowDown" | " " | "Spacebar" | "PageDown" => Some(Command::Next),
        "ArrowLeft" | "ArrowUp" | "PageUp" => Some(Command::Prev),
        "Home" => Some(Command::First),
        "End" => Some(Command::Last),
        "Enter" => Some(Command::Enter),
        "Escape" | "Esc" => Some(Command::Escape),
        _ => None,
    };
    if named.is_some() {
        return named;
    }
    let mut chars = key.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else { return None };
    if let Some(d) = c.to_digit(10) {
        return Some(Command::Digit(d as u8));
    }
    if !letters {
        return None;
    }
    match c.to_ascii_lowercase() {
        'b' | '.' => Some(Command::Black),
        'f' => Some(Command::Fullscreen),
        'o' => Some(Command::Overview),
        _ => None,
    }
}
