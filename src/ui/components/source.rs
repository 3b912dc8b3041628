//! Where an item comes from, and the "onze lezing" mark for what the explainer adds. Plain
//! functions, not components: they appear dozens of times in a view, and a component each
//! would re-render on its own at every state change (measured, see ARCHITECTURE.md).

use crate::content::{Basis, Source};
use crate::ui::app::AppState;
use yew::prelude::*;

/// "Bron: <document title>, <section>".
pub fn source_note(state: &AppState, source: Source) -> Html {
    source_note_as(state, source, state.content.ui.source_label.get(state.lang()))
}

/// A passage of a source under another label than "Bron" (a glossary term's general explanation
/// names where the term is used, not where its explanation comes from).
pub fn source_note_as(state: &AppState, source: Source, label: &str) -> Html {
    let lang = state.lang();
    let c = state.content;
    let doc = c.documents.iter().find(|d| d.id == source.doc);
    let title = doc.map_or(source.doc.as_str(), |d| d.title.get(lang));
    let section = source.section.as_str();
    html! {
        <p class="omk-source">
            <span class="omk-source__label">{ label }{ ": " }</span>
            <cite class="omk-source__doc">{ title }</cite>
            if !section.is_empty() {
                { ", " }<span class="omk-source__section" lang="nl">{ section }</span>
            }
        </p>
    }
}

/// A source inside a group that names its document already (a heading, a folded list): only the
/// section (nothing more when the document has no sections), or the whole note when the source is
/// another document.
pub fn source_in(state: &AppState, source: Source, doc: &str) -> Html {
    if source.doc != doc {
        return source_note(state, source);
    }
    if source.section.is_empty() {
        return Html::default();
    }
    html! {
        <p class="omk-source omk-source--compact">
            <span class="omk-source__label">{ state.content.ui.source_label.get(state.lang()) }{ ": " }</span>
            <span class="omk-source__section" lang="nl">{ source.section.as_str() }</span>
        </p>
    }
}

/// What the "onze lezing" mark means, once per view where its first marked item appears.
pub fn reading_legend(state: &AppState) -> Html {
    reading_legend_in(&state.content.ui, state.lang())
}

/// [`reading_legend`] where a view has the texts but not the app's state (the self-assessment).
pub fn reading_legend_in(ui: &crate::content::Ui, lang: crate::content::Lang) -> Html {
    html! {
        <p class="omk-note omk-reading-legend">
            <span class="omk-reading">{ ui.reading_badge.get(lang) }</span>{ " " }{ ui.reading_explanation.get(lang) }
        </p>
    }
}

/// The "onze lezing" / "our reading" mark; nothing for what a text states itself.
pub fn reading_mark(state: &AppState, basis: Basis) -> Html {
    if basis == Basis::Stated {
        return Html::default();
    }
    html! { <span class="omk-reading">{ state.content.ui.reading_badge.get(state.lang()) }</span> }
}
