//! The tracks view's joins and click areas (issue 22: logic out of the views): every relation
//! of a track's item to a theme is one join with its basis, and a group's area holds all of it.
#![cfg(not(target_arch = "wasm32"))]

use omkering::content::{Basis, Lang};
use omkering::diagram::tracks::Tracks;
use omkering::embedded::CONTENT;
use omkering::explore::{track_joins, tracks};

#[test]
fn every_relation_of_a_tracks_item_to_a_theme_is_one_join_with_its_basis() {
    let data = tracks(&CONTENT);
    let joins = track_joins(&CONTENT, &data);
    let mut expected = 0;
    for (g, (_, items)) in data.iter().enumerate() {
        for (i, (_, rels)) in items.iter().enumerate() {
            for r in rels {
                let t = CONTENT.themes.iter().position(|t| t.id == r.theme).expect("a relation names a theme");
                let j = joins.iter().find(|j| (j.track, j.item, j.theme) == (g, i, t)).expect("the relation's join");
                assert_eq!(j.reading, r.basis == Basis::Reading);
                expected += 1;
            }
        }
    }
    assert_eq!(joins.len(), expected);
    assert!(!joins.is_empty(), "the tracks are joined to themes");
}

#[test]
fn a_groups_area_holds_its_header_and_every_item_at_every_width() {
    let data = tracks(&CONTENT);
    let joins = track_joins(&CONTENT, &data);
    let links: Vec<_> = joins.iter().map(|j| (j.track, j.item, j.theme)).collect();
    let groups: Vec<(&str, Vec<&str>)> = data.iter().map(|(t, items)| (t.name.plain(Lang::Nl), items.iter().map(|(x, _)| x.name.plain(Lang::Nl)).collect())).collect();
    let themes: Vec<&str> = CONTENT.themes.iter().map(|t| t.name.get(Lang::Nl)).collect();
    for width in (280..=1920).step_by(40) {
        let d = Tracks::new(width as f32, 15.0, &groups, &themes, &links);
        for group in &d.groups {
            let area = group.area();
            for l in std::iter::once(&group.header).chain(group.items.iter()) {
                let r = l.rect;
                assert!(r.x >= area.x - 0.01 && r.y >= area.y - 0.01 && r.right() <= area.right() + 0.01 && r.bottom() <= area.bottom() + 0.01, "{width} px: {r:?} outside {area:?}");
            }
        }
    }
}
