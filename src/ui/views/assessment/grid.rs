//! The group's scores as one grid: its participants as rows, the development points as columns
//! (lettered as the chart's axes), a score per cell, by typing digits or by the score buttons
//! below it, which score the chosen cell and move on. Keyboard-operable as an ARIA grid (one tab
//! stop; the keys are `assessment::grid`'s). Hidden on narrow screens, where the one-participant
//! form below the chart stays.

use super::{points, Handle};
use crate::assessment::grid::{key, next, Cell, GridKey};
use crate::assessment::workshop::Action;
use crate::assessment::MAX_SCORE;
use crate::content::fill;
use crate::diagram::radar::letter;
use crate::ui::app::use_app;
use crate::ui::components::heading::H;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Past this many participants in a group the grid is not drawn (an imported session can hold
/// thousands); the form below the chart scores them one by one.
const MAX_ROWS: usize = 100;

#[derive(Properties, PartialEq)]
pub struct GridProps {
    pub model: Handle,
}

#[function_component]
pub fn Grid(props: &GridProps) -> Html {
    let lang = use_app().lang();
    let c = crate::embedded::full();
    let t = &c.views.assessment_view;
    let w = &props.model.w;
    let group = w.current_group();
    let points = points();
    let (rows, cols) = (group.participants.len(), points.len());
    let at = use_state_eq(Cell::default);
    let at_now = Cell { row: at.row.min(rows.saturating_sub(1)), col: at.col.min(cols.saturating_sub(1)) };
    let table = use_node_ref();
    // The cell to focus after a key moved the choice (not on a click, which focuses by itself).
    let wanted = use_mut_ref(|| false);
    {
        let (table, wanted) = (table.clone(), wanted.clone());
        use_effect_with((at_now, props.model.revision), move |(cell, _)| {
            if std::mem::replace(&mut *wanted.borrow_mut(), false) {
                let found = table.cast::<web_sys::Element>().and_then(|t| t.query_selector(&format!("[data-cell=\"{}\"]", cell.attr())).ok().flatten());
                if let Some(el) = found.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = el.focus();
                }
            }
        });
    }
    let give = {
        let (model, at, wanted) = (props.model.clone(), at.clone(), wanted.clone());
        let points = points.clone();
        move |cell: Cell, score: u8, then: Cell, focus: bool| {
            if let Some(point) = points.get(cell.col) {
                model.dispatch(Action::ScoreFor { participant: cell.row, point: point.to_string(), score });
            }
            *wanted.borrow_mut() = focus;
            at.set(then);
        }
    };
    let onkeydown = {
        let (give, at, wanted) = (give.clone(), at.clone(), wanted.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.meta_key() || e.alt_key() || e.default_prevented() {
                return;
            }
            match key(&e.key(), e.ctrl_key(), at_now, rows, cols) {
                Some(GridKey::Move(cell)) => {
                    e.prevent_default();
                    *wanted.borrow_mut() = true;
                    at.set(cell);
                }
                Some(GridKey::Score { score, then }) if !e.ctrl_key() => {
                    e.prevent_default();
                    give(at_now, score, then, true);
                }
                _ => {}
            }
        })
    };
    // A cell that gets the focus (a click, Tab back into the grid) is the chosen one: one
    // listener on the grid for all its cells.
    let onfocusin = {
        let at = at.clone();
        Callback::from(move |e: FocusEvent| {
            let cell = e.target_dyn_into::<web_sys::Element>().and_then(|el| el.get_attribute("data-cell"));
            if let Some(cell) = cell.as_deref().and_then(Cell::parse) {
                at.set(cell);
            }
        })
    };
    // The score buttons below the grid: one listener for all, which reads the button's score
    // (with a listener per button the soak test's heap grew at every visit of the view:
    // measured, the cause in yew not traced).
    let bar = {
        let give = give.clone();
        Callback::from(move |e: MouseEvent| {
            let button = e.target_dyn_into::<web_sys::Element>().and_then(|el| el.closest("[data-grid-score]").ok().flatten());
            if let Some(score) = button.and_then(|b| b.get_attribute("data-grid-score")).and_then(|s| s.parse::<u8>().ok()) {
                give(at_now, score, if score == 0 { at_now } else { next(at_now, rows, cols) }, false);
            }
        })
    };
    if rows > MAX_ROWS {
        return html! {
            <div class="omk-assessment__grid omk-no-print">
                <p class="omk-note">{ fill(t.grid_too_large.get(lang), &[("n", &MAX_ROWS.to_string())]) }</p>
            </div>
        };
    }
    let heading = fill(t.grid_heading.get(lang), &[("group", &group.name)]);
    let chosen = group.participants.get(at_now.row).map(|p| p.name.as_str()).unwrap_or_default();
    let point_name = c.development_points.get(at_now.col).map(|p| p.name.get(lang)).unwrap_or_default();
    let bar_label = fill(t.grid_bar.get(lang), &[("participant", chosen), ("point", &format!("{} {}", letter(at_now.col), point_name))]);
    html! {
        <div class="omk-assessment__grid omk-no-print">
            <H depth={2} id="omk-grid-title">{ heading }</H>
            <p class="omk-note" id="omk-grid-hint">{ t.grid_hint.get(lang) }</p>
            <div class="omk-matrix__scroll">
                <table class="omk-matrix omk-grid" role="grid" aria-labelledby="omk-grid-title" aria-describedby="omk-grid-hint" ref={table} {onkeydown} {onfocusin}>
                    <thead>
                        <tr>
                            <th scope="col">{ t.participant_label.get(lang) }</th>
                            { for c.development_points.iter().enumerate().map(|(i, p)| html! {
                                <th scope="col"><span class="omk-radar__letter">{ letter(i) }</span>{ " " }<span class="omk-grid__point">{ p.name.get(lang) }</span></th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for group.participants.iter().enumerate().map(|(row, p)| html! {
                            <tr>
                                <th scope="row">{ p.name.clone() }</th>
                                { for points.iter().enumerate().map(|(col, id)| {
                                    let cell = Cell { row, col };
                                    let score = p.scores.get(*id).copied();
                                    html! {
                                        <td role="gridcell" class={classes!("omk-grid__cell", (cell == at_now).then_some("omk-grid__cell--chosen"))}
                                            tabindex={if cell == at_now { "0" } else { "-1" }} data-cell={cell.attr()}>
                                            { match score {
                                                Some(s) => html! { { s } },
                                                None => html! { <><span aria-hidden="true">{ "–" }</span><span class="omk-visually-hidden">{ t.no_score.get(lang) }</span></> },
                                            } }
                                        </td>
                                    }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if rows > 0 {
                <div class="omk-grid__bar" role="group" aria-labelledby="omk-grid-bar" onclick={bar}>
                    <span id="omk-grid-bar">{ bar_label }</span>
                    { for (1..=MAX_SCORE).chain([0]).map(|s| html! {
                        <button type="button" class="omk-button omk-button--secondary" data-grid-score={s.to_string()}>
                            { if s == 0 { t.no_score.get(lang).to_string() } else { s.to_string() } }
                        </button>
                    }) }
                </div>
            }
        </div>
    }
}
