//! The package: `dist/omkering-offline.zip` (a name visitors download and servers list: it
//! stays), for facilitators who download the explainer before a session and open it from disk,
//! with no web server and no network. ("Offline" in this project is the service worker's copy,
//! `assets/omkering-offline.js`; this is "the package".)
//!
//! **The gap it works around.** Browsers refuse ES module scripts and `fetch` from `file://`,
//! and every script the build makes is an ES module (wasm-bindgen's `--target web` glue, the
//! chunk loader wasm-split writes, our own loader), whose wasm is fetched. So the package holds
//! one classic script, `omkering-app.js`, bundled by esbuild (npm, pinned in package.json) in
//! the `iife` format from the built loader, which imports the glue, which imports the chunk
//! loader. Nothing of their text is rewritten by hand; esbuild is told three things:
//! - `import.meta.url` is the package's folder (`--define`, to a name the shim exports);
//! - `fetch` is the shim's (`--inject`): it serves the wasm files, inlined by esbuild's
//!   `binary` loader, by name, and refuses anything else;
//! - the syntax stays what the oldest browser of package.json's `browserslist` reads
//!   (`--target`, from [`targets`]).
//!
//! Any other `import.meta` is an error (`--log-override`), and a dynamic `import()` that
//! esbuild could not follow (a computed name) is refused after the bundle ([`check`]): from disk
//! it would fail. That is why the loader imports the app by a literal relative name
//! (`import('./omkering.js')`, which a browser resolves against the loader's own address).
//!
//! **The tests that fail when the upstream output changes**: `tests/e2e/package.spec.mjs` (the
//! package from the download link, opened from disk with the network cut, presentation chunk
//! and presenter view included) and, in Firefox ESR and WebKitGTK, "the offline package runs
//! from disk" in `tests/cross/smoke.test.mjs`; the build itself fails on the errors above.

use crate::cmd::{step, Cmd};
use std::fs;
use std::path::{Path, PathBuf};

/// The name of the package in `dist/`.
pub const ZIP: &str = "omkering-offline.zip";
/// The folder inside the package.
const FOLDER: &str = "omkering-offline";
/// The one script of the package.
const APP: &str = "omkering-app.js";

/// The built files the package is made from (names as `bundle::finish` left them).
pub struct Built<'a> {
    pub dist: &'a Path,
    /// The stylesheets of the shadow root: `omkering-<hash>.css`, `omkering-lazy-<hash>.css`.
    pub css: &'a [String],
}

/// Writes `dist/omkering-offline.zip` and returns its path.
pub fn write(built: &Built) -> Result<PathBuf, String> {
    let dist = built.dist;
    let io = |path: &Path, e: std::io::Error| format!("{}: {e}", path.display());
    let mut wasm = Vec::new();
    for entry in fs::read_dir(dist).map_err(|e| io(dist, e))? {
        let path = entry.map_err(|e| io(dist, e))?.path();
        if path.extension().is_some_and(|e| e == "wasm") {
            wasm.push(path);
        }
    }
    wasm.sort();
    let work = crate::root().join("target").join("package");
    let _ = fs::remove_dir_all(&work);
    fs::create_dir_all(&work).map_err(|e| io(&work, e))?;
    let shim = work.join("shim.js");
    fs::write(&shim, shim_script(&wasm)?).map_err(|e| io(&shim, e))?;
    let app = work.join(APP);
    let package_json = crate::root().join("package.json");
    let targets = targets(&fs::read_to_string(&package_json).map_err(|e| io(&package_json, e))?)?;
    step("Bundling the package's classic script (esbuild, format iife)");
    Cmd::new(crate::root().join("node_modules/.bin/esbuild"))
        .args([dist.join("omkering-loader.js").as_os_str()])
        .args(esbuild_args(&shim, &app, &targets))
        .run()?;
    let script = fs::read_to_string(&app).map_err(|e| io(&app, e))?;
    check(&script)?;
    let index = fs::read_to_string(dist.join("index.html")).map_err(|e| io(&dist.join("index.html"), e))?;
    let page = page(&index, &crate::policy::strict()?)?;
    let read = |name: &str| fs::read(dist.join(name)).map_err(|e| io(&dist.join(name), e));
    let mut files = vec![
        (format!("{FOLDER}/index.html"), page.into_bytes()),
        (format!("{FOLDER}/{APP}"), script.into_bytes()),
        (format!("{FOLDER}/page.css"), read("page.css")?),
        // The page's classic script that hides the painted start view for another address.
        (format!("{FOLDER}/omkering-first.js"), read("omkering-first.js")?),
        (format!("{FOLDER}/LEESMIJ.txt"), README.as_bytes().to_vec()),
    ];
    for css in built.css {
        files.push((format!("{FOLDER}/{css}"), read(css)?));
    }
    let path = dist.join(ZIP);
    fs::write(&path, crate::archive::write(&files, crate::archive::source_time())?).map_err(|e| io(&path, e))?;
    Ok(path)
}

const README: &str = "De omkering - offline\r\n\
\r\n\
Pak deze map uit en open index.html in de browser. De uitleg werkt dan zonder internet.\r\n\
Presenteren: knop Presenteren of toets P. De presentatorweergave opent in een tweede venster.\r\n\
\r\n\
Unzip this folder and open index.html in the browser. The explainer then works without internet.\r\n\
Presenting: the Present button or the key P. The presenter view opens in a second window.\r\n";

/// The name the shim gives the package's folder; `import.meta.url` becomes it.
const BASE: &str = "omkPackageBase";

/// esbuild's arguments after the entry (the built loader).
fn esbuild_args(shim: &Path, out: &Path, targets: &[String]) -> Vec<String> {
    vec![
        "--bundle".into(),
        "--format=iife".into(),
        "--platform=browser".into(),
        format!("--target={}", targets.join(",")),
        format!("--inject:{}", shim.display()),
        format!("--define:import.meta.url={BASE}"),
        "--loader:.wasm=binary".into(),
        "--log-override:empty-import-meta=error".into(),
        "--log-level=warning".into(),
        "--banner:js=// The omkering explainer as one classic script, for the package (bundled by esbuild in\n\
         // `cargo xtask build`, xtask/src/package.rs). Do not edit: it is made from the built files."
            .into(),
        format!("--outfile={}", out.display()),
    ]
}

/// The module esbuild injects: the package's folder, and a `fetch` that serves the wasm files
/// (inlined as bytes) by name.
fn shim_script(wasm: &[PathBuf]) -> Result<String, String> {
    let mut imports = String::new();
    let mut entries = Vec::new();
    for (i, path) in wasm.iter().enumerate() {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let quote = |s: &str| serde_json::to_string(s).map_err(|e| e.to_string());
        imports.push_str(&format!("import wasm{i} from {};\n", quote(&path.to_string_lossy())?));
        entries.push(format!("  {}: wasm{i},", quote(&name)?));
    }
    Ok(format!(
        "// Written by xtask/src/package.rs for esbuild's --inject.\n{imports}\
         const packed = {{\n{}\n}};\n\
         export const {BASE} = new URL('./', document.currentScript.src).href;\n\
         export async function fetch(url) {{\n\
         \x20 const name = String(url).split(/[?#]/)[0].split('/').pop();\n\
         \x20 if (!Object.hasOwn(packed, name)) throw new Error(`omkering: ${{name}} is not in the package`);\n\
         \x20 return new Response(packed[name], {{ headers: {{ 'Content-Type': 'application/wasm' }} }});\n\
         }}\n",
        entries.join("\n")
    ))
}

/// esbuild's `--target` from package.json's `browserslist`: every entry with a lowest version
/// (`safari >= 16.4`). Entries that follow releases ("firefox esr", "last 2 chrome versions")
/// are newer than those.
pub(crate) fn targets(package_json: &str) -> Result<Vec<String>, String> {
    let json: serde_json::Value = serde_json::from_str(package_json).map_err(|e| format!("package.json: {e}"))?;
    let list = json.get("browserslist").and_then(|b| b.as_array()).ok_or("package.json has no browserslist")?;
    let targets: Vec<String> = list
        .iter()
        .filter_map(|q| q.as_str()?.split_once(">="))
        .map(|(name, version)| {
            let name = match name.trim() {
                "ios_saf" => "ios",
                other => other,
            };
            format!("{name}{}", version.trim())
        })
        .collect();
    if targets.is_empty() {
        return Err("package.json's browserslist names no lowest version (`safari >= 16.4`) for esbuild's --target".into());
    }
    Ok(targets)
}

/// Refuses a bundle that would fail from disk: a dynamic `import()` esbuild did not follow.
fn check(script: &str) -> Result<(), String> {
    match script.find("import(") {
        Some(at) => Err(format!(
            "the package's script still imports a module (`{}`): esbuild follows only literal names; from disk it would fail",
            script[at..].lines().next().unwrap_or_default()
        )),
        None => Ok(()),
    }
}

/// The standalone page for the package: the classic script instead of the module scripts (the
/// service worker and the iframe helper have no work from disk), the page's stylesheet by a
/// relative name and without `integrity` (browsers refuse checked files from disk), and the
/// strict Content-Security-Policy (`deploy/nginx.conf`, read by [`crate::policy`]) as a
/// `<meta>`; the package fetches nothing, so it needs no more.
fn page(index: &str, csp: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut script = false;
    for line in index.lines() {
        let t = line.trim();
        if t.starts_with("<script type=\"module\"") {
            if !script {
                out.push_str(&format!("  <script src=\"{APP}\" defer></script>\n"));
                script = true;
            }
        } else if t.starts_with("<link data-trunk") {
        } else if t.starts_with("<link rel=\"stylesheet\"") && t.contains("page.css") {
            out.push_str("  <link rel=\"stylesheet\" href=\"page.css\">\n");
        } else if t == "<meta charset=\"utf-8\">" {
            out.push_str(line);
            out.push('\n');
            out.push_str(&format!("  <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n"));
        } else if !t.is_empty() {
            out.push_str(line);
            out.push('\n');
        } else if !out.ends_with("\n\n") {
            out.push('\n');
        }
    }
    for (found, what) in [(script, "a module script"), (out.contains("href=\"page.css\""), "page.css"), (out.contains(csp), "<meta charset=\"utf-8\">")] {
        if !found {
            return Err(format!("dist/index.html: no {what} line to rewrite for the package"));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

    #[test]
    fn the_page_loads_the_classic_script_under_the_strict_policy() {
        let index = "<head>\n  <meta charset=\"utf-8\">\n  <link data-trunk rel=\"rust\" />\n  <link rel=\"stylesheet\" href=\"/page.css\" integrity=\"sha384-x\"/>\n  <script type=\"module\" src=\"omkering-loader.js\"></script>\n  <script type=\"module\" src=\"omkering-offline.js\"></script>\n</head>\n";
        let html = page(index, CSP).unwrap();
        assert!(html.contains("<script src=\"omkering-app.js\" defer></script>") && !html.contains("type=\"module\""), "{html}");
        assert!(html.contains("href=\"page.css\">") && !html.contains("integrity") && !html.contains("data-trunk"), "{html}");
        assert!(html.contains(&format!("content=\"{CSP}\"")), "{html}");
        assert!(page("<head></head>", CSP).is_err());
    }

    #[test]
    fn the_shim_serves_each_wasm_file_by_its_name() {
        let shim = shim_script(&[PathBuf::from("/d/omkering_bg-1.wasm"), PathBuf::from("/d/omkering-lazy-2.wasm")]).unwrap();
        assert!(shim.contains("import wasm0 from \"/d/omkering_bg-1.wasm\";\nimport wasm1 from \"/d/omkering-lazy-2.wasm\";"), "{shim}");
        assert!(shim.contains("\"omkering_bg-1.wasm\": wasm0,\n  \"omkering-lazy-2.wasm\": wasm1,"), "{shim}");
        assert!(shim.contains(&format!("export const {BASE} = ")) && shim.contains("export async function fetch(url)"), "{shim}");
    }

    #[test]
    fn the_targets_are_the_lowest_versions_of_the_browserslist() {
        let list = r#"{"browserslist": ["safari >= 16.4", "ios_saf >= 16.4", "firefox esr", "last 2 chrome versions"]}"#;
        assert_eq!(targets(list).unwrap(), ["safari16.4", "ios16.4"]);
        let real = fs::read_to_string(crate::root().join("package.json")).unwrap();
        assert!(!targets(&real).unwrap().is_empty());
        assert!(targets(r#"{"browserslist": ["last 2 chrome versions"]}"#).is_err());
    }

    #[test]
    fn a_module_import_left_in_the_bundle_fails_the_build() {
        let err = check("a();\nappModule ??= import(new URL(\"x.js\", base).href).then(f);\n").unwrap_err();
        assert!(err.contains("import(new URL(\"x.js\", base).href)"), "{err}");
        assert!(check("const imported = 1; // no dynamic import\n").is_ok());
    }
}
