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
    /// Tests that said they were skipped, and why (a line `omkering: skipped …`).
    skipped: Vec<String>,
}

impl Tally {
    /// Adds a stage's counts (to those of an earlier stage of the same name).
    fn add(&mut self, stage: &str, passed: usize, failed: usize) {
        match self.stages.iter_mut().find(|s| s.0 == stage) {
            Some(s) => (s.1, s.2) = (s.1 + passed, s.2 + failed),
            None => self.stages.push((stage.to_string(), passed, failed)),
        }
    }
    fn failed(&self) -> usize {
        self.stages.iter().map(|s| s.2).sum()
    }
    fn line(&self) -> String {
        let passed: usize = self.stages.iter().map(|s| s.1).sum();
        let parts: Vec<String> = self.stages.iter().map(|(n, p, f)| format!("{n} {p} passed, {f} failed")).collect();
        let skipped = if self.skipped.is_empty() { String::new() } else { format!(", {} skipped", self.skipped.len()) };
        format!("tests: {passed} passed, {} failed{skipped} ({})", self.failed(), parts.join("; "))
    }
}

/// How `cargo xtask test` runs.
#[derive(Clone, Copy, Default)]
pub struct Options {
    /// `--require-sources`: a test that needs the source texts (`../shared/seeds`) fails instead
    /// of being skipped when they are not there. CI runs with it.
    pub require_sources: bool,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options, String> {
        let mut options = Options::default();
        for arg in args {
            match arg.as_str() {
                "--require-sources" => options.require_sources = true,
                other => return Err(format!("unknown option `{other}` for `cargo xtask test` (known: --require-sources)")),
            }
        }
        Ok(options)
    }
}

/// The lines where a test said it was skipped (see `tests/common/mod.rs`, `seeds`).
fn skipped(lines: &[String]) -> Vec<String> {
    lines.iter().filter_map(|l| l.trim().strip_prefix("omkering: skipped ")).map(str::to_string).collect()
}

pub fn run(options: Options) -> Result<(), String> {
    // The full set-up, with the browsers and their drivers (the release build's own set-up
    // below asks only for what a build needs).
    let gecko = setup::run(setup::Needs::ALL)?.geckodriver.ok_or("the set-up gave no geckodriver")?;
    let mut tally = Tally::default();

    step("Host tests: unit, content validation, readability, routes (cargo test)");
    let mut host = Cmd::new(host_cargo()).args(["test", "--workspace", "--no-fail-fast"]);
    host = if options.require_sources { host.env("OMKERING_REQUIRE_SEEDS", "1") } else { host.env_remove("OMKERING_REQUIRE_SEEDS") };
    let host = host.run_tee()?;
    tally.skipped = skipped(&host.1);
    add_libtest(&mut tally, "host", host);
    // A skipped test ended without failing, and libtest counts it as passed: it is not.
    if let Some(stage) = tally.stages.last_mut() {
        stage.1 = stage.1.saturating_sub(tally.skipped.len());
    }

    step("A clone of this repository alone: the tests that need the source texts skip, and say so");
    let alone = Cmd::new(host_cargo())
        .args(["test", "--test", "content", "--test", "content_rules"])
        .env("OMKERING_SEEDS", root().join("target/no-source-texts-here"))
        .env_remove("OMKERING_REQUIRE_SEEDS")
        .run_tee()?;
    let said = skipped(&alone.1).len();
    let (passed, failed) = count_libtest(&alone.1);
    // Both tests that need the texts must have said so (they are not counted as passed here);
    // a run that failed counts as a failure.
    tally.add("alone", passed.saturating_sub(said), failed + usize::from(said != 2) + usize::from(!alone.0 && failed == 0));

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

    step("Compatibility lint: the JavaScript and CSS in dist/ against the supported browsers (package.json \"browserslist\")");
    for (tool, files) in [("eslint", "dist/**/*.js"), ("stylelint", "dist/**/*.css")] {
        let ok = Cmd::new(root().join("node_modules/.bin").join(tool)).args([files]).run_tee().map(|(ok, _)| ok).unwrap_or(false);
        tally.add("compat", usize::from(ok), usize::from(!ok));
    }

    step("Browser tests (wasm-bindgen-test in headless Chromium), and the soak with the counting allocator");
    let browser = wasm
        .cargo(&["test", "--target", toolchain::TARGET, "--features", "bench", "--test", "web", "--test", "soak"])
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner")
        .env("CHROMEDRIVER", toolchain::chromedriver())
        .env("WASM_BINDGEN_TEST_TIMEOUT", "600")
        .run_tee()?;
    add_libtest(&mut tally, "browser", browser);

    // The same browser tests in Firefox ESR (geckodriver) and in WebKitGTK (WebKitWebDriver as
    // wasm-bindgen-test-runner's Safari driver, under a virtual display).
    step("Browser tests in Firefox ESR (wasm-bindgen-test, geckodriver)");
    let firefox = wasm
        .cargo(&["test", "--target", toolchain::TARGET, "--features", "bench", "--test", "web"])
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner")
        .env_remove("CHROMEDRIVER")
        .env("GECKODRIVER", &gecko)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "300")
        .run_tee()?;
    add_libtest(&mut tally, "firefox", firefox);
    step("Browser tests in WebKitGTK (wasm-bindgen-test, WebKitWebDriver)");
    let webkit = wasm
        .cargo_under("xvfb-run", &["-a"], &["test", "--target", toolchain::TARGET, "--features", "bench", "--test", "web"])
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner")
        .env_remove("CHROMEDRIVER")
        .env("SAFARIDRIVER", "/usr/bin/WebKitWebDriver")
        .env("WASM_BINDGEN_TEST_TIMEOUT", "300")
        .run_tee()?;
    add_libtest(&mut tally, "webkit", webkit);

    step("Smoke suite in Firefox ESR and WebKitGTK over WebDriver (tests/cross/; screenshots in target/cross/)");
    let cross = Cmd::new("node").args(["--test", "tests/cross/"]).env("OMKERING_GECKODRIVER", &gecko).run_tee()?;
    let (passed, failed) = count_node_test(&cross.1);
    tally.add("firefox + webkit", passed, if !cross.0 && failed == 0 { 1 } else { failed });

    for (server, stage, results) in [("node", "e2e", "target/e2e/results.json"), ("nginx", "e2e nginx", "target/e2e/results-nginx.json")] {
        step(&match server {
            "nginx" => "End-to-end tests of embedding, other origins, the iframe and offline against nginx with deploy/nginx.conf".to_string(),
            _ => "End-to-end tests (Playwright, Debian's Chromium, axe-core) against dist/".to_string(),
        });
        let results = root().join(results);
        let _ = std::fs::remove_file(&results);
        let ok = wasm
            .env(Cmd::new(root().join("node_modules/.bin/playwright")))
            .args(["test", "--config", "tests/e2e/playwright.config.mjs"])
            .env("OMKERING_CHROMIUM", toolchain::chromium())
            .env("OMKERING_E2E_SERVER", server)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
            .run_tee()
            .map(|(ok, _)| ok)
            .unwrap_or(false);
        match playwright_counts(&results) {
            Some((passed, failed)) => tally.add(stage, passed, failed.max(usize::from(!ok && failed == 0))),
            None => tally.add(stage, 0, 1),
        }
    }

    for why in &tally.skipped {
        println!("skipped: {why}");
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
    fn finds_the_lines_of_skipped_tests() {
        let lines: Vec<String> = ["", "omkering: skipped a_test: no texts", "test a_test ... ok"].iter().map(|s| s.to_string()).collect();
        assert_eq!(super::skipped(&lines), ["a_test: no texts"]);
        assert!(super::Options::parse(&["--require-sources".into()]).unwrap().require_sources);
        assert!(super::Options::parse(&["--fast".into()]).is_err());
    }

    #[test]
    fn counts_node_test_summary_lines() {
        let lines: Vec<String> = ["# tests 5", "# pass 4", "# fail 1", "ok 1 - x"].iter().map(|s| s.to_string()).collect();
        assert_eq!(super::count_node_test(&lines), (4, 1));
    }
}
