//! Project automation, run as `cargo xtask <task>` (the alias is in `.cargo/config.toml`).
//! Each task sets up what it needs first, so a fresh machine needs nothing else.

mod archive;
mod bench;
mod bundle;
mod cmd;
mod glue;
mod imports;
mod package;
mod pins;
mod policy;
mod prerender;
mod serve;
mod setup;
mod sizes;
mod split;
mod stage;
mod test;
mod toolchain;

use std::path::PathBuf;
use std::process::ExitCode;

const TASKS: &[(&str, &str)] = &[
    ("serve", "set up, build and serve the explainer on http://127.0.0.1:8080, rebuilding on change"),
    ("test", "set up, then run every test: host, content, browser (wasm-bindgen-test) and end-to-end; --require-sources fails where the source texts (../shared/seeds) are missing instead of skipping"),
    ("build", "set up, build the release into dist/ and print the size of every file"),
    ("bench", "set up, build, and measure speed, size and memory against Mermaid and a static SVG"),
    ("setup", "only set up what is missing (tools, Debian packages, npm packages)"),
];

fn main() -> ExitCode {
    let called = std::env::args().next().unwrap_or_default();
    let called = std::path::Path::new(&called).file_name().unwrap_or_default().to_string_lossy().into_owned();
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Trunk runs xtask under other names during a split build (`split.rs`).
    if let Some(result) = split::as_tool(&called, &args) {
        return finish(result);
    }
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve::run(),
        Some("test") => test::Options::parse(&args[1..]).and_then(test::run),
        Some("build") => build_release().map(|_| ()),
        Some("bench") => bench::run(),
        Some("setup") => setup::run(setup::Needs::ALL).map(|_| ()),
        Some(other) => Err(format!("unknown task `{other}`\n\n{}", usage())),
        None => {
            println!("{}", usage());
            Ok(())
        }
    };
    finish(result)
}

fn finish(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nerror: {message}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> String {
    let mut out = String::from("usage: cargo xtask <task>\n\ntasks:\n");
    for (name, what) in TASKS {
        out.push_str(&format!("  {name:<7} {what}\n"));
    }
    out
}

/// The repository root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the repository").to_path_buf()
}

/// Sets up, builds the release into `dist/` and prints the size table.
pub fn build_release() -> Result<toolchain::Wasm, String> {
    let wasm = setup::run(setup::Needs::BUILD)?;
    cmd::step("Building the release into dist/ (trunk build --release)");
    wasm.trunk(&["build", "--release", "--offline"])?.run()?;
    let zip = bundle::finish(&root())?;
    println!("\n{}", sizes::table(&root().join("dist"))?);
    println!("The self-host bundle: {}", zip.display());
    Ok(wasm)
}
