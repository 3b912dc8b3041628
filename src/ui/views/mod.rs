//! One file per view. Each view renders its content from the model; adding a view: see
//! ARCHITECTURE.md, "How to add a view" (a file here and its arm in `render` or
//! `render_lazy`, as its entry in `route/views.rs` says).

mod assessment;
mod context;
mod development;
mod finance;
pub(crate) mod glossary;
mod guide;
mod handout;
mod layers;
mod map;
pub(crate) mod omkering;
pub(crate) mod present;
mod print;
mod ring_diagram;
mod search;
mod session;
mod start;
mod themes;
mod timeline;
mod tracks;

use crate::content::{Content, Text};
use crate::route::View;
use crate::state::State;
use yew::prelude::*;

/// The current view. Views whose entry says `chunk` load on demand in a split build (cfg
/// `omkering_split`, see `build.rs`; `ui::lazy`); the others are in the start module.
pub fn render(state: &State) -> Html {
    let view = state.route.view;
    if view.in_chunk() {
        #[cfg(omkering_split)]
        return html! { <crate::ui::lazy::Lazy what={crate::ui::lazy::What::View(view)} /> };
        #[cfg(not(omkering_split))]
        return render_lazy(view);
    }
    match view {
        View::Start => html! { <start::StartView /> },
        View::Omkering { mode, step, select } => html! { <omkering::OmkeringView {mode} {step} {select} /> },
        _ => Html::default(),
    }
}

/// The views of the `lazy` chunk: in a split build only `ui::lazy` calls this, once the
/// chunk has loaded.
pub(crate) fn render_lazy(view: View) -> Html {
    match view {
        View::Themes { theme } => html! { <themes::ThemesView {theme} /> },
        View::Map { filter, cell } => html! { <map::MapView {filter} {cell} /> },
        View::Search => html! { <search::SearchView /> },
        View::Development { point } => html! { <development::DevelopmentView {point} /> },
        View::Assessment => html! { <assessment::AssessmentView /> },
        View::Context => html! { <context::ContextView /> },
        View::Layers { layer } => html! { <layers::LayersView {layer} /> },
        View::Finance { on } => html! { <finance::FinanceView {on} /> },
        View::Tracks { track } => html! { <tracks::TracksView {track} /> },
        View::Timeline => html! { <timeline::TimelineView /> },
        View::Glossary { term } => html! { <glossary::GlossaryView {term} /> },
        View::Present { .. } => html! { <present::PresentView /> },
        View::Presenter { .. } => html! { <present::PresenterView /> },
        View::Session { session } => html! { <session::SessionView {session} /> },
        View::Guide { session } => html! { <guide::GuideView {session} /> },
        View::Handout => html! { <handout::HandoutView /> },
        View::Start | View::Omkering { .. } => Html::default(),
    }
}

/// A glossary term's explanation, for a marked term's disclosure: from the chunk in a split build.
pub fn term(term: u8) -> Html {
    #[cfg(omkering_split)]
    return html! { <crate::ui::lazy::Lazy what={crate::ui::lazy::What::Term(term)} /> };
    #[cfg(not(omkering_split))]
    return render_term(term);
}

/// The explanation of the glossary term at `term` (its index), in the chunk.
pub(crate) fn render_term(term: u8) -> Html {
    html! { <glossary::TermExplanation {term} /> }
}

/// The title of a view (the navigation passes a section).
pub fn title(content: &'static Content, view: View) -> &'static Text {
    &view.texts(&content.ui).title
}

/// The introduction of a view.
pub fn intro(content: &'static Content, view: View) -> &'static crate::content::Prose {
    &view.texts(&content.ui).intro
}
