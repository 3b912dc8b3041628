//! How hash sync writes a route into the page's history (`route::hash_write`, issue 22: the
//! choice was made in the browser glue, untested on the host).
#![cfg(not(target_arch = "wasm32"))]

use omkering::content::Lang;
use omkering::embedded::CONTENT;
use omkering::route::{hash_write, HashWrite, Route};

fn route(text: &str) -> Route {
    Route::parse(text, Lang::Nl, &CONTENT).route
}

fn write(current: &str, to: &str) -> HashWrite {
    let r = route(to);
    hash_write(current, &r.format(Lang::Nl, &CONTENT), r, Lang::Nl, &CONTENT)
}

#[test]
fn a_navigation_is_a_new_entry_and_the_same_route_said_again_is_not() {
    assert_eq!(write("#/omkering", "/omkering"), HashWrite::Nothing);
    assert_eq!(write("", "/"), HashWrite::Nothing);
    assert_eq!(write("#/omkering", "/themes"), HashWrite::Push);
    assert_eq!(write("#/omkering", "/omkering/stap/2"), HashWrite::Push);
}

#[test]
fn the_first_write_a_rewording_a_broken_link_and_typing_a_search_replace() {
    assert_eq!(write("", "/omkering"), HashWrite::Replace, "the page's first entry gets the route");
    // The same route said another way: the default mode written out, the language named.
    let default = CONTENT.default_mode.as_str();
    assert_eq!(write(&format!("#/omkering/{default}"), "/omkering"), HashWrite::Replace);
    // A broken link that opened this route.
    assert_eq!(write("#/omkering/stap/999", "/omkering"), HashWrite::Replace);
    assert_eq!(write("#/nergens", "/"), HashWrite::Replace);
    // Every letter of a search.
    assert_eq!(write("#/search?q=gem", "/search?q=geme"), HashWrite::Replace);
}
