//! The overview of the session's slides: a numbered button per slide, the current one marked and focused;
//! the arrow keys move through it, Enter or a click opens a slide.

use super::slide::title;
use crate::present::deck::{Deck, Position};
use crate::present::session::Session;
use crate::present::keys::Command;
use crate::ui::app::use_app;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub at: Position,
    pub session: Session,
    pub run: Callback<Command>,
}

#[function_component]
pub fn Overview(props: &OverviewProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let t = &c.views.present_view;
    let current = use_node_ref();
    {
        let current = current.clone();
        use_effect_with(props.at.slide, move |_| {
            if let Some(el) = current.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    html! {
        <nav class="omk-overview" aria-labelledby="omk-overview-title">
            <h2 class="omk-overview__title" id="omk-overview-title">{ t.overview_heading.get(lang) }</h2>
            <p class="omk-overview__hint">{ t.overview_hint.get(lang) }</p>
            <ol class="omk-overview__list">
                { for Deck::new(c, props.session).slides.iter().map(|s| s.index).enumerate().map(|(i, index)| {
                    let here = i == props.at.slide;
                    let run = props.run.clone();
                    // The number typed and Enter open the slide, as from the keyboard.
                    let onclick = Callback::from(move |_: MouseEvent| {
                        for d in (i + 1).to_string().bytes() {
                            run.emit(Command::Digit(d - b'0'));
                        }
                        run.emit(Command::Enter);
                    });
                    html! {
                        <li>
                            <button type="button" class={classes!("omk-overview__slide", here.then_some("omk-overview__slide--current"))}
                                aria-current={here.then_some("true")} ref={if here { current.clone() } else { NodeRef::default() }} {onclick}>
                                <span class="omk-overview__number">{ i + 1 }</span>{ " " }{ title(index, lang) }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
