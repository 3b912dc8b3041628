//! The one `localStorage` key of the explainer ([`crate::assessment::store::KEY`]). Storage can be
//! missing or throw (a third-party frame, private mode, a full disk): every call says so instead
//! of failing.

use crate::assessment::store::KEY;
use crate::assessment::workshop::Opened;

fn storage() -> Option<web_sys::Storage> {
    // `localStorage` itself throws where the browser blocks it.
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn read() -> Opened {
    match storage() {
        None => Opened::Unavailable,
        Some(s) => match s.get_item(KEY) {
            Ok(Some(text)) => Opened::Text(text),
            Ok(None) => Opened::Nothing,
            Err(_) => Opened::Unavailable,
        },
    }
}

/// Writes the text; false when the storage is missing or full.
pub fn write(text: &str) -> bool {
    storage().is_some_and(|s| s.set_item(KEY, text).is_ok())
}
