//! `cargo xtask test`: every test, in the order a failure is cheapest to find, and one count
//! line at the end. A stage that fails to run at all counts as a failure, so the count line can
//! never report green for tests that did not run.

use crate::cmd::{step, Cmd};
use crate::setup::{self, host_cargo};
use crate::toolchain;
use crate::{build_release, root};

#[derive(Default)]
struct Tally {
    stages: Vec<(String, usize, usize)>,
}

impl Tally {
    fn add(&mut self, stage: &str, passed: usize, failed: usize) {
        self.stages.push((stage.to_string(), passed, failed));
    }
    fn failed(&self) -> usize {
        self.stages.iter().map(|s| s.2).sum()
    }
    fn line(&self) -> String {
        let passed: usize = self.stages.iter().map(|s| s.1).sum();
        let parts: Vec<String> = self.stages.iter().map(|(n, p, f)| format!("{n} {p} passed, {f} failed")).collect();
        format!("tests: {passed} passed, {} failed ({})", self.failed(), parts.join("; "))
    }
}

pub fn run() -> Result<(), String> {
    setup::run(setup::Needs::ALL)?;
    let mut tally = Tally::default();

    step("Host tests: unit, content validation, readability, routes (cargo test)");
    let host = Cmd::new(host_cargo()).args(["test", "--workspace"]).run_tee()?;
    add_libtest(&mut tally, "host", host);

    step("Bench tools: the counting allocator, the statistics and the contender pages");
    let heap = Cmd::new(host_cargo()).args(["test", "--features", "bench", "--lib", "bench_heap"]).run_tee()?;
    add_libtest(&mut tally, "bench", heap);
    let node = Cmd::new("node").args(["--test", "bench/"]).run_tee()?;
    let (passed, failed) = count_node_test(&node.1);
    tally.add("bench", passed, if !node.0 && failed == 0 { 1 } else { failed });

    let wasm = match build_release() {
        Ok(w) => w,
        Err(e) => {
            eprintln!("error: {e}");
            tally.add("release build", 0, 1);
            println!("\n{}", tally.line());
            return Err("the release build failed, so the browser tests could not run".into());
        }
    };

    step("Browser tests (wasm-bindgen-test in headless Chromium), and the soak with the counting allocator");
    let browser = wasm
        .cargo(&["test", "--target", toolchain::TARGET, "--features", "bench", "--test", "web", "--test", "soak"])
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner")
        .env("CHROMEDRIVER", toolchain::chromedriver())
        .env("WASM_BINDGEN_TEST_TIMEOUT", "600")
        .run_tee()?;
    add_libtest(&mut tally, "browser", browser);

    step("End-to-end tests (Playwright, Debian's Chromium, axe-core) against dist/");
    let results = root().join("target/e2e/results.json");
    let _ = std::fs::remove_file(&results);
    let e2e_ok = wasm
        .env(Cmd::new(root().join("node_modules/.bin/playwright")))
        .args(["test", "--config", "tests/e2e/playwright.config.mjs"])
        .env("OMKERING_CHROMIUM", toolchain::chromium())
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        .run_tee()
        .map(|(ok, _)| ok)
        .unwrap_or(false);
    match playwright_counts(&results) {
        Some((passed, failed)) => tally.add("e2e", passed, failed.max(usize::from(!e2e_ok && failed == 0))),
        None => tally.add("e2e", 0, 1),
    }

    println!("\n{}", tally.line());
    if tally.failed() == 0 {
        Ok(())
    } else {
        Err(format!("{} test(s) failed", tally.failed()))
    }
}

/// Adds a libtest run (cargo test, wasm-bindgen-test-runner); a run that failed without a
/// failing test (a compile error) counts as one failure.
fn add_libtest(tally: &mut Tally, stage: &str, (ok, lines): (bool, Vec<String>)) {
    let (passed, failed) = count_libtest(&lines);
    let failed = if !ok && failed == 0 { 1 } else { failed };
    tally.add(stage, passed, failed);
}

/// Sums the `test result:` lines of libtest output.
fn count_libtest(lines: &[String]) -> (usize, usize) {
    let mut passed = 0;
    let mut failed = 0;
    for line in lines.iter().filter_map(|l| l.split_once("test result:").map(|(_, r)| r)) {
        for part in line.split([';', '.']) {
            let mut words = part.split_whitespace();
            if let (Some(n), Some(kind)) = (words.next(), words.next()) {
                match (n.parse::<usize>(), kind) {
                    (Ok(n), "passed") => passed += n,
                    (Ok(n), "failed") => failed += n,
                    _ => {}
                }
            }
        }
    }
    (passed, failed)
}

/// The `# pass N` and `# fail N` lines of node's test runner.
fn count_node_test(lines: &[String]) -> (usize, usize) {
    let count = |key: &str| {
        lines.iter().filter_map(|l| l.strip_prefix(key)).filter_map(|n| n.trim().parse::<usize>().ok()).sum()
    };
    (count("# pass "), count("# fail "))
}

/// Passed and failed tests from Playwright's JSON report.
fn playwright_counts(path: &std::path::Path) -> Option<(usize, usize)> {
    let text = std::fs::read_to_string(path).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    let stats = json.get("stats")?;
    let n = |k: &str| stats.get(k).and_then(|v| v.as_u64()).unwrap_or(0) as usize;
    Some((n("expected") + n("flaky"), n("unexpected")))
}

#[cfg(test)]
mod tests {
    use super::count_libtest;


    #[test]
    fn counts_libtest_result_lines() {
        let lines = vec![
            "test result: ok. 12 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s".to_string(),
            "noise".to_string(),
            "test result: FAILED. 3 passed; 2 failed; 1 ignored; 0 measured; 0 filtered out".to_string(),
        ];
        assert_eq!(count_libtest(&lines), (15, 2));
    }

    #[test]
    fn counts_node_test_summary_lines() {
        let lines: Vec<String> = ["# tests 5", "# pass 4", "# fail 1", "ok 1 - x"].iter().map(|s| s.to_string()).collect();
        assert_eq!(super::count_node_test(&lines), (4, 1));
    }
}
