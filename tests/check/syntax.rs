//! Malformed JSON: one problem, where serde_json stopped, in plain words.

use crate::cases;

cases! {
    missing_comma_between_members: "{\"format\": 1\n \"id\": \"t\"}" => r##"
form.json:2:2: error: expected ',' or '}' after an object member; is a ',' missing before this key?
  |
2 |  "id": "t"}
  |  ^
"##;
    missing_comma_between_items: "{\"languages\": [\"en\" \"fr\"]}" => r##"
form.json:1:21: error: expected ',' or ']' after a list item; is a ',' missing before this item?
  |
1 | {"languages": ["en" "fr"]}
  |                     ^
"##;
    trailing_comma_in_object: "{\"format\": 1,\n}" => r##"
form.json:1:13: error: trailing comma; JSON allows no ',' after the last item of a list or object; remove it
  |
1 | {"format": 1,
  |             ^
"##;
    trailing_comma_in_list: "{\"languages\": [\"en\",]}" => r##"
form.json:1:20: error: trailing comma; JSON allows no ',' after the last item of a list or object; remove it
  |
1 | {"languages": ["en",]}
  |                    ^
"##;
    unclosed_object: "{\"format\": 1,\n \"sections\": [\n" => r##"
form.json:2:15: error: unexpected end of file: the JSON ends before the form does; a '[' is not closed by a ']'
  |
2 |  "sections": [
  |               ^
"##;
    unclosed_string: "{\"title\": \"Child registration}" => r##"
form.json:1:30: error: unexpected end of file: the JSON ends before the form does; a text is not closed by a '"'
  |
1 | {"title": "Child registration}
  |                              ^
"##;
    single_quotes: "{\"title\": 'Registration'}" => r##"
form.json:1:11: error: expected a value, found a single quote; JSON texts use double quotes: "text", not 'text'
  |
1 | {"title": 'Registration'}
  |           ^
"##;
    unquoted_key: "{format: 1}" => r##"
form.json:1:2: error: expected a key in double quotes; write "key": value, with the key in double quotes
  |
1 | {format: 1}
  |  ^
"##;
    backslash_in_a_pattern: "{\"pattern\": \"^\\d+$\"}" => r##"
form.json:1:16: error: invalid escape: a backslash in a JSON text must start \\, \", \/, \b, \f, \n, \r, \t or \u; write two backslashes for one, e.g. "^\\d+$" for the pattern ^\d+$
  |
1 | {"pattern": "^\d+$"}
  |                ^
"##;
    line_break_inside_a_text: "{\"title\": \"two\nlines\"}" => r##"
form.json:1:15: error: a text cannot contain a line break or a tab; write \n for a line break and \t for a tab, or close the text with '"'
  |
1 | {"title": "two
  |               ^
"##;
    text_after_the_form: "{\"format\": 1}\n}" => r##"
form.json:2:1: error: unexpected text after the end of the form; the form's JSON object has already been closed by a '}' before this
  |
2 | }
  | ^
"##;
    empty_file: "" => r##"
form.json:1:1: error: unexpected end of file: the JSON ends before the form does
  |
1 | 
  | ^
"##;
    misspelt_true: "{\"required\": tru}" => r##"
form.json:1:14: error: expected true, false or null; a text must be written in double quotes, e.g. "yes"
  |
1 | {"required": tru}
  |              ^
"##;
    missing_colon: "{\"format\" 1}" => r##"
form.json:1:11: error: expected ':' after the key; write "key": value
  |
1 | {"format" 1}
  |           ^
"##;
    columns_count_characters_not_bytes: "{\"title\": \"Âge — ü\" \"x\": 1}" => r##"
form.json:1:21: error: expected ',' or '}' after an object member; is a ',' missing before this key?
  |
1 | {"title": "Âge — ü" "x": 1}
  |                     ^
"##;
    byte_order_mark_is_ignored: "\u{feff}{\"format\": 1 \"id\": 2}" => r##"
form.json:1:14: error: expected ',' or '}' after an object member; is a ',' missing before this key?
  |
1 | {"format": 1 "id": 2}
  |              ^
"##;
    not_an_object: "[1, 2]" => r##"
form.json:1:1: error: a form definition must be a JSON object { ... }, not a list
"##;
}
