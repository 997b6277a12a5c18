//! Benchmarks of the engine on a generated form of 1,000 fields (see `engine::synthetic`):
//! full evaluation (`resume`) and single changes (an integer feeding its section's total; a
//! gate opening its section), `open_source`, which the app runs on every definition it opens,
//! and `check_source`. Target: a single change in at most 50 µs natively.
//!
//! Run with `cargo bench --bench engine`; the figures are recorded in docs/engine.md and
//! docs/performance.md.

#[cfg(not(target_arch = "wasm32"))]
#[path = "engine/native.rs"]
mod native;

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::engine);

/// Criterion does not build for wasm32, so `cargo clippy --target wasm32-unknown-unknown
/// --all-targets` sees an empty benchmark.
#[cfg(target_arch = "wasm32")]
fn main() {}
