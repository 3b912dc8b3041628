//! Where an item comes from, and the "onze lezing" mark for what the explainer adds.

use crate::content::{Basis, Source};
use crate::ui::app::use_app;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceProps {
    pub source: Source,
}

/// "Bron: <document title>, <section>".
#[function_component]
pub fn SourceNote(props: &SourceProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = state.content;
    let doc = c.documents.iter().find(|d| d.id == props.source.doc);
    let title = doc.map_or(props.source.doc.as_str(), |d| d.title.get(lang));
    let section = props.source.section.as_str();
    html! {
        <p class="omk-source">
            <span class="omk-source__label">{ c.ui.source_label.get(lang) }{ ": " }</span>
            <cite class="omk-source__doc">{ title }</cite>
            if !section.is_empty() {
                { ", " }<span class="omk-source__section" lang="nl">{ section }</span>
            }
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct BasisProps {
    pub basis: Basis,
}

/// The "onze lezing" / "our reading" mark; nothing for what a text states itself.
#[function_component]
pub fn ReadingMark(props: &BasisProps) -> Html {
    let state = use_app();
    if props.basis == Basis::Stated {
        return Html::default();
    }
    html! { <span class="omk-reading">{ state.content.ui.reading_badge.get(state.lang()) }</span> }
}
