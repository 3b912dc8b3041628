//! The self-assessment core: means and bands, the CSV for Dutch Excel (round trip, and every kind
//! of bad file named with its line), and merging files from several devices.
#![cfg(not(target_arch = "wasm32"))]

use omkering::assessment::csv;
use omkering::assessment::{ImportError, Problem};
use omkering::assessment::{Participant, Session};
use omkering::embedded::CONTENT;

fn points() -> Vec<&'static str> {
    CONTENT.development_points.iter().map(|p| p.id.as_str()).collect()
}

fn person(name: &str, scores: &[u8]) -> Participant {
    let scores = points().iter().zip(scores).map(|(p, s)| (p.to_string(), *s)).collect();
    Participant { name: name.into(), scores }
}

fn session() -> Session {
    let mut s = Session { name: "Werksessie; \"VNG\" café".into(), date: "2026-11-23".into(), groups: Vec::new() };
    s.group_mut("groep A").participants.extend([person("Anne", &[1, 2, 3, 4, 5]), person("Bram", &[3, 2, 5, 4, 1])]);
    s.group_mut("na").participants.push(person("Chloé", &[5, 5, 4]));
    s
}

#[test]
fn a_group_has_a_mean_and_a_band_per_point() {
    let s = session();
    let stats = s.groups[0].stats(&points());
    let first = stats[0].expect("scored");
    assert_eq!((first.n, first.mean, first.min, first.max), (2, 2.0, 1, 3));
    assert_eq!(stats[4].map(|x| (x.min, x.max)), Some((1, 5)));
    // Nobody in "na" scored the last two points.
    assert!(s.groups[1].stats(&points())[4].is_none());
}

#[test]
fn the_csv_opens_in_dutch_excel_and_reads_back_exactly() {
    let s = session();
    let text = csv::write(&s, &points());
    assert!(text.starts_with('\u{feff}'), "UTF-8 with a byte order mark");
    let mut lines = text.trim_start_matches('\u{feff}').split("\r\n");
    assert_eq!(lines.next(), Some("session;date;group;participant;point;score"));
    assert_eq!(lines.next().map(|l| l.starts_with("\"Werksessie; \"\"VNG\"\" café\";2026-11-23;groep A;Anne;")), Some(true));
    assert_eq!(text.matches("\r\n").count(), 1 + 5 + 5 + 3);
    assert_eq!(csv::read(text.as_bytes(), &points()), Ok(s.clone()));
    // Without the byte order mark and with plain line ends it reads the same.
    let plain = text.trim_start_matches('\u{feff}').replace("\r\n", "\n");
    assert_eq!(csv::read(plain.as_bytes(), &points()), Ok(s));
}

#[test]
fn every_kind_of_bad_file_is_named_with_its_line() {
    let p = points();
    let err = |text: &str| csv::read(text.as_bytes(), &p).unwrap_err();
    let header = "session;date;group;participant;point;score\n";
    let row = |point: &str, score: &str| format!("S;2026-11-23;A;Anne;{point};{score}\n");
    assert_eq!(err(""), ImportError { line: 0, problem: Problem::Empty });
    assert_eq!(err(header), ImportError { line: 0, problem: Problem::Empty });
    assert_eq!(csv::read(&[0xef, 0xbb, 0xbf, b's', b'\n', 0xe9, b';'], &p).unwrap_err(), ImportError { line: 2, problem: Problem::NotUtf8 });
    assert_eq!(csv::read(&[0xff, 0xfe, b's', 0], &p).unwrap_err().problem, Problem::Utf16);
    assert_eq!(csv::read(&vec![b'a'; (1 << 20) + 1], &p).unwrap_err().problem, Problem::TooLarge);
    assert_eq!(err("naam,datum\n1,2\n"), ImportError { line: 1, problem: Problem::Header });
    assert_eq!(err(&format!("{header}S;2026;A;Anne;{}\n", p[0])), ImportError { line: 2, problem: Problem::Columns(5) });
    assert_eq!(err(&format!("{header}{}{}", row(p[0], "3"), row(p[1], "6"))), ImportError { line: 3, problem: Problem::Score("6".into()) });
    assert_eq!(err(&format!("{header}{}", row(p[0], "drie"))).problem, Problem::Score("drie".into()));
    assert_eq!(err(&format!("{header}{}", row(p[0], "0"))).problem, Problem::Score("0".into()));
    assert_eq!(err(&format!("{header}{}", row("onbekend", "3"))).problem, Problem::UnknownPoint("onbekend".into()));
    let dup = err(&format!("{header}{}{}", row(p[0], "3"), row(p[0], "4")));
    assert_eq!(dup.line, 3);
    assert!(matches!(dup.problem, Problem::Duplicate { ref participant, .. } if participant == "Anne"));
    assert_eq!(err(&format!("{header}{}T;2026-11-23;A;Bo;{};2\n", row(p[0], "3"), p[0])), ImportError { line: 3, problem: Problem::OtherSession });
    assert_eq!(err(&format!("{header}S;2026-11-23;;Anne;{};2\n", p[0])).problem, Problem::EmptyName);
    assert_eq!(err(&format!("{header}\"S;2026-11-23;A;Anne;{};2\n", p[0])), ImportError { line: 2, problem: Problem::Quote });
}

#[test]
fn merging_two_participants_files_gives_the_right_means_and_names_duplicates() {
    let p = points();
    let mut a = Session { name: "S".into(), date: "2026-11-23".into(), groups: Vec::new() };
    a.group_mut("voor").participants.push(person("Anne", &[2, 2, 2, 2, 2]));
    let mut b = a.clone();
    b.groups[0].participants[0] = person("Bram", &[4, 3, 2, 1, 5]);
    // Each file goes through CSV, as on two devices.
    let mut merged = csv::read(csv::write(&a, &p).as_bytes(), &p).unwrap();
    let other = csv::read(csv::write(&b, &p).as_bytes(), &p).unwrap();
    assert!(merged.merge(&other).is_empty());
    let means: Vec<f32> = merged.groups[0].stats(&p).iter().map(|s| s.unwrap().mean).collect();
    assert_eq!(means, vec![3.0, 2.5, 2.0, 1.5, 3.5]);
    // The same file again: every participant is a duplicate, and nothing changes.
    let before = merged.clone();
    assert_eq!(merged.merge(&other), vec![("voor".to_string(), "Bram".to_string())]);
    assert_eq!(merged, before);
}

#[test]
fn the_json_names_its_format_and_version_and_reads_back_exactly() {
    use omkering::assessment::json;
    let p = points();
    let s = session();
    let text = json::write(&s);
    assert!(text.contains("\"format\": \"omkering-zelfevaluatie\"") && text.contains("\"version\": 1"));
    assert_eq!(json::read(text.as_bytes(), &p), Ok(s.clone()));
    // CSV and JSON say the same, and `read` tells them apart by their first character.
    assert_eq!(csv::read(csv::write(&s, &p).as_bytes(), &p).ok(), json::read(text.as_bytes(), &p).ok());
    assert_eq!(omkering::assessment::read(text.as_bytes(), &p), Ok(s.clone()));
    assert_eq!(omkering::assessment::read(csv::write(&s, &p).as_bytes(), &p), Ok(s.clone()));
    let err = |t: &str| json::read(t.as_bytes(), &p).unwrap_err();
    let line_of = |needle: &str| 1 + text[..text.find(needle).unwrap()].matches('\n').count();
    assert_eq!(err("  ").problem, Problem::Empty);
    assert!(matches!(err("{\"format\": "), ImportError { line: 1, problem: Problem::Syntax(_) }));
    assert_eq!(err("{\"format\": \"iets anders\", \"version\": 1}").problem, Problem::Format("iets anders".into()));
    assert_eq!(err(&text.replace("\"version\": 1", "\"version\": 2")).problem, Problem::Version(2));
    // Rule breaks name the line of the participant.
    assert_eq!(err(&text.replacen(": 5", ": 9", 1)), ImportError { line: line_of("\"Anne\""), problem: Problem::Score("9".into()) });
    assert_eq!(err(&text.replacen(p[0], "onbekend", 1)).problem, Problem::UnknownPoint("onbekend".into()));
    let twice = text.replace("\"Bram\"", "\"Anne\"");
    let second = twice.match_indices("\"Anne\"").nth(1).unwrap().0;
    assert_eq!(err(&twice), ImportError { line: 1 + twice[..second].matches('\n').count(), problem: Problem::Duplicate { group: "groep A".into(), participant: "Anne".into() } });
    assert!(matches!(err(&text.replace("\"groups\"", "\"groepen\"")).problem, Problem::Syntax(_)), "an unknown field is named");
    assert_eq!(err(&text.replace("\"Bram\"", "\" \"")).problem, Problem::EmptyName);
}
