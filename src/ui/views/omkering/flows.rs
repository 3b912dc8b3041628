//! The arrows of one step in words: "Gemeenten → Rijk: opgaven en oplossingen".

use super::actor_name;
use crate::content::Step;
use crate::ui::app::AppState;
use crate::ui::components::source::reading_mark;
use yew::prelude::*;

/// The arrows of a step as one sentence of words, for a diagram's name: "Gemeenten → Rijk:
/// opgaven; Rijk → gemeenten: wetten".
pub fn flow_words(state: &AppState, step: &Step) -> String {
    let lang = state.lang();
    step.flows.iter().map(|f| format!("{} → {}: {}", actor_name(state, f.from), actor_name(state, f.to), f.label.get(lang))).collect::<Vec<_>>().join("; ")
}

pub fn flow_list(state: &AppState, step: &Step) -> Html {
    let lang = state.lang();
    if step.flows.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="omk-flows" aria-label={state.content.ui.flows_label.get(lang)}>
            { for step.flows.iter().map(|f| html! {
                <li>
                    { actor_name(state, f.from) }{ " → " }{ actor_name(state, f.to) }{ ": " }
                    { f.label.get(lang) }{ " " }{ reading_mark(&state, f.basis) }
                </li>
            }) }
        </ul>
    }
}
