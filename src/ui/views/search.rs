//! The search view: a box over every text of the content, both languages, word beginnings,
//! case and accents ignored (`crate::search`). The text is in the route, so a search survives a
//! reload and can be shared. Results are grouped by view with the match marked; ↑ ↓ choose,
//! Enter opens, Escape empties the box. The index is built once, on the first search.

use crate::content::fill;
use crate::route::{Route, SearchText};
use crate::search::{pieces, window, Hit, Index};
use crate::state::Action;
use crate::ui::app::use_app;
use crate::ui::components::heading::H;
use crate::ui::views;
use crate::web::defer::after_frame;
use std::cell::OnceCell;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use crate::ui::components::prose::prose;
use yew::prelude::*;

const LIMIT: usize = 30;
const EXCERPT: usize = 140;

thread_local! {
    static INDEX: OnceCell<&'static Index> = const { OnceCell::new() };
}

fn index(c: &'static crate::content::Full) -> &'static Index {
    // One index for the page's lifetime, shared by every instance: the content never changes.
    INDEX.with(|i| *i.get_or_init(|| Box::leak(Box::new(Index::build(c)))))
}

#[function_component]
pub fn SearchView() -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let ui = &c.views.search_box;
    let query = state.route.search;
    let active = use_state_eq(|| None::<usize>);
    let input = use_node_ref();
    let hits = use_memo((query, lang), move |(q, lang)| {
        if q.is_empty() {
            return Vec::new();
        }
        crate::search_results::in_order(&index(c).search(q.as_str(), *lang, LIMIT))
    });
    {
        // Opened from the navigation, the box takes the focus the view gets (after the frame:
        // the app moves the focus to the view in its own effect, which runs after this one).
        let input = input.clone();
        use_effect_with((), move |_| {
            let pending = after_frame(move || {
                let Some(el) = input.cast::<HtmlInputElement>() else { return };
                let root = el.get_root_node();
                let active = root.dyn_ref::<web_sys::ShadowRoot>().and_then(|r| r.active_element());
                if active.is_some_and(|a| a.id() == "omk-view") {
                    let _ = el.focus();
                }
            });
            move || drop(pending)
        });
    }

    let oninput = {
        let (state, active) = (state.clone(), active.clone());
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            active.set(None);
            state.dispatch(Action::Search(SearchText::new(&value)));
        })
    };
    let onkeydown = {
        let (state, hits, active) = (state.clone(), hits.clone(), active.clone());
        Callback::from(move |e: KeyboardEvent| {
            let n = hits.len();
            match e.key().as_str() {
                "ArrowDown" | "ArrowUp" if n > 0 => active.set(crate::search_results::cursor(*active, n, e.key() == "ArrowDown")),
                "Enter" if n > 0 => state.dispatch(Action::Navigate(hits[active.unwrap_or(0)].view)),
                "Escape" if !query.is_empty() => {
                    active.set(None);
                    state.dispatch(Action::Search(SearchText::EMPTY));
                }
                _ => return,
            }
            e.prevent_default();
        })
    };

    let option = |i: usize, hit: &Hit| {
        let selected = *active == Some(i);
        let onclick = {
            let (state, view) = (state.clone(), hit.view);
            Callback::from(move |_: MouseEvent| state.dispatch(Action::Navigate(view)))
        };
        let (start, end, cut_start, cut_end) = window(hit.body, &hit.body_marks, EXCERPT);
        let route = Route::new(hit.view.canonical(c), lang).format(state.config.lang, c);
        html! {
            <li class={classes!("omk-search__option", selected.then_some("omk-search__option--active"))}
                role="option" id={format!("omk-search-option-{i}")} aria-selected={selected.to_string()}
                lang={(hit.lang != lang).then(|| hit.lang.code())} data-route={route} {onclick}>
                <span class="omk-search__title">{ marked(hit.title, &hit.title_marks, 0, hit.title.len()) }</span>
                if hit.lang != lang {
                    { " " }<span class="omk-search__lang" lang={lang.code()}>{ ui.other_lang.get(lang) }</span>
                }
                if !hit.body.is_empty() {
                    <span class="omk-search__excerpt">
                        { if cut_start { "… " } else { "" } }
                        { marked(hit.body, &hit.body_marks, start, end) }
                        { if cut_end { " …" } else { "" } }
                    </span>
                }
            </li>
        }
    };
    // One group per view, in the order of the navigation.
    let groups = crate::search_results::groups(&hits);
    // Each group of options has its label beside it, outside the group (ARIA: a group in a
    // listbox holds options only).
    let options = groups.iter().enumerate().map(|(g, (section, items))| {
        let label = format!("omk-search-group-{g}");
        html! {
            <li role="presentation">
                <span class="omk-search__group" id={label.clone()}>{ views::title(c, *section).get(lang) }</span>
                <ul role="group" aria-labelledby={label} class="omk-search__list">
                    { for items.iter().map(|&i| option(i, &hits[i])) }
                </ul>
            </li>
        }
    });
    let status = if query.is_empty() {
        ui.empty.get(lang).to_string()
    } else if hits.is_empty() {
        ui.no_results.get(lang).to_string()
    } else {
        fill(ui.results.get(lang), &[("count", &hits.len().to_string())])
    };
    let expanded = !hits.is_empty();
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ c.ui.search.title.get(lang) }</H>
            <p class="omk-lead">{ prose(&state, &c.ui.search.intro) }</p>
            <div class="omk-search" role="search">
                <label class="omk-search__label" for="omk-search-input">{ ui.label.get(lang) }</label>
                <input id="omk-search-input" class="omk-search__input" type="search" autocomplete="off" spellcheck="false"
                    maxlength={SearchText::CAPACITY.to_string()} role="combobox" aria-autocomplete="list"
                    aria-controls="omk-search-results" aria-expanded={expanded.to_string()} aria-describedby="omk-search-hint"
                    aria-activedescendant={active.filter(|_| expanded).map(|i| format!("omk-search-option-{i}"))}
                    value={query.as_str().to_string()} {oninput} {onkeydown} ref={input} />
                <p class="omk-note omk-instruction" id="omk-search-hint">{ ui.hint.get(lang) }<span class="omk-hint-keys">{ " " }{ ui.keys_hint.get(lang) }</span></p>
                <p class="omk-search__status" role="status">{ status }</p>
                <ul class="omk-search__results" id="omk-search-results" role="listbox" aria-label={ui.label.get(lang)} hidden={!expanded}>
                    { for options }
                </ul>
            </div>
        </section>
    }
}

fn marked(text: &'static str, marks: &[(usize, usize)], start: usize, end: usize) -> Html {
    html! {
        { for pieces(text, marks, start, end).into_iter().map(|(piece, mark)| {
            if mark { html! { <mark>{ piece }</mark> } } else { html! { { piece } } }
        }) }
    }
}
