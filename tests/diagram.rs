//! The omkering diagram's geometry and step logic, over the real content: nothing overlaps from
//! 280 to 1920 px in both languages, arrows touch their own actors and cross no other, a mode
//! switch never moves an actor across one at rest, and the stepper highlights what the content says.
#![cfg(not(target_arch = "wasm32"))]

use omkering::content::{Lang, Mode};
use omkering::diagram::geometry::{svg_number, svg_points, Point, Rect};
use omkering::diagram::layout::{Frame, MAX_WIDTH, NARROW_BELOW};
use omkering::diagram::scene::Scene;
use omkering::diagram::steps::{arrows, can_advance, move_step, reversed, Highlight, StepMove};
use omkering::diagram::{omkering_frame, FONT};
use omkering::embedded::CONTENT;

fn widths() -> Vec<f32> {
    let mut w: Vec<f32> = (28..=192).map(|i| i as f32 * 10.0).collect();
    w.extend([320.0, 390.0, 599.0, 601.0, 1280.0, 1920.0, 333.3, 777.7]);
    w
}

/// The omkering diagram at every width, in both languages, without and with the letter and word
/// spacing of WCAG 1.4.12 (`true`: spaced).
fn frames() -> Vec<(f32, Lang, Frame)> {
    spaced_frames().into_iter().filter(|(_, _, spaced, _)| !spaced).map(|(w, l, _, f)| (w, l, f)).collect()
}

fn spaced_frames() -> Vec<(f32, Lang, bool, Frame)> {
    let mut out = Vec::new();
    for (i, font) in spacings().into_iter().enumerate() {
        for w in widths() {
            for lang in Lang::ALL {
                out.push((w, lang, i > 0, omkering_frame(&CONTENT, lang, w, font)));
            }
        }
    }
    out
}

fn mode(id: &str) -> &'static Mode {
    CONTENT.modes.iter().find(|m| m.id == id).expect("mode")
}

fn distance_to(r: &Rect, p: Point) -> f32 {
    let dx = (r.x - p.x).max(p.x - r.right()).max(0.0);
    let dy = (r.y - p.y).max(p.y - r.bottom()).max(0.0);
    (dx * dx + dy * dy).sqrt()
}

/// Every actor, label and arrow check of one scene at rest.
fn check_scene(f: &Frame, scene: &Scene, what: &str) {
    for (i, a) in scene.actors.iter().enumerate() {
        let r = a.rect;
        assert!(r.x >= 0.0 && r.y >= 0.0 && r.right() <= f.width && r.bottom() <= f.height, "{what}: {} outside", a.id);
        for b in &scene.actors[i + 1..] {
            assert!(!r.inflate(4.0).overlaps(&b.rect), "{what}: {} and {} overlap", a.id, b.id);
        }
        let lines = f.line_boxes(a.id.as_str(), r);
        assert!(!lines.is_empty(), "{what}: {} has no label", a.id);
        for (j, l) in lines.iter().enumerate() {
            assert!(l.x >= r.x + 1.0 && l.right() <= r.right() - 1.0, "{what}: label of {} wider than its box", a.id);
            assert!(l.y >= r.y && l.bottom() <= r.bottom(), "{what}: label of {} taller than its box", a.id);
            for m in &lines[j + 1..] {
                assert!(!l.overlaps(m), "{what}: label lines of {} overlap", a.id);
            }
        }
    }
    for arrow in &scene.arrows {
        let from = scene.actor(arrow.from.as_str()).expect("from").rect;
        let to = scene.actor(arrow.to.as_str()).expect("to").rect;
        let g = arrow.geometry;
        assert!(distance_to(&to, g.tip) <= 6.0, "{what}: arrow {}→{} stops short", arrow.from, arrow.to);
        assert!(!to.contains(g.tip), "{what}: arrow {}→{} enters its target", arrow.from, arrow.to);
        assert!(distance_to(&from, g.start) <= 6.0, "{what}: arrow {}→{} starts away", arrow.from, arrow.to);
        for other in &scene.actors {
            if other.id != arrow.from && other.id != arrow.to {
                assert!(!other.rect.crosses_segment(g.start, g.tip), "{what}: arrow {}→{} crosses {}", arrow.from, arrow.to, other.id);
            }
        }
        assert_eq!(arrow.opacity, 1.0, "{what}: an arrow at rest is fully drawn");
    }
}

#[test]
fn nothing_overlaps_at_rest_from_280_to_1920_px() {
    // Also with a visitor's letter and word spacing (WCAG 1.4.12), where the labels may get
    // smaller only as far as a long word needs on a narrow screen.
    for (w, lang, spaced, f) in spaced_frames() {
        assert!(f.width <= w.max(280.0) && f.width <= MAX_WIDTH, "{w}: frame wider than its container");
        assert_eq!(f.narrow, f.width < NARROW_BELOW);
        if w >= 320.0 && !spaced {
            assert_eq!(f.font, FONT, "{w} {lang:?}: labels shrank");
        }
        for m in CONTENT.modes.iter() {
            check_scene(&f, &Scene::at_rest(&f, m), &format!("{w} px, {lang:?}, {}", m.id));
        }
    }
}

#[test]
fn labels_keep_their_full_size_from_320_px() {
    for lang in Lang::ALL {
        assert_eq!(omkering_frame(&CONTENT, lang, 320.0, FONT).font, FONT, "{lang:?}");
    }
}

#[test]
fn a_moving_actor_never_covers_an_actor_at_rest() {
    let pairs = [("medebewind", "omkering"), ("omkering", "medebewind")];
    let mut collisions = Vec::new();
    for (w, lang, f) in frames() {
        for (a, b) in pairs {
            let (ma, mb) = (mode(a), mode(b));
            for i in 0..=40 {
                let t = i as f32 / 40.0;
                let s = Scene::between(&f, ma, mb, t);
                let moves = |id: &str| ma.placement.slot_of(id) != mb.placement.slot_of(id);
                for x in s.actors.iter().filter(|x| moves(x.id.as_str())) {
                    for y in s.actors.iter().filter(|y| !moves(y.id.as_str())) {
                        if x.rect.overlaps(&y.rect) {
                            collisions.push(format!("{w} px {lang:?} {a}→{b} at t={t}: {} meets {}", x.id, y.id));
                        }
                    }
                }
                for arrow in &s.arrows {
                    assert!((0.0..=1.0).contains(&arrow.opacity));
                }
            }
            let start = Scene::between(&f, ma, mb, 0.0);
            let rest_a = Scene::at_rest(&f, ma);
            for actor in &rest_a.actors {
                assert_eq!(start.actor(actor.id.as_str()).map(|s| s.rect), Some(actor.rect), "switch starts where {a} was");
            }
            let end = Scene::between(&f, ma, mb, 1.0);
            assert_eq!(end.actors, Scene::at_rest(&f, mb).actors);
            let visible: Vec<_> = end.arrows.iter().filter(|x| x.opacity > 0.0).map(|x| (x.from, x.to)).collect();
            let expected: Vec<_> = arrows(mb).iter().map(|x| x.key()).collect();
            assert_eq!(visible, expected, "after the switch only {b}'s arrows show");
        }
    }
    let mut ws: Vec<String> = collisions.iter().map(|c| c.split(" px").next().unwrap().to_string()).collect(); ws.dedup();
    assert!(collisions.is_empty(), "{} collisions at {:?}; {:?}", collisions.len(), ws, collisions.iter().step_by(97).take(12).collect::<Vec<_>>());
}

#[test]
fn the_omkering_reverses_the_arrows_of_medebewind() {
    let turned = reversed(mode("medebewind"), mode("omkering"));
    let keys: Vec<(&str, &str)> = turned.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(keys, [("rijk", "gemeenten"), ("gemeenten", "inwoners")]);
    // Drawn: in medebewind the Rijk's arrow points down to the municipalities; in the omkering
    // the municipalities' arrow points across to the Rijk, which stands beside them.
    let f = omkering_frame(&CONTENT, Lang::Nl, 1280.0, FONT);
    let mb = Scene::at_rest(&f, mode("medebewind"));
    let om = Scene::at_rest(&f, mode("omkering"));
    let dir = |s: &Scene, from: &str, to: &str| {
        let a = s.arrows.iter().find(|x| x.from == from && x.to == to).expect("arrow");
        a.geometry.tip.sub(a.geometry.start)
    };
    assert!(dir(&mb, "rijk", "gemeenten").y > 0.0, "medebewind: from the Rijk downwards");
    assert!(dir(&om, "gemeenten", "rijk").x > 0.0, "omkering: from the municipalities to the Rijk");
    assert!(dir(&om, "inwoners", "gemeenten").y > 0.0, "omkering: from the everyday world downwards");
}

#[test]
fn each_step_highlights_its_actors_and_arrows() {
    for m in CONTENT.modes.iter() {
        assert_eq!(Highlight::of(m, None), None, "the overview dims nothing");
        let all = arrows(m);
        for (i, step) in m.steps.iter().enumerate() {
            let h = Highlight::of(m, Some(i)).expect("a step highlights");
            let want: Vec<&str> = step.actors.iter().map(|a| a.as_str()).collect();
            assert_eq!(h.actors.iter().map(|a| a.as_str()).collect::<Vec<_>>(), want, "{}", step.id);
            for flow in step.flows.iter() {
                assert!(h.has_arrow((flow.from, flow.to)), "{}: arrow {}→{}", step.id, flow.from, flow.to);
                let arrow = all.iter().find(|a| a.key() == (flow.from, flow.to)).expect("drawn");
                assert!(arrow.flows.iter().any(|(s, _)| *s == i));
                assert_eq!(arrow.is_reading(Some(i)), flow.basis == omkering::content::Basis::Reading, "{}", step.id);
            }
        }
        assert_eq!(Highlight::of(m, Some(m.steps.len())), None, "no step past the last");
    }
}

#[test]
fn the_stepper_moves_through_overview_and_steps() {
    let n = 7;
    assert_eq!(move_step(None, n, StepMove::Next), Some(0));
    assert_eq!(move_step(Some(0), n, StepMove::Next), Some(1));
    assert_eq!(move_step(Some(6), n, StepMove::Next), Some(6));
    assert_eq!(move_step(Some(0), n, StepMove::Previous), None);
    assert_eq!(move_step(None, n, StepMove::Previous), None);
    assert_eq!(move_step(Some(3), n, StepMove::Previous), Some(2));
    assert_eq!(move_step(Some(3), n, StepMove::First), Some(0));
    assert_eq!(move_step(None, n, StepMove::Last), Some(6));
    assert!(can_advance(None, n) && can_advance(Some(5), n) && !can_advance(Some(6), n));
    // Walking forward from the overview visits every step once.
    let mut step = None;
    let mut seen = Vec::new();
    while can_advance(step, n) {
        step = move_step(step, n, StepMove::Next);
        seen.push(step.unwrap());
    }
    assert_eq!(seen, (0..n).collect::<Vec<_>>());
}

#[test]
fn keys_map_to_stepper_moves() {
    assert_eq!(StepMove::from_key("ArrowRight"), Some(StepMove::Next));
    assert_eq!(StepMove::from_key("ArrowLeft"), Some(StepMove::Previous));
    assert_eq!(StepMove::from_key("Home"), Some(StepMove::First));
    assert_eq!(StepMove::from_key("End"), Some(StepMove::Last));
    for other in ["ArrowUp", "Enter", " ", "a", ""] {
        assert_eq!(StepMove::from_key(other), None, "{other:?}");
    }
}

#[test]
fn an_arrow_names_each_of_its_labels_once() {
    for m in CONTENT.modes.iter() {
        for arrow in arrows(m) {
            for lang in Lang::ALL {
                let labels = arrow.labels(lang);
                let unique: std::collections::HashSet<&str> = labels.iter().copied().collect();
                assert_eq!(labels.len(), unique.len());
                for (_, f) in &arrow.flows {
                    assert!(labels.contains(&f.label.get(lang)));
                }
            }
        }
    }
}

#[test]
fn svg_numbers_have_one_decimal() {
    assert_eq!(svg_number(0.0), "0.0");
    assert_eq!(svg_number(12.345), "12.3");
    assert_eq!(svg_number(-0.45), "-0.5");
    assert_eq!(svg_number(-7.0), "-7.0");
    assert_eq!(svg_number(0.04), "0.0");
    assert_eq!(svg_points(&[Point::new(1.0, 2.25), Point::new(-3.0, 0.0)]), "1.0,2.3 -3.0,0.0");
}

#[test]
fn the_themes_ring_fits_every_width_without_overlap() {
    use omkering::diagram::geometry::text_width;
    use omkering::diagram::ring::Ring;
    for lang in [Lang::Nl, Lang::En] {
        let labels: Vec<&str> = CONTENT.themes.iter().map(|t| t.name.get(lang)).collect();
        let center = CONTENT.views.explore.ring_center.get(lang);
        for (font, width) in spacings().into_iter().flat_map(|f| (280..=1920).step_by(10).map(move |w| (f, w))) {
            let ring = Ring::new(width as f32, font, center, &labels);
            let all: Vec<_> = std::iter::once(&ring.center).chain(ring.nodes.iter()).collect();
            assert_eq!(ring.nodes.len(), labels.len());
            for (i, a) in all.iter().enumerate() {
                let r = a.rect;
                assert!(r.x >= 0.0 && r.y >= 0.0 && r.right() <= ring.width && r.bottom() <= ring.height, "{width} {lang:?}: box {i} leaves the drawing");
                for line in &a.lines {
                    assert!(text_width(line, font) <= r.w, "{width} {lang:?}: '{line}' is wider than its box");
                }
                assert!(a.lines.len() as f32 * ring.line_height <= r.h);
                for b in all.iter().skip(i + 1) {
                    assert!(!a.rect.inflate(4.0).overlaps(&b.rect), "{width} {lang:?}: boxes overlap");
                }
            }
            for (spoke, node) in ring.spokes.iter().zip(&ring.nodes) {
                let end = *spoke.last().unwrap();
                assert!(node.rect.inflate(0.5).contains(end), "{width} {lang:?}: a spoke misses its theme");
                // A spoke crosses no other theme.
                for other in ring.nodes.iter().filter(|o| !std::ptr::eq(*o, node)) {
                    for pair in spoke.windows(2) {
                        assert!(!other.rect.crosses_segment(pair[0], pair[1]), "{width} {lang:?}: a spoke crosses another theme");
                    }
                }
            }
        }
    }
}

#[test]
fn the_layers_diagram_fits_every_width_without_overlap() {
    use omkering::diagram::geometry::text_width;
    use omkering::diagram::layers::{Layers, RowText};
    for lang in [Lang::Nl, Lang::En] {
        let name = |id: &str| -> &'static str { CONTENT.actor(id).map_or("", |a| a.name.get(lang)) };
        let rows: Vec<RowText> = CONTENT
            .layers
            .iter()
            .map(|l| RowText {
                layer: name(l.actor.as_str()),
                umbrella: (!l.umbrella.is_empty()).then(|| name(l.umbrella.as_str())),
                networks: l.networks.iter().map(|n| name(n.as_str())).collect(),
            })
            .collect();
        assert_eq!(rows.len(), 4, "four layers of government");
        for (font, width) in spacings().into_iter().flat_map(|f| (280..=1920).step_by(10).map(move |w| (f, w))) {
            let d = Layers::new(width as f32, font, &rows);
            let mut boxes = Vec::new();
            for (i, row) in d.rows.iter().enumerate() {
                let all: Vec<_> = std::iter::once(&row.layer).chain(row.umbrella.iter()).chain(row.networks.iter()).collect();
                for b in &all {
                    assert!(row.rect.contains(omkering::diagram::geometry::Point::new(b.rect.x, b.rect.y)), "{width}: a box outside its row");
                    assert!(b.rect.right() <= row.rect.right() + 0.5 && b.rect.bottom() <= row.rect.bottom() + 0.5, "{width} {lang:?}: row {i} overflows");
                    for line in &b.lines {
                        assert!(text_width(line, font) <= b.rect.w, "{width} {lang:?}: '{line}' is wider than its box");
                    }
                    boxes.push(b.rect);
                }
                assert!(!d.band.overlaps(&row.rect), "{width}: the band covers a row");
                assert!(row.rect.right() <= d.width && row.rect.bottom() <= d.height);
            }
            for (i, a) in boxes.iter().enumerate() {
                for b in boxes.iter().skip(i + 1) {
                    assert!(!a.inflate(2.0).overlaps(b), "{width} {lang:?}: boxes overlap");
                }
            }
            for pair in d.rows.windows(2) {
                assert!(!pair[0].rect.overlaps(&pair[1].rect), "{width}: rows overlap");
            }
        }
    }
}

#[test]
fn the_balance_tilts_by_what_the_asks_change_and_stays_in_its_drawing() {
    use omkering::content::Pan;
    use omkering::diagram::balance::{load, tilt, Balance, MAX_TILT};
    // Before any ask the tasks weigh more, and the means pan is not empty.
    let start = load(&CONTENT, 0);
    assert!(tilt(start) > 0.0 && start.means > 0, "{start:?}");
    // Every set of asks: never past level; level exactly when every ask that adds means or takes
    // tasks is on, or the ask that balances both; one more such ask lifts the tasks side.
    let changes: u8 = CONTENT.asks.iter().take(8).enumerate().filter(|(_, a)| matches!(a.pan, Pan::Means | Pan::Tasks)).map(|(i, _)| 1u8 << i).sum();
    let both: u8 = CONTENT.asks.iter().take(8).enumerate().filter(|(_, a)| a.pan == Pan::Both).map(|(i, _)| 1u8 << i).sum();
    let how: u8 = CONTENT.asks.iter().take(8).enumerate().filter(|(_, a)| a.pan == Pan::How).map(|(i, _)| 1u8 << i).sum();
    assert!(changes != 0 && both != 0 && how != 0, "the content has asks of every kind");
    for on in 0..=u8::MAX {
        let l = load(&CONTENT, on);
        let t = tilt(l);
        assert!((0.0..=MAX_TILT).contains(&t) && l.means <= l.tasks, "{on:08b}: {l:?} tilts {t}");
        assert_eq!(t == 0.0, on & changes == changes || on & both != 0, "{on:08b}: level only when every ask is met");
        for bit in (0..8).map(|b| 1u8 << b).filter(|b| changes & b != 0 && on & b == 0) {
            let next = tilt(load(&CONTENT, on | bit));
            assert!(next < t || (t == 0.0 && next == 0.0), "{on:08b} + {bit:08b} does not lift the tasks side");
        }
        // An ask about how the money comes moves nothing.
        assert_eq!(tilt(load(&CONTENT, on | how)), tilt(load(&CONTENT, on & !how)));
    }
    for width in (280..=1920).step_by(20) {
        for on in [0, changes, both, 1, 3, 7] {
            let b = Balance::new(width as f32, load(&CONTENT, on));
            for pan in [&b.tasks, &b.means] {
                for r in std::iter::once(&pan.tray).chain(pan.blocks.iter()) {
                    assert!(r.x >= 0.0 && r.y >= 0.0 && r.right() <= b.width && r.bottom() <= b.height, "{width} {on:08b}: outside");
                }
                for (i, a) in pan.blocks.iter().enumerate() {
                    assert!(!pan.blocks.iter().skip(i + 1).any(|x| a.overlaps(x)), "{width}: blocks overlap");
                }
            }
            assert!(b.tasks.tray.right() < b.means.tray.x, "{width}: the pans touch");
        }
    }
}

#[test]
fn the_tracks_diagram_fits_every_width_and_its_lines_join_item_and_theme() {
    use omkering::diagram::geometry::text_width;
    use omkering::diagram::tracks::Tracks;
    let c = &CONTENT;
    for lang in [Lang::Nl, Lang::En] {
        let topics: Vec<_> = c.topic_lists.iter().flat_map(|l| l.topics.iter()).collect();
        let groups: Vec<(&str, Vec<&str>)> = c
            .track_ids
            .iter()
            .map(|id| {
                let name = topics.iter().find(|t| t.id == *id).unwrap().name.plain(lang);
                (name, topics.iter().filter(|t| t.part_of == Some(*id)).map(|t| t.name.plain(lang)).collect())
            })
            .collect();
        assert_eq!(groups.len(), 3, "three tracks");
        let themes: Vec<&str> = c.themes.iter().map(|t| t.name.get(lang)).collect();
        // The real links: every relation of a track's item to a theme.
        let mut links = Vec::new();
        for (g, id) in c.track_ids.iter().enumerate() {
            for (i, item) in topics.iter().filter(|t| t.part_of == Some(*id)).enumerate() {
                for r in c.relations.iter().filter(|r| r.topic == item.id) {
                    links.push((g, i, c.themes.iter().position(|t| t.id == r.theme).unwrap()));
                }
            }
        }
        assert!(!links.is_empty());
        for (font, width) in spacings().into_iter().flat_map(|f| (280..=1920).step_by(10).map(move |w| (f, w))) {
            let d = Tracks::new(width as f32, font, &groups, &themes, &links);
            let mut boxes: Vec<_> = d.themes.iter().map(|(_, l)| l).collect();
            for g in &d.groups {
                boxes.push(&g.header);
                boxes.extend(g.items.iter());
            }
            for (i, a) in boxes.iter().enumerate() {
                assert!(a.rect.x >= 0.0 && a.rect.right() <= d.width && a.rect.bottom() <= d.height, "{width} {lang:?}: a box leaves the drawing");
                for l in &a.lines {
                    assert!(text_width(l, FONT) <= a.rect.w, "{width} {lang:?}: '{l}' is wider than its box");
                }
                for b in boxes.iter().skip(i + 1) {
                    assert!(!a.rect.inflate(2.0).overlaps(&b.rect), "{width} {lang:?}: boxes overlap");
                }
            }
            assert_eq!(d.lines.len(), links.len());
            for (g, i, t, points) in &d.lines {
                let (a, b) = (points[0], *points.last().unwrap());
                let theme = d.themes.iter().filter(|(x, _)| x == t).map(|(_, l)| l).find(|l| l.rect.inflate(0.5).contains(b));
                assert!(d.groups[*g].items[*i].rect.inflate(0.5).contains(a), "{width}: a line starts off its item");
                assert!(theme.is_some(), "{width}: a line ends off its theme");
                // A line crosses no other box.
                for other in boxes.iter().filter(|x| !x.rect.inflate(0.5).contains(a) && !x.rect.inflate(0.5).contains(b)) {
                    for pair in points.windows(2) {
                        assert!(!other.rect.crosses_segment(pair[0], pair[1]), "{width} {lang:?}: a line crosses a box");
                    }
                }
            }
        }
    }
}

#[test]
fn the_radar_puts_scores_on_their_axes_and_labels_clear_of_the_chart() {
    use omkering::diagram::geometry::text_width;
    use omkering::diagram::radar::Radar;
    for lang in [Lang::Nl, Lang::En] {
        let labels: Vec<&str> = CONTENT.development_points.iter().map(|p| p.name.get(lang)).collect();
        for width in (280..=1920).step_by(10) {
            let r = Radar::new(width as f32, FONT, &labels);
            // A score of 5 is the end of the axis, 0 the middle; the first axis points up.
            let top = r.point(0, 5.0);
            assert!((top.x - r.center.x).abs() < 0.01 && (r.center.y - top.y - r.radius).abs() < 0.01);
            assert_eq!(r.point(2, 0.0), r.center);
            assert_eq!(r.polygon(&[Some(5.0); 5]), r.ring(5));
            let half = r.point(1, 2.5);
            assert!(((half.x - r.center.x).hypot(half.y - r.center.y) - r.radius / 2.0).abs() < 0.01);
            for (i, l) in r.labels.iter().enumerate() {
                assert!(l.rect.x >= 0.0 && l.rect.y >= 0.0 && l.rect.right() <= r.width && l.rect.bottom() <= r.height, "{width} {lang:?}: label {i} leaves the chart");
                for line in &l.lines {
                    assert!(text_width(line, FONT) <= l.rect.w + 0.01, "{width} {lang:?}: '{line}' is wider than its label");
                }
                // Clear of the disk of the chart (its circle, checked at the label's corners and middle).
                for p in [Point::new(l.rect.x, l.rect.y), Point::new(l.rect.right(), l.rect.y), Point::new(l.rect.x, l.rect.bottom()), Point::new(l.rect.right(), l.rect.bottom()), l.rect.center()] {
                    assert!((p.x - r.center.x).hypot(p.y - r.center.y) >= r.radius - 0.5, "{width} {lang:?}: label {i} covers the chart");
                }
                for o in r.labels.iter().skip(i + 1) {
                    assert!(!l.rect.overlaps(&o.rect), "{width} {lang:?}: labels overlap");
                }
            }
            assert_eq!(r.numbered, width < 520, "{width}: names at the axes from 520 px");
            if r.numbered {
                // Letters, not the numbers 1 to 5 of the score rings.
                assert_eq!(r.labels[4].lines, vec!["E".to_string()]);
            }
        }
    }
}

#[test]
fn the_asks_switched_on_count_per_kind_of_change() {
    use omkering::content::Pan;
    use omkering::diagram::balance::{load, START_MEANS};
    let count = |p: Pan| CONTENT.asks.iter().filter(|a| a.pan == p).count();
    let start = load(&CONTENT, 0);
    assert_eq!((start.tasks, start.means), (START_MEANS + count(Pan::Means) + count(Pan::Tasks), START_MEANS));
    let all = load(&CONTENT, u8::MAX);
    assert_eq!((all.tasks, all.means), (all.means, START_MEANS + count(Pan::Means)));
    assert_eq!((all.balanced, all.how), (count(Pan::Both) > 0, count(Pan::How) > 0));
    let first = CONTENT.asks.iter().position(|a| a.pan == Pan::Means).unwrap();
    assert_eq!(load(&CONTENT, 1 << first).means, START_MEANS + 1);
}

/// The fonts the diagrams are checked in: without extra spacing, and with the letter and word
/// spacing of WCAG 1.4.12 (0.12 and 0.16 em), which the boxes must grow for.
fn spacings() -> [omkering::diagram::geometry::Font; 2] {
    use omkering::diagram::geometry::Font;
    [Font::from(FONT), Font { px: FONT, letter: 0.12, word: 0.16 }]
}

#[test]
fn a_slide_draws_the_themes_diagram_as_large_as_its_room_allows_with_its_text_at_least_the_least() {
    use omkering::diagram::ring::Ring;
    for lang in [Lang::Nl, Lang::En] {
        let labels: Vec<&str> = CONTENT.themes.iter().map(|t| t.name.get(lang)).collect();
        let center = "De omkering";
        // Rooms of a theme slide at 1920×1080, 1280×720 and 1024×768 (font, least as on the slide).
        for (w, h, font, least) in [(800.0_f32, 640.0_f32, 27.0_f32, 24.3_f32), (530.0, 450.0, 18.0, 18.0), (420.0, 560.0, 19.2, 18.0)] {
            let ring = Ring::fit(w, h, font, least, center, &labels);
            let scale = (w / ring.width).min(h / ring.height).min(1.0);
            assert!(font * scale >= least - 0.01, "{lang:?} {w}×{h}: text {:.1} px", font * scale);
            assert!(ring.width <= w + 0.5, "{lang:?} {w}×{h}: laid out wider than the room");
            // The widest that does: 40 px wider would not.
            if ring.width + 40.0 <= w {
                let wider = Ring::new(ring.width + 40.0, font, center, &labels);
                assert!(font * (w / wider.width).min(h / wider.height).min(1.0) < least, "{lang:?} {w}×{h}: a wider layout fits too");
            }
        }
        // A room too small for any: the layout that keeps the text largest.
        let tiny = Ring::fit(300.0, 60.0, 20.0, 18.0, center, &labels);
        assert!(tiny.height > 60.0);
    }
}

#[test]
fn the_slides_two_ways_of_working_keep_their_text_at_the_least_size_where_the_room_allows() {
    use omkering::diagram::omkering_frame_fit;
    // The smallest text of a frame as the slide draws it: short names at 18 px or more.
    let font_of = |frame: &omkering::diagram::layout::Frame| frame.labels.iter().flat_map(|(_, l)| l).map(|l| if l.small { l.size.max(18.0) } else { l.size }).fold(f32::MAX, f32::min);
    for lang in [Lang::Nl, Lang::En] {
        for (w, h, font, least) in [(880.0_f32, 640.0_f32, 27.0_f32, 24.3_f32), (600.0, 440.0, 20.0, 18.0)] {
            let frame = omkering_frame_fit(&CONTENT, lang, w, h, font, least);
            let scale = (w / frame.width).min(h / frame.height).min(1.0);
            let smallest = frame.labels.iter().flat_map(|(_, l)| l).map(|l| if l.small { l.size.max(least) } else { l.size }).fold(f32::MAX, f32::min);
            assert!(smallest * scale >= least - 0.01, "{lang:?} {w}×{h}: text at {:.1} px", smallest * scale);
        }
        // Room for none: the layout whose text stays largest, above that of the plain layout.
        let (w, h) = (300.0, 120.0);
        let cramped = omkering_frame_fit(&CONTENT, lang, w, h, 20.0, 18.0);
        let plain = omkering_frame(&CONTENT, lang, w, 20.0);
        let shown = |f: &omkering::diagram::layout::Frame| font_of(f) * (w / f.width).min(h / f.height).min(1.0);
        assert!(shown(&cramped) >= shown(&plain) - 0.01);
        assert!(shown(&cramped) < 18.0);
    }
}
