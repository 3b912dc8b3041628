//! A link to a view: a real `href` (open in a new tab, copy, share) that navigates inside the
//! widget on a plain click.

use crate::route::{Route, View};
use crate::state::Action;
use crate::ui::app::use_app;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: View,
    #[prop_or_default]
    pub class: Classes,
    /// The `aria-current` value when this link shows where the visitor is ("page", "step").
    #[prop_or_default]
    pub current: Option<&'static str>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn RouteLink(props: &LinkProps) -> Html {
    let state = use_app();
    let route = Route::new(props.to, state.lang());
    let href = format!("#{}", route.format(state.config.lang));
    let onclick = {
        let state = state.clone();
        let to = props.to;
        Callback::from(move |e: MouseEvent| {
            // Modified clicks keep the browser's own behaviour (new tab, new window).
            if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
                return;
            }
            e.prevent_default();
            state.dispatch(Action::Navigate(to));
        })
    };
    // A link to a view whose code loads on demand starts loading it on intent.
    #[cfg(omkering_split)]
    let intent = crate::ui::lazy::in_chunk(props.to).then(|| Callback::from(|_: Event| crate::ui::lazy::prefetch()));
    #[cfg(not(omkering_split))]
    let intent: Option<Callback<Event>> = None;
    let (onpointerenter, onfocus) = (intent.clone().map(|c| c.reform(|e: PointerEvent| e.into())), intent.map(|c| c.reform(|e: FocusEvent| e.into())));
    html! {
        <a {href} class={props.class.clone()} aria-current={props.current} {onclick} {onpointerenter} {onfocus}>
            { props.children.clone() }
        </a>
    }
}
