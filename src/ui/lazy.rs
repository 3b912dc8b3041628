//! Views that load on demand. Their code is split off the start module into a wasm chunk
//! (`#[wasm_split]`; `cargo xtask build` runs `wasm-split-cli`, see ARCHITECTURE.md), fetched the
//! first time a visitor opens one of them. The start page downloads only the frame, the start
//! view and the omkering view.
//!
//! The chunk gives back a plain function that renders its views; after the first load every
//! render calls it directly, so only the very first opening waits.

use crate::route::View;
use crate::ui::app::use_app;
use crate::ui::components::heading::H;
use crate::ui::views;
use std::cell::Cell;
use yew::platform::spawn_local;
use yew::prelude::*;

/// Renders a view whose code lives in the chunk.
type Render = fn(View) -> Html;

thread_local! {
    static EXPLORE: Cell<Option<Render>> = const { Cell::new(None) };
}

/// The entry of the `explore` chunk: themes, development points and context views.
#[allow(improper_ctypes_definitions)]
#[wasm_split_helpers::wasm_split(explore, fallible)]
fn explore_chunk() -> Result<Render, wasm_split_helpers::SplitLoaderError> {
    Ok(views::render_explore)
}

/// Whether a view's code is in the chunk.
pub fn in_chunk(view: View) -> bool {
    view.in_chunk()
}

/// Starts loading the chunk ahead of a click: a link to one of its views calls this when the
/// pointer or the focus reaches it. A failure here is left to [`Lazy`], which shows it.
pub fn prefetch() {
    if EXPLORE.with(Cell::get).is_none() {
        spawn_local(async {
            if let Ok(render) = explore_chunk().await {
                EXPLORE.with(|c| c.set(Some(render)));
            }
        });
    }
}

#[derive(Properties, PartialEq)]
pub struct LazyProps {
    pub view: View,
}

#[derive(Clone, Copy, PartialEq)]
enum Load {
    Waiting,
    Ready,
    Failed,
}

/// A view from the chunk: the view itself once loaded, a status line while it loads, and a
/// message with a retry button when it cannot load (offline before the first visit, say).
#[function_component]
pub fn Lazy(props: &LazyProps) -> Html {
    let state = use_app();
    let load = use_state_eq(|| Load::Waiting);
    let attempt = use_state_eq(|| 0u32);
    let loaded = EXPLORE.with(Cell::get);
    {
        let load = load.clone();
        use_effect_with((loaded.is_some(), *attempt), move |(ready, _)| {
            if !*ready {
                spawn_local(async move {
                    match explore_chunk().await {
                        Ok(render) => {
                            EXPLORE.with(|c| c.set(Some(render)));
                            load.set(Load::Ready);
                        }
                        Err(_) => load.set(Load::Failed),
                    }
                });
            }
        });
    }
    if let Some(render) = loaded {
        return render(props.view);
    }
    let lang = state.lang();
    let texts = &state.content.ui.load;
    let status = match *load {
        Load::Waiting | Load::Ready => html! { <p class="omk-loading" role="status">{ texts.loading.get(lang) }</p> },
        Load::Failed => {
            let retry = Callback::from(move |_| {
                load.set(Load::Waiting);
                attempt.set(*attempt + 1);
            });
            html! {
                <div class="omk-notice" role="alert">
                    <p class="omk-notice__text">{ texts.failed.get(lang) }</p>
                    <button type="button" class="omk-button omk-button--secondary" onclick={retry}>
                        { texts.retry.get(lang) }
                    </button>
                </div>
            }
        }
    };
    // The view's heading and introduction are in the start module: they show at once.
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ views::title(state.content, props.view).get(lang) }</H>
            <p class="omk-lead">{ views::intro(state.content, props.view).get(lang) }</p>
            { status }
        </section>
    }
}
