//! The stylesheet of the views that load on demand (`assets/omkering-lazy.css`, built as
//! `omkering-lazy-<hash>.css`; the loader passes its address to `mount`). The start page never
//! downloads it: an instance adds it to its shadow root, after `omkering.css`, the first time it
//! needs one of those views, and `ui::lazy` shows the view only once the sheet has loaded, so a
//! view never shows unstyled. Each instance has its own (a shadow root's styles are its own);
//! the browser fetches the file once.

use gloo_events::EventListener;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

#[derive(Clone, Copy, PartialEq)]
enum Sheet {
    Absent,
    Loading,
    Loaded,
}

/// What to call when the sheet has loaded (`true`) or could not load (`false`).
type Waiter = Box<dyn FnOnce(bool)>;

/// One instance's handle on the sheet; clones share it.
#[derive(Clone)]
pub struct LazySheet(Rc<Inner>);

struct Inner {
    /// The element the app is mounted in: the sheet goes just before it, in its shadow root.
    root: web_sys::Element,
    /// None: there is no such sheet (an app mounted without the loader, as in the browser tests).
    href: Option<String>,
    state: Cell<Sheet>,
    /// While it loads: the link and who waits for it.
    link: RefCell<Option<web_sys::Element>>,
    waiters: RefCell<Vec<Waiter>>,
    /// The link's `load` and `error` listeners (dropped when a new link replaces them, never from
    /// inside their own call).
    listeners: RefCell<Option<[EventListener; 2]>>,
}

impl LazySheet {
    pub fn new(root: web_sys::Element, href: Option<String>) -> Self {
        let href = href.filter(|h| !h.is_empty());
        LazySheet(Rc::new(Inner {
            root,
            href,
            state: Cell::new(Sheet::Absent),
            link: RefCell::new(None),
            waiters: RefCell::default(),
            listeners: RefCell::new(None),
        }))
    }

    /// Whether the views that load on demand can show: the sheet has loaded, or there is none.
    pub fn ready(&self) -> bool {
        self.0.href.is_none() || self.0.state.get() == Sheet::Loaded
    }

    /// Adds the sheet (once) and calls `done` when it has loaded (`true`), or when it cannot load
    /// (`false`, offline before the first visit): the link is then taken out again, and the next
    /// call tries anew. Called at once when the sheet is there already.
    pub fn load(&self, done: impl FnOnce(bool) + 'static) {
        if self.ready() {
            return done(true);
        }
        self.0.waiters.borrow_mut().push(Box::new(done));
        if self.0.state.get() == Sheet::Absent && !self.add() {
            // Not in a shadow root, or the document refused the element: the views show with
            // the start sheet's styles rather than not at all.
            settle(&self.0, true);
        }
    }

    /// Puts the link into the shadow root, listening for its `load` and `error`.
    fn add(&self) -> bool {
        let inner = &self.0;
        let (Some(parent), Some(document), Some(href)) = (inner.root.parent_node(), inner.root.owner_document(), inner.href.as_deref()) else {
            return false;
        };
        let Ok(link) = document.create_element("link") else { return false };
        let made = [("rel", "stylesheet"), ("href", href), ("data-omk-lazy", "")].iter().all(|(k, v)| link.set_attribute(k, v).is_ok());
        if !made || parent.insert_before(&link, Some(&inner.root)).is_err() {
            return false;
        }
        let on = |event: &'static str, loaded: bool| {
            let weak: Weak<Inner> = Rc::downgrade(&self.0);
            EventListener::once(&link, event, move |_| {
                if let Some(inner) = weak.upgrade() {
                    settle(&inner, loaded);
                }
            })
        };
        *inner.listeners.borrow_mut() = Some([on("load", true), on("error", false)]);
        inner.state.set(Sheet::Loading);
        *inner.link.borrow_mut() = Some(link);
        true
    }
}

/// The sheet has loaded or failed: keeps or removes the link and tells every waiter.
fn settle(inner: &Inner, loaded: bool) {
    let link = inner.link.borrow_mut().take();
    if let (Some(link), false) = (link, loaded) {
        link.remove();
    }
    inner.state.set(if loaded { Sheet::Loaded } else { Sheet::Absent });
    let waiters = std::mem::take(&mut *inner.waiters.borrow_mut());
    for done in waiters {
        done(loaded);
    }
}

/// One instance's sheet is one value: compared by address.
impl PartialEq for LazySheet {
    fn eq(&self, other: &LazySheet) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
