//! The content model and its checks. Pure data and logic: this module never imports yew,
//! web-sys, js-sys or wasm-bindgen (a host test enforces it), and `build.rs` compiles it too.

#[macro_use]
pub mod text;
pub mod prose;
pub mod model;
pub mod ui_text;
pub mod format;

#[cfg(not(target_arch = "wasm32"))]
pub mod completeness;
#[cfg(not(target_arch = "wasm32"))]
pub mod error;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
#[cfg(not(target_arch = "wasm32"))]
pub mod readability;
#[cfg(not(target_arch = "wasm32"))]
pub mod sources;
#[cfg(not(target_arch = "wasm32"))]
pub mod validate;

pub use format::{fill, format_date};
pub use model::*;
pub use prose::{Mark, Part, Prose};
pub use text::{Lang, List, Str, Text};
pub use ui_text::Ui;
