//! The text version of the diagram: who does what in the mode on screen, and its steps as an
//! ordered list that follows the stepper (the current step is marked and linked).

use super::{actor_name, Place};
use crate::content::fill;
use crate::ui::app::AppState;
use crate::ui::components::{
    heading::H,
    link::link,
    source::{reading_mark, source_note},
};
use crate::ui::components::prose::prose_in;
use yew::prelude::*;

pub fn text_version(state: &AppState, place: Place) -> Html {
    let lang = state.lang();
    let c = state.content;
    let ui = &c.ui;
    let mode = place.mode;
    let total = mode.steps.len().to_string();
    html! {
        <section class="omk-textversion" id="omk-textversion" aria-labelledby="omk-textversion-title">
            <H depth={2} id="omk-textversion-title">{ ui.diagram.text_version.get(lang) }{ ": " }{ mode.name.get(lang) }</H>
            <H depth={3}>{ ui.roles_heading.get(lang) }</H>
            <dl class="omk-roles">
                { for mode.roles.iter().map(|r| html! {
                    <div class="omk-roles__row">
                        <dt>{ actor_name(state, r.actor) }</dt>
                        <dd>{ prose_in(&state, &r.text, 1) }{ " " }{ reading_mark(&state, r.basis) }</dd>
                    </div>
                }) }
            </dl>
            <H depth={3}>{ ui.steps_heading.get(lang) }</H>
            <ol class="omk-steps" data-text-version="steps">
                { for mode.steps.iter().enumerate().map(|(i, s)| {
                    let current = place.step == Some(i);
                    let label = fill(ui.step_label.get(lang), &[("n", &(i + 1).to_string()), ("total", &total)]);
                    html! {
                        <li class={classes!("omk-step", current.then_some("omk-step--current"))}
                            aria-current={current.then_some("step")}>
                            <p class="omk-step__number">
                                { link(&state, place.with_step(Some(i)).view(), Classes::new(), None, html! { <>{ label }</> }) }
                            </p>
                            <p class="omk-step__title">{ s.title.get(lang) }{ " " }{ reading_mark(&state, s.basis) }</p>
                            <p>{ prose_in(&state, &s.text, 1) }</p>
                            { super::flows::flow_list(state, s) }
                            { source_note(&state, s.source) }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
