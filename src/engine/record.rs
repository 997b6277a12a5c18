//! What a state gives back: the finalized record, completion, the error summary, and the
//! answers of a resumed draft that no longer fit.

use crate::answers::{Answer, Answers, Row, RowId};
use crate::definition::FieldType;

use super::evaluate::is_filled;
use super::state::{Completion, FieldState, FormState, UnfittingAnswer};
use super::typing::{answer_of, read};
use super::{FieldKey, Instance, Invalid};

impl FormState {
    /// The finalized record: answers of hidden fields left out, calculated values included,
    /// numbers typed as numbers where they read as such (as ODK and Primero do). Answers of
    /// fields the form no longer has are left out too; unreadable answers stay as typed.
    pub fn record(&self) -> Answers {
        self.record_scope(0, &[])
    }

    /// How far the record is from complete.
    pub fn completion(&self) -> Completion {
        let mut answered = 0;
        let mut total = 0;
        let mut mandatory_missing = Vec::new();
        for (instance, state) in self.instances_in_order() {
            let field = self.form.field(instance.field);
            if !state.relevant {
                continue;
            }
            if field.takes_answer() {
                total += 1;
                answered += usize::from(state.answered);
            }
            let rows = self
                .row_list(instance.field, &instance.rows)
                .map_or(0, <[_]>::len);
            if field.definition.mandatory_for_completion
                && !is_filled(field.field_type(), &state.value, rows)
            {
                mandatory_missing.push(instance);
            }
        }
        let complete = mandatory_missing.is_empty();
        Completion {
            answered,
            total,
            mandatory_missing,
            complete,
        }
    }

    /// Every error of a shown field, in form order (for the error summary on submit).
    pub fn problems(&self) -> Vec<(Instance, Invalid)> {
        self.instances_in_order()
            .into_iter()
            .filter(|(_, state)| state.relevant)
            .flat_map(|(instance, state)| {
                state
                    .errors
                    .iter()
                    .map(move |error| (instance.clone(), error.clone()))
            })
            .collect()
    }

    /// Every instance with its state, in the order a page shows them: sections in order,
    /// fields in order, and each repeat's rows (with all their fields) after the repeat.
    pub fn instances_in_order(&self) -> Vec<(Instance, &FieldState)> {
        let mut all = Vec::with_capacity(self.states.len());
        for section in 0..self.form.section_count() {
            self.walk(self.form.section_fields(section), &[], &mut all);
        }
        all
    }

    fn walk<'a>(
        &'a self,
        keys: &[FieldKey],
        rows: &[RowId],
        out: &mut Vec<(Instance, &'a FieldState)>,
    ) {
        for key in keys {
            let instance = Instance {
                field: *key,
                rows: rows.to_vec(),
            };
            let Some(state) = self.states.get(&instance) else {
                continue;
            };
            out.push((instance, state));
            let field = self.form.field(*key);
            match field.field_type() {
                FieldType::Group => self.walk(&field.children, rows, out),
                FieldType::Repeat => {
                    for row in self.row_list(*key, rows).into_iter().flatten() {
                        let mut inner = rows.to_vec();
                        inner.push(row.unique_id.clone());
                        self.walk(&field.children, &inner, out);
                    }
                }
                _ => {}
            }
        }
    }

    fn record_scope(&self, scope: usize, rows: &[RowId]) -> Answers {
        let mut record = Answers::new();
        let Some(info) = self.form.scopes.get(scope) else {
            return record;
        };
        for key in &info.fields {
            let field = self.form.field(*key);
            let instance = Instance {
                field: *key,
                rows: rows.to_vec(),
            };
            let Some(state) = self.states.get(&instance) else {
                continue;
            };
            if !state.relevant {
                continue;
            }
            let answer = match field.field_type() {
                FieldType::Note | FieldType::Group => None,
                FieldType::Repeat => field.rows.and_then(|rows_info| {
                    let list: Vec<Row> = self
                        .row_list(*key, rows)
                        .into_iter()
                        .flatten()
                        .map(|row| {
                            let mut inner = rows.to_vec();
                            inner.push(row.unique_id.clone());
                            Row {
                                unique_id: row.unique_id.clone(),
                                answers: self.record_scope(rows_info.scope, &inner),
                            }
                        })
                        .collect();
                    (!list.is_empty()).then_some(Answer::Rows(list))
                }),
                _ if field.is_computed() => answer_of(&state.value),
                FieldType::Integer | FieldType::Decimal
                    if state.errors.first().is_none_or(|e| !e.is_unreadable()) =>
                {
                    answer_of(&state.value)
                }
                _ if !state.answered => None,
                _ => self.answer(&instance).cloned(),
            };
            if let Some(answer) = answer {
                record.insert(field.id().to_string(), answer);
            }
        }
        record
    }

    /// The answers that do not fit the form (see [`FormState::resume`]).
    pub(super) fn unfitting(&self) -> Vec<UnfittingAnswer> {
        let mut out = Vec::new();
        self.collect_unfitting(&self.answers, 0, "", &mut out);
        out
    }

    fn collect_unfitting(
        &self,
        answers: &Answers,
        scope: usize,
        path: &str,
        out: &mut Vec<UnfittingAnswer>,
    ) {
        let Some(info) = self.form.scopes.get(scope) else {
            return;
        };
        for (id, answer) in answers.iter() {
            let here = if path.is_empty() {
                id.clone()
            } else {
                format!("{path}.{id}")
            };
            let Some(key) = info.names.get(id).copied() else {
                out.push(UnfittingAnswer {
                    path: here,
                    answer: answer.clone(),
                    reason: None,
                });
                continue;
            };
            let field = self.form.field(key);
            if let (Some(rows_info), Answer::Rows(list)) = (field.rows, answer) {
                for (index, row) in list.iter().enumerate() {
                    self.collect_unfitting(
                        &row.answers,
                        rows_info.scope,
                        &format!("{here}[{index}]"),
                        out,
                    );
                }
                continue;
            }
            let reason = if field.is_computed() {
                // A record's calculated values are recomputed, never in the way.
                None
            } else if !field.takes_answer() {
                // A note, a group, or a repeat whose answer is not a list of rows.
                Some(Invalid::WrongKind)
            } else {
                read(field, Some(answer)).error.filter(|invalid| {
                    matches!(invalid, Invalid::WrongKind | Invalid::NotAnOption { .. })
                })
            };
            if let Some(reason) = reason {
                out.push(UnfittingAnswer {
                    path: here,
                    answer: answer.clone(),
                    reason: Some(reason),
                });
            }
        }
    }
}
