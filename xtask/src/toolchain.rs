//! Where the wasm32 standard library comes from, and the environment every wasm build runs in.
//!
//! A machine whose Rust has the `wasm32-unknown-unknown` target (a typical laptop with rustup)
//! builds with it. Otherwise Debian's `rustc-web` builds the standard library from source
//! (`build-std`), which is an unstable cargo feature and needs `RUSTC_BOOTSTRAP=1`. The two
//! compilers write to their own target directories, so they never share build output.

use crate::cmd::Cmd;
use crate::root;
use crate::split;
use std::path::{Path, PathBuf};

/// Compiler flags of the release builds trunk makes with Debian's toolchain (unstable flags,
/// allowed there by `RUSTC_BOOTSTRAP=1`): no file names or lines in panic locations, and empty
/// `Debug` output. The panic message in the console keeps its text and says `<redacted>` where
/// the place was. Measured (issue 27, brotli): main wasm 135,992 → 129,420 B, chunk 235,453 →
/// 231,974 B. The browser tests' debug builds keep both.
pub const RELEASE_FLAGS: [&str; 2] = ["-Zlocation-detail=none", "-Zfmt-debug=none"];
pub const TARGET: &str = "wasm32-unknown-unknown";
/// Debian's linker for the WebAssembly output of `rustc-web` (lld 14, Debian's default, is too old).
pub const DEBIAN_WASM_LD: &str = "/usr/lib/llvm-22/bin/wasm-ld";
/// The standard library's source that `rust-web-src` installs.
pub const DEBIAN_STD_SRC: &str = "/usr/lib/rustlib/src/rust/library";

/// The Chromium the tests drive: Debian's, or the one `OMKERING_CHROMIUM` names.
pub fn chromium() -> String {
    std::env::var("OMKERING_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into())
}

/// The ChromeDriver for the browser tests: Debian's, or the one `CHROMEDRIVER` names.
pub fn chromedriver() -> String {
    std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into())
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// The host Rust has the wasm32 target (rustup).
    Rustup,
    /// Debian's rustc-web with build-std.
    Debian,
}

/// Which toolchain this machine uses. `OMKERING_WASM=debian` or `=rustup` forces one.
pub fn detect() -> Kind {
    match std::env::var("OMKERING_WASM").as_deref() {
        Ok("debian") => return Kind::Debian,
        Ok("rustup") => return Kind::Rustup,
        _ => {}
    }
    let sysroot = Cmd::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into())).args(["--print", "sysroot"]).probe();
    let has_target = sysroot.is_some_and(|s| Path::new(&s).join("lib/rustlib").join(TARGET).join("lib").is_dir());
    if has_target {
        Kind::Rustup
    } else {
        Kind::Debian
    }
}

#[derive(Clone)]
/// A ready wasm toolchain: the kind, and the folders of the tools the setup installed.
pub struct Wasm {
    pub kind: Kind,
    /// geckodriver, where the task needs the browsers (tests).
    pub geckodriver: Option<PathBuf>,
    /// Folders put first on `PATH`: trunk, wasm-bindgen and npm's binaries.
    pub bin_dirs: Vec<PathBuf>,
    /// wasm-split-cli, for the split builds trunk makes (`split.rs`).
    pub splitter: PathBuf,
}

impl Wasm {
    pub fn target_dir(&self) -> PathBuf {
        root().join("target").join(match self.kind {
            Kind::Rustup => "wasm-rustup",
            Kind::Debian => "wasm-debian",
        })
    }

    /// Gives a command the environment of a wasm build.
    pub fn env(&self, mut cmd: Cmd) -> Cmd {
        let mut path: Vec<PathBuf> = self.bin_dirs.clone();
        if self.kind == Kind::Debian {
            // Debian's cargo and rustc (in /usr/bin) come before rustup's proxies.
            path.push(PathBuf::from("/usr/bin"));
            for var in [
                "RUSTUP_TOOLCHAIN", "RUSTC", "RUSTDOC", "RUSTC_WRAPPER", "RUSTC_WORKSPACE_WRAPPER", "CARGO",
                "RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS", "CARGO_BUILD_RUSTFLAGS", "CARGO_MAKEFLAGS",
            ] {
                cmd = cmd.env_remove(var);
            }
            cmd = cmd
                .env("RUSTC_BOOTSTRAP", "1")
                .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
                // The standard library's smaller code paths (sorting, formatting): measured in
                // issue 28, main wasm −450 B brotli, chunk −7.6 KB.
                .env("CARGO_UNSTABLE_BUILD_STD_FEATURES", "optimize_for_size")
                .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER", DEBIAN_WASM_LD);
        }
        if let Some(p) = std::env::var_os("PATH") {
            path.extend(std::env::split_paths(&p));
        }
        let path = std::env::join_paths(path).expect("PATH entries hold no separator");
        cmd.env("PATH", path).env("CARGO_TARGET_DIR", self.target_dir()).env_remove("CARGO_BUILD_TARGET_DIR")
    }

    /// `trunk` with the wasm environment, building split: xtask's stand-in answers trunk's
    /// `wasm-bindgen` call and splits the wasm first (`split.rs`).
    pub fn trunk<const N: usize>(&self, args: &[&str; N]) -> Result<Cmd, String> {
        let real = self.bin_dirs.iter().map(|d| d.join(split::BINDGEN)).find(|p| p.is_file());
        let real = real.ok_or("the wasm-bindgen the setup installed is missing")?;
        let mut wrapped = self.clone();
        wrapped.bin_dirs.insert(0, split::tool_dir(&self.target_dir())?);
        let mut cmd = wrapped.env(Cmd::new("trunk"));
        if self.kind == Kind::Debian {
            cmd = cmd.env("CARGO_ENCODED_RUSTFLAGS", RELEASE_FLAGS.join("\x1f"));
        }
        Ok(cmd
            .env("OMKERING_SPLIT", "1")
            .env(split::REAL_BINDGEN_VAR, real)
            .env(split::SPLITTER_VAR, &self.splitter)
            .args(args.iter()))
    }

    /// The wasm toolchain's `cargo` (Debian's in /usr/bin, or the host's with rustup).
    pub fn cargo<const N: usize>(&self, args: &[&str; N]) -> Cmd {
        self.env(Cmd::new(self.cargo_program())).args(args.iter())
    }

    /// The same `cargo`, run by `wrapper` (with its own arguments first): `xvfb-run -a cargo …`.
    pub fn cargo_under<const W: usize, const N: usize>(&self, wrapper: &str, wrapper_args: &[&str; W], args: &[&str; N]) -> Cmd {
        self.env(Cmd::new(wrapper)).args(wrapper_args.iter()).args([self.cargo_program()]).args(args.iter())
    }

    fn cargo_program(&self) -> String {
        match self.kind {
            Kind::Debian => "/usr/bin/cargo".to_string(),
            Kind::Rustup => std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()),
        }
    }
}
