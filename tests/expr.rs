//! Tests of the expression language (`caseforms::expr`) and of the values it works on
//! (`caseforms::value`): one table per part, each run through one `check` helper.

#[path = "expr/support.rs"]
mod support;

#[path = "expr/date.rs"]
mod date;
#[path = "expr/docs.rs"]
mod docs;
#[path = "expr/eval.rs"]
mod eval;
#[path = "expr/parser.rs"]
mod parser;
#[cfg(not(target_arch = "wasm32"))]
#[path = "expr/properties.rs"]
mod properties;
#[path = "expr/references.rs"]
mod references;
#[path = "expr/repeats.rs"]
mod repeats;
#[path = "expr/syntax_errors.rs"]
mod syntax_errors;
#[path = "expr/types.rs"]
mod types;
