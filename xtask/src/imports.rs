//! Short names for the JavaScript functions the wasm module imports.
//!
//! **The gap it works around.** wasm-bindgen names each import after its Rust binding and a
//! 16-digit hash (`__wbg_setattribute_2f0b4a0d7c3e9f11`), and writes every name twice: in the
//! wasm's import section and as a key of the glue's import object. There are over 200 of them;
//! the hashes do not compress, and they were about 4 KB brotli of the start page (issue 23,
//! measured). After the build this renames each import of the glue's module to `_0`, `_1`, … in
//! both files. A name that the glue does not hold exactly once keeps its name.
//!
//! **The tests that fail when the upstream output changes**: the unit tests below; every
//! end-to-end test (the module would not instantiate with a name the glue lacks).

use crate::bundle::{io, read_text};
use std::fs;
use std::path::Path;

pub fn shorten(dist: &Path) -> Result<(), String> {
    let wasm_path = dist.join("omkering_bg.wasm");
    let js_path = dist.join("omkering.js");
    let wasm = fs::read(&wasm_path).map_err(|e| io(&wasm_path, e))?;
    let js = read_text(&js_path)?;
    let (wasm, js, count) = rename(&wasm, &js, "./omkering_bg.js")?;
    fs::write(&wasm_path, wasm).map_err(|e| io(&wasm_path, e))?;
    fs::write(&js_path, js).map_err(|e| io(&js_path, e))?;
    println!("    gave {count} imports of the wasm short names");
    Ok(())
}

fn leb(bytes: &[u8], at: &mut usize) -> Result<u32, String> {
    let (mut value, mut shift) = (0u32, 0);
    loop {
        let byte = *bytes.get(*at).ok_or("the wasm ends inside a number")?;
        *at += 1;
        value |= u32::from(byte & 0x7f) << shift;
        if byte < 0x80 {
            return Ok(value);
        }
        shift += 7;
        if shift > 28 {
            return Err("a number in the wasm is too long".into());
        }
    }
}

fn put_leb(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn name<'a>(bytes: &'a [u8], at: &mut usize) -> Result<&'a str, String> {
    let len = leb(bytes, at)? as usize;
    let s = bytes.get(*at..*at + len).ok_or("the wasm ends inside a name")?;
    *at += len;
    std::str::from_utf8(s).map_err(|_| "a name in the wasm is not UTF-8".into())
}

/// Skips an import's description (function, table, memory, global or tag).
fn skip_desc(bytes: &[u8], at: &mut usize) -> Result<(), String> {
    let kind = *bytes.get(*at).ok_or("the wasm ends inside an import")?;
    *at += 1;
    let limits = |at: &mut usize| -> Result<(), String> {
        let flags = *bytes.get(*at).ok_or("the wasm ends inside limits")?;
        *at += 1;
        leb(bytes, at)?;
        if flags & 1 != 0 {
            leb(bytes, at)?;
        }
        Ok(())
    };
    match kind {
        0x00 => leb(bytes, at).map(|_| ()),
        0x01 => {
            *at += 1;
            limits(at)
        }
        0x02 => limits(at),
        0x03 => {
            *at += 2;
            Ok(())
        }
        0x04 => {
            *at += 1;
            leb(bytes, at).map(|_| ())
        }
        other => Err(format!("an import of unknown kind {other:#x}")),
    }
}

/// Whether `name` stands in `js` exactly once as a whole word (not part of a longer name).
fn once(js: &str, name: &str) -> Option<usize> {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut found = None;
    for (i, _) in js.match_indices(name) {
        let before = js[..i].chars().next_back().is_some_and(word);
        let after = js[i + name.len()..].chars().next().is_some_and(word);
        if !before && !after {
            if found.is_some() {
                return None;
            }
            found = Some(i);
        }
    }
    found
}

/// The wasm and the glue with the imports of `module` renamed, and how many were.
fn rename(wasm: &[u8], js: &str, module: &str) -> Result<(Vec<u8>, String, usize), String> {
    if wasm.get(..8) != Some(&[0, b'a', b's', b'm', 1, 0, 0, 0][..]) {
        return Err("omkering_bg.wasm is not a wasm module".into());
    }
    let mut out = wasm[..8].to_vec();
    let mut at = 8;
    let mut js = js.to_string();
    let mut count = 0;
    while at < wasm.len() {
        let id = wasm[at];
        at += 1;
        let size = leb(wasm, &mut at)? as usize;
        let body = wasm.get(at..at + size).ok_or("the wasm ends inside a section")?;
        at += size;
        if id != 2 {
            out.push(id);
            put_leb(&mut out, size as u32);
            out.extend_from_slice(body);
            continue;
        }
        let mut section = Vec::new();
        let mut p = 0;
        let n = leb(body, &mut p)?;
        put_leb(&mut section, n);
        for _ in 0..n {
            let m = name(body, &mut p)?;
            let field = name(body, &mut p)?;
            let desc = p;
            skip_desc(body, &mut p)?;
            let mut new = field.to_string();
            if m == module {
                if let Some(i) = once(&js, field) {
                    new = format!("_{count:x}");
                    js.replace_range(i..i + field.len(), &new);
                    count += 1;
                }
            }
            for s in [m, new.as_str()] {
                put_leb(&mut section, s.len() as u32);
                section.extend_from_slice(s.as_bytes());
            }
            section.extend_from_slice(&body[desc..p]);
        }
        out.push(2);
        put_leb(&mut out, section.len() as u32);
        out.extend(section);
    }
    Ok((out, js, count))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two functions from "./g.js" and one from "env" (type 0: no params).
    fn module() -> Vec<u8> {
        let mut m = vec![0, b'a', b's', b'm', 1, 0, 0, 0];
        m.extend([1, 4, 1, 0x60, 0, 0]);
        let mut imports = vec![3];
        for (module, field) in [("./g.js", "__wbg_a_0123456789abcdef"), ("./g.js", "__wbg_twice_1"), ("env", "x")] {
            for s in [module, field] {
                imports.push(s.len() as u8);
                imports.extend(s.as_bytes());
            }
            imports.extend([0, 0]);
        }
        m.push(2);
        m.push(imports.len() as u8);
        m.extend(imports);
        m
    }

    #[test]
    fn renames_each_import_the_glue_names_once() {
        let js = "const i = { __wbg_a_0123456789abcdef: function() {}, __wbg_twice_1: f, x: g }; __wbg_twice_1;";
        let (wasm, js, count) = rename(&module(), js, "./g.js").unwrap();
        assert_eq!(count, 1);
        assert_eq!(js, "const i = { _0: function() {}, __wbg_twice_1: f, x: g }; __wbg_twice_1;");
        let text = String::from_utf8_lossy(&wasm);
        assert!(text.contains("_0") && !text.contains("0123456789abcdef"));
        assert!(text.contains("__wbg_twice_1") && text.contains("env"));
        // The section is still well formed: renaming again finds the short name.
        let (_, again, n) = rename(&wasm, &js, "./g.js").unwrap();
        assert_eq!((n, again.contains("_0")), (1, true));
    }

    #[test]
    fn a_longer_name_is_not_a_match() {
        assert_eq!(once("__wbg_a_1x: 1, __wbg_a_1: 2", "__wbg_a_1"), Some(15));
        assert_eq!(once("__wbg_a_1x", "__wbg_a_1"), None);
    }

    #[test]
    fn refuses_what_is_not_wasm() {
        assert!(rename(b"not wasm", "", "m").is_err());
    }
}
