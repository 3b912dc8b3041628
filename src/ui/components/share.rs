//! "Link kopiëren" / "Copy link": the address of exactly what the view shows (see
//! `State::share_address`), shared or copied, with a confirmation that is shown and spoken; when
//! neither works, the address in a read-only field to select and copy by hand.

use crate::route::Route;
use crate::ui::app::AppState;
use crate::web::share::{share, Shared};
use yew::prelude::*;

/// The outcome of the last share, the address and the route it was about (another route makes it
/// stale): the frame keeps it (`use_state_eq`), so the control is a plain function, not a
/// component of its own (each component costs the start module about a kilobyte).
pub type Outcome = Option<(Shared, String, Route)>;

pub fn copy_link(state: &AppState, outcome: &UseStateHandle<Outcome>) -> Html {
    let lang = state.lang();
    let ui = &state.content.ui;
    let onclick = {
        let state = state.clone();
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            let page = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
            let own = format!("{}index.html", crate::web::mount::base());
            let url = state.share_address(page.split('#').next().unwrap_or_default(), &own);
            let title = state.route.view.page_title(state.content, lang);
            let (outcome, route) = (outcome.clone(), state.route);
            wasm_bindgen_futures::spawn_local(async move {
                let result = share(url.clone(), title).await;
                outcome.set(Some((result, url, route)));
            });
        })
    };
    let now = outcome.as_ref().filter(|o| o.2 == state.route);
    let message = match now.map(|o| o.0) {
        Some(Shared::Copied) => ui.share_copied.get(lang),
        Some(Shared::Shared) => ui.share_shared.get(lang),
        Some(Shared::Failed) => ui.share_failed.get(lang),
        Some(Shared::Cancelled) | None => "",
    };
    html! {
        <div class="omk-share">
            <button type="button" class="omk-button omk-button--secondary" data-share="button" {onclick}>{ ui.share_button.get(lang) }</button>
            <p class="omk-share__status" role="status" data-share="status">{ message }</p>
            if let Some((Shared::Failed, url, _)) = now {
                <input class="omk-share__address" type="text" readonly=true value={url.clone()} data-share="address"
                    aria-label={ui.share_address.get(lang)} />
            }
        </div>
    }
}
