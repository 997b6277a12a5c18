//! Expressions: option names that do not exist, and conditions that can never hold. (The
//! engine's own expression problems are placed by the checker too; see `engine_problems`.)

use crate::cases;
use crate::support::{form, form_with};

const SEX: &str = r#"{"id": "sex", "type": "select_one", "label": "Sex", "options": [{"id": "male", "label": "Male"}, {"id": "female", "label": "Female"}]},"#;
const CONCERNS: &str = r#"{"id": "concerns", "type": "select_multiple", "label": "Concerns", "options": [{"id": "gbv_survivor", "label": "GBV"}, {"id": "trafficked_smuggled", "label": "Trafficked"}]},"#;

fn with(first: &str, field: &str) -> String {
    form(&format!("{first}\n{field}"))
}

cases! {
    equal_to_an_unknown_option: with(SEX, r#"{"id": "pregnant", "type": "boolean", "label": "Pregnant", "relevant": "sex = 'femal'"}"#) => r##"
form.json:4:79: error: 'femal' is not an option of 'sex'; did you mean 'female'?
  at sections[0].fields[1].relevant
  |
4 | {"id": "pregnant", "type": "boolean", "label": "Pregnant", "relevant": "sex = 'femal'"}
  |                                                                               ^
"##;
    option_on_the_left: with(SEX, r#"{"id": "pregnant", "type": "boolean", "label": "Pregnant", "relevant": "'mal' != sex"}"#) => r##"
form.json:4:73: error: 'mal' is not an option of 'sex'; did you mean 'male'?
  at sections[0].fields[1].relevant
  |
4 | {"id": "pregnant", "type": "boolean", "label": "Pregnant", "relevant": "'mal' != sex"}
  |                                                                         ^
"##;
    contains_an_unknown_option: with(CONCERNS, r#"{"id": "details", "type": "text", "label": "Details", "relevant": "concerns contains 'traficked'"}"#) => r##"
form.json:4:86: error: 'traficked' is not an option of 'concerns'; the options are 'gbv_survivor', 'trafficked_smuggled'
  at sections[0].fields[1].relevant
  |
4 | {"id": "details", "type": "text", "label": "Details", "relevant": "concerns contains 'traficked'"}
  |                                                                                      ^
"##;
    selected_an_unknown_option: with(CONCERNS, r#"{"id": "details", "type": "text", "label": "Details", "relevant": "selected(concerns, 'gbv_survivr')"}"#) => r##"
form.json:4:87: error: 'gbv_survivr' is not an option of 'concerns'; did you mean 'gbv_survivor'?
  at sections[0].fields[1].relevant
  |
4 | {"id": "details", "type": "text", "label": "Details", "relevant": "selected(concerns, 'gbv_survivr')"}
  |                                                                                       ^
"##;
    in_a_list_with_an_unknown_option: with(SEX, r#"{"id": "details", "type": "text", "label": "Details", "relevant": "sex in ['male', 'femal']"}"#) => r##"
form.json:4:84: error: 'femal' is not an option of 'sex'; did you mean 'female'?
  at sections[0].fields[1].relevant
  |
4 | {"id": "details", "type": "text", "label": "Details", "relevant": "sex in ['male', 'femal']"}
  |                                                                                    ^
"##;
    no_close_option_lists_them: with(SEX, r#"{"id": "details", "type": "text", "label": "Details", "relevant": "sex = 'other'"}"#) => r##"
form.json:4:74: error: 'other' is not an option of 'sex'; the options are 'male', 'female'
  at sections[0].fields[1].relevant
  |
4 | {"id": "details", "type": "text", "label": "Details", "relevant": "sex = 'other'"}
  |                                                                          ^
"##;
    escapes_before_the_option_keep_the_column: with(SEX, r#"{"id": "details", "type": "text", "label": "Details", "relevant": "'abcde' != \"a\\\"b\" and sex = 'mal'"}"#) => r##"
form.json:4:100: error: 'mal' is not an option of 'sex'; did you mean 'male'?
  at sections[0].fields[1].relevant
  |
4 | {"id": "details", "type": "text", "label": "Details", "relevant": "'abcde' != \"a\\\"b\" and sex = 'mal'"}
  |                                                                                                    ^
"##;
    yes_no_options: form(r#"{"id": "urgent", "type": "yes_no", "label": "Urgent?"},
{"id": "why", "type": "text", "label": "Why?", "relevant": "urgent = 'y'"}"#) => r##"
form.json:4:70: error: 'y' is not an option of 'urgent'; the options are 'yes', 'no'
  at sections[0].fields[1].relevant
  |
4 | {"id": "why", "type": "text", "label": "Why?", "relevant": "urgent = 'y'"}
  |                                                                      ^
"##;
    choice_filter_option: form(r#"{"id": "district", "type": "select_one", "label": "District", "choice_filter": "@option != 'othr' and @tags contains 'urbn'", "options": [{"id": "other", "label": "Other", "tags": ["urban"]}, {"id": "north", "label": "North"}]}"#) => r##"
form.json:3:92: error: 'othr' is not an option of 'district'; did you mean 'other'?
  at sections[0].fields[0].choice_filter
  |
3 | {"id": "district", "type": "select_one", "label": "District", "choice_filter": "@option != 'othr' and @tags contains 'urbn'", "options": [{"id": "other", "label": "Other", "tags": ["urban"]}, {"id": "north", "label": "North"}]}
  |                                                                                            ^
form.json:3:118: warning: no option of 'district' has the tag 'urbn'; did you mean 'urban'?
  at sections[0].fields[0].choice_filter
  |
3 | {"id": "district", "type": "select_one", "label": "District", "choice_filter": "@option != 'othr' and @tags contains 'urbn'", "options": [{"id": "other", "label": "Other", "tags": ["urban"]}, {"id": "north", "label": "North"}]}
  |                                                                                                                      ^
"##;
    option_in_a_constraint_with_dot: with(SEX, r#"{"id": "sex2", "type": "select_one", "label": "Sex", "options": [{"id": "male", "label": "Male"}], "constraint": {"expression": ". != 'femal'", "message": "No"}}"#) => r##"
form.json:4:135: error: 'femal' is not an option of 'sex2'; the options are 'male'
  at sections[0].fields[1].constraint.expression
  |
4 | {"id": "sex2", "type": "select_one", "label": "Sex", "options": [{"id": "male", "label": "Male"}], "constraint": {"expression": ". != 'femal'", "message": "No"}}
  |                                                                                                                                       ^
"##;
    option_of_a_repeat_row_in_an_aggregate: form(r#"{"id": "family", "type": "repeat", "label": "Family", "fields": [
  {"id": "relation", "type": "select_one", "label": "Relation", "options": [{"id": "mother", "label": "Mother"}, {"id": "father", "label": "Father"}]}]},
{"id": "orphan", "type": "boolean", "label": "Orphan", "relevant": "count(family, relation = 'mothr') = 0"}"#) => r##"
form.json:5:94: error: 'mothr' is not an option of 'relation'; did you mean 'mother'?
  at sections[0].fields[1].relevant
  |
5 | {"id": "orphan", "type": "boolean", "label": "Orphan", "relevant": "count(family, relation = 'mothr') = 0"}
  |                                                                                              ^
"##;
    options_from_a_lookup: form_with(r#""lookups": {"yes_no_unknown": [{"id": "yes", "label": "Yes"}, {"id": "unknown", "label": "Unknown"}]}, "#, r#"{"id": "known", "type": "select_one", "label": "Known", "options": "yes_no_unknown"},
{"id": "details", "type": "text", "label": "Details", "relevant": "known = 'unkown'"}"#) => r##"
form.json:4:76: error: 'unkown' is not an option of 'known'; did you mean 'unknown'?
  at sections[0].fields[1].relevant
  |
4 | {"id": "details", "type": "text", "label": "Details", "relevant": "known = 'unkown'"}
  |                                                                            ^
"##;
    constant_false_relevant: form(r#"{"id": "name", "type": "text", "label": "Name", "relevant": "false"}"#) => r##"
form.json:3:62: warning: relevant of 'name' can never be true, so 'name' is never shown; it is always false
  at sections[0].fields[0].relevant
  |
3 | {"id": "name", "type": "text", "label": "Name", "relevant": "false"}
  |                                                              ^
"##;
    two_different_values_at_once: with(SEX, r#"{"id": "details", "type": "text", "label": "Details", "relevant": "sex = 'male' and sex = 'female'"}"#) => r##"
form.json:4:68: warning: relevant of 'details' can never be true, so 'details' is never shown; `sex = 'male'` and `sex = 'female'` cannot both hold
  at sections[0].fields[1].relevant
  |
4 | {"id": "details", "type": "text", "label": "Details", "relevant": "sex = 'male' and sex = 'female'"}
  |                                                                    ^
"##;
    ranges_that_cannot_overlap: form(r#"{"id": "age", "type": "integer", "label": "Age"},
{"id": "school", "type": "text", "label": "School", "relevant": "age < 5 and age > 10"}"#) => r##"
form.json:4:66: warning: relevant of 'school' can never be true, so 'school' is never shown; `age < 5` and `age > 10` cannot both hold
  at sections[0].fields[1].relevant
  |
4 | {"id": "school", "type": "text", "label": "School", "relevant": "age < 5 and age > 10"}
  |                                                                  ^
"##;
    one_branch_can_hold: form(r#"{"id": "age", "type": "integer", "label": "Age"},
{"id": "school", "type": "text", "label": "School", "relevant": "(age < 5 and age > 10) or age = 7"}"#) => r##""##;
    no_branch_can_hold: form(r#"{"id": "age", "type": "integer", "label": "Age"},
{"id": "school", "type": "text", "label": "School", "relevant": "(age < 5 and age > 10) or (age = 3 and age = 4)"}"#) => r##"
form.json:4:66: warning: relevant of 'school' can never be true, so 'school' is never shown; `age < 5` and `age > 10` cannot both hold
  at sections[0].fields[1].relevant
  |
4 | {"id": "school", "type": "text", "label": "School", "relevant": "(age < 5 and age > 10) or (age = 3 and age = 4)"}
  |                                                                  ^
"##;
    not_is_not_negated: form(r#"{"id": "age", "type": "integer", "label": "Age"},
{"id": "school", "type": "text", "label": "School", "relevant": "not(age < 5) and age < 3"}"#) => r##""##;
    constraint_against_max: form(r#"{"id": "age", "type": "integer", "label": "Age", "max": 130, "constraint": {"expression": ". > 150", "message": "Too old"}}"#) => r##"
form.json:3:92: warning: the constraint of 'age' can never hold, so no answer to 'age' is accepted; `. > 150` cannot hold with the max 130 of 'age'
  at sections[0].fields[0].constraint.expression
  |
3 | {"id": "age", "type": "integer", "label": "Age", "max": 130, "constraint": {"expression": ". > 150", "message": "Too old"}}
  |                                                                                            ^
"##;
    relevant_against_min_and_max: form(r#"{"id": "age", "type": "integer", "label": "Age", "min": 0, "max": 130},
{"id": "elder", "type": "text", "label": "Elder", "relevant": "age >= 200"}"#) => r##"
form.json:4:64: warning: relevant of 'elder' can never be true, so 'elder' is never shown; `age >= 200` cannot hold with the min 0 and max 130 of 'age'
  at sections[0].fields[1].relevant
  |
4 | {"id": "elder", "type": "text", "label": "Elder", "relevant": "age >= 200"}
  |                                                                ^
"##;
    required_field_never_shown: form(r#"{"id": "age", "type": "integer", "label": "Age"},
{"id": "school", "type": "text", "label": "School", "required": true, "relevant": "age <= 5 and age >= 6"}"#) => r##"
form.json:4:84: warning: relevant of 'school' can never be true, so the required field 'school' is never shown; `age <= 5` and `age >= 6` cannot both hold
  at sections[0].fields[1].relevant
  |
4 | {"id": "school", "type": "text", "label": "School", "required": true, "relevant": "age <= 5 and age >= 6"}
  |                                                                                    ^
"##;
    section_relevant_never_true: "{\"format\": 1, \"id\": \"t\", \"version\": \"1\", \"title\": \"T\", \"sections\": [\n{\"id\": \"s\", \"title\": \"S\", \"relevant\": \"1 = 2\", \"fields\": [{\"id\": \"name\", \"type\": \"text\", \"label\": \"Name\"}]}]}" => r##"
form.json:2:40: warning: relevant of section 's' can never be true, so the section is never shown; `1 = 2` is always false
  at sections[0].relevant
  |
2 | {"id": "s", "title": "S", "relevant": "1 = 2", "fields": [{"id": "name", "type": "text", "label": "Name"}]}]}
  |                                        ^
"##;
    dates_that_cannot_overlap: form(r#"{"id": "dob", "type": "date", "label": "Date of birth"},
{"id": "baby", "type": "text", "label": "Baby", "relevant": "dob > date('2024-01-01') and dob < date('2023-01-01')"}"#) => r##"
form.json:4:62: warning: relevant of 'baby' can never be true, so 'baby' is never shown; `dob > date('2024-01-01')` and `dob < date('2023-01-01')` cannot both hold
  at sections[0].fields[1].relevant
  |
4 | {"id": "baby", "type": "text", "label": "Baby", "relevant": "dob > date('2024-01-01') and dob < date('2023-01-01')"}
  |                                                              ^
"##;
    choice_filter_never_true: form(r#"{"id": "district", "type": "select_one", "label": "District", "choice_filter": "false and @option = 'north'", "options": [{"id": "north", "label": "North"}]}"#) => r##"
form.json:3:81: warning: choice_filter of 'district' can never be true, so 'district' offers no options; it is always false
  at sections[0].fields[0].choice_filter
  |
3 | {"id": "district", "type": "select_one", "label": "District", "choice_filter": "false and @option = 'north'", "options": [{"id": "north", "label": "North"}]}
  |                                                                                 ^
"##;
    field_that_failed_to_load_causes_no_cascade: form(r#"{"id": "age", "type": "numbr", "label": "Age"},
{"id": "school", "type": "text", "label": "School", "relevant": "age > 5"}"#) => r##"
form.json:3:23: error: unknown field type 'numbr'; did you mean 'decimal'?
  at sections[0].fields[0].type
"##;
    expression_that_does_not_parse: form(r#"{"id": "age", "type": "integer", "label": "Age"},
{"id": "school", "type": "text", "label": "School", "relevant": "age >"}"#) => r##"
form.json:4:71: error: expected a value after '>', found end of expression
  at sections[0].fields[1].relevant
  |
4 | {"id": "school", "type": "text", "label": "School", "relevant": "age >"}
  |                                                                       ^
"##;
    empty_expression: form(r#"{"id": "school", "type": "text", "label": "School", "relevant": " "}"#) => r##"
form.json:3:66: error: the expression is empty
  at sections[0].fields[0].relevant
  |
3 | {"id": "school", "type": "text", "label": "School", "relevant": " "}
  |                                                                  ^
"##;
    unknown_name_with_did_you_mean: form(r#"{"id": "age", "type": "integer", "label": "Age"},
{"id": "school", "type": "text", "label": "School", "relevant": "agee > 5"}"#) => r##"
form.json:4:66: error: unknown field 'agee'; did you mean 'age'?
  at sections[0].fields[1].relevant
  |
4 | {"id": "school", "type": "text", "label": "School", "relevant": "agee > 5"}
  |                                                                  ^
"##;
    engine_problem_after_a_field_that_failed_is_placed_in_the_file: form(r#"{"id": "age", "type": "numbr", "label": "Age"},
{"id": "name", "type": "text", "label": "Name"},
{"id": "school", "type": "text", "label": "School", "relevant": "name = "}"#) => r##"
form.json:3:23: error: unknown field type 'numbr'; did you mean 'decimal'?
  at sections[0].fields[0].type
form.json:5:73: error: expected a value after '=', found end of expression
  at sections[0].fields[2].relevant
  |
5 | {"id": "school", "type": "text", "label": "School", "relevant": "name = "}
  |                                                                         ^
"##;
}
