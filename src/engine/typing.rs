//! Reading an answer as a typed value for its field, and the shorthand rules (`min`, `max`,
//! `min_length`, `max_length`, `pattern`) that need no expression.

use crate::answers::Answer;
use crate::definition::FieldType;
use crate::value::{Date, DateTime, Time, Value};

use super::Invalid;
use super::expressions::Limit;
use super::form::FieldInfo;

/// The typed value of an answer for `field`, or why it cannot be read. An empty answer is
/// `Null`. The raw answer is never changed: `"12a"` stays in the draft and is reported.
pub(crate) fn read(field: &FieldInfo, answer: Option<&Answer>) -> Result<Value, Invalid> {
    let Some(answer) = answer else { return Ok(Value::Null) };
    match field.field_type() {
        FieldType::Text
        | FieldType::Textarea
        | FieldType::Signature
        | FieldType::Photo
        | FieldType::File => text(answer).map(|text| non_empty(text.to_string())),
        FieldType::Integer => number(answer, true),
        FieldType::Decimal => number(answer, false),
        FieldType::Date => parsed(answer, Date::parse_iso, Value::Date, Invalid::NotADate),
        FieldType::Time => parsed(answer, Time::parse_iso, Value::Time, Invalid::NotATime),
        FieldType::Datetime => {
            parsed(answer, DateTime::parse_iso, Value::DateTime, Invalid::NotADateTime)
        }
        FieldType::SelectOne | FieldType::YesNo => {
            let id = text(answer)?.trim();
            if id.is_empty() {
                Ok(Value::Null)
            } else if field.options.iter().any(|choice| choice.id == id) {
                Ok(Value::Text(id.to_string()))
            } else {
                Err(Invalid::NotAnOption { value: id.to_string() })
            }
        }
        FieldType::SelectMultiple => match answer {
            Answer::Choices(ids) => {
                match ids.iter().find(|id| !field.options.iter().any(|choice| &choice.id == *id)) {
                    Some(unknown) => Err(Invalid::NotAnOption { value: unknown.clone() }),
                    None => Ok(Value::Choices(ids.clone())),
                }
            }
            Answer::Rows(rows) if rows.is_empty() => Ok(Value::Choices(Vec::new())),
            _ => Err(Invalid::WrongKind),
        },
        FieldType::Boolean => match answer {
            Answer::Bool(ticked) => Ok(Value::Bool(*ticked)),
            _ => Err(Invalid::WrongKind),
        },
        FieldType::Tally => match answer {
            Answer::Counts(counts) => {
                let mut total = 0.0;
                for (item, count) in counts {
                    let count = count.trim();
                    if count.is_empty() {
                        continue;
                    }
                    match count.parse::<u32>() {
                        Ok(count) => total += f64::from(count),
                        Err(_) => return Err(Invalid::NotACount { item: item.clone() }),
                    }
                }
                Ok(Value::Number(total))
            }
            _ => Err(Invalid::WrongKind),
        },
        FieldType::Repeat => match answer {
            Answer::Rows(_) | Answer::Choices(_) => Ok(Value::Null),
            _ => Err(Invalid::WrongKind),
        },
        FieldType::Note | FieldType::Group | FieldType::Calculated => Ok(Value::Null),
    }
}

fn non_empty(text: String) -> Value {
    if text.trim().is_empty() { Value::Null } else { Value::Text(text) }
}

fn text(answer: &Answer) -> Result<&str, Invalid> {
    match answer {
        Answer::Text(text) => Ok(text),
        _ => Err(Invalid::WrongKind),
    }
}

/// A number as typed. Decimals accept a comma as the decimal mark (`3,5`), as typed in much of
/// the world.
fn number(answer: &Answer, whole: bool) -> Result<Value, Invalid> {
    let wrong = if whole { Invalid::NotAWholeNumber } else { Invalid::NotANumber };
    let parsed = match answer {
        Answer::Number(number) => *number,
        Answer::Text(text) => {
            let text = text.trim();
            if text.is_empty() {
                return Ok(Value::Null);
            }
            let normalised = if whole { text.to_string() } else { text.replace(',', ".") };
            let plain = normalised.strip_prefix('-').unwrap_or(&normalised);
            let digits_ok = !plain.is_empty()
                && plain.chars().all(|c| c.is_ascii_digit() || (!whole && c == '.'))
                && plain.chars().filter(|c| *c == '.').count() <= 1
                && plain.chars().any(|c| c.is_ascii_digit());
            if !digits_ok {
                return Err(wrong);
            }
            normalised.parse::<f64>().map_err(|_| wrong.clone())?
        }
        _ => return Err(Invalid::WrongKind),
    };
    if !parsed.is_finite() || (whole && parsed.fract() != 0.0) {
        return Err(wrong);
    }
    Ok(Value::Number(parsed))
}

fn parsed<T>(
    answer: &Answer,
    parse: fn(&str) -> Option<T>,
    wrap: fn(T) -> Value,
    wrong: Invalid,
) -> Result<Value, Invalid> {
    let text = text(answer)?.trim();
    if text.is_empty() {
        return Ok(Value::Null);
    }
    parse(text).map(wrap).ok_or(wrong)
}

/// The first shorthand rule an answered value breaks, if any.
pub(crate) fn shorthand_error(field: &FieldInfo, value: &Value, today: Date) -> Option<Invalid> {
    let logic = &field.logic;
    if let Some(min) = logic.min
        && compare(value, min, today).is_some_and(|order| order.is_lt())
    {
        return Some(Invalid::BelowMin { min: limit_value(min, today) });
    }
    if let Some(max) = logic.max
        && compare(value, max, today).is_some_and(|order| order.is_gt())
    {
        return Some(match max {
            Limit::Today => Invalid::InFuture,
            _ => Invalid::AboveMax { max: limit_value(max, today) },
        });
    }
    if let Value::Text(text) = value {
        let length = u32::try_from(text.chars().count()).unwrap_or(u32::MAX);
        if let Some(min) = field.definition.min_length
            && length < min
        {
            return Some(Invalid::TooShort { min });
        }
        if let Some(max) = field.definition.max_length
            && length > max
        {
            return Some(Invalid::TooLong { max });
        }
        if let Some(pattern) = &logic.pattern
            && !pattern.is_match(text)
        {
            return Some(Invalid::PatternMismatch { message: field.definition.pattern_message.clone() });
        }
    }
    None
}

fn limit_value(limit: Limit, today: Date) -> Value {
    match limit {
        Limit::Number(number) => Value::Number(number),
        Limit::Date(date) => Value::Date(date),
        Limit::Time(time) => Value::Time(time),
        Limit::DateTime(date_time) => Value::DateTime(date_time),
        Limit::Today => Value::Date(today),
    }
}

fn compare(value: &Value, limit: Limit, today: Date) -> Option<std::cmp::Ordering> {
    match (value, limit) {
        (Value::Number(number), Limit::Number(limit)) => number.partial_cmp(&limit),
        (Value::Date(date), Limit::Date(limit)) => Some(date.cmp(&limit)),
        (Value::Date(date), Limit::Today) => Some(date.cmp(&today)),
        (Value::DateTime(date_time), Limit::Today) => Some(date_time.date().cmp(&today)),
        (Value::Time(time), Limit::Time(limit)) => Some(time.cmp(&limit)),
        (Value::DateTime(date_time), Limit::DateTime(limit)) => Some(date_time.cmp(&limit)),
        _ => None,
    }
}

/// A computed value as it is stored in a record: ISO text for dates and times.
pub(crate) fn to_answer(value: &Value) -> Option<Answer> {
    match value {
        Value::Null => None,
        Value::Bool(flag) => Some(Answer::Bool(*flag)),
        Value::Number(number) => Some(Answer::Number(*number)),
        Value::Text(text) => Some(Answer::Text(text.clone())),
        Value::Choices(ids) => Some(Answer::Choices(ids.clone())),
        Value::Date(_) | Value::Time(_) | Value::DateTime(_) => Some(Answer::Text(value.to_string())),
    }
}

/// A computed default as the answer a user would have given for this field.
pub(crate) fn default_answer(field: &FieldInfo, value: &Value) -> Option<Answer> {
    match (field.field_type(), value) {
        (FieldType::Integer | FieldType::Decimal, Value::Number(number)) => {
            Some(Answer::Text(Value::Number(*number).to_string()))
        }
        _ => to_answer(value),
    }
}
