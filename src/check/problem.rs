//! A problem found in a definition: where it is, what is wrong, and how to fix it.

use std::fmt;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The form cannot be used until it is fixed.
    Error,
    /// The form works, but something is probably not what the designer meant.
    Warning,
}

/// One step of a JSON path: an object key or an array index.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PathStep {
    /// An object member, e.g. `sections`.
    Key(String),
    /// An array element, e.g. `[3]`.
    Index(usize),
}

/// Where a value sits in the JSON document, e.g. `sections[0].fields[3].relevant`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct JsonPath(pub Vec<PathStep>);

impl JsonPath {
    /// The path of the document itself.
    pub fn root() -> Self {
        Self::default()
    }

    /// This path extended by an object key.
    pub fn key(&self, key: &str) -> Self {
        let mut steps = self.0.clone();
        steps.push(PathStep::Key(key.to_string()));
        Self(steps)
    }

    /// This path extended by an array index.
    pub fn index(&self, index: usize) -> Self {
        let mut steps = self.0.clone();
        steps.push(PathStep::Index(index));
        Self(steps)
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(the document)");
        }
        for (position, step) in self.0.iter().enumerate() {
            match step {
                PathStep::Key(key) if position == 0 => write!(f, "{key}")?,
                PathStep::Key(key) => write!(f, ".{key}")?,
                PathStep::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// A line and column in a source file, both counted from 1; columns count characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1, in characters.
    pub column: usize,
}

/// A problem in a definition.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// How bad it is.
    pub severity: Severity,
    /// The JSON path of the value that holds the problem.
    pub path: JsonPath,
    /// For a problem inside an expression string: the character offset of the problem within
    /// the expression, so the location can point at the exact column.
    pub offset_in_value: Option<usize>,
    /// The problem is about the key of the member at `path` (e.g. an unknown key), so the
    /// location is the key's rather than the value's.
    pub at_key: bool,
    /// What is wrong, in plain words.
    pub message: String,
    /// How to fix it, where one can be guessed (e.g. `did you mean 'age'?`).
    pub suggestion: Option<String>,
    /// The line and column in the source file, once known.
    pub location: Option<Location>,
}

impl Problem {
    /// An error at `path`.
    pub fn error(path: JsonPath, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            path,
            offset_in_value: None,
            at_key: false,
            message: message.into(),
            suggestion: None,
            location: None,
        }
    }

    /// A warning at `path`.
    pub fn warning(path: JsonPath, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(path, message)
        }
    }

    /// The same problem with a suggestion.
    pub fn with_suggestion(mut self, suggestion: impl Into<String>) -> Self {
        self.suggestion = Some(suggestion.into());
        self
    }

    /// The same problem located at the key of the member at its path, not at the value.
    pub fn on_key(mut self) -> Self {
        self.at_key = true;
        self
    }

    /// The same problem pointing `offset` characters into the expression string.
    pub fn at_offset(mut self, offset: usize) -> Self {
        self.offset_in_value = Some(offset);
        self
    }
}
