#![cfg(not(target_arch = "wasm32"))]
//! The checker: every problem a designer can make, with its exact message and line:column,
//! through one `check(definition, expected report)` helper; the positions scanner; the bundled
//! forms; the JSON Schema; and the examples of docs/format.md.

#[path = "check/support.rs"]
mod support;

#[path = "check/expressions.rs"]
mod expressions;
#[path = "check/fields.rs"]
mod fields;
#[path = "check/positions.rs"]
mod positions;
#[path = "check/syntax.rs"]
mod syntax;
#[path = "check/texts.rs"]
mod texts;
#[path = "check/top.rs"]
mod top;
