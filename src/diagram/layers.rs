//! The layers diagram: one row per layer of government (the layer, its umbrella organisation,
//! its city networks), and a band along all rows for working "als één overheid". Wide: the
//! three kinds of box side by side; narrow: under each other, indented.

use super::geometry::{longest_word, text_width, wrap, Font, Rect};
use super::layout::{MAX_WIDTH, MIN_WIDTH};

/// From this width the boxes of a row stand side by side.
pub const WIDE_FROM: f32 = 560.0;
const PAD: f32 = 8.0;
const GAP: f32 = 12.0;
const BAND: f32 = 36.0;
const MARGIN: f32 = 4.0;

/// The texts of one row: the layer, its umbrella organisation (or none), its networks.
pub struct RowText<'a> {
    pub layer: &'a str,
    pub umbrella: Option<&'a str>,
    pub networks: Vec<&'a str>,
}

#[derive(Clone, Debug)]
pub struct Box_ {
    pub rect: Rect,
    pub lines: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct Row {
    /// The whole row, the target of a click.
    pub rect: Rect,
    pub layer: Box_,
    pub umbrella: Option<Box_>,
    pub networks: Vec<Box_>,
}

#[derive(Clone, Debug)]
pub struct Layers {
    pub width: f32,
    pub height: f32,
    pub line_height: f32,
    /// The band along every row: "als één overheid".
    pub band: Rect,
    pub rows: Vec<Row>,
}

impl Layers {
    pub fn new(width: f32, font: impl Into<Font>, rows: &[RowText]) -> Layers {
        let font: Font = font.into();
        let width = width.clamp(MIN_WIDTH, MAX_WIDTH);
        let line_height = font.px * 1.3;
        let wide = width >= WIDE_FROM;
        let inner_x = MARGIN + BAND + GAP;
        let inner_w = width - inner_x - MARGIN;
        let boxed = |text: &str, x: f32, y: f32, max: f32| {
            let max = max.max(longest_word(text, font) + 2.0 * PAD);
            let lines = wrap(text, max - 2.0 * PAD, font);
            let w = lines.iter().map(|l| text_width(l, font)).fold(0.0, f32::max) + 2.0 * PAD;
            let h = lines.len() as f32 * line_height + 2.0 * PAD;
            Box_ { rect: Rect { x, y, w, h }, lines }
        };
        let mut y = MARGIN;
        let mut out = Vec::new();
        for row in rows {
            let top = y + PAD;
            let (layer, umbrella, networks, bottom);
            if wide {
                let col = (inner_w - 2.0 * GAP - 2.0 * PAD) / 3.0;
                let x0 = inner_x + PAD;
                layer = boxed(row.layer, x0, top, col);
                umbrella = row.umbrella.map(|u| boxed(u, x0 + col + GAP, top, col));
                let mut ny = top;
                networks = row
                    .networks
                    .iter()
                    .map(|n| {
                        let b = boxed(n, x0 + 2.0 * (col + GAP), ny, col);
                        ny = b.rect.bottom() + GAP / 2.0;
                        b
                    })
                    .collect::<Vec<_>>();
                bottom = std::iter::once(&layer).chain(umbrella.iter()).chain(networks.iter()).map(|b| b.rect.bottom()).fold(top, f32::max);
            } else {
                let x0 = inner_x + PAD;
                let max = inner_w - 2.0 * PAD;
                layer = boxed(row.layer, x0, top, max);
                let mut ny = layer.rect.bottom() + GAP / 2.0;
                umbrella = row.umbrella.map(|u| {
                    let b = boxed(u, x0 + GAP, ny, max - GAP);
                    ny = b.rect.bottom() + GAP / 2.0;
                    b
                });
                networks = row
                    .networks
                    .iter()
                    .map(|n| {
                        let b = boxed(n, x0 + GAP, ny, max - GAP);
                        ny = b.rect.bottom() + GAP / 2.0;
                        b
                    })
                    .collect::<Vec<_>>();
                bottom = ny - GAP / 2.0;
            }
            let rect = Rect { x: inner_x, y, w: inner_w, h: bottom + PAD - y };
            y = rect.bottom() + GAP;
            out.push(Row { rect, layer, umbrella, networks });
        }
        let height = y - GAP + MARGIN;
        Layers { width, height, line_height, band: Rect { x: MARGIN, y: MARGIN, w: BAND, h: height - 2.0 * MARGIN }, rows: out }
    }
}
