//! Issue 30: the accessibility statement (`docs/toegankelijkheid.md`) stays true. It lists every
//! success criterion of WCAG 2.1 A and AA once, with one of four results; a criterion marked met
//! ("voldoet") names the tests that show it, and every test it names exists (its words are in a
//! test's title); a criterion not met is explained under "Bekende beperkingen".
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Every success criterion of WCAG 2.1 at levels A and AA.
const CRITERIA: [&str; 50] = [
    "1.1.1", "1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5", "1.3.1", "1.3.2", "1.3.3", "1.3.4", "1.3.5", "1.4.1", "1.4.2", "1.4.3",
    "1.4.4", "1.4.5", "1.4.10", "1.4.11", "1.4.12", "1.4.13", "2.1.1", "2.1.2", "2.1.4", "2.2.1", "2.2.2", "2.3.1", "2.4.1",
    "2.4.2", "2.4.3", "2.4.4", "2.4.5", "2.4.6", "2.4.7", "2.5.1", "2.5.2", "2.5.3", "2.5.4", "3.1.1", "3.1.2", "3.2.1", "3.2.2",
    "3.2.3", "3.2.4", "3.3.1", "3.3.2", "3.3.3", "3.3.4", "4.1.1", "4.1.2", "4.1.3",
];
const RESULTS: [&str; 4] = ["voldoet", "voldoet niet", "niet van toepassing", "niet onderzocht"];

/// The statement's rows: criterion, result, what it names as tests.
fn rows(text: &str) -> Vec<(String, String, String)> {
    text.lines()
        .filter(|l| l.starts_with("| ") && l.chars().nth(2).is_some_and(|c| c.is_ascii_digit()))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split(" | ").map(str::trim).collect();
            let number = cells[0].split_whitespace().next().unwrap_or_default().to_string();
            (number, cells.get(2).copied().unwrap_or_default().to_string(), cells.get(3).copied().unwrap_or_default().to_string())
        })
        .collect()
}

/// The `file: "words"` references of a cell.
fn references(cell: &str) -> Vec<(String, String)> {
    cell.split(';')
        .filter_map(|r| {
            let (file, words) = r.split_once(':')?;
            let words = words.trim().strip_prefix('"')?.strip_suffix('"')?;
            Some((file.trim().to_string(), words.to_string()))
        })
        .collect()
}

/// Whether a test whose title holds `words` is in `file` (under `tests/e2e/` or `tests/`).
fn test_exists(file: &str, words: &str) -> bool {
    let path = [Path::new(ROOT).join("tests/e2e").join(file), Path::new(ROOT).join("tests").join(file)].into_iter().find(|p| p.is_file());
    let Some(text) = path.and_then(|p| std::fs::read_to_string(p).ok()) else { return false };
    text.lines().map(|l| l.replace("\\'", "'")).any(|l| (l.contains("test(") || l.contains("fn ")) && l.contains(words))
}

#[test]
fn the_statement_gives_every_criterion_a_result_and_every_met_one_an_existing_test() {
    let text = std::fs::read_to_string(Path::new(ROOT).join("docs/toegankelijkheid.md")).expect("docs/toegankelijkheid.md");
    let rows = rows(&text);
    let numbers: Vec<&str> = rows.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(numbers, CRITERIA, "every criterion of WCAG 2.1 A and AA once, in order");
    let limits = &text[text.find("## Bekende beperkingen").expect("a section of known limitations")..];
    for (number, result, tests) in &rows {
        assert!(RESULTS.contains(&result.as_str()), "{number}: the result {result:?} is not one of {RESULTS:?}");
        match result.as_str() {
            "voldoet" => {
                let refs = references(tests);
                assert!(!refs.is_empty(), "{number} is marked met without a test that shows it");
                for (file, words) in refs {
                    assert!(test_exists(&file, &words), "{number} names a test that does not exist: {file}: {words:?}");
                }
            }
            "voldoet niet" => assert!(limits.contains(number.as_str()), "{number} is not met, and the known limitations do not say why"),
            _ => {}
        }
    }
}

#[test]
fn the_check_finds_a_missing_test() {
    assert!(test_exists("audit.spec.mjs", "status regions are on the page from the start"));
    assert!(!test_exists("audit.spec.mjs", "a test that was never written"));
    assert!(!test_exists("nowhere.spec.mjs", "status regions"));
    assert_eq!(references(r#"a.spec.mjs: "x y"; b.rs: "z""#), [("a.spec.mjs".into(), "x y".into()), ("b.rs".into(), "z".into())]);
}
