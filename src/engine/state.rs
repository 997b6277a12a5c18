//! [`FormState`]: the state of every field instance for given answers, and the edits that
//! change it (`set_answer`, `add_row`, `remove_row`).

use std::collections::HashMap;
use std::sync::Arc;

use crate::answers::{Answer, Answers, Row, RowId};
use crate::definition::FieldType;
use crate::value::Value;

use super::fast_hash::FastHash;
use super::form::Form;
use super::{Environment, FieldKey, Instance, Invalid};

/// The state of one field instance.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldState {
    /// Shown: its section, its groups and repeat, and its own `relevant` all hold.
    pub relevant: bool,
    /// Must be answered (only ever true while shown).
    pub required: bool,
    /// Cannot be changed by the user (calculated fields always).
    pub readonly: bool,
    /// The typed value: the answer read for the field's type, or the computed value. It is
    /// kept while the field is hidden, but expressions then see `Null`. `Null` for notes,
    /// groups and repeats (see [`FormState::rows`]).
    pub value: Value,
    /// The instance holds a non-empty answer (possibly an unreadable one, such as `"12a"`).
    pub answered: bool,
    /// Indexes into `FieldInfo::options` of the options offered now (after `choice_filter`).
    pub visible_options: Vec<usize>,
    /// What is wrong with the answer now, in the order type, required, rules, constraint
    /// (empty while hidden).
    pub errors: Vec<Invalid>,
}

/// What a change altered, so a page updates only that.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Changes {
    /// Field instances whose state changed (new rows' instances included), in form order.
    pub instances: Vec<Instance>,
    /// Sections whose relevance changed.
    pub sections: Vec<usize>,
}

/// Why an edit was refused. Nothing is changed when it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The field is read only (or calculated) now.
    #[error("'{0}' is read only")]
    ReadOnly(String),
    /// The field holds no answer of its own (a note, group, repeat or calculated field).
    #[error("'{0}' does not take an answer")]
    NoAnswer(String),
    /// The instance names a field, repeat or row that does not exist.
    #[error("there is no such field or row")]
    NoSuchInstance,
    /// The repeat already has its `max_rows`.
    #[error("'{0}' already has its most rows")]
    TooManyRows(String),
    /// A row with this id is already in the repeat.
    #[error("there is already a row '{0}'")]
    DuplicateRow(RowId),
}

/// An answer kept in a resumed draft that does not fit the definition any more.
#[derive(Debug, Clone, PartialEq)]
pub struct UnfittingAnswer {
    /// Where it is, e.g. `family_members[2].age` or `old_field`.
    pub path: String,
    /// The answer, kept untouched in the draft.
    pub answer: Answer,
    /// Why it does not fit: `None` when the field no longer exists, [`Invalid::WrongKind`] for
    /// a shape the field does not take, [`Invalid::NotAnOption`] for a removed option.
    pub reason: Option<Invalid>,
}

/// How far a record is from complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    /// Shown questions (instances that take an answer) that are answered.
    pub answered: usize,
    /// Shown questions that take an answer.
    pub total: usize,
    /// Shown fields marked `mandatory_for_completion` that are not filled, in form order.
    pub mandatory_missing: Vec<Instance>,
    /// No shown `mandatory_for_completion` field is missing (Primero's "complete"; errors are
    /// reported separately by [`FormState::problems`]).
    pub complete: bool,
}

/// A map keyed by instance with a fast, non-cryptographic hash: the keys come from the
/// form and the caller, and every expression evaluation looks states up.
pub(super) type InstanceMap<V> = HashMap<Instance, V, FastHash>;

/// The state of a form for given answers.
#[derive(Debug, Clone)]
pub struct FormState {
    pub(super) form: Arc<Form>,
    pub(super) environment: Environment,
    pub(super) answers: Answers,
    pub(super) states: InstanceMap<FieldState>,
    /// Why an instance's answer could not be read, where it could not (filled with the values).
    pub(super) unreadable: InstanceMap<Invalid>,
    pub(super) sections: Vec<bool>,
}

/// Two states are equal when they are of the same compiled form and hold the same answers and
/// field states.
impl PartialEq for FormState {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.form, &other.form)
            && self.environment == other.environment
            && self.answers == other.answers
            && self.sections == other.sections
            && self.states == other.states
    }
}

impl FormState {
    /// A new, empty draft: defaults (values or expressions such as `today()`) are applied to
    /// the fields outside repeats.
    pub fn new_draft(form: Arc<Form>, environment: Environment) -> Self {
        let mut state = Self::empty(form, environment, Answers::new());
        state.apply_defaults(&[], &[], false);
        state.evaluate_all();
        if state.apply_defaults(&[], &[], true) {
            state.evaluate_all();
        }
        state
    }

    /// A draft resumed from saved answers. Defaults are not applied again. Answers that no
    /// longer fit the definition (unknown fields, wrong shapes, removed options) are kept in
    /// the draft and listed.
    pub fn resume(
        form: Arc<Form>,
        answers: Answers,
        environment: Environment,
    ) -> (Self, Vec<UnfittingAnswer>) {
        let mut state = Self::empty(form, environment, answers);
        state.evaluate_all();
        let unfitting = state.unfitting();
        (state, unfitting)
    }

    fn empty(form: Arc<Form>, environment: Environment, answers: Answers) -> Self {
        let sections = vec![true; form.section_count()];
        Self {
            form,
            environment,
            answers,
            states: InstanceMap::default(),
            unreadable: InstanceMap::default(),
            sections,
        }
    }

    /// The compiled form.
    pub fn form(&self) -> &Form {
        &self.form
    }

    /// The form, shared.
    pub fn shared_form(&self) -> Arc<Form> {
        Arc::clone(&self.form)
    }

    /// The clock this state evaluates with.
    pub fn environment(&self) -> Environment {
        self.environment
    }

    /// Everything entered, hidden fields included: the draft.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// The state of a field instance, if it exists.
    pub fn field_state(&self, at: &Instance) -> Option<&FieldState> {
        self.states.get(at)
    }

    /// Whether a section is shown.
    pub fn section_relevant(&self, section: usize) -> bool {
        self.sections.get(section).copied().unwrap_or(false)
    }

    /// The row ids of a repeat instance, in order (empty for anything else).
    pub fn rows(&self, repeat: &Instance) -> Vec<RowId> {
        self.row_list(repeat.field, &repeat.rows)
            .map(|rows| rows.iter().map(|row| row.unique_id.clone()).collect())
            .unwrap_or_default()
    }

    /// The answer stored for an instance.
    pub fn answer(&self, at: &Instance) -> Option<&Answer> {
        let field = self.form.get(at.field)?;
        self.answers_at(&field.chain, &at.rows)?.get(field.id())
    }

    /// Sets (or, with `None`, clears) the answer of an instance and re-evaluates what depends on
    /// it: only the transitive dependents of the field, and only their instances the change
    /// can reach.
    pub fn set_answer(
        &mut self,
        at: &Instance,
        answer: Option<Answer>,
    ) -> Result<Changes, EditError> {
        let form = Arc::clone(&self.form);
        let field = form.get(at.field).ok_or(EditError::NoSuchInstance)?;
        if field.is_computed() {
            return Err(EditError::ReadOnly(field.id().to_string()));
        }
        if !field.takes_answer() {
            return Err(EditError::NoAnswer(field.id().to_string()));
        }
        let current = self.states.get(at).ok_or(EditError::NoSuchInstance)?;
        if current.readonly {
            return Err(EditError::ReadOnly(field.id().to_string()));
        }
        let id = field.id().to_string();
        let scope = self
            .answers_at_mut(&field.chain, &at.rows)
            .ok_or(EditError::NoSuchInstance)?;
        let previous = match answer {
            Some(answer) => scope.insert(id, answer),
            None => scope.remove(&id),
        };
        if previous.as_ref() == self.answer(at) {
            return Ok(Changes::default());
        }
        Ok(self.propagate(at))
    }

    /// Adds a row with the caller's stable id at the end of a repeat, and applies the defaults
    /// of the row's fields. Refused beyond `max_rows`, for a read-only repeat, or for an id
    /// already in the repeat.
    pub fn add_row(&mut self, repeat: &Instance, id: RowId) -> Result<Changes, EditError> {
        let form = Arc::clone(&self.form);
        let field = form.get(repeat.field).ok_or(EditError::NoSuchInstance)?;
        let state = self.states.get(repeat).ok_or(EditError::NoSuchInstance)?;
        if field.field_type() != FieldType::Repeat {
            return Err(EditError::NoSuchInstance);
        }
        let name = field.id().to_string();
        if state.readonly {
            return Err(EditError::ReadOnly(name));
        }
        let existing = self.rows(repeat);
        if field
            .definition
            .max_rows
            .is_some_and(|max| existing.len() >= max as usize)
        {
            return Err(EditError::TooManyRows(name));
        }
        if existing.contains(&id) {
            return Err(EditError::DuplicateRow(id));
        }
        let scope = self
            .answers_at_mut(&field.chain, &repeat.rows)
            .ok_or(EditError::NoSuchInstance)?;
        let mut rows = match scope.remove(&name) {
            Some(Answer::Rows(rows)) => rows,
            _ => Vec::new(),
        };
        rows.push(Row::new(id.clone()));
        scope.insert(name, Answer::Rows(rows));
        let mut prefix = repeat.rows.clone();
        prefix.push(id);
        let mut chain = field.chain.clone();
        chain.push(field.key);
        Ok(self.rebuild(|state| {
            state.apply_defaults(&chain, &prefix, false);
            state.evaluate_all();
            state.apply_defaults(&chain, &prefix, true);
        }))
    }

    /// Removes a row of a repeat, with its answers.
    pub fn remove_row(&mut self, repeat: &Instance, id: &RowId) -> Result<Changes, EditError> {
        let form = Arc::clone(&self.form);
        let field = form.get(repeat.field).ok_or(EditError::NoSuchInstance)?;
        if field.field_type() != FieldType::Repeat || !self.states.contains_key(repeat) {
            return Err(EditError::NoSuchInstance);
        }
        if self.states.get(repeat).is_some_and(|state| state.readonly) {
            return Err(EditError::ReadOnly(field.id().to_string()));
        }
        let name = field.id().to_string();
        let scope = self
            .answers_at_mut(&field.chain, &repeat.rows)
            .ok_or(EditError::NoSuchInstance)?;
        match scope.get_mut(&name) {
            Some(Answer::Rows(rows)) if rows.iter().any(|row| &row.unique_id == id) => {
                rows.retain(|row| &row.unique_id != id);
            }
            _ => return Err(EditError::NoSuchInstance),
        }
        Ok(self.rebuild(|_| {}))
    }

    // ---- the answers tree ------------------------------------------------------------------

    /// The rows of `repeat` in the answers, as seen from a reader in `rows` (whose leading row
    /// ids select the repeat's instance).
    pub(crate) fn row_list(&self, repeat: FieldKey, rows: &[RowId]) -> Option<&[Row]> {
        let field = self.form.get(repeat)?;
        if field.field_type() != FieldType::Repeat || field.depth() > rows.len() {
            return None;
        }
        match self
            .answers_at(&field.chain, &rows[..field.depth()])?
            .get(field.id())
        {
            Some(Answer::Rows(list)) => Some(list),
            _ => None,
        }
    }

    /// The answers of the scope that `rows` selects through the repeats of `chain`.
    pub(crate) fn answers_at(&self, chain: &[FieldKey], rows: &[RowId]) -> Option<&Answers> {
        if chain.len() != rows.len() {
            return None;
        }
        let mut answers = &self.answers;
        for (repeat, id) in chain.iter().zip(rows) {
            let Some(Answer::Rows(list)) = answers.get(self.form.field(*repeat).id()) else {
                return None;
            };
            answers = &list.iter().find(|row| &row.unique_id == id)?.answers;
        }
        Some(answers)
    }

    pub(super) fn answers_at_mut(
        &mut self,
        chain: &[FieldKey],
        rows: &[RowId],
    ) -> Option<&mut Answers> {
        if chain.len() != rows.len() {
            return None;
        }
        let form = Arc::clone(&self.form);
        let mut answers = &mut self.answers;
        for (repeat, id) in chain.iter().zip(rows) {
            let Some(Answer::Rows(list)) = answers.get_mut(form.field(*repeat).id()) else {
                return None;
            };
            answers = &mut list.iter_mut().find(|row| &row.unique_id == id)?.answers;
        }
        Some(answers)
    }

    /// The row-id lists of every instance of `key` whose rows start with `prefix`.
    pub(super) fn instances_under(&self, key: FieldKey, prefix: &[RowId]) -> Vec<Vec<RowId>> {
        let chain = &self.form.field(key).chain;
        if prefix.len() > chain.len() {
            return Vec::new();
        }
        let mut all = vec![prefix.to_vec()];
        for repeat in &chain[prefix.len()..] {
            all = all
                .into_iter()
                .flat_map(|rows| {
                    let ids: Vec<RowId> = self
                        .row_list(*repeat, &rows)
                        .into_iter()
                        .flatten()
                        .map(|row| row.unique_id.clone())
                        .collect();
                    ids.into_iter().map(move |id| {
                        let mut next = rows.clone();
                        next.push(id);
                        next
                    })
                })
                .collect();
        }
        all
    }
}
