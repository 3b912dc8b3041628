//! The start view: what the explainer shows, and a way into each part.

use super::{intro, title};
use crate::ui::app::use_app;
use crate::ui::components::{heading::H, link::link};
use crate::ui::components::prose::prose;
use yew::prelude::*;

#[function_component]
pub fn StartView() -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = state.content;
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ c.ui.start.title.get(lang) }</H>
            <p class="omk-lead">{ prose(&state, &c.ui.start.intro) }</p>
            <p class="omk-note">
                <span class="omk-reading">{ c.ui.reading_badge.get(lang) }</span>
                { " " }{ c.ui.reading_explanation.get(lang) }
            </p>
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
