//! The links between the other texts' topics and the themes are decided the same way for the same
//! word (issue 25: housing was linked to the spatial puzzle in three texts but not in the G40
//! text): a topic whose Dutch name uses a keyword of a theme (`[[keyword]]` in
//! `content/relations.toml`) is linked to that theme, or listed as `[[unlinked]]` with why; and
//! no pair is both.
#![cfg(not(target_arch = "wasm32"))]

use omkering::content::Lang;
use omkering::embedded::CONTENT;

fn words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

#[test]
fn a_keyword_links_its_topic_to_its_theme_unless_the_content_says_why_not() {
    assert!(!CONTENT.keywords.is_empty());
    let linked = |topic: &str, theme: &str| CONTENT.relations.iter().any(|r| r.topic == topic && r.theme == theme);
    let unlinked = |topic: &str, theme: &str| CONTENT.unlinked.iter().any(|u| u.topic == topic && u.theme == theme);
    let mut problems = Vec::new();
    for list in CONTENT.topic_lists.iter() {
        for topic in list.topics.iter() {
            let name = words(topic.name.plain(Lang::Nl));
            for k in CONTENT.keywords.iter() {
                let Some(word) = k.words.iter().find(|w| name.contains(&w.to_lowercase())) else { continue };
                if !linked(&topic.id, &k.theme) && !unlinked(&topic.id, &k.theme) {
                    problems.push(format!("{} uses `{word}` but is neither linked to {} nor listed as unlinked with why", topic.id, k.theme));
                }
            }
        }
    }
    for u in CONTENT.unlinked.iter() {
        if linked(&u.topic, &u.theme) {
            problems.push(format!("{} is linked to {} and listed as unlinked", u.topic, u.theme));
        }
        if !CONTENT.topic_lists.iter().any(|l| l.topics.iter().any(|t| t.id == u.topic)) || CONTENT.theme(&u.theme).is_none() {
            problems.push(format!("unlinked {} → {} names no topic or theme", u.topic, u.theme));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
