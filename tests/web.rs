//! Browser tests (wasm-bindgen-test in headless Chromium): mounting into a shadow root, separate
//! instances, unmounting, the hash, and the panic display.
#![cfg(target_arch = "wasm32")]

use omkering::embedded::CONTENT;
use omkering::web::mount::mount;
use omkering::web::panic;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

mod browser;
use browser::{idle, until, ErrorLog};

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A host element with attributes and an open shadow root holding the mount element, as the
/// loader script makes it.
fn host(attrs: &[(&str, &str)]) -> (Element, Element) {
    let doc = document();
    let host = doc.create_element("div").unwrap();
    for (k, v) in attrs {
        host.set_attribute(k, v).unwrap();
    }
    doc.body().unwrap().append_child(&host).unwrap();
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).unwrap();
    let root = doc.create_element("div").unwrap();
    shadow.append_child(&root).unwrap();
    (host, root)
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector).unwrap().expect(selector).dyn_into::<HtmlElement>().unwrap().click();
}

/// Waits until the explainer in `root` shows a view's title.
async fn rendered(root: &Element) {
    until(root, "the explainer's view", || root.query_selector("#omk-view-title").unwrap().is_some()).await;
}

/// Waits until the view's title in `root` is no longer `before`.
async fn title_changed(root: &Element, before: &str) {
    until(root, &format!("the view after {before:?}"), || text_of(root, "#omk-view-title") != before).await;
}

#[wasm_bindgen_test]
async fn mounts_into_a_shadow_root_with_its_view_language_and_heading_level() {
    let (host, root) = host(&[("view", "/development"), ("lang", "en")]);
    let mut app = mount(&host, root.clone(), String::new(), None);
    rendered(&root).await;
    assert_eq!(text_of(&root, "#omk-view-title"), CONTENT.ui.development.title.en.as_str());
    assert_eq!(root.query_selector(".omk").unwrap().unwrap().get_attribute("lang").as_deref(), Some("en"));
    // Embedded, the title is an h2 and the view an h3.
    assert_eq!(text_of(&root, "h2"), CONTENT.ui.app_title.en.as_str());
    assert!(root.query_selector("h3#omk-view-title").unwrap().is_some());
    // The host page's own document holds none of it.
    assert!(document().query_selector("#omk-view-title").unwrap().is_none());
    app.unmount();
    host.remove();
}

#[wasm_bindgen_test]
async fn two_instances_keep_separate_state_and_leave_the_hash_alone() {
    let before = web_sys::window().unwrap().location().hash().unwrap();
    let (host_a, root_a) = host(&[]);
    let (host_b, root_b) = host(&[("view", "/themes")]);
    let mut a = mount(&host_a, root_a.clone(), String::new(), None);
    let mut b = mount(&host_b, root_b.clone(), String::new(), None);
    rendered(&root_a).await;
    rendered(&root_b).await;
    let title_a = text_of(&root_a, "#omk-view-title");
    click(&root_a, ".omk-nav__link[data-omk-route=\"/context\"]");
    title_changed(&root_a, &title_a).await;
    assert_eq!(text_of(&root_a, "#omk-view-title"), CONTENT.ui.context.title.nl.as_str());
    assert_eq!(text_of(&root_b, "#omk-view-title"), CONTENT.ui.themes.title.nl.as_str());
    let title_b = text_of(&root_b, "#omk-view-title");
    click(&root_b, ".omk-lang button");
    title_changed(&root_b, &title_b).await;
    assert_eq!(text_of(&root_b, "#omk-view-title"), CONTENT.ui.themes.title.en.as_str());
    assert_eq!(text_of(&root_a, "#omk-view-title"), CONTENT.ui.context.title.nl.as_str());
    // The URL would follow a frame later: both explainers went still, and the hash stayed.
    idle(&root_a).await;
    idle(&root_b).await;
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), before);
    a.unmount();
    b.unmount();
    host_a.remove();
    host_b.remove();
}

#[wasm_bindgen_test]
async fn unmounting_removes_everything_it_rendered() {
    let (host, root) = host(&[]);
    let mut app = mount(&host, root.clone(), String::new(), None);
    rendered(&root).await;
    assert!(root.child_element_count() > 0);
    app.unmount();
    until(&root, "the unmount to empty the root", || root.child_element_count() == 0).await;
    assert_eq!(root.child_element_count(), 0);
    host.remove();
}

#[wasm_bindgen_test]
async fn with_hash_sync_the_route_follows_the_hash_both_ways() {
    let window = web_sys::window().unwrap();
    window.location().set_hash("/context").unwrap();
    let (host, root) = host(&[("url-sync", "hash")]);
    let mut app = mount(&host, root.clone(), String::new(), None);
    rendered(&root).await;
    assert_eq!(text_of(&root, "#omk-view-title"), CONTENT.ui.context.title.nl.as_str());
    click(&root, ".omk-nav__item:nth-child(3) a");
    // The URL follows a frame after the view (ARCHITECTURE.md); how many frames the browser takes
    // to get there differs (Firefox takes more than Chromium).
    until(&root, "the hash to follow the view", || window.location().hash().unwrap() != "#/context").await;
    assert_eq!(window.location().hash().unwrap(), "#/themes");
    let title = text_of(&root, "#omk-view-title");
    window.location().set_hash("/development").unwrap();
    title_changed(&root, &title).await;
    assert_eq!(text_of(&root, "#omk-view-title"), CONTENT.ui.development.title.nl.as_str());
    app.unmount();
    host.remove();
    window.location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn a_panic_is_logged_with_its_cause_and_shown_in_every_instance() {
    // Record console.error while the report runs.
    let log = ErrorLog::start();

    let (host_a, root_a) = host(&[("lang", "en")]);
    let (host_b, root_b) = host(&[]);
    let _a = mount(&host_a, root_a.clone(), String::new(), None);
    let _b = mount(&host_b, root_b.clone(), String::new(), None);
    rendered(&root_a).await;
    rendered(&root_b).await;
    let bystander = document().create_element("p").unwrap();
    bystander.set_text_content(Some("host text"));
    document().body().unwrap().append_child(&bystander).unwrap();

    panic::report("index out of bounds in a test view");
    let logged = log.stop();

    assert!(logged.iter().any(|l| l.contains("index out of bounds in a test view")), "{logged:?}");
    let alert_a = root_a.query_selector("[role=alert]").unwrap().expect("a message in the first instance");
    assert!(alert_a.text_content().unwrap().contains(CONTENT.ui.error.title.en.as_str()));
    assert_eq!(alert_a.get_attribute("lang").as_deref(), Some("en"));
    assert!(alert_a.query_selector("button[data-omk-reload]").unwrap().is_some());
    let alert_b = root_b.query_selector("[role=alert]").unwrap().expect("a message in the second instance");
    assert!(alert_b.text_content().unwrap().contains(CONTENT.ui.error.body.nl.as_str()));
    assert_eq!(bystander.text_content().as_deref(), Some("host text"));
    // The panic took both instances down; forget them so later tests start clean.
    panic::forget(&root_a);
    panic::forget(&root_b);
    host_a.remove();
    host_b.remove();
    bystander.remove();
}

#[wasm_bindgen_test]
async fn a_real_panic_goes_through_the_installed_hook_into_the_widget() {
    let (host, root) = host(&[]);
    let _app = mount(&host, root.clone(), String::new(), None);
    rendered(&root).await;
    // Record console.error while the panic happens.
    let log = ErrorLog::start();
    // A button of the host page with a handler of its own.
    let button: HtmlElement = document().create_element("button").unwrap().dyn_into().unwrap();
    let clicks = js_sys::Function::new_no_args("this.dataset.clicked = String(Number(this.dataset.clicked || 0) + 1)");
    button.add_event_listener_with_callback("click", &clicks).unwrap();
    document().body().unwrap().append_child(&button).unwrap();
    // A panic aborts (traps) the wasm call it happens in; a JS frame catches the trap so this
    // test can look at the page afterwards.
    let boom = Closure::<dyn FnMut()>::new(|| panic!("a deliberate panic for the test"));
    let guard = js_sys::Function::new_with_args("f", "try { f(); return 'no trap'; } catch (e) { return 'trapped'; }");
    let outcome = guard.call1(&JsValue::NULL, boom.as_ref()).unwrap();
    assert_eq!(outcome.as_string().as_deref(), Some("trapped"));
    let logged = log.stop();
    let alert = root.query_selector("[role=alert]").unwrap().expect("the panic message in the widget");
    assert!(alert.text_content().unwrap().contains(CONTENT.ui.error.title.nl.as_str()));
    // Logged with its cause, and the host page still works.
    assert!(logged.iter().any(|l| l.contains("a deliberate panic for the test")), "{logged:?}");
    button.click();
    button.click();
    assert_eq!(button.get_attribute("data-clicked").as_deref(), Some("2"));
    panic::forget(&root);
    host.remove();
    button.remove();
}
