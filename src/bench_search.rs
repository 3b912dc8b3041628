//! Bench builds only (feature `bench`): the search index timed in the page, the way a visitor
//! types: every query letter by letter, one search per keystroke, over the whole content.

use crate::content::Lang;

use crate::search::Index;
use wasm_bindgen::prelude::wasm_bindgen;

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// For the queries (one per line), the time (ms) to build the index, then the time of each
/// keystroke's search, in order.
#[wasm_bindgen(js_name = benchSearch)]
pub fn bench_search(queries: &str) -> Vec<f64> {
    let start = now();
    let index = Index::build(crate::embedded::full());
    let mut times = vec![now() - start];
    for query in queries.lines() {
        for (end, _) in query.char_indices().skip(1).chain(std::iter::once((query.len(), ' '))) {
            let start = now();
            let hits = index.search(&query[..end], Lang::Nl, 50);
            times.push(now() - start);
            std::hint::black_box(hits);
        }
    }
    times
}
