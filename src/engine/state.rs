//! [`FormState`]: the state of every field instance for given answers, kept up to date one
//! change at a time through the dependency graph.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::answers::{Answer, Answers, Row, RowId};
use crate::definition::FieldType;
use crate::expr::{self, EvalContext};
use crate::value::Value;

use super::context::InstanceContext;
use super::expressions::{Compiled, Cond, Initial};
use super::form::Form;
use super::typing::{default_answer, read, shorthand_error, to_answer};
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
    /// The typed value: the answer read for the field's type, or the computed value.
    pub value: Value,
    /// Indexes into `FieldInfo::options` of the options offered now (after `choice_filter`).
    pub visible_options: Vec<usize>,
    /// What is wrong with the answer now (empty while hidden).
    pub errors: Vec<Invalid>,
}

/// What a change altered, so a page updates only that.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Changes {
    /// Field instances whose state changed.
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
}

/// An answer kept in a resumed draft that does not fit the definition any more.
#[derive(Debug, Clone, PartialEq)]
pub struct UnfittingAnswer {
    /// Where it is, e.g. `family_members[2].age` or `old_field`.
    pub path: String,
    /// The answer, kept untouched in the draft.
    pub answer: Answer,
    /// Why it does not fit: `None` when the field no longer exists.
    pub reason: Option<Invalid>,
}

/// How far a record is from complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    /// Shown questions that are answered.
    pub answered: usize,
    /// Shown questions that take an answer.
    pub total: usize,
    /// Shown fields marked `mandatory_for_completion` that are not answered.
    pub mandatory_missing: Vec<Instance>,
    /// No mandatory field is missing and no shown field has an error.
    pub complete: bool,
}

/// The state of a form for given answers.
#[derive(Debug, Clone)]
pub struct FormState {
    form: Arc<Form>,
    environment: Environment,
    answers: Answers,
    states: HashMap<Instance, FieldState>,
    sections: Vec<bool>,
}

impl FormState {
    /// A new, empty draft: defaults (values or expressions such as `today()`) are applied.
    pub fn new_draft(form: Arc<Form>, environment: Environment) -> Self {
        let mut state = Self::empty(form, environment, Answers::new());
        state.evaluate_all();
        state.apply_defaults(&[]);
        state.evaluate_all();
        state
    }

    /// A draft resumed from saved answers. Defaults are not applied again. Answers that no
    /// longer fit the definition (unknown fields, wrong shapes, removed options) are kept in
    /// the draft and listed.
    pub fn resume(form: Arc<Form>, answers: Answers, environment: Environment) -> (Self, Vec<UnfittingAnswer>) {
        let mut state = Self::empty(form, environment, answers);
        state.evaluate_all();
        let mut unfitting = Vec::new();
        state.collect_unfitting(&state.answers, 0, &[], "", &mut unfitting);
        (state, unfitting)
    }

    fn empty(form: Arc<Form>, environment: Environment, answers: Answers) -> Self {
        let sections = vec![true; form.section_count()];
        Self { form, environment, answers, states: HashMap::new(), sections }
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

    /// The row ids of a repeat instance, in order.
    pub fn rows(&self, repeat: &Instance) -> Vec<RowId> {
        self.row_ids_at(repeat.field, &repeat.rows)
    }

    /// The answer stored for an instance.
    pub fn answer(&self, at: &Instance) -> Option<&Answer> {
        self.answers_at(&at.rows)?.get(self.form.field(at.field).id())
    }

    /// Sets (or, with `None`, clears) the answer of an instance and re-evaluates what depends on
    /// it.
    pub fn set_answer(&mut self, at: &Instance, answer: Option<Answer>) -> Result<Changes, EditError> {
        let field = self.form.get(at.field).ok_or(EditError::NoSuchInstance)?;
        if !field.takes_answer() {
            return Err(EditError::NoAnswer(field.id().to_string()));
        }
        let current = self.states.get(at).ok_or(EditError::NoSuchInstance)?;
        if current.readonly {
            return Err(EditError::ReadOnly(field.id().to_string()));
        }
        let id = field.id().to_string();
        let scope = self.answers_at_mut(&at.rows).ok_or(EditError::NoSuchInstance)?;
        match answer {
            Some(answer) => scope.insert(id, answer),
            None => scope.remove(&id),
        };
        Ok(self.propagate(at))
    }

    /// Adds a row with the caller's stable id at the end of a repeat; defaults apply in it.
    pub fn add_row(&mut self, repeat: &Instance, id: RowId) -> Result<Changes, EditError> {
        let field = self.form.get(repeat.field).ok_or(EditError::NoSuchInstance)?;
        if field.field_type() != FieldType::Repeat || !self.states.contains_key(repeat) {
            return Err(EditError::NoSuchInstance);
        }
        let name = field.id().to_string();
        let max = field.definition.max_rows;
        let count = self.rows(repeat).len();
        if max.is_some_and(|max| count >= max as usize) {
            return Err(EditError::TooManyRows(name));
        }
        let scope = self.answers_at_mut(&repeat.rows).ok_or(EditError::NoSuchInstance)?;
        let mut rows = match scope.remove(&name) {
            Some(Answer::Rows(rows)) => rows,
            _ => Vec::new(),
        };
        rows.push(Row::new(id.clone()));
        scope.insert(name, Answer::Rows(rows));
        let mut prefix = repeat.rows.clone();
        prefix.push(id);
        Ok(self.rebuild(|state| {
            state.evaluate_all();
            state.apply_defaults(&prefix);
        }))
    }

    /// Removes a row of a repeat, with its answers.
    pub fn remove_row(&mut self, repeat: &Instance, id: &RowId) -> Result<Changes, EditError> {
        let field = self.form.get(repeat.field).ok_or(EditError::NoSuchInstance)?;
        let name = field.id().to_string();
        let scope = self.answers_at_mut(&repeat.rows).ok_or(EditError::NoSuchInstance)?;
        match scope.get_mut(&name) {
            Some(Answer::Rows(rows)) if rows.iter().any(|row| &row.unique_id == id) => {
                rows.retain(|row| &row.unique_id != id);
            }
            _ => return Err(EditError::NoSuchInstance),
        }
        Ok(self.rebuild(|_| {}))
    }

    /// The finalized record: hidden answers left out, calculated values included, as ODK and
    /// Primero do.
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
            if !state.relevant || !field.takes_answer() {
                continue;
            }
            total += 1;
            if state.value.is_answered() {
                answered += 1;
            } else if field.definition.mandatory_for_completion {
                mandatory_missing.push(instance);
            }
        }
        let complete = mandatory_missing.is_empty() && self.problems().is_empty();
        Completion { answered, total, mandatory_missing, complete }
    }

    /// Every error of a shown field, in form order (for the error summary on submit).
    pub fn problems(&self) -> Vec<(Instance, Invalid)> {
        self.instances_in_order()
            .into_iter()
            .filter(|(_, state)| state.relevant)
            .flat_map(|(instance, state)| state.errors.iter().map(move |error| (instance.clone(), error.clone())))
            .collect()
    }

    /// Every instance with its state, in form order, rows in row order.
    pub fn instances_in_order(&self) -> Vec<(Instance, &FieldState)> {
        let mut all = Vec::with_capacity(self.states.len());
        for field in self.form.fields() {
            for rows in self.instances_under(field.key, &[]) {
                let instance = Instance { field: field.key, rows };
                if let Some(state) = self.states.get(&instance) {
                    all.push((instance, state));
                }
            }
        }
        all
    }

    // ---- reading, for expressions ------------------------------------------------------

    /// A field's value as expressions see it from a reader in `rows`: `Null` while hidden.
    pub(crate) fn visible_value(&self, key: FieldKey, rows: &[RowId]) -> Value {
        let depth = self.form.field(key).depth();
        if depth > rows.len() {
            return Value::Null;
        }
        let instance = Instance { field: key, rows: rows[..depth].to_vec() };
        match self.states.get(&instance) {
            Some(state) if state.relevant => state.value.clone(),
            _ => Value::Null,
        }
    }

    /// The row ids of `repeat` as seen from a reader in `rows`.
    pub(crate) fn row_ids_at(&self, repeat: FieldKey, rows: &[RowId]) -> Vec<RowId> {
        let field = self.form.field(repeat);
        let depth = field.depth();
        if depth > rows.len() || field.field_type() != FieldType::Repeat {
            return Vec::new();
        }
        match self.answers_at(&rows[..depth]).and_then(|answers| answers.get(field.id())) {
            Some(Answer::Rows(rows)) => rows.iter().map(|row| row.unique_id.clone()).collect(),
            _ => Vec::new(),
        }
    }

    /// The 1-based number of the reader's own row in its innermost repeat.
    pub(crate) fn row_number(&self, reader: FieldKey, rows: &[RowId]) -> Option<usize> {
        let repeat = self.form.field(reader).repeat?;
        let own = rows.last()?;
        self.row_ids_at(repeat, rows).iter().position(|id| id == own).map(|index| index + 1)
    }

    fn answers_at(&self, rows: &[RowId]) -> Option<&Answers> {
        let mut answers = &self.answers;
        for (repeat, id) in self.chain_for(rows)?.iter().zip(rows) {
            let Some(Answer::Rows(list)) = answers.get(self.form.field(*repeat).id()) else { return None };
            answers = &list.iter().find(|row| &row.unique_id == id)?.answers;
        }
        Some(answers)
    }

    fn answers_at_mut(&mut self, rows: &[RowId]) -> Option<&mut Answers> {
        let chain = self.chain_for(rows)?;
        let names: Vec<String> = chain.iter().map(|repeat| self.form.field(*repeat).id().to_string()).collect();
        let mut answers = &mut self.answers;
        for (name, id) in names.iter().zip(rows) {
            let Some(Answer::Rows(list)) = answers.get_mut(name) else { return None };
            answers = &mut list.iter_mut().find(|row| &row.unique_id == id)?.answers;
        }
        Some(answers)
    }

    /// The repeats that `rows` walks through: found from the deepest field whose chain has
    /// that length (any field's chain of that depth would do only if it is the right one, so
    /// the chain is checked against the answers by the callers' lookups).
    fn chain_for(&self, rows: &[RowId]) -> Option<Vec<FieldKey>> {
        if rows.is_empty() {
            return Some(Vec::new());
        }
        // Walk from the form down: at each level, find the repeat that holds the row id.
        let mut chain = Vec::with_capacity(rows.len());
        let mut answers = &self.answers;
        let mut scope = 0;
        for id in rows {
            let repeats = &self.form.scopes.get(scope)?.repeats;
            let (repeat, row) = repeats.iter().find_map(|repeat| {
                let Some(Answer::Rows(list)) = answers.get(self.form.field(*repeat).id()) else { return None };
                list.iter().find(|row| &row.unique_id == id).map(|row| (*repeat, row))
            })?;
            chain.push(repeat);
            answers = &row.answers;
            scope = self.form.field(repeat).rows?.scope;
        }
        Some(chain)
    }

    /// The row-id lists of every instance of `key` whose rows start with `prefix`.
    fn instances_under(&self, key: FieldKey, prefix: &[RowId]) -> Vec<Vec<RowId>> {
        let chain = &self.form.field(key).chain;
        if prefix.len() > chain.len() {
            return Vec::new();
        }
        let mut all = vec![prefix.to_vec()];
        for repeat in &chain[prefix.len()..] {
            all = all
                .into_iter()
                .flat_map(|rows| {
                    self.row_ids_at(*repeat, &rows).into_iter().map(move |id| {
                        let mut next = rows.clone();
                        next.push(id);
                        next
                    })
                })
                .collect();
        }
        all
    }

    // ---- evaluation ----------------------------------------------------------------------

    /// Evaluates every section and field instance, in dependency order.
    fn evaluate_all(&mut self) {
        self.states.clear();
        let order = self.form.graph.order.clone();
        let fields = self.form.graph.fields;
        for node in order {
            if node >= fields {
                self.evaluate_section(node - fields);
            } else {
                let key = FieldKey::new(node);
                for rows in self.instances_under(key, &[]) {
                    let state = self.evaluate(key, &rows);
                    self.states.insert(Instance { field: key, rows }, state);
                }
            }
        }
    }

    /// Runs `change`, then reports every instance and section whose state differs.
    fn rebuild(&mut self, change: impl FnOnce(&mut Self)) -> Changes {
        let before_states = std::mem::take(&mut self.states);
        let before_sections = self.sections.clone();
        change(self);
        self.evaluate_all();
        let mut changes = Changes::default();
        for (instance, _) in self.instances_in_order() {
            if before_states.get(&instance) != self.states.get(&instance) {
                changes.instances.push(instance);
            }
        }
        changes.sections = (0..self.sections.len()).filter(|s| before_sections.get(*s) != self.sections.get(*s)).collect();
        changes
    }

    /// Re-evaluates the transitive dependents of a changed instance, in dependency order, and
    /// only the instances the change can reach (see `docs/engine.md`).
    fn propagate(&mut self, start: &Instance) -> Changes {
        let form = Arc::clone(&self.form);
        let graph = &form.graph;
        let mut changes = Changes::default();
        // position in the order → (node, how many leading row ids of `start` select instances)
        let mut pending: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
        let start_node = start.field.index();
        pending.insert(graph.position.get(start_node).copied().unwrap_or(0), (start_node, start.rows.len()));
        let mut first = true;
        while let Some((_, (node, shared))) = pending.pop_first() {
            let changed = if node >= graph.fields {
                let section = node - graph.fields;
                let before = self.section_relevant(section);
                self.evaluate_section(section);
                let changed = before != self.section_relevant(section);
                if changed {
                    changes.sections.push(section);
                }
                changed
            } else {
                let key = FieldKey::new(node);
                let prefix = &start.rows[..shared.min(start.rows.len())];
                let mut changed = false;
                for rows in self.instances_under(key, prefix) {
                    let state = self.evaluate(key, &rows);
                    let instance = Instance { field: key, rows };
                    let old = self.states.get(&instance);
                    let value_changed = old.is_none_or(|old| old.value != state.value || old.relevant != state.relevant);
                    if old != Some(&state) {
                        changes.instances.push(instance.clone());
                    }
                    changed |= value_changed;
                    self.states.insert(instance, state);
                }
                changed || first
            };
            first = false;
            if !changed {
                continue;
            }
            let dependents = graph.value_dependents.get(node).into_iter().flatten();
            let state_dependents = graph.state_dependents.get(node).into_iter().flatten();
            for edge in dependents.chain(state_dependents) {
                let reach = shared.min(edge.shared);
                let Some(position) = graph.position.get(edge.to).copied() else { continue };
                pending
                    .entry(position)
                    .and_modify(|(_, existing)| *existing = (*existing).min(reach))
                    .or_insert((edge.to, reach));
            }
        }
        changes
    }

    fn evaluate_section(&mut self, section: usize) {
        let form = Arc::clone(&self.form);
        let relevant = match form.sections.get(section).and_then(|info| info.logic.relevant.as_ref()) {
            Some(compiled) => self.condition(compiled, FieldKey::new(usize::MAX), &[], Value::Null),
            None => true,
        };
        if let Some(slot) = self.sections.get_mut(section) {
            *slot = relevant;
        }
    }

    fn condition(&self, compiled: &Compiled, reader: FieldKey, rows: &[RowId], this: Value) -> bool {
        self.eval(compiled, reader, rows, this, None).is_true()
    }

    fn eval(
        &self,
        compiled: &Compiled,
        reader: FieldKey,
        rows: &[RowId],
        this: Value,
        option: Option<&crate::definition::Choice>,
    ) -> Value {
        let context = InstanceContext { state: self, compiled, reader, rows, this, option };
        expr::evaluate(&compiled.expr, &context as &dyn EvalContext)
    }

    fn cond(&self, cond: &Cond, reader: FieldKey, rows: &[RowId], this: &Value) -> bool {
        match cond {
            Cond::Never => false,
            Cond::Always => true,
            Cond::When(compiled) => self.condition(compiled, reader, rows, this.clone()),
        }
    }

    /// The state of one instance from its inputs (which are already up to date).
    fn evaluate(&self, key: FieldKey, rows: &[RowId]) -> FieldState {
        let field = self.form.field(key);
        let logic = &field.logic;
        let container = match field.parent {
            Some(parent) => {
                let depth = self.form.field(parent).depth();
                let instance = Instance { field: parent, rows: rows[..depth.min(rows.len())].to_vec() };
                self.states.get(&instance).is_some_and(|state| state.relevant)
            }
            None => self.section_relevant(field.section),
        };
        let relevant = container
            && logic.relevant.as_ref().is_none_or(|compiled| self.condition(compiled, key, rows, Value::Null));
        let answer = self.answers_at(rows).and_then(|answers| answers.get(field.id()));
        let (value, unreadable) = match &logic.calculate {
            Some(compiled) => (self.eval(compiled, key, rows, Value::Null, None), None),
            None if field.field_type() == FieldType::Calculated => (Value::Null, None),
            None => match read(field, answer) {
                Ok(value) => (value, None),
                Err(invalid) => (Value::Null, Some(invalid)),
            },
        };
        let required = relevant && self.cond(&logic.required, key, rows, &value);
        let readonly = field.is_computed() || self.cond(&logic.readonly, key, rows, &value);
        let visible_options: Vec<usize> = match &logic.choice_filter {
            Some(compiled) => (0..field.options.len())
                .filter(|index| {
                    let option = field.options.get(*index);
                    self.eval(compiled, key, rows, Value::Null, option).is_true()
                })
                .collect(),
            None => (0..field.options.len()).collect(),
        };
        let mut errors = Vec::new();
        if relevant {
            let row_count = self.row_ids_at(key, rows).len();
            if let Some(invalid) = unreadable {
                errors.push(invalid);
            } else if required && !is_filled(field.field_type(), &value, row_count) {
                errors.push(Invalid::Required { message: field.definition.required_message.clone() });
            } else if value.is_answered() {
                if let Some(invalid) = shorthand_error(field, &value, self.environment.today) {
                    errors.push(invalid);
                } else if let Some(invalid) = unoffered(field, &value, &visible_options) {
                    errors.push(invalid);
                } else if let Some((compiled, message)) = &logic.constraint
                    && self.eval(compiled, key, rows, value.clone(), None) == Value::Bool(false)
                {
                    errors.push(Invalid::Constraint { message: message.clone() });
                }
            }
            if field.field_type() == FieldType::Repeat {
                let definition = &field.definition;
                if let Some(min) = definition.min_rows
                    && row_count < min as usize
                    && (row_count > 0 || required)
                {
                    errors.push(Invalid::TooFewRows { min });
                }
                if let Some(max) = definition.max_rows
                    && row_count > max as usize
                {
                    errors.push(Invalid::TooManyRows { max });
                }
            }
        }
        FieldState { relevant, required, readonly, value, visible_options, errors }
    }

    /// Writes the defaults of the fields directly in the scope that `prefix` selects (the form
    /// for an empty prefix, else one new row) that have no answer yet.
    fn apply_defaults(&mut self, prefix: &[RowId]) {
        let form = Arc::clone(&self.form);
        for field in form.fields() {
            if field.depth() != prefix.len() || !field.takes_answer() {
                continue;
            }
            if !prefix.is_empty() && self.chain_for(prefix).as_deref() != Some(field.chain.as_slice()) {
                continue;
            }
            let answer = match &field.logic.initial {
                Initial::None => None,
                Initial::Value(answer) => Some(answer.clone()),
                Initial::Expression(compiled) => {
                    default_answer(field, &self.eval(compiled, field.key, prefix, Value::Null, None))
                }
            };
            if let Some(answer) = answer
                && let Some(scope) = self.answers_at_mut(prefix)
                && scope.get(field.id()).is_none()
            {
                scope.insert(field.id().to_string(), answer);
            }
        }
    }

    // ---- records and unfitting answers -----------------------------------------------------

    fn record_scope(&self, scope: usize, rows: &[RowId]) -> Answers {
        let mut record = Answers::new();
        let Some(info) = self.form.scopes.get(scope) else { return record };
        for key in &info.fields {
            let field = self.form.field(*key);
            let instance = Instance { field: *key, rows: rows.to_vec() };
            let Some(state) = self.states.get(&instance) else { continue };
            if !state.relevant {
                continue;
            }
            let answer = match field.field_type() {
                FieldType::Note | FieldType::Group => None,
                FieldType::Repeat => field.rows.map(|rows_info| {
                    let list = self
                        .row_ids_at(*key, rows)
                        .into_iter()
                        .map(|id| {
                            let mut inner = rows.to_vec();
                            inner.push(id.clone());
                            Row { unique_id: id, answers: self.record_scope(rows_info.scope, &inner) }
                        })
                        .collect();
                    Answer::Rows(list)
                }),
                _ if field.is_computed() => to_answer(&state.value),
                _ => self.answer(&instance).cloned(),
            };
            if let Some(answer) = answer {
                record.insert(field.id().to_string(), answer);
            }
        }
        record
    }

    fn collect_unfitting(
        &self,
        answers: &Answers,
        scope: usize,
        rows: &[RowId],
        path: &str,
        out: &mut Vec<UnfittingAnswer>,
    ) {
        let Some(info) = self.form.scopes.get(scope) else { return };
        for (id, answer) in answers.iter() {
            let here = if path.is_empty() { id.clone() } else { format!("{path}.{id}") };
            let Some(key) = info.names.get(id).copied() else {
                out.push(UnfittingAnswer { path: here, answer: answer.clone(), reason: None });
                continue;
            };
            let field = self.form.field(key);
            if let (Some(rows_info), Answer::Rows(list)) = (field.rows, answer) {
                for (index, row) in list.iter().enumerate() {
                    let mut inner = rows.to_vec();
                    inner.push(row.unique_id.clone());
                    self.collect_unfitting(&row.answers, rows_info.scope, &inner, &format!("{here}[{index}]"), out);
                }
                continue;
            }
            if !field.takes_answer() {
                continue;
            }
            if let Err(invalid) = read(field, Some(answer))
                && matches!(invalid, Invalid::WrongKind | Invalid::NotAnOption { .. })
            {
                out.push(UnfittingAnswer { path: here, answer: answer.clone(), reason: Some(invalid) });
            }
        }
    }
}

/// Is a required field filled? A tick box must be ticked, a repeat needs a row.
fn is_filled(field_type: FieldType, value: &Value, row_count: usize) -> bool {
    match field_type {
        FieldType::Boolean => *value == Value::Bool(true),
        FieldType::Repeat => row_count > 0,
        _ => value.is_answered(),
    }
}

/// A chosen option that `choice_filter` does not offer now.
fn unoffered(field: &super::FieldInfo, value: &Value, visible: &[usize]) -> Option<Invalid> {
    if field.logic.choice_filter.is_none() {
        return None;
    }
    let offered = |id: &str| visible.iter().any(|index| field.options.get(*index).is_some_and(|choice| choice.id == id));
    match value {
        Value::Text(id) if !offered(id) => Some(Invalid::NotAnOption { value: id.clone() }),
        Value::Choices(ids) => ids.iter().find(|id| !offered(id)).map(|id| Invalid::NotAnOption { value: id.clone() }),
        _ => None,
    }
}
