//! What the radar chart draws for the groups of a self-assessment: each group's mean as a
//! polygon and its lowest-to-highest scores as a band, in a colour and a dash pattern of its own
//! (so groups differ without colour too); and the chart as a standalone SVG file for download,
//! laid out 16:9 for a projector, with the session's name and date and a legend.

use super::geometry::{svg_number as n, svg_points, wrap, Point};
use super::radar::Radar;
use crate::assessment::PointStat;

/// Colour (at least 3:1 against white) and dash pattern per group, in group order.
pub const STYLES: [(&str, &str); 6] =
    [("#0b5cad", ""), ("#b3261e", "10 5"), ("#1d7a35", "3 4"), ("#7a3ea1", "12 4 3 4"), ("#8a5a00", "6 6"), ("#00707a", "2 6")];

pub fn style(i: usize) -> (&'static str, &'static str) {
    STYLES[i % STYLES.len()]
}

/// The mean polygon of a group (an axis nobody scored lies at the middle).
pub fn mean(radar: &Radar, stats: &[Option<PointStat>]) -> Vec<Point> {
    radar.polygon(&stats.iter().map(|s| s.map(|s| s.mean)).collect::<Vec<_>>())
}

/// The band from the lowest to the highest score as an SVG path to fill with `evenodd`: the
/// polygon of the highest scores with the polygon of the lowest cut out.
pub fn band(radar: &Radar, stats: &[Option<PointStat>]) -> String {
    let poly = |f: fn(&PointStat) -> u8| radar.polygon(&stats.iter().map(|s| s.map(|s| f32::from(f(&s)))).collect::<Vec<_>>());
    let path = |ps: Vec<Point>| format!("M{}Z", svg_points(&ps).replace(' ', "L"));
    format!("{}{}", path(poly(|s| s.max)), path(poly(|s| s.min)))
}

/// A mean with one decimal, with a decimal comma in Dutch.
pub fn decimal(v: f32, comma: bool) -> String {
    let s = n(v);
    if comma {
        s.replace('.', ",")
    } else {
        s
    }
}

/// One group in the downloadable chart.
pub struct Series<'a> {
    pub name: &'a str,
    /// Its place in the session (for its style).
    pub index: usize,
    pub stats: Vec<Option<PointStat>>,
}

/// The texts of the downloadable chart.
pub struct ExportTexts<'a> {
    pub title: &'a str,
    pub subtitle: &'a str,
    pub labels: &'a [&'a str],
    pub legend: &'a str,
    /// Under the legend: what the polygon and the band mean.
    pub key: &'a str,
}

/// The pixel size of the PNG download (and of the SVG's `width` and `height`).
pub const EXPORT_SIZE: (u32, u32) = (1920, 1080);
const FONT: f32 = 16.0;

/// The chart as a standalone SVG document: colours as attributes (no stylesheet), text escaped.
pub fn export_svg(texts: &ExportTexts, series: &[Series]) -> String {
    let radar = Radar::new(720.0, FONT, texts.labels);
    let top = 96.0;
    let height = (top + radar.height + 24.0).max(675.0);
    let width = height * 16.0 / 9.0;
    let (legend_x, mut y) = (radar.width + 72.0, top + 8.0);
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" font-family=\"Arial, Helvetica, sans-serif\" role=\"img\">",
        EXPORT_SIZE.0, EXPORT_SIZE.1, n(width), n(height)
    );
    out += &format!("<title>{}</title><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>", escape(texts.title));
    out += &text(32.0, 44.0, 30.0, "start", "#1a1a1a", texts.title, true);
    out += &text(32.0, 76.0, 20.0, "start", "#3d3d3d", texts.subtitle, false);
    out += &format!("<g transform=\"translate(24 {})\">", n(top));
    for score in 1..=crate::assessment::MAX_SCORE {
        out += &format!("<polygon points=\"{}\" fill=\"none\" stroke=\"#8c8c8c\" stroke-width=\"1\"/>", svg_points(&radar.ring(score)));
    }
    for i in 0..radar.directions.len() {
        let (a, b) = (radar.center, radar.point(i, 5.0));
        out += &format!("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#6b6b6b\"/>", n(a.x), n(a.y), n(b.x), n(b.y));
    }
    for s in series {
        let (colour, dash) = style(s.index);
        out += &format!("<path d=\"{}\" fill=\"{colour}\" fill-opacity=\"0.15\" fill-rule=\"evenodd\"/>", band(&radar, &s.stats));
        out += &format!(
            "<polygon points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"3\" stroke-dasharray=\"{dash}\"/>",
            svg_points(&mean(&radar, &s.stats))
        );
    }
    for (at, line) in radar.label_lines() {
        out += &text(at.x, at.y, FONT, "middle", "#1a1a1a", line, false);
    }
    out += "</g>";
    out += &text(legend_x, y, 22.0, "start", "#1a1a1a", texts.legend, true);
    for s in series {
        y += 40.0;
        let (colour, dash) = style(s.index);
        out += &format!(
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{colour}\" stroke-width=\"4\" stroke-dasharray=\"{dash}\"/>",
            n(legend_x),
            n(y - 6.0),
            n(legend_x + 48.0),
            n(y - 6.0)
        );
        out += &text(legend_x + 60.0, y, 20.0, "start", "#1a1a1a", s.name, false);
    }
    let room = width - legend_x - 24.0;
    for (i, line) in wrap(texts.key, room, 16.0).iter().enumerate() {
        out += &text(legend_x, y + 44.0 + i as f32 * 22.0, 16.0, "start", "#3d3d3d", line, false);
    }
    out + "</svg>"
}

fn text(x: f32, y: f32, size: f32, anchor: &str, fill: &str, s: &str, bold: bool) -> String {
    let weight = if bold { " font-weight=\"bold\"" } else { "" };
    format!("<text x=\"{}\" y=\"{}\" font-size=\"{}\" text-anchor=\"{anchor}\" fill=\"{fill}\"{weight}>{}</text>", n(x), n(y), n(size), escape(s))
}

/// Text for XML: the five characters that could end a text or an attribute, as entities.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}
