//! Malformed JSON: serde_json's syntax error, located in characters and said in plain words.

use super::{JsonPath, Location, Problem};

/// The one problem for a document that is not valid JSON.
pub(super) fn syntax_problem(source: &str, error: &serde_json::Error) -> Problem {
    let full = error.to_string();
    let code = full
        .rsplit_once(" at line ")
        .map_or(full.as_str(), |(code, _)| code);
    let mut location = char_location(source, error.line(), error.column());
    let here = character_at(source, location);
    match code {
        "expected ident" => location = word_start(source, location),
        "trailing comma" => location = previous_comma(source, location).unwrap_or(location),
        _ => {}
    }
    let (message, suggestion) = explain(code, here);
    let mut problem = Problem::error(JsonPath::root(), message);
    problem.location = Some(location);
    match suggestion {
        Some(suggestion) => problem.with_suggestion(suggestion),
        None => problem,
    }
}

/// serde_json counts columns in bytes; this turns its line:column into characters. Its
/// column 0 (just after reading a line break) becomes the end of the previous line.
fn char_location(source: &str, line: usize, byte_column: usize) -> Location {
    if byte_column == 0 && line > 1 {
        let previous = source.split('\n').nth(line - 2).unwrap_or_default();
        return Location {
            line: line - 1,
            column: previous.chars().count() + 1,
        };
    }
    let line = line.max(1);
    let text = source.split('\n').nth(line - 1).unwrap_or_default();
    let mut end = byte_column.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let column = text.get(..end).map_or(0, |prefix| prefix.chars().count());
    Location {
        line,
        column: column.max(1),
    }
}

/// The start of the bare word (e.g. `tru`) that ends just before `location`.
fn word_start(source: &str, location: Location) -> Location {
    let Some(text) = source.split('\n').nth(location.line - 1) else {
        return location;
    };
    let before: Vec<char> = text.chars().take(location.column - 1).collect();
    let letters = before
        .iter()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .count();
    Location {
        line: location.line,
        column: location.column - letters,
    }
}

/// The comma before `location`, when only white space lies between them.
fn previous_comma(source: &str, location: Location) -> Option<Location> {
    let lines: Vec<&str> = source.split('\n').collect();
    let mut line = location.line;
    let mut prefix: Vec<char> = lines
        .get(line - 1)?
        .chars()
        .take(location.column - 1)
        .collect();
    loop {
        while let Some(c) = prefix.pop() {
            match c {
                ',' => {
                    return Some(Location {
                        line,
                        column: prefix.len() + 1,
                    });
                }
                c if c.is_whitespace() => {}
                _ => return None,
            }
        }
        if line == 1 {
            return None;
        }
        line -= 1;
        prefix = lines.get(line - 1)?.chars().collect();
    }
}

/// The character at `location`, if any.
fn character_at(source: &str, location: Location) -> Option<char> {
    source
        .split('\n')
        .nth(location.line - 1)?
        .chars()
        .nth(location.column - 1)
}

fn explain(code: &str, here: Option<char>) -> (String, Option<String>) {
    let plain = |message: &str| (message.to_string(), None);
    let with =
        |message: &str, suggestion: &str| (message.to_string(), Some(suggestion.to_string()));
    let unexpected_end = "unexpected end of file: the JSON ends before the form does";
    match code {
        "EOF while parsing an object" => with(unexpected_end, "a '{' is not closed by a '}'"),
        "EOF while parsing a list" => with(unexpected_end, "a '[' is not closed by a ']'"),
        "EOF while parsing a string" => with(unexpected_end, "a text is not closed by a '\"'"),
        "EOF while parsing a value" => plain(unexpected_end),
        "expected `:`" => with("expected ':' after the key", "write \"key\": value"),
        "expected `,` or `]`" => match here {
            Some('"' | '{' | '[') => with(
                "expected ',' or ']' after a list item",
                "is a ',' missing before this item?",
            ),
            _ => plain("expected ',' or ']' after a list item"),
        },
        "expected `,` or `}`" => match here {
            Some('"') => with(
                "expected ',' or '}' after an object member",
                "is a ',' missing before this key?",
            ),
            _ => plain("expected ',' or '}' after an object member"),
        },
        "expected ident" => with(
            "expected true, false or null",
            "a text must be written in double quotes, e.g. \"yes\"",
        ),
        "expected value" => match here {
            Some('\'') => with(
                "expected a value, found a single quote",
                "JSON texts use double quotes: \"text\", not 'text'",
            ),
            Some(']' | '}') => with("expected a value", "is there a ',' too many just before?"),
            _ => with(
                "expected a value",
                "a value is a text in double quotes, a number, true, false, null, a list [...] or an object {...}",
            ),
        },
        "key must be a string" => match here {
            Some('}') => with(
                "trailing comma before '}'",
                "JSON allows no ',' after the last member; remove it",
            ),
            _ => with(
                "expected a key in double quotes",
                "write \"key\": value, with the key in double quotes",
            ),
        },
        "invalid escape" => with(
            "invalid escape: a backslash in a JSON text must start \\\\, \\\", \\/, \\b, \\f, \\n, \\r, \\t or \\u",
            "write two backslashes for one, e.g. \"^\\\\d+$\" for the pattern ^\\d+$",
        ),
        "invalid number" => plain("invalid number"),
        "number out of range" => plain("number too large"),
        "invalid unicode code point"
        | "lone leading surrogate in hex escape"
        | "unexpected end of hex escape" => with(
            "invalid \\u escape",
            "write \\u followed by four hex digits, e.g. \\u00e9",
        ),
        "control character (\\u0000-\\u001F) found while parsing a string" => with(
            "a text cannot contain a line break or a tab",
            "write \\n for a line break and \\t for a tab, or close the text with '\"'",
        ),
        "trailing comma" => with(
            "trailing comma",
            "JSON allows no ',' after the last item of a list or object; remove it",
        ),
        "trailing characters" => with(
            "unexpected text after the end of the form",
            "the form's JSON object has already been closed by a '}' before this",
        ),
        "recursion limit exceeded" => plain("the JSON is nested too deeply"),
        other => plain(other),
    }
}
