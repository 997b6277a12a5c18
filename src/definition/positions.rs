//! Where each value of a JSON document sits in its source text.
//!
//! `serde_json::Value` forgets positions, so this is a small hand-written scanner over the
//! source: it maps every JSON path to the line:column of its value and of its key, and can
//! point at a character inside a string value, counting escapes (`\"`, `\n`, `\uXXXX`) the
//! way the decoded string does. That is how an error in an expression points at the right
//! column of the file.
//!
//! The scanner is lenient: on malformed input it records what it can and never panics. It
//! keeps its own stack instead of recursing, so deep nesting cannot overflow the call stack.

use std::collections::HashMap;

use crate::check::{JsonPath, Location};

/// Where one value sits in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    /// The location of the value's first character.
    value: Location,
    /// The byte offset of the value's first character.
    value_byte: usize,
    /// The location of the key (its opening quote), for object members.
    key: Option<Location>,
}

/// The positions of every value of a JSON document, by JSON path.
#[derive(Debug, Clone)]
pub struct Positions<'source> {
    source: &'source str,
    entries: HashMap<JsonPath, Entry>,
    duplicate_keys: Vec<(JsonPath, Location)>,
}

impl<'source> Positions<'source> {
    /// Scans `source`. Works on any text; for malformed JSON the map is partial.
    pub fn scan(source: &'source str) -> Self {
        Scanner::new(source).run()
    }

    /// The location of the value at `path`, if the document has one there.
    pub fn value(&self, path: &JsonPath) -> Option<Location> {
        self.entries.get(path).map(|entry| entry.value)
    }

    /// The location of the key of the object member at `path` (its opening quote).
    pub fn key(&self, path: &JsonPath) -> Option<Location> {
        self.entries.get(path).and_then(|entry| entry.key)
    }

    /// The location of the value at `path`, or of its nearest ancestor that exists.
    pub fn nearest(&self, path: &JsonPath) -> Location {
        let mut steps = path.0.clone();
        loop {
            if let Some(location) = self.value(&JsonPath(steps.clone())) {
                return location;
            }
            if steps.pop().is_none() {
                return Location { line: 1, column: 1 };
            }
        }
    }

    /// Object members that appear more than once: the path and the key location of every
    /// occurrence after the first (a JSON reader keeps only the last one).
    pub fn duplicate_keys(&self) -> &[(JsonPath, Location)] {
        &self.duplicate_keys
    }

    /// The location of the character at `offset` (counted in characters of the decoded
    /// string) inside the string value at `path`. An offset at or past the end points just
    /// after the last character. `None` if there is no string at `path`.
    pub fn in_string(&self, path: &JsonPath, offset: usize) -> Option<Location> {
        let entry = self.entries.get(path)?;
        let rest = self.source.get(entry.value_byte..)?;
        let mut cursor = Cursor::new(rest, entry.value);
        if cursor.peek() != Some('"') {
            return None;
        }
        cursor.bump();
        for _ in 0..offset {
            match cursor.peek() {
                None | Some('"') => break,
                Some(_) => {
                    cursor.string_char();
                }
            }
        }
        Some(cursor.location())
    }
}

/// A position in the text that tracks its line and column.
#[derive(Debug, Clone)]
struct Cursor<'source> {
    text: &'source str,
    byte: usize,
    line: usize,
    column: usize,
}

impl<'source> Cursor<'source> {
    fn new(text: &'source str, start: Location) -> Self {
        Self {
            text,
            byte: 0,
            line: start.line,
            column: start.column,
        }
    }

    fn location(&self) -> Location {
        Location {
            line: self.line,
            column: self.column,
        }
    }

    fn peek(&self) -> Option<char> {
        self.text
            .get(self.byte..)
            .and_then(|rest| rest.chars().next())
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.byte += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r' | '\u{feff}')) {
            self.bump();
        }
    }

    /// Reads one character of a string's contents (the cursor is inside the quotes),
    /// decoding an escape. `None` at the end of the input.
    fn string_char(&mut self) -> Option<char> {
        let c = self.bump()?;
        if c != '\\' {
            return Some(c);
        }
        let escaped = match self.bump()? {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'b' => '\u{8}',
            'f' => '\u{c}',
            'u' => return Some(self.unicode_escape()),
            other => other,
        };
        Some(escaped)
    }

    /// Reads the hex digits after `\u` (and a low surrogate's `\uXXXX` after a high one).
    fn unicode_escape(&mut self) -> char {
        let Some(high) = self.hex4() else {
            return char::REPLACEMENT_CHARACTER;
        };
        if (0xD800..0xDC00).contains(&high) {
            let mut ahead = self.clone();
            if ahead.bump() == Some('\\')
                && ahead.bump() == Some('u')
                && let Some(low) = ahead.hex4().filter(|low| (0xDC00..0xE000).contains(low))
            {
                *self = ahead;
                let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                return char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER);
            }
        }
        char::from_u32(high).unwrap_or(char::REPLACEMENT_CHARACTER)
    }

    /// Reads up to four hex digits; `None` unless there are exactly four.
    fn hex4(&mut self) -> Option<u32> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self.peek().and_then(|c| c.to_digit(16))?;
            self.bump();
            code = code * 16 + digit;
        }
        Some(code)
    }

    /// Reads a whole string from its opening quote, decoding it.
    fn string(&mut self) -> String {
        let mut decoded = String::new();
        self.bump();
        loop {
            match self.peek() {
                None => break,
                Some('"') => {
                    self.bump();
                    break;
                }
                Some(_) => {
                    if let Some(c) = self.string_char() {
                        decoded.push(c);
                    }
                }
            }
        }
        decoded
    }

    /// Skips a number, `true`, `false`, `null` or any other bare word.
    fn bare_word(&mut self) {
        self.bump();
        while let Some(c) = self.peek() {
            if c.is_whitespace() || matches!(c, ',' | ':' | '{' | '}' | '[' | ']' | '"') {
                break;
            }
            self.bump();
        }
    }
}

/// What an open object expects next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ObjectState {
    Key,
    Colon,
    Value,
    CommaOrEnd,
}

/// An open object or array.
#[derive(Debug)]
enum Frame {
    Object {
        path: JsonPath,
        state: ObjectState,
        key: Option<(String, Location)>,
        seen: Vec<String>,
    },
    Array {
        path: JsonPath,
        next_index: usize,
        expects_value: bool,
    },
}

/// How deep the scanner records positions; serde_json refuses input nested deeper than 128.
const MAX_RECORDED_DEPTH: usize = 256;

struct Scanner<'source> {
    cursor: Cursor<'source>,
    stack: Vec<Frame>,
    root_done: bool,
    positions: Positions<'source>,
}

impl<'source> Scanner<'source> {
    fn new(source: &'source str) -> Self {
        Self {
            cursor: Cursor::new(source, Location { line: 1, column: 1 }),
            stack: Vec::new(),
            root_done: false,
            positions: Positions {
                source,
                entries: HashMap::new(),
                duplicate_keys: Vec::new(),
            },
        }
    }

    fn run(mut self) -> Positions<'source> {
        loop {
            self.cursor.skip_whitespace();
            let Some(c) = self.cursor.peek() else { break };
            match c {
                ',' => {
                    self.cursor.bump();
                    self.comma();
                }
                ':' => {
                    self.cursor.bump();
                    if let Some(Frame::Object { state, .. }) = self.stack.last_mut()
                        && *state == ObjectState::Colon
                    {
                        *state = ObjectState::Value;
                    }
                }
                '}' | ']' => {
                    self.cursor.bump();
                    self.stack.pop();
                    self.value_done();
                }
                '"' if self.expects_key() => self.key(),
                _ => self.value(c),
            }
        }
        self.positions
    }

    fn expects_key(&self) -> bool {
        matches!(
            self.stack.last(),
            Some(Frame::Object {
                state: ObjectState::Key,
                ..
            })
        )
    }

    fn comma(&mut self) {
        match self.stack.last_mut() {
            Some(Frame::Object { state, key, .. }) => {
                *state = ObjectState::Key;
                *key = None;
            }
            Some(Frame::Array { expects_value, .. }) => *expects_value = true,
            None => {}
        }
    }

    fn key(&mut self) {
        let location = self.cursor.location();
        let name = self.cursor.string();
        if let Some(Frame::Object { state, key, .. }) = self.stack.last_mut() {
            *key = Some((name, location));
            *state = ObjectState::Colon;
        }
    }

    /// The path of a value starting here, and its key location; `None` where no value
    /// belongs (the scanner then skips it).
    fn next_value_path(&mut self) -> Option<(JsonPath, Option<Location>)> {
        match self.stack.last_mut() {
            None if self.root_done => None,
            None => {
                self.root_done = true;
                Some((JsonPath::root(), None))
            }
            Some(Frame::Object {
                path,
                state,
                key,
                seen,
            }) => {
                // A value right after a key with its colon missing still belongs to the key.
                if !matches!(*state, ObjectState::Value | ObjectState::Colon) {
                    return None;
                }
                let (name, location) = key.take()?;
                *state = ObjectState::CommaOrEnd;
                if seen.contains(&name) {
                    self.positions
                        .duplicate_keys
                        .push((path.key(&name), location));
                } else {
                    seen.push(name.clone());
                }
                Some((path.key(&name), Some(location)))
            }
            Some(Frame::Array {
                path,
                next_index,
                expects_value,
            }) => {
                if !*expects_value {
                    return None;
                }
                *expects_value = false;
                let index = *next_index;
                *next_index += 1;
                Some((path.index(index), None))
            }
        }
    }

    fn value(&mut self, first: char) {
        let location = self.cursor.location();
        let byte = self.cursor.byte;
        // Past serde_json's own nesting limit no definition can load, so paths stop being
        // recorded there: copying ever-longer paths would make a deeply nested input quadratic.
        let too_deep = self.stack.len() >= MAX_RECORDED_DEPTH;
        let path = self.next_value_path().filter(|_| !too_deep);
        if let Some((path, key)) = &path {
            self.positions.entries.insert(
                path.clone(),
                Entry {
                    value: location,
                    value_byte: byte,
                    key: *key,
                },
            );
        }
        match first {
            '{' | '[' => {
                self.cursor.bump();
                let path = path.map_or_else(JsonPath::root, |(path, _)| path);
                self.stack.push(if first == '{' {
                    Frame::Object {
                        path,
                        state: ObjectState::Key,
                        key: None,
                        seen: Vec::new(),
                    }
                } else {
                    Frame::Array {
                        path,
                        next_index: 0,
                        expects_value: true,
                    }
                });
            }
            '"' => {
                self.cursor.string();
            }
            _ => self.cursor.bare_word(),
        }
    }

    /// After a nested value closes, its parent expects a comma or its end.
    fn value_done(&mut self) {
        match self.stack.last_mut() {
            Some(Frame::Object { state, .. }) if *state == ObjectState::Value => {
                *state = ObjectState::CommaOrEnd;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Option<Location> {
        Some(Location { line, column })
    }

    #[test]
    fn values_and_keys() {
        let source = "{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c\": true\n}";
        let positions = Positions::scan(source);
        let root = JsonPath::root();
        assert_eq!(positions.value(&root), at(1, 1));
        assert_eq!(positions.value(&root.key("a")), at(2, 8));
        assert_eq!(positions.key(&root.key("a")), at(2, 3));
        assert_eq!(positions.value(&root.key("a").index(0)), at(2, 9));
        assert_eq!(positions.value(&root.key("a").index(1)), at(2, 12));
        assert_eq!(positions.value(&root.key("a").index(1).key("b")), at(2, 18));
        assert_eq!(positions.value(&root.key("c")), at(3, 8));
        assert_eq!(positions.value(&root.key("d")), None);
    }

    #[test]
    fn columns_count_characters() {
        let positions = Positions::scan("{\"é\": \"ü\", \"b\": 1}");
        assert_eq!(positions.value(&JsonPath::root().key("b")), at(1, 17));
        assert_eq!(positions.value(&JsonPath::root().key("é")), at(1, 7));
    }

    #[test]
    fn offsets_inside_strings_count_escapes() {
        let source = r#"{"e": "a\"b\n\u00e9\ud83d\ude00z"}"#;
        let positions = Positions::scan(source);
        let path = JsonPath::root().key("e");
        // Decoded: a " b \n é 😀 z
        let columns: Vec<usize> = (0..8)
            .filter_map(|k| positions.in_string(&path, k))
            .map(|location| location.column)
            .collect();
        assert_eq!(columns, vec![8, 9, 11, 12, 14, 20, 32, 33]);
    }

    #[test]
    fn duplicate_keys_are_listed() {
        let positions = Positions::scan("{\"a\": 1, \"a\": 2}");
        assert_eq!(positions.value(&JsonPath::root().key("a")), at(1, 15));
        assert_eq!(
            positions.duplicate_keys(),
            &[(
                JsonPath::root().key("a"),
                Location {
                    line: 1,
                    column: 10
                }
            )]
        );
    }

    #[test]
    fn nearest_falls_back_to_an_ancestor() {
        let positions = Positions::scan("{\n \"a\": {}}");
        let path = JsonPath::root().key("a").key("b").index(3);
        assert_eq!(positions.nearest(&path), Location { line: 2, column: 7 });
    }

    #[test]
    fn malformed_input_does_not_panic() {
        for source in [
            "", "{", "[[[", "\"", "{\"a\"", "{\"a\":}", "]]}}", "\"\\u12", "{,:,}",
        ] {
            let positions = Positions::scan(source);
            let _ = positions.in_string(&JsonPath::root(), 10);
            let _ = positions.nearest(&JsonPath::root().key("x"));
        }
    }
}
