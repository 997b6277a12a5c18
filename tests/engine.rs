//! Tests of the engine (`caseforms::engine`) and of the answers it works on
//! (`caseforms::answers`), written as short scripts through `support::Script`. Every edit in a
//! script also checks that the incrementally updated state equals a fresh evaluation.

#[path = "engine/support.rs"]
mod support;

#[path = "engine/answers.rs"]
mod answers;
#[path = "engine/calculations.rs"]
mod calculations;
#[path = "engine/compile.rs"]
mod compile;
#[path = "engine/drafts.rs"]
mod drafts;
#[cfg(not(target_arch = "wasm32"))]
#[path = "engine/properties.rs"]
mod properties;
#[path = "engine/relevance.rs"]
mod relevance;
#[path = "engine/repeats.rs"]
mod repeats;
#[path = "engine/validation.rs"]
mod validation;
