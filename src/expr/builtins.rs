//! The bodies of the built-in functions. Each takes its arguments unevaluated, so that `if`,
//! `coalesce` and the aggregates evaluate only what they need.

use std::cmp::Ordering;

use super::ast::{Call, Node};
use super::eval::{EvalContext, compare, contains, equal, eval, finite, for_each_row};
use super::functions::Function;
use crate::value::{Date, DateTime, Time, Value};

/// Evaluates a call.
pub(crate) fn call(call: &Call, ctx: &dyn EvalContext) -> Value {
    let args = call.args.as_slice();
    let arg = |index: usize| args.get(index).map_or(Value::Null, |node| eval(node, ctx));
    match call.function() {
        Function::If => {
            if arg(0).is_true() {
                arg(1)
            } else {
                arg(2)
            }
        }
        Function::Coalesce => args
            .iter()
            .map(|node| eval(node, ctx))
            .find(Value::is_answered)
            .unwrap_or(Value::Null),
        Function::Answered => Value::Bool(arg(0).is_answered()),
        Function::Length => text(arg(0), |text| Value::Number(text.chars().count() as f64)),
        Function::Lower => text(arg(0), |text| Value::Text(text.to_lowercase())),
        Function::Upper => text(arg(0), |text| Value::Text(text.to_uppercase())),
        Function::Trim => text(arg(0), |text| Value::Text(text.trim().to_owned())),
        Function::Concat => {
            let mut joined = String::new();
            for node in args {
                let value = eval(node, ctx);
                if let Value::Text(text) = &value {
                    joined.push_str(text);
                } else {
                    use std::fmt::Write as _;
                    // Writing to a `String` cannot fail.
                    let _ = write!(joined, "{value}");
                }
            }
            Value::Text(joined)
        }
        Function::StartsWith => match (arg(0), arg(1)) {
            (Value::Text(text), Value::Text(prefix)) => Value::Bool(text.starts_with(&prefix)),
            _ => Value::Bool(false),
        },
        Function::EndsWith => match (arg(0), arg(1)) {
            (Value::Text(text), Value::Text(suffix)) => Value::Bool(text.ends_with(&suffix)),
            _ => Value::Bool(false),
        },
        Function::Substr => substr(arg(0), arg(1), args.get(2).map(|node| eval(node, ctx))),
        Function::Text => match arg(0) {
            Value::Null => Value::Null,
            Value::Text(text) => Value::Text(text),
            value => Value::Text(value.to_string()),
        },
        Function::Number => match arg(0) {
            Value::Number(number) => Value::Number(number),
            Value::Text(text) => parse_number(&text),
            _ => Value::Null,
        },
        Function::Round => round(arg(0), args.get(1).map(|node| eval(node, ctx))),
        Function::Floor => number(arg(0), f64::floor),
        Function::Ceil => number(arg(0), f64::ceil),
        Function::Abs => number(arg(0), f64::abs),
        Function::Int => number(arg(0), f64::trunc),
        Function::Min | Function::Max => {
            let wanted = if call.function() == Function::Min {
                Ordering::Less
            } else {
                Ordering::Greater
            };
            match call.repeat_name() {
                Some(repeat) if ctx.row_count(repeat) > 0 => {
                    extreme_of_rows(args, repeat, ctx, wanted)
                }
                _ => extreme_of_args(args, ctx, wanted),
            }
        }
        Function::Today => Value::Date(ctx.today()),
        Function::Now => Value::DateTime(ctx.now()),
        Function::YearsBetween => match (date_of(&arg(0)), date_of(&arg(1))) {
            (Some(from), Some(to)) => Value::Number(f64::from(Date::whole_years_between(from, to))),
            _ => Value::Null,
        },
        Function::Age => match date_of(&arg(0)) {
            Some(birth) => Value::Number(f64::from(Date::whole_years_between(birth, ctx.today()))),
            None => Value::Null,
        },
        Function::DaysBetween => match (date_of(&arg(0)), date_of(&arg(1))) {
            (Some(from), Some(to)) => Value::Number(Date::days_between(from, to) as f64),
            _ => Value::Null,
        },
        Function::AddDays => add_days(arg(0), arg(1)),
        Function::Year => date_part(arg(0), |date| date.year() as f64),
        Function::Month => date_part(arg(0), |date| f64::from(date.month())),
        Function::Day => date_part(arg(0), |date| f64::from(date.day())),
        Function::Date => match arg(0) {
            Value::Text(text) => Date::parse_iso(text.trim()).map_or(Value::Null, Value::Date),
            Value::Date(date) => Value::Date(date),
            Value::DateTime(date_time) => Value::Date(date_time.date()),
            _ => Value::Null,
        },
        Function::Time => match arg(0) {
            Value::Text(text) => Time::parse_iso(text.trim()).map_or(Value::Null, Value::Time),
            Value::Time(time) => Value::Time(time),
            Value::DateTime(date_time) => Value::Time(date_time.time()),
            _ => Value::Null,
        },
        Function::DateTime => match arg(0) {
            Value::Text(text) => {
                DateTime::parse_iso(text.trim()).map_or(Value::Null, Value::DateTime)
            }
            Value::DateTime(date_time) => Value::DateTime(date_time),
            Value::Date(date) => Time::from_seconds(0).map_or(Value::Null, |midnight| {
                Value::DateTime(DateTime::new(date, midnight))
            }),
            _ => Value::Null,
        },
        Function::Selected => {
            let (field, choice) = (arg(0), arg(1));
            Value::Bool(match &field {
                Value::Text(_) => equal(&field, &choice) == Some(true),
                _ => contains(&field, &choice),
            })
        }
        Function::CountSelected => match arg(0) {
            Value::Choices(choices) => Value::Number(choices.len() as f64),
            Value::Null => Value::Number(0.0),
            _ => Value::Null,
        },
        Function::Count => count(args, ctx),
        Function::Sum | Function::Avg => sum_or_average(call.function(), args, ctx),
        Function::Any | Function::All => {
            let (Some(repeat), Some(condition)) = (call.repeat_name(), args.get(1)) else {
                return Value::Null;
            };
            let all = call.function() == Function::All;
            // `any` stops at the first true row, `all` at the first false one.
            let mut result = all;
            for_each_row(ctx, repeat, |row| {
                if eval(condition, row).is_true() != all {
                    result = !all;
                    return false;
                }
                true
            });
            Value::Bool(result)
        }
    }
}

/// Applies `apply` to a text; anything else gives `Null`.
fn text(value: Value, apply: impl FnOnce(&str) -> Value) -> Value {
    match value {
        Value::Text(text) => apply(&text),
        _ => Value::Null,
    }
}

/// Applies `apply` to a number; anything else gives `Null`.
fn number(value: Value, apply: impl FnOnce(f64) -> f64) -> Value {
    match value {
        Value::Number(number) => finite(apply(number)),
        _ => Value::Null,
    }
}

/// The date of a date or a date-time.
fn date_of(value: &Value) -> Option<Date> {
    match value {
        Value::Date(date) => Some(*date),
        Value::DateTime(date_time) => Some(date_time.date()),
        _ => None,
    }
}

fn date_part(value: Value, part: impl FnOnce(Date) -> f64) -> Value {
    date_of(&value).map_or(Value::Null, |date| Value::Number(part(date)))
}

/// An integer count from a number, truncated toward zero and bounded so that conversions
/// cannot overflow.
fn whole(number: f64) -> i64 {
    number.trunc().clamp(-1e15, 1e15) as i64
}

fn add_days(date: Value, days: Value) -> Value {
    let Value::Number(days) = days else {
        return Value::Null;
    };
    let days = whole(days);
    match date {
        Value::Date(date) => date.add_days(days).map_or(Value::Null, Value::Date),
        Value::DateTime(date_time) => date_time.date().add_days(days).map_or(Value::Null, |date| {
            Value::DateTime(DateTime::new(date, date_time.time()))
        }),
        _ => Value::Null,
    }
}

/// `substr(text, start, length?)`: `start` counts characters from 1 (below 1 counts as 1);
/// without `length`, the rest of the text.
fn substr(text: Value, start: Value, length: Option<Value>) -> Value {
    let (Value::Text(text), Value::Number(start)) = (text, start) else {
        return Value::Null;
    };
    let skip = usize::try_from(whole(start).max(1) - 1).unwrap_or(0);
    let take = match length {
        None => usize::MAX,
        Some(Value::Number(length)) => usize::try_from(whole(length).max(0)).unwrap_or(0),
        Some(_) => return Value::Null,
    };
    Value::Text(text.chars().skip(skip).take(take).collect())
}

/// Parses a plain decimal number (`12`, `-3.5`, ` 7 `); anything else gives `Null`.
fn parse_number(text: &str) -> Value {
    let text = text.trim();
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (whole_part, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let plain = !whole_part.is_empty()
        && whole_part.bytes().all(|byte| byte.is_ascii_digit())
        && fraction.bytes().all(|byte| byte.is_ascii_digit())
        && !(digits.ends_with('.'));
    match text.parse::<f64>() {
        Ok(number) if plain => finite(number),
        _ => Value::Null,
    }
}

/// `round(x, digits?)`: half away from zero, to `digits` decimals (negative: tens, hundreds).
fn round(value: Value, digits: Option<Value>) -> Value {
    let Value::Number(number) = value else {
        return Value::Null;
    };
    let digits = match digits {
        None => 0,
        Some(Value::Number(digits)) => whole(digits).clamp(-15, 15) as i32,
        Some(_) => return Value::Null,
    };
    let factor = 10f64.powi(digits.abs());
    let rounded = if digits >= 0 {
        (number * factor).round() / factor
    } else {
        (number / factor).round() * factor
    };
    finite(rounded)
}

/// Variadic `min`/`max`: `Null` if any argument is `Null` or the arguments cannot be ordered.
fn extreme_of_args(args: &[Node], ctx: &dyn EvalContext, wanted: Ordering) -> Value {
    let mut best = Value::Null;
    for (index, node) in args.iter().enumerate() {
        let value = eval(node, ctx);
        if index == 0 {
            if compare(&value, &value).is_none() {
                return Value::Null;
            }
            best = value;
            continue;
        }
        match compare(&value, &best) {
            Some(order) if order == wanted => best = value,
            Some(_) => {}
            None => return Value::Null,
        }
    }
    best
}

/// Aggregate `min`/`max` over the rows of a repeat: rows whose value is `Null` (or of another
/// type than the first value found) are skipped; `Null` when no row has a value.
fn extreme_of_rows(args: &[Node], repeat: &str, ctx: &dyn EvalContext, wanted: Ordering) -> Value {
    let Some(body) = args.get(1) else {
        return Value::Null;
    };
    let mut best = Value::Null;
    for_each_row(ctx, repeat, |row| {
        let value = eval(body, row);
        if best.is_null() {
            if compare(&value, &value).is_some() {
                best = value;
            }
        } else if compare(&value, &best) == Some(wanted) {
            best = value;
        }
        true
    });
    best
}

/// `count(repeat)` or `count(repeat, condition)`.
fn count(args: &[Node], ctx: &dyn EvalContext) -> Value {
    let Some(Node {
        kind: super::ast::NodeKind::Field(repeat),
        ..
    }) = args.first()
    else {
        return Value::Null;
    };
    let Some(condition) = args.get(1) else {
        return Value::Number(ctx.row_count(repeat) as f64);
    };
    let mut total = 0usize;
    for_each_row(ctx, repeat, |row| {
        total += usize::from(eval(condition, row).is_true());
        true
    });
    Value::Number(total as f64)
}

/// `sum` (0 over no numbers) and `avg` (`Null` over no numbers); non-numbers are skipped.
fn sum_or_average(function: Function, args: &[Node], ctx: &dyn EvalContext) -> Value {
    let (
        Some(Node {
            kind: super::ast::NodeKind::Field(repeat),
            ..
        }),
        Some(body),
    ) = (args.first(), args.get(1))
    else {
        return Value::Null;
    };
    let (mut total, mut numbers) = (0.0, 0usize);
    for_each_row(ctx, repeat, |row| {
        if let Value::Number(number) = eval(body, row) {
            total += number;
            numbers += 1;
        }
        true
    });
    match function {
        Function::Avg if numbers == 0 => Value::Null,
        Function::Avg => finite(total / numbers as f64),
        _ => finite(total),
    }
}
