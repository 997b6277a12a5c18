//! The parser: a Pratt parser (one `expression` loop and small binding-power tables) that
//! collects errors and recovers rather than stopping at the first one.
//!
//! Every loop consumes at least one token per round or stops, so parsing is linear in the
//! length of the source. Recursion is bounded by [`MAX_NESTING`] and the depth of the tree by
//! [`MAX_TREE_DEPTH`], so that later walks of the tree cannot overflow the stack.

use super::ast::{BinaryOp, Call, Node, NodeKind};
use super::error::{ExprError, ExprErrorKind, Span};
use super::functions::{self, Function};
use super::lexer::{Token, TokenKind, lex};
use crate::value::{Date, DateTime, Time, Value};

/// How deeply parentheses, calls and operators may nest.
pub const MAX_NESTING: usize = 64;
/// How deep the syntax tree may be, counting long chains such as `q1 + q2 + ... + q300`.
pub const MAX_TREE_DEPTH: u32 = 512;
/// After this many errors the parser stops: later ones are usually consequences.
const MAX_ERRORS: usize = 20;

/// Binding power of `not`'s operand: looser than comparisons, tighter than `and`.
const NOT_POWER: u8 = 5;
/// Binding power of unary minus's operand: tighter than every binary operator.
const NEGATE_POWER: u8 = 13;

/// The binary operator a token stands for, with its left and right binding powers.
fn infix(kind: &TokenKind) -> Option<(BinaryOp, u8, u8)> {
    let op = match kind {
        TokenKind::Or => BinaryOp::Or,
        TokenKind::And => BinaryOp::And,
        TokenKind::Equal => BinaryOp::Equal,
        TokenKind::NotEqual => BinaryOp::NotEqual,
        TokenKind::Less => BinaryOp::Less,
        TokenKind::LessEqual => BinaryOp::LessEqual,
        TokenKind::Greater => BinaryOp::Greater,
        TokenKind::GreaterEqual => BinaryOp::GreaterEqual,
        TokenKind::Contains => BinaryOp::Contains,
        TokenKind::In => BinaryOp::In,
        TokenKind::Plus => BinaryOp::Add,
        TokenKind::Minus => BinaryOp::Subtract,
        TokenKind::Star => BinaryOp::Multiply,
        TokenKind::Slash => BinaryOp::Divide,
        TokenKind::Mod => BinaryOp::Modulo,
        _ => return None,
    };
    let (left, right) = match op {
        BinaryOp::Or => (1, 2),
        BinaryOp::And => (3, 4),
        BinaryOp::Add | BinaryOp::Subtract => (9, 10),
        BinaryOp::Multiply | BinaryOp::Divide | BinaryOp::Modulo => (11, 12),
        _ => (7, 8),
    };
    Some((op, left, right))
}

/// Can a token start an expression?
fn starts_expression(kind: &TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Number(_)
            | TokenKind::Text(_)
            | TokenKind::Name(_)
            | TokenKind::Special(_)
            | TokenKind::Dot
            | TokenKind::OpenParen
            | TokenKind::OpenBracket
            | TokenKind::Minus
            | TokenKind::Not
            | TokenKind::True
            | TokenKind::False
            | TokenKind::Null
    )
}

/// Parses `source` into a tree; `errors` is empty if and only if it parsed cleanly.
pub(crate) fn parse_tree(source: &str) -> (Node, Vec<ExprError>) {
    let mut errors = Vec::new();
    let tokens = lex(source, &mut errors);
    let mut parser = Parser {
        source,
        tokens,
        position: 0,
        errors,
        nesting: 0,
        stopped: false,
        list_allowed: false,
    };
    let root = parser.root();
    let mut errors = parser.errors;
    errors.sort_by_key(|error| error.span.start);
    errors.truncate(MAX_ERRORS);
    (root, errors)
}

struct Parser<'s> {
    source: &'s str,
    tokens: Vec<Token>,
    position: usize,
    errors: Vec<ExprError>,
    nesting: usize,
    /// Set when parsing gave up (too deep, too many errors): every loop then ends.
    stopped: bool,
    /// Set just before parsing the right side of `in`, the one place a list may appear.
    list_allowed: bool,
}

fn node(kind: NodeKind, span: Span, depth: u32) -> Node {
    Node { kind, span, depth }
}

impl Parser<'_> {
    fn peek(&self) -> &TokenKind {
        self.tokens
            .get(self.position)
            .map_or(&TokenKind::End, |token| &token.kind)
    }

    fn span(&self) -> Span {
        let end = self.source.len();
        self.tokens
            .get(self.position)
            .map_or(Span::new(end, end), |token| token.span)
    }

    fn advance(&mut self) -> Span {
        let span = self.span();
        if self.position + 1 < self.tokens.len() {
            self.position += 1;
        }
        span
    }

    fn at_end(&self) -> bool {
        matches!(self.peek(), TokenKind::End)
    }

    fn error(&mut self, span: Span, kind: ExprErrorKind) {
        // One message per position: a second one there is a consequence of the first.
        if self
            .errors
            .iter()
            .any(|error| error.span.start == span.start)
        {
            return;
        }
        self.errors.push(ExprError::new(span, kind));
        if self.errors.len() >= MAX_ERRORS {
            self.stop();
        }
    }

    /// Gives up: skips to the end so every loop finishes.
    fn stop(&mut self) {
        self.stopped = true;
        self.position = self.tokens.len().saturating_sub(1);
    }

    /// The current token in words, for "found ..." in messages.
    fn found(&self) -> String {
        let span = self.span();
        match self.peek() {
            TokenKind::End => "end of expression".to_owned(),
            kind => {
                let text = self.source.get(span.start..span.end).unwrap_or("");
                if matches!(kind, TokenKind::Text(_)) {
                    text.to_owned()
                } else {
                    format!("'{text}'")
                }
            }
        }
    }

    /// The source text of a span, for "after '<'" in messages.
    fn text(&self, span: Span) -> &str {
        self.source.get(span.start..span.end).unwrap_or("")
    }

    fn expected(&mut self, expected: String) {
        let found = self.found();
        let span = self.span();
        self.error(span, ExprErrorKind::Expected { expected, found });
    }

    fn root(&mut self) -> Node {
        if self.at_end() {
            let span = Span::new(0, self.source.len());
            self.error(span, ExprErrorKind::EmptyExpression);
            return node(NodeKind::Error, span, 1);
        }
        while let TokenKind::CloseParen | TokenKind::CloseBracket = self.peek() {
            let found = if matches!(self.peek(), TokenKind::CloseParen) {
                ')'
            } else {
                ']'
            };
            let span = self.advance();
            self.error(span, ExprErrorKind::UnmatchedClose { found });
        }
        if self.at_end() {
            return node(NodeKind::Error, self.span(), 1);
        }
        let root = self.expression(0, None);
        let mut reported = false;
        while !self.at_end() && !self.stopped {
            let span = self.span();
            match self.peek() {
                TokenKind::CloseParen => {
                    self.error(span, ExprErrorKind::UnmatchedClose { found: ')' })
                }
                TokenKind::CloseBracket => {
                    self.error(span, ExprErrorKind::UnmatchedClose { found: ']' })
                }
                _ if !reported => {
                    reported = true;
                    self.expected("an operator or the end of the expression".to_owned());
                }
                _ => {}
            }
            if starts_expression(self.peek()) {
                // Parse what follows anyway, to report the problems inside it too.
                self.expression(0, None);
            } else {
                self.advance();
            }
        }
        root
    }

    /// Parses an expression whose operators bind at least as tightly as `min_power`; `after` is
    /// the token before it, named in the message if the value is missing.
    fn expression(&mut self, min_power: u8, after: Option<Span>) -> Node {
        if self.stopped {
            return node(NodeKind::Error, self.span(), 1);
        }
        if self.nesting >= MAX_NESTING {
            let span = self.span();
            self.error(span, ExprErrorKind::TooDeep { limit: MAX_NESTING });
            self.stop();
            return node(NodeKind::Error, span, 1);
        }
        self.nesting += 1;
        let result = self.operators(min_power, after);
        self.nesting -= 1;
        result
    }

    fn operators(&mut self, min_power: u8, after: Option<Span>) -> Node {
        let mut left = self.prefix(after);
        let mut compared = false;
        while !self.stopped {
            let Some((op, left_power, right_power)) = infix(self.peek()) else {
                break;
            };
            if left_power < min_power {
                break;
            }
            let op_span = self.advance();
            if op.is_comparison() {
                if compared {
                    let operator = self.text(op_span).to_owned();
                    self.error(op_span, ExprErrorKind::ChainedComparison { operator });
                }
                compared = true;
            }
            self.list_allowed = op == BinaryOp::In;
            let right = self.expression(right_power, Some(op_span));
            let depth = left.depth.max(right.depth) + 1;
            if depth > MAX_TREE_DEPTH {
                self.error(
                    op_span,
                    ExprErrorKind::TooLong {
                        limit: MAX_TREE_DEPTH,
                    },
                );
                self.stop();
            }
            let span = left.span.to(right.span);
            left = node(
                NodeKind::Binary(op, Box::new(left), Box::new(right)),
                span,
                depth,
            );
        }
        left
    }

    /// A value: a literal, a name, a call, a parenthesised expression, a list, or a prefix
    /// operator applied to an operand.
    fn prefix(&mut self, after: Option<Span>) -> Node {
        let list_allowed = std::mem::take(&mut self.list_allowed);
        let span = self.span();
        let literal = |value| node(NodeKind::Literal(value), span, 1);
        let result = match self.peek().clone() {
            TokenKind::Number(number) => literal(Value::Number(number)),
            TokenKind::Text(text) => literal(Value::Text(text)),
            TokenKind::True => literal(Value::Bool(true)),
            TokenKind::False => literal(Value::Bool(false)),
            TokenKind::Null => literal(Value::Null),
            TokenKind::Dot => node(NodeKind::This, span, 1),
            TokenKind::Special(name) => node(NodeKind::Special(name), span, 1),
            TokenKind::Name(name) => {
                self.advance();
                if matches!(self.peek(), TokenKind::OpenParen) {
                    return self.call(name, span);
                }
                return node(NodeKind::Field(name), span, 1);
            }
            TokenKind::OpenParen => return self.parenthesised(),
            TokenKind::OpenBracket => {
                if !list_allowed {
                    self.error(span, ExprErrorKind::ListOutsideIn);
                }
                return self.list();
            }
            TokenKind::Minus | TokenKind::Not => {
                let negate = matches!(self.peek(), TokenKind::Minus);
                self.advance();
                let power = if negate { NEGATE_POWER } else { NOT_POWER };
                let operand = self.expression(power, Some(span));
                let (depth, span) = (operand.depth + 1, span.to(operand.span));
                let kind = if negate {
                    NodeKind::Negate(Box::new(operand))
                } else {
                    NodeKind::Not(Box::new(operand))
                };
                return node(kind, span, depth);
            }
            _ => {
                let expected = match after {
                    Some(after) => format!("a value after '{}'", self.text(after)),
                    None => "a value".to_owned(),
                };
                self.expected(expected);
                return node(NodeKind::Error, span, 1);
            }
        };
        self.advance();
        result
    }

    fn parenthesised(&mut self) -> Node {
        let open = self.advance();
        let mut inner = self.expression(0, Some(open));
        if matches!(self.peek(), TokenKind::CloseParen) {
            inner.span = open.to(self.advance());
        } else if !self.stopped {
            let column = open.column(self.source);
            self.expected(format!("')' to close the '(' at column {column}"));
        }
        inner
    }

    fn list(&mut self) -> Node {
        let open = self.advance();
        let mut items = Vec::new();
        let mut span = open;
        if matches!(self.peek(), TokenKind::CloseBracket) {
            span = open.to(self.advance());
        } else {
            let mut after = open;
            let mut complained = false;
            while !self.stopped {
                let item = self.expression(0, Some(after));
                span = span.to(item.span);
                items.push(item);
                match self.peek() {
                    TokenKind::Comma => after = self.advance(),
                    TokenKind::CloseBracket => {
                        span = span.to(self.advance());
                        break;
                    }
                    kind => {
                        // A missing comma: go on with the next item if there is one.
                        let resume = starts_expression(kind);
                        if !complained {
                            complained = true;
                            let column = open.column(self.source);
                            self.expected(format!(
                                "',' or ']' to close the list that starts at column {column}"
                            ));
                        }
                        if !resume {
                            break;
                        }
                    }
                }
            }
        }
        let depth = items.iter().map(|item| item.depth).max().unwrap_or(0) + 1;
        node(NodeKind::List(items), span, depth)
    }

    /// `name(args)`; the name has been consumed and the current token is `(`.
    fn call(&mut self, name: String, name_span: Span) -> Node {
        let info = functions::lookup(&name);
        if info.is_none() {
            let suggestion = functions::suggest(&name);
            self.error(
                name_span,
                ExprErrorKind::UnknownFunction {
                    name: name.clone(),
                    suggestion,
                },
            );
        }
        let mut after = self.advance();
        let mut span = name_span.to(after);
        let mut args: Vec<Node> = Vec::new();
        let errors_before = self.errors.len();
        let mut complained = false;
        if matches!(self.peek(), TokenKind::CloseParen) {
            span = span.to(self.advance());
        } else {
            loop {
                let arg = self.expression(0, Some(after));
                span = span.to(arg.span);
                args.push(arg);
                if self.stopped {
                    break;
                }
                match self.peek() {
                    TokenKind::Comma => after = self.advance(),
                    TokenKind::CloseParen => {
                        span = span.to(self.advance());
                        break;
                    }
                    TokenKind::End => {
                        self.expected(format!("')' after the arguments of '{name}'"));
                        break;
                    }
                    kind => {
                        let resume = starts_expression(kind);
                        if !complained {
                            complained = true;
                            self.expected(format!("',' or ')' after an argument of '{name}'"));
                        }
                        if !resume {
                            break;
                        }
                    }
                }
            }
        }
        let depth = args.iter().map(|arg| arg.depth).max().unwrap_or(0) + 1;
        let Some(info) = info else {
            return node(NodeKind::Error, span, depth);
        };
        let count = args.len();
        // After a syntax error in the arguments their count means little.
        let well_formed = self.errors.len() == errors_before;
        if well_formed && (count < info.min_args || info.max_args.is_some_and(|max| count > max)) {
            let (min, max) = (info.min_args, info.max_args);
            self.error(
                span,
                ExprErrorKind::ArgumentCount {
                    function: info.name,
                    min,
                    max,
                    found: count,
                },
            );
        }
        if info.function.is_aggregate_only()
            && let Some(first) = args.first()
            && !matches!(first.kind, NodeKind::Field(_) | NodeKind::Error)
        {
            self.error(
                first.span,
                ExprErrorKind::RepeatNameExpected {
                    function: info.name,
                },
            );
        }
        if let [
            Node {
                kind: NodeKind::Literal(Value::Text(text)),
                span: text_span,
                ..
            },
        ] = args.as_slice()
            && let Some(value) = self.literal(info.function, text, *text_span)
        {
            return node(NodeKind::Literal(value), span, 1);
        }
        node(
            NodeKind::Call(Call {
                info,
                args,
                name_span,
            }),
            span,
            depth,
        )
    }

    /// `date('...')`, `time('...')` and `datetime('...')` with a quoted text become literals,
    /// checked now so that a typo is reported with its column before the form is used.
    fn literal(&mut self, function: Function, text: &str, span: Span) -> Option<Value> {
        let (value, name) = match function {
            Function::Date => (Date::parse_iso(text).map(Value::Date), "date"),
            Function::Time => (Time::parse_iso(text).map(Value::Time), "time"),
            Function::DateTime => (DateTime::parse_iso(text).map(Value::DateTime), "datetime"),
            _ => return None,
        };
        if value.is_none() {
            self.error(
                span,
                ExprErrorKind::InvalidLiteral {
                    function: name,
                    text: text.to_owned(),
                },
            );
        }
        value
    }
}
