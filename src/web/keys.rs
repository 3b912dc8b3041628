//! Which element a key event comes from, and whether the key is that element's own: typing in
//! a field, or Enter and Space on a button. The frame's `P` and the presentation's keys leave
//! those alone.

use wasm_bindgen::JsCast;

/// Whether a key pressed on `target` is the target's own: typing in a field, or Enter and
/// Space on a button, link or checkbox.
pub fn belongs_to_target(target: Option<web_sys::EventTarget>, key: &str) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return false };
    let tag = el.tag_name().to_ascii_lowercase();
    let editable = el.dyn_ref::<web_sys::HtmlElement>().is_some_and(|h| h.is_content_editable());
    let typing = match tag.as_str() {
        "textarea" | "select" => true,
        "input" => {
            let kind = el.get_attribute("type").unwrap_or_default().to_ascii_lowercase();
            !matches!(kind.as_str(), "checkbox" | "radio" | "button" | "submit" | "reset")
        }
        _ => editable,
    };
    let control = matches!(tag.as_str(), "button" | "a" | "input" | "summary") || el.get_attribute("role").as_deref() == Some("button");
    typing || (control && matches!(key, "Enter" | " " | "Spacebar"))
}

/// The first element of the event's path, inside shadow roots too.
pub fn origin(e: &web_sys::Event) -> Option<web_sys::EventTarget> {
    e.composed_path().get(0).dyn_into::<web_sys::EventTarget>().ok()
}
