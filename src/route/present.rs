//! The presentation's part of a route: `/present/<slide>[/<step>]` for the slides and
//! `/presenter/<slide>[/<step>]` for the presenter view, both counted from 1; step 1 (an
//! omkering slide's overview, the only step of any other slide) is left out.

use super::{Problem, View};
use crate::content::Content;
use crate::present::deck::steps_of;

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

/// Writes `present` or `presenter` with the slide and step.
pub(super) fn format(out: &mut String, view: View) {
    let (name, slide, step) = match view {
        View::Present { slide, step } => ("present", slide, step),
        View::Presenter { slide, step } => ("presenter", slide, step),
        _ => return,
    };
    out.push_str(&format!("{name}/{}", usize::from(slide) + 1));
    if step > 0 {
        out.push_str(&format!("/{}", usize::from(step) + 1));
    }
}
