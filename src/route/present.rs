//! The presentation's part of a route: `/present/<slide>[/<step>]` for the slides and
//! `/presenter/<slide>[/<step>]` for the presenter view, both counted from 1; step 1 (an
//! omkering slide's overview, the only step of any other slide) is left out. Also the bridge
//! between routes and the deck (which knows no routes): a position as a view, the slide a view
//! starts the presentation at, and the view a slide leaves to.

use super::{Problem, View};
use crate::content::{Content, SlideKind};
use crate::present::deck::{steps_of, Deck, Position};

/// The slide and step named by the segments after `present` or `presenter`, how many segments it
/// used, and the problem. A slide that does not exist opens the first slide; a step it does not
/// have opens its first step.
pub(super) fn parse(rest: &[String], content: &'static Content) -> ((u8, u8), usize, Option<Problem>) {
    let number = |s: Option<&String>| s.filter(|s| s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit())).and_then(|s| s.parse::<usize>().ok());
    let slides = content.tour.slides.len();
    let Some(first) = rest.first() else { return ((0, 0), 0, None) };
    let slide = match number(Some(first)) {
        Some(n) if (1..=slides).contains(&n) => n - 1,
        _ => return ((0, 0), 1, Some(Problem::UnknownItem)),
    };
    let Some(second) = rest.get(1) else { return ((slide as u8, 0), 1, None) };
    match number(Some(second)) {
        Some(n) if (1..=steps_of(content, slide)).contains(&n) => ((slide as u8, (n - 1) as u8), 2, None),
        _ => ((slide as u8, 0), 2, Some(Problem::StepOutOfRange)),
    }
}

/// Writes what follows `present` or `presenter`: the slide and step.
pub(super) fn format(out: &mut String, view: View) {
    let (slide, step) = match view {
        View::Present { slide, step } | View::Presenter { slide, step } => (slide, step),
        _ => return,
    };
    out.push_str(&format!("/{}", usize::from(slide) + 1));
    if step > 0 {
        out.push_str(&format!("/{}", usize::from(step) + 1));
    }
}

impl Position {
    /// The position a presentation route names.
    pub fn of(view: View) -> Option<Position> {
        match view {
            View::Present { slide, step } | View::Presenter { slide, step } => Some(Position { slide: slide.into(), step: step.into() }),
            _ => None,
        }
    }

    /// The presentation's route at this position (content validation keeps a tour within 256
    /// slides of at most 256 steps, so a clamped position fits).
    pub fn present(self) -> View {
        View::Present { slide: self.slide.min(255) as u8, step: self.step.min(255) as u8 }
    }

    /// The presenter view's route at this position.
    pub fn presenter(self) -> View {
        View::Presenter { slide: self.slide.min(255) as u8, step: self.step.min(255) as u8 }
    }
}

impl Deck {
    /// Where the presentation starts from a view (the key `P` or the button): the slide that
    /// shows what the view shows, else the first slide.
    pub fn start_for(&self, view: View) -> Position {
        let find = |kind: SlideKind, item: Option<&str>| {
            self.slides.iter().position(|s| s.kind == kind && (item.is_none() || s.item == item))
        };
        let slide = match view {
            View::Omkering { mode, .. } => find(SlideKind::Omkering, mode).or_else(|| find(SlideKind::Omkering, None)),
            View::Themes { theme: Some(t) } => find(SlideKind::Theme, Some(t)).or_else(|| find(SlideKind::Themes, None)),
            View::Themes { theme: None } => find(SlideKind::Themes, None),
            View::Development { .. } => find(SlideKind::Development, None),
            View::Assessment => find(SlideKind::Assessment, None),
            View::Present { .. } | View::Presenter { .. } => return self.clamp(Position::of(view).unwrap_or_default()),
            _ => None,
        };
        Position { slide: slide.unwrap_or(0), step: 0 }
    }

    /// The view a presentation leaves to (Esc): the explainer's view of what the slide showed.
    pub fn view_at(&self, p: Position) -> View {
        let Some(s) = self.slides.get(p.slide) else { return View::Start };
        match s.kind {
            SlideKind::Omkering => View::Omkering { mode: s.item, step: p.step.checked_sub(1), select: None },
            SlideKind::Themes => View::Themes { theme: None },
            SlideKind::Theme => View::Themes { theme: s.item },
            SlideKind::Development => View::Development { point: None },
            SlideKind::Assessment => View::Assessment,
            // The background slides leave to the view that holds them all.
            SlideKind::Finance | SlideKind::Layers | SlideKind::Tracks | SlideKind::List => View::Context,
            SlideKind::Title | SlideKind::Qr | SlideKind::Closing => View::Start,
        }
    }
}
