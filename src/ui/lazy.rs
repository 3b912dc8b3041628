//! Views that load on demand. Their code is split off the start module into the wasm chunk
//! `lazy` (`#[wasm_split]`; `cargo xtask build` runs `wasm-split-cli`, see ARCHITECTURE.md), and
//! their styles into `omkering-lazy.css` (`web::lazy_sheet`); both are fetched the first time a
//! visitor opens one of them. The start page downloads only the frame, the start view and the
//! omkering view.
//!
//! The chunk gives back a plain function that renders its views; after the first load every
//! render calls it directly, so only the very first opening waits.

use crate::route::View;
use crate::ui::app::{use_app, Instance};
use crate::ui::components::heading::H;
use crate::ui::components::prose::prose;
use crate::ui::views;
use crate::web::lazy_sheet::LazySheet;
use std::cell::Cell;
use yew::platform::spawn_local;
use yew::prelude::*;

/// What the chunk renders: a view, and a glossary term's explanation (by the term's index).
type Render = (fn(View) -> Html, fn(u8) -> Html);

thread_local! {
    /// The chunk's renderer once it has loaded (one per page: the code is the same for every
    /// instance).
    static CHUNK: Cell<Option<Render>> = const { Cell::new(None) };
}

/// The entry of the `lazy` chunk: every view outside the start module.
#[allow(improper_ctypes_definitions)]
#[wasm_split_helpers::wasm_split(lazy, fallible)]
fn lazy_chunk() -> Result<Render, wasm_split_helpers::SplitLoaderError> {
    Ok((views::render_lazy, views::render_term))
}

/// Whether a view's code is in the chunk.
pub fn in_chunk(view: View) -> bool {
    view.in_chunk()
}

/// Starts loading the chunk and the instance's sheet ahead of a click: a link to one of the views
/// calls this when the pointer or the focus reaches it. A failure here is left to [`Lazy`], which
/// shows it.
pub fn prefetch(sheet: &LazySheet) {
    if CHUNK.with(Cell::get).is_none() {
        spawn_local(async {
            if let Ok(render) = lazy_chunk().await {
                CHUNK.with(|c| c.set(Some(render)));
            }
        });
    }
    if !sheet.ready() {
        sheet.load(|_| {});
    }
}

/// Where the chunk and the instance's sheet are: in (with what the chunk renders), on the way,
/// or failed (with a way to try again).
enum Loading {
    Ready(Render),
    Waiting,
    Failed(Callback<MouseEvent>),
}

/// Loads the chunk and the instance's sheet once something on screen needs them, and renders
/// again when both are in.
#[hook]
fn use_chunk() -> Loading {
    let sheet = use_context::<Instance>().expect("views render inside App's ContextProvider").sheet;
    let failed = use_state_eq(|| false);
    let attempt = use_state_eq(|| 0u32);
    let update = use_force_update();
    let loaded = CHUNK.with(Cell::get).filter(|_| sheet.ready());
    {
        let failed = failed.clone();
        let sheet = sheet.clone();
        use_effect_with((loaded.is_some(), *attempt), move |(ready, _)| {
            if !*ready {
                // Code and styles load side by side; each says when it is in.
                if CHUNK.with(Cell::get).is_none() {
                    let (failed, update) = (failed.clone(), update.clone());
                    spawn_local(async move {
                        match lazy_chunk().await {
                            Ok(render) => {
                                CHUNK.with(|c| c.set(Some(render)));
                                update.force_update();
                            }
                            Err(_) => failed.set(true),
                        }
                    });
                }
                if !sheet.ready() {
                    sheet.load(move |loaded| if loaded { update.force_update() } else { failed.set(true) });
                }
            }
        });
    }
    match loaded {
        Some(render) => Loading::Ready(render),
        None if *failed => Loading::Failed(Callback::from(move |_| {
            failed.set(false);
            attempt.set(*attempt + 1);
        })),
        None => Loading::Waiting,
    }
}

/// What the chunk renders: a view, or a glossary term's explanation (by the term's index)
/// where a text marks it.
#[derive(Clone, Copy, PartialEq)]
pub enum What {
    View(View),
    Term(u8),
}

#[derive(Properties, PartialEq)]
pub struct LazyProps {
    pub what: What,
}

/// A view from the chunk: the view itself once its code and its styles are in, a status line
/// while they load, and a message with a retry button when they cannot (offline before the first
/// visit, say). A term's explanation stands inside a sentence: the same, as phrasing content.
#[function_component]
pub fn Lazy(props: &LazyProps) -> Html {
    let state = use_app();
    let loading = use_chunk();
    let lang = state.lang();
    let texts = &state.content.ui.load;
    let view = match (props.what, loading) {
        (What::View(view), Loading::Ready((render, _))) => return render(view),
        (What::Term(term), Loading::Ready((_, render))) => return render(term),
        (What::Term(_), Loading::Waiting) => return html! { <span role="status">{ texts.loading.get(lang) }</span> },
        (What::Term(_), Loading::Failed(retry)) => {
            return html! {
                <span role="alert">
                    { texts.failed.get(lang) }{ " " }
                    <button type="button" class="omk-button omk-button--secondary" onclick={retry}>{ texts.retry.get(lang) }</button>
                </span>
            }
        }
        (What::View(view), loading) => (view, loading),
    };
    let (view, loading) = view;
    let status = if let Loading::Failed(retry) = loading {
        html! {
            <div class="omk-notice" role="alert">
                <p class="omk-notice__text">{ texts.failed.get(lang) }</p>
                <button type="button" class="omk-button omk-button--secondary" onclick={retry}>
                    { texts.retry.get(lang) }
                </button>
            </div>
        }
    } else {
        html! { <p class="omk-loading" role="status">{ texts.loading.get(lang) }</p> }
    };
    // The view's heading and introduction are in the start module: they show at once.
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ views::title(state.content, view).get(lang) }</H>
            <p class="omk-lead">{ prose(&state, views::intro(state.content, view)) }</p>
            { status }
        </section>
    }
}
