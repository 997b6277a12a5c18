//! Helpers that make engine tests read like a script: build a form from a compact JSON list of
//! fields, set answers by path (`age`, `members[r1].age`), and assert states.
//!
//! Every edit made through [`Script`] also checks the engine's central promise: the state
//! after an incremental update equals the state a fresh `resume` computes from the same
//! answers.

#![allow(dead_code)] // Each test module uses a different part of the helpers.

use std::sync::Arc;

use caseforms::answers::{Answer, Answers, RowId};
use caseforms::check::Problem;
use caseforms::definition::FormDefinition;
use caseforms::engine::{
    Changes, EditError, Environment, FieldState, Form, FormState, Instance, UnfittingAnswer,
};
use caseforms::value::{Date, DateTime, Time, Value};

/// The fixed clock of every test: 2024-06-15 at 10:30.
pub fn env() -> Environment {
    let today = Date::from_ymd(2024, 6, 15).expect("a valid date");
    let time = Time::from_hms(10, 30, 0).expect("a valid time");
    Environment {
        today,
        now: DateTime::new(today, time),
    }
}

/// A definition whose only section, `main`, has `fields` (a JSON list).
pub fn definition(fields: &str) -> FormDefinition {
    sections(&format!(
        r#"[{{"id": "main", "title": "Main", "fields": {fields}}}]"#
    ))
}

/// A definition with `sections` (a JSON list of sections).
pub fn sections(sections: &str) -> FormDefinition {
    with_lookups("{}", sections)
}

/// A definition with shared `lookups` (a JSON object) and `sections`.
pub fn with_lookups(lookups: &str, sections: &str) -> FormDefinition {
    let source = format!(
        r#"{{"format": 1, "id": "t", "version": "1", "title": "T", "lookups": {lookups}, "sections": {sections}}}"#
    );
    serde_json::from_str(&source)
        .unwrap_or_else(|error| panic!("bad test definition: {error}\n{source}"))
}

/// Compiles, returning the problems.
pub fn compile(definition: FormDefinition) -> (Arc<Form>, Vec<Problem>) {
    let (form, problems) = Form::compile(definition);
    (Arc::new(form), problems)
}

/// Compiles, asserting there is no problem.
pub fn form(definition: FormDefinition) -> Arc<Form> {
    let (form, problems) = compile(definition);
    assert!(problems.is_empty(), "unexpected problems: {problems:#?}");
    form
}

/// Parses answers from JSON.
pub fn answers(json: &str) -> Answers {
    serde_json::from_str(json).unwrap_or_else(|error| panic!("bad test answers: {error}\n{json}"))
}

/// A form state driven step by step.
pub struct Script {
    pub state: FormState,
}

impl Script {
    /// A new draft of a one-section form with `fields`.
    pub fn new(fields: &str) -> Self {
        Self::of(form(definition(fields)))
    }

    /// A new draft of a compiled form.
    pub fn of(form: Arc<Form>) -> Self {
        let script = Script {
            state: FormState::new_draft(form, env()),
        };
        script.assert_consistent();
        script
    }

    /// A draft of a one-section form with `fields`, resumed from `answers` (JSON).
    pub fn resume(fields: &str, answers_json: &str) -> (Self, Vec<UnfittingAnswer>) {
        Self::resume_form(form(definition(fields)), answers_json)
    }

    /// A draft of a compiled form resumed from `answers` (JSON).
    pub fn resume_form(form: Arc<Form>, answers_json: &str) -> (Self, Vec<UnfittingAnswer>) {
        let (state, unfitting) = FormState::resume(form, answers(answers_json), env());
        (Script { state }, unfitting)
    }

    /// The instance at `path` (see `Form::instance_at`).
    pub fn at(&self, path: &str) -> Instance {
        self.state
            .form()
            .instance_at(path)
            .unwrap_or_else(|| panic!("no field at '{path}'"))
    }

    /// Sets an answer, checking that the incremental state equals a fresh evaluation.
    pub fn set(&mut self, path: &str, answer: impl Into<Answer>) -> Changes {
        self.try_set(path, Some(answer.into()))
            .unwrap_or_else(|error| panic!("set {path}: {error}"))
    }

    /// Sets an answer given as JSON (`["a", "b"]`, `{"boys": "2"}`, `true`).
    pub fn set_json(&mut self, path: &str, json: &str) -> Changes {
        let answer: Answer =
            serde_json::from_str(json).unwrap_or_else(|error| panic!("bad answer {json}: {error}"));
        self.set(path, answer)
    }

    /// Clears an answer.
    pub fn clear(&mut self, path: &str) -> Changes {
        self.try_set(path, None)
            .unwrap_or_else(|error| panic!("clear {path}: {error}"))
    }

    /// Sets or clears an answer, returning the engine's verdict.
    pub fn try_set(&mut self, path: &str, answer: Option<Answer>) -> Result<Changes, EditError> {
        let at = self.at(path);
        let result = self.state.set_answer(&at, answer);
        self.assert_consistent();
        result
    }

    /// Adds a row `id` to the repeat at `path`.
    pub fn add_row(&mut self, path: &str, id: &str) -> Changes {
        self.try_add_row(path, id)
            .unwrap_or_else(|error| panic!("add row {path}: {error}"))
    }

    /// Adds a row, returning the engine's verdict.
    pub fn try_add_row(&mut self, path: &str, id: &str) -> Result<Changes, EditError> {
        let at = self.at(path);
        let result = self.state.add_row(&at, RowId::from(id));
        self.assert_consistent();
        result
    }

    /// Removes row `id` from the repeat at `path`.
    pub fn remove_row(&mut self, path: &str, id: &str) -> Changes {
        let at = self.at(path);
        let result = self.state.remove_row(&at, &RowId::from(id));
        self.assert_consistent();
        result.unwrap_or_else(|error| panic!("remove row {path}: {error}"))
    }

    /// The state at `path`.
    pub fn state(&self, path: &str) -> &FieldState {
        let at = self.at(path);
        self.state
            .field_state(&at)
            .unwrap_or_else(|| panic!("no state for {path} ({at:?})"))
    }

    /// The typed value at `path`.
    pub fn value(&self, path: &str) -> Value {
        self.state(path).value.clone()
    }

    /// Is the field at `path` shown?
    pub fn shown(&self, path: &str) -> bool {
        self.state(path).relevant
    }

    /// The errors at `path`, in English.
    pub fn errors(&self, path: &str) -> Vec<String> {
        self.state(path)
            .errors
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// The row ids of the repeat at `path`.
    pub fn rows(&self, path: &str) -> Vec<String> {
        self.state
            .rows(&self.at(path))
            .into_iter()
            .map(|id| id.0)
            .collect()
    }

    /// The draft as JSON.
    pub fn draft_json(&self) -> serde_json::Value {
        serde_json::to_value(self.state.answers()).expect("answers serialise")
    }

    /// The finalized record as JSON.
    pub fn record_json(&self) -> serde_json::Value {
        serde_json::to_value(self.state.record()).expect("a record serialises")
    }

    /// The incremental state must equal a full evaluation of the same answers.
    pub fn assert_consistent(&self) {
        let (fresh, _) = FormState::resume(
            self.state.shared_form(),
            self.state.answers().clone(),
            env(),
        );
        if fresh != self.state {
            for (instance, state) in fresh.instances_in_order() {
                let incremental = self.state.field_state(&instance);
                assert_eq!(
                    incremental,
                    Some(state),
                    "incremental state differs at {instance:?}"
                );
            }
            panic!("incremental state differs from a fresh evaluation (sections or instances)");
        }
    }
}

/// A number value.
pub fn number(value: f64) -> Value {
    Value::Number(value)
}

/// A text value.
pub fn text(value: &str) -> Value {
    Value::Text(value.to_string())
}

/// A date value.
pub fn date(text: &str) -> Value {
    Value::Date(Date::parse_iso(text).expect("a valid date"))
}
