//! A paragraph text with its marked glossary terms (issue 24). In each view the first marked
//! occurrence of a term is a disclosure: a button (its name is the marked words) that opens the
//! term's explanation right after it, inside the same sentence, and closes it again (click, tap,
//! Enter, Space; Escape closes). The focus stays on the button. Other occurrences are plain
//! words in a span that names the mark, so the view can find which occurrence comes first
//! (`State::terms`, reported by `web::term_marks`). A plain function, not a component: views
//! hold dozens of paragraphs; the app's root handles the buttons' clicks and keys.

use crate::content::{Part, Prose};
use crate::state::State;
use yew::prelude::*;

/// A paragraph's text in the current language, with its marks.
pub fn prose(state: &State, text: &'static Prose) -> Html {
    prose_in(state, text, 0)
}

/// A paragraph's text where a view shows it a second time (`slot` 1: the text version of its
/// diagram), so that each place has its own marks.
pub fn prose_in(state: &State, text: &'static Prose, slot: u8) -> Html {
    let slugs = &state.content.term_slugs;
    let parts = text.parts(state.lang()).into_iter().map(|part| match part {
        Part::Plain(words) => html! { { words } },
        Part::Term { words, term, id } => {
            let slug = slugs.get(term as usize).map_or("", |s| s.as_str());
            let key = crate::state::mark_key(id, slot);
            if !state.terms.is_first(key) {
                return html! { <span data-omk-mark={key.to_string()} data-omk-term={slug}>{ words }</span> };
            }
            let open = state.terms.open == Some(key);
            let box_id = format!("omk-term-{key}");
            html! {
                <>
                    <button type="button" class="omk-term" aria-expanded={if open { "true" } else { "false" }}
                        aria-controls={box_id.clone()} data-omk-mark={key.to_string()} data-omk-term={slug}>
                        { words }
                    </button>
                    <span class="omk-term-box" id={box_id} hidden={!open}>
                        if open {
                            { crate::ui::views::term(term) }
                        }
                    </span>
                </>
            }
        }
    });
    html! { <>{ for parts }</> }
}
