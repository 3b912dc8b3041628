//! The map across the documents: every relation lands in exactly its cell, topics that fit no
//! theme are shown in their own column, filters narrow the matrix, and time order follows the
//! dates the texts give.
#![cfg(not(target_arch = "wasm32"))]

use omkering::embedded::CONTENT;
use omkering::explore::{along_time, filter_actors, matrix, theme_page, topics, Placement};
use omkering::route::Filter;

#[test]
fn every_relation_is_in_exactly_its_cell_and_every_unrelated_topic_in_the_outside_column() {
    let m = matrix(&CONTENT, &Filter::NONE);
    assert_eq!(m.rows.len(), CONTENT.documents.len());
    assert_eq!(m.columns.len(), CONTENT.themes.len() + 1);
    assert!(m.columns.last().unwrap().is_none(), "the last column holds the topics outside the themes");
    for r in CONTENT.relations.iter() {
        let topic = topics(&CONTENT).find(|t| t.id == r.topic).unwrap();
        let places: Vec<_> = m
            .rows
            .iter()
            .flat_map(|row| row.cells.iter().map(move |c| (row.doc.id.as_str(), c)))
            .filter(|(_, c)| c.items.iter().any(|i| i.relation.is_some_and(|x| std::ptr::eq(x, r))))
            .map(|(doc, c)| (doc, c.theme.map(|t| t.id.as_str())))
            .collect();
        assert_eq!(places, vec![(topic.source.doc.as_str(), Some(r.theme.as_str()))], "{}", r.topic);
    }
    for t in topics(&CONTENT) {
        let related = CONTENT.relations.iter().any(|r| r.topic == t.id);
        let row = m.rows.iter().find(|row| row.doc.id == t.source.doc).unwrap();
        let outside = row.cells.last().unwrap().items.iter().any(|i| std::ptr::eq(i.topic, t));
        assert_eq!(outside, !related, "{}", t.id);
    }
    // The honest part: some topics fit no theme, and the map says so.
    assert!(m.rows.iter().any(|row| !row.cells.last().unwrap().items.is_empty()));
}

#[test]
fn filters_narrow_rows_columns_and_topics() {
    let doc = CONTENT.documents.iter().find(|d| d.id == "g40-steden").unwrap();
    let theme = CONTENT.themes.iter().find(|t| t.id == "klimaat-en-energie").unwrap();
    let m = matrix(&CONTENT, &Filter { doc: Some(doc.id.as_str()), actor: None, theme: Some(theme.id.as_str()) });
    assert_eq!(m.rows.len(), 1);
    assert_eq!(m.columns.len(), 1, "with a theme chosen, no outside column");
    let expected: Vec<_> = CONTENT
        .relations
        .iter()
        .filter(|r| r.theme == theme.id && topics(&CONTENT).any(|t| t.id == r.topic && t.source.doc == doc.id))
        .map(|r| r.topic.as_str())
        .collect();
    let got: Vec<_> = m.rows[0].cells[0].items.iter().map(|i| i.topic.id.as_str()).collect();
    assert_eq!(got, expected);
    assert!(!got.is_empty());

    for actor in filter_actors(&CONTENT) {
        let m = matrix(&CONTENT, &Filter { actor: Some(actor.id.as_str()), ..Filter::NONE });
        let items: Vec<_> = m.rows.iter().flat_map(|r| r.cells.iter().flat_map(|c| c.items.iter())).collect();
        assert!(!items.is_empty(), "{} is offered but has no topic", actor.id);
        assert!(items.iter().all(|i| i.topic.actors.iter().any(|a| *a == actor.id)));
    }
    let offered: Vec<_> = filter_actors(&CONTENT).iter().map(|a| a.id.as_str()).collect();
    for wanted in ["rijk", "provincies", "waterschappen", "gemeenten", "g40", "g32"] {
        assert!(offered.contains(&wanted), "the actor filter offers {wanted}");
    }
}

#[test]
fn along_time_only_own_dates_place_a_document_and_the_others_keep_content_order() {
    let m = matrix(&CONTENT, &Filter::NONE);
    let rows = along_time(&m);
    let order: Vec<_> = rows.iter().map(|(r, _)| r.doc.id.as_str()).collect();
    // The G40 page dates itself ("© 2023 G40"); the others follow in content order.
    let undated: Vec<_> = CONTENT.documents.iter().filter(|d| d.date.is_none()).map(|d| d.id.as_str()).collect();
    assert_eq!(order, [vec!["g40-steden"], undated].concat());
    assert!(matches!(rows[0].1, Placement::Dated(d) if (d.year, d.month) == (2023, None)));
    assert!(rows[1..].iter().all(|(_, p)| *p == Placement::Undated));
}

/// The dates a text mentions never move it: whatever they are, the order stays (issue 25: the
/// resolution stood at 2026, a year it asks about, and a 2021 preparation read as the newest).
#[test]
fn the_order_of_documents_does_not_depend_on_the_dates_they_mention() {
    use omkering::content::Date;
    let before: Vec<_> = along_time(&matrix(&CONTENT, &Filter::NONE)).iter().map(|(r, _)| r.doc.id.as_str()).collect();
    let mut changed = CONTENT;
    let docs: Vec<_> = CONTENT
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| omkering::content::Document { latest_date_mentioned: Some(Date { year: 3000 - i as u16 * 500, month: None, day: None }), ..*d })
        .collect();
    changed.start = Box::leak(Box::new(omkering::content::Content { documents: omkering::content::List(Box::leak(docs.into_boxed_slice())), ..*CONTENT.start }));
    let changed: &'static omkering::content::Full = Box::leak(Box::new(changed));
    let after: Vec<_> = along_time(&matrix(changed, &Filter::NONE)).iter().map(|(r, _)| r.doc.id.as_str()).collect();
    assert_eq!(before, after);
    let line = |c: &'static omkering::content::Full| {
        let t = omkering::explore::timeline(c);
        (t.undated.iter().map(|(d, _)| d.id.as_str()).collect::<Vec<_>>(), t.dated.len())
    };
    assert_eq!(line(&CONTENT), line(changed));
}

#[test]
fn a_theme_page_lists_its_topics_by_document_and_the_actors_they_name() {
    for theme in CONTENT.themes.iter() {
        let page = theme_page(&CONTENT, theme);
        let listed: usize = page.by_doc.iter().map(|(_, items)| items.len()).sum();
        assert_eq!(listed, CONTENT.relations.iter().filter(|r| r.theme == theme.id).count(), "{}", theme.id);
        assert!(page.by_doc.iter().all(|(_, items)| !items.is_empty()));
        for actor in CONTENT.actors.iter() {
            let named = page.by_doc.iter().any(|(_, items)| items.iter().any(|i| i.topic.actors.iter().any(|a| *a == actor.id)));
            assert_eq!(page.actors.iter().any(|a| a.id == actor.id), named, "{} on {}", actor.id, theme.id);
        }
    }
}

#[test]
fn the_timeline_holds_every_document_and_event_each_in_its_place() {
    use omkering::explore::{timeline, TimeEntry};
    let t = timeline(&CONTENT);
    // On the line: the documents that date themselves and every date a text mentions.
    let dated_docs = CONTENT.documents.iter().filter(|d| d.date.is_some()).count();
    assert_eq!(t.dated.len(), dated_docs + CONTENT.events.len());
    let key = |e: &TimeEntry| {
        let d = match e {
            TimeEntry::Doc(_, d) => *d,
            TimeEntry::Event(e) => e.date,
        };
        (d.year, d.month.unwrap_or(0), d.day.unwrap_or(0))
    };
    assert!(t.dated.windows(2).all(|w| key(&w[0]) <= key(&w[1])), "in date order");
    // Apart: the others, in content order, each with the dates it mentions.
    let undated: Vec<_> = CONTENT.documents.iter().filter(|d| d.date.is_none()).map(|d| d.id.as_str()).collect();
    assert_eq!(t.undated.iter().map(|(d, _)| d.id.as_str()).collect::<Vec<_>>(), undated);
    for (d, mentions) in &t.undated {
        assert_eq!(mentions.len(), CONTENT.events.iter().filter(|e| e.source.doc == d.id).count(), "{}", d.id);
    }
}

/// A theme's page says it shows a reading (and so the legend of "onze lezing") exactly when a
/// relation of the explainer's reading links a topic to the theme.
#[test]
fn a_theme_page_shows_a_reading_when_a_reading_links_a_topic_to_it() {
    use omkering::content::Basis;
    let mut with = 0;
    for theme in CONTENT.themes.iter() {
        let want = CONTENT.relations.iter().any(|r| r.theme == theme.id && r.basis == Basis::Reading);
        assert_eq!(theme_page(&CONTENT, theme).has_reading(), want, "{}", theme.id.as_str());
        with += usize::from(want);
    }
    assert!(with > 0, "some theme's page shows a reading");
}

/// A layer's panel shows a reading when its role or what a text says of it is a reading; the
/// content has layers of both kinds.
#[test]
fn a_layer_shows_a_reading_when_its_role_or_a_text_about_it_is_one() {
    use omkering::content::Basis;
    let (mut with, mut without) = (0, 0);
    for layer in CONTENT.layers.iter() {
        let marks = usize::from(layer.role_basis == Basis::Reading) + layer.in_doc.iter().filter(|d| d.basis == Basis::Reading).count();
        assert_eq!(layer.has_reading(), marks > 0, "{}", layer.actor.as_str());
        if marks > 0 { with += 1 } else { without += 1 }
    }
    assert!(with > 0 && without > 0, "layers with and without a reading: {with}, {without}");
}
