//! The notice shown when a link or an attribute could not be opened as it was.

use crate::content::fill;
use crate::route::Problem;
use crate::state::Action;
use crate::ui::app::use_app;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub problem: Problem,
}

#[function_component]
pub fn Notice(props: &NoticeProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let texts = &state.content.ui.route;
    let reason = match props.problem {
        Problem::Malformed => &texts.malformed,
        Problem::UnknownView => &texts.unknown_view,
        Problem::UnknownItem => &texts.unknown_item,
        Problem::StepOutOfRange => &texts.step_out_of_range,
        Problem::UnknownLanguage => &texts.unknown_language,
    };
    let message = fill(texts.notice.get(lang), &[("reason", reason.get(lang))]);
    let label = state.content.ui.dismiss.get(lang);
    let dismiss = Callback::from(move |_| state.dispatch(Action::DismissNotice));
    html! {
        <div class="omk-notice" role="status">
            <p class="omk-notice__text">{ message }</p>
            <button type="button" class="omk-button omk-button--secondary" onclick={dismiss}>
                { label }
            </button>
        </div>
    }
}
