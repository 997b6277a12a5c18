//! Rules about one loaded field: what its type needs, and whether its default, bounds,
//! lengths and pattern make sense.

use serde_json::{Map, Value};

use super::JsonPath;
use super::Problem;
use super::keys::{a_type_field, describe};
use super::load::Loader;
use super::load_values::Owner;
use super::suggest::did_you_mean;
use crate::definition::{Bound, DefaultValue, Field, FieldType};
use crate::value::{Date, DateTime, Time};

/// A comparable `min`/`max` value.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum Limit {
    Number(f64),
    Date(Date),
    Time(Time),
    DateTime(DateTime),
    Today,
}

impl Loader<'_> {
    /// Checks `field` (loaded from `map` at `path`).
    pub(super) fn field_rules(
        &mut self,
        field: &mut Field,
        map: &Map<String, Value>,
        path: &JsonPath,
        owner: &Owner,
    ) {
        use FieldType as T;
        let t = field.field_type;
        let has = |key: &str| map.contains_key(key);
        let kind = a_type_field(t);
        let needs = |this: &mut Self, key: &str, example: &str| {
            if !has(key) {
                this.problems.push(
                    Problem::error(
                        path.clone(),
                        format!("{} is {kind} and needs '{key}'", owner.long),
                    )
                    .with_suggestion(format!("add \"{key}\": {example}")),
                );
            }
        };
        match t {
            T::Calculated => needs(self, "calculate", "\"an expression\""),
            T::Group | T::Repeat => needs(self, "fields", "[ ... ]"),
            T::SelectOne | T::SelectMultiple => {
                needs(
                    self,
                    "options",
                    "[{\"id\": \"...\", \"label\": \"...\"}] or the id of a lookup",
                );
            }
            T::Tally => needs(self, "items", "[{\"id\": \"...\", \"label\": \"...\"}]"),
            _ => {}
        }
        if !matches!(t, T::Calculated | T::Group | T::Repeat) && !has("label") {
            self.problems.push(
                Problem::error(path.clone(), format!("{} has no 'label'", owner.long))
                    .with_suggestion("add \"label\": \"...\", the text shown to the user"),
            );
        }
        if matches!(t, T::Group | T::Repeat)
            && has("fields")
            && field.fields.is_empty()
            && let Some(Value::Array(items)) = map.get("fields")
            && items.is_empty()
        {
            self.problems.push(Problem::error(
                path.key("fields"),
                format!("{} has no fields", owner.long),
            ));
        }
        if let Some(DefaultValue::Value(value)) = &field.default
            && !self.check_default(field, value, &path.key("default"), owner)
        {
            field.default = None;
        }
        let min = field
            .min
            .as_ref()
            .and_then(|b| self.limit(t, b, &path.key("min"), "min", owner));
        let max = field
            .max
            .as_ref()
            .and_then(|b| self.limit(t, b, &path.key("max"), "max", owner));
        // What is reported is left out, so the engine does not report it again.
        if min.is_none() {
            field.min = None;
        }
        if max.is_none() {
            field.max = None;
        }
        if let (Some(min), Some(max)) = (min, max)
            && min != Limit::Today
            && max != Limit::Today
            && min > max
        {
            self.problems.push(Problem::error(
                path.key("min"),
                format!("min of {} is greater than its max", owner.short),
            ));
        }
        self.order(
            field.min_length,
            field.max_length,
            path,
            ("min_length", "max_length"),
            owner,
        );
        self.order(
            field.min_rows,
            field.max_rows,
            path,
            ("min_rows", "max_rows"),
            owner,
        );
        if let Some(pattern) = &field.pattern
            && let Err(error) = regex_lite::Regex::new(pattern)
        {
            let reason = error.to_string();
            let reason = reason.lines().last().unwrap_or_default().trim().to_string();
            self.problems.push(Problem::error(
                path.key("pattern"),
                format!(
                    "pattern of {} is not a valid regular expression: {reason}",
                    owner.short
                ),
            ));
            field.pattern = None;
        }
    }

    fn order(
        &mut self,
        low: Option<u32>,
        high: Option<u32>,
        path: &JsonPath,
        keys: (&str, &str),
        owner: &Owner,
    ) {
        if let (Some(low), Some(high)) = (low, high)
            && low > high
        {
            self.problems.push(Problem::error(
                path.key(keys.0),
                format!(
                    "{} of {} is {low}, more than its {} {high}",
                    keys.0, owner.short, keys.1
                ),
            ));
        }
    }

    /// Reads a `min`/`max` bound for the field's type, reporting one that does not fit.
    fn limit(
        &mut self,
        t: FieldType,
        bound: &Bound,
        path: &JsonPath,
        key: &str,
        owner: &Owner,
    ) -> Option<Limit> {
        let (limit, expected) = match (t, bound) {
            (FieldType::Integer, Bound::Number(n)) if n.fract() == 0.0 => {
                (Some(Limit::Number(*n)), "")
            }
            (FieldType::Integer, _) => (None, "a whole number"),
            (FieldType::Decimal, Bound::Number(n)) => (Some(Limit::Number(*n)), ""),
            (FieldType::Decimal, _) => (None, "a number"),
            (FieldType::Date | FieldType::Datetime, Bound::Text(text)) if text == "today" => {
                (Some(Limit::Today), "")
            }
            (FieldType::Date, Bound::Text(text)) => (
                Date::parse_iso(text).map(Limit::Date),
                "a date like \"2024-01-31\", or \"today\"",
            ),
            (FieldType::Time, Bound::Text(text)) => (
                Time::parse_iso(text).map(Limit::Time),
                "a time like \"08:30\"",
            ),
            (FieldType::Datetime, Bound::Text(text)) => (
                DateTime::parse_iso(text).map(Limit::DateTime),
                "a date and time like \"2024-01-31T08:30\", or \"today\"",
            ),
            (FieldType::Date, _) => (None, "a date like \"2024-01-31\", or \"today\""),
            (FieldType::Time, _) => (None, "a time like \"08:30\""),
            (FieldType::Datetime, _) => (
                None,
                "a date and time like \"2024-01-31T08:30\", or \"today\"",
            ),
            _ => return None,
        };
        if limit.is_none() {
            let given = match bound {
                Bound::Number(n) => n.to_string(),
                Bound::Text(text) => format!("\"{text}\""),
            };
            let mut problem = Problem::error(
                path.clone(),
                format!(
                    "{key} of {} ({}) must be {expected}, not {given}",
                    owner.short,
                    a_type_field(t)
                ),
            );
            if let (FieldType::Integer | FieldType::Decimal, Bound::Text(text)) = (t, bound)
                && text.trim().parse::<f64>().is_ok()
            {
                problem = problem.with_suggestion(format!("write {} without quotes", text.trim()));
            }
            self.problems.push(problem);
        }
        limit
    }

    /// Checks a fixed default; `false` if it cannot be used.
    fn check_default(
        &mut self,
        field: &Field,
        value: &Value,
        path: &JsonPath,
        owner: &Owner,
    ) -> bool {
        use FieldType as T;
        let t = field.field_type;
        let fits = match t {
            T::Text | T::Textarea => value.is_string(),
            T::Integer => value.as_f64().is_some_and(|n| n.fract() == 0.0),
            T::Decimal => value.is_number(),
            T::Date => value.as_str().and_then(Date::parse_iso).is_some(),
            T::Time => value.as_str().and_then(Time::parse_iso).is_some(),
            T::Datetime => value.as_str().and_then(DateTime::parse_iso).is_some(),
            T::Boolean => value.is_boolean(),
            T::YesNo => matches!(value.as_str(), Some("yes" | "no")),
            T::SelectOne => value.is_string(),
            T::SelectMultiple => value
                .as_array()
                .is_some_and(|items| items.iter().all(Value::is_string)),
            _ => true,
        };
        if !fits {
            let expected = match t {
                T::Text | T::Textarea => "text",
                T::Integer => "a whole number",
                T::Decimal => "a number",
                T::Date => "a date like \"2024-01-31\"",
                T::Time => "a time like \"08:30\"",
                T::Datetime => "a date and time like \"2024-01-31T08:30\"",
                T::Boolean => "true or false",
                T::YesNo => "\"yes\" or \"no\"",
                T::SelectOne => "the id of one of its options",
                _ => "a list of ids of its options",
            };
            let given = match value {
                Value::String(text) => format!("\"{text}\""),
                Value::Number(number) => number.to_string(),
                other => describe(other).to_string(),
            };
            let mut problem = Problem::error(
                path.clone(),
                format!(
                    "default of {} ({}) must be {expected}, not {given}",
                    owner.short,
                    a_type_field(t)
                ),
            );
            if matches!(t, T::Date | T::Datetime | T::Time)
                && value
                    .as_str()
                    .is_some_and(|s| s.starts_with("today") || s.starts_with("now"))
            {
                let function = if t == T::Date { "today()" } else { "now()" };
                problem = problem.with_suggestion(format!(
                    "write \"default\": {{\"expression\": \"{function}\"}}"
                ));
            }
            self.problems.push(problem);
            return false;
        }
        let mut usable = true;
        if let (Some(number), Some(min)) = (value.as_f64(), field.min.as_ref())
            && matches!(min, Bound::Number(min) if number < *min)
        {
            self.problems.push(Problem::error(
                path.clone(),
                format!("default of {} is below its min", owner.short),
            ));
            usable = false;
        }
        if let (Some(number), Some(max)) = (value.as_f64(), field.max.as_ref())
            && matches!(max, Bound::Number(max) if number > *max)
        {
            self.problems.push(Problem::error(
                path.clone(),
                format!("default of {} is above its max", owner.short),
            ));
            usable = false;
        }
        let Some(options) = self.option_ids(field) else {
            return usable;
        };
        let chosen: Vec<(JsonPath, &str)> = match value {
            Value::String(id) => vec![(path.clone(), id.as_str())],
            Value::Array(items) => items
                .iter()
                .enumerate()
                .filter_map(|(index, item)| Some((path.index(index), item.as_str()?)))
                .collect(),
            _ => Vec::new(),
        };
        for (path, id) in chosen {
            if options.iter().any(|option| option == id) {
                continue;
            }
            let mut problem = Problem::error(
                path,
                format!(
                    "default '{id}' of {} is not one of its options",
                    owner.short
                ),
            );
            if let Some(suggestion) = did_you_mean(id, options.iter().map(String::as_str)) {
                problem = problem.with_suggestion(suggestion);
            }
            self.problems.push(problem);
            usable = false;
        }
        usable
    }
}
