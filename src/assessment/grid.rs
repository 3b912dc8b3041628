//! The keys of the group's score grid (participants as rows, the development points as
//! columns), as the ARIA grid pattern has them: the arrow keys move between cells, Home and End
//! to the first and last cell of the row (with Ctrl: of the grid); a digit 1 to 5 gives the
//! score and moves on to the next cell (the row's next point, then the next participant's
//! first), so a facilitator types a row of scores as "43215"; 0, Delete, Backspace take the
//! score away.

use super::{MAX_SCORE, MIN_SCORE};

/// A cell: the participant's row and the point's column, from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Cell {
    pub row: usize,
    pub col: usize,
}

impl Cell {
    /// The cell's name in the page (`data-cell="row-col"`), which [`Cell::parse`] reads back.
    pub fn attr(&self) -> String {
        format!("{}-{}", self.row, self.col)
    }

    /// The cell a `data-cell` value names, or `None` for anything else.
    pub fn parse(value: &str) -> Option<Cell> {
        let (row, col) = value.split_once('-')?;
        let number = |s: &str| if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) { s.parse().ok() } else { None };
        Some(Cell { row: number(row)?, col: number(col)? })
    }
}

/// What a key does in a grid of `rows` × `cols` (both at least 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GridKey {
    /// Move the focus to this cell.
    Move(Cell),
    /// Give the focused cell this score (0: none), then move the focus to `then`.
    Score { score: u8, then: Cell },
}

/// The key's effect at `at`, or `None` when the key is not the grid's (Tab, letters, …: they
/// keep their usual meaning). `ctrl`: the Control key is held.
pub fn key(key: &str, ctrl: bool, at: Cell, rows: usize, cols: usize) -> Option<GridKey> {
    if rows == 0 || cols == 0 {
        return None;
    }
    let at = Cell { row: at.row.min(rows - 1), col: at.col.min(cols - 1) };
    let go = |row: usize, col: usize| Some(GridKey::Move(Cell { row, col }));
    match key {
        "ArrowRight" => go(at.row, (at.col + 1).min(cols - 1)),
        "ArrowLeft" => go(at.row, at.col.saturating_sub(1)),
        "ArrowDown" => go((at.row + 1).min(rows - 1), at.col),
        "ArrowUp" => go(at.row.saturating_sub(1), at.col),
        "Home" if ctrl => go(0, 0),
        "End" if ctrl => go(rows - 1, cols - 1),
        "Home" => go(at.row, 0),
        "End" => go(at.row, cols - 1),
        "0" | "Delete" | "Backspace" => Some(GridKey::Score { score: 0, then: at }),
        _ => {
            let mut chars = key.chars();
            let (Some(c), None) = (chars.next(), chars.next()) else { return None };
            let score = u8::try_from(c.to_digit(10)?).ok().filter(|d| (MIN_SCORE..=MAX_SCORE).contains(d))?;
            Some(GridKey::Score { score, then: next(at, rows, cols) })
        }
    }
}

/// The cell after `at`: the next column, else the next row's first; the last cell stays.
pub fn next(at: Cell, rows: usize, cols: usize) -> Cell {
    if at.col + 1 < cols {
        Cell { row: at.row, col: at.col + 1 }
    } else if at.row + 1 < rows {
        Cell { row: at.row + 1, col: 0 }
    } else {
        at
    }
}
