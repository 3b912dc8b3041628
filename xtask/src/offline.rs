//! The offline package: `dist/omkering-offline.zip`, for facilitators who download the explainer
//! before a session and open it from disk, with no web server and no network.
//!
//! Browsers refuse ES module scripts and `fetch` from `file://`, so the package cannot be a copy
//! of `dist/`. It holds one classic script, `omkering-app.js`, made from the built files: the
//! wasm files inlined (base64), the wasm-bindgen glue and the split loader turned from modules
//! into function scopes, and the element's loader, which gets the app from that scope instead of
//! importing it. A local `fetch` in that scope serves the inlined wasm, so the glue and the split
//! loader run unchanged. Each rewrite must match exactly; when a tool's output changes shape the
//! build fails and says which line it did not understand.

use base64::Engine;
use std::fs;
use std::path::Path;

/// The name of the package in `dist/`.
pub const ZIP: &str = "omkering-offline.zip";
/// The folder inside the package.
const FOLDER: &str = "omkering-offline";
/// The one script of the package.
const APP: &str = "omkering-app.js";

/// The built files the package is made from (names as `bundle::finish` left them).
pub struct Built<'a> {
    pub dist: &'a Path,
    /// The wasm-bindgen glue, `omkering-<hash>.js`.
    pub glue: &'a str,
    /// The split loader, `omkering-split-<hash>.js`.
    pub split: &'a str,
    /// The stylesheet of the shadow root, `omkering-<hash>.css`.
    pub css: &'a str,
}

/// Writes `dist/omkering-offline.zip` and returns its path.
pub fn write(built: &Built) -> Result<std::path::PathBuf, String> {
    let dist = built.dist;
    let read = |name: &str| fs::read_to_string(dist.join(name)).map_err(|e| format!("{}: {e}", dist.join(name).display()));
    let mut wasm = Vec::new();
    for entry in fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "wasm") {
            let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
            wasm.push((name, fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?));
        }
    }
    wasm.sort();
    let app = app_script(&wasm, &read(built.glue)?, built.glue, &read(built.split)?, built.split, &read("omkering-loader.js")?)?;
    let page = page(&read("index.html")?)?;
    let files = vec![
        (format!("{FOLDER}/index.html"), page.into_bytes()),
        (format!("{FOLDER}/{APP}"), app.into_bytes()),
        (format!("{FOLDER}/{}", built.css), fs::read(dist.join(built.css)).map_err(|e| e.to_string())?),
        (format!("{FOLDER}/page.css"), fs::read(dist.join("page.css")).map_err(|e| e.to_string())?),
        (format!("{FOLDER}/LEESMIJ.txt"), README.as_bytes().to_vec()),
    ];
    let path = dist.join(ZIP);
    fs::write(&path, crate::archive::write(&files, crate::archive::source_time())?).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

const README: &str = "De omkering - offline\r\n\
\r\n\
Pak deze map uit en open index.html in de browser. De uitleg werkt dan zonder internet.\r\n\
Presenteren: knop Presenteren of toets P. De presentatorweergave opent in een tweede venster.\r\n\
\r\n\
Unzip this folder and open index.html in the browser. The explainer then works without internet.\r\n\
Presenting: the Present button or the key P. The presenter view opens in a second window.\r\n";

/// The standalone page for the package: the classic script instead of the module scripts (the
/// service worker and the iframe helper have no work from disk), the page's stylesheet by a
/// relative name and without `integrity` (browsers refuse checked files from disk), and the
/// same strict Content-Security-Policy as a `<meta>`.
fn page(index: &str) -> Result<String, String> {
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
            out.push_str(&format!("  <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"));
        } else if !t.is_empty() {
            out.push_str(line);
            out.push('\n');
        } else if !out.ends_with("\n\n") {
            out.push('\n');
        }
    }
    for (found, what) in [(script, "a module script"), (out.contains("href=\"page.css\""), "page.css"), (out.contains(CSP), "<meta charset=\"utf-8\">")] {
        if !found {
            return Err(format!("dist/index.html: no {what} line to rewrite for the offline package"));
        }
    }
    Ok(out)
}

/// The policy of README's "Content-Security-Policy" (no `connect-src` beyond 'self': the
/// package fetches nothing).
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:";

/// The one classic script: inlined wasm, the app's modules in function scopes, then the loader.
fn app_script(wasm: &[(String, Vec<u8>)], glue: &str, glue_name: &str, split: &str, split_name: &str, loader: &str) -> Result<String, String> {
    let b64 = base64::engine::general_purpose::STANDARD;
    let packed: Vec<String> = wasm.iter().map(|(name, bytes)| format!("  '{name}': '{}',", b64.encode(bytes))).collect();
    let split = Module::read(split, split_name)?;
    let glue = Module::read(glue, glue_name)?;
    // The split loader imports `initSync` from the glue (found in the enclosing scope); the glue
    // imports the split loader as a namespace, which becomes the object of its exports.
    let namespace = match glue.imports.as_slice() {
        [Import::Namespace(name, from)] if from.ends_with(split_name) => name.clone(),
        _ => return Err(format!("{glue_name}: expected one import, of the split loader as a namespace")),
    };
    if !split.imports.iter().all(|i| matches!(i, Import::Named(_, from) if from.ends_with(glue_name))) {
        return Err(format!("{split_name}: expected only named imports from {glue_name}"));
    }
    let loader = loader.replacen("import.meta.url", "omkBase.href", 1);
    let import = format!("import(new URL('{glue_name}', base).href)");
    if loader.contains("import.meta") || loader.matches(&import).count() != 1 {
        return Err(format!("omkering-loader.js: expected one import.meta.url and one `{import}` to rewrite"));
    }
    let loader = loader.replace(&import, "Promise.resolve(app)");
    Ok(format!(
        "// The omkering explainer as one classic script, for the offline package (written by\n\
         // `cargo xtask build`, xtask/src/offline.rs). Do not edit: it is made from the built files.\n\
         (() => {{\n'use strict';\nconst omkBase = new URL('./', document.currentScript.src);\n\
         const packed = {{\n{}\n}};\n{FETCH}\n\
         const app = (() => {{\nconst {namespace} = (() => {{\n{}\nreturn {};\n}})();\n{}\nreturn {};\n}})();\n\
         (() => {{\n{loader}\n}})();\n}})();\n",
        packed.join("\n"),
        split.body,
        split.exports_object(),
        glue.body,
        glue.exports_object(),
    ))
}

/// The scope's `fetch`: serves the inlined wasm files by name, and refuses anything else.
const FETCH: &str = "const fetch = async (url) => {\n\
  const name = String(url).split(/[?#]/)[0].split('/').pop();\n\
  if (!Object.hasOwn(packed, name)) throw new Error(`omkering: ${name} is not in the offline package`);\n\
  const bytes = Uint8Array.from(atob(packed[name]), (c) => c.charCodeAt(0));\n\
  return new Response(bytes, { headers: { 'Content-Type': 'application/wasm' } });\n\
};";

#[derive(Debug, PartialEq)]
enum Import {
    /// `import * as name from "file"`
    Namespace(String, String),
    /// `import { a, b } from "file"`
    Named(Vec<String>, String),
}

/// An ES module turned into the body of a function: imports and `export` keywords taken out,
/// `import.meta.url` pointed at the package's folder.
#[derive(Debug)]
struct Module {
    body: String,
    imports: Vec<Import>,
    /// (local name, exported name)
    exports: Vec<(String, String)>,
}

impl Module {
    fn read(text: &str, file: &str) -> Result<Module, String> {
        let mut module = Module { body: String::new(), imports: Vec::new(), exports: Vec::new() };
        for (n, line) in text.lines().enumerate() {
            let unknown = || format!("{file}:{}: the offline package cannot convert `{}`", n + 1, line.trim());
            let mut line = line.replace("import.meta.url", "omkBase.href");
            if let Some(rest) = line.strip_prefix("import ") {
                module.imports.push(import(rest).ok_or_else(unknown)?);
                continue;
            }
            if let Some(rest) = line.strip_prefix("export ") {
                if let Some(list) = rest.strip_prefix('{') {
                    let list = list.trim_end().strip_suffix("};").ok_or_else(unknown)?;
                    for item in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                        let (local, exported) = item.split_once(" as ").unwrap_or((item, item));
                        module.exports.push((local.trim().into(), exported.trim().into()));
                    }
                    continue;
                }
                let name = ["function ", "class ", "const ", "let ", "async function "]
                    .iter()
                    .find_map(|k| rest.strip_prefix(k))
                    .and_then(|r| r.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$')).next())
                    .filter(|n| !n.is_empty())
                    .ok_or_else(unknown)?;
                module.exports.push((name.into(), name.into()));
                line = rest.to_string();
            }
            if line.contains("import.meta") || line.trim_start().starts_with("import ") || line.trim_start().starts_with("export ") {
                return Err(unknown());
            }
            module.body.push_str(&line);
            module.body.push('\n');
        }
        Ok(module)
    }

    fn exports_object(&self) -> String {
        let items: Vec<String> = self.exports.iter().map(|(local, exported)| format!("{exported}: {local}")).collect();
        format!("{{ {} }}", items.join(", "))
    }
}

fn import(rest: &str) -> Option<Import> {
    let (what, from) = rest.split_once(" from ")?;
    let from = from.trim().trim_end_matches(';').trim_matches('"').trim_matches('\'').to_string();
    if let Some(name) = what.trim().strip_prefix("* as ") {
        return Some(Import::Namespace(name.trim().into(), from));
    }
    let list = what.trim().strip_prefix('{')?.strip_suffix('}')?;
    Some(Import::Named(list.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(), from))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_module_becomes_a_function_body_with_its_exports() {
        let m = Module::read(
            "import { initSync } from \"./g.js\";\nexport const load = 1;\nexport function mount(a) {\n  return new URL('x', import.meta.url);\n}\nexport { initSync, __wbg_init as default };\n",
            "s.js",
        )
        .unwrap();
        assert_eq!(m.imports, vec![Import::Named(vec!["initSync".into()], "./g.js".into())]);
        assert_eq!(m.body, "const load = 1;\nfunction mount(a) {\n  return new URL('x', omkBase.href);\n}\n");
        assert_eq!(m.exports_object(), "{ load: load, mount: mount, initSync: initSync, default: __wbg_init }");
    }

    #[test]
    fn a_line_it_does_not_understand_fails_the_build_and_names_it() {
        let err = Module::read("let a = 1;\nexport default a;\n", "g.js").unwrap_err();
        assert!(err.contains("g.js:2") && err.contains("export default a;"), "{err}");
        assert!(Module::read("const m = import.meta.resolve('x');\n", "g.js").is_err(), "import.meta beyond url");
    }

    #[test]
    fn the_page_loads_the_classic_script_under_the_strict_policy() {
        let index = "<head>\n  <meta charset=\"utf-8\">\n  <link data-trunk rel=\"rust\" />\n  <link rel=\"stylesheet\" href=\"/page.css\" integrity=\"sha384-x\"/>\n  <script type=\"module\" src=\"omkering-loader.js\"></script>\n  <script type=\"module\" src=\"omkering-offline.js\"></script>\n</head>\n";
        let html = page(index).unwrap();
        assert!(html.contains("<script src=\"omkering-app.js\" defer></script>") && !html.contains("type=\"module\""), "{html}");
        assert!(html.contains("href=\"page.css\">") && !html.contains("integrity") && !html.contains("data-trunk"), "{html}");
        assert!(html.contains("Content-Security-Policy") && !html.contains("unsafe-inline"), "{html}");
        assert!(page("<head></head>").is_err());
    }
}
