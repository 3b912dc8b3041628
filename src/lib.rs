//! omkering: an interactive explainer of the omkering in the VNG association strategy 2030.
//!
//! Implementation note: the pure core (`content`, `route`, `config`, `state`, `explore`, `search`) holds all content,
//! state and logic (with `diagram`, the geometry and step logic of the diagrams) and never
//! imports yew or a browser API; `ui` renders that state with yew, and
//! `web` connects it to the page (mounting into a shadow root, the URL hash, the panic display).
//! See ARCHITECTURE.md.

pub mod assessment;
pub mod content;
pub mod embedded;
pub mod present;
pub mod explore;
pub mod glossary;
pub mod config;
pub mod diagram;
pub mod route;
pub mod reveal;
pub mod search;
pub mod shown;
pub mod search_results;
pub mod state;

#[cfg(feature = "bench")]
pub mod bench_heap;
#[cfg(all(feature = "bench", target_arch = "wasm32"))]
pub mod bench_read;
#[cfg(all(feature = "bench", target_arch = "wasm32"))]
pub mod bench_search;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
