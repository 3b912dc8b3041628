//! The print control of the views made for paper (the facilitator's guide, the handout): on the
//! standalone page a button that opens the browser's print dialog (print, or save as PDF); in an
//! embed, whose host page would print around it, a link that opens the view on the standalone
//! page beside the loader, to print it there.

use crate::route::View;
use crate::ui::app::AppState;
use yew::prelude::*;

pub fn print_control(state: &AppState, view: View) -> Html {
    let lang = state.lang();
    let t = &crate::embedded::full().views.print_view;
    let control = if state.config.standalone {
        let onclick = Callback::from(|_: MouseEvent| {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        });
        html! { <button type="button" class="omk-button" {onclick}>{ t.print.get(lang) }</button> }
    } else {
        let href = crate::ui::components::link::standalone_href(state, view);
        html! { <a class="omk-button" {href} target="_blank" rel="noopener">{ t.print_elsewhere.get(lang) }</a> }
    };
    html! {
        <p class="omk-print__control omk-no-print">{ control }{ " " }<span class="omk-note">{ t.print_hint.get(lang) }</span></p>
    }
}
