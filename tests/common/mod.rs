//! What several host test files share: running a property over many cases.
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

