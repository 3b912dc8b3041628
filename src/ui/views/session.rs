//! Preparing a session (`/session`): the content's sessions to choose from, the chosen slides in
//! order (up, down, remove), every slide of the tour to add, the total planned time while
//! choosing, and the links that start the presentation and share the session. The session is
//! the route's (`?sessie=` or `?dias=`), so it survives a reload and travels in a link; every
//! change is a `session::Edit`, which the core applies and checks (`Session::edit`).

use crate::content::{fill, Lang, MAX_SESSION_SLIDES};
use crate::present::deck::{listed_title, plan, Deck};
use crate::present::session::{Edit, Session};
use crate::present::timing;
use crate::route::{Route, View};
use crate::state::Action;
use crate::ui::app::{use_app, AppState};
use crate::ui::components::link::{link, standalone_href};
use crate::ui::components::{heading::H, prose::prose};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SessionProps {
    pub session: Session,
}

/// Which button of which row takes the focus after a change: the row's slide moved, so the
/// focus follows it.
#[derive(Clone, Copy, PartialEq)]
struct FocusAfter {
    row: usize,
    button: &'static str,
}

#[function_component]
pub fn SessionView(props: &SessionProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let t = &c.views.session_view;
    let session = props.session;
    let deck = Deck::new(c, session);
    let minutes = timing::total(&plan(c, &deck));
    let slides: Vec<usize> = session.slides(c).collect();
    let root = use_node_ref();
    let blocked = use_state_eq(|| false);
    let focus = use_state_eq(|| None::<FocusAfter>);
    {
        let (root, focus) = (root.clone(), focus.clone());
        use_effect_with((*focus, session), move |(after, _)| {
            if let Some(FocusAfter { row, button }) = *after {
                let selector = format!("[data-row=\"{row}\"] [data-move=\"{button}\"]");
                let el = root.cast::<web_sys::Element>().and_then(|r| r.query_selector(&selector).ok().flatten());
                if let Some(el) = el.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
                    let _ = el.focus();
                }
                focus.set(None);
            }
        });
    }
    // A change of the slides: the new session, and where the focus goes.
    let change = |edit: Edit, after: Option<FocusAfter>| {
        let (state, focus) = (state.clone(), focus.clone());
        Callback::from(move |_: MouseEvent| {
            let next = session.edit(edit, c);
            if next != session {
                state.dispatch(Action::Navigate(View::Session { session: next }));
                focus.set(after);
            }
        })
    };
    let name = |index: usize| listed_title(c, index, lang);
    let count = slides.len();
    let row = |(i, index): (usize, &usize)| {
        let index = *index;
        let minutes = c.slide(index).map_or(0, |s| s.minutes);
        let hidden = html! { <span class="omk-visually-hidden">{ ": " }{ name(index) }</span> };
        html! {
            <li class="omk-session__row" data-row={i.to_string()} data-slide={c.tour.slides.get(index).map(|s| s.id.as_str())}>
                <span class="omk-session__number">{ i + 1 }</span>
                <span class="omk-session__name">{ name(index) }</span>
                <span class="omk-session__minutes">{ fill(t.minutes.get(lang), &[("min", &minutes.to_string())]) }</span>
                <span class="omk-session__moves">
                    <button type="button" class="omk-button omk-button--secondary" data-move="up" aria-disabled={(i == 0).to_string()}
                        onclick={change(Edit::Up(i), Some(FocusAfter { row: i.saturating_sub(1), button: "up" }))}>{ t.up.get(lang) }{ hidden.clone() }</button>
                    <button type="button" class="omk-button omk-button--secondary" data-move="down" aria-disabled={(i + 1 == count).to_string()}
                        onclick={change(Edit::Down(i), Some(FocusAfter { row: (i + 1).min(count - 1), button: "down" }))}>{ t.down.get(lang) }{ hidden.clone() }</button>
                    <button type="button" class="omk-button omk-button--secondary" data-move="remove" aria-disabled={(count == 1).to_string()}
                        onclick={change(Edit::Remove(i), Some(FocusAfter { row: i.min(count.saturating_sub(2)), button: "remove" }))}>{ t.remove.get(lang) }{ hidden }</button>
                </span>
            </li>
        }
    };
    let full = count >= MAX_SESSION_SLIDES;
    let add = |index: usize| {
        let onclick = change(Edit::Add(index), None);
        html! {
            <li class="omk-session__row" data-add={c.tour.slides.get(index).map(|s| s.id.as_str())}>
                <span class="omk-session__name">{ name(index) }</span>
                <span class="omk-session__minutes">{ fill(t.minutes.get(lang), &[("min", &c.slide(index).map_or(0, |s| s.minutes).to_string())]) }</span>
                <button type="button" class="omk-button omk-button--secondary" aria-disabled={full.to_string()} {onclick}>
                    { t.add.get(lang) }<span class="omk-visually-hidden">{ ": " }{ name(index) }</span>
                </button>
            </li>
        }
    };
    let preset = session.preset_index(c);
    let choose = |i: usize| {
        let state = state.clone();
        Callback::from(move |_: Event| state.dispatch(Action::Navigate(View::Session { session: Session::preset(i, c) })))
    };
    let total = fill(t.total.get(lang), &[("min", &minutes.to_string()), ("n", &count.to_string())]);
    let present = View::Present { slide: 0, step: 0, session };
    let share = share_link(&state, present);
    html! {
        <section class="omk-section omk-session" aria-labelledby="omk-view-title" ref={root}>
            <H depth={1} id="omk-view-title">{ c.ui.session.title.get(lang) }</H>
            <p class="omk-lead">{ prose(&state, &c.ui.session.intro) }</p>
            <fieldset class="omk-session__presets">
                <legend>{ t.sessions_label.get(lang) }</legend>
                { for c.tour.sessions.iter().zip(c.session_names.iter()).enumerate().map(|(i, (p, n))| {
                    let deck = Deck::new(c, Session::preset(i, c));
                    let min = timing::total(&plan(c, &deck));
                    let id = format!("omk-session-{}", p.id);
                    html! {
                        <div class="omk-session__preset">
                            <input type="radio" name="omk-session" id={id.clone()} value={p.id.as_str()} checked={preset == Some(i)} onchange={choose(i)} />
                            <label for={id}>{ n.get(lang) }{ " (" }{ fill(t.total.get(lang), &[("min", &min.to_string()), ("n", &deck.len().to_string())]) }{ ")" }</label>
                        </div>
                    }
                }) }
                if preset.is_none() {
                    <p class="omk-session__own" data-session="own">{ t.own_choice.get(lang) }</p>
                }
            </fieldset>
            <p class="omk-session__total" role="status" data-session="total">{ total }</p>
            <H depth={2}>{ t.chosen_heading.get(lang) }</H>
            <ol class="omk-session__list" data-session="chosen">{ for slides.iter().enumerate().map(row) }</ol>
            if count == 1 {
                <p class="omk-note">{ t.last_slide.get(lang) }</p>
            }
            <p class="omk-session__actions">
                { link(&state, present, classes!("omk-button"), None, html! { { t.start.get(lang) } }) }
                if state.config.standalone {
                    <button type="button" class="omk-button omk-button--secondary" onclick={open_presenter(&state, session, blocked.clone())}>{ t.presenter.get(lang) }</button>
                }
            </p>
            <p class="omk-session__actions">
                { link(&state, View::Guide { session }, classes!("omk-button", "omk-button--secondary"), None, html! { { c.views.print_view.guide_link.get(lang) } }) }
                { link(&state, View::Handout, classes!("omk-button", "omk-button--secondary"), None, html! { { c.views.print_view.handout_link.get(lang) } }) }
            </p>
            if *blocked {
                <p class="omk-note" role="alert">{ c.views.present_view.window_blocked.get(lang) }</p>
            }
            <p class="omk-session__share">
                <label for="omk-session-link">{ t.share_label.get(lang) }</label>
                <input id="omk-session-link" class="omk-session__link" type="text" readonly=true value={share} aria-describedby="omk-session-link-note" />
                <span class="omk-note" id="omk-session-link-note">{ t.share_note.get(lang) }</span>
            </p>
            <H depth={2}>{ t.add_heading.get(lang) }</H>
            <p>{ t.add_hint.get(lang) }</p>
            if count >= MAX_SESSION_SLIDES {
                <p class="omk-note">{ fill(t.full.get(lang), &[("n", &MAX_SESSION_SLIDES.to_string())]) }</p>
            }
            <ul class="omk-session__list" data-session="add">{ for (0..c.tour.slides.len()).map(add) }</ul>
        </section>
    }
}

/// The address to share: the standalone page's, with the presentation's route (on an embed,
/// the standalone page beside the loader, as the presentation's own link does).
fn share_link(state: &AppState, view: View) -> String {
    if !state.config.standalone {
        return standalone_href(state, view);
    }
    let hash = Route::new(view, state.lang()).format(Lang::Nl, state.content);
    let page = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    format!("{}#{hash}", page.split('#').next().unwrap_or_default())
}

/// Opens the presenter view of the session in a window of its own (standalone page only).
fn open_presenter(state: &AppState, session: Session, blocked: UseStateHandle<bool>) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_: MouseEvent| {
        let view = View::Presenter { slide: 0, step: 0, session };
        let hash = Route { view, ..state.route }.format(state.config.lang, state.content);
        blocked.set(!crate::web::present::open_presenter(&hash));
    })
}
