//! Bringing what a choice changed into view, without a browser: from the changed part's box and
//! the viewport, whether to scroll and how. `web::reveal` measures and scrolls. Pure.

/// How to scroll so that a changed part shows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Scroll {
    /// It shows already: nothing moves.
    Stay,
    /// The least scroll that shows all of it.
    Nearest,
    /// Its top to the top of the viewport: it is taller than the viewport.
    Start,
}

/// The part's `top` and `bottom` relative to the viewport's top, in CSS pixels, and the
/// viewport's `height`. A part taller than the viewport stays where it is when its top shows in
/// the upper quarter (the visitor sees it begin); otherwise its top goes to the top.
pub fn scroll_for(top: f64, bottom: f64, height: f64) -> Scroll {
    if !(top.is_finite() && bottom.is_finite() && height.is_finite()) || height <= 0.0 || bottom < top {
        return Scroll::Stay;
    }
    if bottom - top <= height {
        if top >= 0.0 && bottom <= height { Scroll::Stay } else { Scroll::Nearest }
    } else if (0.0..=height / 4.0).contains(&top) {
        Scroll::Stay
    } else {
        Scroll::Start
    }
}
