//! Evaluating field instances: everything at once (`evaluate_all`), or only what a change can
//! reach (`propagate`), through the dependency graph.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::answers::RowId;
use crate::definition::{Choice, FieldType};
use crate::expr::{self, EvalContext};
use crate::value::Value;

use super::context::InstanceContext;
use super::expressions::{Compiled, Cond, Initial};
use super::state::{Changes, FieldState, FormState, InstanceMap};
use super::typing::{Typed, check_rules, default_answer, read};
use super::{FieldInfo, FieldKey, Instance, Invalid};

impl FormState {
    /// Evaluates every section and field instance: first the relevance and value of every
    /// instance in dependency order, then the rest of each state (which reads only values).
    pub(super) fn evaluate_all(&mut self) {
        self.states.clear();
        self.unreadable.clear();
        let form = Arc::clone(&self.form);
        let fields = form.graph.fields;
        for node in &form.graph.order {
            if *node >= fields {
                self.evaluate_section(node - fields);
            } else {
                let key = FieldKey::new(*node);
                for rows in self.instances_under(key, &[]) {
                    let (relevant, typed) = self.core(key, &rows);
                    let instance = Instance { field: key, rows };
                    self.note_unreadable(&instance, &typed);
                    self.states.insert(instance, provisional(relevant, typed));
                }
            }
        }
        for field in form.fields() {
            for rows in self.instances_under(field.key, &[]) {
                let state = self.details(field.key, &rows);
                self.states.insert(
                    Instance {
                        field: field.key,
                        rows,
                    },
                    state,
                );
            }
        }
    }

    /// Runs `change`, evaluates everything, and reports every instance and section whose state
    /// differs (used for adding and removing rows).
    pub(super) fn rebuild(&mut self, change: impl FnOnce(&mut Self)) -> Changes {
        let before_states = std::mem::take(&mut self.states);
        let before_sections = self.sections.clone();
        change(self);
        self.evaluate_all();
        let mut changes = Changes::default();
        for (instance, state) in self.instances_in_order() {
            if before_states.get(&instance) != Some(state) {
                changes.instances.push(instance);
            }
        }
        changes.sections = (0..self.sections.len())
            .filter(|s| before_sections.get(*s) != self.sections.get(*s))
            .collect();
        changes
    }

    /// Re-evaluates the transitive dependents of a changed instance, and only the instances the
    /// change can reach.
    ///
    /// Every affected instance's row ids start with a prefix of the changed instance's row ids:
    /// a dependent reached through an edge that shares `k` leading row ids is re-evaluated in
    /// every row under the first `k` ids of the change (all rows for a form-level change, the
    /// same row for a row-local one, the form-level instance for an aggregate).
    ///
    /// First the relevance and value of the value dependents, in dependency order (a dependent
    /// whose relevance and value did not change stops the walk); then the rest of the state of
    /// every instance whose value changed and of their state dependents.
    pub(super) fn propagate(&mut self, start: &Instance) -> Changes {
        let form = Arc::clone(&self.form);
        let graph = &form.graph;
        let mut originals: InstanceMap<Option<FieldState>> =
            InstanceMap::with_capacity_and_hasher(64, Default::default());
        let mut changed_sections = Vec::new();
        // position in the order → (node, how many leading row ids of `start` select instances)
        let mut pending: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
        // node → leading row ids, for the second phase
        let mut details: BTreeMap<usize, usize> = BTreeMap::new();
        let start_node = start.field.index();
        pending.insert(
            graph.position.get(start_node).copied().unwrap_or(0),
            (start_node, start.rows.len()),
        );
        details.insert(start_node, start.rows.len());
        while let Some((_, (node, shared))) = pending.pop_first() {
            let changed = if node >= graph.fields {
                let section = node - graph.fields;
                let before = self.section_relevant(section);
                self.evaluate_section(section);
                let changed = before != self.section_relevant(section);
                if changed {
                    changed_sections.push(section);
                }
                changed
            } else {
                let key = FieldKey::new(node);
                let prefix = &start.rows[..shared.min(start.rows.len())];
                let mut changed = false;
                let mut written = false;
                for rows in self.instances_under(key, prefix) {
                    let (relevant, typed) = self.core(key, &rows);
                    let instance = Instance { field: key, rows };
                    self.note_unreadable(&instance, &typed);
                    let old = self.states.get(&instance);
                    let same =
                        old.is_some_and(|old| old.relevant == relevant && old.value == typed.value);
                    if same && old.is_some_and(|old| old.answered == typed.answered) {
                        continue;
                    }
                    // Only relevance and value are read by other expressions.
                    changed |= !same;
                    written = true;
                    // The rest of the state is recomputed in the second phase.
                    let old = self
                        .states
                        .insert(instance.clone(), provisional(relevant, typed));
                    originals.entry(instance).or_insert(old);
                }
                if written {
                    widen(&mut details, node, shared);
                }
                changed
            };
            if !changed {
                continue;
            }
            for edge in graph.value_dependents.get(node).into_iter().flatten() {
                let Some(position) = graph.position.get(edge.to).copied() else {
                    continue;
                };
                let shared = shared.min(edge.shared);
                pending
                    .entry(position)
                    .and_modify(|(_, existing)| *existing = (*existing).min(shared))
                    .or_insert((edge.to, shared));
            }
            for edge in graph.state_dependents.get(node).into_iter().flatten() {
                widen(&mut details, edge.to, shared.min(edge.shared));
            }
        }
        for (node, shared) in details {
            let key = FieldKey::new(node);
            let prefix = &start.rows[..shared.min(start.rows.len())];
            for rows in self.instances_under(key, prefix) {
                let state = self.details(key, &rows);
                let instance = Instance { field: key, rows };
                let old = self.states.insert(instance.clone(), state);
                originals.entry(instance).or_insert(old);
            }
        }
        let mut instances: Vec<Instance> = originals
            .into_iter()
            .filter(|(instance, original)| original.as_ref() != self.states.get(instance))
            .map(|(instance, _)| instance)
            .collect();
        instances.sort_unstable_by(|a, b| (a.field, &a.rows).cmp(&(b.field, &b.rows)));
        changed_sections.sort_unstable();
        changed_sections.dedup();
        Changes {
            instances,
            sections: changed_sections,
        }
    }

    fn evaluate_section(&mut self, section: usize) {
        let form = Arc::clone(&self.form);
        let relevant = match form
            .sections
            .get(section)
            .and_then(|info| info.logic.relevant.as_ref())
        {
            Some(compiled) => self
                .eval(compiled, FieldKey::new(usize::MAX), &[], Value::Null, None)
                .is_true(),
            None => true,
        };
        if let Some(slot) = self.sections.get_mut(section) {
            *slot = relevant;
        }
    }

    /// Evaluates an expression for the instance of `reader` in `rows`.
    pub(super) fn eval(
        &self,
        compiled: &Compiled,
        reader: FieldKey,
        rows: &[RowId],
        this: Value,
        option: Option<&Choice>,
    ) -> Value {
        let context = InstanceContext {
            state: self,
            compiled,
            reader,
            rows,
            this,
            option,
        };
        expr::evaluate(&compiled.expr, &context as &dyn EvalContext)
    }

    fn cond(&self, cond: &Cond, reader: FieldKey, rows: &[RowId], this: &Value) -> bool {
        match cond {
            Cond::Never => false,
            Cond::Always => true,
            Cond::When(compiled) => self
                .eval(compiled, reader, rows, this.clone(), None)
                .is_true(),
        }
    }

    /// Remembers why an instance's answer could not be read, for `details`.
    fn note_unreadable(&mut self, instance: &Instance, typed: &Typed) {
        match &typed.error {
            Some(error) => {
                self.unreadable.insert(instance.clone(), error.clone());
            }
            None => {
                self.unreadable.remove(instance);
            }
        }
    }

    /// The relevance and typed value of one instance: what other expressions read. The
    /// relevance and values it reads are already up to date.
    fn core(&self, key: FieldKey, rows: &[RowId]) -> (bool, Typed) {
        let field = self.form.field(key);
        let logic = &field.logic;
        let container = match field.parent {
            Some(parent) => {
                let depth = self.form.field(parent).depth();
                let instance = Instance {
                    field: parent,
                    rows: rows[..depth.min(rows.len())].to_vec(),
                };
                self.states
                    .get(&instance)
                    .is_some_and(|state| state.relevant)
            }
            None => self.section_relevant(field.section),
        };
        let relevant = container
            && logic
                .relevant
                .as_ref()
                .is_none_or(|compiled| self.eval(compiled, key, rows, Value::Null, None).is_true());
        let typed = match &logic.calculate {
            Some(compiled) => {
                let value = self.eval(compiled, key, rows, Value::Null, None);
                Typed {
                    answered: value.is_answered(),
                    value,
                    error: None,
                }
            }
            None if field.takes_answer() => read(
                field,
                self.answers_at(&field.chain, rows)
                    .and_then(|answers| answers.get(field.id())),
            ),
            None => Typed::empty(),
        };
        (relevant, typed)
    }

    /// The whole state of one instance whose relevance and value are already stored: required,
    /// read only, the options offered and the errors.
    fn details(&self, key: FieldKey, rows: &[RowId]) -> FieldState {
        let field = self.form.field(key);
        let logic = &field.logic;
        let instance = Instance {
            field: key,
            rows: rows.to_vec(),
        };
        let (relevant, value, answered) = match self.states.get(&instance) {
            Some(state) => (state.relevant, state.value.clone(), state.answered),
            None => (false, Value::Null, false),
        };
        let unreadable = self.unreadable.get(&instance).cloned();
        if !relevant {
            // Hidden: nothing is asked of it, and nothing else about it is worth computing.
            let readonly = field.is_computed() || self.cond(&logic.readonly, key, rows, &value);
            let visible_options = (0..field.options.len()).collect();
            return FieldState {
                relevant,
                required: false,
                readonly,
                value,
                answered,
                visible_options,
                errors: Vec::new(),
            };
        }
        let required = self.cond(&logic.required, key, rows, &value);
        let readonly = field.is_computed() || self.cond(&logic.readonly, key, rows, &value);
        let visible_options: Vec<usize> = match &logic.choice_filter {
            Some(compiled) => (0..field.options.len())
                .filter(|index| {
                    let option = field.options.get(*index);
                    self.eval(compiled, key, rows, Value::Null, option)
                        .is_true()
                })
                .collect(),
            None => (0..field.options.len()).collect(),
        };
        let row_count = self.row_list(key, rows).map_or(0, <[_]>::len);
        let mut errors = Vec::new();
        if let Some(invalid) = unreadable {
            errors.push(invalid);
        } else if required && !is_filled(field.field_type(), &value, row_count) {
            errors.push(Invalid::Required {
                message: field.definition.required_message.clone(),
            });
        } else if value.is_answered() {
            if let Some(invalid) = unoffered(field, &value, &visible_options) {
                errors.push(invalid);
            }
            check_rules(field, &value, &self.environment, &mut errors);
            if let Some((compiled, message)) = &logic.constraint
                && self.eval(compiled, key, rows, value.clone(), None) == Value::Bool(false)
                && !self.reads_unanswered(compiled, key, rows)
            {
                errors.push(Invalid::Constraint {
                    message: message.clone(),
                });
            }
        }
        if field.field_type() == FieldType::Repeat {
            let definition = &field.definition;
            if let Some(min) = definition.min_rows
                && row_count < min as usize
            {
                errors.push(Invalid::TooFewRows { min });
            }
            if let Some(max) = definition.max_rows
                && row_count > max as usize
            {
                errors.push(Invalid::TooManyRows { max });
            }
        }
        FieldState {
            relevant,
            required,
            readonly,
            value,
            answered,
            visible_options,
            errors,
        }
    }

    /// Writes the defaults of the fields whose enclosing repeats are `chain`, in the scope that
    /// `prefix` selects (the form, or one new row), where they have no answer yet: the fixed
    /// values, or (with `expressions`) the default expressions, which see the state as
    /// evaluated after the fixed values were written. Returns whether any answer was written.
    pub(super) fn apply_defaults(
        &mut self,
        chain: &[FieldKey],
        prefix: &[RowId],
        expressions: bool,
    ) -> bool {
        let form = Arc::clone(&self.form);
        let mut written = Vec::new();
        for field in form.fields() {
            if field.chain != chain || !field.takes_answer() {
                continue;
            }
            let answer = match &field.logic.initial {
                Initial::Value(answer) if !expressions => Some(answer.clone()),
                Initial::Expression(compiled) if expressions => default_answer(
                    field,
                    &self.eval(compiled, field.key, prefix, Value::Null, None),
                ),
                _ => None,
            };
            if let Some(answer) = answer {
                written.push((field.id().to_string(), answer));
            }
        }
        let mut any = false;
        if let Some(scope) = self.answers_at_mut(chain, prefix) {
            for (id, answer) in written {
                if scope.get(&id).is_none() {
                    scope.insert(id, answer);
                    any = true;
                }
            }
        }
        any
    }

    /// Does the expression read a field (other than the reader itself) that is unanswered or
    /// hidden? A constraint that compares with such a field cannot be judged yet.
    fn reads_unanswered(&self, compiled: &Compiled, reader: FieldKey, rows: &[RowId]) -> bool {
        compiled
            .names
            .iter()
            .filter(|name| name.rows_of.is_none())
            .filter_map(|name| name.target)
            .filter(|key| *key != reader && self.form.field(*key).field_type() != FieldType::Repeat)
            .any(|key| self.visible_value(key, rows).is_null())
    }

    // ---- reading, for expressions ------------------------------------------------------

    /// A field's value as expressions see it from a reader in `rows`: `Null` while hidden.
    pub(crate) fn visible_value(&self, key: FieldKey, rows: &[RowId]) -> Value {
        let depth = self.form.field(key).depth();
        if depth > rows.len() {
            return Value::Null;
        }
        let instance = Instance {
            field: key,
            rows: rows[..depth].to_vec(),
        };
        match self.states.get(&instance) {
            Some(state) if state.relevant => state.value.clone(),
            _ => Value::Null,
        }
    }

    /// Is the instance of `key` that a reader in `rows` sees shown?
    pub(crate) fn is_shown(&self, key: FieldKey, rows: &[RowId]) -> bool {
        let depth = self.form.field(key).depth();
        if depth > rows.len() {
            return false;
        }
        let instance = Instance {
            field: key,
            rows: rows[..depth].to_vec(),
        };
        self.states
            .get(&instance)
            .is_some_and(|state| state.relevant)
    }

    /// The 1-based number of the reader's own row in its innermost repeat.
    pub(crate) fn row_number(&self, reader: FieldKey, rows: &[RowId]) -> Option<usize> {
        let repeat = self.form.get(reader)?.repeat?;
        let own = rows.last()?;
        self.row_list(repeat, rows)?
            .iter()
            .position(|row| &row.unique_id == own)
            .map(|index| index + 1)
    }
}

/// Records that `node` must be re-evaluated under the first `shared` row ids of the change
/// (keeping the widest reach asked for).
fn widen(map: &mut BTreeMap<usize, usize>, node: usize, shared: usize) {
    map.entry(node)
        .and_modify(|existing| *existing = (*existing).min(shared))
        .or_insert(shared);
}

/// A state with only its relevance and value, until the second phase completes it.
fn provisional(relevant: bool, typed: Typed) -> FieldState {
    FieldState {
        relevant,
        required: false,
        readonly: false,
        value: typed.value,
        answered: typed.answered,
        visible_options: Vec::new(),
        errors: Vec::new(),
    }
}

/// Is a required field filled? A tick box must be ticked, a multiple choice needs a choice, a
/// repeat needs a row.
pub(super) fn is_filled(field_type: FieldType, value: &Value, row_count: usize) -> bool {
    match field_type {
        FieldType::Boolean => *value == Value::Bool(true),
        FieldType::Repeat => row_count > 0,
        _ => value.is_answered(),
    }
}

/// A chosen option that `choice_filter` does not offer now.
fn unoffered(field: &FieldInfo, value: &Value, visible: &[usize]) -> Option<Invalid> {
    field.logic.choice_filter.as_ref()?;
    let offered = |id: &str| {
        visible.iter().any(|index| {
            field
                .options
                .get(*index)
                .is_some_and(|choice| choice.id == id)
        })
    };
    match value {
        Value::Text(id) if !offered(id) => Some(Invalid::NotAnOption { value: id.clone() }),
        Value::Choices(ids) => ids
            .iter()
            .find(|id| !offered(id))
            .map(|id| Invalid::NotAnOption { value: id.clone() }),
        _ => None,
    }
}
