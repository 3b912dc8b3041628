//! The long session (issue 10), in the browser with the counting allocator (`--features bench`):
//! the presentation goes through 10,000 slide changes and 1,000 mode switches (leaving the
//! presentation with Esc and starting it again with P). No error may be logged or shown, every
//! change must render, and the wasm module's live heap bytes must come back within 5 % of the
//! baseline, taken after load and a warm-up of the same drive (first visits of views leave
//! one-time allocations). A count, not a timing. `OMKERING_SOAK_SCALE` (read at build time)
//! multiplies both numbers for a longer run.
#![cfg(all(target_arch = "wasm32", feature = "bench"))]

use omkering::bench_heap::live_bytes;
use omkering::embedded::CONTENT;
use omkering::web::mount::mount;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

mod browser;
use browser::{idle, until, until_within, ErrorLog};

const SLIDE_CHANGES: usize = 10_000;
const MODE_SWITCHES: usize = 1_000;
/// Mode switches before the baseline (with their slide changes): enough to reach every kind of
/// view once (the heap is flat from about the tenth switch on).
const WARM_UP_SWITCHES: usize = 30;

fn scale() -> usize {
    option_env!("OMKERING_SOAK_SCALE").and_then(|s| s.parse().ok()).unwrap_or(1)
}

/// Lets yew's scheduler render (its work runs as a microtask after the event).
async fn settle() {
    let promise = js_sys::Promise::resolve(&JsValue::NULL);
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn press(target: &Element, key: &str) {
    let init = js_sys::Object::new();
    for (k, v) in [("key", JsValue::from_str(key)), ("bubbles", true.into()), ("cancelable", true.into()), ("composed", true.into())] {
        js_sys::Reflect::set(&init, &k.into(), &v).unwrap();
    }
    let class: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"KeyboardEvent".into()).unwrap().unchecked_into();
    let event = js_sys::Reflect::construct(&class, &js_sys::Array::of2(&"keydown".into(), &init)).unwrap();
    target.dispatch_event(event.unchecked_ref()).unwrap();
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

/// The slide number the presentation shows ("Dia 3 van 12" → 3), if it shows one.
fn slide(root: &Element) -> Option<usize> {
    let text = find(root, ".omk-show__counter")?.text_content()?;
    text.split(|c: char| !c.is_ascii_digit()).find(|s| !s.is_empty())?.parse().ok()
}

/// Back to the first slide, and lets timers and effects run out: the explainer stays still over
/// two frames and an idle period (`browser::idle`).
async fn home(root: &Element) {
    press(&find(root, ".omk-show").expect("the presentation"), "Home");
    until(root, "the first slide", || slide(root) == Some(1)).await;
    idle(root).await;
}

/// `switches` rounds of `per_switch` slide changes (forward to the end, back to the start, and so
/// on), each round ending with a mode switch: Esc leaves to the explainer's view of the slide, P
/// starts the presentation again. Every key must change what the presentation shows. Returns
/// the number of slide changes.
async fn rounds(root: &Element, switches: usize, per_switch: usize, forward: &mut bool) -> usize {
    // The standard session's slides (the presentation P starts).
    let slides = CONTENT.tour.sessions[0].slides.len();
    let now = |r: &Element| (slide(r), find(r, ".omk-show__counter").and_then(|c| c.text_content()));
    let mut changed = 0;
    for switch in 0..switches {
        for _ in 0..per_switch {
            let before = now(root);
            if before.0 == Some(slides) && *forward {
                *forward = false;
            } else if before.0 == Some(1) && !*forward {
                *forward = true;
            }
            press(&find(root, ".omk-show").expect("the presentation"), if *forward { "PageDown" } else { "PageUp" });
            // Mostly yew renders in the microtasks after the key; else wait for the change, up to 2 s.
            for _ in 0..20 {
                if now(root) != before {
                    break;
                }
                settle().await;
            }
            if now(root) == before {
                until_within(root, 2_000.0, &format!("change {changed}: the key to change something ({before:?})"), || now(root) != before).await;
            }
            changed += 1;
        }
        press(&find(root, ".omk-show").expect("the presentation"), "Escape");
        // Leaving renders the slide's view; one microtask was not always enough for it (CI's
        // machine once checked before the view was there), so wait for it, up to 5 s.
        until(root, &format!("switch {switch}: Esc to leave the presentation"), || {
            find(root, ".omk-show").is_none() && find(root, ".omk-nav").is_some()
        })
        .await;
        press(&find(root, ".omk").expect("the explainer"), "p");
        until(root, "the presentation again", || find(root, ".omk-show").is_some()).await;
    }
    changed
}

#[wasm_bindgen_test]
async fn the_presentation_survives_10000_slide_changes_and_1000_mode_switches_and_its_heap_comes_back() {
    let log = ErrorLog::start();

    let doc = web_sys::window().unwrap().document().unwrap();
    let host = doc.create_element("div").unwrap();
    host.set_attribute("view", "/present/1").unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).unwrap();
    let root = doc.create_element("div").unwrap();
    shadow.append_child(&root).unwrap();
    let mut app = mount(&host, root.clone(), String::new(), None);
    until(&root, "the first slide", || slide(&root) == Some(1)).await;
    let loaded = live_bytes();
    // Warm-up: the first rounds of the same drive. The first visit of a view leaves one-time
    // allocations (the capacity of yew's maps, the visit's workshop in memory, the search index);
    // the baseline is taken after them, back on the first slide.
    let mut forward = true;
    rounds(&root, WARM_UP_SWITCHES, SLIDE_CHANGES / MODE_SWITCHES, &mut forward).await;
    home(&root).await;
    let baseline = live_bytes();
    let (changes, switches) = (SLIDE_CHANGES * scale(), MODE_SWITCHES * scale());
    let changed = rounds(&root, switches, changes / switches, &mut forward).await;
    assert_eq!(changed, changes);
    // Back to where the baseline was taken, then let timers and effects run out.
    home(&root).await;
    let after = live_bytes();
    let errors = log.stop();

    assert!(errors.is_empty(), "errors logged: {errors:?}");
    assert!(find(&root, "[role=alert]").is_none(), "an error shows in the widget");
    let limit = baseline + baseline / 20;
    web_sys::console::log_1(&format!("soak: {changes} slide changes, {switches} mode switches; live heap {loaded} B after load, {baseline} B after the warm-up (the baseline), {after} B after the soak (limit {limit} B)").into());
    assert!(after <= limit, "the live heap grew from {baseline} B to {after} B (more than 5 %)");
    app.unmount();
    host.remove();
}
