//! The pinned tool versions, read from the one place they are written: the root `Cargo.toml`
//! (`[workspace.metadata.tools]` and the exact `wasm-bindgen` dependency).

use crate::root;

pub struct Pins {
    pub trunk: String,
    /// wasm-split-cli (crate `wasm_split_cli_support`); its runtime crate is pinned beside yew.
    pub wasm_split: String,
    /// wasm-bindgen: the crate, wasm-bindgen-cli and wasm-bindgen-test-runner share it.
    pub wasm_bindgen: String,
    pub debian_wasm: Vec<String>,
    pub debian_browser: Vec<String>,
    /// What the release build needs beyond the compiler: Chromium paints the start view.
    pub debian_build: Vec<String>,
    /// geckodriver, Firefox's WebDriver (crates.io).
    pub geckodriver: String,
}

pub fn read() -> Result<Pins, String> {
    let path = root().join("Cargo.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text)
}

fn parse(text: &str) -> Result<Pins, String> {
    let doc: toml::Table = toml::from_str(text).map_err(|e| format!("Cargo.toml: {e}"))?;
    let tools = doc
        .get("workspace")
        .and_then(|w| w.get("metadata"))
        .and_then(|m| m.get("tools"))
        .ok_or("Cargo.toml has no [workspace.metadata.tools]")?;
    let string = |key: &str| tools.get(key).and_then(|v| v.as_str()).map(str::to_string);
    let list = |key: &str| -> Vec<String> {
        tools.get(key).and_then(|v| v.as_array()).map_or(Vec::new(), |a| {
            a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect()
        })
    };
    let wasm_bindgen = doc
        .get("target")
        .and_then(|t| t.get("cfg(target_arch = \"wasm32\")"))
        .and_then(|t| t.get("dependencies"))
        .and_then(|d| d.get("wasm-bindgen"))
        .and_then(|v| v.as_str())
        .ok_or("Cargo.toml pins no wasm-bindgen dependency for wasm32")?;
    let wasm_bindgen = wasm_bindgen
        .strip_prefix('=')
        .ok_or_else(|| format!("wasm-bindgen must be pinned exactly (\"={wasm_bindgen}\"), so its CLI can match"))?;
    Ok(Pins {
        trunk: string("trunk").ok_or("[workspace.metadata.tools] has no trunk version")?,
        wasm_split: string("wasm-split").ok_or("[workspace.metadata.tools] has no wasm-split version")?,
        wasm_bindgen: wasm_bindgen.to_string(),
        debian_wasm: list("debian-wasm"),
        debian_browser: list("debian-browser"),
        debian_build: list("debian-build"),
        geckodriver: string("geckodriver").ok_or("[workspace.metadata.tools] has no geckodriver version")?,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_real_pins_parse_and_wasm_bindgen_is_exact() {
        let pins = super::read().expect("the root Cargo.toml pins every tool");
        assert!(!pins.trunk.is_empty());
        assert!(!pins.wasm_split.is_empty());
        assert!(pins.wasm_bindgen.split('.').count() == 3, "{}", pins.wasm_bindgen);
        assert!(pins.debian_wasm.iter().any(|p| p == "rust-web-src"));
    }

    #[test]
    fn a_loose_wasm_bindgen_pin_is_refused() {
        let text = "[workspace.metadata.tools]\ntrunk = \"1\"\n[target.'cfg(target_arch = \"wasm32\")'.dependencies]\nwasm-bindgen = \"0.2\"\n";
        let err = super::parse(text).err().expect("a loose pin fails");
        assert!(err.contains("pinned exactly"), "{err}");
    }
}
