//! The yew views: they render a [`crate::state::State`] and send [`crate::state::Action`]s.
//! No logic lives here that a host test should reach; that belongs in the pure core.

pub mod app;
mod components;
#[cfg(omkering_split)]
mod lazy;
mod memory;
mod views;
