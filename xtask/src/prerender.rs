//! The first view painted from `index.html` (issue 23; ARCHITECTURE.md, "The first view"): runs
//! `xtask/scripts/prerender.mjs` on the built `dist/`, which opens the standalone page in Debian's
//! Chromium at every width class and writes what the app rendered into `index.html` as
//! declarative shadow DOM, and the rules that pick the diagram of the container's width class
//! into `omkering.css`. Runs before the files are named by their content.
//!
//! The tests that fail when it breaks: `tests/e2e/first-view.spec.mjs` (the painted view agrees
//! with the app at every width, pixel by pixel; no script; no shift at takeover).

use crate::cmd::{step, Cmd};
use std::path::Path;

pub fn run(root: &Path, dist: &Path) -> Result<(), String> {
    step("Painting the start view into index.html (xtask/scripts/prerender.mjs, Chromium)");
    let chromium = crate::toolchain::chromium();
    if !Path::new(&chromium).exists() {
        return Err(format!(
            "{chromium} is missing: the build paints the start view with Chromium (on Debian: the chromium package), or name it in OMKERING_CHROMIUM"
        ));
    }
    Cmd::new("node").args([root.join("xtask/scripts/prerender.mjs").as_os_str(), dist.as_os_str(), chromium.as_ref()]).run()
}
