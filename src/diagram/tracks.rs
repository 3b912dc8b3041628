//! The tracks diagram: the items of each track in a column at the left (under their track's
//! name), the omkering themes in a column at the right, and a line from an item to each theme it
//! fits. Below [`WIDE_FROM`] the theme names do not fit beside the items: each item then has its
//! themes under it, joined by an elbow line. Labels wrap, never shrink.

use super::geometry::{longest_word, text_width, wrap, Font, Point, Rect};
use super::layout::{MAX_WIDTH, MIN_WIDTH};

/// From this width the themes stand in their own column.
pub const WIDE_FROM: f32 = 560.0;
const PAD: f32 = 6.0;
const GAP: f32 = 8.0;
const MARGIN: f32 = 4.0;

#[derive(Clone, Debug)]
pub struct Label {
    pub rect: Rect,
    pub lines: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct Group {
    pub header: Label,
    pub items: Vec<Label>,
}

impl Group {
    /// The box around the group's header and items: the area that takes a click on the group.
    pub fn area(&self) -> Rect {
        let all = std::iter::once(&self.header).chain(self.items.iter());
        let bottom = all.clone().map(|l| l.rect.bottom()).fold(self.header.rect.bottom(), f32::max);
        let right = all.map(|l| l.rect.right()).fold(self.header.rect.right(), f32::max);
        Rect { x: self.header.rect.x, y: self.header.rect.y, w: right - self.header.rect.x, h: bottom - self.header.rect.y }
    }
}

#[derive(Clone, Debug)]
pub struct Tracks {
    pub width: f32,
    pub height: f32,
    pub line_height: f32,
    pub groups: Vec<Group>,
    /// The theme boxes with their theme's index: one per theme when wide, one per link when
    /// narrow.
    pub themes: Vec<(usize, Label)>,
    /// (group, item, theme, the line's points) for every link.
    pub lines: Vec<(usize, usize, usize, Vec<Point>)>,
}

impl Tracks {
    /// `groups`: each track's name and its items; `links`: (group, item, theme) triples.
    pub fn new(width: f32, font: impl Into<Font>, groups: &[(&str, Vec<&str>)], themes: &[&str], links: &[(usize, usize, usize)]) -> Tracks {
        let font: Font = font.into();
        let width = width.clamp(MIN_WIDTH, MAX_WIDTH);
        let line_height = font.px * 1.3;
        let wide = width >= WIDE_FROM;
        // The theme column is as wide as its longest word needs, at least a third.
        let widest_word = themes.iter().map(|t| longest_word(t, font)).fold(0.0, f32::max) + 2.0 * PAD;
        let right_w = ((width - 2.0 * MARGIN) * 0.34).max(widest_word);
        let right_x = width - MARGIN - right_w;
        let left_w = if wide { right_x - MARGIN - 48.0 } else { width - 2.0 * MARGIN };
        let label = |text: &str, x: f32, y: f32, max: f32| {
            let max = max.max(longest_word(text, font) + 2.0 * PAD);
            let lines = wrap(text, max - 2.0 * PAD, font);
            let w = lines.iter().map(|l| text_width(l, font)).fold(0.0, f32::max) + 2.0 * PAD;
            Label { rect: Rect { x, y, w, h: lines.len() as f32 * line_height + 2.0 * PAD }, lines }
        };
        let mut y = MARGIN;
        let mut out = Vec::new();
        let mut themes_out: Vec<(usize, Label)> = Vec::new();
        let mut lines = Vec::new();
        for (g, (name, items)) in groups.iter().enumerate() {
            let header = label(name, MARGIN, y, left_w);
            y = header.rect.bottom() + GAP / 2.0;
            let mut placed = Vec::new();
            for (i, t) in items.iter().enumerate() {
                let l = label(t, MARGIN + 16.0, y, left_w - 16.0);
                y = l.rect.bottom() + GAP / 2.0;
                if !wide {
                    // The item's themes under it, each joined by an elbow.
                    for &(_, _, th) in links.iter().filter(|(lg, li, _)| *lg == g && *li == i) {
                        let Some(text) = themes.get(th) else { continue };
                        let child = label(text, MARGIN + 40.0, y, left_w - 40.0);
                        let x = l.rect.x + 10.0;
                        let mid = child.rect.y + child.rect.h / 2.0;
                        lines.push((g, i, th, vec![Point::new(x, l.rect.bottom()), Point::new(x, mid), Point::new(child.rect.x, mid)]));
                        y = child.rect.bottom() + GAP / 2.0;
                        themes_out.push((th, child));
                    }
                }
                placed.push(l);
            }
            y += GAP;
            out.push(Group { header, items: placed });
        }
        let left_bottom = y - GAP - GAP / 2.0;
        let mut height = left_bottom + MARGIN;
        if wide {
            // The themes spread over the height of the left column, at least stacked.
            let measured: Vec<Label> = themes.iter().map(|t| label(t, right_x, 0.0, right_w)).collect();
            let total: f32 = measured.iter().map(|l| l.rect.h).sum::<f32>() + GAP * (measured.len().max(1) - 1) as f32;
            let spare = (left_bottom - MARGIN - total).max(0.0) / measured.len().max(1) as f32;
            let mut ty = MARGIN + spare / 2.0;
            for (t, mut l) in measured.into_iter().enumerate() {
                l.rect.y = ty;
                ty = l.rect.bottom() + GAP + spare;
                themes_out.push((t, l));
            }
            height = height.max(ty - GAP - spare + MARGIN);
            // Every line leaves the left column at one edge, so no line crosses an item.
            let edge = out.iter().flat_map(|gr| std::iter::once(&gr.header).chain(gr.items.iter())).map(|l| l.rect.right()).fold(0.0, f32::max) + 6.0;
            for &(g, i, t) in links {
                if let (Some(item), Some((_, theme))) = (out.get(g).and_then(|gr: &Group| gr.items.get(i)), themes_out.get(t)) {
                    let mid = item.rect.y + item.rect.h / 2.0;
                    let a = Point::new(item.rect.right(), mid);
                    let b = Point::new(theme.rect.x, theme.rect.y + theme.rect.h / 2.0);
                    lines.push((g, i, t, vec![a, Point::new(edge, mid), b]));
                }
            }
        }
        let themes = themes_out;
        // A word wider than the room (a narrow screen with a visitor's extra letter spacing)
        // widens the drawing rather than leaving it; the view then scrolls sideways.
        let right = out.iter().flat_map(|gr| std::iter::once(&gr.header).chain(gr.items.iter())).chain(themes.iter().map(|(_, l)| l)).map(|l| l.rect.right()).fold(0.0, f32::max);
        let width = width.max(right + MARGIN);
        Tracks { width, height, line_height, groups: out, themes, lines }
    }
}
