//! Loads and validates `content/`, then writes it as a Rust `static` into `OUT_DIR/content.rs`.
//! A broken content file stops the build with a message naming the file, line, item and problem.

#[path = "src/content/mod.rs"]
#[allow(dead_code, unused_imports)]
mod content;

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=src/content");
    split();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let loaded = match content::load::load_dir(&dir) {
        Ok(l) => l,
        Err(errors) => fail(&errors.to_string()),
    };
    let errors = content::validate::validate(&loaded);
    if !errors.is_empty() {
        fail(&errors.to_string());
    }
    // The start content, and the whole content pointing at it (see src/embedded.rs).
    let full = loaded.content;
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (name, value) in [("content.rs", &full as &dyn content::text::ToRust), ("start.rs", full.start)] {
        let mut code = String::new();
        value.to_rust(&mut code);
        let out = Path::new(&out_dir).join(name);
        std::fs::write(&out, code).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
    }
}

/// A split build (`OMKERING_SPLIT=1`, set by `cargo xtask` for trunk): the `#[wasm_split]`
/// points become real (cfg `omkering_split`) and the linker keeps the relocations that
/// wasm-split-cli reads. Other builds (host tests, browser tests) render every view directly.
fn split() {
    println!("cargo::rerun-if-env-changed=OMKERING_SPLIT");
    println!("cargo::rustc-check-cfg=cfg(omkering_split)");
    let wasm = std::env::var("TARGET").is_ok_and(|t| t.starts_with("wasm32"));
    if wasm && std::env::var("OMKERING_SPLIT").as_deref() == Ok("1") {
        println!("cargo::rustc-cfg=omkering_split");
        println!("cargo::rustc-link-arg-cdylib=--emit-relocs");
    }
}

fn fail(message: &str) -> ! {
    for line in message.lines() {
        println!("cargo::error={line}");
    }
    std::process::exit(1);
}
