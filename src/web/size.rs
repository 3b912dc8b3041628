//! The size of an element, kept up to date with a `ResizeObserver`, so a diagram can lay itself
//! out for the room its container really has (the page, a CMS column, a projector).

use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// An element's content box (CSS px) and its computed font size (px).
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Size {
    pub width: f32,
    pub height: f32,
    pub font: f32,
}

fn font_of(el: &web_sys::Element) -> f32 {
    web_sys::window()
        .and_then(|w| w.get_computed_style(el).ok().flatten())
        .and_then(|s| s.get_property_value("font-size").ok())
        .and_then(|v| px(&v))
        .unwrap_or(16.0)
}

/// Reads a computed length such as "27px" or "19.2px" (by hand: the float parser of the
/// standard library would add kilobytes to the start module).
fn px(v: &str) -> Option<f32> {
    let (whole, frac) = v.strip_suffix("px")?.split_once('.').unwrap_or((v.strip_suffix("px")?, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit()).then(|| s.bytes().fold(0u32, |n, b| n.saturating_mul(10).saturating_add(u32::from(b - b'0'))));
    let w = digits(whole).filter(|_| !whole.is_empty())?;
    let f = frac.get(..frac.len().min(3)).and_then(digits)?;
    Some(w as f32 + f as f32 / 10f32.powi(frac.len().min(3) as i32))
}

/// What `measure` reads from the element behind `node` (its content box given as width and
/// height), or `fallback` until it is measured. The component renders again only when that value
/// changes: a width-only reader is not woken by changes of height.
#[hook]
fn use_measured<T: PartialEq + Copy + 'static>(node: NodeRef, fallback: T, measure: fn(&web_sys::Element, f32, f32) -> T) -> T {
    let value = use_state_eq(|| fallback);
    {
        let value = value.clone();
        use_effect_with(node, move |node| {
            let element = node.cast::<web_sys::Element>();
            let observer = element.and_then(|el| {
                // Measure at once, so the first paint already has the right layout.
                value.set(measure(&el, el.client_width() as f32, el.client_height() as f32));
                let set = value.clone();
                let target = el.clone();
                let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() {
                        let r = entry.content_rect();
                        set.set(measure(&target, r.width() as f32, r.height() as f32));
                    }
                });
                let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
                observer.observe(&el);
                Some((observer, callback))
            });
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    *value
}

/// The size and font size of the element behind `node`, or `fallback` until it is measured.
#[hook]
pub fn use_size(node: NodeRef, fallback: Size) -> Size {
    use_measured(node, fallback, |el, width, height| Size { width, height, font: font_of(el) })
}

/// The room and the type a diagram lays out for: its container's width and font size (CSS px),
/// and the letter and word spacing its text gets (em: the visitor's style may add them, WCAG
/// 1.4.12).
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct TextBox {
    pub width: f32,
    pub font: f32,
    pub letter: f32,
    pub word: f32,
}

impl TextBox {
    /// A font of `px` with this box's spacing, for a layout to measure text in.
    pub fn font(&self, px: f32) -> crate::diagram::geometry::Font {
        crate::diagram::geometry::Font { px, letter: self.letter, word: self.word }
    }

    /// Whole numbers that change when the layout must: for a memo's key.
    pub fn key(&self) -> (i32, i32, i32, i32) {
        (self.width.round() as i32, (self.font * 10.0).round() as i32, (self.letter * 1000.0).round() as i32, (self.word * 1000.0).round() as i32)
    }
}

/// A computed spacing ("normal", "0px", "1.92px") in em of `font` px.
fn spacing(style: &web_sys::CssStyleDeclaration, name: &str, font: f32) -> f32 {
    style.get_property_value(name).ok().and_then(|v| px(&v)).map_or(0.0, |v| v / font.max(1.0))
}

/// The [`TextBox`] of the element behind `node` (`width` until it is measured). Renders again
/// when any part of it changes, not for a change of height alone.
#[hook]
pub fn use_text_box(node: NodeRef, width: f32) -> TextBox {
    use_measured(node, TextBox { width, font: 16.0, letter: 0.0, word: 0.0 }, |el, width, _| {
        let font = font_of(el);
        let style = web_sys::window().and_then(|w| w.get_computed_style(el).ok().flatten());
        let (letter, word) = style.map_or((0.0, 0.0), |s| (spacing(&s, "letter-spacing", font), spacing(&s, "word-spacing", font)));
        TextBox { width, font, letter, word }
    })
}

/// The content width (CSS px) of the element behind `node`, or `fallback` until it is measured.
/// Only a change of width renders again (and the font size is not read).
#[hook]
pub fn use_width(node: NodeRef, fallback: f32) -> f32 {
    use_measured(node, fallback, |_, width, _| width)
}
