//! Sets up whatever is missing, step by step, and says what it does. Running it again changes
//! nothing. Every version comes from `pins` (the root Cargo.toml) or the npm lockfile.

use crate::cmd::{step, Cmd};
use crate::pins::{self, Pins};
use crate::root;
use crate::toolchain::{self, Kind, Wasm};
use std::path::{Path, PathBuf};

/// What a task needs beyond the build.
#[derive(Clone, Copy)]
pub struct Needs {
    /// The browsers and their drivers for the tests (Chromium, Firefox ESR, WebKitGTK).
    pub browser: bool,
}

impl Needs {
    pub const BUILD: Needs = Needs { browser: false };
    pub const ALL: Needs = Needs { browser: true };
}

pub fn run(needs: Needs) -> Result<Wasm, String> {
    let pins = pins::read()?;
    step("Checking the WebAssembly toolchain");
    let kind = toolchain::detect();
    match kind {
        Kind::Rustup => println!("    this Rust has the {} target; using it", toolchain::TARGET),
        Kind::Debian => println!(
            "    this Rust has no {} standard library; using Debian's rustc-web with build-std",
            toolchain::TARGET
        ),
    }
    let mut packages: Vec<String> = Vec::new();
    if kind == Kind::Debian {
        packages.extend(pins.debian_wasm.iter().cloned());
    }
    packages.extend(pins.debian_build.iter().cloned());
    if needs.browser {
        packages.extend(pins.debian_browser.iter().cloned());
    }
    if Cmd::new("node").arg_version().is_none() || Cmd::new("npm").arg_version().is_none() {
        // Debian's Node.js, where the machine has none.
        packages.extend(["nodejs".to_string(), "npm".to_string()]);
    }
    if Path::new("/etc/debian_version").exists() {
        debian_packages(&packages, kind)?;
    } else if kind == Kind::Debian {
        return Err(format!(
            "this Rust has no {0} standard library and this machine is not Debian. Run `rustup target add {0}`, then run this again.",
            toolchain::TARGET
        ));
    }
    if kind == Kind::Debian {
        for needed in [toolchain::DEBIAN_WASM_LD, toolchain::DEBIAN_STD_SRC] {
            if !Path::new(needed).exists() {
                return Err(format!("{needed} is missing although its Debian package is installed"));
            }
        }
    }
    if needs.browser {
        for (tool, path) in [("chromium", toolchain::chromium()), ("chromedriver", toolchain::chromedriver())] {
            if !Path::new(&path).exists() {
                return Err(format!(
                    "{tool} is not at {path}. Install Chromium and ChromeDriver (on Debian: chromium chromium-driver), or name their paths in OMKERING_CHROMIUM and CHROMEDRIVER."
                ));
            }
        }
    }
    npm_packages()?;
    let bin_dirs = vec![root().join("node_modules/.bin"), trunk(&pins)?, wasm_bindgen(&pins)?];
    let splitter = cargo_tool("wasm_split_cli_support", &pins.wasm_split, "wasm-split-cli", "", &["--locked", "--features", "build-binary"])?
        .join("wasm-split-cli");
    let geckodriver = if needs.browser {
        Some(cargo_tool("geckodriver", &pins.geckodriver, "geckodriver", &pins.geckodriver, &["--locked"])?.join("geckodriver"))
    } else {
        None
    };
    let wasm = Wasm { kind, geckodriver, bin_dirs, splitter };
    step("Fetching the crates (the wasm build runs offline)");
    Cmd::new(host_cargo()).args(["fetch", "--quiet"]).run()?;
    if kind == Kind::Debian {
        // build-std compiles the standard library, whose own dependencies come from its lockfile.
        wasm.cargo(&["fetch", "--quiet", "--target", toolchain::TARGET]).run()?;
    }
    Ok(wasm)
}

trait VersionProbe {
    fn arg_version(self) -> Option<String>;
}

impl VersionProbe for Cmd {
    fn arg_version(self) -> Option<String> {
        self.args(["--version"]).probe()
    }
}

/// The cargo that runs this xtask (the host toolchain).
pub fn host_cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

/// The folder where the pinned tools are installed: outside the checkout, so a fresh clone
/// reuses them, and versioned, so two versions never mix.
fn tools_dir(name: &str, version: &str) -> PathBuf {
    let base = std::env::var_os("OMKERING_TOOLS_DIR").map(PathBuf::from).unwrap_or_else(|| {
        let cache = std::env::var_os("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cache"));
        cache.join("omkering/tools")
    });
    base.join(format!("{name}-{version}"))
}

/// Whether dpkg's status line says the package is installed: "install ok installed". A package
/// dpkg knows but that is not there says "unknown ok not-installed" (or "deinstall ok
/// config-files", "install ok half-installed"): all of those need installing. (Before issue 28
/// "not-installed" passed for installed, and a fresh machine ran without Firefox.)
fn installed(status: &str) -> bool {
    status.split_whitespace().last() == Some("installed")
}

fn debian_packages(packages: &[String], kind: Kind) -> Result<(), String> {
    if packages.is_empty() {
        return Ok(());
    }
    step(&format!("Checking Debian packages: {}", packages.join(" ")));
    let missing: Vec<&String> = packages
        .iter()
        .filter(|p| {
            Cmd::new("dpkg-query").args(["-W", "-f=${Status}", p.as_str()]).probe().is_none_or(|s| !installed(&s))
        })
        .collect();
    if missing.is_empty() {
        println!("    all installed");
        return Ok(());
    }
    let list: Vec<&str> = missing.iter().map(|s| s.as_str()).collect();
    let install = format!("apt-get update && apt-get install -y --no-install-recommends {}", list.join(" "));
    let root_user = Cmd::new("id").args(["-u"]).probe().as_deref() == Some("0");
    let sudo = !root_user && Cmd::new("sudo").args(["-n", "true"]).probe().is_some();
    if !root_user && !sudo {
        return Err(format!(
            "these Debian packages are missing: {}. Installing them needs root. Run:\n    sudo sh -c '{install}'\nthen run this again{}.",
            list.join(" "),
            if kind == Kind::Debian {
                format!(" (or, with rustup, `rustup target add {}` instead of the Rust packages)", toolchain::TARGET)
            } else {
                String::new()
            }
        ));
    }
    println!("    installing: {}", list.join(" "));
    let apt = |args: Vec<&str>| {
        let cmd = if sudo { Cmd::new("sudo").args(["apt-get"]).args(args) } else { Cmd::new("apt-get").args(args) };
        cmd.env("DEBIAN_FRONTEND", "noninteractive")
    };
    apt(vec!["update", "-q"]).run()?;
    let mut args = vec!["install", "-y", "-q", "--no-install-recommends"];
    args.extend(list.iter().copied());
    apt(args).run()
}

/// Installs the npm packages from the lockfile when they are missing or the lockfile changed.
fn npm_packages() -> Result<(), String> {
    step("Checking npm packages (package-lock.json)");
    let lock = root().join("package-lock.json");
    let stamp = root().join("node_modules/.omkering-installed-lock.json");
    let wanted = std::fs::read(&lock).map_err(|e| format!("{}: {e}", lock.display()))?;
    if std::fs::read(&stamp).ok().as_deref() == Some(wanted.as_slice()) {
        println!("    up to date");
        return Ok(());
    }
    Cmd::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        // The tests use Debian's Chromium; no package may download a browser of its own.
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        .env("npm_config_update_notifier", "false")
        .run()?;
    std::fs::write(&stamp, &wanted).map_err(|e| format!("{}: {e}", stamp.display()))
}

/// Installs a crate's binaries at a pinned version into its own folder, unless they are there.
/// `expect` is what the binary's `--version` prints; a binary without `--version` gives "" and is
/// checked by its presence in the versioned folder.
fn cargo_tool(name: &str, version: &str, binary: &str, expect: &str, extra: &[&str]) -> Result<PathBuf, String> {
    let dir = tools_dir(name, version);
    let bin = dir.join("bin");
    step(&format!("Checking {name} {version}"));
    let installed = if expect.is_empty() {
        bin.join(binary).is_file()
    } else {
        Cmd::new(bin.join(binary)).args(["--version"]).probe().is_some_and(|v| v.split_whitespace().any(|w| w == expect))
    };
    if installed {
        println!("    installed in {}", bin.display());
        return Ok(bin);
    }
    println!("    installing into {} (this takes a few minutes, once)", dir.display());
    let version_arg = format!("={version}");
    let root_arg = dir.to_string_lossy().into_owned();
    let mut args = vec!["install", name, "--version", version_arg.as_str(), "--root", root_arg.as_str()];
    args.extend_from_slice(extra);
    Cmd::new(host_cargo()).args(args).run()?;
    // What was installed must be the pinned version before anything runs it.
    if !expect.is_empty() {
        let found = Cmd::new(bin.join(binary)).args(["--version"]).probe().unwrap_or_default();
        if !found.split_whitespace().any(|w| w == expect) {
            return Err(format!("{} reports version `{found}`, not the pinned {expect}", bin.join(binary).display()));
        }
    }
    Ok(bin)
}

fn trunk(pins: &Pins) -> Result<PathBuf, String> {
    // trunk asks for a newer rustc than it needs; it builds fine with this one.
    cargo_tool("trunk", &pins.trunk, "trunk", &pins.trunk, &["--locked", "--ignore-rust-version"])
}

fn wasm_bindgen(pins: &Pins) -> Result<PathBuf, String> {
    // Not `--locked`: a dependency in wasm-bindgen-cli's lockfile is no longer on the registry,
    // so its other dependencies resolve to their newest compatible versions (README, "Set-up").
    // The binary's version is checked (`cargo_tool`) before anything runs it: it writes the
    // JavaScript every visitor runs.
    let bin = cargo_tool("wasm-bindgen-cli", &pins.wasm_bindgen, "wasm-bindgen", &pins.wasm_bindgen, &[])?;
    if !bin.join("wasm-bindgen-test-runner").exists() {
        return Err(format!("{} has no wasm-bindgen-test-runner", bin.display()));
    }
    Ok(bin)
}

#[cfg(test)]
mod status_tests {
    #[test]
    fn only_an_installed_package_counts_as_installed() {
        assert!(super::installed("install ok installed"));
        assert!(!super::installed("unknown ok not-installed"));
        assert!(!super::installed("deinstall ok config-files"));
        assert!(!super::installed("install ok half-installed"));
        assert!(!super::installed(""));
    }
}
