//! What one instance keeps for the visit beside its state: the self-assessment's workshop where
//! the storage does not keep it (blocked, full, or holding unreadable data), so that another view
//! and back loses nothing. Each instance has its own, provided by `App` (`app::Instance`); two
//! explainers on one page never share it.
//!
//! It is held as `dyn Any`: `App` is in the start module, and a `Workshop` there would bring its
//! code (dropping it) into every visitor's download; the assessment's chunk puts it in and takes
//! it out.

use crate::assessment::workshop::Workshop;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Default)]
pub struct Memory {
    workshop: Rc<RefCell<Option<Box<dyn Any>>>>,
}

impl Memory {
    /// The workshop kept for the visit, if any.
    pub fn workshop(&self) -> Option<Workshop> {
        self.workshop.borrow().as_ref()?.downcast_ref::<Workshop>().cloned()
    }

    /// Keeps `workshop` for the visit (`None`: nothing, as when the storage keeps it).
    pub fn keep(&self, workshop: Option<Workshop>) {
        *self.workshop.borrow_mut() = workshop.map(|w| Box::new(w) as Box<dyn Any>);
    }
}

/// One instance's memory is one value: compared by address.
impl PartialEq for Memory {
    fn eq(&self, other: &Memory) -> bool {
        Rc::ptr_eq(&self.workshop, &other.workshop)
    }
}

/// This instance's memory (`App` provides it above every view).
#[hook]
pub fn use_memory() -> Memory {
    use_context::<crate::ui::app::Instance>().expect("views render inside App's ContextProvider").memory
}
