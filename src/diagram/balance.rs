//! The "tasks against means" balance: a beam on a stand, tasks in the left pan, means in the
//! right. The texts give no amounts, so the drawing counts no money: every ask that adds to the
//! means (or takes from the tasks) is one block, and the beam tilts by a fixed step per block of
//! difference. An ask that brings both into balance levels the beam. Which pan an ask touches is
//! mostly our reading, and the view says so.

use super::geometry::{Point, Rect};
use crate::content::{Full, Pan as AskPan};
use super::layout::{MAX_WIDTH, MIN_WIDTH};

/// The tilt per block of difference, in degrees; the beam never tilts more than [`MAX_TILT`].
pub const STEP: f32 = 4.0;
pub const MAX_TILT: f32 = 12.0;
/// How many blocks the tasks pan holds before any ask: more than the means pan, because the
/// resolution asks to bring tasks and means into balance (our reading of where it starts).
pub const START_TASKS: usize = 3;
pub const START_MEANS: usize = 0;

/// What the switched-on asks do, counted per kind.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Load {
    pub more_means: usize,
    pub fewer_tasks: usize,
    /// An ask that brings tasks and means into balance is on.
    pub balanced: bool,
    /// An ask that changes only how the money comes is on.
    pub how: bool,
}

/// What the asks switched on in `on` (bit `i` for the `i`-th ask) change, counted per kind.
pub fn load(c: &Full, on: u8) -> Load {
    let mut load = Load::default();
    for (i, ask) in c.asks.iter().enumerate().take(8) {
        if on & (1 << i) != 0 {
            match ask.pan {
                AskPan::Means => load.more_means += 1,
                AskPan::Tasks => load.fewer_tasks += 1,
                AskPan::Both => load.balanced = true,
                AskPan::How => load.how = true,
            }
        }
    }
    load
}

#[derive(Clone, Debug)]
pub struct Pan {
    /// Where the pan hangs from the beam.
    pub hook: Point,
    pub tray: Rect,
    pub blocks: Vec<Rect>,
}

#[derive(Clone, Debug)]
pub struct Balance {
    pub width: f32,
    pub height: f32,
    /// Degrees; positive: the tasks side (left) is down.
    pub tilt: f32,
    pub pivot: Point,
    pub beam: (Point, Point),
    pub stand: [Point; 3],
    pub tasks: Pan,
    pub means: Pan,
}

/// The tilt for a load: the difference between the pans, in steps, at most [`MAX_TILT`]; level
/// when an ask that balances both is on.
pub fn tilt(load: Load) -> f32 {
    if load.balanced {
        return 0.0;
    }
    let tasks = START_TASKS.saturating_sub(load.fewer_tasks) as f32;
    let means = (START_MEANS + load.more_means) as f32;
    ((tasks - means) * STEP).clamp(-MAX_TILT, MAX_TILT)
}

impl Balance {
    pub fn new(width: f32, load: Load) -> Balance {
        let width = width.clamp(MIN_WIDTH, MAX_WIDTH).min(640.0);
        let block = (width / 14.0).clamp(18.0, 36.0);
        let tray_w = block * 3.4;
        let half = width / 2.0 - tray_w / 2.0 - 8.0;
        let pivot = Point::new(width / 2.0, block * 2.0 + 16.0);
        let tilt = tilt(load);
        let (sin, cos) = tilt.to_radians().sin_cos();
        // The tasks end (left) goes down for a positive tilt.
        let left = Point::new(pivot.x - half * cos, pivot.y + half * sin);
        let right = Point::new(pivot.x + half * cos, pivot.y - half * sin);
        let hang = block * 1.5;
        let tasks_n = if load.balanced { START_TASKS } else { START_TASKS.saturating_sub(load.fewer_tasks) };
        let means_n = if load.balanced { START_TASKS } else { START_MEANS + load.more_means };
        let pan = |hook: Point, n: usize| {
            let tray = Rect { x: hook.x - tray_w / 2.0, y: hook.y + hang, w: tray_w, h: 6.0 };
            // Blocks stand on the tray, three to a row.
            let blocks = (0..n)
                .map(|i| {
                    let (col, row) = ((i % 3) as f32, (i / 3) as f32);
                    Rect { x: tray.x + 0.2 * block + col * (block * 1.0), y: tray.y - (row + 1.0) * (block * 0.9), w: block * 0.9, h: block * 0.8 }
                })
                .collect();
            Pan { hook, tray, blocks }
        };
        let tasks = pan(left, tasks_n);
        let means = pan(right, means_n);
        let lowest = tasks.tray.bottom().max(means.tray.bottom());
        let stand = [pivot, Point::new(pivot.x - block, lowest + block), Point::new(pivot.x + block, lowest + block)];
        Balance { width, height: lowest + block + 8.0, tilt, pivot, beam: (left, right), stand, tasks, means }
    }
}
