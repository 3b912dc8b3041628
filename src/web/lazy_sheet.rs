//! The stylesheet of the views that load on demand (`assets/omkering-lazy.css`, built as
//! `omkering-lazy-<hash>.css`; the loader passes its address to `mount`). The start page never
//! downloads it: an instance adds it to its shadow root, after `omkering.css`, the first time it
//! needs one of those views, and `ui::lazy` shows the view only once the sheet has loaded, so a
//! view never shows unstyled. Each instance has its own (a shadow root's styles are its own);
//! the browser fetches the file once.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Copy, PartialEq)]
enum Sheet {
    Absent,
    Loading,
    Loaded,
}

/// One instance's handle on the sheet; clones share it.
#[derive(Clone)]
pub struct LazySheet(Rc<Inner>);

struct Inner {
    /// The element the app is mounted in: the sheet goes just before it, in its shadow root.
    root: web_sys::Element,
    /// None: there is no such sheet (an app mounted without the loader, as in the browser tests).
    href: Option<String>,
    state: Cell<Sheet>,
    /// While it loads: the link and the promise of its `load` event, shared by every waiter.
    loading: RefCell<Option<(web_sys::Element, js_sys::Promise)>>,
}

impl LazySheet {
    pub fn new(root: web_sys::Element, href: Option<String>) -> Self {
        LazySheet(Rc::new(Inner { root, href: href.filter(|h| !h.is_empty()), state: Cell::new(Sheet::Absent), loading: RefCell::new(None) }))
    }

    /// Whether the views that load on demand can show: the sheet has loaded, or there is none.
    pub fn ready(&self) -> bool {
        self.0.href.is_none() || self.0.state.get() == Sheet::Loaded
    }

    /// Adds the sheet (once) and waits until it has loaded. `Err` when it cannot load (offline
    /// before the first visit): the link is taken out again and the next call tries anew.
    pub async fn load(&self) -> Result<(), ()> {
        if self.ready() {
            return Ok(());
        }
        let waiting = self.0.loading.borrow().as_ref().map(|(_, promise)| promise.clone());
        let promise = match waiting {
            Some(promise) => promise,
            None => match self.add() {
                Some(promise) => promise,
                // Not in a shadow root, or the document refused the element: the views show
                // with the start sheet's styles rather than not at all.
                None => {
                    self.0.state.set(Sheet::Loaded);
                    return Ok(());
                }
            },
        };
        let loaded = JsFuture::from(promise).await.is_ok();
        if let Some((link, _)) = self.0.loading.borrow_mut().take() {
            if loaded {
                self.0.state.set(Sheet::Loaded);
            } else {
                link.remove();
                self.0.state.set(Sheet::Absent);
            }
        }
        if loaded {
            Ok(())
        } else {
            Err(())
        }
    }

    /// Puts the link into the shadow root; the promise settles with its `load` or `error`.
    fn add(&self) -> Option<js_sys::Promise> {
        let inner = &self.0;
        let parent = inner.root.parent_node()?;
        let link = inner.root.owner_document()?.create_element("link").ok()?;
        link.set_attribute("rel", "stylesheet").ok()?;
        link.set_attribute("href", inner.href.as_deref()?).ok()?;
        link.set_attribute("data-omk-lazy", "").ok()?;
        let target: &web_sys::EventTarget = link.unchecked_ref();
        let promise = js_sys::Promise::new(&mut |resolve, reject| {
            let _ = target.add_event_listener_with_callback("load", &resolve);
            let _ = target.add_event_listener_with_callback("error", &reject);
        });
        parent.insert_before(&link, Some(&inner.root)).ok()?;
        inner.state.set(Sheet::Loading);
        *inner.loading.borrow_mut() = Some((link, promise.clone()));
        Some(promise)
    }
}

/// One instance's sheet is one value: compared by address.
impl PartialEq for LazySheet {
    fn eq(&self, other: &LazySheet) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
