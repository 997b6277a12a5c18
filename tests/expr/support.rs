//! Shared test fixtures: a type scope and an evaluation context built from plain data, and the
//! notation tables use for expected values.

use caseforms::expr::{EvalContext, Type, TypeScope};
use caseforms::value::{Date, DateTime, Value};

/// A value as tables write it: texts in single quotes, `null`, dates and times in ISO form,
/// choices in brackets: `'abc'`, `12`, `2024-01-31`, `[abuse neglect]`.
pub fn show(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Text(text) => format!("'{text}'"),
        Value::Choices(choices) => format!("[{}]", choices.join(" ")),
        other => other.to_string(),
    }
}

/// Runs every case of a table, then fails once listing every mismatch.
pub fn run_table(cases: &[(&str, &str)], actual: impl Fn(&str) -> String) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(input, expected)| {
            let got = actual(input);
            (got != *expected)
                .then(|| format!("  {input:?}\n    expected: {expected}\n    got:      {got}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

pub fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap_or_else(|| panic!("bad test date {text}"))
}

pub fn date_time(text: &str) -> DateTime {
    DateTime::parse_iso(text).unwrap_or_else(|| panic!("bad test datetime {text}"))
}

pub fn choices(names: &[&str]) -> Value {
    Value::Choices(names.iter().map(|name| (*name).to_owned()).collect())
}

/// A scope of typed fields, with repeat groups that have scopes of their own.
#[derive(Default)]
pub struct Scope {
    fields: Vec<(&'static str, Type)>,
    repeats: Vec<(&'static str, Scope)>,
    this: Option<Type>,
}

impl Scope {
    pub fn field(mut self, name: &'static str, field_type: Type) -> Self {
        self.fields.push((name, field_type));
        self
    }

    pub fn repeat(mut self, name: &'static str, rows: Scope) -> Self {
        self.repeats.push((name, rows));
        self
    }

    pub fn this(mut self, this: Type) -> Self {
        self.this = Some(this);
        self
    }
}

impl TypeScope for Scope {
    fn field_type(&self, name: &str) -> Option<Type> {
        if self.repeats.iter().any(|(repeat, _)| *repeat == name) {
            return Some(Type::Rows);
        }
        self.fields
            .iter()
            .find(|(field, _)| *field == name)
            .map(|(_, found)| *found)
    }

    fn row_scope(&self, repeat: &str) -> Option<&dyn TypeScope> {
        self.repeats
            .iter()
            .find(|(name, _)| *name == repeat)
            .map(|(_, rows)| rows as &dyn TypeScope)
    }

    fn field_names(&self) -> Vec<String> {
        let fields = self.fields.iter().map(|(name, _)| (*name).to_owned());
        fields
            .chain(self.repeats.iter().map(|(name, _)| (*name).to_owned()))
            .collect()
    }

    fn this_type(&self) -> Type {
        self.this.unwrap_or(Type::Any)
    }
}

/// One row of a repeat group: its fields and its own nested repeats.
#[derive(Debug, Default, Clone)]
pub struct Row {
    values: Vec<(String, Value)>,
    repeats: Vec<(String, Vec<Row>)>,
}

impl Row {
    pub fn set(mut self, name: &str, value: impl Into<Value>) -> Self {
        self.values.push((name.to_owned(), value.into()));
        self
    }

    pub fn rows(mut self, name: &str, rows: Vec<Row>) -> Self {
        self.repeats.push((name.to_owned(), rows));
        self
    }

    fn value(&self, name: &str) -> Option<Value> {
        self.values
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.clone())
    }

    fn repeat(&self, name: &str) -> Option<&[Row]> {
        self.repeats
            .iter()
            .find(|(repeat, _)| repeat == name)
            .map(|(_, rows)| rows.as_slice())
    }
}

pub fn row() -> Row {
    Row::default()
}

/// An evaluation context: the form is a [`Row`] of top-level fields.
#[derive(Debug)]
pub struct Context {
    form: Row,
    this: Value,
    specials: Vec<(String, Value)>,
    today: Date,
    now: DateTime,
    /// Answer [`EvalContext::row_context`] (needed for repeats nested in rows) rather than
    /// letting the evaluator wrap this context.
    nested: bool,
}

impl Context {
    pub fn new(form: Row) -> Self {
        Context {
            form,
            this: Value::Null,
            specials: Vec::new(),
            today: date("2024-06-15"),
            now: date_time("2024-06-15T10:30"),
            nested: false,
        }
    }

    pub fn this(mut self, value: impl Into<Value>) -> Self {
        self.this = value.into();
        self
    }

    pub fn special(mut self, name: &str, value: impl Into<Value>) -> Self {
        self.specials.push((name.to_owned(), value.into()));
        self
    }

    pub fn nested(mut self) -> Self {
        self.nested = true;
        self
    }
}

impl EvalContext for Context {
    fn value(&self, name: &str) -> Value {
        self.form.value(name).unwrap_or(Value::Null)
    }

    fn row_count(&self, repeat: &str) -> usize {
        self.form.repeat(repeat).map_or(0, <[Row]>::len)
    }

    fn row_value(&self, repeat: &str, row: usize, name: &str) -> Option<Value> {
        self.form.repeat(repeat)?.get(row)?.value(name)
    }

    fn this(&self) -> Value {
        self.this.clone()
    }

    fn special(&self, name: &str) -> Value {
        self.specials
            .iter()
            .find(|(special, _)| special == name)
            .map_or(Value::Null, |(_, value)| value.clone())
    }

    fn today(&self) -> Date {
        self.today
    }

    fn now(&self) -> DateTime {
        self.now
    }

    fn row_context(&self, repeat: &str, row: usize) -> Option<Box<dyn EvalContext + '_>> {
        if !self.nested {
            return None;
        }
        let row_data = self.form.repeat(repeat)?.get(row)?;
        Some(Box::new(RowContext {
            row: row_data,
            number: row + 1,
            parent: self,
        }))
    }
}

/// The inside of one row, wrapping the context around it (the form or an outer row).
struct RowContext<'a> {
    row: &'a Row,
    number: usize,
    parent: &'a dyn EvalContext,
}

impl EvalContext for RowContext<'_> {
    fn value(&self, name: &str) -> Value {
        self.row
            .value(name)
            .unwrap_or_else(|| self.parent.value(name))
    }

    fn row_count(&self, repeat: &str) -> usize {
        self.row
            .repeat(repeat)
            .map_or_else(|| self.parent.row_count(repeat), <[Row]>::len)
    }

    fn row_value(&self, repeat: &str, row: usize, name: &str) -> Option<Value> {
        match self.row.repeat(repeat) {
            Some(rows) => rows.get(row)?.value(name),
            None => self.parent.row_value(repeat, row, name),
        }
    }

    fn this(&self) -> Value {
        self.parent.this()
    }

    fn special(&self, name: &str) -> Value {
        if name == "row" {
            Value::Number(self.number as f64)
        } else {
            self.parent.special(name)
        }
    }

    fn today(&self) -> Date {
        self.parent.today()
    }

    fn now(&self) -> DateTime {
        self.parent.now()
    }

    fn row_context(&self, repeat: &str, row: usize) -> Option<Box<dyn EvalContext + '_>> {
        match self.row.repeat(repeat) {
            Some(rows) => Some(Box::new(RowContext {
                row: rows.get(row)?,
                number: row + 1,
                parent: self,
            })),
            None => self.parent.row_context(repeat, row),
        }
    }
}
