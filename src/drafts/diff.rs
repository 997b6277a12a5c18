//! What changed between two sets of answers, as edits for the history.
//!
//! The app hands the draft the engine's answers after every change; diffing them here keeps
//! the history complete whatever the change was (a typed answer, a default applied, a row
//! added inside a repeat) without every widget having to report its own old and new value.

use super::{FieldPath, RowRef};
use crate::answers::{Answer, Answers, Row};

/// One answer that differs: where, before and after.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerChange {
    /// Where the answer lives.
    pub path: FieldPath,
    /// Before (none: unanswered, or the row did not exist).
    pub old: Option<Answer>,
    /// After (none: cleared, or the row was removed).
    pub new: Option<Answer>,
}

/// Every answer that differs between `old` and `new`, in field-id order.
///
/// Repeats are compared row by row, matched by `unique_id`: a change inside a row is reported
/// at its field (`family[<row>].age`); a row added or removed is one change at the repeat's
/// path, holding that row (`old` none for an added row, `new` none for a removed one).
pub fn changed_answers(old: &Answers, new: &Answers) -> Vec<AnswerChange> {
    let mut changes = Vec::new();
    diff_scope(&[], old, new, &mut changes);
    changes
}

fn diff_scope(rows: &[RowRef], old: &Answers, new: &Answers, out: &mut Vec<AnswerChange>) {
    let mut ids: Vec<&String> = old.iter().map(|(id, _)| id).collect();
    ids.extend(
        new.iter()
            .map(|(id, _)| id)
            .filter(|id| old.get(id).is_none()),
    );
    ids.sort_unstable();
    for id in ids {
        match (old.get(id), new.get(id)) {
            (Some(Answer::Rows(before)), Some(Answer::Rows(after))) => {
                diff_rows(rows, id, before, after, out);
            }
            (before, after) if before != after => out.push(AnswerChange {
                path: FieldPath {
                    rows: rows.to_vec(),
                    field: id.clone(),
                },
                old: before.cloned(),
                new: after.cloned(),
            }),
            _ => {}
        }
    }
}

fn diff_rows(rows: &[RowRef], repeat: &str, old: &[Row], new: &[Row], out: &mut Vec<AnswerChange>) {
    let whole_row = |row: &Row| Some(Answer::Rows(vec![row.clone()]));
    let repeat_path = || FieldPath {
        rows: rows.to_vec(),
        field: repeat.to_string(),
    };
    for before in old {
        match new.iter().find(|after| after.unique_id == before.unique_id) {
            Some(after) => {
                let mut inner = rows.to_vec();
                inner.push(RowRef {
                    repeat: repeat.to_string(),
                    row: before.unique_id.clone(),
                });
                diff_scope(&inner, &before.answers, &after.answers, out);
            }
            None => out.push(AnswerChange {
                path: repeat_path(),
                old: whole_row(before),
                new: None,
            }),
        }
    }
    for after in new {
        if !old.iter().any(|before| before.unique_id == after.unique_id) {
            out.push(AnswerChange {
                path: repeat_path(),
                old: None,
                new: whole_row(after),
            });
        }
    }
}
