//! The helper the form tables are written with: a draft of one bundled form, answered step by
//! step, with assertions on the field states. A failing assertion names the form and every step
//! before it.

use std::sync::Arc;

use caseforms::answers::{Answer, RowId};
use caseforms::definition::FormDefinition;
use caseforms::engine::{Environment, FieldState, Form, FormState, Instance};
use caseforms::value::{Date, DateTime, Time, Value};

pub const FORMS: &[&str] = &[
    "cp_registration",
    "consent",
    "assessment",
    "case_plan",
    "referral",
    "tracing",
    "bia",
    "closure",
    "gbv_intake",
];

/// The day the tables run on, unless they say otherwise.
pub const TODAY: &str = "2025-06-15";

/// A bundled form's file text.
pub fn source(name: &str) -> String {
    let path = format!("{}/forms/{name}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// Every entry of every `fields` list, nested ones included.
pub fn count_fields(value: &serde_json::Value) -> usize {
    fn count(fields: &serde_json::Value) -> usize {
        fields.as_array().map_or(0, |fields| {
            fields.iter().map(|field| 1 + count(&field["fields"])).sum()
        })
    }
    value["sections"].as_array().map_or(0, |sections| {
        sections
            .iter()
            .map(|section| count(&section["fields"]))
            .sum()
    })
}

/// A date, for `value` assertions.
pub fn date(text: &str) -> Value {
    Value::Date(Date::parse_iso(text).unwrap_or_else(|| panic!("not a date: {text}")))
}

fn environment(today: &str) -> Environment {
    let today = Date::parse_iso(today).unwrap_or_else(|| panic!("not a date: {today}"));
    let time = Time::from_hms(10, 30, 0).expect("a time");
    Environment {
        today,
        now: DateTime::new(today, time),
    }
}

fn compile(name: &str) -> Arc<Form> {
    let definition: FormDefinition =
        serde_json::from_str(&source(name)).unwrap_or_else(|error| panic!("{name}: {error}"));
    let (form, problems) = Form::compile(definition);
    assert!(problems.is_empty(), "{name}: {problems:?}");
    Arc::new(form)
}

/// A new draft of the bundled form `name`, today being [`TODAY`].
pub fn form(name: &'static str) -> Draft {
    form_on(name, TODAY)
}

/// A new draft of the bundled form `name` on another day.
pub fn form_on(name: &'static str, today: &str) -> Draft {
    let state = FormState::new_draft(compile(name), environment(today));
    Draft {
        name,
        state,
        steps: vec![format!("today is {today}")],
    }
}

/// A draft being filled in by a test.
pub struct Draft {
    name: &'static str,
    state: FormState,
    steps: Vec<String>,
}

impl Draft {
    fn context(&self) -> String {
        format!("{}: after {}", self.name, self.steps.join(", "))
    }

    /// The instance at `path` (see `Form::instance_at`).
    pub fn at(&self, path: &str) -> Instance {
        self.state
            .form()
            .instance_at(path)
            .unwrap_or_else(|| panic!("{}: no field at '{path}'", self.name))
    }

    /// The state of the instance at `path`.
    pub fn state(&self, path: &str) -> &FieldState {
        let at = self.at(path);
        self.state
            .field_state(&at)
            .unwrap_or_else(|| panic!("{}: no instance '{path}'", self.context()))
    }

    fn set(mut self, path: &str, answer: Option<Answer>, step: String) -> Self {
        let at = self.at(path);
        if let Err(error) = self.state.set_answer(&at, answer) {
            panic!("{}: cannot set '{path}': {error}", self.context());
        }
        self.steps.push(step);
        self
    }

    /// Answers a text, number as typed, date, option id, yes/no or tick box.
    pub fn answer(self, path: &str, answer: impl Into<Answer>) -> Self {
        let answer = answer.into();
        let step = format!("{path} = {answer:?}");
        self.set(path, Some(answer), step)
    }

    /// Chooses these options of a `select_multiple` (replacing the previous choice).
    pub fn choose(self, path: &str, ids: &[&str]) -> Self {
        let step = format!("{path} = {ids:?}");
        self.set(path, Some(Answer::choices(ids.iter().copied())), step)
    }

    /// Clears an answer.
    pub fn clear(self, path: &str) -> Self {
        let step = format!("{path} cleared");
        self.set(path, None, step)
    }

    /// Adds a row with the id `row` to the repeat at `path`.
    pub fn row(mut self, path: &str, row: &str) -> Self {
        let at = self.at(path);
        if let Err(error) = self.state.add_row(&at, RowId(row.to_string())) {
            panic!(
                "{}: cannot add row '{row}' to '{path}': {error}",
                self.context()
            );
        }
        self.steps.push(format!("row {path}[{row}] added"));
        self
    }

    /// Removes the row `row` of the repeat at `path`.
    pub fn remove_row(mut self, path: &str, row: &str) -> Self {
        let at = self.at(path);
        if let Err(error) = self.state.remove_row(&at, &RowId(row.to_string())) {
            panic!(
                "{}: cannot remove row '{row}' of '{path}': {error}",
                self.context()
            );
        }
        self.steps.push(format!("row {path}[{row}] removed"));
        self
    }

    /// The field is shown.
    pub fn shown(self, path: &str) -> Self {
        assert!(
            self.state(path).relevant,
            "{}: '{path}' should be shown",
            self.context()
        );
        self
    }

    /// The field is hidden.
    pub fn hidden(self, path: &str) -> Self {
        assert!(
            !self.state(path).relevant,
            "{}: '{path}' should be hidden",
            self.context()
        );
        self
    }

    /// The field is shown and must be answered.
    pub fn required(self, path: &str) -> Self {
        let state = self.state(path);
        assert!(
            state.relevant && state.required,
            "{}: '{path}' should be shown and required",
            self.context()
        );
        self
    }

    /// The field is shown but need not be answered.
    pub fn optional(self, path: &str) -> Self {
        let state = self.state(path);
        assert!(
            state.relevant && !state.required,
            "{}: '{path}' should be shown and optional",
            self.context()
        );
        self
    }

    /// The field's value (the answer read for its type, or the computed value).
    pub fn value(self, path: &str, expected: impl Into<Value>) -> Self {
        let expected = expected.into();
        let actual = &self.state(path).value;
        assert_eq!(actual, &expected, "{}: value of '{path}'", self.context());
        self
    }

    /// The field has no value.
    pub fn no_value(self, path: &str) -> Self {
        self.value(path, Value::Null)
    }

    /// One of the field's errors reads `text` (a part of it).
    pub fn error(self, path: &str, text: &str) -> Self {
        let errors: Vec<String> = self
            .state(path)
            .errors
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            errors.iter().any(|error| error.contains(text)),
            "{}: '{path}' should have an error with \"{text}\", has {errors:?}",
            self.context()
        );
        self
    }

    /// The field has no error.
    pub fn valid(self, path: &str) -> Self {
        let errors: Vec<String> = self
            .state(path)
            .errors
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            errors.is_empty(),
            "{}: '{path}' should be valid, has {errors:?}",
            self.context()
        );
        self
    }

    /// The options offered now by a select field, by id.
    pub fn offers(self, path: &str, expected: &[&str]) -> Self {
        let at = self.at(path);
        let field = self.state.form().field(at.field);
        let offered: Vec<&str> = self
            .state(path)
            .visible_options
            .iter()
            .map(|index| field.options[*index].id.as_str())
            .collect();
        assert_eq!(offered, expected, "{}: options of '{path}'", self.context());
        self
    }

    /// The record counts as complete and no shown field has an error.
    pub fn complete(self) -> Self {
        let problems: Vec<String> = self
            .state
            .problems()
            .iter()
            .map(|(at, error)| format!("{}: {error}", self.state.form().field(at.field).id()))
            .collect();
        assert!(
            problems.is_empty(),
            "{}: problems {problems:?}",
            self.context()
        );
        let completion = self.state.completion();
        let missing: Vec<&str> = completion
            .mandatory_missing
            .iter()
            .map(|at| self.state.form().field(at.field).id())
            .collect();
        assert!(
            completion.complete,
            "{}: missing for completion {missing:?}",
            self.context()
        );
        self
    }

    /// The record is not complete yet: these mandatory fields are missing (in form order).
    pub fn incomplete(self, expected: &[&str]) -> Self {
        let completion = self.state.completion();
        let missing: Vec<&str> = completion
            .mandatory_missing
            .iter()
            .map(|at| self.state.form().field(at.field).id())
            .collect();
        assert_eq!(
            missing,
            expected,
            "{}: missing for completion",
            self.context()
        );
        assert!(!completion.complete, "{}", self.context());
        self
    }

    /// The finalized record's answer for a top-level field (hidden answers are left out).
    pub fn recorded(self, id: &str, expected: Option<Answer>) -> Self {
        let record = self.state.record();
        assert_eq!(
            record.get(id),
            expected.as_ref(),
            "{}: record of '{id}'",
            self.context()
        );
        self
    }
}
