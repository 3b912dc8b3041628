//! The slides of the tour, each with its number of steps: an omkering slide shows its overview
//! and then each step of its mode (like fragments); every other slide is one step. A position is
//! a slide and a step; walking forward visits every step of every slide in order. The deck knows
//! no routes: how a position is written as a view, and which view a slide leaves to, is
//! `route::present`'s.

use super::session::Session;
use crate::content::{Content, Full, Lang, Slide, SlideKind, SlideTexts};

/// The address the QR slide shows: the element's `public-url`, else the tour's `public_url`,
/// else the page's own address without its query and route (a CMS preview token or tracking
/// parameters in the query are not for the room).
/// `None` when there is no address to give: the page runs from disk (the offline package) and
/// neither the attribute nor the content names one.
pub fn public_url<'a>(attribute: Option<&'a str>, content: &'a Content, page: &'a str) -> Option<&'a str> {
    let configured = content.tour.public_url.as_str();
    let page = page.split(['#', '?']).next().unwrap_or_default();
    let web = page.starts_with("https://") || page.starts_with("http://");
    attribute.or((!configured.is_empty()).then_some(configured)).or(web.then_some(page))
}

/// The offline package that `cargo xtask build` puts beside the standalone page (`base` is the
/// loader's folder); not offered where the page itself runs from disk (that is the package).
pub fn offline_package(base: &str) -> Option<String> {
    (!base.starts_with("file:")).then(|| format!("{base}omkering-offline.zip"))
}

/// The title of the slide at `index` of `tour.toml` (its own, or that of what it shows), for the
/// overview, the presenter view, the chooser and the slide's label.
pub fn title(c: &'static Full, index: usize, lang: Lang) -> &'static str {
    c.tour.slides.get(index).map_or("", |s| title_of(c, s, c.slide(index), lang))
}

/// The slide at `index` as the chooser and the guide list it: its title, after "Titeldia" for
/// the title slide (whose title is the explainer's own, like the omkering slide's).
pub fn listed_title(c: &'static Full, index: usize, lang: Lang) -> String {
    let name = title(c, index, lang);
    match c.tour.slides.get(index) {
        Some(s) if s.kind == SlideKind::Title => format!("{}: {name}", c.views.session_view.title_slide.get(lang)),
        _ => name.to_string(),
    }
}

/// The title of any slide `tour.toml` lists (also one switched off), with its texts.
pub fn title_of(c: &'static Full, s: &Slide, texts: Option<&'static SlideTexts>, lang: Lang) -> &'static str {
    let item = s.item.map(|i| i.as_str());
    match (s.kind, texts.and_then(|t| t.title.as_ref())) {
        (_, Some(t)) => t.get(lang),
        (SlideKind::Omkering, None) => c.mode(item).name.get(lang),
        (SlideKind::Themes, None) => c.ui.themes.title.get(lang),
        (SlideKind::Theme, None) => c.themes.iter().find(|t| Some(t.id.as_str()) == item).map_or("", |t| t.name.get(lang)),
        (SlideKind::Development, None) => c.ui.development.title.get(lang),
        (SlideKind::Assessment, None) => c.ui.assessment.title.get(lang),
        (SlideKind::Finance | SlideKind::Layers | SlideKind::Tracks | SlideKind::List, None) => {
            super::background::cards(c, s.kind, item, lang).map_or("", |cards| cards.title)
        }
        (SlideKind::Title | SlideKind::Qr | SlideKind::Closing, None) => c.ui.app_title.get(lang),
    }
}

/// The planned minutes of each slide of the deck, in order (`timing::timing`'s plan).
pub fn plan(c: &'static Full, deck: &Deck) -> Vec<u8> {
    deck.slides.iter().map(|s| c.slide(s.index).map_or(0, |t| t.minutes)).collect()
}

/// The planned minutes of the first slide of `kind` in `tour.toml` (the self-assessment says
/// how long scoring takes), if the tour has one.
pub fn planned_minutes(c: &'static Full, kind: SlideKind) -> Option<u8> {
    let index = c.tour.slides.iter().position(|s| s.kind == kind)?;
    c.slide(index).map(|t| t.minutes)
}

/// How many steps the slide at `slide` of `tour.toml` has: an omkering slide its overview and
/// one per step of its mode, any other slide one (and a slide that does not exist, one).
pub fn steps_of(content: &'static Content, slide: usize) -> usize {
    match content.tour.slides.get(slide) {
        Some(s) if s.kind == SlideKind::Omkering => 1 + content.mode(s.item.map(|i| i.as_str())).steps.len(),
        _ => 1,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeckSlide {
    /// Its place in `tour.toml` (`Tour::slides`, `Full::slide`).
    pub index: usize,
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
    /// The deck of a session (checked: `Session::checked` made it).
    pub fn new(content: &'static Content, session: Session) -> Deck {
        let slides = session
            .slides(content)
            .filter_map(|index| {
                let s = content.tour.slides.get(index)?;
                Some(DeckSlide { index, kind: s.kind, item: s.item.map(|i| i.as_str()), steps: steps_of(content, index) })
            })
            .collect();
        Deck { slides }
    }

    /// The place in `tour.toml` of the slide at `slide` in the deck (for its texts).
    pub fn index(&self, slide: usize) -> Option<usize> {
        self.slides.get(slide).map(|s| s.index)
    }

    pub fn len(&self) -> usize {
        self.slides.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slides.is_empty()
    }

    /// The position in range: a slide that exists, a step it has. The one clamping function:
    /// every position from outside (the windows' channel, a route, the `view` attribute) passes
    /// it before use (through `route::View::canonical` for routes), and every move below starts from
    /// its result, so no slide number reaches an index unchecked.
    pub fn clamp(&self, p: Position) -> Position {
        let slide = p.slide.min(self.len().saturating_sub(1));
        let steps = self.slides.get(slide).map_or(1, |s| s.steps);
        Position { slide, step: p.step.min(steps.saturating_sub(1)) }
    }

    /// The next step, or the first step of the next slide; the end stays the end.
    pub fn next(&self, p: Position) -> Position {
        let p = self.clamp(p);
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
        let p = self.clamp(p);
        if p.step > 0 {
            Position { step: p.step - 1, ..p }
        } else if p.slide > 0 {
            self.clamp(Position { slide: p.slide - 1, step: usize::MAX })
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
        let p = self.clamp(p);
        (p.slide + 1 < self.len()).then_some(Position { slide: p.slide + 1, step: 0 })
    }
}
