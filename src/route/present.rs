//! The presentation's part of a route: `/present/<slide>[/<step>]` for the slides and
//! `/presenter/<slide>[/<step>]` for the presenter view, the slide counted from 1. The step is
//! the number the slide shows ("Stap 2 van 7" is `/2`): an omkering slide's overview has no
//! number and no step segment, and neither has any other slide. The session follows
//! as `?sessie=<id>` (one of the content's, not the first) or `?dias=<slide id>,…` (slides chosen
//! by hand); none: the content's first session. Also the bridge between routes and the deck
//! (which knows no routes): a position as a view, the slide a view starts the presentation at,
//! and the view a slide leaves to.

use super::{Problem, View};
use crate::content::{Content, SlideKind};
use crate::present::deck::{steps_of, Deck, Position};
use crate::present::session::Session;

/// The query parameters of a session.
pub(super) const PARAMS: [&str; 2] = ["sessie", "dias"];

/// The session named by the query parameters, and the problem: an unknown session or slide is
/// dropped (`Session::checked`).
pub(super) fn session(params: &[(&str, String)], content: &'static Content) -> (Session, Option<Problem>) {
    let value = |key: &str| params.iter().rev().find(|(k, _)| *k == key).map(|(_, v)| v.as_str());
    if let Some(list) = value("dias") {
        let slides = &content.tour.slides;
        // An unknown id becomes an index the tour does not have, which `checked` drops.
        let indices = list.split(',').map(|id| slides.iter().position(|s| s.id == id).unwrap_or(usize::MAX));
        let (session, dropped) = Session::checked(indices, content);
        return (session, dropped.then_some(Problem::UnknownItem));
    }
    match value("sessie") {
        None => (Session::DEFAULT, None),
        Some(id) => match content.tour.sessions.iter().position(|p| p.id == id) {
            Some(i) => (Session::preset(i, content), None),
            None => (Session::DEFAULT, Some(Problem::UnknownItem)),
        },
    }
}

/// A presentation's view from what follows its segment: the session from the parameters, then
/// the slide and step in it (`make` builds the view), how many segments it used, the problem.
pub(super) fn read(rest: &[String], params: &[(&str, String)], content: &'static Content, make: fn(u8, u8, Session) -> View) -> (View, usize, Option<Problem>) {
    let (session, problem) = session(params, content);
    let ((slide, step), used, other) = parse(rest, session, content);
    (make(slide, step, session), used, problem.or(other))
}

/// A view that holds only a session (the chooser, the guide), from the parameters.
pub(super) fn read_session(params: &[(&str, String)], content: &'static Content, make: fn(Session) -> View) -> (View, usize, Option<Problem>) {
    let (session, problem) = session(params, content);
    (make(session), 0, problem)
}

/// The slide and step named by the segments after `present` or `presenter` in `session`, how
/// many segments it used, and the problem. A slide that does not exist opens the first slide;
/// a step it does not have opens the slide without a step (an omkering slide's overview).
pub(super) fn parse(rest: &[String], session: Session, content: &'static Content) -> ((u8, u8), usize, Option<Problem>) {
    let number = |s: Option<&String>| s.filter(|s| s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit())).and_then(|s| s.parse::<usize>().ok());
    let slides: Vec<usize> = session.slides(content).collect();
    let Some(first) = rest.first() else { return ((0, 0), 0, None) };
    let slide = match number(Some(first)) {
        Some(n) if (1..=slides.len()).contains(&n) => n - 1,
        _ => return ((0, 0), 1, Some(Problem::UnknownItem)),
    };
    let Some(second) = rest.get(1) else { return ((slide as u8, 0), 1, None) };
    match number(Some(second)) {
        Some(n) if (1..steps_of(content, slides[slide])).contains(&n) => ((slide as u8, n as u8), 2, None),
        _ => ((slide as u8, 0), 2, Some(Problem::StepOutOfRange)),
    }
}

/// Writes what follows `present` or `presenter`: the slide and step, and the session.
pub(super) fn format(out: &mut String, view: View, content: &'static Content, params: &mut super::views::Params) {
    let (slide, step, session) = match view {
        View::Present { slide, step, session } | View::Presenter { slide, step, session } => (slide, step, session),
        _ => return,
    };
    out.push_str(&format!("/{}", usize::from(slide) + 1));
    if step > 0 {
        out.push_str(&format!("/{step}"));
    }
    write_session(session, content, params);
}

/// The session as query parameters (none for the content's first).
pub(super) fn write_session(session: Session, content: &'static Content, params: &mut super::views::Params) {
    if session.is_default() {
        return;
    }
    match session.preset_index(content) {
        Some(i) => params.push(("sessie", content.tour.sessions[i].id.to_string())),
        None => {
            let ids: Vec<&str> = session.slides(content).filter_map(|i| content.tour.slides.get(i)).map(|s| s.id.as_str()).collect();
            params.push(("dias", ids.join(",")));
        }
    }
}

impl Position {
    /// The position a presentation route names.
    pub fn of(view: View) -> Option<Position> {
        match view {
            View::Present { slide, step, .. } | View::Presenter { slide, step, .. } => Some(Position { slide: slide.into(), step: step.into() }),
            _ => None,
        }
    }

    /// The presentation's route at this position of `session` (content validation keeps a
    /// session within 32 slides of at most 256 steps, so a clamped position fits).
    pub fn present(self, session: Session) -> View {
        View::Present { slide: self.slide.min(255) as u8, step: self.step.min(255) as u8, session }
    }

    /// The presenter view's route at this position of `session`.
    pub fn presenter(self, session: Session) -> View {
        View::Presenter { slide: self.slide.min(255) as u8, step: self.step.min(255) as u8, session }
    }
}

/// The session a view names: a presentation's, the chooser's, the guide's (the content's first
/// for any other view).
pub fn session_of(view: View) -> Session {
    match view {
        View::Present { session, .. } | View::Presenter { session, .. } | View::Session { session } | View::Guide { session } => session,
        _ => Session::DEFAULT,
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
