//! The edit history of a draft: who changed which answer, when, from what to what.
//!
//! # Why rapid keystrokes are coalesced
//!
//! A text field reports a change on every keystroke. Recording each one would:
//! - make the history grow with the square of what is typed (a 500-character note would leave
//!   500 edits, each holding the whole text so far), and browser storage holds only a few
//!   megabytes per site, shared by every draft on the tablet;
//! - bury the information an audit needs ("at 10:02 the caseworker changed *sex* from
//!   *female* to *male*") under intermediate states nobody meant as answers ("Am", "Ami").
//!
//! So a change to the same field, by the same user, within [`COALESCE_WINDOW_MS`] of the
//! moment that edit started is folded into it: the edit keeps the **first** `old` value (what
//! the answer was before the user started typing) and the **last** `new` value (what they
//! left). If the result changes nothing (typed, then deleted again), the edit is dropped.
//! The window is counted from the edit's start, not from the last keystroke, so one edit never
//! spans more than a minute and a long typing session still leaves a trail with times.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::UnixMillis;
use crate::answers::{Answer, RowId};

/// Changes to the same field within this many milliseconds of the start of an edit are folded
/// into that edit (see the module documentation).
pub const COALESCE_WINDOW_MS: UnixMillis = 60_000;

/// One step into a repeat group: the repeat's field id and the row's stable `unique_id`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RowRef {
    /// The repeat group's field id, e.g. `family_members`.
    pub repeat: String,
    /// The row's `unique_id`.
    pub row: RowId,
}

/// Where an answer lives: the repeat rows leading to it (outermost first) and the field id.
///
/// Row ids, not row numbers, so the path still names the same row after rows above it were
/// removed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FieldPath {
    /// The repeat rows the field is in, outermost first; empty for a top-level field.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<RowRef>,
    /// The field id (for a whole row added or removed: the repeat's id).
    pub field: String,
}

impl FieldPath {
    /// A top-level field.
    pub fn field(field: impl Into<String>) -> FieldPath {
        FieldPath {
            rows: Vec::new(),
            field: field.into(),
        }
    }

    /// The same path one repeat row deeper: `field` inside row `row` of `repeat`.
    pub fn in_row(
        mut rows: Vec<RowRef>,
        repeat: impl Into<String>,
        row: impl Into<RowId>,
        field: impl Into<String>,
    ) -> FieldPath {
        rows.push(RowRef {
            repeat: repeat.into(),
            row: row.into(),
        });
        FieldPath {
            rows,
            field: field.into(),
        }
    }
}

impl fmt::Display for FieldPath {
    /// `family_members[3f2a…].relation_name`, or just `sex`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for step in &self.rows {
            write!(f, "{}[{}].", step.repeat, step.row)?;
        }
        f.write_str(&self.field)
    }
}

/// One change to one answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edit {
    /// Which answer.
    pub path: FieldPath,
    /// The answer before (none: it was unanswered).
    pub old: Option<Answer>,
    /// The answer after (none: it was cleared).
    pub new: Option<Answer>,
    /// When the edit started.
    pub at: UnixMillis,
    /// Who made it, when the deployment knows (a caseworker's login or initials).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}

/// Appends the change of `path` from `old` to `new` to `history`, folding it into the last
/// edit when that edit is of the same field by the same user and started at most
/// [`COALESCE_WINDOW_MS`] before `at` (see the module documentation for why).
///
/// - A change that changes nothing (`old == new`) is not recorded.
/// - A folded edit keeps its first `old` and takes the new `new`; if they are then equal, the
///   edit is removed.
/// - A time before the last edit's start (the tablet's clock was set back) never folds.
pub fn record_edit(
    history: &mut Vec<Edit>,
    path: FieldPath,
    old: Option<Answer>,
    new: Option<Answer>,
    at: UnixMillis,
    user: Option<String>,
) {
    if old == new {
        return;
    }
    if let Some(last) = history.last_mut() {
        let folds = last.path == path
            && last.user == user
            && at >= last.at
            && at - last.at <= COALESCE_WINDOW_MS;
        if folds {
            last.new = new;
            if last.old == last.new {
                history.pop();
            }
            return;
        }
    }
    history.push(Edit {
        path,
        old,
        new,
        at,
        user,
    });
}
