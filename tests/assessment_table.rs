//! The self-assessment's table for Excel (`assessment::table`): one row per participant with the
//! points as named columns, the group means at the bottom, Dutch Excel's conventions, and no cell
//! that a spreadsheet would run as a formula.

use omkering::assessment::table::{self, Headers};
use omkering::assessment::{Group, Participant, Session};
use omkering::content::Lang;
use std::collections::BTreeMap;

const POINTS: [(&str, &str); 3] = [("a", "Punt A"), ("b", "Punt; B"), ("c", "Punt C")];
const NL: Headers = Headers { session: "Sessie", date: "Datum", group: "Groep", participant: "Deelnemer", mean: "Gemiddelde" };

fn person(name: &str, scores: &[(&str, u8)]) -> Participant {
    Participant { name: name.into(), scores: scores.iter().map(|(p, s)| (p.to_string(), *s)).collect::<BTreeMap<_, _>>() }
}

fn session() -> Session {
    Session {
        name: "Raad".into(),
        date: "2026-12-06".into(),
        groups: vec![
            Group { name: "Tafel 1".into(), participants: vec![person("Ans", &[("a", 4), ("b", 3), ("c", 2)]), person("Bas", &[("a", 3), ("c", 5)])] },
            Group { name: "=Tafel 2".into(), participants: vec![person("@Cor", &[("b", 1)]), person("Dirk", &[])] },
            Group { name: "Leeg".into(), participants: vec![] },
        ],
    }
}

fn lines(text: &str) -> Vec<&str> {
    text.strip_prefix('\u{feff}').expect("a byte order mark").strip_suffix("\r\n").expect("CRLF at the end").split("\r\n").collect()
}

#[test]
fn one_row_per_participant_with_the_points_by_name_and_the_means_below() {
    let text = table::write(&session(), &POINTS, &NL, Lang::Nl);
    assert!(!text.replace("\r\n", "").contains(['\n', '\r']), "CRLF only");
    assert_eq!(
        lines(&text),
        [
            "Sessie;Datum;Groep;Deelnemer;Punt A;\"Punt; B\";Punt C",
            "Raad;2026-12-06;Tafel 1;Ans;4;3;2",
            "Raad;2026-12-06;Tafel 1;Bas;3;;5",
            // Formula-safe: a name a spreadsheet would run gets an apostrophe.
            "Raad;2026-12-06;'=Tafel 2;'@Cor;;1;",
            // A participant without scores keeps an empty row: the table shows who did not score.
            "Raad;2026-12-06;'=Tafel 2;Dirk;;;",
            "",
            // Means with a decimal comma; a point nobody in the group scored stays empty; a group
            // without scores has no mean row.
            "Raad;2026-12-06;Tafel 1;Gemiddelde;3,5;3,0;3,5",
            "Raad;2026-12-06;'=Tafel 2;Gemiddelde;;1,0;",
        ]
    );
}

#[test]
fn in_english_the_headers_are_the_given_words_and_the_decimal_sign_a_point() {
    let en = Headers { session: "Session", date: "Date", group: "Group", participant: "Participant", mean: "Mean" };
    let text = table::write(&session(), &POINTS, &en, Lang::En);
    let rows = lines(&text);
    assert_eq!(rows[0], "Session;Date;Group;Participant;Punt A;\"Punt; B\";Punt C");
    assert_eq!(rows.last().copied(), Some("Raad;2026-12-06;'=Tafel 2;Mean;;1.0;"));
    assert_eq!(table::decimal(10.0 / 3.0, Lang::Nl), "3,3");
}

#[test]
fn an_empty_session_is_the_header_alone() {
    let text = table::write(&Session::default(), &POINTS, &NL, Lang::Nl);
    assert_eq!(lines(&text), ["Sessie;Datum;Groep;Deelnemer;Punt A;\"Punt; B\";Punt C"]);
}
