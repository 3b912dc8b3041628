//! Element attributes and the state reducer.
#![cfg(not(target_arch = "wasm32"))]

use omkering::config::{Config, Height, Theme, UrlSync, HEIGHT_RANGE};
use omkering::content::Lang;
use omkering::embedded::CONTENT;
use omkering::route::{Problem, View};
use omkering::state::{Action, State};

fn attrs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[test]
fn defaults_suit_an_embed() {
    let (c, warnings) = Config::from_attributes(&[], &CONTENT);
    assert_eq!((c.lang, c.heading_level, c.url_sync, c.start.view), (Lang::Nl, 2, UrlSync::None, View::Start));
    assert!(warnings.is_empty());
}

#[test]
fn valid_attributes_are_read() {
    let theme = CONTENT.themes[0].id.as_str();
    let view = format!("/themes/{theme}");
    let (c, warnings) = Config::from_attributes(
        &attrs(&[("view", &view), ("lang", "en"), ("heading-level", "1"), ("url-sync", "hash"), ("class", "x"), ("data-cms", "y")]),
        &CONTENT,
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(c.start.view, View::Themes { theme: Some(theme) });
    assert_eq!((c.lang, c.start.lang, c.heading_level, c.url_sync), (Lang::En, Lang::En, 1, UrlSync::Hash));
}

#[test]
fn wrong_values_warn_with_the_allowed_values_and_use_the_default() {
    let (c, warnings) = Config::from_attributes(
        &attrs(&[("lang", "fr"), ("heading-level", "7"), ("url-sync", "history"), ("view", "/nergens"), ("colour", "red")]),
        &CONTENT,
    );
    assert_eq!((c.lang, c.heading_level, c.url_sync, c.start.view), (Lang::Nl, 2, UrlSync::None, View::Start));
    assert_eq!(c.start_problem, Some(Problem::UnknownView));
    let text: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert_eq!(text.len(), 5, "{text:?}");
    assert!(text[0].contains("lang=\"fr\"") && text[0].contains("nl, en"), "{}", text[0]);
    assert!(text[1].contains("heading-level") && text[1].contains("1, 2, 3, 4, 5, 6"));
    assert!(text[2].contains("url-sync") && text[2].contains("hash, none"));
    assert!(text[3].contains("view"));
    assert!(text[4].contains("colour") && text[4].contains("unknown"));
}

#[test]
fn height_and_theme_are_read_and_wrong_values_warn() {
    let (c, w) = Config::from_attributes(&attrs(&[("height", "600px"), ("theme", "contrast")]), &CONTENT);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!((c.height, c.theme), (Height::Fixed(600), Theme::Contrast));
    let (c, _) = Config::from_attributes(&[], &CONTENT);
    assert_eq!((c.height, c.theme), (Height::Auto, Theme::Default));
    for (value, want) in [("auto", Some(Height::Auto)), (" 480 ", Some(Height::Fixed(480))), ("AUTO", Some(Height::Auto))] {
        assert_eq!(Height::parse(value), want, "{value}");
    }
    let (low, high) = HEIGHT_RANGE;
    assert_eq!(Height::parse(&low.to_string()), Some(Height::Fixed(low)));
    assert_eq!(Height::parse(&format!("{high}px")), Some(Height::Fixed(high)));
    for bad in ["", "100", "5000", "50%", "60vh", "-600", "600 px", "+600", "abc", "6e2"] {
        assert_eq!(Height::parse(bad), None, "{bad}");
        let (c, w) = Config::from_attributes(&attrs(&[("height", bad)]), &CONTENT);
        assert_eq!(c.height, Height::Auto);
        assert!(w.len() == 1 && w[0].to_string().contains("height") && w[0].to_string().contains("240 to 4000"), "{bad}: {w:?}");
    }
    let (c, w) = Config::from_attributes(&attrs(&[("theme", "dark")]), &CONTENT);
    assert_eq!(c.theme, Theme::Default);
    assert!(w[0].to_string().contains("default, contrast"));
}

fn state(pairs: &[(&str, &str)], hash: Option<&str>) -> State {
    let (c, _) = Config::from_attributes(&attrs(pairs), &CONTENT);
    State::new(c, &CONTENT, hash)
}

#[test]
fn a_shared_link_in_the_hash_wins_over_the_view_attribute() {
    let s = state(&[("view", "/themes"), ("url-sync", "hash")], Some("#/context?lang=en"));
    assert_eq!((s.route.view, s.lang()), (View::Context, Lang::En));
    let s = state(&[("view", "/themes")], Some("#/"));
    assert_eq!(s.route.view, View::Themes { theme: None });
}

#[test]
fn a_notice_stays_until_dismissed_or_the_visitor_moves_on() {
    let s = state(&[], Some("#/nergens"));
    assert_eq!((s.route.view, s.notice), (View::Start, Some(Problem::UnknownView)));
    // The app writes the fallback into the hash; that echo changes nothing.
    let echoed = s.apply(Action::HashChanged(format!("#{}", s.url())));
    assert_eq!(echoed, s);
    assert_eq!(s.apply(Action::DismissNotice).notice, None);
    let moved = s.apply(Action::Navigate(View::Context));
    assert_eq!((moved.route.view, moved.notice), (View::Context, None));
}

#[test]
fn language_and_heading_levels() {
    let s = state(&[("heading-level", "5")], None);
    assert_eq!((s.heading_level(0), s.heading_level(1), s.heading_level(3)), (5, 6, 6));
    let en = s.apply(Action::SetLang(Lang::En));
    assert_eq!(en.url(), "/?lang=en");
    assert_eq!(en.apply(Action::SetLang(Lang::Nl)).url(), "/");
}

#[test]
fn the_presentation_button_and_the_public_address_are_read_and_wrong_values_warn() {
    let (c, w) = Config::from_attributes(&[], &CONTENT);
    assert!(w.is_empty() && c.present_button && c.public_url.is_none());
    let (c, w) = Config::from_attributes(&attrs(&[("present-button", "hide"), ("public-url", " https://www.vng.nl/omkering ")]), &CONTENT);
    assert!(w.is_empty(), "{w:?}");
    assert!(!c.present_button);
    assert_eq!(c.public_url.map(|u| u.as_str().to_string()).as_deref(), Some("https://www.vng.nl/omkering"));
    let long = format!("https://example.org/{}", "a".repeat(240));
    for bad in ["javascript:alert(1)", "www.vng.nl", "https://", "https://a b", long.as_str(), "ftp://x.nl"] {
        let (c, w) = Config::from_attributes(&attrs(&[("public-url", bad)]), &CONTENT);
        assert!(c.public_url.is_none(), "{bad}");
        assert_eq!(w.len(), 1, "{bad}");
        assert!(w[0].to_string().contains("public-url") && w[0].to_string().contains("https://"), "{}", w[0]);
    }
    let (c, w) = Config::from_attributes(&attrs(&[("present-button", "maybe")]), &CONTENT);
    assert!(c.present_button);
    assert!(w[0].to_string().contains("present-button") && w[0].to_string().contains("show, hide"));
}

/// "Link kopiëren": the address of exactly what is shown, for each way an instance keeps its route.
#[test]
fn a_shared_address_opens_what_is_shown() {
    let theme = CONTENT.themes[0].id.as_str();
    let host = "https://www.gemeente.nl/strategie?tab=2";
    let own = "https://cdn.example/omkering/index.html";
    let open = |pairs: &[(&str, &str)]| {
        let (c, _) = Config::from_attributes(&attrs(pairs), &CONTENT);
        State::new(c, &CONTENT, None).apply(Action::Navigate(View::Themes { theme: Some(theme) }))
    };
    // In the host page's hash (the standalone page too): that page, its route in the hash, in
    // the language the element starts in.
    assert_eq!(open(&[("url-sync", "hash")]).share_address(host, own), format!("{host}#/themes/{theme}"));
    assert_eq!(open(&[("url-sync", "hash"), ("lang", "en")]).share_address(host, own), format!("{host}#/themes/{theme}"));
    // An embed that leaves the host page's address alone: the standalone page, which starts in
    // Dutch, so an English view says its language.
    assert_eq!(open(&[]).share_address(host, own), format!("{own}#/themes/{theme}"));
    assert_eq!(open(&[("lang", "en")]).share_address(host, own), format!("{own}#/themes/{theme}?lang=en"));
    // Another language chosen on a hash-synced page is in its hash.
    let (c, _) = Config::from_attributes(&attrs(&[("url-sync", "hash")]), &CONTENT);
    let s = State::new(c, &CONTENT, None).apply(Action::SetLang(Lang::En)).apply(Action::Navigate(View::Context));
    assert_eq!(s.share_address(host, own), format!("{host}#/context?lang=en"));
}

/// Whether a view's item comes into view on its first render: only away from the element's own
/// start, so an embed set to an item never scrolls its host page when it loads.
#[test]
fn away_from_start_is_any_view_but_the_elements_own() {
    let theme = CONTENT.themes[0].id.as_str();
    let (plain, _) = Config::from_attributes(&[], &CONTENT);
    let s = State::new(plain, &CONTENT, None);
    assert!(!s.away_from_start());
    assert!(s.apply(Action::Navigate(View::Themes { theme: Some(theme) })).away_from_start());
    let view = format!("/themes/{theme}");
    let (set, _) = Config::from_attributes(&attrs(&[("view", &view)]), &CONTENT);
    let s = State::new(set, &CONTENT, None);
    assert!(!s.away_from_start(), "the embed's own item");
    assert!(s.apply(Action::Navigate(View::Themes { theme: None })).away_from_start());
}
