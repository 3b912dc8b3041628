//! The themes diagram: the omkering in the middle, the five themes around it, each a link to
//! its page.

use crate::route::View;
use crate::ui::app::use_app;
use crate::ui::views::ring_diagram::{RingDiagram, RingItem};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RingProps {
    pub theme: Option<&'static str>,
}

#[function_component]
pub fn ThemeRing(props: &RingProps) -> Html {
    let lang = use_app().lang();
    let c = crate::embedded::full();
    let ui = &c.views.explore;
    let items: Vec<RingItem> = c.themes.iter().map(|t| RingItem { id: t.id.as_str(), label: t.name.get(lang), view: View::Themes { theme: Some(t.id.as_str()) } }).collect();
    html! {
        <RingDiagram {items} current={props.theme} center={ui.ring_center.get(lang)} title={ui.ring_title.get(lang)}
            hint={ui.ring_hint.get(lang)} text_version={ui.text_version.get(lang)} text={ui.ring_text.get(lang)} kind="theme" />
    }
}
