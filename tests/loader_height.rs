//! The range of the `height` attribute is written in the app (`HEIGHT_RANGE`, `Height::parse`)
//! and again in the loader (`assets/omkering-loader.js`, which reserves the height before the
//! wasm starts and is shipped as it is written), and named in the texts that tell web editors
//! the range. This fails when any of them says another range than the app.
#![cfg(not(target_arch = "wasm32"))]

use omkering::config::{Config, HEIGHT_RANGE};
use omkering::embedded::CONTENT;

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The bounds of the loader's check `n >= LOW && n <= HIGH`.
fn loader_range(js: &str) -> Option<(u16, u16)> {
    let (_, rest) = js.split_once("n >= ")?;
    let (low, rest) = rest.split_once(" && n <= ")?;
    let high: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((low.trim().parse().ok()?, high.parse().ok()?))
}

#[test]
fn the_loader_reserves_the_heights_the_app_takes() {
    let loader = read("assets/omkering-loader.js");
    assert_eq!(loader_range(&loader), Some(HEIGHT_RANGE), "assets/omkering-loader.js, fixedHeight");
    let (low, high) = HEIGHT_RANGE;
    assert!(loader.contains(&format!("{low} to {high} CSS pixels")), "the loader's comment");
    assert_eq!(loader_range("return n >= 200 && n <= 4000 ? n : null;"), Some((200, 4000)));
}

#[test]
fn the_texts_for_web_editors_name_the_same_range() {
    let (low, high) = HEIGHT_RANGE;
    let (_, warnings) = Config::from_attributes(&[("height".into(), "veel".into())], &CONTENT);
    assert!(warnings[0].to_string().contains(&format!("{low} to {high}")), "{warnings:?}");
    assert_eq!(read("configurator.html").matches(&format!("van {low} tot en met {high}")).count(), 2, "configurator.html: the label and the error");
    assert!(read("README.md").contains(&format!("a fixed height of {low} to {high} CSS pixels")), "README, the attribute table");
}
