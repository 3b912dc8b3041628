//! `cargo xtask serve`: trunk's development server on 127.0.0.1:8080, rebuilding and reloading
//! on every change.

use crate::cmd::step;
use crate::setup;

pub const ADDRESS: &str = "127.0.0.1";
pub const PORT: &str = "8080";

pub fn run() -> Result<(), String> {
    let wasm = setup::run(setup::Needs::BUILD)?;
    step(&format!("Serving the explainer on http://{ADDRESS}:{PORT}/ (Ctrl+C stops)"));
    wasm.trunk(&["serve", "--offline", "--address", ADDRESS, "--port", PORT])?.run()
}
