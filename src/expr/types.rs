//! The static type check: every problem an expression has against the fields of a form, found
//! before the form is used (unknown fields with "did you mean", mismatched comparisons,
//! arithmetic on texts, aggregates over fields that are not repeat groups...).

use super::Expr;
use super::ast::{BinaryOp, Call, Node, NodeKind};
use super::error::{ExprError, ExprErrorKind, Span};
use super::functions::Function;
use super::suggest::closest;
use crate::value::Type;

/// The fields an expression can see, with their types, for [`check_types`].
pub trait TypeScope {
    /// The type of the field `name`, or `None` if there is no such field here. A repeat group
    /// has type [`Type::Rows`].
    fn field_type(&self, name: &str) -> Option<Type>;

    /// The scope of the rows of the repeat group `repeat`: the fields of one row. Names not
    /// found there are looked up in the enclosing scope, so it need not repeat them.
    fn row_scope(&self, repeat: &str) -> Option<&dyn TypeScope>;

    /// Every field name of this scope, for "did you mean" suggestions.
    fn field_names(&self) -> Vec<String>;

    /// The type of `.`, the field holding the expression; [`Type::Any`] if unknown.
    fn this_type(&self) -> Type {
        Type::Any
    }
}

/// Checks `expr` against `scope`: the type of its result, and every problem found. The result
/// type is [`Type::Any`] where it cannot be known (for example, `null`, or an unknown field).
pub fn check_types(expr: &Expr, scope: &dyn TypeScope) -> (Type, Vec<ExprError>) {
    let mut checker = Checker {
        scopes: vec![scope],
        errors: Vec::new(),
    };
    let result = checker.check(expr.root());
    (result, checker.errors)
}

/// Types that `<`, `min`, `max` can order.
const ORDERED: [Type; 5] = [
    Type::Number,
    Type::Text,
    Type::Date,
    Type::Time,
    Type::DateTime,
];
/// Types from which a date can be taken.
const DATE_LIKE: [Type; 2] = [Type::Date, Type::DateTime];

struct Checker<'a> {
    /// The form's scope first, then the row scopes of the aggregates being checked.
    scopes: Vec<&'a dyn TypeScope>,
    errors: Vec<ExprError>,
}

fn accepts(allowed: &[Type], found: Type) -> bool {
    found == Type::Any || allowed.contains(&found)
}

/// Can values of these types be compared with `=`?
fn comparable(left: Type, right: Type) -> bool {
    left == Type::Any || right == Type::Any || left == right
}

impl<'a> Checker<'a> {
    fn error(&mut self, span: Span, kind: ExprErrorKind) {
        self.errors.push(ExprError::new(span, kind));
    }

    /// Looks `name` up from the innermost scope out; returns its type and its scope.
    fn lookup(&self, name: &str) -> Option<(Type, &'a dyn TypeScope)> {
        self.scopes
            .iter()
            .rev()
            .find_map(|scope| scope.field_type(name).map(|found| (found, *scope)))
    }

    fn unknown_field(&mut self, name: &str, span: Span) {
        let names: Vec<String> = self
            .scopes
            .iter()
            .flat_map(|scope| scope.field_names())
            .collect();
        let suggestion = closest(name, names.iter().map(String::as_str));
        self.error(
            span,
            ExprErrorKind::UnknownField {
                name: name.to_owned(),
                suggestion,
            },
        );
    }

    fn check(&mut self, node: &Node) -> Type {
        match &node.kind {
            NodeKind::Literal(value) => value.type_of(),
            NodeKind::Field(name) => match self.lookup(name) {
                Some((Type::Rows, _)) => {
                    self.error(
                        node.span,
                        ExprErrorKind::RepeatAsValue { name: name.clone() },
                    );
                    Type::Any
                }
                Some((found, _)) => found,
                None => {
                    self.unknown_field(name, node.span);
                    Type::Any
                }
            },
            NodeKind::This => self
                .scopes
                .first()
                .map_or(Type::Any, |scope| scope.this_type()),
            NodeKind::Special(name) => match name.as_str() {
                "option" => Type::Text,
                "tags" => Type::Choices,
                "row" => Type::Number,
                _ => Type::Any,
            },
            NodeKind::List(items) => {
                for item in items {
                    self.check(item);
                }
                Type::Any
            }
            NodeKind::Not(operand) => {
                self.operand(operand, "not", "true/false values", &[Type::Bool]);
                Type::Bool
            }
            NodeKind::Negate(operand) => {
                self.operand(operand, "-", "numbers", &[Type::Number]);
                Type::Number
            }
            NodeKind::Binary(op, left, right) => self.binary(*op, left, right, node.span),
            NodeKind::Call(call) => self.call(call),
            NodeKind::Error => Type::Any,
        }
    }

    /// Checks an operand against the types an operator accepts.
    fn operand(
        &mut self,
        node: &Node,
        operator: &'static str,
        expected: &'static str,
        allowed: &[Type],
    ) -> Type {
        let found = self.check(node);
        if !accepts(allowed, found) {
            self.error(
                node.span,
                ExprErrorKind::OperandType {
                    operator,
                    expected,
                    found,
                },
            );
        }
        found
    }

    fn binary(&mut self, op: BinaryOp, left: &Node, right: &Node, span: Span) -> Type {
        let operator = op.symbol();
        match op {
            BinaryOp::And | BinaryOp::Or => {
                self.operand(left, operator, "true/false values", &[Type::Bool]);
                self.operand(right, operator, "true/false values", &[Type::Bool]);
                Type::Bool
            }
            BinaryOp::Equal | BinaryOp::NotEqual => {
                let (left, right) = (self.check(left), self.check(right));
                if !comparable(left, right) {
                    self.error(
                        span,
                        ExprErrorKind::Incomparable {
                            operator,
                            left,
                            right,
                        },
                    );
                }
                Type::Bool
            }
            BinaryOp::Less | BinaryOp::LessEqual | BinaryOp::Greater | BinaryOp::GreaterEqual => {
                let expected = "numbers, texts, dates or times";
                let left_type = self.operand(left, operator, expected, &ORDERED);
                let right_type = self.operand(right, operator, expected, &ORDERED);
                if accepts(&ORDERED, left_type)
                    && accepts(&ORDERED, right_type)
                    && !comparable(left_type, right_type)
                {
                    let kind = ExprErrorKind::Incomparable {
                        operator,
                        left: left_type,
                        right: right_type,
                    };
                    self.error(span, kind);
                }
                Type::Bool
            }
            BinaryOp::Contains => {
                let expected = "a text or a multiple choice on its left";
                self.operand(left, operator, expected, &[Type::Choices, Type::Text]);
                self.operand(right, operator, "a text on its right", &[Type::Text]);
                Type::Bool
            }
            BinaryOp::In => {
                let left_type = self.check(left);
                if let NodeKind::List(items) = &right.kind {
                    for item in items {
                        let item_type = self.check(item);
                        if !comparable(left_type, item_type) {
                            let kind = ExprErrorKind::Incomparable {
                                operator,
                                left: left_type,
                                right: item_type,
                            };
                            self.error(item.span, kind);
                        }
                    }
                } else {
                    let expected = "a list [...] or a multiple choice on its right";
                    self.operand(right, operator, expected, &[Type::Choices]);
                    if !accepts(&[Type::Text], left_type) {
                        let kind = ExprErrorKind::Incomparable {
                            operator,
                            left: left_type,
                            right: Type::Choices,
                        };
                        self.error(span, kind);
                    }
                }
                Type::Bool
            }
            BinaryOp::Add
            | BinaryOp::Subtract
            | BinaryOp::Multiply
            | BinaryOp::Divide
            | BinaryOp::Modulo => {
                self.operand(left, operator, "numbers", &[Type::Number]);
                self.operand(right, operator, "numbers", &[Type::Number]);
                Type::Number
            }
        }
    }

    /// Checks argument `index` of `call` against the types it accepts.
    fn argument(
        &mut self,
        call: &Call,
        index: usize,
        expected: &'static str,
        allowed: &[Type],
    ) -> Type {
        let Some(node) = call.args.get(index) else {
            return Type::Any;
        };
        let found = self.check(node);
        if !accepts(allowed, found) {
            let kind = ExprErrorKind::ArgumentType {
                function: call.info.name,
                position: index + 1,
                expected,
                found,
            };
            self.error(node.span, kind);
        }
        found
    }

    /// Checks the arguments from `from` on, which must share one type; returns it.
    fn same_type(&mut self, call: &Call, from: usize) -> Type {
        let mut result = Type::Any;
        for node in call.args.iter().skip(from) {
            let found = self.check(node);
            if result == Type::Any {
                result = found;
            } else if !comparable(result, found) {
                let kind = ExprErrorKind::MixedTypes {
                    function: call.info.name,
                    first: result,
                    second: found,
                };
                self.error(node.span, kind);
            }
        }
        result
    }

    fn call(&mut self, call: &Call) -> Type {
        const TEXT: &[Type] = &[Type::Text];
        const NUMBER: &[Type] = &[Type::Number];
        let (a_text, a_number, a_date) = ("a text", "a number", "a date");
        match call.function() {
            Function::If => {
                self.argument(call, 0, "a true/false value", &[Type::Bool]);
                self.same_type(call, 1)
            }
            Function::Coalesce => self.same_type(call, 0),
            Function::Answered | Function::Concat | Function::Text => {
                for node in &call.args {
                    self.check(node);
                }
                if call.function() == Function::Answered {
                    Type::Bool
                } else {
                    Type::Text
                }
            }
            Function::Length => {
                self.argument(call, 0, a_text, TEXT);
                Type::Number
            }
            Function::Lower | Function::Upper | Function::Trim => {
                self.argument(call, 0, a_text, TEXT);
                Type::Text
            }
            Function::StartsWith | Function::EndsWith => {
                self.argument(call, 0, a_text, TEXT);
                self.argument(call, 1, a_text, TEXT);
                Type::Bool
            }
            Function::Substr => {
                self.argument(call, 0, a_text, TEXT);
                self.argument(call, 1, a_number, NUMBER);
                self.argument(call, 2, a_number, NUMBER);
                Type::Text
            }
            Function::Number => {
                self.argument(call, 0, "a text or a number", &[Type::Text, Type::Number]);
                Type::Number
            }
            Function::Round | Function::Floor | Function::Ceil | Function::Abs | Function::Int => {
                self.argument(call, 0, a_number, NUMBER);
                self.argument(call, 1, a_number, NUMBER);
                Type::Number
            }
            Function::Min | Function::Max => {
                let expected = "a number, a text, a date or a time";
                if let Some(repeat) = call.repeat_name()
                    && let Some((Type::Rows, _)) = self.lookup(repeat)
                {
                    return self.in_rows(call, |checker| {
                        checker.argument(call, 1, expected, &ORDERED)
                    });
                }
                let mut result = Type::Any;
                for index in 0..call.args.len() {
                    let found = self.argument(call, index, expected, &ORDERED);
                    if !accepts(&ORDERED, found) {
                        continue;
                    }
                    if result == Type::Any {
                        result = found;
                    } else if !comparable(result, found)
                        && let Some(node) = call.args.get(index)
                    {
                        let kind = ExprErrorKind::MixedTypes {
                            function: call.info.name,
                            first: result,
                            second: found,
                        };
                        self.error(node.span, kind);
                    }
                }
                result
            }
            Function::Today => Type::Date,
            Function::Now => Type::DateTime,
            Function::YearsBetween | Function::DaysBetween => {
                self.argument(call, 0, a_date, &DATE_LIKE);
                self.argument(call, 1, a_date, &DATE_LIKE);
                Type::Number
            }
            Function::Age | Function::Year | Function::Month | Function::Day => {
                self.argument(call, 0, a_date, &DATE_LIKE);
                Type::Number
            }
            Function::AddDays => {
                let date = self.argument(call, 0, a_date, &DATE_LIKE);
                self.argument(call, 1, a_number, NUMBER);
                if date == Type::DateTime {
                    Type::DateTime
                } else {
                    Type::Date
                }
            }
            Function::Date => {
                self.argument(
                    call,
                    0,
                    "a text or a date",
                    &[Type::Text, Type::Date, Type::DateTime],
                );
                Type::Date
            }
            Function::Time => {
                self.argument(
                    call,
                    0,
                    "a text or a time",
                    &[Type::Text, Type::Time, Type::DateTime],
                );
                Type::Time
            }
            Function::DateTime => {
                let allowed = [Type::Text, Type::Date, Type::DateTime];
                self.argument(call, 0, "a text or a date and time", &allowed);
                Type::DateTime
            }
            Function::Selected => {
                self.argument(call, 0, "a multiple choice", &[Type::Choices, Type::Text]);
                self.argument(call, 1, "a choice name (a text)", TEXT);
                Type::Bool
            }
            Function::CountSelected => {
                self.argument(call, 0, "a multiple choice", &[Type::Choices]);
                Type::Number
            }
            Function::Count | Function::Any | Function::All => {
                let result = if call.function() == Function::Count {
                    Type::Number
                } else {
                    Type::Bool
                };
                self.in_rows(call, |checker| {
                    checker.argument(call, 1, "a true/false value", &[Type::Bool]);
                    result
                })
            }
            Function::Sum | Function::Avg => self.in_rows(call, |checker| {
                checker.argument(call, 1, a_number, NUMBER);
                Type::Number
            }),
        }
    }

    /// Checks an aggregate: its first argument must be a repeat group, and `body` checks the
    /// other arguments in the scope of that repeat's rows.
    fn in_rows(&mut self, call: &Call, body: impl FnOnce(&mut Self) -> Type) -> Type {
        let function = call.info.name;
        let row_scope = match call.args.first() {
            Some(Node {
                kind: NodeKind::Field(repeat),
                span,
                ..
            }) => match self.lookup(repeat) {
                Some((Type::Rows, scope)) => scope.row_scope(repeat),
                Some((found, _)) => {
                    let kind = ExprErrorKind::NotARepeat {
                        function,
                        name: repeat.clone(),
                        found,
                    };
                    self.error(*span, kind);
                    None
                }
                None => {
                    self.unknown_field(repeat, *span);
                    None
                }
            },
            _ => None,
        };
        let pushed = row_scope.is_some();
        if let Some(row_scope) = row_scope {
            self.scopes.push(row_scope);
        }
        let result = body(self);
        if pushed {
            self.scopes.pop();
        }
        result
    }
}
