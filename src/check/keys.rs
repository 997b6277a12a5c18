//! The keys each kind of object may have, which field types each field key applies to, and
//! the words used for JSON values and field types in messages.

use crate::definition::FieldType;

/// The keys of the form object.
pub const FORM_KEYS: &[&str] = &[
    "$schema",
    "format",
    "id",
    "version",
    "title",
    "description",
    "languages",
    "default_language",
    "layout",
    "record_title",
    "lookups",
    "sections",
];

/// The keys of a section.
pub const SECTION_KEYS: &[&str] = &["id", "title", "description", "relevant", "fields"];

/// The keys of an option or a tally item.
pub const CHOICE_KEYS: &[&str] = &["id", "label", "tags"];

/// The keys of a constraint.
pub const CONSTRAINT_KEYS: &[&str] = &["expression", "message"];

/// Every field type with its name in the file.
pub const FIELD_TYPES: &[(&str, FieldType)] = &[
    ("text", FieldType::Text),
    ("textarea", FieldType::Textarea),
    ("integer", FieldType::Integer),
    ("decimal", FieldType::Decimal),
    ("date", FieldType::Date),
    ("time", FieldType::Time),
    ("datetime", FieldType::Datetime),
    ("select_one", FieldType::SelectOne),
    ("select_multiple", FieldType::SelectMultiple),
    ("boolean", FieldType::Boolean),
    ("yes_no", FieldType::YesNo),
    ("note", FieldType::Note),
    ("calculated", FieldType::Calculated),
    ("tally", FieldType::Tally),
    ("signature", FieldType::Signature),
    ("photo", FieldType::Photo),
    ("file", FieldType::File),
    ("group", FieldType::Group),
    ("repeat", FieldType::Repeat),
];

/// Names designers bring from XLSForm/ODK/Kobo, and the type they mean here.
pub const FIELD_TYPE_ALIASES: &[(&str, &str)] = &[
    ("string", "text"),
    ("int", "integer"),
    ("number", "decimal"),
    ("dateTime", "datetime"),
    ("select1", "select_one"),
    ("radio", "select_one"),
    ("select", "select_multiple"),
    ("acknowledge", "boolean"),
    ("tick_box", "boolean"),
    ("calculate", "calculated"),
    ("image", "photo"),
    ("begin_group", "group"),
    ("begin group", "group"),
    ("begin_repeat", "repeat"),
    ("begin repeat", "repeat"),
    ("subform", "repeat"),
];

/// Keys designers bring from XLSForm/ODK/Kobo, and what to write here instead.
pub const FIELD_KEY_ALIASES: &[(&str, &str)] = &[
    ("name", "use 'id' for a field's id"),
    ("choices", "use 'options' for the choices of a select field"),
    ("calculation", "use 'calculate' for a computed value"),
    (
        "constraint_message",
        "put the message inside the constraint: \"constraint\": {\"expression\": \"...\", \"message\": \"...\"}",
    ),
    ("required_msg", "use 'required_message'"),
    ("relevance", "use 'relevant'"),
    ("default_value", "use 'default'"),
];

/// The name of a field type in the file, e.g. `select_one`.
pub fn type_name(field_type: FieldType) -> &'static str {
    FIELD_TYPES
        .iter()
        .find(|(_, candidate)| *candidate == field_type)
        .map_or("field", |(name, _)| name)
}

/// "a text field", "an integer field".
pub fn a_type_field(field_type: FieldType) -> String {
    let name = type_name(field_type);
    let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {name} field")
}

use FieldType as T;

const VALUED: &[FieldType] = &[
    T::Text,
    T::Textarea,
    T::Integer,
    T::Decimal,
    T::Date,
    T::Time,
    T::Datetime,
    T::SelectOne,
    T::SelectMultiple,
    T::Boolean,
    T::YesNo,
];

const ANSWERED: &[FieldType] = &[
    T::Text,
    T::Textarea,
    T::Integer,
    T::Decimal,
    T::Date,
    T::Time,
    T::Datetime,
    T::SelectOne,
    T::SelectMultiple,
    T::Boolean,
    T::YesNo,
    T::Tally,
    T::Signature,
    T::Photo,
    T::File,
    T::Repeat,
];

const CALCULABLE: &[FieldType] = &[
    T::Text,
    T::Textarea,
    T::Integer,
    T::Decimal,
    T::Date,
    T::Time,
    T::Datetime,
    T::SelectOne,
    T::SelectMultiple,
    T::Boolean,
    T::YesNo,
    T::Calculated,
];

const CONSTRAINABLE: &[FieldType] = &[
    T::Text,
    T::Textarea,
    T::Integer,
    T::Decimal,
    T::Date,
    T::Time,
    T::Datetime,
    T::SelectOne,
    T::SelectMultiple,
    T::Boolean,
    T::YesNo,
    T::Tally,
];

/// The field types a field key applies to; `None` for keys that apply to every field.
pub fn applies_to(key: &str) -> Option<&'static [FieldType]> {
    Some(match key {
        "required" | "required_message" | "readonly" | "mandatory_for_completion" => ANSWERED,
        "constraint" => CONSTRAINABLE,
        "default" => VALUED,
        "calculate" => CALCULABLE,
        "options" | "choice_filter" => &[T::SelectOne, T::SelectMultiple],
        "appearance" => &[T::SelectOne],
        "min" | "max" => &[T::Integer, T::Decimal, T::Date, T::Time, T::Datetime],
        "min_length" | "max_length" | "pattern" | "pattern_message" => &[T::Text, T::Textarea],
        "fields" => &[T::Group, T::Repeat],
        "min_rows" | "max_rows" | "row_label" => &[T::Repeat],
        "items" => &[T::Tally],
        "accept" | "max_size_kb" => &[T::Photo, T::File],
        _ => return None,
    })
}

/// The keys of a field.
pub const FIELD_KEYS: &[&str] = &[
    "id",
    "type",
    "label",
    "hint",
    "required",
    "required_message",
    "relevant",
    "readonly",
    "constraint",
    "default",
    "calculate",
    "options",
    "choice_filter",
    "appearance",
    "min",
    "max",
    "min_length",
    "max_length",
    "pattern",
    "pattern_message",
    "mandatory_for_completion",
    "fields",
    "min_rows",
    "max_rows",
    "row_label",
    "items",
    "accept",
    "max_size_kb",
];

/// "select_one and select_multiple fields", for a key that applies to a few types only.
pub fn applicable_types_in_words(types: &[FieldType]) -> Option<String> {
    let names: Vec<&str> = types.iter().map(|t| type_name(*t)).collect();
    match names.as_slice() {
        [one] => Some(format!("{one} fields")),
        [init @ .., last] if !init.is_empty() && init.len() < 5 => {
            Some(format!("{} and {last} fields", init.join(", ")))
        }
        _ => None,
    }
}

/// A JSON value's kind in plain words: "text", "a number", "true/false", "a list".
pub fn describe(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "true/false",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "text",
        serde_json::Value::Array(_) => "a list",
        serde_json::Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_type_names_match_the_serde_names() {
        for (name, field_type) in FIELD_TYPES {
            let parsed: Result<FieldType, _> =
                serde_json::from_value(serde_json::Value::String((*name).to_string()));
            assert_eq!(parsed.ok(), Some(*field_type), "{name}");
        }
        for key in FIELD_KEYS {
            if let Some(types) = applies_to(key) {
                assert!(!types.is_empty(), "{key}");
            }
        }
    }
}
