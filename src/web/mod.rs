//! The browser glue: mounting an instance into the element's shadow root, keeping the route in
//! the URL hash, showing a panic inside the widget, measuring widths, running transitions and deferring
//! what can wait a frame.

pub mod defer;
pub mod files;
pub mod focus;
pub mod hash;
pub mod keys;
pub mod lazy_sheet;
pub mod motion;
pub mod mount;
pub mod page;
pub mod reveal;
pub mod panic;
pub mod present;
pub mod session_clock;
pub mod share;
pub mod size;
pub mod storage;
pub mod term_marks;
pub mod wipe;
