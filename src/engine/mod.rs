//! The compiled form and its state.
//!
//! [`Form::compile`] turns a definition into a flat field table with scopes, parsed
//! expressions and a dependency graph. [`FormState`] holds the state of every field instance
//! for given answers and keeps it up to date, one changed answer at a time, re-evaluating only
//! what depends on the change. See `docs/engine.md`.

mod context;
mod evaluate;
mod expressions;
mod fast_hash;
mod form;
mod graph;
mod invalid;
mod record;
mod scope_types;
mod state;
pub mod synthetic;
mod typing;

pub use form::{FieldInfo, Form};
pub use invalid::Invalid;
pub use state::{Changes, Completion, EditError, FieldState, FormState, UnfittingAnswer};

use crate::answers::RowId;
use crate::value::{Date, DateTime};

/// A field's index in its form's field table: small, `Copy`, stable for a compiled form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldKey(u32);

impl FieldKey {
    /// The key of the field at `index` in the form's field table.
    pub(crate) fn new(index: usize) -> Self {
        Self(u32::try_from(index).unwrap_or(u32::MAX))
    }

    /// The field's index in the form's field table.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// One field in one repeat row: `rows` holds the row ids of the enclosing repeats, outermost
/// first, and is empty for a field outside repeats.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Instance {
    /// The field.
    pub field: FieldKey,
    /// The row ids of the enclosing repeats, outermost first.
    pub rows: Vec<RowId>,
}

impl Instance {
    /// The instance of a field outside any repeat.
    pub fn top(field: FieldKey) -> Self {
        Self {
            field,
            rows: Vec::new(),
        }
    }
}

/// What the engine needs from the world: the clock. The core does no IO.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Environment {
    /// Today's date, for `today()`, `age()` and `max: "today"`.
    pub today: Date,
    /// The current date and time, for `now()`.
    pub now: DateTime,
}
