//! Translatable texts against the form's languages.

use crate::cases;
use crate::support::form_with;

const LANGUAGES: &str = "\"languages\": [\"en\", \"fr\", \"ar\"], ";

cases! {
    all_languages_given: form_with(LANGUAGES, r#"{"id": "age", "type": "integer", "label": {"en": "Age", "fr": "Âge", "ar": "العمر"}}"#) => r##""##;
    missing_language_is_a_warning: form_with(LANGUAGES, r#"{"id": "age", "type": "integer", "label": {"en": "Age", "fr": "Âge"}}"#) => r##"
form.json:3:43: warning: label of 'age' has no 'ar' text
  at sections[0].fields[0].label
"##;
    missing_english_is_an_error: form_with(LANGUAGES, r#"{"id": "age", "type": "integer", "label": {"fr": "Âge", "ar": "العمر"}}"#) => r##"
form.json:3:43: error: label of 'age' has no 'en' text; English is required when 'en' is one of the languages
  at sections[0].fields[0].label
"##;
    text_in_an_undeclared_language: form_with(LANGUAGES, r#"{"id": "age", "type": "integer", "label": {"en": "Age", "fr": "Âge", "ar": "العمر", "fa": "سن"}}"#) => r##"
form.json:3:85: warning: label of 'age' has a 'fa' text, but 'fa' is not one of the form's languages; did you mean 'fr'?
  at sections[0].fields[0].label.fa
"##;
    misspelt_language_code: form_with(LANGUAGES, r#"{"id": "age", "type": "integer", "label": {"en": "Age", "fr": "Âge", "arr": "العمر"}}"#) => r##"
form.json:3:43: warning: label of 'age' has no 'ar' text
  at sections[0].fields[0].label
form.json:3:70: warning: label of 'age' has a 'arr' text, but 'arr' is not one of the form's languages; did you mean 'ar'?
  at sections[0].fields[0].label.arr
"##;
    text_that_is_not_text: form_with(LANGUAGES, r#"{"id": "age", "type": "integer", "label": {"en": "Age", "fr": 3, "ar": "العمر"}}"#) => r##"
form.json:3:63: error: the 'fr' text of 'label' must be text, not a number
  at sections[0].fields[0].label.fr
"##;
    empty_text_map: form_with("", r#"{"id": "age", "type": "integer", "label": {}}"#) => r##"
form.json:3:43: error: label of 'age' has no text in any language
  at sections[0].fields[0].label
"##;
    label_of_the_wrong_kind: form_with("", r#"{"id": "age", "type": "integer", "label": ["Age"]}"#) => r##"
form.json:3:43: error: 'label' must be text, or an object of language to text, not a list
  at sections[0].fields[0].label
"##;
    plain_text_is_fine_in_every_language: form_with(LANGUAGES, r#"{"id": "age", "type": "integer", "label": "Age"}"#) => r##""##;
    option_labels_are_checked_too: form_with(LANGUAGES, r#"{"id": "sex", "type": "select_one", "label": "Sex", "options": [{"id": "female", "label": {"en": "Female"}}]}"#) => r##"
form.json:3:91: warning: label of option 'female' of 'sex' has no 'ar' text
  at sections[0].fields[0].options[0].label
form.json:3:91: warning: label of option 'female' of 'sex' has no 'fr' text
  at sections[0].fields[0].options[0].label
"##;
}
