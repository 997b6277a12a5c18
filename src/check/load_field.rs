//! Lenient loading of one field: its id and type first, then every member on its own.

use serde_json::{Map, Value};

use super::keys::{
    FIELD_KEY_ALIASES, FIELD_KEYS, FIELD_TYPE_ALIASES, FIELD_TYPES, a_type_field,
    applicable_types_in_words, applies_to, describe,
};
use super::load::{FieldInfo, IdUse, Loader, ScopeKey, SiteKind};
use super::load_values::Owner;
use super::suggest::{closest, did_you_mean};
use super::{JsonPath, Problem};
use crate::definition::{Appearance, Constraint, DefaultValue, Field, FieldType, Options};

impl Loader<'_> {
    /// Loads one field; `None` if it cannot be part of the definition (no usable id or type),
    /// in which case its id (and its children's) are remembered as failed.
    pub(super) fn field(
        &mut self,
        value: &Value,
        path: &JsonPath,
        scope: Option<&ScopeKey>,
        parent: &Owner,
    ) -> Option<Field> {
        let Value::Object(map) = value else {
            self.problems.push(Problem::error(
                path.clone(),
                format!(
                    "each field must be an object {{ ... }}, not {}",
                    describe(value)
                ),
            ));
            return None;
        };
        let id = match map.get("id") {
            Some(v) => self.string(v, &path.key("id"), "id"),
            None => {
                let mut problem = Problem::error(
                    path.clone(),
                    format!("a field of {} has no 'id'", parent.short),
                )
                .with_suggestion("add \"id\": \"my_field\"");
                if map.contains_key("name") {
                    problem = problem.with_suggestion("use 'id' for a field's id, not 'name'");
                }
                self.problems.push(problem);
                None
            }
        };
        let owner = Owner::field(id.as_deref(), path);
        if let Some(id) = &id {
            self.check_id(id, &path.key("id"), "field");
            if let Some(scope) = scope {
                self.ids.push(IdUse {
                    scope: scope.clone(),
                    scope_name: self.scope_name(scope),
                    id: id.clone(),
                    path: path.key("id"),
                });
            }
        }
        self.unknown_keys(map, path, FIELD_KEYS, &owner.long, FIELD_KEY_ALIASES);
        let field_type = match map.get("type") {
            Some(v) => self.field_type(v, &path.key("type")),
            None => {
                self.missing(path, &owner.long, "type", "\"text\"");
                None
            }
        };
        if let Some(field_type) = field_type {
            self.inapplicable_keys(map, path, field_type);
        }
        // A key that does not apply is reported once and not read further.
        let applies = |key: &str| {
            field_type.is_some_and(|t| applies_to(key).is_none_or(|types| types.contains(&t)))
        };

        let children_scope = match field_type {
            Some(FieldType::Repeat) => {
                let key = path.to_string();
                self.scope_parents
                    .insert(key.clone(), scope.cloned().flatten());
                if let Some(id) = &id {
                    self.repeat_ids.insert(key.clone(), id.clone());
                }
                scope.map(|_| Some(key))
            }
            Some(FieldType::Group) => scope.cloned(),
            _ => None,
        };
        let children = match map.get("fields") {
            Some(v) if applies("fields") => {
                self.fields(v, &path.key("fields"), children_scope.as_ref(), &owner)
            }
            Some(v) if field_type.is_none() => {
                let children = self.fields(v, &path.key("fields"), None, &owner);
                self.remember_failed(&children);
                Vec::new()
            }
            _ => Vec::new(),
        };

        let (Some(id), Some(field_type)) = (id.clone(), field_type) else {
            if let Some(id) = id {
                self.failed_ids.insert(id);
            }
            return None;
        };
        let mut field = self.members(map, path, id, field_type, &owner, scope, &applies, children);
        self.field_rules(&mut field, map, path, &owner);
        if let Some(scope) = scope {
            let options = self.option_ids(&field);
            let mut info = field.clone();
            info.fields.clear();
            self.fields.push(FieldInfo {
                field: info,
                path: path.clone(),
                scope: scope.clone(),
                options,
            });
        }
        Some(field)
    }

    #[allow(
        clippy::too_many_arguments,
        reason = "the pieces of one field being assembled"
    )]
    fn members(
        &mut self,
        map: &Map<String, Value>,
        path: &JsonPath,
        id: String,
        field_type: FieldType,
        owner: &Owner,
        scope: Option<&ScopeKey>,
        applies: &dyn Fn(&str) -> bool,
        fields: Vec<Field>,
    ) -> Field {
        let scope = scope.cloned().flatten();
        let member = |key: &str| {
            map.get(key)
                .filter(|_| applies(key))
                .map(|v| (v, path.key(key)))
        };
        let short = owner.short.clone();
        let text = |this: &mut Self, key: &str, what: &str| {
            member(key).and_then(|(v, p)| this.text(v, &p, key, &format!("{what} of {short}")))
        };
        let label = text(self, "label", "label");
        let hint = text(self, "hint", "hint");
        let required_message = text(self, "required_message", "required_message");
        let pattern_message = text(self, "pattern_message", "pattern_message");
        let row_label = text(self, "row_label", "row_label");

        let condition = |this: &mut Self, key: &str, kind: SiteKind| {
            let (v, p) = member(key)?;
            let condition = this.condition(v, &p, key)?;
            if let crate::definition::Condition::Expression(source) = &condition {
                this.site(&p, source, kind, Some(&id), &scope);
            }
            Some(condition)
        };
        let required = condition(self, "required", SiteKind::Required);
        let readonly = condition(self, "readonly", SiteKind::Readonly);

        let expression = |this: &mut Self, key: &str, kind: SiteKind| {
            let (v, p) = member(key)?;
            let source = this.string(v, &p, key)?;
            this.site(&p, &source, kind, Some(&id), &scope);
            Some(source)
        };
        let relevant = expression(self, "relevant", SiteKind::Relevant);
        let calculate = expression(self, "calculate", SiteKind::Calculate);
        let choice_filter = expression(self, "choice_filter", SiteKind::ChoiceFilter);

        let constraint =
            member("constraint").and_then(|(v, p)| self.constraint(v, &p, &id, &scope, owner));
        let default = member("default").and_then(|(v, p)| self.default_value(v, &p, &id, &scope));
        let options = member("options").and_then(|(v, p)| self.options(v, &p, owner));
        let appearance = member("appearance").and_then(|(v, p)| self.appearance(v, &p));
        let min = member("min").and_then(|(v, p)| self.bound(v, &p, "min"));
        let max = member("max").and_then(|(v, p)| self.bound(v, &p, "max"));
        let whole =
            |this: &mut Self, key: &str| member(key).and_then(|(v, p)| this.whole(v, &p, key));
        let min_length = whole(self, "min_length");
        let max_length = whole(self, "max_length");
        let min_rows = whole(self, "min_rows");
        let max_rows = whole(self, "max_rows");
        let max_size_kb = whole(self, "max_size_kb");
        let pattern = member("pattern").and_then(|(v, p)| self.string(v, &p, "pattern"));
        let mandatory_for_completion = member("mandatory_for_completion")
            .and_then(|(v, p)| self.boolean(v, &p, "mandatory_for_completion"))
            .unwrap_or(false);
        let items = member("items")
            .and_then(|(v, p)| self.choices(v, &p, "items", &owner.short))
            .unwrap_or_default();
        let accept = member("accept")
            .and_then(|(v, p)| self.strings(v, &p, "accept"))
            .unwrap_or_default();
        Field {
            id,
            field_type,
            label,
            hint,
            required,
            required_message,
            relevant,
            readonly,
            constraint,
            default,
            calculate,
            options,
            choice_filter,
            appearance,
            min,
            max,
            min_length,
            max_length,
            pattern,
            pattern_message,
            mandatory_for_completion,
            fields,
            min_rows,
            max_rows,
            row_label,
            items,
            accept,
            max_size_kb,
        }
    }

    fn scope_name(&self, scope: &ScopeKey) -> String {
        match scope {
            None => "the form".to_string(),
            Some(key) => {
                let repeat = self
                    .repeat_ids
                    .get(key)
                    .map_or(key.as_str(), String::as_str);
                format!("the rows of '{repeat}'")
            }
        }
    }

    fn remember_failed(&mut self, fields: &[Field]) {
        for field in fields {
            self.failed_ids.insert(field.id.clone());
            self.remember_failed(&field.fields);
        }
    }

    fn field_type(&mut self, value: &Value, path: &JsonPath) -> Option<FieldType> {
        let name = self.string(value, path, "type")?;
        if let Some((_, field_type)) = FIELD_TYPES.iter().find(|(candidate, _)| *candidate == name)
        {
            return Some(*field_type);
        }
        let mut problem = Problem::error(path.clone(), format!("unknown field type '{name}'"));
        let mut words = name.split_whitespace();
        if let (Some(select @ ("select_one" | "select_multiple")), Some(list), None) =
            (words.next(), words.next(), words.next())
        {
            problem = problem.with_suggestion(format!(
                "write \"type\": \"{select}\" and \"options\": \"{list}\" (the lookup's id)"
            ));
        } else if let Some((_, meant)) = FIELD_TYPE_ALIASES.iter().find(|(alias, _)| *alias == name)
        {
            problem = problem.with_suggestion(format!("did you mean '{meant}'?"));
        } else if let Some(close) = closest(
            &name,
            FIELD_TYPES
                .iter()
                .map(|(n, _)| *n)
                .chain(FIELD_TYPE_ALIASES.iter().map(|(alias, _)| *alias)),
        ) {
            let meant = FIELD_TYPE_ALIASES
                .iter()
                .find(|(alias, _)| *alias == close)
                .map_or(close, |(_, meant)| *meant);
            problem = problem.with_suggestion(format!("did you mean '{meant}'?"));
        } else {
            problem = problem.with_suggestion("the field types are listed in docs/format.md");
        }
        self.problems.push(problem);
        None
    }

    fn inapplicable_keys(
        &mut self,
        map: &Map<String, Value>,
        path: &JsonPath,
        field_type: FieldType,
    ) {
        for key in map.keys() {
            let Some(types) = applies_to(key) else {
                continue;
            };
            if types.contains(&field_type) {
                continue;
            }
            let mut problem = Problem::error(
                path.key(key),
                format!("'{key}' does not apply to {}", a_type_field(field_type)),
            )
            .on_key();
            if let Some(types) = applicable_types_in_words(types) {
                problem = problem.with_suggestion(format!("it applies to {types}"));
            }
            self.problems.push(problem);
        }
    }

    fn constraint(
        &mut self,
        value: &Value,
        path: &JsonPath,
        id: &str,
        scope: &ScopeKey,
        owner: &Owner,
    ) -> Option<Constraint> {
        let Value::Object(map) = value else {
            let mut problem = Problem::error(
                path.clone(),
                format!(
                    "'constraint' must be an object with 'expression' and 'message', not {}",
                    describe(value)
                ),
            );
            if let Value::String(expression) = value {
                problem = problem.with_suggestion(format!(
                    "write \"constraint\": {{\"expression\": {}, \"message\": \"...\"}}",
                    Value::String(expression.clone())
                ));
            }
            self.problems.push(problem);
            return None;
        };
        let what = format!("the constraint of {}", owner.short);
        self.unknown_keys(map, path, super::keys::CONSTRAINT_KEYS, &what, &[]);
        let expression = match map.get("expression") {
            Some(v) => self.string(v, &path.key("expression"), "expression"),
            None => {
                self.missing(path, &what, "expression", "\". > 0\"");
                None
            }
        };
        let message = match map.get("message") {
            Some(v) => self.text(
                v,
                &path.key("message"),
                "message",
                &format!("constraint message of {}", owner.short),
            ),
            None => {
                self.missing(path, &what, "message", "\"...\"");
                None
            }
        };
        let expression = expression?;
        self.site(
            &path.key("expression"),
            &expression,
            SiteKind::Constraint,
            Some(id),
            scope,
        );
        Some(Constraint {
            expression,
            message: message?,
        })
    }

    fn default_value(
        &mut self,
        value: &Value,
        path: &JsonPath,
        id: &str,
        scope: &ScopeKey,
    ) -> Option<DefaultValue> {
        let Value::Object(map) = value else {
            return Some(DefaultValue::Value(value.clone()));
        };
        let what = format!("the default of '{id}'");
        self.unknown_keys(map, path, &["expression"], &what, &[]);
        match map.get("expression") {
            Some(v) => {
                let expression = self.string(v, &path.key("expression"), "expression")?;
                self.site(
                    &path.key("expression"),
                    &expression,
                    SiteKind::Default,
                    Some(id),
                    scope,
                );
                Some(DefaultValue::Expression { expression })
            }
            None => {
                if map.is_empty() {
                    self.missing(path, &what, "expression", "\"today()\"");
                }
                None
            }
        }
    }

    fn options(&mut self, value: &Value, path: &JsonPath, owner: &Owner) -> Option<Options> {
        if let Value::String(lookup) = value {
            self.used_lookups.insert(lookup.clone());
            if !self.lookups.contains_key(lookup) && !self.broken_lookups.contains(lookup) {
                let mut problem =
                    Problem::error(path.clone(), format!("unknown lookup '{lookup}'"));
                let known: Vec<&str> = self.lookups.keys().map(String::as_str).collect();
                problem = match did_you_mean(lookup, known) {
                    Some(suggestion) => problem.with_suggestion(suggestion),
                    None if self.lookups.is_empty() => problem.with_suggestion(
                        "the form has no 'lookups'; list the options here instead",
                    ),
                    None => problem,
                };
                self.problems.push(problem);
                return None;
            }
            return Some(Options::Lookup(lookup.clone()));
        }
        self.choices(value, path, "options", &owner.short)
            .map(Options::Inline)
    }

    fn appearance(&mut self, value: &Value, path: &JsonPath) -> Option<Appearance> {
        let name = self.string(value, path, "appearance")?;
        match name.as_str() {
            "radio" => Some(Appearance::Radio),
            "dropdown" => Some(Appearance::Dropdown),
            _ => {
                let mut problem = Problem::error(
                    path.clone(),
                    format!(
                        "unknown appearance '{name}'; the appearances are 'radio' and 'dropdown'"
                    ),
                );
                if let Some(suggestion) = did_you_mean(&name, ["radio", "dropdown"]) {
                    problem = problem.with_suggestion(suggestion);
                }
                self.problems.push(problem);
                None
            }
        }
    }

    /// The option ids of a select field, when its options loaded.
    pub(super) fn option_ids(&self, field: &Field) -> Option<Vec<String>> {
        let choices = match (&field.field_type, &field.options) {
            (FieldType::YesNo, _) => return Some(vec!["yes".to_string(), "no".to_string()]),
            (FieldType::SelectOne | FieldType::SelectMultiple, Some(Options::Inline(choices))) => {
                choices
            }
            (FieldType::SelectOne | FieldType::SelectMultiple, Some(Options::Lookup(lookup))) => {
                self.lookups.get(lookup)?
            }
            _ => return None,
        };
        Some(choices.iter().map(|choice| choice.id.clone()).collect())
    }
}
