//! What several host test files share: running a property over many cases, the source texts,
//! and the list of the start module's files.
#![allow(dead_code)]

use proptest::prelude::*;
use proptest::test_runner::{Config as Cases, TestRunner};
use std::sync::atomic::{AtomicU32, Ordering};

/// Runs `test` on `cases` values of `strategy` (shrinking a failure), and checks it ran them all.
pub fn property<S: Strategy>(cases: u32, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let runs = AtomicU32::new(0);
    // `OMKERING_PROPTEST_SCALE=20` runs twenty times as many cases (README, "Reliability").
    let scale = std::env::var("OMKERING_PROPTEST_SCALE").ok().and_then(|s| s.parse().ok()).unwrap_or(1u32);
    let cases = cases * scale;
    let config = Cases { cases, failure_persistence: None, ..Cases::default() };
    let result = TestRunner::new(config).run(&strategy, |v| {
        runs.fetch_add(1, Ordering::Relaxed);
        test(v)
    });
    result.unwrap_or_else(|e| panic!("{e}"));
    assert!(runs.into_inner() >= cases, "fewer than {cases} cases ran");
}


/// The source texts: `OMKERING_SEEDS`, else `../shared/seeds` beside the checkout. A clone of
/// this repository alone has none: then the test that needs them says on the output that it was
/// skipped and why (a line `omkering: skipped …`, which `cargo xtask test` counts), and returns
/// `None`; with `OMKERING_REQUIRE_SEEDS=1` (`cargo xtask test --require-sources`, as CI runs it)
/// it fails instead.
pub fn seeds(test: &str) -> Option<std::path::PathBuf> {
    use std::io::Write;
    let dir = std::env::var_os("OMKERING_SEEDS")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"));
    if dir.is_dir() {
        return Some(dir);
    }
    let why = format!("the source texts are not at {} (a clone of this repository alone; set OMKERING_SEEDS to check them)", dir.display());
    assert!(std::env::var_os("OMKERING_REQUIRE_SEEDS").is_none(), "{test}: {why}");
    // Past the test harness's capture, so that the line is seen whatever the harness shows.
    let _ = std::io::stdout().lock().write_all(format!("\nomkering: skipped {test}: {why}\n").as_bytes());
    None
}

/// The Rust files of `dir` and below.
pub fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The files of the start module: what every visitor downloads (the frame, the start and
/// omkering views, the components, the browser glue, the state). Everything else in `src/ui`
/// is in the `lazy` chunk.
pub fn start_module_files() -> Vec<std::path::PathBuf> {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for dir in ["web", "ui/components", "ui/views/omkering", "state"] {
        rust_files(&src.join(dir), &mut files);
    }
    for f in ["ui/app.rs", "ui/lazy.rs", "ui/memory.rs", "ui/views/start.rs", "ui/views/mod.rs", "config.rs"] {
        files.push(src.join(f));
    }
    files
}
