//! The themes diagram: the omkering in the middle and the themes around it, each joined to the
//! middle by a spoke. Wide containers get a ring (the first theme on top, the others clockwise);
//! narrow ones a column under the middle, so labels never get smaller than the body text.

use super::geometry::{longest_word, text_width, wrap, Font, Point, Rect};
use super::layout::{MAX_WIDTH, MIN_WIDTH};

/// Below this width the themes stand in a column.
pub const RING_FROM: f32 = 560.0;
const PAD: f32 = 10.0;
const GAP: f32 = 16.0;
const MARGIN: f32 = 4.0;

/// A box with its label, wrapped.
#[derive(Clone, Debug)]
pub struct Node {
    pub rect: Rect,
    pub lines: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct Ring {
    pub width: f32,
    pub height: f32,
    pub line_height: f32,
    pub center: Node,
    pub nodes: Vec<Node>,
    /// From the middle's border to each theme's border, in theme order: a straight line in
    /// the ring; down a trunk at the left and across in the column.
    pub spokes: Vec<Vec<Point>>,
}

impl Ring {
    pub fn new(width: f32, font: impl Into<Font>, center: &str, labels: &[&str]) -> Ring {
        let font: Font = font.into();
        let width = width.clamp(MIN_WIDTH, MAX_WIDTH);
        let line_height = font.px * 1.3;
        let node = |text: &str, max: f32| {
            let inner = max.max(longest_word(text, font)) - 2.0 * PAD;
            let lines = wrap(text, inner, font);
            let w = lines.iter().map(|l| text_width(l, font)).fold(0.0, f32::max) + 2.0 * PAD;
            let h = lines.len() as f32 * line_height + 2.0 * PAD;
            (lines, w, h)
        };
        let (center_lines, cw, ch) = node(center, (width * 0.3).min(200.0));
        // A ring where it fits (wide enough, and its boxes clear each other: wide labels, as with
        // a visitor's extra letter spacing, can crowd it), else the column.
        let ringed = (width >= RING_FROM).then(|| ring(width, labels, &node, ch)).filter(|(nodes, height)| {
            let center = Rect::centered(Point::new(width / 2.0, height / 2.0), cw, ch);
            let all: Vec<Rect> = std::iter::once(center).chain(nodes.iter().map(|n| n.rect)).collect();
            all.iter().enumerate().all(|(i, a)| {
                a.x >= 0.0 && a.y >= 0.0 && a.right() <= width && a.bottom() <= *height && all[i + 1..].iter().all(|b| !a.inflate(4.0).overlaps(b))
            })
        });
        let wide = ringed.is_some();
        let (nodes, height) = ringed.unwrap_or_else(|| column(width, labels, &node, ch));
        let center_rect = if wide { Rect::centered(Point::new(width / 2.0, height / 2.0), cw, ch) } else { Rect { x: MARGIN, y: MARGIN, w: cw, h: ch } };
        let spokes = nodes
            .iter()
            .map(|n: &Node| {
                let (a, b) = (center_rect.center(), n.rect.center());
                if wide {
                    vec![center_rect.exit_point(b.sub(a)), n.rect.exit_point(a.sub(b))]
                } else {
                    let x = MARGIN + TRUNK / 2.0;
                    vec![Point::new(x, center_rect.bottom()), Point::new(x, b.y), Point::new(n.rect.x, b.y)]
                }
            })
            .collect();
        Ring { width, height, line_height, center: Node { rect: center_rect, lines: center_lines }, nodes, spokes }
    }
}

impl Ring {
    /// The ring for a box of `width` × `height` (a slide's room), drawn scaled to fit it: the
    /// widest layout whose text, scaled, stays at least `least` px; where none does, the one
    /// that keeps its text largest.
    pub fn fit(width: f32, height: f32, font: impl Into<Font>, least: f32, center: &str, labels: &[&str]) -> Ring {
        let font: Font = font.into();
        let text = |r: &Ring| font.px * (width / r.width).min(height / r.height).min(1.0);
        let mut best: Option<Ring> = None;
        let mut w = width.clamp(MIN_WIDTH, MAX_WIDTH);
        loop {
            let ring = Ring::new(w, font, center, labels);
            if text(&ring) >= least {
                return ring;
            }
            if best.as_ref().is_none_or(|b| text(&ring) > text(b)) {
                best = Some(ring);
            }
            if w <= MIN_WIDTH {
                break;
            }
            w = (w - 40.0).max(MIN_WIDTH);
        }
        best.unwrap_or_else(|| Ring::new(width, font, center, labels))
    }
}

type Measure<'a> = dyn Fn(&str, f32) -> (Vec<String>, f32, f32) + 'a;

/// The themes on an ellipse around the middle, the first on top, evenly spaced.
fn ring(width: f32, labels: &[&str], node: &Measure, center_h: f32) -> (Vec<Node>, f32) {
    let max = (width * 0.26).min(230.0);
    let measured: Vec<_> = labels.iter().map(|l| node(l, max)).collect();
    let widest = measured.iter().map(|m| m.1).fold(0.0, f32::max);
    let tallest = measured.iter().map(|m| m.2).fold(0.0, f32::max);
    let rx = width / 2.0 - widest / 2.0 - MARGIN;
    // Tall enough that the top and bottom boxes clear the middle, and the side ones each other.
    let ry = (center_h / 2.0 + GAP + tallest / 2.0 + tallest).max(tallest * 1.6);
    let height = 2.0 * ry + tallest + 2.0 * MARGIN;
    let c = Point::new(width / 2.0, height / 2.0);
    let n = labels.len().max(1) as f32;
    let nodes = measured
        .into_iter()
        .enumerate()
        .map(|(i, (lines, w, h))| {
            let angle = -std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::TAU / n;
            let p = Point::new(c.x + rx * angle.cos(), c.y + ry * angle.sin());
            Node { rect: Rect::centered(p, w, h), lines }
        })
        .collect();
    (nodes, height)
}

/// The room at the left of the column for the trunk the spokes branch off.
const TRUNK: f32 = 28.0;

/// The themes in a column under the middle, right of the trunk.
fn column(width: f32, labels: &[&str], node: &Measure, center_h: f32) -> (Vec<Node>, f32) {
    let max = width - TRUNK - 2.0 * MARGIN;
    let mut y = MARGIN + center_h + GAP;
    let nodes = labels
        .iter()
        .map(|l| {
            let (lines, w, h) = node(l, max);
            let rect = Rect { x: MARGIN + TRUNK, y, w: w.min(max), h };
            y += h + GAP / 2.0;
            Node { rect, lines }
        })
        .collect();
    (nodes, y - GAP / 2.0 + MARGIN)
}
