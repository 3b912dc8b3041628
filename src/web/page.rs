//! On the explainer's own page only (`standalone`): the page's title and language follow the
//! view and the language on screen (WCAG 2.4.2, 3.1.1). An embed never touches its host page's.

use yew::prelude::*;

#[hook]
pub fn use_page_title(standalone: bool, title: String, lang: &'static str) {
    use_effect_with((standalone, title, lang), |(standalone, title, lang)| {
        if !*standalone {
            return;
        }
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        doc.set_title(title);
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", lang);
        }
    });
}
