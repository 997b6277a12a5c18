//! Fields: ids, types, keys, and what each type needs.

use crate::cases;
use crate::support::{form, form_with};

cases! {
    unknown_key_with_did_you_mean: form(r#"{"id": "age", "type": "integer", "label": "Age", "requried": true}"#) => r##"
form.json:3:50: error: unknown key 'requried' in field 'age'; did you mean 'required'?
  at sections[0].fields[0].requried
"##;
    unknown_key_without_a_close_name: form(r#"{"id": "age", "type": "integer", "label": "Age", "colour": "red"}"#) => r##"
form.json:3:50: error: unknown key 'colour' in field 'age'
  at sections[0].fields[0].colour
"##;
    xlsform_name_instead_of_id: form(r#"{"name": "age", "type": "integer", "label": "Age"}"#) => r##"
form.json:3:1: error: a field of section 's' has no 'id'; use 'id' for a field's id, not 'name'
  at sections[0].fields[0]
form.json:3:2: error: unknown key 'name' in the field at sections[0].fields[0]; use 'id' for a field's id
  at sections[0].fields[0].name
"##;
    xlsform_constraint_message: form(r#"{"id": "age", "type": "integer", "label": "Age", "constraint_message": "Too old"}"#) => r##"
form.json:3:50: error: unknown key 'constraint_message' in field 'age'; put the message inside the constraint: "constraint": {"expression": "...", "message": "..."}
  at sections[0].fields[0].constraint_message
"##;
    unknown_type_with_did_you_mean: form(r#"{"id": "sex", "type": "selct_one", "label": "Sex"}"#) => r##"
form.json:3:23: error: unknown field type 'selct_one'; did you mean 'select_one'?
  at sections[0].fields[0].type
"##;
    xlsform_select_with_list_name: form(r#"{"id": "sex", "type": "select_one sex", "label": "Sex"}"#) => r##"
form.json:3:23: error: unknown field type 'select_one sex'; write "type": "select_one" and "options": "sex" (the lookup's id)
  at sections[0].fields[0].type
"##;
    xlsform_type_name: form(r#"{"id": "age", "type": "int", "label": "Age"}"#) => r##"
form.json:3:23: error: unknown field type 'int'; did you mean 'integer'?
  at sections[0].fields[0].type
"##;
    type_missing: form(r#"{"id": "age", "label": "Age"}"#) => r##"
form.json:3:1: error: field 'age' has no 'type'; add "type": "text"
  at sections[0].fields[0]
"##;
    type_not_text: form(r#"{"id": "age", "type": 3, "label": "Age"}"#) => r##"
form.json:3:23: error: 'type' must be text, not a number; put it in double quotes: "3"
  at sections[0].fields[0].type
"##;
    field_not_an_object: form(r#""age""#) => r##"
form.json:3:1: error: each field must be an object { ... }, not text
  at sections[0].fields[0]
"##;
    id_pattern_with_suggestion: form(r#"{"id": "Date of birth", "type": "date", "label": "Date of birth"}"#) => r##"
form.json:3:8: error: field id 'Date of birth' must start with a lowercase letter and contain only lowercase letters, digits and '_'; did you mean 'date_of_birth'?
  at sections[0].fields[0].id
"##;
    id_starting_with_a_digit: form(r#"{"id": "1st_name", "type": "text", "label": "Name"}"#) => r##"
form.json:3:8: error: field id '1st_name' must start with a lowercase letter and contain only lowercase letters, digits and '_'
  at sections[0].fields[0].id
"##;
    duplicate_ids_are_reported_at_both_places: form(r#"{"id": "age", "type": "integer", "label": "Age"},
{"id": "name", "type": "text", "label": "Name"},
{"id": "age", "type": "integer", "label": "Age again"}"#) => r##"
form.json:3:8: error: id 'age' is used twice in the form; also at line 5; ids must be unique
  at sections[0].fields[0].id
form.json:5:8: error: id 'age' is used twice in the form; also at line 3; ids must be unique
  at sections[0].fields[2].id
"##;
    ids_in_groups_share_the_form_scope: form(r#"{"id": "age", "type": "integer", "label": "Age"},
{"id": "details", "type": "group", "label": "Details", "fields": [
  {"id": "age", "type": "integer", "label": "Age"}]}"#) => r##"
form.json:3:8: error: id 'age' is used twice in the form; also at line 5; ids must be unique
  at sections[0].fields[0].id
form.json:5:10: error: id 'age' is used twice in the form; also at line 3; ids must be unique
  at sections[0].fields[1].fields[0].id
"##;
    repeat_rows_are_their_own_scope: form(r#"{"id": "name", "type": "text", "label": "Name"},
{"id": "family", "type": "repeat", "label": "Family", "fields": [
  {"id": "name", "type": "text", "label": "Name"}]}"#) => r##""##;
    duplicate_ids_in_repeat_rows: form(r#"{"id": "family", "type": "repeat", "label": "Family", "fields": [
  {"id": "name", "type": "text", "label": "Name"},
  {"id": "name", "type": "text", "label": "Name"}]}"#) => r##"
form.json:4:10: error: id 'name' is used twice in the rows of 'family'; also at line 5; ids must be unique
  at sections[0].fields[0].fields[0].id
form.json:5:10: error: id 'name' is used twice in the rows of 'family'; also at line 4; ids must be unique
  at sections[0].fields[0].fields[1].id
"##;
    key_that_does_not_apply: form(r#"{"id": "name", "type": "text", "label": "Name", "options": [{"id": "a", "label": "A"}]}"#) => r##"
form.json:3:49: error: 'options' does not apply to a text field; it applies to select_one and select_multiple fields
  at sections[0].fields[0].options
"##;
    key_that_does_not_apply_to_many: form(r#"{"id": "intro", "type": "note", "label": "Welcome", "required": true}"#) => r##"
form.json:3:53: error: 'required' does not apply to a note field
  at sections[0].fields[0].required
"##;
    whole_number_written_as_text: form(r#"{"id": "family", "type": "repeat", "label": "Family", "min_rows": "3", "fields": [
  {"id": "name", "type": "text", "label": "Name"}]}"#) => r##"
form.json:3:67: error: 'min_rows' must be a whole number, not text; write 3 without quotes
  at sections[0].fields[0].min_rows
"##;
    negative_whole_number: form(r#"{"id": "name", "type": "text", "label": "Name", "max_length": -1}"#) => r##"
form.json:3:63: error: 'max_length' must be a whole number of 0 or more, not -1
  at sections[0].fields[0].max_length
"##;
    boolean_written_as_text: form(r#"{"id": "name", "type": "text", "label": "Name", "mandatory_for_completion": "true"}"#) => r##"
form.json:3:77: error: 'mandatory_for_completion' must be true or false, not text; write true without quotes
  at sections[0].fields[0].mandatory_for_completion
"##;
    required_of_the_wrong_kind: form(r#"{"id": "name", "type": "text", "label": "Name", "required": 1}"#) => r##"
form.json:3:61: error: 'required' must be true, false or an expression in double quotes, not a number
  at sections[0].fields[0].required
"##;
    select_without_options: form(r#"{"id": "sex", "type": "select_one", "label": "Sex"}"#) => r##"
form.json:3:1: error: field 'sex' is a select_one field and needs 'options'; add "options": [{"id": "...", "label": "..."}] or the id of a lookup
  at sections[0].fields[0]
"##;
    options_of_the_wrong_kind: form(r#"{"id": "sex", "type": "select_one", "label": "Sex", "options": 3}"#) => r##"
form.json:3:64: error: 'options' must be a list of options, or the id of a lookup in double quotes, not a number
  at sections[0].fields[0].options
"##;
    empty_options: form(r#"{"id": "sex", "type": "select_one", "label": "Sex", "options": []}"#) => r##"
form.json:3:64: error: 'options' of 'sex' is an empty list
  at sections[0].fields[0].options
"##;
    unknown_lookup_with_did_you_mean: form_with(r#""lookups": {"lookup_yes_no": [{"id": "yes", "label": "Yes"}, {"id": "no", "label": "No"}]}, "#, r#"{"id": "consent", "type": "select_one", "label": "Consent", "options": "lookup_yesno"}"#) => r##"
form.json:1:14: warning: lookup 'lookup_yes_no' is not used by any field
  at lookups.lookup_yes_no
form.json:3:72: error: unknown lookup 'lookup_yesno'; did you mean 'lookup_yes_no'?
  at sections[0].fields[0].options
"##;
    lookup_without_lookups: form(r#"{"id": "consent", "type": "select_one", "label": "Consent", "options": "lookup_yes_no"}"#) => r##"
form.json:3:72: error: unknown lookup 'lookup_yes_no'; the form has no 'lookups'; list the options here instead
  at sections[0].fields[0].options
"##;
    duplicate_option_ids: form(r#"{"id": "sex", "type": "select_one", "label": "Sex", "options": [
  {"id": "male", "label": "Male"},
  {"id": "male", "label": "Female"}]}"#) => r##"
form.json:4:10: error: option id 'male' is used twice in 'sex'; the other one is at line 5
  at sections[0].fields[0].options[0].id
form.json:5:10: error: option id 'male' is used twice in 'sex'; the other one is at line 4
  at sections[0].fields[0].options[1].id
"##;
    option_id_pattern_and_missing_label: form(r#"{"id": "sex", "type": "select_one", "label": "Sex", "options": [{"id": "Male"}]}"#) => r##"
form.json:3:65: error: option 'Male' of 'sex' has no 'label'
  at sections[0].fields[0].options[0]
form.json:3:72: error: option id 'Male' may contain only lowercase letters, digits and '_'; did you mean 'male'?
  at sections[0].fields[0].options[0].id
"##;
    option_not_an_object: form(r#"{"id": "sex", "type": "select_one", "label": "Sex", "options": ["male"]}"#) => r##"
form.json:3:65: error: each option must be an object with 'id' and 'label', not text
  at sections[0].fields[0].options[0]
"##;
    appearance_unknown: form(r#"{"id": "sex", "type": "select_one", "label": "Sex", "appearance": "dropdwn", "options": [{"id": "male", "label": "Male"}]}"#) => r##"
form.json:3:67: error: unknown appearance 'dropdwn'; the appearances are 'radio' and 'dropdown'; did you mean 'dropdown'?
  at sections[0].fields[0].appearance
"##;
    default_of_the_wrong_type: form(r#"{"id": "age", "type": "integer", "label": "Age", "default": "ten"}"#) => r##"
form.json:3:61: error: default of 'age' (an integer field) must be a whole number, not "ten"
  at sections[0].fields[0].default
"##;
    default_not_an_option: form(r#"{"id": "sex", "type": "select_one", "label": "Sex", "default": "mal", "options": [{"id": "male", "label": "Male"}, {"id": "female", "label": "Female"}]}"#) => r##"
form.json:3:64: error: default 'mal' of 'sex' is not one of its options; did you mean 'male'?
  at sections[0].fields[0].default
"##;
    default_of_a_multiple_select_must_be_a_list: form(r#"{"id": "concerns", "type": "select_multiple", "label": "Concerns", "default": "gbv", "options": [{"id": "gbv", "label": "GBV"}]}"#) => r##"
form.json:3:79: error: default of 'concerns' (a select_multiple field) must be a list of ids of its options, not "gbv"
  at sections[0].fields[0].default
"##;
    default_today_for_a_date: form(r#"{"id": "registration_date", "type": "date", "label": "Date", "default": "today"}"#) => r##"
form.json:3:73: error: default of 'registration_date' (a date field) must be a date like "2024-01-31", not "today"; write "default": {"expression": "today()"}
  at sections[0].fields[0].default
"##;
    default_above_max: form(r#"{"id": "age", "type": "integer", "label": "Age", "max": 130, "default": 200}"#) => r##"
form.json:3:73: error: default of 'age' is above its max
  at sections[0].fields[0].default
"##;
    default_expression_with_a_typo: form(r#"{"id": "registration_date", "type": "date", "label": "Date", "default": {"expresion": "today()"}}"#) => r##"
form.json:3:74: error: unknown key 'expresion' in the default of 'registration_date'; did you mean 'expression'?
  at sections[0].fields[0].default.expresion
"##;
    yes_no_default: form(r#"{"id": "urgent", "type": "yes_no", "label": "Urgent?", "default": "maybe"}"#) => r##"
form.json:3:67: error: default of 'urgent' (a yes_no field) must be "yes" or "no", not "maybe"
  at sections[0].fields[0].default
"##;
    min_greater_than_max: form(r#"{"id": "age", "type": "integer", "label": "Age", "min": 130, "max": 0}"#) => r##"
form.json:3:57: error: min of 'age' is greater than its max
  at sections[0].fields[0].min
"##;
    fractional_min_of_an_integer: form(r#"{"id": "age", "type": "integer", "label": "Age", "min": 0.5}"#) => r##"
form.json:3:57: error: min of 'age' (an integer field) must be a whole number, not 0.5
  at sections[0].fields[0].min
"##;
    invalid_date_bound: form(r#"{"id": "dob", "type": "date", "label": "Date of birth", "min": "2024-13-01", "max": "today"}"#) => r##"
form.json:3:64: error: min of 'dob' (a date field) must be a date like "2024-01-31", or "today", not "2024-13-01"
  at sections[0].fields[0].min
"##;
    number_bound_of_a_date: form(r#"{"id": "dob", "type": "date", "label": "Date of birth", "max": 2024}"#) => r##"
form.json:3:64: error: max of 'dob' (a date field) must be a date like "2024-01-31", or "today", not 2024
  at sections[0].fields[0].max
"##;
    dates_in_the_wrong_order: form(r#"{"id": "dob", "type": "date", "label": "Date of birth", "min": "2024-01-01", "max": "2000-01-01"}"#) => r##"
form.json:3:64: error: min of 'dob' is greater than its max
  at sections[0].fields[0].min
"##;
    min_length_above_max_length: form(r#"{"id": "name", "type": "text", "label": "Name", "min_length": 10, "max_length": 2}"#) => r##"
form.json:3:63: error: min_length of 'name' is 10, more than its max_length 2
  at sections[0].fields[0].min_length
"##;
    min_rows_above_max_rows: form(r#"{"id": "family", "type": "repeat", "label": "Family", "min_rows": 3, "max_rows": 1, "fields": [
  {"id": "name", "type": "text", "label": "Name"}]}"#) => r##"
form.json:3:67: error: min_rows of 'family' is 3, more than its max_rows 1
  at sections[0].fields[0].min_rows
"##;
    invalid_pattern: form(r#"{"id": "phone", "type": "text", "label": "Phone", "pattern": "^[0-9+$"}"#) => r##"
form.json:3:62: error: pattern of 'phone' is not a valid regular expression: non-empty character class has no closing bracket
  at sections[0].fields[0].pattern
"##;
    group_without_fields: form(r#"{"id": "details", "type": "group", "label": "Details"}"#) => r##"
form.json:3:1: error: field 'details' is a group field and needs 'fields'; add "fields": [ ... ]
  at sections[0].fields[0]
"##;
    repeat_with_no_fields: form(r#"{"id": "family", "type": "repeat", "label": "Family", "fields": []}"#) => r##"
form.json:3:65: error: field 'family' has no fields
  at sections[0].fields[0].fields
"##;
    note_without_label: form(r#"{"id": "intro", "type": "note"}"#) => r##"
form.json:3:1: error: field 'intro' has no 'label'; add "label": "...", the text shown to the user
  at sections[0].fields[0]
"##;
    calculated_without_calculate: form(r#"{"id": "total", "type": "calculated"}"#) => r##"
form.json:3:1: error: field 'total' is a calculated field and needs 'calculate'; add "calculate": "an expression"
  at sections[0].fields[0]
"##;
    tally_without_items: form(r#"{"id": "children", "type": "tally", "label": "Children"}"#) => r##"
form.json:3:1: error: field 'children' is a tally field and needs 'items'; add "items": [{"id": "...", "label": "..."}]
  at sections[0].fields[0]
"##;
    constraint_written_as_a_string: form(r#"{"id": "age", "type": "integer", "label": "Age", "constraint": ". < 18"}"#) => r##"
form.json:3:64: error: 'constraint' must be an object with 'expression' and 'message', not text; write "constraint": {"expression": ". < 18", "message": "..."}
  at sections[0].fields[0].constraint
"##;
    constraint_without_message: form(r#"{"id": "age", "type": "integer", "label": "Age", "constraint": {"expression": ". < 18"}}"#) => r##"
form.json:3:64: error: the constraint of 'age' has no 'message'; add "message": "..."
  at sections[0].fields[0].constraint
"##;
    several_problems_at_once: form(r#"{"id": "Age", "type": "integer", "label": "Age", "min": "0", "requried": true},
{"id": "sex", "type": "select_one", "label": "Sex", "options": [{"id": "male", "label": "Male"}, {"id": "male", "label": "Female"}]},
{"id": "name", "typ": "text", "label": "Name"}"#) => r##"
form.json:3:8: error: field id 'Age' must start with a lowercase letter and contain only lowercase letters, digits and '_'; did you mean 'age'?
  at sections[0].fields[0].id
form.json:3:57: error: min of 'Age' (an integer field) must be a whole number, not "0"; write 0 without quotes
  at sections[0].fields[0].min
form.json:3:62: error: unknown key 'requried' in field 'Age'; did you mean 'required'?
  at sections[0].fields[0].requried
form.json:4:72: error: option id 'male' is used twice in 'sex'; the other one is at line 4, column 105
  at sections[0].fields[1].options[0].id
form.json:4:105: error: option id 'male' is used twice in 'sex'; the other one is at line 4, column 72
  at sections[0].fields[1].options[1].id
form.json:5:1: error: field 'name' has no 'type'; add "type": "text"
  at sections[0].fields[2]
form.json:5:16: error: unknown key 'typ' in field 'name'; did you mean 'type'?
  at sections[0].fields[2].typ
"##;
}
