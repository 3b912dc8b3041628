//! The radar (spider) chart of the self-assessment: one axis per development point, the first
//! straight up and the others clockwise, rings at the scores 1 to 5, and each label outside the
//! end of its axis, wrapped so the chart fits its width without shrinking the text. Below
//! [`NAMES_FROM`] the names do not fit around the chart: the axes then carry letters (A, B, …;
//! not numbers, which the rings' scores 1 to 5 already are) and the view lists the names with
//! their letters under the chart (`numbered`).

use super::geometry::{longest_word, text_width, wrap, Point, Rect};
use super::layout::{MAX_WIDTH, MIN_WIDTH};
use crate::assessment::MAX_SCORE;

/// From this width the names of the points stand at their axes.
pub const NAMES_FROM: f32 = 520.0;
const GAP: f32 = 8.0;
const MARGIN: f32 = 4.0;

/// The letter of the `i`-th axis (from 0): A, B, C, … (the content has five points; past Z the
/// letters repeat, which validation never lets happen: at most 26 points).
pub fn letter(i: usize) -> char {
    char::from(b'A' + (i % 26) as u8)
}

#[derive(Clone, Debug)]
pub struct AxisLabel {
    pub rect: Rect,
    pub lines: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct Radar {
    pub width: f32,
    pub height: f32,
    pub line_height: f32,
    pub center: Point,
    pub radius: f32,
    /// The unit direction of each axis.
    pub directions: Vec<Point>,
    pub labels: Vec<AxisLabel>,
    /// The axes carry letters ([`letter`]) instead of names.
    pub numbered: bool,
}

impl Radar {
    pub fn new(width: f32, font: f32, labels: &[&str]) -> Radar {
        let width = width.clamp(MIN_WIDTH, MAX_WIDTH).min(720.0);
        let line_height = font * 1.3;
        let n = labels.len().max(3);
        let max_label = (width * 0.3).min(170.0);
        let numbered = width < NAMES_FROM;
        let numbers: Vec<String> = (0..labels.len()).map(|i| letter(i).to_string()).collect();
        let texts: Vec<&str> = if numbered { numbers.iter().map(String::as_str).collect() } else { labels.to_vec() };
        let measured: Vec<(Vec<String>, f32, f32)> = texts
            .iter()
            .map(|t| {
                let lines = wrap(t, max_label.max(longest_word(t, font)), font);
                let w = lines.iter().map(|l| text_width(l, font)).fold(0.0, f32::max);
                let h = lines.len() as f32 * line_height;
                (lines, w, h)
            })
            .collect();
        let widest = measured.iter().map(|m| m.1).fold(0.0, f32::max);
        let tallest = measured.iter().map(|m| m.2).fold(0.0, f32::max);
        let radius = (width / 2.0 - widest - GAP - MARGIN).clamp(50.0, 220.0);
        let directions: Vec<Point> = (0..n)
            .map(|i| {
                let a = -std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::TAU / n as f32;
                Point::new(a.cos(), a.sin())
            })
            .collect();
        let center = Point::new(width / 2.0, MARGIN + tallest + GAP + radius);
        let labels: Vec<AxisLabel> = measured
            .into_iter()
            .zip(&directions)
            .map(|((lines, w, h), d)| {
                let end = center.add(d.scale(radius + GAP));
                let x = if d.x > 0.3 { end.x } else if d.x < -0.3 { end.x - w } else { end.x - w / 2.0 };
                let y = if d.y > 0.3 { end.y } else if d.y < -0.3 { end.y - h } else { end.y - h / 2.0 };
                AxisLabel { rect: Rect { x: x.clamp(MARGIN, width - MARGIN - w), y, w, h }, lines }
            })
            .collect();
        let bottom = labels.iter().map(|l| l.rect.bottom()).fold(center.y + radius, f32::max);
        Radar { width, height: bottom + MARGIN, line_height, center, radius, directions, labels, numbered }
    }

    /// Where a score (0 to 5, a mean may be fractional) lies on an axis.
    pub fn point(&self, axis: usize, score: f32) -> Point {
        let d = self.directions.get(axis).copied().unwrap_or(Point::new(0.0, -1.0));
        self.center.add(d.scale(self.radius * score / f32::from(MAX_SCORE)))
    }

    /// The polygon through one score per axis; an axis without a score is drawn at the middle.
    pub fn polygon(&self, scores: &[Option<f32>]) -> Vec<Point> {
        (0..self.directions.len()).map(|i| self.point(i, scores.get(i).copied().flatten().unwrap_or(0.0))).collect()
    }

    /// Each line of the axis labels with the point its text is centred on (the baseline).
    pub fn label_lines(&self) -> impl Iterator<Item = (Point, &str)> {
        self.labels.iter().flat_map(move |l| {
            l.lines.iter().enumerate().map(move |(i, line)| (Point::new(l.rect.x + l.rect.w / 2.0, l.rect.y + self.line_height * (i as f32 + 0.8)), line.as_str()))
        })
    }

    /// The ring at a whole score.
    pub fn ring(&self, score: u8) -> Vec<Point> {
        (0..self.directions.len()).map(|i| self.point(i, f32::from(score))).collect()
    }
}
