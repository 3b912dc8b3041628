//! Small pieces shared by the views.

pub mod heading;
pub mod link;
pub mod notice;
pub mod prose;
pub mod share;
pub mod source;
pub mod svg;
