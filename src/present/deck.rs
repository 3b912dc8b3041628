//! The slides of the tour, each with its number of steps: an omkering slide shows its overview
//! and then each step of its mode (like fragments); every other slide is one step. A position is
//! a slide and a step; walking forward visits every step of every slide in order.

use crate::content::{Content, SlideKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeckSlide {
    pub kind: SlideKind,
    /// The theme or mode id, where the slide names one.
    pub item: Option<&'static str>,
    /// How many steps the slide has (at least one).
    pub steps: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deck {
    pub slides: Vec<DeckSlide>,
}

/// Where a presentation is: a slide and a step of it, both from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Position {
    pub slide: usize,
    pub step: usize,
}

impl Deck {
    pub fn new(content: &'static Content) -> Deck {
        let slides = content
            .tour
            .slides
            .iter()
            .map(|s| {
                let item = s.item.map(|i| i.as_str());
                let steps = match s.kind {
                    SlideKind::Omkering => 1 + content.mode(item).steps.len(),
                    _ => 1,
                };
                DeckSlide { kind: s.kind, item, steps }
            })
            .collect();
        Deck { slides }
    }

    pub fn len(&self) -> usize {
        self.slides.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slides.is_empty()
    }

    /// The position in range: a slide that exists, a step it has.
    pub fn clamp(&self, p: Position) -> Position {
        let slide = p.slide.min(self.len().saturating_sub(1));
        let steps = self.slides.get(slide).map_or(1, |s| s.steps);
        Position { slide, step: p.step.min(steps - 1) }
    }

    /// The next step, or the first step of the next slide; the end stays the end.
    pub fn next(&self, p: Position) -> Position {
        let steps = self.slides.get(p.slide).map_or(1, |s| s.steps);
        if p.step + 1 < steps {
            Position { step: p.step + 1, ..p }
        } else if p.slide + 1 < self.len() {
            Position { slide: p.slide + 1, step: 0 }
        } else {
            p
        }
    }

    /// The step before, or the last step of the slide before; the start stays the start.
    pub fn prev(&self, p: Position) -> Position {
        if p.step > 0 {
            Position { step: p.step - 1, ..p }
        } else if p.slide > 0 {
            Position { slide: p.slide - 1, step: self.slides[p.slide - 1].steps - 1 }
        } else {
            p
        }
    }

    pub fn first(&self) -> Position {
        Position::default()
    }

    /// The last step of the last slide.
    pub fn last(&self) -> Position {
        let slide = self.len().saturating_sub(1);
        Position { slide, step: self.slides.get(slide).map_or(1, |s| s.steps) - 1 }
    }

    /// Every position in order, as walking forward visits them.
    pub fn order(&self) -> Vec<Position> {
        self.slides.iter().enumerate().flat_map(|(slide, s)| (0..s.steps).map(move |step| Position { slide, step })).collect()
    }

    /// The slide after the current one (for the presenter view), if any.
    pub fn upcoming(&self, p: Position) -> Option<Position> {
        (p.slide + 1 < self.len()).then_some(Position { slide: p.slide + 1, step: 0 })
    }
}
