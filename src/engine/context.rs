//! The [`EvalContext`] through which an expression of one field instance reads the form.

use crate::answers::RowId;
use crate::definition::Choice;
use crate::expr::EvalContext;
use crate::value::{Date, DateTime, Value};

use super::FieldKey;
use super::expressions::Compiled;
use super::state::FormState;

/// The view of one field instance's expression: its names resolve through `compiled`, and
/// field instances are chosen by the reader's row ids.
pub(crate) struct InstanceContext<'a> {
    pub state: &'a FormState,
    pub compiled: &'a Compiled,
    /// The field whose expression this is.
    pub reader: FieldKey,
    /// The row ids of the reader's enclosing repeats.
    pub rows: &'a [RowId],
    /// The reader's own value, for `.`.
    pub this: Value,
    /// The option being filtered, for `@option` and `@tags`.
    pub option: Option<&'a Choice>,
}

impl InstanceContext<'_> {
    fn repeat_key(&self, repeat: &str) -> Option<FieldKey> {
        self.compiled
            .lookup(None, repeat)
            .or_else(|| self.state.form().repeat_named(repeat))
    }
}

impl EvalContext for InstanceContext<'_> {
    fn value(&self, name: &str) -> Value {
        match self.compiled.lookup(None, name) {
            Some(key) => self.state.visible_value(key, self.rows),
            None => Value::Null,
        }
    }

    fn row_count(&self, repeat: &str) -> usize {
        // A hidden repeat has no rows as far as expressions can tell, like a hidden field
        // has no value.
        self.repeat_key(repeat)
            .filter(|key| self.state.is_shown(*key, self.rows))
            .and_then(|key| self.state.row_list(key, self.rows))
            .map_or(0, <[_]>::len)
    }

    fn row_value(&self, repeat: &str, row: usize, name: &str) -> Option<Value> {
        let target = self.compiled.lookup(Some(repeat), name)?;
        let repeat_key = self.repeat_key(repeat)?;
        let form = self.state.form();
        if form.field(target).repeat != Some(repeat_key) {
            return Some(self.state.visible_value(target, self.rows));
        }
        let id = &self
            .state
            .row_list(repeat_key, self.rows)?
            .get(row)?
            .unique_id;
        let depth = form.field(repeat_key).depth();
        let mut rows: Vec<RowId> = self.rows.iter().take(depth).cloned().collect();
        rows.push(id.clone());
        Some(self.state.visible_value(target, &rows))
    }

    fn this(&self) -> Value {
        self.this.clone()
    }

    fn special(&self, name: &str) -> Value {
        match (name, self.option) {
            ("option", Some(choice)) => Value::Text(choice.id.clone()),
            ("tags", Some(choice)) => Value::Choices(choice.tags.clone()),
            // Row numbers are far below 2^53, so the conversion is exact.
            ("row", _) => self
                .state
                .row_number(self.reader, self.rows)
                .map_or(Value::Null, |n| Value::Number(n as f64)),
            _ => Value::Null,
        }
    }

    fn today(&self) -> Date {
        self.state.environment().today
    }

    fn now(&self) -> DateTime {
        self.state.environment().now
    }
}
