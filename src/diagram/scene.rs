//! What the omkering diagram draws at one moment: the actor boxes and the arrows, during a mode
//! switch or at rest. A switch moves each actor along a curve from its slot in the old mode to
//! its slot in the new one (each bends to its right, so two actors that swap places pass each
//! other); arrows follow their actors, arrows of only one mode fade out or in.

use super::geometry::{bezier, ease, Point, Rect};
use super::layout::{arrow_between, ArrowGeometry, Frame, PAIR_OFFSET};
use super::steps::arrows;
use crate::content::{Mode, Str};

/// How far a moving actor bends from the straight line, as a share of its way. A narrow frame has
/// no room beside the way; there actors go round the corner above the lower end instead.
const BEND: f32 = 0.3;

#[derive(Clone, PartialEq, Debug)]
pub struct ActorShape {
    pub id: Str,
    pub rect: Rect,
}

#[derive(Clone, PartialEq, Debug)]
pub struct ArrowShape {
    pub from: Str,
    pub to: Str,
    pub geometry: ArrowGeometry,
    /// 1 at rest; between 0 and 1 for an arrow that fades during a switch.
    pub opacity: f32,
}

#[derive(Clone, PartialEq, Debug)]
pub struct Scene {
    pub actors: Vec<ActorShape>,
    pub arrows: Vec<ArrowShape>,
}

impl Scene {
    /// The diagram of `mode` at rest.
    pub fn at_rest(frame: &Frame, mode: &Mode) -> Scene {
        Scene::between(frame, mode, mode, 1.0)
    }

    /// The diagram at time `t` (0..=1, linear) of the switch from mode `a` to mode `b`.
    pub fn between(frame: &Frame, a: &Mode, b: &Mode, t: f32) -> Scene {
        let t = t.clamp(0.0, 1.0);
        let e = ease(t);
        let actors: Vec<ActorShape> = b
            .placement
            .slots()
            .iter()
            .map(|(slot_b, id)| {
                let end = frame.slot(*slot_b);
                let start = a.placement.slot_of(id.as_str()).map_or(end, |s| frame.slot(s));
                ActorShape { id: *id, rect: frame.box_at(travel(start, end, e, frame.narrow)) }
            })
            .collect();
        let rect_of = |id: Str| actors.iter().find(|s| s.id == id).map(|s| s.rect);

        let (old, new) = (arrows(a), arrows(b));
        let has = |list: &[super::steps::Arrow], from: Str, to: Str| list.iter().any(|x| x.from == from && x.to == to);
        let mut keys: Vec<(Str, Str)> = new.iter().map(|x| x.key()).collect();
        for x in &old {
            if !keys.contains(&x.key()) {
                keys.push(x.key());
            }
        }
        let shapes = keys
            .into_iter()
            .filter_map(|(from, to)| {
                let (ra, rb) = (rect_of(from)?, rect_of(to)?);
                let (in_old, in_new) = (has(&old, from, to), has(&new, from, to));
                let offset_in = |list: &[super::steps::Arrow], present: bool| {
                    if present && has(list, to, from) {
                        PAIR_OFFSET
                    } else {
                        0.0
                    }
                };
                let (o_old, o_new) = (offset_in(&old, in_old), offset_in(&new, in_new));
                let offset = match (in_old, in_new) {
                    (true, true) => o_old + (o_new - o_old) * e,
                    (false, _) => o_new,
                    (true, false) => o_old,
                };
                let opacity = match (in_old, in_new) {
                    (true, true) => 1.0,
                    (false, true) => e,
                    (true, false) => 1.0 - e,
                    (false, false) => 0.0,
                };
                Some(ArrowShape { from, to, geometry: arrow_between(ra, rb, offset), opacity })
            })
            .collect();
        Scene { actors, arrows: shapes }
    }

    pub fn actor(&self, id: &str) -> Option<&ActorShape> {
        self.actors.iter().find(|a| a.id == id)
    }
}

/// The point at eased time `e` on the way from `start` to `end`.
fn travel(start: Point, end: Point, e: f32, narrow: bool) -> Point {
    if start == end || e >= 1.0 {
        return end;
    }
    if e <= 0.0 {
        return start;
    }
    if narrow {
        // Along two straight legs that meet in the corner beside the lower end and level with
        // the higher one: sideways on the higher row, then straight up or down the column.
        let corner = if start.y > end.y { Point::new(start.x, end.y) } else { Point::new(end.x, start.y) };
        let (first, second) = (corner.sub(start).length(), end.sub(corner).length());
        let along = e * (first + second);
        return if along <= first {
            start.lerp(corner, if first > 0.0 { along / first } else { 1.0 })
        } else {
            corner.lerp(end, (along - first) / second.max(f32::EPSILON))
        };
    }
    // Bend to the right of travel; a quadratic curve passes halfway between chord and control,
    // so the control lies twice the bend away.
    let way = end.sub(start);
    let control = start.lerp(end, 0.5).add(way.unit().right_normal().scale(2.0 * BEND * way.length()));
    bezier(start, control, end, e)
}
