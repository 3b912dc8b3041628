//! Issue 10, "Bad attributes and imported files": every attribute of the element with wrong values
//! (one warning that names it and its allowed values, and the default), session files that are
//! not a session (each a named problem with its line, and an import of it changes nothing the
//! browser keeps), and random bytes as a file or as the saved data (never a panic).
#![cfg(not(target_arch = "wasm32"))]

use omkering::assessment::problem::MAX_BYTES;
use omkering::assessment::store;
use omkering::assessment::workshop::{Action, Defaults, Opened, Report, Saving, Workshop};
use omkering::assessment::{self, csv, json, ImportError, Problem, Session};
use omkering::config::{Config, ATTRIBUTES};
use omkering::content::Lang;
use omkering::embedded::CONTENT;
use proptest::prelude::*;

/// One attribute: values it takes (other than its default), its default written out, wrong values.
struct Row { name: &'static str, good: Vec<String>, default: &'static [&'static str], bad: Vec<String> }

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| v.to_string()).collect()
}

/// Wrong for every attribute: empty, spaces, script, very long, a control character, unicode.
fn wrong_everywhere() -> Vec<String> {
    let mut v = strings(&["", " \t\n ", "<img src=x onerror=alert(1)>", "\"><script>alert(1)</script>", "javascript:alert(1)", "\u{0}", "\u{202e}🙂"]);
    v.push("x".repeat(10_000));
    v
}

fn rows() -> Vec<Row> {
    let theme = CONTENT.themes[0].id.as_str();
    let row = |name: &'static str, good: &[&str], default: &'static [&'static str], bad: &[&str]| Row { name, good: strings(good), default, bad: strings(bad) };
    let mut rows = vec![
        row("view", &["/context", "/omkering/stap/1", &format!("/themes/{theme}"), " #/development "], &["/", "#/"], &["/OMKERING", "/nergens", "/ömkering", "/42", "/%zz", "/%C0%AF", "?lang=fr"]),
        row("lang", &["en", "EN", " en "], &["nl", "NL"], &["NLD", "nl-NL", "english", "fr", "0", "ñl", "e n"]),
        row("heading-level", &["1", "3", " 6 "], &["2"], &["0", "7", "-1", "256", "2.0", "h2", "\u{ff11}", "1e0", "99999999999", "+3", "03"]),
        row("url-sync", &["hash", "HASH", " hash "], &["none", "NONE"], &["history", "hash,none", "true", "1", "háśh", "hash!"]),
        row("height", &["240", "4000px", "600PX", " 600 "], &["auto", "AUTO"], &["0", "239", "4001", "65536", "600 px", "-600", "60vh", "50%", "auto px", "\u{666}\u{660}\u{660}", "600.5"]),
        row("theme", &["contrast", "CONTRAST"], &["default"], &["dark", "high-contrast", "contrâst", "0", "default contrast"]),
        row("present-button", &["hide", "HIDE", " hide "], &["show"], &["true", "false", "yes", "no", "1", "0", "shown", "hidden"]),
        row("public-url", &["https://www.vng.nl/omkering", "http://localhost:8080/x", "https://vng.nl/ömkering", "HTTPS://VNG.NL"], &[], &["www.vng.nl", "//vng.nl", "ftp://vng.nl", "https://", "https://a b", "http://x\u{7}", "https:///", "https://x/\"><script>alert(1)</script>", "https://\u{202e}lp.gnv", "https://vng.nl@evil.example/", "https://vng.nl/a\u{200b}b", "https://vng.nl/{x}"]),
        row("standalone", &["", "standalone", "STANDALONE", " standalone "], &[], &["true", "false", "yes", "1", "hash", "standalone standalone"]),
    ];
    rows[0].bad.push("/".repeat(omkering::route::MAX_LEN + 1));
    rows[7].bad.push(format!("https://vng.nl/{}", "a".repeat(240)));
    for r in &mut rows {
        // An empty `view` is the start view, an empty `standalone` the attribute without a value.
        r.bad.extend(wrong_everywhere().into_iter().filter(|v| !["view", "standalone"].contains(&r.name) || !v.trim().is_empty()));
    }
    rows
}

fn sorted<'a>(names: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut v: Vec<&str> = names.collect();
    v.sort_unstable();
    v
}

fn config(pairs: &[(&str, &str)]) -> (Config, Vec<omkering::config::Warning>) {
    let attrs: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    Config::from_attributes(&attrs, &CONTENT)
}

#[test]
fn every_attribute_has_a_row_here_and_in_the_readme_and_in_the_unknown_attribute_warning() {
    let known = sorted(ATTRIBUTES.iter().map(|(n, _)| *n));
    assert_eq!(sorted(rows().iter().map(|r| r.name)), known, "an attribute without wrong values tested here");
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md");
    let table: Vec<Vec<&str>> = readme.lines().filter(|l| l.starts_with("| `")).map(|l| l.split(" | ").map(|c| c.trim_matches(['|', ' ', '`'])).collect()).collect();
    assert_eq!(sorted(table.iter().map(|cells| cells[0])), known, "README's attribute table");
    // The README's default of each attribute, written out, is the default, without a warning.
    let (default, _) = config(&[]);
    for cells in table.iter().filter(|c| c[2] != "none") {
        assert_eq!(config(&[(cells[0], cells[2])]), (default, vec![]), "{}={}", cells[0], cells[2]);
    }
    let (_, warnings) = config(&[("colour", "red")]);
    assert!(known.iter().all(|n| warnings[0].allowed.contains(n)), "{}", warnings[0].allowed);
}

#[test]
fn every_wrong_value_of_every_attribute_warns_with_its_allowed_values_and_keeps_the_default() {
    let (default, _) = config(&[]);
    for row in rows() {
        let allowed = ATTRIBUTES.iter().find(|(n, _)| *n == row.name).map(|(_, a)| *a).unwrap();
        assert!(!allowed.is_empty());
        for value in &row.good {
            let (c, w) = config(&[(row.name, value)]);
            assert!(w.is_empty() && c != default, "{}={value:?}: {w:?}", row.name);
        }
        for value in row.default {
            assert_eq!(config(&[(row.name, value)]), (default, vec![]), "{}={value:?}", row.name);
        }
        for value in &row.bad {
            let (c, w) = config(&[(row.name, value)]);
            let short: String = value.chars().take(40).collect();
            assert_eq!(w.len(), 1, "{}={short:?}: {w:?}", row.name);
            assert_eq!((w[0].attribute.as_str(), w[0].value.as_str(), w[0].allowed), (row.name, value.trim(), allowed));
            let text = w[0].to_string();
            assert!(text.contains(&format!("attribute {}=\"", row.name)) && text.contains(&format!("allowed: {allowed}.")), "{text}");
            assert!(text.chars().count() <= allowed.len() + 200, "the console line stays short: {}", text.len());
            // The default, except that a wrong view is named in a notice.
            assert_eq!(Config { start_problem: None, ..c }, default, "{}={short:?}", row.name);
            assert_eq!(c.start_problem.is_some(), row.name == "view", "{}={short:?}", row.name);
        }
    }
    // All wrong at once: one warning each, and still the defaults.
    let all: Vec<(&str, String)> = rows().into_iter().map(|r| (r.name, r.bad[0].clone())).collect();
    let (c, w) = config(&all.iter().map(|(n, v)| (*n, v.as_str())).collect::<Vec<_>>());
    assert_eq!(sorted(w.iter().map(|w| w.attribute.as_str())), sorted(all.iter().map(|(n, _)| *n)));
    assert_eq!(Config { start_problem: None, ..c }, default);
}

fn points() -> Vec<&'static str> {
    CONTENT.development_points.iter().map(|p| p.id.as_str()).collect()
}

/// The JSON of a session of two groups over several lines (`json::write` writes it pretty).
fn session_json() -> String {
    let p = points();
    let mut s = Session { name: "Raadsavond".into(), date: "2026-11-24".into(), groups: Vec::new() };
    for (group, name, score) in [("voor", "Anne", 2), ("voor", "Bram", 3), ("na", "Chloé", 5)] {
        let scores = p.iter().map(|x| (x.to_string(), score)).collect();
        s.group_mut(group).participants.push(assessment::Participant { name: name.into(), scores });
    }
    json::write(&s)
}

/// The 1-based line of the first `needle` in `text`.
fn line(text: &str, needle: &str) -> usize {
    1 + text[..text.find(needle).expect(needle)].matches('\n').count()
}

fn utf16(text: &str, bom: &[u8], be: bool) -> Vec<u8> {
    bom.iter().copied().chain(text.encode_utf16().flat_map(|u| if be { u.to_be_bytes() } else { u.to_le_bytes() })).collect()
}

/// Files that are not a session, each with the problem and line it must be named with (`None`:
/// any problem, where the current one is beside the point).
fn bad_files() -> Vec<(&'static str, Vec<u8>, usize, Option<Problem>)> {
    let (p, json) = (points(), session_json());
    let syntax = Some(Problem::Syntax(omkering::assessment::problem::Syntax::NotJson));
    let padded = |text: &str, to: usize| [text.as_bytes(), &vec![b' '; to - text.len()]].concat();
    let compact = |session: &str| format!(r#"{{"format":"omkering-zelfevaluatie","version":1,"session":{session}}}"#);
    let score_line = line(&json, ": 2");
    let cut = &json[..(0..json.len() / 2).rev().find(|i| json.is_char_boundary(*i)).unwrap_or(0)];
    let header = "session;date;group;participant;point;score\r\n";
    let row = |score: &str| format!("S;2026-11-24;A;Anne;{};{score}\r\n", p[0]);
    let mut files = vec![
        ("json empty", b"\xef\xbb\xbf \r\n".to_vec(), 0, Some(Problem::Empty)),
        ("json {}", b"{}".to_vec(), 0, Some(Problem::Format(String::new()))),
        ("json too large", padded(&json, MAX_BYTES + 1), 0, Some(Problem::TooLarge)),
        ("json array", format!("[{json}]").into_bytes(), 1, None),
        ("json cut", cut.as_bytes().to_vec(), 1 + cut.matches('\n').count(), syntax.clone()),
        ("json after the end", format!("{json}\n{{}}").into_bytes(), 2 + json.matches('\n').count(), syntax.clone()),
        ("json groups renamed", json.replace("\"groups\"", "\"groepen\"").into_bytes(), line(&json, "\"groups\""), syntax.clone()),
        ("json groups an object", compact(r#"{"name":"S","date":"d","groups":{}}"#).into_bytes(), 1, syntax.clone()),
        ("json no date", compact(r#"{"name":"S","groups":[]}"#).into_bytes(), 1, syntax.clone()),
        ("json scores a list", compact(r#"{"name":"S","date":"d","groups":[{"name":"A","participants":[{"name":"B","scores":[3]}]}]}"#).into_bytes(), 1, syntax.clone()),
        ("json name twice", json.replacen("\"name\": \"Anne\"", "\"name\": \"Anne\", \"name\": \"Bo\"", 1).into_bytes(), line(&json, "Anne"), syntax.clone()),
        ("json deep", format!(r#"{{"x": {}"#, "[".repeat(200_000)).into_bytes(), 1, syntax.clone()),
        ("json lone surrogate", json.replace("Bram", "\\ud800").into_bytes(), line(&json, "Bram"), syntax.clone()),
        ("json storage format", json.replace("omkering-zelfevaluatie", "omkering-opslag").into_bytes(), 0, Some(Problem::Format("omkering-opslag".into()))),
        ("json no format", json.replace("\"format\": \"omkering-zelfevaluatie\",", "").into_bytes(), 0, Some(Problem::Format(String::new()))),
        ("json version 2", json.replace("\"version\": 1", "\"version\": 2").into_bytes(), 0, Some(Problem::Version(2))),
        ("json no version", json.replace("\"version\": 1,", "").into_bytes(), 0, Some(Problem::Version(0))),
        ("json version text", json.replace("\"version\": 1", "\"version\": \"1\"").into_bytes(), line(&json, "\"version\""), syntax.clone()),
        ("json version -1", json.replace("\"version\": 1", "\"version\": -1").into_bytes(), line(&json, "\"version\""), syntax.clone()),
        ("json windows-1252", json.replace('é', "\u{1}").bytes().map(|b| if b == 1 { 0xe9 } else { b }).collect(), line(&json, "Chlo"), Some(Problem::NotUtf8)),
        ("json utf-16 le", utf16(&json, &[0xff, 0xfe], false), 1, Some(Problem::Utf16)),
        ("json utf-16 be", utf16(&json, &[0xfe, 0xff], true), 1, Some(Problem::Utf16)),
        // Without a byte order mark: not UTF-8 where the first letter beyond ASCII is.
        ("json utf-16 without bom", utf16(&json, &[], false), line(&json, "Chlo"), Some(Problem::NotUtf8)),
        ("json score 0", json.replacen(": 2", ": 0", 1).into_bytes(), line(&json, "Anne"), Some(Problem::Score("0".into()))),
        ("json score 255", json.replacen(": 2", ": 255", 1).into_bytes(), line(&json, "Anne"), Some(Problem::Score("255".into()))),
        ("csv bom only", b"\xef\xbb\xbf".to_vec(), 0, Some(Problem::Empty)),
        ("csv too large", padded(&format!("{header}{}", row("3")), MAX_BYTES + 1), 0, Some(Problem::TooLarge)),
        ("csv english excel", header.replace(';', ",").into_bytes(), 1, Some(Problem::Header)),
        ("csv header in another order", "date;session;group;participant;point;score\n".into(), 1, Some(Problem::Header)),
        ("csv seven columns", format!("{header}{}", row("3;x")).into_bytes(), 2, Some(Problem::Columns(7))),
        ("csv commas in the rows", format!("{header}{}", row("3").replace(';', ",")).into_bytes(), 2, Some(Problem::Columns(1))),
        ("csv utf-16 be", utf16(header, &[0xfe, 0xff], true), 1, Some(Problem::Utf16)),
        ("csv utf-16 without bom", utf16(header, &[], false), 1, None),
        ("csv windows-1252 header", b"s\xe9ssion;date\n".to_vec(), 1, Some(Problem::NotUtf8)),
        ("csv a name over two lines, then a bad score", format!("{header}S;2026-11-24;A;\"Anne\nvan Dijk\";{};3\r\n{}", p[0], row("9")).into_bytes(), 4, Some(Problem::Score("9".into()))),
    ];
    for (score, label) in [("-1", "csv score -1"), ("3,0", "csv score 3,0"), ("3.5", "csv score 3.5"), ("256", "csv score 256"), ("", "csv score empty"), ("\u{663}", "csv arabic 3")] {
        files.push((label, format!("{header}{}{}", row("3").replace("Anne", "Bo"), row(score)).into_bytes(), 3, Some(Problem::Score(score.into()))));
    }
    for bad in ["3.5", "-1", "256", "\"3\"", "null"] {
        files.push(("json score of another type", json.replacen(": 2", &format!(": {bad}"), 1).into_bytes(), score_line, syntax.clone()));
    }
    files
}

/// Whether `e` is the problem `want` (any syntax error for `Syntax`, anything for `None`) on `at`.
fn named(e: &ImportError, at: usize, want: &Option<Problem>) -> bool {
    e.line == at && want.as_ref().is_none_or(|w| matches!((w, &e.problem), (Problem::Syntax(_), Problem::Syntax(_))) || *w == e.problem)
}

#[test]
fn every_bad_session_file_is_named_with_its_problem_and_line() {
    let p = points();
    for (label, bytes, at, want) in bad_files() {
        let e = assessment::read(&bytes, &p).expect_err(label);
        assert!(named(&e, at, &want), "{label}: {e:?}, want {want:?} on line {at}");
        for lang in Lang::ALL {
            let message = e.message(&CONTENT.views.assessment_view.problems, lang);
            assert!(!message.is_empty() && (at == 0 || message.contains(&at.to_string())), "{label}: {message}");
        }
    }
    // Up to the limit a file is read: padded to exactly MAX_BYTES, both formats still read.
    let text = session_json();
    let padded = [text.as_bytes(), &vec![b'\n'; MAX_BYTES - text.len()]].concat();
    let session = assessment::read(&padded, &p).expect("JSON of MAX_BYTES");
    let csv_text = csv::write(&session, &p);
    let padded = [csv_text.as_bytes(), &vec![b'\n'; MAX_BYTES - csv_text.len()]].concat();
    assert_eq!(assessment::read(&padded, &p), Ok(session.clone()), "CSV of MAX_BYTES");
    // One group's rows need not be together in a CSV file.
    let rows: Vec<&str> = csv_text.split_inclusive("\r\n").collect();
    let mixed: String = [rows[0], rows[rows.len() - 1]].into_iter().chain(rows[1..rows.len() - 1].iter().copied()).collect();
    assert_eq!(assessment::read(mixed.as_bytes(), &p).map(|s| s.groups.len()), Ok(2));
}

fn defaults() -> Defaults {
    Defaults { date: "2026-11-24".into(), group: "Groep 1".into(), participant: "Deelnemer 1".into(), points: points() }
}

#[test]
fn an_import_that_fails_changes_nothing_the_browser_keeps() {
    let (p, d) = (points(), defaults());
    let mut w = Workshop::open(Opened::Nothing, &p, &d);
    w.apply(Action::Import { file: "a.json".into(), result: assessment::read(session_json().as_bytes(), &p), merge: true }, &d);
    w.apply(Action::SelectGroup(1), &d);
    w.apply(Action::ToggleGroup(0), &d);
    assert!(w.has_scores() && w.group == 1 && w.hidden.len() == 1, "{w:?}");
    let saved = store::encode(&w);
    for (label, bytes, _, _) in bad_files() {
        for merge in [true, false] {
            let mut after = w.clone();
            let result = assessment::read(&bytes, &p);
            let error = result.clone().expect_err(label);
            after.apply(Action::Import { file: label.into(), result, merge }, &d);
            assert_eq!(store::encode(&after), saved, "{label}, merge {merge}");
            assert_eq!((&after.session, after.group, &after.hidden, &after.pending), (&w.session, w.group, &w.hidden, &None), "{label}");
            assert_eq!(after.report, Some(Report::Refused { file: label.into(), error }));
        }
    }
}

#[test]
fn a_json_group_named_twice_is_one_group_and_a_file_without_scores_is_empty() {
    let p = points();
    // Two entries "voor": one group, as in CSV; Anne in both is Anne twice in that group.
    let twice = session_json().replace("\"na\"", "\"voor\"").replace("Chloé", "Anne");
    let err = assessment::read(twice.as_bytes(), &p).unwrap_err();
    assert_eq!(err.problem, Problem::Duplicate { group: "voor".into(), participant: "Anne".into() });
    let merged = assessment::read(session_json().replace("\"na\"", "\"voor\"").as_bytes(), &p).expect("one group");
    assert_eq!(merged.groups.len(), 1);
    assert_eq!(merged.groups[0].participants.iter().map(|x| x.name.as_str()).collect::<Vec<_>>(), ["Anne", "Bram", "Chloé"]);
    // No groups, or groups without scores: nothing to import, as a CSV file with only its header.
    let mut empty = Session { name: "Raadsavond".into(), date: "2026-11-24".into(), groups: Vec::new() };
    assert_eq!(assessment::read(json::write(&empty).as_bytes(), &p).unwrap_err(), ImportError { line: 0, problem: Problem::Empty });
    empty.group_mut("voor").participants.push(assessment::Participant { name: "Anne".into(), scores: Default::default() });
    assert_eq!(assessment::read(json::write(&empty).as_bytes(), &p).unwrap_err().problem, Problem::Empty);
}

/// Whether a session that was read keeps the rules: names, known points, scores 1 to 5, no
/// participant twice in a group.
fn keeps_the_rules(s: &Session, p: &[&str]) -> bool {
    s.groups.iter().all(|g| {
        !g.name.trim().is_empty()
            && g.participants.iter().enumerate().all(|(i, x)| {
                !x.name.trim().is_empty()
                    && !g.participants[..i].iter().any(|y| y.name == x.name)
                    && x.scores.iter().all(|(k, v)| p.contains(&k.as_str()) && (1..=5).contains(v))
            })
    })
}

/// Random bytes; a CSV of random rows; a session's JSON or CSV with a few bytes changed.
fn file_bytes() -> impl Strategy<Value = Vec<u8>> {
    let p = points();
    let field = prop::sample::select(vec!["S", "2026-11-24", "A", "B", "\"A;B\"", "\"x\"\"y\"", "\"a\nb\"", " ", "", "3", "5", "0", "x", "é", p[0], p[1], "\"", "\r"]);
    let csv_rows = prop::collection::vec(prop::collection::vec(field, 0..8).prop_map(|r| r.join(";")), 0..12)
        .prop_map(|rows| format!("session;date;group;participant;point;score\n{}", rows.join("\n")).into_bytes());
    let json = session_json();
    let csv = csv::write(&assessment::read(json.as_bytes(), &p).expect("the session"), &p);
    let byte = prop_oneof![3 => prop::sample::select(&b";\"\n\r{}[],:0123456789 aA\\"[..]), 1 => any::<u8>()];
    let edits = prop::collection::vec((any::<prop::sample::Index>(), byte, 0..3u8), 0..5);
    let mutated = (prop::sample::select(vec![json, csv]), edits).prop_map(|(text, edits)| {
        let mut bytes = text.into_bytes();
        for (at, byte, kind) in edits {
            let i = at.index(bytes.len());
            match kind {
                0 => bytes[i] = byte,
                1 => bytes.insert(i, byte),
                _ => _ = bytes.remove(i),
            }
        }
        bytes
    });
    prop_oneof![1 => prop::collection::vec(any::<u8>(), 0..2000), 1 => csv_rows, 2 => mutated]
}

proptest! {
    // `OMKERING_PROPTEST_SCALE=20` runs twenty times as many cases (README, "Reliability").
    #![proptest_config(ProptestConfig::with_cases(3000 * std::env::var("OMKERING_PROPTEST_SCALE").ok().and_then(|s| s.parse().ok()).unwrap_or(1u32)))]

    #[test]
    fn random_bytes_as_a_file_or_saved_data_never_panic_and_read_or_name_a_line(bytes in file_bytes()) {
        let p = points();
        let lines = 1 + bytes.iter().filter(|b| **b == b'\n').count();
        for (reader, result) in [("csv", csv::read(&bytes, &p)), ("json", json::read(&bytes, &p)), ("either", assessment::read(&bytes, &p))] {
            match result {
                Ok(s) => {
                    prop_assert!(keeps_the_rules(&s, &p), "{}: {:?}", reader, s);
                    prop_assert_eq!(json::read(json::write(&s).as_bytes(), &p), Ok(s.clone()));
                    if reader == "csv" {
                        prop_assert_eq!(csv::read(csv::write(&s, &p).as_bytes(), &p), Ok(s));
                    }
                }
                Err(e) => prop_assert!(e.line <= lines, "{}: line {} of {}", reader, e.line, lines),
            }
        }
        let w = Workshop::open(Opened::Text(String::from_utf8_lossy(&bytes).into_owned()), &p, &defaults());
        prop_assert!(matches!(w.saving, Saving::On) || (matches!(w.saving, Saving::Held(_)) && !w.saves()));
    }
}
