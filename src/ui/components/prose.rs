//! A paragraph text with its marked glossary terms (issue 24). In each view the first marked
//! occurrence of a term is a disclosure: a button (its name is the marked words) that opens the
//! term's explanation right after it, inside the same sentence, and closes it again (click, tap,
//! Enter, Space; Escape closes). The focus stays on the button. Other occurrences are plain
//! words. Which occurrence is first, the view's [`super::terms::Terms`] decides.

use super::terms::TermScope;
use crate::content::{Lang, Part, Prose};
use std::cell::Cell;
use yew::prelude::*;

thread_local! {
    /// Numbers the paragraphs on the page, so every mark has its own key and its explanation its
    /// own id, however many instances the page holds.
    static NEXT: Cell<u32> = const { Cell::new(0) };
}

#[derive(Properties, PartialEq)]
pub struct ProseProps {
    pub text: &'static Prose,
    /// A prop, not the app's state: the paragraph renders again only when its text or its
    /// language changes (views hold dozens of paragraphs).
    pub lang: Lang,
}

#[function_component]
pub fn ProseText(props: &ProseProps) -> Html {
    let scope = use_context::<TermScope>();
    let id = *use_state(|| NEXT.with(|n| n.replace(n.get() + 1)));
    let open = use_state_eq(|| None::<usize>);
    {
        let rescan = scope.as_ref().map(|s| s.rescan.clone());
        use_effect(move || {
            if let Some(rescan) = rescan {
                rescan.emit(());
            }
        });
    }
    let slugs = &crate::embedded::content().term_slugs;
    let parts = props.text.parts(props.lang);
    let words = parts.iter().enumerate().map(|(i, part)| match *part {
        Part::Plain(text) => html! { { text } },
        Part::Term { words, term } => {
            let key = format!("m{id}-{i}");
            let slug = slugs.get(term as usize).map_or("", |s| s.as_str());
            let first = scope.as_ref().is_some_and(|s| s.firsts.contains(&key));
            if !first {
                return html! { <span data-omk-mark={key} data-omk-term={slug}>{ words }</span> };
            }
            let is_open = *open == Some(i);
            let toggle = {
                let open = open.clone();
                Callback::from(move |_: MouseEvent| open.set(if is_open { None } else { Some(i) }))
            };
            let onkeydown = {
                let open = open.clone();
                Callback::from(move |e: KeyboardEvent| {
                    if is_open && e.key() == "Escape" {
                        e.prevent_default();
                        e.stop_propagation();
                        open.set(None);
                    }
                })
            };
            let box_id = format!("omk-term-{key}");
            html! {
                <>
                    <button type="button" class="omk-term" aria-expanded={if is_open { "true" } else { "false" }}
                        aria-controls={box_id.clone()} data-omk-mark={key} data-omk-term={slug} onclick={toggle} {onkeydown}>
                        { words }
                    </button>
                    <span class="omk-term-box" id={box_id} hidden={!is_open}>
                        if is_open {
                            { crate::ui::views::term(term) }
                        }
                    </span>
                </>
            }
        }
    });
    html! { <>{ for words }</> }
}
