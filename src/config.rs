//! The settings of one explainer element, read from its attributes.
//!
//! Every attribute has a documented set of values (README, "Embedding"). A wrong value gives a
//! warning that names the attribute and the allowed values, and the default is used.

use crate::content::{Content, Lang};
use crate::route::{Inline, Problem, Route, View};

/// The public address the presentation's QR code shows, from the `public-url` attribute.
pub type PublicUrl = Inline<240>;

/// Reads an `http://` or `https://` address (the scheme in any case) of at most
/// [`PublicUrl::CAPACITY`] bytes, with a host and without user name, spaces, control characters,
/// invisible direction marks (which can make one address look like another) or characters that
/// are never bare in an address (quote, angle and curly brackets, backslash, caret, backtick,
/// bar): what a QR code on a slide can carry to a phone.
pub fn public_url(value: &str) -> Option<PublicUrl> {
    let v = value.trim();
    let rest = ["https://", "http://"].iter().find_map(|s| v.get(..s.len()).filter(|p| p.eq_ignore_ascii_case(s)).map(|_| &v[s.len()..]))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let hidden = |c: char| matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}');
    let bad = |c: char| c.is_whitespace() || c.is_control() || hidden(c) || "\"<>\\^`{|}".contains(c);
    let ok = !host.is_empty() && !host.contains('@') && v.len() <= PublicUrl::CAPACITY && !v.chars().any(bad);
    ok.then(|| PublicUrl::new(v))
}

/// Where the explainer keeps its route.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UrlSync {
    /// In `location.hash`: deep links and the back button work (the standalone page).
    Hash,
    /// Only in the widget: the host page's URL is never touched (the default when embedded).
    None,
}

/// How tall the element is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Height {
    /// As tall as the current view (the default).
    Auto,
    /// A fixed height in CSS px; the explainer scrolls inside it.
    Fixed(u16),
}

/// The smallest and largest fixed height (CSS px) the `height` attribute takes.
pub const HEIGHT_RANGE: (u16, u16) = (240, 4000);

impl Height {
    /// Reads `auto`, `600` or `600px` (the loader in `assets/omkering-loader.js` reads the same
    /// values to reserve the height before the app starts).
    pub fn parse(value: &str) -> Option<Height> {
        let v = value.trim().to_ascii_lowercase();
        if v == "auto" {
            return Some(Height::Auto);
        }
        let digits = v.strip_suffix("px").unwrap_or(&v);
        let n: u16 = digits.bytes().all(|b| b.is_ascii_digit()).then(|| digits.parse().ok()).flatten()?;
        (HEIGHT_RANGE.0..=HEIGHT_RANGE.1).contains(&n).then_some(Height::Fixed(n))
    }
}

/// The look: the default theme, or high contrast (for projectors and low vision).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Theme {
    Default,
    Contrast,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Config {
    /// The route the explainer opens with (from `view` and `lang`).
    pub start: Route,
    /// The language the explainer starts in and that links leave out.
    pub lang: Lang,
    /// The level of the explainer's top heading, 1 to 6.
    pub heading_level: u8,
    pub url_sync: UrlSync,
    pub height: Height,
    pub theme: Theme,
    /// Whether the frame shows the button that starts the presentation.
    pub present_button: bool,
    /// The explainer's own page (`index.html` sets the attribute `standalone`; embeds never
    /// should): only there do keys act anywhere on the page, does the presentation cover the
    /// window, and do the presenter window and its channel exist. `url-sync="hash"` alone is
    /// no such page: an embed may keep its view in the host page's hash.
    pub standalone: bool,
    /// The address the QR slide shows instead of the content's `public_url`.
    pub public_url: Option<PublicUrl>,
    /// What was wrong with the `view` attribute, shown as a notice.
    pub start_problem: Option<Problem>,
}

/// A warning about one attribute, for the browser console.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Warning {
    pub attribute: String,
    pub value: String,
    pub allowed: &'static str,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "<omkering-explainer>: attribute {}=\"{}\" is not valid; allowed: {}. The default is used.",
            self.attribute,
            self.value.chars().take(80).collect::<String>(),
            self.allowed
        )
    }
}

/// The attributes the element reads, with what each allows.
pub const ATTRIBUTES: &[(&str, &str)] = &[
    ("view", "a route such as /omkering, /themes/<id>, /development, /context"),
    ("lang", "nl, en"),
    ("heading-level", "1, 2, 3, 4, 5, 6"),
    ("url-sync", "hash, none"),
    ("height", "auto, or a number of CSS pixels from 240 to 4000 such as 600 or 600px"),
    ("theme", "default, contrast"),
    ("present-button", "show, hide"),
    ("public-url", "an http:// or https:// address of at most 240 characters, for the QR code of the presentation"),
    ("standalone", "no value (present or absent); only the explainer's own page, index.html, sets it"),
];

/// Attributes any HTML element may carry; the explainer ignores them without a warning.
fn is_global_attribute(name: &str) -> bool {
    matches!(name, "id" | "class" | "style" | "hidden" | "title" | "slot" | "tabindex" | "part" | "dir" | "translate")
        || name.starts_with("data-")
        || name.starts_with("aria-")
}

impl Config {
    /// Reads the attributes (name, value) of an element.
    pub fn from_attributes(attrs: &[(String, String)], content: &'static Content) -> (Config, Vec<Warning>) {
        let mut warnings = Vec::new();
        let mut warn = |attribute: &str, value: &str| {
            let allowed = ATTRIBUTES.iter().find(|(n, _)| *n == attribute).map_or("", |(_, a)| *a);
            warnings.push(Warning { attribute: attribute.to_string(), value: value.to_string(), allowed });
        };
        let get = |name: &str| attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.trim());

        let lang = match get("lang") {
            None => Lang::Nl,
            Some(v) => Lang::from_code(v).unwrap_or_else(|| {
                warn("lang", v);
                Lang::Nl
            }),
        };
        let heading_level = match get("heading-level") {
            None => 2,
            // One digit, as the README says (`u8::parse` would also take "+3" and "03").
            Some(v) => match v.as_bytes() {
                [d @ b'1'..=b'6'] => d - b'0',
                _ => {
                    warn("heading-level", v);
                    2
                }
            },
        };
        let url_sync = match get("url-sync").map(str::to_ascii_lowercase).as_deref() {
            None | Some("none") => UrlSync::None,
            Some("hash") => UrlSync::Hash,
            Some(_) => {
                warn("url-sync", get("url-sync").unwrap_or(""));
                UrlSync::None
            }
        };
        let height = match get("height") {
            None => Height::Auto,
            Some(v) => Height::parse(v).unwrap_or_else(|| {
                warn("height", v);
                Height::Auto
            }),
        };
        let theme = match get("theme").map(str::to_ascii_lowercase).as_deref() {
            None | Some("default") => Theme::Default,
            Some("contrast") => Theme::Contrast,
            Some(_) => {
                warn("theme", get("theme").unwrap_or(""));
                Theme::Default
            }
        };
        let present_button = match get("present-button").map(str::to_ascii_lowercase).as_deref() {
            None | Some("show") => true,
            Some("hide") => false,
            Some(_) => {
                warn("present-button", get("present-button").unwrap_or(""));
                true
            }
        };
        let public_url = get("public-url").and_then(|v| {
            let url = public_url(v);
            if url.is_none() {
                warn("public-url", v);
            }
            url
        });
        let standalone = match get("standalone").map(str::to_ascii_lowercase).as_deref() {
            None => false,
            Some("" | "standalone") => true,
            Some(_) => {
                warn("standalone", get("standalone").unwrap_or(""));
                false
            }
        };
        let (start, start_problem) = match get("view") {
            None => (Route::new(View::Start, lang), None),
            Some(v) => {
                let parsed = Route::parse(v, lang, content);
                if parsed.problem.is_some() {
                    warn("view", v);
                }
                (parsed.route, parsed.problem)
            }
        };
        for (name, value) in attrs {
            let known = ATTRIBUTES.iter().any(|(n, _)| n == name);
            if !known && !is_global_attribute(name) {
                warnings.push(Warning {
                    attribute: name.clone(),
                    value: value.clone(),
                    allowed: "view, lang, heading-level, url-sync, height, theme, present-button, public-url, standalone (this attribute is unknown)",
                });
            }
        }
        (Config { start, lang, heading_level, url_sync, height, theme, present_button, standalone, public_url, start_problem }, warnings)
    }
}
