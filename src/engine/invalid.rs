//! Why an answer is not acceptable: [`Invalid`], a typed reason the app translates.

use std::fmt;

use crate::definition::Text;
use crate::value::Value;

/// One validation error of a field instance.
///
/// A typed value, not a message: the app turns it into words in the user's language.
/// [`fmt::Display`] gives English words for the command line and tests; texts given by the
/// definition (`required_message`, a constraint's `message`, `pattern_message`) are shown in
/// the definition's English (or first) text.
#[derive(Debug, Clone, PartialEq)]
pub enum Invalid {
    /// The answer has a shape this type of question never takes (e.g. a list for a date):
    /// usually an answer from before the form changed.
    WrongKind,
    /// Not a whole number (integer fields), e.g. `"12a"` or `"3.5"`.
    NotAWholeNumber,
    /// Not a number (decimal fields), e.g. `"three"`.
    NotANumber,
    /// Not a date in the form `YYYY-MM-DD`.
    NotADate,
    /// Not a time in the form `HH:MM`.
    NotATime,
    /// Not a date and time in the form `YYYY-MM-DDTHH:MM`.
    NotADateTime,
    /// A chosen option that is not one of the field's options, or not one offered now
    /// (after `choice_filter`).
    NotAnOption {
        /// The option id as stored.
        value: String,
    },
    /// A tally count that is not a whole number of zero or more.
    NotACount {
        /// The tally item whose count is wrong.
        item: String,
    },
    /// A required field without an answer (a required tick box must be ticked, a required
    /// multiple choice needs one choice, a required repeat needs one row).
    Required {
        /// The definition's `required_message`, if any.
        message: Option<Text>,
    },
    /// Smaller (or earlier) than `min`.
    BelowMin {
        /// The bound, typed (a number, date, time or date and time).
        min: Value,
    },
    /// Larger (or later) than `max`.
    AboveMax {
        /// The bound, typed.
        max: Value,
    },
    /// A date after today, where `max` is `"today"`.
    InFuture,
    /// Shorter than `min_length` characters.
    TooShort {
        /// The fewest characters.
        min: u32,
    },
    /// Longer than `max_length` characters.
    TooLong {
        /// The most characters.
        max: u32,
    },
    /// The text does not match `pattern`.
    PatternMismatch {
        /// The definition's `pattern_message`, if any.
        message: Option<Text>,
    },
    /// A repeat with fewer rows than `min_rows`.
    TooFewRows {
        /// The fewest rows.
        min: u32,
    },
    /// A repeat with more rows than `max_rows`.
    TooManyRows {
        /// The most rows.
        max: u32,
    },
    /// The `constraint` expression is false.
    Constraint {
        /// The constraint's message.
        message: Text,
    },
}

impl Invalid {
    /// True for the errors about the answer's form (it could not be read as this type).
    pub fn is_unreadable(&self) -> bool {
        matches!(
            self,
            Invalid::WrongKind
                | Invalid::NotAWholeNumber
                | Invalid::NotANumber
                | Invalid::NotADate
                | Invalid::NotATime
                | Invalid::NotADateTime
                | Invalid::NotAnOption { .. }
                | Invalid::NotACount { .. }
        )
    }
}

/// The English text of a definition's translatable message.
fn english(text: &Text) -> &str {
    text.get("en", "en")
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Invalid::WrongKind => f.write_str("this answer is not of the kind this question takes"),
            Invalid::NotAWholeNumber => f.write_str("enter a whole number, e.g. 12"),
            Invalid::NotANumber => f.write_str("enter a number, e.g. 3.5"),
            Invalid::NotADate => f.write_str("enter a date in the form YYYY-MM-DD"),
            Invalid::NotATime => f.write_str("enter a time in the form HH:MM"),
            Invalid::NotADateTime => {
                f.write_str("enter a date and time in the form YYYY-MM-DDTHH:MM")
            }
            Invalid::NotAnOption { value } => write!(f, "'{value}' is not one of the options"),
            Invalid::NotACount { item } => {
                write!(
                    f,
                    "the count of '{item}' must be a whole number of zero or more"
                )
            }
            Invalid::Required {
                message: Some(message),
            } => f.write_str(english(message)),
            Invalid::Required { message: None } => f.write_str("this question must be answered"),
            Invalid::BelowMin { min } => match min {
                Value::Number(_) => write!(f, "must be at least {min}"),
                _ => write!(f, "must not be before {min}"),
            },
            Invalid::AboveMax { max } => match max {
                Value::Number(_) => write!(f, "must be at most {max}"),
                _ => write!(f, "must not be after {max}"),
            },
            Invalid::InFuture => f.write_str("cannot be in the future"),
            Invalid::TooShort { min } => write!(f, "must be at least {min} characters long"),
            Invalid::TooLong { max } => write!(f, "must be at most {max} characters long"),
            Invalid::PatternMismatch {
                message: Some(message),
            } => f.write_str(english(message)),
            Invalid::PatternMismatch { message: None } => {
                f.write_str("this answer is not in the expected form")
            }
            Invalid::TooFewRows { min: 1 } => f.write_str("add at least 1 row"),
            Invalid::TooFewRows { min } => write!(f, "add at least {min} rows"),
            Invalid::TooManyRows { max: 1 } => f.write_str("at most 1 row is allowed"),
            Invalid::TooManyRows { max } => write!(f, "at most {max} rows are allowed"),
            Invalid::Constraint { message } => f.write_str(english(message)),
        }
    }
}
