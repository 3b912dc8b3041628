//! Text in SVG boxes: the lines the layout wrapped, centred in the box from top to bottom.

use crate::diagram::geometry::{svg_number as n, Rect};
use yew::prelude::*;

/// Where the lines stand across the box.
#[derive(Clone, Copy, PartialEq)]
pub enum Align {
    Middle,
    /// At the left, with a small inset.
    Start,
}

/// One `<text>` per line, the block centred in `rect` from top to bottom.
pub fn lines(lines: &[String], rect: Rect, line_height: f32, align: Align) -> Html {
    let first = rect.y + (rect.h - lines.len() as f32 * line_height) / 2.0 + line_height * 0.75;
    let (x, anchor) = match align {
        Align::Middle => (rect.x + rect.w / 2.0, "middle"),
        Align::Start => (rect.x + 6.0, "start"),
    };
    html! {
        { for lines.iter().enumerate().map(|(i, l)| html! {
            <text x={n(x)} y={n(first + i as f32 * line_height)} text-anchor={anchor}>{ l.clone() }</text>
        }) }
    }
}
