//! A panic must never leave a blank box: the hook logs the cause to the console and replaces
//! every mounted instance's content with a readable message in its language.
//!
//! Release builds abort on panic, so after a panic the wasm module is stopped; the message is
//! built from plain DOM calls, and its reload button is handled by the loader script.

use crate::content::Lang;
use crate::embedded::content;
use std::cell::RefCell;
use wasm_bindgen::JsValue;

thread_local! {
    static ROOTS: RefCell<Vec<(web_sys::Element, Lang)>> = const { RefCell::new(Vec::new()) };
}

/// Installs the hook once per page. Through yew's own setter: yew replaces any other hook with
/// its default when an app renders.
pub fn install() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| yew::set_custom_panic_hook(Box::new(|info| report(&info.to_string()))));
}

/// Remembers a mounted instance's root, so a panic can show its message there.
pub fn remember(root: &web_sys::Element, lang: Lang) {
    ROOTS.with(|r| {
        if let Ok(mut roots) = r.try_borrow_mut() {
            roots.push((root.clone(), lang));
        }
    });
}

/// Forgets an unmounted instance.
pub fn forget(root: &web_sys::Element) {
    ROOTS.with(|r| {
        if let Ok(mut roots) = r.try_borrow_mut() {
            roots.retain(|(el, _)| el != root);
        }
    });
}

/// What the hook does with a panic: log its cause and show the message in every instance.
pub fn report(cause: &str) {
    web_sys::console::error_1(&JsValue::from_str(&format!("omkering: the explainer stopped: {cause}")));
    show_everywhere();
}

fn show_everywhere() {
    let roots = ROOTS.with(|r| r.try_borrow().map(|roots| roots.clone()).unwrap_or_default());
    for (root, lang) in roots {
        let _ = show_error(&root, lang);
    }
}

/// Replaces the content of `root` with the error message.
pub fn show_error(root: &web_sys::Element, lang: Lang) -> Result<(), JsValue> {
    let texts = &content().ui.error;
    let doc = root.owner_document().ok_or_else(|| JsValue::from_str("no document"))?;
    let text_el = |tag: &str, class: &str, text: &str| -> Result<web_sys::Element, JsValue> {
        let el = doc.create_element(tag)?;
        el.set_class_name(class);
        el.set_text_content(Some(text));
        Ok(el)
    };
    let panel = doc.create_element("div")?;
    panel.set_class_name("omk omk-theme omk-error");
    panel.set_attribute("role", "alert")?;
    panel.set_attribute("lang", lang.code())?;
    let title = text_el("p", "omk-error__title", texts.title.get(lang))?;
    let body = text_el("p", "omk-error__body", texts.body.get(lang))?;
    panel.append_child(&title)?;
    panel.append_child(&body)?;
    // The loader script answers clicks on `data-omk-reload` with a page reload, so the button
    // works although the wasm module has stopped.
    let reload = text_el("button", "omk-button", texts.reload.get(lang))?;
    reload.set_attribute("type", "button")?;
    reload.set_attribute("data-omk-reload", "")?;
    panel.append_child(&reload)?;
    root.set_text_content(None);
    root.append_child(&panel)?;
    Ok(())
}
