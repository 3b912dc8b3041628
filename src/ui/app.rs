//! The root component of one explainer instance: its state, the URL hash, and the page frame
//! (title, navigation, language switch, notice, current view).

use crate::config::{Config, Theme};
use crate::embedded::content;
use crate::route::View;
use crate::state::{Action, State};
use crate::ui::components::{heading::H, link::link, notice::Notice};
use crate::ui::views;
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The state handle every component reads through context.
pub type AppState = UseReducerHandle<State>;

/// What one instance gives every component below it: its state, what it keeps for the visit
/// beside the state (`ui::memory`) and its handle on the stylesheet of the views that load on
/// demand (`web::lazy_sheet`). One context for all (each context type costs start-module code).
#[derive(Clone, PartialEq)]
pub struct Instance {
    pub state: AppState,
    pub memory: crate::ui::memory::Memory,
    pub sheet: crate::web::lazy_sheet::LazySheet,
}

/// The app state from context. The provider wraps the whole tree in [`App`], so it is always
/// there below it.
#[hook]
pub fn use_app() -> AppState {
    use_context::<Instance>().expect("components render inside App's ContextProvider").state
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Config,
    /// The URL hash when the instance started (with hash sync).
    pub hash: Option<AttrValue>,
    /// The stylesheet of the views that load on demand, for this instance's shadow root.
    pub sheet: crate::web::lazy_sheet::LazySheet,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let config = props.config;
    let hash = props.hash.clone();
    let state = use_reducer(move || State::new(config, content(), hash.as_deref()));
    // What this instance keeps for the visit beside its state (`ui::memory`).
    let memory = (*use_state(crate::ui::memory::Memory::default)).clone();
    let instance = Instance { state: state.clone(), memory, sheet: props.sheet.clone() };
    crate::web::hash::use_hash_sync(&state);
    let main_ref = use_node_ref();
    // Another view (a link in the navigation or in the content, leaving the presentation): the
    // focus goes to it, so a screen reader reads the new view.
    crate::web::focus::use_focus_on_change(state.route.view.page(), main_ref.clone());
    let presenting = matches!(state.route.view, View::Present { .. } | View::Presenter { .. });
    crate::web::term_marks::use_term_marks(&state, main_ref.clone(), !presenting);

    let lang = state.lang();
    let ui = &state.content.ui;
    {
        // The standalone page's title names the item or the view: "Bestaanszekerheid · De
        // omkering", "Achtergrond · De omkering".
        let title = state.route.view.page_title(state.content, lang);
        crate::web::page::use_page_title(config.standalone, title, lang.code());
    }
    let skip = {
        let main_ref = main_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = main_ref.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        })
    };
    let switch_lang = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::SetLang(lang.other())))
    };
    let other = lang.other();
    let shared = use_state_eq(|| None as crate::ui::components::share::Outcome);
    // "Naar boven": the focus to the navigation's current link (every view in the frame has
    // one), the header into view.
    let header_ref = use_node_ref();
    let nav_ref = use_node_ref();
    let to_top = {
        let (header_ref, nav_ref) = (header_ref.clone(), nav_ref.clone());
        Callback::from(move |_: MouseEvent| {
            let nav = nav_ref.cast::<web_sys::Element>();
            if let Some(link) = nav.and_then(|n| n.query_selector("[aria-current]").ok().flatten()) {
                crate::web::focus::focus(&link);
            }
            if let Some(header) = header_ref.cast::<web_sys::Element>() {
                crate::web::reveal::reveal(&header);
            }
        })
    };
    let onclick = crate::ui::components::link::follow(&state);
    #[cfg(omkering_split)]
    let (onpointerover, onfocusin) = {
        let intent = crate::ui::components::link::intent(&state, &props.sheet);
        (Some(intent.reform(|e: PointerEvent| e.into())), Some(intent.reform(|e: FocusEvent| e.into())))
    };
    #[cfg(not(omkering_split))]
    let (onpointerover, onfocusin): (Option<Callback<PointerEvent>>, Option<Callback<FocusEvent>>) = (None, None);
    let contrast = (config.theme == Theme::Contrast).then_some("omk-theme--contrast");
    if presenting {
        // The presentation and the presenter view fill the page (or the element): no frame.
        let page = config.standalone.then_some("omk--page");
        return html! {
            <ContextProvider<Instance> context={instance}>
                <div class={classes!("omk", "omk-theme", "omk--present", contrast, page)} lang={lang.code()} {onclick}>
                    if let Some(problem) = state.notice {
                        <Notice {problem} />
                    }
                    { views::render(&state) }
                </div>
            </ContextProvider<Instance>>
        };
    }
    let present = {
        let state = state.clone();
        move || {
            let session = crate::present::session::Session::DEFAULT;
            let deck = crate::present::deck::Deck::new(state.content, session);
            state.dispatch(Action::Navigate(deck.start_for(state.route.view).present(session)));
        }
    };
    let onkeydown = {
        let present = present.clone();
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            let plain = !(e.ctrl_key() || e.meta_key() || e.alt_key() || e.default_prevented());
            let key = e.key();
            // Escape closes an open explanation of a marked term, from its button or inside it.
            if let Some(open) = state.terms.open.filter(|_| key == "Escape") {
                let origin = crate::web::keys::origin(&e).and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
                let inside = origin.is_some_and(|el| el.closest(".omk-term, .omk-term-box").ok().flatten().is_some());
                if inside {
                    e.prevent_default();
                    state.dispatch(Action::ToggleTerm(open));
                    return;
                }
            }
            if plain && key.eq_ignore_ascii_case("p") && !crate::web::keys::belongs_to_target(crate::web::keys::origin(&e), &key) {
                e.prevent_default();
                present();
            }
        })
    };
    let present_button = config.present_button.then(|| {
        let onclick = Callback::from(move |_: MouseEvent| present());
        html! {
            <button type="button" class="omk-button omk-button--secondary omk-present-button" aria-keyshortcuts="P" {onclick}>
                { ui.present_button.get(lang) }
            </button>
        }
    });
    html! {
        <ContextProvider<Instance> context={instance}>
            <div class={classes!("omk", "omk-theme", contrast)}
                lang={lang.code()} {onclick} {onpointerover} {onfocusin} {onkeydown}>
                // A button, not a link to `#omk-view`: inside the shadow root no page-level lookup
                // finds that target, and Lighthouse (axe's skip-link rule) flags such a link.
                <button type="button" class="omk-skip omk-button" onclick={skip}>{ ui.skip_link.get(lang) }</button>
                <header class="omk-header" ref={header_ref}>
                    <H depth={0} class="omk-title">{ ui.app_title.get(lang) }</H>
                    <p class="omk-subtitle">{ ui.app_subtitle.get(lang) }</p>
                    <div class="omk-lang" role="group" aria-label={ui.language_label.get(lang)}>
                        <button type="button" class="omk-button omk-button--secondary" lang={other.code()} onclick={switch_lang}>
                            { ui.language_name.get(other) }
                        </button>
                    </div>
                    { for present_button }
                    { crate::ui::components::share::copy_link(&state, &shared) }
                </header>
                <nav class="omk-nav" aria-label={ui.nav_label.get(lang)} ref={nav_ref}>
                    <ul class="omk-nav__list">
                        { for crate::route::SECTIONS.iter().map(|view| nav_item(&state, *view)) }
                    </ul>
                </nav>
                if let Some(problem) = state.notice {
                    <Notice {problem} />
                }
                <div class="omk-view" id="omk-view" tabindex="-1" ref={main_ref}>
                    { views::render(&state) }
                </div>
                <p class="omk-footer">
                    <button type="button" class="omk-button omk-button--secondary" data-to-top="" onclick={to_top}>{ "↑ " }{ ui.to_top.get(lang) }</button>
                </p>
            </div>
        </ContextProvider<Instance>>
    }
}

fn nav_item(state: &State, view: View) -> Html {
    let lang = state.lang();
    let current = state.route.view.section() == view;
    html! {
        <li class="omk-nav__item">
            { link(&state, view, classes!("omk-nav__link"), current.then_some("page"), html! { <>{ views::title(state.content, view).get(lang) }</> }) }
        </li>
    }
}
