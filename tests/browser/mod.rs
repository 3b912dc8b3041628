//! Shared by the browser test files (`web.rs`, `soak.rs`): waiting for the page (on conditions
//! and frames, never for a fixed time), and recording `console.error`.
#![allow(dead_code)]

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// How long a wait for a condition may take in all before the test fails.
pub const LIMIT_MS: f64 = 5_000.0;

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

thread_local! {
    /// `change(root, ms)`: resolves at the first change under `root` (in the microtask after it),
    /// or in the task after the next animation frame (yew has rendered, the frame's callbacks
    /// and what they queued ran), or after `ms` if neither comes (the caller then fails).
    static CHANGE: js_sys::Function = js_sys::Function::new_with_args(
        "root, ms",
        "return new Promise((resolve) => { \
           const done = () => { clearTimeout(t); watch.disconnect(); resolve(); }; \
           const t = setTimeout(done, ms); \
           const watch = new MutationObserver(done); \
           watch.observe(root, { subtree: true, childList: true, attributes: true, characterData: true }); \
           requestAnimationFrame(() => setTimeout(done, 0)); });",
    );
    /// `idle(root, ms)`: resolves once two frames and then an idle period (`requestIdleCallback`,
    /// or a task where the browser lacks it) pass with no change under `root`; rejects after `ms`
    /// of changes, or of no frames.
    static IDLE: js_sys::Function = js_sys::Function::new_with_args(
        "root, ms",
        "return new Promise((resolve, reject) => { \
           let changed = false; \
           const watch = new MutationObserver(() => { changed = true; }); \
           watch.observe(root, { subtree: true, childList: true, attributes: true, characterData: true }); \
           const stop = setTimeout(() => { watch.disconnect(); reject(new Error(`no quiet frame in ${ms} ms`)); }, ms); \
           const later = window.requestIdleCallback ? (f) => requestIdleCallback(f) : (f) => setTimeout(f, 0); \
           const round = () => requestAnimationFrame(() => requestAnimationFrame(() => later(() => { \
             if (changed) { changed = false; round(); return; } \
             clearTimeout(stop); watch.disconnect(); resolve(); \
           }))); \
           round(); });",
    );
}

/// Waits for a change under `root` or the next animation frame (and the task after it), at
/// most `ms`.
async fn change(root: &web_sys::Node, ms: f64) {
    let promise: js_sys::Promise = CHANGE.with(|f| f.call2(&JsValue::NULL, root, &ms.into())).unwrap().unchecked_into();
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until `ok()` holds, looking again at every change under `root` and after every frame;
/// fails the test, naming `what`, if it does not within `limit_ms`.
pub async fn until_within(root: &web_sys::Node, limit_ms: f64, what: &str, ok: impl Fn() -> bool) {
    let start = now();
    while !ok() {
        let left = limit_ms - (now() - start);
        assert!(left > 0.0, "waited {} s for {what}", limit_ms / 1000.0);
        change(root, left).await;
    }
}

/// [`until_within`] the usual limit, [`LIMIT_MS`].
pub async fn until(root: &web_sys::Node, what: &str, ok: impl Fn() -> bool) {
    until_within(root, LIMIT_MS, what, ok).await;
}

/// Waits until nothing under `root` changes over two frames and an idle period: for checks that
/// something did *not* happen, and before a measurement. Fails the test if `root` keeps changing
/// for [`LIMIT_MS`].
pub async fn idle(root: &web_sys::Node) {
    let promise: js_sys::Promise = IDLE.with(|f| f.call2(&JsValue::NULL, root, &LIMIT_MS.into())).unwrap().unchecked_into();
    if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
        panic!("the page did not settle: {e:?}");
    }
}

/// Records what is written to `console.error` until [`ErrorLog::stop`], and still writes it (a
/// failing assertion prints through `console.error`).
pub struct ErrorLog {
    original: JsValue,
    logged: std::rc::Rc<std::cell::RefCell<Vec<String>>>,
    _recorder: Closure<dyn FnMut(JsValue)>,
}

impl ErrorLog {
    fn console() -> JsValue {
        js_sys::Reflect::get(&js_sys::global(), &"console".into()).unwrap()
    }

    pub fn start() -> ErrorLog {
        let original = js_sys::Reflect::get(&Self::console(), &"error".into()).unwrap();
        let logged = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        let sink = logged.clone();
        let recorder = Closure::<dyn FnMut(JsValue)>::new(move |v: JsValue| sink.borrow_mut().push(v.as_string().unwrap_or_else(|| format!("{v:?}"))));
        let both = js_sys::Function::new_with_args("original, sink", "return function (...a) { sink(String(a[0])); return original.apply(console, a); }");
        let wrapped = both.call2(&JsValue::NULL, &original, recorder.as_ref()).unwrap();
        js_sys::Reflect::set(&Self::console(), &"error".into(), &wrapped).unwrap();
        ErrorLog { original, logged, _recorder: recorder }
    }

    /// Puts `console.error` back and gives what was written.
    pub fn stop(self) -> Vec<String> {
        js_sys::Reflect::set(&Self::console(), &"error".into(), &self.original).unwrap();
        self.logged.take()
    }
}
