//! The lexer: source text to tokens with spans, ending with an explicit [`TokenKind::End`].
//!
//! It never fails: a problem becomes an [`ExprError`] in the caller's list, and lexing goes on
//! with the next character, so that the parser can still report later problems.

use super::error::{ExprError, ExprErrorKind, Span};
use super::suggest::is_valid_name;

/// The keywords of the language (matched without regard to case); they cannot be field ids.
pub const KEYWORDS: [&str; 9] = [
    "or", "and", "not", "contains", "in", "true", "false", "null", "mod",
];

/// The context variables that `@name` may refer to.
pub(crate) const SPECIAL_NAMES: [&str; 3] = ["option", "tags", "row"];

/// What a token is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum TokenKind {
    /// `12`, `3.5`.
    Number(f64),
    /// `'text'` or `"text"`, escapes resolved.
    Text(String),
    /// A field or function id (or `${id}`), lower-cased.
    Name(String),
    /// `@option`, `@tags`, `@row`: the name without `@`.
    Special(String),
    /// `.` on its own: the value of the field holding the expression.
    Dot,
    /// `(`
    OpenParen,
    /// `)`
    CloseParen,
    /// `[`
    OpenBracket,
    /// `]`
    CloseBracket,
    /// `,`
    Comma,
    /// `or`
    Or,
    /// `and`
    And,
    /// `not`
    Not,
    /// `contains`
    Contains,
    /// `in`
    In,
    /// `true`
    True,
    /// `false`
    False,
    /// `null`
    Null,
    /// `=` or `==`
    Equal,
    /// `!=` or `<>`
    NotEqual,
    /// `<`
    Less,
    /// `<=`
    LessEqual,
    /// `>`
    Greater,
    /// `>=`
    GreaterEqual,
    /// `+`
    Plus,
    /// `-`
    Minus,
    /// `*`
    Star,
    /// `/`
    Slash,
    /// `mod` or `%`
    Mod,
    /// The end of the source.
    End,
}

/// A token and where it is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token {
    /// What it is.
    pub kind: TokenKind,
    /// Where it is.
    pub span: Span,
}

/// The keywords, matched without regard to case.
fn keyword(word: &str) -> Option<TokenKind> {
    const KEYWORDS: [(&str, TokenKind); 9] = [
        ("or", TokenKind::Or),
        ("and", TokenKind::And),
        ("not", TokenKind::Not),
        ("contains", TokenKind::Contains),
        ("in", TokenKind::In),
        ("true", TokenKind::True),
        ("false", TokenKind::False),
        ("null", TokenKind::Null),
        ("mod", TokenKind::Mod),
    ];
    KEYWORDS
        .iter()
        .find(|(spelling, _)| spelling.eq_ignore_ascii_case(word))
        .map(|(_, kind)| kind.clone())
}

fn is_name_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// Splits `source` into tokens, the last one [`TokenKind::End`]; problems go to `errors`.
pub(crate) fn lex(source: &str, errors: &mut Vec<ExprError>) -> Vec<Token> {
    let mut lexer = Lexer {
        source,
        bytes: source.as_bytes(),
        position: 0,
        tokens: Vec::new(),
        errors,
    };
    lexer.run();
    lexer.tokens
}

struct Lexer<'s, 'e> {
    source: &'s str,
    bytes: &'s [u8],
    position: usize,
    tokens: Vec<Token>,
    errors: &'e mut Vec<ExprError>,
}

impl<'s> Lexer<'s, '_> {
    fn peek(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.position + ahead).copied()
    }

    fn push(&mut self, kind: TokenKind, start: usize) {
        self.tokens.push(Token {
            kind,
            span: Span::new(start, self.position),
        });
    }

    fn error(&mut self, start: usize, kind: ExprErrorKind) {
        self.errors
            .push(ExprError::new(Span::new(start, self.position), kind));
    }

    fn run(&mut self) {
        while let Some(byte) = self.peek(0) {
            let start = self.position;
            match byte {
                b' ' | b'\t' | b'\n' | b'\r' => self.position += 1,
                b'0'..=b'9' => self.number(start),
                b'.' if self.peek(1).is_some_and(|next| next.is_ascii_digit()) => {
                    self.number(start)
                }
                b'\'' | b'"' => self.text(start, byte),
                b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                    let word = self.word();
                    self.name(word, start);
                }
                b'@' => self.special(start),
                b'$' if self.peek(1) == Some(b'{') => self.placeholder(start),
                _ => self.operator(start, byte),
            }
        }
        let end = self.source.len();
        self.tokens.push(Token {
            kind: TokenKind::End,
            span: Span::new(end, end),
        });
    }

    /// Consumes `[A-Za-z0-9_]*` and returns it.
    fn word(&mut self) -> &'s str {
        let start = self.position;
        while self.peek(0).is_some_and(is_name_byte) {
            self.position += 1;
        }
        // The slice holds ASCII only, so its bounds are char boundaries.
        self.source.get(start..self.position).unwrap_or("")
    }

    fn name(&mut self, word: &'s str, start: usize) {
        if let Some(kind) = keyword(word) {
            self.push(kind, start);
            return;
        }
        if !is_valid_name(word) {
            let name = word.to_owned();
            self.error(start, ExprErrorKind::InvalidName { name });
        }
        self.push(TokenKind::Name(word.to_ascii_lowercase()), start);
    }

    fn special(&mut self, start: usize) {
        self.position += 1;
        let name = self.word().to_owned();
        if !SPECIAL_NAMES.contains(&name.as_str()) {
            self.error(
                start,
                ExprErrorKind::UnknownContextVariable { name: name.clone() },
            );
        }
        self.push(TokenKind::Special(name), start);
    }

    /// `${name}`, the XLSForm way of naming a field, read as `name`.
    fn placeholder(&mut self, start: usize) {
        self.position += 2;
        let word = self.word().to_owned();
        if self.peek(0) == Some(b'}') && !word.is_empty() {
            self.position += 1;
            if keyword(&word).is_some() || !is_valid_name(&word) {
                self.error(start, ExprErrorKind::InvalidName { name: word.clone() });
            }
            self.push(TokenKind::Name(word.to_ascii_lowercase()), start);
        } else {
            self.error(
                start,
                ExprErrorKind::UnexpectedCharacter {
                    found: "${".to_owned(),
                },
            );
            if !word.is_empty() {
                self.push(TokenKind::Name(word.to_ascii_lowercase()), start + 2);
            }
        }
    }

    fn number(&mut self, start: usize) {
        while self.peek(0).is_some_and(|byte| byte.is_ascii_digit()) {
            self.position += 1;
        }
        let mut valid = true;
        if self.peek(0) == Some(b'.') {
            self.position += 1;
            valid = self.peek(0).is_some_and(|byte| byte.is_ascii_digit());
            while self.peek(0).is_some_and(|byte| byte.is_ascii_digit()) {
                self.position += 1;
            }
        }
        let text = self.source.get(start..self.position).unwrap_or("");
        match text.parse::<f64>() {
            Ok(number) if valid && number.is_finite() => {
                self.push(TokenKind::Number(number), start)
            }
            _ => {
                let text = text.to_owned();
                self.error(start, ExprErrorKind::InvalidNumber { text });
                self.push(TokenKind::Number(0.0), start);
            }
        }
    }

    fn text(&mut self, start: usize, quote: u8) {
        self.position += 1;
        let mut content = String::new();
        loop {
            let rest = self.source.get(self.position..).unwrap_or("");
            let Some(next) = rest.chars().next() else {
                self.error(
                    start,
                    ExprErrorKind::UnterminatedText {
                        quote: char::from(quote),
                    },
                );
                break;
            };
            self.position += next.len_utf8();
            match next {
                '\\' => {
                    let escaped = rest.chars().nth(1);
                    match escaped {
                        Some(escaped @ ('\'' | '"' | '\\')) => {
                            content.push(escaped);
                            self.position += 1;
                        }
                        Some(escaped) => {
                            let escape_start = self.position - 1;
                            self.position += escaped.len_utf8();
                            self.error(
                                escape_start,
                                ExprErrorKind::InvalidEscape { found: escaped },
                            );
                        }
                        // A backslash at the very end: the missing quote is reported next.
                        None => {}
                    }
                }
                _ if next == char::from(quote) => break,
                _ => content.push(next),
            }
        }
        self.push(TokenKind::Text(content), start);
    }

    fn operator(&mut self, start: usize, byte: u8) {
        let next = self.peek(1);
        let (kind, length) = match (byte, next) {
            (b'=', Some(b'=')) => (Some(TokenKind::Equal), 2),
            (b'=', _) => (Some(TokenKind::Equal), 1),
            (b'!', Some(b'=')) => (Some(TokenKind::NotEqual), 2),
            (b'<', Some(b'>')) => (Some(TokenKind::NotEqual), 2),
            (b'<', Some(b'=')) => (Some(TokenKind::LessEqual), 2),
            (b'<', _) => (Some(TokenKind::Less), 1),
            (b'>', Some(b'=')) => (Some(TokenKind::GreaterEqual), 2),
            (b'>', _) => (Some(TokenKind::Greater), 1),
            (b'+', _) => (Some(TokenKind::Plus), 1),
            (b'-', _) => (Some(TokenKind::Minus), 1),
            (b'*', _) => (Some(TokenKind::Star), 1),
            (b'/', _) => (Some(TokenKind::Slash), 1),
            (b'%', _) => (Some(TokenKind::Mod), 1),
            (b'(', _) => (Some(TokenKind::OpenParen), 1),
            (b')', _) => (Some(TokenKind::CloseParen), 1),
            (b'[', _) => (Some(TokenKind::OpenBracket), 1),
            (b']', _) => (Some(TokenKind::CloseBracket), 1),
            (b',', _) => (Some(TokenKind::Comma), 1),
            (b'.', _) => (Some(TokenKind::Dot), 1),
            (b'&', Some(b'&')) | (b'|', Some(b'|')) => (None, 2),
            _ => (None, 1),
        };
        match kind {
            Some(kind) => {
                self.position += length;
                self.push(kind, start);
            }
            None => {
                let rest = self.source.get(start..).unwrap_or("");
                let found: String = if length == 2 {
                    rest.get(..2).unwrap_or("").to_owned()
                } else {
                    rest.chars().next().map(String::from).unwrap_or_default()
                };
                self.position += found.len().max(1);
                // `&&`, `||` and `!` are reported, then read as the keyword they stand for,
                // so that the rest of the expression is checked as intended.
                let stands_for = match byte {
                    b'&' => Some(TokenKind::And),
                    b'|' => Some(TokenKind::Or),
                    b'!' => Some(TokenKind::Not),
                    _ => None,
                };
                self.error(start, ExprErrorKind::UnexpectedCharacter { found });
                if let Some(kind) = stands_for {
                    self.push(kind, start);
                }
            }
        }
    }
}
