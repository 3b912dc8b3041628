//! Plane geometry for the diagrams: points, boxes, text width estimates and line wrapping.
//!
//! Text is measured without a browser, by an upper bound of the advance width of each character
//! in DejaVu Sans at regular weight (the widest of the fonts the stylesheet names), so a label
//! laid out here never ends up wider in the browser than the box made for it. Labels are
//! therefore drawn at regular weight.

#[derive(Clone, Copy, PartialEq, Debug, Default)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

impl Point {
    pub const fn new(x: f32, y: f32) -> Point {
        Point { x, y }
    }

    pub fn add(self, o: Point) -> Point {
        Point::new(self.x + o.x, self.y + o.y)
    }

    pub fn sub(self, o: Point) -> Point {
        Point::new(self.x - o.x, self.y - o.y)
    }

    pub fn scale(self, k: f32) -> Point {
        Point::new(self.x * k, self.y * k)
    }

    pub fn length(self) -> f32 {
        (self.x * self.x + self.y * self.y).sqrt()
    }

    /// The vector of length 1 in the same direction (the zero vector stays zero).
    pub fn unit(self) -> Point {
        let l = self.length();
        if l == 0.0 {
            self
        } else {
            self.scale(1.0 / l)
        }
    }

    /// The normal on the right-hand side of travel, in screen coordinates (y points down).
    pub fn right_normal(self) -> Point {
        Point::new(-self.y, self.x)
    }

    pub fn lerp(self, o: Point, t: f32) -> Point {
        self.add(o.sub(self).scale(t))
    }
}

/// An axis-aligned box: top-left corner and size.
#[derive(Clone, Copy, PartialEq, Debug, Default)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn centered(c: Point, w: f32, h: f32) -> Rect {
        Rect { x: c.x - w / 2.0, y: c.y - h / 2.0, w, h }
    }

    pub fn center(&self) -> Point {
        Point::new(self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    pub fn right(&self) -> f32 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }

    /// Whether the two boxes share any area (touching edges do not count).
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.right() && o.x < self.right() && self.y < o.bottom() && o.y < self.bottom()
    }

    pub fn inflate(&self, d: f32) -> Rect {
        Rect { x: self.x - d, y: self.y - d, w: self.w + 2.0 * d, h: self.h + 2.0 * d }
    }

    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.x && p.x <= self.right() && p.y >= self.y && p.y <= self.bottom()
    }

    /// Where a ray from the centre in direction `dir` leaves the box.
    pub fn exit_point(&self, dir: Point) -> Point {
        let c = self.center();
        let (hx, hy) = (self.w / 2.0, self.h / 2.0);
        let tx = if dir.x == 0.0 { f32::INFINITY } else { hx / dir.x.abs() };
        let ty = if dir.y == 0.0 { f32::INFINITY } else { hy / dir.y.abs() };
        let t = tx.min(ty);
        if t.is_finite() {
            c.add(dir.scale(t))
        } else {
            c
        }
    }

    /// Whether the segment from `a` to `b` passes through the box.
    pub fn crosses_segment(&self, a: Point, b: Point) -> bool {
        // Sample densely: the segments here are short and the test only needs to be sure.
        (0..=64).any(|i| self.contains(a.lerp(b, i as f32 / 64.0)))
    }
}

/// The advance width of one character in em, an upper bound over the stylesheet's fonts.
fn advance(c: char) -> f32 {
    match c {
        'i' | 'j' | 'l' | 'I' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' => 0.32,
        ' ' | 'f' | 't' | 'r' | '(' | ')' | '/' | '-' => 0.42,
        'm' | 'w' | 'M' | 'W' => 1.0,
        c if c.is_uppercase() => 0.8,
        _ => 0.64,
    }
}

/// A font as a layout measures text in it: its size (px), and the letter and word spacing the
/// visitor's style gives the text (em: none normally; 0.12 and 0.16 with the spacing of WCAG
/// 1.4.12, which the boxes then grow for). A bare size (`f32`) is a font without extra spacing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Font {
    pub px: f32,
    pub letter: f32,
    pub word: f32,
}

impl From<f32> for Font {
    fn from(px: f32) -> Font {
        Font { px, letter: 0.0, word: 0.0 }
    }
}

impl Font {
    /// The same spacing at another size.
    pub fn at(self, px: f32) -> Font {
        Font { px, ..self }
    }
}

/// The estimated width of `text` in `font`.
pub fn text_width(text: &str, font: impl Into<Font>) -> f32 {
    let f = font.into();
    text.chars().map(|c| advance(c) + f.letter + if c == ' ' { f.word } else { 0.0 }).sum::<f32>() * f.px
}

/// Breaks `text` into lines no wider than `max_width`, at spaces. A single word wider than
/// `max_width` gets a line of its own (the caller sizes boxes to the longest word).
pub fn wrap(text: &str, max_width: f32, font_px: impl Into<Font>) -> Vec<String> {
    let font_px = font_px.into();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if line.is_empty() {
            line.push_str(word);
            continue;
        }
        let candidate = format!("{line} {word}");
        if text_width(&candidate, font_px) <= max_width {
            line = candidate;
        } else {
            lines.push(std::mem::take(&mut line));
            line.push_str(word);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The width of the widest word of `text`.
pub fn longest_word(text: &str, font: impl Into<Font>) -> f32 {
    let font = font.into();
    text.split_whitespace().map(|w| text_width(w, font)).fold(0.0, f32::max)
}

/// A smooth start and stop for transitions (cubic ease in and out), `t` in 0..=1.
pub fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

/// The point at `t` on the quadratic Bézier curve from `a` through control `c` to `b`.
pub fn bezier(a: Point, c: Point, b: Point, t: f32) -> Point {
    let u = 1.0 - t;
    a.scale(u * u).add(c.scale(2.0 * u * t)).add(b.scale(t * t))
}

/// A coordinate for an SVG attribute, with one decimal, written with integer formatting only
/// (float formatting would add kilobytes of code to the download).
pub fn svg_number(v: f32) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    format!("{sign}{}.{}", t / 10, t % 10)
}

/// Points for an SVG `points` attribute: "x,y x,y …".
pub fn svg_points(ps: &[Point]) -> String {
    ps.iter().map(|p| format!("{},{}", svg_number(p.x), svg_number(p.y))).collect::<Vec<_>>().join(" ")
}
