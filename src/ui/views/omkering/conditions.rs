//! What the omkering needs: the conditions of the strategy, with the ones the current step needs
//! brought forward.

use super::Place;
use crate::content::Basis;
use crate::ui::app::AppState;
use crate::ui::components::{
    heading::H,
    source::{reading_mark, source_note},
};
use crate::ui::components::prose::prose;
use yew::prelude::*;

pub fn conditions(state: &AppState, place: Place) -> Html {
    let lang = state.lang();
    let c = state.content;
    let dt = &c.ui.diagram;
    let step = place.step.and_then(|i| place.mode.steps.get(i));
    let needed = |id: &str| step.is_some_and(|s| s.conditions.iter().any(|x| *x == id));
    html! {
        <section class="omk-conditions" aria-labelledby="omk-conditions-title">
            <H depth={2} id="omk-conditions-title">{ c.ui.conditions_heading.get(lang) }</H>
            <p>{ dt.conditions_intro.get(lang) }{ " " }{ reading_mark(&state, Basis::Reading) }</p>
            <ul class="omk-list omk-conditions__list">
                { for c.conditions.iter().map(|cond| {
                    let lit = needed(cond.id.as_str());
                    html! {
                        <li class={classes!("omk-item", lit.then_some("omk-item--current"))} data-condition={cond.id.as_str()}
                            data-needed={lit.to_string()}>
                            <H depth={3} class="omk-item__title">{ cond.name.plain(lang) }</H>
                            if lit {
                                <p class="omk-badge">{ dt.step_conditions.get(lang) }</p>
                            }
                            <p>{ prose(&state, &cond.text) }</p>
                            { source_note(&state, cond.source) }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
