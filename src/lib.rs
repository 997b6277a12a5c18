//! caseforms: a forms engine for child-protection casework.
//!
//! The data flows through the modules in this order:
//! definition (the JSON format) → check (problems found in it) → engine (a compiled form and
//! the state of every field for given answers) → app (the Leptos page, wasm only).
//!
//! Everything outside `app` and `storage` is plain Rust: it does no IO, knows no DOM, and
//! never panics on input that came from a user, a file or storage.

pub mod answers;
#[cfg(target_arch = "wasm32")]
pub mod app;
pub mod check;
pub mod definition;
pub mod drafts;
pub mod engine;
pub mod expr;
pub mod i18n;
#[cfg(target_arch = "wasm32")]
pub mod storage;
pub mod value;
