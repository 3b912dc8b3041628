//! Bench builds only (feature `bench`): reading a session file in the page, as the import does
//! once the file's bytes are in (`assessment::read`: CSV or JSON, every check), timed.

use wasm_bindgen::prelude::wasm_bindgen;

/// The time (ms) to read `bytes` as a session file; negative when the file is refused.
#[wasm_bindgen(js_name = benchRead)]
pub fn bench_read(bytes: &[u8]) -> f64 {
    let points = crate::embedded::full().point_ids();
    let performance = web_sys::window().and_then(|w| w.performance());
    let now = || performance.as_ref().map_or(0.0, |p| p.now());
    let start = now();
    let read = crate::assessment::read(bytes, &points);
    let ms = now() - start;
    match read {
        Ok(session) => {
            std::hint::black_box(session);
            ms
        }
        Err(_) => -1.0,
    }
}
