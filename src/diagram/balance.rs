//! The "tasks against means" balance: a beam on a stand, tasks in the left pan, means in the
//! right. The texts give no amounts, so the drawing counts no money: every ask that adds to the
//! means (or takes from the tasks) is one block, and the beam tilts by a fixed step per block of
//! difference. The resolution asks to bring tasks and means into balance, so the picture (our
//! reading, and the view says so) starts out of balance, with means in both pans, comes to
//! balance when every such ask is met or the ask that balances both is on, and never tips the
//! other way: no text says the means could outweigh the tasks.

use super::geometry::{Point, Rect};
use crate::content::{Full, Pan as AskPan};
use super::layout::{MAX_WIDTH, MIN_WIDTH};

/// The tilt before any ask, in degrees; each ask that adds means or takes tasks takes an equal
/// part of it away.
pub const MAX_TILT: f32 = 12.0;
/// How many blocks the means pan holds before any ask: municipalities have means, only fewer
/// than their tasks ask for.
pub const START_MEANS: usize = 1;

/// The blocks in each pan for the asks switched on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Load {
    pub tasks: usize,
    pub means: usize,
    /// How many more blocks the tasks pan holds than the means pan before any ask.
    pub start_gap: usize,
    /// An ask that brings tasks and means into balance is on.
    pub balanced: bool,
    /// An ask that changes only how the money comes is on.
    pub how: bool,
}

/// The blocks for the asks switched on in `on` (bit `i` for the `i`-th ask). Before any ask the
/// tasks pan holds one block more than the means pan for every ask that adds to the means or
/// takes from the tasks, so the pans are level exactly when all of those are on (or the ask that
/// balances both), and the means never outweigh the tasks.
pub fn load(c: &Full, on: u8) -> Load {
    let asks = || c.asks.iter().take(8);
    let changes = asks().filter(|a| matches!(a.pan, AskPan::Means | AskPan::Tasks)).count();
    let mut load = Load { tasks: START_MEANS + changes, means: START_MEANS, start_gap: changes, balanced: false, how: false };
    for (i, ask) in asks().enumerate() {
        if on & (1 << i) != 0 {
            match ask.pan {
                AskPan::Means => load.means += 1,
                AskPan::Tasks => load.tasks -= 1,
                AskPan::Both => load.balanced = true,
                AskPan::How => load.how = true,
            }
        }
    }
    if load.balanced {
        load.means = load.tasks;
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

/// The tilt for a load: [`MAX_TILT`] before any ask, less by an equal step for each ask that
/// adds means or takes tasks; never below level.
pub fn tilt(load: Load) -> f32 {
    let gap = load.tasks.saturating_sub(load.means) as f32;
    (gap / load.start_gap.max(1) as f32 * MAX_TILT).min(MAX_TILT)
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
        let (tasks_n, means_n) = (load.tasks, load.means);
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
