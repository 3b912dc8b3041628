//! Code splitting inside trunk's build: xtask stands in for `wasm-bindgen` on `PATH`.
//!
//! **The gap it works around.** trunk cannot split a wasm (trunk issue 1022, open): it links
//! the wasm, then runs `wasm-bindgen` on it, with no step between. For a split build xtask puts
//! itself first on `PATH` under that name: it cuts the linked wasm at the `#[wasm_split]` points
//! with `wasm-split-cli`, hands the main part to the real wasm-bindgen with trunk's own
//! arguments (read by [`parse_call`]), and leaves the chunks and their loader
//! (`__wasm_split.js`) in a `chunks/` folder beside wasm-bindgen's output, where trunk's hook
//! finds them (`stage.rs`). `build.rs` turns the split on (and the relocations wasm-split needs)
//! only when `OMKERING_SPLIT=1`, which [`crate::toolchain::Wasm::trunk`] sets. When trunk
//! learns to split, this module, `stage.rs` and the hook in `Trunk.toml` go.
//!
//! **The tests that fail when the upstream output changes**: trunk's call is read from a copy
//! of it (the unit test below; a call it does not recognise goes to the real wasm-bindgen
//! unsplit, and then the hook finds no chunks and fails the build); `tests/e2e/split.spec.mjs`
//! (the views in the chunk load on demand, once, and never on the start page).

use std::fs;
use std::process::Command;
use std::path::{Path, PathBuf};

/// The name trunk calls; xtask answers to it from [`tool_dir`].
pub const BINDGEN: &str = "wasm-bindgen";
/// The name of trunk's post_build hook (Trunk.toml).
pub const STAGE: &str = "omkering-stage-chunks";
/// The real wasm-bindgen, which the stand-in runs.
pub const REAL_BINDGEN_VAR: &str = "OMKERING_REAL_WASM_BINDGEN";
/// wasm-split-cli, which the stand-in runs first.
pub const SPLITTER_VAR: &str = "OMKERING_WASM_SPLIT";

/// A folder with xtask under the names trunk calls, to put first on `PATH`.
pub fn tool_dir(target: &Path) -> Result<PathBuf, String> {
    let dir = target.join("split-tools");
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let me = std::env::current_exe().map_err(|e| format!("where is xtask? {e}"))?;
    for name in [BINDGEN, STAGE] {
        let link = dir.join(name);
        let _ = fs::remove_file(&link);
        link_or_copy(&me, &link)?;
    }
    Ok(dir)
}

#[cfg(unix)]
fn link_or_copy(from: &Path, to: &Path) -> Result<(), String> {
    std::os::unix::fs::symlink(from, to).map_err(|e| format!("{}: {e}", to.display()))
}

#[cfg(not(unix))]
fn link_or_copy(from: &Path, to: &Path) -> Result<(), String> {
    fs::copy(from, to).map(|_| ()).map_err(|e| format!("{}: {e}", to.display()))
}

/// Runs xtask as one of its stand-ins when it was called by that name.
pub fn as_tool(called: &str, args: &[String]) -> Option<Result<(), String>> {
    match called {
        BINDGEN => Some(bindgen(args)),
        STAGE => Some(crate::stage::run()),
        _ => None,
    }
}

pub(crate) fn var(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("{name} is not set: run the build through `cargo xtask`"))
}

/// What trunk's wasm-bindgen call names: the input wasm, the output folder and name.
#[derive(Debug, PartialEq)]
struct BindgenCall {
    input: usize,
    out_dir: PathBuf,
    out_name: String,
}

fn parse_call(args: &[String]) -> Option<BindgenCall> {
    let input = args.iter().position(|a| !a.starts_with('-') && a.ends_with(".wasm"))?;
    let value = |key: &str| args.iter().find_map(|a| a.strip_prefix(key)).map(str::to_string);
    Some(BindgenCall { input, out_dir: PathBuf::from(value("--out-dir=")?), out_name: value("--out-name=")? })
}

fn bindgen(args: &[String]) -> Result<(), String> {
    let real = var(REAL_BINDGEN_VAR)?;
    let Some(call) = parse_call(args) else {
        // `--version` and anything else that is not a build: the real tool answers.
        return quiet(Command::new(&real).args(args));
    };
    let split = call.out_dir.join("split");
    let chunks = call.out_dir.join("chunks");
    for dir in [&split, &chunks] {
        let _ = fs::remove_dir_all(dir);
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    quiet(Command::new(var(SPLITTER_VAR)?).args(["--out-name", &call.out_name, &args[call.input]]).arg(&split))?;
    let main = split.join(format!("{}.wasm", call.out_name));
    let mut forwarded = args.to_vec();
    forwarded[call.input] = main.to_string_lossy().into_owned();
    // The chunks take the function table from the main module's exports; wasm-bindgen drops
    // that export unless told to keep the linker's exports.
    forwarded.push("--keep-lld-exports".into());
    quiet(Command::new(&real).args(&forwarded))?;
    for entry in fs::read_dir(&split).map_err(|e| format!("{}: {e}", split.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path != main {
            let to = chunks.join(path.file_name().unwrap_or_default());
            fs::copy(&path, &to).map_err(|e| format!("{}: {e}", to.display()))?;
        }
    }
    Ok(())
}

/// Runs a tool with the stand-in's own output streams (trunk reads what it prints), and fails
/// with the command line when the tool fails.
pub(crate) fn quiet(cmd: &mut Command) -> Result<(), String> {
    let status = cmd.status().map_err(|e| format!("{cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} failed ({status})"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn trunks_call_is_read_and_other_calls_are_passed_on() {
        let args = strings(&["--target=web", "--out-dir=/t/wasm-bindgen/release", "--out-name=omkering", "/t/o.wasm", "--no-typescript"]);
        let call = parse_call(&args).expect("a build call");
        assert_eq!(call, BindgenCall { input: 3, out_dir: "/t/wasm-bindgen/release".into(), out_name: "omkering".into() });
        assert_eq!(parse_call(&strings(&["--version"])), None);
        assert_eq!(parse_call(&strings(&["--out-dir=x", "a.wasm"])), None, "no out-name: not trunk's call");
    }
}
