//! Reading an [`Answer`] as the typed [`Value`] of its field, and the rules on that value
//! (`min`, `max`, lengths, `pattern`) that need no expression.

use crate::answers::Answer;
use crate::definition::FieldType;
use crate::value::{Date, DateTime, Time, Value};

use super::Environment;
use super::expressions::Limit;
use super::form::FieldInfo;
use super::invalid::Invalid;

/// An answer read for its field.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Typed {
    /// The value expressions see (`Null` when unanswered or unreadable).
    pub value: Value,
    /// Why the answer could not be read, if it could not.
    pub error: Option<Invalid>,
    /// Is there a non-empty answer at all (readable or not)?
    pub answered: bool,
}

impl Typed {
    pub(crate) fn empty() -> Self {
        Typed {
            value: Value::Null,
            error: None,
            answered: false,
        }
    }

    fn ok(value: Value) -> Self {
        Typed {
            value,
            error: None,
            answered: true,
        }
    }

    fn invalid(error: Invalid) -> Self {
        Typed {
            value: Value::Null,
            error: Some(error),
            answered: true,
        }
    }
}

/// True for an answer that says nothing: empty or blank text, no choices, no rows, no counts.
pub(crate) fn is_empty(answer: &Answer) -> bool {
    match answer {
        Answer::Text(text) => text.trim().is_empty(),
        Answer::Choices(choices) => choices.is_empty(),
        Answer::Rows(rows) => rows.is_empty(),
        Answer::Counts(counts) => counts.values().all(|count| count.trim().is_empty()),
        Answer::Bool(_) | Answer::Number(_) => false,
    }
}

/// Reads the answer of a field that takes one (not repeats, groups, notes or computed fields).
pub(crate) fn read(field: &FieldInfo, answer: Option<&Answer>) -> Typed {
    let Some(answer) = answer.filter(|answer| !is_empty(answer)) else {
        return Typed::empty();
    };
    match (field.definition.field_type, answer) {
        (
            FieldType::Text
            | FieldType::Textarea
            | FieldType::Signature
            | FieldType::Photo
            | FieldType::File,
            Answer::Text(text),
        ) => Typed::ok(Value::Text(text.clone())),
        (FieldType::Integer, Answer::Text(text)) => whole_number(text.trim())
            .map_or_else(|| Typed::invalid(Invalid::NotAWholeNumber), number),
        (FieldType::Integer, Answer::Number(value)) => {
            if is_whole(*value) {
                number(*value)
            } else {
                Typed::invalid(Invalid::NotAWholeNumber)
            }
        }
        (FieldType::Decimal, Answer::Text(text)) => {
            decimal(text.trim()).map_or_else(|| Typed::invalid(Invalid::NotANumber), number)
        }
        (FieldType::Decimal, Answer::Number(value)) if value.is_finite() => number(*value),
        (FieldType::Date, Answer::Text(text)) => Date::parse_iso(text.trim()).map_or_else(
            || Typed::invalid(Invalid::NotADate),
            |date| Typed::ok(Value::Date(date)),
        ),
        (FieldType::Time, Answer::Text(text)) => Time::parse_iso(text.trim()).map_or_else(
            || Typed::invalid(Invalid::NotATime),
            |time| Typed::ok(Value::Time(time)),
        ),
        (FieldType::Datetime, Answer::Text(text)) => DateTime::parse_iso(text.trim()).map_or_else(
            || Typed::invalid(Invalid::NotADateTime),
            |date_time| Typed::ok(Value::DateTime(date_time)),
        ),
        (FieldType::SelectOne | FieldType::YesNo, Answer::Text(id)) => {
            if field.options.iter().any(|choice| choice.id == *id) {
                Typed::ok(Value::Text(id.clone()))
            } else {
                Typed::invalid(Invalid::NotAnOption { value: id.clone() })
            }
        }
        (FieldType::SelectMultiple, Answer::Choices(ids)) => {
            let known: Vec<String> = ids
                .iter()
                .filter(|id| field.options.iter().any(|choice| choice.id == **id))
                .cloned()
                .collect();
            let unknown = ids.iter().find(|id| !known.contains(id));
            Typed {
                value: if known.is_empty() {
                    Value::Null
                } else {
                    Value::Choices(known)
                },
                error: unknown.map(|id| Invalid::NotAnOption { value: id.clone() }),
                answered: true,
            }
        }
        (FieldType::Boolean, Answer::Bool(value)) => Typed::ok(Value::Bool(*value)),
        (FieldType::Tally, Answer::Counts(counts)) => {
            let mut total = 0.0;
            for (item, count) in counts {
                if !field
                    .definition
                    .items
                    .iter()
                    .any(|choice| choice.id == *item)
                {
                    return Typed::invalid(Invalid::NotAnOption {
                        value: item.clone(),
                    });
                }
                let count = count.trim();
                if count.is_empty() {
                    continue;
                }
                match whole_number(count) {
                    Some(value) if value >= 0.0 => total += value,
                    _ => return Typed::invalid(Invalid::NotACount { item: item.clone() }),
                }
            }
            number(total)
        }
        _ => Typed::invalid(Invalid::WrongKind),
    }
}

fn number(value: f64) -> Typed {
    Typed::ok(Value::Number(value))
}

/// The largest integer up to which every integer is exactly representable: 2^53.
const EXACT: f64 = 9_007_199_254_740_992.0;

fn is_whole(value: f64) -> bool {
    value.is_finite() && value.fract() == 0.0 && value.abs() <= EXACT
}

/// `12`, `-3`, `+7`: digits with an optional sign, within the exactly representable range.
fn whole_number(text: &str) -> Option<f64> {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let value: f64 = text.parse().ok()?;
    is_whole(value).then_some(value)
}

/// `3.5`, `3,5`, `-0.25`, `.5`, `12`: digits with one optional `.` or `,` as the decimal
/// separator (many of the languages the forms serve write a comma). No exponents, no thousands
/// separators.
fn decimal(text: &str) -> Option<f64> {
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let separators = unsigned
        .bytes()
        .filter(|byte| matches!(byte, b'.' | b','))
        .count();
    let digits = unsigned.bytes().filter(u8::is_ascii_digit).count();
    if separators > 1 || digits == 0 || digits + separators != unsigned.len() {
        return None;
    }
    let value: f64 = text.replace(',', ".").parse().ok()?;
    value.is_finite().then_some(value)
}

/// The answer that stores a computed or default value (dates as ISO text).
pub(crate) fn answer_of(value: &Value) -> Option<Answer> {
    Some(match value {
        Value::Null => return None,
        Value::Bool(value) => Answer::Bool(*value),
        Value::Number(value) => Answer::Number(*value),
        Value::Text(text) => Answer::Text(text.clone()),
        Value::Date(date) => Answer::Text(date.to_string()),
        Value::Time(time) => Answer::Text(time.to_string()),
        Value::DateTime(date_time) => Answer::Text(date_time.to_string()),
        Value::Choices(choices) => Answer::Choices(choices.clone()),
    })
}

/// The rules of `min`, `max`, `min_length`, `max_length` and `pattern` on an answered value.
pub(crate) fn check_rules(
    field: &FieldInfo,
    value: &Value,
    env: &Environment,
    errors: &mut Vec<Invalid>,
) {
    let logic = &field.logic;
    if let Some(min) = logic.min
        && let Some((bound, ordering)) = compare(value, min, env)
        && ordering == std::cmp::Ordering::Less
    {
        errors.push(Invalid::BelowMin { min: bound });
    }
    if let Some(max) = logic.max
        && let Some((bound, ordering)) = compare(value, max, env)
        && ordering == std::cmp::Ordering::Greater
    {
        errors.push(if max == Limit::Today {
            Invalid::InFuture
        } else {
            Invalid::AboveMax { max: bound }
        });
    }
    if let Value::Text(text) = value
        && matches!(
            field.definition.field_type,
            FieldType::Text | FieldType::Textarea
        )
    {
        let length = text.chars().count();
        if let Some(min) = field.definition.min_length
            && length < min as usize
        {
            errors.push(Invalid::TooShort { min });
        }
        if let Some(max) = field.definition.max_length
            && length > max as usize
        {
            errors.push(Invalid::TooLong { max });
        }
        if let Some(pattern) = &logic.pattern
            && !pattern.is_match(text)
        {
            errors.push(Invalid::PatternMismatch {
                message: field.definition.pattern_message.clone(),
            });
        }
    }
}

/// The bound as a value, and how `value` compares with it (`None` if they do not compare).
fn compare(value: &Value, limit: Limit, env: &Environment) -> Option<(Value, std::cmp::Ordering)> {
    match (value, limit) {
        (Value::Number(value), Limit::Number(bound)) => {
            Some((Value::Number(bound), value.partial_cmp(&bound)?))
        }
        (Value::Date(value), Limit::Date(bound)) => Some((Value::Date(bound), value.cmp(&bound))),
        (Value::Date(value), Limit::Today) => Some((Value::Date(env.today), value.cmp(&env.today))),
        (Value::Time(value), Limit::Time(bound)) => Some((Value::Time(bound), value.cmp(&bound))),
        (Value::DateTime(value), Limit::DateTime(bound)) => {
            Some((Value::DateTime(bound), value.cmp(&bound)))
        }
        (Value::DateTime(value), Limit::Today) => {
            Some((Value::Date(env.today), value.date().cmp(&env.today)))
        }
        _ => None,
    }
}

/// A computed default as the answer a user would have given: numbers for integer and decimal
/// fields as typed text, dates as ISO text.
pub(crate) fn default_answer(field: &FieldInfo, value: &Value) -> Option<Answer> {
    match (field.definition.field_type, value) {
        (FieldType::Integer | FieldType::Decimal, Value::Number(_)) => {
            Some(Answer::Text(value.to_string()))
        }
        _ => answer_of(value),
    }
}
