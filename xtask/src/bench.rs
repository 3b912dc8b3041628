//! `cargo xtask bench`: speed, size and memory of the release build, side by side with Mermaid
//! and a static SVG, in headless Chromium. The measuring is in `bench/run.mjs`; this task builds
//! what it measures and writes the size table it reads. Timings are never asserted in tests.

use crate::cmd::{step, Cmd};
use crate::{build_release, root, sizes, toolchain};

pub fn run() -> Result<(), String> {
    let wasm = build_release()?;
    let out = root().join("target/bench");
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;

    step("Building the bench variant into target/bench/dist/ (feature `bench`: a counting allocator)");
    wasm.trunk(&["build", "--release", "--offline", "--features", "bench", "--dist", "target/bench/dist"])?.run()?;

    let sizes_path = out.join("sizes.json");
    let files: Vec<serde_json::Value> = sizes::measure(&root().join("dist"))?
        .iter()
        .map(|s| serde_json::json!({ "path": s.path, "raw": s.raw, "gzip": s.gzip, "brotli": s.brotli }))
        .collect();
    let text = serde_json::to_string_pretty(&files).map_err(|e| e.to_string())?;
    std::fs::write(&sizes_path, text).map_err(|e| format!("{}: {e}", sizes_path.display()))?;

    step("Measuring in headless Chromium (node bench/run.mjs)");
    wasm.env(Cmd::new("node"))
        .args(["bench/run.mjs"])
        .env("OMKERING_CHROMIUM", toolchain::chromium())
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        .run()?;
    println!("\nThe report: {} and report.json", out.join("report.md").display());
    Ok(())
}
