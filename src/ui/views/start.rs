//! The start view: the answer to "what is the omkering?" with its source first, then the way
//! into the omkering view, then a card for each other part.

use super::{intro, title};
use crate::route::View;
use crate::ui::app::use_app;
use crate::ui::components::{heading::H, link::link, source::source_note};
use crate::ui::components::prose::prose;
use yew::prelude::*;

#[function_component]
pub fn StartView() -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = state.content;
    let omkering = View::Omkering { mode: None, step: None, select: None };
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ c.ui.start.title.get(lang) }</H>
            <p class="omk-lead">{ prose(&state, &c.ui.start.intro) }</p>
            // The answer is the omkering mode's own summary in fewer words: its source.
            { source_note(&state, c.mode(Some("omkering")).source) }
            <p class="omk-start__explore">
                { link(&state, omkering, classes!("omk-button"), None, html! { <>{ c.ui.start_explore.get(lang) }{ " →" }</> }) }
            </p>
            <p>{ c.ui.start_more.get(lang) }</p>
            <ul class="omk-cards">
                { for crate::route::SECTIONS.iter().skip(1).map(|view| html! {
                    <li class="omk-card">
                        <H depth={2} class="omk-card__title">
                            { link(&state, *view, Classes::new(), None, html! { <>{ title(c, *view).get(lang) }</> }) }
                        </H>
                        <p>{ prose(&state, &intro(c, *view)) }</p>
                    </li>
                }) }
            </ul>
        </section>
    }
}
