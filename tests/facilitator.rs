//! The facilitator's data: the presentation's clock under the one storage key: set beside the saved scores without
//! touching them, kept when the scores are saved again, read from older (version 1) data as
//! none, and never written over data this release cannot read; wiping the device; and
//! participants without a name.
#![cfg(not(target_arch = "wasm32"))]

use omkering::assessment::store;
use omkering::assessment::workshop::{Action, Defaults, Opened, Saving, Workshop};
use omkering::embedded::CONTENT;

fn points() -> Vec<&'static str> {
    CONTENT.development_points.iter().map(|p| p.id.as_str()).collect()
}

fn defaults() -> Defaults {
    Defaults { date: "2026-12-05".into(), group: "Groep 1".into(), participant: "Deelnemer 1".into(), points: points() }
}

/// A saved workshop with one score, as the storage holds it.
fn saved() -> String {
    let d = defaults();
    let mut w = Workshop::open(Opened::Nothing, &points(), &d);
    w.apply(Action::Score { point: points()[0].to_string(), score: 4 }, &d);
    w.apply(Action::Save(Opened::Nothing), &d);
    w.to_write.expect("a change is written").to_string()
}

#[test]
fn a_clock_set_on_empty_storage_opens_as_a_new_workshop_with_that_clock() {
    let text = store::with_clock(&Opened::Nothing, 1_800_000_000_000, &points()).expect("written");
    assert_eq!(store::clock(&Opened::Text(text.clone()), &points()), Some(1_800_000_000_000));
    let w = Workshop::open(Opened::Text(text), &points(), &defaults());
    assert_eq!((w.saving.clone(), w.clock), (Saving::On, Some(1_800_000_000_000)));
    assert_eq!(w.current().map(|p| p.name.as_str()), Some("Deelnemer 1"));
}

#[test]
fn setting_the_clock_keeps_the_scores_and_saving_the_scores_keeps_the_clock() {
    let text = store::with_clock(&Opened::Text(saved()), 1_800_000_000_000, &points()).expect("written");
    let d = defaults();
    let mut w = Workshop::open(Opened::Text(text.clone()), &points(), &d);
    assert_eq!(w.current().and_then(|p| p.scores.get(points()[0]).copied()), Some(4));
    // Another window restarts the clock; this one then saves a score.
    let restarted = store::with_clock(&Opened::Text(text), 1_800_000_060_000, &points()).expect("written");
    w.apply(Action::Score { point: points()[1].to_string(), score: 2 }, &d);
    w.apply(Action::Save(Opened::Text(restarted)), &d);
    let written = Opened::Text(w.to_write.clone().expect("written").to_string());
    assert_eq!(store::clock(&written, &points()), Some(1_800_000_060_000));
    let back = store::decode(&w.to_write.expect("written"), &points()).expect("readable");
    assert_eq!(back.session.groups[0].participants[0].scores.len(), 2);
}

#[test]
fn version_1_data_reads_without_a_clock_and_unreadable_data_is_not_written_over() {
    let v1 = saved().replace("\"version\":2", "\"version\":1");
    assert!(v1.contains("\"version\":1"), "{v1}");
    assert_eq!(store::decode(&v1, &points()).map(|s| s.clock), Ok(None));
    assert_eq!(store::with_clock(&Opened::Text("{ not json".into()), 1, &points()), None);
    let newer = saved().replace("\"version\":2", "\"version\":3");
    assert_eq!(store::with_clock(&Opened::Text(newer), 1, &points()), None);
    assert_eq!(store::with_clock(&Opened::Unavailable, 1, &points()), None);
}

#[test]
fn wiping_the_device_waits_for_a_yes_then_removes_the_key_and_writes_nothing_back() {
    let d = defaults();
    let mut w = Workshop::open(Opened::Text(saved()), &points(), &d);
    w.apply(Action::Wipe, &d);
    assert!(!w.to_remove && w.current().is_some_and(|p| !p.scores.is_empty()), "nothing before the yes");
    w.apply(Action::Cancel, &d);
    assert!(!w.to_remove);
    w.apply(Action::Wipe, &d);
    w.apply(Action::Confirm, &d);
    assert!(w.to_remove, "the key is to be removed");
    assert_eq!(w.report, Some(omkering::assessment::workshop::Report::Wiped));
    assert!(w.current().is_some_and(|p| p.scores.is_empty()) && w.clock.is_none(), "scores, names and clock are gone");
    assert!(!w.dirty && w.to_write.is_none(), "the fresh session is not written back");
    w.apply(Action::Removed, &d);
    assert!(!w.to_remove && !w.dirty);
    // Scoring again saves again, from nothing.
    w.apply(Action::Score { point: points()[0].to_string(), score: 2 }, &d);
    w.apply(Action::Save(Opened::Nothing), &d);
    assert!(w.to_write.is_some());
}

#[test]
fn a_participant_without_a_name_gets_the_first_free_number_beside_the_others() {
    let d = defaults();
    let mut w = Workshop::open(Opened::Nothing, &points(), &d);
    w.apply(Action::AddNumbered("Deelnemer {n}".into()), &d);
    w.apply(Action::AddNumbered("Deelnemer {n}".into()), &d);
    let names: Vec<&str> = w.current_group().participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Deelnemer 1", "Deelnemer 2", "Deelnemer 3"]);
    assert_eq!(w.current().map(|p| p.name.as_str()), Some("Deelnemer 3"));
    w.apply(Action::SelectParticipant(1), &d);
    w.apply(Action::RemoveParticipant, &d);
    w.apply(Action::Confirm, &d);
    w.apply(Action::AddNumbered("Deelnemer {n}".into()), &d);
    let names: Vec<&str> = w.current_group().participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Deelnemer 1", "Deelnemer 3", "Deelnemer 2"]);
}
