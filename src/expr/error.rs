//! Positions in an expression ([`Span`]) and the problems found in it ([`ExprError`]).

use std::fmt;

use super::suggest::is_valid_name;
use crate::value::Type;

/// A range of byte offsets into an expression's source: `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte (equal to `start` for the end of the expression).
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The smallest span covering both `self` and `other`.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The 1-based column, counted in characters from the start of its line, where the span
    /// starts in `source`.
    pub fn column(&self, source: &str) -> usize {
        let before = prefix(source, self.start);
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        before[line_start..].chars().count() + 1
    }

    /// The 1-based line where the span starts in `source` (expressions are usually one line).
    pub fn line(&self, source: &str) -> usize {
        prefix(source, self.start).matches('\n').count() + 1
    }
}

/// The longest prefix of `source` that ends at or before byte `offset` on a char boundary.
fn prefix(source: &str, offset: usize) -> &str {
    let mut end = offset.min(source.len());
    while !source.is_char_boundary(end) {
        end -= 1;
    }
    &source[..end]
}

/// A problem in an expression: what it is, and where.
///
/// `Display` gives the message in plain words, without the position; [`ExprError::render`]
/// adds the column and a caret under the source.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{kind}")]
pub struct ExprError {
    /// The part of the source the problem is about.
    pub span: Span,
    /// What the problem is.
    pub kind: ExprErrorKind,
}

impl ExprError {
    /// An error of `kind` at `span`.
    pub fn new(span: Span, kind: ExprErrorKind) -> ExprError {
        ExprError { span, kind }
    }

    /// The message with its column, then the source line with a caret under the problem:
    ///
    /// ```text
    /// column 7: expected a value after '<', found end of expression
    ///   age <
    ///         ^
    /// ```
    pub fn render(&self, source: &str) -> String {
        let column = self.span.column(source);
        let line = source.lines().nth(self.span.line(source) - 1).unwrap_or("");
        let width = prefix(source, self.span.end)
            .get(prefix(source, self.span.start).len()..)
            .map_or(1, |text| text.chars().count().max(1));
        format!(
            "column {column}: {self}\n  {line}\n  {}{}",
            " ".repeat(column - 1),
            "^".repeat(width)
        )
    }
}

/// The kinds of problems in an expression, from the lexer, the parser and the type checker.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ExprErrorKind {
    /// Characters that start no token, such as `#` or `&&`.
    UnexpectedCharacter {
        /// The offending text.
        found: String,
    },
    /// A text literal without its closing quote.
    UnterminatedText {
        /// The quote that opened it.
        quote: char,
    },
    /// A backslash followed by something other than `'`, `"` or `\`.
    InvalidEscape {
        /// The character after the backslash.
        found: char,
    },
    /// Digits that do not form a number, such as `1.`.
    InvalidNumber {
        /// The offending text.
        text: String,
    },
    /// A name that is not a valid field or function id (ids match `[a-z][a-z0-9_]*`).
    InvalidName {
        /// The name as written.
        name: String,
    },
    /// `@name` for a context variable that does not exist.
    UnknownContextVariable {
        /// The name after `@` (empty when nothing follows it).
        name: String,
    },
    /// The expression is empty.
    EmptyExpression,
    /// The parser expected something else at this point.
    Expected {
        /// What was expected, in words: "a value after '<'".
        expected: String,
        /// What was found, in words: "end of expression".
        found: String,
    },
    /// A closing bracket without an opening one.
    UnmatchedClose {
        /// The bracket: `)` or `]`.
        found: char,
    },
    /// `a < b < c`: comparisons cannot be chained.
    ChainedComparison {
        /// The second comparison operator.
        operator: String,
    },
    /// A list `[...]` anywhere but after `in`.
    ListOutsideIn,
    /// Nesting deeper than the parser allows.
    TooDeep {
        /// The maximum depth.
        limit: usize,
    },
    /// A chain of operators so long that the tree would be too deep to walk safely.
    TooLong {
        /// The maximum depth.
        limit: u32,
    },
    /// A call of a function that does not exist.
    UnknownFunction {
        /// The name as written.
        name: String,
        /// A known function with a similar name.
        suggestion: Option<String>,
    },
    /// A call with too few or too many arguments.
    ArgumentCount {
        /// The function.
        function: &'static str,
        /// The least number of arguments it takes.
        min: usize,
        /// The most it takes (`None`: any number).
        max: Option<usize>,
        /// How many were given.
        found: usize,
    },
    /// An aggregate whose first argument is not a plain name (it must name a repeat group).
    RepeatNameExpected {
        /// The aggregate function.
        function: &'static str,
    },
    /// `date('...')`, `time('...')` or `datetime('...')` with a text that is not one.
    InvalidLiteral {
        /// `date`, `time` or `datetime`.
        function: &'static str,
        /// The text inside the quotes.
        text: String,
    },
    /// A name that is not a field of the form (nor of the repeat rows being iterated).
    UnknownField {
        /// The name.
        name: String,
        /// A known field with a similar name (edit distance at most 2).
        suggestion: Option<String>,
    },
    /// A repeat group used as a value rather than as the first argument of an aggregate.
    RepeatAsValue {
        /// The repeat group's id.
        name: String,
    },
    /// An aggregate's first argument is a field that is not a repeat group.
    NotARepeat {
        /// The aggregate function.
        function: &'static str,
        /// The field given.
        name: String,
        /// Its type.
        found: Type,
    },
    /// An operand of the wrong type.
    OperandType {
        /// The operator, as written canonically (`+`, `and`, `contains`).
        operator: &'static str,
        /// What it needs, in words: "numbers".
        expected: &'static str,
        /// What it got.
        found: Type,
    },
    /// A comparison between values of types that cannot be compared.
    Incomparable {
        /// The operator (`=`, `<`, `in`...).
        operator: &'static str,
        /// The left side's type.
        left: Type,
        /// The right side's type.
        right: Type,
    },
    /// A function argument of the wrong type.
    ArgumentType {
        /// The function.
        function: &'static str,
        /// The argument's position, from 1.
        position: usize,
        /// What it must be, in words: "a text".
        expected: &'static str,
        /// What it is.
        found: Type,
    },
    /// Alternatives of `if`, `coalesce`, `min` or `max` with different types.
    MixedTypes {
        /// The function.
        function: &'static str,
        /// One type.
        first: Type,
        /// Another.
        second: Type,
    },
}

/// `"1 argument"`, `"2 arguments"`.
fn arguments(count: usize) -> String {
    match count {
        0 => "no arguments".to_owned(),
        1 => "1 argument".to_owned(),
        _ => format!("{count} arguments"),
    }
}

impl fmt::Display for ExprErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ExprErrorKind as K;
        match self {
            K::UnexpectedCharacter { found } => match found.as_str() {
                "&" | "&&" => write!(f, "'{found}' is not an operator here; write 'and'"),
                "|" | "||" => write!(f, "'{found}' is not an operator here; write 'or'"),
                "!" => {
                    f.write_str("'!' is not an operator here; write 'not', or '!=' for 'not equal'")
                }
                _ => write!(f, "unexpected character '{found}'"),
            },
            K::UnterminatedText { quote } => {
                write!(f, "this text has no closing quote; add {quote} at its end")
            }
            K::InvalidEscape { found } => write!(
                f,
                "'\\{found}' is not an escape; inside quotes write \\' or \\\" for a quote and \\\\ for a backslash"
            ),
            K::InvalidNumber { text } => write!(f, "'{text}' is not a number"),
            K::InvalidName { name } => {
                let lower = name.to_lowercase();
                if is_valid_name(&lower) {
                    write!(
                        f,
                        "names are written in lower case: write '{lower}' instead of '{name}'"
                    )
                } else {
                    write!(
                        f,
                        "'{name}' is not a valid name: names start with a lower-case letter and contain only a-z, 0-9 and _"
                    )
                }
            }
            K::UnknownContextVariable { name } if name.is_empty() => {
                f.write_str("expected a name after '@': @option, @tags or @row")
            }
            K::UnknownContextVariable { name } => {
                write!(
                    f,
                    "unknown context variable '@{name}'; the known ones are @option, @tags and @row"
                )
            }
            K::EmptyExpression => f.write_str("the expression is empty"),
            K::Expected { expected, found } => write!(f, "expected {expected}, found {found}"),
            K::UnmatchedClose { found } => {
                let open = if *found == ']' { '[' } else { '(' };
                write!(f, "this '{found}' has no matching '{open}'")
            }
            K::ChainedComparison { operator } => write!(
                f,
                "'{operator}' cannot follow another comparison; join comparisons with 'and', e.g. 1 < x and x < 5"
            ),
            K::ListOutsideIn => f.write_str("a list [...] can only come after 'in'"),
            K::TooDeep { limit } => {
                write!(
                    f,
                    "the expression is nested too deeply (more than {limit} levels)"
                )
            }
            K::TooLong { limit } => write!(
                f,
                "the expression is too long (more than {limit} operators in a row); split it into several calculated fields"
            ),
            K::UnknownFunction { name, suggestion } => {
                write!(f, "unknown function '{name}'")?;
                did_you_mean(f, suggestion)
            }
            K::ArgumentCount {
                function,
                min,
                max,
                found,
            } => {
                let takes = match max {
                    Some(max) if max == min => arguments(*min),
                    Some(max) if *max == min + 1 => format!("{min} or {}", arguments(*max)),
                    Some(max) => format!("{min} to {}", arguments(*max)),
                    None => format!("at least {}", arguments(*min)),
                };
                let given = if *found == 1 { "was" } else { "were" };
                write!(f, "'{function}' takes {takes}, but {found} {given} given")
            }
            K::RepeatNameExpected { function } => write!(
                f,
                "the first argument of '{function}' must be the id of a repeat group, e.g. {function}(family_members{})",
                if *function == "count" { "" } else { ", age" }
            ),
            K::InvalidLiteral { function, text } => {
                let (what, form, example) = match *function {
                    "time" => ("time", "HH:MM", "14:30"),
                    "datetime" => ("date and time", "YYYY-MM-DDTHH:MM", "2024-01-31T14:30"),
                    _ => ("date", "YYYY-MM-DD", "2024-01-31"),
                };
                write!(
                    f,
                    "'{text}' is not a valid {what}; write {function}('{form}'), e.g. {function}('{example}')"
                )
            }
            K::UnknownField { name, suggestion } => {
                write!(f, "unknown field '{name}'")?;
                did_you_mean(f, suggestion)
            }
            K::RepeatAsValue { name } => write!(
                f,
                "'{name}' is a repeat group, not a value; use it in an aggregate, e.g. count({name})"
            ),
            K::NotARepeat {
                function,
                name,
                found,
            } => write!(
                f,
                "the first argument of '{function}' must be a repeat group, but '{name}' is {}",
                found.described()
            ),
            K::OperandType {
                operator,
                expected,
                found,
            } => {
                write!(
                    f,
                    "'{operator}' needs {expected}, but got {}",
                    found.described()
                )?;
                match (*operator, found) {
                    ("+", Type::Text) => f.write_str("; use concat() to join texts"),
                    ("+" | "-", Type::Date | Type::DateTime) => {
                        f.write_str("; use add_days() or days_between() for dates")
                    }
                    ("and" | "or" | "not", Type::Text) => {
                        f.write_str("; compare it with a value, e.g. consent = 'yes'")
                    }
                    ("and" | "or" | "not", Type::Choices) => f.write_str(
                        "; test a choice with 'contains', e.g. concerns contains 'abuse'",
                    ),
                    _ => Ok(()),
                }
            }
            K::Incomparable {
                operator,
                left,
                right,
            } => {
                write!(
                    f,
                    "cannot compare {} with {} using '{operator}'",
                    left.described(),
                    right.described()
                )?;
                match (left, right) {
                    (Type::Choices, Type::Text) => f.write_str(
                        "; use 'contains' to test one choice of a multiple choice, e.g. concerns contains 'abuse'",
                    ),
                    (Type::Date, Type::Text) | (Type::Text, Type::Date) => {
                        f.write_str("; write a date as date('2024-01-31')")
                    }
                    (Type::Time, Type::Text) | (Type::Text, Type::Time) => {
                        f.write_str("; write a time as time('14:30')")
                    }
                    (Type::DateTime, Type::Text) | (Type::Text, Type::DateTime) => {
                        f.write_str("; write a date and time as datetime('2024-01-31T14:30')")
                    }
                    (Type::Number, Type::Text) | (Type::Text, Type::Number) => {
                        f.write_str("; write numbers without quotes, or convert with number()")
                    }
                    _ => Ok(()),
                }
            }
            K::ArgumentType {
                function,
                position,
                expected,
                found,
            } => write!(
                f,
                "argument {position} of '{function}' must be {expected}, but it is {}",
                found.described()
            ),
            K::MixedTypes {
                function,
                first,
                second,
            } => write!(
                f,
                "the values of '{function}' must have one type, but one is {} and another is {}",
                first.described(),
                second.described()
            ),
        }
    }
}

/// Appends "; did you mean 'x'?" when there is a suggestion.
fn did_you_mean(f: &mut fmt::Formatter<'_>, suggestion: &Option<String>) -> fmt::Result {
    match suggestion {
        Some(suggestion) => write!(f, "; did you mean '{suggestion}'?"),
        None => Ok(()),
    }
}
