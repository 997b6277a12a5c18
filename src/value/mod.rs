//! `Value`, the typed value an expression works on, and the calendar types it carries.
//!
//! A field's answer reaches the expression language as a [`Value`]. Unanswered fields are
//! [`Value::Null`]. Two notions of "empty" exist on purpose:
//!
//! - [`Value::is_null`] is true only for `Null`. Comparisons treat only `Null` as missing, so
//!   `name = ''` is true for an empty text.
//! - [`Value::is_answered`] is false for `Null`, for a text that is empty or only white space,
//!   and for an empty list of choices. The expression function `answered(x)` and the engine's
//!   `required` check use it.

mod date;

pub use date::{Date, DateTime, Time, days_in_month, is_leap_year};

use std::fmt;

/// A typed value: the answer of a field, a literal, or the result of an expression.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Value {
    /// No value: an unanswered field, or the result of an operation on bad operands.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number. Values produced by the evaluator are always finite.
    Number(f64),
    /// A text (also the value of a single-choice question: the choice's name).
    Text(String),
    /// A calendar date.
    Date(Date),
    /// A time of day.
    Time(Time),
    /// A date with a time of day, in local time (no time zone).
    #[serde(rename = "datetime")]
    DateTime(DateTime),
    /// The names of the selected choices of a multiple-choice question, in selection order.
    Choices(Vec<String>),
}

/// The static type of an expression or a field, as the type checker sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Type {
    /// Unknown, or the type of the `null` literal: compatible with every type.
    Any,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// A text.
    Text,
    /// A calendar date.
    Date,
    /// A time of day.
    Time,
    /// A date with a time of day.
    #[serde(rename = "datetime")]
    DateTime,
    /// The selected choices of a multiple-choice question.
    Choices,
    /// A repeat group: only usable as the first argument of an aggregate such as `count`.
    Rows,
}

impl Type {
    /// The type in plain words with an article, for messages: "a number", "a date".
    pub fn described(self) -> &'static str {
        match self {
            Type::Any => "any value",
            Type::Bool => "a true/false value",
            Type::Number => "a number",
            Type::Text => "a text",
            Type::Date => "a date",
            Type::Time => "a time",
            Type::DateTime => "a date and time",
            Type::Choices => "a list of selected choices",
            Type::Rows => "a repeat group",
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Type::Any => "any",
            Type::Bool => "bool",
            Type::Number => "number",
            Type::Text => "text",
            Type::Date => "date",
            Type::Time => "time",
            Type::DateTime => "datetime",
            Type::Choices => "choices",
            Type::Rows => "rows",
        })
    }
}

impl Value {
    /// The type of this value; `Null` has type [`Type::Any`].
    pub fn type_of(&self) -> Type {
        match self {
            Value::Null => Type::Any,
            Value::Bool(_) => Type::Bool,
            Value::Number(_) => Type::Number,
            Value::Text(_) => Type::Text,
            Value::Date(_) => Type::Date,
            Value::Time(_) => Type::Time,
            Value::DateTime(_) => Type::DateTime,
            Value::Choices(_) => Type::Choices,
        }
    }

    /// True only for [`Value::Null`]: the notion of "missing" used by comparisons and arithmetic.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// False for `Null`, for a text that is empty or only white space, and for an empty list of
    /// choices; true for everything else. This is what `answered(x)` and `required` test.
    pub fn is_answered(&self) -> bool {
        match self {
            Value::Null => false,
            Value::Text(text) => !text.trim().is_empty(),
            Value::Choices(choices) => !choices.is_empty(),
            _ => true,
        }
    }

    /// True only for `Bool(true)`: how `and`, `or`, `not` and `if` read a condition.
    /// `Null` and values of other types count as false.
    pub fn is_true(&self) -> bool {
        matches!(self, Value::Bool(true))
    }
}

impl From<bool> for Value {
    fn from(value: bool) -> Self {
        Value::Bool(value)
    }
}

impl From<f64> for Value {
    fn from(value: f64) -> Self {
        Value::Number(value)
    }
}

impl From<&str> for Value {
    fn from(value: &str) -> Self {
        Value::Text(value.to_owned())
    }
}

impl From<String> for Value {
    fn from(value: String) -> Self {
        Value::Text(value)
    }
}

impl From<Date> for Value {
    fn from(value: Date) -> Self {
        Value::Date(value)
    }
}

impl From<Time> for Value {
    fn from(value: Time) -> Self {
        Value::Time(value)
    }
}

impl From<DateTime> for Value {
    fn from(value: DateTime) -> Self {
        Value::DateTime(value)
    }
}

impl From<Vec<String>> for Value {
    fn from(value: Vec<String>) -> Self {
        Value::Choices(value)
    }
}

/// Writes a number the way a person would: `3` rather than `3.0`, `-0` as `0`.
pub(crate) fn write_number(f: &mut fmt::Formatter<'_>, number: f64) -> fmt::Result {
    if number == 0.0 {
        f.write_str("0")
    } else {
        write!(f, "{number}")
    }
}

/// Shows a value to a person: `Null` as nothing, numbers without a trailing `.0`, dates in ISO
/// form, and choices separated by spaces (as XLSForm stores them).
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => Ok(()),
            Value::Bool(value) => write!(f, "{value}"),
            Value::Number(number) => write_number(f, *number),
            Value::Text(text) => f.write_str(text),
            Value::Date(date) => write!(f, "{date}"),
            Value::Time(time) => write!(f, "{time}"),
            Value::DateTime(date_time) => write!(f, "{date_time}"),
            Value::Choices(choices) => {
                for (index, choice) in choices.iter().enumerate() {
                    if index > 0 {
                        f.write_str(" ")?;
                    }
                    f.write_str(choice)?;
                }
                Ok(())
            }
        }
    }
}
