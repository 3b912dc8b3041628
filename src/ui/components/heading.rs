//! A heading whose level follows the explainer's configured top level, so the explainer fits
//! under a host page's own `h1`.

use crate::ui::app::use_app;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HProps {
    /// Levels below the explainer's top heading: 0 is the title, 1 a view, 2 a part of a view.
    pub depth: u8,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn H(props: &HProps) -> Html {
    let level = use_app().heading_level(props.depth);
    html! {
        <@{format!("h{level}")} class={props.class.clone()} id={props.id.clone()}>
            { props.children.clone() }
        </@>
    }
}
