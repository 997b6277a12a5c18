//! The form and its sections: required members, format, ids, languages, sections.

use crate::cases;
use crate::support::{form, form_with};

const FIELD: &str = r#"{"id": "name", "type": "text", "label": "Name"}"#;

cases! {
    a_valid_form_has_no_problems: form(FIELD) => r##""##;
    empty_object_lacks_every_required_member: "{}" => r##"
form.json:1:1: error: the form has no 'format'; add "format": 1
form.json:1:1: error: the form has no 'id'; add "id": "my_form"
form.json:1:1: error: the form has no 'sections'; add "sections": [ ... ]
form.json:1:1: error: the form has no 'title'; add "title": "..."
form.json:1:1: error: the form has no 'version'; add "version": "1.0.0"
"##;
    format_must_be_one: form(FIELD).replace("\"format\": 1", "\"format\": 2") => r##"
form.json:1:12: error: 'format' must be 1, not 2; this version of caseforms reads format 1
  at format
"##;
    format_in_quotes: form(FIELD).replace("\"format\": 1", "\"format\": \"1\"") => r##"
form.json:1:12: error: 'format' must be a whole number, not text; write 1 without quotes
  at format
"##;
    form_id_pattern: form(FIELD).replace("\"id\": \"t\"", "\"id\": \"CP Form\"") => r##"
form.json:1:21: error: form id 'CP Form' must start with a lowercase letter and contain only lowercase letters, digits and '_'; did you mean 'cp_form'?
  at id
"##;
    version_must_be_text: form(FIELD).replace("\"version\": \"1\"", "\"version\": 1.5") => r##"
form.json:1:37: error: 'version' must be text, not a number; put it in double quotes: "1.5"
  at version
"##;
    unknown_form_key: form_with("\"langauges\": [\"en\"], ", FIELD) => r##"
form.json:1:2: error: unknown key 'langauges' in the form; did you mean 'languages'?
  at langauges
"##;
    empty_languages: form_with("\"languages\": [], ", FIELD) => r##"
form.json:1:15: error: 'languages' is an empty list; list at least one language, e.g. ["en"]
  at languages
"##;
    duplicate_language: form_with("\"languages\": [\"en\", \"fr\", \"en\"], ", FIELD) => r##"
form.json:1:28: error: language 'en' is listed twice
  at languages[2]
"##;
    default_language_not_declared: form_with("\"languages\": [\"en\", \"fr\"], \"default_language\": \"fra\", ", FIELD) => r##"
form.json:1:49: error: default_language 'fra' is not one of the languages (en, fr); did you mean 'fr'?
  at default_language
"##;
    no_english_and_no_default_language: form_with("\"languages\": [\"fr\"], ", r#"{"id": "name", "type": "text", "label": {"fr": "Nom"}}"#) => r##"
form.json:1:15: error: 'en' is not one of the languages (fr), so 'default_language' must be given; add "default_language": "fr"
  at languages
"##;
    unknown_layout: form_with("\"layout\": \"single-page\", ", FIELD) => r##"
form.json:1:12: error: unknown layout 'single-page'; the layouts are 'paged' and 'single_page'; did you mean 'single_page'?
  at layout
"##;
    sections_not_a_list: "{\"format\": 1, \"id\": \"t\", \"version\": \"1\", \"title\": \"T\", \"sections\": {}}" => r##"
form.json:1:68: error: 'sections' must be a list of sections, not an object
  at sections
"##;
    no_sections: "{\"format\": 1, \"id\": \"t\", \"version\": \"1\", \"title\": \"T\", \"sections\": []}" => r##"
form.json:1:68: error: the form has no sections; add a section with at least one field
  at sections
"##;
    section_not_an_object: "{\"format\": 1, \"id\": \"t\", \"version\": \"1\", \"title\": \"T\", \"sections\": [\n\"intro\"\n]}" => r##"
form.json:2:1: error: each section must be an object { ... }, not text
  at sections[0]
"##;
    section_without_title_and_an_unknown_key: "{\"format\": 1, \"id\": \"t\", \"version\": \"1\", \"title\": \"T\", \"sections\": [\n{\"id\": \"intro\", \"feilds\": []}\n]}" => r##"
form.json:2:1: error: section 'intro' has no 'fields'; add "fields": [ ... ]
  at sections[0]
form.json:2:1: error: section 'intro' has no 'title'; add "title": "..."
  at sections[0]
form.json:2:17: error: unknown key 'feilds' in section 'intro'; did you mean 'fields'?
  at sections[0].feilds
"##;
    section_without_fields_is_a_warning: "{\"format\": 1, \"id\": \"t\", \"version\": \"1\", \"title\": \"T\", \"sections\": [\n{\"id\": \"intro\", \"title\": \"Intro\", \"fields\": []}\n]}" => r##"
form.json:2:45: warning: section 'intro' has no fields
  at sections[0].fields
"##;
    section_id_shared_with_a_field: form(r#"{"id": "s", "type": "text", "label": "S"}"#) => r##"
form.json:2:8: error: id 's' is used twice in the form; also at line 3; ids must be unique
  at sections[0].id
form.json:3:8: error: id 's' is used twice in the form; also at line 2; ids must be unique
  at sections[0].fields[0].id
"##;
    record_title_unknown_field: form_with("\"record_title\": [\"nmae\"], ", FIELD) => r##"
form.json:1:19: error: record_title names an unknown field 'nmae'; did you mean 'name'?
  at record_title[0]
"##;
    record_title_inside_a_repeat: form_with("\"record_title\": [\"relation_name\"], ", r#"{"id": "family", "type": "repeat", "fields": [
  {"id": "relation_name", "type": "text", "label": "Name"}]}"#) => r##"
form.json:1:19: error: record_title field 'relation_name' is inside a repeat; only fields outside repeats can make the title
  at record_title[0]
"##;
    unused_lookup: form_with("\"lookups\": {\"yes_no\": [{\"id\": \"yes\", \"label\": \"Yes\"}]}, ", FIELD) => r##"
form.json:1:14: warning: lookup 'yes_no' is not used by any field
  at lookups.yes_no
"##;
    duplicate_keys: form(r#"{"id": "name", "type": "text", "label": "Name", "label": "Full name"}"#) => r##"
form.json:3:49: error: key 'label' appears twice in the same object; only the last one counts; remove the other
  at sections[0].fields[0].label
"##;
}
