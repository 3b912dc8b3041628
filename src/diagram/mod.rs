//! The geometry and step logic of the omkering diagram, computed without a browser: the view
//! only draws what these modules return, and host tests check it (no overlapping labels, arrows
//! that touch their actors, steps that match the content).

pub mod balance;
pub mod geometry;
pub mod layers;
pub mod layout;
pub mod radar;
pub mod radar_chart;
pub mod ring;
pub mod scene;
pub mod steps;
pub mod tracks;

use crate::content::{Content, Lang};
use layout::{ActorText, Frame};

/// The label font size of the diagram (px), as the stylesheet sets it.
pub const FONT: f32 = 15.0;

/// The frame of the omkering diagram for `content` in `lang` at `width` px.
pub fn omkering_frame(content: &Content, lang: Lang, width: f32, font: impl Into<geometry::Font>) -> Frame {
    let mode = content.mode(None);
    let texts: Vec<ActorText> = mode
        .placement
        .slots()
        .iter()
        .filter_map(|(_, id)| content.actor(id.as_str()))
        .map(|a| ActorText {
            id: a.id,
            name: a.diagram_name.as_ref().unwrap_or(&a.name).get(lang),
            short: a.short.as_ref().map(|s| s.get(lang)),
        })
        .collect();
    Frame::new(width, font, &texts)
}

/// The omkering frame for a box of `width` × `height` px on a slide, which draws it scaled to fit
/// the box (its short names at `least` px or more): the widest layout at the largest font from
/// `font` down to `least` whose smallest text, scaled, stays at least `least` px; where none does,
/// the one whose smallest text stays largest.
pub fn omkering_frame_fit(content: &Content, lang: Lang, width: f32, height: f32, font: f32, least: f32) -> Frame {
    let least = least.min(font);
    // The smallest text as drawn: the names at the frame's font, the short names at it or at
    // `least` (the slide's floor, `picture`'s `small`), all scaled to the box.
    let text = |_: f32, frame: &Frame| {
        let smallest = frame.labels.iter().flat_map(|(_, lines)| lines).map(|l| if l.small { l.size.max(least) } else { l.size }).fold(f32::MAX, f32::min);
        smallest.min(frame.font) * (width / frame.width).min(height / frame.height).min(1.0)
    };
    let mut best: Option<(f32, Frame)> = None;
    let mut f = font;
    loop {
        let mut w = width.max(layout::MIN_WIDTH);
        loop {
            let frame = omkering_frame(content, lang, w, f);
            let t = text(f, &frame);
            if t >= least {
                return frame;
            }
            if best.as_ref().is_none_or(|(b, _)| t > *b) {
                best = Some((t, frame));
            }
            if w <= layout::MIN_WIDTH {
                break;
            }
            w = (w - 40.0).max(layout::MIN_WIDTH);
        }
        if f <= least {
            break;
        }
        f = (f - 1.0).max(least);
    }
    best.map_or_else(|| omkering_frame(content, lang, width, least), |(_, frame)| frame)
}
