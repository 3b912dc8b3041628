//! The glossary (`/begrippen`): every term of public administration the texts use, A to Z, with
//! what an abbreviation stands for, what the term means and where that comes from. An
//! explanation that no source text gives is marked "algemene uitleg" (this is the one view that
//! shows that mark); one whose meaning the texts leave open says so. `/begrippen/<term>` marks
//! one term as the current one.

use crate::content::{Term, TermBasis};
use crate::route::View;
use crate::ui::app::{use_app, AppState};
use crate::ui::components::{heading::H, link::link, source::source_note, source::source_note_as};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GlossaryProps {
    pub term: Option<&'static str>,
}

#[function_component]
pub fn GlossaryView(props: &GlossaryProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let t = &c.views.glossary_view;
    // A term's own address brings it into view.
    let list = use_node_ref();
    {
        let list = list.clone();
        use_effect_with(props.term, move |term| {
            let entry = term.and_then(|slug| list.cast::<web_sys::Element>()?.query_selector(&format!("[data-term=\"{slug}\"]")).ok().flatten());
            if let Some(entry) = entry {
                entry.scroll_into_view();
            }
        });
    }
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ c.ui.glossary.title.get(lang) }</H>
            <p class="omk-lead">{ c.ui.glossary.intro.get(lang) }</p>
            <H depth={2}>{ t.list_heading.get(lang) }</H>
            <dl class="omk-roles" ref={list}>
                { for crate::glossary::in_order(c, lang).into_iter().map(|term| entry(&state, term, props.term == Some(term.slug()))) }
            </dl>
        </section>
    }
}

/// One term: its name (a link to its own address), what it stands for, its explanation with its
/// mark, and its source.
fn entry(state: &AppState, term: &'static Term, current: bool) -> Html {
    let lang = state.lang();
    let t = &crate::embedded::full().views.glossary_view;
    let mark = match term.basis {
        TermBasis::Source => None,
        TermBasis::General => Some(("general", t.general_badge.get(lang))),
        TermBasis::Unexplained => Some(("unexplained", t.unexplained_badge.get(lang))),
    };
    let view = View::Glossary { term: Some(term.slug()) };
    html! {
        <div class={classes!("omk-roles__row", current.then_some("omk-roles__row--current"))} data-term={term.slug()}>
            <dt>{ link(state, view, Classes::new(), current.then_some("true"), html! { <>{ term.term.get(lang) }</> }) }</dt>
            <dd>
                if let Some(full) = term.full {
                    <p>{ t.full_label.get(lang) }{ ": " }{ full.get(lang) }</p>
                }
                <p>
                    { term.explanation.get(lang) }
                    if let Some((kind, words)) = mark {
                        { " " }<span class="omk-reading" data-mark={kind}>{ words }</span>
                    }
                </p>
                if term.basis == TermBasis::General {
                    { source_note_as(state, term.source, t.used_in_label.get(lang)) }
                } else {
                    { source_note(state, term.source) }
                }
            </dd>
        </div>
    }
}
