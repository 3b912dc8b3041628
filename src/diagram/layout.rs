//! The frame of the omkering diagram for one width: the size of the drawing, the actor boxes
//! with their wrapped labels, and where each slot of a [`Placement`](crate::content::Placement)
//! lies. Wide frames put the base's ends in the outer two of three columns; below
//! [`NARROW_BELOW`] px the frame has two columns, the top sits between them and the base's ends
//! stand one row apart.

use super::geometry::{longest_word, text_width, wrap, Font, Point, Rect};
use crate::content::{Slot, Str};

/// Below this width (CSS px) the diagram uses two columns instead of three.
pub const NARROW_BELOW: f32 = 600.0;
/// The drawing is never wider than this; wider containers centre it.
pub const MAX_WIDTH: f32 = 960.0;
/// The smallest width laid out; narrower containers get this width and scroll.
pub const MIN_WIDTH: f32 = 280.0;
/// Room around the drawing for focus rings.
const MARGIN: f32 = 6.0;
const PAD_X: f32 = 8.0;
const PAD_Y: f32 = 8.0;
const LINE: f32 = 1.25;
/// The size of the second, smaller label line (the umbrella organisation) against the name.
const SMALL: f32 = 0.8;

/// The text of one actor's box.
#[derive(Clone, Copy, Debug)]
pub struct ActorText<'a> {
    pub id: Str,
    pub name: &'a str,
    pub short: Option<&'a str>,
}

/// One line of a label: its text, its centre and baseline relative to the box's top-left.
#[derive(Clone, PartialEq, Debug)]
pub struct LabelLine {
    pub text: String,
    pub x: f32,
    pub y: f32,
    pub small: bool,
    /// The font size (px) the view draws the line in.
    pub size: f32,
    /// The estimated width, an upper bound of the drawn width.
    pub width: f32,
}

#[derive(Clone, PartialEq, Debug)]
pub struct Frame {
    pub width: f32,
    pub height: f32,
    pub narrow: bool,
    /// The font size of the labels (px); smaller than asked only where a word would not fit.
    pub font: f32,
    pub box_w: f32,
    pub box_h: f32,
    pub labels: Vec<(Str, Vec<LabelLine>)>,
    slots: [Point; 5],
}

impl Frame {
    /// Lays out the diagram for a container `width` px wide, with labels at `font` px.
    pub fn new(width: f32, font: impl Into<Font>, actors: &[ActorText]) -> Frame {
        let spacing: Font = font.into();
        let font = spacing.px;
        let width = width.clamp(MIN_WIDTH, MAX_WIDTH);
        let narrow = width < NARROW_BELOW;
        let cols = if narrow { 2.0 } else { 3.0 };
        let col_w = (width - 2.0 * MARGIN) / cols;
        let box_w = if narrow { col_w - 12.0 } else { (col_w - 40.0).min(16.0 * font) };
        let inner = box_w - 2.0 * PAD_X;
        // Shrink the font only as far as the longest word needs.
        let widest = actors
            .iter()
            .map(|a| longest_word(a.name, spacing.at(1.0)).max(a.short.map_or(0.0, |s| text_width(s, spacing.at(SMALL)))))
            .fold(0.0, f32::max);
        let font = if widest > 0.0 { font.min(inner / widest) } else { font };

        let mut labels = Vec::new();
        let mut content_h: f32 = 0.0;
        for a in actors {
            let mut lines: Vec<(String, bool)> = wrap(a.name, inner, spacing.at(font)).into_iter().map(|l| (l, false)).collect();
            if let Some(s) = a.short {
                lines.push((s.to_string(), true));
            }
            let h: f32 = lines.iter().map(|(_, small)| line_h(font, *small)).sum();
            content_h = content_h.max(h);
            labels.push((a.id, lines));
        }
        let box_h = (content_h + 2.0 * PAD_Y).max(2.5 * font);
        let labels = labels
            .into_iter()
            .map(|(id, lines)| {
                let total: f32 = lines.iter().map(|(_, s)| line_h(font, *s)).sum();
                let mut y = (box_h - total) / 2.0;
                let placed = lines
                    .into_iter()
                    .map(|(text, small)| {
                        let size = if small { font * SMALL } else { font };
                        let lh = line_h(font, small);
                        // Baseline: the line box's middle plus a third of the font size.
                        let baseline = y + lh / 2.0 + size * 0.35;
                        y += lh;
                        let width = text_width(&text, spacing.at(size));
                        LabelLine { text, x: box_w / 2.0, y: baseline, small, size, width }
                    })
                    .collect();
                (id, placed)
            })
            .collect();

        let col = |i: f32| MARGIN + col_w * (i + 0.5);
        let y_top = MARGIN + box_h / 2.0;
        let slots = if narrow {
            // Two columns: the base's ends stand one row apart, so the arrows between them and
            // from the top have room (side by side, two boxes would nearly touch).
            let gap = (0.8 * box_h).max(40.0);
            let row = box_h + gap;
            [
                Point::new(width / 2.0, y_top),
                Point::new(col(0.0), y_top + row),
                Point::new(col(1.0), y_top + 2.0 * row),
                Point::new(col(0.0), y_top + 3.0 * row),
                Point::new(col(1.0), y_top + 3.0 * row),
            ]
        } else {
            let y_base = y_top + box_h + (2.0 * box_h).max(96.0);
            let y_below = y_base + box_h + (0.8 * box_h).max(48.0);
            [
                Point::new(col(1.0), y_top),
                Point::new(col(0.0), y_base),
                Point::new(col(2.0), y_base),
                Point::new(col(0.0), y_below),
                Point::new(col(2.0), y_below),
            ]
        };
        let y_below = slots[3].y;
        Frame { width, height: y_below + box_h / 2.0 + MARGIN, narrow, font, box_w, box_h, labels, slots }
    }

    /// The centre of a slot.
    pub fn slot(&self, slot: Slot) -> Point {
        let i = match slot {
            Slot::Top => 0,
            Slot::Left => 1,
            Slot::Right => 2,
            Slot::BelowLeft => 3,
            Slot::BelowRight => 4,
        };
        self.slots[i]
    }

    /// The box of an actor whose centre is at `c`.
    pub fn box_at(&self, c: Point) -> Rect {
        Rect::centered(c, self.box_w, self.box_h)
    }

    pub fn label(&self, id: &str) -> &[LabelLine] {
        self.labels.iter().find(|(a, _)| *a == id).map_or(&[], |(_, l)| l.as_slice())
    }

    /// The box each label line takes, in drawing coordinates, for a box at `rect`.
    pub fn line_boxes(&self, id: &str, rect: Rect) -> Vec<Rect> {
        self.label(id)
            .iter()
            // The browser's text box: the font's ascent above the baseline, its descent below
            // (DejaVu Sans: 0.93 and 0.24 em, the tallest of the fonts the stylesheet names).
            .map(|l| Rect { x: rect.x + l.x - l.width / 2.0, y: rect.y + l.y - 0.93 * l.size, w: l.width, h: 1.17 * l.size })
            .collect()
    }
}

fn line_h(font: f32, small: bool) -> f32 {
    if small {
        font * SMALL * LINE
    } else {
        font * LINE
    }
}

/// An arrow drawn between two boxes: a shaft and a triangular head whose tip touches `to`.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct ArrowGeometry {
    pub start: Point,
    /// Where the shaft ends: the base of the head.
    pub shaft_end: Point,
    pub tip: Point,
    pub head: [Point; 3],
}

const GAP: f32 = 5.0;
const HEAD_LEN: f32 = 11.0;
const HEAD_HALF: f32 = 5.5;
/// How far an arrow moves to its right where an arrow runs the other way beside it.
pub const PAIR_OFFSET: f32 = 8.0;

/// The arrow from box `a` to box `b`, moved `offset` px to the right of its direction.
pub fn arrow_between(a: Rect, b: Rect, offset: f32) -> ArrowGeometry {
    let dir = b.center().sub(a.center()).unit();
    let shift = dir.right_normal().scale(offset);
    let from = a.center().add(shift);
    let to = b.center().add(shift);
    let start = exit_from(a, from, dir).add(dir.scale(GAP));
    let tip = exit_from(b, to, dir.scale(-1.0)).sub(dir.scale(GAP));
    let shaft_end = tip.sub(dir.scale(HEAD_LEN));
    let n = dir.right_normal().scale(HEAD_HALF);
    ArrowGeometry { start, shaft_end, tip, head: [tip, shaft_end.add(n), shaft_end.sub(n)] }
}

/// Where a ray from `p` (inside `r`) in direction `dir` leaves `r`.
fn exit_from(r: Rect, p: Point, dir: Point) -> Point {
    let along = |pos: f32, lo: f32, hi: f32, d: f32| {
        if d > 0.0 {
            (hi - pos) / d
        } else if d < 0.0 {
            (lo - pos) / d
        } else {
            f32::INFINITY
        }
    };
    let t = along(p.x, r.x, r.right(), dir.x).min(along(p.y, r.y, r.bottom(), dir.y));
    if t.is_finite() && t >= 0.0 {
        p.add(dir.scale(t))
    } else {
        p
    }
}
