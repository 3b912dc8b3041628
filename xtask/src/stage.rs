//! Trunk's `post_build` hook (`Trunk.toml`): xtask again, as `omkering-stage-chunks`, copies the
//! wasm chunks that the stand-in split off (`split.rs`) into trunk's staging folder, through
//! wasm-opt in a release build, with the flags `index.html` gives trunk for the main wasm.
//!
//! **The gap it works around.** trunk knows nothing of the chunks (trunk issue 1022), so it
//! neither optimises nor copies them. The hook reads two things trunk does not promise: its
//! staging folder (`TRUNK_STAGING_DIR`, documented for hooks) and where trunk has
//! wasm-bindgen write (`<CARGO_TARGET_DIR>/wasm-bindgen/<profile>/`, trunk's own layout).
//!
//! **The tests that fail when the upstream output changes**: the hook fails the build when the
//! folder is not where it looks ("did the split run?"); the unit tests below read trunk's
//! wasm-opt attributes from the real `index.html`; `tests/e2e/split.spec.mjs` loads the chunk.
//! (No test notices an unoptimised chunk: the size table of `cargo xtask build` shows it.)

use crate::split::{quiet, var};
use std::fs;
use std::path::PathBuf;
use std::process::Command;

pub fn run() -> Result<(), String> {
    let staging = PathBuf::from(var("TRUNK_STAGING_DIR")?);
    let profile = var("TRUNK_PROFILE")?;
    let chunks = PathBuf::from(var("CARGO_TARGET_DIR")?).join("wasm-bindgen").join(&profile).join("chunks");
    let index = crate::root().join("index.html");
    let opt = wasm_opt_args(&fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?)?;
    let entries = fs::read_dir(&chunks).map_err(|e| format!("{}: {e} (did the split run?)", chunks.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let to = staging.join(path.file_name().unwrap_or_default());
        match &opt {
            Some(args) if profile == "release" && path.extension().is_some_and(|e| e == "wasm") => {
                quiet(Command::new("wasm-opt").arg(format!("--output={}", to.display())).args(args).arg(&path))?;
            }
            _ => {
                fs::copy(&path, &to).map_err(|e| format!("{}: {e}", to.display()))?;
            }
        }
    }
    Ok(())
}

/// wasm-opt's arguments for the chunks, as trunk makes them for the main wasm from the
/// `<link data-trunk rel="rust">` of `index.html`: `data-wasm-opt="z"` is `-Oz` ("0": no
/// wasm-opt, `None`), and `data-wasm-opt-params` follow, split at spaces.
fn wasm_opt_args(index: &str) -> Result<Option<Vec<String>>, String> {
    let link = index
        .split('<')
        .find(|tag| tag.starts_with("link ") && tag.contains("data-trunk") && tag.contains("rel=\"rust\""))
        .ok_or("index.html has no <link data-trunk rel=\"rust\">")?;
    let attr = |name: &str| link.split(&format!(" {name}=\"")).nth(1).and_then(|v| v.split('"').next());
    let level = attr("data-wasm-opt").ok_or("index.html: the rust link has no data-wasm-opt (trunk would not optimise)")?;
    if level == "0" {
        return Ok(None);
    }
    if !matches!(level, "1" | "2" | "3" | "4" | "s" | "z") {
        return Err(format!("index.html: data-wasm-opt=\"{level}\" is not a level trunk knows (0-4, s, z)"));
    }
    let mut args = vec![format!("-O{level}")];
    args.extend(attr("data-wasm-opt-params").unwrap_or_default().split_whitespace().map(str::to_string));
    Ok(Some(args))
}

#[cfg(test)]
mod tests {
    use super::wasm_opt_args;

    #[test]
    fn the_chunks_get_the_flags_of_the_main_wasm() {
        let index = "<head>\n<link data-trunk rel=\"copy-file\" href=\"a.js\" />\n<link data-trunk rel=\"rust\" data-wasm-opt=\"s\" data-wasm-opt-params=\"--converge --gufa\" />\n";
        assert_eq!(wasm_opt_args(index).unwrap().unwrap(), ["-Os", "--converge", "--gufa"]);
        assert_eq!(wasm_opt_args("<link data-trunk rel=\"rust\" data-wasm-opt=\"0\" />").unwrap(), None);
        assert_eq!(wasm_opt_args("<link data-trunk rel=\"rust\" data-wasm-opt=\"3\" />").unwrap().unwrap(), ["-O3"]);
        assert!(wasm_opt_args("<link data-trunk rel=\"rust\" data-wasm-opt=\"fast\" />").is_err());
        assert!(wasm_opt_args("<link data-trunk rel=\"css\" />").is_err());
    }

    #[test]
    fn the_real_index_gives_an_optimising_level() {
        let index = std::fs::read_to_string(crate::root().join("index.html")).unwrap();
        let args = wasm_opt_args(&index).unwrap().expect("the release is optimised");
        assert!(args[0].starts_with("-O"), "{args:?}");
    }
}
