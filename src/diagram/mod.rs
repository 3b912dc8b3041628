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
