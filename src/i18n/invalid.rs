//! The engine's typed validation errors ([`Invalid`]) as sentences in the interface language.

use crate::engine::Invalid;
use crate::value::Value;

use super::{Msg, UiLanguage, format, text};

/// What [`invalid_message`] needs besides the error: the languages, and how the app shows a
/// value (a bound such as a date, in the user's locale) and an option or tally item (its label).
pub struct MessageContext<'a> {
    /// The interface language, for the app's own sentences.
    pub ui: UiLanguage,
    /// The form's current language, for messages the definition gives (`required_message`, a
    /// constraint's `message`, `pattern_message`).
    pub language: &'a str,
    /// The definition's default language, used where a message lacks `language`.
    pub fallback: &'a str,
    /// Shows a bound (`min`, `max`) to a person.
    pub value: &'a dyn Fn(&Value) -> String,
    /// The label of an option or tally item, by id.
    pub label: &'a dyn Fn(&str) -> String,
}

/// The message for one validation error, in the user's words.
pub fn invalid_message(context: &MessageContext<'_>, invalid: &Invalid) -> String {
    let ui = context.ui;
    let simple = |message: Msg| text(ui, message).to_string();
    match invalid {
        Invalid::WrongKind => simple(Msg::InvalidWrongKind),
        Invalid::NotAWholeNumber => simple(Msg::InvalidWholeNumber),
        Invalid::NotANumber => simple(Msg::InvalidNumber),
        Invalid::NotADate => simple(Msg::InvalidDate),
        Invalid::NotATime => simple(Msg::InvalidTime),
        Invalid::NotADateTime => simple(Msg::InvalidDateTime),
        Invalid::NotAnOption { value } => format(
            ui,
            Msg::InvalidOption,
            &[("value", &(context.label)(value))],
        ),
        Invalid::NotACount { item } => {
            format(ui, Msg::InvalidCount, &[("item", &(context.label)(item))])
        }
        Invalid::Required {
            message: Some(message),
        }
        | Invalid::PatternMismatch {
            message: Some(message),
        }
        | Invalid::Constraint { message } => {
            message.get(context.language, context.fallback).to_string()
        }
        Invalid::Required { message: None } => simple(Msg::InvalidRequired),
        Invalid::BelowMin { min } => {
            let message = if matches!(min, Value::Number(_)) {
                Msg::InvalidBelowMinNumber
            } else {
                Msg::InvalidBelowMinDate
            };
            format(ui, message, &[("min", &(context.value)(min))])
        }
        Invalid::AboveMax { max } => {
            let message = if matches!(max, Value::Number(_)) {
                Msg::InvalidAboveMaxNumber
            } else {
                Msg::InvalidAboveMaxDate
            };
            format(ui, message, &[("max", &(context.value)(max))])
        }
        Invalid::InFuture => simple(Msg::InvalidFuture),
        Invalid::TooShort { min } => format(ui, Msg::InvalidTooShort, &[("min", &min.to_string())]),
        Invalid::TooLong { max } => format(ui, Msg::InvalidTooLong, &[("max", &max.to_string())]),
        Invalid::PatternMismatch { message: None } => simple(Msg::InvalidPattern),
        Invalid::TooFewRows { min } => {
            format(ui, Msg::InvalidTooFewRows, &[("min", &min.to_string())])
        }
        Invalid::TooManyRows { max } => {
            format(ui, Msg::InvalidTooManyRows, &[("max", &max.to_string())])
        }
    }
}
