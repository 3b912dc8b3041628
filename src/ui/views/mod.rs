//! One file per view. Each view renders its content from the model; adding a view is adding a
//! file here, a `View` variant in `route.rs`, and its texts in `content/ui.toml`.

mod context;
mod development;
mod finance;
mod layers;
mod map;
mod omkering;
mod search;
mod start;
mod themes;
mod timeline;
mod tracks;

use crate::content::{Content, Text};
use crate::route::View;
use crate::state::State;
use yew::prelude::*;

/// The current view. The start and omkering views are in the start module; in a split build
/// (cfg `omkering_split`, see `build.rs`) the others load on demand (`ui::lazy`).
pub fn render(state: &State) -> Html {
    match state.route.view {
        View::Start => html! { <start::StartView /> },
        View::Omkering { mode, step, select } => html! { <omkering::OmkeringView {mode} {step} {select} /> },
        #[cfg(omkering_split)]
        view => html! { <crate::ui::lazy::Lazy {view} /> },
        #[cfg(not(omkering_split))]
        view => render_explore(view),
    }
}

/// The views of the `explore` chunk: in a split build only `ui::lazy` calls this, once the
/// chunk has loaded.
pub(crate) fn render_explore(view: View) -> Html {
    match view {
        View::Themes { theme } => html! { <themes::ThemesView {theme} /> },
        View::Map { filter, cell } => html! { <map::MapView {filter} {cell} /> },
        View::Search => html! { <search::SearchView /> },
        View::Development { point } => html! { <development::DevelopmentView {point} /> },
        View::Context => html! { <context::ContextView /> },
        View::Layers { layer } => html! { <layers::LayersView {layer} /> },
        View::Finance { on } => html! { <finance::FinanceView {on} /> },
        View::Tracks { track } => html! { <tracks::TracksView {track} /> },
        View::Timeline => html! { <timeline::TimelineView /> },
        View::Start | View::Omkering { .. } => Html::default(),
    }
}

/// The title of a view's section, as the navigation shows it.
pub fn title(content: &'static Content, view: View) -> &'static Text {
    let ui = &content.ui;
    match view {
        View::Layers { .. } => return &ui.layers.title,
        View::Finance { .. } => return &ui.finance.title,
        View::Tracks { .. } => return &ui.tracks.title,
        View::Timeline => return &ui.timeline.title,
        _ => {}
    }
    match view.section() {
        View::Start => &ui.start.title,
        View::Omkering { .. } => &ui.omkering.title,
        View::Themes { .. } => &ui.themes.title,
        View::Map { .. } => &ui.map.title,
        View::Search { .. } => &ui.search.title,
        View::Development { .. } => &ui.development.title,
        _ => &ui.context.title,
    }
}

/// The introduction of a view's section.
pub fn intro(content: &'static Content, view: View) -> &'static Text {
    let ui = &content.ui;
    match view {
        View::Layers { .. } => return &ui.layers.intro,
        View::Finance { .. } => return &ui.finance.intro,
        View::Tracks { .. } => return &ui.tracks.intro,
        View::Timeline => return &ui.timeline.intro,
        _ => {}
    }
    match view.section() {
        View::Start => &ui.start.intro,
        View::Omkering { .. } => &ui.omkering.intro,
        View::Themes { .. } => &ui.themes.intro,
        View::Map { .. } => &ui.map.intro,
        View::Search { .. } => &ui.search.intro,
        View::Development { .. } => &ui.development.intro,
        _ => &ui.context.intro,
    }
}
