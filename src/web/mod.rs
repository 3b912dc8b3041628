//! The browser glue: mounting an instance into the element's shadow root, keeping the route in
//! the URL hash, and showing a panic inside the widget.

pub mod hash;
pub mod mount;
pub mod panic;
