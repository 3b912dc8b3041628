//! Shared by the browser test files (`web.rs`, `soak.rs`): waiting for the page, and recording
//! `console.error`.
#![allow(dead_code)]

use wasm_bindgen::{closure::Closure, JsValue};

/// Waits a real task (10 ms): yew's scheduler has rendered, timers and promises have run.
pub async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
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
