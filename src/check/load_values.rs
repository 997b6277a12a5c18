//! Reading single JSON values leniently: each reader reports a value of the wrong kind in
//! plain words at its own path and returns `None`, so loading goes on with the rest.

use serde_json::{Map, Value};

use super::keys::describe;
use super::load::Loader;
use super::suggest::did_you_mean;
use super::{JsonPath, Problem};
use crate::definition::{Bound, Choice, Condition, Text};

/// Who owns a value, for messages: `short` in "label of 'age'", `long` in "in field 'age'".
#[derive(Debug, Clone)]
pub(super) struct Owner {
    pub short: String,
    pub long: String,
}

impl Owner {
    /// A field, by id if it has one.
    pub fn field(id: Option<&str>, path: &JsonPath) -> Self {
        match id {
            Some(id) => Self {
                short: format!("'{id}'"),
                long: format!("field '{id}'"),
            },
            None => Self {
                short: format!("the field at {path}"),
                long: format!("the field at {path}"),
            },
        }
    }

    /// Any other named thing, e.g. `section 'intro'` or `option 'male' of 'sex'`.
    pub fn named(name: String) -> Self {
        Self {
            short: name.clone(),
            long: name,
        }
    }
}

impl Loader<'_> {
    /// Reports `value` at `path` not being what `key` needs.
    pub(super) fn wrong_kind(&mut self, path: &JsonPath, key: &str, expected: &str, value: &Value) {
        let mut problem = Problem::error(
            path.clone(),
            format!("'{key}' must be {expected}, not {}", describe(value)),
        );
        match value {
            Value::String(text)
                if expected.contains("number") && text.trim().parse::<f64>().is_ok() =>
            {
                problem = problem.with_suggestion(format!("write {} without quotes", text.trim()));
            }
            Value::Number(number) if expected == "text" => {
                problem = problem.with_suggestion(format!("put it in double quotes: \"{number}\""));
            }
            Value::Bool(flag) if expected == "text" => {
                problem = problem.with_suggestion(format!("put it in double quotes: \"{flag}\""));
            }
            _ => {}
        }
        self.problems.push(problem);
    }

    /// A string.
    pub(super) fn string(&mut self, value: &Value, path: &JsonPath, key: &str) -> Option<String> {
        match value {
            Value::String(text) => Some(text.clone()),
            other => {
                self.wrong_kind(path, key, "text", other);
                None
            }
        }
    }

    /// A whole number from 0 to 4294967295.
    pub(super) fn whole(&mut self, value: &Value, path: &JsonPath, key: &str) -> Option<u32> {
        if let Some(number) = value.as_u64() {
            if let Ok(number) = u32::try_from(number) {
                return Some(number);
            }
            self.problems.push(Problem::error(
                path.clone(),
                format!("'{key}' is too large: {number}"),
            ));
            return None;
        }
        match value.as_f64() {
            Some(number) => {
                let problem = Problem::error(
                    path.clone(),
                    format!("'{key}' must be a whole number of 0 or more, not {number}"),
                );
                self.problems.push(problem);
            }
            None => self.wrong_kind(path, key, "a whole number", value),
        }
        None
    }

    /// `true` or `false`.
    pub(super) fn boolean(&mut self, value: &Value, path: &JsonPath, key: &str) -> Option<bool> {
        match value {
            Value::Bool(flag) => Some(*flag),
            Value::String(text) if text == "true" || text == "false" => {
                let problem = Problem::error(
                    path.clone(),
                    format!("'{key}' must be true or false, not text"),
                )
                .with_suggestion(format!("write {text} without quotes"));
                self.problems.push(problem);
                None
            }
            other => {
                self.wrong_kind(path, key, "true or false", other);
                None
            }
        }
    }

    /// `true`, `false` or an expression.
    pub(super) fn condition(
        &mut self,
        value: &Value,
        path: &JsonPath,
        key: &str,
    ) -> Option<Condition> {
        match value {
            Value::Bool(flag) => Some(Condition::Fixed(*flag)),
            Value::String(text) => Some(Condition::Expression(text.clone())),
            other => {
                self.wrong_kind(
                    path,
                    key,
                    "true, false or an expression in double quotes",
                    other,
                );
                None
            }
        }
    }

    /// A `min`/`max` bound: a number or a text.
    pub(super) fn bound(&mut self, value: &Value, path: &JsonPath, key: &str) -> Option<Bound> {
        match value {
            Value::Number(number) => number.as_f64().map(Bound::Number),
            Value::String(text) => Some(Bound::Text(text.clone())),
            other => {
                self.wrong_kind(
                    path,
                    key,
                    "a number, or a date or time in double quotes",
                    other,
                );
                None
            }
        }
    }

    /// A list of strings; an item that is not a string is reported and left out.
    pub(super) fn strings(
        &mut self,
        value: &Value,
        path: &JsonPath,
        key: &str,
    ) -> Option<Vec<String>> {
        let Value::Array(items) = value else {
            self.wrong_kind(path, key, "a list of texts", value);
            return None;
        };
        let mut texts = Vec::new();
        for (index, item) in items.iter().enumerate() {
            match item {
                Value::String(text) => texts.push(text.clone()),
                other => self.problems.push(Problem::error(
                    path.index(index),
                    format!("each item of '{key}' must be text, not {}", describe(other)),
                )),
            }
        }
        Some(texts)
    }

    /// A translatable text, checked against the form's languages. `what` names it in
    /// messages, e.g. "label of 'age'".
    pub(super) fn text(
        &mut self,
        value: &Value,
        path: &JsonPath,
        key: &str,
        what: &str,
    ) -> Option<Text> {
        match value {
            Value::String(text) => Some(Text::Plain(text.clone())),
            Value::Object(map) => self.translated(map, path, key, what).map(Text::Translated),
            other => {
                self.wrong_kind(path, key, "text, or an object of language to text", other);
                None
            }
        }
    }

    fn translated(
        &mut self,
        map: &Map<String, Value>,
        path: &JsonPath,
        key: &str,
        what: &str,
    ) -> Option<std::collections::BTreeMap<String, String>> {
        if map.is_empty() {
            self.problems.push(Problem::error(
                path.clone(),
                format!("{what} has no text in any language"),
            ));
            return None;
        }
        let mut texts = std::collections::BTreeMap::new();
        for (language, text) in map {
            match text {
                Value::String(text) => {
                    texts.insert(language.clone(), text.clone());
                }
                other => self.problems.push(Problem::error(
                    path.key(language),
                    format!(
                        "the '{language}' text of '{key}' must be text, not {}",
                        describe(other)
                    ),
                )),
            }
            if self.languages_known && !self.languages.contains(language) {
                let mut problem = Problem::warning(
                    path.key(language),
                    format!("{what} has a '{language}' text, but '{language}' is not one of the form's languages"),
                )
                .on_key();
                problem = match did_you_mean(language, self.languages.iter().map(String::as_str)) {
                    Some(suggestion) => problem.with_suggestion(suggestion),
                    None => problem.with_suggestion(format!(
                        "add '{language}' to 'languages', or remove this text"
                    )),
                };
                self.problems.push(problem);
            }
        }
        if self.languages_known {
            for language in self.languages.clone() {
                if map.contains_key(&language) {
                    continue;
                }
                let message = format!("{what} has no '{language}' text");
                self.problems.push(if language == "en" {
                    Problem::error(path.clone(), message)
                        .with_suggestion("English is required when 'en' is one of the languages")
                } else {
                    Problem::warning(path.clone(), message)
                });
            }
        }
        Some(texts)
    }

    /// A list of options (or tally items); an option that fails to load is left out.
    /// `of` names the owner in messages, e.g. "'sex'" or "lookup 'yes_no'".
    pub(super) fn choices(
        &mut self,
        value: &Value,
        path: &JsonPath,
        key: &str,
        of: &str,
    ) -> Option<Vec<Choice>> {
        let Value::Array(items) = value else {
            let expected = if key == "options" {
                "a list of options, or the id of a lookup in double quotes"
            } else {
                "a list of objects with 'id' and 'label'"
            };
            self.wrong_kind(path, key, expected, value);
            return None;
        };
        if items.is_empty() {
            self.problems.push(Problem::error(
                path.clone(),
                format!("'{key}' of {of} is an empty list"),
            ));
        }
        let noun = if key == "items" { "item" } else { "option" };
        let mut choices = Vec::new();
        let mut seen: Vec<(String, JsonPath)> = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let item_path = path.index(index);
            let Some(choice) = self.choice(item, &item_path, noun, of) else {
                continue;
            };
            if let Some((_, first)) = seen.iter().find(|(id, _)| *id == choice.id) {
                let message = format!("{noun} id '{}' is used twice in {of}", choice.id);
                let first = first.key("id");
                let other = self.where_is(&first, &item_path.key("id"));
                self.problems.push(
                    Problem::error(item_path.key("id"), message.clone())
                        .with_suggestion(format!("the other one is at {other}")),
                );
                let here = self.where_is(&item_path.key("id"), &first);
                self.problems.push(
                    Problem::error(first, message)
                        .with_suggestion(format!("the other one is at {here}")),
                );
            }
            seen.push((choice.id.clone(), item_path));
            choices.push(choice);
        }
        Some(choices)
    }

    fn choice(&mut self, value: &Value, path: &JsonPath, noun: &str, of: &str) -> Option<Choice> {
        let Value::Object(map) = value else {
            let message = format!(
                "each {noun} must be an object with 'id' and 'label', not {}",
                describe(value)
            );
            self.problems.push(Problem::error(path.clone(), message));
            return None;
        };
        let id = match map.get("id") {
            Some(id) => self.string(id, &path.key("id"), "id"),
            None => {
                self.problems.push(Problem::error(
                    path.clone(),
                    format!("this {noun} of {of} has no 'id'"),
                ));
                None
            }
        };
        let name = match &id {
            Some(id) => format!("{noun} '{id}' of {of}"),
            None => format!("the {noun} at {path}"),
        };
        self.unknown_keys(map, path, super::keys::CHOICE_KEYS, &name, &[]);
        if let Some(id) = &id
            && !is_option_id(id)
        {
            let mut problem = Problem::error(
                path.key("id"),
                format!("{noun} id '{id}' may contain only lowercase letters, digits and '_'"),
            );
            if let Some(fixed) = sanitized_id(id, true) {
                problem = problem.with_suggestion(format!("did you mean '{fixed}'?"));
            }
            self.problems.push(problem);
        }
        let label = match map.get("label") {
            Some(label) => self.text(
                label,
                &path.key("label"),
                "label",
                &format!("label of {name}"),
            ),
            None => {
                self.problems.push(Problem::error(
                    path.clone(),
                    format!("{name} has no 'label'"),
                ));
                None
            }
        };
        let tags = match map.get("tags") {
            Some(tags) => self
                .strings(tags, &path.key("tags"), "tags")
                .unwrap_or_default(),
            None => Vec::new(),
        };
        Some(Choice {
            id: id?,
            label: label.unwrap_or_else(|| Text::Plain(String::new())),
            tags,
        })
    }

    /// Reports the keys of `map` that are not in `known`, with a did-you-mean or, for names
    /// from XLSForm, what to write instead.
    pub(super) fn unknown_keys(
        &mut self,
        map: &Map<String, Value>,
        path: &JsonPath,
        known: &[&str],
        owner: &str,
        aliases: &[(&str, &str)],
    ) {
        for key in map.keys() {
            if known.contains(&key.as_str()) {
                continue;
            }
            let mut problem =
                Problem::error(path.key(key), format!("unknown key '{key}' in {owner}")).on_key();
            if let Some((_, advice)) = aliases.iter().find(|(alias, _)| alias == key) {
                problem = problem.with_suggestion(*advice);
            } else if let Some(suggestion) = did_you_mean(key, known.iter().copied()) {
                problem = problem.with_suggestion(suggestion);
            }
            self.problems.push(problem);
        }
    }
}

/// Whether `id` matches `^[a-z][a-z0-9_]*$`, the pattern of form, section and field ids.
pub(super) fn is_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Whether `id` matches `^[a-z0-9][a-z0-9_]*$`, the pattern of option ids.
pub(super) fn is_option_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// A valid id close to `id` (lowercased, other characters turned into `_`), if there is one.
pub(super) fn sanitized_id(id: &str, digit_first: bool) -> Option<String> {
    let mut fixed = String::new();
    for c in id.trim().chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            fixed.push(c);
        } else if !fixed.ends_with('_') {
            fixed.push('_');
        }
    }
    let fixed = fixed.trim_matches('_').to_string();
    let valid = if digit_first {
        is_option_id(&fixed)
    } else {
        is_id(&fixed)
    };
    valid.then_some(fixed)
}
