//! The development points view: the five points the association strategy names.

use crate::route::View;
use crate::ui::app::use_app;
use crate::ui::components::{heading::H, link::link, source::source_note};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DevelopmentProps {
    pub point: Option<&'static str>,
}

#[function_component]
pub fn DevelopmentView(props: &DevelopmentProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ c.ui.development.title.get(lang) }</H>
            <p class="omk-lead">{ c.ui.development.intro.get(lang) }</p>
            <ol class="omk-list">
                { for c.development_points.iter().map(|p| {
                    let current = props.point == Some(p.id.as_str());
                    html! {
                        <li class={classes!("omk-item", current.then_some("omk-item--current"))}>
                            <H depth={2} class="omk-item__title">
                                { link(&state, View::Development { point: Some(p.id.as_str()) }, Classes::new(), current.then_some("page"), html! { <>{ p.name.get(lang) }</> }) }
                            </H>
                            <p>{ p.summary.get(lang) }</p>
                            { source_note(&state, p.source) }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
