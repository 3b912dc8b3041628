//! The group's score grid without a browser: its keys (`assessment::grid`) and the score it gives
//! a participant of the group (`Action::ScoreFor`).
#![cfg(not(target_arch = "wasm32"))]

use omkering::assessment::grid::{key, next, Cell, GridKey};
use omkering::assessment::workshop::{Action, Defaults, Opened, Workshop};
use omkering::embedded::CONTENT;

const fn cell(row: usize, col: usize) -> Cell {
    Cell { row, col }
}

#[test]
fn the_arrows_home_and_end_move_within_the_grid_and_stop_at_its_edges() {
    let (rows, cols) = (3, 5);
    let mv = |k: &str, ctrl: bool, at: Cell| key(k, ctrl, at, rows, cols);
    assert_eq!(mv("ArrowRight", false, cell(0, 0)), Some(GridKey::Move(cell(0, 1))));
    assert_eq!(mv("ArrowRight", false, cell(0, 4)), Some(GridKey::Move(cell(0, 4))), "the row's end stays");
    assert_eq!(mv("ArrowLeft", false, cell(1, 0)), Some(GridKey::Move(cell(1, 0))));
    assert_eq!(mv("ArrowDown", false, cell(2, 3)), Some(GridKey::Move(cell(2, 3))), "the last row stays");
    assert_eq!(mv("ArrowDown", false, cell(0, 3)), Some(GridKey::Move(cell(1, 3))));
    assert_eq!(mv("ArrowUp", false, cell(1, 3)), Some(GridKey::Move(cell(0, 3))));
    assert_eq!(mv("Home", false, cell(1, 3)), Some(GridKey::Move(cell(1, 0))));
    assert_eq!(mv("End", false, cell(1, 1)), Some(GridKey::Move(cell(1, 4))));
    assert_eq!(mv("Home", true, cell(2, 3)), Some(GridKey::Move(cell(0, 0))));
    assert_eq!(mv("End", true, cell(0, 0)), Some(GridKey::Move(cell(2, 4))));
    // A cell outside the grid (rows removed meanwhile) is taken as the nearest.
    assert_eq!(mv("ArrowLeft", false, cell(9, 9)), Some(GridKey::Move(cell(2, 3))));
    // Keys that are not the grid's keep their meaning.
    for k in ["Tab", "a", "Enter", "6", "9", "F5", "12"] {
        assert_eq!(mv(k, false, cell(0, 0)), None, "{k}");
    }
    assert_eq!(key("ArrowRight", false, cell(0, 0), 0, 5), None, "an empty grid takes no key");
}

#[test]
fn a_digit_scores_and_moves_on_so_a_row_is_typed_at_once() {
    let (rows, cols) = (2, 5);
    assert_eq!(key("3", false, cell(0, 1), rows, cols), Some(GridKey::Score { score: 3, then: cell(0, 2) }));
    assert_eq!(key("5", false, cell(0, 4), rows, cols), Some(GridKey::Score { score: 5, then: cell(1, 0) }), "on to the next participant");
    assert_eq!(key("1", false, cell(1, 4), rows, cols), Some(GridKey::Score { score: 1, then: cell(1, 4) }), "the last cell stays");
    for k in ["0", "Delete", "Backspace"] {
        assert_eq!(key(k, false, cell(1, 2), rows, cols), Some(GridKey::Score { score: 0, then: cell(1, 2) }), "{k} takes the score away");
    }
    // Typing "43215" and "5" walks two rows.
    let mut at = cell(0, 0);
    let mut given = Vec::new();
    for k in ["4", "3", "2", "1", "5", "5"] {
        let Some(GridKey::Score { score, then }) = key(k, false, at, rows, cols) else { panic!("{k}") };
        given.push((at, score));
        at = then;
    }
    assert_eq!(given.last(), Some(&(cell(1, 0), 5)));
    assert_eq!(at, cell(1, 1));
    assert_eq!(next(cell(0, 4), 1, 5), cell(0, 4));
}

#[test]
fn the_grid_scores_any_participant_of_the_group_who_becomes_the_current_one() {
    let points: Vec<&'static str> = CONTENT.development_points.iter().map(|p| p.id.as_str()).collect();
    let d = Defaults { date: "2026-12-06".into(), group: "Groep 1".into(), participant: "Deelnemer 1".into(), points: points.clone() };
    let mut w = Workshop::open(Opened::Nothing, &points, &d);
    w.apply(Action::AddParticipant("Anne".into()), &d);
    w.apply(Action::AddParticipant("Bram".into()), &d);
    let names: Vec<&str> = w.current_group().participants.iter().map(|p| p.name.as_str()).collect();
    let bram = names.iter().position(|n| *n == "Bram").unwrap();
    let anne = names.iter().position(|n| *n == "Anne").unwrap();
    w.apply(Action::ScoreFor { participant: anne, point: points[2].into(), score: 4 }, &d);
    assert_eq!((w.participant, w.current_group().participants[anne].scores.get(points[2]).copied()), (anne, Some(4)));
    w.apply(Action::ScoreFor { participant: bram, point: points[0].into(), score: 2 }, &d);
    assert_eq!(w.participant, bram);
    assert_eq!(w.current_group().participants[bram].scores.get(points[0]).copied(), Some(2));
    assert!(w.dirty, "a score is saved");
    // 0 takes it away; a participant the group does not have changes nothing.
    w.apply(Action::ScoreFor { participant: bram, point: points[0].into(), score: 0 }, &d);
    assert!(w.current_group().participants[bram].scores.is_empty());
    let before = w.session.clone();
    w.apply(Action::ScoreFor { participant: 99, point: points[0].into(), score: 3 }, &d);
    assert_eq!((w.session.clone(), w.participant), (before, bram));
}

#[test]
fn a_cells_name_in_the_page_reads_back_and_nothing_else_names_a_cell() {
    for (row, col) in [(0, 0), (3, 4), (19, 0), (0, 25)] {
        let cell = Cell { row, col };
        assert_eq!(Cell::parse(&cell.attr()), Some(cell));
    }
    assert_eq!(Cell { row: 2, col: 3 }.attr(), "2-3");
    for bad in ["", "-", "2-", "-3", "2", "2-3-4", "+2-3", "2--3", "a-b", "2 -3", "99999999999999999999999-1"] {
        assert_eq!(Cell::parse(bad), None, "{bad:?}");
    }
}
