//! The presenter's notes for a slide: what to say (marked as our reading where it connects what
//! the texts do not), questions for the room (the critical ones said so), and background for the
//! room's questions from the content (`present::notes`): for a theme, the topics the other texts
//! link to it and where they are silent; for the themes, what belongs to no theme; and the
//! glossary's explanation of every term the slide marks.

use crate::content::{fill, Lang, Slide, SlideTexts, Topic};
use crate::present::notes;
use crate::ui::app::AppState;
use crate::ui::components::source::reading_mark;
use crate::ui::views::glossary::badge;
use yew::prelude::*;

/// A plain function, not a component: the presenter view renders it once per slide, and a
/// component's trait objects cost entries in the start module's function table (measured).
/// `id` names its heading, whose level is `level` (the presenter view: 2; the facilitator's
/// guide, which shows every slide's notes under the slide's heading: 3).
pub fn notes(state: &AppState, slide: &'static Slide, texts: &'static SlideTexts, id: &str, level: u8) -> Html {
    let lang = state.lang();
    let c = crate::embedded::full();
    let t = &c.views.present_view;
    let background = notes::background(c, slide, texts);
    let notes::Background { theme, outside, terms } = &background;
    let h = |depth: u8| format!("h{}", (level + depth).min(6));
    html! {
        <section class="omk-presenter__notes" aria-labelledby={id.to_string()}>
            <@{h(0)} id={id.to_string()}>{ t.notes.get(lang) }</@>
            <@{h(1)}>{ t.say_heading.get(lang) }</@>
            <p class="omk-presenter__say">{ texts.say.plain(lang) }{ " " }{ reading_mark(state, texts.basis) }</p>
            <@{h(1)}>{ t.questions_heading.get(lang) }</@>
            <ul class="omk-presenter__questions">
                { for texts.questions.iter().map(|q| html! {
                    <li data-critical={q.critical.to_string()}>
                        if q.critical { <strong class="omk-presenter__critical">{ t.critical.get(lang) }{ ": " }</strong> }
                        { q.text.plain(lang) }
                    </li>
                }) }
            </ul>
            if !background.is_empty() {
                <@{h(1)}>{ t.background_heading.get(lang) }</@>
            }
            if let Some(n) = theme {
                <@{h(2)}>{ t.linked_heading.get(lang) }{ " " }{ reading_mark(state, crate::content::Basis::Reading) }</@>
                { topics_by_document(&n.linked, lang) }
                if !n.silent.is_empty() {
                    <p class="omk-presenter__silent">{ fill(t.silent.get(lang), &[("documents", &n.silent.iter().map(|d| d.title.get(lang)).collect::<Vec<_>>().join("; "))]) }</p>
                }
                if !n.unlinked.is_empty() {
                    <@{h(2)}>{ t.unlinked_heading.get(lang) }{ " " }{ reading_mark(state, crate::content::Basis::Reading) }</@>
                    <ul>{ for n.unlinked.iter().map(|(topic, u)| html! { <li><strong>{ topic.name.plain(lang) }</strong>{ ": " }{ u.note.plain(lang) }</li> }) }</ul>
                }
            }
            if !outside.is_empty() {
                <@{h(2)}>{ t.outside_heading.get(lang) }</@>
                { topics_by_document(outside, lang) }
            }
            if !terms.is_empty() {
                <@{h(2)}>{ t.terms_heading.get(lang) }</@>
                <dl class="omk-presenter__terms">
                    { for terms.iter().map(|term| html! {
                        <>
                            <dt>{ term.term.get(lang) }{ for term.full.map(|f| html! { <>{ " (" }{ f.get(lang) }{ ")" }</> }) }</dt>
                            <dd>{ term.explanation.get(lang) }{ badge(term, lang) }</dd>
                        </>
                    }) }
                </dl>
            }
        </section>
    }
}

/// Per document, the names of its topics.
fn topics_by_document(by_doc: &[(&'static crate::content::Document, Vec<&'static Topic>)], lang: Lang) -> Html {
    html! {
        <dl class="omk-presenter__topics">
            { for by_doc.iter().map(|(doc, topics)| html! {
                <>
                    <dt>{ doc.title.get(lang) }</dt>
                    <dd><ul>{ for topics.iter().map(|t| html! { <li>{ t.name.plain(lang) }</li> }) }</ul></dd>
                </>
            }) }
        </dl>
    }
}
