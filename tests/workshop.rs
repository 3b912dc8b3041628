//! The facilitator's working state: scoring, groups and participants, saving and the saved data,
//! imports that merge or wait for confirmation, and the chart drawn from it (bands and the SVG
//! download).
#![cfg(not(target_arch = "wasm32"))]

use omkering::assessment::store::{self, KEY};
use omkering::assessment::workshop::{Action, Defaults, Opened, Pending, Report, Saving, Workshop};
use omkering::assessment::{csv, json, ImportError, Problem, Session};
use omkering::embedded::CONTENT;

fn points() -> Vec<&'static str> {
    CONTENT.development_points.iter().map(|p| p.id.as_str()).collect()
}

fn defaults() -> Defaults {
    Defaults { date: "2026-11-24".into(), group: "Groep 1".into(), participant: "Deelnemer 1".into(), points: points() }
}

fn score(w: &mut Workshop, scores: &[u8]) {
    for (p, s) in points().iter().zip(scores) {
        w.apply(Action::Score { point: p.to_string(), score: *s }, &defaults());
    }
}

/// A workshop with two groups: "voor" (Anne 2 2 2 2 2, Bram 4 3 2 1 5) and "na" (Anne 5 4 3 4 5).
fn workshop() -> Workshop {
    let d = defaults();
    let mut w = Workshop::open(Opened::Nothing, &points(), &d);
    w.apply(Action::Rename("Raadsavond".into()), &d);
    w.apply(Action::AddGroup("voor".into()), &d);
    w.apply(Action::AddParticipant("Anne".into()), &d);
    score(&mut w, &[2, 2, 2, 2, 2]);
    w.apply(Action::AddParticipant("Bram".into()), &d);
    score(&mut w, &[4, 3, 2, 1, 5]);
    w.apply(Action::AddGroup("na".into()), &d);
    w.apply(Action::AddParticipant("Anne".into()), &d);
    score(&mut w, &[5, 4, 3, 4, 5]);
    w
}

#[test]
fn scores_go_to_the_current_participant_and_groups_keep_apart() {
    let w = workshop();
    assert_eq!(w.session.groups.iter().map(|g| g.name.as_str()).collect::<Vec<_>>(), ["Groep 1", "voor", "na"]);
    // A new group starts with the default participant; the first name given takes its place.
    assert_eq!(w.session.groups[0].participants[0].name, "Deelnemer 1");
    assert_eq!(w.session.groups[1].participants.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Anne", "Bram"]);
    assert_eq!(w.current().map(|p| p.name.as_str()), Some("Anne"));
    assert_eq!(w.current().unwrap().scores[points()[1]], 4);
    let means: Vec<f32> = w.session.groups[1].stats(&points()).iter().map(|s| s.unwrap().mean).collect();
    assert_eq!(means, [3.0, 2.5, 2.0, 1.5, 3.5]);
    // The empty first group is not drawn; hiding "voor" leaves "na".
    assert_eq!(w.shown().map(|(i, _)| i).collect::<Vec<_>>(), [1, 2]);
    let mut w = w;
    w.apply(Action::ToggleGroup(1), &defaults());
    assert_eq!(w.shown().map(|(i, _)| i).collect::<Vec<_>>(), [2]);
    w.apply(Action::ToggleGroup(1), &defaults());
    assert_eq!(w.shown().count(), 2);
    // A score of 0 takes the score away; a name that is there opens it instead of a copy.
    w.apply(Action::Score { point: points()[0].into(), score: 0 }, &defaults());
    assert!(!w.current().unwrap().scores.contains_key(points()[0]));
    w.apply(Action::AddGroup(" voor ".into()), &defaults());
    assert_eq!((w.group, w.session.groups.len()), (1, 3));
    assert_eq!(Workshop::free_name(["Deelnemer 1".to_string(), "Deelnemer 3".to_string()].into_iter(), "Deelnemer {n}"), "Deelnemer 2");
}

#[test]
fn the_saved_data_comes_back_exactly_and_bad_data_is_held_not_overwritten() {
    let p = points();
    let w = workshop();
    let text = store::encode(&w);
    assert_eq!(KEY, "omkering");
    let back = Workshop::open(Opened::Text(text.clone()), &p, &defaults());
    assert_eq!((back.session.clone(), back.group, back.participant, back.saving.clone()), (w.session.clone(), 2, 0, Saving::On));
    // Another version, broken JSON, a score out of range: a new session that does not save.
    for (bad, problem) in [
        (text.replace("\"version\":2", "\"version\":0"), Problem::Version(0)),
        (text.replace("\"version\":2", "\"version\":3"), Problem::Version(3)),
        (text[..text.len() / 2].to_string(), Problem::Syntax(omkering::assessment::problem::Syntax::EndsEarly)),
        (text.replacen(":5", ":7", 1), Problem::Score("7".into())),
        (json::write(&w.session), Problem::Format("omkering-zelfevaluatie".into())),
    ] {
        let mut held = Workshop::open(Opened::Text(bad.clone()), &p, &defaults());
        match &held.saving {
            Saving::Held(ImportError { problem: Problem::Syntax(_), line }) => assert!(matches!(problem, Problem::Syntax(_)) && *line == 1),
            Saving::Held(e) => assert_eq!(e.problem, problem),
            other => panic!("{other:?}"),
        }
        assert!(!held.saves(), "unreadable saved data is not overwritten");
        score(&mut held, &[3]);
        assert!(!held.saves());
        held.apply(Action::Discard, &defaults());
        assert!(!held.saves(), "only after the yes");
        held.apply(Action::Confirm, &defaults());
        assert!(held.saves());
    }
    let blocked = Workshop::open(Opened::Unavailable, &p, &defaults());
    assert_eq!((blocked.saving.clone(), blocked.saves()), (Saving::Unavailable, false));
    let mut full = workshop();
    full.apply(Action::SaveFailed, &defaults());
    assert!(full.saves(), "a full storage is tried again");
    full.apply(Action::Saved, &defaults());
    assert_eq!(full.saving, Saving::On);
}

#[test]
fn an_import_merges_or_waits_for_a_yes_before_it_replaces() {
    let p = points();
    let d = defaults();
    let w = workshop();
    let file = csv::read(csv::write(&w.session, &p).as_bytes(), &p);
    // Into a session without scores: taken as it is.
    let mut fresh = Workshop::open(Opened::Nothing, &p, &d);
    fresh.apply(Action::Import { file: "a.csv".into(), result: file.clone(), merge: true }, &d);
    assert_eq!(fresh.session, Session { groups: w.session.groups[1..].to_vec(), ..w.session.clone() });
    assert_eq!(fresh.report, Some(Report::Replaced { file: "a.csv".into() }));
    // Merged again: every participant is a duplicate, nothing changes.
    let before = fresh.session.clone();
    fresh.apply(Action::Import { file: "a.csv".into(), result: file.clone(), merge: true }, &d);
    assert_eq!(fresh.session, before);
    assert!(matches!(&fresh.report, Some(Report::Merged { added: 0, duplicates, .. }) if duplicates.len() == 3));
    // Replacing a session with scores waits; cancel keeps it, confirm replaces.
    let mut other = Session { name: "Ander".into(), date: "2026-12-01".into(), groups: Vec::new() };
    other.group_mut("x").participants.push(omkering::assessment::Participant { name: "Z".into(), ..Default::default() });
    let mut busy = workshop();
    busy.apply(Action::Import { file: "b.json".into(), result: Ok(other.clone()), merge: false }, &d);
    assert!(matches!(busy.pending, Some(Pending::Replace { .. })));
    assert_eq!(busy.session, workshop().session);
    busy.apply(Action::Cancel, &d);
    assert_eq!((busy.pending.clone(), busy.session.clone()), (None, workshop().session));
    busy.apply(Action::Import { file: "b.json".into(), result: Ok(other.clone()), merge: false }, &d);
    busy.apply(Action::Confirm, &d);
    assert_eq!(busy.session, other);
    // A bad file is named and changes nothing.
    let mut kept = workshop();
    let error = ImportError { line: 3, problem: Problem::Score("6".into()) };
    kept.apply(Action::Import { file: "c.csv".into(), result: Err(error.clone()), merge: true }, &d);
    assert_eq!((kept.session.clone(), kept.report.clone()), (workshop().session, Some(Report::Refused { file: "c.csv".into(), error })));
    // Reset and removing a participant wait for the yes too.
    kept.apply(Action::Reset, &d);
    assert_eq!(kept.session, workshop().session);
    kept.apply(Action::Confirm, &d);
    assert_eq!(kept.session, Workshop::open(Opened::Nothing, &p, &d).session);
    let mut one = workshop();
    one.apply(Action::RemoveParticipant, &d);
    assert_eq!(one.session.groups[2].participants.len(), 1);
    one.apply(Action::Confirm, &d);
    assert_eq!(one.session.groups[2].participants[0].name, "Deelnemer 1", "a group keeps one participant to score");
}

#[test]
fn the_chart_draws_a_band_per_group_and_downloads_as_a_standalone_svg() {
    use omkering::content::Lang;
    use omkering::diagram::radar::Radar;
    use omkering::diagram::radar_chart::{band, decimal, export_svg, mean, ExportTexts, Series};
    let p = points();
    let w = workshop();
    let labels: Vec<&str> = CONTENT.development_points.iter().map(|x| x.name.get(Lang::Nl)).collect();
    let radar = Radar::new(600.0, 15.0, &labels);
    let stats = w.session.groups[1].stats(&p);
    assert_eq!(mean(&radar, &stats)[0], radar.point(0, 3.0));
    // The band runs around the highest scores with the lowest cut out: two closed paths.
    let d = band(&radar, &stats);
    assert_eq!(d.matches('M').count(), 2);
    assert_eq!(d.matches('Z').count(), 2);
    let top = radar.point(0, 4.0);
    assert!(d.starts_with(&format!("M{},{}", omkering::diagram::geometry::svg_number(top.x), omkering::diagram::geometry::svg_number(top.y))));
    assert_eq!((decimal(2.5, true), decimal(3.0, false), decimal(10.0 / 3.0, true)), ("2,5".into(), "3.0".into(), "3,3".into()));
    let series: Vec<Series> = w.shown().map(|(i, g)| Series { name: &g.name, index: i, stats: g.stats(&p) }).collect();
    let texts = ExportTexts { title: "Raadsavond <\"A&B\">", subtitle: "24 november 2026", labels: &labels, legend: "Groepen", key: "Lijn: gemiddelde. Vlak: laagste tot hoogste score." };
    let svg = export_svg(&texts, &series);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1920\" height=\"1080\""));
    assert!(svg.ends_with("</svg>"));
    assert!(svg.contains("Raadsavond &lt;&quot;A&amp;B&quot;&gt;") && !svg.contains("<\"A&B\">"), "text is escaped");
    assert_eq!(svg.matches("fill-rule=\"evenodd\"").count(), 2, "one band per group");
    assert_eq!(svg.matches("stroke-width=\"3\"").count(), 2, "one mean polygon per group");
    for label in &labels {
        assert!(label.split(' ').all(|word| svg.contains(word)), "{label} is in the chart");
    }
    // Every element that opens closes (no XML parser here; the browser test parses it).
    assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
}

#[test]
fn problems_and_dates_read_in_the_visitors_words() {
    use omkering::content::Lang;
    let t = &CONTENT.views.assessment_view.problems;
    let e = ImportError { line: 3, problem: Problem::Score("6".into()) };
    assert_eq!(e.message(t, Lang::Nl), "Regel 3: De score '6' is geen heel getal van 1 tot en met 5.");
    let dup = ImportError { line: 0, problem: Problem::Duplicate { group: "na".into(), participant: "Anne".into() } };
    assert_eq!(dup.message(t, Lang::En), "Anne appears twice in na.");
    // A file the browser could not read is named as such, not as an empty file.
    let unreadable = ImportError { line: 0, problem: Problem::Unreadable }.message(t, Lang::Nl);
    assert!(unreadable.starts_with("De browser kon het bestand niet lezen") && unreadable != ImportError { line: 0, problem: Problem::Empty }.message(t, Lang::Nl));
    let day = omkering::assessment::day("2026-11-24").unwrap();
    assert_eq!(omkering::content::format_date(&day, None, Lang::Nl, &CONTENT.ui.months), "24 november 2026");
    assert_eq!(omkering::assessment::day("24-11-2026"), None);
    assert_eq!(omkering::assessment::day("2026-13-01"), None);
}

#[test]
fn a_name_that_was_there_already_opens_it_and_says_so_until_the_next_change() {
    use omkering::assessment::workshop::Existing;
    let d = defaults();
    let mut w = workshop();
    assert_eq!(w.existing, None);
    w.apply(Action::AddGroup("voor".into()), &d);
    assert_eq!((w.existing.clone(), w.current_group().name.as_str()), (Some(Existing::Group("voor".into())), "voor"));
    w.apply(Action::AddParticipant("Bram".into()), &d);
    assert_eq!((w.existing.clone(), w.current().map(|p| p.name.as_str())), (Some(Existing::Participant("Bram".into())), Some("Bram")));
    w.apply(Action::AddParticipant("Carla".into()), &d);
    assert_eq!(w.existing, None, "a new name is no news");
    w.apply(Action::AddGroup("na".into()), &d);
    w.apply(Action::Score { point: points()[0].into(), score: 2 }, &d);
    assert_eq!(w.existing, None, "the next change clears it");
}

#[test]
fn a_broken_json_file_is_named_in_the_visitors_language() {
    use omkering::content::Lang;
    let t = &CONTENT.views.assessment_view.problems;
    let good = json::write(&workshop().session);
    let cases = [
        ("{ dit is geen json".to_string(), "syntax_json"),
        (good[..good.len() / 2].to_string(), "syntax_end"),
        (good.replacen("\"groups\"", "\"groepen\"", 1), "syntax_shape"),
    ];
    let mut seen = Vec::new();
    for (text, kind) in cases {
        let e = json::read(text.as_bytes(), &points()).expect_err(kind);
        for lang in [Lang::Nl, Lang::En] {
            let words = e.message(t, lang);
            for english in ["expected", "EOF", "column", "unknown field", "missing field", "key must be"] {
                assert!(!words.contains(english), "{kind} in {lang:?}: the parser's words: {words}");
            }
        }
        seen.push(e.message(t, Lang::Nl));
    }
    seen.dedup();
    assert_eq!(seen.len(), 3, "three kinds of problem, three messages: {seen:?}");
}
