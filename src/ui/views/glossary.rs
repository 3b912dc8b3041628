//! The glossary (`/begrippen`): every term of public administration the texts use, A to Z, with
//! what an abbreviation stands for, what the term means and where that comes from. An
//! explanation that no source text gives is marked "algemene uitleg" (a glossary entry is the one
//! place that shows that mark: here, and as `TermExplanation` where a text's marked term opens
//! it); one whose meaning the texts leave open says so. Each entry links to the views whose
//! texts mark the term. `/begrippen/<term>` marks one term as the current one.

use crate::content::{Term, TermBasis};
use crate::route::View;
use crate::ui::app::{use_app, AppState};
use crate::ui::components::{heading::H, link::link, prose::prose, source::source_note, source::source_note_as};
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
    // Where each term is used: one walk over the content for the whole list.
    let uses = use_memo((), |_| crate::shown::uses(c));
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
            <p class="omk-lead">{ prose(&state, &c.ui.glossary.intro) }</p>
            <H depth={2}>{ t.list_heading.get(lang) }</H>
            <dl class="omk-roles" ref={list}>
                { for crate::glossary::in_order(c, lang).into_iter().map(|term| entry(&state, term, props.term == Some(term.slug()), &uses)) }
            </dl>
        </section>
    }
}

/// One term: its name (a link to its own address), what it stands for, its explanation with its
/// mark, and its source.
fn entry(state: &AppState, term: &'static Term, current: bool, uses: &[Vec<(View, &'static crate::content::Text)>]) -> Html {
    let lang = state.lang();
    let c = crate::embedded::full();
    let t = &c.views.glossary_view;
    let view = View::Glossary { term: Some(term.slug()) };
    let used = c.glossary.iter().position(|x| std::ptr::eq(x, term)).and_then(|i| uses.get(i)).map_or(&[][..], |u| &u[..]);
    html! {
        <div class={classes!("omk-roles__row", current.then_some("omk-roles__row--current"))} data-term={term.slug()}>
            <dt>{ link(state, view, Classes::new(), current.then_some("true"), html! { <>{ term.term.get(lang) }</> }) }</dt>
            <dd>
                if let Some(full) = term.full {
                    <p>{ t.full_label.get(lang) }{ ": " }{ full.get(lang) }</p>
                }
                <p>{ term.explanation.get(lang) }{ badge(term, lang) }</p>
                if term.basis == TermBasis::General {
                    { source_note_as(state, term.source, t.used_in_label.get(lang)) }
                } else {
                    { source_note(state, term.source) }
                }
                if !used.is_empty() {
                    <p class="omk-term-used">
                        { t.shown_in_label.get(lang) }{ ": " }
                        { for used.iter().enumerate().map(|(i, (to, title))| html! {
                            <>
                                if i > 0 { { ", " } }
                                { link(state, *to, Classes::new(), None, html! { <>{ crate::shown::place_name(&c.ui, *to, title, lang) }</> }) }
                            </>
                        }) }
                    </p>
                }
            </dd>
        </div>
    }
}

/// The mark of an explanation that no source text gives ("algemene uitleg") or whose meaning the
/// texts leave open; nothing for one a source gives.
pub(crate) fn badge(term: &Term, lang: crate::content::Lang) -> Html {
    let t = &crate::embedded::full().views.glossary_view;
    let (kind, words) = match term.basis {
        TermBasis::Source => return Html::default(),
        TermBasis::General => ("general", t.general_badge.get(lang)),
        TermBasis::Unexplained => ("unexplained", t.unexplained_badge.get(lang)),
    };
    html! { <>{ " " }<span class="omk-reading" data-mark={kind}>{ words }</span></> }
}

#[derive(Properties, PartialEq)]
pub struct TermExplanationProps {
    pub term: u8,
}

/// A term's explanation where a text marks it: inside the sentence, so phrasing content only
/// (name, what it stands for, explanation, its mark, and a link to its entry with the source).
#[function_component]
pub fn TermExplanation(props: &TermExplanationProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let Some(term) = c.glossary.get(props.term as usize) else { return Html::default() };
    let t = &c.views.glossary_view;
    let view = View::Glossary { term: Some(term.slug()) };
    html! {
        <>
            <strong class="omk-term-box__name">{ term.term.get(lang) }</strong>
            if let Some(full) = term.full {
                { " (" }{ full.get(lang) }{ ")" }
            }
            { ": " }{ term.explanation.get(lang) }{ badge(term, lang) }
            { " " }{ link(&state, view, classes!("omk-term-box__more"), None, html! { <>{ t.more_link.get(lang) }</> }) }
        </>
    }
}
