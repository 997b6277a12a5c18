//! The definition format, version 1, as serde types that stay close to the JSON file.
//!
//! These types are the single source of truth for the format: `forms/schema/form.schema.json`
//! is generated from them. They hold expressions as plain strings; `engine::Form` is the
//! compiled form with parsed expressions and a dependency graph. See `docs/format.md`.

pub mod positions;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The one format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// A whole form definition: one JSON file in `forms/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FormDefinition {
    /// The JSON Schema this file follows, for editors (ignored by caseforms).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The format version; must be 1.
    pub format: u32,
    /// A stable id of the form, `^[a-z][a-z0-9_]*$`, e.g. `cp_registration`.
    pub id: String,
    /// The definition's own version, e.g. `1.2.0`; drafts record it.
    pub version: String,
    /// The form's title.
    pub title: Text,
    /// What the form is for, shown on the home screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The languages the texts are given in, e.g. `["en", "fr", "es", "ar"]`.
    #[serde(default = "default_languages")]
    pub languages: Vec<String>,
    /// The language shown first, and the one used when a text lacks the chosen language.
    #[serde(default = "default_language")]
    pub default_language: String,
    /// Whether sections are shown as pages or on one long page (the user can switch).
    #[serde(default)]
    pub layout: Layout,
    /// Field ids whose answers, joined by spaces, give a record's display title
    /// (for example `["name_first", "name_last"]`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub record_title: Vec<String>,
    /// Shared option lists, by id (for example `lookup_yes_no`), referenced from fields.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub lookups: BTreeMap<String, Vec<Choice>>,
    /// The sections (pages) of the form, in order.
    pub sections: Vec<Section>,
}

fn default_languages() -> Vec<String> {
    vec![default_language()]
}

fn default_language() -> String {
    "en".to_string()
}

/// How sections are laid out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    /// One section per page, with next/back buttons and a section list.
    #[default]
    Paged,
    /// Every section on one long page.
    SinglePage,
}

/// A section (page) of a form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The section's id, `^[a-z][a-z0-9_]*$`, unique among sections and fields.
    pub id: String,
    /// The section's title.
    pub title: Text,
    /// Text shown under the title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// An expression; the whole section is shown only while it is true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relevant: Option<String>,
    /// The fields of the section, in order.
    pub fields: Vec<Field>,
}

/// One question, note, group or repeat group.
///
/// One flat struct for every type, like XLSForm's columns: the checker reports a key that
/// does not apply to the field's type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// The field's id, `^[a-z][a-z0-9_]*$`, unique in its scope (the form, or a repeat's rows).
    /// Records are keyed by it.
    pub id: String,
    /// The field's type.
    #[serde(rename = "type")]
    pub field_type: FieldType,
    /// The question or note text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// Help shown under the label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
    /// `true`, `false`, or an expression: the field must be answered while it is shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<Condition>,
    /// The message shown when a required field is empty (a default one is used otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_message: Option<Text>,
    /// An expression; the field is shown only while it is true. Answers of hidden fields stay in
    /// the draft but are left out of a finalized record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relevant: Option<String>,
    /// `true`, `false`, or an expression: the answer cannot be changed while it holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readonly: Option<Condition>,
    /// A rule the answer must satisfy, with the message shown when it does not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub constraint: Option<Constraint>,
    /// The initial answer: a value, or `{"expression": "today()"}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<DefaultValue>,
    /// An expression that computes the field's value (the field is then read only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calculate: Option<String>,
    /// The choices of a select field: a list, or the id of a shared lookup.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Options>,
    /// An expression evaluated for each option (`@option` is its id, `@tags` its tags);
    /// only options for which it is true are offered (cascading selects).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice_filter: Option<String>,
    /// How the field is shown, where a type has several ways.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appearance: Option<Appearance>,
    /// The smallest allowed value: a number, an ISO date/time, or `"today"` for dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<Bound>,
    /// The largest allowed value: a number, an ISO date/time, or `"today"` for dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Bound>,
    /// The shortest allowed text, in characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u32>,
    /// The longest allowed text, in characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    /// A regular expression the whole text must match, e.g. `^\\+?[0-9 ]{6,20}$`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// The message shown when `pattern` does not match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern_message: Option<Text>,
    /// The field must be answered (while shown) for the record to count as complete.
    #[serde(default, skip_serializing_if = "is_false")]
    pub mandatory_for_completion: bool,
    /// The fields inside a `group`, or of each row of a `repeat`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Field>,
    /// The fewest rows a repeat may have (while shown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_rows: Option<u32>,
    /// The most rows a repeat may have.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_rows: Option<u32>,
    /// The label of each row of a repeat; the row number is appended ("Family member 2").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row_label: Option<Text>,
    /// The counters of a `tally` field; its value is their total.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Choice>,
    /// For `photo` and `file`: accepted media types, e.g. `["image/*"]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accept: Vec<String>,
    /// For `photo` and `file`: the largest file accepted, in kilobytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_size_kb: Option<u32>,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// The type of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FieldType {
    /// One line of text.
    Text,
    /// Several lines of text.
    Textarea,
    /// A whole number.
    Integer,
    /// A number with a fractional part.
    Decimal,
    /// A calendar date, stored as `YYYY-MM-DD`.
    Date,
    /// A time of day, stored as `HH:MM`.
    Time,
    /// A date and a time, stored as `YYYY-MM-DDTHH:MM`.
    Datetime,
    /// One choice among `options` (radios, or a dropdown with `appearance: "dropdown"`).
    SelectOne,
    /// Any number of choices among `options` (checkboxes).
    SelectMultiple,
    /// A tick box, stored as `true`/`false`.
    Boolean,
    /// A yes/no question, stored as `"yes"`/`"no"`.
    YesNo,
    /// Text shown to the user; holds no answer.
    Note,
    /// A read-only value computed by `calculate`.
    Calculated,
    /// Several counts (`items`) whose total is the field's value.
    Tally,
    /// A drawn signature, stored as a PNG data URL.
    Signature,
    /// A photo (reserved: not yet captured by the app).
    Photo,
    /// A file upload (reserved: not yet captured by the app).
    File,
    /// A visual group of `fields`; holds no answer itself.
    Group,
    /// A repeat group: rows of `fields`, stored as an array of objects with stable ids.
    Repeat,
}

/// A translatable text: a plain string, or a map of language code to text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum Text {
    /// The same text in every language.
    Plain(String),
    /// Text per language code, e.g. `{"en": "Age", "fr": "Âge"}`.
    Translated(BTreeMap<String, String>),
}

impl Text {
    /// The text in `language`, else in `fallback`, else any text there is.
    pub fn get<'a>(&'a self, language: &str, fallback: &str) -> &'a str {
        match self {
            Text::Plain(text) => text,
            Text::Translated(texts) => texts
                .get(language)
                .or_else(|| texts.get(fallback))
                .or_else(|| texts.values().next())
                .map_or("", String::as_str),
        }
    }
}

/// `true`, `false`, or an expression that decides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum Condition {
    /// Always or never.
    Fixed(bool),
    /// An expression, e.g. `"age < 18"`.
    Expression(String),
}

/// A rule an answer must satisfy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Constraint {
    /// An expression that must be true for the answer to be valid; `.` is the answer,
    /// e.g. `". <= today()"`.
    pub expression: String,
    /// The message shown when the rule fails.
    pub message: Text,
}

/// A field's initial answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum DefaultValue {
    /// Computed once when the field first appears, e.g. `{"expression": "today()"}`.
    Expression {
        /// The expression.
        expression: String,
    },
    /// A fixed answer, e.g. `"no"`, `0`, `true` or `["family"]`.
    Value(serde_json::Value),
}

/// The choices of a select field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum Options {
    /// The id of a shared lookup in the form's `lookups`.
    Lookup(String),
    /// The choices, listed inline.
    Inline(Vec<Choice>),
}

/// One choice of a select field, or one counter of a tally.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// The value stored in the record, `^[a-z0-9][a-z0-9_]*$`.
    pub id: String,
    /// What the user sees.
    pub label: Text,
    /// Tags that `choice_filter` can test with `@tags`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

/// How a field is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Appearance {
    /// A select_one as radio buttons (the default up to 6 options).
    Radio,
    /// A select_one as a dropdown (the default above 6 options).
    Dropdown,
}

/// A `min` or `max` bound.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum Bound {
    /// For integer and decimal fields.
    Number(f64),
    /// For date, time and datetime fields: an ISO value, or `"today"` (dates only).
    Text(String),
}
