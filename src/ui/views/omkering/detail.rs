//! The detail panel beside the diagram (what a selected actor does in each mode, or what the
//! texts say about a selected theme) and the five theme chips that select a theme.

use super::{go, Place};
use crate::content::fill;
use crate::route::{Select, View};
use crate::ui::app::AppState;
use crate::ui::components::{
    heading::H,
    link::link,
    source::{reading_mark, source_note},
};
use crate::ui::components::prose::prose;
use yew::prelude::*;

pub fn detail(state: &AppState, place: Place) -> Html {
    let lang = state.lang();
    let c = state.content;
    let dt = &c.ui.diagram;
    let close = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| go(&state, place.with_select(None)))
    };
    let close_button = html! {
        <button type="button" class="omk-button omk-button--secondary" data-detail="close" onclick={close}>
            { c.ui.dismiss.get(lang) }
        </button>
    };
    let heading = |text: &'static str| html! { <H depth={2} id="omk-detail-heading">{ text }</H> };
    let (body, key) = match place.select.and_then(|s| Some((s, selected_name(state, s)?))) {
        None => (
            html! {
                <>
                    { heading(dt.actor_heading.get(lang)) }
                    <p>{ dt.actor_hint.get(lang) }</p>
                </>
            },
            "none".to_string(),
        ),
        Some((Select::Actor(id), name)) => (
            html! {
                <>
                    { heading(name) }
                    if let Some(a) = c.actor(id) { <p>{ prose(&state, &a.summary) }</p> }
                    <dl class="omk-roles">
                        { for c.modes.iter().map(|m| {
                            let current = std::ptr::eq(m, place.mode).then_some("omk-roles__row--current");
                            html! {
                                <div class={classes!("omk-roles__row", current)}>
                                    <dt>{ m.name.get(lang) }</dt>
                                    <dd>
                                        if let Some(r) = m.roles.iter().find(|r| r.actor == id) {
                                            { prose(&state, &r.text) }{ " " }{ reading_mark(&state, r.basis) }
                                            { source_note(&state, r.source) }
                                        } else {
                                            { fill(dt.no_role.get(lang), &[("mode", m.name.get(lang))]) }
                                        }
                                    </dd>
                                </div>
                            }
                        }) }
                    </dl>
                    { close_button }
                </>
            },
            format!("actor:{id}"),
        ),
        Some((Select::Theme(id), name)) => (
            html! {
                <>
                    { heading(name) }
                    if let Some(t) = c.theme(id) {
                        // The texts give only the themes' names: what they say about all five.
                        <p>{ prose(&state, &c.themes_about.text) }</p>
                        { source_note(&state, c.themes_about.source) }
                        <p>
                            { link(&state, View::Themes { theme: Some(t.id.as_str()) }, Classes::new(), None, html! { <>{ c.ui.open_view.get(lang) }{ ": " }{ name }</> }) }
                        </p>
                    }
                    { close_button }
                </>
            },
            format!("theme:{id}"),
        ),
    };
    html! {
        <aside class="omk-detail omk-panel" aria-labelledby="omk-detail-heading" data-detail-for={key}>
            { body }
        </aside>
    }
}

/// The name of what is selected, if the content has it.
pub fn selected_name(state: &AppState, select: Select) -> Option<&'static str> {
    let lang = state.lang();
    match select {
        Select::Actor(id) => state.content.actor(id).map(|a| a.name.get(lang)),
        Select::Theme(id) => state.content.theme(id).map(|t| t.name.get(lang)),
    }
}

pub fn theme_chips(state: &AppState, place: Place) -> Html {
    let lang = state.lang();
    let c = state.content;
    let dt = &c.ui.diagram;
    html! {
        <div class="omk-themechips">
            <H depth={2} id="omk-themechips-title">{ dt.themes_label.get(lang) }</H>
            <p class="omk-note omk-instruction">{ dt.themes_hint.get(lang) }</p>
            <ul class="omk-chips" aria-labelledby="omk-themechips-title">
                { for c.themes.iter().map(|t| {
                    let pressed = place.select == Some(Select::Theme(t.id.as_str()));
                    let onclick = {
                        let state = state.clone();
                        let select = if pressed { None } else { Some(Select::Theme(t.id.as_str())) };
                        Callback::from(move |_: MouseEvent| go(&state, place.with_select(select)))
                    };
                    html! {
                        <li>
                            <button type="button" class="omk-chip omk-chip--button" data-theme={t.id.as_str()}
                                aria-pressed={pressed.to_string()} {onclick}>{ t.name.get(lang) }</button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
